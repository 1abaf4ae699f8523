//! The parser's one error: input it refuses to read at all.

use thiserror::Error;

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
