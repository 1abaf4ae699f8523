//! Cases on §2–§4 table cells: DOM (cell domains), SFT (soft identities of the §2 (一)
//! block), TBL (table identities), run by `zfxxgk::rules::check`.

use zfxxgk::finding::Finding;
use zfxxgk::report::{ExtraRow, RequestCells};
use zfxxgk::rules::check;
use zfxxgk::{
    ActiveColumn, ActiveRow, AnnualReport, AppealColumn, AppealGroup, AppealsTable, ApplicantKind,
    Cell, Outcome, OutcomeGroup, ReportFormat, RequestColumn, RequestRow, RequestTable, Template,
};

use super::{active, with_active};

// ---------------------------------------------------------------------------------------------
// DOM: cell domains (src/rules/domain.rs).

/// A 2021 report whose §3 `received/natural_person` and §4 `reconsideration/upheld` cells
/// hold `text`.
fn count_cells(text: &str) -> Vec<Finding> {
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    let mut t = RequestTable::new(Template::Std2021);
    let natural = RequestColumn::Applicant(ApplicantKind::NaturalPerson);
    t.set(RequestRow::Received, natural, Cell::parse(text))
        .expect("a cell of the template");
    r.tables.requests = Some(t);
    let mut a = AppealsTable::default();
    a.set(
        AppealGroup::Reconsideration,
        AppealColumn::Upheld,
        Cell::parse(text),
    );
    r.tables.appeals = Some(a);
    check(&r)
}

pub fn dom001_fires() -> Vec<Finding> {
    count_cells("-3")
}
pub fn dom001_silent() -> Vec<Finding> {
    count_cells("3")
}
pub fn dom002_fires() -> Vec<Finding> {
    count_cells("2.5")
}
pub fn dom002_silent() -> Vec<Finding> {
    count_cells("2")
}
pub fn dom003_fires() -> Vec<Finding> {
    count_cells("若干")
}
pub fn dom003_silent() -> Vec<Finding> {
    count_cells("7")
}

/// A 2019 §2 table with a signed change, a count and an amount, then `text` in `(row, col)`.
fn active2019(row: ActiveRow, col: ActiveColumn, text: &str) -> Vec<Finding> {
    use ActiveColumn::*;
    let t = active(
        Template::Std2019,
        &[
            (ActiveRow::Licensing, Change, "减4"),
            (ActiveRow::Rules, Made, "3"),
            (ActiveRow::Procurement, ProcurementAmount, "251000元"),
            (row, col, text),
        ],
    );
    check(&with_active(t))
}

pub fn dom004_fires() -> Vec<Finding> {
    active2019(ActiveRow::Penalty, ActiveColumn::Change, "减少若干")
}
pub fn dom004_silent() -> Vec<Finding> {
    active2019(ActiveRow::Penalty, ActiveColumn::Change, "减4")
}
pub fn dom005_fires() -> Vec<Finding> {
    active2019(
        ActiveRow::Procurement,
        ActiveColumn::ProcurementAmount,
        "-5元",
    )
}
pub fn dom005_silent() -> Vec<Finding> {
    active2019(
        ActiveRow::Procurement,
        ActiveColumn::ProcurementAmount,
        "5元",
    )
}

fn fee_amount(text: &str) -> Vec<Finding> {
    let t = active(
        Template::Std2021,
        &[(ActiveRow::Fees, ActiveColumn::AmountWanYuan, text)],
    );
    check(&with_active(t))
}

pub fn dom006_fires() -> Vec<Finding> {
    fee_amount("251000元")
}
pub fn dom006_silent() -> Vec<Finding> {
    fee_amount("25.1万元")
}

// ---------------------------------------------------------------------------------------------
// SFT: soft identities of the §2 (一) block (src/rules/soft.rs).

/// A report whose §2 (一) block holds `rows` (规章, 规范性文件) in `template`.
fn block_one(template: Template, rows: [[&str; 3]; 2]) -> Vec<Finding> {
    use ActiveColumn::*;
    let cols = match template {
        Template::Std2019 => [Made, Published, TotalPublished],
        _ => [Issued, Repealed, InForce],
    };
    let mut cells = Vec::new();
    for (row, vals) in [ActiveRow::Rules, ActiveRow::NormativeDocuments]
        .into_iter()
        .zip(rows)
    {
        cells.extend(cols.into_iter().zip(vals).map(|(c, v)| (row, c, v)));
    }
    check(&with_active(active(template, &cells)))
}

pub fn sft001_fires() -> Vec<Finding> {
    block_one(Template::Std2019, [["2", "3", "2"], ["5", "5", "40"]])
}
pub fn sft001_silent() -> Vec<Finding> {
    block_one(Template::Std2019, [["2", "2", "9"], ["5", "5", "40"]])
}
pub fn sft002_fires() -> Vec<Finding> {
    block_one(Template::Std2019, [["2", "2", "9"], ["1", "5", "40"]])
}
pub fn sft002_silent() -> Vec<Finding> {
    block_one(Template::Std2019, [["2", "2", "9"], ["5", "5", "40"]])
}
pub fn sft003_fires() -> Vec<Finding> {
    block_one(Template::Std2019, [["0", "0", "0"], ["87", "0", "0"]])
}
pub fn sft003_silent() -> Vec<Finding> {
    block_one(Template::Std2019, [["0", "0", "0"], ["87", "80", "400"]])
}
pub fn sft004_fires() -> Vec<Finding> {
    block_one(Template::Std2021, [["0", "0", "0"], ["13", "0", "5"]])
}
pub fn sft004_silent() -> Vec<Finding> {
    block_one(Template::Std2021, [["0", "0", "0"], ["13", "0", "55"]])
}

// ---------------------------------------------------------------------------------------------
// TBL: table identities (tests/rules.rs), on a 2021 report consistent under H1–H8.

const N: usize = 0;
const TOTAL: usize = 6;

/// Natural-person and commercial-enterprise values per row (other columns 0, 总计 the sum),
/// and a §4 table whose blocks add up.
fn tables() -> AnnualReport {
    let mut t = RequestTable::new(Template::Std2021);
    for (row, _) in RequestTable::new(Template::Std2021).rows() {
        t.set_row(row, [0; 7].map(Cell::Value)).expect("a row");
    }
    for (row, n, c) in [
        (RequestRow::Received, 10, 3),
        (RequestRow::CarriedIn, 2, 0),
        (RequestRow::Outcome(Outcome::Disclosed), 5, 3),
        (RequestRow::Outcome(Outcome::PartiallyDisclosed), 2, 0),
        (RequestRow::Outcome(Outcome::WithheldStateSecret), 1, 0),
        (RequestRow::Outcome(Outcome::UnavailableNotHeld), 1, 0),
        (RequestRow::Outcome(Outcome::OtherMisc), 1, 0),
        (RequestRow::TotalProcessed, 10, 3),
        (RequestRow::CarriedForward, 2, 0),
    ] {
        let mut cells = [0; 7].map(Cell::Value);
        (cells[N], cells[1], cells[TOTAL]) = (Cell::Value(n), Cell::Value(c), Cell::Value(n + c));
        t.set_row(row, cells).expect("a row");
    }
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    r.tables.requests = Some(t);
    let mut a = AppealsTable::default();
    for (g, vals) in AppealGroup::ALL
        .iter()
        .zip([[5, 0, 0, 2, 7], [1, 1, 0, 0, 2], [0; 5]])
    {
        a.set_block(*g, vals.map(Cell::Value));
    }
    r.tables.appeals = Some(a);
    r
}

/// [`tables`] with the §3 cell (`row`, column index `col`) set to `cell`.
fn tables_with(edits: &[(RequestRow, usize, Cell<u64>)]) -> Vec<Finding> {
    let mut r = tables();
    let t = r.tables.requests.as_mut().expect("a §3 table");
    for (row, col, cell) in edits {
        let col = RequestColumn::from_index(*col).expect("a column");
        t.set(*row, col, cell.clone())
            .expect("a cell of the template");
    }
    check(&r)
}

pub fn tbl001_fires() -> Vec<Finding> {
    tables_with(&[(RequestRow::CarriedForward, N, Cell::Value(1))])
}
pub fn tbl001_silent() -> Vec<Finding> {
    tables_with(&[])
}
pub fn tbl002_fires() -> Vec<Finding> {
    let repeat = RequestRow::Outcome(Outcome::NotProcessedRepeat);
    tables_with(&[(repeat, N, Cell::Value(1))])
}
pub fn tbl002_silent() -> Vec<Finding> {
    tables_with(&[])
}
pub fn tbl003_fires() -> Vec<Finding> {
    let disclosed = RequestRow::Outcome(Outcome::Disclosed);
    tables_with(&[(disclosed, TOTAL, Cell::Value(9))])
}
pub fn tbl003_silent() -> Vec<Finding> {
    tables_with(&[])
}

/// [`tables`] with an added §3 subtotal row of the 不予公开 group: `n` natural persons.
fn withheld_subtotal(n: u64) -> Vec<Finding> {
    let mut r = tables();
    let mut cells: RequestCells = [0; 7].map(Cell::Value);
    (cells[N], cells[TOTAL]) = (Cell::Value(n), Cell::Value(n));
    let group = OutcomeGroup::Withheld;
    r.extras.0.push(ExtraRow::RequestSubtotal { group, cells });
    check(&r)
}

pub fn tbl004_fires() -> Vec<Finding> {
    withheld_subtotal(2)
}
pub fn tbl004_silent() -> Vec<Finding> {
    withheld_subtotal(1)
}
pub fn tbl005_fires() -> Vec<Finding> {
    let mut r = tables();
    let a = r.tables.appeals.as_mut().expect("a §4 table");
    a.set(
        AppealGroup::LitigationDirect,
        AppealColumn::Total,
        Cell::Value(3),
    );
    check(&r)
}
pub fn tbl005_silent() -> Vec<Finding> {
    tables_with(&[])
}

/// H1 not assessable on the natural-person column (its 结转 unreadable), with `processed`
/// there.
fn h1_unreadable(processed: u64) -> Vec<Finding> {
    tables_with(&[
        (RequestRow::CarriedForward, N, Cell::Invalid("二".into())),
        (RequestRow::TotalProcessed, N, Cell::Value(processed)),
    ])
}

pub fn tbl006_fires() -> Vec<Finding> {
    h1_unreadable(13)
}
pub fn tbl006_silent() -> Vec<Finding> {
    h1_unreadable(10)
}

/// [`tables`] with an added 行政诉讼 total row.
fn litigation_total(vals: [u64; 5]) -> Vec<Finding> {
    let mut r = tables();
    let cells = vals.map(Cell::Value);
    r.extras.0.push(ExtraRow::LitigationTotal { cells });
    check(&r)
}

pub fn tbl007_fires() -> Vec<Finding> {
    litigation_total([1, 1, 0, 0, 3])
}
pub fn tbl007_silent() -> Vec<Finding> {
    litigation_total([1, 1, 0, 0, 2])
}
