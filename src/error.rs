//! Errors: only for input that cannot be read at all. Problems *in* a report are findings
//! ([`crate::finding::Finding`]), never errors. Each layer has its own error type
//! ([`ModelError`] in the model, [`ParseError`] in the parser, …); [`Error`] gathers them.

use thiserror::Error;

pub use crate::parse::ParseError;
pub use crate::report::ModelError;

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
    #[cfg(feature = "csv")]
    #[error(transparent)]
    Csv(#[from] crate::cases::CsvError),
    /// See [`crate::cases::CsvErrors`].
    #[cfg(feature = "csv")]
    #[error(transparent)]
    CsvRows(#[from] crate::cases::CsvErrors),
    /// See [`crate::aggregate::AggregateError`].
    #[error(transparent)]
    Aggregate(#[from] crate::aggregate::AggregateError),
}
