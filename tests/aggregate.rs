//! Golden tests of the aggregation layer on the hand-built three-year, three-agency series in
//! `tests/fixtures/agg/` (see `generate.py` there; 示例市自然资源局 2023 has a deliberate
//! carry-over break in the natural_person column).

use std::path::PathBuf;

use rust_decimal::Decimal;
use zfxxgk::aggregate::{
    agency_key, check_series_by, rollup_by, rollup_with_summaries, CellIssue, Rates, Rollup,
    RollupInput, Series,
};
use zfxxgk::report::ActiveCell;
use zfxxgk::rules::{Severity, Status};
use zfxxgk::{
    ActiveColumn, ActiveRow, AnnualReport, Cell, Outcome, ReportFormat, RequestColumn, RequestRow,
    RequestTable, Template,
};

fn fixtures() -> Vec<AnnualReport> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/agg");
    let mut out = Vec::new();
    for agency in ["jt", "zr", "bgs"] {
        for year in 2021..=2023 {
            let path = dir.join(format!("{agency}-{year}.json"));
            let text = std::fs::read_to_string(&path).expect("fixture readable");
            out.push(serde_json::from_str(&text).expect("fixture is a report"));
        }
    }
    out
}

fn total(r: &Rollup, row: RequestRow) -> Cell<u64> {
    r.tables()
        .requests
        .expect("a §3 table")
        .get(row, RequestColumn::Total)
        .cloned()
        .unwrap()
}

#[test]
fn every_fixture_is_internally_consistent() {
    for r in fixtures() {
        let errors: Vec<_> = zfxxgk::rules::check(&r)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(
            errors.is_empty(),
            "{:?} {:?}: {errors:?}",
            r.meta.agency,
            r.meta.year
        );
    }
}

#[test]
fn the_deliberate_carry_over_break_is_found_and_nothing_else() {
    let reports = fixtures();
    let findings = check_series_by(&reports, agency_key);
    let violated: Vec<_> = findings
        .iter()
        .filter(|f| f.status == Status::Violated)
        .collect();
    assert_eq!(violated.len(), 2, "{violated:#?}");
    for f in &violated {
        assert_eq!(f.rule, "XYR001");
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(f.location.row_id(), Some("carried_in"));
        assert!(
            f.message.starts_with("示例市自然资源局, column "),
            "{}",
            f.message
        );
        assert!(
            f.message.contains("of 2022") && f.message.contains("of 2023"),
            "{}",
            f.message
        );
    }
    assert_eq!(violated[0].location.column_id(), Some("natural_person"));
    assert_eq!(
        (violated[0].expected.clone(), violated[0].actual.clone()),
        (Some(1u64.into()), Some(2u64.into()))
    );
    assert_eq!(violated[1].location.column_id(), Some("total"));
    // No gaps, no other identity broken, nothing left unassessed.
    assert!(findings.iter().all(|f| f.rule == "XYR001"), "{findings:#?}");
}

#[test]
fn yearly_rollups_have_the_golden_sums() {
    let reports = fixtures();
    let by_year = rollup_by(&reports, |r| r.meta.year);
    let golden = [
        (2021, 175, 170, 1249, "374.22", 73),
        (2022, 127, 130, 790, "668.94", 49),
        (2023, 130, 133, 742, "259.03", 59),
    ];
    for (year, received, processed, penalty, fees, disclosed) in golden {
        let r = &by_year[&Some(year)];
        assert_eq!(r.reports(), 3);
        assert_eq!(total(r, RequestRow::Received), Cell::Value(received));
        assert_eq!(total(r, RequestRow::TotalProcessed), Cell::Value(processed));
        let active = r.tables().active.unwrap();
        assert_eq!(
            active.get(ActiveRow::Penalty, ActiveColumn::Decisions),
            Some(&ActiveCell::Count(Cell::Value(penalty)))
        );
        assert_eq!(
            active
                .get(ActiveRow::Fees, ActiveColumn::AmountWanYuan)
                .unwrap()
                .to_string(),
            fees
        );
        let rates = Rates::of(&r.to_report());
        let ratio = rates.disclosure.ratio.unwrap();
        assert_eq!(
            (ratio.numerator, ratio.denominator),
            (disclosed, u128::from(processed))
        );
        assert!(r.dropped().is_empty() && r.notes().is_empty());
        assert!(r
            .totals()
            .iter()
            .all(|t| !t.differs() && t.computed.is_some()));
    }
}

#[test]
fn the_rollup_of_consistent_reports_is_consistent() {
    let reports = fixtures();
    let r = Rollup::of(&reports);
    assert_eq!(r.reports(), 9);
    let errors: Vec<_> = zfxxgk::rules::check(&r.to_report())
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        total(&r, RequestRow::Received),
        Cell::Value(175 + 127 + 130)
    );
}

#[test]
fn sharded_rollups_merge_to_the_whole() {
    let reports = fixtures();
    let whole = Rollup::of(&reports);
    let (a, b) = reports.split_at(4);
    assert_eq!(Rollup::of(b).merge(Rollup::of(a)), whole);
    let by_agency = rollup_by(&reports, agency_key);
    assert_eq!(by_agency.len(), 3);
    let merged = by_agency.into_values().fold(Rollup::empty(), Rollup::merge);
    assert_eq!(merged, whole);
}

fn as_2019(r: &AnnualReport) -> AnnualReport {
    let src = r.tables.requests.as_ref().unwrap();
    let mut t = RequestTable::new(Template::Std2019);
    let mut other = [0u64; 7];
    for (row, cells) in src.rows() {
        if row.in_template(Template::Std2019) {
            t.set_row(row, cells.clone()).unwrap();
        } else {
            for (o, c) in other.iter_mut().zip(cells.iter()) {
                *o += c.get().unwrap_or(0);
            }
        }
    }
    t.set_row(
        RequestRow::Outcome(Outcome::OtherHandling),
        other.map(Cell::Value),
    )
    .unwrap();
    let mut out = AnnualReport::new(ReportFormat::Std2019);
    out.meta = r.meta.clone();
    out.meta.format = ReportFormat::Std2019;
    out.tables.requests = Some(t);
    out.tables.appeals = r.tables.appeals.clone();
    out
}

#[test]
fn mixed_templates_roll_up_on_shared_rows_and_say_what_was_dropped() {
    let reports = fixtures();
    let old = as_2019(&reports[0]);
    let r = Rollup::of([&old, &reports[1]]);
    assert_eq!(r.requests_template(), Some(Template::Std2019));
    let dropped: Vec<_> = r.dropped().into_iter().map(|d| d.row).collect();
    assert_eq!(
        dropped,
        ["other_no_supplement", "other_fee_unpaid", "other_misc"]
    );
    let t = r.tables().requests.unwrap();
    let six = |rep: &AnnualReport| -> u64 {
        rep.tables
            .requests
            .as_ref()
            .unwrap()
            .outcome_rows()
            .filter(|(o, _)| o.group() == zfxxgk::OutcomeGroup::OtherHandling)
            .map(|(_, c)| c[6].get().unwrap())
            .sum()
    };
    let expected = six(&reports[0]) + six(&reports[1]);
    assert_eq!(
        t.get(
            RequestRow::Outcome(Outcome::OtherHandling),
            RequestColumn::Total
        ),
        Some(&Cell::Value(expected))
    );
    let errors: Vec<_> = zfxxgk::rules::check(&r.to_report())
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn mixed_active_templates_keep_only_decisions() {
    let reports = fixtures();
    let mut old = AnnualReport::new(ReportFormat::Std2019);
    let mut a = zfxxgk::ActiveTable::new(Template::Std2019);
    a.set_text(ActiveRow::Penalty, ActiveColumn::Decisions, "1")
        .unwrap();
    a.set_text(
        ActiveRow::Procurement,
        ActiveColumn::ProcurementAmount,
        "251000元",
    )
    .unwrap();
    old.tables.active = Some(a);
    let r = Rollup::of([&old, &reports[0]]);
    let t = r.tables().active.unwrap();
    let expected = match reports[0]
        .tables
        .active
        .as_ref()
        .unwrap()
        .get(ActiveRow::Penalty, ActiveColumn::Decisions)
    {
        Some(ActiveCell::Count(Cell::Value(v))) => v + 1,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        t.get(ActiveRow::Penalty, ActiveColumn::Decisions),
        Some(&ActiveCell::Count(Cell::Value(expected)))
    );
    assert!(t
        .get(ActiveRow::Rules, ActiveColumn::InForce)
        .unwrap()
        .is_blank());
    let dropped = r.dropped();
    assert!(dropped
        .iter()
        .any(|d| d.row == "procurement" && d.column.as_deref() == Some("procurement_amount")));
    assert!(dropped
        .iter()
        .any(|d| d.row == "rules" && d.column.as_deref() == Some("in_force")));
    // 处理决定数量 is shared except on the 2019-only row 其他对外管理服务事项.
    let decisions: Vec<_> = dropped
        .iter()
        .filter(|d| d.column.as_deref() == Some("decisions"))
        .map(|d| d.row.as_str())
        .collect();
    assert_eq!(decisions, ["other_services"]);
}

#[test]
fn unreadable_and_not_applicable_inputs_are_reported() {
    let reports = fixtures();
    let mut bad = reports[0].clone();
    let t = bad.tables.requests.as_mut().unwrap();
    t.set(
        RequestRow::Received,
        RequestColumn::Total,
        Cell::Invalid("七十".into()),
    )
    .unwrap();
    t.set(
        RequestRow::CarriedIn,
        RequestColumn::Total,
        Cell::NotApplicable,
    )
    .unwrap();
    let r = Rollup::of([&bad, &reports[1]]);
    let notes = r.notes();
    assert!(notes
        .iter()
        .any(|n| n.issue == CellIssue::NotSummable && n.counts.invalid == 1));
    assert!(notes
        .iter()
        .any(|n| n.issue == CellIssue::MixedNotApplicable && n.counts.not_applicable == 1));
    assert_eq!(
        total(&r, RequestRow::Received),
        Cell::Invalid("not summable".into())
    );
    let carried_in = reports[1]
        .tables
        .requests
        .as_ref()
        .unwrap()
        .get(RequestRow::CarriedIn, RequestColumn::Total)
        .cloned()
        .unwrap();
    assert_eq!(total(&r, RequestRow::CarriedIn), carried_in);
}

#[test]
fn a_summary_report_is_checked_against_its_parts() {
    let reports = fixtures();
    let year: Vec<&AnnualReport> = reports
        .iter()
        .filter(|r| r.meta.year == Some(2023))
        .collect();
    let mut summary = Rollup::of(year.iter().copied()).to_report();
    let t = summary.tables.requests.as_mut().unwrap();
    t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(131))
        .unwrap();
    let mut inputs: Vec<RollupInput<'_>> = year.iter().map(|r| RollupInput::part(r)).collect();
    inputs.push(RollupInput::summary(&summary));
    let (_, findings) = rollup_with_summaries(&inputs);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].expected, Some(130u64.into()));
    assert_eq!(findings[0].actual, Some(131u64.into()));
}

#[test]
fn series_and_rates_over_years() {
    let reports = fixtures();
    let zr: Vec<&AnnualReport> = reports
        .iter()
        .filter(|r| r.meta.agency.as_deref() == Some("示例市自然资源局"))
        .collect();
    let s = Series::from_reports("示例市自然资源局", zr.iter().copied());
    assert_eq!(s.years(), [2021, 2022, 2023]);
    assert!(s.gaps().is_empty());
    assert!(s.points.values().all(|p| p.is_exact()));
    let received = s.column(RequestRow::Received);
    assert_eq!(received.len(), 3);
    let r21 = Rates::of(zr[0]);
    let r22 = Rates::of(zr[1]);
    let change = r22.change_since(&r21);
    let d = change.iter().find(|c| c.id == "disclosure_rate").unwrap();
    let (a, b) = (r22.disclosure.ratio.unwrap(), r21.disclosure.ratio.unwrap());
    assert_eq!(d.points, a.points_since(&b, 2));
    // Cross-check the exact difference against the two rounded percentages (within rounding).
    let diff = r22.disclosure.percent.unwrap() - r21.disclosure.percent.unwrap();
    assert!((diff - d.points.unwrap()).abs() <= Decimal::new(1, 2));
}

#[cfg(feature = "csv")]
#[test]
fn csv_export_has_one_line_per_cell() {
    use zfxxgk::aggregate::{long_rows, write_csv};
    let reports = fixtures();
    let mut out = Vec::new();
    let rows: Vec<_> = reports.iter().take(2).flat_map(long_rows).collect();
    write_csv(&mut out, &rows).unwrap();
    let text = String::from_utf8(out).unwrap();
    // Per report: §2 (2021) 10 cells, §3 (2021) 25 × 7, §4 15.
    assert_eq!(text.lines().count(), 1 + 2 * (10 + 175 + 15));
    assert!(text.starts_with(
        "agency,year,table,row,column,value\n示例市交通运输局,2021,active,rules,issued,"
    ));
    let v: serde_json::Value = serde_json::to_value(&rows[0]).unwrap();
    assert_eq!(v["table"], "active");
}

#[test]
fn totals_are_kept_next_to_the_sum_of_their_parts() {
    let reports = fixtures();
    let mut off = reports[0].clone();
    let t = off.tables.requests.as_mut().unwrap();
    let old = t
        .get(RequestRow::Received, RequestColumn::Total)
        .and_then(Cell::get)
        .unwrap();
    t.set(
        RequestRow::Received,
        RequestColumn::Total,
        Cell::Value(old + 5),
    )
    .unwrap();
    let r = Rollup::of([&off, &reports[1]]);
    let differing: Vec<_> = r.totals().into_iter().filter(|t| t.differs()).collect();
    assert_eq!(differing.len(), 1, "{differing:?}");
    let d = &differing[0];
    assert_eq!(
        d.cell,
        zfxxgk::report::CellRef::Requests {
            row: RequestRow::Received,
            column: RequestColumn::Total
        }
    );
    let Cell::Value(reported) = d.reported else {
        panic!("{d:?}")
    };
    assert_eq!(u128::from(reported), d.computed.unwrap() + 5);
    let counts = r.input_counts(d.cell).unwrap();
    assert_eq!(
        (counts.values, counts.not_applicable, counts.invalid),
        (2, 0, 0)
    );
}
