//! The prose rules on real report texts: the inconsistencies a careful reader finds in them are
//! found, with the reading used, and nothing else is raised on what adds up.
//!
//! Texts: `tests/fixtures/real/` and `tests/fixtures/flat/text/` (each starts with its
//! `# source:` line; copies of the project's development fixtures).

use zfxxgk::rules::{Finding, Quantity, Severity};

fn audit(path: &str) -> (zfxxgk::AnnualReport, Vec<Finding>) {
    let text = std::fs::read_to_string(path).expect("fixture");
    let report = zfxxgk::parse::parse(&text).expect("parses").report;
    let findings = zfxxgk::rules::check(&report);
    (report, findings)
}

/// The `PRO` warnings of one rule.
fn warnings<'a>(f: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    f.iter()
        .filter(|x| x.rule == rule && x.severity >= Severity::Warning)
        .collect()
}

fn int(v: i128) -> Option<Quantity> {
    Some(Quantity::Int(v))
}

#[test]
fn a_remainder_bucket_makes_a_list_complete() {
    // 6391 items, of which three categories, the last `…等民众关心的其他信息共计2004条`.
    let (_, f) = audit("tests/fixtures/real/std2019-0007.txt");
    let w = warnings(&f, "PRO001");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(
        (w[0].expected.clone(), w[0].actual.clone()),
        (int(6391), int(6005))
    );
    assert!(
        w[0].message.contains("read as complete"),
        "{}",
        w[0].message
    );
    // 64 items, the list ends with `其他类9条`: 54.
    let (_, f) = audit("tests/fixtures/flat/text/0010.txt");
    let w = warnings(&f, "PRO001");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(
        (w[0].expected.clone(), w[0].actual.clone()),
        (int(64), int(54))
    );
}

#[test]
fn parts_that_exceed_their_total_are_found_whatever_the_reading() {
    for (path, total, sum) in [
        ("tests/fixtures/flat/text/0009.txt", 471, 498),
        ("tests/fixtures/flat/text/0021.txt", 47, 76),
    ] {
        let (_, f) = audit(path);
        let w = warnings(&f, "PRO001");
        assert_eq!(w.len(), 1, "{path}: {w:?}");
        assert_eq!(
            (w[0].expected.clone(), w[0].actual.clone()),
            (int(total), int(sum))
        );
        assert!(w[0].message.contains("more than"), "{path}");
    }
}

#[test]
fn what_adds_up_raises_nothing() {
    // Lists, shares, rates and subsets that agree, in real texts of every layout: the
    // arithmetic rules stay silent (a note at most on a list that may be partial).
    let mut paths: Vec<String> = std::fs::read_dir("tests/fixtures/real")
        .expect("dir")
        .map(|e| e.expect("entry").path().display().to_string())
        .collect();
    for f in ["0006", "0014", "0015", "0016"] {
        paths.push(format!("tests/fixtures/flat/text/{f}.txt"));
    }
    paths.sort();
    for path in &paths {
        let (_, f) = audit(path);
        for rule in ["PRO001", "PRO002", "PRO003", "PRO009"] {
            let w = warnings(&f, rule);
            let expected = usize::from(rule == "PRO001" && path.ends_with("std2019-0007.txt"));
            assert_eq!(w.len(), expected, "{path} {rule}: {w:?}");
        }
    }
}

#[test]
fn prose_against_the_tables_when_they_are_read() {
    // 0015 says 6 applications where its §3 total column is 0; 0016 lists 2 无法提供 and 2
    // 其他处理 where its table has 0 and 4. Once the flattened tables are read, both are found;
    // the other outcome counts of 0016 (1, 3, 11, 2 carried forward) agree.
    let (r, f) = audit("tests/fixtures/flat/text/0015.txt");
    if r.tables.requests.is_some() {
        let w = warnings(&f, "PRO008");
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(
            (w[0].expected.clone(), w[0].actual.clone()),
            (int(0), int(6))
        );
    }
    let (r, f) = audit("tests/fixtures/flat/text/0016.txt");
    if r.tables.requests.is_some() {
        let w = warnings(&f, "PRO008");
        let kinds: Vec<&str> = w.iter().map(|x| x.message.as_str()).collect();
        assert_eq!(w.len(), 2, "{kinds:?}");
        assert!(kinds.iter().any(|m| m.contains("applications_unavailable")));
        assert!(kinds
            .iter()
            .any(|m| m.contains("applications_other_handling")));
    }
}
