//! Errors: only for input that cannot be read at all. Problems *in* a report are findings
//! ([`crate::rules::Finding`]), never errors.

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
    /// ([`crate::Amount`]'s `FromStr`), the only text the model parses with an error.
    #[error("`{0}` is not an amount: expected a number, optionally followed by 元 or 万元")]
    BadValue(String),
}

/// Report text that cannot be read at all.
///
/// # Example
/// ```
/// use zfxxgk::parse::{parse, MAX_INPUT_BYTES};
/// use zfxxgk::ParseError;
/// let e = parse(&"a".repeat(MAX_INPUT_BYTES + 1)).unwrap_err();
/// assert_eq!(e, ParseError::TooLarge { size: MAX_INPUT_BYTES + 1, max: MAX_INPUT_BYTES });
/// assert_eq!(e.to_string(), "input is 16777217 bytes, more than the maximum of 16777216 bytes");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The input is larger than [`crate::parse::MAX_INPUT_BYTES`].
    #[error("input is {size} bytes, more than the maximum of {max} bytes")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The maximum.
        max: usize,
    },
}

/// Any error of the crate, for callers that want one error type (`?` converts each module's
/// error into it).
///
/// # Example
/// ```
/// fn due() -> Result<chrono::NaiveDate, zfxxgk::Error> {
///     let d = chrono::NaiveDate::from_ymd_opt(2030, 1, 2).unwrap();
///     let cal = zfxxgk::calendar::WorkCalendar::official();
///     Ok(cal.add_working_days(d, 20)?)
/// }
/// assert!(matches!(due(), Err(zfxxgk::Error::Calendar(_))));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// See [`ModelError`].
    #[error(transparent)]
    Model(#[from] ModelError),
    /// See [`ParseError`].
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// See [`crate::calendar::CalendarError`].
    #[error(transparent)]
    Calendar(#[from] crate::calendar::CalendarError),
    /// See [`crate::DeadlineError`].
    #[error(transparent)]
    Deadline(#[from] crate::DeadlineError),
    /// See [`crate::FeeError`].
    #[error(transparent)]
    Fee(#[from] crate::FeeError),
    /// See [`crate::cases::CsvError`].
    #[error(transparent)]
    Csv(#[from] crate::cases::CsvError),
    /// See [`crate::aggregate::AggregateError`].
    #[error(transparent)]
    Aggregate(#[from] crate::aggregate::AggregateError),
}
