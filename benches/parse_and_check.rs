//! Parse + check throughput on a real standard-format report (淮安市洪泽区人民政府 2024, text as
//! `pdftotext -layout` gives it), against the time `str::lines()` takes to walk the same text.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const REPORT: &str = include_str!("../examples/audit_sample.txt");

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse_and_check");
    for (name, text) in [
        ("hongze_2024", REPORT.to_string()),
        ("hongze_2024_x10", REPORT.repeat(10)),
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
