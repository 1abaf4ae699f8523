//! Prose rules (family `PRO`): what the report's sentences say must add up, agree with each
//! other and with the tables.
//!
//! Every rule works on [`AnnualReport::claims`] (read by [`crate::parse`]); a claim's
//! qualifier (`约`, `余`, `以上`…) turns an equality into an interval, never into an error.
//! Findings point at the section and the claim's words, quote them with every other sentence the
//! claim relies on (the base of a share, the counts behind a rate), and carry the expected and
//! the found value. Severity is warning at most: prose is soft evidence; where the wording leaves
//! a reading open (a list that may be partial, a share that a truncation explains, a count only
//! implied by `均`) the finding is a note, or there is none.
//!
//! This file holds the registry of the family and the arithmetic of one claim (breakdowns,
//! shares, rates); [`places`] compares claims across the report, [`tables`] with its tables.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::law::{ArticleRef, Edition};
use crate::report::{AnnualReport, Claim, ClaimKind, Figure, Reading};
use crate::rules::finding::{Finding, Location, Severity};
use crate::rules::{Basis, Check, Identity, Rule};

#[path = "prose_places.rs"]
mod places;
#[path = "prose_tables.rs"]
mod tables;

const A2008_32: ArticleRef = ArticleRef::new(Edition::V2008, 32);

/// The rules of this family.
pub(crate) const RULES: &[Rule] = &[
    Rule::new(
        "PRO001",
        "breakdown_does_not_add_up",
        Severity::Warning,
        &[Basis::Article(A2008_32), Basis::Identity(Identity::S6)],
        "a total's breakdown (共X，其中A、B…) does not exceed the total, and adds up to it when the wording makes the list complete (a counted 其他 bucket, a split by channel); qualifiers are intervals",
        "“共X，其中A、B…”各分项之和不得超过总数；以“其他”类收尾或按渠道划分的完整列举，分项之和应等于总数（约数、余数按区间核对）",
        Check::Report(breakdown_sum),
    ),
    Rule::new(
        "PRO002",
        "share_does_not_match",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "a stated share (占N%) equals part / whole rounded half up at the stated precision (a truncation that explains it is a note)",
        "“占总数的N%”应等于分项除以总数（按所写精度四舍五入；截尾所得的另作提示）",
        Check::Report(share_match),
    ),
    Rule::new(
        "PRO003",
        "shares_do_not_cover_the_whole",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "shares of one whole that cover it add up to 100% within rounding, and the shares of parts that split it never exceed it",
        "同一总数各部分所占百分比之和应为100%（允许四舍五入误差），且不得超过100%",
        Check::Report(shares_sum),
    ),
    Rule::new(
        "PRO004",
        "figure_dated_to_another_year",
        Severity::Warning,
        &[Basis::Article(ArticleRef::new(Edition::V2008, 31))],
        "a figure is dated to a year other than the report's, with no comparison in the sentence",
        "年度报告中的数据标注为报告年度以外的年份，且句中没有同比等比较",
        Check::Report(places::wrong_year),
    ),
    Rule::new(
        "PRO005",
        "measure_stated_differently",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "the same measure (applications received, replies, proactive items, reconsiderations, lawsuits…) for the same year and scope has the same value in every section",
        "同一指标（受理申请数、答复数、主动公开数、行政复议、行政诉讼等）同一年度、同一范围在不同部分的数字应一致",
        Check::Report(places::measure_conflict),
    ),
    Rule::new(
        "PRO006",
        "content_item_missing",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "a pre-2019 report covers the six content items of 2008 art. 32",
        "2008年《条例》第三十二条规定的年度报告六项内容应齐全",
        Check::Report(places::art32_items),
    ),
    Rule::new(
        "PRO007",
        "contents_disagree_with_headings",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "the list of contents in the opening paragraph names the sections the report has",
        "开头所列报告内容应与正文各部分标题一致",
        Check::Report(places::contents_match),
    ),
    Rule::new(
        "PRO008",
        "prose_disagrees_with_table",
        Severity::Warning,
        &[Basis::Identity(Identity::S6)],
        "prose figures on applications (received, carried in, processed, carried forward, and each outcome group 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理) equal the §3 rows or row groups they name",
        "正文中的申请数、办结数、结转数及各类办理结果数应与第三部分表格相应行（或行组）一致",
        Check::Report(tables::requests),
    ),
    Rule::new(
        "PRO009",
        "rate_does_not_match",
        Severity::Warning,
        &[Basis::Article(A2008_32)],
        "a rate (办结率, 答复率, 办理率…) equals its numerator / denominator stated nearby, rounded half up at the stated precision",
        "办结率、答复率等比率应等于相邻所述的分子除以分母（按所写精度四舍五入）",
        Check::Report(rate_match),
    ),
    Rule::new(
        "PRO010",
        "prose_disagrees_with_appeals_table",
        Severity::Warning,
        &[Basis::Identity(Identity::S6)],
        "prose counts of reconsiderations and lawsuits equal the §4 totals (lawsuits: both litigation blocks)",
        "正文中的行政复议、行政诉讼件数应与第四部分表格总计一致（行政诉讼为两类诉讼之和）",
        Check::Report(tables::appeals),
    ),
    Rule::new(
        "PRO011",
        "prose_disagrees_with_active_table",
        Severity::Warning,
        &[Basis::Identity(Identity::S6)],
        "prose counts of normative documents issued (制发/制定) and in force (现行有效) equal the §2 cells",
        "正文中制发、现行有效的规范性文件件数应与第二部分表格一致",
        Check::Report(tables::active),
    ),
];

/// Where a claim is: its section and the span of its words.
fn location(c: &Claim) -> Location {
    match c.section {
        Some(s) => Location::section(s, Some(c.text_span)),
        None => Location::text(c.text_span),
    }
}

/// A finding about a claim, its words and the sentences it relies on as evidence.
fn finding(code: &str, severity: Severity, c: &Claim) -> Finding {
    Finding::new(code, severity, location(c)).evidence(c.evidence())
}

/// The quantity of a figure for `expected`/`actual`: an integer when whole, else the decimal.
fn quantity(v: Decimal) -> crate::rules::Quantity {
    match i128::try_from(v) {
        Ok(i) if v.fract().is_zero() => i.into(),
        _ => v.normalize().into(),
    }
}

/// Sums figures exactly; `None` on overflow.
fn sum<'a>(mut figs: impl Iterator<Item = &'a Figure>) -> Option<Decimal> {
    figs.try_fold(Decimal::ZERO, |acc, f| acc.checked_add(f.value))
}

/// The interval the sum of `figs` lies in (`None` upper bound: unbounded); `None` on overflow.
fn sum_bounds<'a>(figs: impl Iterator<Item = &'a Figure>) -> Option<(Decimal, Option<Decimal>)> {
    let mut lo = Decimal::ZERO;
    let mut hi = Some(Decimal::ZERO);
    for f in figs {
        let (l, h) = f.bounds();
        lo = lo.checked_add(l)?;
        hi = match (hi, h) {
            (Some(a), Some(b)) => Some(a.checked_add(b)?),
            _ => None,
        };
    }
    Some((lo, hi))
}

/// How the parts of a breakdown stand to its total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Some value of each figure makes them add up.
    Fits,
    /// The parts exceed the total whatever the qualifiers.
    Exceeds,
    /// The parts fall short of the total whatever the qualifiers.
    FallsShort,
}

/// Whether the parts' interval meets the total's.
fn fit(total: &Figure, parts: &[&Figure]) -> Option<Fit> {
    let (lo, hi) = sum_bounds(parts.iter().copied())?;
    let (tlo, thi) = total.bounds();
    if thi.is_some_and(|t| lo > t) {
        return Some(Fit::Exceeds);
    }
    if hi.is_some_and(|h| h < tlo) {
        return Some(Fit::FallsShort);
    }
    Some(Fit::Fits)
}

/// PRO001: the parts of a breakdown do not exceed the total, and add up to it when the wording
/// makes the list complete.
fn breakdown_sum(report: &AnnualReport, out: &mut Vec<Finding>) {
    for c in &report.claims {
        let ClaimKind::Total {
            measure,
            total,
            parts,
            reading,
        } = &c.kind
        else {
            continue;
        };
        if parts.is_empty() {
            continue;
        }
        let figs: Vec<&Figure> = parts.iter().map(|p| &p.figure).collect();
        let Some(fit) = fit(total, &figs) else {
            continue;
        };
        let severity = match (fit, reading) {
            (Fit::Fits, _) => continue,
            (Fit::Exceeds, _) => Severity::Warning,
            (Fit::FallsShort, r) if r.is_complete() => Severity::Warning,
            (Fit::FallsShort, Reading::Undecided) => Severity::Info,
            (Fit::FallsShort, _) => continue,
        };
        let Some(s) = sum(figs.iter().copied()) else {
            continue;
        };
        let terms: Vec<String> = parts.iter().map(|p| p.figure.to_string()).collect();
        let qual = total.approx.label();
        let (how, how_zh) = if fit == Fit::Exceeds {
            ("more than", "超过")
        } else {
            ("less than", "少于")
        };
        out.push(
            finding("PRO001", severity, c)
                .message(
                    format!(
                        "the breakdown of {} adds up to {} = {s}, {how} the total stated, {qual}{} ({})",
                        measure.label,
                        terms.join(" + "),
                        total.value,
                        reading.explain()
                    ),
                    format!(
                        "“{}”各分项之和为{s}（{}），{how_zh}所述总数{qual}{}（{}）",
                        measure.label,
                        terms.join("+"),
                        total.value,
                        reading.explain_zh()
                    ),
                )
                .expected(quantity(total.value))
                .actual(quantity(s)),
        );
    }
}

/// part / whole × 100 at `scale` decimals: rounded half up (away from zero), and truncated.
fn percent(part: Decimal, whole: Decimal, scale: u32) -> Option<(Decimal, Decimal)> {
    if whole.is_zero() {
        return None;
    }
    let exact = part.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(whole)?;
    Some((
        exact.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero),
        exact.round_dp_with_strategy(scale, RoundingStrategy::ToZero),
    ))
}

/// How a stated percentage stands to part / whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    /// Equal when rounded half up (or admitted by the qualifier).
    Rounded,
    /// Equal only when truncated.
    Truncated,
    /// Neither.
    Differs(Decimal),
}

/// Compares a stated percentage with part / whole.
fn agreement(part: Decimal, whole: Decimal, stated: &Figure) -> Option<Agreement> {
    let (rounded, truncated) = percent(part, whole, stated.value.scale())?;
    Some(if stated.admits(rounded) {
        Agreement::Rounded
    } else if stated.approx.is_exact() && stated.value == truncated {
        Agreement::Truncated
    } else {
        Agreement::Differs(rounded)
    })
}

/// A whole count `k` of `whole` whose share rounds to `share`, if there is one.
fn some_count_gives(whole: Decimal, share: &Figure) -> bool {
    let Some(guess) = share
        .value
        .checked_mul(whole)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
    else {
        return false;
    };
    let guess = guess.round();
    [Decimal::NEGATIVE_ONE, Decimal::ZERO, Decimal::ONE]
        .iter()
        .filter_map(|d| guess.checked_add(*d))
        .filter(|k| *k >= Decimal::ZERO && *k <= whole)
        .any(|k| {
            matches!(
                agreement(k, whole, share),
                Some(Agreement::Rounded | Agreement::Truncated)
            )
        })
}

/// PRO002: a share equals part / whole at its precision; a share of a named part without its
/// count must be some whole count's share of the whole.
fn share_match(report: &AnnualReport, out: &mut Vec<Finding>) {
    for c in &report.claims {
        let ClaimKind::Share {
            label,
            part,
            whole: Some(whole),
            share,
            bases,
            ..
        } = &c.kind
        else {
            continue;
        };
        if !whole.approx.is_exact() || whole.value.is_zero() {
            continue;
        }
        let Some(part) = part else {
            // `其中工作信息类占62%` of 13: some whole count must give 62%.
            let fits_some = std::iter::once(whole)
                .chain(bases.iter())
                .filter(|w| w.approx.is_exact() && w.count().is_some())
                .any(|w| some_count_gives(w.value, share));
            if fits_some || whole.count().is_none() || !share.approx.is_exact() {
                continue;
            }
            out.push(
                finding("PRO002", Severity::Warning, c)
                    .message(
                        format!(
                            "{label}: no whole number of the {} gives {}%",
                            whole, share.value
                        ),
                        format!(
                            "“{label}”占{}%，但{}中没有任何整数能得出该比例",
                            share.value, whole
                        ),
                    )
                    .actual(quantity(share.value)),
            );
            continue;
        };
        if !part.approx.is_exact() {
            continue;
        }
        let Some(a) = agreement(part.value, whole.value, share) else {
            continue;
        };
        let rounded = match a {
            Agreement::Rounded => continue,
            Agreement::Truncated => None,
            Agreement::Differs(r) => Some(r),
        };
        // A share of another whole of the paragraph (a subset named before it).
        if bases.iter().filter(|b| b.approx.is_exact()).any(|b| {
            matches!(
                agreement(part.value, b.value, share),
                Some(Agreement::Rounded)
            )
        }) {
            continue;
        }
        match rounded {
            None => {
                let (up, _) = percent(part.value, whole.value, share.value.scale())
                    .unwrap_or((share.value, share.value));
                out.push(
                    finding("PRO002", Severity::Info, c)
                        .message(
                            format!(
                                "{label}: {} / {} is {up}% rounded half up; the {}% stated is the value truncated",
                                part.value, whole.value, share.value
                            ),
                            format!(
                                "“{label}”{}÷{}四舍五入为{up}%，报告所写{}%为截尾取值",
                                part.value, whole.value, share.value
                            ),
                        )
                        .expected(quantity(up))
                        .actual(quantity(share.value)),
                );
            }
            Some(r) => out.push(
                finding("PRO002", Severity::Warning, c)
                    .message(
                        format!(
                            "{label}: {} / {} = {r}%, but the share stated is {}%",
                            part.value, whole.value, share.value
                        ),
                        format!(
                            "“{label}”{}÷{}应为{r}%，报告写作{}%",
                            part.value, whole.value, share.value
                        ),
                    )
                    .expected(quantity(r))
                    .actual(quantity(share.value)),
            ),
        }
    }
}

/// PRO003: the shares of one whole add up to 100% when they cover it, and never exceed it when
/// their parts split it.
fn shares_sum(report: &AnnualReport, out: &mut Vec<Finding>) {
    let mut groups: BTreeMap<usize, Vec<&Claim>> = BTreeMap::new();
    for c in &report.claims {
        if let ClaimKind::Share { group, .. } = &c.kind {
            groups.entry(*group).or_default().push(c);
        }
    }
    for claims in groups.values() {
        let shares: Vec<(&Figure, Option<&Figure>, Option<&Figure>)> = claims
            .iter()
            .filter_map(|c| match &c.kind {
                ClaimKind::Share {
                    share, part, whole, ..
                } => Some((share, part.as_ref(), whole.as_ref())),
                _ => None,
            })
            .collect();
        if shares.len() < 2 || shares.iter().any(|(s, _, _)| !s.approx.is_exact()) {
            continue;
        }
        let Some(total) = sum(shares.iter().map(|(s, _, _)| *s)) else {
            continue;
        };
        let scale = shares
            .iter()
            .map(|(s, _, _)| s.value.scale())
            .max()
            .unwrap_or(0);
        // Each share may be off by one unit of its last digit (rounded or truncated).
        let tol = Decimal::new(1, scale) * Decimal::from(shares.len());
        let whole = shares.first().and_then(|(_, _, w)| *w);
        let parts: Option<Vec<&Figure>> = shares.iter().map(|(_, p, _)| *p).collect();
        let parts_sum = parts.as_ref().and_then(|ps| sum(ps.iter().copied()));
        // The parts cover the whole when every part and the whole are stated and add up; they
        // overlap (properties, not a split) when their counts exceed it.
        let covers = match (whole, parts_sum) {
            (Some(w), Some(s)) => s == w.value,
            _ => false,
        };
        let overlap = match (whole, parts_sum) {
            (Some(w), Some(s)) => s > w.value,
            _ => false,
        };
        let over = !overlap && total > Decimal::ONE_HUNDRED + tol;
        let short = covers && total < Decimal::ONE_HUNDRED - tol;
        if !(over || short) {
            continue;
        }
        let Some(last) = claims.last() else { continue };
        out.push(
            finding("PRO003", Severity::Warning, last)
                .message(
                    format!(
                        "the shares of one whole add up to {total}%{}",
                        if over {
                            ", more than 100%"
                        } else {
                            " although the parts cover the whole"
                        }
                    ),
                    format!("同一总数各部分所占比例之和为{total}%，应为100%"),
                )
                .expected(100u64)
                .actual(quantity(total)),
        );
    }
}

/// PRO009: a rate equals the numerator / denominator the paragraph states; a rate whose
/// numerator is only implied (`均已办结`) must be 100% (a note otherwise).
fn rate_match(report: &AnnualReport, out: &mut Vec<Finding>) {
    for c in &report.claims {
        let ClaimKind::Rate {
            label,
            rate,
            numerator,
            denominator: Some(den),
            implied,
        } = &c.kind
        else {
            continue;
        };
        if !den.approx.is_exact() || den.value.is_zero() {
            continue;
        }
        let (num, severity) = match numerator {
            Some(n) if n.approx.is_exact() => (n, Severity::Warning),
            None if *implied => (den, Severity::Info),
            _ => continue,
        };
        let Some(a) = agreement(num.value, den.value, rate) else {
            continue;
        };
        let (expected, severity, how, how_zh) = match a {
            Agreement::Rounded => continue,
            Agreement::Truncated => {
                let up = percent(num.value, den.value, rate.value.scale())
                    .map_or(rate.value, |(u, _)| u);
                (
                    up,
                    Severity::Info,
                    "the rate stated is the value truncated",
                    "所写比率为截尾取值",
                )
            }
            Agreement::Differs(r) => (r, severity, "but the rate stated differs", "与所写比率不符"),
        };
        let implied_en = if numerator.is_none() {
            " (every case said to be done)"
        } else {
            ""
        };
        out.push(
            finding("PRO009", severity, c)
                .message(
                    format!(
                        "{label}: {} / {}{implied_en} = {expected}% rounded half up, {how} ({}%)",
                        num.value, den.value, rate.value
                    ),
                    format!(
                        "“{label}”按{}÷{}计算应为{expected}%，{how_zh}（{}%）",
                        num.value, den.value, rate.value
                    ),
                )
                .expected(quantity(expected))
                .actual(quantity(rate.value)),
        );
    }
}

#[cfg(test)]
#[path = "prose_tests.rs"]
mod tests;
