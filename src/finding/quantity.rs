//! The values a finding expected and found.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A value a finding expected or found: an integer, an exact decimal, or text.
///
/// Serialized as a JSON number (integers), a decimal string, or a string.
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::finding::Quantity;
/// assert_eq!(Quantity::from(36u64), Quantity::Int(36));
/// assert_eq!(serde_json::to_string(&Quantity::from(36u64))?, "36");
/// assert_eq!(serde_json::to_string(&Quantity::from(Decimal::new(36, 1)))?, r#""3.6""#);
/// assert_eq!(Quantity::from("空白").to_string(), "空白");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Quantity {
    /// An integer (counts and sums of counts; never overflows).
    Int(i128),
    /// An exact decimal (amounts, percentages).
    Decimal(Decimal),
    /// Anything else (a blank cell, a label, a date).
    Text(String),
}

impl From<u64> for Quantity {
    fn from(v: u64) -> Self {
        Quantity::Int(i128::from(v))
    }
}

impl From<i64> for Quantity {
    fn from(v: i64) -> Self {
        Quantity::Int(i128::from(v))
    }
}

impl From<i128> for Quantity {
    fn from(v: i128) -> Self {
        Quantity::Int(v)
    }
}

impl From<Decimal> for Quantity {
    fn from(v: Decimal) -> Self {
        Quantity::Decimal(v)
    }
}

impl From<&str> for Quantity {
    fn from(v: &str) -> Self {
        Quantity::Text(v.to_string())
    }
}

impl From<String> for Quantity {
    fn from(v: String) -> Self {
        Quantity::Text(v)
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quantity::Int(i) => write!(f, "{i}"),
            Quantity::Decimal(d) => write!(f, "{d}"),
            Quantity::Text(t) => f.write_str(t),
        }
    }
}
