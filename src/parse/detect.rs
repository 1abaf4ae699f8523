//! Detecting the report format from its labels (DOMAIN.md §7), never from the year alone:
//! 2022 and 2023 reports on the 2019 template exist.

use crate::law::{ReportFormat, Template};
use crate::report::{AnnualReport, Section, SectionKind};
use crate::text::label_key;
use memchr::memmem::Finder;
use std::sync::OnceLock;

/// Labels both templates have: a §3 or §2 table is present.
const MARKERS_STD: &[&str] = &[
    "本年新收政府信息公开申请数量",
    "上年结转政府信息公开申请数量",
    "结转下年度继续办理",
    "第二十条第一项",
    "本列数据的勾稽关系为",
];

/// The markers of all the sets (each template's by [`Template::index`], then
/// [`MARKERS_STD`] at [`Template::COUNT`]) grouped by their first two characters (six bytes):
/// one `memmem` pass per group over the whole key finds all its markers, where one pass per
/// marker read the key about twice as often (eight markers start with `本年`).
struct MarkerGroup {
    /// Finds the group's first two characters.
    prefix: Finder<'static>,
    /// The markers: set index and marker.
    members: Vec<(usize, &'static str)>,
}

/// The groups, built once.
fn marker_groups() -> &'static [MarkerGroup] {
    static GROUPS: OnceLock<Vec<MarkerGroup>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let sets = Template::ALL
            .iter()
            .map(|t| t.vocabulary().markers)
            .chain([MARKERS_STD]);
        let mut groups: Vec<MarkerGroup> = Vec::new();
        for (set, markers) in sets.enumerate() {
            for m in markers.iter().copied() {
                let prefix = m.as_bytes().get(..6).unwrap_or(m.as_bytes());
                match groups.iter_mut().find(|g| g.prefix.needle() == prefix) {
                    Some(g) => g.members.push((set, m)),
                    None => groups.push(MarkerGroup {
                        prefix: Finder::new(prefix),
                        members: vec![(set, m)],
                    }),
                }
            }
        }
        groups
    })
}

/// What the labels of a text say about its format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FormatEvidence {
    /// Distinct markers of each template found (by [`Template::index`]; a template's markers
    /// are the labels only it has, from its vocabulary).
    pub markers: [usize; Template::COUNT],
    /// Distinct markers shared by both templates.
    pub markers_std: usize,
}

impl FormatEvidence {
    /// Reads the markers from the label key of the whole text.
    pub fn of(text_key: &str) -> FormatEvidence {
        let key = text_key.as_bytes();
        let mut counts = [0usize; Template::COUNT + 1];
        for g in marker_groups() {
            // The group's markers found so far (a group has fewer than 64).
            let mut found = 0u64;
            let all = u64::MAX >> (64 - g.members.len());
            for at in g.prefix.find_iter(key) {
                let here = key.get(at..).unwrap_or_default();
                for (k, (set, m)) in g.members.iter().enumerate() {
                    if found & (1 << k) == 0 && here.starts_with(m.as_bytes()) {
                        found |= 1 << k;
                        counts[*set] += 1;
                    }
                }
                if found == all {
                    break;
                }
            }
        }
        FormatEvidence {
            markers: Template::ALL.map(|t| counts[t.index()]),
            markers_std: counts[Template::COUNT],
        }
    }

    /// The template the markers point to, if any: the one with the most distinct markers
    /// (the later template on a tie).
    pub fn template(&self) -> Option<Template> {
        Template::ALL
            .into_iter()
            .filter(|t| self.markers[t.index()] > 0)
            .max_by_key(|t| (self.markers[t.index()], t.index()))
    }
}

/// Decides the format: table markers first; then the section headings (the pre-2019 pattern has
/// `概述`, `依申请公开`, `咨询处理`, `支出和收费`; the standard one `总体情况`, `收到和处理…申请`);
/// only when the text has neither does the report year decide (before 2019 → legacy, 2019–2020
/// → 2019 format, later → 2021 format).
pub(crate) fn detect(
    evidence: &FormatEvidence,
    sections: &[Section],
    text_key: &str,
    year: Option<i32>,
) -> ReportFormat {
    if let Some(t) = evidence.template() {
        return t.format();
    }
    let legacy_heads = sections
        .iter()
        .filter(|s| {
            matches!(
                s.kind,
                SectionKind::Enquiries | SectionKind::ExpenditureFees
            ) || label_key(&s.heading).ends_with("概述")
                || label_key(&s.heading).contains("依申请公开")
        })
        .count();
    let std_heads = sections
        .iter()
        .filter(|s| {
            let k = label_key(&s.heading);
            k.ends_with("总体情况") || k.contains("收到和处理") || k.contains("其他需要报告的事项")
        })
        .count();
    if legacy_heads > std_heads {
        return ReportFormat::Legacy;
    }
    let std_text = evidence.markers_std > 0 || std_heads > 0;
    match year {
        Some(y) if y < 2019 => {
            if std_text {
                ReportFormat::Std2019
            } else {
                ReportFormat::Legacy
            }
        }
        Some(y) if y <= 2020 => ReportFormat::Std2019,
        Some(_) => ReportFormat::Std2021,
        None => {
            if text_key.contains("国办公开办函202130号") {
                ReportFormat::Std2021
            } else if std_text {
                ReportFormat::Std2019
            } else {
                ReportFormat::Legacy
            }
        }
    }
}

/// Whether anything of an annual report was recognised: a section heading of the formats (or
/// of the pre-2019 pattern), one of the tables, the pre-2019 statistics table, or a title
/// naming a disclosure report of a year (`…2023年政府信息公开工作年度报告`). A text with none of
/// them — an empty file, an error page, a page of links, prose in another language — is not a
/// report, whatever numbers it holds.
pub(crate) fn recognised(report: &AnnualReport) -> bool {
    let t = &report.tables;
    !report.sections.is_empty()
        || t.requests.is_some()
        || t.appeals.is_some()
        || t.active.is_some()
        || report.legacy.as_ref().is_some_and(|l| l.table.is_some())
        || report.meta.title.as_deref().is_some_and(is_report_title)
}

/// A title naming one year's disclosure report: the year, `政府信息公开` or `政务公开`, and
/// `年度报告` or `工作报告` (a column name such as `政府信息公开年报` is not one report).
fn is_report_title(title: &str) -> bool {
    let k = label_key(title);
    let year = k.char_indices().any(|(i, c)| {
        c == '年'
            && i >= 4
            && k.get(i - 4..i)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
    });
    year && (k.contains("政府信息公开") || k.contains("政务公开"))
        && (k.contains("年度报告") || k.contains("工作报告"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marker counts one search per marker gives (what the grouped search replaced).
    fn evidence_by_markers(key: &str) -> FormatEvidence {
        let found = |set: &[&str]| set.iter().filter(|m| key.contains(*m)).count();
        FormatEvidence {
            markers: Template::ALL.map(|t| found(t.vocabulary().markers)),
            markers_std: found(MARKERS_STD),
        }
    }

    proptest::proptest! {
        #[test]
        fn grouped_search_counts_every_marker(
            parts in proptest::collection::vec(
                proptest::sample::select({
                    let mut p: Vec<String> = Template::ALL
                        .iter()
                        .flat_map(|t| t.vocabulary().markers.iter())
                        .chain(MARKERS_STD)
                        .flat_map(|m| {
                            let cs: Vec<char> = m.chars().collect();
                            let half: String = cs[..cs.len() / 2].iter().collect();
                            let rest: String = cs[cs.len() / 2..].iter().collect();
                            [m.to_string(), half, rest]
                        })
                        .collect();
                    p.extend(["本年".to_string(), "本".to_string(), "a".to_string()]);
                    p
                }),
                0..30,
            ),
        ) {
            let key = parts.concat();
            proptest::prop_assert_eq!(FormatEvidence::of(&key), evidence_by_markers(&key));
        }
    }

    #[test]
    fn marker_groups_fit_their_bit_sets() {
        assert!(marker_groups()
            .iter()
            .all(|g| (1..64).contains(&g.members.len())));
    }

    #[test]
    fn markers_decide_over_year() {
        let e = FormatEvidence::of(&label_key(
            "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
        ));
        assert_eq!(detect(&e, &[], "", Some(2022)), ReportFormat::Std2019);
        let e = FormatEvidence::of(&label_key("本年制发件数 本年废止件数 现行有效件数"));
        assert_eq!(detect(&e, &[], "", Some(2020)), ReportFormat::Std2021);
    }

    #[test]
    fn year_decides_only_without_labels() {
        let e = FormatEvidence::default();
        assert_eq!(detect(&e, &[], "", Some(2016)), ReportFormat::Legacy);
        assert_eq!(detect(&e, &[], "", Some(2020)), ReportFormat::Std2019);
        assert_eq!(detect(&e, &[], "", Some(2023)), ReportFormat::Std2021);
        // 2019 itself is a standard-format year even with nothing else to go on.
        assert_eq!(detect(&e, &[], "", Some(2019)), ReportFormat::Std2019);
    }

    fn heading(kind: SectionKind, text: &str) -> Section {
        let span = crate::report::Span::new(1, 0, text.len());
        Section::new(kind, text, Some(1), span, span)
    }

    #[test]
    fn any_one_standard_heading_or_label_makes_an_early_year_standard() {
        let none = FormatEvidence::default();
        for h in [
            "一、总体情况",
            "二、收到和处理政府信息公开申请情况",
            "六、其他需要报告的事项",
        ] {
            let s = [heading(SectionKind::Overview, h)];
            assert_eq!(
                detect(&none, &s, "", Some(2018)),
                ReportFormat::Std2019,
                "{h}"
            );
        }
        // A §3 label shared by both templates, with no heading at all.
        let e = FormatEvidence::of(&label_key("本年新收政府信息公开申请数量"));
        assert_eq!((e.markers_std, e.template()), (1, None));
        assert_eq!(detect(&e, &[], "", Some(2018)), ReportFormat::Std2019);
        assert_eq!(detect(&e, &[], "", None), ReportFormat::Std2019);
        assert_eq!(detect(&none, &[], "", None), ReportFormat::Legacy);
    }

    #[test]
    fn pre_2019_headings_outvote_standard_ones() {
        let none = FormatEvidence::default();
        let legacy = [
            heading(SectionKind::Overview, "一、概述"),
            heading(SectionKind::Applications, "三、依申请公开政府信息情况"),
            heading(SectionKind::Overview, "一、总体情况"),
        ];
        assert_eq!(detect(&none, &legacy, "", Some(2023)), ReportFormat::Legacy);
        // A tie is not a majority: the year decides.
        assert_eq!(
            detect(&none, &legacy[1..], "", Some(2023)),
            ReportFormat::Std2021
        );
        let key = label_key("依据国办公开办函〔2021〕30号");
        assert_eq!(detect(&none, &[], &key, None), ReportFormat::Std2021);
    }
}
