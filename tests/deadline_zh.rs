//! Deadline steps in Chinese: every step kind has a `text_zh` beside its English `text`, in
//! Chinese (no ids or English words leak into it), carrying the same dates and numbers.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use zfxxgk::calendar::WorkCalendar;
use zfxxgk::deadline::{
    Application, Channel, Consultation, ConsultationKind, Step, StepKind, Supplement,
};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

/// Applications that between them take every kind of step.
fn applications() -> Vec<Application> {
    let mut out = Vec::new();
    // 2019: late supplement notice, restart, consultations (one during, one after the due
    // date), extension.
    let mut a = Application::new(Channel::Letter, d(2024, 9, 20));
    a.supplement = Some(Supplement {
        requested: d(2024, 10, 10),
        received: d(2024, 10, 14),
    });
    a.extended = true;
    a.consultations = vec![
        Consultation {
            kind: ConsultationKind::ThirdParty,
            start: d(2024, 10, 21),
            end: d(2024, 10, 25),
        },
        Consultation {
            kind: ConsultationKind::Agency,
            start: d(2025, 3, 3),
            end: d(2025, 3, 7),
        },
    ];
    out.push(a);
    // 2008: a supplement without a time limit, an agency consultation that counts.
    let mut a = Application::new(Channel::Post, d(2018, 3, 1));
    a.supplement = Some(Supplement {
        requested: d(2018, 3, 5),
        received: d(2018, 3, 9),
    });
    a.consultations = vec![Consultation {
        kind: ConsultationKind::Agency,
        start: d(2018, 3, 12),
        end: d(2018, 3, 16),
    }];
    out.push(a);
    // Answered on the spot.
    let mut a = Application::new(Channel::Online, d(2024, 9, 27));
    a.immediate = true;
    out.push(a);
    out
}

fn steps() -> Vec<Step> {
    let cal = WorkCalendar::official();
    applications()
        .iter()
        .flat_map(|a| a.deadline(cal).unwrap().steps)
        .collect()
}

#[test]
fn every_step_kind_has_a_chinese_sentence() {
    let steps = steps();
    let kinds: BTreeSet<&str> = steps.iter().map(|s| s.kind.id()).collect();
    let all = [
        StepKind::Received,
        StepKind::ImmediateReply,
        StepKind::SupplementNoticeDue,
        StepKind::SupplementNoticeLate,
        StepKind::SupplementRequested,
        StepKind::ClockRestarted,
        StepKind::Consultation,
        StepKind::ConsultationCounted,
        StepKind::Paused,
        StepKind::PauseAfterDue,
        StepKind::ReplyDue,
        StepKind::ExtendedDue,
    ];
    assert_eq!(kinds, all.iter().map(|k| k.id()).collect());
    for s in &steps {
        let zh = &s.text_zh;
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{:?}: {zh}",
            s.kind
        );
        assert!(
            !zh.chars().any(|c| c.is_ascii_alphabetic()),
            "{:?}: an id or English word in {zh}",
            s.kind
        );
        // The dates of the English sentence are in the Chinese one.
        for word in s.text.split(|c: char| !(c.is_ascii_digit() || c == '-')) {
            if word.len() == 10 && word.as_bytes()[4] == b'-' {
                assert!(zh.contains(word), "{:?}: {word} not in {zh}", s.kind);
            }
        }
    }
}

#[test]
fn sentences_in_the_regulation_terms() {
    let cal = WorkCalendar::official();
    let mut a = Application::new(Channel::Post, d(2024, 9, 27));
    a.extended = true;
    let zh: Vec<String> = a
        .deadline(cal)
        .unwrap()
        .steps
        .into_iter()
        .map(|s| s.text_zh)
        .collect();
    assert_eq!(
        zh,
        [
            "2024-09-27通过邮寄收到申请（以行政机关签收之日为收到申请之日）；\
             适用2019年条例（国务院令第711号，2019-05-15起施行）",
            "答复期限为2024-09-27后计算的第20个工作日",
            "经政府信息公开工作机构负责人同意并告知申请人，自2024-10-30起延长20个工作日",
        ]
    );
    let steps = steps();
    let find = |k: StepKind| {
        steps
            .iter()
            .find(|s| s.kind == k)
            .map(|s| s.text_zh.as_str())
            .unwrap()
    };
    assert_eq!(
        find(StepKind::SupplementNoticeDue),
        "应当在收到申请之日起7个工作日内一次性告知申请人补正"
    );
    assert_eq!(
        find(StepKind::Consultation),
        "2024-10-21至2024-10-25征求第三方意见，所需时间不计算在答复期限内"
    );
    assert_eq!(
        find(StepKind::Paused),
        "（2024-10-21，2024-10-25］内的4个工作日不计算在答复期限内，2024-10-25后继续计算"
    );
    assert_eq!(
        find(StepKind::ImmediateReply),
        "当场答复：答复期限为收到申请当日"
    );
}

#[test]
fn json_carries_text_zh_and_reads_steps_without_it() {
    let cal = WorkCalendar::official();
    let dl = Application::new(Channel::Fax, d(2024, 9, 27))
        .deadline(cal)
        .unwrap();
    let mut j = serde_json::to_value(&dl).unwrap();
    assert_eq!(
        j["steps"][1]["text_zh"],
        "答复期限为2024-09-27后计算的第20个工作日"
    );
    // JSON written before `text_zh` existed still reads, with the field empty.
    for s in j["steps"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("text_zh");
    }
    let back: zfxxgk::deadline::Deadline = serde_json::from_value(j).unwrap();
    assert_eq!(back.steps[1].text, dl.steps[1].text);
    assert_eq!(back.steps[1].text_zh, "");
}
