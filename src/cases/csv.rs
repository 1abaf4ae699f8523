//! A small CSV reader for case records (RFC 4180: quoted fields with `""` escapes, commas and
//! line breaks inside quotes, CRLF or LF line ends, an optional UTF-8 byte-order mark).

use chrono::NaiveDate;
use thiserror::Error;

use super::CaseRecord;
use crate::applicant::ApplicantKind;
use crate::calendar::parse_iso_date;
use crate::deadline::{Channel, Consultation, ConsultationKind, Supplement};
use crate::outcome::Outcome;

/// CSV text that cannot be read as case records.
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

fn err(line: usize, column: Option<&str>, reason: impl Into<String>) -> CsvError {
    CsvError {
        line,
        column: column.map(str::to_string),
        reason: reason.into(),
    }
}

/// Splits CSV text into records of fields, each with the line it starts on.
fn split_records(text: &str) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let mut text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Leading `#` lines (a fixture's source line, notes) are not data.
    let mut line = 1;
    while text.starts_with('#') {
        text = text.split_once('\n').map_or("", |(_, rest)| rest);
        line += 1;
    }
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut start_line = line;
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                        return Err(err(line, None, "text after a closing quote"));
                    }
                }
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '"' => return Err(err(line, None, "a quote inside an unquoted field")),
            ',' => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                fields.push(std::mem::take(&mut field));
                let rec = std::mem::take(&mut fields);
                if !(rec.len() == 1 && rec[0].is_empty()) {
                    out.push((start_line, rec));
                }
                line += 1;
                start_line = line;
                at_field_start = true;
            }
            _ => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if quoted {
        return Err(err(start_line, None, "a quoted field is not closed"));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        out.push((start_line, fields));
    }
    Ok(out)
}

/// Column positions found in the header.
#[derive(Default)]
struct Columns {
    id: usize,
    applicant: usize,
    received: usize,
    replied: usize,
    outcome: usize,
    channel: Option<usize>,
    immediate: Option<usize>,
    supplement_requested: Option<usize>,
    supplement_received: Option<usize>,
    extended: Option<usize>,
    consultations: Option<usize>,
    fee_notice: Option<usize>,
    fee_paid: Option<usize>,
}

fn header(line: usize, names: &[String]) -> Result<Columns, CsvError> {
    let find = |name: &str| names.iter().position(|n| n.trim() == name);
    for (i, n) in names.iter().enumerate() {
        if names[..i].iter().any(|m| m.trim() == n.trim()) {
            return Err(err(
                line,
                Some(n.trim()),
                "column appears twice in the header",
            ));
        }
    }
    let need = |name: &str| {
        find(name).ok_or_else(|| {
            err(
                line,
                Some(name),
                "required column is missing from the header",
            )
        })
    };
    Ok(Columns {
        id: need("id")?,
        applicant: need("applicant")?,
        received: need("received")?,
        replied: need("replied")?,
        outcome: need("outcome")?,
        channel: find("channel"),
        immediate: find("immediate"),
        supplement_requested: find("supplement_requested"),
        supplement_received: find("supplement_received"),
        extended: find("extended"),
        consultations: find("consultations"),
        fee_notice: find("fee_notice"),
        fee_paid: find("fee_paid"),
    })
}

/// Reads case records from CSV with a header row.
///
/// Lines starting with `#` before the header are skipped. Required columns: `id`, `applicant` (a §3 applicant column id such as `natural_person`),
/// `received` (`YYYY-MM-DD`), `replied` and `outcome` (a §3 outcome row id such as
/// `disclosed`), the last two empty while pending. Optional columns: `channel`
/// (`in_person|post|letter|online|fax`, default `in_person`), `immediate` and `extended`
/// (`true|false|1|0|yes|no`, empty = false), `supplement_requested`, `supplement_received`,
/// `fee_notice`, `fee_paid` (dates; a `supplement_requested` without `supplement_received`
/// restarts nothing and is not kept), and `consultations`: `;`-separated
/// `third_party:YYYY-MM-DD..YYYY-MM-DD` or `agency:…` entries. Other columns are ignored.
///
/// # Errors
/// [`CsvError`] naming the line and column of the first field that cannot be read.
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
    let mut records = split_records(text)?.into_iter();
    let Some((hline, names)) = records.next() else {
        return Err(err(1, None, "no header row"));
    };
    let cols = header(hline, &names)?;
    records
        .map(|(line, fields)| {
            if fields.len() != names.len() {
                return Err(err(
                    line,
                    None,
                    format!("{} fields, the header has {}", fields.len(), names.len()),
                ));
            }
            record(line, &names, &fields, &cols)
        })
        .collect()
}

fn record(
    line: usize,
    names: &[String],
    fields: &[String],
    cols: &Columns,
) -> Result<CaseRecord, CsvError> {
    let get = |i: usize| (names[i].trim(), fields[i].trim());
    let opt = |i: Option<usize>| i.map(get).filter(|(_, v)| !v.is_empty());
    let date = |(name, v): (&str, &str)| -> Result<NaiveDate, CsvError> {
        parse_iso_date(v).ok_or_else(|| {
            err(
                line,
                Some(name),
                format!("`{v}` is not a date in the form YYYY-MM-DD"),
            )
        })
    };
    let opt_date = |i: Option<usize>| opt(i).map(date).transpose();
    let flag = |i: Option<usize>| -> Result<bool, CsvError> {
        match opt(i) {
            None => Ok(false),
            Some((_, "true" | "1" | "yes")) => Ok(true),
            Some((_, "false" | "0" | "no")) => Ok(false),
            Some((name, v)) => Err(err(
                line,
                Some(name),
                format!("`{v}` is not true, false, 1, 0, yes or no"),
            )),
        }
    };
    let (id_name, id) = get(cols.id);
    if id.is_empty() {
        return Err(err(line, Some(id_name), "the id is empty"));
    }
    let (name, v) = get(cols.applicant);
    let applicant = ApplicantKind::from_id(v).ok_or_else(|| {
        err(
            line,
            Some(name),
            format!("`{v}` is not an applicant column id"),
        )
    })?;
    let mut rec = CaseRecord::new(id, applicant, date(get(cols.received))?);
    if let Some((name, v)) = opt(cols.channel) {
        rec.application.channel = Channel::from_id(v).ok_or_else(|| {
            err(
                line,
                Some(name),
                format!("`{v}` is not in_person, post, letter, online or fax"),
            )
        })?;
    }
    rec.application.immediate = flag(cols.immediate)?;
    rec.application.extended = flag(cols.extended)?;
    match (
        opt_date(cols.supplement_requested)?,
        opt_date(cols.supplement_received)?,
    ) {
        (Some(requested), Some(received)) => {
            rec.application.supplement = Some(Supplement {
                requested,
                received,
            })
        }
        (None, None) => {}
        // Asked but never supplemented: no restart to compute; the date stays unused.
        (Some(_), None) => {}
        (None, Some(_)) => {
            return Err(err(
                line,
                Some("supplement_received"),
                "a supplement was received but supplement_requested is empty",
            ))
        }
    }
    if let Some((name, v)) = opt(cols.consultations) {
        for part in v.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            rec.application
                .consultations
                .push(consultation(part).ok_or_else(|| {
                    err(line, Some(name), format!("`{part}` is not kind:YYYY-MM-DD..YYYY-MM-DD with kind third_party or agency"))
                })?);
        }
    }
    rec.replied = opt_date(Some(cols.replied))?;
    if let Some((name, v)) = opt(Some(cols.outcome)) {
        rec.outcome = Some(Outcome::from_id(v).ok_or_else(|| {
            err(
                line,
                Some(name),
                format!("`{v}` is not a §3 outcome row id"),
            )
        })?);
    }
    rec.fee_notice = opt_date(cols.fee_notice)?;
    rec.fee_paid = opt_date(cols.fee_paid)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_and_crlf() {
        let r = split_records("# source line\r\n# note\n").unwrap();
        assert!(r.is_empty());
        let r = split_records("a,\"b,\"\"c\"\"\r\nd\",e\r\n\r\nx,y,z").unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].0, 1);
        assert_eq!(r[0].1, ["a", "b,\"c\"\r\nd", "e"]);
        assert_eq!(r[1].0, 4);
        assert_eq!(r[1].1, ["x", "y", "z"]);
    }

    #[test]
    fn structural_errors() {
        assert_eq!(
            split_records("a,\"b\nc").unwrap_err().to_string(),
            "line 1: a quoted field is not closed"
        );
        assert_eq!(
            split_records("a,b\"c\n").unwrap_err().to_string(),
            "line 1: a quote inside an unquoted field"
        );
        assert_eq!(
            split_records("a,\"b\"c\n").unwrap_err().to_string(),
            "line 1: text after a closing quote"
        );
    }

    #[test]
    fn consultation_entries() {
        let c = consultation("agency:2024-10-01..2024-10-08").unwrap();
        assert_eq!(c.kind, ConsultationKind::Agency);
        assert!(consultation("court:2024-10-01..2024-10-08").is_none());
        assert!(consultation("agency:2024-10-01").is_none());
    }
}
