//! Properties of claim extraction and the prose rules.

use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};
use zfxxgk::report::{ClaimKind, SectionKind};
use zfxxgk::rules;

const LABELS: &[&str] = &[
    "当面申请",
    "传真申请",
    "网上申请",
    "信函申请",
    "电子邮件申请",
    "其他形式申请",
    "电话诉求",
    "市长信箱、市民留言",
];

fn pro(text: &str, code: &str) -> usize {
    let report = zfxxgk::parse::parse(text).expect("parses").report;
    rules::check(&report)
        .iter()
        .filter(|f| f.rule == code)
        .count()
}

fn sentence(total: u64, parts: &[u64], sep: &str) -> String {
    let items: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{}{v}件", LABELS[i % LABELS.len()]))
        .collect();
    format!(
        "三、依申请公开政府信息情况\n本年度共受理政府信息公开申请{total}件，其中{}。",
        items.join(sep)
    )
}

proptest! {
    /// PRO001 fires exactly when the parts do not sum to the total.
    #[test]
    fn breakdown_rule_fires_exactly_when_parts_do_not_sum(
        parts in proptest::collection::vec(0u64..1_000_000, 2..7),
        delta in prop_oneof![Just(0i64), -1000i64..1000],
        sep in prop_oneof![Just("，"), Just(","), Just("、"), Just("；")],
    ) {
        let sum: u64 = parts.iter().sum();
        let total = sum.saturating_add_signed(delta);
        let text = sentence(total, &parts, sep);
        let fired = pro(&text, "PRO001");
        prop_assert_eq!(fired, usize::from(total != sum), "{}", text);
    }

    /// Every part is read with its exact value and the total with its own.
    #[test]
    fn breakdown_values_are_read_exactly(parts in proptest::collection::vec(0u64..u64::MAX / 8, 2..5)) {
        let total: u64 = parts.iter().fold(0u64, |a, b| a.saturating_add(*b));
        let report = zfxxgk::parse::parse(&sentence(total, &parts, "，")).expect("parses").report;
        let read: Vec<(Option<u64>, Vec<Option<u64>>)> = report.claims.iter().filter_map(|c| match &c.kind {
            ClaimKind::Total { total, parts, .. } => Some((total.count(), parts.iter().map(|p| p.figure.count()).collect())),
            _ => None,
        }).collect();
        prop_assert_eq!(read, vec![(Some(total), parts.iter().map(|p| Some(*p)).collect())]);
    }

    /// A share written at one decimal as part / whole rounded is silent; off by 0.2 it fires.
    #[test]
    fn share_rule_matches_exact_arithmetic(whole in 1u64..100_000, frac in 0u64..=1000, off in prop_oneof![Just(false), Just(true)]) {
        let part = whole * frac / 1000;
        let exact = Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(whole);
        let mut share = exact.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
        if off {
            share += Decimal::new(2, 1);
        }
        let share = share.round_dp(1);
        let text = format!("三、依申请公开政府信息情况\n在已经答复的{whole}件申请中：\n“同意公开”的{part}件，占总数的{share:.1}%。");
        prop_assert_eq!(pro(&text, "PRO002"), usize::from(off), "{}", text);
    }

    /// Parsing and checking never panic, whatever the text.
    #[test]
    fn no_panic_on_any_text(s in "[共其中占约余多万亿件条次%％0-9０-９一二三十百千,，、。；:\n“”年度在申请的 a-z]{0,200}") {
        let report = zfxxgk::parse::parse(&s).expect("small inputs parse").report;
        let _ = rules::check(&report);
        for c in &report.claims {
            prop_assert!(c.text_span.start <= c.text_span.end && c.text_span.end <= s.len());
            prop_assert!(s.get(c.span.start..c.span.end).is_some());
        }
    }

    /// Claims take the section of the heading above them.
    #[test]
    fn claims_carry_their_section(n in 1u64..10_000) {
        let text = format!("一、概述\n甲。\n四、政府信息公开咨询处理情况\n共接受咨询{n}次，其中电话咨询{n}次，网上咨询0次。");
        let report = zfxxgk::parse::parse(&text).expect("parses").report;
        prop_assert!(report.claims.iter().all(|c| c.section == Some(SectionKind::Enquiries)));
        prop_assert_eq!(report.claims.len(), 1);
    }
}

/// Hostile shapes stay linear: long runs of numerals, years, headings and clauses.
#[test]
fn hostile_inputs_finish_and_stay_small() {
    let inputs = [
        "一".repeat(200_000),
        "2016年1月".repeat(50_000),
        "一、概述\n".repeat(50_000),
        format!("共受理政府信息公开申请{}件", "1".repeat(100_000)),
        "共1件,".repeat(50_000),
        "《2016年".repeat(50_000),
        // Runs of counts, shares, rates, parentheses, sentence-initial 其中 and wrapped figures.
        "类信息1条，".repeat(50_000),
        format!(
            "共有9项，其中行政许可5项，{}",
            "实现的有4项，占比80%；".repeat(20_000)
        ),
        "受理10件，已办结9件，办结率90%，".repeat(20_000),
        "公开13件（含新制定5件，修改4件）".repeat(20_000),
        format!("主动公开信息9条。{}", "其中A类1条。".repeat(50_000)),
        "政府信息\n5928\n条，".repeat(30_000),
        "（一）".repeat(60_000),
    ];
    for text in &inputs {
        let report = zfxxgk::parse::parse(text).expect("parses").report;
        let _ = rules::check(&report);
        let stored: usize = report
            .claims
            .iter()
            .map(|c| c.sentence.len() + c.text.len())
            .sum();
        assert!(
            stored <= 4 * text.len() + 8192,
            "{} bytes stored for {} bytes",
            stored,
            text.len()
        );
    }
}

/// Category labels (no channel, no remainder bucket): lists of them leave completeness open.
const CATEGORIES: &[&str] = &[
    "机构职能类信息",
    "政策文件类信息",
    "工作动态类信息",
    "财政预决算信息",
    "重大建设项目信息",
    "民生事项类信息",
];

/// Warnings and errors of the `PRO` family on `text`.
fn prose_warnings(text: &str) -> Vec<String> {
    let report = zfxxgk::parse::parse(text).expect("parses").report;
    rules::check(&report)
        .into_iter()
        .filter(|f| f.rule.starts_with("PRO") && f.severity > rules::Severity::Info)
        .map(|f| format!("{} {}", f.rule, f.message))
        .collect()
}

/// `part / whole × 100` rounded half up at `dp` decimals.
fn half_up(part: u64, whole: u64, dp: u32) -> Decimal {
    (Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(whole))
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

proptest! {
    /// Parts that add up to their total never raise anything, whatever the marker, the
    /// separators, and whether the list goes on in the next sentences.
    #[test]
    fn parts_summing_to_the_total_never_fire(
        parts in proptest::collection::vec(0u64..100_000, 1..6),
        marker in prop_oneof![Just("其中"), Just("包括"), Just("主要有"), Just("其中：")],
        across in any::<bool>(),
        bucket in any::<bool>(),
    ) {
        let total: u64 = parts.iter().sum();
        let items: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let label = if bucket && i + 1 == parts.len() { "其他类信息" } else { CATEGORIES[i % CATEGORIES.len()] };
                format!("{label}{v}条")
            })
            .collect();
        let text = if across {
            format!("二、主动公开政府信息情况\n2020年主动公开政府信息{total}条。{marker}{}。", items.join("。"))
        } else {
            format!("二、主动公开政府信息情况\n2020年主动公开政府信息{total}条，{marker}{}。", items.join("，"))
        };
        let report = zfxxgk::parse::parse(&text).expect("parses").report;
        let pro001 = rules::check(&report).into_iter().filter(|f| f.rule == "PRO001").count();
        prop_assert_eq!(pro001, 0, "{}", text);
    }

    /// A list of categories without a remainder bucket that falls short is at most a note;
    /// with a counted `其他` bucket it is a warning.
    #[test]
    fn a_short_list_warns_only_when_its_wording_makes_it_complete(
        parts in proptest::collection::vec(1u64..10_000, 2..6),
        missing in 1u64..1000,
        bucket in any::<bool>(),
    ) {
        let total: u64 = parts.iter().sum::<u64>() + missing;
        let items: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let label = if bucket && i + 1 == parts.len() { "其他类信息" } else { CATEGORIES[i % CATEGORIES.len()] };
                format!("{label}{v}条")
            })
            .collect();
        let text = format!("二、主动公开政府信息情况\n2020年主动公开政府信息{total}条，其中{}。", items.join("，"));
        let warned = prose_warnings(&text).iter().filter(|w| w.starts_with("PRO001")).count();
        prop_assert_eq!(warned, usize::from(bucket), "{}", text);
    }

    /// Shares computed from the parts and their total (rounded half up) never fire, in the
    /// same sentence or in the next ones; a share off by more than its rounding does.
    #[test]
    fn shares_generated_from_a_total_always_agree(
        parts in proptest::collection::vec(1u64..10_000, 2..5),
        dp in 0u32..3,
        across in any::<bool>(),
        off in proptest::option::of(0usize..4),
    ) {
        let total: u64 = parts.iter().sum();
        let sep = if across { "。" } else { "；" };
        let bump = Decimal::new(3, dp); // three units of the last printed digit
        let items: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let mut s = half_up(*v, total, dp);
                if off == Some(i) {
                    s += bump;
                }
                format!("{}{v}件，占{s}%", CATEGORIES[i % CATEGORIES.len()])
            })
            .collect();
        let text = format!(
            "三、收到和处理政府信息公开申请情况\n2020年共收到政府信息公开申请{total}件{}其中，{}。",
            if across { "。" } else { "，" },
            items.join(sep)
        );
        let pro002 = prose_warnings(&text).iter().filter(|w| w.starts_with("PRO002")).count();
        let expected = usize::from(off.is_some_and(|i| i < parts.len()));
        prop_assert_eq!(pro002, expected, "{}", text);
    }

    /// A rate stated from its numerator and denominator (rounded half up) is silent; off by
    /// more than its rounding it fires.
    #[test]
    fn rates_from_their_counts(
        den in 1u64..100_000,
        frac in 0u64..=1000,
        dp in 0u32..3,
        off in any::<bool>(),
    ) {
        let num = den * frac / 1000;
        let mut rate = half_up(num, den, dp);
        if off {
            rate += Decimal::new(3, dp);
        }
        let text = format!("全年共收到政府信息公开申请{den}件，已办结{num}件，办结率{rate}%。");
        let pro009 = prose_warnings(&text).iter().filter(|w| w.starts_with("PRO009")).count();
        prop_assert_eq!(pro009, usize::from(off), "{}", text);
    }
}
