//! Cells the parser could not read ([`crate::report::Source::mark_unread`]): blank in the model, but
//! not "nothing in the cell". The rules see them as unreadable, so that no identity is
//! assessed on a value the text did not fix (the blank policy of `policy.rs` makes an
//! unreadable input not assessable); the domain rules, which report unreadable cell *text*,
//! see the report as it is.

use crate::report::{AnnualReport, Cell, CellRef};

/// The text standing in a cell the parser could not read.
const UNREAD: &str = "?";

/// `report` with its unread §3 and §4 cells set to unreadable, or `None` when it has none.
pub(crate) fn masked(report: &AnnualReport) -> Option<AnnualReport> {
    let src = report.source.as_ref()?;
    src.unread_cells().next()?;
    let mut r = report.clone();
    for cell in src.unread_cells() {
        match *cell {
            CellRef::Requests { row, column } => {
                if let Some(t) = r.tables.requests.as_mut() {
                    if t.get(row, column).is_some_and(Cell::is_blank) {
                        let _ = t.set(row, column, Cell::Invalid(UNREAD.to_string()));
                    }
                }
            }
            CellRef::Appeals { group, column } => {
                if let Some(t) = r.tables.appeals.as_mut() {
                    if t.get(group, column).is_some_and(Cell::is_blank) {
                        t.set(group, column, Cell::Invalid(UNREAD.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;
    use crate::rules::{check, Severity};

    /// A §3 table whose 予以公开 and 部分公开 rows are both `110000011` (1,10,…,11 or
    /// 11,0,…,11): the column sums (12 and 10) hold with either one read each way, so they do
    /// not choose.
    const AMBIGUOUS: &str = "三、收到和处理政府信息公开申请情况\n\
一、本年新收政府信息公开申请数量\t12\t10\t0\t0\t0\t0\t22\n\
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n\
（一）予以公开\t110000011\n\
（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t110000011\n\
（七）总计\t12\t10\t0\t0\t0\t0\t22\n\
四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n";

    #[test]
    fn no_identity_rests_on_an_unread_row() {
        let p = parse(AMBIGUOUS).unwrap();
        assert!(
            p.diagnostics.iter().any(|d| d.rule == "RDG002"),
            "{:#?}",
            p.diagnostics
        );
        let errors: Vec<_> = check(&p.report)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn the_same_blank_row_unmarked_is_assessed() {
        let mut p = parse(AMBIGUOUS).unwrap();
        let text = p.report.source.as_ref().unwrap().text().to_string();
        p.report.source = Some(crate::report::Source::new(text));
        assert!(check(&p.report)
            .iter()
            .any(|f| f.severity == Severity::Error && f.rule == "TBL002"));
    }
}
