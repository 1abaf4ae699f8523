//! Errors: only for input that cannot be read at all. Problems *in* a report are findings
//! ([`crate::rules::Finding`]), never errors.

use thiserror::Error;

use crate::law::Template;

/// An operation on the typed model was refused.
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
    #[error("column `{column}` holds another kind of value")]
    WrongCellKind {
        /// Column id.
        column: &'static str,
    },
    /// Text that is not a value of the expected kind.
    #[error("`{0}` is not a valid value")]
    BadValue(String),
}

/// Report text that cannot be read at all.
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
    /// The input contains no text a report could be read from.
    #[error("line {line}: {reason}")]
    NotAReport {
        /// 1-based line where reading stopped.
        line: u32,
        /// Why.
        reason: String,
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
