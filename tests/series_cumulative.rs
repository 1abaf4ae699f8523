//! XYR006 across consecutive pre-2019 reports: 历年累计(t) = 历年累计(t−1) + 本年度(t), read
//! from the statistics tables of the reports' text.

use zfxxgk::aggregate::check_series;
use zfxxgk::finding::{Finding, Status};
use zfxxgk::parse::{parse_with, ParseOptions};
use zfxxgk::{AnnualReport, ReportFormat};

fn report(year: i32, proactive: (u64, u64), applications: (u64, u64)) -> AnnualReport {
    let text = format!(
        "{year}年政府信息公开工作年度报告\n附表 指标名称 单位 {year}年 历年累计 \
         主动公开信息数 条 {} {} 受理政府信息公开申请总数 件 {} {}",
        proactive.0, proactive.1, applications.0, applications.1
    );
    let mut r = parse_with(&text, &ParseOptions::with_format(ReportFormat::Legacy))
        .unwrap()
        .report;
    r.meta.year = Some(year);
    r
}

fn violated(f: &[Finding]) -> Vec<&Finding> {
    f.iter()
        .filter(|x| x.rule == "XYR006" && x.status == Status::Violated)
        .collect()
}

#[test]
fn xyr006_fires_when_the_cumulative_figure_does_not_carry() {
    // 2017: 671 cumulative; 2018: 94 more, so 765 — the table says 760.
    let a = report(2017, (80, 671), (1, 2));
    let b = report(2018, (94, 760), (0, 2));
    let f = check_series(&[&b, &a]);
    let v = violated(&f);
    assert_eq!(v.len(), 1, "{f:?}");
    assert_eq!(v[0].location.row_id(), Some("proactive"));
    assert_eq!(v[0].expected, Some(765i128.into()));
    assert_eq!(v[0].actual, Some(760u64.into()));
    assert!(v[0].message.contains("difference -5"), "{}", v[0].message);
}

#[test]
fn xyr006_silent_when_it_carries_or_the_years_are_not_consecutive() {
    let a = report(2017, (80, 671), (1, 2));
    let b = report(2018, (94, 765), (0, 2));
    assert!(violated(&check_series(&[&a, &b])).is_empty());
    let c = report(2020, (5, 1), (0, 0));
    assert!(violated(&check_series(&[&a, &c])).is_empty());
}
