//! Reading the figures of a pre-2019 report ([`LegacyReport`]) from its claims and sections.

use crate::report::{
    ChannelCount, Claim, ClaimKind, LegacyChannel, LegacyOutcome, LegacyReply, LegacyReport,
    MeasureKind, Part, SectionKind, Visits,
};

/// Counts by channel from a breakdown; parts that name no single channel are left out.
fn by_channel(parts: &[Part]) -> Vec<ChannelCount> {
    parts
        .iter()
        .filter_map(|p| {
            Some(ChannelCount {
                channel: LegacyChannel::from_label(&p.label)?,
                count: p.figure.count()?,
            })
        })
        .collect()
}

/// Whether a claim is in `kind`'s section (or, for reports without headings, anywhere).
fn in_section(c: &Claim, kind: SectionKind, sectioned: bool) -> bool {
    !sectioned || c.section == Some(kind)
}

/// Fills a [`LegacyReport`] from `claims`; `sectioned` says whether the report has headings
/// (then figures are taken from their own sections only).
pub(crate) fn read_legacy(claims: &[Claim], sectioned: bool) -> LegacyReport {
    let mut l = LegacyReport::default();
    for c in claims {
        match &c.kind {
            ClaimKind::Total {
                measure,
                total,
                parts,
            } => match measure.kind {
                Some(MeasureKind::ProactiveCumulative) if l.proactive_cumulative.is_none() => {
                    l.proactive_cumulative = total.count();
                }
                Some(MeasureKind::ProactiveNew) if l.proactive_new.is_none() => {
                    l.proactive_new = total.count();
                }
                Some(MeasureKind::ApplicationsReceived)
                    if l.applications_total.is_none()
                        && in_section(c, SectionKind::Applications, sectioned) =>
                {
                    l.applications_total = total.count();
                    l.applications_by_channel = by_channel(parts);
                }
                Some(MeasureKind::ApplicationsProcessed)
                    if l.replies_total.is_none()
                        && in_section(c, SectionKind::Applications, sectioned) =>
                {
                    l.replies_total = total.count();
                }
                Some(MeasureKind::Enquiries)
                    if l.enquiries_total.is_none()
                        && in_section(c, SectionKind::Enquiries, sectioned) =>
                {
                    l.enquiries_total = total.count();
                    l.enquiries_by_channel = by_channel(parts);
                }
                _ if c.section == Some(SectionKind::Redress) => {
                    if measure.label.contains("复议") {
                        l.reconsiderations = total.count();
                    } else if measure.label.contains("诉讼") {
                        l.lawsuits = total.count();
                    }
                }
                _ => {}
            },
            ClaimKind::Dated {
                year,
                measure,
                value,
                ..
            } if measure.kind == Some(MeasureKind::Visits) && l.site_visits.is_none() => {
                l.site_visits = value.count().map(|count| Visits {
                    year: Some(*year),
                    count,
                });
            }
            ClaimKind::Rate { label, rate } if label.contains("全文电子化") => {
                l.full_text_rate = Some(rate.clone());
            }
            ClaimKind::Share {
                label, part, share, ..
            } => {
                if let Some(outcome) = LegacyOutcome::from_label(label) {
                    if in_section(c, SectionKind::Applications, sectioned) {
                        l.replies.push(LegacyReply {
                            outcome,
                            local_label: label.clone(),
                            count: part.as_ref().and_then(|p| p.count()),
                            share: Some(share.clone()),
                        });
                    }
                } else if label.contains("兼职") || label.contains("专职") {
                    l.staff.push(Part {
                        label: label.clone(),
                        figure: share.clone(),
                    });
                }
            }
            ClaimKind::Nil { what } if c.section == Some(SectionKind::Redress) => {
                if what.contains("复议") {
                    l.reconsiderations = Some(0);
                }
                if what.contains("诉讼") {
                    l.lawsuits = Some(0);
                }
            }
            _ => {}
        }
    }
    l
}
