//! Working-day calendar: golden dates worked out by hand from data/cn-workday-calendar.tsv,
//! error cases and algebraic properties.

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use zfxxgk::calendar::{CalendarError, WorkCalendar, EMBEDDED_YEARS};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

#[test]
fn coverage_is_the_embedded_years() {
    let cal = WorkCalendar::embedded();
    assert_eq!(cal.coverage(), EMBEDDED_YEARS);
    assert_eq!(EMBEDDED_YEARS, 2008..=2026);
    assert!(cal.covers(d(2008, 1, 1)));
    assert!(cal.covers(d(2026, 12, 31)));
    assert!(!cal.covers(d(2007, 12, 31)));
    assert!(!cal.covers(d(2027, 1, 1)));
}

#[test]
fn adjusted_days_from_the_data() {
    let cal = WorkCalendar::embedded();
    // 2024-02-04 (Sunday) and 2024-02-18 (Sunday) were adjusted working days (TSV `work`).
    assert!(cal.is_working_day(d(2024, 2, 4)).unwrap());
    assert!(cal.is_working_day(d(2024, 2, 18)).unwrap());
    // 2024-02-12 (Monday) was a Spring Festival day off.
    assert!(!cal.is_working_day(d(2024, 2, 12)).unwrap());
    // An ordinary Saturday and an ordinary Wednesday.
    assert!(!cal.is_working_day(d(2024, 3, 2)).unwrap());
    assert!(cal.is_working_day(d(2024, 3, 6)).unwrap());
}

#[test]
fn spring_festival_2024_count() {
    let cal = WorkCalendar::embedded();
    // (2024-02-01, 2024-03-05]: Fri 2, Sun 4 (work), 5–9, Sun 18 (work), 19–23, 26–29,
    // Mar 1, Mar 4, Mar 5 = 1 + 1 + 5 + 1 + 5 + 5 + 2 = 20.
    assert_eq!(
        cal.working_days_between(d(2024, 2, 1), d(2024, 3, 5))
            .unwrap(),
        20
    );
    assert_eq!(
        cal.add_working_days(d(2024, 2, 1), 20).unwrap(),
        d(2024, 3, 5)
    );
    // A whole year by hand from the 2024 rows: 262 weekdays; 19 of them off (Jan 1; Feb 12–16;
    // Apr 4–5; May 1–3; Jun 10; Sep 16–17; Oct 1–4 and 7); 8 weekend days made working days
    // (Feb 4, Feb 18, Apr 7, Apr 28, May 11, Sep 14, Sep 29, Oct 12): 262 − 19 + 8 = 251.
    let days_2024 = cal
        .working_days_between(d(2023, 12, 31), d(2024, 12, 31))
        .unwrap();
    let weekdays = d(2024, 1, 1)
        .iter_days()
        .take_while(|x| x.year() == 2024)
        .filter(|x| x.weekday().number_from_monday() <= 5)
        .count() as u64;
    assert_eq!(weekdays, 262);
    assert_eq!(days_2024, 251);
}

#[test]
fn the_coverage_ends_are_exact() {
    let cal = WorkCalendar::embedded();
    // 2008-01-01 (New Year) is the first day covered, 2026-12-31 (a Thursday) the last.
    assert_eq!(cal.is_working_day(d(2008, 1, 1)), Ok(false));
    assert_eq!(cal.is_working_day(d(2026, 12, 31)), Ok(true));
    assert!(cal.is_working_day(d(2027, 1, 1)).is_err());
    assert!(cal
        .working_days_between(d(2026, 12, 31), d(2027, 1, 1))
        .is_err());
    assert_eq!(
        cal.working_days_between(d(2008, 1, 1), d(2008, 1, 2)),
        Ok(1)
    );
    // The same day twice is an empty interval, not a reversed one.
    assert_eq!(
        cal.working_days_between(d(2024, 9, 27), d(2024, 9, 27)),
        Ok(0)
    );
}

#[test]
fn iso_dates_need_both_dashes() {
    // Calendar data reads strict `YYYY-MM-DD` dates only.
    let cal = WorkCalendar::from_tsv("2024-09-27\toff\n").unwrap();
    assert!(!cal.is_working_day(d(2024, 9, 27)).unwrap());
    for bad in [
        "2024/09-27",
        "2024-09/27",
        "2024/09/27",
        "20240-9-27",
        "2024-9-27",
    ] {
        let e = WorkCalendar::from_tsv(&format!("{bad}\toff\n")).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("calendar line 1: `{bad}` is not a date in the form YYYY-MM-DD")
        );
    }
}

#[test]
fn out_of_range_is_an_error() {
    let cal = WorkCalendar::embedded();
    assert_eq!(
        cal.is_working_day(d(2027, 1, 4)),
        Err(CalendarError::OutOfRange {
            date: d(2027, 1, 4),
            first: 2008,
            last: 2026
        })
    );
    assert_eq!(
        cal.is_working_day(d(2027, 1, 4)).unwrap_err().to_string(),
        "2027-01-04 is outside the working-day calendar, which covers 2008..=2026"
    );
    assert!(cal.add_working_days(d(2007, 12, 31), 1).is_err());
    let e = cal.add_working_days(d(2026, 12, 20), 20).unwrap_err();
    assert!(matches!(e, CalendarError::PastEnd { .. }), "{e}");
    assert!(cal.add_working_days(d(2026, 1, 1), u64::MAX).is_err());
    assert_eq!(
        cal.working_days_between(d(2024, 2, 2), d(2024, 2, 1)),
        Err(CalendarError::Reversed {
            start: d(2024, 2, 2),
            end: d(2024, 2, 1)
        })
    );
}

fn covered_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..6900).prop_map(|n| d(2008, 1, 1) + Days::new(n))
}

proptest! {
    #[test]
    fn adding_n_then_m_equals_adding_n_plus_m(start in covered_date(), n in 0u64..200, m in 0u64..200) {
        let cal = WorkCalendar::embedded();
        let a = cal.add_working_days(start, n).and_then(|x| cal.add_working_days(x, m));
        let b = cal.add_working_days(start, n + m);
        // Both fail (past the end of the calendar) or both give the same day.
        prop_assert_eq!(a.is_ok(), b.is_ok());
        prop_assert_eq!(a.ok(), b.ok());
    }

    #[test]
    fn between_inverts_add(start in (0u64..6400).prop_map(|n| d(2008, 1, 1) + Days::new(n)), n in 0u64..300) {
        let cal = WorkCalendar::embedded();
        let end = cal.add_working_days(start, n).unwrap();
        prop_assert!(end >= start);
        prop_assert_eq!(cal.working_days_between(start, end).unwrap(), n);
        if n > 0 {
            prop_assert!(cal.is_working_day(end).unwrap());
        }
    }

    #[test]
    fn between_matches_day_by_day_count(start in covered_date(), len in 0u64..60) {
        let cal = WorkCalendar::embedded();
        let end = start + Days::new(len);
        prop_assume!(end <= d(2026, 12, 31));
        let slow = start.iter_days().skip(1).take(len as usize)
            .filter(|x| cal.is_working_day(*x).unwrap()).count() as u64;
        prop_assert_eq!(cal.working_days_between(start, end).unwrap(), slow);
    }
}
