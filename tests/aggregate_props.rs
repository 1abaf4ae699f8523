//! Property tests of the rollup algebra: a commutative monoid whose result does not depend on
//! how the inputs are split, and which keeps consistent reports consistent.

use proptest::prelude::*;
use rust_decimal::Decimal;
use zfxxgk::aggregate::Rollup;
use zfxxgk::report::{ActiveCell, ActiveKind, Amount, MoneyUnit};
use zfxxgk::rules::Severity;
use zfxxgk::{
    ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat,
    RequestColumn, RequestRow, RequestTable, Template,
};

fn template() -> impl Strategy<Value = Template> {
    prop_oneof![Just(Template::Std2019), Just(Template::Std2021)]
}

fn count_cell() -> impl Strategy<Value = Cell<u64>> {
    prop_oneof![
        4 => Just(Cell::Blank),
        1 => Just(Cell::NotApplicable),
        8 => (0u64..1000).prop_map(Cell::Value),
        1 => (u64::MAX - 5..=u64::MAX).prop_map(Cell::Value),
        1 => Just(Cell::Invalid("x".into())),
    ]
}

fn signed_cell() -> impl Strategy<Value = Cell<i64>> {
    prop_oneof![
        2 => Just(Cell::Blank),
        1 => Just(Cell::NotApplicable),
        6 => (-1000i64..1000).prop_map(Cell::Value),
        1 => prop_oneof![Just(i64::MAX), Just(i64::MIN)].prop_map(Cell::Value),
        1 => Just(Cell::Invalid("?".into())),
    ]
}

fn amount_cell() -> impl Strategy<Value = Cell<Amount>> {
    let unit = prop_oneof![
        Just(None),
        Just(Some(MoneyUnit::Yuan)),
        Just(Some(MoneyUnit::WanYuan))
    ];
    prop_oneof![
        2 => Just(Cell::Blank),
        1 => Just(Cell::NotApplicable),
        6 => (0i64..1_000_000_000_000, 0u32..5, unit)
            .prop_map(|(m, s, unit)| Cell::Value(Amount { value: Decimal::new(m, s), unit })),
        1 => Just(Cell::Invalid("??".into())),
    ]
}

fn active_table() -> impl Strategy<Value = ActiveTable> {
    (
        template(),
        prop::collection::vec((count_cell(), signed_cell(), amount_cell()), 22),
    )
        .prop_map(|(t, cells)| {
            let mut a = ActiveTable::new(t);
            let layout: Vec<_> = ActiveTable::layout(t)
                .iter()
                .flat_map(|(r, cols)| cols.iter().map(move |c| (*r, *c)))
                .collect();
            for ((row, col), (c, s, m)) in layout.into_iter().zip(cells) {
                let cell = match col.kind() {
                    ActiveKind::Signed => ActiveCell::Signed(s),
                    ActiveKind::Amount => ActiveCell::Amount(m),
                    _ => ActiveCell::Count(c),
                };
                a.set(row, col, cell).expect("cell of the template");
            }
            a
        })
}

fn request_table() -> impl Strategy<Value = RequestTable> {
    (template(), prop::collection::vec(count_cell(), 25 * 7)).prop_map(|(t, cells)| {
        let mut table = RequestTable::new(t);
        let mut it = cells.into_iter();
        for &row in RequestRow::rows(t) {
            for col in RequestColumn::ALL {
                table
                    .set(row, col, it.next().unwrap_or_default())
                    .expect("row of the template");
            }
        }
        table
    })
}

fn appeals_table() -> impl Strategy<Value = AppealsTable> {
    prop::collection::vec(count_cell(), 15).prop_map(|cells| {
        let mut t = AppealsTable::default();
        let mut it = cells.into_iter();
        for g in AppealGroup::ALL {
            for c in AppealColumn::ALL {
                t.set(*g, *c, it.next().unwrap_or_default());
            }
        }
        t
    })
}

fn report() -> impl Strategy<Value = AnnualReport> {
    (
        prop::option::weighted(0.9, request_table()),
        prop::option::weighted(0.8, appeals_table()),
        prop::option::weighted(0.8, active_table()),
    )
        .prop_map(|(req, app, act)| {
            let mut r = AnnualReport::new(ReportFormat::Std2021);
            r.tables.requests = req;
            r.tables.appeals = app;
            r.tables.active = act;
            r
        })
}

fn one(r: &AnnualReport) -> Rollup {
    Rollup::empty().add(r)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merge_is_associative_and_commutative(a in report(), b in report(), c in report()) {
        let (a, b, c) = (one(&a), one(&b), one(&c));
        prop_assert_eq!(a.clone().merge(b.clone()).merge(c.clone()), a.clone().merge(b.clone().merge(c.clone())));
        prop_assert_eq!(a.clone().merge(b.clone()), b.clone().merge(a.clone()));
        prop_assert_eq!(a.clone().merge(Rollup::empty()), a.clone());
        prop_assert_eq!(Rollup::empty().merge(a.clone()), a);
    }

    #[test]
    fn any_split_merges_to_the_same_rollup(
        reports in prop::collection::vec(report(), 0..8),
        shards in prop::collection::vec(0usize..4, 8),
        order in any::<u64>(),
    ) {
        let whole = Rollup::of(&reports);
        let mut parts = vec![Rollup::empty(); 4];
        for (i, r) in reports.iter().enumerate() {
            parts[shards[i % shards.len()]].push(r);
        }
        // Merge the shards in an order derived from `order`.
        let start = (order % 4) as usize;
        let merged = (0..4).map(|k| parts[(start + k) % 4].clone()).fold(Rollup::empty(), Rollup::merge);
        prop_assert_eq!(&merged, &whole);
        // The same holds for what a caller reads.
        prop_assert_eq!(merged.tables(), whole.tables());
        prop_assert_eq!(merged.notes(), whole.notes());
        prop_assert_eq!(merged.dropped(), whole.dropped());
        prop_assert_eq!(merged.reports(), reports.len() as u64);
    }

    #[test]
    fn a_rollup_survives_serde(reports in prop::collection::vec(report(), 0..4)) {
        let r = Rollup::of(&reports);
        let json = serde_json::to_string(&r).unwrap();
        let back: Rollup = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, r);
    }

    #[test]
    fn percentages_are_within_half_a_unit_of_the_exact_ratio(n in 0u128..1_000_000_000, d in 1u128..1_000_000_000, dp in 0u32..6) {
        let p = zfxxgk::aggregate::Ratio::new(n, d).unwrap().percent(dp).unwrap();
        // |p·d − 100·n| ≤ d / 2 · 10^-dp, in exact decimals.
        let err = (p * Decimal::from(d) - Decimal::from(n * 100)).abs();
        let bound = Decimal::from(d) / Decimal::from(2) / Decimal::from(10u64.pow(dp));
        prop_assert!(err <= bound, "{} {} {} {} {}", n, d, dp, p, err);
    }

    #[test]
    fn reading_a_rollup_never_panics(reports in prop::collection::vec(report(), 0..5)) {
        let r = Rollup::of(&reports);
        let _ = zfxxgk::rules::check(&r.to_report());
        let _ = zfxxgk::aggregate::Rates::of(&r.to_report());
        let _ = r.totals();
        prop_assert!(serde_json::to_string(&r.tables()).is_ok());
    }
}

/// A report whose §3 and §4 tables satisfy H1–H4 in every column.
fn consistent_report() -> impl Strategy<Value = AnnualReport> {
    (
        template(),
        prop::collection::vec(
            (
                0u64..50,
                0u64..10,
                prop::collection::vec(0u64..20, 22),
                0u64..5,
            ),
            6,
        ),
        prop::collection::vec(prop::collection::vec(0u64..30, 4), 3),
    )
        .prop_map(|(tpl, cols, blocks)| {
            let mut t = RequestTable::new(tpl);
            let leaves: Vec<RequestRow> = RequestRow::rows(tpl)
                .iter()
                .copied()
                .filter(|r| r.outcome().is_some())
                .collect();
            let mut totals = vec![[0u64; 7]; RequestRow::rows(tpl).len()];
            let row_index =
                |r: RequestRow| RequestRow::rows(tpl).iter().position(|x| *x == r).unwrap();
            for (c, (_, carried_in, outs, carried_forward)) in cols.iter().enumerate() {
                let processed: u64 = outs.iter().take(leaves.len()).sum();
                // H1: received + carried_in = processed + carried_forward.
                let carried_forward = *carried_forward;
                let carried_in = (*carried_in).min(processed + carried_forward);
                let received = processed + carried_forward - carried_in;
                let mut set = |r: RequestRow, v: u64| totals[row_index(r)][c] = v;
                set(RequestRow::Received, received);
                set(RequestRow::CarriedIn, carried_in);
                set(RequestRow::TotalProcessed, processed);
                set(RequestRow::CarriedForward, carried_forward);
                for (leaf, v) in leaves.iter().zip(outs) {
                    set(*leaf, *v);
                }
            }
            for (i, &row) in RequestRow::rows(tpl).iter().enumerate() {
                let mut cells = totals[i];
                cells[6] = cells[..6].iter().sum(); // H3
                t.set_row(row, cells.map(Cell::Value)).unwrap();
            }
            let mut a = AppealsTable::default();
            for (g, v) in AppealGroup::ALL.iter().zip(blocks) {
                let mut cells: [Cell<u64>; 5] = Default::default();
                for (k, x) in v.iter().enumerate() {
                    cells[k] = Cell::Value(*x);
                }
                cells[4] = Cell::Value(v.iter().sum()); // H4
                a.set_block(*g, cells);
            }
            let mut r = AnnualReport::new(tpl.format());
            r.tables.requests = Some(t);
            r.tables.appeals = Some(a);
            r
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_rollup_of_consistent_reports_is_consistent(reports in prop::collection::vec(consistent_report(), 1..6)) {
        for r in &reports {
            let e: Vec<_> = zfxxgk::rules::check(r).into_iter().filter(|f| f.severity == Severity::Error).collect();
            prop_assert!(e.is_empty(), "generator made an inconsistent report: {:?}", e);
        }
        let rollup = Rollup::of(&reports);
        let errors: Vec<_> = zfxxgk::rules::check(&rollup.to_report())
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
        for t in rollup.totals() {
            prop_assert!(!t.differs(), "{:?}", t);
        }
    }
}
