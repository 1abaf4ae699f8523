//! Firing and silent tests of the `PRO` rules (one pair per rule, see the registry test).

use super::places::{art32_items, contents_match, measure_conflict, wrong_year};
use super::tables::requests as prose_vs_table;
use super::*;
use crate::applicant::RequestColumn;
use crate::law::ReportFormat;
use crate::outcome::RequestRow;
use crate::report::{MeasureKind, SectionKind};

/// The warnings and errors of `rule` on `text` (notes are left out: see [`notes`]).
fn run(text: &str, rule: fn(&AnnualReport, &mut Vec<Finding>)) -> Vec<Finding> {
    all(text, rule)
        .into_iter()
        .filter(|f| f.severity > Severity::Info)
        .collect()
}

/// The notes (info findings) of `rule` on `text`.
fn notes(text: &str, rule: fn(&AnnualReport, &mut Vec<Finding>)) -> Vec<Finding> {
    all(text, rule)
        .into_iter()
        .filter(|f| f.severity == Severity::Info)
        .collect()
}

fn all(text: &str, rule: fn(&AnnualReport, &mut Vec<Finding>)) -> Vec<Finding> {
    let report = crate::parse::parse(text)
        .map(|p| p.report)
        .unwrap_or_else(|_| AnnualReport::new(ReportFormat::Legacy));
    let mut v = Vec::new();
    rule(&report, &mut v);
    v
}

#[test]
fn pro001_fires_when_the_parts_exceed_the_total() {
    let f = run(
        "共受理各类诉求2314件,其中电话诉求1293件,市长信箱563件,热线554件。",
        breakdown_sum,
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].expected, Some(2314i128.into()));
    assert_eq!(f[0].actual, Some(2410i128.into()));
    assert!(f[0].message.contains("more than"));
}

#[test]
fn pro001_fires_when_a_complete_list_falls_short() {
    // A counted remainder bucket ends the list: it is complete.
    let f = run(
        "全年政府信息主动公开64条，其中政策文件类2条，征地信息31条，土地划拨2条，其他类9条；",
        breakdown_sum,
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].actual, Some(44i128.into()));
    assert!(f[0].message.contains("remainder"), "{}", f[0].message);
    // Channels of application split the whole.
    let f = run(
        "共受理政府信息公开申请6件，其中当面申请1件，网上申请4件。",
        breakdown_sum,
    );
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("channel"));
}

#[test]
fn pro001_silent_when_a_list_may_be_partial() {
    // Categories without a remainder bucket: a note that says which reading was used.
    let t = "共受理各类诉求2314件,其中电话诉求1293件,市长信箱563件,热线454件。";
    assert!(run(t, breakdown_sum).is_empty());
    let n = notes(t, breakdown_sum);
    assert_eq!(n.len(), 1);
    assert!(n[0].message.contains("possibly partial"));
    // `主要包括` / `包括` say the list may leave things out: nothing at all.
    for t in [
        "主动公开政府信息696条，主要包括部门动态477条、重点领域202条以及其他信息等。",
        "主动公开政务信息9条,包括审计项目计划1条、审计结果公告7条。",
        "主动公开政府信息141条，公开类别主要涉及政策文件2条、其他类信息49条。",
    ] {
        assert!(all(t, breakdown_sum).is_empty(), "{t}");
    }
}

#[test]
fn pro001_fires_on_a_list_in_the_next_sentences() {
    let t =
        "2020年主动公开政府信息200条。其中，区直各单位发布120条，占60%。各乡镇发布90条，占45%。";
    let f = run(t, breakdown_sum);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].actual, Some(210i128.into()));
    // The evidence runs from the total to the last part.
    let e = f[0].evidence.as_deref().unwrap_or("");
    assert!(
        e.starts_with("2020年主动公开政府信息200条") && e.ends_with("各乡镇发布90条，占45%"),
        "{e}"
    );
    let ok =
        "2020年主动公开政府信息200条。其中，区直各单位发布120条，占60%。各乡镇发布80条，占40%。";
    assert!(all(ok, breakdown_sum).is_empty());
}

#[test]
fn pro001_fires_on_a_parenthesised_list() {
    let t = "主动公开市政府规章13件(其中新制定5件,修改4件,废止6件),人事任免文件106件。";
    let f = run(t, breakdown_sum);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].actual, Some(15i128.into()));
    let ok = "主动公开市政府规章13件(含新制定5件,修改4件,废止4件),人事任免文件106件。";
    assert!(all(ok, breakdown_sum).is_empty());
}

#[test]
fn pro001_silent_when_the_parts_add_up_or_the_total_is_a_bound() {
    assert!(run(
        "共接受市民咨询27000次,其中电话咨询6300次,接待咨询7200次,网上咨询13500次。",
        breakdown_sum
    )
    .is_empty());
    assert!(run(
        "共收到来信300余件,其中信函210件,电子邮件95件。",
        breakdown_sum
    )
    .is_empty());
}

#[test]
fn pro002_fires_with_the_correct_share() {
    let f = run(
        "在已经答复的55件申请中:\n“申请内容不明确”的2件,占总数的3.7%。",
        share_match,
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].expected, Some(Decimal::new(36, 1).into()));
}

#[test]
fn pro002_silent_on_rounded_and_truncated_shares() {
    assert!(run(
        "在已经答复的55件申请中:\n“同意公开”的52件,占总数的94.5%。\n“不予公开”的1件,占总数的1.8%。",
        share_match
    )
    .is_empty());
    // 2/3 = 66.67% rounded; 66.6% is the value truncated: a note, not a warning.
    let t = "共受理申请3件,其中同意公开2件,占66.6%。";
    assert!(run(t, share_match).is_empty());
    let n = notes(t, share_match);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].expected, Some(Decimal::new(667, 1).into()));
    assert!(n[0].message.contains("truncated"));
}

#[test]
fn pro002_silent_when_the_part_or_the_whole_is_approximate() {
    for text in [
        "在已经答复的55件申请中:\n“申请内容不明确”的约2件,占总数的3.7%。",
        "在已经答复的约55件申请中:\n“申请内容不明确”的2件,占总数的3.7%。",
    ] {
        let claims = crate::parse::parse(text).unwrap().report.claims;
        assert!(
            claims.iter().any(|c| matches!(
                &c.kind,
                ClaimKind::Share {
                    part: Some(_),
                    whole: Some(_),
                    ..
                }
            )),
            "{text}: the share is read with its part and whole"
        );
        assert!(run(text, share_match).is_empty(), "{text}");
    }
}

#[test]
fn pro003_fires_when_covering_shares_miss_100() {
    let f = run(
        "共受理申请40件,其中予以公开30件,占75%;不予公开10件,占20%。",
        shares_sum,
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].actual, Some(95i128.into()));
}

#[test]
fn pro003_silent_on_approximate_or_partial_shares() {
    assert!(run(
        "大约90%是涉及政策类信息,10%是涉及行政许可类信息,其余是涉及免予公开的信息。",
        shares_sum
    )
    .is_empty());
    assert!(run(
        "共受理申请40件,其中予以公开30件,占75%;不予公开4件,占10%。",
        shares_sum
    )
    .is_empty());
    // Approximate shares may exceed 100% together; one share alone is PRO002's business.
    assert!(run("约60%是政策类信息,约50%是行政许可类信息。", shares_sum).is_empty());
    assert!(run("共受理申请40件,其中予以公开30件,占120%。", shares_sum).is_empty());
}

#[test]
fn pro003_tolerates_one_unit_per_share() {
    // Two integer shares: each may be off by 1, so 98%..=102% passes.
    for (a, b) in [(51, 51), (74, 24)] {
        let t = format!("共受理申请40件,其中予以公开30件,占{a}%;不予公开10件,占{b}%。");
        assert!(run(&t, shares_sum).is_empty(), "{t}");
    }
    for (a, b) in [(52, 51), (73, 24)] {
        let t = format!("共受理申请40件,其中予以公开30件,占{a}%;不予公开10件,占{b}%。");
        assert_eq!(run(&t, shares_sum).len(), 1, "{t}");
    }
}

#[test]
fn pro004_fires_on_a_previous_year_figure() {
    let f = run(
        "2016年政府信息公开工作年度报告\n我市2015年度政府信息公开专栏访问量为567000次。",
        wrong_year,
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].expected, Some(2016i128.into()));
}

#[test]
fn pro004_silent_on_the_report_year_and_comparisons() {
    let t = "2016年政府信息公开工作年度报告\n2016年度专栏访问量为567000次。\n2015年度访问量为400000次,同比增长41.75%。";
    assert!(run(t, wrong_year).is_empty());
}

#[test]
fn pro005_fires_when_sections_disagree() {
    let t = "一、概述\n共受理政府信息公开申请5件。\n三、依申请公开政府信息情况\n共受理政府信息公开申请55件。";
    let f = run(t, measure_conflict);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].location.section, Some(SectionKind::Overview));
    assert_eq!(f[0].expected, Some(55i128.into()));
}

#[test]
fn pro005_silent_when_a_total_names_another_year() {
    let t = "2016年政府信息公开工作年度报告\n一、概述\n本机关2014年至2015年共受理政府信息公开申请5件。\n三、依申请公开政府信息情况\n共受理政府信息公开申请55件。";
    let report = crate::parse::parse(t).unwrap().report;
    assert!(
        report
            .claims
            .iter()
            .any(|c| matches!(&c.kind, ClaimKind::Total { total, .. } if total.value == 5.into())),
        "the overview total is read"
    );
    assert!(run(t, measure_conflict).is_empty());
}

#[test]
fn pro005_silent_when_sections_agree() {
    let t = "一、概述\n共受理政府信息公开申请55件。\n三、依申请公开政府信息情况\n共受理政府信息公开申请55件。";
    assert!(run(t, measure_conflict).is_empty());
}

#[test]
fn pro006_fires_without_a_fee_section() {
    let t = "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n五、政府信息公开复议、诉讼情况\n七、其他相关工作情况\n八、存在的主要问题和改进措施\n";
    let f = run(t, art32_items);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].location.section, Some(SectionKind::ExpenditureFees));
}

#[test]
fn pro006_silent_on_a_complete_report() {
    assert!(run(crate::seed::TEXT, art32_items).is_empty());
    // Fees stated under a heading the section finder does not know, and no item (6).
    let t = "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n四、人员和收支情况\n全年未收取任何费用。\n五、政府信息公开复议、诉讼情况\n六、存在的主要问题和改进措施\n";
    assert!(run(t, art32_items).is_empty());
    // A text cut short before the closing sections is not judged.
    assert!(run("一、概述\n二、主动公开政府信息情况\n", art32_items).is_empty());
}

#[test]
fn pro006_silent_when_the_redress_item_is_covered_without_a_heading() {
    let t = "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n四、收费及减免情况\n无收费及减免情况。\n五、存在的主要问题和改进措施\n附表 行政复议数 件 0 行政诉讼数 件 0\n";
    assert!(run(t, art32_items).is_empty(), "{:?}", run(t, art32_items));
    let without = t.replace("附表 行政复议数 件 0 行政诉讼数 件 0\n", "");
    assert_eq!(run(&without, art32_items).len(), 1);
}

#[test]
fn pro006_any_one_sign_of_fees_is_enough() {
    let t = "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n五、政府信息公开复议、诉讼情况\n七、其他相关工作情况\n八、存在的主要问题和改进措施\n";
    let base = crate::parse::parse(t).unwrap().report;
    let fires = |r: &AnnualReport| {
        let mut v = Vec::new();
        art32_items(r, &mut v);
        !v.is_empty()
    };
    assert!(fires(&base));
    // A fee statement alone (a report read from JSON has no source text).
    let mut r = base.clone();
    r.source = None;
    r.fees = crate::parse::fees::read_fee_statement("本年度未收取信息处理费。", 0, 1);
    assert!(r.fees.as_ref().is_some_and(|f| !f.is_empty()));
    assert!(!fires(&r), "a fee statement");
    // A nil claim about fees alone.
    let mut r = base.clone();
    r.source = None;
    let nil = ClaimKind::Nil {
        what: "信息处理费".to_string(),
    };
    r.claims.push(Claim::new(
        nil,
        None,
        "未产生信息处理费。",
        crate::report::Span::new(1, 0, 27),
    ));
    assert!(!fires(&r), "a nil claim");
    // Fee words in the text alone.
    let t = "一、概述\n本机关收支情况另行公开。\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n五、政府信息公开复议、诉讼情况\n七、其他相关工作情况\n八、存在的主要问题和改进措施\n";
    let r = crate::parse::parse(t).unwrap().report;
    assert!(
        r.fees.is_none()
            && r.claims
                .iter()
                .all(|c| !matches!(c.kind, ClaimKind::Nil { .. }))
    );
    assert!(!fires(&r), "fee words");
}

#[test]
fn pro005_silent_on_approximate_and_compared_totals() {
    for overview in [
        "共受理政府信息公开申请约5件。",
        "共受理政府信息公开申请5件，较上年增长25%。",
    ] {
        let t = format!(
            "一、概述\n{overview}\n三、依申请公开政府信息情况\n共受理政府信息公开申请55件。"
        );
        assert!(run(&t, measure_conflict).is_empty(), "{t}");
    }
}

#[test]
fn pro007_fires_when_a_listed_part_has_no_heading() {
    let t = "全文包括概述、依申请公开政府信息情况、主动公开政府信息情况等。\n一、概述\n二、主动公开政府信息情况\n";
    let f = run(t, contents_match);
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("applications"));
}

#[test]
fn pro007_silent_on_heading_variants() {
    assert!(run(crate::seed::TEXT, contents_match).is_empty());
}

#[test]
fn pro007_silent_when_the_text_stops_before_the_last_listed_part() {
    let t = "全文包括概述、主动公开政府信息情况、依申请公开政府信息情况等。\n一、概述\n二、主动公开政府信息情况\n";
    assert!(run(t, contents_match).is_empty());
}

fn with_table(text: &str, received: u64, processed: u64) -> Vec<Finding> {
    use crate::report::{Cell, RequestTable};
    let mut r = crate::parse::parse(text)
        .map(|p| p.report)
        .unwrap_or_else(|_| AnnualReport::new(ReportFormat::Std2021));
    let mut t = RequestTable::new(crate::law::Template::Std2021);
    let total = RequestColumn::Total;
    let _ = t.set(RequestRow::Received, total, Cell::Value(received));
    let _ = t.set(RequestRow::CarriedIn, total, Cell::Value(18));
    let _ = t.set(RequestRow::TotalProcessed, total, Cell::Value(processed));
    r.tables.requests = Some(t);
    let mut v = Vec::new();
    prose_vs_table(&r, &mut v);
    v
}

#[test]
fn pro008_fires_when_prose_and_table_differ() {
    let f = with_table(
        "一、总体情况\n本年度收到政府信息公开申请859件,办结805件。",
        859,
        800,
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].expected, Some(800i128.into()));
    assert_eq!(f[0].actual, Some(805i128.into()));
}

#[test]
fn pro008_fires_on_the_carried_in_figure() {
    let f = with_table(
        "一、总体情况\n本年度收到政府信息公开申请859件,上年结转政府信息公开申请20件。",
        859,
        800,
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].expected, Some(18i128.into()));
    assert_eq!(f[0].actual, Some(20i128.into()));
}

fn with_table_forward(text: &str, received: u64, forward: u64) -> Vec<Finding> {
    use crate::report::{Cell, RequestTable};
    let mut r = crate::parse::parse(text)
        .map(|p| p.report)
        .unwrap_or_else(|_| AnnualReport::new(ReportFormat::Std2021));
    let mut t = RequestTable::new(crate::law::Template::Std2021);
    let total = RequestColumn::Total;
    let _ = t.set(RequestRow::Received, total, Cell::Value(received));
    let _ = t.set(RequestRow::CarriedForward, total, Cell::Value(forward));
    r.tables.requests = Some(t);
    let mut v = Vec::new();
    prose_vs_table(&r, &mut v);
    v
}

#[test]
fn pro008_silent_when_prose_matches_the_table() {
    assert!(with_table_forward(
        "一、总体情况\n共受理政府信息公开申请859件,所有申请均已办结。",
        859,
        0
    )
    .is_empty());
    assert!(with_table(
        "一、总体情况\n本年度收到政府信息公开申请859件,办结805件。",
        859,
        805
    )
    .is_empty());
    // Received and carried in together (859 + 18): a claim of its own kind, which agrees.
    let text = "一、总体情况\n共受理政府信息公开申请877件(含上年结转18件)。";
    let claims = crate::parse::claims(text);
    assert!(matches!(&claims[0].kind, ClaimKind::Total { measure, .. }
        if measure.kind == Some(MeasureKind::ApplicationsHandled)));
    assert!(with_table(text, 859, 805).is_empty());
    assert_eq!(with_table(text, 860, 805).len(), 1);
}

#[test]
fn pro009_fires_when_a_rate_disagrees_with_its_counts() {
    let t = "2021年，受理群众诉求累计受理2576件，已办理2520件，办理率96.8%。";
    let f = run(t, rate_match);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].expected, Some(Decimal::new(978, 1).into()));
    assert_eq!(f[0].actual, Some(Decimal::new(968, 1).into()));
    // The numerator and the denominator may stand in the sentences before the rate.
    let t = "全年共收到政府信息公开申请40件。已办结35件。办结率为90%。";
    let f = run(t, rate_match);
    assert_eq!(f.len(), 1, "{f:?}");
    let e = f[0].evidence.as_deref().unwrap_or("");
    assert!(
        e.contains("收到政府信息公开申请40件") && e.contains("已办结35件"),
        "{e}"
    );
}

#[test]
fn pro009_silent_when_the_counts_give_the_rate() {
    for t in [
        "2021年，受理群众诉求累计受理2576件，已办理2520件，办理率97.8%。",
        "共办理政府热线47件，已全部办结，回复率和满意率均达100%。",
        "9件申请均在法定期限内予以回复，回复率达到100%。",
        // No numerator stated: nothing to check.
        "2024年，共受理政府信息公开申请6件，办复率100%。",
    ] {
        assert!(all(t, rate_match).is_empty(), "{t}");
    }
    // A rate truncated from its counts (2/3 = 66.67%): a note.
    let t = "共受理申请3件，办结2件，办结率66.6%。";
    assert!(run(t, rate_match).is_empty());
    assert_eq!(notes(t, rate_match).len(), 1);
    // `均已办结` with a rate below 100%: the count is only implied, a note at most.
    let t = "共受理申请10件，均已办结，办结率90%。";
    assert!(run(t, rate_match).is_empty());
    assert_eq!(notes(t, rate_match).len(), 1);
}

#[test]
fn pro002_fires_when_no_whole_count_gives_a_share() {
    // 13 items: 62% is 8 of them, but no count of 13 gives 40%.
    let t = "共更新主动公开政务信息13条，其中工作信息类占62%，其次是民生事项类40%。";
    let f = run(t, share_match);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("民生事项类"));
    let ok = "共更新主动公开政务信息13条，其中工作信息类占62%，其次是民生事项类38%。";
    assert!(all(ok, share_match).is_empty());
}

#[test]
fn pro002_silent_when_the_shares_are_of_a_subset_named_before_them() {
    // Every share reproduces with the 57 licensing items, none with the 89 items.
    let t = "在省网发布的事项共有89项，其中行政许可57项，实现“一趟不用跑”的有45项，占比78.9%；实现“全程网办”的有41项，占比71.9%；即办件有36项，占比63.2%。";
    assert!(all(t, share_match).is_empty(), "{:?}", all(t, share_match));
    assert!(all(t, shares_sum).is_empty());
    assert!(all(t, breakdown_sum).is_empty());
}

#[test]
fn pro002_fires_on_a_share_of_a_total_stated_earlier() {
    let t = "今年我局共制作政府信息523条，主动公开政府信息94条，依申请公开信息数374条，不予公开信息数55条，主动公开和依申请公开的政府信息共468条，占全部信息的85.48%。";
    let f = run(t, share_match);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].expected, Some(Decimal::new(8948, 2).into()));
    let ok = t.replace("85.48%", "89.48%");
    assert!(all(&ok, share_match).is_empty());
    assert!(all(&ok, breakdown_sum).is_empty());
}

#[test]
fn pro001_fires_on_a_split_opened_by_a_lead_in() {
    // `从申请方式看，…`: the split of the count stated in the sentence before.
    let t = "全年收到政府信息公开申请7件。从申请方式看，网络申请3件，占43%；信函申请5件，占71%。";
    let f = run(t, breakdown_sum);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].actual, Some(8i128.into()));
    let ok = "全年收到政府信息公开申请7件。从申请方式看，网络申请3件，占43%；信函申请4件，占57%。";
    assert!(all(ok, breakdown_sum).is_empty());
    assert!(all(ok, share_match).is_empty());
}
