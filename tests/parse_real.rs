//! Real report texts: the five extracted-text reports with hand-transcribed truth
//! (`tests/fixtures/tables/`), and published web-page texts (`tests/fixtures/real/`) whose
//! tables parse with the values the text shows.

use std::fs;
use std::path::Path;

use serde_json::Value;
use zfxxgk::parse::parse;
use zfxxgk::report::ActiveCell;
use zfxxgk::{
    ActiveColumn, ActiveRow, AppealColumn, AppealGroup, Cell, RequestColumn, RequestRow, Template,
};

fn fixture(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"、，,.．:：;；()（）“”\"".contains(*c))
        .collect()
}

fn request_row(label: &str) -> RequestRow {
    RequestRow::all()
        .find(|r| key(r.label()) == key(label))
        .unwrap_or_else(|| panic!("unknown truth row {label}"))
}

fn request_col(label: &str) -> RequestColumn {
    *RequestColumn::ALL
        .iter()
        .find(|c| c.label() == label)
        .unwrap_or_else(|| panic!("unknown truth column {label}"))
}

fn truth_cell(v: &Value) -> Cell<u64> {
    match v {
        Value::Null => Cell::Blank,
        Value::String(s) if s == "/" => Cell::NotApplicable,
        Value::Number(n) => Cell::Value(n.as_u64().expect("count")),
        other => panic!("unexpected truth cell {other}"),
    }
}

/// Compares a parsed report with its truth file; returns (right, total, mismatches).
fn score(n: &str) -> (usize, usize, Vec<String>) {
    let text = fixture(&format!("tables/text/{n}.txt"));
    let truth: Value = serde_json::from_str(&fixture(&format!("tables/truth/{n}.json"))).unwrap();
    let parsed = parse(&text).unwrap();
    let tables = &parsed.report.tables;
    let (mut right, mut total, mut bad) = (0, 0, Vec::new());
    let req = tables.requests.as_ref();
    for (row_label, cols) in truth["table_requests"]["rows"].as_object().unwrap() {
        let row = request_row(row_label);
        for (col_label, v) in cols.as_object().unwrap() {
            let col = request_col(col_label);
            let want = truth_cell(v);
            let got = req.and_then(|t| t.get(row, col)).cloned();
            total += 1;
            if got.as_ref() == Some(&want) {
                right += 1;
            } else {
                bad.push(format!("{n} {row}/{col}: want {want:?} got {got:?}"));
            }
        }
    }
    let app = tables.appeals.as_ref();
    for (g_label, cols) in truth["table_appeals"].as_object().unwrap() {
        let g = *AppealGroup::ALL
            .iter()
            .find(|g| g.label() == g_label)
            .unwrap();
        for (c_label, v) in cols.as_object().unwrap() {
            let c = *AppealColumn::ALL
                .iter()
                .find(|c| c.label() == c_label)
                .unwrap();
            let want = truth_cell(v);
            let got = app.and_then(|t| t.get(g, c).cloned());
            total += 1;
            if got.as_ref() == Some(&want) {
                right += 1;
            } else {
                bad.push(format!("{n} {g}/{c}: want {want:?} got {got:?}"));
            }
        }
    }
    (right, total, bad)
}

#[test]
fn table_fixtures_match_their_truth_cell_by_cell() {
    let mut all_bad = Vec::new();
    for n in ["0001", "0002", "0003", "0004", "0005"] {
        let (right, total, bad) = score(n);
        println!("{n}: {right}/{total} cells right");
        all_bad.extend(bad);
    }
    assert!(all_bad.is_empty(), "{}", all_bad.join("\n"));
}

#[test]
fn table_fixture_templates_follow_the_other_handling_rows() {
    let t1 = parse(&fixture("tables/text/0001.txt")).unwrap();
    assert_eq!(
        t1.report.tables.requests.as_ref().unwrap().template(),
        Template::Std2019
    );
    assert_eq!(
        t1.report.tables.active.as_ref().unwrap().template(),
        Template::Std2021
    );
    let t4 = parse(&fixture("tables/text/0004.txt")).unwrap();
    assert_eq!(
        t4.report.tables.requests.as_ref().unwrap().template(),
        Template::Std2021
    );
}

#[test]
fn spans_point_at_the_exact_bytes_of_each_value() {
    let text = fixture("tables/text/0004.txt");
    let parsed = parse(&text).unwrap();
    let src = parsed.report.source.as_ref().unwrap();
    let mut n = 0;
    for (cell, span) in src.cell_spans() {
        let s = src.slice(*span);
        assert!(!s.is_empty(), "{cell:?}");
        if let zfxxgk::report::CellRef::Requests { row, column } = cell {
            let v = parsed
                .report
                .tables
                .requests
                .as_ref()
                .unwrap()
                .get(*row, *column)
                .unwrap();
            assert_eq!(&v.to_string(), s, "{cell:?}");
            n += 1;
        }
    }
    assert!(n >= 150, "{n}");
}

fn active_value(text: &str, row: ActiveRow, col: ActiveColumn) -> Option<ActiveCell> {
    let p = parse(text).unwrap();
    p.report
        .tables
        .active
        .and_then(|t| t.get(row, col).cloned())
}

fn active_text(text: &str, row: ActiveRow, col: ActiveColumn) -> String {
    active_value(text, row, col)
        .map(|c| c.to_string())
        .unwrap_or_else(|| "<none>".into())
}

#[test]
fn std2019_0015_signed_change_plus_19() {
    let t = fixture("real/std2019-0015.txt");
    let p = parse(&t).unwrap();
    let a = p.report.tables.active.expect("§2 table");
    assert_eq!(a.template(), Template::Std2019);
    let signed: Vec<String> = a
        .cells()
        .filter(|(_, c, _)| *c == ActiveColumn::Change)
        .map(|(_, _, v)| v.to_string())
        .collect();
    assert!(signed.iter().any(|s| s == "19"), "{signed:?}");
}

#[test]
fn std2021_0004_one_cell_per_paragraph() {
    let t = fixture("real/std2021-0004.txt");
    let p = parse(&t).unwrap();
    let a = p.report.tables.active.as_ref().expect("§2 table");
    assert_eq!(a.template(), Template::Std2021);
    assert!(a.cells().all(|(_, _, c)| c.to_string() == "0"), "{a:?}");
    let r = p.report.tables.requests.as_ref().expect("§3 table");
    assert_eq!(
        r.get(RequestRow::Received, RequestColumn::Total),
        Some(&Cell::Value(0))
    );
    assert_eq!(
        r.get(RequestRow::CarriedIn, RequestColumn::Total),
        Some(&Cell::Value(0))
    );
}

#[test]
fn std2021_0006_lone_pipe_lines() {
    let t = fixture("real/std2021-0006.txt");
    assert_eq!(
        active_text(&t, ActiveRow::Rules, ActiveColumn::InForce),
        "6"
    );
    assert_eq!(active_text(&t, ActiveRow::Rules, ActiveColumn::Issued), "0");
    assert_eq!(
        active_text(&t, ActiveRow::Fees, ActiveColumn::AmountWanYuan),
        "0"
    );
    let p = parse(&t).unwrap();
    let r = p.report.tables.requests.as_ref().expect("§3 table");
    assert_eq!(
        r.get(RequestRow::Received, RequestColumn::Total),
        Some(&Cell::Value(0))
    );
}

#[test]
fn std2021_0022_traditional_characters_and_decimal_fee() {
    let t = fixture("real/std2021-0022.txt");
    assert_eq!(
        active_text(&t, ActiveRow::Fees, ActiveColumn::AmountWanYuan),
        "26.55"
    );
}

#[test]
fn std2021_0023_values_247_16_15() {
    let t = fixture("real/std2021-0023.txt");
    let p = parse(&t).unwrap();
    let a = p.report.tables.active.expect("§2 table");
    let vals: Vec<String> = a.cells().map(|(_, _, v)| v.to_string()).collect();
    for v in ["247", "16", "15"] {
        assert!(vals.iter().any(|x| x == v), "{v} not in {vals:?}");
    }
}

#[test]
fn every_real_report_survives_a_json_round_trip() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real");
    let mut n = 0;
    for entry in fs::read_dir(&dir).expect("fixtures/real") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("utf-8");
        let report = parse(&text).expect("parses").report;
        let json = serde_json::to_string(&report).expect("serializes");
        let back: zfxxgk::AnnualReport =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(back.source.is_none(), "the source text is not serialized");
        assert_eq!(back, report, "{}", path.display());
        n += 1;
    }
    assert!(n >= 10, "only {n} real reports found");
}
