//! Aggregation: rollups across agencies, series across years, rates, export.
//!
//! Works on the typed model only ([`AnnualReport`](crate::AnnualReport) and its tables).
//!
//! * [`Rollup`] sums any number of reports' §2, §3 and §4 tables cell by cell. It is a
//!   commutative monoid ([`Rollup::empty`], [`Rollup::merge`], [`Rollup::add`]), so a set of
//!   reports can be split any way, rolled up per shard and merged. [`rollup_by`] groups by any
//!   key; [`rollup_with_summaries`] checks reports that claim to be a sum (`本级汇总`, rule
//!   `XYR005`).
//! * [`check_series`] runs the cross-year identities of DOMAIN.md §2.7 on one agency's
//!   reports: S1 carry-over (`XYR001`), S2 stock-flow of `现行有效件数` (`XYR002`), S4 item
//!   counts (`XYR003`), and notes year gaps (`XYR004`). [`Series`] holds per-year figures,
//!   each flagged exact or approximate ([`Fit`](crate::report::Fit)) so pre-2019 figures mapped onto
//!   the 2019 rows (DOMAIN.md §5.3) can share a trend line.
//! * [`Rates`]: exact ratios ([`Ratio`]) with their formulas, and their year-over-year change.
//! * [`long_rows`]: long-format export (`agency,year,table,row,column,value`), written as CSV
//!   by `write_csv` (cargo feature `csv`); every type here is `Serialize` for JSON.
//!
//! # Cell algebra of a rollup
//!
//! | inputs of one cell | summed cell |
//! |---|---|
//! | only blanks (or no input) | blank: a blank stays blank only if every input is blank |
//! | `/` and blanks | `/` |
//! | values, with blanks or `/` | the exact sum of the values; a `/` next to values is noted ([`CellIssue::MixedNotApplicable`]) |
//! | any unreadable input | not summable ([`CellIssue::NotSummable`]), whatever else went in; the model cell holds [`Cell::Invalid`](crate::Cell) `"not summable"` |
//!
//! Counts are added in `u128` and an overflow of `u64` is reported ([`CellIssue::Overflow`])
//! from the true total, so it does not depend on the order of the inputs. Signed `本年增/减`
//! changes are added in `i128`. Money is added as exact `Decimal` per unit as written; 元 and
//! 万元 together give 元, an amount without a unit next to one with a unit is a
//! [`CellIssue::UnitConflict`]. Under these choices `merge` is associative and commutative
//! with `empty()` as identity (tested by property tests), except beyond 2^64 inputs or money
//! beyond 28 significant digits, where `Decimal` itself rounds.
//!
//! # Example
//! ```
//! use zfxxgk::aggregate::{long_rows, Rates, Rollup};
//! use zfxxgk::{AnnualReport, Cell, Outcome, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
//! let agency = |disclosed: u64, total: u64| -> Result<AnnualReport, zfxxgk::ModelError> {
//!     let mut t = RequestTable::new(Template::Std2021);
//!     t.set(RequestRow::Outcome(Outcome::Disclosed), RequestColumn::Total, Cell::Value(disclosed))?;
//!     t.set(RequestRow::Outcome(Outcome::PartiallyDisclosed), RequestColumn::Total, Cell::Value(0))?;
//!     t.set(RequestRow::TotalProcessed, RequestColumn::Total, Cell::Value(total))?;
//!     let mut r = AnnualReport::new(ReportFormat::Std2021);
//!     r.tables.requests = Some(t);
//!     Ok(r)
//! };
//! let (a, b) = (agency(1, 4)?, agency(5, 6)?);
//! let province = Rollup::of([&a, &b]).to_report();
//! // The rate of the sum is not the mean of the rates: 6 / 10, not (25 % + 83.33 %) / 2.
//! assert_eq!(Rates::of(&province).disclosure.percent.unwrap().to_string(), "60.00");
//! assert_eq!(long_rows(&province).len(), 25 * 7);
//! # Ok::<(), zfxxgk::ModelError>(())
//! ```

mod crossyear;
mod cumulative;
mod export;
mod notes;
mod rates;
mod rollup;
mod rules;
mod series;
mod sum;
mod summary;

use thiserror::Error;

pub use crossyear::{agency_key, check_series, check_series_by};
#[cfg(feature = "csv")]
pub use export::write_csv;
pub use export::{long_rows, tables_long_rows, LongRow, CSV_HEADER};
pub use notes::{CellIssue, CellNote, DroppedRow, TotalCheck};
pub use rates::{Rate, RateChange, Rates, Ratio};
pub use rollup::{rollup_by, Rollup};
pub use rules::*;
pub use series::{Series, SeriesPoint, SeriesValue};
pub use sum::InputCounts;
pub use summary::{check_summary, rollup_with_summaries, Role, RollupInput};

/// An aggregation could not be carried out.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{AggregateError, SeriesPoint};
/// use zfxxgk::RequestRow;
/// use zfxxgk::report::Fit;
/// let row = RequestRow::Received;
/// let e = SeriesPoint::from_mapped(2015, [(row, u64::MAX, Fit::Good), (row, 1, Fit::Good)]).unwrap_err();
/// assert!(matches!(&e, AggregateError::Overflow { what } if what == "year 2015, row `received`"));
/// assert_eq!(
///     e.to_string(),
///     "year 2015, row `received`: the figures add up to more than 18446744073709551615, the largest count"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum AggregateError {
    /// Figures add up beyond what a count holds (`u64::MAX`).
    #[error("{what}: the figures add up to more than {max}, the largest count", max = u64::MAX)]
    Overflow {
        /// Which figure, e.g. ``year 2015, row `received` ``.
        what: String,
    },
}
