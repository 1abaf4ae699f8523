//! What a rollup reports about its sum: the rows it could not carry (templates mixed), the
//! cells that deserve a note, and each total next to the one computed from its parts.

use crate::aggregate::notes::{CellIssue, CellNote, DroppedRow, TotalCheck};
use crate::aggregate::rollup::{active_shared, fold_target, present, to_cell, Rollup};
use crate::aggregate::sum::{InputCounts, Resolved};
use crate::applicant::RequestColumn;
use crate::law::Template;
use crate::outcome::RequestRow;
use crate::report::{identities, ActiveTable, AppealColumn, AppealGroup, Cell, CellRef, TableId};

impl Rollup {
    /// The rows (and for the §2 table, cells) of the inputs that the summed tables do not
    /// carry because the inputs' templates do not share them.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestTable, Template};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut r = Rollup::empty();
    /// r.push_requests(&RequestTable::new(Template::Std2019));
    /// assert!(r.dropped().is_empty());
    /// r.push_requests(&RequestTable::new(Template::Std2021));
    /// let rows: Vec<_> = r.dropped().into_iter().map(|d| d.row).collect();
    /// assert_eq!(rows, ["other_no_supplement", "other_fee_unpaid", "other_misc"]);
    /// ```
    pub fn dropped(&self) -> Vec<DroppedRow> {
        let mut out = Vec::new();
        if let (true, Some(into)) = (self.mixed_requests(), self.requests_template()) {
            let year = |t: Template| t.id().trim_start_matches("std").to_string();
            for t in present(&self.request_tables).filter(|t| *t != into) {
                for r in t.vocabulary().rows_not_in(into) {
                    let reason = match fold_target(r, into) {
                        Some(target) => format!(
                            "{}-only row: folded into the {} row {} (the {} group)",
                            year(t),
                            year(into),
                            target.id(),
                            r.outcome().map_or("", |o| o.group().label()),
                        ),
                        None => format!(
                            "{}-only row: the {} template has no row to fold it into",
                            year(t),
                            year(into)
                        ),
                    };
                    out.push(DroppedRow {
                        table: TableId::Requests,
                        row: r.id().to_string(),
                        column: None,
                        template: t,
                        tables: self.request_tables[t.index()],
                        reason,
                    });
                }
            }
        }
        if self.mixed_active() {
            for t in Template::ALL {
                for (row, cols) in ActiveTable::layout(t) {
                    for &col in cols.iter().filter(|c| !active_shared(*row, **c)) {
                        out.push(DroppedRow {
                            table: TableId::Active,
                            row: row.id().to_string(),
                            column: Some(col.id().to_string()),
                            template: t,
                            tables: self.active_tables[t.index()],
                            reason: format!(
                                "the 2019 and 2021 §2 templates do not share `{}` of `{}`",
                                col.label_in(t),
                                row.label_in(t)
                            ),
                        });
                    }
                }
            }
        }
        out
    }

    /// Cells of the summed tables that deserve a note: not summable, overflowed, mixed units,
    /// or values summed next to `/` inputs.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::CellIssue;
    /// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let (g, c) = (AppealGroup::Reconsideration, AppealColumn::Total);
    /// let mut a = AnnualReport::new(ReportFormat::Std2021);
    /// let mut t = AppealsTable::default();
    /// t.set(g, c, Cell::Value(u64::MAX));
    /// a.tables.appeals = Some(t.clone());
    /// let mut b = a.clone();
    /// t.set(g, c, Cell::Value(1));
    /// b.tables.appeals = Some(t);
    /// let notes = Rollup::of([&a, &b]).notes();
    /// assert_eq!(notes.len(), 1);
    /// assert_eq!(notes[0].issue, CellIssue::Overflow); // reported, never wrapped
    /// ```
    pub fn notes(&self) -> Vec<CellNote> {
        let mut out = Vec::new();
        let mut note = |cell: CellRef, counts: InputCounts, issue: Option<CellIssue>| {
            let issue = issue.or_else(|| {
                (counts.values > 0 && counts.not_applicable > 0)
                    .then_some(CellIssue::MixedNotApplicable)
            });
            if let Some(issue) = issue {
                out.push(CellNote {
                    cell,
                    issue,
                    counts,
                });
            }
        };
        if let Some(tpl) = self.requests_template() {
            for &row in RequestRow::rows(tpl) {
                for column in RequestColumn::ALL {
                    let s = self.request_sum(row, column);
                    note(
                        CellRef::Requests { row, column },
                        s.counts(),
                        issue_of(&s.resolve()),
                    );
                }
            }
        }
        if self.appeal_tables > 0 {
            for &group in AppealGroup::ALL {
                for &column in AppealColumn::ALL {
                    let s = self.appeals[group.index()][column.index()];
                    note(
                        CellRef::Appeals { group, column },
                        s.counts(),
                        issue_of(&s.resolve()),
                    );
                }
            }
        }
        for (row, column, s) in self.active_out() {
            let cell = CellRef::Active { row, column };
            note(cell, s.counts(), issue_of(&s.resolve()));
        }
        out
    }

    /// Each total of the summed §3 and §4 tables next to the one computed from its parts:
    /// §3 `总计` of every row (from the six applicant columns) and `（七）总计` of every column
    /// (from the leaf outcome rows, identity H2), §4 `总计` of every block (identity H4).
    ///
    /// The computed total adds the parts that hold a value (blank and `/` parts count as
    /// nothing); it is `None` when no part holds a value or a part is not summable.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let g = AppealGroup::Reconsideration;
    /// let mut a = AnnualReport::new(ReportFormat::Std2021);
    /// let mut t = AppealsTable::default();
    /// t.set(g, AppealColumn::Upheld, Cell::Value(2));
    /// t.set(g, AppealColumn::Total, Cell::Value(3)); // identity H4 broken
    /// a.tables.appeals = Some(t);
    /// let totals = Rollup::of([&a, &a]).totals();
    /// assert_eq!(totals.len(), 3); // one per §4 block
    /// assert_eq!((&totals[0].reported, totals[0].computed), (&Cell::Value(6), Some(4)));
    /// assert!(totals[0].differs());
    /// ```
    pub fn totals(&self) -> Vec<TotalCheck> {
        let mut out = Vec::new();
        if let Some(tpl) = self.requests_template() {
            let cell = |r, c| self.request_sum(r, c).resolve();
            for &row in RequestRow::rows(tpl) {
                let parts = identities::H3_PARTS.iter().map(|c| cell(row, *c));
                out.push(TotalCheck {
                    cell: CellRef::Requests {
                        row,
                        column: RequestColumn::Total,
                    },
                    reported: to_cell(cell(row, RequestColumn::Total)),
                    computed: computed_total(parts),
                });
            }
            for column in RequestColumn::ALL {
                let parts = identities::h2_parts(tpl).map(|r| cell(r, column));
                out.push(TotalCheck {
                    cell: CellRef::Requests {
                        row: identities::H2_TOTAL,
                        column,
                    },
                    reported: to_cell(cell(RequestRow::TotalProcessed, column)),
                    computed: computed_total(parts),
                });
            }
        }
        if self.appeal_tables > 0 {
            for &group in AppealGroup::ALL {
                let b = &self.appeals[group.index()];
                let parts = identities::H4_PARTS.iter().map(|c| b[c.index()].resolve());
                out.push(TotalCheck {
                    cell: CellRef::Appeals {
                        group,
                        column: AppealColumn::Total,
                    },
                    reported: to_cell(b[AppealColumn::Total.index()].resolve()),
                    computed: computed_total(parts),
                });
            }
        }
        out
    }
}

fn issue_of<T>(r: &Resolved<T>) -> Option<CellIssue> {
    match r {
        Resolved::Cell(_) => None,
        Resolved::NotSummable => Some(CellIssue::NotSummable),
        Resolved::Overflow => Some(CellIssue::Overflow),
        Resolved::UnitConflict => Some(CellIssue::UnitConflict),
    }
}

fn computed_total(parts: impl Iterator<Item = Resolved<Cell<u64>>>) -> Option<u128> {
    let mut sum: u128 = 0;
    let mut any = false;
    for p in parts {
        match p {
            Resolved::Cell(Cell::Value(v)) => {
                any = true;
                sum = sum.checked_add(u128::from(v))?;
            }
            Resolved::Cell(Cell::Blank | Cell::NotApplicable) => {}
            _ => return None,
        }
    }
    any.then_some(sum)
}
