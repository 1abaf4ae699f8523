//! Errors of the typed model: an operation the model refuses.

use thiserror::Error;

use crate::law::Template;
use crate::report::ActiveColumn;

/// What a §2 column holds, in words, for [`ModelError::WrongCellKind`].
fn kind_in_words(column: &str) -> &'static str {
    ActiveColumn::from_id(column).map_or("another kind of value", |c| c.kind().in_words())
}

/// An operation on the typed model was refused.
///
/// # Example
/// ```
/// use zfxxgk::{Cell, ModelError, Outcome, RequestColumn, RequestRow, RequestTable, Template};
/// // The 2019 §3 table has one （六） row; `other_misc` is a 2021 row.
/// let mut t = RequestTable::new(Template::Std2019);
/// let e = t.set(RequestRow::Outcome(Outcome::OtherMisc), RequestColumn::Total, Cell::Value(1)).unwrap_err();
/// assert!(matches!(e, ModelError::RowNotInTemplate { row: "other_misc", template: Template::Std2019 }));
/// assert_eq!(e.to_string(), "row `other_misc` does not exist in the std2019 template");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The row does not exist in the table's template (a 2019 §3 table has no `other_misc`).
    #[error("row `{row}` does not exist in the {template} template")]
    RowNotInTemplate {
        /// Row id.
        row: &'static str,
        /// The table's template.
        template: Template,
    },
    /// The §2 template has no such cell.
    #[error("cell `{row}`/`{column}` does not exist in the {template} §2 template")]
    CellNotInTemplate {
        /// Row id.
        row: &'static str,
        /// Column id.
        column: &'static str,
        /// The table's template.
        template: Template,
    },
    /// A §2 cell of the wrong kind (a count where the column is signed, …).
    #[error(
        "column `{column}` takes {}, and the cell given is another kind of value",
        kind_in_words(column)
    )]
    WrongCellKind {
        /// Column id.
        column: &'static str,
    },
    /// Text that is not a value of the expected kind: a money amount
    /// ([`crate::report::Amount`]'s `FromStr`), the only text the model parses with an error.
    #[error("`{0}` is not an amount: expected a number, optionally followed by 元 or 万元")]
    BadValue(String),
}
