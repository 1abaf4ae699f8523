//! The exact text of the error messages of the operational modules: the working-day calendar
//! (`CalendarError`), reply deadlines (`DeadlineError`), fees (`FeeError`), case-record CSV
//! (`CsvError`) and the reasons a case record is left out of a tally (`UnplacedReason`).
//! Each error is produced through the public API from bad input, not built by hand.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use zfxxgk::calendar::{CalendarError, WorkCalendar};
#[cfg(feature = "csv")]
use zfxxgk::cases::read_csv;
use zfxxgk::cases::UnplacedReason;
use zfxxgk::cases::{CaseRecord, CaseTally};
use zfxxgk::deadline::{Application, Channel, Consultation, ConsultationKind, Supplement};
use zfxxgk::fee::{
    assess_month, Charging, CostFeeItem, CostLine, CostRate, CostRateTable, CostUnit, FeeMethod,
    FeeNotice, FeePolicy, Medium, MonthApplication, ProgressiveSchedule, Tail, Waiver,
    WaiverGround,
};
use zfxxgk::{ApplicantKind, DeadlineError, FeeError, Outcome, Template};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

// ---------------------------------------------------------------------------------------------
// CalendarError

#[test]
fn calendar_out_of_range_past_end_and_reversed() {
    let cal = WorkCalendar::official();
    let e = cal.is_working_day(d(2031, 2, 3)).unwrap_err();
    assert!(matches!(e, CalendarError::OutOfRange { .. }));
    assert_eq!(
        e.to_string(),
        "2031-02-03 is outside the working-day calendar, which covers 2008..=2026"
    );
    let e = cal.add_working_days(d(2007, 12, 31), 1).unwrap_err();
    assert_eq!(
        e.to_string(),
        "2007-12-31 is outside the working-day calendar, which covers 2008..=2026"
    );

    let e = cal.add_working_days(d(2026, 12, 25), 5).unwrap_err();
    assert!(matches!(e, CalendarError::PastEnd { .. }));
    assert_eq!(
        e.to_string(),
        "5 working days after 2026-12-25 falls after the end of the working-day calendar \
         (2026-12-31)"
    );

    let e = cal
        .working_days_between(d(2024, 10, 30), d(2024, 9, 27))
        .unwrap_err();
    assert!(matches!(e, CalendarError::Reversed { .. }));
    assert_eq!(
        e.to_string(),
        "interval end 2024-09-27 is before its start 2024-10-30"
    );
}

#[test]
fn calendar_tsv_lines() {
    let msg = |tsv: &str| WorkCalendar::from_tsv(tsv).unwrap_err().to_string();
    assert_eq!(
        msg("# source\ndate\tkind\n2024-10-08\twork\n"),
        "calendar line 3: 2024-10-08 is a Tue, so it cannot be an adjusted working weekend day"
    );
    assert_eq!(
        msg("2024-13-01\toff\n"),
        "calendar line 1: `2024-13-01` is not a date in the form YYYY-MM-DD"
    );
    assert_eq!(
        msg("2024-10-01\toff\n2024-10-02\tholiday\n"),
        "calendar line 2: kind `holiday` is not `off` or `work`"
    );
    assert_eq!(
        msg("2024-10-01\toff\n2024-10-01\toff\n"),
        "calendar line 2: 2024-10-01 appears twice"
    );
    assert_eq!(
        msg("9999-01-01\toff\n"),
        "calendar line 1: year 9999 is outside the accepted years 1949..=2199"
    );
    let e = WorkCalendar::from_tsv("2024-13-01\toff\n").unwrap_err();
    assert!(matches!(e, CalendarError::Tsv { line: 1, .. }));
}

#[test]
fn calendar_years_empty_overlap_and_gap() {
    let e = WorkCalendar::from_tsv("# nothing but a comment\n").unwrap_err();
    assert_eq!(e, CalendarError::Empty);
    assert_eq!(e.to_string(), "calendar data has no rows");

    let e = WorkCalendar::from_tsv("2022-01-01\toff\n2024-10-01\toff\n").unwrap_err();
    assert_eq!(e, CalendarError::Gap { year: 2023 });
    assert_eq!(
        e.to_string(),
        "calendar data has no row for year 2023, but the covered years must be contiguous"
    );

    let cal = WorkCalendar::embedded();
    let e = cal.with_tsv("2026-10-01\toff\n").unwrap_err();
    assert_eq!(e, CalendarError::YearAlreadyCovered { year: 2026 });
    assert_eq!(
        e.to_string(),
        "year 2026 is already covered by the calendar"
    );
    assert_eq!(
        cal.with_tsv("2028-01-01\toff\n").unwrap_err().to_string(),
        "calendar data has no row for year 2027, but the covered years must be contiguous"
    );
}

// ---------------------------------------------------------------------------------------------
// DeadlineError

fn e_for(received: NaiveDate) -> DeadlineError {
    DeadlineError::BeyondCalendar {
        received,
        last: 2026,
    }
}

#[test]
fn deadline_errors() {
    let cal = WorkCalendar::official();

    let e = Application::new(Channel::Post, d(2008, 4, 30))
        .deadline(cal)
        .unwrap_err();
    assert_eq!(e, DeadlineError::NoEdition(d(2008, 4, 30)));
    assert_eq!(
        e.to_string(),
        "received 2008-04-30: no edition of the regulation was in force before 2008-05-01"
    );

    // A calendar error passes through unchanged.
    let e = Application::new(Channel::InPerson, d(2027, 3, 1))
        .due_date(cal)
        .unwrap_err();
    assert!(matches!(
        e,
        DeadlineError::Calendar(CalendarError::OutOfRange { .. })
    ));
    assert_eq!(
        e.to_string(),
        "2027-03-01 is outside the working-day calendar, which covers 2008..=2026"
    );
    // Past the calendar's end: the error names the receipt date given, also when the count
    // ran out from a date computed on the way (the original due date of an extension, the
    // end of a consultation).
    let e = Application::new(Channel::InPerson, d(2026, 12, 10))
        .deadline(cal)
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::BeyondCalendar {
            received: d(2026, 12, 10),
            last: 2026
        }
    );
    assert_eq!(
        e.to_string(),
        "received 2026-12-10: the reply falls due after the end of the working-day calendar \
         (2026-12-31)"
    );
    let mut a = Application::new(Channel::InPerson, d(2026, 11, 16));
    a.extended = true; // due 2026-12-14, extended past the end
    assert_eq!(a.deadline(cal).unwrap_err(), e_for(d(2026, 11, 16)));
    assert_eq!(a.due_date(cal).unwrap_err(), e_for(d(2026, 11, 16)));
    let mut a = Application::new(Channel::InPerson, d(2026, 11, 16));
    a.consultations.push(Consultation {
        kind: ConsultationKind::ThirdParty,
        start: d(2026, 11, 17),
        end: d(2026, 12, 20),
    });
    assert_eq!(a.deadline(cal).unwrap_err(), e_for(d(2026, 11, 16)));
    assert_eq!(a.due_date(cal).unwrap_err(), e_for(d(2026, 11, 16)));
    // A date given outside the calendar is named as given.
    a.consultations[0].end = d(2027, 1, 8);
    assert_eq!(
        a.deadline(cal).unwrap_err().to_string(),
        "2027-01-08 is outside the working-day calendar, which covers 2008..=2026"
    );

    let mut a = Application::new(Channel::Letter, d(2024, 9, 27));
    a.supplement = Some(Supplement {
        requested: d(2024, 9, 26),
        received: d(2024, 10, 8),
    });
    let e = a.deadline(cal).unwrap_err();
    assert!(matches!(
        e,
        DeadlineError::SupplementOrder {
            what: "requested",
            ..
        }
    ));
    assert_eq!(
        e.to_string(),
        "supplement.requested 2024-09-26 is before the receipt date 2024-09-27"
    );
    a.supplement = Some(Supplement {
        requested: d(2024, 10, 8),
        received: d(2024, 10, 1),
    });
    assert_eq!(
        a.due_date(cal).unwrap_err().to_string(),
        "supplement.received 2024-10-01 is before supplement.requested 2024-10-08"
    );

    let mut a = Application::new(Channel::Online, d(2024, 9, 27));
    a.consultations.push(Consultation {
        kind: ConsultationKind::Agency,
        start: d(2024, 10, 18),
        end: d(2024, 10, 14),
    });
    let e = a.deadline(cal).unwrap_err();
    assert!(matches!(e, DeadlineError::ConsultationOrder { .. }));
    assert_eq!(
        e.to_string(),
        "consultations[0]: 2024-10-18..2024-10-14 ends before it starts"
    );
}

// ---------------------------------------------------------------------------------------------
// FeeError

#[test]
fn fee_schedule_errors() {
    let rates = zfxxgk::fee::PerItemRates {
        first_rate: u64::MAX,
        step: 1,
        ..zfxxgk::fee::PerItemRates::NATIONAL
    };
    assert_eq!(
        ProgressiveSchedule::per_item_with(rates)
            .unwrap_err()
            .to_string(),
        "invalid fee schedule: first_rate + step is larger than the largest rate (u64::MAX)"
    );
    let e = ProgressiveSchedule::per_volume()
        .with_max_quantity(500)
        .charge(501)
        .unwrap_err();
    assert_eq!(
        e,
        FeeError::QuantityTooLarge {
            quantity: 501,
            max: 500
        }
    );
    assert_eq!(
        e.to_string(),
        "quantity 501 is more than the maximum of 500 the schedule accepts"
    );

    let huge = ProgressiveSchedule::new(
        FeeMethod::PerVolume,
        0,
        &[],
        Tail::Flat { rate: Decimal::MAX },
    )
    .unwrap();
    let e = huge.total(2).unwrap_err();
    assert_eq!(e, FeeError::AmountOverflow { quantity: 2 });
    assert_eq!(
        e.to_string(),
        "fee amount for quantity 2 does not fit a decimal"
    );
    assert_eq!(huge.charge(2).unwrap_err(), e);

    let invalid = |free, bands: &[(u64, Decimal)], tail| {
        ProgressiveSchedule::new(FeeMethod::PerItem, free, bands, tail)
            .unwrap_err()
            .to_string()
    };
    let flat = Tail::Flat { rate: Decimal::ONE };
    assert_eq!(
        invalid(30, &[(20, Decimal::ONE)], flat),
        "invalid fee schedule: band ends must be strictly increasing and above the free quantity"
    );
    assert_eq!(
        invalid(10, &[(20, Decimal::NEGATIVE_ONE)], flat),
        "invalid fee schedule: a band rate is negative"
    );
    assert_eq!(
        invalid(
            10,
            &[],
            Tail::Flat {
                rate: Decimal::NEGATIVE_ONE
            }
        ),
        "invalid fee schedule: the tail rate is negative"
    );
    assert_eq!(
        invalid(
            10,
            &[],
            Tail::Stepped {
                width: 0,
                first_rate: Decimal::ONE,
                step: Decimal::ONE
            }
        ),
        "invalid fee schedule: a stepped tail needs a band width of at least 1"
    );
    assert_eq!(
        invalid(
            10,
            &[],
            Tail::Stepped {
                width: 10,
                first_rate: Decimal::ONE,
                step: Decimal::NEGATIVE_ONE
            }
        ),
        "invalid fee schedule: the tail rate or step is negative"
    );
}

#[test]
fn fee_month_errors() {
    let policy = FeePolicy::default();
    let app = |id: &str, day: NaiveDate, charging| MonthApplication::new(id, "某局", day, charging);
    let one = Charging::PerItem { items: 1 };

    let e = assess_month(
        &policy,
        &[
            app("A1", d(2024, 1, 31), one),
            app("A2", d(2024, 2, 1), one),
        ],
    )
    .unwrap_err();
    assert!(matches!(e, FeeError::NotOneMonth { .. }));
    assert_eq!(
        e.to_string(),
        "application `A2` was received on 2024-02-01, outside the month 2024-01"
    );

    let e = assess_month(
        &policy,
        &[app("A3", d(2024, 1, 5), Charging::PerItem { items: 0 })],
    )
    .unwrap_err();
    assert_eq!(
        e,
        FeeError::ZeroItems {
            application: "A3".into()
        }
    );
    assert_eq!(
        e.to_string(),
        "application `A3` counts 0 items, a per-item application counts at least 1"
    );

    // A free schedule without a limit lets the month's count itself overflow.
    let unlimited = ProgressiveSchedule::new(
        FeeMethod::PerItem,
        0,
        &[],
        Tail::Flat {
            rate: Decimal::ZERO,
        },
    )
    .unwrap()
    .with_max_quantity(u64::MAX);
    let e = assess_month(
        &FeePolicy::default().with_per_item(unlimited),
        &[
            app("A4", d(2024, 1, 5), Charging::PerItem { items: u64::MAX }),
            app("A5", d(2024, 1, 6), one),
        ],
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "application `A5`: the month's count of applications overflows"
    );
}

#[test]
fn fee_notice_errors() {
    let day = d(2024, 3, 5);
    let fees = assess_month(
        &FeePolicy::default(),
        &[
            MonthApplication::new("F1", "某局", day, Charging::PerVolume { pages: 30 }),
            MonthApplication::new("F2", "某局", day, Charging::PerVolume { pages: 31 }),
        ],
    )
    .unwrap();

    let e = FeeNotice::with_due_date(&fees[0], d(2024, 3, 8), d(2024, 4, 8)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "application `F1`: no fee is due, a fee notice needs a positive amount"
    );

    let e = FeeNotice::with_due_date(&fees[1], d(2024, 3, 8), d(2024, 3, 8)).unwrap_err();
    assert!(matches!(e, FeeError::DueDateNotAfterReceipt { .. }));
    assert_eq!(
        e.to_string(),
        "payment due date 2024-03-08 is not after the notice's receipt on 2024-03-08"
    );

    let e = FeeNotice::new(&fees[1], d(2026, 12, 20), WorkCalendar::official()).unwrap_err();
    assert!(matches!(e, FeeError::CalendarNotCovered { days: 20, .. }));
    assert_eq!(
        e.to_string(),
        "the 20-working-day payment period after the notice's receipt on 2026-12-20 is not \
         covered by the working-day calendar"
    );
}

#[test]
fn fee_cost_bill_errors() {
    let fj = CostRateTable::fujian_2008();
    let line = |item, unit| CostLine::new(item, unit, 1);

    let disc = CostUnit::Medium {
        medium: Medium::OpticalDisc,
    };
    let e = fj
        .bill(&[line(CostFeeItem::Copying, disc)], Decimal::ZERO, None)
        .unwrap_err();
    assert!(matches!(e, FeeError::MissingRate { .. }));
    assert_eq!(
        e.to_string(),
        "rate table `福建省` has no rate for copying optical_disc"
    );
    assert_eq!(
        fj.bill(
            &[line(CostFeeItem::Mailing, CostUnit::Application)],
            Decimal::ZERO,
            None
        )
        .unwrap_err()
        .to_string(),
        "rate table `福建省` has no rate for mailing application"
    );

    let e = fj.bill(&[], Decimal::new(-150, 2), None).unwrap_err();
    assert!(matches!(
        e,
        FeeError::NegativeAmount {
            what: "postage",
            ..
        }
    ));
    assert_eq!(e.to_string(), "postage of -1.50元 is negative");

    let retrieval = [line(CostFeeItem::Retrieval, CostUnit::Application)];
    let e = fj
        .bill(
            &retrieval,
            Decimal::ZERO,
            Some(Waiver::reduce(
                WaiverGround::Hardship,
                Decimal::NEGATIVE_ONE,
            )),
        )
        .unwrap_err();
    assert_eq!(e.to_string(), "waiver of -1元 is negative");

    let e = fj
        .bill(
            &retrieval,
            Decimal::ZERO,
            Some(Waiver::reduce(WaiverGround::Hardship, Decimal::from(6))),
        )
        .unwrap_err();
    assert!(matches!(e, FeeError::WaiverExceedsBill { .. }));
    assert_eq!(e.to_string(), "waiver of 6元 is more than the bill of 5元");
    // Waiving exactly the whole bill is allowed.
    let whole = fj
        .bill(
            &retrieval,
            Decimal::ZERO,
            Some(Waiver::reduce(WaiverGround::Hardship, Decimal::from(5))),
        )
        .expect("a waiver of the whole bill");
    assert_eq!(
        (whole.gross, whole.waived),
        (Decimal::from(5), Decimal::from(5))
    );

    let e = CostRateTable::new(
        "某县",
        "某价费〔2008〕1号",
        vec![CostRate {
            item: CostFeeItem::Copying,
            unit: CostUnit::Application,
            rate: Decimal::new(-20, 2),
        }],
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "a cost-fee rate of -0.20元 is negative");
}

// ---------------------------------------------------------------------------------------------
// CsvError (cargo feature `csv`)

#[cfg(feature = "csv")]
const HEADER: &str = "id,applicant,received,replied,outcome";

#[cfg(feature = "csv")]
fn csv_err(text: &str) -> String {
    read_csv(text).unwrap_err().to_string()
}

#[cfg(feature = "csv")]
fn row_err(extra_header: &str, row: &str) -> String {
    csv_err(&format!("{HEADER}{extra_header}\n{row}\n"))
}

#[cfg(feature = "csv")]
#[test]
fn csv_structure_errors() {
    assert_eq!(csv_err(""), "line 1: no header row");
    assert_eq!(csv_err("# only a note\n"), "line 1: no header row");
    assert_eq!(
        csv_err("id,applicant,received,replied\n"),
        "line 1, column `outcome`: required column is missing from the header"
    );
    assert_eq!(
        csv_err(&format!("# source\n{HEADER},id\n")),
        "line 2, column `id`: column appears twice in the header"
    );
    assert_eq!(
        csv_err(&format!("{HEADER}\nA1,natural_person,2023-03-01\n")),
        "line 2: 3 fields, the header has 5"
    );
    assert_eq!(
        csv_err(&format!("{HEADER}\nA1,natural_person,2023-03-01,,\"open\n")),
        "line 2: a quoted field is not closed"
    );
    // A stray quote is text (RFC 4180 as the csv crate and spreadsheets read it); the value
    // then fails its column's check, naming line and column.
    assert_eq!(
        csv_err(&format!("{HEADER}\nA1,natural\"person,2023-03-01,,\n")),
        "line 2, column `applicant`: `natural\"person` is not an applicant column id"
    );
    assert_eq!(
        read_csv(&format!("{HEADER}\n\"A1\"x,natural_person,2023-03-01,,\n")).unwrap()[0].id,
        "A1x"
    );
    // A quoted field spanning lines: the record's line is where it starts.
    assert_eq!(
        csv_err(&format!(
            "{HEADER}\n\"A\n1\",natural_person,2023-03-01,,\nA2,alien,2023-03-01,,\n"
        )),
        "line 4, column `applicant`: `alien` is not an applicant column id"
    );
}

#[cfg(feature = "csv")]
#[test]
fn csv_field_errors() {
    let e = read_csv(&format!("{HEADER}\nA1,natural_person,2024-02-30,,\n")).unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (2, Some("received")));
    assert_eq!(
        e.to_string(),
        "line 2, column `received`: `2024-02-30` is not a date in the form YYYY-MM-DD"
    );
    assert_eq!(
        row_err("", " ,natural_person,2023-03-01,,"),
        "line 2, column `id`: the id is empty"
    );
    assert_eq!(
        row_err("", "A1,total,2023-03-01,,"),
        "line 2, column `applicant`: `total` is not an applicant column id"
    );
    assert_eq!(
        row_err("", "A1,natural_person,2023-03-01,2023-03-20,granted"),
        "line 2, column `outcome`: `granted` is not a §3 outcome row id"
    );
    assert_eq!(
        row_err("", "A1,natural_person,2023-03-01,2023/03/20,disclosed"),
        "line 2, column `replied`: `2023/03/20` is not a date in the form YYYY-MM-DD"
    );
    assert_eq!(
        row_err(",channel", "A1,natural_person,2023-03-01,,,pigeon"),
        "line 2, column `channel`: `pigeon` is not in_person, post, letter, online or fax"
    );
    assert_eq!(
        row_err(",extended", "A1,natural_person,2023-03-01,,,maybe"),
        "line 2, column `extended`: `maybe` is not true, false, 1, 0, yes or no"
    );
    assert_eq!(
        row_err(
            ",supplement_requested,supplement_received",
            "A1,natural_person,2023-03-01,,,,2023-03-09"
        ),
        "line 2, column `supplement_received`: a supplement was received but \
         supplement_requested is empty"
    );
    assert_eq!(
        row_err(
            ",consultations",
            "A1,natural_person,2023-03-01,,,court:2023-03-02..2023-03-09"
        ),
        "line 2, column `consultations`: `court:2023-03-02..2023-03-09` is not \
         kind:YYYY-MM-DD..YYYY-MM-DD with kind third_party or agency"
    );
    assert_eq!(
        row_err(",fee_paid", "A1,natural_person,2023-03-01,,,soon"),
        "line 2, column `fee_paid`: `soon` is not a date in the form YYYY-MM-DD"
    );
}

// ---------------------------------------------------------------------------------------------
// UnplacedReason

#[test]
fn unplaced_reasons() {
    let rec = |id: &str, replied: Option<NaiveDate>, outcome: Option<Outcome>| {
        let mut r = CaseRecord::new(id, ApplicantKind::NaturalPerson, d(2020, 7, 1));
        r.replied = replied;
        r.outcome = outcome;
        r
    };
    let records = [
        rec("R1", Some(d(2020, 6, 30)), Some(Outcome::Disclosed)),
        rec("R2", Some(d(2020, 7, 10)), None),
        rec("R3", None, Some(Outcome::Disclosed)),
        rec("R4", Some(d(2020, 7, 10)), Some(Outcome::OtherMisc)),
    ];
    let t = CaseTally::for_year(&records, 2020);
    let got: Vec<(&str, &str)> = t
        .unplaced
        .iter()
        .map(|u| (u.id.as_str(), u.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("R1", "replied 2020-06-30 before it was received 2020-07-01"),
            ("R2", "replied 2020-07-10 but has no outcome row"),
            ("R3", "has outcome `disclosed` but no reply date"),
            (
                "R4",
                "outcome `other_misc` is not a row of the std2019 template"
            ),
        ]
    );
    assert_eq!(
        t.unplaced[3].reason,
        UnplacedReason::OutcomeNotInTemplate {
            outcome: Outcome::OtherMisc,
            template: Template::Std2019
        }
    );
    for u in &t.unplaced {
        assert_eq!(u.message, u.reason.message());
    }
}
