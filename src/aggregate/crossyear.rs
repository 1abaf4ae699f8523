//! Cross-year rules on one agency's reports: S1, S2, S4 (DOMAIN.md §2.7), year gaps and the
//! cumulative column of pre-2019 statistics tables (rules `XYR001`–`XYR004`, `XYR006`).

use std::collections::BTreeMap;

use crate::aggregate::cumulative;
use crate::aggregate::series::gaps;
use crate::aggregate::{XYR001, XYR002, XYR003, XYR004};
use crate::applicant::RequestColumn;
use crate::finding::{Finding, Location, Severity, Status};
use crate::law::Template;
use crate::outcome::RequestRow;
use crate::report::policy::resolve;
use crate::report::{ActiveCell, ActiveColumn, ActiveRow, AnnualReport, Cell, CellRef};

/// The normalised agency name of a report (full-width folded, spaces and punctuation removed),
/// the default series key.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::agency_key;
/// use zfxxgk::{AnnualReport, ReportFormat};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.meta.agency = Some("平潭综合实验区 管委会（办公室）".into());
/// assert_eq!(agency_key(&r).as_deref(), Some("平潭综合实验区管委会办公室"));
/// ```
pub fn agency_key(report: &AnnualReport) -> Option<String> {
    let k = crate::text::label_key(report.meta.agency.as_deref()?);
    (!k.is_empty()).then_some(k)
}

/// Runs the cross-year rules on the reports of one agency, in any order: S1 (`XYR001`), S2
/// (`XYR002`), S4 (`XYR003`) and the pre-2019 cumulative column (`XYR006`: `历年累计` of year t
/// = `历年累计` of t−1 + year t) on each pair of consecutive years, and year gaps or duplicate
/// years (`XYR004`, info). Reports without a year are left out. All findings are warnings
/// or info: reorganisations and corrections legitimately break these identities.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::check_series;
/// use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
/// let year = |y: i32, carried_in: u64, carried_forward: u64| -> Result<AnnualReport, zfxxgk::ModelError> {
///     let mut r = AnnualReport::new(ReportFormat::Std2021);
///     r.meta.year = Some(y);
///     let mut t = RequestTable::new(Template::Std2021);
///     t.set(RequestRow::CarriedIn, RequestColumn::Total, Cell::Value(carried_in))?;
///     t.set(RequestRow::CarriedForward, RequestColumn::Total, Cell::Value(carried_forward))?;
///     r.tables.requests = Some(t);
///     Ok(r)
/// };
/// let (a, b) = (year(2022, 0, 3)?, year(2023, 2, 0)?);
/// let f = check_series(&[&b, &a]);
/// let s1: Vec<_> = f.iter().filter(|f| f.rule == "XYR001" && f.status == zfxxgk::rules::Status::Violated).collect();
/// assert_eq!(s1.len(), 1);
/// assert_eq!(s1[0].expected, Some(3u64.into()));
/// assert_eq!(s1[0].actual, Some(2u64.into()));
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
pub fn check_series(reports: &[&AnnualReport]) -> Vec<Finding> {
    let mut by_year: BTreeMap<i32, &AnnualReport> = BTreeMap::new();
    let mut out = Vec::new();
    for r in reports {
        let Some(y) = r.meta.year else { continue };
        if by_year.contains_key(&y) {
            out.push(
                Finding::of(&XYR004, Location::report())
                    .message(
                        format!(
                            "{}: more than one report for {y}; the first is used",
                            name(r)
                        ),
                        format!("{}：{y}年有多份报告，按第一份核对", name(r)),
                    )
                    .actual(i128::from(y)),
            );
            continue;
        }
        by_year.insert(y, r);
    }
    let years: Vec<i32> = by_year.keys().copied().collect();
    for g in gaps(&years) {
        let r = by_year.values().next().copied();
        let who = r.map(name).unwrap_or_default();
        let (first, last) = (*g.start(), *g.end());
        let span = if first == last {
            format!("{first}")
        } else {
            format!("{first}–{last}")
        };
        out.push(
            Finding::of(&XYR004, Location::report())
                .message(
                    format!("{who}: no report for {span} (2019 art. 49 asks for one every year); cross-year checks skip it"),
                    format!("{who}：缺少{span}年度报告，跨年度核对跳过"),
                )
                .expected(i128::from(first))
                .actual(i128::from(last)),
        );
    }
    let list: Vec<(i32, &AnnualReport)> = by_year.into_iter().collect();
    for w in list.windows(2) {
        if let [(y0, a), (y1, b)] = w {
            if y0.checked_add(1) == Some(*y1) {
                s1_carry_over(a, b, *y0, *y1, &mut out);
                s2_stock_flow(a, b, *y0, *y1, &mut out);
                s4_item_counts(a, b, *y0, *y1, &mut out);
                cumulative::cumulative_carries(a, b, *y0, *y1, &name(b), &mut out);
            }
        }
    }
    out
}

/// Groups `reports` by `key` (e.g. [`agency_key`]) and runs [`check_series`] on each group;
/// reports whose key is `None` are left out.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{agency_key, check_series_by};
/// use zfxxgk::{AnnualReport, ReportFormat};
/// let report = |agency: &str, year| {
///     let mut r = AnnualReport::new(ReportFormat::Std2021);
///     r.meta.agency = Some(agency.into());
///     r.meta.year = Some(year);
///     r
/// };
/// let (a1, a2, b) = (report("甲局", 2020), report("甲 局", 2023), report("乙局", 2021));
/// let findings = check_series_by([&a1, &b, &a2], agency_key);
/// // 甲局 (its two spellings share one key) misses 2021–2022; 乙局 alone has no gap.
/// let gaps: Vec<_> = findings.iter().filter(|f| f.rule == "XYR004").collect();
/// assert_eq!(gaps.len(), 1);
/// ```
pub fn check_series_by<'a, K: Ord>(
    reports: impl IntoIterator<Item = &'a AnnualReport>,
    key: impl Fn(&AnnualReport) -> Option<K>,
) -> Vec<Finding> {
    let mut groups: BTreeMap<K, Vec<&AnnualReport>> = BTreeMap::new();
    for r in reports {
        if let Some(k) = key(r) {
            groups.entry(k).or_default().push(r);
        }
    }
    groups.values().flat_map(|g| check_series(g)).collect()
}

fn name(r: &AnnualReport) -> String {
    r.meta
        .agency
        .clone()
        .unwrap_or_else(|| "agency".to_string())
}

/// S1: 结转下年度 of year t = 上年结转 of year t+1, per column.
fn s1_carry_over(a: &AnnualReport, b: &AnnualReport, y0: i32, y1: i32, out: &mut Vec<Finding>) {
    let (Some(ta), Some(tb)) = (&a.tables.requests, &b.tables.requests) else {
        return;
    };
    let who = name(b);
    for col in RequestColumn::ALL {
        let cell = CellRef::Requests {
            row: RequestRow::CarriedIn,
            column: col,
        };
        let mut loc = Location::cell(cell);
        loc.span = b.span_of(&cell);
        let fwd = resolve(ta, RequestRow::CarriedForward, col);
        let cin = resolve(tb, RequestRow::CarriedIn, col);
        match (fwd, cin) {
            (Some(f), Some(c)) if f != c => out.push(
                Finding::of(&XYR001, loc)
                    .message(
                        format!("{who}, column {}: carried_forward of {y0} is {f} but carried_in of {y1} is {c} (difference {})", col.id(), i128::from(c) - i128::from(f)),
                        format!("{who}，{}列：{y0}年“结转下年度继续办理”为{f}，{y1}年“上年结转”为{c}，二者不等", col.label()),
                    )
                    .expected(f)
                    .actual(c),
            ),
            (Some(_), Some(_)) => {}
            _ => out.push(
                Finding::of(&XYR001, loc).lowered(Severity::Info)
                    .status(Status::NotAssessable)
                    .message(
                        format!("{who}, column {}: carry-over {y0}→{y1} not assessable, a cell is blank or unreadable", col.id()),
                        format!("{who}，{}列：{y0}—{y1}年结转单元格空白或无法识别，无法核对", col.label()),
                    ),
            ),
        }
    }
}

fn count(t: &crate::report::ActiveTable, row: ActiveRow, col: ActiveColumn) -> Option<i128> {
    match t.get(row, col)? {
        ActiveCell::Count(Cell::Value(v)) => Some(i128::from(*v)),
        ActiveCell::Signed(Cell::Value(v)) => Some(i128::from(*v)),
        _ => None,
    }
}

/// S2: 现行有效件数(t+1) ≈ 现行有效件数(t) + 本年制发件数(t+1) − 本年废止件数(t+1), 2021 §2.
fn s2_stock_flow(a: &AnnualReport, b: &AnnualReport, y0: i32, y1: i32, out: &mut Vec<Finding>) {
    let (Some(ta), Some(tb)) = (&a.tables.active, &b.tables.active) else {
        return;
    };
    if ta.template() != Template::Std2021 || tb.template() != Template::Std2021 {
        return;
    }
    let who = name(b);
    for row in [ActiveRow::Rules, ActiveRow::NormativeDocuments] {
        let vals = (
            count(ta, row, ActiveColumn::InForce),
            count(tb, row, ActiveColumn::Issued),
            count(tb, row, ActiveColumn::Repealed),
            count(tb, row, ActiveColumn::InForce),
        );
        let (Some(prev), Some(issued), Some(repealed), Some(now)) = vals else {
            continue;
        };
        let expected = prev + issued - repealed;
        if expected != now {
            let cell = CellRef::Active {
                row,
                column: ActiveColumn::InForce,
            };
            let mut loc = Location::cell(cell);
            loc.span = b.span_of(&cell);
            out.push(
                Finding::of(&XYR002, loc)
                    .message(
                        format!("{who}, {}: in_force of {y1} is {now}, but {prev} ({y0}) + {issued} issued − {repealed} repealed = {expected} (difference {}); documents amended or expiring without repeal can explain it", row.id(), now - expected),
                        format!("{who}，{}：{y1}年现行有效件数为{now}，按{y0}年{prev}件加制发{issued}件减废止{repealed}件应为{expected}件（差{}）", row.label_in(Template::Std2021), now - expected),
                    )
                    .expected(expected)
                    .actual(now),
            );
        }
    }
}

/// S4: 上一年项目数量(t+1) = 上一年项目数量(t) + 本年增/减(t), 2019 §2.
fn s4_item_counts(a: &AnnualReport, b: &AnnualReport, y0: i32, y1: i32, out: &mut Vec<Finding>) {
    let (Some(ta), Some(tb)) = (&a.tables.active, &b.tables.active) else {
        return;
    };
    if ta.template() != Template::Std2019 || tb.template() != Template::Std2019 {
        return;
    }
    let who = name(b);
    for row in [
        ActiveRow::Licensing,
        ActiveRow::OtherServices,
        ActiveRow::Penalty,
        ActiveRow::Coercion,
        ActiveRow::Fees,
    ] {
        let vals = (
            count(ta, row, ActiveColumn::PreviousItems),
            count(ta, row, ActiveColumn::Change),
            count(tb, row, ActiveColumn::PreviousItems),
        );
        let (Some(prev), Some(change), Some(next)) = vals else {
            continue;
        };
        let expected = prev + change;
        if expected != next {
            let cell = CellRef::Active {
                row,
                column: ActiveColumn::PreviousItems,
            };
            let mut loc = Location::cell(cell);
            loc.span = b.span_of(&cell);
            out.push(
                Finding::of(&XYR003, loc)
                    .message(
                        format!("{who}, {}: previous_items of {y1} is {next}, but {prev} + ({change}) of {y0} = {expected}", row.id()),
                        format!("{who}，{}：{y1}年“上一年项目数量”为{next}，按{y0}年{prev}加增减{change}应为{expected}", row.label()),
                    )
                    .expected(expected)
                    .actual(next),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::ReportFormat;
    use crate::report::{ActiveTable, RequestTable};

    fn requests(year: i32, carried_in: [u64; 7], carried_forward: [u64; 7]) -> AnnualReport {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        r.meta.year = Some(year);
        r.meta.agency = Some("测试局".into());
        let mut t = RequestTable::new(Template::Std2021);
        t.set_row(RequestRow::CarriedIn, carried_in.map(Cell::Value))
            .unwrap();
        t.set_row(RequestRow::CarriedForward, carried_forward.map(Cell::Value))
            .unwrap();
        r.tables.requests = Some(t);
        r
    }

    fn violated<'a>(f: &'a [Finding], code: &str) -> Vec<&'a Finding> {
        f.iter()
            .filter(|x| x.rule == code && x.status == Status::Violated)
            .collect()
    }

    #[test]
    fn xyr001_fires_on_a_carry_over_break_per_column() {
        let a = requests(2021, [0; 7], [2, 1, 0, 0, 0, 0, 3]);
        let b = requests(2022, [2, 0, 0, 0, 0, 0, 2], [0; 7]);
        let f = check_series(&[&a, &b]);
        let v = violated(&f, "XYR001");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].location.column_id(), Some("commercial_enterprise"));
        assert_eq!(v[0].location.row_id(), Some("carried_in"));
        assert_eq!(
            (v[0].expected.clone(), v[0].actual.clone()),
            (Some(1u64.into()), Some(0u64.into()))
        );
        assert_eq!(v[1].location.column_id(), Some("total"));
        assert!(v.iter().all(|x| x.severity == Severity::Warning));
    }

    #[test]
    fn xyr001_silent_when_carry_over_matches_and_across_a_gap() {
        let a = requests(2021, [0; 7], [2, 1, 0, 0, 0, 0, 3]);
        let b = requests(2022, [2, 1, 0, 0, 0, 0, 3], [5; 7]);
        let c = requests(2024, [9; 7], [0; 7]);
        let f = check_series(&[&c, &a, &b]);
        assert!(f.iter().all(|x| x.rule != "XYR001"), "{f:?}");
        // 2022 → 2024 is not consecutive: no S1 across the gap, only the gap note.
        assert_eq!(violated(&f, "XYR004").len(), 1);
    }

    #[test]
    fn xyr001_not_assessable_on_blank_cells() {
        let a = requests(2021, [0; 7], [2, 1, 0, 0, 0, 0, 3]);
        let mut b = requests(2022, [2, 1, 0, 0, 0, 0, 3], [0; 7]);
        let t = b.tables.requests.as_mut().unwrap();
        t.set(RequestRow::CarriedIn, RequestColumn::Total, Cell::Blank)
            .unwrap();
        t.set(RequestRow::CarriedIn, RequestColumn::ALL[5], Cell::Blank)
            .unwrap();
        let f = check_series(&[&a, &b]);
        assert!(violated(&f, "XYR001").is_empty());
        let na: Vec<_> = f
            .iter()
            .filter(|x| x.status == Status::NotAssessable)
            .collect();
        // The blank 总计 is read as the sum of its filled sub-columns (the rules' blank
        // policy), so only the all-blank other_org cell is not assessable.
        assert_eq!(na.len(), 1, "{na:?}");
        assert_eq!(na[0].location.column_id(), Some("other_org"));
    }

    fn active21(year: i32, rows: [[u64; 3]; 2]) -> AnnualReport {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        r.meta.year = Some(year);
        let mut t = ActiveTable::new(Template::Std2021);
        for (row, v) in [ActiveRow::Rules, ActiveRow::NormativeDocuments]
            .into_iter()
            .zip(rows)
        {
            for (col, x) in [
                ActiveColumn::Issued,
                ActiveColumn::Repealed,
                ActiveColumn::InForce,
            ]
            .into_iter()
            .zip(v)
            {
                t.set(row, col, ActiveCell::Count(Cell::Value(x))).unwrap();
            }
        }
        r.tables.active = Some(t);
        r
    }

    #[test]
    fn xyr002_fires_with_the_difference() {
        let a = active21(2022, [[0, 0, 5], [3, 1, 40]]);
        let b = active21(2023, [[1, 0, 6], [4, 2, 45]]);
        let f = check_series(&[&a, &b]);
        let v = violated(&f, "XYR002");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].location.row_id(), Some("normative_documents"));
        assert_eq!(v[0].expected, Some(42i128.into()));
        assert_eq!(v[0].actual, Some(45i128.into()));
        assert!(v[0].message.contains("difference 3"), "{}", v[0].message);
    }

    #[test]
    fn xyr002_silent_when_stock_flows() {
        let a = active21(2022, [[0, 0, 5], [3, 1, 40]]);
        let b = active21(2023, [[1, 0, 6], [4, 2, 42]]);
        assert!(violated(&check_series(&[&a, &b]), "XYR002").is_empty());
    }

    fn active19(year: i32, previous: u64, change: &str) -> AnnualReport {
        let mut r = AnnualReport::new(ReportFormat::Std2019);
        r.meta.year = Some(year);
        let mut t = ActiveTable::new(Template::Std2019);
        t.set_text(
            ActiveRow::Licensing,
            ActiveColumn::PreviousItems,
            &previous.to_string(),
        )
        .unwrap();
        t.set_text(ActiveRow::Licensing, ActiveColumn::Change, change)
            .unwrap();
        r.tables.active = Some(t);
        r
    }

    #[test]
    fn xyr003_fires_when_item_count_does_not_carry() {
        let a = active19(2019, 120, "减4");
        let b = active19(2020, 120, "0");
        let v_all = check_series(&[&a, &b]);
        let v = violated(&v_all, "XYR003");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].expected, Some(116i128.into()));
        assert_eq!(v[0].actual, Some(120i128.into()));
    }

    #[test]
    fn xyr003_silent_when_item_count_carries() {
        let a = active19(2019, 120, "减4");
        let b = active19(2020, 116, "+2");
        assert!(violated(&check_series(&[&a, &b]), "XYR003").is_empty());
    }

    #[test]
    fn xyr004_fires_on_gaps_and_duplicates() {
        let a = requests(2019, [0; 7], [0; 7]);
        let b = requests(2022, [0; 7], [0; 7]);
        let f = check_series(&[&a, &b, &b]);
        let gaps: Vec<_> = f.iter().filter(|x| x.rule == "XYR004").collect();
        assert_eq!(gaps.len(), 2, "{gaps:?}"); // one duplicate 2022, one run 2020–2021
        assert!(gaps.iter().all(|x| x.severity == Severity::Info));
        assert!(gaps
            .iter()
            .any(|x| x.message.contains("no report for 2020–2021")));
        // Hostile years cost one finding, not billions.
        let mut far = a.clone();
        far.meta.year = Some(i32::MAX);
        let mut early = a.clone();
        early.meta.year = Some(i32::MIN);
        let f = check_series(&[&early, &far]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].expected, Some(i128::from(i32::MIN + 1).into()));
    }

    #[test]
    fn xyr004_silent_on_consecutive_years() {
        let a = requests(2021, [0; 7], [0; 7]);
        let b = requests(2022, [0; 7], [0; 7]);
        assert!(check_series(&[&b, &a]).iter().all(|x| x.rule != "XYR004"));
    }

    #[test]
    fn series_groups_by_agency_key() {
        let a = requests(2021, [0; 7], [1; 7]);
        let mut b = requests(2022, [0; 7], [0; 7]);
        b.meta.agency = Some("另一局".into());
        // Different agencies: no carry-over comparison between them.
        assert!(check_series_by([&a, &b], agency_key).is_empty());
        b.meta.agency = Some("测试 局".into());
        assert_eq!(
            violated(&check_series_by([&a, &b], agency_key), "XYR001").len(),
            7
        );
    }
}
