//! Case records as CSV, read and written by the [`csv`](https://docs.rs/csv) crate through one
//! serde row shape ([`Row`]) whose column names are [`CaseRecord`]'s serde field names.
//!
//! The columns: `id`, `applicant`, `channel`, `received`, `immediate`, `supplement_requested`
//! and `supplement_received` (the two fields of `supplement`), `extended`, `consultations` (the
//! list in one field), `replied`, `outcome`, `fee_notice`, `fee_paid`.

use std::io::{self, Read, Write};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::CaseRecord;
use crate::applicant::ApplicantKind;
use crate::calendar::parse_iso_date;
use crate::deadline::{Channel, Consultation, ConsultationKind, Supplement};
use crate::outcome::Outcome;

/// One problem in CSV case records: the line, the column when it is one field's, and why.
///
/// # Example
/// ```
/// use zfxxgk::cases::read_csv;
/// let e = read_csv("id,applicant,received,replied,outcome\nA,natural_person,2024-02-30,,\n").unwrap_err();
/// assert_eq!((e.line, e.column.as_deref()), (2, Some("received")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}{}: {reason}", column.as_ref().map(|c| format!(", column `{c}`")).unwrap_or_default())]
#[non_exhaustive]
pub struct CsvError {
    /// 1-based line where the record (or the problem) starts.
    pub line: usize,
    /// The column name from the header, when the problem is in one field.
    pub column: Option<String>,
    /// Why.
    pub reason: String,
}

/// Every problem found in CSV case records, in line order (never empty).
///
/// # Example
/// ```
/// use zfxxgk::cases::read_cases;
/// let csv = "id,applicant,received,replied,outcome\n\
///            A1,alien,2023-03-01,,\n\
///            A2,natural_person,2023-03-02,,\n\
///            A3,natural_person,2023-02-30,,\n";
/// let e = read_cases(csv.as_bytes()).unwrap_err();
/// let lines: Vec<usize> = e.errors.iter().map(|p| p.line).collect();
/// assert_eq!(lines, [2, 4]);
/// assert!(e.to_string().starts_with("2 problems: line 2, column `applicant`: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub struct CsvErrors {
    /// The problems, one per bad field (or per bad row when the row as a whole is wrong).
    pub errors: Vec<CsvError>,
}

impl std::fmt::Display for CsvErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.errors.as_slice() {
            [one] => write!(f, "{one}"),
            all => {
                write!(f, "{} problems: ", all.len())?;
                for (i, e) in all.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{e}")?;
                }
                Ok(())
            }
        }
    }
}

fn err(line: usize, column: Option<&str>, reason: impl Into<String>) -> CsvError {
    CsvError {
        line,
        column: column.map(str::to_string),
        reason: reason.into(),
    }
}

/// One CSV row: [`CaseRecord`]'s serde fields, each nested field spread over
/// `<field>_<subfield>` columns (`supplement`) or written in one field (`consultations`). Read
/// as text so that every bad value gets its own message naming the column.
#[derive(Debug, Serialize, Deserialize)]
struct Row {
    id: String,
    applicant: String,
    #[serde(default)]
    channel: Option<String>,
    received: String,
    #[serde(default)]
    immediate: Option<String>,
    #[serde(default)]
    supplement_requested: Option<String>,
    #[serde(default)]
    supplement_received: Option<String>,
    #[serde(default)]
    extended: Option<String>,
    #[serde(default)]
    consultations: Option<String>,
    #[serde(default)]
    replied: Option<String>,
    #[serde(default)]
    outcome: Option<String>,
    #[serde(default)]
    fee_notice: Option<String>,
    #[serde(default)]
    fee_paid: Option<String>,
}

/// Every column, in [`Row`]'s order (the header [`write_cases`] writes).
const COLUMNS: [&str; 13] = [
    "id",
    "applicant",
    "channel",
    "received",
    "immediate",
    "supplement_requested",
    "supplement_received",
    "extended",
    "consultations",
    "replied",
    "outcome",
    "fee_notice",
    "fee_paid",
];

/// The columns a file must have (`replied` and `outcome` may be empty in a row).
const REQUIRED: [&str; 5] = ["id", "applicant", "received", "replied", "outcome"];

/// Reads case records from CSV with a header row, reporting every bad row.
///
/// Lines starting with `#` before the header are skipped, as is a UTF-8 byte-order mark.
/// Required columns: `id`, `applicant` (a §3 applicant column id such as `natural_person`),
/// `received` (`YYYY-MM-DD`), `replied` and `outcome` (a §3 outcome row id such as
/// `disclosed`), the last two empty while pending. Optional columns: `channel`
/// (`in_person|post|letter|online|fax`, default `in_person`), `immediate` and `extended`
/// (`true|false|1|0|yes|no`, empty = false), `supplement_requested`, `supplement_received`,
/// `fee_notice`, `fee_paid` (dates; a `supplement_requested` without `supplement_received`
/// restarts nothing and is not kept), and `consultations`: `;`-separated
/// `third_party:YYYY-MM-DD..YYYY-MM-DD` or `agency:…` entries. Other columns are ignored.
/// Fields are trimmed. Quoting follows RFC 4180 as the `csv` crate reads it (a stray quote
/// inside a field is kept as text); a quoted field still open at the end of the input is an
/// error, since it would swallow the rows after it. [`write_cases`] writes this format.
///
/// # Errors
/// [`CsvErrors`] listing every problem: each field that cannot be read (line and column),
/// each row with the wrong number of fields, a header without a required column or with a
/// column twice, input that cannot be read.
///
/// # Example
/// ```
/// use zfxxgk::cases::read_cases;
/// let file: &[u8] = b"id,applicant,received,replied,outcome\n\
///                     A1,natural_person,2023-03-01,2023-03-20,disclosed\n";
/// let records = read_cases(file)?;
/// assert_eq!(records[0].id, "A1");
/// # Ok::<(), zfxxgk::cases::CsvErrors>(())
/// ```
pub fn read_cases<R: Read>(mut reader: R) -> Result<Vec<CaseRecord>, CsvErrors> {
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return Err(CsvErrors {
            errors: vec![err(1, None, format!("cannot read: {e}"))],
        });
    }
    let (skipped, data) = strip_preamble(&bytes);
    let errors = match read_rows(data, skipped) {
        Ok(records) => return Ok(records),
        Err(errors) => errors,
    };
    Err(CsvErrors { errors })
}

/// Drops a byte-order mark and the `#` lines before the header; returns how many lines went.
fn strip_preamble(bytes: &[u8]) -> (usize, &[u8]) {
    let mut data = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut skipped = 0;
    while data.first() == Some(&b'#') {
        data = match data.iter().position(|&b| b == b'\n') {
            Some(i) => data.get(i + 1..).unwrap_or_default(),
            None => &[],
        };
        skipped += 1;
    }
    (skipped, data)
}

fn read_rows(data: &[u8], skipped: usize) -> Result<Vec<CaseRecord>, Vec<CsvError>> {
    let mut rdr = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(data);
    let line_of = |r: &::csv::ByteRecord| skipped + r.position().map_or(1, |p| p.line() as usize);
    let mut rows = Vec::new();
    let mut rec = ::csv::ByteRecord::new();
    let mut errors = Vec::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => rows.push((line_of(&rec), rec.clone())),
            Ok(false) => break,
            // Reading from memory with `flexible`, only an I/O error could come here.
            Err(e) => {
                errors.push(err(skipped + 1, None, format!("cannot read: {e}")));
                return Err(errors);
            }
        }
    }
    // The csv crate reads a quoted field left open to the end of the input: the rows after it
    // would vanish into that field, so the last record is dropped and reported.
    let unclosed = unclosed_quote(data, skipped + 1);
    if let Some(line) = unclosed {
        rows.pop();
        if rows.is_empty() {
            return Err(vec![err(line, None, "a quoted field is not closed")]);
        }
    }
    let mut rows = rows.into_iter();
    let Some((hline, header)) = rows.next() else {
        return Err(vec![err(1, None, "no header row")]);
    };
    let names: Vec<String> = header
        .iter()
        .map(|n| String::from_utf8_lossy(n).trim().to_string())
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    for n in &names {
        if !seen.insert(n.as_str()) {
            errors.push(err(hline, Some(n), "column appears twice in the header"));
        }
    }
    for name in REQUIRED {
        if !names.iter().any(|n| n == name) {
            errors.push(err(
                hline,
                Some(name),
                "required column is missing from the header",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let header = ::csv::ByteRecord::from(names.clone());
    let mut records = Vec::with_capacity(rows.len());
    for (line, rec) in rows {
        if rec.len() != names.len() {
            errors.push(err(
                line,
                None,
                format!("{} fields, the header has {}", rec.len(), names.len()),
            ));
            continue;
        }
        match rec.deserialize::<Row>(Some(&header)) {
            Ok(row) => match to_record(line, &row) {
                Ok(r) => records.push(r),
                Err(mut e) => errors.append(&mut e),
            },
            Err(e) => errors.push(deserialize_error(line, &names, &e)),
        }
    }
    if let Some(line) = unclosed {
        errors.push(err(line, None, "a quoted field is not closed"));
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
}

/// A field serde could not take (with text fields, only bytes that are not UTF-8).
fn deserialize_error(line: usize, names: &[String], e: &::csv::Error) -> CsvError {
    let ::csv::ErrorKind::Deserialize { err: de, .. } = e.kind() else {
        return err(line, None, e.to_string());
    };
    let column = de.field().and_then(|i| names.get(usize::try_from(i).ok()?));
    let reason = match de.kind() {
        ::csv::DeserializeErrorKind::InvalidUtf8(_) => "not UTF-8 text".to_string(),
        other => other.to_string(),
    };
    err(line, column.map(String::as_str), reason)
}

/// The line where a quoted field opens and is still open at the end of `data`, read the way
/// the csv crate reads (RFC 4180: a quote opens a field only at its start; `""` inside is a
/// quote; after the closing quote the field goes on unquoted).
fn unclosed_quote(data: &[u8], first_line: usize) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum S {
        Start,
        Plain,
        Quoted,
        QuoteInQuoted,
    }
    let (mut s, mut line, mut opened) = (S::Start, first_line, first_line);
    for &b in data {
        s = match (s, b) {
            (S::Start, b'"') => {
                opened = line;
                S::Quoted
            }
            (S::Quoted, b'"') => S::QuoteInQuoted,
            (S::Quoted, _) => S::Quoted,
            (S::QuoteInQuoted, b'"') => S::Quoted,
            (_, b',' | b'\n' | b'\r') => S::Start,
            _ => S::Plain,
        };
        if b == b'\n' {
            line += 1;
        }
    }
    matches!(s, S::Quoted).then_some(opened)
}

/// Keeps `r`'s value, or its error in `errors`.
fn keep<T>(errors: &mut Vec<CsvError>, r: Result<T, CsvError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

/// A trimmed field, `None` when absent or empty.
fn opt(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// One row's record, or every problem in it (in column order).
fn to_record(line: usize, row: &Row) -> Result<CaseRecord, Vec<CsvError>> {
    let date = |name: &str, v: &str| -> Result<NaiveDate, CsvError> {
        parse_iso_date(v).ok_or_else(|| {
            err(
                line,
                Some(name),
                format!("`{v}` is not a date in the form YYYY-MM-DD"),
            )
        })
    };
    let opt_date = |name: &str, v: &Option<String>| opt(v).map(|v| date(name, v)).transpose();
    let flag = |name: &str, v: &Option<String>| -> Result<bool, CsvError> {
        match opt(v) {
            None | Some("false" | "0" | "no") => Ok(false),
            Some("true" | "1" | "yes") => Ok(true),
            Some(v) => Err(err(
                line,
                Some(name),
                format!("`{v}` is not true, false, 1, 0, yes or no"),
            )),
        }
    };
    let mut errors = Vec::new();
    let id = row.id.trim();
    if id.is_empty() {
        errors.push(err(line, Some("id"), "the id is empty"));
    }
    let v = row.applicant.trim();
    let applicant = keep(
        &mut errors,
        ApplicantKind::from_id(v).ok_or_else(|| {
            err(
                line,
                Some("applicant"),
                format!("`{v}` is not an applicant column id"),
            )
        }),
    );
    let received = keep(&mut errors, date("received", row.received.trim()));
    let channel = match opt(&row.channel) {
        None => Some(Channel::InPerson),
        Some(v) => keep(
            &mut errors,
            Channel::from_id(v).ok_or_else(|| {
                err(
                    line,
                    Some("channel"),
                    format!("`{v}` is not in_person, post, letter, online or fax"),
                )
            }),
        ),
    };
    let immediate = keep(&mut errors, flag("immediate", &row.immediate));
    let extended = keep(&mut errors, flag("extended", &row.extended));
    let requested = keep(
        &mut errors,
        opt_date("supplement_requested", &row.supplement_requested),
    );
    let supplied = keep(
        &mut errors,
        opt_date("supplement_received", &row.supplement_received),
    );
    let supplement = match (requested.flatten(), supplied.flatten()) {
        (Some(requested), Some(received)) => Some(Supplement {
            requested,
            received,
        }),
        (None, Some(_)) if requested.is_some() => {
            errors.push(err(
                line,
                Some("supplement_received"),
                "a supplement was received but supplement_requested is empty",
            ));
            None
        }
        // Asked but never supplemented: no restart to compute; the date stays unused.
        _ => None,
    };
    let mut consultations = Vec::new();
    for part in opt(&row.consultations)
        .unwrap_or_default()
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match consultation(part) {
            Some(c) => consultations.push(c),
            None => errors.push(err(
                line,
                Some("consultations"),
                format!(
                    "`{part}` is not kind:YYYY-MM-DD..YYYY-MM-DD with kind third_party or agency"
                ),
            )),
        }
    }
    let replied = keep(&mut errors, opt_date("replied", &row.replied));
    let outcome = match opt(&row.outcome) {
        None => Some(None),
        Some(v) => keep(
            &mut errors,
            Outcome::from_id(v).map(Some).ok_or_else(|| {
                err(
                    line,
                    Some("outcome"),
                    format!("`{v}` is not a §3 outcome row id"),
                )
            }),
        ),
    };
    let fee_notice = keep(&mut errors, opt_date("fee_notice", &row.fee_notice));
    let fee_paid = keep(&mut errors, opt_date("fee_paid", &row.fee_paid));
    let (
        Some(applicant),
        Some(received),
        Some(channel),
        Some(immediate),
        Some(extended),
        Some(replied),
        Some(outcome),
        Some(fee_notice),
        Some(fee_paid),
        true,
    ) = (
        applicant,
        received,
        channel,
        immediate,
        extended,
        replied,
        outcome,
        fee_notice,
        fee_paid,
        errors.is_empty(),
    )
    else {
        return Err(errors);
    };
    let mut rec = CaseRecord::new(id, applicant, received);
    rec.application.channel = channel;
    rec.application.immediate = immediate;
    rec.application.extended = extended;
    rec.application.supplement = supplement;
    rec.application.consultations = consultations;
    rec.replied = replied;
    rec.outcome = outcome;
    rec.fee_notice = fee_notice;
    rec.fee_paid = fee_paid;
    Ok(rec)
}

fn consultation(s: &str) -> Option<Consultation> {
    let (kind, range) = s.split_once(':')?;
    let kind = match kind.trim() {
        "third_party" => ConsultationKind::ThirdParty,
        "agency" => ConsultationKind::Agency,
        _ => return None,
    };
    let (a, b) = range.split_once("..")?;
    Some(Consultation {
        kind,
        start: parse_iso_date(a.trim())?,
        end: parse_iso_date(b.trim())?,
    })
}

/// Reads case records from CSV text, stopping at the first problem: [`read_cases`] on the
/// text's bytes, with only its first [`CsvError`] (use [`read_cases`] to see every bad row).
///
/// # Errors
/// The first problem [`read_cases`] finds, naming its line and column.
///
/// # Example
/// ```
/// use zfxxgk::cases::read_csv;
/// let csv = "id,applicant,received,replied,outcome\r\n\"A,1\",natural_person,2023-03-01,2023-03-20,disclosed\r\n";
/// let records = read_csv(csv)?;
/// assert_eq!(records[0].id, "A,1");
/// let e = read_csv("id,applicant,received,replied,outcome\nA2,total,2023-03-01,,\n").unwrap_err();
/// assert_eq!(e.to_string(), "line 2, column `applicant`: `total` is not an applicant column id");
/// # Ok::<(), zfxxgk::cases::CsvError>(())
/// ```
pub fn read_csv(text: &str) -> Result<Vec<CaseRecord>, CsvError> {
    read_cases(text.as_bytes()).map_err(|e| {
        e.errors
            .into_iter()
            .next()
            .unwrap_or_else(|| err(1, None, "unreadable CSV"))
    })
}

/// Writes case records as CSV in the format [`read_cases`] reads: a header with every column
/// (in [`CaseRecord`]'s field order), one row per record, `\n` line ends, fields quoted only
/// where they need it. Reading the output back gives the same records.
///
/// # Errors
/// Any error of the writer.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::cases::{read_cases, write_cases};
/// use zfxxgk::{ApplicantKind, Outcome};
/// use zfxxgk::cases::CaseRecord;
/// let d = |m, dd| NaiveDate::from_ymd_opt(2023, m, dd).unwrap();
/// let mut r = CaseRecord::new("A,1", ApplicantKind::NaturalPerson, d(3, 1));
/// r.replied = Some(d(3, 20));
/// r.outcome = Some(Outcome::Disclosed);
/// let mut out = Vec::new();
/// write_cases(&mut out, &[r.clone()])?;
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.starts_with("id,applicant,channel,received,"));
/// assert_eq!(read_cases(text.as_bytes()).unwrap(), [r]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_cases<W: Write>(w: W, records: &[CaseRecord]) -> io::Result<()> {
    let mut wtr = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(w);
    if records.is_empty() {
        // `serialize` writes the header with the first row; an empty file still has one.
        wtr.write_record(COLUMNS).map_err(io_error)?;
    }
    for r in records {
        wtr.serialize(row_of(r)).map_err(io_error)?;
    }
    wtr.flush()
}

/// The writer's own error when there is one (so a closed pipe stays `BrokenPipe`), else the
/// csv crate's error.
fn io_error(e: ::csv::Error) -> io::Error {
    if !matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
        return io::Error::other(e);
    }
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        _ => io::Error::other("CSV writer error"),
    }
}

fn row_of(r: &CaseRecord) -> Row {
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let flag = |b: bool| Some(b.to_string());
    let a = &r.application;
    let consultations: Vec<String> = a
        .consultations
        .iter()
        .map(|c| format!("{}:{}..{}", c.kind.id(), c.start, c.end))
        .collect();
    Row {
        id: r.id.clone(),
        applicant: r.applicant.id().to_string(),
        channel: Some(a.channel.id().to_string()),
        received: a.received.to_string(),
        immediate: flag(a.immediate),
        supplement_requested: date(a.supplement.map(|s| s.requested)),
        supplement_received: date(a.supplement.map(|s| s.received)),
        extended: flag(a.extended),
        consultations: Some(consultations.join(";")),
        replied: date(r.replied),
        outcome: r.outcome.map(|o| o.id().to_string()),
        fee_notice: date(r.fee_notice),
        fee_paid: date(r.fee_paid),
    }
}
