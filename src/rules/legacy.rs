//! Rules on the statistics table of pre-2019 reports (family `LEG`): its `其中` rows add up to
//! their totals, cumulative columns are not below the year's, the prose restates it with the
//! same values, and what its reader could not decode.
//!
//! A `其中` list can be partial (`其中：网站公开` with no other medium): its rows must not exceed
//! the total, and must reach it only when the list ends with an `其他` bucket. Media of
//! proactive disclosure may overlap (an item on the website and in the gazette), so there only
//! a single row above the total is an error. Every message says which reading was used.

use crate::finding::{ColumnId, Finding, Location, RowId};
use crate::report::{AnnualReport, Breakdown, Period, Span, StatisticsRow, StatisticsTable};
use crate::rules::{LEG001, LEG002};

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
pub(crate) fn at(row: &StatisticsRow, column: Option<Period>, span: Option<Span>) -> Location {
    let mut l = Location::row(RowId::Statistics(row.key()));
    l.column = column.map(ColumnId::from);
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
pub(crate) fn parts_add_up(report: &AnnualReport, out: &mut Vec<Finding>) {
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
                    None if matches!(c, Some(crate::report::Cell::Invalid(_))) => unreadable = true,
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
                Finding::of(&LEG001, at(total_row, t.columns.get(j).map(|c| c.period), span))
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
pub(crate) fn cumulative_not_below(report: &AnnualReport, out: &mut Vec<Finding>) {
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
                    Finding::of(&LEG002, at(r, Some(ca.period), span))
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

#[cfg(test)]
#[path = "legacy_tests.rs"]
mod tests;
