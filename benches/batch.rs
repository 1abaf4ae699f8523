//! Batch throughput: the real report texts of the test fixtures (tests/fixtures/real and
//! tests/fixtures/tables, each line 1 naming its source), repeated to 200 inputs, audited by
//! `batch::audit_all` from memory with 1 and 2 workers.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use zfxxgk::batch::{audit_all, BatchOptions, Input};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/real", "tests/fixtures/tables/text"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        paths.sort();
        for p in paths {
            out.push((p.display().to_string(), std::fs::read(&p).expect("fixture")));
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let base = corpus();
    let inputs: Vec<(String, Vec<u8>)> = base.iter().cycle().take(200).cloned().collect();
    let bytes: usize = inputs.iter().map(|(_, b)| b.len()).sum();
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    for jobs in [1, 2] {
        g.bench_with_input(BenchmarkId::new("audit_all", jobs), &jobs, |b, &jobs| {
            b.iter(|| {
                let batch = inputs
                    .iter()
                    .map(|(n, b)| Input::bytes(n.clone(), b.clone()));
                let batch: Vec<Input> = batch.collect();
                audit_all(batch, &BatchOptions::with_jobs(jobs))
                    .map(|i| i.result.map_or(0, |a| a.findings.len()))
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
