//! Claim extraction throughput (MB/s) on the seed report, and the prose rules on its claims.
#![allow(missing_docs)] // criterion_group! generates an undocumented function

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let text = zfxxgk::seed::TEXT;
    // A larger input: the seed 20 times over (about 280 KB, past any real report).
    let big = text.repeat(20);
    let mut g = c.benchmark_group("prose");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("claims/seed", |b| {
        b.iter(|| zfxxgk::parse::claims(black_box(text)))
    });
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("claims/seed_x20", |b| {
        b.iter(|| zfxxgk::parse::claims(black_box(&big)))
    });
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse_and_check/seed", |b| {
        b.iter(|| {
            let r = zfxxgk::parse::parse(black_box(text)).map(|p| p.report);
            r.map(|r| zfxxgk::rules::check(&r).len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
