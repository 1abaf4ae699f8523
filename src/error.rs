//! Errors: only for input that cannot be read at all. Problems *in* a report are findings
//! ([`crate::rules::Finding`]), never errors.

use thiserror::Error;

pub use crate::report::ModelError;

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
