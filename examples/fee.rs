//! The information processing fee (国办函〔2020〕109号) for a quantity, with its bands.
//!
//! ```text
//! cargo run --example fee -- --per-item N [--json]   # N applications by one applicant in one calendar month
//! cargo run --example fee -- --pages N [--json]      # one application of N pages
//! ```
//!
//! With `--json` it prints one object: `method`, `quantity`, `fee_yuan` (a decimal string),
//! `bands` (each with `from`, `to`, `units`, `rate_yuan`, `amount_yuan`), `basis`. Bad
//! arguments exit with status 2 and a one-line error.

use std::process::ExitCode;

use serde_json::json;
use zfxxgk::{Charge, FeeBasis, FeeMethod, ProgressiveSchedule};

const USAGE: &str = "usage: fee (--per-item N | --pages N) [--json]";

struct Args {
    method: FeeMethod,
    quantity: u64,
    json: bool,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut method = None;
    let mut json = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--per-item" | "--pages" => {
                if method.is_some() {
                    return Err("give one of --per-item and --pages, once".to_string());
                }
                let m = if a == "--per-item" {
                    FeeMethod::PerItem
                } else {
                    FeeMethod::PerVolume
                };
                let v = it.next().ok_or_else(|| format!("{a} needs a number"))?;
                let n: u64 = v
                    .parse()
                    .map_err(|_| format!("{a}: `{v}` is not a non-negative whole number"))?;
                method = Some((m, n));
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument `{other}`; {USAGE}")),
        }
    }
    let (method, quantity) = method.ok_or_else(|| USAGE.to_string())?;
    Ok(Args {
        method,
        quantity,
        json,
    })
}

fn range(from: u64, to: Option<u64>) -> String {
    match to {
        Some(t) => format!("{from}–{t}"),
        None => format!("{from}–"),
    }
}

fn print_text(c: &Charge, basis: &[FeeBasis]) {
    let (what, unit) = match c.method {
        FeeMethod::PerItem => ("applications by one applicant in one calendar month", "件"),
        _ => ("pages of one application", "页"),
    };
    println!(
        "{} ({}): {} {what}",
        c.method.label(),
        c.method.id(),
        c.quantity
    );
    for b in &c.bands {
        let rate = if b.rate.is_zero() {
            "free".to_string()
        } else {
            format!("{}元/{unit}", b.rate)
        };
        println!(
            "  {:<10} {:<10} {:>7} × {}元 = {}元",
            range(b.band_from, b.band_to),
            rate,
            b.units,
            b.rate,
            b.amount
        );
    }
    println!(
        "fee: {}元 (exact; whole yuan under the national rates)",
        c.amount
    );
    let cites: Vec<String> = basis.iter().map(|b| b.label()).collect();
    println!("basis: {}", cites.join("；"));
    if c.method == FeeMethod::PerItem {
        println!("note: the bands above 30 件 (31–40 at 200元/件, +100元/件 per further 10) are an UNCONFIRMED reading of art. 4");
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a = match parse_args(&args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("fee: {e}");
            return ExitCode::from(2);
        }
    };
    let schedule = match a.method {
        FeeMethod::PerItem => ProgressiveSchedule::per_item(),
        _ => ProgressiveSchedule::per_volume(),
    };
    let charge = match schedule.charge(a.quantity) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("fee: {e}");
            return ExitCode::from(2);
        }
    };
    let basis = [
        FeeBasis::Regulation2019Art42,
        FeeBasis::MeasuresArt3,
        a.method.basis(),
    ];
    if a.json {
        let bands: Vec<_> = charge
            .bands
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
        let out = json!({
            "method": charge.method.id(),
            "quantity": charge.quantity,
            "fee_yuan": charge.amount.to_string(),
            "bands": bands,
            "basis": basis.iter().map(|b| b.label()).collect::<Vec<_>>(),
        });
        println!("{out}");
    } else {
        print_text(&charge, &basis);
    }
    ExitCode::SUCCESS
}
