//! Fee computations and the fee-statement reader.
#![allow(missing_docs)] // `criterion_group!` generates an undocumented function

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use zfxxgk::fee::{assess_month, Charging, FeePolicy, MonthApplication, ProgressiveSchedule};
use zfxxgk::parse::read_fee_section;

fn schedules(c: &mut Criterion) {
    let item = ProgressiveSchedule::per_item();
    let pages = ProgressiveSchedule::per_volume();
    c.bench_function("per_item_charge_35", |b| {
        b.iter(|| item.charge(black_box(35)))
    });
    c.bench_function("per_item_total_1e6_closed_form", |b| {
        b.iter(|| item.total(black_box(1_000_000)))
    });
    c.bench_function("per_item_charge_1e6_band_walk", |b| {
        b.iter(|| item.charge(black_box(1_000_000)))
    });
    c.bench_function("per_volume_charge_150", |b| {
        b.iter(|| pages.charge(black_box(150)))
    });
}

fn month(c: &mut Criterion) {
    let policy = FeePolicy::default();
    let apps: Vec<MonthApplication> = (0..40u32)
        .map(|i| {
            let d = NaiveDate::from_ymd_opt(2024, 3, 1 + i % 28).expect("valid date");
            let charging = if i % 5 == 0 {
                Charging::PerVolume { pages: 120 }
            } else {
                Charging::PerItem {
                    items: 1 + u64::from(i % 3),
                }
            };
            MonthApplication::new(format!("A{i}"), "某局", d, charging)
        })
        .collect();
    c.bench_function("assess_month_40_applications", |b| {
        b.iter(|| assess_month(&policy, black_box(&apps)))
    });
}

fn reader(c: &mut Criterion) {
    let text = "六、其他需要报告的事项\n（一）收取信息处理费情况。本年度本机关发出收费通知书2件，金额3000元，实际收取2000元。\n\
                （二）落实上级年度政务公开工作要点情况。本机关按照要点要求，推进财政预决算、价格和收费等重点领域信息公开。\n\
                （三）人大代表建议和政协提案办理结果公开情况。全年办理建议12件、提案8件，均已公开。\n"
        .repeat(4);
    c.bench_function("read_fee_section_1_8kb", |b| {
        b.iter(|| read_fee_section(black_box(&text)))
    });
}

criterion_group!(benches, schedules, month, reader);
criterion_main!(benches);
