//! Hand-written fixtures in every layout (`tests/fixtures/parse_tables/`, each says on its
//! first line what it shows): the whole §3 table (blanks and `/` included), the §4 table and
//! selected §2 cells parse to exactly the values written, and the findings match the
//! arithmetic the fixture breaks.

use std::fs;
use std::path::Path;

use zfxxgk::parse::{parse, ParsedReport};
use zfxxgk::report::ExtraRow;
use zfxxgk::rules::{self, Finding, Severity};
use zfxxgk::{
    ActiveColumn, ActiveRow, AppealGroup, AppealsTable, Cell, OutcomeGroup, RequestRow,
    RequestTable, Template,
};

/// The §3 tables of the fixtures: one string per template row, cells separated by spaces,
/// `_` blank. `M21`/`M19`: the consistent tables most fixtures write in their own layout.
const M21: &[&str] = &[
    "62 3 0 1 1 0 67",
    "5 1 0 0 0 0 6",
    "30 2 0 0 1 0 33",
    "5 0 0 0 0 0 5",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "2 1 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "10 1 0 0 0 0 11",
    "4 0 0 0 0 0 4",
    "1 0 0 0 0 0 1",
    "2 0 0 0 0 0 2",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "0 0 0 0 0 0 0",
    "2 0 0 1 0 0 3",
    "64 4 0 1 1 0 70",
    "3 0 0 0 0 0 3",
];

const M19: &[&str] = &[
    "63 4 0 1 1 0 69",
    "2 0 0 0 0 0 2",
    "30 2 0 0 1 0 33",
    "5 0 0 0 0 0 5",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "2 1 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "10 1 0 0 0 0 11",
    "4 0 0 0 0 0 4",
    "1 0 0 0 0 0 1",
    "2 0 0 0 0 0 2",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "3 0 0 1 0 0 4",
    "64 4 0 1 1 0 70",
    "1 0 0 0 0 0 1",
];

const M_F07: &[&str] = &[
    "63 4 0 1 1 0 71",
    "2 0 0 0 0 0 2",
    "30 2 0 0 1 0 33",
    "5 0 0 0 0 0 5",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "2 1 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "10 1 0 0 0 0 11",
    "4 0 0 0 0 0 4",
    "1 0 0 0 0 0 1",
    "2 0 0 0 0 0 2",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "3 0 0 1 0 0 4",
    "63 4 0 1 1 0 70",
    "1 0 0 0 0 0 1",
];

const M_F08: &[&str] = &[
    "62 3 0 1 1 0 67",
    "5 1 0 0 0 0 6",
    "30 2 _ _ 1 _ _",
    "5 _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "1 _ _ _ _ _ _",
    "2 1 _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "3 _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "10 1 _ _ _ _ _",
    "4 _ _ _ _ _ _",
    "1 _ _ _ _ _ _",
    "2 _ _ _ _ _ _",
    "3 _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "1 _ _ _ _ _ _",
    "_ _ _ _ _ _ _",
    "2 _ _ 1 _ _ _",
    "64 4 0 1 1 0 70",
    "3 / / / / / 3",
];

const M_F13: &[&str] = &[
    "62 3 0 1 1 0 67",
    "5 1 0 0 0 0 6",
    "30 2 0 0 1 0 33",
    "5 0 0 0 0 0 5",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "2 1 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "10 1 0 0 0 0 11",
    "4 0 0 0 0 0 4",
    "1 0 0 0 0 0 1",
    "2 0 0 0 0 0 2",
    "3 0 0 0 0 0 _",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "0 0 0 0 0 0 0",
    "2 0 0 1 0 0 3",
    "64 4 0 1 1 0 70",
    "3 0 0 0 0 0 3",
];

const M_F14: &[&str] = &[
    "62 3 0 1 1 0 67",
    "5 1 0 0 0 0 6",
    "30 2 0 0 1 0 33",
    "5 0 0 0 0 0 5",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "2 1 0 0 0 0 3",
    "0 _ _ 0 0 0 0",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "10 1 0 0 0 0 11",
    "4 _ _ _ _ _ 4",
    "1 0 0 0 0 0 1",
    "2 0 0 0 0 0 2",
    "3 0 0 0 0 0 3",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0",
    "1 0 0 0 0 0 1",
    "0 0 0 0 0 0 0",
    "2 0 0 1 0 0 3",
    "64 4 0 1 1 0 70",
    "3 0 0 0 0 0 3",
];

/// Expected §3 table of each fixture.
const EXPECTED: &[(&str, Template, &[&str])] = &[
    ("f01_std2021_tabs.txt", Template::Std2021, M21),
    ("f02_std2019_pipes.txt", Template::Std2019, M19),
    ("f03_std2021_spaces.txt", Template::Std2021, M21),
    ("f04_std2021_cells.txt", Template::Std2021, M21),
    ("f05_std2021_lone_pipes.txt", Template::Std2021, M21),
    ("f06_run_together.txt", Template::Std2021, M21),
    ("f07_std2019_broken.txt", Template::Std2019, M_F07),
    ("f08_blanks_and_slashes.txt", Template::Std2021, M_F08),
    ("f09_traditional.txt", Template::Std2021, M21),
    ("f10_single_other_row.txt", Template::Std2019, M19),
    ("f11_extras.txt", Template::Std2021, M21),
    ("f12_group_tables.txt", Template::Std2021, M21),
    ("f13_missing_total.txt", Template::Std2021, M_F13),
    ("f14_spaces_gaps.txt", Template::Std2021, M_F14),
];

fn load(name: &str) -> (String, ParsedReport) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parse_tables")
        .join(name);
    let text = fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    assert!(text.starts_with("# hand-written for the tests"), "{name}");
    let parsed = parse(&text).unwrap();
    (text, parsed)
}

fn table(template: Template, rows: &[&str]) -> RequestTable {
    let mut t = RequestTable::new(template);
    for (row, line) in RequestRow::rows(template).iter().zip(rows) {
        let cells: Vec<Cell<u64>> = line
            .split(' ')
            .map(|c| {
                if c == "_" {
                    Cell::Blank
                } else {
                    Cell::parse(c)
                }
            })
            .collect();
        let cells: [Cell<u64>; 7] = cells.try_into().expect("seven cells");
        t.set_row(*row, cells).unwrap();
    }
    t
}

fn appeals(blocks: [[u64; 5]; 3]) -> AppealsTable {
    let mut t = AppealsTable::default();
    for (g, b) in AppealGroup::ALL.iter().zip(blocks) {
        t.set_block(*g, b.map(Cell::Value));
    }
    t
}

const AP: [[u64; 5]; 3] = [[2, 1, 0, 1, 4], [1, 0, 0, 0, 1], [0, 0, 1, 0, 1]];

fn errors(p: &ParsedReport) -> Vec<Finding> {
    rules::check(&p.report)
        .into_iter()
        .chain(p.diagnostics.iter().cloned())
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

fn codes(p: &ParsedReport) -> Vec<String> {
    p.diagnostics.iter().map(|d| d.rule.to_string()).collect()
}

#[test]
fn every_fixture_gives_the_whole_request_table() {
    let mut bad = Vec::new();
    for (name, template, rows) in EXPECTED {
        let (_, p) = load(name);
        let want = table(*template, rows);
        if p.report.tables.requests.as_ref() != Some(&want) {
            bad.push(format!(
                "{name}: want\n{}\ngot\n{}",
                serde_json::to_string(&want).unwrap(),
                serde_json::to_string(&p.report.tables.requests).unwrap()
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n\n"));
}

#[test]
fn appeals_tables_in_every_layout() {
    for name in [
        "f01_std2021_tabs.txt",
        "f02_std2019_pipes.txt",
        "f03_std2021_spaces.txt",
        "f04_std2021_cells.txt",
        "f05_std2021_lone_pipes.txt",
        "f07_std2019_broken.txt",
        "f08_blanks_and_slashes.txt",
        "f09_traditional.txt",
        "f10_single_other_row.txt",
        "f11_extras.txt",
        "f12_group_tables.txt",
        "f13_missing_total.txt",
        "f14_spaces_gaps.txt",
    ] {
        let (_, p) = load(name);
        assert_eq!(p.report.tables.appeals, Some(appeals(AP)), "{name}");
    }
    let (_, p) = load("f06_run_together.txt");
    assert_eq!(
        p.report.tables.appeals,
        Some(appeals([
            [2, 1, 3, 1, 7],
            [0, 0, 0, 0, 0],
            [13, 2, 4, 0, 19]
        ]))
    );
}

#[test]
fn consistent_fixtures_have_no_error_findings() {
    for (name, _, _) in EXPECTED {
        if *name == "f07_std2019_broken.txt" {
            continue;
        }
        let (_, p) = load(name);
        let e = errors(&p);
        assert!(e.is_empty(), "{name}: {e:#?}");
    }
}

#[test]
fn clean_layouts_have_no_reading_diagnostics() {
    for name in [
        "f01_std2021_tabs.txt",
        "f02_std2019_pipes.txt",
        "f03_std2021_spaces.txt",
        "f04_std2021_cells.txt",
        "f05_std2021_lone_pipes.txt",
        "f06_run_together.txt",
        "f09_traditional.txt",
        "f10_single_other_row.txt",
        "f12_group_tables.txt",
    ] {
        let (_, p) = load(name);
        assert!(p.diagnostics.is_empty(), "{name}: {:#?}", p.diagnostics);
    }
}

#[test]
fn broken_arithmetic_is_reported_where_it_is() {
    let (text, p) = load("f07_std2019_broken.txt");
    let e = errors(&p);
    let tbl001: Vec<&Finding> = e.iter().filter(|f| f.rule == "TBL001").collect();
    let cols: Vec<&str> = tbl001
        .iter()
        .filter_map(|f| f.location.column_id())
        .collect();
    assert!(cols.contains(&"natural_person"), "{e:#?}");
    assert!(cols.contains(&"total"), "{e:#?}");
    // The evidence is the source line of the cell.
    let f = tbl001
        .iter()
        .find(|f| f.location.column_id() == Some("natural_person"))
        .unwrap();
    let ev = f.evidence.as_deref().unwrap();
    assert!(text.contains(ev) && ev.starts_with("（七）总计"), "{ev}");
}

#[test]
fn active_tables_of_both_templates() {
    let (_, p) = load("f01_std2021_tabs.txt");
    let a = p.report.tables.active.as_ref().unwrap();
    assert_eq!(a.template(), Template::Std2021);
    let get = |t: &zfxxgk::ActiveTable, r, c| t.get(r, c).unwrap().to_string();
    assert_eq!(
        get(a, ActiveRow::Licensing, ActiveColumn::Decisions),
        "1234"
    );
    assert_eq!(
        get(a, ActiveRow::Fees, ActiveColumn::AmountWanYuan),
        "24252.311082"
    );
    assert_eq!(
        get(a, ActiveRow::NormativeDocuments, ActiveColumn::InForce),
        "27"
    );

    let (_, p) = load("f02_std2019_pipes.txt");
    let a = p.report.tables.active.as_ref().unwrap();
    assert_eq!(a.template(), Template::Std2019);
    assert_eq!(get(a, ActiveRow::Licensing, ActiveColumn::Change), "19");
    assert_eq!(get(a, ActiveRow::OtherServices, ActiveColumn::Change), "-4");
    assert_eq!(get(a, ActiveRow::Penalty, ActiveColumn::Change), "-2");
    assert_eq!(
        get(a, ActiveRow::Procurement, ActiveColumn::ProcurementAmount),
        "251000元"
    );
    assert_eq!(get(a, ActiveRow::Fees, ActiveColumn::PreviousItems), "4");

    let (_, p) = load("f04_std2021_cells.txt");
    let a = p.report.tables.active.as_ref().unwrap();
    assert_eq!(get(a, ActiveRow::Rules, ActiveColumn::InForce), "1");
    assert_eq!(get(a, ActiveRow::Licensing, ActiveColumn::Decisions), "247");
    assert_eq!(get(a, ActiveRow::Coercion, ActiveColumn::Decisions), "15");

    let (_, p) = load("f09_traditional.txt");
    let a = p.report.tables.active.as_ref().unwrap();
    assert_eq!(get(a, ActiveRow::Penalty, ActiveColumn::Decisions), "2");
    assert_eq!(
        get(a, ActiveRow::Fees, ActiveColumn::AmountWanYuan),
        "26.55"
    );

    let (_, p) = load("f10_single_other_row.txt");
    let a = p.report.tables.active.as_ref().unwrap();
    assert_eq!(a.template(), Template::Std2021);
    assert_eq!(get(a, ActiveRow::Fees, ActiveColumn::AmountWanYuan), "7545");
    assert_eq!(
        p.report.tables.requests.as_ref().unwrap().template(),
        Template::Std2019
    );
}

#[test]
fn rows_the_report_added_become_extras() {
    let (_, p) = load("f11_extras.txt");
    let extras: Vec<&ExtraRow> = p.report.extras.iter().collect();
    assert!(
        extras.contains(&&ExtraRow::RequestSubtotal {
            group: OutcomeGroup::Withheld,
            cells: [6, 1, 0, 0, 0, 0, 7].map(Cell::Value),
        }),
        "{extras:#?}"
    );
    assert!(
        extras.contains(&&ExtraRow::LitigationTotal {
            cells: [1, 0, 1, 0, 2].map(Cell::Value),
        }),
        "{extras:#?}"
    );
    assert!(extras.iter().any(|e| matches!(e,
        ExtraRow::ActiveOther { label, cells } if label == "其他主动公开文件" && cells == &["12", "0", "40"])),
        "{extras:#?}");
}

#[test]
fn a_missing_cell_and_a_stray_page_number_are_reported() {
    let (_, p) = load("f13_missing_total.txt");
    let c = codes(&p);
    assert_eq!(c, vec!["RDG003".to_string()], "{:#?}", p.diagnostics);
    assert_eq!(p.diagnostics[0].actual, Some(6u64.into()));
}

#[test]
fn blanks_total_is_assessed_from_sub_columns() {
    let (_, p) = load("f08_blanks_and_slashes.txt");
    let f = rules::check(&p.report);
    assert!(f.iter().all(|x| x.severity != Severity::Error), "{f:#?}");
}

#[test]
fn gaps_in_space_aligned_rows_are_placed_by_column_position() {
    let (_, p) = load("f14_spaces_gaps.txt");
    let d: Vec<&Finding> = p.diagnostics.iter().collect();
    assert_eq!(d.len(), 2, "{d:#?}");
    assert!(
        d.iter()
            .all(|f| f.rule == "RDG003" && f.message.contains("column positions")),
        "{d:#?}"
    );
    let rows: Vec<Option<&str>> = d.iter().map(|f| f.location.row_id()).collect();
    assert_eq!(
        rows,
        vec![
            Some("withheld_internal_affairs"),
            Some("unavailable_needs_creation")
        ]
    );
}

#[test]
fn unreadable_text_in_a_cell_is_kept_as_invalid() {
    let (text, _) = load("f01_std2021_tabs.txt");
    let text = text.replacen("7.属于行政执法案卷\t0\t0", "7.属于行政执法案卷\t0\t二", 1);
    let p = parse(&text).unwrap();
    let t = p.report.tables.requests.unwrap();
    let row = t
        .row(RequestRow::Outcome(
            zfxxgk::Outcome::WithheldEnforcementFile,
        ))
        .unwrap();
    assert_eq!(row[1], Cell::Invalid("二".into()));
    assert_eq!(row[0], Cell::Value(0));
}

#[test]
fn column_sums_choose_between_splits_of_a_digit_run() {
    // `101000011` is 1,0,10,…,11 or 10,1,0,…,11 by H3; only the second fits H1/H2.
    let (text, _) = load("f01_std2021_tabs.txt");
    let row = "1.本机关不掌握相关政府信息\t10\t1\t0\t0\t0\t0\t11";
    assert!(text.contains(row));
    let changed = text.replacen(row, "1.本机关不掌握相关政府信息\t101000011", 1);
    let p = parse(&changed).unwrap();
    assert_eq!(
        p.report.tables.requests,
        Some(table(Template::Std2021, M21))
    );
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    let cell = zfxxgk::report::CellRef::Requests {
        row: RequestRow::Outcome(zfxxgk::Outcome::UnavailableNotHeld),
        column: zfxxgk::RequestColumn::ALL[0],
    };
    let span = p.report.span_of(&cell).unwrap();
    assert_eq!(&changed[span.start..span.end], "10");
}

#[test]
fn a_table_without_its_first_rows_and_header_is_still_found() {
    let (text, _) = load("f01_std2021_tabs.txt");
    let cut: String = text
        .lines()
        .filter(|l| !l.contains("本年新收") && !l.contains("勾稽关系") && !l.starts_with('\t'))
        .map(|l| format!("{l}\n"))
        .collect();
    let p = parse(&cut).unwrap();
    let t = p.report.tables.requests.as_ref().expect("§3 table");
    let want = table(Template::Std2021, M21);
    assert_eq!(
        t.row(RequestRow::CarriedIn),
        want.row(RequestRow::CarriedIn)
    );
    assert_eq!(
        t.row(RequestRow::TotalProcessed),
        want.row(RequestRow::TotalProcessed)
    );
    let missing: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| d.rule == "RDG001")
        .collect();
    assert_eq!(missing.len(), 1, "{missing:#?}");
    assert_eq!(missing[0].location.row_id(), Some("received"));
}

#[test]
fn runs_split_in_the_wrong_places_are_rejoined_by_the_identities() {
    // `30 2 0 0 1 0 33` copied as `302 0 01033`: the token boundaries stay cell boundaries.
    let (text, _) = load("f01_std2021_tabs.txt");
    let row = "（一）予以公开\t30\t2\t0\t0\t1\t0\t33";
    assert!(text.contains(row));
    let changed = text.replacen(row, "（一）予以公开\t302\t0\t01033", 1);
    let p = parse(&changed).unwrap();
    assert_eq!(
        p.report.tables.requests,
        Some(table(Template::Std2021, M21))
    );
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    let cell = zfxxgk::report::CellRef::Requests {
        row: RequestRow::Outcome(zfxxgk::Outcome::Disclosed),
        column: zfxxgk::RequestColumn::Total,
    };
    let span = p.report.span_of(&cell).unwrap();
    assert_eq!(&changed[span.start..span.end], "33");
}
