//! Soft identities inside one report that need only the tables (DOMAIN.md §2.7, S3).
//!
//! S3, the 2019 §2 (一) block (`第二十条第（一）项`: 规章, 规范性文件):
//! * `本年新公开数量 ≤ 对外公开总数量` — what was published this year is part of everything
//!   published so far; a violation is a **warning** (SFT001).
//! * `本年新公开数量 ≤ 本年新制作数量` — only *typically*: documents made late in the previous
//!   year are often published this year, so a violation is an **info** finding (SFT002), a
//!   hint to look, not a mistake.
//!
//! Two more heuristics on the same block read what the numbers imply about the stock:
//! * SFT003 (2019): documents made this year (`本年新制作数量` > 0) while `对外公开总数量` is 0 —
//!   rules and normative documents are disclosed proactively (2019 art. 20(1)), so the
//!   documents made are missing from the total or the figures are misplaced; a **warning**.
//! * SFT004 (2021): `现行有效件数 < 本年制发件数 − 本年废止件数` — a document issued this year
//!   leaves the stock in force only by being repealed (or expiring, which the template does not
//!   count): an **info** hint.
//!
//! Blank and `/` follow the same policy as the hard identities (`policy.rs`) for SFT001 and
//! SFT002; SFT003 and SFT004 look only at cells that hold numbers and stay silent otherwise.

use crate::finding::Rule;
use crate::finding::{Finding, Quantity, Severity, TableId};
use crate::law::Template;
use crate::report::{ActiveCell, ActiveColumn, ActiveRow, ActiveTable, AnnualReport, CellRef};
use crate::rules::policy::{assess, cell_location, Eval, Name, NotAssessed, Relation, Term};
use crate::rules::{SFT001, SFT002, SFT003, SFT004};

/// The number in a §2 count cell, if it holds one.
fn count(t: &ActiveTable, row: ActiveRow, col: ActiveColumn) -> Option<u64> {
    match t.get(row, col)? {
        ActiveCell::Count(c) => c.get(),
        _ => None,
    }
}

/// SFT003: made > 0 and 对外公开总数量 = 0 (2019 template).
pub(crate) fn made_but_nothing_disclosed(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = report
        .tables
        .active
        .as_ref()
        .filter(|t| t.template() == Template::Std2019)
    else {
        return;
    };
    for row in [ActiveRow::Rules, ActiveRow::NormativeDocuments] {
        let (Some(made), Some(0)) = (
            count(t, row, ActiveColumn::Made),
            count(t, row, ActiveColumn::TotalPublished),
        ) else {
            continue;
        };
        if made == 0 {
            continue;
        }
        let label = row.label_in(t.template());
        let loc = cell_location(
            report,
            CellRef::Active {
                row,
                column: ActiveColumn::TotalPublished,
            },
        );
        out.push(
            Finding::of(&SFT003, loc)
                .message(
                    format!(
                        "row {}: {made} made this year, but total published is 0",
                        row.id()
                    ),
                    format!("“{label}”行：本年新制作{made}件，对外公开总数量却为0"),
                )
                .expected(Quantity::Int(i128::from(made)))
                .actual(Quantity::Int(0)),
        );
    }
}

/// SFT004: in_force < issued − repealed (2021 template).
pub(crate) fn in_force_below_net_issued(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = report
        .tables
        .active
        .as_ref()
        .filter(|t| t.template() == Template::Std2021)
    else {
        return;
    };
    for row in [ActiveRow::Rules, ActiveRow::NormativeDocuments] {
        let (Some(issued), Some(repealed), Some(in_force)) = (
            count(t, row, ActiveColumn::Issued),
            count(t, row, ActiveColumn::Repealed),
            count(t, row, ActiveColumn::InForce),
        ) else {
            continue;
        };
        let net = issued.saturating_sub(repealed);
        if in_force >= net {
            continue;
        }
        let label = row.label_in(t.template());
        let loc = cell_location(
            report,
            CellRef::Active {
                row,
                column: ActiveColumn::InForce,
            },
        );
        out.push(
            Finding::of(&SFT004, loc)
                .message(
                    format!(
                        "row {}: {in_force} in force, fewer than issued − repealed = {issued} − {repealed} = {net}",
                        row.id()
                    ),
                    format!(
                        "“{label}”行：现行有效件数{in_force}小于本年制发件数减本年废止件数（{issued}−{repealed}={net}）"
                    ),
                )
                .expected(Quantity::Int(i128::from(net)))
                .actual(Quantity::Int(i128::from(in_force))),
        );
    }
}

/// A §2 count cell as a term named by its column.
fn term(t: &ActiveTable, row: ActiveRow, col: ActiveColumn) -> Option<Term> {
    match t.get(row, col)? {
        ActiveCell::Count(c) => Some(Term::new(Name::Fixed(col.id(), col.label()), c)),
        _ => None,
    }
}

/// `published ≤ bound` on each row of the 2019 (一) block; a finding has `expected` = the
/// bound (the most it may be) and `actual` = 本年新公开数量.
fn bounded_by(
    report: &AnnualReport,
    out: &mut Vec<Finding>,
    code: &'static Rule,
    severity: Severity,
    bound: ActiveColumn,
) {
    let Some(t) = report
        .tables
        .active
        .as_ref()
        .filter(|t| t.template() == Template::Std2019)
    else {
        return;
    };
    let mut na = NotAssessed::new(
        code,
        TableId::Active,
        if bound == ActiveColumn::TotalPublished {
            "S3 (published ≤ total_published)"
        } else {
            "S3 (published ≤ made)"
        },
        if bound == ActiveColumn::TotalPublished {
            "本年新公开数量不大于对外公开总数量的关系"
        } else {
            "本年新公开数量不大于本年新制作数量的关系"
        },
    );
    for row in [ActiveRow::Rules, ActiveRow::NormativeDocuments] {
        let (Some(p), Some(b)) = (term(t, row, ActiveColumn::Published), term(t, row, bound))
        else {
            continue;
        };
        let label = row.label_in(t.template());
        let e = assess(
            std::slice::from_ref(&p),
            Relation::Le,
            std::slice::from_ref(&b),
        );
        let Some(Eval::Fails {
            lhs,
            rhs,
            note_en,
            note_zh,
        }) = na.take(Name::Fixed(row.id(), label), e)
        else {
            continue;
        };
        let (en, zh) = if bound == ActiveColumn::TotalPublished {
            (
                format!(
                    "row {}: published this year ({lhs}) exceeds total published ({rhs})",
                    row.id()
                ),
                format!("“{label}”行：本年新公开数量{lhs}大于对外公开总数量{rhs}"),
            )
        } else {
            (
                format!("row {}: published this year ({lhs}) exceeds made this year ({rhs}); usual only when documents of earlier years were published this year", row.id()),
                format!("“{label}”行：本年新公开数量{lhs}大于本年新制作数量{rhs}，除公开往年制作的文件外通常不应如此"),
            )
        };
        let loc = cell_location(
            report,
            CellRef::Active {
                row,
                column: ActiveColumn::Published,
            },
        );
        out.push(
            Finding::of(code, loc)
                .lowered(severity)
                .message(format!("{en}{note_en}"), format!("{zh}{note_zh}"))
                .expected(Quantity::Int(i128::try_from(rhs).unwrap_or(i128::MAX)))
                .actual(Quantity::Int(i128::try_from(lhs).unwrap_or(i128::MAX))),
        );
    }
    na.finish(out);
}

pub(crate) fn published_within_total(report: &AnnualReport, out: &mut Vec<Finding>) {
    bounded_by(
        report,
        out,
        &SFT001,
        Severity::Warning,
        ActiveColumn::TotalPublished,
    );
}

pub(crate) fn published_within_made(report: &AnnualReport, out: &mut Vec<Finding>) {
    bounded_by(report, out, &SFT002, Severity::Info, ActiveColumn::Made);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Status;

    /// Runs `f` on a report whose §2 (一) block holds `rows` (规章, 规范性文件) in `template`.
    fn run_in(
        template: Template,
        rows: [[&str; 3]; 2],
        f: fn(&AnnualReport, &mut Vec<Finding>),
    ) -> Vec<Finding> {
        let mut r = AnnualReport::new(template.format());
        let mut t = ActiveTable::new(template);
        let cols = ActiveTable::layout(template)[0].1;
        for (row, vals) in [ActiveRow::Rules, ActiveRow::NormativeDocuments]
            .into_iter()
            .zip(rows)
        {
            for (c, v) in cols.iter().zip(vals) {
                t.set_text(row, *c, v).unwrap();
            }
        }
        r.tables.active = Some(t);
        let mut v = Vec::new();
        f(&r, &mut v);
        v
    }

    fn run(rows: [[&str; 3]; 2], f: fn(&AnnualReport, &mut Vec<Finding>)) -> Vec<Finding> {
        run_in(Template::Std2019, rows, f)
    }

    #[test]
    fn sft001_fires_when_published_exceeds_the_total() {
        let f = run([["2", "3", "2"], ["5", "5", "40"]], published_within_total);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location.to_string(), "active/rules/published");
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].message.contains("exceeds total published (2)"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].actual, Some(Quantity::Int(3)));
    }

    #[test]
    fn sft001_silent_within_the_total_and_names_blanks() {
        assert!(run([["2", "2", "9"], ["5", "5", "40"]], published_within_total).is_empty());
        // A blank total read as 0 fails, and the message says so.
        let f = run([["2", "2", ""], ["", "", ""]], published_within_total);
        assert_eq!(f.len(), 2);
        assert!(
            f[0].message_zh
                .ends_with("；空白单元格按0计：对外公开总数量"),
            "{}",
            f[0].message_zh
        );
        assert_eq!(f[1].status, Status::NotAssessable);
        assert!(
            f[1].message
                .starts_with("S3 (published ≤ total_published) not assessable"),
            "{}",
            f[1].message
        );
        let f = run([["", "", ""], ["", "", ""]], published_within_made);
        assert!(
            f[0].message
                .starts_with("S3 (published ≤ made) not assessable"),
            "{}",
            f[0].message
        );
        assert!(f[0]
            .message_zh
            .starts_with("本年新公开数量不大于本年新制作数量的关系"));
    }

    #[test]
    fn sft002_fires_as_info_when_published_exceeds_made() {
        let f = run([["2", "2", "9"], ["1", "5", "40"]], published_within_made);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("exceeds made this year (1)"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].location.row_id(), Some("normative_documents"));
        assert_eq!(f[0].severity, Severity::Info);
    }

    #[test]
    fn sft002_silent_when_made_covers_published() {
        assert!(run([["2", "2", "9"], ["5", "5", "40"]], published_within_made).is_empty());
    }

    #[test]
    fn sft003_fires_when_made_documents_are_not_in_the_total() {
        // A 2020 街道 report: 规范性文件 made 87, published 0, total published 0.
        let f = run(
            [["0", "0", "0"], ["87", "0", "0"]],
            made_but_nothing_disclosed,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].location.to_string(),
            "active/normative_documents/total_published"
        );
        assert_eq!(f[0].expected, Some(Quantity::Int(87)));
    }

    #[test]
    fn sft003_silent_when_the_total_holds_documents_or_is_blank() {
        assert!(run(
            [["0", "0", "0"], ["87", "80", "400"]],
            made_but_nothing_disclosed
        )
        .is_empty());
        assert!(run(
            [["3", "0", ""], ["0", "0", "0"]],
            made_but_nothing_disclosed
        )
        .is_empty());
    }

    fn run21(rows: [[&str; 3]; 2]) -> Vec<Finding> {
        run_in(Template::Std2021, rows, in_force_below_net_issued)
    }

    #[test]
    fn sft004_fires_when_fewer_in_force_than_issued_net() {
        let f = run21([["0", "0", "0"], ["13", "0", "5"]]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
        assert_eq!(
            (f[0].expected.clone(), f[0].actual.clone()),
            (Some(Quantity::Int(13)), Some(Quantity::Int(5)))
        );
    }

    #[test]
    fn sft004_silent_when_the_stock_covers_this_years_documents() {
        assert!(run21([["0", "0", "6"], ["13", "0", "55"]]).is_empty());
        assert!(run21([["0", "5", "0"], ["6", "1", "5"]]).is_empty());
        assert!(run21([["2", "", "0"], ["", "", ""]]).is_empty());
    }
}
