//! Information processing fee (国办函〔2020〕109号), 2008 cost fees, and fee statements in
//! reports. Golden figures are the worked examples of DOMAIN.md §4.2 and every band boundary.

mod common;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use common::json;
use proptest::prelude::*;
use rust_decimal::Decimal;
use zfxxgk::fee::{
    assess_month, ApplicationFee, Charging, CostFeeItem, CostLine, CostRateTable, CostUnit,
    CounterScope, FeeBasis, FeeMethod, FeeNotice, FeePolicy, Medium, MonthApplication,
    MonthCounting, PaperSize, PerItemRates, PrintColour, ProgressiveSchedule, Waiver, WaiverGround,
};
use zfxxgk::parse::read_fee_section;
use zfxxgk::report::{FeeClaimKind, FeeRegime, FeeStatement};
use zfxxgk::FeeError;

fn yuan(n: i64) -> Decimal {
    Decimal::from(n)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

// ---------------------------------------------------------------- golden: per item (art. 4)

#[test]
fn per_item_worked_example_35_applications_cost_3000() {
    let c = ProgressiveSchedule::per_item().charge(35).unwrap();
    assert_eq!(c.amount, yuan(3000));
    let parts: Vec<(u64, Option<u64>, u64, Decimal)> = c
        .bands
        .iter()
        .map(|b| (b.band_from, b.band_to, b.units, b.rate))
        .collect();
    assert_eq!(
        parts,
        vec![
            (1, Some(10), 10, yuan(0)),
            (11, Some(30), 20, yuan(100)),
            (31, Some(40), 5, yuan(200)),
        ]
    );
}

#[test]
fn per_item_band_boundaries() {
    let s = ProgressiveSchedule::per_item();
    let golden = [
        (0, 0),
        (1, 0),
        (10, 0),
        (11, 100),
        (30, 2000),
        (31, 2200),
        (40, 4000),
        (41, 4300),
        (50, 7000),
        (51, 7400),
    ];
    for (n, fee) in golden {
        assert_eq!(s.total(n).unwrap(), yuan(fee), "total({n})");
        assert_eq!(s.charge(n).unwrap().amount, yuan(fee), "charge({n})");
    }
}

#[test]
fn per_item_marginal_rate_of_each_position() {
    let s = ProgressiveSchedule::per_item();
    for (n, rate) in [
        (10, 0),
        (11, 100),
        (30, 100),
        (31, 200),
        (40, 200),
        (41, 300),
    ] {
        assert_eq!(
            s.charge_after(n - 1, 1).unwrap().amount,
            yuan(rate),
            "the {n}th application"
        );
    }
}

// ---------------------------------------------------------------- golden: per volume (art. 5)

#[test]
fn per_volume_worked_example_150_pages_cost_1700() {
    let c = ProgressiveSchedule::per_volume().charge(150).unwrap();
    assert_eq!(c.amount, yuan(1700));
    assert_eq!(c.bands[1].amount, yuan(700));
    assert_eq!(c.bands[2].amount, yuan(1000));
}

#[test]
fn per_volume_band_boundaries() {
    let s = ProgressiveSchedule::per_volume();
    for (n, fee) in [
        (0, 0),
        (30, 0),
        (31, 10),
        (100, 700),
        (101, 720),
        (200, 2700),
        (201, 2740),
        (300, 6700),
    ] {
        assert_eq!(s.total(n).unwrap(), yuan(fee), "total({n})");
        assert_eq!(s.charge(n).unwrap().amount, yuan(fee), "charge({n})");
    }
    let c = s.charge(201).unwrap();
    assert_eq!(
        c.bands.last().map(|b| (b.band_from, b.band_to)),
        Some((201, None))
    );
}

#[test]
fn absurd_quantities_are_errors_not_overflows() {
    let s = ProgressiveSchedule::per_item();
    assert_eq!(
        s.total(u64::MAX).unwrap_err(),
        FeeError::QuantityTooLarge {
            quantity: u64::MAX,
            max: ProgressiveSchedule::DEFAULT_MAX_QUANTITY
        }
    );
    assert!(s.charge_after(u64::MAX, 1).is_err());
    assert!(ProgressiveSchedule::per_volume().charge(2_000_000).is_err());
    // Raising the limit to u64::MAX still never panics: the amount does not fit a decimal.
    let big = ProgressiveSchedule::per_item().with_max_quantity(u64::MAX);
    assert_eq!(
        big.total(u64::MAX).unwrap_err(),
        FeeError::AmountOverflow { quantity: u64::MAX }
    );
    assert_eq!(
        s.total(u64::MAX).unwrap_err().to_string(),
        "quantity 18446744073709551615 is more than the maximum of 1000000 the schedule accepts"
    );
}

#[test]
fn other_readings_of_the_tail_are_configurable() {
    let flat = ProgressiveSchedule::per_item_with(PerItemRates {
        step: 0,
        ..PerItemRates::NATIONAL
    })
    .unwrap();
    // 11–∞ all at 100.
    assert_eq!(flat.total(45).unwrap(), yuan(3500));
    let wide = ProgressiveSchedule::per_item_with(PerItemRates {
        band_width: 20,
        ..PerItemRates::NATIONAL
    })
    .unwrap();
    // 31–50 at 200, 51 at 300.
    assert_eq!(wide.total(51).unwrap(), yuan(2000 + 4000 + 300));
    assert!(ProgressiveSchedule::per_item_with(PerItemRates {
        first_band_to: 10,
        ..PerItemRates::NATIONAL
    })
    .is_err());
}

#[test]
fn schedule_serde_round_trip_and_validation() {
    let s = ProgressiveSchedule::per_item();
    let j = serde_json::to_string(&s).unwrap();
    let back: ProgressiveSchedule = serde_json::from_str(&j).unwrap();
    assert_eq!(back, s);
    let bad = j.replace("\"width\":10", "\"width\":0");
    assert_ne!(bad, j);
    assert!(serde_json::from_str::<ProgressiveSchedule>(&bad).is_err());
    let c = s.charge(35).unwrap();
    let cj = serde_json::to_string(&c).unwrap();
    assert!(cj.contains("\"amount\":\"3000\""), "{cj}");
    assert_eq!(serde_json::from_str::<zfxxgk::fee::Charge>(&cj).unwrap(), c);
}

// ---------------------------------------------------------------- the month (art. 3–4)

fn app(id: &str, agency: &str, d: NaiveDate, charging: Charging) -> MonthApplication {
    MonthApplication::new(id, agency, d, charging)
}

fn amounts(fees: &[ApplicationFee]) -> Vec<Decimal> {
    fees.iter().map(|f| f.charge.amount).collect()
}

#[test]
fn month_numbers_applications_by_receipt_date_and_keeps_input_order() {
    // Given out of order: the 12th-received comes first.
    let mut apps: Vec<MonthApplication> = (1..=11)
        .map(|i| {
            app(
                &format!("A{i}"),
                "某局",
                day(2024, 3, i),
                Charging::PerItem { items: 1 },
            )
        })
        .collect();
    apps.insert(
        0,
        app(
            "late",
            "某局",
            day(2024, 3, 30),
            Charging::PerItem { items: 1 },
        ),
    );
    let fees = assess_month(&FeePolicy::default(), &apps).unwrap();
    assert_eq!(fees[0].id, "late");
    assert_eq!(fees[0].places, Some((12, 12)));
    assert_eq!(fees[0].charge.amount, yuan(100));
    assert_eq!(fees[11].places, Some((11, 11)));
    assert_eq!(fees[11].charge.amount, yuan(100));
    assert_eq!(fees[10].charge.amount, yuan(0));
    assert_eq!(
        fees[0].basis,
        vec![
            FeeBasis::Regulation2019Art42,
            FeeBasis::MeasuresArt3,
            FeeBasis::MeasuresArt4
        ]
    );
}

#[test]
fn month_split_application_pays_each_place() {
    // 28 single applications, then one split into 5 件: places 29–33 → 2×100 + 3×200.
    let mut apps: Vec<MonthApplication> = (0..28)
        .map(|i| {
            app(
                &format!("A{i}"),
                "某局",
                day(2024, 5, 2),
                Charging::PerItem { items: 1 },
            )
        })
        .collect();
    apps.push(app(
        "multi",
        "某局",
        day(2024, 5, 20),
        Charging::PerItem { items: 5 },
    ));
    let fees = assess_month(&FeePolicy::default(), &apps).unwrap();
    let multi = fees.last().unwrap();
    assert_eq!(multi.places, Some((29, 33)));
    assert_eq!(multi.charge.amount, yuan(800));
    let total: Decimal = amounts(&fees).iter().sum();
    assert_eq!(total, ProgressiveSchedule::per_item().total(33).unwrap());
}

#[test]
fn month_per_volume_application_pays_pages_and_takes_one_place() {
    let mut apps: Vec<MonthApplication> = (1..=10)
        .map(|i| {
            app(
                &format!("A{i}"),
                "某局",
                day(2024, 6, i),
                Charging::PerItem { items: 1 },
            )
        })
        .collect();
    apps.push(app(
        "pages",
        "某局",
        day(2024, 6, 11),
        Charging::PerVolume { pages: 150 },
    ));
    apps.push(app(
        "next",
        "某局",
        day(2024, 6, 12),
        Charging::PerItem { items: 1 },
    ));
    let fees = assess_month(&FeePolicy::default(), &apps).unwrap();
    assert_eq!(fees[10].method(), FeeMethod::PerVolume);
    assert_eq!(fees[10].charge.amount, yuan(1700));
    assert_eq!(fees[10].places, Some((11, 11)));
    assert_eq!(fees[11].charge.amount, yuan(100)); // 12th place
    let only = FeePolicy::default().with_counting(MonthCounting::PerItemOnly);
    let fees = assess_month(&only, &apps).unwrap();
    assert_eq!(fees[10].places, None);
    assert_eq!(fees[11].charge.amount, yuan(100)); // 11th per-item place
    assert_eq!(fees[10].charge.amount, yuan(1700));
}

#[test]
fn month_counter_scope_per_agency_or_across() {
    let apps: Vec<MonthApplication> = (1..=12)
        .map(|i| {
            let agency = if i % 2 == 0 { "甲局" } else { "乙局" };
            app(
                &format!("A{i}"),
                agency,
                day(2024, 7, i),
                Charging::PerItem { items: 1 },
            )
        })
        .collect();
    let per_agency = assess_month(&FeePolicy::default(), &apps).unwrap();
    assert!(amounts(&per_agency).iter().all(Decimal::is_zero));
    let across = FeePolicy::default().with_scope(CounterScope::AllAgencies);
    let fees = assess_month(&across, &apps).unwrap();
    assert_eq!(amounts(&fees).iter().sum::<Decimal>(), yuan(200));
}

#[test]
fn month_refuses_mixed_months_and_zero_items() {
    let apps = [
        app(
            "A1",
            "某局",
            day(2024, 1, 31),
            Charging::PerItem { items: 1 },
        ),
        app(
            "A2",
            "某局",
            day(2024, 2, 1),
            Charging::PerItem { items: 1 },
        ),
    ];
    let e = assess_month(&FeePolicy::default(), &apps).unwrap_err();
    assert_eq!(
        e.to_string(),
        "application `A2` was received on 2024-02-01, outside the month 2024-01"
    );
    let apps = [app(
        "Z",
        "某局",
        day(2024, 1, 3),
        Charging::PerItem { items: 0 },
    )];
    assert_eq!(
        assess_month(&FeePolicy::default(), &apps).unwrap_err(),
        FeeError::ZeroItems {
            application: "Z".into()
        }
    );
    assert!(assess_month(&FeePolicy::default(), &[]).unwrap().is_empty());
    let huge = [app(
        "H",
        "某局",
        day(2024, 1, 3),
        Charging::PerItem { items: u64::MAX },
    )];
    assert!(matches!(
        assess_month(&FeePolicy::default(), &huge),
        Err(FeeError::QuantityTooLarge { .. })
    ));
}

// ---------------------------------------------------------------- the fee notice

fn weekdays(mut d: NaiveDate, mut n: u32) -> Option<NaiveDate> {
    while n > 0 {
        d = d.succ_opt()?;
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            n -= 1;
        }
    }
    Some(d)
}

#[test]
fn fee_notice_payment_period_counts_from_the_day_after_receipt() {
    let fees = assess_month(
        &FeePolicy::default(),
        &[app(
            "A1",
            "某局",
            day(2024, 3, 4),
            Charging::PerVolume { pages: 150 },
        )],
    )
    .unwrap();
    // Received Friday 2024-03-08: 20 weekdays later is Friday 2024-04-05.
    let n = FeeNotice::new(&fees[0], day(2024, 3, 8), &weekdays).unwrap();
    assert_eq!(n.pay_by, day(2024, 4, 5));
    assert_eq!(n.amount, yuan(1700));
    assert_eq!(n.method, FeeMethod::PerVolume);
    assert_eq!(n.rates.len(), 2); // the free band is not a rate
    assert!(n.basis.contains(&FeeBasis::MeasuresArt5));
    assert!(n.basis.contains(&FeeBasis::SichuanNotice2021));
    assert!(!n.is_late(day(2024, 4, 5)));
    assert!(n.is_late(day(2024, 4, 6)));
    let j = serde_json::to_string(&n).unwrap();
    assert_eq!(serde_json::from_str::<FeeNotice>(&j).unwrap(), n);
}

#[test]
fn fee_notice_refusals() {
    let fees = assess_month(
        &FeePolicy::default(),
        &[app(
            "free",
            "某局",
            day(2024, 3, 4),
            Charging::PerVolume { pages: 30 },
        )],
    )
    .unwrap();
    assert_eq!(
        FeeNotice::new(&fees[0], day(2024, 3, 8), &weekdays).unwrap_err(),
        FeeError::NothingDue {
            application: "free".into()
        }
    );
    let fees = assess_month(
        &FeePolicy::default(),
        &[app(
            "A",
            "某局",
            day(2024, 3, 4),
            Charging::PerVolume { pages: 31 },
        )],
    )
    .unwrap();
    let uncovered = |_: NaiveDate, _: u32| None;
    assert!(matches!(
        FeeNotice::new(&fees[0], day(2024, 3, 8), &uncovered),
        Err(FeeError::CalendarNotCovered { days: 20, .. })
    ));
    assert!(FeeNotice::with_due_date(&fees[0], day(2024, 3, 8), day(2024, 3, 8)).is_err());
}

// ---------------------------------------------------------------- 2008 cost fees

#[test]
fn fujian_2008_rates_bill_exactly_to_the_fen() {
    let fj = CostRateTable::fujian_2008();
    assert_eq!(fj.jurisdiction, "福建省");
    assert_eq!(fj.source, "闽价费〔2008〕472号");
    let lines = [
        CostLine::new(CostFeeItem::Retrieval, CostUnit::Application, 1),
        CostLine::new(
            CostFeeItem::Copying,
            CostUnit::Page {
                size: PaperSize::A3,
                colour: PrintColour::BlackWhite,
            },
            3,
        ),
        CostLine::new(
            CostFeeItem::Copying,
            CostUnit::Page {
                size: PaperSize::A4,
                colour: PrintColour::Colour,
            },
            2,
        ),
        CostLine::new(
            CostFeeItem::Copying,
            CostUnit::Medium {
                medium: Medium::Disk,
            },
            1,
        ),
    ];
    let bill = fj.bill(&lines, Decimal::new(650, 2), None).unwrap();
    // 5 + 1.2 + 2 + 3 + 6.50 postage
    assert_eq!(bill.gross, Decimal::new(1770, 2));
    assert_eq!(bill.net, bill.gross);
    let waived = fj
        .bill(
            &lines,
            Decimal::ZERO,
            Some(Waiver::full(WaiverGround::MinimumLiving)),
        )
        .unwrap();
    assert_eq!(waived.net, Decimal::ZERO);
    assert_eq!(waived.waived, Decimal::new(1120, 2));
    let reduced = fj
        .bill(
            &lines,
            Decimal::ZERO,
            Some(Waiver::reduce(WaiverGround::Hardship, Decimal::new(5, 0))),
        )
        .unwrap();
    assert_eq!(reduced.net, Decimal::new(620, 2));
    assert_eq!(
        WaiverGround::Hardship.basis(),
        FeeBasis::Regulation2008Art28
    );
}

#[test]
fn cost_fee_refusals() {
    let fj = CostRateTable::fujian_2008();
    let optical = CostLine::new(
        CostFeeItem::Copying,
        CostUnit::Medium {
            medium: Medium::OpticalDisc,
        },
        1,
    );
    assert_eq!(
        fj.bill(&[optical], Decimal::ZERO, None)
            .unwrap_err()
            .to_string(),
        "rate table `福建省` has no rate for copying optical_disc"
    );
    assert!(fj.bill(&[], Decimal::NEGATIVE_ONE, None).is_err());
    let e = fj
        .bill(
            &[CostLine::new(
                CostFeeItem::Retrieval,
                CostUnit::Application,
                1,
            )],
            Decimal::ZERO,
            Some(Waiver::reduce(WaiverGround::FiveGuarantees, yuan(6))),
        )
        .unwrap_err();
    assert_eq!(e.to_string(), "waiver of 6元 is more than the bill of 5元");
    let huge = CostLine::new(CostFeeItem::Retrieval, CostUnit::Application, u64::MAX);
    assert!(fj
        .bill(&[huge, huge, huge, huge], Decimal::ZERO, None)
        .is_ok());
    let w = WaiverGround::Local("残疾人".into());
    let j = serde_json::to_string(&w).unwrap();
    assert_eq!(serde_json::from_str::<WaiverGround>(&j).unwrap(), w);
}

// ---------------------------------------------------------------- fee statements in reports

fn kinds(text: &str) -> Vec<FeeClaimKind> {
    read_fee_section(text)
        .map(|s| s.claims.into_iter().map(|c| c.kind).collect())
        .unwrap_or_default()
}

#[test]
fn reads_2021_section_six_wordings() {
    assert_eq!(
        kinds("全年收取政府信息公开信息处理费 0 元。"),
        vec![FeeClaimKind::AmountCollected { yuan: yuan(0) }]
    );
    assert_eq!(
        kinds("本机关2021年未收取信息公开处理费。"),
        vec![FeeClaimKind::NoFeesCollected]
    );
    assert_eq!(
        kinds("本年度发出收费通知书2件，金额1,700元，实际收取1700元。"),
        vec![
            FeeClaimKind::NoticesIssued { count: 2 },
            FeeClaimKind::AmountNoticed { yuan: yuan(1700) },
            FeeClaimKind::AmountCollected { yuan: yuan(1700) },
        ]
    );
    assert_eq!(
        kinds("本年度未发出收费通知，未收取信息处理费。"),
        vec![FeeClaimKind::NoNotices, FeeClaimKind::NoFeesCollected]
    );
    let s = read_fee_section("2023年，本机关没有发出收费通知，也没有收取信息处理费。").unwrap();
    assert!(s.is_nil());
    assert!(s
        .claims
        .iter()
        .all(|c| c.regime == Some(FeeRegime::ProcessingFee2020)));
}

#[test]
fn reads_legacy_fee_sections() {
    // /work/shared/seed/jinshi-2016.txt, section 六、政府信息公开支出与收费 item 4.
    assert_eq!(
        kinds("4.全年没有对公民、法人和其他组织进行收费。"),
        vec![FeeClaimKind::NoFeesCollected]
    );
    // /work/shared/fixtures/real/legacy-0001.txt (traditional characters, half-width comma).
    let s = read_fee_section("2010年我局依申請提供政府信息未收取費用,不存在減免情況").unwrap();
    assert_eq!(
        s.claims.iter().map(|c| c.kind.clone()).collect::<Vec<_>>(),
        vec![FeeClaimKind::NoFeesCollected, FeeClaimKind::NoWaivers]
    );
    // /work/shared/fixtures/real/legacy-0003.txt.
    assert_eq!(
        kinds("2010年度,我镇政府信息公开没有收费"),
        vec![FeeClaimKind::NoFeesCollected]
    );
    // /work/shared/fixtures/real/legacy-0010.txt.
    assert_eq!(
        kinds("2015年度,本局无政府信息公开的收费和减免事项,未收取与政府信息申请有关的任何费用"),
        vec![
            FeeClaimKind::NoFeesCollected,
            FeeClaimKind::NoWaivers,
            FeeClaimKind::NoFeesCollected
        ]
    );
    assert_eq!(
        kinds("收取检索费、复制费共计35.6元，减免12元。"),
        vec![
            FeeClaimKind::AmountCollected {
                yuan: Decimal::new(356, 1)
            },
            FeeClaimKind::AmountWaived { yuan: yuan(12) },
        ]
    );
}

#[test]
fn unknown_or_other_wording_yields_nothing() {
    for text in [
        // /work/shared/seed/jinshi-2016.txt: other items of the same section.
        "2.全年没有发生政府信息公开事务实际支出；3.全年没有发生与诉讼（行政复议、行政申诉）有关的费用支出",
        // /work/shared/seed/jinshi-2016.txt, section 二: a clean-up of fee items, not a fee.
        "主动作为，开展涉企收费项目清理工作，取消、降低各类收费项目107项",
        "推进财政预决算、价格和收费等重点领域的政府信息公开",
        // The §2 table's administrative fees are another thing.
        "本年度行政事业性收费金额12.5万元",
        "本年收费金额（单位：万元）0",
        "申请人无法缴纳费用的，按规定办理",
        "本机关无其他需要报告的事项。",
        "",
    ] {
        assert!(read_fee_section(text).is_none(), "{text}");
    }
}

#[test]
fn fee_statement_serde_round_trip() {
    let s = read_fee_section("发出收费通知书2件，金额3000元，实际收取0.3万元。").unwrap();
    assert_eq!(
        s.amounts_collected().map(|(a, _)| a).collect::<Vec<_>>(),
        vec![yuan(3000)]
    );
    let j = serde_json::to_string(&s).unwrap();
    assert!(j.contains("\"kind\":\"notices_issued\""), "{j}");
    assert_eq!(serde_json::from_str::<FeeStatement>(&j).unwrap(), s);
}

// ---------------------------------------------------------------- properties

proptest! {
    #[test]
    fn per_item_total_is_monotone_and_equals_sum_over_bands(n in 0u64..20_000) {
        let s = ProgressiveSchedule::per_item();
        let a = s.total(n).unwrap();
        let b = s.total(n + 1).unwrap();
        prop_assert!(a <= b);
        let c = s.charge(n).unwrap();
        let sum: Decimal = c.bands.iter().map(|b| b.amount).sum();
        prop_assert_eq!(sum, a);
        prop_assert_eq!(c.amount, a);
        prop_assert_eq!(c.bands.iter().map(|b| b.units).sum::<u64>(), n);
        prop_assert!(a.fract().is_zero(), "whole yuan");
    }

    #[test]
    fn per_volume_total_is_monotone_and_equals_sum_over_bands(n in 0u64..100_000) {
        let s = ProgressiveSchedule::per_volume();
        let a = s.total(n).unwrap();
        prop_assert!(a <= s.total(n + 1).unwrap());
        let c = s.charge(n).unwrap();
        prop_assert_eq!(c.bands.iter().map(|b| b.amount).sum::<Decimal>(), a);
        for b in &c.bands {
            prop_assert_eq!(b.amount, b.rate * Decimal::from(b.units));
        }
    }

    #[test]
    fn marginal_rate_never_falls(n in 1u64..5_000) {
        // Excess-progressive: unit n+1 never costs less than unit n.
        for s in [ProgressiveSchedule::per_item(), ProgressiveSchedule::per_volume()] {
            let here = s.charge_after(n - 1, 1).unwrap().amount;
            let next = s.charge_after(n, 1).unwrap().amount;
            prop_assert!(here <= next);
        }
    }

    #[test]
    fn charge_after_is_the_difference_of_totals(a in 0u64..3_000, k in 0u64..3_000) {
        let s = ProgressiveSchedule::per_item();
        let c = s.charge_after(a, k).unwrap();
        prop_assert_eq!(c.amount, s.total(a + k).unwrap() - s.total(a).unwrap());
    }

    #[test]
    fn closed_form_matches_band_walk_for_any_reading(
        free in 0u64..20, first in 1u64..40, rate in 0u64..500,
        width in 1u64..25, step in 0u64..300, n in 0u64..2_000,
    ) {
        let rates = PerItemRates {
            free_up_to: free, first_band_to: free + first, first_rate: rate,
            band_width: width, step,
        };
        let s = ProgressiveSchedule::per_item_with(rates).unwrap();
        let c = s.charge(n).unwrap();
        prop_assert_eq!(c.amount, s.total(n).unwrap());
        prop_assert!(s.total(n).unwrap() <= s.total(n + 1).unwrap());
    }

    #[test]
    fn a_month_costs_what_its_total_count_costs(items in proptest::collection::vec(1u64..6, 0..40)) {
        let apps: Vec<MonthApplication> = items.iter().enumerate()
            .map(|(i, k)| app(&format!("A{i}"), "某局",
                day(2024, 8, 1) + Duration::days((i % 28) as i64),
                Charging::PerItem { items: *k }))
            .collect();
        let fees = assess_month(&FeePolicy::default(), &apps).unwrap();
        let sum: Decimal = amounts(&fees).iter().sum();
        let total: u64 = items.iter().sum();
        prop_assert_eq!(sum, ProgressiveSchedule::per_item().total(total).unwrap());
    }

    #[test]
    fn reader_never_panics_and_spans_stay_in_range(text in "\\PC{0,200}") {
        if let Some(s) = read_fee_section(&text) {
            for c in &s.claims {
                prop_assert!(c.span.end <= text.len());
                prop_assert_eq!(text.get(c.span.start..c.span.end), Some(c.text.as_str()));
            }
        }
    }
}

#[test]
fn fee_notice_on_the_official_calendar() {
    let fees = assess_month(
        &FeePolicy::default(),
        &[app(
            "A1",
            "某局",
            day(2024, 3, 4),
            Charging::PerVolume { pages: 150 },
        )],
    )
    .unwrap();
    // Received Friday 2024-03-08. Working days after it: 11–15, 18–22, 25–29 March (15),
    // 1–3 April (18); 4–6 April are the Qingming holiday, Sunday 7 April is an adjusted
    // working day (19), Monday 8 April is the 20th.
    let cal = zfxxgk::calendar::WorkCalendar::embedded();
    let n = FeeNotice::new(&fees[0], day(2024, 3, 8), &cal).unwrap();
    assert_eq!(n.pay_by, day(2024, 4, 8));
}

#[test]
fn schedule_accessors_report_the_configuration() {
    // 国办函〔2020〕109号 art. 4–5: the first 10 applications and the first 30 pages are free.
    assert_eq!(ProgressiveSchedule::per_item().free_up_to(), 10);
    assert_eq!(ProgressiveSchedule::per_volume().free_up_to(), 30);
    let s = ProgressiveSchedule::per_item().with_max_quantity(500);
    assert_eq!(s.max_quantity(), 500);
    assert!(s.charge(500).is_ok());
    assert!(s.charge(501).is_err());
}

/// The fee vocabularies are contracts: ids are what JSON carries, labels are the exact wording
/// of the measures and the regulation.
#[test]
fn fee_vocabularies_keep_their_ids_labels_and_articles() {
    use zfxxgk::fee::{CostFeeItem, FeeBasis, FeeMethod, WaiverGround};
    use zfxxgk::Edition;
    for (m, id, label, unit, basis) in [
        (
            FeeMethod::PerItem,
            "per_item",
            "按件计收",
            "件",
            FeeBasis::MeasuresArt4,
        ),
        (
            FeeMethod::PerVolume,
            "per_volume",
            "按量计收",
            "页",
            FeeBasis::MeasuresArt5,
        ),
    ] {
        assert_eq!(
            (m.id(), m.label(), m.unit_label(), m.basis()),
            (id, label, unit, basis)
        );
        assert_eq!(
            (m.to_string(), json(&m)),
            (id.to_string(), format!("\"{id}\""))
        );
    }
    let measures = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";
    for (b, id, label, article) in [
        (
            FeeBasis::Regulation2019Art42,
            "regulation_2019_art42",
            "《条例》（2019）第四十二条".to_string(),
            Some((Edition::V2019, 42)),
        ),
        (
            FeeBasis::MeasuresArt3,
            "measures_art3",
            format!("{measures}第三条"),
            None,
        ),
        (
            FeeBasis::MeasuresArt4,
            "measures_art4",
            format!("{measures}第四条"),
            None,
        ),
        (
            FeeBasis::MeasuresArt5,
            "measures_art5",
            format!("{measures}第五条"),
            None,
        ),
        (
            FeeBasis::SichuanNotice2021,
            "sichuan_notice_2021",
            "四川省财政厅、发展改革委2021年1月18日通知".to_string(),
            None,
        ),
        (
            FeeBasis::Regulation2008Art27,
            "regulation_2008_art27",
            "《条例》（2008）第二十七条".to_string(),
            Some((Edition::V2008, 27)),
        ),
        (
            FeeBasis::Regulation2008Art28,
            "regulation_2008_art28",
            "《条例》（2008）第二十八条".to_string(),
            Some((Edition::V2008, 28)),
        ),
        (
            FeeBasis::CostNotice2008,
            "cost_notice_2008",
            "《关于提供政府公开信息收取费用等有关问题的通知》（财综〔2008〕44号）".to_string(),
            None,
        ),
    ] {
        assert_eq!((b.id(), b.label()), (id, label.as_str()));
        assert_eq!(
            (b.to_string(), json(&b)),
            (id.to_string(), format!("\"{id}\""))
        );
        assert_eq!(b.article().map(|a| (a.edition, a.article)), article, "{id}");
    }
    for (c, id, label) in [
        (CostFeeItem::Retrieval, "retrieval", "检索费"),
        (CostFeeItem::Copying, "copying", "复制费"),
        (CostFeeItem::Mailing, "mailing", "邮寄费"),
    ] {
        assert_eq!(
            (c.id(), c.label(), c.to_string()),
            (id, label, id.to_string())
        );
        assert_eq!(CostFeeItem::from_label(label), Some(c));
        assert_eq!(c.basis(), FeeBasis::Regulation2008Art27);
    }
    assert_eq!(
        CostFeeItem::from_label(" 复印费 "),
        Some(CostFeeItem::Copying)
    );
    assert_eq!(CostFeeItem::from_label("工本费"), None);
    for (w, id, label) in [
        (WaiverGround::FiveGuarantees, "five_guarantees", "五保"),
        (WaiverGround::MinimumLiving, "minimum_living", "低保"),
        (WaiverGround::SpecialCare, "special_care", "优抚对象"),
        (WaiverGround::Hardship, "hardship", "确有经济困难"),
        (WaiverGround::Local("残疾人".into()), "local", "残疾人"),
    ] {
        assert_eq!((w.id(), w.label()), (id, label));
    }
}
