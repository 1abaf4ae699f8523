//! Cases on pre-2019 reports with a statistics table (附表): LEG (its sums, its cumulative
//! columns, prose restating it, reading it) and XYR006 (cumulative columns across years).
//! Inputs are those of src/rules/legacy_tests.rs and src/aggregate/cumulative.rs.

use zfxxgk::aggregate::check_series;
use zfxxgk::finding::Finding;
use zfxxgk::parse::{parse_with, ParseOptions};
use zfxxgk::{AnnualReport, ReportFormat};

const HEAD: &str = "2018年政府信息公开工作年度报告\n附表 指标名称 单位 2018年 历年累计 ";

fn legacy(text: &str) -> zfxxgk::parse::ParsedReport {
    parse_with(text, &ParseOptions::with_format(ReportFormat::Legacy)).expect("parses")
}

/// Parser diagnostics and rule findings of a text read as a pre-2019 report.
fn audit_legacy(text: &str) -> Vec<Finding> {
    let parsed = legacy(text);
    let mut all = parsed.diagnostics;
    all.extend(zfxxgk::rules::check(&parsed.report));
    all
}

pub fn leg001_fires() -> Vec<Finding> {
    // 历年累计 答复总数 1, but 同意公开 1 + 其他类型 1 (flat 0026's table).
    audit_legacy(&format!(
        "{HEAD}对申请的答复总数 条 0 1 其中：1.同意公开答复数 条 0 1 2.同意部分公开答复数 条 0 0 \
         3.不予公开答复数 条 0 0 4.其他类型答复数 条 0 1 行政复议数 条 0 0"
    ))
}
pub fn leg001_silent() -> Vec<Finding> {
    audit_legacy(&format!(
        "{HEAD}对申请的答复总数 条 0 2 其中：1.同意公开答复数 条 0 1 2.同意部分公开答复数 条 0 0 \
         3.不予公开答复数 条 0 0 4.其他类型答复数 条 0 1 行政复议数 条 0 0"
    ))
}

pub fn leg002_fires() -> Vec<Finding> {
    audit_legacy(&format!("{HEAD}主动公开信息数 条 94 76 行政复议数 件 0 0"))
}
pub fn leg002_silent() -> Vec<Finding> {
    audit_legacy(&format!("{HEAD}主动公开信息数 条 94 765 行政复议数 件 0 0"))
}

pub fn leg003_fires() -> Vec<Finding> {
    audit_legacy(&format!(
        "三、依申请公开政府信息情况\n2018年共受理政府信息公开申请5件。\n{HEAD}受理政府信息公开申请总数 件 3 9 行政复议数 件 0 0"
    ))
}
pub fn leg003_silent() -> Vec<Finding> {
    audit_legacy(&format!(
        "三、依申请公开政府信息情况\n2018年共受理政府信息公开申请3件。\n{HEAD}受理政府信息公开申请总数 件 3 9 行政复议数 件 0 0"
    ))
}

pub fn leg004_fires() -> Vec<Finding> {
    // 94765 under (2018年, 历年累计): 9|4765 or 94|765, and the parts cannot tell.
    legacy(&format!(
        "{HEAD}主动公开文件数 条 94765 其中：1.政府网站公开数 条 94765 2.政府公报公开数 条 00"
    ))
    .diagnostics
}
pub fn leg004_silent() -> Vec<Finding> {
    // The website row's own spaces (94 765) decide the total's split.
    legacy(&format!(
        "{HEAD}主动公开文件数 条 94765 其中：1.政府网站公开数 条 94 765 2.其他公开数 条 00"
    ))
    .diagnostics
}

pub fn leg005_fires() -> Vec<Finding> {
    legacy(&format!(
        "{HEAD}主动公开信息数 条 6 受理政府信息公开申请总数 件 1 2 3"
    ))
    .diagnostics
}
pub fn leg005_silent() -> Vec<Finding> {
    legacy(&format!(
        "{HEAD}主动公开信息数 条 6 8 受理政府信息公开申请总数 件 1 2"
    ))
    .diagnostics
}

/// One agency's report on `year` with a 附表 of (year, 历年累计) columns.
fn with_table(year: i32, proactive: (u64, u64)) -> AnnualReport {
    let text = format!(
        "{year}年政府信息公开工作年度报告\n附表 指标名称 单位 {year}年 历年累计 \
         主动公开信息数 条 {} {} 受理政府信息公开申请总数 件 0 2",
        proactive.0, proactive.1
    );
    let mut r = legacy(&text).report;
    r.meta.year = Some(year);
    r.meta.agency = Some("测试局".into());
    r
}

pub fn xyr006_fires() -> Vec<Finding> {
    // 2017: 671 cumulative; 2018 adds 94, so 765 — the table says 760.
    check_series(&[&with_table(2017, (80, 671)), &with_table(2018, (94, 760))])
}
pub fn xyr006_silent() -> Vec<Finding> {
    check_series(&[&with_table(2017, (80, 671)), &with_table(2018, (94, 765))])
}
