//! Properties of the table rules: a consistent table (both templates) yields no error, and
//! changing any one cell of the §3 or §4 table yields an error naming that cell's row or
//! column.

use proptest::prelude::*;
use zfxxgk::rules::{check, Severity, TableId};
use zfxxgk::{
    AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, RequestColumn, RequestRow,
    RequestTable, Template,
};

/// Per applicant column: a value for every outcome leaf row, a carried-forward count and the
/// share of 一 + 二 that was carried in (as a fraction of 1000).
#[derive(Debug, Clone)]
struct ColumnDraw {
    leaves: Vec<u64>,
    forward: u64,
    carried_share: u64,
}

fn leaf_rows(tpl: Template) -> Vec<RequestRow> {
    RequestRow::rows(tpl)
        .iter()
        .copied()
        .filter(|r| r.outcome().is_some())
        .collect()
}

fn column_draw(n_leaves: usize) -> impl Strategy<Value = ColumnDraw> {
    (
        proptest::collection::vec(0u64..500, n_leaves),
        0u64..200,
        0u64..=1000,
    )
        .prop_map(|(leaves, forward, carried_share)| ColumnDraw {
            leaves,
            forward,
            carried_share,
        })
}

/// A §3 table consistent under H1–H3, built from the draws: leaves → （七）总计; 一 + 二 =
/// （七） + 四 split by the carried share; 总计 = the row sums.
fn consistent_requests(tpl: Template, draws: &[ColumnDraw]) -> RequestTable {
    let leaves = leaf_rows(tpl);
    let mut t = RequestTable::new(tpl);
    let mut rows: Vec<(RequestRow, [u64; 7])> = RequestRow::rows(tpl)
        .iter()
        .map(|r| (*r, [0u64; 7]))
        .collect();
    for (c, d) in draws.iter().enumerate() {
        let processed: u64 = d.leaves.iter().sum();
        let inflow = processed + d.forward;
        let carried = inflow * d.carried_share / 1000;
        for (row, vals) in rows.iter_mut() {
            vals[c] = match row {
                RequestRow::Received => inflow - carried,
                RequestRow::CarriedIn => carried,
                RequestRow::TotalProcessed => processed,
                RequestRow::CarriedForward => d.forward,
                r => leaves
                    .iter()
                    .position(|l| l == r)
                    .map(|i| d.leaves[i])
                    .unwrap_or(0),
            };
        }
    }
    for (row, mut vals) in rows {
        vals[6] = vals[..6].iter().sum();
        t.set_row(row, vals.map(Cell::Value)).unwrap();
    }
    t
}

fn consistent_appeals(blocks: &[[u64; 4]]) -> AppealsTable {
    let mut a = AppealsTable::default();
    for (g, b) in AppealGroup::ALL.iter().zip(blocks) {
        let total: u64 = b.iter().sum();
        a.set_block(*g, [b[0], b[1], b[2], b[3], total].map(Cell::Value));
    }
    a
}

fn template() -> impl Strategy<Value = Template> {
    prop_oneof![Just(Template::Std2019), Just(Template::Std2021)]
}

/// A consistent report of either template.
fn consistent_report() -> impl Strategy<Value = AnnualReport> {
    template().prop_flat_map(|tpl| {
        let n = leaf_rows(tpl).len();
        (
            proptest::collection::vec(column_draw(n), 6),
            proptest::collection::vec(proptest::array::uniform4(0u64..50), 3),
        )
            .prop_map(move |(draws, blocks)| {
                let mut r = AnnualReport::new(tpl.format());
                r.tables.requests = Some(consistent_requests(tpl, &draws));
                r.tables.appeals = Some(consistent_appeals(&blocks));
                r
            })
    })
}

fn errors(r: &AnnualReport) -> Vec<zfxxgk::rules::Finding> {
    check(r)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn consistent_tables_yield_no_error(r in consistent_report()) {
        prop_assert_eq!(errors(&r), vec![]);
    }

    #[test]
    fn zeros_written_as_blank_yield_no_error(r in consistent_report()) {
        let mut r = r;
        let t = r.tables.requests.as_mut().unwrap();
        let rows: Vec<_> = t.rows().map(|(row, cells)| (row, cells.clone())).collect();
        for (row, cells) in rows {
            t.set_row(row, cells.map(|c| if c == Cell::Value(0) { Cell::Blank } else { c })).unwrap();
        }
        prop_assert_eq!(errors(&r), vec![]);
    }

    #[test]
    fn changing_one_requests_cell_names_its_row_or_column(
        r in consistent_report(),
        row_pick in any::<prop::sample::Index>(),
        col_pick in 0usize..7,
        delta in 1u64..1000,
    ) {
        let mut r = r;
        let t = r.tables.requests.as_mut().unwrap();
        let rows = RequestRow::rows(t.template());
        let row = rows[row_pick.index(rows.len())];
        let col = RequestColumn::from_index(col_pick).unwrap();
        let old = t.get(row, col).and_then(Cell::get).unwrap();
        let new = if old >= delta && delta % 2 == 0 { old - delta } else { old + delta };
        t.set(row, col, Cell::Value(new)).unwrap();
        let errs = errors(&r);
        prop_assert!(
            errs.iter().any(|f| f.location.table == Some(TableId::Requests)
                && (f.location.row_id() == Some(row.id())
                    || f.location.column_id() == Some(col.id()))),
            "{} / {}: {} → {}: {:#?}", row.id(), col.id(), old, new, errs
        );
    }

    #[test]
    fn changing_one_appeals_cell_names_its_block_or_column(
        r in consistent_report(),
        g in 0usize..3,
        c in 0usize..5,
        delta in 1u64..1000,
    ) {
        let mut r = r;
        let a = r.tables.appeals.as_mut().unwrap();
        let (group, col) = (AppealGroup::ALL[g], AppealColumn::ALL[c]);
        let old = a.value(group, col).unwrap();
        let new = if old >= delta && delta % 2 == 0 { old - delta } else { old + delta };
        a.set(group, col, Cell::Value(new));
        let errs = errors(&r);
        prop_assert!(
            errs.iter().any(|f| f.location.table == Some(TableId::Appeals)
                && (f.location.row_id() == Some(group.id())
                    || f.location.column_id() == Some(col.id()))),
            "{} / {}: {} → {}: {:#?}", group.id(), col.id(), old, new, errs
        );
    }
}

/// Any cell a report can hold, hostile ones included: huge numbers, negative and fractional
/// text, junk.
fn any_cell() -> impl Strategy<Value = Cell<u64>> {
    prop_oneof![
        Just(Cell::Blank),
        Just(Cell::NotApplicable),
        (0u64..20).prop_map(Cell::Value),
        any::<u64>().prop_map(Cell::Value),
        Just(Cell::Value(u64::MAX)),
        "[-0-9.减若干x]{1,6}".prop_map(|s| Cell::<u64>::parse(&s)),
    ]
}

fn any_report() -> impl Strategy<Value = AnnualReport> {
    (
        template(),
        proptest::collection::vec(proptest::array::uniform7(any_cell()), 25),
        proptest::collection::vec(proptest::array::uniform5(any_cell()), 4),
        proptest::array::uniform7(any_cell()),
        "[-0-9.减元万x/]{0,8}",
    )
        .prop_map(|(tpl, rows, blocks, subtotal, text)| {
            let mut r = AnnualReport::new(tpl.format());
            let mut t = RequestTable::new(tpl);
            for (row, cells) in RequestRow::rows(tpl).iter().zip(rows) {
                t.set_row(*row, cells).unwrap();
            }
            r.tables.requests = Some(t);
            let mut a = AppealsTable::default();
            for (g, b) in AppealGroup::ALL.iter().zip(blocks.iter()) {
                a.set_block(*g, b.clone());
            }
            r.tables.appeals = Some(a);
            let mut active = zfxxgk::ActiveTable::new(tpl);
            for (row, cols) in zfxxgk::ActiveTable::layout(tpl) {
                for c in cols.iter() {
                    active.set_text(*row, *c, &text).unwrap();
                }
            }
            r.tables.active = Some(active);
            r.extras.0.push(zfxxgk::report::ExtraRow::RequestSubtotal {
                group: zfxxgk::OutcomeGroup::Withheld,
                cells: subtotal,
            });
            if let Some(b) = blocks.get(3) {
                r.extras
                    .0
                    .push(zfxxgk::report::ExtraRow::LitigationTotal { cells: b.clone() });
            }
            r
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Hostile cells never make `check` panic or overflow, and every error points somewhere.
    #[test]
    fn hostile_cells_never_panic(r in any_report()) {
        for f in check(&r) {
            if f.severity == Severity::Error {
                prop_assert!(f.location.table.is_some(), "{f}");
            }
        }
    }
}
