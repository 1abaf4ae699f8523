//! Fee rules (family `FEE`): what a report states about the information processing fee
//! (section 六, 2021 format) or the 2008 cost fees (legacy `支出和收费` section) against its §3
//! table and against itself.
//!
//! The §2 table's `行政事业性收费` row (`本年收费金额（单位：万元）`, art. 20(8)) is the
//! agency's administrative fees, not the 信息处理费: no rule here reads it, and a nil fee
//! statement next to a non-zero §2 amount is not a contradiction.
//!
//! The rules read the report's [`FeeStatement`] (`report.fees`, filled by the parser from
//! section 六 or the legacy 支出和收费 section); [`check_fees`] runs them with a statement of the
//! caller's choosing.

use rust_decimal::Decimal;

use crate::applicant::RequestColumn;
use crate::finding::{Finding, Location, Quantity, Severity, Status};
use crate::law::ReportFormat;
use crate::outcome::{Outcome, RequestRow};
use crate::report::fees::{FeeClaim, FeeClaimKind, FeeStatement};
use crate::report::policy::resolve;
use crate::report::{AnnualReport, CellRef, SectionKind};
use crate::rules::{FEE001, FEE002, FEE003};

pub(crate) fn run_fee001(r: &AnnualReport, out: &mut Vec<Finding>) {
    fee001_unpaid_without_notice(r, r.fees.as_ref(), out);
}

pub(crate) fn run_fee002(r: &AnnualReport, out: &mut Vec<Finding>) {
    fee002_amounts_contradict(r.fees.as_ref(), out);
}

pub(crate) fn run_fee003(r: &AnnualReport, out: &mut Vec<Finding>) {
    fee003_statement_missing(r, r.fees.as_ref(), out);
}

/// Runs the `FEE` rules on `report` with the fee statement read from it (`None` when the
/// reader found none).
///
/// # Example
/// ```
/// use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template, Outcome};
/// use zfxxgk::parse::read_fee_section;
/// use zfxxgk::rules::check_fees;
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = RequestTable::new(Template::Std2021);
/// t.set(RequestRow::Outcome(Outcome::OtherFeeUnpaid), RequestColumn::Total, Cell::Value(2))?;
/// r.tables.requests = Some(t);
/// let fees = read_fee_section("本年度未发出收费通知，未收取信息处理费。");
/// let findings = check_fees(&r, fees.as_ref());
/// assert!(findings.iter().any(|f| f.rule == "FEE001"));
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
pub fn check_fees(report: &AnnualReport, statement: Option<&FeeStatement>) -> Vec<Finding> {
    let mut out = Vec::new();
    fee001_unpaid_without_notice(report, statement, &mut out);
    fee002_amounts_contradict(statement, &mut out);
    fee003_statement_missing(report, statement, &mut out);
    out
}

fn claim_location(claim: &FeeClaim) -> Location {
    Location::text(claim.span)
}

/// FEE001 (S5): （六）2 > 0 implies at least that many fee notices.
fn fee001_unpaid_without_notice(
    report: &AnnualReport,
    statement: Option<&FeeStatement>,
    out: &mut Vec<Finding>,
) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    let row = RequestRow::Outcome(Outcome::OtherFeeUnpaid);
    let Some(unpaid) = resolve(t, row, RequestColumn::Total) else {
        return;
    };
    if unpaid == 0 {
        return;
    }
    let cell = CellRef::Requests {
        row,
        column: RequestColumn::Total,
    };
    let mut loc = Location::cell(cell);
    loc.span = report.span_of(&cell);
    match statement.and_then(FeeStatement::notices_issued) {
        None => out.push(
            Finding::of(&FEE001, loc).lowered(Severity::Info)
                .status(Status::NotAssessable)
                .message(
                    format!("§3 row other_fee_unpaid is {unpaid}, but the report does not say how many fee notices were issued"),
                    format!("§3表（六）2为{unpaid}，但报告未说明发出收费通知的件数，无法核对"),
                ),
        ),
        Some((notices, claim)) if notices < unpaid => out.push(
            Finding::of(&FEE001, loc)
                .message(
                    format!("§3 row other_fee_unpaid counts {unpaid} applications abandoned for not paying a fee, but the report says {notices} fee notices were issued"),
                    format!("§3表（六）2有{unpaid}件因未按收费通知缴费而终止，但报告称发出收费通知{notices}件"),
                )
                .expected(unpaid)
                .actual(notices)
                .evidence(claim.text.clone()),
        ),
        Some(_) => {}
    }
}

/// The figures a statement gives for one quantity, with the claims they come from.
type Figures<'a> = Vec<(Decimal, &'a FeeClaim)>;

/// FEE002: two different figures for the same quantity.
fn fee002_amounts_contradict(statement: Option<&FeeStatement>, out: &mut Vec<Finding>) {
    let Some(s) = statement else { return };
    let notices = s.claims.iter().filter_map(|c| match c.kind {
        FeeClaimKind::NoticesIssued { count } => Some((Decimal::from(count), c)),
        FeeClaimKind::NoNotices => Some((Decimal::ZERO, c)),
        _ => None,
    });
    let checks: [(&str, &str, Figures<'_>); 3] = [
        ("fee notices issued", "发出收费通知件数", notices.collect()),
        (
            "amount of the fee notices",
            "收费通知金额",
            s.amounts_noticed().collect(),
        ),
        (
            "amount collected",
            "实际收取金额",
            s.amounts_collected().collect(),
        ),
    ];
    for (what, what_zh, values) in checks {
        let Some((first, first_claim)) = values.first() else {
            continue;
        };
        if let Some((other, claim)) = values.iter().find(|(v, _)| v != first) {
            out.push(
                Finding::of(&FEE002, claim_location(claim))
                    .message(
                        format!("the report states the {what} as {first} and as {other}"),
                        format!("{what_zh}前后不一：既为{first}，又为{other}"),
                    )
                    .expected(Quantity::from(*first))
                    .actual(Quantity::from(*other))
                    .evidence(format!("{}；{}", first_claim.text, claim.text)),
            );
        }
    }
    // No notice issued, yet the notices were for a positive amount.
    if let (Some((0, nil)), Some((amount, claim))) = (
        s.notices_issued(),
        s.amounts_noticed().find(|(a, _)| !a.is_zero()),
    ) {
        out.push(
            Finding::of(&FEE002, claim_location(claim))
                .message(
                    format!("the report says no fee notice was issued, yet gives the notices' amount as {amount}元"),
                    format!("报告称未发出收费通知，却列出通知金额{amount}元"),
                )
                .expected(Quantity::from(Decimal::ZERO))
                .actual(Quantity::from(amount))
                .evidence(format!("{}；{}", nil.text, claim.text)),
        );
    }
}

/// FEE003: a fee section (2021 六, legacy 支出和收费) with no recognisable fee statement.
fn fee003_statement_missing(
    report: &AnnualReport,
    statement: Option<&FeeStatement>,
    out: &mut Vec<Finding>,
) {
    if statement.is_some_and(|s| !s.is_empty()) {
        return;
    }
    let kind = match report.meta.format {
        ReportFormat::Std2021 => SectionKind::OtherMatters,
        ReportFormat::Legacy => SectionKind::ExpenditureFees,
        _ => return,
    };
    let Some(section) = report.section(kind) else {
        return;
    };
    out.push(
        Finding::of(&FEE003, Location::section(kind, Some(section.heading_span)))
            .message(
                format!(
                    "section `{}` states nothing recognisable about fee notices or fees collected",
                    section.heading
                ),
                format!(
                    "“{}”部分未见可识别的收费通知或收费金额表述",
                    section.heading
                ),
            )
            .evidence(section.heading.clone()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::Template;
    use crate::parse::fees::read_fee_statement;
    use crate::report::{ActiveColumn, ActiveRow, ActiveTable, Cell, RequestTable, Section, Span};

    fn report_with_unpaid(n: u64) -> AnnualReport {
        let mut t = RequestTable::new(Template::Std2021);
        t.set(
            RequestRow::Outcome(Outcome::OtherFeeUnpaid),
            RequestColumn::Total,
            Cell::Value(n),
        )
        .unwrap();
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        r.tables.requests = Some(t);
        r
    }

    fn codes(f: &[Finding], code: &str) -> Vec<Finding> {
        f.iter().filter(|x| x.rule == code).cloned().collect()
    }

    #[test]
    fn fee001_fires_when_fees_unpaid_but_no_notice_issued() {
        let r = report_with_unpaid(2);
        let s = read_fee_statement("本年度未发出收费通知，未收取信息处理费。", 500, 30);
        let f = codes(&check_fees(&r, s.as_ref()), "FEE001");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].location.row_id(), Some("other_fee_unpaid"));
        assert_eq!(f[0].expected, Some(Quantity::Int(2)));
        assert_eq!(f[0].actual, Some(Quantity::Int(0)));
        assert_eq!(
            f[0].evidence.as_deref(),
            Some("本年度未发出收费通知，未收取信息处理费")
        );
    }

    #[test]
    fn fee001_fires_when_fewer_notices_than_unpaid() {
        let r = report_with_unpaid(3);
        let s = read_fee_statement("发出收费通知书1件，金额200元，实际收取0元。", 0, 1);
        let f = codes(&check_fees(&r, s.as_ref()), "FEE001");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].actual, Some(Quantity::Int(1)));
    }

    #[test]
    fn fee001_silent_when_notices_cover_the_unpaid_row() {
        let r = report_with_unpaid(2);
        let s = read_fee_statement("发出收费通知书2件，金额400元，实际收取0元。", 0, 1);
        assert!(codes(&check_fees(&r, s.as_ref()), "FEE001").is_empty());
        let r = report_with_unpaid(0);
        let s = read_fee_statement("未发出收费通知。", 0, 1);
        assert!(codes(&check_fees(&r, s.as_ref()), "FEE001").is_empty());
    }

    #[test]
    fn fee001_not_assessable_without_a_notice_statement() {
        let r = report_with_unpaid(1);
        let s = read_fee_statement("全年收取政府信息公开信息处理费 0 元。", 0, 1);
        let f = codes(&check_fees(&r, s.as_ref()), "FEE001");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].status, Status::NotAssessable);
    }

    #[test]
    fn fee002_fires_on_nil_and_positive_collected() {
        let s = read_fee_statement("全年未收取信息处理费。实际收取信息处理费300元。", 0, 1);
        let f = codes(&check_fees(&report_with_unpaid(0), s.as_ref()), "FEE002");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].expected, Some(Quantity::Decimal(Decimal::ZERO)));
        assert_eq!(f[0].actual, Some(Quantity::Decimal(Decimal::from(300))));
        assert_eq!(f[0].location.span.map(|s| s.line), Some(1));
    }

    #[test]
    fn fee002_fires_on_no_notice_with_an_amount() {
        let s = read_fee_statement("未发出收费通知，金额500元。", 0, 1);
        let f = codes(&check_fees(&report_with_unpaid(0), s.as_ref()), "FEE002");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].actual, Some(Quantity::Decimal(Decimal::from(500))));
    }

    #[test]
    fn fee002_silent_on_consistent_figures() {
        let s = read_fee_statement(
            "发出收费通知书2件，金额3000元，实际收取2000元。全年共发出收费通知2件。",
            0,
            1,
        );
        assert!(codes(&check_fees(&report_with_unpaid(0), s.as_ref()), "FEE002").is_empty());
    }

    #[test]
    fn fee002_fires_on_two_different_notice_counts() {
        for text in [
            "发出收费通知2件。全年未发出收费通知。",
            "发出收费通知2件。全年共发出收费通知3件。",
        ] {
            let s = read_fee_statement(text, 0, 1);
            let f = codes(&check_fees(&report_with_unpaid(0), s.as_ref()), "FEE002");
            assert_eq!(f.len(), 1, "{text}");
            assert_eq!(f[0].expected, Some(Quantity::Decimal(Decimal::from(2))));
        }
    }

    #[test]
    fn the_registry_runs_the_fee_rules_on_the_report_statement() {
        let mut r = with_section(
            report_with_unpaid(2),
            SectionKind::OtherMatters,
            "六、其他需要报告的事项",
        );
        r.fees = read_fee_statement(
            "未发出收费通知。实际收取信息处理费300元。全年未收取信息处理费。",
            0,
            1,
        );
        let all = crate::rules::check(&r);
        for code in ["FEE001", "FEE002"] {
            assert_eq!(codes(&all, code).len(), 1, "{code}");
        }
        r.fees = None;
        let all = crate::rules::check(&r);
        assert_eq!(codes(&all, "FEE003").len(), 1);
        assert!(codes(&all, "FEE002").is_empty());
    }

    #[test]
    fn fee003_fires_on_a_legacy_expenditure_section_without_fees() {
        let r = with_section(
            AnnualReport::new(ReportFormat::Legacy),
            SectionKind::ExpenditureFees,
            "五、政府信息公开的收费及减免情况",
        );
        let f = codes(&check_fees(&r, None), "FEE003");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location.section, Some(SectionKind::ExpenditureFees));
    }

    fn with_section(mut r: AnnualReport, kind: SectionKind, heading: &str) -> AnnualReport {
        r.sections.push(Section::new(
            kind,
            heading,
            Some(6),
            Span::new(40, 1000, 1030),
            Span::new(41, 1031, 1200),
        ));
        r
    }

    #[test]
    fn fee003_fires_on_a_section_without_a_fee_statement() {
        let r = with_section(
            report_with_unpaid(0),
            SectionKind::OtherMatters,
            "六、其他需要报告的事项",
        );
        let s = read_fee_statement("本机关无其他需要报告的事项。", 1031, 41);
        assert!(s.is_none());
        let f = codes(&check_fees(&r, s.as_ref()), "FEE003");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location.section, Some(SectionKind::OtherMatters));
    }

    #[test]
    fn fee003_silent_when_the_section_states_fees() {
        let r = with_section(
            report_with_unpaid(0),
            SectionKind::OtherMatters,
            "六、其他需要报告的事项",
        );
        let s = read_fee_statement("本年度未收取信息处理费。", 1031, 41);
        assert!(codes(&check_fees(&r, s.as_ref()), "FEE003").is_empty());
        // A 2019-format report is not asked for a fee statement.
        let mut r19 = with_section(
            AnnualReport::new(ReportFormat::Std2019),
            SectionKind::OtherMatters,
            "六、其他需要报告的事项",
        );
        r19.tables.requests = None;
        assert!(codes(&check_fees(&r19, None), "FEE003").is_empty());
    }

    #[test]
    fn section2_administrative_fees_are_never_mixed_in() {
        // §2 `行政事业性收费` 12.5万元 next to a nil information-processing-fee statement.
        let mut r = report_with_unpaid(0);
        let mut a = ActiveTable::new(Template::Std2021);
        a.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "12.5")
            .unwrap();
        r.tables.active = Some(a);
        let s = read_fee_statement(
            "本年度行政事业性收费12.5万元。本年度未发出收费通知，未收取信息处理费。",
            0,
            1,
        )
        .unwrap();
        // The §2 sentence is not read as a fee claim.
        assert!(s.claims.iter().all(|c| !c.text.contains("行政事业性收费")));
        assert!(check_fees(&r, Some(&s)).is_empty());
    }
}
