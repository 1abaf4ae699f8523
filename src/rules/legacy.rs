//! Rules on the statistics table of pre-2019 reports (family `LEG`): its `其中` rows add up to
//! their totals, cumulative columns are not below the year's, the prose restates it with the
//! same values, and what its reader could not decode.
//!
//! A `其中` list can be partial (`其中：网站公开` with no other medium): its rows must not exceed
//! the total, and must reach it only when the list ends with an `其他` bucket. Media of
//! proactive disclosure may overlap (an item on the website and in the gazette), so there only
//! a single row above the total is an error. Every message says which reading was used.

use crate::law::{ArticleRef, Edition};
use crate::report::{AnnualReport, Breakdown, Span, StatisticsRow, StatisticsTable};
use crate::rules::finding::{Finding, Location, Severity, Status, TableId};
use crate::rules::{Basis, Check, Identity, Rule};

const A2008_32: ArticleRef = ArticleRef::new(Edition::V2008, 32);

/// The rules of this family.
pub(crate) const RULES: &[Rule] = &[
    Rule::new(
        "LEG001",
        "statistics_parts_do_not_add_up",
        Severity::Error,
        &[Basis::Article(A2008_32)],
        "in the pre-2019 statistics table, the 其中 rows of a total do not exceed it, and add up to it when the list ends with an 其他 bucket",
        "政府信息公开情况统计表中“其中”各项之和不得超过总数；列有“其他”项时应等于总数",
        Check::Report(parts_add_up),
    ),
    Rule::new(
        "LEG002",
        "statistics_cumulative_below_year",
        Severity::Error,
        &[Basis::Article(A2008_32)],
        "in the pre-2019 statistics table, a cumulative column (历年累计, 本年累计) is not below the year's or the period's",
        "政府信息公开情况统计表中“历年累计”（“本年累计”）数不得小于本年度（本期）数",
        Check::Report(cumulative_not_below),
    ),
    Rule::new(
        "LEG003",
        "prose_restates_statistics_differently",
        Severity::Warning,
        &[Basis::Article(A2008_32), Basis::Identity(Identity::S6)],
        "a prose figure restating a row of the pre-2019 statistics table agrees with it (like periods equal; a this-year or a multi-year figure within the cumulative one)",
        "正文中与统计表同一指标的数字应与表中一致（同期相等；本年或近几年数不超过历年累计数）",
        Check::Report(crate::rules::legacy_prose::prose_vs_statistics),
    ),
    Rule::new(
        "LEG004",
        "statistics_run_together_ambiguous",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "cells of the statistics table run together split in more than one way that the table's sums allow; the cells keep the digits as unreadable text and the candidates are listed",
        "统计表数字连写且有多种拆分均符合表内勾稽关系，无法确定，相关单元格保留原文（不可识别）并列出候选拆分",
        Check::External("parse"),
    ),
    Rule::new(
        "LEG005",
        "statistics_row_cell_count",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "rows of the statistics table have more or fewer values than the table has columns; their values were placed from the left",
        "统计表某些行的数值个数与列数不符，已从左到右填入",
        Check::External("parse"),
    ),
];

/// A row as printed: label, unit and cells (`对申请的答复总数 条 0 1`).
pub(crate) fn row_text(r: &StatisticsRow) -> String {
    let mut s = r.label.clone();
    if let Some(u) = &r.unit {
        s.push(' ');
        s.push_str(u);
    }
    for c in &r.cells {
        s.push(' ');
        s.push_str(&c.value.to_string());
    }
    s
}

/// A location in the statistics table.
pub(crate) fn at(row: &StatisticsRow, column: Option<&str>, span: Option<Span>) -> Location {
    let mut l = Location::row(TableId::Statistics, &row.key());
    l.column = column.map(str::to_string);
    l.span = span.or(row.span);
    l
}

/// The header of column `j` for messages (`历年累计`, or the period's label when unprinted).
pub(crate) fn header(t: &StatisticsTable, j: usize) -> String {
    t.columns.get(j).map_or_else(String::new, |c| {
        if c.header.is_empty() {
            c.period.label().to_string()
        } else {
            c.header.clone()
        }
    })
}

fn table(report: &AnnualReport) -> Option<&StatisticsTable> {
    report.legacy.as_ref()?.table.as_ref()
}

/// LEG001: the `其中` rows of each total against it, per column.
fn parts_add_up(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = table(report) else { return };
    for (i, total_row) in t.rows.iter().enumerate() {
        let kids = t.children(i);
        if kids.is_empty() {
            continue;
        }
        let overlapping = total_row
            .indicator
            .is_some_and(|x| x.breakdown() == Breakdown::Overlapping);
        let bucket = kids.iter().any(|&k| t.rows[k].is_other_bucket());
        let evidence: Vec<String> = std::iter::once(i)
            .chain(kids.iter().copied())
            .map(|k| row_text(&t.rows[k]))
            .collect();
        for j in 0..t.columns.len() {
            let Some(total) = total_row.value(j) else {
                continue;
            };
            let mut parts: Vec<u64> = Vec::new();
            let mut blank: Vec<&str> = Vec::new();
            let mut unreadable = false;
            for &k in &kids {
                let c = t.rows[k].cells.get(j).map(|c| &c.value);
                match c.and_then(|c| c.get()) {
                    Some(v) => parts.push(v),
                    None if matches!(c, Some(crate::Cell::Invalid(_))) => unreadable = true,
                    None => {
                        parts.push(0);
                        blank.push(&t.rows[k].label);
                    }
                }
            }
            if unreadable || blank.len() == kids.len() {
                continue;
            }
            let sum: u128 = parts.iter().map(|v| u128::from(*v)).sum();
            let big = parts.iter().copied().max().unwrap_or(0);
            let t128 = u128::from(total);
            let (bad, reading_en, reading_zh) = if overlapping {
                if big > total {
                    (true, "a part exceeds the total (media may overlap, but no medium can carry more items than were disclosed)", "单项超过总数（公开渠道可以重叠，但任一渠道不能多于公开总数）")
                } else if bucket && sum < t128 {
                    (
                        true,
                        "the list ends with an 其他 bucket, so every item is in some row",
                        "列有“其他”项，各项应覆盖全部",
                    )
                } else {
                    (false, "", "")
                }
            } else if sum > t128 {
                (true, "the parts exceed the total whatever the list's scope (each unit is counted in one row)", "各项之和超过总数（无论所列是否完整）")
            } else if bucket && sum < t128 {
                (
                    true,
                    "the list ends with an 其他 bucket, so it is read as complete",
                    "列有“其他”项，视为完整列举",
                )
            } else {
                (false, "", "")
            };
            if !bad {
                continue;
            }
            let blanks = if blank.is_empty() {
                String::new()
            } else {
                format!("; blank rows read as 0: {}", blank.join(", "))
            };
            let terms: Vec<String> = parts.iter().map(u64::to_string).collect();
            let col = header(t, j);
            let span = total_row.cells.get(j).and_then(|c| c.span);
            out.push(
                Finding::new("LEG001", Severity::Error, at(total_row, t.columns.get(j).map(|c| c.id()), span))
                    .message(
                        format!(
                            "statistics table, {} ({col}): the 其中 rows give {} = {sum}, the total is {total}; {reading_en}{blanks}",
                            total_row.label,
                            terms.join(" + ")
                        ),
                        format!(
                            "统计表“{}”（{col}）：其中各项为{}={sum}，总数为{total}；{reading_zh}",
                            total_row.label,
                            terms.join("+")
                        ),
                    )
                    .expected(total)
                    .actual(if overlapping && big > total && sum <= t128 { i128::from(big) } else { i128::try_from(sum).unwrap_or(i128::MAX) })
                    .evidence(evidence.join(" ")),
            );
        }
    }
}

/// LEG002: a cumulative column is not below the column it contains.
fn cumulative_not_below(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = table(report) else { return };
    for r in &t.rows {
        for (a, ca) in t.columns.iter().enumerate() {
            for (b, cb) in t.columns.iter().enumerate() {
                if !ca.period.contains(cb.period) {
                    continue;
                }
                let (Some(x), Some(y)) = (r.value(a), r.value(b)) else {
                    continue;
                };
                if x >= y {
                    continue;
                }
                let (ha, hb) = (header(t, a), header(t, b));
                let span = r.cells.get(a).and_then(|c| c.span);
                out.push(
                    Finding::new("LEG002", Severity::Error, at(r, Some(ca.id()), span))
                        .message(
                            format!("statistics table, {}: {ha} is {x}, below {hb} {y}, which it includes", r.label),
                            format!("统计表“{}”：{ha}为{x}，小于其所含的{hb}{y}", r.label),
                        )
                        .expected(y)
                        .actual(x)
                        .evidence(row_text(r)),
                );
            }
        }
    }
}

/// LEG004: a row whose run-together cells split in more than one way.
pub(crate) fn ambiguous_row(
    key: &str,
    label: &str,
    candidates: &[String],
    span: Span,
    evidence: String,
) -> Finding {
    let mut loc = Location::row(TableId::Statistics, key);
    loc.span = Some(span);
    Finding::new("LEG004", Severity::Warning, loc)
        .status(Status::NotAssessable)
        .message(
            format!(
                "statistics table, {label}: the digits run together split as [{}], all allowed by the table's sums; the cells keep the digits unread",
                candidates.join("] or [")
            ),
            format!(
                "统计表“{label}”：数字连写，可拆分为[{}]，均符合表内关系，无法确定，保留原文不作识别",
                candidates.join("]或[")
            ),
        )
        .evidence(evidence)
}

/// LEG005: rows whose values do not fit the columns, as (label, text, span).
pub(crate) fn misfit_rows(ncols: usize, rows: &[(String, String, Span)]) -> Finding {
    let labels: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let mut loc = Location::table(TableId::Statistics);
    loc.span = rows.first().map(|r| r.2);
    Finding::new("LEG005", Severity::Warning, loc)
        .message(
            format!(
                "statistics table ({ncols} value columns): the values of {} do not fit the columns; placed from the left",
                labels.join(", ")
            ),
            format!("统计表（{ncols}个数值列）：{}的数值个数与列数不符，已从左到右填入", labels.join("、")),
        )
        .expected(ncols as u64)
        .evidence(rows.iter().map(|r| r.1.as_str()).collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
#[path = "legacy_tests.rs"]
mod tests;
