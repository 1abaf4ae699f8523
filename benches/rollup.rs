#![allow(missing_docs)]
//! Rollup throughput: §3 tables (and whole reports) summed per second, on one core.
//!
//! `cargo bench --bench rollup`. The target is ≥ 1 million §3 tables per second.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use zfxxgk::aggregate::Rollup;
use zfxxgk::{
    ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, RequestColumn,
    RequestRow, RequestTable, Template,
};

const N: usize = 1000;

fn table(seed: u64, template: Template) -> RequestTable {
    let mut t = RequestTable::new(template);
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    for &row in RequestRow::rows(template) {
        for col in RequestColumn::ALL {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            // Mostly values, some blanks and `/`, as real tables have.
            let cell = match (x >> 33) % 10 {
                0 => Cell::Blank,
                1 => Cell::NotApplicable,
                v => Cell::Value(v * 7 + (x >> 50) % 100),
            };
            t.set(row, col, cell).expect("row of the template");
        }
    }
    t
}

fn report(seed: u64) -> AnnualReport {
    let tpl = if seed % 3 == 0 {
        Template::Std2019
    } else {
        Template::Std2021
    };
    let mut r = AnnualReport::new(tpl.format());
    r.tables.requests = Some(table(seed, tpl));
    let mut a = AppealsTable::default();
    for g in AppealGroup::ALL {
        for c in AppealColumn::ALL {
            a.set(*g, *c, Cell::Value(seed % 5));
        }
    }
    r.tables.appeals = Some(a);
    let mut act = ActiveTable::new(tpl);
    for (row, cols) in ActiveTable::layout(tpl) {
        for col in cols.iter() {
            act.set_text(*row, *col, &format!("{}", seed % 97))
                .expect("cell of the template");
        }
    }
    r.tables.active = Some(act);
    r
}

fn bench(c: &mut Criterion) {
    let tables: Vec<RequestTable> = (0..N as u64).map(|s| table(s, Template::Std2021)).collect();
    let reports: Vec<AnnualReport> = (0..N as u64).map(report).collect();

    let mut g = c.benchmark_group("rollup");
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("section3_tables", |b| {
        b.iter(|| {
            let mut r = Rollup::empty();
            for t in &tables {
                r.push_requests(black_box(t));
            }
            black_box(r)
        })
    });
    g.bench_function("whole_reports_mixed_templates", |b| {
        b.iter(|| black_box(Rollup::of(black_box(&reports))))
    });
    g.bench_function("merge_shards", |b| {
        let shards: Vec<Rollup> = reports.chunks(10).map(Rollup::of).collect();
        b.iter(|| black_box(shards.iter().cloned().fold(Rollup::empty(), Rollup::merge)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = bench
}
criterion_main!(benches);
