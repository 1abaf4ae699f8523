//! Prose rules comparing claims across the report: a figure dated to another year (`PRO004`),
//! one measure stated with two values (`PRO005`), the content items of 2008 art. 32 (`PRO006`)
//! and the contents list against the headings (`PRO007`).

use rust_decimal::Decimal;

use crate::finding::{Finding, Location, Severity};
use crate::law::ReportFormat;
use crate::report::{
    AgencyLevel, AnnualReport, Claim, ClaimKind, Figure, MeasureKind, Scope, SectionKind,
};
use crate::rules::{PRO004, PRO005, PRO006, PRO007};

use super::{finding, quantity};

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
            finding(&PRO004, Severity::Warning, c)
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

/// A figure the report states for a measure the model names: the claim, the measure and the
/// figure (a total, or the parts of one kind of a breakdown added up).
pub(super) struct Stated<'a> {
    pub claim: &'a Claim,
    pub kind: MeasureKind,
    pub value: Decimal,
    /// The figures behind the value (one, or the parts of one kind).
    pub figures: Vec<&'a Figure>,
}

/// The report's exact figures of known measures that are the reporting agency's own for the
/// report year: not in a sentence that compares years, not for another year, several years or
/// a running total, not other bodies' added together, and not a whole area's in a department's
/// report.
pub(super) fn stated(report: &AnnualReport) -> Vec<Stated<'_>> {
    let year = report.meta.year;
    let one_year = |c: &Claim| match year {
        Some(y) => c.period.is_one_year(y),
        None => c.period == crate::report::Timeframe::Unstated,
    };
    let own = |c: &Claim| match c.scope {
        Scope::Unstated => true,
        Scope::Area => report.meta.level != Some(AgencyLevel::Department),
        _ => false,
    };
    let mut out = Vec::new();
    for c in &report.claims {
        if c.compares_years() || !one_year(c) || !own(c) {
            continue;
        }
        // Visits are stated with their year (`2016年度…访问量为567000次`).
        if let ClaimKind::Dated {
            year: y,
            measure,
            value,
            comparison: false,
        } = &c.kind
        {
            let of_year = year.is_none_or(|r| r == *y);
            if measure.kind == Some(MeasureKind::Visits) && of_year && value.approx.is_exact() {
                out.push(Stated {
                    claim: c,
                    kind: MeasureKind::Visits,
                    value: value.value,
                    figures: vec![value],
                });
            }
            continue;
        }
        let ClaimKind::Total {
            measure,
            total,
            parts,
            ..
        } = &c.kind
        else {
            continue;
        };
        if let Some(kind) = measure.kind.filter(|_| total.approx.is_exact()) {
            out.push(Stated {
                claim: c,
                kind,
                value: total.value,
                figures: vec![total],
            });
        }
        // Parts of one kind are added up (`已主动公开1条，同意公开1条` are both 予以公开).
        let mut kinds: Vec<MeasureKind> = parts.iter().filter_map(|p| p.kind).collect();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            let figures: Vec<&Figure> = parts
                .iter()
                .filter(|p| p.kind == Some(kind))
                .map(|p| &p.figure)
                .collect();
            if figures.iter().any(|f| !f.approx.is_exact()) {
                continue;
            }
            let Some(value) = figures
                .iter()
                .try_fold(Decimal::ZERO, |a, f| a.checked_add(f.value))
            else {
                continue;
            };
            out.push(Stated {
                claim: c,
                kind,
                value,
                figures,
            });
        }
    }
    out
}

/// The section a measure belongs to.
fn home(kind: MeasureKind) -> SectionKind {
    use MeasureKind::*;
    match kind {
        Enquiries | Visits => SectionKind::Enquiries,
        ProactiveNew
        | ProactiveCumulative
        | NormativeDocumentsIssued
        | NormativeDocumentsInForce => SectionKind::Proactive,
        Reconsiderations | Lawsuits => SectionKind::Redress,
        _ => SectionKind::Applications,
    }
}

/// PRO005: the same measure stated with different values in different sections (like with
/// like only: the report year's own figures, see [`stated`]).
pub(crate) fn measure_conflict(report: &AnnualReport, out: &mut Vec<Finding>) {
    let all = stated(report);
    let mut kinds: Vec<MeasureKind> = all.iter().map(|s| s.kind).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let of: Vec<&Stated<'_>> = all.iter().filter(|s| s.kind == kind).collect();
        let Some(reference) = of
            .iter()
            .find(|s| s.claim.section == Some(home(kind)))
            .or_else(|| of.first())
        else {
            continue;
        };
        for s in &of {
            if s.claim.section == reference.claim.section || s.value == reference.value {
                continue;
            }
            let unit = s.figures.first().map_or("", |f| f.unit.label());
            let runit = reference.figures.first().map_or("", |f| f.unit.label());
            let where_ref = reference
                .claim
                .section
                .map_or("the preamble", SectionKind::id);
            let where_zh = reference
                .claim
                .section
                .map_or("开头", |k| k.heading(report.meta.format));
            // Both places, in text order.
            let (first, second) = if s.claim.span.start <= reference.claim.span.start {
                (s.claim, reference.claim)
            } else {
                (reference.claim, s.claim)
            };
            let evidence = format!("{}\n{}", first.evidence(), second.evidence());
            out.push(
                finding(&PRO005, Severity::Warning, s.claim)
                    .message(
                        format!(
                            "{} is {}{unit} here but {}{runit} in section {where_ref}",
                            kind.id(),
                            s.value,
                            reference.value,
                        ),
                        format!(
                            "“{}”此处为{}{unit}，而“{}”部分为{}{runit}",
                            kind.label(),
                            s.value,
                            where_zh,
                            reference.value,
                        ),
                    )
                    .evidence(evidence)
                    .expected(quantity(reference.value))
                    .actual(quantity(s.value)),
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
            .is_some_and(|s| WORDS.iter().any(|w| s.text().contains(w)))
}

/// Whether the report speaks of reconsideration or litigation somewhere, even without a heading
/// for them: a claim about them (`行政复议0件`, `没有发生…行政诉讼`) or their words in the text
/// (a statistics table's `行政复议数 件 0`).
fn speaks_of_redress(report: &AnnualReport) -> bool {
    const WORDS: &[&str] = &["行政复议", "行政诉讼", "行政復議", "行政訴訟"];
    report.claims.iter().any(|c| match &c.kind {
        ClaimKind::Nil { what } => what.contains("复议") || what.contains("诉讼"),
        ClaimKind::Total { measure, .. } => matches!(
            measure.kind,
            Some(MeasureKind::Reconsiderations | MeasureKind::Lawsuits)
        ),
        _ => false,
    }) || report
        .source
        .as_ref()
        .is_some_and(|s| WORDS.iter().any(|w| s.text().contains(w)))
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
            || (kind == SectionKind::Redress && speaks_of_redress(report))
        {
            continue;
        }
        out.push(
            Finding::of(&PRO006, Location::section(kind, None))
                .message(
                    format!("no section on {en} (2008 art. 32({item}))"),
                    format!("缺少“{zh}”部分（2008年《条例》第三十二条第（{item}）项）"),
                )
                .expected(kind.heading(ReportFormat::Legacy))
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
            finding(&PRO007, Severity::Warning, c)
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

#[cfg(test)]
#[path = "prose_places_tests.rs"]
mod tests;
