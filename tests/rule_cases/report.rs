//! Cases on the rest of a report: FEE (the fee statement), PUB (the publication date), STR
//! (sections and table templates), run by `zfxxgk::rules::check`.

use zfxxgk::finding::Finding;
use zfxxgk::parse::read_fee_section;
use zfxxgk::report::{AgencyLevel, Section, SectionKind, Span};
use zfxxgk::rules::check;
use zfxxgk::{
    ActiveTable, AnnualReport, AppealsTable, Cell, NaiveDate, Outcome, ReportFormat, RequestColumn,
    RequestRow, RequestTable, Template,
};

// ---------------------------------------------------------------------------------------------
// FEE: fee statements (src/rules/fees.rs).

/// A 2021 report whose §3 （六）2 total is `n`, with the fee statement read from
/// `statement`.
fn unpaid(n: u64, statement: &str) -> AnnualReport {
    let mut t = RequestTable::new(Template::Std2021);
    let row = RequestRow::Outcome(Outcome::OtherFeeUnpaid);
    t.set(row, RequestColumn::Total, Cell::Value(n))
        .expect("a cell of the template");
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    r.tables.requests = Some(t);
    r.fees = read_fee_section(statement);
    r
}

pub fn fee001_fires() -> Vec<Finding> {
    check(&unpaid(2, "本年度未发出收费通知，未收取信息处理费。"))
}
pub fn fee001_silent() -> Vec<Finding> {
    check(&unpaid(2, "发出收费通知书2件，金额400元，实际收取0元。"))
}
pub fn fee002_fires() -> Vec<Finding> {
    check(&unpaid(0, "发出收费通知2件。全年共发出收费通知3件。"))
}
pub fn fee002_silent() -> Vec<Finding> {
    check(&unpaid(0, "发出收费通知2件。全年共发出收费通知2件。"))
}

/// [`unpaid`] with a section 六 recorded, as the parser records it.
fn with_section_six(statement: &str) -> Vec<Finding> {
    let mut r = unpaid(0, statement);
    r.sections.push(Section::new(
        SectionKind::OtherMatters,
        "六、其他需要报告的事项",
        Some(6),
        Span::new(40, 1000, 1030),
        Span::new(41, 1031, 1200),
    ));
    check(&r)
}

pub fn fee003_fires() -> Vec<Finding> {
    with_section_six("本机关无其他需要报告的事项。")
}
pub fn fee003_silent() -> Vec<Finding> {
    with_section_six("本年度未收取信息处理费。")
}

// ---------------------------------------------------------------------------------------------
// PUB: publication deadline (src/rules/publication.rs).

fn published(year: i32, level: AgencyLevel, (y, m, d): (i32, u32, u32)) -> Vec<Finding> {
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    r.meta.year = Some(year);
    r.meta.level = Some(level);
    r.meta.published = NaiveDate::from_ymd_opt(y, m, d);
    check(&r)
}

pub fn pub001_fires() -> Vec<Finding> {
    published(2023, AgencyLevel::Department, (2024, 2, 1))
}
pub fn pub001_silent() -> Vec<Finding> {
    published(2023, AgencyLevel::Department, (2024, 1, 31))
}
pub fn pub002_fires() -> Vec<Finding> {
    published(2024, AgencyLevel::Government, (2024, 12, 31))
}
pub fn pub002_silent() -> Vec<Finding> {
    published(2024, AgencyLevel::Government, (2025, 1, 1))
}

// ---------------------------------------------------------------------------------------------
// STR: structure (src/rules/structure.rs).

/// A 2021 report with the sections `kinds`, in this order, and all three 2021 tables.
fn sections(kinds: &[SectionKind]) -> AnnualReport {
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    for (i, k) in kinds.iter().enumerate() {
        let line = u32::try_from(i).expect("few sections") * 10 + 1;
        let sp = Span::new(line, i * 100, i * 100 + 10);
        let heading = k.heading(ReportFormat::Std2021);
        r.sections.push(Section::new(*k, heading, None, sp, sp));
    }
    r.tables.active = Some(ActiveTable::new(Template::Std2021));
    r.tables.requests = Some(RequestTable::new(Template::Std2021));
    r.tables.appeals = Some(AppealsTable::default());
    r
}

fn all_sections() -> AnnualReport {
    sections(SectionKind::expected(ReportFormat::Std2021))
}

pub fn str001_fires() -> Vec<Finding> {
    use SectionKind::*;
    check(&sections(&[Overview, Proactive, Applications, Problems]))
}
pub fn str001_silent() -> Vec<Finding> {
    check(&all_sections())
}
pub fn str002_fires() -> Vec<Finding> {
    use SectionKind::*;
    let order = [
        Overview,
        Applications,
        Proactive,
        Redress,
        Problems,
        OtherMatters,
    ];
    check(&sections(&order))
}
pub fn str002_silent() -> Vec<Finding> {
    check(&all_sections())
}
pub fn str003_fires() -> Vec<Finding> {
    // A 2021 report with a §3 table with the single 2019 （六） row.
    let mut r = all_sections();
    r.tables.requests = Some(RequestTable::new(Template::Std2019));
    check(&r)
}
pub fn str003_silent() -> Vec<Finding> {
    check(&all_sections())
}
pub fn str004_fires() -> Vec<Finding> {
    let mut r = all_sections();
    r.tables.appeals = None;
    check(&r)
}
pub fn str004_silent() -> Vec<Finding> {
    check(&all_sections())
}

pub fn str005_fires() -> Vec<Finding> {
    // A page of links: no heading, table or title of a report.
    zfxxgk::audit_text("首页 | 政务公开 | 政府信息公开年报 | 联系我们\n版权所有 © 某市人民政府")
        .expect("text")
        .findings
}
pub fn str005_silent() -> Vec<Finding> {
    zfxxgk::audit_text(
        "某市人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本机关……\n",
    )
    .expect("text")
    .findings
}
