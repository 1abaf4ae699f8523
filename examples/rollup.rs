//! Rolls up many annual reports: sums their tables, checks the cross-year identities of each
//! agency's consecutive years, and prints the rates.
//!
//! ```text
//! cargo run --example rollup -- [--json] [--csv] [--summary FILE] FILE...
//! ```
//!
//! A FILE is report text (UTF-8) or a report in the crate's JSON serialization (`*.json`).
//! `--summary FILE` marks a report that claims to be the sum of the others (`本级汇总`): it is
//! not summed but checked against the sum (rule XYR005). `--json` prints one JSON object with
//! `reports`, `tables`, `dropped_rows`, `notes`, `totals_differing`, `rates` and `findings`;
//! `--csv` prints the summed tables in long format. Exit status 0 when it ran, 2 on unreadable
//! input (with a one-line error naming the file).

use std::process::ExitCode;

use zfxxgk::aggregate::{
    agency_key, check_series_by, rollup_with_summaries, tables_long_rows, write_csv, Rates,
    RollupInput,
};
use zfxxgk::rules::{Finding, Status};
use zfxxgk::AnnualReport;

struct Args {
    json: bool,
    csv: bool,
    parts: Vec<String>,
    summaries: Vec<String>,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        json: false,
        csv: false,
        parts: Vec::new(),
        summaries: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--json" => a.json = true,
            "--csv" => a.csv = true,
            "--summary" => a.summaries.push(it.next().ok_or("--summary needs a FILE")?),
            "-h" | "--help" => {
                return Err("usage: rollup [--json] [--csv] [--summary FILE] FILE...".into())
            }
            _ if x.starts_with("--") => return Err(format!("unknown option `{x}`")),
            _ => a.parts.push(x),
        }
    }
    if a.json && a.csv {
        return Err("choose one of --json and --csv".into());
    }
    if a.parts.is_empty() {
        return Err(
            "no report FILE given; usage: rollup [--json] [--csv] [--summary FILE] FILE...".into(),
        );
    }
    Ok(a)
}

fn read(path: &str) -> Result<AnnualReport, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{path}: not UTF-8 text"))?;
    if path.ends_with(".json") {
        serde_json::from_str(&text).map_err(|e| format!("{path}: not a JSON report: {e}"))
    } else {
        zfxxgk::parse::parse(&text)
            .map(|p| p.report)
            .map_err(|e| format!("{path}: {e}"))
    }
}

fn main() -> ExitCode {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("rollup: {e}");
            return ExitCode::from(2);
        }
    };
    let mut parts = Vec::new();
    let mut summaries = Vec::new();
    for (list, out) in [(&a.parts, &mut parts), (&a.summaries, &mut summaries)] {
        for path in list {
            match read(path) {
                Ok(r) => out.push(r),
                Err(e) => {
                    eprintln!("rollup: {e}");
                    return ExitCode::from(2);
                }
            }
        }
    }
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

    if a.csv {
        let years: std::collections::BTreeSet<_> = parts.iter().map(|r| r.meta.year).collect();
        let year = if years.len() == 1 {
            years.into_iter().next().flatten()
        } else {
            None
        };
        let rows = tables_long_rows(&tables, "rollup", year);
        if let Err(e) = write_csv(std::io::stdout().lock(), &rows) {
            eprintln!("rollup: cannot write: {e}");
            return ExitCode::from(2);
        }
        return ExitCode::SUCCESS;
    }
    if a.json {
        let out = serde_json::json!({
            "reports": rollup.reports(),
            "tables": tables,
            "dropped_rows": rollup.dropped(),
            "notes": rollup.notes(),
            "totals_differing": differing,
            "rates": rates,
            "findings": findings,
        });
        println!("{out}");
        return ExitCode::SUCCESS;
    }
    print_text(&rollup, &tables, &rates, &findings, differing.len());
    ExitCode::SUCCESS
}

fn print_text(
    rollup: &zfxxgk::aggregate::Rollup,
    tables: &zfxxgk::Tables,
    rates: &Rates,
    findings: &[Finding],
    differing: usize,
) {
    let (t19, t21) = rollup.request_tables();
    println!(
        "rolled up {} reports ({t19} §3 tables of 2019, {t21} of 2021)",
        rollup.reports()
    );
    if let Some(t) = &tables.requests {
        for (row, cells) in t.rows() {
            println!("  {:<32} {}", row.label(), cells[6]);
        }
    }
    for d in rollup.dropped() {
        println!(
            "dropped: {} {} {}: {}",
            d.table.id(),
            d.row,
            d.column.as_deref().unwrap_or(""),
            d.reason
        );
    }
    for n in rollup.notes() {
        println!("note: {:?} {:?} ({:?})", n.cell, n.issue, n.counts);
    }
    println!("totals differing from the sum of their parts: {differing}");
    println!("rates:");
    for r in rates.all() {
        match (&r.ratio, &r.percent) {
            (Some(q), Some(p)) => println!("  {:<34} {p:>8} ({q}) = {}", r.id, r.formula),
            _ => println!("  {:<34} {:>8} = {}", r.id, "n/a", r.formula),
        }
    }
    println!("findings: {}", findings.len());
    for f in findings {
        println!("  {f}");
    }
}
