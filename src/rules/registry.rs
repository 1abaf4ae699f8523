//! The one table of rules: every check the crate performs, with its stable code.
//!
//! Codes are a family prefix and three digits and are never renumbered or reused:
//!
//! | prefix | family |
//! |---|---|
//! | `TBL` | table identities H1–H4, H7, H8 (DOMAIN.md §2.7) |
//! | `DOM` | cell domains (H5) |
//! | `STR` | the report's own structure: sections, templates, rows the parser could not place |
//! | `RDG` | reading diagnostics of the table reader (run by [`crate::parse`]) |
//! | `SFT` | soft identities inside one report (S3, S5, S6) |
//! | `PRO` | prose claims |
//! | `FEE` | fee statements against the §3 table and themselves (S5) |
//! | `PUB` | publication deadline (2008 art. 31, 2019 art. 49) |
//! | `XYR` | cross-year identities S1, S2, S4, year gaps (`XYR004`) and summary-vs-parts (`XYR005`) (run by [`crate::aggregate`]) |

use crate::report::AnnualReport;
use crate::rules::finding::{Finding, Severity};
use crate::rules::Basis;

/// How a rule is run.
///
/// # Example
/// ```
/// use zfxxgk::rules::{rule, Check};
/// assert!(matches!(rule("TBL001").unwrap().check, Check::Report(_)));
/// // The reader's diagnostics run inside the parser.
/// assert!(matches!(rule("RDG001").unwrap().check, Check::External("parse")));
/// ```
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum Check {
    /// Runs on one report by [`crate::rules::check`].
    Report(fn(&AnnualReport, &mut Vec<Finding>)),
    /// Needs more than one report or other input; run by the module named.
    External(&'static str),
}

impl std::fmt::Debug for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Check::Report(_) => f.write_str("Report(..)"),
            Check::External(m) => write!(f, "External({m})"),
        }
    }
}

/// One rule: what it checks, why, and how serious a violation is.
///
/// # Example
/// ```
/// use zfxxgk::rules::{rule, Basis, Identity, Severity};
/// let r = rule("TBL001").unwrap();
/// assert_eq!((r.name, r.severity), ("requests_column_balance", Severity::Error));
/// assert_eq!(r.basis, [Basis::Identity(Identity::H1)]);
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Rule {
    /// Stable code, e.g. `TBL001`.
    pub code: &'static str,
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
    /// Builds a rule entry (used by the family tables; rules are registered only here, so the
    /// constructor is not public).
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
            code,
            name,
            severity,
            basis,
            summary,
            summary_zh,
            check,
        }
    }
}

/// The families, each a table of rules in its own file. Add a family here (and to
/// `FAMILY_SOURCES` in the tests below).
fn families() -> [&'static [Rule]; 9] {
    [
        crate::rules::domain::RULES,
        crate::rules::fees::RULES,
        crate::rules::prose::RULES,
        crate::rules::publication::RULES,
        crate::rules::reading::RULES,
        crate::rules::series::RULES,
        crate::rules::soft::RULES,
        crate::rules::structure::RULES,
        crate::rules::tables::RULES,
    ]
}

/// Every rule, in code order.
///
/// # Example
/// ```
/// let rules = zfxxgk::rules::registry();
/// assert!(rules.iter().any(|r| r.code == "TBL001"));
/// ```
pub fn registry() -> Vec<&'static Rule> {
    let mut v: Vec<&'static Rule> = families().into_iter().flatten().collect();
    v.sort_by_key(|r| r.code);
    v
}

/// The rule with `code`, if any.
///
/// # Example
/// ```
/// use zfxxgk::rules::{rule, Severity};
/// assert_eq!(rule("PRO002").map(|r| r.severity), Some(Severity::Warning));
/// assert_eq!(rule("PRO002").unwrap().name, "share_does_not_match");
/// assert!(rule("TBL999").is_none());
/// ```
pub fn rule(code: &str) -> Option<&'static Rule> {
    families().into_iter().flatten().find(|r| r.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The source of each family file: the registry test checks that every rule has a firing
    /// and a silent test named `<code>_fires…` / `<code>_silent…` (code in lower case).
    const FAMILY_SOURCES: &[&str] = &[
        include_str!("domain.rs"),
        include_str!("fees.rs"),
        include_str!("prose.rs"),
        include_str!("prose_tests.rs"),
        include_str!("prose_places_tests.rs"),
        include_str!("prose_tables_tests.rs"),
        include_str!("publication.rs"),
        include_str!("reading.rs"),
        include_str!("soft.rs"),
        include_str!("structure.rs"),
        include_str!("tables.rs"),
        include_str!("../../tests/rules.rs"),
        include_str!("../aggregate/crossyear.rs"),
        include_str!("../aggregate/summary.rs"),
    ];

    #[test]
    fn codes_are_unique_well_formed_and_documented() {
        let all = registry();
        let mut codes: Vec<&str> = all.iter().map(|r| r.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "duplicate rule code");
        for r in &all {
            let (prefix, digits) = r.code.split_at(3);
            assert!(prefix.bytes().all(|b| b.is_ascii_uppercase()), "{}", r.code);
            assert!(
                digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()),
                "{}",
                r.code
            );
            assert!(
                !r.summary.is_empty() && !r.summary_zh.is_empty(),
                "{} undocumented",
                r.code
            );
            assert!(!r.basis.is_empty(), "{} has no basis", r.code);
            assert!(
                r.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{}",
                r.code
            );
            assert_eq!(rule(r.code).map(|x| x.code), Some(r.code));
        }
    }

    #[test]
    fn every_rule_has_a_firing_and_a_silent_test() {
        let src: String = FAMILY_SOURCES.concat();
        for r in registry() {
            let code = r.code.to_ascii_lowercase();
            assert!(
                src.contains(&format!("fn {code}_fires")),
                "{} has no firing test",
                r.code
            );
            assert!(
                src.contains(&format!("fn {code}_silent")),
                "{} has no silent test",
                r.code
            );
        }
    }
}
