//! The §3 table of one year computed from case records in CSV.
//!
//! ```text
//! cargo run --example from_cases -- --year YYYY FILE.csv [--template std2019|std2021] [--json]
//! ```
//!
//! The CSV has a header row and at least `id,applicant,received,replied,outcome` (see
//! `zfxxgk::cases::read_csv` for the optional columns). Prints the table and the records it
//! could not place; with `--json` one object `{"year", "requests": {row id: {column id: n}},
//! "unplaced": [...]}`. Exits 2 with a one-line error naming the file, line and column on
//! unreadable input.

use std::process::ExitCode;

use zfxxgk::cases::read_csv;
use zfxxgk::{CaseTally, Cell, RequestColumn, Template};

struct Args {
    year: i32,
    file: String,
    template: Option<Template>,
    json: bool,
}

fn parse(argv: &[String]) -> Result<Args, String> {
    let (mut year, mut file, mut template, mut json) = (None, None, None, false);
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--year" => {
                let v = it.next().ok_or("--year needs a value")?;
                year = Some(
                    v.parse::<i32>()
                        .ok()
                        .filter(|y| (2008..=2199).contains(y))
                        .ok_or_else(|| format!("--year: `{v}` is not a year from 2008"))?,
                );
            }
            "--template" => {
                let v = it.next().ok_or("--template needs a value")?;
                template = Some(match v.as_str() {
                    "std2019" => Template::Std2019,
                    "std2021" => Template::Std2021,
                    _ => return Err(format!("--template: `{v}` is not std2019 or std2021")),
                });
            }
            "--json" => json = true,
            f if f.starts_with("--") => return Err(format!("unknown argument `{f}`")),
            f if file.is_none() => file = Some(f.to_string()),
            f => return Err(format!("unexpected second file `{f}`")),
        }
    }
    Ok(Args {
        year: year.ok_or("--year YYYY is required")?,
        file: file.ok_or("a CSV file is required")?,
        template,
        json,
    })
}

fn run(argv: &[String]) -> Result<String, String> {
    let a = parse(argv)?;
    let text = std::fs::read_to_string(&a.file).map_err(|e| format!("{}: {e}", a.file))?;
    let records = read_csv(&text).map_err(|e| format!("{}: {e}", a.file))?;
    let tally = match a.template {
        Some(t) => CaseTally::with_template(&records, a.year, t),
        None => CaseTally::for_year(&records, a.year),
    };
    if a.json {
        return serde_json::to_string(&tally).map_err(|e| e.to_string());
    }
    let mut out = format!(
        "§3 table for {} ({} template) from {} records\n{:<44}",
        a.year,
        tally.requests.template(),
        records.len(),
        ""
    );
    for c in RequestColumn::ALL {
        out.push_str(&format!("{:>9}", short(c)));
    }
    out.push('\n');
    for (row, cells) in tally.requests.rows() {
        out.push_str(&format!("{:<44}", row.id()));
        for c in cells {
            let v = match c {
                Cell::Value(v) => v.to_string(),
                _ => "-".into(),
            };
            out.push_str(&format!("{v:>9}"));
        }
        out.push('\n');
    }
    out.push_str(&format!("unplaced: {}\n", tally.unplaced.len()));
    for u in &tally.unplaced {
        out.push_str(&format!(
            "  {} (record {}): {}\n",
            u.id,
            u.index + 1,
            u.message
        ));
    }
    Ok(out.trim_end().to_string())
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
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("from_cases: {e}");
            ExitCode::from(2)
        }
    }
}
