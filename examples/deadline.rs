//! The reply deadline of one disclosure application, with the steps that explain it.
//!
//! ```text
//! cargo run --example deadline -- --received YYYY-MM-DD [--channel in_person|post|letter|online|fax]
//!     [--extended] [--supplement-requested YYYY-MM-DD --supplement-received YYYY-MM-DD]
//!     [--consultation [third_party:|agency:]YYYY-MM-DD..YYYY-MM-DD]... [--immediate] [--zh] [--json]
//! ```
//!
//! Prints the due date and the steps (`--zh`: the steps in Chinese); with `--json` one object
//! with `edition`, `channel`, `received`, `clock_start`, `supplement_notice_due`, `due` and
//! `steps` (each with `text` and `text_zh`). A consultation without a kind prefix is a
//! third-party consultation. Exit status: 0 done; 2 bad arguments or a date outside the
//! working-day calendar (one line on stderr naming the date given).

#[path = "common/cli.rs"]
mod cli;

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Parser;
use cli::Fail;
use zfxxgk::calendar::WorkCalendar;
use zfxxgk::deadline::{Application, Channel, Consultation, ConsultationKind, Supplement};

const PROG: &str = "deadline";

/// The reply deadline of one disclosure application (政府信息公开申请答复期限), with the steps
/// and articles that explain it, on the official working-day calendar.
#[derive(Parser)]
#[command(
    name = PROG,
    after_help = "Exit status: 0 done; 2 bad arguments or a date outside the working-day calendar \
                  (one line on stderr naming the date given).\n\
                  Example: deadline --received 2024-09-27 --channel post --extended"
)]
struct Args {
    /// The receipt date (2019 art. 31 for the channel).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    received: NaiveDate,
    /// How the application arrived.
    #[arg(long, value_name = "in_person|post|letter|online|fax", default_value = "in_person", value_parser = channel)]
    channel: Channel,
    /// The reply period was extended (2019 art. 33, 2008 art. 24).
    #[arg(long)]
    extended: bool,
    /// Answered on the spot.
    #[arg(long)]
    immediate: bool,
    /// The day the supplementation (补正) notice went out.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date, requires = "supplement_received")]
    supplement_requested: Option<NaiveDate>,
    /// The day the supplemented application was received.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date, requires = "supplement_requested")]
    supplement_received: Option<NaiveDate>,
    /// A consultation whose time is not counted; repeatable.
    #[arg(long, value_name = "[third_party:|agency:]YYYY-MM-DD..YYYY-MM-DD", value_parser = consultation)]
    consultation: Vec<Consultation>,
    /// Print the steps in Chinese.
    #[arg(long)]
    zh: bool,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

/// A strict `YYYY-MM-DD` date.
fn date(v: &str) -> Result<NaiveDate, String> {
    let b = v.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    shape
        .then(|| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| "not a date in the form YYYY-MM-DD".to_string())
}

fn channel(v: &str) -> Result<Channel, String> {
    Channel::from_id(v).ok_or_else(|| "not in_person, post, letter, online or fax".to_string())
}

fn consultation(v: &str) -> Result<Consultation, String> {
    let (kind, range) = match v.split_once(':') {
        Some(("third_party", r)) => (ConsultationKind::ThirdParty, r),
        Some(("agency", r)) => (ConsultationKind::Agency, r),
        Some((k, _)) => return Err(format!("kind `{k}` is not third_party or agency")),
        None => (ConsultationKind::ThirdParty, v),
    };
    let (a, b) = range.split_once("..").ok_or("not YYYY-MM-DD..YYYY-MM-DD")?;
    Ok(Consultation {
        kind,
        start: date(a)?,
        end: date(b)?,
    })
}

fn run(args: Args) -> Result<ExitCode, Fail> {
    let mut app = Application::new(args.channel, args.received);
    app.extended = args.extended;
    app.immediate = args.immediate;
    app.supplement =
        args.supplement_requested
            .zip(args.supplement_received)
            .map(|(requested, received)| Supplement {
                requested,
                received,
            });
    app.consultations = args.consultation;
    let d = app
        .deadline(WorkCalendar::official())
        .map_err(|e| Fail::Input(e.to_string()))?;
    let mut out = cli::stdout();
    if args.json {
        let mut v = serde_json::to_value(&d).map_err(|e| Fail::Input(e.to_string()))?;
        if let Some(o) = v.as_object_mut() {
            o.insert("channel".into(), app.channel.id().into());
        }
        writeln!(out, "{v}")?;
        return cli::flush(out, ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "received {} via {} ({}), {} edition ({})\ndue {}\nsteps:",
        d.received,
        app.channel.id(),
        app.channel.label(),
        d.edition,
        d.edition.label(),
        d.due
    )?;
    for s in &d.steps {
        let text = if args.zh { &s.text_zh } else { &s.text };
        writeln!(out, "  {}  {:<14} {}", s.date, s.basis.to_string(), text)?;
    }
    cli::flush(out, ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    match cli::parse::<Args>(PROG) {
        Ok(args) => cli::finish(PROG, run(args)),
        Err(code) => code,
    }
}
