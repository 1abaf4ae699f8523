//! The rules aggregation fires (family `XYR`): cross-year identities and summary-vs-parts,
//! which need more than one report. Their checks live in `crossyear.rs` and `summary.rs`.

use crate::finding::{rule_table, Basis, Check, Identity};
use crate::law::{ArticleRef, Edition};

rule_table! {
    XYR001 {
        name: "carry_over_between_years",
        severity: Warning,
        basis: [Basis::Identity(Identity::S1)],
        summary: "per §3 column: carried_forward of year t = carried_in of year t+1 (same agency)",
        summary_zh: "§3表每列：本年度“结转下年度继续办理”应等于下一年度“上年结转政府信息公开申请数量”",
        check: Check::External("aggregate"),
    }
    XYR002 {
        name: "in_force_stock_flow",
        severity: Warning,
        basis: [Basis::Identity(Identity::S2)],
        summary: "2021 §2 (一) block: in_force(t) ≈ in_force(t−1) + issued(t) − repealed(t); the difference is reported",
        summary_zh: "2021年格式§2表第二十条第（一）项：现行有效件数约等于上年现行有效件数加本年制发件数减本年废止件数",
        check: Check::External("aggregate"),
    }
    XYR003 {
        name: "item_count_carry_over",
        severity: Warning,
        basis: [Basis::Identity(Identity::S4)],
        summary: "2019 §2 (五)(六)(八) blocks: previous_items of year t+1 = previous_items + change of year t",
        summary_zh: "2019年格式§2表第（五）（六）（八）项：下一年度“上一年项目数量”应等于本年度“上一年项目数量”加“本年增/减”",
        check: Check::External("aggregate"),
    }
    XYR004 {
        name: "series_year_gap",
        severity: Info,
        basis: [Basis::Article(ArticleRef::new(Edition::V2019, 49))],
        summary: "a series of one agency's reports misses a year or has two reports for one year",
        summary_zh: "同一机关的年度报告序列缺少某一年度，或同一年度有多份报告",
        check: Check::External("aggregate"),
    }
    XYR005 {
        name: "summary_differs_from_parts",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a report marked as the summary of other reports (本级汇总) differs from the sum of their cells",
        summary_zh: "标为汇总的报告中的数据与各组成报告对应数据之和不一致",
        check: Check::External("aggregate"),
    }
    XYR006 {
        name: "statistics_cumulative_carry",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "pre-2019 statistics tables: the cumulative column (历年累计) of year t = that of year t−1 + year t's column, per row",
        summary_zh: "2019年以前统计表：本年度“历年累计”数应等于上一年度“历年累计”数加本年度数",
        check: Check::External("aggregate"),
    }
}
