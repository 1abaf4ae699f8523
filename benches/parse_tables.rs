//! Throughput of the table reader: `parse` (which reads the three tables) and `parse` +
//! `rules::check` over real extracted texts in several layouts — among them a page body
//! flattened to one line, alone and repeated to about 1 MB — against `str::lines()`.

#![allow(missing_docs)] // criterion_group! generates an undocumented function

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const TEXTS: &[(&str, &str)] = &[
    (
        "pdftotext_layout",
        include_str!("../tests/fixtures/tables/text/0001.txt"),
    ),
    (
        "pdf_to_markdown",
        include_str!("../tests/fixtures/tables/text/0004.txt"),
    ),
    (
        "ocr_markdown",
        include_str!("../tests/fixtures/tables/text/0005.txt"),
    ),
    (
        "cell_per_line",
        include_str!("../tests/fixtures/parse_tables/f04_std2021_cells.txt"),
    ),
    (
        "flattened",
        include_str!("../tests/fixtures/flat/text/0016.txt"),
    ),
];

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse_tables");
    // A flattened page repeated to about 1 MB (each copy's body one line of 12.8 KB).
    let big = include_str!("../tests/fixtures/flat/text/0016.txt").repeat(80);
    let mut texts: Vec<(&str, &str)> = TEXTS.to_vec();
    texts.push(("flattened_1mb", &big));
    for (name, text) in texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("lines/{name}"), |b| {
            b.iter(|| black_box(text).lines().count())
        });
        g.bench_function(format!("parse/{name}"), |b| {
            b.iter(|| {
                zfxxgk::parse::parse(black_box(text)).map(|p| p.report.tables.requests.is_some())
            })
        });
        g.bench_function(format!("parse_and_check/{name}"), |b| {
            b.iter(|| {
                let p = zfxxgk::parse::parse(black_box(text)).ok()?;
                Some(zfxxgk::rules::check(&p.report).len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
