//! Reading reports from text.

pub(crate) mod fees;
