//! A national-scale run: N synthetic annual reports, audited in parallel and rolled up by
//! year, level and region.
//!
//! ```text
//! cargo run --release --example national -- [--n 100000] [--jobs 2] [--planted 0.05] [--seed 1]
//!     [--start 0] [--chunk 64] [--shards worker|chunk] [--layouts tabs,pipes,…] [--json] [--examples DIR] [--dump DIR]
//! ```
//!
//! Each report is drawn from a random *consistent* model (seeded per report; no global random
//! state): a pre-2019 report with its statistics table and prose that agrees with it, or a
//! 2019- or 2021-format report with its §2, §3 and §4 tables (every identity holding; blanks,
//! `/` and zeros in realistic shares; multi-digit values), published by a made-up agency of a
//! made-up province at the government, department or township level, for a year from 2008 to
//! 2025. Its text is rendered through `zfxxgk::render` in one of the renderer's layouts and
//! saved as UTF-8 or GB18030. A share of reports (`--planted`) gets one table cell changed by a
//! typo, breaking known identities.
//!
//! Reports are generated, audited (`zfxxgk::audit_bytes`) and judged on `--jobs` workers in
//! chunks (`zfxxgk::batch::ordered_map`), never all in memory. The run counts planted errors
//! found (every identity instance the change breaks reported as an error at its row or
//! column), missed (the table reported unreadable, not found, or nothing said), false errors
//! (an error no plant explains), cells read back differently from the text, throughput, CPU
//! time and peak memory (`VmHWM`). Each chunk is rolled up by (year, level, region) and merged into its worker's
//! shard, on the worker; the caller merges the shards, and also rolls up every report in one
//! pass: the two must be equal.
//!
//! `--dump DIR` writes every report's bytes to `DIR/{index}.txt` (for small runs).
//! `--examples DIR` writes the first report of each family of problem (false error, missed
//! plant, misread cell) to `DIR`, to reproduce with `cargo run --example audit -- FILE`.
//!
//! Exit status: 0 when the run completed and the sharded rollup equals the one-pass rollup;
//! 1 when they differ; 2 on bad arguments or an unwritable `--examples` or `--dump` directory.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use rust_decimal::Decimal;
use zfxxgk::aggregate::Rollup;
use zfxxgk::{RequestColumn, RequestRow};

#[path = "common/cli.rs"]
mod cli;
#[path = "national/mod.rs"]
mod national;

use national::run::{cpu_time, peak_memory, run, Config, Rollups, ShardBy};

const PROG: &str = "national";

/// Synthetic reports at national scale: audited in parallel, judged, rolled up.
#[derive(Parser, Debug)]
#[command(
    name = "national",
    about,
    long_about = None,
    after_help = "Exit status: 0 done, the sharded rollup equal to the one-pass rollup; 1 they \
                  differ; 2 bad arguments or an unwritable --examples or --dump directory."
)]
struct Args {
    /// Number of reports.
    #[arg(long, default_value_t = 100_000)]
    n: u64,
    /// Index of the first report: `--start 4620 --n 1 --examples DIR` writes out report 4620
    /// of a run if it is a problem.
    #[arg(long, default_value_t = 0)]
    start: u64,
    /// Worker threads (default: the available cores).
    #[arg(long)]
    jobs: Option<usize>,
    /// Share of reports with a planted error, as a decimal (0.05 = 5 %).
    #[arg(long, default_value = "0.05")]
    planted: String,
    /// Seed of the reports' random streams.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Reports per chunk (each chunk is rolled up on its own, then merged into its worker's
    /// shard).
    #[arg(long, default_value_t = 64)]
    chunk: u64,
    /// Shard the rollup per worker (each worker merges its chunks' rollups; memory grows with
    /// the workers) or per chunk (the caller merges every chunk's rollup as it comes back).
    #[arg(long, value_enum, default_value = "worker")]
    shards: Shards,
    /// Only these layouts (comma-separated ids: tabs, pipes, spaces, cell_per_line,
    /// run_together, flattened; default: every layout of the renderer).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    layouts: Vec<String>,
    /// Write every report's bytes to DIR/{index}.txt (for small runs).
    #[arg(long, value_name = "DIR")]
    dump: Option<std::path::PathBuf>,
    /// Print the summary as one JSON object.
    #[arg(long)]
    json: bool,
    /// Write the first report of each family of problem to this directory.
    #[arg(long, value_name = "DIR")]
    examples: Option<std::path::PathBuf>,
}

/// Where the chunk rollups are merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Shards {
    /// One shard per worker.
    Worker,
    /// One shard per chunk.
    Chunk,
}

/// `0.05` → 50,000 per million (exact: parsed as a decimal).
fn ppm(share: &str) -> Result<u64, String> {
    let d: Decimal = share
        .trim()
        .parse()
        .map_err(|_| format!("--planted `{share}`: not a decimal number"))?;
    if d < Decimal::ZERO || d > Decimal::ONE {
        return Err(format!("--planted `{share}`: a share from 0 to 1"));
    }
    let p = (d * Decimal::from(1_000_000)).trunc();
    u64::try_from(p).map_err(|_| format!("--planted `{share}`: out of range"))
}

/// The file name of a family (ASCII, no separators).
fn slug(family: &str) -> String {
    family
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn per_year(r: &Rollups) -> Vec<(Option<i32>, u64, Option<u64>)> {
    let mut by_year: std::collections::BTreeMap<Option<i32>, Rollup> = Default::default();
    for ((year, _, _), roll) in r {
        let e = by_year.remove(year).unwrap_or_default();
        by_year.insert(*year, e.merge(roll.clone()));
    }
    by_year
        .into_iter()
        .map(|(y, roll)| {
            let received = roll.tables().requests.and_then(|t| {
                t.get(RequestRow::Received, RequestColumn::Total)
                    .and_then(|c| c.get())
            });
            (y, roll.reports(), received)
        })
        .collect()
}

fn main() -> ExitCode {
    let args: Args = match cli::parse(PROG) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let planted_ppm = match ppm(&args.planted) {
        Ok(p) => p,
        Err(e) => {
            cli::error(PROG, &e);
            return ExitCode::from(2);
        }
    };
    let mut layouts = Vec::new();
    for id in &args.layouts {
        match national::case::layouts().iter().find(|l| l.id() == id) {
            Some(l) => layouts.push(*l),
            None => {
                cli::error(PROG, &format!("--layouts: no layout `{id}`; see --help"));
                return ExitCode::from(2);
            }
        }
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let cfg = Config {
        n: args.n,
        start: args.start,
        jobs,
        planted_ppm,
        seed: args.seed,
        chunk: args.chunk,
        shards: match args.shards {
            Shards::Worker => ShardBy::Worker,
            Shards::Chunk => ShardBy::Chunk,
        },
        layouts,
        dump: args.dump.clone(),
    };
    if let Some(dir) = &cfg.dump {
        if let Err(e) = std::fs::create_dir_all(dir) {
            cli::error(PROG, &format!("{}: cannot write: {e}", dir.display()));
            return ExitCode::from(2);
        }
    }
    let out = run(&cfg);
    let peak = peak_memory();
    let cpu = cpu_time();
    let equal = out.one_pass == out.merged;
    if let Some(dir) = &args.examples {
        if let Err(e) = write_examples(dir, &out.tally) {
            cli::error(PROG, &format!("{}: cannot write: {e}", dir.display()));
            return ExitCode::from(2);
        }
    }
    let secs = out.elapsed.as_secs_f64().max(1e-9);
    let t = &out.tally;
    let years = per_year(&out.one_pass);
    let r = if args.json {
        let v = serde_json::json!({
            "n": cfg.n,
            "jobs": cfg.jobs,
            "seed": cfg.seed,
            "planted_share_ppm": cfg.planted_ppm,
            "chunk": cfg.chunk,
            "seconds": secs,
            "reports_per_second": t.reports as f64 / secs,
            "mb_per_second": t.bytes as f64 / 1e6 / secs,
            "generate_cpu_seconds": out.generate.as_secs_f64(),
            "audit_cpu_seconds": out.audit.as_secs_f64(),
            "serial_seconds": out.serial.as_secs_f64(),
            "one_pass_rollup_seconds": out.one_pass_time.as_secs_f64(),
            "peak_memory_bytes": peak,
            "cpu_seconds": cpu.map(|c| c.as_secs_f64()),
            "rollup": {
                "groups": out.one_pass.len(),
                "shards": out.shards,
                "chunks": out.chunks,
                "sharded_by": format!("{:?}", cfg.shards).to_lowercase(),
                "sharded_equals_one_pass": equal,
                "by_year": years.iter().map(|(y, n, rec)| serde_json::json!({"year": y, "reports": n, "received_total": rec})).collect::<Vec<_>>(),
            },
            "tally": t,
        });
        writeln!(cli::stdout(), "{v}")
    } else {
        print_text(&cfg, &out, peak, cpu, equal, &years)
    };
    if let Err(e) = r {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            cli::error(PROG, &format!("cannot write the output: {e}"));
            return ExitCode::from(2);
        }
    }
    if equal {
        ExitCode::SUCCESS
    } else {
        cli::error(
            PROG,
            "the merge of the per-shard rollups differs from the one-pass rollup",
        );
        ExitCode::from(1)
    }
}

fn write_examples(dir: &std::path::Path, t: &national::tally::Tally) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (family, f) in &t.families {
        if f.text.is_empty() {
            continue;
        }
        let mut body = format!(
            "# national example, family: {family}\n# report index {} ({} in the run)\n",
            f.first_index, f.count
        );
        if let Some(p) = &f.plant {
            body.push_str(&format!("# planted: {p}\n"));
        }
        for d in &f.detail {
            body.push_str(&format!("# finding: {d}\n"));
        }
        body.push_str(&f.text);
        std::fs::write(dir.join(format!("{}.txt", slug(family))), body)?;
    }
    Ok(())
}

fn mib(b: u64) -> String {
    format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0))
}

fn print_text(
    cfg: &Config,
    out: &national::run::Outcome,
    peak: Option<u64>,
    cpu: Option<std::time::Duration>,
    equal: bool,
    years: &[(Option<i32>, u64, Option<u64>)],
) -> std::io::Result<()> {
    let t = &out.tally;
    let secs = out.elapsed.as_secs_f64().max(1e-9);
    let mut w = cli::stdout();
    let share = cfg.planted_ppm as f64 / 1e4;
    writeln!(
        w,
        "national-scale run: {} reports, seed {}, {share}% planted, {} jobs, chunks of {}",
        t.reports, cfg.seed, cfg.jobs, cfg.chunk
    )?;
    let list = |m: &std::collections::BTreeMap<String, u64>| {
        m.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(w, "formats: {}", list(&t.by_format))?;
    writeln!(w, "layouts: {}", list(&t.by_layout))?;
    writeln!(
        w,
        "encodings: gb18030 {}, utf-8 {}",
        t.gb18030,
        t.reports - t.gb18030
    )?;
    writeln!(
        w,
        "time: {:.1} s wall; {:.0} reports/s; {:.2} MB/s of report text ({:.1} MB)",
        secs,
        t.reports as f64 / secs,
        t.bytes as f64 / 1e6 / secs,
        t.bytes as f64 / 1e6
    )?;
    writeln!(
        w,
        "worker time: generating and rendering {:.1} s, auditing and judging {:.1} s; caller: tallies and shard merges {:.2} s, one-pass rollup {:.2} s",
        out.generate.as_secs_f64(),
        out.audit.as_secs_f64(),
        out.serial.as_secs_f64(),
        out.one_pass_time.as_secs_f64()
    )?;
    writeln!(w, "peak memory (VmHWM): {}", peak.map_or("n/a".into(), mib))?;
    match cpu {
        Some(c) => writeln!(
            w,
            "process CPU time: {:.1} s ({:.0} reports per CPU second; {:.2} cores busy on average)",
            c.as_secs_f64(),
            t.reports as f64 / c.as_secs_f64().max(1e-9),
            c.as_secs_f64() / secs
        )?,
        None => writeln!(w, "process CPU time: n/a")?,
    }
    writeln!(w, "parse failures: {}", t.parse_failures)?;
    let p = &t.plants;
    let missed = |p: &national::tally::PlantTally| {
        format!(
            "missed {} (table reported unreadable {}, table not found {}, silent {})",
            p.missed_reported_unreadable + p.missed_table_not_read + p.missed_silent,
            p.missed_reported_unreadable,
            p.missed_table_not_read,
            p.missed_silent
        )
    };
    writeln!(
        w,
        "planted errors: {} found / {} planted; partly found {}; {}",
        p.found,
        p.planted,
        p.partly_found,
        missed(p)
    )?;
    for (rule, p) in &t.plants_by_rule {
        writeln!(
            w,
            "  {rule}: {} / {} found, partly {}, {}",
            p.found,
            p.planted,
            p.partly_found,
            missed(p)
        )?;
    }
    writeln!(w, "false errors: {} on unplanted reports, {} unexplained on planted reports; {} reports with any", t.false_errors_unplanted, t.false_errors_planted, t.reports_with_false_errors)?;
    for (rule, n) in &t.false_errors_by_rule {
        writeln!(w, "  {rule}: {n}")?;
    }
    writeln!(
        w,
        "cells read back (cells / lost / invented / wrong / blank↔'/'):"
    )?;
    for (table, rb) in &t.readback {
        writeln!(
            w,
            "  {table}: {} / {} / {} / {} / {}",
            rb.cells, rb.lost, rb.invented, rb.wrong, rb.swapped
        )?;
    }
    writeln!(
        w,
        "metadata read wrong: {}",
        if t.meta_wrong.is_empty() {
            "none".to_string()
        } else {
            list(&t.meta_wrong)
        }
    )?;
    writeln!(
        w,
        "warnings on unplanted reports: {}",
        if t.warnings_unplanted_by_rule.is_empty() {
            "none".to_string()
        } else {
            list(&t.warnings_unplanted_by_rule)
        }
    )?;
    writeln!(
        w,
        "by format/layout (reports, planted found/planted, false errors, cells wrong/lost):"
    )?;
    for (k, m) in &t.by_mix {
        writeln!(
            w,
            "  {k}: {}, {}/{}, {}, {}/{}",
            m.reports,
            m.plants.found,
            m.plants.planted,
            m.false_errors,
            m.readback.wrong,
            m.readback.lost
        )?;
    }
    writeln!(
        w,
        "rollup by (year, level, region): {} groups; {} chunk rollups merged into {} shards ({:?}), merged {} the one-pass rollup",
        out.one_pass.len(),
        out.chunks,
        out.shards,
        cfg.shards,
        if equal { "==" } else { "!=" }
    )?;
    for (y, n, rec) in years {
        let y = y.map_or("?".to_string(), |y| y.to_string());
        let rec = rec.map_or("-".to_string(), |r| r.to_string());
        writeln!(w, "  {y}: {n} reports, §3 applications received {rec}")?;
    }
    if !t.families.is_empty() {
        writeln!(w, "problem families (first report index, count):")?;
        for (f, fam) in &t.families {
            writeln!(w, "  {f}: #{} ×{}", fam.first_index, fam.count)?;
        }
    }
    let per_report = secs / t.reports.max(1) as f64;
    writeln!(
        w,
        "at this rate 3,000,000 reports take {:.1} h on {} jobs",
        per_report * 3e6 / 3600.0,
        cfg.jobs
    )?;
    w.flush()
}
