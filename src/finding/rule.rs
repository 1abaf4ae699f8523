//! Rules as data: a stable code, a name, a severity, what the rule rests on, a summary in
//! English and Chinese, and how it is run.
//!
//! Each layer that fires rules declares them in one table with [`rule_table!`]: the parser its
//! reading diagnostics (`RDG`), aggregation its cross-year rules (`XYR`), [`crate::rules`] the
//! single-report checks. The table makes one `const` per rule, so findings are emitted by
//! reference (`Finding::of(&TBL001, location)`) and an emitted rule is always a registered one;
//! [`crate::registry`] collects the tables.

use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::finding::{Finding, Severity};
use crate::law::ArticleRef;
use crate::report::{AnnualReport, Identity};

/// A rule code: a family prefix of three upper-case ASCII letters and three digits
/// (`TBL001`). Codes are never renumbered or reused. Serialized as its text.
///
/// # Example
/// ```
/// use zfxxgk::finding::RuleCode;
/// let code: RuleCode = "TBL001".parse()?;
/// assert_eq!(code, "TBL001");
/// assert_eq!((code.family(), code.to_string().as_str()), ("TBL", "TBL001"));
/// assert_eq!(serde_json::to_string(&code).unwrap(), r#""TBL001""#);
/// assert!("tbl001".parse::<RuleCode>().is_err());
/// assert!("TBL01".parse::<RuleCode>().is_err());
/// # Ok::<(), zfxxgk::finding::RuleCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuleCode([u8; 6]);

/// Text that is not a rule code.
///
/// # Example
/// ```
/// use zfxxgk::finding::RuleCode;
/// let e = "TBL1".parse::<RuleCode>().unwrap_err();
/// assert_eq!(
///     e.to_string(),
///     "`TBL1` is not a rule code: expected three upper-case letters and three digits, e.g. TBL001"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a rule code: expected three upper-case letters and three digits, e.g. TBL001"
)]
pub struct RuleCodeError(String);

const fn well_formed(b: &[u8]) -> bool {
    if b.len() != 6 {
        return false;
    }
    let mut i = 0;
    while i < 6 {
        let ok = if i < 3 {
            b[i].is_ascii_uppercase()
        } else {
            b[i].is_ascii_digit()
        };
        if !ok {
            return false;
        }
        i += 1;
    }
    true
}

impl RuleCode {
    /// The code of a constant table entry.
    ///
    /// # Panics
    /// When `code` is not three upper-case ASCII letters and three digits. Meant for constants,
    /// where the panic is a compile error; parse text with [`str::parse`] instead.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::RuleCode;
    /// const MINE: RuleCode = RuleCode::from_static("ABC123");
    /// assert_eq!(MINE.as_str(), "ABC123");
    /// ```
    pub const fn from_static(code: &'static str) -> RuleCode {
        let b = code.as_bytes();
        assert!(
            well_formed(b),
            "a rule code is three upper-case letters and three digits"
        );
        RuleCode([b[0], b[1], b[2], b[3], b[4], b[5]])
    }

    /// The code as text.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::rules::TBL005.code.as_str(), "TBL005");
    /// ```
    pub fn as_str(&self) -> &str {
        // Always ASCII: every constructor checks the bytes.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The family prefix (`TBL`, `PRO`, …).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::rules::PRO002.code.family(), "PRO");
    /// ```
    pub fn family(&self) -> &str {
        self.as_str().get(..3).unwrap_or_default()
    }
}

impl FromStr for RuleCode {
    type Err = RuleCodeError;

    fn from_str(s: &str) -> Result<RuleCode, RuleCodeError> {
        let b = s.as_bytes();
        if well_formed(b) {
            Ok(RuleCode([b[0], b[1], b[2], b[3], b[4], b[5]]))
        } else {
            Err(RuleCodeError(s.to_string()))
        }
    }
}

impl TryFrom<&str> for RuleCode {
    type Error = RuleCodeError;

    fn try_from(s: &str) -> Result<RuleCode, RuleCodeError> {
        s.parse()
    }
}

impl Deref for RuleCode {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for RuleCode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for RuleCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<RuleCode> for &str {
    fn eq(&self, other: &RuleCode) -> bool {
        *self == other.as_str()
    }
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl Serialize for RuleCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RuleCode, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What a rule rests on.
///
/// # Example
/// ```
/// use zfxxgk::rules::{Basis, PRO004};
/// use zfxxgk::{ArticleRef, Edition};
/// // PRO004 rests on 2008 art. 31 (the report covers the preceding year).
/// assert_eq!(PRO004.basis, [Basis::Article(ArticleRef::new(Edition::V2008, 31))]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Basis {
    /// An identity of the formats.
    Identity(Identity),
    /// An article of the regulation.
    Article(ArticleRef),
    /// The uniform format itself (2019 art. 50 para 2; 国办公开办函〔2019〕60号, 〔2021〕30号).
    Format,
}

/// How a rule is run.
///
/// # Example
/// ```
/// use zfxxgk::finding::Check;
/// assert!(matches!(zfxxgk::rules::TBL001.check, Check::Report(_)));
/// // The reader's diagnostics run inside the parser.
/// assert!(matches!(zfxxgk::parse::RDG001.check, Check::External("parse")));
/// ```
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum Check {
    /// Runs on one report by [`crate::rules::check`].
    Report(fn(&AnnualReport, &mut Vec<Finding>)),
    /// Needs more than one report or other input; run by the module named.
    External(&'static str),
}

impl fmt::Debug for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Check::Report(_) => f.write_str("Report(..)"),
            Check::External(m) => write!(f, "External({m})"),
        }
    }
}

/// One rule: what it checks, why, and how serious a violation is.
///
/// Rules are declared only in the rule tables of the layers that fire them (the constructor
/// is not public), and listed by [`crate::registry()`].
///
/// # Example
/// ```
/// use zfxxgk::rules::{Basis, Identity, Severity, TBL001};
/// assert_eq!((TBL001.name, TBL001.severity), ("requests_column_balance", Severity::Error));
/// assert_eq!(TBL001.basis, [Basis::Identity(Identity::H1)]);
/// assert_eq!(TBL001.code, "TBL001");
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Rule {
    /// Stable code, e.g. `TBL001`.
    pub code: RuleCode,
    /// Short snake_case name.
    pub name: &'static str,
    /// Severity of a violation.
    pub severity: Severity,
    /// The identities or articles the rule enforces.
    pub basis: &'static [Basis],
    /// What it checks, in English.
    pub summary: &'static str,
    /// What it checks, in Chinese.
    pub summary_zh: &'static str,
    /// How it is run.
    pub check: Check,
}

impl Rule {
    /// Builds a rule entry (used by [`rule_table!`]).
    #[allow(clippy::too_many_arguments)]
    pub(crate) const fn new(
        code: &'static str,
        name: &'static str,
        severity: Severity,
        basis: &'static [Basis],
        summary: &'static str,
        summary_zh: &'static str,
        check: Check,
    ) -> Rule {
        Rule {
            code: RuleCode::from_static(code),
            name,
            severity,
            basis,
            summary,
            summary_zh,
            check,
        }
    }
}

impl PartialEq for Rule {
    /// Rules are equal when their codes are.
    fn eq(&self, other: &Rule) -> bool {
        self.code == other.code
    }
}

impl Eq for Rule {}

/// Declares a layer's table of rules: one `pub const` per rule named by its code, and a
/// `pub(crate) const RULES: &[Rule]` listing them in table order.
///
/// ```ignore
/// rule_table! {
///     TBL001 {
///         name: "requests_column_balance",
///         severity: Error,
///         basis: [Basis::Identity(Identity::H1)],
///         summary: "per §3 column: …",
///         summary_zh: "§3表每列：…",
///         check: Check::Report(h1_column_balance),
///     }
/// }
/// ```
macro_rules! rule_table {
    ($(
        $code:ident {
            name: $name:literal,
            severity: $sev:ident,
            basis: [$($basis:expr),+ $(,)?],
            summary: $en:literal,
            summary_zh: $zh:literal,
            check: $check:expr $(,)?
        }
    )+) => {
        $(
            #[doc = concat!("`", stringify!($code), "` (`", $name, "`): ", $en, "\n\n", $zh)]
            pub const $code: $crate::finding::Rule = $crate::finding::Rule::new(
                stringify!($code),
                $name,
                $crate::finding::Severity::$sev,
                &[$($basis),+],
                $en,
                $zh,
                $check,
            );
        )+
        /// The rules of this table, in table order.
        pub(crate) const RULES: &[$crate::finding::Rule] = &[$($code),+];
    };
}
pub(crate) use rule_table;
