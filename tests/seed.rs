//! Golden test: what the prose rules find in the embedded seed, 津市市 2016 (DOMAIN.md §8,
//! source key [P08-js], original URL not recorded), and what they must not find.
//!
//! A careful reader finds four inconsistencies; each is asserted below with the sentence, the
//! expected and the found value, and an explanation. Everything else that adds up must raise
//! nothing.

use rust_decimal::Decimal;
use zfxxgk::report::{ClaimKind, LegacyChannel, LegacyOutcome, MappedTo, SectionKind};
use zfxxgk::rules::{self, Finding, Quantity, Severity};
use zfxxgk::{Outcome, ReportFormat};

fn report() -> zfxxgk::AnnualReport {
    zfxxgk::seed::report().expect("the seed parses")
}

fn prose_findings() -> Vec<Finding> {
    rules::check(&report())
        .into_iter()
        .filter(|f| f.rule.starts_with("PRO"))
        .collect()
}

fn int(v: i128) -> Option<Quantity> {
    Some(Quantity::Int(v))
}

#[test]
fn the_seed_is_a_2016_legacy_report_with_eight_sections() {
    let r = report();
    assert_eq!(r.meta.year, Some(2016));
    assert_eq!(r.meta.format, ReportFormat::Legacy);
    let kinds: Vec<SectionKind> = r.sections.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, SectionKind::expected(ReportFormat::Legacy));
}

#[test]
fn exactly_the_four_inconsistencies_a_careful_reader_finds() {
    let f = prose_findings();
    let codes: Vec<&str> = f.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(codes, ["PRO001", "PRO002", "PRO004", "PRO005"], "{f:#?}");
    assert!(f.iter().all(|f| f.severity == Severity::Warning));

    // 1. PRO001, overview item 2: the 市长热线 caseload. 1293 + 563 + 135 + 2 + 454 = 2447, not
    //    the 2314 stated. The stray `3` in `常德社会求助服务热3线` (a typo for 热线) is part of the
    //    label, not a figure: the last part is 454.
    let hotline = &f[0];
    assert_eq!(hotline.location.section, Some(SectionKind::Overview));
    assert_eq!(
        (hotline.expected.clone(), hotline.actual.clone()),
        (int(2314), int(2447))
    );
    let ev = hotline.evidence.as_deref().unwrap_or("");
    assert!(
        ev.starts_with("市长热线办共受理各类信访、诉求2314件") && ev.ends_with("热3线454件"),
        "{ev}"
    );

    // 2. PRO002, section 三: `“申请内容不明确”的2件，占总数的3.7%` — 2 / 55 = 3.636…%, which is
    //    3.6% at one decimal (rounded or truncated). The other two shares are right:
    //    52 / 55 = 94.545… → 94.5%, 1 / 55 = 1.818… → 1.8%.
    let unclear = &f[1];
    assert_eq!(unclear.location.section, Some(SectionKind::Applications));
    assert_eq!(
        unclear.expected,
        Some(Quantity::Decimal(Decimal::new(36, 1)))
    );
    assert_eq!(unclear.actual, Some(Quantity::Decimal(Decimal::new(37, 1))));
    // The evidence quotes the base the share is of, then the share.
    assert_eq!(
        unclear.evidence.as_deref(),
        Some("在已经答复的55件申请中\n“申请内容不明确”的2件,占总数的3.7%")
    );

    // 3. PRO004, section 四: `我市2015年度政府信息公开专栏访问量为567000次` in the 2016 report,
    //    in a sentence that compares nothing: the report year is meant (or the figure is stale).
    let visits = &f[2];
    assert_eq!(visits.location.section, Some(SectionKind::Enquiries));
    assert_eq!(
        (visits.expected.clone(), visits.actual.clone()),
        (int(2016), int(2015))
    );
    assert_eq!(
        visits.evidence.as_deref(),
        Some("我市2015年度政府信息公开专栏访问量为567000次")
    );

    // 4. PRO005: the overview says `共受理政府信息公开申请5件，其中当面申请1件，网上申请4件`
    //    while section 三 says 55. The overview's own breakdown (5 = 1 + 4) is consistent, and so
    //    is section 三's (55 = 5 + 1 + 47 + 2): the two totals disagree with each other. Section 三
    //    is the section on applications, so its 55 is the reference.
    let apps = &f[3];
    assert_eq!(apps.location.section, Some(SectionKind::Overview));
    assert_eq!(
        (apps.expected.clone(), apps.actual.clone()),
        (int(55), int(5))
    );
    // Both places are quoted, in text order.
    assert_eq!(
        apps.evidence.as_deref(),
        Some(
            "共受理政府信息公开申请5件,其中当面申请1件,网上申请4件\n\
             津市市2016年度共受理政府信息公开申请55件,其中当面申请5件,传真申请1件,网上申请47件,信函申请2件"
        )
    );
    // Findings point at the sentence's line.
    assert_eq!(apps.location.span.map(|s| s.line), Some(5));
}

#[test]
fn what_adds_up_raises_nothing() {
    let r = report();
    let f = prose_findings();
    let lines: Vec<u32> = f
        .iter()
        .filter_map(|f| f.location.span.map(|s| s.line))
        .collect();
    // 27000 = 6300 + 7200 + 13500 (section 四, line 20) is read and adds up: the only finding
    // on line 20 is the dated visit count.
    let enquiries = r.claims.iter().find_map(|c| match &c.kind {
        ClaimKind::Total { total, parts, .. } if total.count() == Some(27000) => Some(parts.len()),
        _ => None,
    });
    assert_eq!(enquiries, Some(3));
    assert_eq!(f.iter().filter(|f| f.rule == "PRO001").count(), 1);
    // 52 + 2 + 1 = 55 and the stated shares 94.5 + 3.7 + 1.8 = 100.0: PRO003 is silent (the
    // wrong 3.7 is PRO002's finding, not a second one).
    assert!(f.iter().all(|f| f.rule != "PRO003"));
    // `大约90%…10%…其余…` (line 14): the shares are qualified by 大约, so 其余 may be the small
    // remainder their rounding hides (1 `不予公开` of 55 is 1.8%). No finding: approximate
    // figures are bounds, not errors. `90%左右…约10%` (staff, line 24) likewise.
    assert!(!lines.contains(&14) && !lines.contains(&24));
    // The opening list names `政府信息公开支出和收费` while the heading reads `…支出与收费`: both
    // are variants of the same section (DOMAIN.md §5.1), so PRO007 is silent; all six items of
    // 2008 art. 32 are present, so PRO006 is silent.
    assert!(f.iter().all(|f| f.rule != "PRO006" && f.rule != "PRO007"));
}

#[test]
fn the_seed_figures_per_section() {
    let r = report();
    let groups = zfxxgk::report::claims_by_section(&r.claims);
    let sections: Vec<Option<SectionKind>> = groups.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        sections[0], None,
        "the preamble's list of contents comes first"
    );
    for kind in [
        SectionKind::Overview,
        SectionKind::Proactive,
        SectionKind::Applications,
        SectionKind::Enquiries,
        SectionKind::Redress,
        SectionKind::ExpenditureFees,
    ] {
        assert!(sections.contains(&Some(kind)), "{kind:?} has figures");
    }
}

#[test]
fn the_legacy_figures_of_the_seed() {
    let r = report();
    let l = r.legacy.as_ref().expect("legacy figures");
    assert_eq!(l.proactive_cumulative, Some(4300));
    assert_eq!(l.proactive_new, Some(245));
    assert_eq!(
        l.full_text_rate.as_ref().map(|f| f.value),
        Some(Decimal::from(80))
    );
    assert_eq!(l.applications_total, Some(55));
    let ch: Vec<(LegacyChannel, u64)> = l
        .applications_by_channel
        .iter()
        .map(|c| (c.channel, c.count))
        .collect();
    assert_eq!(
        ch,
        [
            (LegacyChannel::InPerson, 5),
            (LegacyChannel::Fax, 1),
            (LegacyChannel::Online, 47),
            (LegacyChannel::Letter, 2)
        ]
    );
    assert_eq!(l.replies_total, Some(55));
    let replies: Vec<(LegacyOutcome, Option<u64>)> =
        l.replies.iter().map(|r| (r.outcome, r.count)).collect();
    assert_eq!(
        replies,
        [
            (LegacyOutcome::Agreed, Some(52)),
            (LegacyOutcome::Unclear, Some(2)),
            (LegacyOutcome::Refused, Some(1))
        ]
    );
    assert_eq!(l.enquiries_total, Some(27000));
    let ech: Vec<(LegacyChannel, u64)> = l
        .enquiries_by_channel
        .iter()
        .map(|c| (c.channel, c.count))
        .collect();
    assert_eq!(
        ech,
        [
            (LegacyChannel::Phone, 6300),
            (LegacyChannel::InPerson, 7200),
            (LegacyChannel::Online, 13500)
        ]
    );
    assert_eq!(
        l.site_visits.map(|v| (v.year, v.count)),
        Some((Some(2015), 567_000))
    );
    assert_eq!((l.reconsiderations, l.lawsuits), (Some(0), Some(0)));
    assert_eq!(l.staff.len(), 2);
    // Mapped onto the 2019 rows: 52 → （一）, 2 → （四）3 (partial), 1 → （三） group (partial).
    let rows = l.to_2019_rows();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].target, MappedTo::Row(Outcome::Disclosed));
    assert_eq!(rows[0].count, 52);
    assert_eq!(
        rows[1].target,
        MappedTo::Row(Outcome::UnavailableStillUnclear)
    );
    assert!(!rows[1].fit.is_exact());
}

#[test]
fn claims_and_legacy_figures_serialize_and_round_trip() {
    let r = report();
    let json = serde_json::to_string(&r).expect("serializes");
    assert!(json.contains("\"claims\":["));
    let back: zfxxgk::AnnualReport = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back.claims, r.claims);
    assert_eq!(back.legacy, r.legacy);
}
