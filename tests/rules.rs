//! Rules of issue 2 on whole reports: each `TBL` rule firing on a bad table and silent on a
//! good one (built with the model API), and realistic reports read from JSON in the crate's
//! serialization (`tests/fixtures/*.json`) with exactly the expected findings.

use zfxxgk::report::{ExtraRow, RequestCells};
use zfxxgk::rules::{check, Finding, Location, Severity, Status, TableId};
use zfxxgk::{
    AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, Outcome, OutcomeGroup,
    RequestColumn, RequestRow, RequestTable, Template,
};

/// Natural-person and commercial-enterprise values per row (other columns 0, total the
/// sum), consistent under H1–H3.
fn rows(tpl: Template) -> Vec<(RequestRow, u64, u64)> {
    let other = match tpl {
        Template::Std2019 => Outcome::OtherHandling,
        _ => Outcome::OtherMisc,
    };
    vec![
        (RequestRow::Received, 10, 3),
        (RequestRow::CarriedIn, 2, 0),
        (RequestRow::Outcome(Outcome::Disclosed), 5, 3),
        (RequestRow::Outcome(Outcome::PartiallyDisclosed), 2, 0),
        (RequestRow::Outcome(Outcome::WithheldStateSecret), 1, 0),
        (RequestRow::Outcome(Outcome::UnavailableNotHeld), 1, 0),
        (RequestRow::Outcome(other), 1, 0),
        (RequestRow::TotalProcessed, 10, 3),
        (RequestRow::CarriedForward, 2, 0),
    ]
}

fn report(tpl: Template) -> AnnualReport {
    let mut t = RequestTable::new(tpl);
    for (row, _) in RequestTable::new(tpl).rows() {
        t.set_row(row, [0; 7].map(Cell::Value)).unwrap();
    }
    for (row, n, c) in rows(tpl) {
        let mut cells = [0; 7].map(Cell::Value);
        cells[0] = Cell::Value(n);
        cells[1] = Cell::Value(c);
        cells[6] = Cell::Value(n + c);
        t.set_row(row, cells).unwrap();
    }
    let mut rep = AnnualReport::new(tpl.format());
    rep.tables.requests = Some(t);
    let mut a = AppealsTable::default();
    for (g, vals) in AppealGroup::ALL
        .iter()
        .zip([[5, 0, 0, 2, 7], [1, 1, 0, 0, 2], [0; 5]])
    {
        a.set_block(*g, vals.map(Cell::Value));
    }
    rep.tables.appeals = Some(a);
    rep
}

fn set(rep: &mut AnnualReport, row: RequestRow, col: usize, cell: Cell<u64>) {
    let col = RequestColumn::from_index(col).unwrap();
    rep.tables
        .requests
        .as_mut()
        .unwrap()
        .set(row, col, cell)
        .unwrap();
}

fn run(rep: &AnnualReport, code: &str) -> Vec<Finding> {
    check(rep).into_iter().filter(|f| f.rule == code).collect()
}

const N: usize = 0;
const TOTAL: usize = 6;

#[test]
fn consistent_tables_are_silent_under_every_rule() {
    for tpl in [Template::Std2019, Template::Std2021] {
        let rep = report(tpl);
        let f: Vec<Finding> = check(&rep)
            .into_iter()
            .filter(|f| f.rule.starts_with("TBL"))
            .collect();
        assert_eq!(f, vec![], "{tpl}");
    }
}

#[test]
fn tbl001_silent_on_balanced_columns() {
    assert!(run(&report(Template::Std2021), "TBL001").is_empty());
}

#[test]
fn tbl001_fires_on_the_broken_column_only() {
    let mut rep = report(Template::Std2021);
    set(&mut rep, RequestRow::CarriedForward, N, Cell::Value(1));
    let f = run(&rep, "TBL001");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].location.column_id(), Some("natural_person"));
    assert_eq!(
        (f[0].expected.clone(), f[0].actual.clone()),
        (Some(12i128.into()), Some(11i128.into()))
    );
    assert_eq!(
        f[0].message_zh,
        "自然人列：第一项加第二项之和为12（10+2），第三项加第四项之和为11（10+1），二者不等"
    );
}

#[test]
fn tbl001_blank_policy() {
    let mut rep = report(Template::Std2021);
    // A blank total of row 一 with filled sub-columns: assessed from them, and noted.
    set(&mut rep, RequestRow::Received, TOTAL, Cell::Blank);
    // Every H1 input of other_org blank: not assessable, reported once for the table.
    for row in [
        RequestRow::Received,
        RequestRow::CarriedIn,
        RequestRow::TotalProcessed,
        RequestRow::CarriedForward,
    ] {
        set(&mut rep, row, 5, Cell::NotApplicable);
    }
    let f = run(&rep, "TBL001");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(
        (f[0].status, f[0].location.column_id()),
        (Status::Note, Some("total"))
    );
    assert_eq!(
        f[0].message,
        "column total: H1 holds, assessed from the sub-columns because a 总计 cell is blank"
    );
    assert_eq!(
        f[0].message_zh,
        "总计列：总计单元格空白，按分列之和核对，关系成立"
    );
    assert_eq!(f[1].status, Status::NotAssessable);
    assert_eq!(f[1].location, Location::table(TableId::Requests));
    assert!(f[1].message_zh.contains("其他列"), "{}", f[1].message_zh);
    // Some inputs blank, the rest failing: the violation names the blanks read as 0.
    set(&mut rep, RequestRow::CarriedIn, N, Cell::Blank);
    let f = run(&rep, "TBL001");
    let v = f.iter().find(|x| x.status == Status::Violated).unwrap();
    assert!(
        v.message_zh.ends_with("；空白单元格按0计：二、上年结转"),
        "{}",
        v.message_zh
    );
}

#[test]
fn tbl002_fires_when_leaves_do_not_add_up() {
    for tpl in [Template::Std2019, Template::Std2021] {
        let mut rep = report(tpl);
        set(
            &mut rep,
            RequestRow::Outcome(Outcome::NotProcessedRepeat),
            N,
            Cell::Value(1),
        );
        let f = run(&rep, "TBL002");
        assert_eq!(f.len(), 1, "{tpl}");
        assert_eq!(f[0].location.column_id(), Some("natural_person"));
        assert_eq!(f[0].expected, Some(11i128.into()));
        assert_eq!(f[0].actual, Some(10i128.into()));
    }
}

#[test]
fn tbl002_silent_with_blank_leaf_totals_and_notes_it() {
    let mut rep = report(Template::Std2021);
    assert!(run(&rep, "TBL002").is_empty());
    set(
        &mut rep,
        RequestRow::Outcome(Outcome::Disclosed),
        TOTAL,
        Cell::Blank,
    );
    let f = run(&rep, "TBL002");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].status, Status::Note);
    assert!(
        f[0].message.starts_with("column total: H2 holds"),
        "{}",
        f[0].message
    );
}

#[test]
fn tbl003_fires_on_a_row_that_does_not_add_up() {
    let mut rep = report(Template::Std2019);
    set(
        &mut rep,
        RequestRow::Outcome(Outcome::Disclosed),
        TOTAL,
        Cell::Value(9),
    );
    let f = run(&rep, "TBL003");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].location.row_id(), Some("disclosed"));
    assert_eq!(f[0].expected, Some(8i128.into()));
    assert_eq!(f[0].actual, Some(9i128.into()));
}

#[test]
fn tbl003_fires_as_warning_on_a_blank_total_of_a_non_zero_row() {
    let mut rep = report(Template::Std2021);
    set(
        &mut rep,
        RequestRow::Outcome(Outcome::Disclosed),
        TOTAL,
        Cell::Blank,
    );
    let f = run(&rep, "TBL003");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(f[0].expected, Some(8i128.into()));
    assert_eq!(
        f[0].message_zh,
        "（一）予以公开行：各类申请人之和为8，总计却为空白"
    );
}

#[test]
fn tbl003_silent_on_a_blank_total_of_a_zero_row_and_reports_blank_rows_once() {
    let mut rep = report(Template::Std2021);
    let row = RequestRow::Outcome(Outcome::WithheldThirdParty);
    set(&mut rep, row, TOTAL, Cell::Blank);
    assert!(run(&rep, "TBL003").is_empty());
    let row2 = RequestRow::Outcome(Outcome::WithheldProcessInfo);
    rep.tables
        .requests
        .as_mut()
        .unwrap()
        .set_row(row, Default::default())
        .unwrap();
    rep.tables
        .requests
        .as_mut()
        .unwrap()
        .set_row(row2, Default::default())
        .unwrap();
    let f = run(&rep, "TBL003");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].status, Status::NotAssessable);
    assert!(
        f[0].message
            .contains("withheld_third_party, withheld_process_info"),
        "{}",
        f[0].message
    );
}

fn subtotal(rep: &mut AnnualReport, group: OutcomeGroup, n: u64) {
    let mut cells: RequestCells = [0; 7].map(Cell::Value);
    cells[N] = Cell::Value(n);
    cells[TOTAL] = Cell::Blank;
    rep.extras
        .0
        .push(ExtraRow::RequestSubtotal { group, cells });
}

#[test]
fn tbl004_fires_when_an_added_subtotal_is_wrong() {
    let mut rep = report(Template::Std2021);
    subtotal(&mut rep, OutcomeGroup::Withheld, 2);
    let f = run(&rep, "TBL004");
    // natural_person: 2 vs 1; total (blank, read from its parts): 2 vs 1.
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[0].location.row_id(), Some("withheld"));
    assert_eq!(f[0].location.column_id(), Some("natural_person"));
    assert!(
        f[1].message
            .contains("blank 总计 computed from the sub-columns"),
        "{}",
        f[1].message
    );
}

#[test]
fn tbl004_silent_when_added_subtotals_add_up() {
    let mut rep = report(Template::Std2019);
    subtotal(&mut rep, OutcomeGroup::Withheld, 1);
    subtotal(&mut rep, OutcomeGroup::OtherHandling, 1);
    let f = run(&rep, "TBL004");
    assert!(f.iter().all(|x| x.status == Status::Note), "{f:#?}");
}

#[test]
fn tbl005_fires_on_a_block_that_does_not_add_up() {
    let mut rep = report(Template::Std2021);
    let a = rep.tables.appeals.as_mut().unwrap();
    a.set(
        AppealGroup::LitigationDirect,
        AppealColumn::Total,
        Cell::Value(3),
    );
    let f = run(&rep, "TBL005");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].location.row_id(), Some("litigation_direct"));
    assert_eq!(f[0].message_zh, "未经复议直接起诉：结果维持、结果纠正、其他结果、尚未审结之和为2（1+1+0+0），总计为3，二者不等");
}

#[test]
fn tbl005_silent_on_consistent_and_reports_blank_blocks_once() {
    let mut rep = report(Template::Std2021);
    assert!(run(&rep, "TBL005").is_empty());
    rep.tables.appeals.as_mut().unwrap().set_block(
        AppealGroup::LitigationAfterReconsideration,
        Default::default(),
    );
    let f = run(&rep, "TBL005");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].status, Status::NotAssessable);
}

#[test]
fn tbl006_fires_where_h1_is_not_assessable_but_a_bound_fails() {
    let mut rep = report(Template::Std2021);
    set(
        &mut rep,
        RequestRow::CarriedForward,
        N,
        Cell::Invalid("二".into()),
    );
    set(&mut rep, RequestRow::TotalProcessed, N, Cell::Value(13));
    let f = run(&rep, "TBL006");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].location.column_id(), Some("natural_person"));
    assert_eq!(
        (f[0].expected.clone(), f[0].actual.clone()),
        (Some(12i128.into()), Some(13i128.into()))
    );
}

#[test]
fn tbl006_silent_where_h1_is_assessable() {
    let mut rep = report(Template::Std2021);
    set(&mut rep, RequestRow::TotalProcessed, N, Cell::Value(13));
    assert!(run(&rep, "TBL006").is_empty(), "H1 reports it");
    set(
        &mut rep,
        RequestRow::CarriedForward,
        N,
        Cell::Invalid("二".into()),
    );
    set(&mut rep, RequestRow::TotalProcessed, N, Cell::Value(10));
    assert!(run(&rep, "TBL006").is_empty());
}

fn litigation_total(rep: &mut AnnualReport, vals: [u64; 5]) {
    rep.extras.0.push(ExtraRow::LitigationTotal {
        cells: vals.map(Cell::Value),
    });
}

#[test]
fn tbl007_fires_when_the_litigation_total_is_wrong() {
    let mut rep = report(Template::Std2021);
    litigation_total(&mut rep, [1, 1, 0, 0, 3]);
    let f = run(&rep, "TBL007");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].location.to_string(), "appeals/litigation_total/total");
}

#[test]
fn tbl007_silent_when_the_litigation_total_adds_up() {
    let mut rep = report(Template::Std2021);
    litigation_total(&mut rep, [1, 1, 0, 0, 2]);
    assert!(run(&rep, "TBL007").is_empty());
}

// ---------------------------------------------------------------------------------------------
// Whole reports read from JSON (tests/fixtures/*.json, each naming its source on line 1).

/// A finding reduced to what the fixtures pin down: rule, location, status and severity.
fn key(f: &Finding) -> (String, String, Status, Severity) {
    (
        f.rule.to_string(),
        f.location.to_string(),
        f.status,
        f.severity,
    )
}

/// The families of issue 2's table and structure rules; the other families (fees,
/// publication, prose) are tested in their own files and may add findings of their own here.
const FAMILIES: [&str; 4] = ["TBL", "DOM", "STR", "SFT"];

fn audit(json: &str) -> Vec<(String, String, Status, Severity)> {
    let report: AnnualReport = serde_json::from_str(json).expect("fixture parses");
    let mut v: Vec<_> = check(&report)
        .iter()
        .filter(|f| FAMILIES.iter().any(|p| f.rule.starts_with(p)))
        .map(key)
        .collect();
    v.sort();
    v
}

fn expect(list: &[(&str, &str, Status, Severity)]) -> Vec<(String, String, Status, Severity)> {
    let mut v: Vec<_> = list
        .iter()
        .map(|(r, l, s, sev)| (r.to_string(), l.to_string(), *s, *sev))
        .collect();
    v.sort();
    v
}

use Severity::{Error as E, Info as I, Warning as W};
use Status::{NotAssessable as NA, Note, Violated as V};

#[test]
fn correct_2021_report_has_no_findings() {
    assert_eq!(audit(include_str!("fixtures/std2021_good.json")), vec![]);
}

#[test]
fn correct_2019_report_with_blank_zeros_reports_only_what_is_not_assessable() {
    assert_eq!(
        audit(include_str!("fixtures/std2019_good.json")),
        expect(&[
            // Eight outcome rows are blank throughout, and so is the 复议后起诉 block.
            ("TBL003", "requests", NA, I),
            ("TBL005", "appeals", NA, I),
        ])
    );
}

#[test]
fn broken_2021_report_has_exactly_the_expected_findings() {
    assert_eq!(
        audit(include_str!("fixtures/std2021_broken.json")),
        expect(&[
            // （七）总计/自然人 59 instead of 60 breaks H1, H2 and H3 at once.
            ("TBL001", "requests/natural_person", V, E),
            ("TBL002", "requests/natural_person", V, E),
            ("TBL003", "requests/total_processed", V, E),
            // 四/总计 left blank: H1 on the total column uses the sub-columns (a note), and H3
            // warns that the total of a non-zero row is blank.
            ("TBL001", "requests/total", Note, I),
            ("TBL003", "requests/carried_forward", V, W),
            // §4 pending "-1": the cell, then H4 and H8 not assessable there.
            ("DOM001", "appeals/litigation_direct/pending", V, E),
            ("TBL005", "appeals", NA, I),
            ("TBL007", "appeals", NA, I),
            ("TBL007", "appeals/litigation_total/total", V, E),
            ("DOM006", "active/fees/amount_wan_yuan", V, W),
            ("STR001", "section other_matters", V, W),
        ])
    );
}

#[test]
fn broken_2019_report_has_exactly_the_expected_findings() {
    assert_eq!(
        audit(include_str!("fixtures/std2019_broken.json")),
        expect(&[
            ("STR002", "section proactive/line 15", V, W),
            ("SFT001", "active/normative_documents/published", V, W),
            ("SFT002", "active/normative_documents/published", V, I),
            // 四/自然人 "若干": the cell; H1 and H3 not assessable there; H7 still holds
            // (767 ≤ 821 + 18), so TBL006 is silent.
            ("DOM003", "requests/carried_forward/natural_person", V, E),
            ("TBL001", "requests", NA, I),
            ("TBL003", "requests", NA, I),
            // The added （三） subtotal: 30 where the children add up to 32.
            ("TBL004", "requests/withheld/natural_person", V, E),
            ("TBL004", "requests/withheld/total", V, E),
            ("TBL004", "requests", NA, I),
            ("DOM002", "appeals/reconsideration/corrected", V, E),
            ("TBL005", "appeals", NA, I),
        ])
    );
}

#[test]
fn mixed_templates_report_has_exactly_the_expected_findings() {
    assert_eq!(
        audit(include_str!("fixtures/mixed_templates.json")),
        expect(&[
            ("STR003", "requests", V, W),
            ("STR004", "section redress/line 39", V, I),
        ])
    );
}

#[test]
fn findings_carry_the_numbers_and_say_what_was_not_assessable() {
    let report: AnnualReport =
        serde_json::from_str(include_str!("fixtures/std2021_broken.json")).unwrap();
    let f = check(&report);
    let h1 = f
        .iter()
        .find(|x| x.rule == "TBL001" && x.status == Status::Violated)
        .unwrap();
    assert_eq!(
        h1.message_zh,
        "自然人列：第一项加第二项之和为61（61+0），第三项加第四项之和为60（59+1），二者不等"
    );
    assert_eq!(
        (h1.expected.clone(), h1.actual.clone()),
        (Some(61i128.into()), Some(60i128.into()))
    );
    let h3 = f
        .iter()
        .find(|x| x.rule == "TBL003" && x.severity == Severity::Warning)
        .unwrap();
    assert_eq!(
        h3.message_zh,
        "四、结转下年度行：各类申请人之和为1，总计却为空白"
    );
    let json = serde_json::to_value(h1).unwrap();
    assert_eq!(json["location"]["column"], "natural_person");
    assert_eq!(json["expected"], 61);

    let report: AnnualReport =
        serde_json::from_str(include_str!("fixtures/std2019_good.json")).unwrap();
    let na = check(&report);
    let h3 = na.iter().find(|x| x.rule == "TBL003").unwrap();
    assert_eq!(
        h3.message,
        "H3 (总计 = Σ applicant columns) not assessable; every input blank at: \
         withheld_state_secret, withheld_security_stability, withheld_enforcement_file, \
         withheld_administrative_query, not_processed_publication, not_processed_excessive, \
         not_processed_confirmation, other_handling"
    );
}

#[test]
fn cell_spans_of_a_parsed_report_become_evidence() {
    let text = "三、收到和处理政府信息公开申请情况\n（七）总计 10 3 0 0 0 0 14\n";
    let mut rep = report(Template::Std2021);
    set(&mut rep, RequestRow::TotalProcessed, TOTAL, Cell::Value(14));
    let start = text.find("14").unwrap();
    let mut src = zfxxgk::report::Source::new(text);
    let cell = zfxxgk::report::CellRef::Requests {
        row: RequestRow::TotalProcessed,
        column: RequestColumn::Total,
    };
    src.record(cell, zfxxgk::report::Span::new(2, start, start + 2));
    rep.source = Some(src);
    let f = check(&rep);
    let h1 = f.iter().find(|x| x.rule == "TBL001").unwrap();
    assert_eq!(h1.location.column_id(), Some("total"));
    assert_eq!(h1.location.span.map(|s| s.line), Some(2));
    assert_eq!(h1.evidence.as_deref(), Some("（七）总计 10 3 0 0 0 0 14"));
    let h3 = f.iter().find(|x| x.rule == "TBL003").unwrap();
    assert_eq!(h3.evidence.as_deref(), Some("（七）总计 10 3 0 0 0 0 14"));
}

#[test]
fn unreadable_cells_of_added_rows_are_reported_where_they_are() {
    let mut rep = report(Template::Std2021);
    let mut cells: RequestCells = Default::default();
    cells[N] = Cell::parse("-2");
    rep.extras.0.push(ExtraRow::RequestSubtotal {
        group: OutcomeGroup::Withheld,
        cells,
    });
    let f: Vec<_> = check(&rep)
        .into_iter()
        .filter(|x| x.rule == "DOM001")
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].location.to_string(),
        "requests/withheld/natural_person"
    );
    assert_eq!(
        f[0].message_zh,
        "自行增加的“（三）不予公开”行“自然人”列：“-2”为负数，数量不能为负"
    );
}

#[test]
fn hard_identities_are_errors_and_soft_ones_never_are() {
    use zfxxgk::registry;
    use zfxxgk::rules::{Basis, Identity};
    assert!([Identity::H1, Identity::H4, Identity::H8]
        .iter()
        .all(|i| i.is_hard()));
    assert!([Identity::S1, Identity::S3, Identity::S6]
        .iter()
        .all(|i| !i.is_hard()));
    let mut hard = 0;
    for rule in registry() {
        for b in rule.basis {
            let Basis::Identity(i) = b else { continue };
            if i.is_hard() {
                hard += 1;
            } else {
                assert_ne!(
                    rule.severity,
                    Severity::Error,
                    "{} rests on soft {i:?}",
                    rule.code
                );
            }
        }
    }
    assert!(hard >= 8, "the table rules rest on H1–H8");
}
