//! The information processing fee (国办函〔2020〕109号) for a quantity, with its bands.
//!
//! ```text
//! cargo run --example fee -- --per-item N [--bands all] [--json]   # N applications by one applicant in one calendar month
//! cargo run --example fee -- --pages N [--bands all] [--json]      # one application of N pages
//! ```
//!
//! With `--json` it prints one object: `method`, `quantity`, `fee_yuan` (a decimal string),
//! `bands` (each with `from`, `to`, `units`, `rate_yuan`, `amount_yuan`), `basis`. Past 12
//! bands (a large `--per-item` quantity has one band per 10 件) only the first 10 and the last
//! are listed, and the ones between are summed in one line (`bands_omitted` in JSON: `count`,
//! `from`, `to`, `units`, `amount_yuan`), so the listed amounts still add up to the fee;
//! `--bands all` lists every band. Exit status: 0 done; 2 bad arguments (one line on stderr).

#[path = "common/cli.rs"]
mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use cli::Fail;
use serde_json::json;
use zfxxgk::fee::{BandCharge, Charge, FeeBasis, FeeMethod, ProgressiveSchedule};
use zfxxgk::Decimal;

const PROG: &str = "fee";
/// Up to this many bands are all listed; past it, the first `HEAD` and the last one.
const SHOW_ALL_UP_TO: usize = 12;
const HEAD: usize = 10;

/// The information processing fee (信息处理费, 国办函〔2020〕109号) for a quantity, with its
/// bands.
#[derive(Parser)]
#[command(
    name = PROG,
    after_help = "Exit status: 0 done; 2 bad arguments (one line on stderr).\n\
                  Example: fee --per-item 35"
)]
#[command(group = clap::ArgGroup::new("quantity").required(true).args(["per_item", "pages"]))]
struct Args {
    /// N applications by one applicant in one calendar month (按件计收, art. 4).
    #[arg(long, value_name = "N")]
    per_item: Option<u64>,
    /// One application of N pages (按量计收, art. 5).
    #[arg(long, value_name = "N")]
    pages: Option<u64>,
    /// Which bands to list: `summary` (past 12 bands, the first 10, the rest summed, the
    /// last) or `all`.
    #[arg(long, value_enum, default_value_t = Bands::Summary)]
    bands: Bands,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Bands {
    Summary,
    All,
}

/// The bands to list and, when some are left out, what they sum to.
struct Listing<'a> {
    shown: Vec<&'a BandCharge>,
    omitted: Option<Omitted>,
}

/// Bands left out of a summary, summed.
struct Omitted {
    count: usize,
    from: u64,
    to: Option<u64>,
    units: u64,
    amount: Decimal,
}

fn listing(c: &Charge, bands: Bands) -> Listing<'_> {
    let all = &c.bands;
    if bands == Bands::All || all.len() <= SHOW_ALL_UP_TO {
        return Listing {
            shown: all.iter().collect(),
            omitted: None,
        };
    }
    let (head, rest) = all.split_at(HEAD);
    let Some((last, middle)) = rest.split_last() else {
        return Listing {
            shown: all.iter().collect(),
            omitted: None,
        };
    };
    let omitted = Omitted {
        count: middle.len(),
        from: middle.first().map_or(0, |b| b.band_from),
        to: middle.last().and_then(|b| b.band_to),
        units: middle.iter().map(|b| b.units).sum(),
        amount: middle.iter().map(|b| b.amount).sum(),
    };
    Listing {
        shown: head.iter().chain([last]).collect(),
        omitted: Some(omitted),
    }
}

fn range(from: u64, to: Option<u64>) -> String {
    match to {
        Some(t) => format!("{from}–{t}"),
        None => format!("{from}–"),
    }
}

fn print_text(
    out: &mut impl Write,
    c: &Charge,
    l: &Listing<'_>,
    basis: &[FeeBasis],
) -> Result<(), Fail> {
    let (what, unit) = match c.method {
        FeeMethod::PerItem => ("applications by one applicant in one calendar month", "件"),
        _ => ("pages of one application", "页"),
    };
    writeln!(
        out,
        "{} ({}): {} {what}",
        c.method.label(),
        c.method.id(),
        c.quantity
    )?;
    let band = |out: &mut dyn Write, b: &BandCharge| -> std::io::Result<()> {
        let rate = if b.rate.is_zero() {
            "free".to_string()
        } else {
            format!("{}元/{unit}", b.rate)
        };
        writeln!(
            out,
            "  {:<10} {:<10} {:>7} × {}元 = {}元",
            range(b.band_from, b.band_to),
            rate,
            b.units,
            b.rate,
            b.amount
        )
    };
    for (i, b) in l.shown.iter().enumerate() {
        if i + 1 == l.shown.len() {
            if let Some(o) = &l.omitted {
                writeln!(
                    out,
                    "  {:<10} … {} bands omitted: {} {unit}, {}元 (--bands all lists them)",
                    range(o.from, o.to),
                    o.count,
                    o.units,
                    o.amount
                )?;
            }
        }
        band(out, b)?;
    }
    writeln!(
        out,
        "fee: {}元 (exact; whole yuan under the national rates)",
        c.amount
    )?;
    let cites: Vec<&str> = basis.iter().map(|b| b.label()).collect();
    writeln!(out, "basis: {}", cites.join("；"))?;
    if c.method == FeeMethod::PerItem {
        writeln!(out, "note: the bands above 30 件 (31–40 at 200元/件, +100元/件 per further 10) are an UNCONFIRMED reading of art. 4")?;
    }
    Ok(())
}

fn run(a: Args) -> Result<ExitCode, Fail> {
    let (method, quantity) = match (a.per_item, a.pages) {
        (Some(n), None) => (FeeMethod::PerItem, n),
        (None, Some(n)) => (FeeMethod::PerVolume, n),
        // clap's group makes them exclusive and one required.
        _ => return Err(Fail::Input("give one of --per-item and --pages".into())),
    };
    let schedule = match method {
        FeeMethod::PerItem => ProgressiveSchedule::per_item(),
        _ => ProgressiveSchedule::per_volume(),
    };
    let charge = schedule
        .charge(quantity)
        .map_err(|e| Fail::Input(e.to_string()))?;
    let basis = [
        FeeBasis::Regulation2019Art42,
        FeeBasis::MeasuresArt3,
        method.basis(),
    ];
    let l = listing(&charge, a.bands);
    let mut out = cli::stdout();
    if a.json {
        let bands: Vec<_> = l
            .shown
            .iter()
            .map(|b| {
                json!({
                    "from": b.band_from,
                    "to": b.band_to,
                    "units": b.units,
                    "rate_yuan": b.rate.to_string(),
                    "amount_yuan": b.amount.to_string(),
                })
            })
            .collect();
        let mut obj = json!({
            "method": charge.method.id(),
            "quantity": charge.quantity,
            "fee_yuan": charge.amount.to_string(),
            "bands": bands,
            "basis": basis.iter().map(|b| b.label()).collect::<Vec<_>>(),
        });
        if let (Some(o), Some(map)) = (&l.omitted, obj.as_object_mut()) {
            map.insert(
                "bands_omitted".into(),
                json!({
                    "count": o.count,
                    "from": o.from,
                    "to": o.to,
                    "units": o.units,
                    "amount_yuan": o.amount.to_string(),
                }),
            );
        }
        writeln!(out, "{obj}")?;
    } else {
        print_text(&mut out, &charge, &l, &basis)?;
    }
    cli::flush(out, ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    match cli::parse::<Args>(PROG) {
        Ok(args) => cli::finish(PROG, run(args)),
        Err(code) => code,
    }
}
