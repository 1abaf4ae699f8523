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

use crate::finding::{Finding, Location, Rule, Severity};
use crate::report::{AnnualReport, Claim, ClaimKind, Figure, Reading};
use crate::rules::{PRO001, PRO002, PRO003, PRO009};

#[path = "prose_places.rs"]
mod places;
#[path = "prose_tables.rs"]
mod tables;

pub(crate) use places::{art32_items, contents_match, measure_conflict, wrong_year};
pub(crate) use tables::{
    active as prose_vs_active, appeals as prose_vs_appeals, requests as prose_vs_requests,
};

/// Where a claim is: its section and the span of its words.
fn location(c: &Claim) -> Location {
    match c.section {
        Some(s) => Location::section(s, Some(c.text_span)),
        None => Location::text(c.text_span),
    }
}

/// A finding about a claim, its words and the sentences it relies on as evidence.
fn finding(rule: &Rule, severity: Severity, c: &Claim) -> Finding {
    Finding::of(rule, location(c))
        .lowered(severity)
        .evidence(c.evidence())
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
pub(crate) fn breakdown_sum(report: &AnnualReport, out: &mut Vec<Finding>) {
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
        let qual = total.approx.marker();
        let (how, how_zh) = if fit == Fit::Exceeds {
            ("more than", "超过")
        } else {
            ("less than", "少于")
        };
        out.push(
            finding(&PRO001, severity, c)
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
pub(crate) fn share_match(report: &AnnualReport, out: &mut Vec<Finding>) {
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
                finding(&PRO002, Severity::Warning, c)
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
                    finding(&PRO002, Severity::Info, c)
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
                finding(&PRO002, Severity::Warning, c)
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
pub(crate) fn shares_sum(report: &AnnualReport, out: &mut Vec<Finding>) {
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
            finding(&PRO003, Severity::Warning, last)
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
pub(crate) fn rate_match(report: &AnnualReport, out: &mut Vec<Finding>) {
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
            finding(&PRO009, severity, c)
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
