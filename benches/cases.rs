//! Case records aggregated into a §3 table per second (`CaseTally::for_year`).

#![allow(missing_docs)] // criterion_group! generates an undocumented function

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use zfxxgk::cases::{CaseRecord, CaseTally};
use zfxxgk::{ApplicantKind, Outcome};

/// 200 000 records received 2021–2024; nine in ten answered 5–60 days later.
fn records() -> Vec<CaseRecord> {
    let base = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
    (0u64..200_000)
        .map(|i| {
            let received = base + Days::new((i * 104_729) % 1460);
            let mut r = CaseRecord::new(
                format!("R{i}"),
                ApplicantKind::ALL[(i % 6) as usize],
                received,
            );
            if i % 10 != 0 {
                r.replied = Some(received + Days::new(5 + i % 56));
                r.outcome = Some(Outcome::ALL[(i % 20) as usize]);
            }
            r
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let recs = records();
    let mut g = c.benchmark_group("cases");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(recs.len() as u64));
    g.bench_function("tally_for_year", |b| {
        b.iter(|| black_box(CaseTally::for_year(black_box(&recs), 2023)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
