//! Rolls up many annual reports: sums their tables, checks the cross-year identities of each
//! agency's consecutive years, and prints the rates.
//!
//! ```text
//! cargo run --example rollup -- [--json] [--csv] [--summary FILE] FILE...
//! ```
//!
//! A FILE is report text (UTF-8) or a report in the crate's JSON serialization (`*.json`);
//! `-` reads one report from stdin (JSON if it starts with `{`).
//! `--summary FILE` marks a report that claims to be the sum of the others (`本级汇总`): it is
//! not summed but checked against the sum (rule XYR005). `--json` prints one JSON object with
//! `reports`, `tables`, `dropped_rows`, `notes`, `totals_differing`, `rates` and `findings`;
//! `--csv` prints the summed tables in long format. Exit status: 0 done; 2 bad arguments or
//! unreadable input (one line on stderr naming the file).

#[path = "common/cli.rs"]
mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use cli::Fail;
use zfxxgk::aggregate::{
    agency_key, check_series_by, rollup_with_summaries, tables_long_rows, write_csv, Rates,
    RollupInput,
};
use zfxxgk::rules::{Finding, Status};
use zfxxgk::AnnualReport;

const PROG: &str = "rollup";

/// Rolls up annual reports (年度报告): sums their tables, checks the cross-year identities of
/// each agency's consecutive years, and prints the rates.
#[derive(Parser)]
#[command(
    name = PROG,
    after_help = "A FILE is report text (UTF-8) or a report as JSON (*.json); - reads one report \
                  from stdin (JSON if it starts with '{').\n\
                  Exit status: 0 done; 2 bad arguments or unreadable input (one line on stderr \
                  naming the file).\n\
                  Example: rollup --json 2023/*.txt"
)]
struct Args {
    /// Print one JSON object.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print the summed tables in long format (agency,year,table,row,column,value).
    #[arg(long)]
    csv: bool,
    /// A report that claims to be the sum of the others (本级汇总): checked against the sum
    /// (rule XYR005), not summed; repeatable.
    #[arg(long, value_name = "FILE")]
    summary: Vec<String>,
    /// The reports to sum.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<String>,
}

fn read(path: &str) -> Result<AnnualReport, Fail> {
    let text = cli::read_text(path)?;
    let name = cli::name(path);
    let json = if path == "-" {
        text.trim_start().starts_with('{')
    } else {
        path.ends_with(".json")
    };
    if json {
        serde_json::from_str(&text)
            .map_err(|e| Fail::Input(format!("{name}: not a JSON report: {e}")))
    } else {
        zfxxgk::parse::parse(&text)
            .map(|p| p.report)
            .map_err(|e| Fail::Input(format!("{name}: cannot parse: {e}")))
    }
}

fn run(a: Args) -> Result<ExitCode, Fail> {
    let stdin_uses = a
        .files
        .iter()
        .chain(&a.summary)
        .filter(|f| *f == "-")
        .count();
    if stdin_uses > 1 {
        return Err(Fail::Input("- (stdin) can be given only once".into()));
    }
    let parts = a
        .files
        .iter()
        .map(|p| read(p))
        .collect::<Result<Vec<_>, _>>()?;
    let summaries = a
        .summary
        .iter()
        .map(|p| read(p))
        .collect::<Result<Vec<_>, _>>()?;
    let inputs: Vec<RollupInput<'_>> = parts
        .iter()
        .map(RollupInput::part)
        .chain(summaries.iter().map(RollupInput::summary))
        .collect();
    let (rollup, mut findings) = rollup_with_summaries(&inputs);
    findings.extend(check_series_by(&parts, agency_key));
    let summed = rollup.to_report();
    findings.extend(
        zfxxgk::rules::check(&summed)
            .into_iter()
            .filter(|f| f.status == Status::Violated),
    );
    let rates = Rates::of(&summed);
    let tables = rollup.tables();
    let differing: Vec<_> = rollup
        .totals()
        .into_iter()
        .filter(|t| t.differs())
        .collect();

    let mut out = cli::stdout();
    if a.csv {
        let years: std::collections::BTreeSet<_> = parts.iter().map(|r| r.meta.year).collect();
        let year = if years.len() == 1 {
            years.into_iter().next().flatten()
        } else {
            None
        };
        let rows = tables_long_rows(&tables, "rollup", year);
        write_csv(&mut out, &rows)?;
        return cli::flush(out, ExitCode::SUCCESS);
    }
    if a.json {
        let obj = serde_json::json!({
            "reports": rollup.reports(),
            "tables": tables,
            "dropped_rows": rollup.dropped(),
            "notes": rollup.notes(),
            "totals_differing": differing,
            "rates": rates,
            "findings": findings,
        });
        writeln!(out, "{obj}")?;
        return cli::flush(out, ExitCode::SUCCESS);
    }
    print_text(
        &mut out,
        &rollup,
        &tables,
        &rates,
        &findings,
        differing.len(),
    )?;
    cli::flush(out, ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    match cli::parse::<Args>(PROG) {
        Ok(args) => cli::finish(PROG, run(args)),
        Err(code) => code,
    }
}

fn print_text(
    out: &mut impl Write,
    rollup: &zfxxgk::aggregate::Rollup,
    tables: &zfxxgk::report::Tables,
    rates: &Rates,
    findings: &[Finding],
    differing: usize,
) -> std::io::Result<()> {
    let (t19, t21) = rollup.request_tables();
    writeln!(
        out,
        "rolled up {} reports ({t19} §3 tables of 2019, {t21} of 2021)",
        rollup.reports()
    )?;
    if let Some(t) = &tables.requests {
        for (row, cells) in t.rows() {
            writeln!(out, "  {:<32} {}", row.label(), cells[6])?;
        }
    }
    for d in rollup.dropped() {
        writeln!(
            out,
            "dropped: {} {} {}: {}",
            d.table.id(),
            d.row,
            d.column.as_deref().unwrap_or(""),
            d.reason
        )?;
    }
    for n in rollup.notes() {
        writeln!(out, "note: {:?} {:?} ({:?})", n.cell, n.issue, n.counts)?;
    }
    writeln!(
        out,
        "totals differing from the sum of their parts: {differing}"
    )?;
    writeln!(out, "rates:")?;
    for r in rates.all() {
        match (&r.ratio, &r.percent) {
            (Some(q), Some(p)) => writeln!(out, "  {:<34} {p:>8} ({q}) = {}", r.id, r.formula)?,
            _ => writeln!(out, "  {:<34} {:>8} = {}", r.id, "n/a", r.formula)?,
        }
    }
    writeln!(out, "findings: {}", findings.len())?;
    for f in findings {
        writeln!(out, "  {f}")?;
    }
    Ok(())
}
