//! Summary reports (`本级汇总`): a report that claims to be the sum of other reports is checked
//! against the rollup of those reports.

use crate::aggregate::rollup::Rollup;
use crate::aggregate::XYR005;
use crate::applicant::RequestColumn;
use crate::finding::{Finding, Location, Quantity};
use crate::report::{ActiveCell, AnnualReport, AppealColumn, AppealGroup, Cell, CellRef};

/// What a report is in a rollup.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{Role, RollupInput};
/// use zfxxgk::{AnnualReport, ReportFormat};
/// let r = AnnualReport::new(ReportFormat::Std2021);
/// assert_eq!(Role::default(), Role::Part);
/// assert_eq!(RollupInput::summary(&r).role, Role::Summary);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Role {
    /// An ordinary report: it is summed.
    #[default]
    Part,
    /// A report that claims to be the sum of the parts (`本级汇总`): it is not summed but
    /// checked against the sum of the parts.
    Summary,
}

impl Role {
    /// The id (`part`, `summary`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::aggregate::Role::Summary.id(), "summary");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Role::Part => "part",
            Role::Summary => "summary",
        }
    }

    /// In Chinese: a report summed (`汇总对象`) or the summary of the parts (`本级汇总`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::aggregate::Role::Summary.label(), "本级汇总");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Role::Part => "汇总对象",
            Role::Summary => "本级汇总",
        }
    }
}

crate::vocab::vocabulary!(Role, "rollup role", [Part, Summary]);

/// One input of [`rollup_with_summaries`].
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{rollup_with_summaries, Role, RollupInput};
/// use zfxxgk::{AnnualReport, ReportFormat};
/// let r = AnnualReport::new(ReportFormat::Std2021);
/// let inputs = [RollupInput::part(&r), RollupInput::summary(&r)];
/// assert_eq!(inputs[0].role, Role::Part);
/// assert_eq!(rollup_with_summaries(&inputs).0.reports(), 1); // the summary is not summed
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct RollupInput<'a> {
    /// The report.
    pub report: &'a AnnualReport,
    /// Whether it is a part or a summary.
    pub role: Role,
}

impl<'a> RollupInput<'a> {
    /// A part.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::{Role, RollupInput};
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// let r = AnnualReport::new(ReportFormat::Std2021);
    /// assert_eq!(RollupInput::part(&r).role, Role::Part);
    /// ```
    pub fn part(report: &'a AnnualReport) -> RollupInput<'a> {
        RollupInput {
            report,
            role: Role::Part,
        }
    }

    /// A summary of the parts.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::{Role, RollupInput};
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// let r = AnnualReport::new(ReportFormat::Std2021);
    /// assert_eq!(RollupInput::summary(&r).role, Role::Summary);
    /// ```
    pub fn summary(report: &'a AnnualReport) -> RollupInput<'a> {
        RollupInput {
            report,
            role: Role::Summary,
        }
    }
}

/// Rolls up the parts and checks every summary against their sum.
///
/// Rule `XYR005` (warning): every cell of a summary that holds a value and whose summed
/// counterpart holds a value must equal it; the finding points at the summary's cell with the
/// sum of the parts as `expected` and the summary's value as `actual`. A blank, `/` or
/// unreadable cell on either side is not compared. §2 money cells are compared when both sides
/// have the same unit.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{rollup_with_summaries, RollupInput};
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// let mut part = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = AppealsTable::default();
/// t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(2));
/// part.tables.appeals = Some(t.clone());
/// let mut sum = part.clone();
/// t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(5));
/// sum.tables.appeals = Some(t);
/// let inputs = [RollupInput::part(&part), RollupInput::part(&part), RollupInput::summary(&sum)];
/// let (rollup, findings) = rollup_with_summaries(&inputs);
/// assert_eq!(rollup.reports(), 2);
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].rule, "XYR005");
/// assert_eq!(findings[0].expected, Some(4u64.into()));
/// ```
pub fn rollup_with_summaries(inputs: &[RollupInput<'_>]) -> (Rollup, Vec<Finding>) {
    let parts = Rollup::of(
        inputs
            .iter()
            .filter(|i| i.role == Role::Part)
            .map(|i| i.report),
    );
    let mut findings = Vec::new();
    for s in inputs.iter().filter(|i| i.role == Role::Summary) {
        check_summary(s.report, &parts, &mut findings);
    }
    (parts, findings)
}

/// Compares one summary report with the rollup of its parts (rule `XYR005`).
///
/// # Example
/// ```
/// use zfxxgk::aggregate::check_summary;
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// use zfxxgk::aggregate::Rollup;
/// let mut part = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = AppealsTable::default();
/// t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(2));
/// part.tables.appeals = Some(t.clone());
/// let mut sum = part.clone();
/// sum.meta.agency = Some("某市".into());
/// t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(5));
/// sum.tables.appeals = Some(t);
/// let mut findings = Vec::new();
/// check_summary(&sum, &Rollup::of([&part, &part]), &mut findings);
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].rule, "XYR005");
/// assert_eq!(findings[0].expected, Some(4u64.into())); // the sum of the parts
/// assert_eq!(findings[0].actual, Some(5u64.into()));
/// check_summary(&part, &Rollup::of([&part]), &mut findings); // a summary equal to its part
/// assert_eq!(findings.len(), 1);
/// ```
pub fn check_summary(summary: &AnnualReport, parts: &Rollup, out: &mut Vec<Finding>) {
    let sum = parts.tables();
    let agency = summary.meta.agency.as_deref().unwrap_or("summary report");
    let mut push = |cell: CellRef, expected: Quantity, actual: Quantity| {
        let mut loc = Location::cell(cell);
        loc.span = summary.span_of(&cell);
        let (table, row, col) = (
            loc.table.map(|t| t.id()).unwrap_or(""),
            loc.row_id().unwrap_or_default().to_string(),
            loc.column_id().unwrap_or_default(),
        );
        out.push(
            Finding::of(&XYR005, loc)
                .message(
                    format!("{agency}: {table} {row}/{col} is {actual}, but the {} parts sum to {expected}", parts.reports()),
                    format!("{agency}：汇总表{table}表{row}行{col}列为{actual}，各组成报告之和为{expected}"),
                )
                .expected(expected)
                .actual(actual),
        );
    };
    if let (Some(s), Some(p)) = (&summary.tables.requests, &sum.requests) {
        for (row, cells) in s.rows() {
            for column in RequestColumn::ALL {
                let (Cell::Value(a), Some(Cell::Value(e))) =
                    (&cells[column.index()], p.get(row, column))
                else {
                    continue;
                };
                if a != e {
                    push(CellRef::Requests { row, column }, (*e).into(), (*a).into());
                }
            }
        }
    }
    if let (Some(s), Some(p)) = (&summary.tables.appeals, &sum.appeals) {
        for &group in AppealGroup::ALL {
            for &column in AppealColumn::ALL {
                if let (Some(a), Some(e)) = (s.value(group, column), p.value(group, column)) {
                    if a != e {
                        push(CellRef::Appeals { group, column }, e.into(), a.into());
                    }
                }
            }
        }
    }
    if let (Some(s), Some(p)) = (&summary.tables.active, &sum.active) {
        for (row, column, cell) in s.cells() {
            let Some(other) = p.get(row, column) else {
                continue;
            };
            let pair: Option<(Quantity, Quantity)> = match (cell, other) {
                (ActiveCell::Count(Cell::Value(a)), ActiveCell::Count(Cell::Value(e)))
                    if a != e =>
                {
                    Some(((*e).into(), (*a).into()))
                }
                (ActiveCell::Signed(Cell::Value(a)), ActiveCell::Signed(Cell::Value(e)))
                    if a != e =>
                {
                    Some(((*e).into(), (*a).into()))
                }
                (ActiveCell::Amount(Cell::Value(a)), ActiveCell::Amount(Cell::Value(e)))
                    if a.unit == e.unit && a.value != e.value =>
                {
                    Some((e.value.into(), a.value.into()))
                }
                _ => None,
            };
            if let Some((e, a)) = pair {
                push(CellRef::Active { row, column }, e, a);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::law::{ReportFormat, Template};
    use crate::outcome::RequestRow;
    use crate::report::{ActiveColumn, ActiveRow, ActiveTable, AppealsTable, RequestTable};

    fn report(received: u64, decisions: &str, upheld: u64) -> AnnualReport {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        let mut t = RequestTable::new(Template::Std2021);
        t.set(
            RequestRow::Received,
            RequestColumn::Total,
            Cell::Value(received),
        )
        .unwrap();
        r.tables.requests = Some(t);
        let mut a = ActiveTable::new(Template::Std2021);
        a.set_text(ActiveRow::Penalty, ActiveColumn::Decisions, decisions)
            .unwrap();
        a.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "1.5")
            .unwrap();
        r.tables.active = Some(a);
        let mut p = AppealsTable::default();
        p.set(
            AppealGroup::Reconsideration,
            AppealColumn::Upheld,
            Cell::Value(upheld),
        );
        r.tables.appeals = Some(p);
        r
    }

    #[test]
    fn xyr005_fires_on_each_differing_cell() {
        let (a, b) = (report(3, "10", 1), report(4, "", 0));
        let mut s = report(8, "10", 1);
        s.meta.agency = Some("某市人民政府".into());
        s.tables
            .active
            .as_mut()
            .unwrap()
            .set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "3.1")
            .unwrap();
        let inputs = [
            RollupInput::part(&a),
            RollupInput::summary(&s),
            RollupInput::part(&b),
        ];
        let (rollup, f) = rollup_with_summaries(&inputs);
        assert_eq!(rollup.reports(), 2);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f
            .iter()
            .all(|x| x.rule == "XYR005" && x.severity == Severity::Warning));
        assert_eq!(f[0].location.row_id(), Some("received"));
        assert_eq!(
            (f[0].expected.clone(), f[0].actual.clone()),
            (Some(7u64.into()), Some(8u64.into()))
        );
        assert!(
            f[0].message.starts_with("某市人民政府: "),
            "{}",
            f[0].message
        );
        assert_eq!(f[1].location.column_id(), Some("amount_wan_yuan"));
        assert_eq!(
            f[1].expected,
            Some(Quantity::Decimal("3.0".parse().unwrap()))
        );
    }

    #[test]
    fn xyr005_silent_when_the_summary_is_the_sum() {
        let (a, b) = (report(3, "10", 1), report(4, "", 0));
        let s = report(7, "10", 1);
        let mut s = s;
        s.tables
            .active
            .as_mut()
            .unwrap()
            .set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "3")
            .unwrap();
        let inputs = [
            RollupInput::part(&a),
            RollupInput::part(&b),
            RollupInput::summary(&s),
        ];
        assert!(rollup_with_summaries(&inputs).1.is_empty());
    }
}
