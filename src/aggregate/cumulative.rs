//! Cross-year rule on the statistics tables of pre-2019 reports (`XYR006`): the cumulative
//! column (`历年累计`) of year t is the cumulative column of year t−1 plus year t's column.

use crate::aggregate::XYR006;
use crate::finding::{Finding, Location, RowId, Severity, Status, TableId};
use crate::law::ReportFormat;
use crate::report::{AnnualReport, Period, StatisticsRow, StatisticsTable};
use crate::text::label_key;

fn table(r: &AnnualReport) -> Option<&StatisticsTable> {
    r.legacy.as_ref()?.table.as_ref()
}

/// The row of `t` that is `row` of another year's table: same indicator, or for rows without
/// one the same label key.
fn same_row<'a>(t: &'a StatisticsTable, row: &StatisticsRow) -> Option<&'a StatisticsRow> {
    match row.indicator {
        Some(i) => t.row(i),
        None => {
            let k = label_key(&row.label);
            t.rows
                .iter()
                .find(|r| r.indicator.is_none() && label_key(&r.label) == k)
        }
    }
}

/// XYR006: 历年累计(t) = 历年累计(t−1) + 本年度(t), per row both tables have.
pub(crate) fn cumulative_carries(
    a: &AnnualReport,
    b: &AnnualReport,
    y0: i32,
    y1: i32,
    who: &str,
    out: &mut Vec<Finding>,
) {
    if a.meta.format != ReportFormat::Legacy || b.meta.format != ReportFormat::Legacy {
        return;
    }
    let (Some(ta), Some(tb)) = (table(a), table(b)) else {
        return;
    };
    let (Some(ca), Some(cb), Some(yb)) = (
        ta.column(Period::Cumulative),
        tb.column(Period::Cumulative),
        tb.year_column(),
    ) else {
        return;
    };
    let mut blank: Vec<&str> = Vec::new();
    for rb in &tb.rows {
        let Some(ra) = same_row(ta, rb) else { continue };
        let (Some(prev), Some(add), Some(now)) = (ra.value(ca), rb.value(yb), rb.value(cb)) else {
            blank.push(&rb.label);
            continue;
        };
        let expected = u128::from(prev) + u128::from(add);
        if expected == u128::from(now) {
            continue;
        }
        let diff = i128::from(now) - i128::try_from(expected).unwrap_or(i128::MAX);
        let mut loc = Location::row(RowId::Statistics(rb.key())).with_column(Period::Cumulative);
        loc.span = rb.cells.get(cb).and_then(|c| c.span);
        out.push(
            Finding::of(&XYR006, loc)
                .message(
                    format!(
                        "{who}, {}: the cumulative figure of {y1} is {now}, but {prev} ({y0}) + {add} ({y1}) = {expected} (difference {diff})",
                        rb.label
                    ),
                    format!(
                        "{who}，“{}”：{y1}年历年累计为{now}，按{y0}年历年累计{prev}加{y1}年{add}应为{expected}（差{diff}）",
                        rb.label
                    ),
                )
                .expected(i128::try_from(expected).unwrap_or(i128::MAX))
                .actual(now),
        );
    }
    if !blank.is_empty() {
        out.push(
            Finding::of(&XYR006, Location::table(TableId::Statistics)).lowered(Severity::Info)
                .status(Status::NotAssessable)
                .message(
                    format!(
                        "{who}: cumulative {y0}→{y1} not assessable for {}, a cell is blank or unreadable",
                        blank.join(", ")
                    ),
                    format!("{who}：{}的{y0}—{y1}年历年累计单元格空白或无法识别，无法核对", blank.join("、")),
                ),
        );
    }
}
