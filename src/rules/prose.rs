//! Prose rules (family `PRO`): what the report's sentences say must add up, agree with each
//! other and with the tables.
//!
//! Every rule works on [`AnnualReport::claims`] (read by [`crate::parse`]); a claim's
//! qualifier (`约`, `余`, `以上`…) turns an equality into a bound, never into an error. Findings
//! point at the section and the sentence's span, quote the sentence as evidence, and carry the
//! expected and the found value. Severity is warning throughout: prose is soft evidence.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::applicant::RequestColumn;
use crate::finding::Rule;
use crate::finding::{Finding, Location};
use crate::law::ReportFormat;
use crate::outcome::RequestRow;
use crate::report::policy::resolve;
use crate::report::{AnnualReport, Claim, ClaimKind, Figure, MeasureKind, SectionKind};
use crate::rules::{PRO001, PRO002, PRO003, PRO004, PRO005, PRO006, PRO007, PRO008};

/// Where a claim is: its section and the span of its words.
fn location(c: &Claim) -> Location {
    match c.section {
        Some(s) => Location::section(s, Some(c.text_span)),
        None => Location::text(c.text_span),
    }
}

/// A finding about a claim, its words as evidence.
fn finding(code: &Rule, c: &Claim) -> Finding {
    Finding::of(code, location(c)).evidence(c.text.clone())
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

/// PRO001: a breakdown of two or more parts adds up to its total.
pub(crate) fn breakdown_sum(report: &AnnualReport, out: &mut Vec<Finding>) {
    for c in &report.claims {
        let ClaimKind::Total {
            measure,
            total,
            parts,
        } = &c.kind
        else {
            continue;
        };
        if parts.len() < 2 || parts.iter().any(|p| !p.figure.approx.is_exact()) {
            continue;
        }
        let Some(s) = sum(parts.iter().map(|p| &p.figure)) else {
            continue;
        };
        if total.admits(s) {
            continue;
        }
        let terms: Vec<String> = parts.iter().map(|p| p.figure.value.to_string()).collect();
        let qual = total.approx.label();
        out.push(
            finding(&PRO001, c)
                .message(
                    format!(
                        "the breakdown of {} adds up to {} = {s}, but the total stated is {qual}{}",
                        measure.label,
                        terms.join(" + "),
                        total.value
                    ),
                    format!(
                        "“{}”各分项之和为{s}（{}），与所述总数{qual}{}不符",
                        measure.label,
                        terms.join("+"),
                        total.value
                    ),
                )
                .expected(quantity(total.value))
                .actual(quantity(s)),
        );
    }
}

/// part / whole × 100 at `scale` decimals: rounded half away from zero, and truncated.
fn percent(part: Decimal, whole: Decimal, scale: u32) -> Option<(Decimal, Decimal)> {
    let exact = part.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(whole)?;
    Some((
        exact.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero),
        exact.round_dp_with_strategy(scale, RoundingStrategy::ToZero),
    ))
}

/// PRO002: a share equals part / whole at its precision.
pub(crate) fn share_match(report: &AnnualReport, out: &mut Vec<Finding>) {
    for c in &report.claims {
        let ClaimKind::Share {
            label,
            part: Some(part),
            whole: Some(whole),
            share,
            ..
        } = &c.kind
        else {
            continue;
        };
        if !part.approx.is_exact() || !whole.approx.is_exact() || whole.value.is_zero() {
            continue;
        }
        let scale = share.value.scale();
        let Some((rounded, truncated)) = percent(part.value, whole.value, scale) else {
            continue;
        };
        let ok = if share.approx.is_exact() {
            share.value == rounded || share.value == truncated
        } else {
            share.admits(rounded)
        };
        if ok {
            continue;
        }
        out.push(
            finding(&PRO002, c)
                .message(
                    format!(
                        "{label}: {} / {} = {rounded}%, but the share stated is {}%",
                        part.value, whole.value, share.value
                    ),
                    format!(
                        "“{label}”{}÷{}应为{rounded}%，报告写作{}%",
                        part.value, whole.value, share.value
                    ),
                )
                .expected(quantity(rounded))
                .actual(quantity(share.value)),
        );
    }
}

/// PRO003: the shares of one whole add up to 100% when they cover it, and never exceed it.
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
        // The parts cover the whole when every part and the whole are stated and add up.
        let whole = shares.first().and_then(|(_, _, w)| *w);
        let parts: Option<Vec<&Figure>> = shares.iter().map(|(_, p, _)| *p).collect();
        let covers = match (whole, parts) {
            (Some(w), Some(ps)) => sum(ps.into_iter()) == Some(w.value),
            _ => false,
        };
        let over = total > Decimal::ONE_HUNDRED + tol;
        let short = covers && total < Decimal::ONE_HUNDRED - tol;
        if !(over || short) {
            continue;
        }
        let Some(last) = claims.last() else { continue };
        out.push(
            finding(&PRO003, last)
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

/// Whether a sentence names a 4-digit year other than `year` (`2015年`).
fn names_other_year(sentence: &str, year: i32) -> bool {
    let b = sentence.as_bytes();
    (0..b.len().saturating_sub(3)).any(|i| {
        b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && sentence[i + 4..].starts_with('年')
            && sentence[i..i + 4].parse::<i32>().is_ok_and(|y| y != year)
    })
}

/// PRO004: a figure dated to another year where the report year is meant.
pub(crate) fn wrong_year(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(year) = report.meta.year else { return };
    for c in &report.claims {
        let ClaimKind::Dated {
            year: y,
            measure,
            value,
            comparison: false,
        } = &c.kind
        else {
            continue;
        };
        if *y == year {
            continue;
        }
        out.push(
            finding(&PRO004, c)
                .message(
                    format!(
                        "{} ({}{}) is dated {y} in the report for {year}",
                        measure.label,
                        value.value,
                        value.unit.label()
                    ),
                    format!("{year}年度报告中的“{}”标注为{y}年", measure.label),
                )
                .expected(i128::from(year))
                .actual(i128::from(*y)),
        );
    }
}

/// The report's exact total claims of a known measure, outside comparison sentences and
/// sentences naming another year.
fn measured(report: &AnnualReport) -> Vec<(MeasureKind, &Claim, &Figure)> {
    let year = report.meta.year;
    report
        .claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Total { measure, total, .. } => {
                let kind = measure.kind?;
                let other_year = year.is_some_and(|y| names_other_year(&c.sentence, y));
                let compared = c.compares_years();
                (total.approx.is_exact() && !other_year && !compared).then_some((kind, c, total))
            }
            _ => None,
        })
        .collect()
}

/// The section a measure belongs to.
fn home(kind: MeasureKind) -> SectionKind {
    match kind {
        MeasureKind::ApplicationsReceived
        | MeasureKind::ApplicationsHandled
        | MeasureKind::ApplicationsCarriedIn
        | MeasureKind::ApplicationsProcessed
        | MeasureKind::ApplicationsCarriedForward => SectionKind::Applications,
        MeasureKind::Enquiries | MeasureKind::Visits => SectionKind::Enquiries,
        MeasureKind::ProactiveNew | MeasureKind::ProactiveCumulative => SectionKind::Proactive,
    }
}

/// PRO005: the same measure stated with different values in different sections.
pub(crate) fn measure_conflict(report: &AnnualReport, out: &mut Vec<Finding>) {
    let all = measured(report);
    let mut kinds: Vec<MeasureKind> = all.iter().map(|(k, _, _)| *k).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let of: Vec<&(MeasureKind, &Claim, &Figure)> =
            all.iter().filter(|(k, _, _)| *k == kind).collect();
        let Some(reference) = of
            .iter()
            .find(|(_, c, _)| c.section == Some(home(kind)))
            .or_else(|| of.first())
        else {
            continue;
        };
        for (_, c, f) in &of {
            if c.section == reference.1.section || f.value == reference.2.value {
                continue;
            }
            let where_ref = reference.1.section.map_or("the preamble", SectionKind::id);
            let where_zh = reference
                .1
                .section
                .map_or("开头", |s| s.label(report.meta.format));
            out.push(
                finding(&PRO005, c)
                    .message(
                        format!(
                            "{} is {}{} here but {}{} in section {where_ref}",
                            kind.id(),
                            f.value,
                            f.unit.label(),
                            reference.2.value,
                            reference.2.unit.label()
                        ),
                        format!(
                            "“{}”此处为{}{}，而“{}”部分为{}{}",
                            kind.label(),
                            f.value,
                            f.unit.label(),
                            where_zh,
                            reference.2.value,
                            reference.2.unit.label()
                        ),
                    )
                    .expected(quantity(reference.2.value))
                    .actual(quantity(f.value)),
            );
        }
    }
}

/// The content items of 2008 art. 32 checked, with the section that carries each. Item (6),
/// `其他需要报告的事项`, is conditional (only when there is something else to report), so its
/// absence is not flagged.
const ART32: [(u8, SectionKind, &str, &str); 5] = [
    (
        1,
        SectionKind::Proactive,
        "proactive disclosure",
        "主动公开政府信息的情况",
    ),
    (
        2,
        SectionKind::Applications,
        "disclosure on application and refusals",
        "依申请公开政府信息和不予公开政府信息的情况",
    ),
    (
        3,
        SectionKind::ExpenditureFees,
        "fees charged and waived",
        "政府信息公开的收费及减免情况",
    ),
    (
        4,
        SectionKind::Redress,
        "reconsideration and litigation",
        "因政府信息公开申请行政复议、提起行政诉讼的情况",
    ),
    (
        5,
        SectionKind::Problems,
        "main problems and improvements",
        "政府信息公开工作存在的主要问题及改进情况",
    ),
];

/// Whether the report speaks of fees somewhere, even without a fee heading the section finder
/// knows (`四、人员和收支情况`): a fee statement, a nil claim about fees, or fee words in the text.
fn speaks_of_fees(report: &AnnualReport) -> bool {
    const WORDS: &[&str] = &["收费", "收費", "收支", "费用", "費用"];
    report.fees.as_ref().is_some_and(|f| !f.is_empty())
        || report
            .claims
            .iter()
            .any(|c| matches!(&c.kind, ClaimKind::Nil { what } if what.contains(['费', '費'])))
        || report
            .source
            .as_ref()
            .is_some_and(|s| WORDS.iter().any(|w| s.reading_text().contains(w)))
}

/// PRO006: a pre-2019 report covers the content items of 2008 art. 32.
pub(crate) fn art32_items(report: &AnnualReport, out: &mut Vec<Finding>) {
    if report.meta.format != ReportFormat::Legacy {
        return;
    }
    // Texts are often cut short (a page captured in part): judge only a text that reaches the
    // closing sections (problems or other matters), so a missing item is not just unread.
    let reached_end = [SectionKind::Problems, SectionKind::OtherMatters]
        .iter()
        .any(|k| report.section(*k).is_some());
    if !reached_end {
        return;
    }
    for (item, kind, en, zh) in ART32 {
        if report.section(kind).is_some()
            || (kind == SectionKind::ExpenditureFees && speaks_of_fees(report))
        {
            continue;
        }
        out.push(
            Finding::of(&PRO006, Location::section(kind, None))
                .message(
                    format!("no section on {en} (2008 art. 32({item}))"),
                    format!("缺少“{zh}”部分（2008年《条例》第三十二条第（{item}）项）"),
                )
                .expected(kind.label(ReportFormat::Legacy))
                .actual("missing"),
        );
    }
}

/// PRO007: the contents listed in the opening paragraph match the headings.
pub(crate) fn contents_match(report: &AnnualReport, out: &mut Vec<Finding>) {
    let present: Vec<SectionKind> = report.sections.iter().map(|s| s.kind).collect();
    for c in &report.claims {
        let ClaimKind::Contents { sections } = &c.kind else {
            continue;
        };
        // A listed section without a heading counts only when a section listed after it has one:
        // otherwise the text may simply stop early.
        let missing: Vec<&str> = sections
            .iter()
            .enumerate()
            .filter(|(j, k)| {
                !present.contains(k)
                    && sections
                        .get(j + 1..)
                        .is_some_and(|later| later.iter().any(|l| present.contains(l)))
            })
            .map(|(_, k)| k.id())
            .collect();
        let unlisted: Vec<&str> = present
            .iter()
            .filter(|k| !sections.contains(k))
            .map(|k| k.id())
            .collect();
        if missing.is_empty() && unlisted.is_empty() {
            continue;
        }
        out.push(
            finding(&PRO007, c)
                .message(
                    format!(
                        "the contents list sections without a heading [{}] and omit headed sections [{}]",
                        missing.join(", "),
                        unlisted.join(", ")
                    ),
                    format!(
                        "开头所列内容与正文标题不一致：所列而无标题的部分[{}]，有标题而未列的部分[{}]",
                        missing.join("、"),
                        unlisted.join("、")
                    ),
                )
                .expected(sections.iter().map(|k| k.id()).collect::<Vec<_>>().join(","))
                .actual(present.iter().map(|k| k.id()).collect::<Vec<_>>().join(",")),
        );
    }
}

/// PRO008 (S6): prose figures on applications equal the §3 table.
pub(crate) fn prose_vs_table(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    let cell = |row| resolve(t, row, RequestColumn::Total);
    // `所有申请均已办结`: nothing can be carried forward.
    if let Some(forward) = cell(RequestRow::CarriedForward).filter(|v| *v > 0) {
        for c in &report.claims {
            let ClaimKind::Completed { of, total } = &c.kind else {
                continue;
            };
            if !matches!(
                of,
                MeasureKind::ApplicationsReceived | MeasureKind::ApplicationsHandled
            ) {
                continue;
            }
            out.push(
                finding(&PRO008, c)
                    .message(
                        format!(
                            "the prose says all {total} applications were completed, the §3 table carries {forward} forward (carried_forward, column total)"
                        ),
                        format!("正文称{total}申请均已办结，第三部分表格“结转下年度继续办理”为{forward}"),
                    )
                    .expected(forward)
                    .actual(0u64),
            );
        }
    }
    for (kind, c, f) in measured(report) {
        let Some(stated) = f.count() else { continue };
        let (rows, expected): (&str, Option<u64>) = match kind {
            MeasureKind::ApplicationsReceived => ("received", cell(RequestRow::Received)),
            // `共受理N件（含上年结转M件）` counts both rows.
            MeasureKind::ApplicationsHandled => (
                "received + carried_in",
                cell(RequestRow::Received)
                    .zip(cell(RequestRow::CarriedIn))
                    .and_then(|(r, i)| r.checked_add(i)),
            ),
            MeasureKind::ApplicationsCarriedIn => ("carried_in", cell(RequestRow::CarriedIn)),
            MeasureKind::ApplicationsProcessed => {
                ("total_processed", cell(RequestRow::TotalProcessed))
            }
            MeasureKind::ApplicationsCarriedForward => {
                ("carried_forward", cell(RequestRow::CarriedForward))
            }
            _ => continue,
        };
        let Some(expected) = expected else { continue };
        // `共受理N件` often counts the applications carried in too: either reading agrees.
        let with_carried_in = (kind == MeasureKind::ApplicationsReceived)
            .then(|| cell(RequestRow::CarriedIn).and_then(|i| expected.checked_add(i)))
            .flatten();
        if expected == stated || with_carried_in == Some(stated) {
            continue;
        }
        out.push(
            finding(&PRO008, c)
                .message(
                    format!(
                        "the prose says {stated} for {}, the §3 table has {expected} ({rows}, column total)",
                        kind.id()
                    ),
                    format!(
                        "正文“{}”为{stated}，第三部分表格相应总计为{expected}",
                        kind.label()
                    ),
                )
                .expected(expected)
                .actual(stated),
        );
    }
}

#[cfg(test)]
#[path = "prose_tests.rs"]
mod tests;
