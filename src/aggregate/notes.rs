//! What a rollup says about itself besides the sums: rows dropped for mixed templates, cells
//! that could not be summed, and totals next to the sum of their parts.

use serde::{Deserialize, Serialize};

use crate::aggregate::sum::InputCounts;
use crate::law::Template;
use crate::report::TableId;
use crate::report::{Cell, CellRef};

/// Rows (or §2 cells) of the inputs that a rollup of mixed templates does not carry.
///
/// # Example
/// ```
/// use zfxxgk::rules::TableId;
/// use zfxxgk::{RequestTable, Template};
/// use zfxxgk::aggregate::Rollup;
/// let mut r = Rollup::empty();
/// r.push_requests(&RequestTable::new(Template::Std2019));
/// r.push_requests(&RequestTable::new(Template::Std2021));
/// let d = &r.dropped()[0];
/// assert_eq!((d.table, d.row.as_str(), d.template, d.tables), (TableId::Requests, "other_no_supplement", Template::Std2021, 1));
/// assert!(d.reason.contains("other_handling"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DroppedRow {
    /// The table.
    pub table: TableId,
    /// The row id.
    pub row: String,
    /// The column id, for a single §2 cell; `None` for a whole row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The template that has the row.
    pub template: Template,
    /// How many input tables of that template went in.
    pub tables: u64,
    /// Why it was dropped.
    pub reason: String,
}

/// Why a summed cell deserves a note.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::CellIssue;
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// use zfxxgk::aggregate::Rollup;
/// let (g, c) = (AppealGroup::Reconsideration, AppealColumn::Upheld);
/// let mut a = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = AppealsTable::default();
/// t.set(g, c, Cell::Value(1));
/// a.tables.appeals = Some(t.clone());
/// let mut b = a.clone();
/// t.set(g, c, Cell::NotApplicable);
/// b.tables.appeals = Some(t);
/// let notes = Rollup::of([&a, &b]).notes();
/// assert_eq!(notes[0].issue, CellIssue::MixedNotApplicable);
/// assert_eq!(serde_json::to_string(&CellIssue::NotSummable)?, "\"not_summable\"");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CellIssue {
    /// An input was unreadable: the cell is not summable (its inputs are dropped).
    NotSummable,
    /// The exact sum does not fit the cell type (`u64` counts, `i64` changes, `Decimal` money).
    Overflow,
    /// Amounts in a stated unit were mixed with amounts of unknown unit.
    UnitConflict,
    /// Values were summed while other inputs said `/`: the sum covers only the values.
    MixedNotApplicable,
}

impl CellIssue {
    /// The serialized id (`not_summable`, `overflow`, `unit_conflict`, `mixed_not_applicable`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::aggregate::CellIssue::UnitConflict.id(), "unit_conflict");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            CellIssue::NotSummable => "not_summable",
            CellIssue::Overflow => "overflow",
            CellIssue::UnitConflict => "unit_conflict",
            CellIssue::MixedNotApplicable => "mixed_not_applicable",
        }
    }

    /// The issue in Chinese.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::aggregate::CellIssue::NotSummable.label(), "含无法识别的数值，不能汇总");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            CellIssue::NotSummable => "含无法识别的数值，不能汇总",
            CellIssue::Overflow => "合计超出数值范围",
            CellIssue::UnitConflict => "金额单位不一致",
            CellIssue::MixedNotApplicable => "数值与“/”混合，只汇总数值",
        }
    }
}

crate::vocab::vocabulary!(
    CellIssue,
    "cell issue",
    [NotSummable, Overflow, UnitConflict, MixedNotApplicable]
);

/// A note on one cell of the summed tables.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::CellIssue;
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// use zfxxgk::aggregate::Rollup;
/// use zfxxgk::report::CellRef;
/// let (group, column) = (AppealGroup::Reconsideration, AppealColumn::Upheld);
/// let mut a = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = AppealsTable::default();
/// t.set(group, column, Cell::Invalid("二".into()));
/// a.tables.appeals = Some(t);
/// let note = &Rollup::of([&a]).notes()[0];
/// assert_eq!(note.cell, CellRef::Appeals { group, column });
/// assert_eq!((note.issue, note.counts.invalid), (CellIssue::NotSummable, 1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CellNote {
    /// The cell.
    pub cell: CellRef,
    /// What is special about it.
    pub issue: CellIssue,
    /// What went into it.
    pub counts: InputCounts,
}

/// A total of the summed tables next to the sum of its parts.
///
/// # Example
/// ```
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// use zfxxgk::aggregate::Rollup;
/// use zfxxgk::report::CellRef;
/// let group = AppealGroup::Reconsideration;
/// let mut a = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = AppealsTable::default();
/// t.set(group, AppealColumn::Upheld, Cell::Value(2));
/// t.set(group, AppealColumn::Total, Cell::Value(2));
/// a.tables.appeals = Some(t);
/// let check = &Rollup::of([&a]).totals()[0];
/// assert_eq!(check.cell, CellRef::Appeals { group, column: AppealColumn::Total });
/// assert_eq!((&check.reported, check.computed), (&Cell::Value(2), Some(2)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TotalCheck {
    /// The total cell.
    pub cell: CellRef,
    /// The sum of the reported totals.
    pub reported: Cell<u64>,
    /// The sum of the summed parts, `None` when no part holds a value or a part is not
    /// summable.
    pub computed: Option<u128>,
}

impl TotalCheck {
    /// Whether the reported and the computed total are both known and differ.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
    /// use zfxxgk::aggregate::Rollup;
    /// let g = AppealGroup::Reconsideration;
    /// let mut a = AnnualReport::new(ReportFormat::Std2021);
    /// let mut t = AppealsTable::default();
    /// t.set(g, AppealColumn::Upheld, Cell::Value(2));
    /// t.set(g, AppealColumn::Total, Cell::Value(5)); // identity H4: 5 ≠ 2
    /// a.tables.appeals = Some(t);
    /// let totals = Rollup::of([&a]).totals();
    /// assert!(totals[0].differs());
    /// assert!(!totals[1].differs()); // a blank total is not compared
    /// ```
    pub fn differs(&self) -> bool {
        match (&self.reported, self.computed) {
            (Cell::Value(r), Some(c)) => u128::from(*r) != c,
            _ => false,
        }
    }
}
