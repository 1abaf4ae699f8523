//! The report's own structure (DOMAIN.md §2.2, §7): the six sections of the standard formats
//! in their order, the tables those sections hold, and the template each table follows.
//!
//! Reports for 2019 onward must follow the uniform format (2019 art. 50 para 2; 国办公开办函
//! 〔2019〕60号, 〔2021〕30号). These rules apply to the two standard formats only; the pre-2019
//! reports had no national format.

use crate::finding::Rule;
use crate::finding::{Finding, Location, Quantity, Severity, Status, TableId};
use crate::law::{ReportFormat, Template};
use crate::report::{AnnualReport, SectionKind};
use crate::rules::{STR001, STR002, STR003, STR004, STR005};

/// The standard format of the report, or `None` for a pre-2019 report.
fn standard(report: &AnnualReport) -> Option<ReportFormat> {
    report.meta.format.template().map(|_| report.meta.format)
}

/// Reports, once, that the report records no sections at all (built without them), so the
/// structure rules cannot be assessed. Returns whether that was the case.
fn no_sections(report: &AnnualReport, code: &'static Rule, out: &mut Vec<Finding>) -> bool {
    if !report.sections.is_empty() {
        return false;
    }
    out.push(
        Finding::of(code, Location::report())
            .lowered(Severity::Info)
            .status(Status::NotAssessable)
            .message(
                "the report records no section headings; its structure is not assessable",
                "报告未记录任何部分标题，无法核对报告结构",
            ),
    );
    true
}

pub(crate) fn missing_sections(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(format) = standard(report) else {
        return;
    };
    if no_sections(report, &STR001, out) {
        return;
    }
    for kind in SectionKind::expected(format) {
        if report.section(*kind).is_some() {
            continue;
        }
        let label = kind.heading(format);
        out.push(
            Finding::of(&STR001, Location::section(*kind, None))
                .message(
                    format!("section {} ({label}) is missing", kind.id()),
                    format!("缺少“{label}”部分"),
                )
                .expected(Quantity::Text(label.to_string())),
        );
    }
}

pub(crate) fn section_order(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(format) = standard(report) else {
        return;
    };
    if no_sections(report, &STR002, out) {
        return;
    }
    let expected = SectionKind::expected(format);
    let pos = |k: SectionKind| expected.iter().position(|e| *e == k);
    let mut latest: Option<(usize, &crate::report::Section)> = None;
    for s in &report.sections {
        let Some(p) = pos(s.kind) else { continue };
        match latest {
            Some((lp, prev)) if p < lp => {
                out.push(
                    Finding::of(&STR002, Location::section(s.kind, Some(s.heading_span))).message(
                        format!(
                            "heading `{}` comes after `{}`, but the format puts {} before {}",
                            s.heading,
                            prev.heading,
                            s.kind.id(),
                            prev.kind.id()
                        ),
                        format!(
                            "“{}”位于“{}”之后，而格式规定“{}”在“{}”之前",
                            s.heading,
                            prev.heading,
                            s.kind.heading(format),
                            prev.kind.heading(format)
                        ),
                    ),
                );
            }
            _ => latest = Some((p, s)),
        }
    }
}

/// The table's Chinese name.
fn table_zh(t: TableId) -> &'static str {
    match t {
        TableId::Active => "第二部分（主动公开）统计表",
        TableId::Requests => "第三部分（收到和处理申请）统计表",
        TableId::Appeals => "第四部分（行政复议、行政诉讼）统计表",
        TableId::Statistics => "政府信息公开情况统计表",
    }
}

/// The template's Chinese name.
fn template_zh(t: Template) -> &'static str {
    match t {
        Template::Std2019 => "2019年格式（国办公开办函〔2019〕60号）",
        Template::Std2021 => "2021年格式（国办公开办函〔2021〕30号）",
    }
}

pub(crate) fn mixed_templates(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(format) = standard(report) else {
        return;
    };
    let Some(want) = format.template() else {
        return;
    };
    let tables = [
        (
            TableId::Active,
            report.tables.active.as_ref().map(|t| t.template()),
        ),
        (
            TableId::Requests,
            report.tables.requests.as_ref().map(|t| t.template()),
        ),
    ];
    for (i, (table, tpl)) in tables.iter().enumerate() {
        let Some(tpl) = *tpl else { continue };
        if tpl == want {
            continue;
        }
        let other = tables
            .get(1 - i)
            .and_then(|(o, t)| t.map(|t| (*o, t)))
            .filter(|(_, t)| *t != tpl);
        let (also_en, also_zh) = match other {
            Some((o, t)) => (
                format!(", while the {} table follows {t}", o.id()),
                format!("，而{}使用{}", table_zh(o), template_zh(t)),
            ),
            None => (String::new(), String::new()),
        };
        out.push(
            Finding::of(&STR003, Location::table(*table))
                .message(
                    format!(
                        "the {} table follows the {tpl} template but the report is {format}{also_en}",
                        table.id()
                    ),
                    format!(
                        "{}使用{}，与报告格式{}不一致{also_zh}",
                        table_zh(*table),
                        template_zh(tpl),
                        template_zh(want)
                    ),
                )
                .expected(Quantity::Text(want.id().to_string()))
                .actual(Quantity::Text(tpl.id().to_string())),
        );
    }
}

/// STR005: the text was not recognised as an annual report at all (no section heading, table
/// or report title: `ReportFormat::Unknown`). In a batch of crawled pages this is the one
/// finding that tells an error page or a page of links from a report that passed.
pub(crate) fn not_a_report(report: &AnnualReport, out: &mut Vec<Finding>) {
    if report.meta.format != ReportFormat::Unknown {
        return;
    }
    out.push(Finding::of(&STR005, Location::report()).message(
        "not an annual report: no section heading, statistical table or report title of a 政府信息公开工作年度报告 was found",
        "未识别为政府信息公开工作年度报告：未找到年度报告的部分标题、统计表或报告标题",
    ));
}

pub(crate) fn section_without_table(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(format) = standard(report) else {
        return;
    };
    let pairs = [
        (
            SectionKind::Proactive,
            TableId::Active,
            report.tables.active.is_some(),
        ),
        (
            SectionKind::Applications,
            TableId::Requests,
            report.tables.requests.is_some(),
        ),
        (
            SectionKind::Redress,
            TableId::Appeals,
            report.tables.appeals.is_some(),
        ),
    ];
    for (kind, table, present) in pairs {
        let Some(s) = report.section(kind) else {
            continue;
        };
        if present {
            continue;
        }
        out.push(
            Finding::of(&STR004, Location::section(kind, Some(s.heading_span)))
            .message(
                format!(
                    "section {} is present but its {} table was not found; its identities are not checked",
                    kind.id(),
                    table.id()
                ),
                format!(
                    "存在“{}”部分，但未找到{}，未核对相关勾稽关系",
                    kind.heading(format),
                    table_zh(table)
                ),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{ActiveTable, AppealsTable, RequestTable, Section, Span};

    fn run(report: &AnnualReport, f: fn(&AnnualReport, &mut Vec<Finding>)) -> Vec<Finding> {
        let mut v = Vec::new();
        f(report, &mut v);
        v
    }

    /// A 2021 report with the given sections, in this order, and all three 2021 tables.
    fn report(kinds: &[SectionKind]) -> AnnualReport {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        for (i, k) in kinds.iter().enumerate() {
            let line = u32::try_from(i).unwrap() * 10 + 1;
            let sp = Span::new(line, i * 100, i * 100 + 10);
            r.sections.push(Section::new(
                *k,
                k.heading(ReportFormat::Std2021),
                None,
                sp,
                sp,
            ));
        }
        r.tables.active = Some(ActiveTable::new(Template::Std2021));
        r.tables.requests = Some(RequestTable::new(Template::Std2021));
        r.tables.appeals = Some(AppealsTable::default());
        r
    }

    fn all() -> AnnualReport {
        report(SectionKind::expected(ReportFormat::Std2021))
    }

    #[test]
    fn str001_fires_per_missing_section() {
        use SectionKind::*;
        let f = run(
            &report(&[Overview, Proactive, Applications, Problems]),
            missing_sections,
        );
        let kinds: Vec<_> = f.iter().map(|x| x.location.section).collect();
        assert_eq!(kinds, vec![Some(Redress), Some(OtherMatters)]);
        assert_eq!(
            f[0].message_zh,
            "缺少“四、政府信息公开行政复议、行政诉讼情况”部分"
        );
    }

    #[test]
    fn str001_silent_on_a_complete_report_and_legacy_reports() {
        assert!(run(&all(), missing_sections).is_empty());
        let mut legacy = all();
        legacy.meta.format = ReportFormat::Legacy;
        legacy.sections.clear();
        assert!(run(&legacy, missing_sections).is_empty());
    }

    #[test]
    fn str001_reports_no_sections_as_not_assessable() {
        let f = run(&report(&[]), missing_sections);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].status, Status::NotAssessable);
    }

    #[test]
    fn str002_fires_on_a_heading_out_of_order() {
        use SectionKind::*;
        let r = report(&[
            Overview,
            Applications,
            Proactive,
            Redress,
            Problems,
            OtherMatters,
        ]);
        let f = run(&r, section_order);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location.section, Some(Proactive));
        assert_eq!(f[0].location.span.map(|s| s.line), Some(21));
    }

    #[test]
    fn str002_silent_on_the_format_order_even_with_gaps() {
        use SectionKind::*;
        assert!(run(&all(), section_order).is_empty());
        assert!(run(&report(&[Overview, Redress, OtherMatters]), section_order).is_empty());
        // A heading repeated in place (a page header, a continued section) is not out of order.
        let r = report(&[Overview, Proactive, Proactive, Applications]);
        assert!(run(&r, section_order).is_empty());
    }

    #[test]
    fn str003_fires_on_mixed_templates() {
        // A 2023 report with a 2021 §2 table and a §3 table with the single 2019 （六） row.
        let mut r = all();
        r.meta.year = Some(2023);
        r.tables.requests = Some(RequestTable::new(Template::Std2019));
        let f = run(&r, mixed_templates);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location, Location::table(TableId::Requests));
        assert!(f[0]
            .message
            .contains("while the active table follows std2021"));
        assert_eq!(
            f[0].message_zh,
            "第三部分（收到和处理申请）统计表使用2019年格式（国办公开办函〔2019〕60号），\
             与报告格式2021年格式（国办公开办函〔2021〕30号）不一致，\
             而第二部分（主动公开）统计表使用2021年格式（国办公开办函〔2021〕30号）"
        );
        // Both tables on the 2019 template in a report declared 2021: each is flagged.
        r.tables.active = Some(ActiveTable::new(Template::Std2019));
        assert_eq!(run(&r, mixed_templates).len(), 2);
    }

    #[test]
    fn str003_silent_when_tables_match_the_format() {
        assert!(run(&all(), mixed_templates).is_empty());
    }

    #[test]
    fn str004_fires_on_a_section_without_its_table() {
        let mut r = all();
        r.tables.appeals = None;
        let f = run(&r, section_without_table);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location.section, Some(SectionKind::Redress));
        assert_eq!(f[0].severity, Severity::Info);
    }

    #[test]
    fn str004_silent_when_every_table_is_there() {
        assert!(run(&all(), section_without_table).is_empty());
    }
}
