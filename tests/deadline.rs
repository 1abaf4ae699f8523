//! Reply deadlines: golden dates worked out by hand from data/cn-workday-calendar.tsv (each
//! case lists the working days it counts), error cases, and properties (a deadline never
//! precedes receipt and never moves backwards when days or pauses are added).

mod common;
use chrono::{Days, NaiveDate};
use common::json;
use proptest::prelude::*;
use zfxxgk::calendar::WorkCalendar;
use zfxxgk::deadline::{
    Application, Channel, Consultation, ConsultationKind, StepKind, Supplement,
};
use zfxxgk::{DeadlineError, Edition};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn due(app: &Application) -> NaiveDate {
    let cal = WorkCalendar::embedded();
    let fast = app.due_date(&cal).unwrap();
    let full = app.deadline(&cal).unwrap();
    assert_eq!(fast, full.due, "fast path and explained path disagree");
    fast
}

fn app(received: NaiveDate) -> Application {
    Application::new(Channel::InPerson, received)
}

#[test]
fn national_day_2024_worked_example() {
    // DOMAIN.md §1.3: received Fri 2024-09-27. Counted: Sun 9-29 (adjusted, 1), Mon 9-30 (2),
    // 10-1..10-7 off, 10-8..10-11 (3–6), Sat 10-12 (adjusted, 7), 10-14..10-18 (8–12),
    // 10-21..10-25 (13–17), 10-28, 10-29, 10-30 (18–20).
    let a = app(d(2024, 9, 27));
    assert_eq!(due(&a), d(2024, 10, 30));
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    assert_eq!(full.edition, Edition::V2019);
    assert_eq!(full.steps[0].kind, StepKind::Received);
    assert_eq!(full.steps[0].basis.to_string(), "2019 art. 31");
    assert_eq!(full.steps.last().unwrap().basis.to_string(), "2019 art. 33");
}

#[test]
fn national_day_2024_extended() {
    // From 10-30: 10-31 (1), 11-1 (2), 11-4..8 (3–7), 11-11..15 (8–12), 11-18..22 (13–17),
    // 11-25, 26, 27 (18–20). No day off in November 2024.
    let mut a = app(d(2024, 9, 27));
    a.extended = true;
    assert_eq!(due(&a), d(2024, 11, 27));
}

#[test]
fn received_on_a_holiday_2019_edition() {
    // Received Tue 2024-10-01 (National Day, off): the day itself is not counted anyway.
    // 10-8..11 (1–4), Sat 10-12 (5), 10-14..18 (6–10), 10-21..25 (11–15), 10-28..31 (16–19),
    // 11-1 (20).
    assert_eq!(due(&app(d(2024, 10, 1))), d(2024, 11, 1));
}

#[test]
fn spring_festival_2024_2019_edition() {
    // Received Thu 2024-02-01: Fri 2-2 (1), Sun 2-4 (adjusted, 2), 2-5..9 (3–7), 2-10..17 off,
    // Sun 2-18 (adjusted, 8), 2-19..23 (9–13), 2-26..3-1 (14–18), 3-4 (19), 3-5 (20).
    assert_eq!(due(&app(d(2024, 2, 1))), d(2024, 3, 5));
}

#[test]
fn spring_festival_2018_2008_edition() {
    // Received Fri 2018-02-09, 2008 text (15 days): Sun 2-11 (adjusted, 1), 2-12..14 (2–4),
    // 2-15..21 off, 2-22, 2-23 (5, 6), Sat 2-24 (adjusted, 7), 2-26..3-2 (8–12), 3-5..7 (13–15).
    let a = app(d(2018, 2, 9));
    assert_eq!(due(&a), d(2018, 3, 7));
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    assert_eq!(full.edition, Edition::V2008);
    assert_eq!(full.steps.last().unwrap().basis.to_string(), "2008 art. 24");
}

#[test]
fn national_day_2018_2008_edition_and_extension() {
    // Received Thu 2018-09-20: 9-21 (1), Mon 9-24 off (Mid-autumn), 9-25..28 (2–5),
    // Sat 9-29 and Sun 9-30 adjusted (6, 7), 10-1..7 off, 10-8..12 (8–12), 10-15..17 (13–15).
    let mut a = app(d(2018, 9, 20));
    assert_eq!(due(&a), d(2018, 10, 17));
    // Extension of 15: 10-18, 19 (1, 2), 10-22..26 (3–7), 10-29..11-2 (8–12), 11-5..7 (13–15).
    a.extended = true;
    assert_eq!(due(&a), d(2018, 11, 7));
}

#[test]
fn cut_over_2019_05_15() {
    // Tue 2019-05-14 → 2008 text, 15 days: 5-15..17 (1–3), 5-20..24 (4–8), 5-27..31 (9–13),
    // 6-3 (14), 6-4 (15).
    let before = app(d(2019, 5, 14));
    assert_eq!(before.edition().unwrap(), Edition::V2008);
    assert_eq!(due(&before), d(2019, 6, 4));
    // Wed 2019-05-15 → 2019 text, 20 days: 5-16, 17 (1, 2), 5-20..24 (3–7), 5-27..31 (8–12),
    // 6-3..6 (13–16), Fri 6-7 off (Dragon Boat), 6-10..13 (17–20).
    let after = app(d(2019, 5, 15));
    assert_eq!(after.edition().unwrap(), Edition::V2019);
    assert_eq!(due(&after), d(2019, 6, 13));
}

#[test]
fn supplement_restarts_the_clock() {
    // Received Fri 2024-09-27. The 补正 notice is due 7 working days later: 9-29 (1), 9-30 (2),
    // 10-8..11 (3–6), Sat 10-12 (7) → 2024-10-12. The supplemented application arrives Mon
    // 10-14; 20 days from then: 10-15..18 (1–4), 10-21..25 (5–9), 10-28..11-1 (10–14),
    // 11-4..8 (15–19), 11-11 (20).
    let mut a = app(d(2024, 9, 27));
    a.supplement = Some(Supplement {
        requested: d(2024, 10, 10),
        received: d(2024, 10, 14),
    });
    assert_eq!(due(&a), d(2024, 11, 11));
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    assert_eq!(full.supplement_notice_due, Some(d(2024, 10, 12)));
    assert_eq!(full.clock_start, d(2024, 10, 14));
    assert!(!full
        .steps
        .iter()
        .any(|s| s.kind == StepKind::SupplementNoticeLate));
    // A notice sent on 10-14 is late; the step says so, the clock still restarts.
    a.supplement = Some(Supplement {
        requested: d(2024, 10, 14),
        received: d(2024, 10, 14),
    });
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    assert!(full
        .steps
        .iter()
        .any(|s| s.kind == StepKind::SupplementNoticeLate));
    assert_eq!(full.due, d(2024, 11, 11));
}

#[test]
fn third_party_consultation_is_not_counted() {
    // Received 2024-09-27; consultation (10-14, 10-18]: 10-15..18 skipped (4 working days).
    // Counted: 9-29, 9-30 (1, 2), 10-8..11 (3–6), 10-12 (7), 10-14 (8), 10-21..25 (9–13),
    // 10-28..31 (14–17), 11-1 (18), 11-4 (19), 11-5 (20).
    let mut a = app(d(2024, 9, 27));
    a.consultations.push(Consultation {
        kind: ConsultationKind::ThirdParty,
        start: d(2024, 10, 14),
        end: d(2024, 10, 18),
    });
    assert_eq!(due(&a), d(2024, 11, 5));
    // An overlapping agency consultation (10-16, 10-22] extends the merged pause to
    // (10-14, 10-22]: 10-21 and 10-22 are skipped too. Counted: … 10-14 (8), 10-23..25
    // (9–11), 10-28..31 (12–15), 11-1 (16), 11-4..7 (17–20).
    a.consultations.push(Consultation {
        kind: ConsultationKind::Agency,
        start: d(2024, 10, 16),
        end: d(2024, 10, 22),
    });
    assert_eq!(due(&a), d(2024, 11, 7));
}

#[test]
fn agency_consultation_counts_under_2008() {
    // 2008 text: only third-party consultation is excluded (2008 art. 24).
    let mut a = app(d(2018, 9, 20));
    a.consultations.push(Consultation {
        kind: ConsultationKind::Agency,
        start: d(2018, 10, 8),
        end: d(2018, 10, 12),
    });
    assert_eq!(due(&a), d(2018, 10, 17));
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    let counted = full
        .steps
        .iter()
        .find(|s| s.kind == StepKind::ConsultationCounted);
    assert_eq!(counted.unwrap().basis.to_string(), "2008 art. 24");
    // A third party over the same days: (10-8, 10-12] skipped (4 days). Counted: 9-21 (1),
    // 9-25..28 (2–5), 9-29, 9-30 (6, 7), 10-8 (8), 10-15..19 (9–13), 10-22, 10-23 (14, 15).
    a.consultations[0].kind = ConsultationKind::ThirdParty;
    assert_eq!(due(&a), d(2018, 10, 23));
}

#[test]
fn consultation_after_the_due_date_changes_nothing() {
    let mut a = app(d(2024, 9, 27));
    a.consultations.push(Consultation {
        kind: ConsultationKind::ThirdParty,
        start: d(2024, 10, 30),
        end: d(2024, 11, 8),
    });
    assert_eq!(due(&a), d(2024, 10, 30));
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    assert!(full.steps.iter().any(|s| s.kind == StepKind::PauseAfterDue));
}

#[test]
fn immediate_reply_is_due_the_same_day() {
    let mut a = app(d(2024, 9, 27));
    a.immediate = true;
    assert_eq!(due(&a), d(2024, 9, 27));
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    assert!(!full.is_overdue(d(2024, 9, 27)));
    assert!(full.is_overdue(d(2024, 9, 28)));
}

#[test]
fn errors_name_the_input() {
    let cal = WorkCalendar::embedded();
    let e = app(d(2008, 4, 30)).due_date(&cal).unwrap_err();
    assert_eq!(
        e.to_string(),
        "received 2008-04-30: no edition of the regulation was in force before 2008-05-01"
    );
    let e = app(d(2026, 12, 20)).due_date(&cal).unwrap_err();
    assert!(matches!(e, DeadlineError::BeyondCalendar { .. }), "{e}");
    let mut a = app(d(2024, 9, 27));
    a.supplement = Some(Supplement {
        requested: d(2024, 9, 26),
        received: d(2024, 10, 1),
    });
    assert_eq!(
        a.due_date(&cal).unwrap_err().to_string(),
        "supplement.requested 2024-09-26 is before the receipt date 2024-09-27"
    );
    a.supplement = None;
    a.consultations.push(Consultation {
        kind: ConsultationKind::Agency,
        start: d(2024, 10, 9),
        end: d(2024, 10, 8),
    });
    assert_eq!(
        a.deadline(&cal).unwrap_err().to_string(),
        "consultations[0]: 2024-10-09..2024-10-08 ends before it starts"
    );
}

#[test]
fn serde_round_trip() {
    let mut a = app(d(2024, 9, 27));
    a.consultations.push(Consultation {
        kind: ConsultationKind::ThirdParty,
        start: d(2024, 10, 14),
        end: d(2024, 10, 18),
    });
    let j = serde_json::to_string(&a).unwrap();
    assert!(j.contains("\"channel\":\"in_person\""));
    assert_eq!(serde_json::from_str::<Application>(&j).unwrap(), a);
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    let j = serde_json::to_value(&full).unwrap();
    assert_eq!(j["due"], "2024-11-05");
    assert_eq!(j["edition"], "2019");
}

fn arb_app() -> impl Strategy<Value = Application> {
    (
        0u64..6500,
        0usize..5,
        proptest::option::of((0u64..30, 0u64..30)),
        any::<bool>(),
        proptest::collection::vec((any::<bool>(), 0u64..80, 0u64..40), 0..4),
    )
        .prop_map(|(off, ch, sup, ext, cons)| {
            let received = d(2008, 5, 1) + Days::new(off);
            let mut a = Application::new(Channel::ALL[ch], received);
            a.supplement = sup.map(|(r, g)| Supplement {
                requested: received + Days::new(r),
                received: received + Days::new(r + g),
            });
            a.extended = ext;
            a.consultations = cons
                .into_iter()
                .map(|(tp, s, len)| Consultation {
                    kind: if tp {
                        ConsultationKind::ThirdParty
                    } else {
                        ConsultationKind::Agency
                    },
                    start: received + Days::new(s),
                    end: received + Days::new(s + len),
                })
                .collect();
            a
        })
}

proptest! {
    #[test]
    fn deadline_never_precedes_receipt(a in arb_app()) {
        let cal = WorkCalendar::embedded();
        let due = a.due_date(&cal).unwrap();
        prop_assert!(due > a.received);
        prop_assert_eq!(a.deadline(&cal).unwrap().due, due);
    }

    #[test]
    fn deadlines_never_move_backwards(a in arb_app(), s in 0u64..60, len in 0u64..30, later in 0u64..10) {
        let cal = WorkCalendar::embedded();
        let base = a.due_date(&cal).unwrap();
        // Extending never makes the due date earlier.
        let mut b = a.clone();
        b.extended = true;
        prop_assert!(b.due_date(&cal).unwrap() >= base);
        // Adding a pause never makes it earlier.
        let mut c = a.clone();
        c.consultations.push(Consultation {
            kind: ConsultationKind::ThirdParty,
            start: a.received + Days::new(s),
            end: a.received + Days::new(s + len),
        });
        prop_assert!(c.due_date(&cal).unwrap() >= base);
        // A later supplemented application never makes it earlier.
        if let Some(sup) = a.supplement {
            let mut e = a.clone();
            e.supplement = Some(Supplement { requested: sup.requested, received: sup.received + Days::new(later) });
            prop_assert!(e.due_date(&cal).unwrap() >= base);
        }
    }
}

/// 2019 art. 31: when an application counts as received depends on how it was sent.
#[test]
fn channels_keep_their_labels_and_receipt_events() {
    for (c, label, event) in [
        (
            Channel::InPerson,
            "当面提交",
            "the day the application is handed in",
        ),
        (
            Channel::Post,
            "邮寄",
            "the day the agency signs for the post",
        ),
        (
            Channel::Letter,
            "平常信函",
            "the day the office confirms the letter with the applicant",
        ),
        (
            Channel::Online,
            "互联网渠道",
            "the day both sides confirm the application",
        ),
        (
            Channel::Fax,
            "传真",
            "the day both sides confirm the application",
        ),
    ] {
        assert_eq!((c.label(), c.receipt_event()), (label, event));
    }
}

#[test]
fn deadline_vocabularies_serialize_as_their_ids() {
    use zfxxgk::deadline::{ConsultationKind, StepKind};
    for (k, id, label) in [
        (ConsultationKind::ThirdParty, "third_party", "第三方"),
        (ConsultationKind::Agency, "agency", "其他机关"),
    ] {
        assert_eq!(
            (k.id(), k.label(), json(&k)),
            (id, label, format!("\"{id}\""))
        );
    }
    for c in Channel::ALL {
        assert_eq!(json(&c), format!("\"{}\"", c.id()));
    }
    for (k, id) in [
        (StepKind::Received, "received"),
        (StepKind::ImmediateReply, "immediate_reply"),
        (StepKind::SupplementNoticeDue, "supplement_notice_due"),
        (StepKind::SupplementNoticeLate, "supplement_notice_late"),
        (StepKind::SupplementRequested, "supplement_requested"),
        (StepKind::ClockRestarted, "clock_restarted"),
        (StepKind::Consultation, "consultation"),
        (StepKind::ConsultationCounted, "consultation_counted"),
        (StepKind::Paused, "paused"),
        (StepKind::PauseAfterDue, "pause_after_due"),
        (StepKind::ReplyDue, "reply_due"),
        (StepKind::ExtendedDue, "extended_due"),
    ] {
        assert_eq!((k.id(), json(&k)), (id, format!("\"{id}\"")));
    }
}

#[test]
fn a_supplement_notice_on_its_due_day_is_on_time() {
    // Due 2024-10-12 (see the National Day example); sent that very day.
    let mut a = app(d(2024, 9, 27));
    a.supplement = Some(Supplement {
        requested: d(2024, 10, 12),
        received: d(2024, 10, 14),
    });
    let full = a.deadline(&WorkCalendar::embedded()).unwrap();
    assert_eq!(full.supplement_notice_due, Some(d(2024, 10, 12)));
    assert!(!full
        .steps
        .iter()
        .any(|s| s.kind == StepKind::SupplementNoticeLate));
}

#[test]
fn pauses_overlapping_or_empty_are_explained_once_or_not_at_all() {
    let plain = due(&app(d(2024, 9, 27)));
    let paused = |a: &Application| {
        a.deadline(&WorkCalendar::embedded())
            .unwrap()
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Paused)
            .count()
    };
    // A consultation that ends the day it starts pauses nothing.
    let mut a = app(d(2024, 9, 27));
    a.consultations.push(Consultation {
        kind: ConsultationKind::ThirdParty,
        start: d(2024, 10, 15),
        end: d(2024, 10, 15),
    });
    assert_eq!((due(&a), paused(&a)), (plain, 0));
    // Two overlapping consultations pause once, over their union (10-15, 10-22].
    a.consultations = vec![
        Consultation {
            kind: ConsultationKind::ThirdParty,
            start: d(2024, 10, 15),
            end: d(2024, 10, 18),
        },
        Consultation {
            kind: ConsultationKind::Agency,
            start: d(2024, 10, 17),
            end: d(2024, 10, 22),
        },
    ];
    let mut union = app(d(2024, 9, 27));
    union.consultations.push(Consultation {
        kind: ConsultationKind::ThirdParty,
        start: d(2024, 10, 15),
        end: d(2024, 10, 22),
    });
    assert_eq!(due(&a), due(&union));
    assert_eq!(paused(&a), 1);
}
