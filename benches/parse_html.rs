//! Throughput of the HTML reader on the largest fixture page (a 234 KB Word export with site
//! chrome): `parse_html`, `parse_bytes` on the same page as UTF-8 and as GB18030, and
//! `parse_html` + `rules::check`; `str::lines()` over the page as the floor.

#![allow(missing_docs)] // criterion_group! generates an undocumented function

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const PAGE: &str = include_str!("../tests/fixtures/html/0001.html");

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse_html");
    g.throughput(Throughput::Bytes(PAGE.len() as u64));
    g.bench_function("lines/0001", |b| b.iter(|| black_box(PAGE).lines().count()));
    g.bench_function("parse_html/0001", |b| {
        b.iter(|| zfxxgk::parse::parse_html(black_box(PAGE)).map(|p| p.report.sections.len()))
    });
    g.bench_function("parse_bytes_utf8/0001", |b| {
        b.iter(|| zfxxgk::parse::parse_bytes(black_box(PAGE.as_bytes())).map(|p| p.input))
    });
    let gb = encoding_rs::GB18030.encode(PAGE).0.into_owned();
    g.bench_function("parse_bytes_gb18030/0001", |b| {
        b.iter(|| zfxxgk::parse::parse_bytes(black_box(&gb)).map(|p| p.input))
    });
    g.bench_function("parse_html_and_check/0001", |b| {
        b.iter(|| {
            let p = zfxxgk::parse::parse_html(black_box(PAGE)).ok()?;
            Some(zfxxgk::rules::check(&p.report).len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
