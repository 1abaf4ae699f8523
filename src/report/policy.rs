//! The blank policy of the standard tables' arithmetic: how a blank, `/` or unreadable cell
//! enters a sum (the formats leave blanks ambiguous: real reports use a blank for 0, and also
//! for "not filled in").
//!
//! * a number is itself; blank and `/` are [`Input::Blank`]; text that is not a count is
//!   [`Input::Invalid`];
//! * a blank or `/` §3 `总计` whose row has at least one filled applicant column is the sum of
//!   those columns (blanks read as 0), and is marked as replaced; an unreadable column, or a
//!   sum that does not fit in a `u64`, makes it unreadable.
//!
//! The rules, the rollup and the rates all read cells through this one policy.

use crate::applicant::RequestColumn;
use crate::outcome::RequestRow;
use crate::report::{identities, Cell, RequestCells, RequestTable};

/// A cell as an input of an identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    /// A number.
    Value(u64),
    /// Blank or `/`.
    Blank,
    /// Text that is not a count.
    Invalid,
}

impl Input {
    /// Reads a count cell.
    pub(crate) fn of(cell: &Cell<u64>) -> Input {
        match cell {
            Cell::Value(v) => Input::Value(*v),
            Cell::Blank | Cell::NotApplicable => Input::Blank,
            Cell::Invalid(_) => Input::Invalid,
        }
    }
}

/// A §3 cell under the blank-total policy: its input, and whether it is a blank `总计`
/// replaced by the sum of the applicant columns.
pub(crate) fn resolve_cell(cells: &RequestCells, col: RequestColumn) -> (Input, bool) {
    let own = cells
        .get(col.index())
        .map(Input::of)
        .unwrap_or(Input::Blank);
    if col != RequestColumn::Total || own != Input::Blank {
        return (own, false);
    }
    let mut sum: u64 = 0;
    let mut filled = false;
    for p in identities::H3_PARTS
        .iter()
        .map(|c| cells.get(c.index()).map_or(Input::Blank, Input::of))
    {
        match p {
            Input::Invalid => return (Input::Invalid, true),
            Input::Value(v) => {
                filled = true;
                match sum.checked_add(v) {
                    Some(s) => sum = s,
                    None => return (Input::Invalid, true),
                }
            }
            Input::Blank => {}
        }
    }
    if filled {
        (Input::Value(sum), true)
    } else {
        (Input::Blank, false)
    }
}

/// One §3 cell's value for arithmetic under the blank policy: the number in the cell, or for a
/// blank or `/` `总计` the sum of the row's applicant columns when at least one is filled.
/// `None` when the cell (or a column it needs) is blank or unreadable, or the row is not in the
/// table's template.
pub(crate) fn resolve(t: &RequestTable, row: RequestRow, col: RequestColumn) -> Option<u64> {
    match resolve_cell(t.row(row)?, col).0 {
        Input::Value(v) => Some(v),
        Input::Blank | Input::Invalid => None,
    }
}
