//! Parse + check throughput on a real standard-format report (淮安市洪泽区人民政府 2024, text as
//! `pdftotext -layout` gives it), against the time `str::lines()` takes to walk the same text,
//! and the scaling of the parser over about 10 KB, 100 KB and 1 MB of text (the report repeated);
//! and on the largest real report text of the fixtures (`largest`, 15 KB).

#![allow(missing_docs)] // criterion_group! generates undocumented items

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const REPORT: &str = include_str!("../tests/fixtures/tables/text/0002.txt");
/// The largest real report text among the fixtures.
const LARGEST: &str = include_str!("../tests/fixtures/tables/text/0005.txt");

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse_and_check");
    g.sample_size(20);
    for (name, text) in [
        ("largest", LARGEST.to_string()),
        ("10KB", REPORT.to_string()),
        ("100KB", REPORT.repeat(11)),
        ("1MB", REPORT.repeat(110)),
    ] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("audit_text", name), &text, |b, t| {
            b.iter(|| zfxxgk::audit_text(black_box(t)).map(|a| a.findings.len()))
        });
        g.bench_with_input(BenchmarkId::new("str_lines", name), &text, |b, t| {
            b.iter(|| black_box(t).lines().map(str::len).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
