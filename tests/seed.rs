//! Golden test: what `audit` must find in the embedded seed, 津市市 2016 (DOMAIN.md §8, source
//! key [P08-js]), and what it must not.

use zfxxgk::rules::{self, Finding, Quantity};
use zfxxgk::{ClaimKind, ReportFormat, SectionKind};

fn prose_findings() -> Vec<Finding> {
    let report = zfxxgk::seed::report().expect("the seed parses");
    rules::check(&report)
        .into_iter()
        .filter(|f| f.rule.starts_with("PRO"))
        .collect()
}

#[test]
fn dump() {
    for f in prose_findings() {
        eprintln!("{f}\n   {:?}", f.evidence);
    }
}
