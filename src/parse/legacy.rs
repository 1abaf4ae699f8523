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
    // The year's new items may be read as a part (`累计4300条，…，其中本年度新增245条`).
    let proactive_new = claims
        .iter()
        .flat_map(|c| match &c.kind {
            ClaimKind::Total {
                measure,
                total,
                parts,
                ..
            } => {
                let own = (measure.kind == Some(MeasureKind::ProactiveNew)).then_some(total);
                let of_parts = parts
                    .iter()
                    .filter(|p| p.kind == Some(MeasureKind::ProactiveNew))
                    .map(|p| &p.figure);
                own.into_iter().chain(of_parts).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        })
        .next()
        .and_then(|f| f.count());
    let mut l = LegacyReport {
        proactive_new,
        ..LegacyReport::default()
    };
    for c in claims {
        match &c.kind {
            ClaimKind::Total {
                measure,
                total,
                parts,
                ..
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
            ClaimKind::Rate { label, rate, .. } if label.contains("全文电子化") => {
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
                    l.staff.push(Part::new(label.clone(), share.clone()));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Approx, Figure, Measure, Span, Unit};

    fn fig(v: i64) -> Figure {
        Figure::new(v.into(), Unit::Jian, Approx::Exact, Span::new(1, 0, 1))
    }

    fn total(kind: Option<MeasureKind>, label: &str, v: i64, sec: SectionKind) -> Claim {
        let kind = ClaimKind::Total {
            measure: Measure::new(label, kind),
            total: fig(v),
            parts: Vec::new(),
            reading: Default::default(),
        };
        Claim::new(kind, Some(sec), "…", Span::new(1, 0, 1))
    }

    #[test]
    fn the_first_figure_of_each_measure_in_its_own_section_wins() {
        use MeasureKind::*;
        use SectionKind::{Applications as A, Enquiries as E, Proactive as P};
        let mut claims = Vec::new();
        for v in [5, 9] {
            claims.push(total(Some(ProactiveCumulative), "累计主动公开", v, P));
            claims.push(total(Some(ProactiveNew), "主动公开", v + 1, P));
            claims.push(total(Some(ApplicationsReceived), "受理申请", v + 2, A));
            claims.push(total(Some(ApplicationsProcessed), "答复", v + 3, A));
            claims.push(total(Some(Enquiries), "咨询", v + 4, E));
        }
        let l = read_legacy(&claims, true);
        assert_eq!(
            (
                l.proactive_cumulative,
                l.proactive_new,
                l.applications_total,
                l.replies_total,
                l.enquiries_total
            ),
            (Some(5), Some(6), Some(7), Some(8), Some(9))
        );
        // In a sectioned report an applications figure outside section 三 is not taken;
        // without headings it is.
        let stray = [total(Some(ApplicationsReceived), "受理申请", 3, P)];
        assert_eq!(read_legacy(&stray, true).applications_total, None);
        assert_eq!(read_legacy(&stray, false).applications_total, Some(3));
    }

    #[test]
    fn redress_figures_come_from_the_redress_section_only() {
        let c = [total(None, "行政复议", 2, SectionKind::Redress)];
        assert_eq!(read_legacy(&c, true).reconsiderations, Some(2));
        let c = [total(None, "行政复议", 2, SectionKind::Overview)];
        assert_eq!(read_legacy(&c, true).reconsiderations, None);
        let nil = ClaimKind::Nil {
            what: "行政诉讼".into(),
        };
        let c = [Claim::new(
            nil,
            Some(SectionKind::Overview),
            "…",
            Span::new(1, 0, 1),
        )];
        assert_eq!(read_legacy(&c, true).lawsuits, None);
    }

    #[test]
    fn visits_keep_the_first_and_only_the_full_text_rate_is_taken() {
        let dated = |y: i32, v: i64| {
            let kind = ClaimKind::Dated {
                year: y,
                measure: Measure::new("访问量", Some(MeasureKind::Visits)),
                value: fig(v),
                comparison: false,
            };
            Claim::new(kind, None, "…", Span::new(1, 0, 1))
        };
        let rate = |label: &str| {
            let kind = ClaimKind::Rate {
                label: label.into(),
                rate: fig(90),
                numerator: None,
                denominator: None,
                implied: false,
            };
            Claim::new(kind, None, "…", Span::new(1, 0, 1))
        };
        let l = read_legacy(&[dated(2016, 7), dated(2015, 8), rate("办结率")], false);
        assert_eq!(
            l.site_visits.map(|v| (v.year, v.count)),
            Some((Some(2016), 7))
        );
        assert_eq!(l.full_text_rate, None);
        let l = read_legacy(&[rate("全文电子化率")], false);
        assert!(l.full_text_rate.is_some());
    }
}
