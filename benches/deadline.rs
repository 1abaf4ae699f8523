//! Deadline computations per second: `Application::due_date` (the fast path),
//! `Application::deadline` (with the explanation) and `WorkCalendar::add_working_days`.

#![allow(missing_docs)] // criterion_group! generates an undocumented function

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use zfxxgk::calendar::WorkCalendar;
use zfxxgk::deadline::{Application, Channel, Consultation, ConsultationKind, Supplement};

/// 10 000 applications received 2009–2025: plain, extended, supplemented, and one in
/// sixteen with a consultation.
fn applications() -> Vec<Application> {
    let base = NaiveDate::from_ymd_opt(2009, 1, 1).unwrap();
    (0u64..10_000)
        .map(|i| {
            let received = base + Days::new((i * 7919) % 6200);
            let mut a = Application::new(Channel::ALL[(i % 5) as usize], received);
            a.extended = i % 3 == 0;
            if i % 4 == 1 {
                a.supplement = Some(Supplement {
                    requested: received + Days::new(3),
                    received: received + Days::new(10),
                });
            }
            if i % 16 == 5 {
                a.consultations.push(Consultation {
                    kind: ConsultationKind::ThirdParty,
                    start: received + Days::new(5),
                    end: received + Days::new(20),
                });
            }
            a
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let cal = WorkCalendar::embedded();
    let apps = applications();
    let mut g = c.benchmark_group("deadline");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(apps.len() as u64));
    g.bench_function("due_date", |b| {
        b.iter(|| {
            for a in &apps {
                black_box(a.due_date(&cal).ok());
            }
        })
    });
    g.bench_function("deadline_explained", |b| {
        b.iter(|| {
            for a in &apps {
                black_box(a.deadline(&cal).ok());
            }
        })
    });
    g.bench_function("add_working_days_20", |b| {
        b.iter(|| {
            for a in &apps {
                black_box(cal.add_working_days(a.received, 20).ok());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
