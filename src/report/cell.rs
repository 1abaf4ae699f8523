//! One table cell: blank, `/`, a value, or text that could not be read as a value.
//!
//! Real reports use all four of blank, `/` (not applicable), `0` and a number, and blank means
//! "0" in some reports and "not filled in" in others (DOMAIN.md §7). The model keeps them apart
//! and never turns one into another; rules decide what a blank means for them.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A table cell holding a value of type `T` (a count `u64`, a signed change `i64`, or an
/// amount).
///
/// Serialized as `null` (blank), `"/"` (not applicable), a number (counts and signed changes),
/// a decimal string (amounts), or the raw text for a cell that could not be read (identity H5:
/// a count must be a non-negative integer, so `-3` or `2.5` in a count column stays visible as
/// [`Cell::Invalid`] and the domain rules report it).
///
/// # Example
/// ```
/// use zfxxgk::Cell;
/// let c: Cell<u64> = Cell::parse("12");
/// assert_eq!(c, Cell::Value(12));
/// assert_eq!(Cell::<u64>::parse("/"), Cell::NotApplicable);
/// assert_eq!(Cell::<u64>::parse(""), Cell::Blank);
/// assert_eq!(Cell::<u64>::parse("-3"), Cell::Invalid("-3".into()));
/// assert_eq!(serde_json::to_string(&c).unwrap(), "12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Cell<T> {
    /// Nothing in the cell.
    #[default]
    Blank,
    /// `/`: the report says the cell does not apply.
    NotApplicable,
    /// A value.
    Value(T),
    /// Text in the cell that is not a valid value of the cell's type (kept verbatim).
    Invalid(String),
}

/// A value type that a [`Cell`] can hold: `u64` (counts), `i64` (signed changes, `减4`),
/// [`Decimal`] and [`Amount`](crate::report::Amount) (money), `String` (raw text).
///
/// # Example
/// ```
/// use zfxxgk::Cell;
/// use zfxxgk::report::CellValue;
/// assert_eq!(<i64 as CellValue>::from_text("减4"), Some(-4));
/// assert_eq!(Cell::<i64>::parse("增19"), Cell::Value(19));
/// ```
pub trait CellValue: Sized + Clone {
    /// Reads the value from cell text that has been trimmed and is not blank or `/`; `None` if
    /// the text is not a value of this type.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::CellValue;
    /// assert_eq!(<u64 as CellValue>::from_text("+12"), Some(12));
    /// assert_eq!(<u64 as CellValue>::from_text("-3"), None); // H5: counts are non-negative
    /// assert_eq!(<u64 as CellValue>::from_text("2.5"), None);
    /// ```
    fn from_text(s: &str) -> Option<Self>;
    /// Writes the value the way the crate serializes it.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Amount, CellValue};
    /// assert_eq!(CellValue::to_text(&-185i64), "-185");
    /// let a: Amount = "251000元".parse()?;
    /// assert_eq!(CellValue::to_text(&a), "251000元");
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    fn to_text(&self) -> String;
    /// Whether the value serializes as a JSON number (counts) rather than a string (amounts).
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::Cell;
    /// use zfxxgk::report::CellValue;
    /// assert!(<u64 as CellValue>::JSON_NUMBER);
    /// assert!(!<Decimal as CellValue>::JSON_NUMBER);
    /// let d: Cell<Decimal> = Cell::parse("7730.28");
    /// assert_eq!(serde_json::to_string(&d).unwrap(), "\"7730.28\"");
    /// ```
    const JSON_NUMBER: bool;
    /// The value as a JSON integer when it serializes as one ([`CellValue::JSON_NUMBER`]) and
    /// fits: `u64` for a count, `i64` below zero. The default reads [`CellValue::to_text`];
    /// the integer types answer without writing text.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{CellValue, JsonInteger};
    /// assert_eq!(CellValue::json_integer(&7u64), Some(JsonInteger::Unsigned(7)));
    /// assert_eq!(CellValue::json_integer(&-4i64), Some(JsonInteger::Signed(-4)));
    /// assert_eq!(CellValue::json_integer(&rust_decimal::Decimal::ONE), None);
    /// ```
    fn json_integer(&self) -> Option<JsonInteger> {
        if !Self::JSON_NUMBER {
            return None;
        }
        let text = self.to_text();
        text.parse()
            .map(JsonInteger::Unsigned)
            .or_else(|_| text.parse().map(JsonInteger::Signed))
            .ok()
    }
}

/// A cell value written as a JSON number ([`CellValue::json_integer`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonInteger {
    /// Zero or more.
    Unsigned(u64),
    /// Below zero.
    Signed(i64),
}

impl CellValue for u64 {
    fn from_text(s: &str) -> Option<Self> {
        let s = s.strip_prefix('+').unwrap_or(s);
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }
    fn to_text(&self) -> String {
        self.to_string()
    }
    const JSON_NUMBER: bool = true;
    fn json_integer(&self) -> Option<JsonInteger> {
        Some(JsonInteger::Unsigned(*self))
    }
}

impl CellValue for i64 {
    fn from_text(s: &str) -> Option<Self> {
        let (neg, digits) = if let Some(r) = s.strip_prefix('-') {
            (true, r)
        } else if let Some(r) = s.strip_prefix('减') {
            (true, r)
        } else if let Some(r) = s.strip_prefix('+') {
            (false, r)
        } else if let Some(r) = s.strip_prefix('增') {
            (false, r)
        } else {
            (false, s)
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let v: i64 = digits.parse().ok()?;
        Some(if neg { -v } else { v })
    }
    fn to_text(&self) -> String {
        self.to_string()
    }
    const JSON_NUMBER: bool = true;
    fn json_integer(&self) -> Option<JsonInteger> {
        Some(match u64::try_from(*self) {
            Ok(u) => JsonInteger::Unsigned(u),
            Err(_) => JsonInteger::Signed(*self),
        })
    }
}

impl CellValue for Decimal {
    fn from_text(s: &str) -> Option<Self> {
        if s.is_empty()
            || !s
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'+')
        {
            return None;
        }
        Decimal::from_str(s.strip_prefix('+').unwrap_or(s)).ok()
    }
    fn to_text(&self) -> String {
        self.to_string()
    }
    const JSON_NUMBER: bool = false;
}

impl<T: CellValue> Cell<T> {
    /// Reads a cell from its text, trimmed: empty → [`Cell::Blank`], `/` (or the full-width
    /// `／`, or `\`) → [`Cell::NotApplicable`], a valid value → [`Cell::Value`], anything
    /// else (a dash `-` or `—` included) → [`Cell::Invalid`] with the text kept.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// assert_eq!(Cell::<u64>::parse(" 0 "), Cell::Value(0));
    /// assert_eq!(Cell::<u64>::parse("／"), Cell::NotApplicable);
    /// assert_eq!(Cell::<u64>::parse("—"), Cell::Invalid("—".into()));
    /// assert_eq!(Cell::<u64>::parse("2.5"), Cell::Invalid("2.5".into()));
    /// ```
    pub fn parse(text: &str) -> Cell<T> {
        let t = text.trim();
        match t {
            "" => Cell::Blank,
            "/" | "／" | "\\" => Cell::NotApplicable,
            _ => match T::from_text(t) {
                Some(v) => Cell::Value(v),
                None => Cell::Invalid(t.to_string()),
            },
        }
    }

    /// The value, if the cell holds one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// assert_eq!(Cell::<String>::parse("两件").value().map(String::as_str), Some("两件"));
    /// assert_eq!(Cell::<u64>::parse("/").value(), None);
    /// ```
    pub fn value(&self) -> Option<&T> {
        match self {
            Cell::Value(v) => Some(v),
            _ => None,
        }
    }

    /// Whether the cell is blank (a `0` or a `/` is not: DOMAIN.md §7 keeps them apart).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// assert!(Cell::<u64>::parse("").is_blank());
    /// assert!(!Cell::<u64>::parse("0").is_blank());
    /// assert!(!Cell::<u64>::parse("/").is_blank());
    /// ```
    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Blank)
    }
}

impl<T: Copy> Cell<T> {
    /// The value, copied, if the cell holds one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// assert_eq!(Cell::<u64>::parse("70").get(), Some(70));
    /// assert_eq!(Cell::<u64>::Blank.get(), None);
    /// ```
    pub fn get(&self) -> Option<T> {
        match self {
            Cell::Value(v) => Some(*v),
            _ => None,
        }
    }
}

impl<T: CellValue> fmt::Display for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Blank => Ok(()),
            Cell::NotApplicable => f.write_str("/"),
            Cell::Value(v) => f.write_str(&v.to_text()),
            Cell::Invalid(s) => f.write_str(s),
        }
    }
}

impl<T: CellValue> Serialize for Cell<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Blank => s.serialize_none(),
            Cell::NotApplicable => s.serialize_str("/"),
            Cell::Invalid(t) => s.serialize_str(t),
            Cell::Value(v) => match v.json_integer() {
                Some(JsonInteger::Unsigned(u)) => s.serialize_u64(u),
                Some(JsonInteger::Signed(i)) => s.serialize_i64(i),
                None => s.serialize_str(&v.to_text()),
            },
        }
    }
}

struct CellVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: CellValue> Visitor<'de> for CellVisitor<T> {
    type Value = Cell<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("null, \"/\", a number or a decimal string")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Cell<T>, E> {
        Ok(Cell::Blank)
    }
    fn visit_none<E: de::Error>(self) -> Result<Cell<T>, E> {
        Ok(Cell::Blank)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Cell<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Cell<T>, E> {
        Ok(Cell::parse(&v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Cell<T>, E> {
        Ok(Cell::parse(&v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Cell<T>, E> {
        if !v.is_finite() {
            return Err(E::custom("a cell cannot hold a non-finite number"));
        }
        Ok(Cell::parse(&v.to_string()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cell<T>, E> {
        Ok(Cell::parse(v))
    }
}

impl<'de, T: CellValue> Deserialize<'de> for Cell<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Cell<T>, D::Error> {
        d.deserialize_option(CellVisitor(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_kinds_stay_apart() {
        assert_eq!(Cell::<u64>::parse(" "), Cell::Blank);
        assert_eq!(Cell::<u64>::parse("/"), Cell::NotApplicable);
        assert_eq!(Cell::<u64>::parse("0"), Cell::Value(0));
        assert_eq!(Cell::<u64>::parse("7"), Cell::Value(7));
        assert_eq!(Cell::<u64>::parse("2.5"), Cell::Invalid("2.5".into()));
        assert_eq!(Cell::<u64>::parse("x"), Cell::Invalid("x".into()));
    }

    #[test]
    fn signed_changes() {
        assert_eq!(Cell::<i64>::parse("减4"), Cell::Value(-4));
        assert_eq!(Cell::<i64>::parse("-185"), Cell::Value(-185));
        assert_eq!(Cell::<i64>::parse("+19"), Cell::Value(19));
        assert_eq!(Cell::<i64>::parse("12"), Cell::Value(12));
        assert_eq!(Cell::<i64>::parse("--1"), Cell::Invalid("--1".into()));
    }

    #[test]
    fn overflow_is_invalid_not_a_panic() {
        assert!(matches!(
            Cell::<u64>::parse("99999999999999999999999"),
            Cell::Invalid(_)
        ));
        assert!(matches!(
            Cell::<i64>::parse("-99999999999999999999999"),
            Cell::Invalid(_)
        ));
    }

    #[test]
    fn serde_round_trip() {
        for c in [
            Cell::<u64>::Blank,
            Cell::NotApplicable,
            Cell::Value(0),
            Cell::Value(42),
            Cell::Invalid("2.5".into()),
            Cell::Invalid("-3".into()),
        ] {
            let j = serde_json::to_string(&c).unwrap();
            let back: Cell<u64> = serde_json::from_str(&j).unwrap();
            assert_eq!(back, c, "{j}");
        }
        let d: Cell<Decimal> = Cell::parse("24252.311082");
        let j = serde_json::to_string(&d).unwrap();
        assert_eq!(j, "\"24252.311082\"");
        assert_eq!(serde_json::from_str::<Cell<Decimal>>(&j).unwrap(), d);
        assert_eq!(
            serde_json::from_str::<Cell<u64>>("-3").unwrap(),
            Cell::Invalid("-3".into())
        );
    }
}
