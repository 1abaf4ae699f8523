//! One contract for every closed vocabulary of the law and the formats (§3 rows and columns,
//! §4 blocks, §2 rows, outcomes, formats, severities, …): a stable serialized `id()`, the exact
//! Chinese `label()`, `ALL` values in the order of the formats, `FromStr`/`TryFrom<&str>` that
//! name the valid ids when they refuse one, and `Display` printing the id.

use std::fmt;
use std::str::FromStr;

/// A closed vocabulary: every value has a serialized id and a Chinese label.
///
/// Generic code (exports, command-line parsers, form builders) can list, parse and print any
/// of the crate's id enums through it.
///
/// # Example
/// ```
/// use zfxxgk::{RequestRow, Vocabulary};
/// let row: RequestRow = "received".parse()?;
/// assert_eq!((row.id(), row.label()), ("received", "一、本年新收政府信息公开申请数量"));
/// assert_eq!(row.to_string(), "received");
/// let e = "recieved".parse::<RequestRow>().unwrap_err();
/// assert!(e.to_string().starts_with("unknown §3 row `recieved`: expected one of received, carried_in,"));
/// assert!(<RequestRow as Vocabulary>::ALL.contains(&row));
///
/// fn ids<T: Vocabulary>() -> Vec<&'static str> {
///     T::ALL.iter().map(|v| v.id()).collect()
/// }
/// assert_eq!(ids::<zfxxgk::AppealGroup>(), ["reconsideration", "litigation_direct", "litigation_after_reconsideration"]);
/// # Ok::<(), zfxxgk::UnknownId>(())
/// ```
pub trait Vocabulary:
    Copy + Eq + std::hash::Hash + fmt::Debug + fmt::Display + FromStr<Err = UnknownId> + 'static
{
    /// What the values are, in words, for messages (`§3 row`, `report format`).
    const KIND: &'static str;
    /// Every value, in the order of the formats.
    const ALL: &'static [Self];

    /// The serialized id, also what `Display` prints: ASCII letters, digits, `_` and `-`, and
    /// the value's serde form where it has one (snake_case for most; `2019` for an edition,
    /// `H1` for an identity, `utf-8` for an encoding).
    fn id(self) -> &'static str;

    /// The exact Chinese label.
    fn label(self) -> &'static str;

    /// The value whose id is `id`.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }
}

/// Text that is not the id of any value of a vocabulary.
///
/// # Example
/// ```
/// let e = "std2020".parse::<zfxxgk::Template>().unwrap_err();
/// assert_eq!(e.to_string(), "unknown table template `std2020`: expected one of std2019, std2021");
/// assert_eq!(e.given(), "std2020");
/// assert_eq!(e.valid(), ["std2019", "std2021"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{given}`: expected one of {}", .valid.join(", "))]
pub struct UnknownId {
    kind: &'static str,
    given: String,
    valid: Vec<&'static str>,
}

impl UnknownId {
    /// The refusal of `given` as a `T`.
    pub fn of<T: Vocabulary>(given: &str) -> UnknownId {
        UnknownId {
            kind: T::KIND,
            given: given.to_string(),
            valid: T::ALL.iter().map(|v| v.id()).collect(),
        }
    }

    /// The refusal of `given` as a `kind` whose ids are `valid` (for ids drawn from several
    /// vocabularies).
    pub(crate) fn with_valid(
        kind: &'static str,
        given: &str,
        valid: impl IntoIterator<Item = &'static str>,
    ) -> UnknownId {
        UnknownId {
            kind,
            given: given.to_string(),
            valid: valid.into_iter().collect(),
        }
    }

    /// The text refused.
    pub fn given(&self) -> &str {
        &self.given
    }

    /// The ids accepted.
    pub fn valid(&self) -> &[&'static str] {
        &self.valid
    }

    /// What was being parsed (`§3 row`).
    pub fn kind(&self) -> &'static str {
        self.kind
    }
}

/// Implements [`Vocabulary`], `FromStr`, `TryFrom<&str>` and `Display` (printing the id) for
/// an enum that has inherent `id()` and `label()` methods returning `&'static str`.
///
/// `vocabulary!(Severity, "severity", [Info, Warning, Error])` lists the unit variants: `ALL`
/// is made from them, and a variant left out is a compile error (an exhaustive `match` is
/// generated). `vocabulary!(RequestRow, "§3 row", all = &ALL_ROWS)` takes `ALL` as given, for
/// enums whose values are not all unit variants (`RequestRow::Outcome(_)`); their own tests
/// check it is complete.
macro_rules! vocabulary {
    (@impl $t:ty, $kind:literal, $all:expr) => {
        impl $crate::vocab::Vocabulary for $t {
            const KIND: &'static str = $kind;
            const ALL: &'static [$t] = $all;

            fn id(self) -> &'static str {
                <$t>::id(self)
            }

            fn label(self) -> &'static str {
                <$t>::label(self)
            }
        }

        impl ::std::str::FromStr for $t {
            type Err = $crate::vocab::UnknownId;

            fn from_str(s: &str) -> Result<$t, $crate::vocab::UnknownId> {
                <$t as $crate::vocab::Vocabulary>::from_id(s)
                    .ok_or_else(|| $crate::vocab::UnknownId::of::<$t>(s))
            }
        }

        impl ::std::convert::TryFrom<&str> for $t {
            type Error = $crate::vocab::UnknownId;

            fn try_from(s: &str) -> Result<$t, $crate::vocab::UnknownId> {
                s.parse()
            }
        }

        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(<$t>::id(*self))
            }
        }
    };
    ($t:ident, $kind:literal, [$($v:ident),+ $(,)?]) => {
        const _: () = {
            // A variant missing from the list does not compile.
            #[allow(dead_code)]
            fn every_variant_listed(v: $t) {
                match v {
                    $($t::$v)|+ => {}
                }
            }
        };
        $crate::vocab::vocabulary!(@impl $t, $kind, &[$($t::$v),+]);
    };
    ($t:ty, $kind:literal, all = $all:expr) => {
        $crate::vocab::vocabulary!(@impl $t, $kind, $all);
    };
}
pub(crate) use vocabulary;

mod layout;

#[cfg(test)]
mod tests;
