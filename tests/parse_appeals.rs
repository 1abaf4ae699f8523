//! The §4 table is read one way in every layout, block by block: values kept whole as they
//! stand, blank cells that left no trace placed only where H4 allows one placement, digits run
//! together split by H4 — and what stays open is reported, never placed from the left.

use zfxxgk::parse::{parse_with, ParseOptions, ParsedReport};
use zfxxgk::report::CellRef;
use zfxxgk::rules::{self, Severity};
use zfxxgk::{AppealColumn, AppealGroup, Cell, ReportFormat};

const HEAD: &str = "四、政府信息公开行政复议、行政诉讼情况\n\
    行政复议\t行政诉讼\n\
    未经复议直接起诉\t复议后起诉\n\
    结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";

fn read(values: &str) -> ParsedReport {
    let text = format!("{HEAD}{values}\n五、存在的主要问题及改进情况\n无。\n");
    parse_with(&text, &ParseOptions::with_format(ReportFormat::Std2021)).unwrap()
}

fn errors(p: &ParsedReport) -> Vec<String> {
    rules::check(&p.report)
        .into_iter()
        .chain(p.diagnostics.iter().cloned())
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{} {}", f.rule, f.location))
        .collect()
}

fn unread(p: &ParsedReport, g: AppealGroup) -> bool {
    let src = p.report.source.as_ref().unwrap();
    AppealColumn::ALL.iter().all(|c| {
        src.is_unread(&CellRef::Appeals {
            group: g,
            column: *c,
        })
    })
}

/// The cell of the §4 table read (`None` when no table was read).
fn cell(p: &ParsedReport, g: AppealGroup, c: AppealColumn) -> Option<Cell<u64>> {
    p.report.tables.appeals.as_ref()?.get(g, c).cloned()
}

/// The row was reported not assessable (`RDG005`) and no error rests on it.
fn not_assessable(p: &ParsedReport) {
    assert!(errors(p).is_empty(), "{:?}", errors(p));
    assert!(
        p.diagnostics.iter().any(|d| d.rule == "RDG005"),
        "{:#?}",
        p.diagnostics
    );
}

#[test]
fn fifteen_values_kept_whole_are_the_table_as_it_stands() {
    let p = read("2\t1\t3\t1\t7\t0\t0\t0\t0\t0\t13\t2\t4\t0\t15");
    assert_eq!(
        cell(&p, AppealGroup::Reconsideration, AppealColumn::Total),
        Some(Cell::Value(7))
    );
    // The report breaks H4 in its last block whatever: the rules say so.
    assert_eq!(errors(&p).len(), 1, "{:?}", errors(&p));
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
}

#[test]
fn a_row_short_of_a_cell_is_not_placed_from_the_left() {
    // One blank cell of 复议 left no trace (one cell per line): it may have been any of the
    // first four, and H4 holds for each. Placed from the left the block would read
    // 2,1,3,6,0 and break H4 — an error resting on a guess. It is reported not assessable.
    let p = read("2\n1\n3\n6\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0");
    not_assessable(&p);
    assert!(unread(&p, AppealGroup::Reconsideration));
}

#[test]
fn blank_cells_after_the_table_are_no_cells() {
    let p = read("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t\t");
    assert_eq!(
        cell(&p, AppealGroup::Reconsideration, AppealColumn::Total),
        Some(Cell::Value(1))
    );
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
}

#[test]
fn more_values_than_cells_are_not_assessable() {
    let p = read("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t7");
    not_assessable(&p);
}

#[test]
fn runs_of_digits_are_split_block_by_block() {
    // `1001011` splits two ways that satisfy H4 (1,0,0,10,11 and 10,0,1,0,11); the other two
    // blocks one way each: those are read, the first is reported ambiguous.
    let p = read("1001011 10001 00000");
    assert_eq!(
        cell(&p, AppealGroup::LitigationDirect, AppealColumn::Upheld),
        Some(Cell::Value(1))
    );
    assert_eq!(
        cell(&p, AppealGroup::LitigationDirect, AppealColumn::Total),
        Some(Cell::Value(1))
    );
    assert_eq!(
        cell(
            &p,
            AppealGroup::LitigationAfterReconsideration,
            AppealColumn::Total
        ),
        Some(Cell::Value(0))
    );
    let ambiguous: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| d.rule == "RDG002")
        .collect();
    assert_eq!(ambiguous.len(), 1, "{:#?}", p.diagnostics);
    assert_eq!(ambiguous[0].location.row_id(), Some("reconsideration"));
    assert!(unread(&p, AppealGroup::Reconsideration));
    assert!(errors(&p).is_empty(), "{:?}", errors(&p));
}

#[test]
fn twenty_values_hold_a_litigation_total() {
    let p = read("1\t0\t0\t0\t1\t1\t0\t1\t0\t2\t1\t0\t0\t0\t1\t0\t0\t1\t0\t1");
    assert_eq!(
        cell(
            &p,
            AppealGroup::LitigationAfterReconsideration,
            AppealColumn::Total
        ),
        Some(Cell::Value(1))
    );
    assert_eq!(p.report.extras.iter().count(), 1);
    assert!(errors(&p).is_empty(), "{:?}", errors(&p));
}

#[test]
fn numbers_and_marks_written_without_separators_are_read_as_a_run() {
    // The §4 row of a report whose cells were joined with nothing between them: `/` marks are
    // cells of their own, numbers may hold several cells (`102` is 1, 0, 2).
    let good = read("101/21///1/////");
    assert_eq!(
        cell(&good, AppealGroup::Reconsideration, AppealColumn::Total),
        Some(Cell::Value(2))
    );
    assert_eq!(
        cell(&good, AppealGroup::LitigationDirect, AppealColumn::Total),
        Some(Cell::Value(1))
    );
    assert_eq!(
        cell(
            &good,
            AppealGroup::LitigationAfterReconsideration,
            AppealColumn::Upheld
        ),
        Some(Cell::NotApplicable)
    );
    assert!(errors(&good).is_empty(), "{:?}", errors(&good));
    // The same row with 其他结果 2 where 1 was: 1 + 0 + 2 ≠ 1, found at its block.
    let bad = read("102/11///1/////");
    let e = errors(&bad);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("TBL005") && e[0].contains("reconsideration"),
        "{e:?}"
    );
}
