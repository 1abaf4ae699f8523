//! Audit annual reports: parse, check, and print the findings.
//!
//! ```text
//! cargo run --release --example audit -- [--json] [--format legacy|std2019|std2021] [FILE|-]...
//! ```
//!
//! With no FILE it audits the report embedded in the crate. `FILE` is a report page (`.html`,
//! `.htm`), report text, or a JSON report in the crate's serialization; `-` reads standard
//! input. What a file is, and its encoding (UTF-8 with or without BOM, UTF-16 with BOM,
//! GB18030/GBK/GB2312), is told from its bytes, not its name: a `.json` name or bytes opening
//! with `{` are a JSON report, markup is HTML, anything else text. `--json` prints one JSON
//! object per input, one per line, with `"input": {"kind": "html"|"text"|"json", "encoding":
//! "utf-8"|"gb18030"|"utf-16le"|"utf-16be"|"big5"}`. Exit status: 0 when it ran (whatever it
//! found), 2 on unreadable input, with a one-line error naming the file and the reason.

use std::io::Read;
use std::process::ExitCode;

use serde::Serialize;
use zfxxgk::parse::ParseOptions;
use zfxxgk::rules::{Finding, Severity, Status};
use zfxxgk::{Audit, Input, InputKind, ReportFormat};

/// The report audited when no file is given: the project's seed, 津市市 2016 (a pre-2019
/// report under the 2008 regulation; DOMAIN.md §8, source key [P08-js]).
const EMBEDDED_NAME: &str = "embedded seed: 津市市2016年政府信息公开工作年度报告 [P08-js]";

struct Args {
    json: bool,
    format: Option<ReportFormat>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        json: false,
        format: None,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => a.json = true,
            "--format" => {
                let v = it
                    .next()
                    .ok_or("--format needs a value: legacy, std2019 or std2021")?;
                a.format =
                    Some(ReportFormat::from_id(&v).ok_or_else(|| {
                        format!("--format `{v}`: use legacy, std2019 or std2021")
                    })?);
            }
            "-h" | "--help" => {
                println!("usage: audit [--json] [--format legacy|std2019|std2021] [FILE|-]...");
                std::process::exit(0);
            }
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`")),
            _ => a.files.push(arg),
        }
    }
    Ok(a)
}

fn read_input(name: &str) -> Result<Vec<u8>, String> {
    if name == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("{name}: cannot read standard input: {e}"))?;
        Ok(b)
    } else {
        std::fs::read(name).map_err(|e| format!("{name}: cannot read: {e}"))
    }
}

/// Whether decoded bytes are a JSON report: a `.json` name, or text opening with `{`.
fn is_json(name: &str, text: &str) -> bool {
    name.ends_with(".json")
        || text
            .trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n'])
            .starts_with('{')
}

fn audit_one(name: &str, bytes: &[u8], opts: &ParseOptions) -> Result<Audit, String> {
    let decoded = zfxxgk::parse::decode(bytes);
    if is_json(name, &decoded.text) {
        let report: zfxxgk::AnnualReport = serde_json::from_str(&decoded.text)
            .map_err(|e| format!("{name}: not a report in the crate's JSON form: {e}"))?;
        let mut a = zfxxgk::audit_report(report);
        a.input = Some(Input::new(InputKind::Json, decoded.encoding));
        Ok(a)
    } else {
        zfxxgk::audit_bytes_with(bytes, opts).map_err(|e| format!("{name}: {e}"))
    }
}

/// One input's JSON line. A struct (not `json!`) so that keys and table rows keep their order.
#[derive(Serialize)]
struct Out<'a> {
    file: &'a str,
    input: Option<Input>,
    format: &'static str,
    year: Option<i32>,
    agency: Option<&'a str>,
    level: Option<&'static str>,
    published: Option<String>,
    sections: Vec<SectionOut<'a>>,
    tables: &'a zfxxgk::Tables,
    claims: &'a [zfxxgk::Claim],
    legacy: &'a Option<zfxxgk::LegacyReport>,
    fees: &'a Option<zfxxgk::FeeStatement>,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct SectionOut<'a> {
    kind: &'static str,
    heading: &'a str,
    line: u32,
}

fn to_json(name: &str, a: &Audit) -> String {
    let r = &a.report;
    let out = Out {
        file: name,
        input: a.input,
        format: r.meta.format.id(),
        year: r.meta.year,
        agency: r.meta.agency.as_deref(),
        level: r.meta.level.map(|l| l.id()),
        published: r.meta.published.map(|d| d.to_string()),
        sections: r
            .sections
            .iter()
            .map(|s| SectionOut {
                kind: s.kind.id(),
                heading: &s.heading,
                line: s.heading_span.line,
            })
            .collect(),
        tables: &r.tables,
        claims: &r.claims,
        legacy: &r.legacy,
        fees: &r.fees,
        findings: &a.findings,
    };
    serde_json::to_string(&out)
        .unwrap_or_else(|e| format!("{{\"file\":{name:?},\"error\":\"{e}\"}}"))
}

fn print_human(name: &str, a: &Audit) {
    let r = &a.report;
    println!("== {name}");
    println!(
        "   agency: {}   year: {}   format: {}",
        r.meta.agency.as_deref().unwrap_or("(not named)"),
        r.meta
            .year
            .map_or("(unknown)".to_string(), |y| y.to_string()),
        r.meta.format
    );
    if let Some(i) = a.input {
        println!("   input: {} ({})", i.kind.id(), i.encoding);
    }
    println!("   sections:");
    for s in &r.sections {
        println!(
            "     line {:>4}  {:<14} {}",
            s.heading_span.line,
            s.kind.id(),
            s.heading
        );
    }
    let present = |b: bool| if b { "read" } else { "not found" };
    println!(
        "   tables: §2 {}, §3 {}, §4 {}",
        present(r.tables.active.is_some()),
        present(r.tables.requests.is_some()),
        present(r.tables.appeals.is_some())
    );
    if let Some(t) = r.legacy.as_ref().and_then(|l| l.table.as_ref()) {
        let heads: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
        println!(
            "   statistics table (pre-2019): {} row(s), columns [{}]",
            t.rows.len(),
            heads.join(" | ")
        );
    }
    if !r.claims.is_empty() {
        println!("   figures stated in the text, by section:");
        for (section, claims) in zfxxgk::claims_by_section(&r.claims) {
            println!("     [{}]", section.map_or("preamble", |s| s.id()));
            for c in claims {
                println!("       line {:>4}  {c}", c.text_span.line);
            }
        }
    }
    let shown: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.status != Status::NotAssessable)
        .collect();
    // Not-assessable entries are listed apart below, so they are not counted as notes here.
    let count = |s: Severity| shown.iter().filter(|f| f.severity == s).count();
    println!(
        "   findings: {} error(s), {} warning(s), {} note(s)",
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    for f in shown {
        println!("   - [{}] {} at {}", f.severity, f.rule, f.location);
        println!("       {}", f.message_zh);
        println!("       {}", f.message);
        if let (Some(e), Some(x)) = (&f.expected, &f.actual) {
            println!("       expected {e}, found {x}");
        }
        if let Some(ev) = &f.evidence {
            println!("       evidence: {ev}");
        }
    }
    let na = a
        .findings
        .iter()
        .filter(|f| f.status == Status::NotAssessable)
        .count();
    if na > 0 {
        println!(
            "   ({na} rule(s) not assessable: their inputs are blank; use --json for details)"
        );
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("audit: {e}");
            return ExitCode::from(2);
        }
    };
    let opts = match args.format {
        Some(f) => ParseOptions::with_format(f),
        None => ParseOptions::default(),
    };
    let inputs: Vec<(String, Result<Vec<u8>, String>)> = if args.files.is_empty() {
        vec![(
            EMBEDDED_NAME.to_string(),
            Ok(zfxxgk::seed::TEXT.as_bytes().to_vec()),
        )]
    } else {
        args.files
            .iter()
            .map(|f| (f.clone(), read_input(f)))
            .collect()
    };
    let mut failed = false;
    for (name, text) in inputs {
        let result = text.and_then(|t| audit_one(&name, &t, &opts));
        match result {
            Ok(a) if args.json => println!("{}", to_json(&name, &a)),
            Ok(a) => print_human(&name, &a),
            Err(e) => {
                eprintln!("audit: {}", e.replace('\n', " "));
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
