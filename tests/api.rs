//! API properties: the main types can cross threads, and the main error messages say what
//! was wrong and where, in exactly these words.

mod common;
use chrono::NaiveDate;
use common::json;
use zfxxgk::calendar::WorkCalendar;
use zfxxgk::deadline::{Application, Channel};
use zfxxgk::fee::ProgressiveSchedule;
use zfxxgk::parse::{parse, MAX_INPUT_BYTES};
use zfxxgk::{
    AnnualReport, AppealsTable, FeeError, ModelError, Outcome, ParseError, RequestColumn,
    RequestRow, RequestTable, Template,
};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn main_types_are_send_and_sync() {
    assert_send_sync::<AnnualReport>();
    assert_send_sync::<RequestTable>();
    assert_send_sync::<AppealsTable>();
    assert_send_sync::<zfxxgk::ActiveTable>();
    assert_send_sync::<zfxxgk::rules::Finding>();
    assert_send_sync::<zfxxgk::Audit>();
    assert_send_sync::<zfxxgk::parse::ParsedReport>();
    assert_send_sync::<WorkCalendar>();
    assert_send_sync::<zfxxgk::deadline::Deadline>();
    assert_send_sync::<zfxxgk::cases::CaseRecord>();
    assert_send_sync::<zfxxgk::cases::CaseTally>();
    assert_send_sync::<zfxxgk::aggregate::Rollup>();
    assert_send_sync::<zfxxgk::fee::FeeNotice>();
    assert_send_sync::<zfxxgk::Error>();
}

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).expect("valid date")
}

#[test]
fn parse_error_texts() {
    assert_eq!(MAX_INPUT_BYTES, 16 * 1024 * 1024, "the documented 16 MiB");
    let big = "a".repeat(MAX_INPUT_BYTES + 1);
    assert_eq!(
        parse(&big).unwrap_err().to_string(),
        format!(
            "input is {} bytes, more than the maximum of {MAX_INPUT_BYTES} bytes",
            MAX_INPUT_BYTES + 1
        )
    );
    assert!(matches!(parse(&big), Err(ParseError::TooLarge { .. })));
}

#[test]
fn model_error_texts() {
    let mut t = RequestTable::new(Template::Std2019);
    let e = t
        .set(
            RequestRow::Outcome(Outcome::OtherMisc),
            RequestColumn::Total,
            zfxxgk::Cell::Value(1),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "row `other_misc` does not exist in the std2019 template"
    );
    assert!(matches!(e, ModelError::RowNotInTemplate { .. }));
}

#[test]
fn calendar_and_deadline_error_texts() {
    let cal = WorkCalendar::official();
    assert_eq!(
        cal.is_working_day(d(2030, 1, 2)).unwrap_err().to_string(),
        "2030-01-02 is outside the working-day calendar, which covers 2008..=2026"
    );
    assert_eq!(
        Application::new(Channel::InPerson, d(2007, 6, 1))
            .deadline(cal)
            .unwrap_err()
            .to_string(),
        "received 2007-06-01: no edition of the regulation was in force before 2008-05-01"
    );
    assert_eq!(
        WorkCalendar::from_tsv("2027-01-01\toff\n2027-01-02\tbusy\n")
            .unwrap_err()
            .to_string()
            .split(':')
            .next(),
        Some("calendar line 2")
    );
}

#[cfg(feature = "csv")]
#[test]
fn csv_error_names_line_and_column() {
    let e =
        zfxxgk::cases::read_csv("id,applicant,received,replied,outcome\nA1,alien,2023-03-01,,\n")
            .unwrap_err();
    let msg = e.to_string();
    assert!(msg.starts_with("line 2, column `applicant`: "), "{msg}");
}

#[test]
fn fee_error_texts() {
    let s = ProgressiveSchedule::per_item().with_max_quantity(100);
    let e = s.charge(101).unwrap_err();
    assert_eq!(
        e.to_string(),
        "quantity 101 is more than the maximum of 100 the schedule accepts"
    );
    assert!(matches!(e, FeeError::QuantityTooLarge { .. }));
}

#[test]
fn finding_vocabularies_serialize_as_their_ids() {
    use zfxxgk::rules::{Severity, Status, TableId};
    for (s, id, label) in [
        (Severity::Info, "info", "提示"),
        (Severity::Warning, "warning", "警告"),
        (Severity::Error, "error", "错误"),
    ] {
        assert_eq!(
            (s.id(), s.label(), s.to_string()),
            (id, label, id.to_string())
        );
        assert_eq!(json(&s), format!("\"{id}\""));
    }
    for (s, id) in [
        (Status::Violated, "violated"),
        (Status::NotAssessable, "not_assessable"),
        (Status::Note, "note"),
    ] {
        assert_eq!(json(&s), format!("\"{id}\""));
    }
    for (t, id) in [
        (TableId::Active, "active"),
        (TableId::Requests, "requests"),
        (TableId::Appeals, "appeals"),
    ] {
        assert_eq!((t.id(), json(&t)), (id, format!("\"{id}\"")));
    }
}

#[test]
fn a_finding_displays_severity_code_place_message_and_figures() {
    use zfxxgk::{
        AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template,
    };
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    let mut t = RequestTable::new(Template::Std2021);
    for (row, v) in [
        (RequestRow::Received, 3),
        (RequestRow::CarriedIn, 0),
        (RequestRow::TotalProcessed, 2),
        (RequestRow::CarriedForward, 0),
    ] {
        t.set(row, RequestColumn::Total, Cell::Value(v)).unwrap();
    }
    r.tables.requests = Some(t);
    let findings = zfxxgk::rules::check(&r);
    let f = findings
        .iter()
        .find(|f| f.rule == "TBL001" && f.location.column_id() == Some("total"))
        .expect("H1 fails in the total column");
    assert_eq!(
        f.to_string(),
        "error TBL001 at requests/total: column total: received + carried_in = 3+0 = 3, \
         but total_processed + carried_forward = 2+0 = 2 (expected 3, found 2)"
    );
}

#[test]
fn a_rule_debug_prints_how_it_runs() {
    let dbg = |code: &str| format!("{:?}", zfxxgk::rule(code).expect("registered").check);
    assert_eq!(dbg("TBL001"), "Report(..)");
    assert_eq!(dbg("RDG001"), "External(parse)");
}

#[test]
fn enums_with_digits_in_their_names_serialize_as_their_ids() {
    use zfxxgk::report::FeeRegime;
    use zfxxgk::{ReportFormat, Template};
    for r in [FeeRegime::ProcessingFee2020, FeeRegime::CostFees2008] {
        assert_eq!(json(&r), format!("\"{}\"", r.id()));
    }
    for f in [
        ReportFormat::Std2019,
        ReportFormat::Std2021,
        ReportFormat::Legacy,
    ] {
        assert_eq!(json(&f), format!("\"{}\"", f.id()));
    }
    for t in [Template::Std2019, Template::Std2021] {
        assert_eq!(json(&t), format!("\"{}\"", t.id()));
    }
    let back: FeeRegime = serde_json::from_str("\"processing_fee_2020\"").expect("reads its id");
    assert_eq!(back, FeeRegime::ProcessingFee2020);
}
