//! Claim extraction throughput (MB/s) and the prose rules on the claims: on the seed report, on
//! the seed repeated, and on the real report texts of `tests/fixtures` (web-page, PDF-wrapped
//! and flattened one-line layouts).
#![allow(missing_docs)] // criterion_group! generates an undocumented function

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use zfxxgk::finding::Check;
use zfxxgk::registry;

/// The real report texts the tests use.
fn corpus() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/real", "tests/fixtures/flat/text"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
    out
}

/// Runs the `PRO` rules only.
fn prose_rules(report: &zfxxgk::AnnualReport) -> usize {
    let mut out = Vec::new();
    for r in registry().into_iter().filter(|r| r.code.starts_with("PRO")) {
        if let Check::Report(f) = r.check {
            f(report, &mut out);
        }
    }
    out.len()
}

fn bench(c: &mut Criterion) {
    let text = zfxxgk::seed::TEXT;
    // A larger input: the seed 20 times over (about 280 KB, past any real report).
    let big = text.repeat(20);
    let corpus = corpus();
    let corpus_bytes: usize = corpus.iter().map(String::len).sum();
    let mut g = c.benchmark_group("prose");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("claims/seed", |b| {
        b.iter(|| zfxxgk::parse::claims(black_box(text)))
    });
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("claims/seed_x20", |b| {
        b.iter(|| zfxxgk::parse::claims(black_box(&big)))
    });
    g.throughput(Throughput::Bytes(corpus_bytes as u64));
    g.bench_function("claims/real_texts", |b| {
        b.iter(|| {
            corpus
                .iter()
                .map(|t| zfxxgk::parse::claims(black_box(t)).len())
                .sum::<usize>()
        })
    });
    let reports: Vec<zfxxgk::AnnualReport> = corpus
        .iter()
        .filter_map(|t| zfxxgk::parse::parse(t).ok().map(|p| p.report))
        .collect();
    g.bench_function("prose_rules/real_texts", |b| {
        b.iter(|| {
            reports
                .iter()
                .map(|r| prose_rules(black_box(r)))
                .sum::<usize>()
        })
    });
    let seed_big = zfxxgk::parse::parse(&big).map(|p| p.report);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("prose_rules/seed_x20", |b| {
        b.iter(|| seed_big.as_ref().map(|r| prose_rules(black_box(r))))
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
