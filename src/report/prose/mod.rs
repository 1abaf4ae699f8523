//! Prose claims: the numeric statements a report makes in sentences rather than tables.
//!
//! Most of what a report asserts is in sentences: `共受理政府信息公开申请55件，其中当面申请5件…`,
//! `“同意公开”的52件，占总数的94.5%`. Under the 2008 regulation (2008 art. 32) reports had no
//! national tables at all, so every figure is prose (DOMAIN.md §5, §8). A [`Claim`] is one such
//! statement, typed: a total with its breakdown, a part with its share, a rate, a count tied to
//! a year, a nil statement. Every claim keeps its sentence, its byte span and its section, so a
//! finding about it can quote it.

mod claim;
mod figure;
mod measure;

pub use claim::{claims_by_section, Claim, ClaimKind};
pub(crate) use figure::UNIT_SPELLINGS;
pub use figure::{Approx, Figure, Part, Unit};
pub use measure::{Measure, MeasureKind, Quote, Reading, Scope, Timeframe};
