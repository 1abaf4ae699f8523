//! The national-scale run of the `national` example: synthetic reports from random consistent
//! models, audited in parallel, judged against what was planted, rolled up in shards.
//!
//! Shared with `tests/national.rs` (included with `#[path]`), so the test runs the same code
//! at a small scale.
#![allow(dead_code)] // the example and the test each use a part

pub mod agency;
pub mod case;
pub mod form;
pub mod judge;
pub mod legacy;
pub mod plant;
pub mod rng;
pub mod run;
pub mod standard;
pub mod tally;
pub mod text;
