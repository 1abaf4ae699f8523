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

    /// The serialized id (snake_case ASCII; also what `Display` prints).
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

/// Implements [`Vocabulary`], `FromStr` and `TryFrom<&str>` for an enum that has inherent
/// `id()` and `label()` methods returning `&'static str` (and `Display`, printing the id).
macro_rules! vocabulary {
    ($t:ty, $kind:literal, $all:expr) => {
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
    };
}
pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    /// Every vocabulary's contract: ids unique, snake_case ASCII, parse back, print as
    /// themselves; labels non-empty.
    pub(crate) fn holds<T: super::Vocabulary>() {
        let mut ids: Vec<&str> = T::ALL.iter().map(|v| v.id()).collect();
        assert!(!ids.is_empty(), "{}", T::KIND);
        for v in T::ALL {
            let id = v.id();
            assert!(
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{} id `{id}`",
                T::KIND
            );
            assert_eq!(id.parse::<T>().ok(), Some(*v), "{} `{id}`", T::KIND);
            assert_eq!(v.to_string(), id);
            assert!(!v.label().is_empty(), "{} `{id}` has no label", T::KIND);
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), T::ALL.len(), "{}: duplicate id", T::KIND);
        let e = "no such id".parse::<T>().unwrap_err();
        assert_eq!(e.valid().len(), T::ALL.len());
    }

    #[test]
    fn every_vocabulary_keeps_the_contract() {
        use crate::*;
        holds::<ApplicantKind>();
        holds::<RequestColumn>();
        holds::<Outcome>();
        holds::<OutcomeGroup>();
        holds::<RequestRow>();
        holds::<AppealGroup>();
        holds::<AppealColumn>();
        holds::<ActiveRow>();
        holds::<ActiveColumn>();
        holds::<Template>();
        holds::<ReportFormat>();
        holds::<Edition>();
        holds::<report::TableId>();
        holds::<finding::Severity>();
        holds::<finding::Status>();
    }
}
