//! Case records as CSV (cargo feature `csv`): every bad row is listed, the columns are
//! `CaseRecord`'s serde fields, writing and reading back gives the same records, and input
//! comes from any `Read`.
#![cfg(feature = "csv")]

use std::collections::BTreeSet;

use chrono::NaiveDate;
use zfxxgk::cases::CaseRecord;
use zfxxgk::cases::{read_cases, read_csv, write_cases, CsvErrors};
use zfxxgk::deadline::Supplement;
use zfxxgk::deadline::{Channel, Consultation, ConsultationKind};
use zfxxgk::Error;
use zfxxgk::{ApplicantKind, Outcome};

const FIXTURE: &str = "tests/fixtures/cases-2023.csv";
const HEADER: &str = "id,applicant,received,replied,outcome";

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn problems(text: &str) -> Vec<String> {
    read_cases(text.as_bytes())
        .unwrap_err()
        .errors
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn reads_a_file_through_read() {
    let file = std::fs::File::open(FIXTURE).unwrap();
    let records = read_cases(file).unwrap();
    assert_eq!(records.len(), 11);
    assert_eq!(
        records,
        read_csv(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap()
    );
    assert_eq!(records[0].application.channel, Channel::Post);
}

#[test]
fn every_bad_row_and_field_is_listed() {
    let text = format!(
        "{HEADER},channel\n\
         A1,alien,2023-03-01,,,\n\
         A2,natural_person,2023-03-02,,,\n\
         A3,natural_person,2023-02-30,2023-03-40,granted,pigeon\n\
         A4,natural_person\n\
         A5,natural_person,2023-03-05,,,\n"
    );
    assert_eq!(
        problems(&text),
        [
            "line 2, column `applicant`: `alien` is not an applicant column id",
            "line 4, column `received`: `2023-02-30` is not a date in the form YYYY-MM-DD",
            "line 4, column `channel`: `pigeon` is not in_person, post, letter, online or fax",
            "line 4, column `replied`: `2023-03-40` is not a date in the form YYYY-MM-DD",
            "line 4, column `outcome`: `granted` is not a §3 outcome row id",
            "line 5: 2 fields, the header has 6",
        ]
    );
    // `read_csv` keeps its signature and gives the first problem.
    assert_eq!(
        read_csv(&text).unwrap_err().to_string(),
        "line 2, column `applicant`: `alien` is not an applicant column id"
    );
    let e: CsvErrors = read_cases(text.as_bytes()).unwrap_err();
    assert!(e
        .to_string()
        .starts_with("6 problems: line 2, column `applicant`: "));
    assert!(matches!(Error::from(e), Error::CsvRows(_)));
    // Every missing required column at once.
    assert_eq!(
        problems("id,received\n"),
        [
            "line 1, column `applicant`: required column is missing from the header",
            "line 1, column `replied`: required column is missing from the header",
            "line 1, column `outcome`: required column is missing from the header",
        ]
    );
}

#[test]
fn an_open_quote_does_not_swallow_the_rows_after_it() {
    // Left open in an ignored column, the quote would take every later row into one note.
    let text = format!(
        "{HEADER},note\n\
         A1,natural_person,2023-03-01,,,\"ok, closed\"\n\
         A2,natural_person,2023-03-02,,,\"never closed\n\
         A3,natural_person,2023-03-03,,,\n"
    );
    assert_eq!(problems(&text), ["line 3: a quoted field is not closed"]);
    // Open in the header: nothing else can be read.
    assert_eq!(
        problems("# note\nid,\"applicant,received\nA1,x\n"),
        ["line 2: a quoted field is not closed"]
    );
    // A column named twice, and a long header, read in linear time.
    let wide: Vec<String> = (0..50_000).map(|i| format!("c{i}")).collect();
    let wide_header = format!("{HEADER},{},id\n", wide.join(","));
    assert_eq!(
        problems(&wide_header),
        ["line 1, column `id`: column appears twice in the header"]
    );
    // Closed, the same text reads three records, one with a note over two lines.
    let closed = text.replace("never closed", "closed\r\nover two lines\"");
    assert_eq!(read_cases(closed.as_bytes()).unwrap().len(), 3);
    // Quotes closed and reopened, `""` escapes: nothing left open.
    let ok = format!("{HEADER},note\nA1,natural_person,2023-03-01,,,\"say \"\"no\"\"\"\n");
    assert_eq!(read_cases(ok.as_bytes()).unwrap().len(), 1);
}

#[test]
fn bytes_that_are_not_text() {
    let mut bytes = format!("{HEADER}\n").into_bytes();
    bytes.extend_from_slice(b"A\xff1,natural_person,2023-03-01,,\n");
    let e = read_cases(bytes.as_slice()).unwrap_err();
    assert_eq!(e.to_string(), "line 2, column `id`: not UTF-8 text");
    // A byte-order mark and `#` lines before the header are not data.
    let text =
        format!("\u{feff}# source: test\n# note\n{HEADER}\nA1,natural_person,2023-03-01,,\n");
    assert_eq!(read_cases(text.as_bytes()).unwrap()[0].id, "A1");
    assert_eq!(
        problems(&format!(
            "# note\n{HEADER}\nA1,natural_person,2023-13-01,,\n"
        )),
        ["line 3, column `received`: `2023-13-01` is not a date in the form YYYY-MM-DD"]
    );
}

/// The keys of a JSON object.
fn keys(v: &serde_json::Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn columns_are_the_serde_fields_of_case_record() {
    let mut r = CaseRecord::new("A1", ApplicantKind::NaturalPerson, d(2023, 3, 1));
    r.application.supplement = Some(Supplement {
        requested: d(2023, 3, 2),
        received: d(2023, 3, 6),
    });
    let json = serde_json::to_value(&r).unwrap();
    let mut out = Vec::new();
    write_cases(&mut out, &[r]).unwrap();
    let text = String::from_utf8(out).unwrap();
    let columns: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    // Each column is a field of the record, or `<field>_<subfield>` of a nested one.
    let mut covered = BTreeSet::new();
    for c in &columns {
        if json.get(c).is_some() {
            covered.insert(c.to_string());
            continue;
        }
        let (field, sub) = c
            .split_once('_')
            .filter(|(f, _)| json.get(f).is_some())
            .unwrap_or_else(|| panic!("column `{c}` is no field of CaseRecord's serde shape"));
        assert!(json[field].get(sub).is_some(), "column `{c}`");
        covered.insert(field.to_string());
    }
    // And every field of the record has its column(s).
    assert_eq!(covered, keys(&json));
    // The empty file has the same header.
    let mut empty = Vec::new();
    write_cases(&mut empty, &[]).unwrap();
    assert_eq!(
        String::from_utf8(empty).unwrap(),
        format!("{}\n", columns.join(","))
    );
}

#[test]
fn writing_and_reading_back_gives_the_same_records() {
    let records = read_cases(std::fs::File::open(FIXTURE).unwrap()).unwrap();
    let mut more = CaseRecord::new(
        "id, with \"quotes\"\nand a line",
        ApplicantKind::OtherOrg,
        d(2023, 9, 1),
    );
    more.application.immediate = true;
    more.application.consultations = vec![
        Consultation {
            kind: ConsultationKind::Agency,
            start: d(2023, 9, 4),
            end: d(2023, 9, 8),
        },
        Consultation {
            kind: ConsultationKind::ThirdParty,
            start: d(2023, 9, 11),
            end: d(2023, 9, 12),
        },
    ];
    more.replied = Some(d(2023, 9, 20));
    more.outcome = Some(Outcome::OtherMisc);
    more.fee_paid = Some(d(2023, 9, 22));
    let all: Vec<CaseRecord> = records.into_iter().chain([more]).collect();
    let mut out = Vec::new();
    write_cases(&mut out, &all).unwrap();
    assert_eq!(read_cases(out.as_slice()).unwrap(), all);
}
