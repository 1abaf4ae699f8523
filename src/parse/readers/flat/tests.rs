//! The flattened-text reader, shape by shape: each with a page that reads right and one that
//! must not be misread.

use super::*;
use crate::finding::{Finding, Severity};
use crate::outcome::{Outcome, RequestRow};
use crate::parse::readers::Document;
use crate::parse::{parse, ParsedReport};
use crate::report::{AppealGroup, Cell, CellRef, RequestCells, SectionKind};

/// The virtual lines of `text` with their kinds, as (kind tag, text).
fn show(text: &str) -> Vec<(char, String)> {
    let d = Document::read(text);
    d.lines
        .iter()
        .zip(&d.kinds)
        .map(|(l, k)| {
            let tag = match k {
                LineKind::Text => 'T',
                LineKind::FlatText => 't',
                LineKind::FlatRow {
                    open_end: false, ..
                } => 'R',
                LineKind::FlatRow { open_end: true, .. } => 'O',
                LineKind::FlatEmptyRow => 'E',
            };
            (tag, text[l.start..l.end].to_string())
        })
        .collect()
}

/// The §3 labels of the 2021 template in order (group headings have no values).
const ROWS: &[&str] = &[
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
];

/// A flattened 2021 report page: every §3 row `0000000` unless `rows` gives its values (by
/// label prefix); `after3` is glued after the §3 table, `appeals` is the §4 run and `after4`
/// what follows it.
fn page(rows: &[(&str, &str)], after3: &str, appeals: &str, after4: &str) -> String {
    let mut s = String::from(
        "标题: 某局2024年政府信息公开工作年度报告\n==================== 正文 ====================\n\
         当前位置： 首页政务公开 某局2024年政府信息公开工作年度报告 \
         一、总体情况2024年，本局认真贯彻《条例》，做好政府信息公开工作。\
         二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数\
         规章000行政规范性文件213第二十条第（五）项信息内容本年处理决定数量行政许可12\
         第二十条第（六）项信息内容本年处理决定数量行政处罚3行政强制0\
         第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0\
         三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，\
         等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构\
         社会公益组织法律服务机构其他",
    );
    for label in ROWS {
        s.push_str(label);
        const HEADINGS: [&str; 5] = [
            "三、本年度办理结果",
            "（三）不予公开",
            "（四）无法提供",
            "（五）不予处理",
            "（六）其他处理",
        ];
        if HEADINGS.contains(label) {
            continue;
        }
        let v = rows
            .iter()
            .find(|(p, _)| label.starts_with(p))
            .map_or("0000000", |(_, v)| v);
        s.push_str(v);
    }
    s.push_str(after3);
    s.push_str(
        "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结\
         总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正\
         其他结果尚未审结总计",
    );
    s.push_str(appeals);
    s.push_str(after4);
    s.push_str("五、存在的主要问题及改进情况无。六、其他需要报告的事项无。 某局 2025年1月20日");
    s
}

fn zeros_page(rows: &[(&str, &str)]) -> String {
    page(rows, "", "000000000000000", "")
}

fn row(p: &ParsedReport, r: RequestRow) -> RequestCells {
    p.report
        .tables
        .requests
        .as_ref()
        .and_then(|t| t.row(r))
        .cloned()
        .unwrap_or_default()
}

fn values(v: [u64; 7]) -> RequestCells {
    v.map(Cell::Value)
}

fn codes(p: &ParsedReport) -> Vec<&str> {
    p.diagnostics.iter().map(|d| d.rule.as_str()).collect()
}

/// Errors of the whole audit (the parser's, then the checks of the layer above).
fn errors(p: &ParsedReport) -> Vec<Finding> {
    crate::audit_report(p.report.clone())
        .findings
        .into_iter()
        .chain(p.diagnostics.iter().cloned())
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

const NOT_HELD: RequestRow = RequestRow::Outcome(Outcome::UnavailableNotHeld);
const NEEDS_CREATION: RequestRow = RequestRow::Outcome(Outcome::UnavailableNeedsCreation);
const DISCLOSED: RequestRow = RequestRow::Outcome(Outcome::Disclosed);
const PARTIAL: RequestRow = RequestRow::Outcome(Outcome::PartiallyDisclosed);

#[test]
fn a_clean_flattened_page_reads_without_findings() {
    let t = zeros_page(&[
        ("一、", "1000001"),
        ("1.本机关", "1000001"),
        ("（七）", "1000001"),
    ]);
    assert!(is_flattened(&t, &crate::parse::lines::split_lines(&t)[2]));
    let p = parse(&t).unwrap();
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    assert_eq!(row(&p, NOT_HELD), values([1, 0, 0, 0, 0, 0, 1]));
    assert!(errors(&p).is_empty(), "{:#?}", errors(&p));
    let active = p.report.tables.active.as_ref().expect("§2");
    let licensing = active
        .get(crate::ActiveRow::Licensing, crate::ActiveColumn::Decisions)
        .cloned();
    assert_eq!(licensing.map(|c| c.to_string()), Some("12".to_string()));
}

#[test]
fn the_next_label_glued_to_the_last_digit_starts_the_next_row() {
    // `…10000012.没有现成…`: the `2.` belongs to the next label.
    let t = zeros_page(&[
        ("一、", "1000001"),
        ("1.本机关", "1000001"),
        ("（七）", "1000001"),
    ]);
    assert!(t.contains("10000012.没有现成"));
    let lines = show(&t);
    assert!(lines.contains(&('R', "1.本机关不掌握相关政府信息1000001".to_string())));
    assert!(lines.contains(&('R', "2.没有现成信息需要另行制作0000000".to_string())));
    let p = parse(&t).unwrap();
    assert_eq!(row(&p, NOT_HELD), values([1, 0, 0, 0, 0, 0, 1]));
    assert_eq!(row(&p, NEEDS_CREATION), values([0; 7]));
}

#[test]
fn a_decimal_point_is_not_a_row_number() {
    // `82059.2090万元`: `9.` followed by a digit is a decimal point, not the ordinal `9.`.
    let t = zeros_page(&[]).replace("行政事业性收费0", "行政事业性收费82059.2090万元");
    let lines = show(&t);
    assert!(
        lines.contains(&('R', "行政事业性收费82059.2090万元".to_string())),
        "{lines:#?}"
    );
}

#[test]
fn spaces_inside_runs_are_cell_boundaries() {
    // `1 10000011`: the space ends a cell, so only 1,10,0,0,0,0,11 fits the row total.
    let t = zeros_page(&[
        ("一、", "1 10 0 0 0 0 11"),
        ("（一）", "1 10000011"),
        ("（七）", "1 10 0 0 0 0 11"),
    ]);
    let p = parse(&t).unwrap();
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    assert_eq!(row(&p, DISCLOSED), values([1, 10, 0, 0, 0, 0, 11]));
    let cell = CellRef::Requests {
        row: DISCLOSED,
        column: crate::RequestColumn::ALL[1],
    };
    let span = p.report.span_of(&cell).unwrap();
    assert_eq!(&t[span.start..span.end], "10");
}

#[test]
fn a_run_the_identities_leave_open_is_not_guessed() {
    // `110000011` twice: 1,10,…,11 or 11,0,…,11 each, and the column sums (12, 10) hold with
    // either one read each way: RDG002, the cells in doubt unread, no error.
    let t = zeros_page(&[
        ("一、", "12 10 0 0 0 0 22"),
        ("（一）", "110000011"),
        ("（二）", "110000011"),
        ("（七）", "12 10 0 0 0 0 22"),
    ]);
    let p = parse(&t).unwrap();
    assert_eq!(codes(&p), ["RDG002", "RDG002"], "{:#?}", p.diagnostics);
    let d = row(&p, DISCLOSED);
    assert_eq!(d[0], Cell::Blank);
    assert_eq!(d[1], Cell::Blank);
    assert_eq!(
        d[6],
        Cell::Value(11),
        "the cells every reading agrees on stay"
    );
    let src = p.report.source.as_ref().unwrap();
    assert!(src.is_unread(&CellRef::Requests {
        row: DISCLOSED,
        column: crate::RequestColumn::ALL[0]
    }));
    assert!(errors(&p).is_empty(), "{:#?}", errors(&p));
}

#[test]
fn the_column_sums_choose_between_readings_of_a_run() {
    // `110000011` for （二） and （七）: with 一 read as 11,0,…,11, only 11,0,…,11 makes the
    // columns add up.
    let t = zeros_page(&[
        ("一、", "11 0 0 0 0 0 11"),
        ("（二）", "110000011"),
        ("（七）", "110000011"),
    ]);
    let p = parse(&t).unwrap();
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    assert_eq!(row(&p, PARTIAL), values([11, 0, 0, 0, 0, 0, 11]));
    assert_eq!(
        row(&p, RequestRow::TotalProcessed),
        values([11, 0, 0, 0, 0, 0, 11])
    );
}

#[test]
fn a_blank_cell_that_left_no_trace_is_placed_only_when_the_identities_do() {
    // ` 3 00000`: six values; only a blank 总计 lets the row total hold.
    let t = zeros_page(&[
        ("一、", "6000006"),
        ("（一）", "3000003"),
        ("（七）", "3000003"),
        ("四、结转", " 3 00000"),
    ]);
    let p = parse(&t).unwrap();
    assert_eq!(codes(&p), ["RDG003"], "{:#?}", p.diagnostics);
    let mut want = values([3, 0, 0, 0, 0, 0, 0]);
    want[6] = Cell::Blank;
    assert_eq!(row(&p, RequestRow::CarriedForward), want);
    assert!(errors(&p).is_empty(), "{:#?}", errors(&p));
}

#[test]
fn a_blank_cell_the_identities_do_not_place_is_not_guessed() {
    // ` 000000`: six zeros for seven cells; any cell may be the blank one.
    let t = zeros_page(&[("四、结转", " 000000")]);
    let p = parse(&t).unwrap();
    assert_eq!(codes(&p), ["RDG005"], "{:#?}", p.diagnostics);
    assert!(row(&p, RequestRow::CarriedForward)
        .iter()
        .all(Cell::is_blank));
    assert!(errors(&p).is_empty(), "{:#?}", errors(&p));
}

#[test]
fn prose_glued_after_a_table_is_prose() {
    // `…继续办理20000022025年，…`: the year starts the prose, the row is 2,0,…,2.
    let t = page(
        &[
            ("一、", "2000002"),
            ("（一）", "2000002"),
            ("（七）", "2000002"),
            ("四、结转", "2000002"),
        ],
        "2025年，我局共收到政府信息公开申请2件。",
        "000000000000000",
        "我局2025年未发生行政复议。",
    );
    let t = t.replace(
        "一、本年新收政府信息公开申请数量2000002",
        "一、本年新收政府信息公开申请数量4000004",
    );
    let p = parse(&t).unwrap();
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    assert_eq!(
        row(&p, RequestRow::CarriedForward),
        values([2, 0, 0, 0, 0, 0, 2])
    );
    let a = p.report.tables.appeals.as_ref().unwrap();
    assert!(a
        .blocks()
        .all(|(_, b)| b.iter().all(|c| *c == Cell::Value(0))));
    // The prose is a sentence of its own, not glued to the table.
    assert!(p
        .report
        .claims
        .iter()
        .all(|c| !c.sentence.contains("继续办理")));
    assert!(errors(&p).is_empty(), "{:#?}", errors(&p));
}

#[test]
fn digits_glued_to_a_unit_after_a_table_are_tried_as_prose() {
    // `…继续办理10000013件…`: only 1,0,…,1 (and `3件` of the prose) fits the row total.
    let t = page(
        &[
            ("一、", "2000002"),
            ("（一）", "1000001"),
            ("（七）", "1000001"),
            ("四、结转", "1000001"),
        ],
        "3件仍在办理中。",
        "000000000000000",
        "",
    );
    let p = parse(&t).unwrap();
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    assert_eq!(
        row(&p, RequestRow::CarriedForward),
        values([1, 0, 0, 0, 0, 0, 1])
    );
    // Glued to a unit, a run that fits the row total in two ways stays open.
    let t = page(
        &[("四、结转", "110000011")],
        "2件仍在办理中。",
        "000000000000000",
        "",
    );
    let p = parse(&t).unwrap();
    assert!(codes(&p).contains(&"RDG002"), "{:#?}", p.diagnostics);
    assert!(
        !codes(&p).contains(&"RDG006"),
        "an open end is no proof of a broken total"
    );
}

#[test]
fn headings_glued_to_their_text_are_found() {
    let t = zeros_page(&[]);
    let p = parse(&t).unwrap();
    let kinds: Vec<(SectionKind, &str)> = p
        .report
        .sections
        .iter()
        .map(|s| (s.kind, s.heading.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (SectionKind::Overview, "一、总体情况"),
            (SectionKind::Proactive, "二、主动公开政府信息情况"),
            (
                SectionKind::Applications,
                "三、收到和处理政府信息公开申请情况"
            ),
            (
                SectionKind::Redress,
                "四、政府信息公开行政复议、行政诉讼情况"
            ),
            (SectionKind::Problems, "五、存在的主要问题及改进情况"),
            (SectionKind::OtherMatters, "六、其他需要报告的事项"),
        ]
    );
    let overview = &p.report.sections[0];
    assert!(t[overview.body_span.start..].starts_with("2024年，本局"));
}

#[test]
fn words_of_headings_inside_prose_or_rows_are_not_headings() {
    // `统一、主动公开情况` inside a sentence, and the row `四、结转下年度继续办理`.
    let t = zeros_page(&[]).replace(
        "做好政府信息公开工作。",
        "做好政府信息公开工作，做到标准统一、主动公开情况良好。",
    );
    let p = parse(&t).unwrap();
    assert_eq!(p.report.sections.len(), 6, "{:#?}", p.report.sections);
    assert!(p
        .report
        .sections
        .iter()
        .all(|s| !s.heading.contains("结转") && !s.heading.contains("良好")));
}

#[test]
fn rows_with_no_digits_are_blank_rows() {
    // `…申请3.其他（七）总计…`: （六）2 and （六）3 have no cells at all.
    let t = zeros_page(&[]).replace(
        "行政机关不再处理其政府信息公开申请00000003.其他0000000（七）",
        "行政机关不再处理其政府信息公开申请3.其他（七）",
    );
    assert!(t.contains("申请3.其他（七）总计"));
    let lines = show(&t);
    assert!(lines.contains(&('E', "3.其他".to_string())), "{lines:#?}");
    let p = parse(&t).unwrap();
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    let misc = row(&p, RequestRow::Outcome(Outcome::OtherMisc));
    assert!(misc.iter().all(Cell::is_blank));
    // A group heading followed by its first row is not a blank row.
    assert!(
        lines.contains(&('t', "（三）不予公开".to_string())),
        "{lines:#?}"
    );
}

#[test]
fn a_block_that_breaks_h4_in_every_split_is_reported_as_an_error() {
    // `00202000001324015`: the last block splits in no way that satisfies H4.
    let t = page(&[], "", "00202000001324015", "");
    let p = parse(&t).unwrap();
    let f: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| d.rule == "RDG006")
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", p.diagnostics);
    assert_eq!(
        f[0].location.row_id(),
        Some(AppealGroup::LitigationAfterReconsideration.id())
    );
    let a = p.report.tables.appeals.as_ref().unwrap();
    let b = a.block(AppealGroup::Reconsideration);
    assert_eq!(b.clone().map(|c| c.get()), [0, 0, 2, 0, 2].map(Some));
    // The same run with a consistent last block reads whole and raises nothing.
    let t = page(&[], "", "00202000001324019", "");
    let p = parse(&t).unwrap();
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
}

#[test]
fn short_or_row_free_lines_are_not_flattened() {
    let text = "一、总体情况\n2024年，本局做好政府信息公开工作。二、主动公开政府信息情况见下表。\n";
    let d = Document::read(text);
    assert!(!d.flattened);
    assert_eq!(d.lines.len(), 2);
}

#[test]
fn virtual_lines_tile_the_text() {
    let t = zeros_page(&[("一、", "160 02 0 018")]);
    let d = Document::read(&t);
    assert!(d.flattened);
    for w in d.lines.windows(2) {
        assert!(w[0].end <= w[1].start, "{w:?}");
        if w[0].number == w[1].number {
            assert_eq!(w[0].end, w[1].start, "{w:?}");
        }
    }
}

#[test]
#[ignore]
fn dump_fixture() {
    // FLAT=tests/fixtures/flat/text/0006.txt cargo test --lib dump_fixture -- --ignored --nocapture
    let path = std::env::var("FLAT").unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap();
    for (k, s) in show(&text) {
        println!("{k} {s}");
    }
}

#[test]
fn the_first_character_tests_cover_every_word() {
    for w in ACTIVE_ROWS {
        assert!(w.chars().next().is_some_and(may_start_active_row), "{w}");
    }
}

#[test]
fn the_heading_separators_start_with_the_bytes_the_scan_visits() {
    for (c, lead) in [('、', 0xE3), ('.', b'.'), ('．', 0xEF)] {
        assert_eq!(c.to_string().as_bytes()[0], lead, "{c}");
    }
}

/// The heading scan as first written (every character decoded), which [`headings`] must match.
fn headings_by_chars(s: &str, limit: usize) -> Vec<(usize, usize, SectionKind)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    let mut last_number = 0u8;
    for (i, c) in s.char_indices() {
        let p = prev;
        prev = Some(c);
        if i < skip_to || !is_numeral(c) || p.is_some_and(is_numeral) {
            continue;
        }
        let Some((n, kind, len)) = glued_heading(&s[i..]) else {
            continue;
        };
        if p.is_some_and(is_ideograph) && n != last_number.saturating_add(1) {
            continue;
        }
        out.push((i, i + len, kind));
        last_number = n;
        skip_to = i + len;
        if out.len() >= limit {
            break;
        }
    }
    out
}

proptest::proptest! {
    #[test]
    fn headings_match_the_character_scan(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "一", "二", "三", "四", "十", "十二", "十十", "、", ".", "．", "。", "，", "统",
                "总体情况", "概述", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                "2024年", "0", " ", "其他需要报告的事项", "本年新收", "a", "（", "）",
            ]),
            0..40,
        ),
        limit in 1usize..6,
    ) {
        let s: String = parts.concat();
        proptest::prop_assert_eq!(headings(&s, limit), headings_by_chars(&s, limit));
        proptest::prop_assert_eq!(headings(&s, usize::MAX), headings_by_chars(&s, usize::MAX));
    }
}
