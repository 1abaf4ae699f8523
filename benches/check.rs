//! `rules::check` on full standard-format reports (the JSON fixtures of `tests/rules.rs`): a
//! correct 2021 report (no findings) and a broken 2019 report (eleven findings).

#![allow(missing_docs)] // criterion_group! generates an undocumented public fn

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use zfxxgk::AnnualReport;

fn load(json: &str) -> AnnualReport {
    serde_json::from_str(json).expect("fixture parses")
}

fn bench_check(c: &mut Criterion) {
    let good = load(include_str!("../tests/fixtures/std2021_good.json"));
    let broken = load(include_str!("../tests/fixtures/std2019_broken.json"));
    c.bench_function("check/std2021_good", |b| {
        b.iter(|| zfxxgk::rules::check(black_box(&good)))
    });
    c.bench_function("check/std2019_broken", |b| {
        b.iter(|| zfxxgk::rules::check(black_box(&broken)))
    });
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
