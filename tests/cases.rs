//! Case records → the §3 table: a hand-counted fixture, unplaced records, the CSV reader's
//! errors, and properties (H1–H3 hold for any record set; year Y's 结转 is year Y+1's 上年结转).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
#[cfg(feature = "csv")]
use zfxxgk::cases::read_csv;
use zfxxgk::cases::{template_for_year, UnplacedReason};
use zfxxgk::cases::{CaseRecord, CaseTally};
use zfxxgk::rules::{check, Status};
use zfxxgk::{
    AnnualReport, ApplicantKind, Cell, Outcome, ReportFormat, RequestColumn, RequestRow, Template,
};

#[cfg(feature = "csv")]
const FIXTURE: &str = include_str!("fixtures/cases-2023.csv");

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn row(t: &CaseTally, r: RequestRow) -> [u64; 7] {
    t.requests.row(r).unwrap().clone().map(|c| match c {
        Cell::Value(v) => v,
        other => panic!("cell {other:?} is not a count"),
    })
}

#[cfg(feature = "csv")]
#[test]
fn fixture_2023_counted_by_hand() {
    let recs = read_csv(FIXTURE).unwrap();
    assert_eq!(recs.len(), 11);
    let t = CaseTally::for_year(&recs, 2023);
    assert_eq!(t.requests.template(), Template::Std2021);
    // Columns: natural_person, commercial_enterprise, research_institution,
    // public_interest_org, legal_service_org, other_org, total.
    // 本年新收: C23-1, C23-4 (natural), C23-2 (commercial), C23-3 (research), C23-8
    // (public interest), C23-5 (other); C23-6 and C23-7 are unplaced.
    assert_eq!(row(&t, RequestRow::Received), [2, 1, 1, 1, 0, 1, 6]);
    // 上年结转: C22-9 (natural), C22-8 (legal service).
    assert_eq!(row(&t, RequestRow::CarriedIn), [1, 0, 0, 0, 1, 0, 2]);
    assert_eq!(row(&t, Outcome::Disclosed.into()), [2, 0, 0, 0, 0, 0, 2]);
    assert_eq!(
        row(&t, Outcome::PartiallyDisclosed.into()),
        [0, 1, 0, 0, 0, 0, 1]
    );
    assert_eq!(
        row(&t, Outcome::WithheldThirdParty.into()),
        [0, 0, 1, 0, 0, 0, 1]
    );
    assert_eq!(
        row(&t, Outcome::OtherFeeUnpaid.into()),
        [1, 0, 0, 0, 0, 0, 1]
    );
    assert_eq!(row(&t, RequestRow::TotalProcessed), [3, 1, 1, 0, 0, 0, 5]);
    // 结转下年度: C22-8 (still pending), C23-5 (pending), C23-8 (answered in 2024).
    assert_eq!(row(&t, RequestRow::CarriedForward), [0, 0, 0, 1, 1, 1, 3]);
    let ids: Vec<&str> = t.unplaced.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["C23-6", "C23-7"]);
    assert_eq!(
        t.unplaced[0].message,
        "replied 2023-06-30 before it was received 2023-07-01"
    );
    assert_eq!(
        t.unplaced[1].reason,
        UnplacedReason::NoOutcome {
            replied: d(2023, 7, 4)
        }
    );
    // The CSV's optional columns were read.
    let c3 = &recs[4];
    assert_eq!(c3.application.consultations.len(), 1);
    assert_eq!(
        recs[3].application.supplement.unwrap().received,
        d(2023, 4, 12)
    );
    assert!(recs[1].application.extended);
    assert_eq!(recs[5].fee_notice, Some(d(2023, 6, 2)));
}

#[cfg(feature = "csv")]
#[test]
fn fixture_carry_over_between_years() {
    let recs = read_csv(FIXTURE).unwrap();
    let t22 = CaseTally::for_year(&recs, 2022);
    let t23 = CaseTally::for_year(&recs, 2023);
    let t24 = CaseTally::for_year(&recs, 2024);
    assert_eq!(t22.requests.template(), Template::Std2021);
    assert_eq!(
        row(&t22, RequestRow::CarriedForward),
        row(&t23, RequestRow::CarriedIn)
    );
    assert_eq!(
        row(&t23, RequestRow::CarriedForward),
        row(&t24, RequestRow::CarriedIn)
    );
    assert_eq!(row(&t24, RequestRow::Received), [1, 0, 0, 0, 0, 0, 1]);
    assert!(t24.unplaced.is_empty());
}

#[test]
fn outcome_row_missing_from_the_template_is_unplaced() {
    let mut r = CaseRecord::new("X", ApplicantKind::NaturalPerson, d(2020, 3, 2));
    r.replied = Some(d(2020, 3, 10));
    r.outcome = Some(Outcome::OtherMisc);
    let t = CaseTally::for_year(std::slice::from_ref(&r), 2020);
    assert_eq!(template_for_year(2020), Template::Std2019);
    assert_eq!(
        t.unplaced[0].message,
        "outcome `other_misc` is not a row of the std2019 template"
    );
    assert_eq!(row(&t, RequestRow::Received), [0; 7]);
    // The caller may choose the 2021 template for 2020.
    let t = CaseTally::with_template(std::slice::from_ref(&r), 2020, Template::Std2021);
    assert!(t.unplaced.is_empty());
    assert_eq!(row(&t, Outcome::OtherMisc.into())[6], 1);
    // An outcome without a reply date is reported, year after year.
    r.replied = None;
    for y in [2020, 2021] {
        let t = CaseTally::for_year(std::slice::from_ref(&r), y);
        assert!(matches!(
            t.unplaced[0].reason,
            UnplacedReason::NoReplyDate { .. }
        ));
    }
}

#[cfg(feature = "csv")]
#[test]
fn json_shape() {
    let recs = read_csv(FIXTURE).unwrap();
    let t = CaseTally::for_year(&recs, 2023);
    let j = serde_json::to_value(&t).unwrap();
    assert_eq!(j["requests"]["received"]["total"], 6);
    assert_eq!(j["requests"]["other_misc"]["natural_person"], 0);
    assert_eq!(j["unplaced"][0]["id"], "C23-6");
    assert_eq!(j["unplaced"][0]["reason"]["kind"], "reply_before_receipt");
    let back: CaseTally = serde_json::from_value(j).unwrap();
    assert_eq!(back, t);
    let rec_json = serde_json::to_string(&recs[4]).unwrap();
    assert_eq!(
        serde_json::from_str::<CaseRecord>(&rec_json).unwrap(),
        recs[4]
    );
}

#[cfg(feature = "csv")]
#[test]
fn csv_errors_name_line_and_column() {
    let h = "id,applicant,received,replied,outcome\n";
    let e = |body: &str| read_csv(&format!("{h}{body}")).unwrap_err().to_string();
    assert_eq!(
        e("A,natural_person,2024-02-30,,\n"),
        "line 2, column `received`: `2024-02-30` is not a date in the form YYYY-MM-DD"
    );
    assert_eq!(
        e("A,natural_person,2024-02-01,2024-02-03,granted\n"),
        "line 2, column `outcome`: `granted` is not a §3 outcome row id"
    );
    assert_eq!(
        e("A,natural_person,2024-02-01\n"),
        "line 2: 3 fields, the header has 5"
    );
    assert_eq!(
        read_csv("id,applicant,received,replied\n")
            .unwrap_err()
            .to_string(),
        "line 1, column `outcome`: required column is missing from the header"
    );
    assert_eq!(
        read_csv("").unwrap_err().to_string(),
        "line 1: no header row"
    );
    assert_eq!(
        read_csv(
            "id,applicant,received,replied,outcome,channel\nA,natural_person,2024-02-01,,,pigeon\n"
        )
        .unwrap_err()
        .to_string(),
        "line 2, column `channel`: `pigeon` is not in_person, post, letter, online or fax"
    );
}

fn arb_record() -> impl Strategy<Value = CaseRecord> {
    (
        0usize..6,
        0u64..1500,
        proptest::option::of(-3i64..600),
        0usize..22,
        0u8..20,
    )
        .prop_map(|(k, off, reply, o, junk)| {
            let received = d(2019, 6, 1) + Days::new(off);
            let mut r = CaseRecord::new(format!("R{off}"), ApplicantKind::ALL[k], received);
            if let Some(delta) = reply {
                r.replied = Some(if delta < 0 {
                    received - Days::new(delta.unsigned_abs())
                } else {
                    received + Days::new(delta as u64)
                });
                r.outcome = Some(Outcome::ALL[o]);
            }
            // Now and then a reply without outcome or an outcome without reply.
            match junk {
                0 => r.outcome = None,
                1 if r.replied.is_some() => r.replied = None,
                _ => {}
            }
            r
        })
}

fn h1_violations(t: &CaseTally) -> usize {
    let mut rep = AnnualReport::new(ReportFormat::Std2021);
    rep.tables.requests = Some(t.requests.clone());
    check(&rep)
        .iter()
        .filter(|f| f.rule == "TBL001" && f.status != Status::Note)
        .count()
}

proptest! {
    #[test]
    fn hard_identities_hold_for_any_records(recs in proptest::collection::vec(arb_record(), 0..60), year in 2019i32..2025) {
        let t = CaseTally::for_year(&recs, year);
        prop_assert_eq!(h1_violations(&t), 0);
        for (r, cells) in t.requests.rows() {
            let v: Vec<u64> = cells.iter().map(|c| match c { Cell::Value(v) => *v, _ => u64::MAX }).collect();
            // H3: total = the six applicant columns.
            prop_assert_eq!(v[6], v[..6].iter().sum::<u64>(), "row {}", r.id());
        }
        // H2: total_processed = the outcome rows.
        for col in RequestColumn::ALL {
            let sum: u64 = t.requests.outcome_rows().map(|(_, c)| match &c[col.index()] { Cell::Value(v) => *v, _ => 0 }).sum();
            prop_assert_eq!(Some(&Cell::Value(sum)), t.requests.get(RequestRow::TotalProcessed, col));
        }
    }

    #[test]
    fn carry_over_is_consistent(recs in proptest::collection::vec(arb_record(), 0..60), year in 2019i32..2024) {
        let a = CaseTally::for_year(&recs, year);
        let b = CaseTally::for_year(&recs, year + 1);
        // Records of year+1 left out for their outcome row were counted as carried forward in
        // `year` if they were received by then; nothing else breaks the carry-over.
        let mut lost = [0u64; 7];
        for u in &b.unplaced {
            if let UnplacedReason::OutcomeNotInTemplate { .. } = u.reason {
                let r = &recs[u.index];
                if r.received() < d(year + 1, 1, 1) {
                    lost[r.applicant as usize] += 1;
                    lost[6] += 1;
                }
            }
        }
        let cf = row(&a, RequestRow::CarriedForward);
        let ci = row(&b, RequestRow::CarriedIn);
        for c in 0..7 {
            prop_assert_eq!(cf[c], ci[c] + lost[c], "column {}", c);
        }
    }
}
