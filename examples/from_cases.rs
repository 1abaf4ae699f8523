//! The §3 table of one year computed from case records in CSV.
//!
//! ```text
//! cargo run --example from_cases -- --year YYYY FILE.csv|- [--template std2019|std2021] [--json]
//! ```
//!
//! The CSV has a header row and at least `id,applicant,received,replied,outcome` (see
//! `zfxxgk::cases::read_cases` for the optional columns); `-` reads it from stdin. Prints the
//! table and the records it could not place; with `--json` one object `{"year", "requests":
//! {row id: {column id: n}}, "unplaced": [...]}`. Exit status: 0 done; 1 no record was
//! received or replied in the year (a warning on stderr; the table, of carried-over records
//! only, is still printed); 2 bad arguments or unreadable input (one line on stderr per
//! problem, naming the file, line and column of every bad row).

#[path = "common/cli.rs"]
mod cli;

use std::io::Write;
use std::process::ExitCode;

use chrono::Datelike;
use clap::Parser;
use cli::Fail;
use zfxxgk::cases::read_cases;
use zfxxgk::cases::{CaseRecord, CaseTally};
use zfxxgk::{Cell, RequestColumn, Template};

const PROG: &str = "from_cases";

/// The §3 table (收到和处理政府信息公开申请情况) of one year, counted from case records in CSV.
#[derive(Parser)]
#[command(
    name = PROG,
    after_help = "Exit status: 0 done; 1 no record was received or replied in the year (a warning \
                  on stderr; the table is still printed); 2 bad arguments or unreadable input (one \
                  line on stderr per problem, naming the file, line and column).\n\
                  Example: from_cases --year 2023 cases.csv"
)]
struct Args {
    /// The year of the report.
    #[arg(long, value_name = "YYYY", value_parser = year)]
    year: i32,
    /// The case records (CSV with a header row); `-` reads stdin.
    #[arg(value_name = "FILE.csv")]
    file: String,
    /// The template of the table (default: std2021 from 2021, std2019 before).
    #[arg(long, value_name = "std2019|std2021", value_parser = template)]
    template: Option<Template>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

fn year(v: &str) -> Result<i32, String> {
    v.parse::<i32>()
        .ok()
        .filter(|y| (2008..=2199).contains(y))
        .ok_or_else(|| "not a year from 2008".to_string())
}

fn template(v: &str) -> Result<Template, String> {
    Template::ALL
        .into_iter()
        .find(|t| t.id() == v)
        .ok_or_else(|| "not std2019 or std2021".to_string())
}

/// Whether a record was received or replied in `year`.
fn in_year(r: &CaseRecord, year: i32) -> bool {
    r.received().year() == year || r.replied.is_some_and(|d| d.year() == year)
}

fn run(a: Args) -> Result<ExitCode, Fail> {
    let bytes = cli::read_bytes(&a.file)?;
    let name = cli::name(&a.file);
    // One wording for text that is not UTF-8, whichever row it is in.
    let text = cli::utf8(&a.file, bytes)?;
    let records = match read_cases(text.as_bytes()) {
        Ok(r) => r,
        Err(e) => {
            // One line per problem: every bad row, not only the first.
            let Some((last, rest)) = e.errors.split_last() else {
                return Err(Fail::Input(format!("{name}: {e}")));
            };
            for p in rest {
                cli::error(PROG, &format!("{name}: {p}"));
            }
            return Err(Fail::Input(format!("{name}: {last}")));
        }
    };
    let tally = match a.template {
        Some(t) => CaseTally::with_template(&records, a.year, t),
        None => CaseTally::for_year(&records, a.year),
    };
    let code = if records.iter().any(|r| in_year(r, a.year)) {
        ExitCode::SUCCESS
    } else {
        cli::warn(
            PROG,
            &format!(
                "no record in {name} was received or replied in {}; the table counts only \
                 records carried over",
                a.year
            ),
        );
        ExitCode::from(1)
    };
    let mut out = cli::stdout();
    if a.json {
        let json = serde_json::to_string(&tally).map_err(|e| Fail::Input(e.to_string()))?;
        writeln!(out, "{json}")?;
        return cli::flush(out, code);
    }
    write!(
        out,
        "§3 table for {} ({} template) from {} records\n{:<44}",
        a.year,
        tally.requests.template(),
        records.len(),
        ""
    )?;
    for c in RequestColumn::ALL {
        write!(out, "{:>9}", short(c))?;
    }
    writeln!(out)?;
    for (row, cells) in tally.requests.rows() {
        write!(out, "{:<44}", row.id())?;
        for c in cells {
            let v = match c {
                Cell::Value(v) => v.to_string(),
                _ => "-".into(),
            };
            write!(out, "{v:>9}")?;
        }
        writeln!(out)?;
    }
    writeln!(out, "unplaced: {}", tally.unplaced.len())?;
    for u in &tally.unplaced {
        writeln!(out, "  {} (record {}): {}", u.id, u.index + 1, u.message)?;
    }
    cli::flush(out, code)
}

fn short(c: RequestColumn) -> &'static str {
    match c.index() {
        0 => "person",
        1 => "business",
        2 => "research",
        3 => "public",
        4 => "legal",
        5 => "other",
        _ => "total",
    }
}

fn main() -> ExitCode {
    match cli::parse::<Args>(PROG) {
        Ok(args) => cli::finish(PROG, run(args)),
        Err(code) => code,
    }
}
