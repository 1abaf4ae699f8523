//! The statistics-table reader's diagnostics (`LEG004`, `LEG005`, declared with the parser's
//! other reading rules in `parse/reading.rs`).

use crate::finding::{Finding, Location, RowId, Status, TableId};
use crate::parse::reading::{LEG004, LEG005};
use crate::report::Span;

/// LEG004: a row whose run-together cells split in more than one way.
pub(crate) fn ambiguous_row(
    key: &str,
    label: &str,
    candidates: &[String],
    span: Span,
    evidence: String,
) -> Finding {
    let mut loc = Location::row(RowId::Statistics(key.to_string()));
    loc.span = Some(span);
    Finding::of(&LEG004, loc)
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
    Finding::of(&LEG005, loc)
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
