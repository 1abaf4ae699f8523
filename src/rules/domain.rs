//! Cell domains (identity H5, DOMAIN.md §2.7): every count is a non-negative integer, only the
//! 2019 `本年增/减` is signed, money is a decimal, and the 2021 `行政事业性收费` amount is in 万元
//! (`本年收费金额（单位：万元）`, DOMAIN.md §2.3).
//!
//! The model keeps text that is not a value of its column as [`Cell::Invalid`]; these rules
//! say what is wrong with it. The identity rules treat such a cell as not assessable.

use rust_decimal::Decimal;

use crate::applicant::RequestColumn;
use crate::finding::Rule;
use crate::finding::{ColumnId, Finding, Location, Quantity, RowId, TableId};
use crate::report::{
    ActiveCell, ActiveColumn, AnnualReport, AppealColumn, Cell, CellRef, CellValue, ExtraRow,
    MoneyUnit,
};
use crate::rules::policy::{cell_location, row_zh};
use crate::rules::{DOM001, DOM002, DOM003, DOM004, DOM005, DOM006};

/// What is wrong with the text of an unreadable count cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bad {
    /// `-3`, `减3`.
    Negative,
    /// `2.5`, `3.0`.
    NotWhole,
    /// `x`, `三`, or digits too large for a count.
    Unreadable,
}

fn classify(text: &str) -> Bad {
    let t = text.trim();
    let t = t.strip_prefix('减').map(|r| format!("-{r}"));
    let t = t.as_deref().unwrap_or(text.trim());
    match <Decimal as CellValue>::from_text(t) {
        Some(d) if d < Decimal::ZERO => Bad::Negative,
        Some(_) if t.contains('.') => Bad::NotWhole,
        _ => Bad::Unreadable,
    }
}

/// A cell's name in English (`requests/received/natural_person`) and Chinese
/// (`§3表“一、本年新收”行“自然人”列`).
fn names(report: &AnnualReport, cell: CellRef) -> (String, String) {
    let loc = Location::cell(cell);
    let en = loc.to_string();
    let zh = match cell {
        CellRef::Active { row, column } => {
            let tpl = report
                .tables
                .active
                .as_ref()
                .map(|t| t.template())
                .unwrap_or(crate::law::Template::Std2021);
            format!("§2表“{}”行“{}”列", row.label_in(tpl), column.label_in(tpl))
        }
        CellRef::Requests { row, column } => {
            format!("§3表“{}”行“{}”列", row_zh(row), column.label())
        }
        CellRef::Appeals { group, column } => {
            format!("§4表“{}”栏“{}”列", group.label(), column.label())
        }
    };
    (en, zh)
}

/// Every unreadable count cell: (location, English name, Chinese name, text). Names are
/// rendered only for the unreadable cells.
fn invalid_counts(report: &AnnualReport) -> Vec<(Location, String, String, String)> {
    let mut v = Vec::new();
    // Called only for an invalid cell: the test stays at the call sites, where it is a
    // plain match, so that the valid cells (nearly all) cost no call and no `CellRef`.
    let mut push = |cr: CellRef, s: &String| {
        let (en, zh) = names(report, cr);
        v.push((cell_location(report, cr), en, zh, s.clone()));
    };
    if let Some(t) = &report.tables.active {
        for (row, column, c) in t.cells() {
            if let ActiveCell::Count(Cell::Invalid(s)) = c {
                push(CellRef::Active { row, column }, s);
            }
        }
    }
    if let Some(t) = &report.tables.requests {
        for (row, cells) in t.rows() {
            for column in RequestColumn::ALL {
                if let Cell::Invalid(s) = &cells[column.index()] {
                    push(CellRef::Requests { row, column }, s);
                }
            }
        }
    }
    if let Some(t) = &report.tables.appeals {
        for (group, cells) in t.blocks() {
            for &column in AppealColumn::ALL {
                if let Cell::Invalid(s) = &cells[column.index()] {
                    push(CellRef::Appeals { group, column }, s);
                }
            }
        }
    }
    for extra in report.extras.iter() {
        let (table, row, row_zh, cells): (_, RowId, &str, &[Cell<u64>]) = match extra {
            ExtraRow::RequestSubtotal { group, cells } => (
                TableId::Requests,
                RowId::Group(*group),
                group.label(),
                cells,
            ),
            ExtraRow::LitigationTotal { cells } => (
                TableId::Appeals,
                RowId::LitigationTotal,
                "行政诉讼合计",
                cells,
            ),
            _ => continue,
        };
        for (i, c) in cells.iter().enumerate() {
            let Cell::Invalid(text) = c else { continue };
            let col: Option<(ColumnId, &str)> = match table {
                TableId::Requests => RequestColumn::from_index(i).map(|c| (c.into(), c.label())),
                _ => AppealColumn::ALL.get(i).map(|&c| (c.into(), c.label())),
            };
            let mut loc = Location::row(row.clone());
            if let Some((c, _)) = col {
                loc = loc.with_column(c);
            }
            let col_zh = col.map_or("?", |(_, zh)| zh);
            let en = loc.to_string();
            v.push((
                loc,
                en,
                format!("自行增加的“{row_zh}”行“{col_zh}”列"),
                text.clone(),
            ));
        }
    }
    v
}

fn count_rule(report: &AnnualReport, out: &mut Vec<Finding>, code: &'static Rule, kind: Bad) {
    for (loc, en, zh, text) in invalid_counts(report) {
        if classify(&text) != kind {
            continue;
        }
        let (why_en, why_zh) = match kind {
            Bad::Negative => ("is negative; a count cannot be", "为负数，数量不能为负"),
            Bad::NotWhole => (
                "is not a whole number; a count must be",
                "不是整数，数量必须为整数",
            ),
            Bad::Unreadable => (
                "is not a number (or too large for one); a count must be a whole number",
                "无法识别为数字，数量应填写非负整数",
            ),
        };
        out.push(
            Finding::of(code, loc)
                .message(
                    format!("cell {en}: `{text}` {why_en}"),
                    format!("{zh}：“{text}”{why_zh}"),
                )
                .actual(Quantity::Text(text.clone())),
        );
    }
}

pub(crate) fn negative_count(report: &AnnualReport, out: &mut Vec<Finding>) {
    count_rule(report, out, &DOM001, Bad::Negative);
}

pub(crate) fn non_integer_count(report: &AnnualReport, out: &mut Vec<Finding>) {
    count_rule(report, out, &DOM002, Bad::NotWhole);
}

pub(crate) fn unreadable_count(report: &AnnualReport, out: &mut Vec<Finding>) {
    count_rule(report, out, &DOM003, Bad::Unreadable);
}

/// The §2 cells of a table with their reference, name and location.
fn active_cells(report: &AnnualReport) -> impl Iterator<Item = (CellRef, &ActiveCell)> {
    report
        .tables
        .active
        .iter()
        .flat_map(|t| t.cells())
        .map(|(row, column, c)| (CellRef::Active { row, column }, c))
}

pub(crate) fn unreadable_change(report: &AnnualReport, out: &mut Vec<Finding>) {
    for (cr, c) in active_cells(report) {
        let ActiveCell::Signed(Cell::Invalid(text)) = c else {
            continue;
        };
        let (en, zh) = names(report, cr);
        out.push(
            Finding::of(&DOM004, cell_location(report, cr))
                .message(
                    format!("cell {en}: `{text}` is not a signed whole number (write e.g. 4, -4, +4 or 减4)"),
                    format!("{zh}：“{text}”无法识别为增减数，应填写如4、-4、+4或减4"),
                )
                .actual(Quantity::Text(text.clone())),
        );
    }
}

pub(crate) fn bad_amount(report: &AnnualReport, out: &mut Vec<Finding>) {
    for (cr, c) in active_cells(report) {
        let f = match c {
            ActiveCell::Amount(Cell::Invalid(text)) => {
                let (en, zh) = names(report, cr);
                Finding::of(&DOM005, cell_location(report, cr))
                    .message(
                        format!("cell {en}: `{text}` is not an amount of money"),
                        format!("{zh}：“{text}”无法识别为金额"),
                    )
                    .actual(Quantity::Text(text.clone()))
            }
            ActiveCell::Amount(Cell::Value(a)) if a.value < Decimal::ZERO => {
                let (en, zh) = names(report, cr);
                Finding::of(&DOM005, cell_location(report, cr))
                    .message(
                        format!("cell {en}: the amount {a} is negative"),
                        format!("{zh}：金额{a}为负数"),
                    )
                    .actual(Quantity::Decimal(a.value))
            }
            _ => continue,
        };
        out.push(f);
    }
}

pub(crate) fn fee_amount_unit(report: &AnnualReport, out: &mut Vec<Finding>) {
    for (cr, c) in active_cells(report) {
        let (
            CellRef::Active {
                column: ActiveColumn::AmountWanYuan,
                ..
            },
            ActiveCell::Amount(Cell::Value(a)),
        ) = (cr, c)
        else {
            continue;
        };
        if a.unit != Some(MoneyUnit::Yuan) {
            continue;
        }
        let wan = a
            .value
            .checked_div(Decimal::from(10_000))
            .map(|w| w.normalize().to_string())
            .unwrap_or_else(|| "?".to_string());
        let (en, zh) = names(report, cr);
        out.push(
            Finding::of(&DOM006, cell_location(report, cr))
                .message(
                    format!("cell {en}: `{a}` is written in 元 but the column is in 万元 (it would be {wan}万元); check the unit"),
                    format!("{zh}：填写为“{a}”，该栏单位为万元（折合{wan}万元），请核对单位"),
                )
                .expected(Quantity::Text("万元".into()))
                .actual(Quantity::Text(a.to_string())),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::law::{ReportFormat, Template};
    use crate::outcome::RequestRow;
    use crate::report::{ActiveRow, ActiveTable, AppealGroup, AppealsTable, RequestTable};
    use crate::rules::Status;

    fn run(report: &AnnualReport, f: fn(&AnnualReport, &mut Vec<Finding>)) -> Vec<Finding> {
        let mut v = Vec::new();
        f(report, &mut v);
        v
    }

    /// A 2021 report whose §3 `received/natural_person` and §4 `reconsideration/upheld` cells
    /// hold `text`.
    fn with_count(text: &str) -> AnnualReport {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        let mut t = RequestTable::new(Template::Std2021);
        t.set(
            RequestRow::Received,
            RequestColumn::Applicant(crate::ApplicantKind::NaturalPerson),
            Cell::parse(text),
        )
        .unwrap();
        r.tables.requests = Some(t);
        let mut a = AppealsTable::default();
        a.set(
            AppealGroup::Reconsideration,
            AppealColumn::Upheld,
            Cell::parse(text),
        );
        r.tables.appeals = Some(a);
        r
    }

    fn good() -> AnnualReport {
        let mut r = with_count("7");
        let mut a = ActiveTable::new(Template::Std2019);
        a.set_text(ActiveRow::Licensing, ActiveColumn::Change, "减4")
            .unwrap();
        a.set_text(ActiveRow::Rules, ActiveColumn::Made, "3")
            .unwrap();
        a.set_text(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementAmount,
            "251000元",
        )
        .unwrap();
        r.tables.active = Some(a);
        r
    }

    #[test]
    fn classify_names_the_problem() {
        assert_eq!(classify("-3"), Bad::Negative);
        assert_eq!(classify("减3"), Bad::Negative);
        assert_eq!(classify("2.5"), Bad::NotWhole);
        assert_eq!(classify("3.0"), Bad::NotWhole);
        assert_eq!(classify("0.0"), Bad::NotWhole, "zero is not negative");
        assert_eq!(classify("三"), Bad::Unreadable);
        assert_eq!(classify("99999999999999999999999"), Bad::Unreadable);
    }

    #[test]
    fn dom001_fires_on_negative_counts_in_each_table() {
        let f = run(&with_count("-3"), negative_count);
        assert_eq!(f.len(), 2);
        assert_eq!(
            f[0].location.to_string(),
            "requests/received/natural_person"
        );
        assert_eq!(
            f[0].message_zh,
            "§3表“一、本年新收”行“自然人”列：“-3”为负数，数量不能为负"
        );
        assert_eq!(f[1].location.to_string(), "appeals/reconsideration/upheld");
        assert!(f.iter().all(|x| x.status == Status::Violated));
    }

    #[test]
    fn dom001_silent_on_good_counts() {
        assert!(run(&good(), negative_count).is_empty());
        assert!(run(&with_count("2.5"), negative_count).is_empty());
    }

    #[test]
    fn dom002_fires_on_fractions() {
        let f = run(&with_count("2.5"), non_integer_count);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].actual, Some(Quantity::Text("2.5".into())));
    }

    #[test]
    fn dom002_silent_on_whole_numbers() {
        assert!(run(&good(), non_integer_count).is_empty());
        assert!(run(&with_count("-3"), non_integer_count).is_empty());
    }

    #[test]
    fn dom003_fires_on_text_in_a_count_cell() {
        let f = run(&with_count("若干"), unreadable_count);
        assert_eq!(f.len(), 2);
        assert!(
            f[0].message.contains("`若干` is not a number"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn dom003_fires_on_text_in_the_added_subtotal_and_litigation_total_rows() {
        let mut r = with_count("7");
        let mut sub: [Cell<u64>; 7] = Default::default();
        sub[6] = Cell::parse("若干");
        let mut lit: [Cell<u64>; 5] = Default::default();
        lit[4] = Cell::parse("x");
        r.extras = crate::report::Extras(vec![
            ExtraRow::RequestSubtotal {
                group: crate::outcome::OutcomeGroup::Withheld,
                cells: sub,
            },
            ExtraRow::LitigationTotal { cells: lit },
        ]);
        let f = run(&r, unreadable_count);
        let at: Vec<String> = f.iter().map(|x| x.location.to_string()).collect();
        assert_eq!(
            at,
            ["requests/withheld/total", "appeals/litigation_total/total"]
        );
    }

    #[test]
    fn dom003_silent_on_numbers_blanks_and_slashes() {
        assert!(run(&good(), unreadable_count).is_empty());
        assert!(run(&with_count("/"), unreadable_count).is_empty());
        assert!(run(&with_count(""), unreadable_count).is_empty());
    }

    #[test]
    fn dom004_fires_on_unreadable_change() {
        let mut r = good();
        let a = r.tables.active.as_mut().unwrap();
        a.set_text(ActiveRow::Penalty, ActiveColumn::Change, "减少若干")
            .unwrap();
        let f = run(&r, unreadable_change);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].location.to_string(), "active/penalty/change");
    }

    #[test]
    fn dom004_silent_on_signed_changes() {
        assert!(run(&good(), unreadable_change).is_empty());
    }

    #[test]
    fn dom005_fires_on_unreadable_and_negative_amounts() {
        let mut r = good();
        let a = r.tables.active.as_mut().unwrap();
        a.set_text(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementAmount,
            "约25万",
        )
        .unwrap();
        assert_eq!(run(&r, bad_amount).len(), 1);
        let a = r.tables.active.as_mut().unwrap();
        a.set_text(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementAmount,
            "-5元",
        )
        .unwrap();
        let f = run(&r, bad_amount);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].actual, Some(Quantity::Decimal(Decimal::from(-5))));
    }

    #[test]
    fn dom005_silent_on_amounts() {
        assert!(run(&good(), bad_amount).is_empty());
        let mut r = good();
        let a = r.tables.active.as_mut().unwrap();
        a.set_text(ActiveRow::Procurement, ActiveColumn::ProcurementAmount, "0")
            .unwrap();
        assert!(run(&r, bad_amount).is_empty(), "zero is not negative");
    }

    #[test]
    fn dom006_fires_on_a_fee_amount_in_yuan() {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        let mut a = ActiveTable::new(Template::Std2021);
        a.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "251000元")
            .unwrap();
        r.tables.active = Some(a);
        let f = run(&r, fee_amount_unit);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].message_zh.contains("折合25.1万元"),
            "{}",
            f[0].message_zh
        );
    }

    #[test]
    fn dom006_silent_on_wan_yuan_or_bare_amounts() {
        for text in ["25.1", "25.1万元", ""] {
            let mut r = AnnualReport::new(ReportFormat::Std2021);
            let mut a = ActiveTable::new(Template::Std2021);
            a.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, text)
                .unwrap();
            r.tables.active = Some(a);
            assert!(run(&r, fee_amount_unit).is_empty(), "{text}");
        }
    }
}
