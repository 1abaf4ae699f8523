//! The findings vocabulary: what any layer says about a report, as data.
//!
//! A [`Finding`] names its [`Rule`] by code, says how serious it is ([`Severity`]) and what
//! the rule concluded ([`Status`]), points at a table cell, row, column, section or span of
//! text ([`Location`]), and carries the expected and the found value ([`Quantity`]) with the
//! source text as evidence. The parser (reading diagnostics), [`crate::rules`] (single-report
//! checks) and [`crate::aggregate`] (cross-year checks) all speak it; none of them depends on
//! another, and this module depends only on the model.
//!
//! # Example
//! ```
//! use zfxxgk::finding::{Finding, Location, Severity, Status};
//! use zfxxgk::RequestColumn;
//! let f = Finding::of(&zfxxgk::rules::TBL001, Location::column(RequestColumn::Total))
//!     .expected(36u64)
//!     .actual(35u64);
//! assert_eq!((f.rule.as_str(), f.severity, f.status), ("TBL001", Severity::Error, Status::Violated));
//! ```

mod flat;
mod ids;
mod location;
mod quantity;
mod record;
mod rule;
mod severity;

pub use crate::report::{Identity, TableId};
pub use flat::FindingRecord;
pub use ids::{ColumnId, RowId};
pub use location::Location;
pub use quantity::Quantity;
pub use record::Finding;
pub(crate) use rule::rule_table;
pub use rule::{Basis, Check, Rule, RuleCode, RuleCodeError};
pub use severity::{Severity, Status};
