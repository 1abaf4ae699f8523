//! The reply deadline of one disclosure application, with the steps that explain it.
//!
//! ```text
//! cargo run --example deadline -- --received YYYY-MM-DD [--channel in_person|post|letter|online|fax]
//!     [--extended] [--supplement-requested YYYY-MM-DD --supplement-received YYYY-MM-DD]
//!     [--consultation [third_party:|agency:]YYYY-MM-DD..YYYY-MM-DD]... [--immediate] [--json]
//! ```
//!
//! Prints the due date and the steps; with `--json` one object with `edition`, `channel`,
//! `received`, `clock_start`, `supplement_notice_due`, `due` and `steps`. Exits 2 with a
//! one-line error on bad arguments or a date outside the calendar. A consultation without a
//! kind prefix is a third-party consultation.

use std::process::ExitCode;

use chrono::NaiveDate;
use zfxxgk::calendar::{parse_iso_date, WorkCalendar};
use zfxxgk::{Application, Channel, Consultation, ConsultationKind, Supplement};

struct Args {
    app: Application,
    json: bool,
}

fn date(flag: &str, v: &str) -> Result<NaiveDate, String> {
    parse_iso_date(v).ok_or_else(|| format!("{flag}: `{v}` is not a valid date YYYY-MM-DD"))
}

fn consultation(v: &str) -> Result<Consultation, String> {
    let (kind, range) = match v.split_once(':') {
        Some(("third_party", r)) => (ConsultationKind::ThirdParty, r),
        Some(("agency", r)) => (ConsultationKind::Agency, r),
        Some((k, _)) => {
            return Err(format!(
                "--consultation: kind `{k}` is not third_party or agency"
            ))
        }
        None => (ConsultationKind::ThirdParty, v),
    };
    let (a, b) = range
        .split_once("..")
        .ok_or_else(|| format!("--consultation: `{v}` is not YYYY-MM-DD..YYYY-MM-DD"))?;
    Ok(Consultation {
        kind,
        start: date("--consultation", a)?,
        end: date("--consultation", b)?,
    })
}

fn parse(argv: &[String]) -> Result<Args, String> {
    let mut received = None;
    let mut channel = Channel::InPerson;
    let (mut extended, mut immediate, mut json) = (false, false, false);
    let (mut sup_req, mut sup_got) = (None, None);
    let mut consultations = Vec::new();
    let mut it = argv.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .map(String::as_str)
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--received" => received = Some(date(flag, value()?)?),
            "--channel" => {
                let v = value()?;
                channel = Channel::from_id(v).ok_or_else(|| {
                    format!("--channel: `{v}` is not in_person, post, letter, online or fax")
                })?;
            }
            "--extended" => extended = true,
            "--immediate" => immediate = true,
            "--json" => json = true,
            "--supplement-requested" => sup_req = Some(date(flag, value()?)?),
            "--supplement-received" => sup_got = Some(date(flag, value()?)?),
            "--consultation" => consultations.push(consultation(value()?)?),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let received = received.ok_or("--received YYYY-MM-DD is required")?;
    let supplement = match (sup_req, sup_got) {
        (Some(requested), Some(received)) => Some(Supplement {
            requested,
            received,
        }),
        (None, None) => None,
        _ => return Err("--supplement-requested and --supplement-received go together".into()),
    };
    let mut app = Application::new(channel, received);
    app.extended = extended;
    app.immediate = immediate;
    app.supplement = supplement;
    app.consultations = consultations;
    Ok(Args { app, json })
}

fn run(argv: &[String]) -> Result<String, String> {
    let args = parse(argv)?;
    let cal = WorkCalendar::embedded();
    let d = args.app.deadline(&cal).map_err(|e| e.to_string())?;
    if args.json {
        let mut v = serde_json::to_value(&d).map_err(|e| e.to_string())?;
        if let Some(o) = v.as_object_mut() {
            o.insert("channel".into(), args.app.channel.id().into());
        }
        return Ok(v.to_string());
    }
    let mut out = format!(
        "received {} via {} ({}), {} edition ({})\ndue {}\nsteps:\n",
        d.received,
        args.app.channel.id(),
        args.app.channel.label(),
        d.edition,
        d.edition.label(),
        d.due
    );
    for s in &d.steps {
        out.push_str(&format!(
            "  {}  {:<14} {}\n",
            s.date,
            s.basis.to_string(),
            s.text
        ));
    }
    Ok(out.trim_end().to_string())
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("deadline: {e}");
            ExitCode::from(2)
        }
    }
}
