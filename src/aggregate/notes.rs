//! What a rollup says about itself besides the sums: rows dropped for mixed templates, cells
//! that could not be summed, and totals next to the sum of their parts.

use serde::{Deserialize, Serialize};

use crate::aggregate::sum::InputCounts;
use crate::law::Template;
use crate::report::{Cell, CellRef};
use crate::rules::TableId;

/// Rows (or §2 cells) of the inputs that a rollup of mixed templates does not carry.
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

/// A note on one cell of the summed tables.
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
    pub fn differs(&self) -> bool {
        match (&self.reported, self.computed) {
            (Cell::Value(r), Some(c)) => u128::from(*r) != c,
            _ => false,
        }
    }
}
