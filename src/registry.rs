//! Every rule the crate fires, from the tables of the layers that fire them: the parser's
//! reading diagnostics (`RDG`, [`crate::parse`]), the single-report checks ([`crate::rules`])
//! and the cross-year checks (`XYR`, [`crate::aggregate`]).
//!
//! | prefix | family |
//! |---|---|
//! | `TBL` | table identities H1–H4, H7, H8 |
//! | `DOM` | cell domains (H5) |
//! | `STR` | the report's own structure: sections, templates |
//! | `RDG` | reading diagnostics of the parser |
//! | `SFT` | soft identities inside one report (S3, S5, S6) |
//! | `PRO` | prose claims |
//! | `LEG` | the statistics table of pre-2019 reports: its sums, cumulative columns, the prose restating it (`LEG004`, `LEG005`: reading it, fired by the parser) |
//! | `FEE` | fee statements against the §3 table and themselves (S5) |
//! | `PUB` | publication deadline (2008 art. 31, 2019 art. 49) |
//! | `XYR` | cross-year identities S1, S2, S4, year gaps, summary-vs-parts, pre-2019 cumulative columns |

use crate::finding::Rule;

/// The rule tables of every layer.
fn tables() -> [&'static [Rule]; 3] {
    [
        crate::parse::RULES,
        crate::rules::RULES,
        crate::aggregate::RULES,
    ]
}

/// Every rule, in code order.
///
/// # Example
/// ```
/// let rules = zfxxgk::registry();
/// assert!(rules.iter().any(|r| r.code == "TBL001"));
/// assert!(rules.windows(2).all(|w| w[0].code < w[1].code));
/// ```
pub fn registry() -> Vec<&'static Rule> {
    let mut v: Vec<&'static Rule> = tables().into_iter().flatten().collect();
    v.sort_by_key(|r| r.code);
    v
}

/// The rule with `code`, if any.
///
/// # Example
/// ```
/// use zfxxgk::rules::Severity;
/// assert_eq!(zfxxgk::rule("PRO002").map(|r| r.severity), Some(Severity::Warning));
/// assert_eq!(zfxxgk::rule("PRO002").unwrap().name, "share_does_not_match");
/// assert!(zfxxgk::rule("TBL999").is_none());
/// assert!(zfxxgk::rule("not a code").is_none());
/// ```
pub fn rule(code: &str) -> Option<&'static Rule> {
    tables().into_iter().flatten().find(|r| r.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let all = registry();
        let mut codes: Vec<_> = all.iter().map(|r| r.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "duplicate rule code");
        for r in &all {
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
            assert_eq!(rule(&r.code).map(|x| x.code), Some(r.code));
        }
    }

    #[test]
    fn each_layer_fires_only_its_families() {
        let fams = |t: &[Rule]| {
            let mut f: Vec<String> = t.iter().map(|r| r.code.family().to_string()).collect();
            f.sort();
            f.dedup();
            f
        };
        // The parser's reading diagnostics: RDG for the standard tables, LEG004/LEG005 for the
        // pre-2019 statistics table.
        assert_eq!(fams(crate::parse::RULES), ["LEG", "RDG"]);
        assert_eq!(fams(crate::aggregate::RULES), ["XYR"]);
        assert!(!fams(crate::rules::RULES)
            .iter()
            .any(|f| f == "RDG" || f == "XYR"));
    }
}
