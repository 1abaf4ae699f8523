//! Rollups: the cell-by-cell sum of any number of reports' tables (§2, §3, §4).
//!
//! A [`Rollup`] is a commutative monoid: [`Rollup::empty`] is the identity, [`Rollup::merge`]
//! is associative and commutative, and [`Rollup::add`] of a report equals merging the rollup of
//! that one report. Callers can therefore shard a set of reports any way they like (threads, a
//! distributed engine), roll up each shard and merge the results: the outcome is the same.
//! The cell algebra (blank, `/`, value, unreadable) is described in the [`crate::aggregate`]
//! module docs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod report;

use crate::aggregate::sum::{ActiveSum, CountSum, InputCounts, MoneySum, Resolved, SignedSum};
use crate::applicant::RequestColumn;
use crate::law::{ReportFormat, Template};
use crate::outcome::RequestRow;
use crate::report::{
    ActiveCell, ActiveColumn, ActiveKind, ActiveRow, ActiveTable, AnnualReport, AppealColumn,
    AppealGroup, AppealsTable, Cell, CellRef, MoneyUnit, RequestTable, Tables,
};

/// Number of §3 row ids over both templates (`RequestRow::all()`).
const ROWS: usize = 26;

/// The slot of a §3 row in the accumulator (its position in [`RequestRow::all`]).
fn row_slot(r: RequestRow) -> usize {
    match r {
        RequestRow::Received => 0,
        RequestRow::CarriedIn => 1,
        RequestRow::Outcome(o) => 2 + o as usize,
        RequestRow::TotalProcessed => 24,
        RequestRow::CarriedForward => 25,
    }
}

/// The row of `into` that a row of another template is summed into when a rollup mixes
/// templates: the single leaf of the same outcome group (the 2021 （六） sub-rows fold into
/// the 2019 `（六）其他处理`), `None` when `into` has no single such row.
fn fold_target(row: RequestRow, into: Template) -> Option<RequestRow> {
    let o = row.outcome()?;
    let mut members = o.group().members(into);
    match (members.next(), members.next()) {
        (Some(m), None) => Some(RequestRow::Outcome(m)),
        _ => None,
    }
}

/// The templates of which at least one table went in.
fn present(counts: &[u64; Template::COUNT]) -> impl Iterator<Item = Template> + '_ {
    Template::ALL.into_iter().filter(|t| counts[t.index()] > 0)
}

/// §2 cells shared by the 2019 and 2021 templates: only `处理决定数量` = `本年处理决定数量`
/// (DOMAIN.md §2.3: every other column changed meaning).
fn active_shared(row: ActiveRow, col: ActiveColumn) -> bool {
    col == ActiveColumn::Decisions
        && matches!(
            row,
            ActiveRow::Licensing | ActiveRow::Penalty | ActiveRow::Coercion
        )
}

fn active_accumulators(t: Template) -> Vec<ActiveSum> {
    ActiveTable::layout(t)
        .iter()
        .flat_map(|(_, cols)| cols.iter())
        .map(|c| match c.kind() {
            ActiveKind::Signed => ActiveSum::Signed(SignedSum::default()),
            ActiveKind::Amount => ActiveSum::Money(
                MoneySum::default(),
                (*c == ActiveColumn::AmountWanYuan).then_some(MoneyUnit::WanYuan),
            ),
            _ => ActiveSum::Count(CountSum::default()),
        })
        .collect()
}

/// The sum of many reports' tables, cell by cell, with counts of what went into each cell.
///
/// Blank stays apart from zero: a summed cell is blank only if every input was blank; `/` plus
/// values gives the sum of the values (and [`Rollup::notes`] says how many `/` were met); an
/// unreadable input makes the cell not summable (a [`CellIssue::NotSummable`](crate::aggregate::CellIssue::NotSummable)). Counts are
/// summed exactly and an overflow is reported, never wrapped; money is summed as exact
/// [`rust_decimal::Decimal`] per unit; `本年增/减` as a signed integer.
///
/// Reports of different templates roll up only on the cells they share ([`Rollup::dropped`]
/// lists the rest): in the §3 table the 2021 rows `other_*` are folded into the 2019 row
/// `other_handling` (together they are the same `（六）其他处理` group); in the §2 table only
/// `处理决定数量` of 行政许可, 行政处罚 and 行政强制 is shared.
///
/// A rollup over several *years* of the same agency double-counts stock cells (`上年结转`,
/// `对外公开总数量`, `现行有效件数`, `上一年项目数量`): group by year with [`rollup_by`].
///
/// A rollup serializes (serde) with its accumulators, so partial rollups can travel between
/// the workers of a distributed engine and be merged where they meet.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::Rollup;
/// use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
/// let mut a = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = RequestTable::new(Template::Std2021);
/// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(70))?;
/// a.tables.requests = Some(t.clone());
/// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(5))?;
/// let mut b = AnnualReport::new(ReportFormat::Std2021);
/// b.tables.requests = Some(t);
/// let r = Rollup::empty().add(&a).merge(Rollup::empty().add(&b));
/// let tables = r.tables();
/// let req = tables.requests.as_ref().unwrap();
/// assert_eq!(req.get(RequestRow::Received, RequestColumn::Total), Some(&Cell::Value(75)));
/// assert_eq!(req.get(RequestRow::CarriedIn, RequestColumn::Total), Some(&Cell::Blank));
/// assert_eq!(r.reports(), 2);
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rollup {
    reports: u64,
    /// §3 tables seen per template (by [`Template::index`]).
    request_tables: [u64; Template::COUNT],
    requests: [[CountSum; 7]; ROWS],
    appeal_tables: u64,
    appeals: [[CountSum; 5]; 3],
    /// §2 tables seen per template (by [`Template::index`]).
    active_tables: [u64; Template::COUNT],
    active: [Vec<ActiveSum>; Template::COUNT],
}

impl Default for Rollup {
    fn default() -> Self {
        Rollup::empty()
    }
}

impl Rollup {
    /// The rollup of no report: the identity of [`Rollup::merge`].
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let a = Rollup::of([&AnnualReport::new(ReportFormat::Std2021)]);
    /// assert_eq!(Rollup::empty().reports(), 0);
    /// assert_eq!(Rollup::empty().merge(a.clone()), a);
    /// assert!(Rollup::empty().tables().requests.is_none());
    /// ```
    pub fn empty() -> Rollup {
        Rollup {
            reports: 0,
            request_tables: [0; Template::COUNT],
            requests: [[CountSum::default(); 7]; ROWS],
            appeal_tables: 0,
            appeals: [[CountSum::default(); 5]; 3],
            active_tables: [0; Template::COUNT],
            active: Template::ALL.map(active_accumulators),
        }
    }

    /// The rollup of `reports`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let a = AnnualReport::new(ReportFormat::Std2021);
    /// let r = Rollup::of([&a, &a]);
    /// assert_eq!(r.reports(), 2);
    /// assert_eq!(r, Rollup::empty().add(&a).add(&a));
    /// ```
    pub fn of<'a>(reports: impl IntoIterator<Item = &'a AnnualReport>) -> Rollup {
        let mut r = Rollup::empty();
        for rep in reports {
            r.push(rep);
        }
        r
    }

    /// Adds one report (by value, for chaining): `Rollup::empty().add(&a).add(&b)`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let a = AnnualReport::new(ReportFormat::Std2019);
    /// // Adding a report equals merging the rollup of that one report.
    /// assert_eq!(Rollup::empty().add(&a), Rollup::empty().merge(Rollup::of([&a])));
    /// assert_eq!(Rollup::empty().add(&a).add(&a).reports(), 2);
    /// ```
    #[allow(clippy::should_implement_trait)]
    pub fn add(mut self, report: &AnnualReport) -> Rollup {
        self.push(report);
        self
    }

    /// Adds one report in place.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut r = Rollup::empty();
    /// r.push(&AnnualReport::new(ReportFormat::Std2021));
    /// assert_eq!(r.reports(), 1);
    /// ```
    pub fn push(&mut self, report: &AnnualReport) {
        self.reports = self.reports.saturating_add(1);
        if let Some(t) = &report.tables.requests {
            self.push_requests(t);
        }
        if let Some(t) = &report.tables.appeals {
            self.push_appeals(t);
        }
        if let Some(t) = &report.tables.active {
            self.push_active(t);
        }
    }

    /// Adds a §3 table alone (the report count does not change).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestTable, Template};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut r = Rollup::empty();
    /// r.push_requests(&RequestTable::new(Template::Std2019));
    /// assert_eq!(r.reports(), 0); // a table alone is not a report
    /// assert_eq!(r.request_tables(), (1, 0));
    /// ```
    pub fn push_requests(&mut self, t: &RequestTable) {
        let slot = t.template().index();
        self.request_tables[slot] = self.request_tables[slot].saturating_add(1);
        for (row, cells) in t.rows() {
            let acc = &mut self.requests[row_slot(row)];
            for (a, c) in acc.iter_mut().zip(cells.iter()) {
                a.add(c);
            }
        }
    }

    fn push_appeals(&mut self, t: &AppealsTable) {
        self.appeal_tables = self.appeal_tables.saturating_add(1);
        for (g, cells) in t.blocks() {
            for (a, c) in self.appeals[g.index()].iter_mut().zip(cells.iter()) {
                a.add(c);
            }
        }
    }

    fn push_active(&mut self, t: &ActiveTable) {
        let slot = t.template().index();
        self.active_tables[slot] = self.active_tables[slot].saturating_add(1);
        for (a, (_, _, c)) in self.active[slot].iter_mut().zip(t.cells()) {
            a.add(c);
        }
    }

    /// Merges two rollups: the rollup of the union of their inputs.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut a = AnnualReport::new(ReportFormat::Std2021);
    /// let mut t = AppealsTable::default();
    /// t.set(AppealGroup::Reconsideration, AppealColumn::Upheld, Cell::Value(2));
    /// a.tables.appeals = Some(t);
    /// let (x, y) = (Rollup::of([&a]), Rollup::of([&a, &a]));
    /// assert_eq!(x.clone().merge(y.clone()), y.clone().merge(x.clone())); // commutative
    /// let sum = x.merge(y).tables().appeals.unwrap();
    /// assert_eq!(sum.get(AppealGroup::Reconsideration, AppealColumn::Upheld), Some(&Cell::Value(6)));
    /// ```
    pub fn merge(mut self, other: Rollup) -> Rollup {
        self.reports = self.reports.saturating_add(other.reports);
        for i in 0..Template::COUNT {
            self.request_tables[i] = self.request_tables[i].saturating_add(other.request_tables[i]);
            self.active_tables[i] = self.active_tables[i].saturating_add(other.active_tables[i]);
        }
        for (a, b) in self.requests.iter_mut().zip(other.requests.iter()) {
            for (x, y) in a.iter_mut().zip(b.iter()) {
                *x = x.merge(*y);
            }
        }
        self.appeal_tables = self.appeal_tables.saturating_add(other.appeal_tables);
        for (a, b) in self.appeals.iter_mut().zip(other.appeals.iter()) {
            for (x, y) in a.iter_mut().zip(b.iter()) {
                *x = x.merge(*y);
            }
        }
        for (a, b) in self.active.iter_mut().zip(other.active.iter()) {
            for (x, y) in a.iter_mut().zip(b.iter()) {
                *x = x.merge(*y);
            }
        }
        self
    }

    /// How many reports went in.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let a = AnnualReport::new(ReportFormat::Std2021);
    /// assert_eq!(Rollup::of([&a, &a, &a]).reports(), 3);
    /// ```
    pub fn reports(&self) -> u64 {
        self.reports
    }

    /// How many §3 tables of each template went in: `(2019, 2021)`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestTable, Template};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut r = Rollup::empty();
    /// r.push_requests(&RequestTable::new(Template::Std2019));
    /// r.push_requests(&RequestTable::new(Template::Std2021));
    /// r.push_requests(&RequestTable::new(Template::Std2021));
    /// assert_eq!(r.request_tables(), (1, 2));
    /// ```
    pub fn request_tables(&self) -> (u64, u64) {
        (
            self.request_tables_of(Template::Std2019),
            self.request_tables_of(Template::Std2021),
        )
    }

    /// How many §3 tables of `template` went in.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestTable, Template};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut r = Rollup::empty();
    /// r.push_requests(&RequestTable::new(Template::Std2021));
    /// assert_eq!(r.request_tables_of(Template::Std2021), 1);
    /// assert_eq!(r.request_tables_of(Template::Std2019), 0);
    /// ```
    pub fn request_tables_of(&self, template: Template) -> u64 {
        self.request_tables[template.index()]
    }

    /// The template of the summed §3 table: the common one, or 2019 (the coarser) when both
    /// went in; `None` when no §3 table went in.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestTable, Template};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut r = Rollup::empty();
    /// assert_eq!(r.requests_template(), None);
    /// r.push_requests(&RequestTable::new(Template::Std2021));
    /// assert_eq!(r.requests_template(), Some(Template::Std2021));
    /// r.push_requests(&RequestTable::new(Template::Std2019));
    /// assert_eq!(r.requests_template(), Some(Template::Std2019)); // mixed: the coarser
    /// ```
    pub fn requests_template(&self) -> Option<Template> {
        common_template(self.request_tables)
    }

    /// The template of the summed §2 table: the common one, or 2021 when both went in (only
    /// the shared `处理决定数量` cells are then filled); `None` when no §2 table went in.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveTable, AnnualReport, ReportFormat, Template};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut a = AnnualReport::new(ReportFormat::Std2019);
    /// a.tables.active = Some(ActiveTable::new(Template::Std2019));
    /// let mut b = AnnualReport::new(ReportFormat::Std2021);
    /// b.tables.active = Some(ActiveTable::new(Template::Std2021));
    /// assert_eq!(Rollup::of([&a]).active_template(), Some(Template::Std2019));
    /// assert_eq!(Rollup::of([&a, &b]).active_template(), Some(Template::Std2021));
    /// assert_eq!(Rollup::empty().active_template(), None);
    /// ```
    pub fn active_template(&self) -> Option<Template> {
        present(&self.active_tables).last()
    }

    fn mixed_requests(&self) -> bool {
        present(&self.request_tables).nth(1).is_some()
    }

    fn mixed_active(&self) -> bool {
        present(&self.active_tables).nth(1).is_some()
    }

    /// The summed accumulator of one §3 cell in the output table.
    fn request_sum(&self, row: RequestRow, col: RequestColumn) -> CountSum {
        let i = col.index();
        let mut s = self.requests[row_slot(row)][i];
        if let (true, Some(out)) = (self.mixed_requests(), self.requests_template()) {
            for t in present(&self.request_tables).filter(|t| *t != out) {
                for r in t.vocabulary().rows_not_in(out) {
                    if fold_target(r, out) == Some(row) {
                        s = s.merge(self.requests[row_slot(r)][i]);
                    }
                }
            }
        }
        s
    }

    /// The summed accumulator of one §2 cell in the output table.
    fn active_sum(&self, row: ActiveRow, col: ActiveColumn) -> Option<ActiveSum> {
        let mut out: Option<ActiveSum> = None;
        for t in Template::ALL {
            let slot = t.index();
            if let Some(i) = active_index(t, row, col) {
                if let Some(a) = self.active[slot].get(i) {
                    out = Some(match out {
                        Some(o) => o.merge(*a),
                        None => *a,
                    });
                }
            }
        }
        out
    }

    /// The cells of the summed §2 table with their accumulators (only the shared cells when
    /// the inputs mix templates).
    fn active_out(&self) -> Vec<(ActiveRow, ActiveColumn, ActiveSum)> {
        let Some(tpl) = self.active_template() else {
            return Vec::new();
        };
        let mixed = self.mixed_active();
        ActiveTable::layout(tpl)
            .iter()
            .flat_map(|(r, cols)| cols.iter().map(move |c| (*r, *c)))
            .filter(|(r, c)| !mixed || active_shared(*r, *c))
            .filter_map(|(r, c)| self.active_sum(r, c).map(|s| (r, c, s)))
            .collect()
    }

    /// What went into one cell of the output tables, `None` for a cell they do not have.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// use zfxxgk::report::CellRef;
    /// let (group, column) = (AppealGroup::Reconsideration, AppealColumn::Upheld);
    /// let mut a = AnnualReport::new(ReportFormat::Std2021);
    /// let mut t = AppealsTable::default();
    /// t.set(group, column, Cell::Value(2));
    /// a.tables.appeals = Some(t.clone());
    /// let mut b = a.clone();
    /// t.set(group, column, Cell::NotApplicable);
    /// b.tables.appeals = Some(t);
    /// let c = Rollup::of([&a, &a, &b]).input_counts(CellRef::Appeals { group, column }).unwrap();
    /// assert_eq!((c.values, c.not_applicable, c.invalid), (2, 1, 0));
    /// ```
    pub fn input_counts(&self, cell: CellRef) -> Option<InputCounts> {
        match cell {
            CellRef::Requests { row, column } => {
                let t = self.requests_template()?;
                row.in_template(t)
                    .then(|| self.request_sum(row, column).counts())
            }
            CellRef::Appeals { group, column } => (self.appeal_tables > 0)
                .then(|| self.appeals[group.index()][column.index()].counts()),
            CellRef::Active { row, column } => {
                let t = self.active_template()?;
                active_index(t, row, column)?;
                if self.mixed_active() && !active_shared(row, column) {
                    return None;
                }
                self.active_sum(row, column).map(|a| a.counts())
            }
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The summed tables in the crate's model. A cell that could not be summed holds
    /// [`Cell::Invalid`] with the reason (`not summable`, `overflow`, `unit conflict`); see
    /// [`Rollup::notes`] for the details.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let g = AppealGroup::Reconsideration;
    /// let mut a = AnnualReport::new(ReportFormat::Std2021);
    /// let mut t = AppealsTable::default();
    /// t.set(g, AppealColumn::Upheld, Cell::Value(3));
    /// t.set(g, AppealColumn::Corrected, Cell::NotApplicable);
    /// a.tables.appeals = Some(t.clone());
    /// let mut b = a.clone();
    /// t.set(g, AppealColumn::Upheld, Cell::Invalid("三".into()));
    /// b.tables.appeals = Some(t);
    /// let sum = Rollup::of([&a, &a]).tables().appeals.unwrap();
    /// assert_eq!(sum.get(g, AppealColumn::Upheld), Some(&Cell::Value(6)));
    /// assert_eq!(sum.get(g, AppealColumn::Corrected), Some(&Cell::NotApplicable));
    /// assert_eq!(sum.get(g, AppealColumn::Other), Some(&Cell::Blank)); // blank stays blank
    /// let poisoned = Rollup::of([&a, &b]).tables().appeals.unwrap();
    /// assert_eq!(poisoned.get(g, AppealColumn::Upheld), Some(&Cell::Invalid("not summable".into())));
    /// ```
    pub fn tables(&self) -> Tables {
        let mut out = Tables::default();
        if let Some(tpl) = self.requests_template() {
            let mut t = RequestTable::new(tpl);
            for &row in RequestRow::rows(tpl) {
                for col in RequestColumn::ALL {
                    let cell = to_cell(self.request_sum(row, col).resolve());
                    // The row is in the template by construction.
                    let _ = t.set(row, col, cell);
                }
            }
            out.requests = Some(t);
        }
        if self.appeal_tables > 0 {
            let mut t = AppealsTable::default();
            for g in AppealGroup::ALL {
                for c in AppealColumn::ALL {
                    t.set(
                        *g,
                        *c,
                        to_cell(self.appeals[g.index()][c.index()].resolve()),
                    );
                }
            }
            out.appeals = Some(t);
        }
        if let Some(tpl) = self.active_template() {
            let mut t = ActiveTable::new(tpl);
            for (row, col, sum) in self.active_out() {
                let cell = match sum.resolve() {
                    Resolved::Cell(c) => c,
                    other => ActiveCell::parse(col.kind(), issue_text(&other)),
                };
                // The cell is in the template by construction.
                let _ = t.set(row, col, cell);
            }
            out.active = Some(t);
        }
        out
    }

    /// The summed tables as a report (format of the §3 template, or of the §2 template when
    /// there is no §3 table), e.g. to run the single-report rules (`zfxxgk::rules::check`) on the
    /// rollup.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat, RequestTable, Template};
    /// use zfxxgk::aggregate::Rollup;
    /// let mut a = AnnualReport::new(ReportFormat::Std2019);
    /// a.tables.requests = Some(RequestTable::new(Template::Std2019));
    /// let r = Rollup::of([&a, &a]).to_report();
    /// assert_eq!(r.meta.format, ReportFormat::Std2019);
    /// assert_eq!(r.meta.title.as_deref(), Some("rollup of 2 reports"));
    /// assert!(r.tables.requests.is_some());
    /// ```
    pub fn to_report(&self) -> AnnualReport {
        let format = self
            .requests_template()
            .or(self.active_template())
            .map(Template::format)
            .unwrap_or(ReportFormat::Std2021);
        let mut r = AnnualReport::new(format);
        r.tables = self.tables();
        r.meta.title = Some(format!("rollup of {} reports", self.reports));
        r
    }
}

/// The template of a summed §3 table: the common one, or when templates are mixed the
/// coarser (fewest rows; the finer rows fold into it).
fn common_template(counts: [u64; Template::COUNT]) -> Option<Template> {
    present(&counts).min_by_key(|t| (t.vocabulary().requests.len(), t.index()))
}

fn active_index(t: Template, row: ActiveRow, col: ActiveColumn) -> Option<usize> {
    ActiveTable::layout(t)
        .iter()
        .flat_map(|(r, cols)| cols.iter().map(move |c| (*r, *c)))
        .position(|(r, c)| r == row && c == col)
}

fn issue_text<T>(r: &Resolved<T>) -> &'static str {
    match r {
        Resolved::Cell(_) | Resolved::NotSummable => "not summable",
        Resolved::Overflow => "overflow",
        Resolved::UnitConflict => "unit conflict",
    }
}

fn to_cell(r: Resolved<Cell<u64>>) -> Cell<u64> {
    match r {
        Resolved::Cell(c) => c,
        other => Cell::Invalid(issue_text(&other).to_string()),
    }
}

/// Rolls up `reports` per key: `key` gives each report its group (region, level, year,
/// format, …).
///
/// # Example
/// ```
/// use zfxxgk::aggregate::rollup_by;
/// use zfxxgk::{AnnualReport, ReportFormat};
/// let mut a = AnnualReport::new(ReportFormat::Std2021);
/// a.meta.year = Some(2022);
/// let mut b = a.clone();
/// b.meta.year = Some(2023);
/// let groups = rollup_by([&a, &b, &a], |r| r.meta.year);
/// assert_eq!(groups[&Some(2022)].reports(), 2);
/// assert_eq!(groups[&Some(2023)].reports(), 1);
/// ```
pub fn rollup_by<'a, K: Ord>(
    reports: impl IntoIterator<Item = &'a AnnualReport>,
    key: impl Fn(&AnnualReport) -> K,
) -> BTreeMap<K, Rollup> {
    let mut out: BTreeMap<K, Rollup> = BTreeMap::new();
    for r in reports {
        out.entry(key(r)).or_default().push(r);
    }
    out
}
