//! Tests of the `LEG` rules: each fires on a bad table or sentence and stays silent on a good one.

use crate::law::ReportFormat;
use crate::parse::{parse_with, ParseOptions};
use crate::rules::{check, Finding, Severity};

/// Parses `text` as a pre-2019 report and returns the findings of `code` (parser
/// diagnostics included).
fn findings(text: &str, code: &str) -> Vec<Finding> {
    let parsed =
        parse_with(text, &ParseOptions::with_format(ReportFormat::Legacy)).expect("parses");
    let mut all = parsed.diagnostics;
    all.extend(check(&parsed.report));
    all.into_iter().filter(|f| f.rule == code).collect()
}

const HEAD: &str = "2018年政府信息公开工作年度报告\n附表 指标名称 单位 2018年 历年累计 ";

#[test]
fn leg001_fires_when_parts_exceed_the_total() {
    // 平潭 2018 (flat 0026): 历年累计 答复总数 1, but 同意公开 1 + 其他类型 1.
    let text = format!(
        "{HEAD}对申请的答复总数 条 0 1 其中：1.同意公开答复数 条 0 1 2.同意部分公开答复数 条 0 0 \
         3.不予公开答复数 条 0 0 4.其他类型答复数 条 0 1 行政复议数 条 0 0"
    );
    let f = findings(&text, "LEG001");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(f[0].location.row_id(), Some("replies"));
    assert_eq!(f[0].location.column_id(), Some("cumulative"));
    assert_eq!(
        (f[0].expected.clone(), f[0].actual.clone()),
        (Some(1u64.into()), Some(2i128.into()))
    );
    assert!(
        f[0].message.contains("whatever the list's scope"),
        "{}",
        f[0].message
    );
    assert!(f[0]
        .evidence
        .as_deref()
        .unwrap_or("")
        .starts_with("对申请的答复总数 条 0 1"));
}

#[test]
fn leg001_fires_on_a_complete_list_short_of_its_total() {
    // An 其他 bucket makes the channel list complete: 3 + 1 + 0 is not 5.
    let text = format!(
        "{HEAD}受理政府信息公开申请总数 件 5 9 其中：1.当面申请数 件 3 5 2.网络申请数 件 1 3 \
         3.其他形式申请数 件 0 1 行政诉讼数 件 0 0"
    );
    let f = findings(&text, "LEG001");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].location.column_id(), Some("current"));
    assert!(
        f[0].message.contains("read as complete"),
        "{}",
        f[0].message
    );
}

#[test]
fn leg001_silent_on_partial_lists_overlapping_media_and_consistent_sums() {
    // No 其他 bucket: 2 of 5 applications by the channels listed is a partial list. Media may
    // overlap: website 6 and gazette 2 of 6 items is fine.
    let text = format!(
        "{HEAD}主动公开信息数 条 6 10 其中：1.网站公开 条 6 10 2.政府公报公开 条 2 2 \
         受理政府信息公开申请总数 件 5 9 其中：1.当面申请数 件 1 5 2.网络申请数 件 1 3 \
         对申请的答复总数 件 5 9 其中：1.同意公开答复数 件 4 8 2.其他类型答复数 件 1 1"
    );
    assert!(findings(&text, "LEG001").is_empty());
}

#[test]
fn leg001_fires_on_a_medium_above_the_total() {
    let text =
        format!("{HEAD}主动公开信息数 条 6 10 其中：1.网站公开 条 7 10 2.政府公报公开 条 0 0");
    let f = findings(&text, "LEG001");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("media may overlap"));
}

#[test]
fn leg002_fires_when_cumulative_is_below_the_year() {
    let text = format!("{HEAD}主动公开信息数 条 94 76 其中：1.网站公开 条 94 76 行政复议数 件 0 0");
    let f = findings(&text, "LEG002");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[0].location.column_id(), Some("cumulative"));
    assert_eq!(
        (f[0].expected.clone(), f[0].actual.clone()),
        (Some(94u64.into()), Some(76u64.into()))
    );
}

#[test]
fn leg002_silent_when_cumulative_holds_the_year_or_no_period_is_known() {
    let text = format!("{HEAD}主动公开信息数 条 94 765 行政复议数 件 0 0");
    assert!(findings(&text, "LEG002").is_empty());
    // Without a header the columns' periods are unknown: nothing is assumed.
    let text = "附表 主动公开信息数 条 94 76 行政复议数 件 0 0";
    assert!(findings(text, "LEG002").is_empty());
}

#[test]
fn leg003_fires_on_prose_restating_a_row_differently() {
    // The year: 5 applications in the prose, 3 in the table's 2018 column.
    let text = format!(
        "三、依申请公开政府信息情况\n2018年共受理政府信息公开申请5件。\n{HEAD}受理政府信息公开申请总数 件 3 9 行政复议数 件 0 0"
    );
    let f = findings(&text, "LEG003");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].location.row_id(), Some("applications"));
    assert_eq!(f[0].expected, Some(3u64.into()));
    // A three-year count above the cumulative one.
    let text = format!(
        "三、依申请公开政府信息情况\n近3年共受理政府信息公开申请12件。\n{HEAD}受理政府信息公开申请总数 件 3 9 行政复议数 件 0 0"
    );
    let f = findings(&text, "LEG003");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].location.column_id(), Some("cumulative"));
    assert!(f[0].message.contains("at most"), "{}", f[0].message);
    // A nil statement against a table that counts some.
    let text = format!(
        "四、复议诉讼情况\n2018年，我局没有发生行政复议案件。\n{HEAD}受理政府信息公开申请总数 件 3 9 行政复议数 件 1 1"
    );
    assert_eq!(findings(&text, "LEG003").len(), 1);
}

#[test]
fn leg003_silent_on_like_figures_and_on_unlike_periods_that_fit() {
    // 近3年 2 within 历年累计 2 and above the year's 0 (flat 0026's consistent pair); the year's
    // figure equal; a sentence dated to another year is not compared.
    let text = format!(
        "三、依申请公开政府信息情况\n近3年共受理政府信息公开申请2件。2018年共受理政府信息公开申请0件。\
         2016年共受理政府信息公开申请7件。\n{HEAD}受理政府信息公开申请总数 件 0 2 行政复议数 件 0 0"
    );
    assert!(findings(&text, "LEG003").is_empty());
    // Without a table there is nothing to compare.
    let text = "三、依申请公开政府信息情况\n2018年共受理政府信息公开申请5件。";
    assert!(findings(text, "LEG003").is_empty());
}

#[test]
fn leg004_fires_on_an_ambiguous_run_and_leaves_the_cells_blank() {
    // 94765 under (2018年, 历年累计): 9|4765 or 94|765, and the parts cannot tell.
    let text = format!(
        "{HEAD}主动公开文件数 条 94765 其中：1.政府网站公开数 条 94765 2.政府公报公开数 条 00"
    );
    let f = findings(&text, "LEG004");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(
        f[0].message.contains("[9 | 4765] or [94 | 765]"),
        "{}",
        f[0].message
    );
}

#[test]
fn leg004_silent_when_the_sums_decide() {
    // The gazette row (0|0) and the website row (94|765 by its own spaces) fix the total.
    let text = format!(
        "{HEAD}主动公开文件数 条 94765 其中：1.政府网站公开数 条 94 765 2.其他公开数 条 00"
    );
    assert!(findings(&text, "LEG004").is_empty());
}

#[test]
fn leg005_fires_on_rows_that_do_not_fit_the_columns() {
    let text = format!("{HEAD}主动公开信息数 条 6 受理政府信息公开申请总数 件 1 2 3");
    let f = findings(&text, "LEG005");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message
            .contains("主动公开信息数, 受理政府信息公开申请总数"),
        "{}",
        f[0].message
    );
}

#[test]
fn leg005_silent_on_a_table_that_fits() {
    let text = format!("{HEAD}主动公开信息数 条 6 8 受理政府信息公开申请总数 件 1 2");
    assert!(findings(&text, "LEG005").is_empty());
}
