//! The cells of the §2 table: counts, signed changes and money amounts with their unit.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};

use crate::report::active::ActiveKind;
use crate::report::cell::{Cell, CellValue};
use crate::report::error::ModelError;

/// A unit of money written in a cell.
///
/// # Example
/// ```
/// use zfxxgk::report::{Amount, MoneyUnit};
/// let a: Amount = "7730.28万元".parse()?;
/// assert_eq!(a.unit, Some(MoneyUnit::WanYuan));
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MoneyUnit {
    /// `元`.
    Yuan,
    /// `万元` (10,000 元).
    WanYuan,
}

impl MoneyUnit {
    /// The serialized id (`yuan`, `wan_yuan`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::MoneyUnit;
    /// assert_eq!(MoneyUnit::WanYuan.id(), "wan_yuan");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "yuan",
            MoneyUnit::WanYuan => "wan_yuan",
        }
    }

    /// The unit as written (`元`, `万元`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::MoneyUnit;
    /// assert_eq!(MoneyUnit::WanYuan.label(), "万元");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::WanYuan => "万元",
        }
    }
}

crate::vocab::vocabulary!(MoneyUnit, "money unit", [Yuan, WanYuan]);

/// A money amount as a report writes it: an exact decimal and, if the cell states one, its unit
/// (`251000元`, `75394432.52元`, `7730.28`).
///
/// # Example
/// ```
/// use zfxxgk::report::{Amount, MoneyUnit};
/// let a: Amount = "251000元".parse().unwrap();
/// assert_eq!(a.unit, Some(MoneyUnit::Yuan));
/// assert_eq!(a.to_string(), "251000元");
/// assert_eq!("1.5万元".parse::<Amount>().unwrap().in_yuan(), Some(rust_decimal::Decimal::from(15000)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Amount {
    /// The number as written.
    pub value: Decimal,
    /// The unit written in the cell, if any.
    pub unit: Option<MoneyUnit>,
}

impl Amount {
    /// The amount in 元, if its unit is known (exact; `None` also on overflow).
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::report::Amount;
    /// let wan: Amount = "24252.311082万元".parse()?;
    /// assert_eq!(wan.in_yuan(), Some("242523110.82".parse::<Decimal>()?));
    /// let bare: Amount = "7730.28".parse()?;
    /// assert_eq!(bare.in_yuan(), None); // no unit written: not guessed
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_yuan(&self) -> Option<Decimal> {
        match self.unit? {
            MoneyUnit::Yuan => Some(self.value),
            MoneyUnit::WanYuan => self.value.checked_mul(Decimal::from(10_000)),
        }
    }
}

impl FromStr for Amount {
    type Err = ModelError;
    fn from_str(s: &str) -> Result<Amount, ModelError> {
        let t = s.trim();
        let (num, unit) = if let Some(n) = t.strip_suffix("万元") {
            (n, Some(MoneyUnit::WanYuan))
        } else if let Some(n) = t.strip_suffix('元') {
            (n, Some(MoneyUnit::Yuan))
        } else {
            (t, None)
        };
        let value = <Decimal as CellValue>::from_text(num.trim().trim_end_matches('.'))
            .ok_or_else(|| ModelError::BadValue(s.to_string()))?;
        Ok(Amount { value, unit })
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)?;
        if let Some(u) = self.unit {
            f.write_str(u.label())?;
        }
        Ok(())
    }
}

impl CellValue for Amount {
    fn from_text(s: &str) -> Option<Self> {
        s.parse().ok()
    }
    fn to_text(&self) -> String {
        self.to_string()
    }
    const JSON_NUMBER: bool = false;
}

/// A §2 cell, typed by its column.
///
/// # Example
/// ```
/// use zfxxgk::Cell;
/// use zfxxgk::report::{ActiveCell, ActiveKind};
/// assert_eq!(ActiveCell::parse(ActiveKind::Signed, "减4"), ActiveCell::Signed(Cell::Value(-4)));
/// assert_eq!(ActiveCell::parse(ActiveKind::Count, "-4").invalid_text(), Some("-4"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActiveCell {
    /// A count column.
    Count(Cell<u64>),
    /// The signed `本年增/减` column.
    Signed(Cell<i64>),
    /// A money column.
    Amount(Cell<Amount>),
}

impl ActiveCell {
    /// A blank cell of the given kind.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// use zfxxgk::report::{ActiveCell, ActiveKind};
    /// assert_eq!(ActiveCell::blank(ActiveKind::Amount), ActiveCell::Amount(Cell::Blank));
    /// ```
    pub fn blank(kind: ActiveKind) -> ActiveCell {
        match kind {
            ActiveKind::Count => ActiveCell::Count(Cell::Blank),
            ActiveKind::Signed => ActiveCell::Signed(Cell::Blank),
            ActiveKind::Amount => ActiveCell::Amount(Cell::Blank),
        }
    }

    /// Reads a cell of the given kind from its text (see [`Cell::parse`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// use zfxxgk::report::{ActiveCell, ActiveKind, Amount};
    /// let c = ActiveCell::parse(ActiveKind::Amount, "75394432.52元");
    /// assert_eq!(c, ActiveCell::Amount(Cell::Value("75394432.52元".parse::<Amount>()?)));
    /// assert_eq!(ActiveCell::parse(ActiveKind::Count, "/"), ActiveCell::Count(Cell::NotApplicable));
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn parse(kind: ActiveKind, text: &str) -> ActiveCell {
        match kind {
            ActiveKind::Count => ActiveCell::Count(Cell::parse(text)),
            ActiveKind::Signed => ActiveCell::Signed(Cell::parse(text)),
            ActiveKind::Amount => ActiveCell::Amount(Cell::parse(text)),
        }
    }

    /// The kind of value the cell holds.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{ActiveCell, ActiveKind};
    /// assert_eq!(ActiveCell::parse(ActiveKind::Signed, "+19").kind(), ActiveKind::Signed);
    /// ```
    pub fn kind(&self) -> ActiveKind {
        match self {
            ActiveCell::Count(_) => ActiveKind::Count,
            ActiveCell::Signed(_) => ActiveKind::Signed,
            ActiveCell::Amount(_) => ActiveKind::Amount,
        }
    }

    /// Whether the cell is blank (a `0` or a `/` is not blank).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{ActiveCell, ActiveKind};
    /// assert!(ActiveCell::parse(ActiveKind::Count, " ").is_blank());
    /// assert!(!ActiveCell::parse(ActiveKind::Count, "0").is_blank());
    /// ```
    pub fn is_blank(&self) -> bool {
        match self {
            ActiveCell::Count(c) => c.is_blank(),
            ActiveCell::Signed(c) => c.is_blank(),
            ActiveCell::Amount(c) => c.is_blank(),
        }
    }

    /// The invalid text, if the cell holds text that is not a value of its kind (identity H5:
    /// a count is a non-negative integer).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{ActiveCell, ActiveKind};
    /// assert_eq!(ActiveCell::parse(ActiveKind::Count, "2.5").invalid_text(), Some("2.5"));
    /// assert_eq!(ActiveCell::parse(ActiveKind::Count, "3").invalid_text(), None);
    /// ```
    pub fn invalid_text(&self) -> Option<&str> {
        match self {
            ActiveCell::Count(Cell::Invalid(s))
            | ActiveCell::Signed(Cell::Invalid(s))
            | ActiveCell::Amount(Cell::Invalid(s)) => Some(s),
            _ => None,
        }
    }
}

impl fmt::Display for ActiveCell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActiveCell::Count(c) => c.fmt(f),
            ActiveCell::Signed(c) => c.fmt(f),
            ActiveCell::Amount(c) => c.fmt(f),
        }
    }
}

impl Serialize for ActiveCell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ActiveCell::Count(c) => c.serialize(s),
            ActiveCell::Signed(c) => c.serialize(s),
            ActiveCell::Amount(c) => c.serialize(s),
        }
    }
}
