//! Cross-year and summary rules (family `XYR`), run by [`crate::aggregate`] because they need
//! more than one report. Their tests live in `src/aggregate/crossyear.rs`,
//! `src/aggregate/cumulative.rs` and `src/aggregate/summary.rs`.

use crate::law::{ArticleRef, Edition};
use crate::rules::finding::Severity;
use crate::rules::{Basis, Check, Identity, Rule};

/// The rules of this family.
pub(crate) const RULES: &[Rule] = &[
    Rule::new(
        "XYR001",
        "carry_over_between_years",
        Severity::Warning,
        &[Basis::Identity(Identity::S1)],
        "per §3 column: carried_forward of year t = carried_in of year t+1 (same agency)",
        "§3表每列：本年度“结转下年度继续办理”应等于下一年度“上年结转政府信息公开申请数量”",
        Check::External("aggregate"),
    ),
    Rule::new(
        "XYR002",
        "in_force_stock_flow",
        Severity::Warning,
        &[Basis::Identity(Identity::S2)],
        "2021 §2 (一) block: in_force(t) ≈ in_force(t−1) + issued(t) − repealed(t); the difference is reported",
        "2021年格式§2表第二十条第（一）项：现行有效件数约等于上年现行有效件数加本年制发件数减本年废止件数",
        Check::External("aggregate"),
    ),
    Rule::new(
        "XYR003",
        "item_count_carry_over",
        Severity::Warning,
        &[Basis::Identity(Identity::S4)],
        "2019 §2 (五)(六)(八) blocks: previous_items of year t+1 = previous_items + change of year t",
        "2019年格式§2表第（五）（六）（八）项：下一年度“上一年项目数量”应等于本年度“上一年项目数量”加“本年增/减”",
        Check::External("aggregate"),
    ),
    Rule::new(
        "XYR004",
        "series_year_gap",
        Severity::Info,
        &[Basis::Article(ArticleRef::new(Edition::V2019, 49))],
        "a series of one agency's reports misses a year or has two reports for one year",
        "同一机关的年度报告序列缺少某一年度，或同一年度有多份报告",
        Check::External("aggregate"),
    ),
    Rule::new(
        "XYR005",
        "summary_differs_from_parts",
        Severity::Warning,
        &[Basis::Format],
        "a report marked as the summary of other reports (本级汇总) differs from the sum of their cells",
        "标为汇总的报告中的数据与各组成报告对应数据之和不一致",
        Check::External("aggregate"),
    ),
    Rule::new(
        "XYR006",
        "statistics_cumulative_carry",
        Severity::Warning,
        &[Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        "pre-2019 statistics tables: the cumulative column (历年累计) of year t = that of year t−1 + year t's column, per row",
        "2019年以前统计表：本年度“历年累计”数应等于上一年度“历年累计”数加本年度数",
        Check::External("aggregate"),
    ),
];
