//! Cases on several reports: XYR (cross-year identities, year gaps, summary against its
//! parts), run by `zfxxgk::aggregate`.

use zfxxgk::aggregate::{check_series, rollup_with_summaries, RollupInput};
use zfxxgk::finding::Finding;
use zfxxgk::report::ActiveCell;
use zfxxgk::{
    ActiveColumn, ActiveRow, ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable,
    Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template,
};

use super::{active, with_active};

// ---------------------------------------------------------------------------------------------
// XYR: cross-year and summary rules (src/aggregate/crossyear.rs, summary.rs).

/// One agency's 2021-format report on `year` with its §3 carry-over rows.
fn carry(year: i32, carried_in: [u64; 7], carried_forward: [u64; 7]) -> AnnualReport {
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    r.meta.year = Some(year);
    r.meta.agency = Some("测试局".into());
    let mut t = RequestTable::new(Template::Std2021);
    t.set_row(RequestRow::CarriedIn, carried_in.map(Cell::Value))
        .expect("a row");
    t.set_row(RequestRow::CarriedForward, carried_forward.map(Cell::Value))
        .expect("a row");
    r.tables.requests = Some(t);
    r
}

pub fn xyr001_fires() -> Vec<Finding> {
    let a = carry(2021, [0; 7], [2, 1, 0, 0, 0, 0, 3]);
    let b = carry(2022, [2, 0, 0, 0, 0, 0, 2], [0; 7]);
    check_series(&[&a, &b])
}
pub fn xyr001_silent() -> Vec<Finding> {
    let a = carry(2021, [0; 7], [2, 1, 0, 0, 0, 0, 3]);
    let b = carry(2022, [2, 1, 0, 0, 0, 0, 3], [0; 7]);
    check_series(&[&a, &b])
}

/// A 2021 report on `year` whose §2 (一) block holds (issued, repealed, in force) per row.
fn in_force(year: i32, rows: [[u64; 3]; 2]) -> AnnualReport {
    use ActiveColumn::*;
    let mut t = ActiveTable::new(Template::Std2021);
    for (row, v) in [ActiveRow::Rules, ActiveRow::NormativeDocuments]
        .into_iter()
        .zip(rows)
    {
        for (col, x) in [Issued, Repealed, InForce].into_iter().zip(v) {
            let cell = ActiveCell::Count(Cell::Value(x));
            t.set(row, col, cell).expect("a cell of the template");
        }
    }
    let mut r = with_active(t);
    r.meta.year = Some(year);
    r
}

pub fn xyr002_fires() -> Vec<Finding> {
    let a = in_force(2022, [[0, 0, 5], [3, 1, 40]]);
    let b = in_force(2023, [[1, 0, 6], [4, 2, 45]]);
    check_series(&[&a, &b])
}
pub fn xyr002_silent() -> Vec<Finding> {
    let a = in_force(2022, [[0, 0, 5], [3, 1, 40]]);
    let b = in_force(2023, [[1, 0, 6], [4, 2, 42]]);
    check_series(&[&a, &b])
}

/// A 2019 report on `year` whose 行政许可 row has `previous` items and `change`.
fn items(year: i32, previous: &str, change: &str) -> AnnualReport {
    let mut r = with_active(active(
        Template::Std2019,
        &[
            (ActiveRow::Licensing, ActiveColumn::PreviousItems, previous),
            (ActiveRow::Licensing, ActiveColumn::Change, change),
        ],
    ));
    r.meta.year = Some(year);
    r
}

pub fn xyr003_fires() -> Vec<Finding> {
    check_series(&[&items(2019, "120", "减4"), &items(2020, "120", "0")])
}
pub fn xyr003_silent() -> Vec<Finding> {
    check_series(&[&items(2019, "120", "减4"), &items(2020, "116", "+2")])
}
pub fn xyr004_fires() -> Vec<Finding> {
    check_series(&[&carry(2019, [0; 7], [0; 7]), &carry(2022, [0; 7], [0; 7])])
}
pub fn xyr004_silent() -> Vec<Finding> {
    check_series(&[&carry(2021, [0; 7], [0; 7]), &carry(2022, [0; 7], [0; 7])])
}

/// A 2021 report with `received` applications, `decisions` 行政处罚 decisions, a 行政事业性收费
/// amount of `fees` 万元 and `upheld` reconsiderations.
fn part(received: u64, decisions: &str, fees: &str, upheld: u64) -> AnnualReport {
    use ActiveColumn::*;
    let mut r = with_active(active(
        Template::Std2021,
        &[
            (ActiveRow::Penalty, Decisions, decisions),
            (ActiveRow::Fees, AmountWanYuan, fees),
        ],
    ));
    let mut t = RequestTable::new(Template::Std2021);
    t.set(
        RequestRow::Received,
        RequestColumn::Total,
        Cell::Value(received),
    )
    .expect("a cell of the template");
    r.tables.requests = Some(t);
    let mut p = AppealsTable::default();
    p.set(
        AppealGroup::Reconsideration,
        AppealColumn::Upheld,
        Cell::Value(upheld),
    );
    r.tables.appeals = Some(p);
    r
}

/// Two parts (3 and 4 applications, 1.5万元 fees each) and a summary with `received`.
fn summary_of_two(received: u64) -> Vec<Finding> {
    let (a, b) = (part(3, "10", "1.5", 1), part(4, "", "1.5", 0));
    let mut s = part(received, "10", "3", 1);
    s.meta.agency = Some("某市人民政府".into());
    let inputs = [
        RollupInput::part(&a),
        RollupInput::summary(&s),
        RollupInput::part(&b),
    ];
    rollup_with_summaries(&inputs).1
}

pub fn xyr005_fires() -> Vec<Finding> {
    summary_of_two(8)
}
pub fn xyr005_silent() -> Vec<Finding> {
    summary_of_two(7)
}
