//! The statistics table of pre-2019 reports (`政府信息公开情况统计表`, `附表`): read from real
//! flattened pages (`tests/fixtures/flat/text/`) and from every layout shape, mapped into
//! `report.legacy` and onto the 2019 rows, and checked by the `LEG` rules.

use std::fs;
use std::path::Path;

use zfxxgk::parse::{parse_with, ParseOptions};
use zfxxgk::report::{
    Fit, Indicator, LegacyChannel, LegacyOutcome, MappedTo, Period, StatisticsTable,
};
use zfxxgk::rules::{check, Finding, Severity};
use zfxxgk::{AnnualReport, Cell, Outcome, ReportFormat};

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/flat/text")
        .join(name);
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The report, and every finding (parser diagnostics and rules).
fn audit(text: &str) -> (AnnualReport, Vec<Finding>) {
    let p = parse_with(text, &ParseOptions::with_format(ReportFormat::Legacy)).expect("parses");
    let mut f = p.diagnostics;
    f.extend(check(&p.report));
    (p.report, f)
}

fn table(r: &AnnualReport) -> &StatisticsTable {
    r.legacy
        .as_ref()
        .and_then(|l| l.table.as_ref())
        .expect("a statistics table")
}

/// Each row as (label, values), `None` for a cell without a count.
fn rows(t: &StatisticsTable) -> Vec<(String, Vec<Option<u64>>)> {
    t.rows
        .iter()
        .map(|r| {
            (
                r.label.clone(),
                r.cells.iter().map(|c| c.value.get()).collect(),
            )
        })
        .collect()
}

fn leg(f: &[Finding]) -> Vec<&Finding> {
    f.iter().filter(|x| x.rule.starts_with("LEG")).collect()
}

#[test]
fn flat_0026_is_read_cell_by_cell_and_its_answers_do_not_add_up() {
    let (r, f) = audit(&fixture("0026.txt"));
    let t = table(&r);
    assert_eq!(t.title.as_deref(), Some("2018年政府信息公开情况统计表"));
    let heads: Vec<(&str, Period)> = t
        .columns
        .iter()
        .map(|c| (c.header.as_str(), c.period))
        .collect();
    assert_eq!(
        heads,
        [
            ("2018年", Period::Current),
            ("历年累计", Period::Cumulative)
        ]
    );
    let want: &[(&str, [u64; 2])] = &[
        ("主动公开文件数", [94, 765]),
        ("政府网站公开数", [94, 765]),
        ("政府公报公开数", [0, 0]),
        ("受理政府信息公开申请总数", [0, 2]),
        ("当面申请数", [0, 0]),
        ("网络申请数", [0, 1]),
        ("信函、传真申请数", [0, 1]),
        ("对申请的答复总数", [0, 1]),
        ("同意公开答复数", [0, 1]),
        ("同意部分公开答复数", [0, 0]),
        ("不予公开答复数", [0, 0]),
        ("其他类型答复数", [0, 1]),
        ("接受行政申诉、举报数", [0, 0]),
        ("行政复议数", [0, 0]),
        ("行政诉讼数", [0, 0]),
    ];
    let got = rows(t);
    assert_eq!(got.len(), want.len());
    for ((label, vals), (wl, wv)) in got.iter().zip(want) {
        assert_eq!(label, wl);
        assert_eq!(vals, &wv.map(Some).to_vec(), "{label}");
    }
    assert!(t.rows.iter().all(|r| r.unit.as_deref() == Some("条")));
    // Every cell points at its digits in the text.
    let text = fixture("0026.txt");
    let c = &t.rows[0].cells[1];
    let sp = c.span.expect("a span");
    assert_eq!(&text[sp.start..sp.end], "765");
    // The one real inconsistency: 历年累计 答复总数 1, but 同意公开 1 + 其他类型 1.
    let legs = leg(&f);
    assert_eq!(legs.len(), 1, "{legs:?}");
    assert_eq!(legs[0].rule, "LEG001");
    assert_eq!(legs[0].severity, Severity::Error);
    assert_eq!(legs[0].location.row_id(), Some("replies"));
    assert_eq!(legs[0].location.column_id(), Some("cumulative"));
    // The prose's `近3年共受理信息公开申请2件` sits within 0 (2018) and 2 (历年累计): no LEG003.
}

#[test]
fn the_consistent_flat_tables_are_read_and_pass() {
    // Checked by hand: 0018 6 = 6 + 0, all application and reply rows 0; 0019 8 = 8 + 0;
    // 0022 291 = 291 + 0; 0024 793 = 793 + 0 and 1499 = 1499 + 0, cumulative ≥ 2016.
    type Case<'a> = (&'a str, usize, &'a [&'a str], [Option<u64>; 2]);
    let cases: &[Case<'_>] = &[
        ("0018.txt", 17, &["年末统计"], [Some(6), None]),
        ("0019.txt", 17, &["年末统计"], [Some(8), None]),
        ("0022.txt", 16, &["2013 年度"], [Some(291), None]),
        (
            "0024.txt",
            16,
            &["2016年", "历年累计"],
            [Some(793), Some(1499)],
        ),
    ];
    for (name, n, heads, proactive) in cases {
        let (r, f) = audit(&fixture(name));
        let t = table(&r);
        assert_eq!(t.rows.len(), *n, "{name}");
        let h: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
        assert_eq!(&h, heads, "{name}");
        let p = t.row(Indicator::Proactive).expect("主动公开");
        assert_eq!(p.value(0), proactive[0], "{name}");
        assert_eq!(p.value(1), proactive[1], "{name}");
        // Every row named, every cell a count, every row but the totals under its total.
        assert!(t.rows.iter().all(|r| r.indicator.is_some()), "{name}");
        assert!(
            t.rows
                .iter()
                .all(|r| r.cells.iter().all(|c| c.value.get().is_some())),
            "{name}"
        );
        assert!(leg(&f).is_empty(), "{name}: {:?}", leg(&f));
    }
    // 0020 announces nothing and has no table.
    let (r, _) = audit(&fixture("0020.txt"));
    assert!(r.legacy.as_ref().is_some_and(|l| l.table.is_none()));
}

#[test]
fn the_table_fills_the_legacy_figures_and_maps_onto_2019_rows() {
    let (r, _) = audit(&fixture("0024.txt"));
    let l = r.legacy.as_ref().unwrap();
    assert_eq!(
        (l.proactive_new, l.proactive_cumulative),
        (Some(793), Some(1499))
    );
    assert_eq!((l.applications_total, l.replies_total), (Some(0), Some(0)));
    assert_eq!((l.reconsiderations, l.lawsuits), (Some(0), Some(0)));
    let outcomes: Vec<LegacyOutcome> = l.replies.iter().map(|x| x.outcome).collect();
    assert_eq!(
        outcomes,
        [
            LegacyOutcome::Agreed,
            LegacyOutcome::AgreedInPart,
            LegacyOutcome::Refused,
            LegacyOutcome::OtherReply
        ]
    );
    // 0026's prose `近3年共受理信息公开申请2件` is not the year's: the table's 0 is.
    let (r, _) = audit(&fixture("0026.txt"));
    assert_eq!(r.legacy.as_ref().unwrap().applications_total, Some(0));
    // The cumulative column onto the 2019 rows, each with its fit (DOMAIN.md §5.3).
    let t = table(&r);
    let m = t.to_2019_rows(t.column(Period::Cumulative).unwrap());
    assert_eq!(
        (m[0].target, m[0].count, m[0].fit),
        (MappedTo::Row(Outcome::Disclosed), 1, Fit::Good)
    );
    assert!(m
        .iter()
        .all(|x| x.target != MappedTo::Row(Outcome::Disclosed) || x.count == 1));
}

#[test]
fn a_parsed_table_survives_a_json_round_trip() {
    let (r, _) = audit(&fixture("0026.txt"));
    let json = serde_json::to_string(&r).unwrap();
    let back: AnnualReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    assert!(json.contains("\"applications_by\":\"online\""));
}

const BODY: &str = "某局2015年政府信息公开工作年度报告\n一、概述\n本年度工作正常开展。\n";

/// The rows and values every layout below prints.
fn expect_layout(text: &str) {
    let (r, f) = audit(text);
    let t = table(&r);
    let h: Vec<Period> = t.columns.iter().map(|c| c.period).collect();
    assert_eq!(h, [Period::Current, Period::Cumulative], "{text}");
    let got = rows(t);
    let want = [
        ("主动公开信息数", [Some(120), Some(560)]),
        ("网站公开", [Some(118), Some(550)]),
        ("政府公报公开", [Some(2), Some(10)]),
        ("受理依申请公开信息总数", [Some(5), Some(21)]),
        ("行政复议数", [Some(0), Some(1)]),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}\n{text}");
    for ((l, v), (wl, wv)) in got.iter().zip(want) {
        assert_eq!((l.as_str(), v.as_slice()), (wl, wv.as_slice()), "{text}");
    }
    assert_eq!(t.rows[1].parent, Some(0));
    assert_eq!(t.rows[2].parent, Some(0));
    assert_eq!(t.rows[4].parent, None);
    assert!(leg(&f).is_empty(), "{:?}", leg(&f));
}

#[test]
fn layout_lines_with_tabs() {
    expect_layout(&format!(
        "{BODY}附件：2015年政府信息公开情况统计表\n指标名称\t计量单位\t本年度\t历年累计\n\
         主动公开信息数\t条\t120\t560\n其中：1.网站公开\t条\t118\t550\n2.政府公报公开\t条\t2\t10\n\
         受理依申请公开信息总数\t条\t5\t21\n行政复议数\t件\t0\t1\n"
    ));
}

#[test]
fn layout_lines_with_pipes_keep_blank_and_slash_apart() {
    expect_layout(&format!(
        "{BODY}| 指标名称 | 计量单位 | 本年度 | 历年累计 |\n|---|---|---|---|\n\
         | 主动公开信息数 | 条 | 120 | 560 |\n| 其中：1.网站公开 | 条 | 118 | 550 |\n\
         | 2.政府公报公开 | 条 | 2 | 10 |\n| 受理依申请公开信息总数 | 条 | 5 | 21 |\n\
         | 行政复议数 | 件 | 0 | 1 |\n"
    ));
    let (r, _) = audit(&format!(
        "{BODY}| 指标名称 | 计量单位 | 本年度 | 历年累计 |\n| 主动公开信息数 | 条 | 120 | 560 |\n\
         | 行政复议数 | 件 |  | 1 |\n| 行政诉讼数 | 件 | / | 0 |\n"
    ));
    let t = table(&r);
    assert_eq!(t.rows[1].cells[0].value, Cell::Blank);
    assert_eq!(t.rows[2].cells[0].value, Cell::NotApplicable);
    assert_eq!(t.rows[2].cells[1].value, Cell::Value(0));
}

#[test]
fn layout_lines_aligned_with_spaces() {
    expect_layout(&format!(
        "{BODY}                 政府信息公开情况统计表\n\
         \x20 指标名称                    计量单位    本年度     历年累计\n\
         \x20 主动公开信息数                 条        120        560\n\
         \x20   其中：1.网站公开             条        118        550\n\
         \x20         2.政府公报公开         条          2         10\n\
         \x20 受理依申请公开信息总数         条          5         21\n\
         \x20 行政复议数                     件          0          1\n"
    ));
}

#[test]
fn layout_one_cell_per_line() {
    let cells = [
        "政府信息公开情况统计表",
        "指标名称",
        "计量单位",
        "本年度",
        "历年累计",
        "主动公开信息数",
        "条",
        "120",
        "560",
        "其中：1.网站公开",
        "条",
        "118",
        "550",
        "2.政府公报公开",
        "条",
        "2",
        "10",
        "受理依申请公开信息总数",
        "条",
        "5",
        "21",
        "行政复议数",
        "件",
        "0",
        "1",
    ];
    expect_layout(&format!("{BODY}{}\n", cells.join("\n")));
}

#[test]
fn layout_flattened_onto_one_line() {
    expect_layout(&format!(
        "{BODY}附表 指标名称 计量单位 本年度 历年累计 主动公开信息数 条 120 560 其中：1．网站公开 条 118 550 \
         2．政府公报公开 条 2 10 受理依申请公开信息总数 条 5 21 行政复议数 件 0 1 附件下载"
    ));
}

#[test]
fn layout_split_header_two_value_columns() {
    // `计量 单位 2015 年度 历年 累计` split as a crawler leaves it.
    expect_layout(&format!(
        "{BODY}附表 指标名称 计量 单位 2015 年度 历年累计 主动公开信息数 条 120 560 其中：1.网站公开 条 118 550 \
         2.政府公报公开 条 2 10 受理依申请公开信息总数 条 5 21 行政复议数 件 0 1"
    ));
}

#[test]
fn layout_cells_run_together_decoded_by_the_tables_sums() {
    // `1205 60` would be 1205|60 (cumulative below the year) or 120|560; the parts decide
    // the rest. The gazette row `210` is 2|10 or 21|0 (cumulative below): decided.
    let text = format!(
        "{BODY}附表 指标名称 计量单位 本年度 历年累计 主动公开信息数 条 120560 其中：1.网站公开 条 118 550 \
         2.政府公报公开 条 210 受理依申请公开信息总数 条 521 行政复议数 件 01"
    );
    let (r, f) = audit(&text);
    let got = rows(table(&r));
    assert_eq!(got[0].1, [Some(120), Some(560)]);
    assert_eq!(got[2].1, [Some(2), Some(10)]);
    // 521 is 5|21 or 52|1 (cumulative below): decided; 01 is 0|1.
    assert_eq!(got[3].1, [Some(5), Some(21)]);
    assert_eq!(got[4].1, [Some(0), Some(1)]);
    assert!(leg(&f).is_empty(), "{:?}", leg(&f));
    // With nothing to decide between 9|4765 and 94|765 the cells stay blank, and LEG004 says so.
    let (r, f) = audit(&format!(
        "{BODY}附表 指标名称 单位 本年度 历年累计 主动公开文件数 条 94765 行政复议数 件 0 1"
    ));
    assert_eq!(rows(table(&r))[0].1, [None, None]);
    assert_eq!(f.iter().filter(|x| x.rule == "LEG004").count(), 1);
}

#[test]
fn channels_replies_and_refusal_reasons_take_their_places() {
    let text = format!(
        "{BODY}指标名称\t计量单位\t本年度\t历年累计\n受理依申请公开信息总数\t条\t5\t21\n\
         其中：1.当面申请数\t条\t1\t6\n2.网上申请数\t条\t4\t15\n对申请的答复总数\t条\t5\t21\n\
         其中：1.同意公开答复数\t条\t3\t14\n2.同意部分公开答复数\t条\t1\t3\n3.否决公开答复总数\t条\t1\t4\n\
         其中：（1）“信息不存在”数\t条\t1\t2\n（2）“非本部门掌握”数\t条\t0\t2\n行政复议数\t件\t0\t1\n"
    );
    let (r, f) = audit(&text);
    let t = table(&r);
    let ind: Vec<Option<Indicator>> = t.rows.iter().map(|r| r.indicator).collect();
    assert_eq!(
        ind[2],
        Some(Indicator::ApplicationsBy(LegacyChannel::Online))
    );
    assert_eq!(ind[7], Some(Indicator::Reply(LegacyOutcome::DoesNotExist)));
    let parents: Vec<Option<usize>> = t.rows.iter().map(|r| r.parent).collect();
    assert_eq!(
        parents,
        [
            None,
            Some(0),
            Some(0),
            None,
            Some(3),
            Some(3),
            Some(3),
            Some(6),
            Some(6),
            None
        ]
    );
    assert!(leg(&f).is_empty(), "{:?}", leg(&f));
    // The year's replies onto the 2019 rows: the refusal total is not counted beside its reasons.
    let m = t.to_2019_rows(0);
    let not_held = m
        .iter()
        .find(|x| x.target == MappedTo::Row(Outcome::UnavailableNotHeld))
        .unwrap();
    assert_eq!((not_held.count, not_held.fit), (1, Fit::Good));
    assert!(m.iter().all(|x| !matches!(x.target, MappedTo::Group(_))));
}

#[test]
fn prose_vs_table_fires_on_the_year_and_stays_silent_on_unlike_periods() {
    let table = "附表 指标名称 单位 2016年 历年累计 主动公开文件数 条 793 1499 受理政府信息公开申请总数 条 3 9";
    let bad = format!(
        "2016年政府信息公开工作年度报告\n二、主动公开政府信息情况\n本年度新增主动公开政府信息795条。\n{table}"
    );
    let (_, f) = audit(&bad);
    let l: Vec<&Finding> = f.iter().filter(|x| x.rule == "LEG003").collect();
    assert_eq!(l.len(), 1, "{f:?}");
    assert_eq!(l[0].expected, Some(793u64.into()));
    assert!(l[0]
        .evidence
        .as_deref()
        .unwrap_or("")
        .contains("主动公开文件数 条 793 1499"));
    let good = format!(
        "2016年政府信息公开工作年度报告\n二、主动公开政府信息情况\n本年度新增主动公开政府信息793条。\
         累计主动公开政府信息1499条。\n三、依申请公开政府信息情况\n近3年共受理政府信息公开申请5件。\n{table}"
    );
    let (_, f) = audit(&good);
    assert!(f.iter().all(|x| x.rule != "LEG003"), "{f:?}");
}

#[test]
fn a_numbered_table_with_headings_last_year_and_a_change_column() {
    let text = "某区2011年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n\
        序号\t指标名称\t单位\t本年数\t上年数\t增减\n\
        1\t一、主动公开情况\t\t\t\n\
        2\t（一）主动公开政府信息数\t条\t1234\t1100\t+134\n\
        3\t其中：主动公开规范性文件数\t条\t56\t60\t-4\n\
        4\t二、依申请公开情况\t\t\t\n\
        5\t（一）收到申请数\t件\t30\t25\t+5\n\
        6\t其中：1.当面申请数\t件\t10\t8\t+2\n\
        7\t2.网上申请数\t件\t20\t17\t+3\n\
        8\t（二）对申请的答复数\t件\t30\t25\t+5\n\
        9\t其中：1.“同意公开”答复数\t件\t20\t20\t0\n\
        10\t2.“否决公开”答复数\t件\t10\t5\t+5\n\
        11\t其中：（1）“不予公开范围1”数\t件\t1\t0\t+1\n\
        12\t（2）“信息不存在”数\t件\t9\t5\t+4\n\
        13\t三、行政复议数\t件\t0\t0\t0\n";
    let (r, f) = audit(text);
    let t = table(&r);
    let periods: Vec<Period> = t.columns.iter().map(|c| c.period).collect();
    assert_eq!(periods, [Period::Current, Period::Previous, Period::Other]);
    // Headings are rows without an indicator or values; the serial numbers are not values.
    assert_eq!(
        (t.rows[0].label.as_str(), t.rows[0].indicator),
        ("主动公开情况", None)
    );
    let p = t.row(Indicator::Proactive).unwrap();
    assert_eq!(
        (p.value(0), p.value(1), p.value(2)),
        (Some(1234), Some(1100), Some(134))
    );
    let fall = &t.rows[2].cells[2].value;
    assert_eq!(fall, &Cell::Invalid("-4".into())); // a signed change is not a count: kept
    let reason = t
        .row(Indicator::Reply(LegacyOutcome::DoesNotExist))
        .unwrap();
    let refused = t.row(Indicator::Reply(LegacyOutcome::Refused)).unwrap();
    assert_eq!(t.rows[reason.parent.unwrap()].label, refused.label);
    let l = r.legacy.as_ref().unwrap();
    assert_eq!(
        (l.applications_total, l.replies_total),
        (Some(30), Some(30))
    );
    assert!(leg(&f).is_empty(), "{:?}", leg(&f));
}
