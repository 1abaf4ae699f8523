//! One table of rule cases, by reference (issue 11): every registered rule has one case, a
//! builder that fires it (a bad input run through the layer that fires the rule) and one that
//! stays silent on the closest good input (the same shape, the defect repaired). The tests hold
//! the table to `zfxxgk::registry()` and every finding a case produces to the rule it names.
//!
//! The builders live in `tests/rule_cases/` by the kind of input: §2–§4 cells (`tables.rs`:
//! DOM, SFT, TBL), report text (`text.rs`: PRO, RDG), the rest of a report (`report.rs`: FEE,
//! PUB, STR), several reports (`series.rs`: XYR), pre-2019 statistics tables (`legacy.rs`: LEG,
//! XYR006). Their inputs are those of the per-rule tests
//! beside each check (`src/rules/*`, `src/parse/reading.rs`, `src/aggregate/*`,
//! `tests/rules.rs`), rebuilt with the public API. Adding a rule: DESIGN.md, "Adding a rule".

#[path = "rule_cases/legacy.rs"]
mod legacy;
#[path = "rule_cases/report.rs"]
mod report;
#[path = "rule_cases/series.rs"]
mod series;
#[path = "rule_cases/tables.rs"]
mod tables;
#[path = "rule_cases/text.rs"]
mod text;

use legacy::*;
use report::*;
use series::*;
use tables::*;
use text::*;

use zfxxgk::aggregate::{XYR001, XYR002, XYR003, XYR004, XYR005, XYR006};
use zfxxgk::finding::{Finding, Rule, Status};
use zfxxgk::parse::{LEG004, LEG005, RDG001, RDG002, RDG003, RDG004, RDG005, RDG006, RDG007};
use zfxxgk::rules::{DOM001, DOM002, DOM003, DOM004, DOM005, DOM006};
use zfxxgk::rules::{FEE001, FEE002, FEE003, LEG001, LEG002, LEG003, PUB001, PUB002};
use zfxxgk::rules::{PRO001, PRO002, PRO003, PRO004, PRO005, PRO006, PRO007, PRO008};
use zfxxgk::rules::{PRO009, PRO010, PRO011};
use zfxxgk::rules::{SFT001, SFT002, SFT003, SFT004, STR001, STR002, STR003, STR004, STR005};
use zfxxgk::rules::{TBL001, TBL002, TBL003, TBL004, TBL005, TBL006, TBL007};
use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, AnnualReport, Template};

/// A rule with a builder that fires it and one that stays silent, each returning every finding
/// of the layer it runs.
struct Case {
    rule: &'static Rule,
    fires: fn() -> Vec<Finding>,
    silent: fn() -> Vec<Finding>,
    /// The status of the firing finding: `Violated`, except for a rule that reports nothing
    /// else (the case says why).
    fires_as: Status,
}

const fn case(
    rule: &'static Rule,
    fires: fn() -> Vec<Finding>,
    silent: fn() -> Vec<Finding>,
) -> Case {
    Case {
        rule,
        fires,
        silent,
        fires_as: Status::Violated,
    }
}

const CASES: &[Case] = &[
    case(&DOM001, dom001_fires, dom001_silent),
    case(&DOM002, dom002_fires, dom002_silent),
    case(&DOM003, dom003_fires, dom003_silent),
    case(&DOM004, dom004_fires, dom004_silent),
    case(&DOM005, dom005_fires, dom005_silent),
    case(&DOM006, dom006_fires, dom006_silent),
    case(&FEE001, fee001_fires, fee001_silent),
    case(&FEE002, fee002_fires, fee002_silent),
    case(&FEE003, fee003_fires, fee003_silent),
    case(&LEG001, leg001_fires, leg001_silent),
    case(&LEG002, leg002_fires, leg002_silent),
    case(&LEG003, leg003_fires, leg003_silent),
    // LEG004 only ever reports `NotAssessable`, like RDG002: the reader cannot choose a split.
    Case {
        fires_as: Status::NotAssessable,
        ..case(&LEG004, leg004_fires, leg004_silent)
    },
    case(&LEG005, leg005_fires, leg005_silent),
    case(&PRO001, pro001_fires, pro001_silent),
    case(&PRO002, pro002_fires, pro002_silent),
    case(&PRO003, pro003_fires, pro003_silent),
    case(&PRO004, pro004_fires, pro004_silent),
    case(&PRO005, pro005_fires, pro005_silent),
    case(&PRO006, pro006_fires, pro006_silent),
    case(&PRO007, pro007_fires, pro007_silent),
    case(&PRO008, pro008_fires, pro008_silent),
    case(&PRO009, pro009_fires, pro009_silent),
    case(&PRO010, pro010_fires, pro010_silent),
    case(&PRO011, pro011_fires, pro011_silent),
    case(&PUB001, pub001_fires, pub001_silent),
    case(&PUB002, pub002_fires, pub002_silent),
    case(&RDG001, rdg001_fires, rdg001_silent),
    // RDG002 only ever reports `NotAssessable`: a run of digits that splits in several ways is
    // not a defect the report is known to have; the reader cannot choose, and says so.
    Case {
        fires_as: Status::NotAssessable,
        ..case(&RDG002, rdg002_fires, rdg002_silent)
    },
    case(&RDG003, rdg003_fires, rdg003_silent),
    case(&RDG004, rdg004_fires, rdg004_silent),
    // RDG005 reports a row whose cells the text does not fix: not assessable, never violated.
    Case {
        fires_as: Status::NotAssessable,
        ..case(&RDG005, rdg005_fires, rdg005_silent)
    },
    case(&RDG006, rdg006_fires, rdg006_silent),
    case(&RDG007, rdg007_fires, rdg007_silent),
    case(&SFT001, sft001_fires, sft001_silent),
    case(&SFT002, sft002_fires, sft002_silent),
    case(&SFT003, sft003_fires, sft003_silent),
    case(&SFT004, sft004_fires, sft004_silent),
    case(&STR001, str001_fires, str001_silent),
    case(&STR002, str002_fires, str002_silent),
    case(&STR003, str003_fires, str003_silent),
    case(&STR004, str004_fires, str004_silent),
    case(&STR005, str005_fires, str005_silent),
    case(&TBL001, tbl001_fires, tbl001_silent),
    case(&TBL002, tbl002_fires, tbl002_silent),
    case(&TBL003, tbl003_fires, tbl003_silent),
    case(&TBL004, tbl004_fires, tbl004_silent),
    case(&TBL005, tbl005_fires, tbl005_silent),
    case(&TBL006, tbl006_fires, tbl006_silent),
    case(&TBL007, tbl007_fires, tbl007_silent),
    case(&XYR001, xyr001_fires, xyr001_silent),
    case(&XYR002, xyr002_fires, xyr002_silent),
    case(&XYR003, xyr003_fires, xyr003_silent),
    case(&XYR004, xyr004_fires, xyr004_silent),
    case(&XYR005, xyr005_fires, xyr005_silent),
    case(&XYR006, xyr006_fires, xyr006_silent),
];

// ---------------------------------------------------------------------------------------------
// The tests.

#[test]
fn every_registered_rule_has_exactly_one_case() {
    let registry = zfxxgk::registry();
    let mut problems = Vec::new();
    for rule in &registry {
        let n = CASES.iter().filter(|c| c.rule.code == rule.code).count();
        if n != 1 {
            problems.push(format!(
                "rule {} ({}) has {n} cases: add a case to tests/rule_cases.rs \
                 (one firing and one silent builder, see DESIGN.md \"Adding a rule\")",
                rule.code, rule.name
            ));
        }
    }
    for c in CASES {
        match zfxxgk::rule(&c.rule.code) {
            None => problems.push(format!(
                "the case of {} names a rule that is not in zfxxgk::registry()",
                c.rule.code
            )),
            Some(r) if (r.name, r.severity) != (c.rule.name, c.rule.severity) => {
                problems.push(format!(
                    "the case of {} differs from the registered rule",
                    c.rule.code
                ))
            }
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_case_fires_on_its_bad_input_and_is_silent_on_the_good_one() {
    let mut problems = Vec::new();
    for c in CASES {
        let (code, ceiling) = (c.rule.code, c.rule.severity);
        let fired = (c.fires)();
        let hit = fired
            .iter()
            .any(|f| f.rule == code && f.status == c.fires_as && f.severity <= ceiling);
        if !hit {
            let own: Vec<_> = fired.iter().filter(|f| f.rule == code).collect();
            problems.push(format!(
                "{code} fires: no {:?} finding of severity ≤ {ceiling}; its findings: {own:#?}",
                c.fires_as
            ));
        }
        // The good input is assessable: not even a note or a not-assessable finding of the
        // rule is expected there.
        for f in (c.silent)().iter().filter(|f| f.rule == code) {
            problems.push(format!("{code} silent: {f}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_finding_of_every_case_names_a_registered_rule_within_its_severity() {
    let mut problems = Vec::new();
    for c in CASES {
        for (side, build) in [("fires", c.fires), ("silent", c.silent)] {
            for f in build() {
                match zfxxgk::rule(&f.rule) {
                    None => {
                        problems.push(format!("{} {side}: unregistered rule in {f}", c.rule.code))
                    }
                    Some(r) if f.severity > r.severity => problems.push(format!(
                        "{} {side}: {f} is above its rule's severity {}",
                        c.rule.code, r.severity
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Shared builders.

/// The parser's diagnostics and the rules' findings on a report text.
pub fn audit(text: &str) -> Vec<Finding> {
    zfxxgk::audit_text(text)
        .expect("a short text parses")
        .findings
}

/// The parser's diagnostics on a report text.
pub fn diagnostics(text: &str) -> Vec<Finding> {
    zfxxgk::parse::parse(text)
        .expect("a short text parses")
        .diagnostics
}

/// A report with `table` as its §2 table, in the table's format.
pub fn with_active(table: ActiveTable) -> AnnualReport {
    let mut r = AnnualReport::new(table.template().format());
    r.tables.active = Some(table);
    r
}

/// A §2 table of `template` with `cells` written as text.
pub fn active(template: Template, cells: &[(ActiveRow, ActiveColumn, &str)]) -> ActiveTable {
    let mut t = ActiveTable::new(template);
    for (row, col, text) in cells {
        t.set_text(*row, *col, text)
            .expect("a cell of the template");
    }
    t
}
