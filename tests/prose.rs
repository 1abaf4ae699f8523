//! Hand-written paragraphs in the style of real reports (our own text, not copied from any
//! report): each claim pattern and each `PRO` rule, both ways.

use rust_decimal::Decimal;
use zfxxgk::parse::{parse_with, ParseOptions};
use zfxxgk::report::{Approx, ClaimKind, MeasureKind, SectionKind, Unit};
use zfxxgk::rules::{self, Finding, Quantity};
use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};

/// Parses `text` as a report of `format` for `year` (the title line carries the year).
fn report(format: ReportFormat, year: i32, body: &str) -> AnnualReport {
    let text = format!("津市市{year}年政府信息公开工作年度报告\n{body}");
    parse_with(&text, &ParseOptions::with_format(format))
        .expect("parses")
        .report
}

fn legacy(body: &str) -> AnnualReport {
    report(ReportFormat::Legacy, 2016, body)
}

/// The `PRO` findings of a report.
fn pro_all(r: &AnnualReport) -> Vec<Finding> {
    rules::check(r)
        .into_iter()
        .filter(|f| f.rule.starts_with("PRO"))
        .collect()
}

/// The `PRO` findings of a paragraph: PRO006 (the 2008 art. 32 items) is left out, since an
/// extract of one or two sections lacks the others by construction; it is tested on whole
/// section lists in `art32_items_both_ways`.
fn pro(r: &AnnualReport) -> Vec<Finding> {
    pro_all(r)
        .into_iter()
        .filter(|f| f.rule != "PRO006")
        .collect()
}

fn codes(r: &AnnualReport) -> Vec<String> {
    pro(r).into_iter().map(|f| f.rule.to_string()).collect()
}

/// The totals of a report: (total, part values).
fn totals(r: &AnnualReport) -> Vec<(Decimal, Vec<Decimal>)> {
    r.claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Total { total, parts, .. } => {
                Some((total.value, parts.iter().map(|p| p.figure.value).collect()))
            }
            _ => None,
        })
        .collect()
}

fn d(v: i64) -> Decimal {
    Decimal::from(v)
}

// 1. 其中 with 、 separators, adding up.
#[test]
fn breakdown_with_enumeration_commas_adds_up() {
    let r = legacy("三、依申请公开政府信息情况\n2016年度，本局共受理政府信息公开申请36件，其中当面申请12件、网上申请20件、信函申请4件，均已按期答复。");
    assert_eq!(totals(&r), [(d(36), vec![d(12), d(20), d(4)])]);
    assert!(codes(&r).is_empty());
}

// 2. 分别为, both ways.
#[test]
fn respectively_breakdown_both_ways() {
    let ok = legacy("四、政府信息公开咨询处理情况\n全年共接受群众咨询1200人次，电话咨询、现场咨询和网上咨询分别为500人次、300人次、400人次。");
    assert_eq!(totals(&ok), [(d(1200), vec![d(500), d(300), d(400)])]);
    assert!(codes(&ok).is_empty());
    let bad = legacy("四、政府信息公开咨询处理情况\n全年共接受群众咨询1200人次，电话咨询、现场咨询和网上咨询分别为500人次、300人次、300人次。");
    let f = pro(&bad);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].expected.clone(), f[0].actual.clone()),
        (Some(Quantity::Int(1200)), Some(Quantity::Int(1100)))
    );
}

// 3. 包括 with figures separated by 、.
#[test]
fn including_breakdown() {
    let r = legacy("二、主动公开政府信息情况\n全年共发布政府信息860条，包括政策解读120条、通知公告540条、人事信息200条。");
    assert_eq!(totals(&r), [(d(860), vec![d(120), d(540), d(200)])]);
    assert!(codes(&r).is_empty());
}

// 4. Chinese numerals; the parts exceed the total.
#[test]
fn chinese_numerals_in_a_breakdown_that_does_not_add_up() {
    let r = legacy("七、其他相关工作情况\n全年共办理人大代表建议十二件，其中主办八件，协办五件。");
    assert_eq!(totals(&r), [(d(12), vec![d(8), d(5)])]);
    let f = pro(&r);
    assert_eq!(
        f.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(),
        ["PRO001"]
    );
    assert_eq!(f[0].actual, Some(Quantity::Int(13)));
}

// 5. Approximate totals are bounds: 余 holds, 约 fails when far off.
#[test]
fn approximate_totals_are_bounds() {
    let ok = legacy("四、政府信息公开咨询处理情况\n全年共收到群众来信三百余件，其中信函二百一十件，电子邮件九十五件。");
    let ClaimKind::Total { total, .. } = &ok.claims[0].kind else {
        panic!("{:?}", ok.claims)
    };
    assert_eq!((total.value, total.approx), (d(300), Approx::AtLeast));
    assert!(codes(&ok).is_empty());
    let bad = legacy(
        "四、政府信息公开咨询处理情况\n全年共收到群众来信约500件，其中信函210件，电子邮件95件。",
    );
    assert_eq!(codes(&bad), ["PRO001"]);
}

// 6. Shares with the total of the same sentence, all right.
#[test]
fn shares_of_a_sentence_total_that_match() {
    let r = legacy("三、依申请公开政府信息情况\n本年度共受理申请48件，其中予以公开36件，占75%；部分公开8件，占16.7%；不予公开4件，占8.3%。");
    let shares: Vec<(Option<u64>, Decimal)> = r
        .claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Share {
                part, share, whole, ..
            } => {
                assert_eq!(whole.as_ref().and_then(|w| w.count()), Some(48));
                Some((part.as_ref().and_then(|p| p.count()), share.value))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        shares,
        [
            (Some(36), d(75)),
            (Some(8), Decimal::new(167, 1)),
            (Some(4), Decimal::new(83, 1))
        ]
    );
    assert_eq!(totals(&r), [(d(48), vec![d(36), d(8), d(4)])]);
    assert!(codes(&r).is_empty(), "{:?}", pro(&r));
}

// 7. A wrong share: PRO002 gives the right one, and the shares no longer add up (PRO003).
#[test]
fn a_wrong_share_and_shares_over_100() {
    let r = legacy("三、依申请公开政府信息情况\n本年度共受理申请48件，其中予以公开36件，占75%；部分公开8件，占18.7%；不予公开4件，占8.3%。");
    let f = pro(&r);
    let c: Vec<&str> = f.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(c, ["PRO002", "PRO003"]);
    assert_eq!(f[0].expected, Some(Quantity::Decimal(Decimal::new(167, 1))));
    assert_eq!(f[1].actual, Some(Quantity::Int(102)));
}

// 8. Base sentence for shares, on its own line (the seed's layout).
#[test]
fn shares_against_a_base_sentence() {
    let r = legacy("三、依申请公开政府信息情况\n在已经答复的20件申请中：\n“同意公开”的15件，占总数的75%。\n“信息不存在”的5件，占总数的25%。");
    assert!(codes(&r).is_empty());
    let l = r.legacy.as_ref().expect("legacy");
    assert_eq!(l.replies_total, Some(20));
    assert_eq!(l.replies.len(), 2);
    let bad = legacy("三、依申请公开政府信息情况\n在已经答复的20件申请中：\n“同意公开”的15件，占总数的70%。\n“信息不存在”的5件，占总数的25%。");
    let c = codes(&bad);
    assert_eq!(c, ["PRO002", "PRO003"]);
}

// 9. Rates, and unknown rate words yield nothing.
#[test]
fn rates_known_and_unknown() {
    let r = legacy("一、概述\n全年办结率为100%，按时答复率达98.5%，群众知晓率达到95%。");
    let rates: Vec<(String, Decimal)> = r
        .claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Rate { label, rate, .. } => Some((label.clone(), rate.value)),
            _ => None,
        })
        .collect();
    assert_eq!(
        rates,
        [
            ("办结率".to_string(), d(100)),
            ("按时答复率".to_string(), Decimal::new(985, 1))
        ]
    );
}

// 10. A figure of another year: fires without comparison, silent with one.
#[test]
fn dated_figures_both_ways() {
    let bad = report(
        ReportFormat::Legacy,
        2018,
        "四、政府信息公开咨询处理情况\n2017年度门户网站信息公开专栏访问量为32万次。",
    );
    let f = pro(&bad);
    assert_eq!(
        f.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(),
        ["PRO004"]
    );
    let ClaimKind::Dated { value, .. } = &bad.claims[0].kind else {
        panic!()
    };
    assert_eq!((value.value, value.unit), (d(320_000), Unit::Ci));
    let ok = report(
        ReportFormat::Legacy,
        2018,
        "三、依申请公开政府信息情况\n2018年度共受理政府信息公开申请120件，比2017年度增加15件。",
    );
    assert!(codes(&ok).is_empty(), "{:?}", pro(&ok));
}

// 11. Nil statements feed the legacy figures.
#[test]
fn nil_statement_means_zero_cases() {
    let r = legacy(
        "五、政府信息公开复议、诉讼情况\n本年度未发生因政府信息公开引起的行政复议和行政诉讼案件。",
    );
    assert!(matches!(&r.claims[0].kind, ClaimKind::Nil { what } if what.contains("行政复议")));
    let l = r.legacy.as_ref().expect("legacy");
    assert_eq!((l.reconsiderations, l.lawsuits), (Some(0), Some(0)));
}

// 12. The same measure in two sections, both ways.
#[test]
fn sections_agree_or_disagree_on_applications() {
    let ok = legacy("一、概述\n全年共受理政府信息公开申请36件。\n三、依申请公开政府信息情况\n本年度共受理政府信息公开申请36件，其中网上申请30件，当面申请6件。");
    assert!(codes(&ok).is_empty());
    let bad = legacy("一、概述\n全年共受理政府信息公开申请38件。\n三、依申请公开政府信息情况\n本年度共受理政府信息公开申请36件，其中网上申请30件，当面申请6件。");
    let f = pro(&bad);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, "PRO005");
    assert_eq!(f[0].location.section, Some(SectionKind::Overview));
    assert_eq!(
        (f[0].expected.clone(), f[0].actual.clone()),
        (Some(Quantity::Int(36)), Some(Quantity::Int(38)))
    );
}

// 13. The 2008 art. 32 items, both ways.
#[test]
fn art32_items_both_ways() {
    let full = "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n四、政府信息公开收费及减免情况\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n六、存在的主要问题及改进措施\n七、其他需要报告的事项\n";
    assert!(pro_all(&legacy(full)).is_empty());
    let no_redress = "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n四、政府信息公开收费及减免情况\n五、存在的主要问题及改进措施\n";
    let f = pro_all(&legacy(no_redress));
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].rule.as_str(), f[0].location.section),
        ("PRO006", Some(SectionKind::Redress))
    );
    // Standard-format reports are not held to the 2008 list.
    assert!(pro_all(&report(ReportFormat::Std2021, 2022, no_redress)).is_empty());
}

// 14. The list of contents, both ways.
#[test]
fn contents_list_both_ways() {
    let heads = "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n四、政府信息公开复议、诉讼情况\n五、政府信息公开支出和收费情况\n六、其他工作情况\n七、存在的主要问题和改进措施\n";
    let ok = legacy(&format!("本报告包括概述、主动公开政府信息情况、依申请公开政府信息情况、复议、诉讼和申诉情况、政府支出和收费、其他工作情况以及存在的主要问题和改进措施等内容。\n{heads}"));
    assert!(codes(&ok).is_empty(), "{:?}", pro(&ok));
    let bad = legacy(&format!("本报告包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开咨询处理情况以及存在的主要问题和改进措施等内容。\n{heads}"));
    let f = pro(&bad);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, "PRO007");
    assert!(f[0].message.contains("[enquiries]"), "{}", f[0].message);
}

// 15. Standard report: prose against the §3 table (S6), both ways.
#[test]
fn prose_against_the_requests_table() {
    let mut r = report(
        ReportFormat::Std2021,
        2022,
        "一、总体情况\n2022年，本机关共收到政府信息公开申请859件，上年结转18件，办结805件，结转下年度继续办理72件。",
    );
    let kinds: Vec<Option<MeasureKind>> = r
        .claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Total { measure, .. } => Some(measure.kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        kinds,
        [
            Some(MeasureKind::ApplicationsReceived),
            Some(MeasureKind::ApplicationsCarriedIn),
            Some(MeasureKind::ApplicationsProcessed),
            Some(MeasureKind::ApplicationsCarriedForward)
        ]
    );
    let mut t = RequestTable::new(Template::Std2021);
    for (row, v) in [
        (RequestRow::Received, 859),
        (RequestRow::CarriedIn, 18),
        (RequestRow::TotalProcessed, 805),
        (RequestRow::CarriedForward, 72),
    ] {
        t.set(row, RequestColumn::Total, Cell::Value(v))
            .expect("cell");
    }
    r.tables.requests = Some(t.clone());
    assert!(codes(&r).is_empty(), "{:?}", pro(&r));
    t.set(
        RequestRow::CarriedForward,
        RequestColumn::Total,
        Cell::Value(70),
    )
    .expect("cell");
    r.tables.requests = Some(t);
    let f = pro(&r);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, "PRO008");
    assert_eq!(
        (f[0].expected.clone(), f[0].actual.clone()),
        (Some(Quantity::Int(70)), Some(Quantity::Int(72)))
    );
}

// 16. A single part is a subset, not a breakdown.
#[test]
fn a_single_part_is_a_subset() {
    let r = legacy(
        "二、主动公开政府信息情况\n截至2016年底，累计主动公开政府信息5000条，其中本年度新增600条。",
    );
    assert_eq!(totals(&r), [(d(5000), vec![d(600)])]);
    assert!(codes(&r).is_empty());
}

// 17. Full-width digits, a stray digit inside a word, and 万.
#[test]
fn full_width_digits_and_stray_digits() {
    let r = legacy("四、政府信息公开咨询处理情况\n全年共处理市民来电１８６０件，其中供水热5线320件，燃气热线1540件。");
    assert_eq!(totals(&r), [(d(1860), vec![d(320), d(1540)])]);
    assert!(codes(&r).is_empty());
    let labels: Vec<String> = match &r.claims[0].kind {
        ClaimKind::Total { parts, .. } => parts.iter().map(|p| p.label.clone()).collect(),
        _ => Vec::new(),
    };
    assert_eq!(labels, ["供水热5线", "燃气热线"]);
}

// 18. Precision first: wording that is no pattern yields no claim.
#[test]
fn unknown_wording_yields_no_claim() {
    let r = legacy("一、概述\n我市高度重视政务公开工作，召开专题会议3次，印发文件5个，推动公共资源交易平台建设。全年投入经费12.5万元。");
    assert!(r.claims.is_empty(), "{:?}", r.claims);
}

// 19. Bare shares that claim more than the whole.
#[test]
fn bare_shares_over_100_percent() {
    let r = legacy("三、依申请公开政府信息情况\n从申请内容看，60%是涉及征地拆迁类信息，50%是涉及社会保障类信息。");
    assert_eq!(codes(&r), ["PRO003"]);
    let ok = legacy("三、依申请公开政府信息情况\n从申请内容看，60%是涉及征地拆迁类信息，40%是涉及社会保障类信息。");
    assert!(codes(&ok).is_empty());
}

/// Reads a fixture of `tests/fixtures/real` (line 1 names the source, line 2 says whether the
/// text stops early).
fn fixture(name: &str) -> AnnualReport {
    let path = format!("{}/tests/fixtures/real/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    zfxxgk::parse::parse(&text).expect("parses").report
}

// 20. A real pre-2019 report (中原区审计局 2015, complete): nil statements and a count, and no
//     prose finding — it has no item (6) section, which is conditional and not flagged.
#[test]
fn a_real_legacy_report_reads_cleanly() {
    let r = fixture("legacy-0010.txt");
    assert_eq!(r.meta.format, ReportFormat::Legacy);
    assert!(pro_all(&r).is_empty(), "{:?}", pro_all(&r));
    let l = r.legacy.as_ref().expect("legacy figures");
    assert_eq!((l.reconsiderations, l.lawsuits), (Some(0), Some(0)));
    let contents = r.claims.iter().find_map(|c| match &c.kind {
        ClaimKind::Contents { sections } => Some(sections.len()),
        _ => None,
    });
    assert_eq!(contents, Some(5));
}

// 21. A real standard report (腾蛟镇 2022): `其中工作信息类占62%` is a share of the 13 items, with
//     its own label; nothing to flag.
#[test]
fn a_real_standard_report_with_a_labelled_share() {
    let r = fixture("std2021-0008.txt");
    let share = r.claims.iter().find_map(|c| match &c.kind {
        ClaimKind::Share {
            label,
            whole,
            share,
            part,
            ..
        } => Some((
            label.clone(),
            whole.as_ref().and_then(|w| w.count()),
            share.value,
            part.is_none(),
        )),
        _ => None,
    });
    assert_eq!(
        share,
        Some(("工作信息类".to_string(), Some(13), d(62), true))
    );
    assert!(pro(&r).is_empty(), "{:?}", pro(&r));
}

// 22. A completion claim against the table: `所有申请均已办结` while 4 are carried forward.
#[test]
fn completion_claim_against_the_table() {
    let mut r = report(
        ReportFormat::Std2021,
        2023,
        "一、总体情况\n2023年，本机关共收到政府信息公开申请40件，所有申请均已按时办结。",
    );
    assert!(r.claims.iter().any(|c| matches!(&c.kind,
        ClaimKind::Completed { of: MeasureKind::ApplicationsReceived, total } if total.count() == Some(40))));
    let mut t = RequestTable::new(Template::Std2021);
    t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(40))
        .expect("cell");
    t.set(
        RequestRow::CarriedForward,
        RequestColumn::Total,
        Cell::Value(0),
    )
    .expect("cell");
    r.tables.requests = Some(t.clone());
    assert!(codes(&r).is_empty());
    t.set(
        RequestRow::CarriedForward,
        RequestColumn::Total,
        Cell::Value(4),
    )
    .expect("cell");
    r.tables.requests = Some(t);
    let f = pro(&r);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].rule.as_str(), f[0].expected.clone()),
        ("PRO008", Some(Quantity::Int(4)))
    );
}

/// A §3 table with only the four `总计` cells of H1 filled.
fn totals_table(received: u64, carried_in: u64, processed: u64, forward: u64) -> RequestTable {
    let mut t = RequestTable::new(Template::Std2021);
    for (row, v) in [
        (RequestRow::Received, received),
        (RequestRow::CarriedIn, carried_in),
        (RequestRow::TotalProcessed, processed),
        (RequestRow::CarriedForward, forward),
    ] {
        t.set(row, RequestColumn::Total, Cell::Value(v))
            .expect("cell");
    }
    t
}

// Regression (a county report of 2025): a second total after `；` starts a new statement, and
// `共受理` may count the applications carried in as well.
#[test]
fn a_new_total_ends_the_breakdown_and_shou_li_may_include_carried_in() {
    let mut r = report(
        ReportFormat::Std2021,
        2025,
        "一、总体情况\n全县全年共受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请8件；共办理718件，结转下一年31件。",
    );
    assert_eq!(totals(&r)[0], (d(749), vec![d(741), d(8)]));
    r.tables.requests = Some(totals_table(713, 36, 718, 31));
    assert!(codes(&r).is_empty(), "{:?}", pro(&r));
    // A received figure that is neither 713 nor 713 + 36 still disagrees.
    r.tables.requests = Some(totals_table(700, 36, 718, 31));
    assert_eq!(codes(&r), vec!["PRO008"]);
}

// Regression (a provincial commission's 2024 report): outcomes of the processed applications
// are not counts of processed applications.
#[test]
fn outcome_counts_are_not_processed_totals() {
    let mut r = report(
        ReportFormat::Std2021,
        2024,
        "一、总体情况\n所有办结的信息公开申请中同意公开答复9件，部分公开答复0件，不予公开答复2件，无法提供的10件，其他处理14件。",
    );
    r.tables.requests = Some(totals_table(34, 2, 35, 1));
    assert!(codes(&r).is_empty(), "{:?}", pro(&r));
}

#[test]
fn information_made_splits_by_disclosure_class() {
    // 2008-era wording: the information made or obtained, then its three disclosure classes
    // with no list marker. The classes are a closed set: they must add up.
    let bad = legacy(
        "一、概述\n2016年我局共制作政府信息523条，主动公开政府信息94条，依申请公开信息数300条，不予公开信息数55条。\n",
    );
    let f = pro(&bad);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].rule, "PRO001");
    assert!(
        f[0].message.contains("disclosure class"),
        "{}",
        f[0].message
    );
    let good = legacy(
        "一、概述\n2016年我局共制作政府信息523条，主动公开政府信息94条，依申请公开信息数374条，不予公开信息数55条。\n",
    );
    assert!(pro(&good).is_empty(), "{:?}", pro(&good));
    // The same classes after a count that is not of the information made: no breakdown.
    let other = legacy(
        "一、概述\n2016年我局共办理公文600件，主动公开政府信息94件，依申请公开信息数300件，不予公开信息数55件。\n",
    );
    assert!(pro(&other).is_empty(), "{:?}", pro(&other));
}
