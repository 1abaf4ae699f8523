//! Table identities of the standard formats (DOMAIN.md §2.7).
//!
//! Each rule checks one identity per column (or row, or block). A blank input makes the
//! identity not assessable at that place ([`Status::NotAssessable`]); a blank `总计` whose row
//! has filled sub-columns is replaced by their sum, and the finding says so ([`Status::Note`]).

use crate::applicant::RequestColumn;
use crate::outcome::RequestRow;
use crate::report::{AnnualReport, Cell, CellRef, RequestTable};
use crate::rules::finding::{Finding, Location, Severity, Status, TableId};
use crate::rules::{Basis, Check, Identity, Rule};

/// The rules of this family.
pub(crate) const RULES: &[Rule] = &[Rule::new(
    "TBL001",
    "requests_column_balance",
    Severity::Error,
    &[Basis::Identity(Identity::H1)],
    "per §3 column: received + carried_in = total_processed + carried_forward",
    "§3表每列：第一项加第二项之和，等于第三项加第四项之和",
    Check::Report(h1_column_balance),
)];

/// A §3 cell's value for arithmetic: the cell itself, or for a blank `总计` the sum of the
/// row's six sub-columns when all of them are filled. `None` when not assessable.
pub(crate) struct Resolved {
    pub value: Option<u64>,
    /// The value was computed from the sub-columns because `总计` was blank.
    pub from_parts: bool,
}

pub(crate) fn resolve(t: &RequestTable, row: RequestRow, col: RequestColumn) -> Resolved {
    let Some(cells) = t.row(row) else {
        return Resolved {
            value: None,
            from_parts: false,
        };
    };
    match (&cells[col.index()], col) {
        (Cell::Value(v), _) => Resolved {
            value: Some(*v),
            from_parts: false,
        },
        (Cell::Blank, RequestColumn::Total) => {
            let parts: Option<u64> = cells[..6].iter().try_fold(0u64, |acc, c| match c {
                Cell::Value(v) => acc.checked_add(*v),
                _ => None,
            });
            Resolved {
                value: parts,
                from_parts: parts.is_some(),
            }
        }
        _ => Resolved {
            value: None,
            from_parts: false,
        },
    }
}

/// The location of a §3 column, with the span of one of its cells when known.
fn column_location(report: &AnnualReport, row: RequestRow, col: RequestColumn) -> Location {
    let mut loc = Location::column(TableId::Requests, col.id());
    loc.span = report.span_of(&CellRef::Requests { row, column: col });
    loc
}

/// H1: per column, 一 + 二 = （七） + 四.
fn h1_column_balance(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    for col in RequestColumn::ALL {
        let ins = [RequestRow::Received, RequestRow::CarriedIn].map(|r| resolve(t, r, col));
        let outs =
            [RequestRow::TotalProcessed, RequestRow::CarriedForward].map(|r| resolve(t, r, col));
        let from_parts = ins.iter().chain(outs.iter()).any(|r| r.from_parts);
        let loc = column_location(report, RequestRow::TotalProcessed, col);
        let (Some(a), Some(b), Some(c), Some(d)) =
            (ins[0].value, ins[1].value, outs[0].value, outs[1].value)
        else {
            out.push(
                Finding::new("TBL001", Severity::Info, loc)
                    .status(Status::NotAssessable)
                    .message(
                        format!("column {}: H1 not assessable, a cell of rows 一, 二, （七） or 四 is blank or unreadable", col.id()),
                        format!("{}列：一、二、（七）、四中有空白或无法识别的单元格，无法核对勾稽关系", col.label()),
                    ),
            );
            continue;
        };
        let lhs = u128::from(a) + u128::from(b);
        let rhs = u128::from(c) + u128::from(d);
        if lhs != rhs {
            out.push(
                Finding::new("TBL001", Severity::Error, loc)
                    .message(
                        format!(
                            "column {}: received + carried_in = {a} + {b} = {lhs}, but total_processed + carried_forward = {c} + {d} = {rhs}",
                            col.id()
                        ),
                        format!(
                            "{}列：第一项加第二项之和为{lhs}（{a}+{b}），第三项加第四项之和为{rhs}（{c}+{d}），二者不等",
                            col.label()
                        ),
                    )
                    .expected(lhs as i128)
                    .actual(rhs as i128),
            );
        } else if from_parts {
            out.push(
                Finding::new("TBL001", Severity::Info, loc)
                    .status(Status::Note)
                    .message(
                        format!("column {}: H1 holds, assessed from the sub-columns because a 总计 cell is blank", col.id()),
                        format!("{}列：总计单元格空白，按分列之和核对，勾稽关系成立", col.label()),
                    ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::{ReportFormat, Template};

    fn table(rows: &[(RequestRow, [u64; 7])]) -> AnnualReport {
        let mut t = RequestTable::new(Template::Std2021);
        for (r, vals) in rows {
            t.set_row(*r, vals.map(Cell::Value)).unwrap();
        }
        let mut rep = AnnualReport::new(ReportFormat::Std2021);
        rep.tables.requests = Some(t);
        rep
    }

    fn run(rep: &AnnualReport) -> Vec<Finding> {
        let mut v = Vec::new();
        h1_column_balance(rep, &mut v);
        v
    }

    #[test]
    fn tbl001_silent_on_balanced_columns() {
        let rep = table(&[
            (RequestRow::Received, [70, 0, 0, 0, 0, 0, 70]),
            (RequestRow::CarriedIn, [0; 7]),
            (RequestRow::TotalProcessed, [69, 0, 0, 0, 0, 0, 69]),
            (RequestRow::CarriedForward, [1, 0, 0, 0, 0, 0, 1]),
        ]);
        assert!(run(&rep).is_empty());
    }

    #[test]
    fn tbl001_fires_on_the_broken_column_only() {
        let rep = table(&[
            (RequestRow::Received, [70, 0, 0, 0, 0, 0, 70]),
            (RequestRow::CarriedIn, [0; 7]),
            (RequestRow::TotalProcessed, [69, 0, 0, 0, 0, 0, 68]),
            (RequestRow::CarriedForward, [1, 0, 0, 0, 0, 0, 1]),
        ]);
        let f = run(&rep);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location.column.as_deref(), Some("total"));
        assert_eq!(f[0].expected, Some(70i128.into()));
        assert_eq!(f[0].actual, Some(69i128.into()));
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn tbl001_notes_blank_total_and_blank_inputs() {
        let mut rep = table(&[
            (RequestRow::Received, [2, 1, 0, 0, 0, 0, 3]),
            (RequestRow::CarriedIn, [0; 7]),
            (RequestRow::TotalProcessed, [2, 1, 0, 0, 0, 0, 3]),
            (RequestRow::CarriedForward, [0; 7]),
        ]);
        let t = rep.tables.requests.as_mut().unwrap();
        t.set(RequestRow::Received, RequestColumn::Total, Cell::Blank)
            .unwrap();
        t.set(
            RequestRow::CarriedIn,
            RequestColumn::Applicant(crate::ApplicantKind::OtherOrg),
            Cell::Blank,
        )
        .unwrap();
        let f = run(&rep);
        // total: received total blank but its parts are filled → assessed, holds → a note;
        // other_org: carried_in blank → not assessable (and then total's parts are incomplete
        // for carried_in? no: carried_in total is filled, 0).
        assert!(f
            .iter()
            .any(|x| x.status == Status::Note && x.location.column.as_deref() == Some("total")));
        assert!(f.iter().any(|x| x.status == Status::NotAssessable
            && x.location.column.as_deref() == Some("other_org")));
        assert!(f.iter().all(|x| x.status != Status::Violated));
    }
}
