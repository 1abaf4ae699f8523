//! Firing and silent tests of the prose rules that compare claims with the tables
//! (`PRO008`, `PRO010`, `PRO011`).

use super::*;
use crate::outcome::Outcome;
use crate::report::{ActiveCell, ActiveTable, AppealsTable, Cell, RequestTable};
use crate::report::{AppealColumn, AppealGroup};

/// A 2021-format report of `text` with a §3 table whose 总计 column holds `rows`.
fn with_requests(text: &str, rows: &[(RequestRow, u64)]) -> AnnualReport {
    let mut r = crate::parse::parse(text).expect("text").report;
    let mut t = RequestTable::new(Template::Std2021);
    for (row, v) in rows {
        t.set(*row, RequestColumn::Total, Cell::Value(*v))
            .expect("row");
    }
    r.tables.requests = Some(t);
    r
}

fn check(r: &AnnualReport, rule: fn(&AnnualReport, &mut Vec<Finding>)) -> Vec<Finding> {
    let mut v = Vec::new();
    rule(r, &mut v);
    v
}

const O: fn(Outcome) -> RequestRow = RequestRow::Outcome;

/// The §3 table of a report whose prose lists its 21 applications by outcome.
fn outcome_table(unavailable: u64, other: u64) -> Vec<(RequestRow, u64)> {
    vec![
        (RequestRow::Received, 21),
        (O(Outcome::Disclosed), 1),
        (O(Outcome::PartiallyDisclosed), 11),
        (O(Outcome::WithheldEnforcementFile), 3),
        (O(Outcome::UnavailableNotHeld), unavailable),
        (O(Outcome::OtherNoSupplement), other),
        (RequestRow::CarriedForward, 2),
    ]
}

const OUTCOMES: &str = "三、收到和处理政府信息公开申请情况\n2025年，共受理政府信息公开申请21件，经分类处置后，给予同意公开答复 1 件，不予公开答复3件，区分处理后公开11件，因无法提供相关信息答复2件，其他处理2件，结转下年度继续办理2件。";

#[test]
fn pro008_fires_on_an_outcome_group_that_differs() {
    // The table has no 无法提供 and four 其他处理 where the prose says two of each.
    let r = with_requests(OUTCOMES, &outcome_table(0, 4));
    let f = check(&r, requests);
    let kinds: Vec<&str> = f.iter().map(|x| x.message.as_str()).collect();
    assert_eq!(f.len(), 2, "{kinds:?}");
    assert!(kinds.iter().any(|m| m.contains("applications_unavailable")));
    assert!(kinds
        .iter()
        .any(|m| m.contains("applications_other_handling")));
    assert!(f
        .iter()
        .all(|x| x.evidence.as_deref().is_some_and(|e| e.contains("共受理"))));
}

#[test]
fn pro008_silent_when_each_group_agrees() {
    let r = with_requests(OUTCOMES, &outcome_table(2, 2));
    assert!(check(&r, requests).is_empty(), "{:?}", check(&r, requests));
    // `所有申请均…办结` after `结转下年度继续办理2件`: all that fell due, not a contradiction.
    let t = format!(
        "{}，所有申请均在法定期限内办结。",
        OUTCOMES.trim_end_matches('。')
    );
    let r = with_requests(&t, &outcome_table(2, 2));
    assert!(check(&r, requests).is_empty(), "{:?}", check(&r, requests));
    // Without the carried-forward count in the sentence, `所有申请均…办结` is a completion claim.
    let t = "三、收到和处理政府信息公开申请情况\n2025年，共受理政府信息公开申请21件，所有申请均在法定期限内办结。";
    let f = check(&with_requests(t, &outcome_table(2, 2)), requests);
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn pro008_fires_on_a_total_printed_wrong_in_the_table() {
    // The table's 总计 is 0 (its applicant cells would give 6): compared as printed.
    let t = "三、收到和处理政府信息公开申请情况\n2024年，共受理政府信息公开申请6件，办复率100%；";
    let r = with_requests(t, &[(RequestRow::Received, 0)]);
    let f = check(&r, requests);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].expected, Some(0i128.into()));
}

#[test]
fn pro008_silent_on_lay_readings_and_other_measures() {
    // `不予公开2件，分别属于本机关不掌握…及行政执法案卷`: refusals and information not held.
    let t = "三、收到和处理政府信息公开申请情况\n2022年共收到政府信息公开申请3件，予以公开1件，不予公开2件，分别属于本机关不掌握相关政府信息及行政执法案卷。";
    let rows = [
        (RequestRow::Received, 3),
        (O(Outcome::Disclosed), 1),
        (O(Outcome::WithheldEnforcementFile), 1),
        (O(Outcome::UnavailableNotHeld), 1),
    ];
    assert!(check(&with_requests(t, &rows), requests).is_empty());
    // `已主动公开` and `同意公开` both count under 予以公开.
    let t = "三、收到和处理政府信息公开申请情况\n全年回应依申请公开信息2条（属于已主动公开答复数1条，同意公开答复数1条）。";
    let rows = [(RequestRow::Received, 2), (O(Outcome::Disclosed), 2)];
    assert!(check(&with_requests(t, &rows), requests).is_empty());
    let rows = [(RequestRow::Received, 2), (O(Outcome::Disclosed), 1)];
    assert_eq!(
        check(&with_requests(t, &rows), requests).len(),
        1,
        "the two parts add up"
    );
    // The pre-2019 classification of documents is not a count of applications.
    let t = "二、主动公开政府信息情况\n2020年制作、获取政府信息总数425条，其中主动公开政府信息148条，依申请公开信息数182条，不予公开信息数95条。";
    let rows = [
        (RequestRow::Received, 0),
        (O(Outcome::WithheldStateSecret), 0),
    ];
    assert!(check(&with_requests(t, &rows), requests).is_empty());
    // Another year's or several years' figures are not the table's.
    let t = "三、收到和处理政府信息公开申请情况\n近3年共受理政府信息公开申请9件。";
    assert!(check(&with_requests(t, &[(RequestRow::Received, 2)]), requests).is_empty());
}

fn with_appeals(text: &str, rec: u64, direct: u64, after: u64) -> AnnualReport {
    let mut r = crate::parse::parse(text).expect("text").report;
    let mut t = AppealsTable::default();
    t.set(
        AppealGroup::Reconsideration,
        AppealColumn::Total,
        Cell::Value(rec),
    );
    t.set(
        AppealGroup::LitigationDirect,
        AppealColumn::Total,
        Cell::Value(direct),
    );
    t.set(
        AppealGroup::LitigationAfterReconsideration,
        AppealColumn::Total,
        Cell::Value(after),
    );
    r.tables.appeals = Some(t);
    r
}

const APPEALS: &str = "四、政府信息公开行政复议、行政诉讼情况\n因依申请公开引发行政复议1起、行政诉讼1起，分别被驳回行政复议申请和裁定按照撤诉处理。";

#[test]
fn pro010_fires_when_the_appeals_table_differs() {
    let f = check(&with_appeals(APPEALS, 2, 1, 0), appeals);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("reconsiderations"));
    assert_eq!(f[0].expected, Some(2i128.into()));
}

#[test]
fn pro010_silent_when_both_blocks_add_up_to_the_lawsuits() {
    // One lawsuit after reconsideration, none direct: `行政诉讼1起` is both blocks together.
    assert!(check(&with_appeals(APPEALS, 1, 0, 1), appeals).is_empty());
    // A result (`行政复议纠正1件`) is not the number of reconsiderations.
    let t = "四、政府信息公开行政复议、行政诉讼情况\n行政复议纠正1件。";
    assert!(check(&with_appeals(t, 3, 0, 0), appeals).is_empty());
}

fn with_active(text: &str, issued: u64, in_force: u64) -> AnnualReport {
    let mut r = crate::parse::parse(text).expect("text").report;
    let mut t = ActiveTable::new(Template::Std2021);
    let row = ActiveRow::NormativeDocuments;
    t.set(
        row,
        ActiveColumn::Issued,
        ActiveCell::Count(Cell::Value(issued)),
    )
    .expect("issued");
    t.set(
        row,
        ActiveColumn::InForce,
        ActiveCell::Count(Cell::Value(in_force)),
    )
    .expect("in force");
    r.tables.active = Some(t);
    r
}

const ACTIVE: &str = "二、主动公开政府信息情况\n2023年，我局制定规范性文件5件，全部完成图文解读。全面梳理了我局现行有效的规范性文件16件。";

#[test]
fn pro011_fires_when_the_active_table_differs() {
    let f = check(&with_active(ACTIVE, 4, 16), active);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].expected, Some(4i128.into()));
    assert_eq!(f[0].actual, Some(5i128.into()));
    assert_eq!(check(&with_active(ACTIVE, 5, 15), active).len(), 1);
}

#[test]
fn pro011_silent_on_agreement_and_on_category_counts() {
    assert!(check(&with_active(ACTIVE, 5, 16), active).is_empty());
    // Items of a catalogue category are not documents issued.
    let t = "二、主动公开政府信息情况\n全年政府信息主动公开64条，其中政策及规范性文件类2条，其他类62条。";
    assert!(check(&with_active(t, 5, 16), active).is_empty());
}

#[test]
fn pro008_notes_a_processed_count_only_implied() {
    // `均按期予以办理答复`: all 4 answered, the table's （七） total is 0 — a note, not a warning.
    let t = "三、收到和处理政府信息公开申请情况\n2022年，我局共受理政务信息公开的申请4件，均按期予以办理答复。";
    let rows = [(RequestRow::Received, 4), (RequestRow::TotalProcessed, 0)];
    let f = check(&with_requests(t, &rows), requests);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info);
    let rows = [(RequestRow::Received, 4), (RequestRow::TotalProcessed, 4)];
    assert!(check(&with_requests(t, &rows), requests).is_empty());
}
