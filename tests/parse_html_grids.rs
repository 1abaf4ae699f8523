//! HTML tables are read from their grids, cell by cell: each grid is told §2/§3/§4 by its
//! labels, tables cut into several `<table>`s are read as one, a cell is one value whatever
//! its text, and a value spanning rows keeps the other cells in their columns.
#![cfg(feature = "html")]

use zfxxgk::parse::{parse_html, parse_html_with, ParseOptions};
use zfxxgk::render::{render_tables, Layout};
use zfxxgk::report::ActiveCell;
use zfxxgk::{
    ActiveColumn, ActiveRow, ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable,
    Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template,
};

/// A consistent 2021 report with distinct values in every table.
fn report() -> AnnualReport {
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    let mut t = RequestTable::new(Template::Std2021);
    let rows = RequestRow::rows(Template::Std2021);
    let mut sum = [0u64; 6];
    for (k, row) in rows.iter().enumerate() {
        if row.outcome().is_some() {
            let v: [u64; 6] = std::array::from_fn(|c| ((k + c) % 3) as u64);
            for c in 0..6 {
                sum[c] += v[c];
            }
            let total: u64 = v.iter().sum();
            t.set_row(
                *row,
                std::array::from_fn(|c| Cell::Value(if c < 6 { v[c] } else { total })),
            )
            .unwrap();
        }
    }
    let with_total = |v: [u64; 6]| -> [Cell<u64>; 7] {
        let s: u64 = v.iter().sum();
        std::array::from_fn(|i| Cell::Value(if i < 6 { v[i] } else { s }))
    };
    t.set_row(RequestRow::Received, with_total(sum)).unwrap();
    t.set_row(RequestRow::CarriedIn, with_total([0; 6]))
        .unwrap();
    t.set_row(RequestRow::TotalProcessed, with_total(sum))
        .unwrap();
    t.set_row(RequestRow::CarriedForward, with_total([0; 6]))
        .unwrap();
    r.tables.requests = Some(t);
    let mut a = AppealsTable::default();
    for (i, g) in AppealGroup::ALL.iter().enumerate() {
        let b = [i as u64, 1, 0, 2];
        a.set_block(
            *g,
            std::array::from_fn(|k| Cell::Value(if k < 4 { b[k] } else { b.iter().sum() })),
        );
    }
    r.tables.appeals = Some(a);
    let mut act = ActiveTable::new(Template::Std2021);
    let cells: Vec<_> = act.cells().map(|(r, c, _)| (r, c)).collect();
    for (k, (row, col)) in cells.into_iter().enumerate() {
        act.set(
            row,
            col,
            ActiveCell::parse(col.kind(), &(k + 1).to_string()),
        )
        .unwrap();
    }
    r.tables.active = Some(act);
    r
}

#[test]
fn a_rendered_page_reads_back_with_no_diagnostics() {
    let r = report();
    let page = render_tables(&r, Layout::Html);
    let p = parse_html(&page).unwrap();
    assert_eq!(p.report.tables.requests, r.tables.requests);
    assert_eq!(p.report.tables.appeals, r.tables.appeals);
    assert_eq!(p.report.tables.active, r.tables.active);
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
}

#[test]
fn tables_cut_into_several_tables_read_as_one() {
    let r = report();
    let page = render_tables(&r, Layout::Html);
    // §3 cut at a page break before （四）; §2 cut before each 第二十条 block, the block title
    // written as a paragraph between the tables (as many sites print it).
    let cut = page
        .replacen(
            "<tr><td rowspan=\"3\">（四）无法提供",
            "</table>\n<table><tr><td rowspan=\"3\">（四）无法提供",
            1,
        )
        .replace(
            "<tr><td colspan=\"4\">第二十条第（五）项</td></tr>",
            "</table><p>第二十条第（五）项</p><table>",
        )
        .replace(
            "<tr><td colspan=\"4\">第二十条第（六）项</td></tr>",
            "</table><p>第二十条第（六）项</p><table>",
        );
    assert_eq!(cut.matches("<table>").count(), 6, "{cut}");
    let p = parse_html(&cut).unwrap();
    assert_eq!(p.report.tables.requests, r.tables.requests, "{cut}");
    assert_eq!(p.report.tables.active, r.tables.active, "{cut}");
    assert_eq!(p.report.tables.appeals, r.tables.appeals);
}

#[test]
fn a_cell_is_one_value_whatever_its_text() {
    let r = report();
    let page = render_tables(&r, Layout::Html);
    // Two numbers in one cell (`<p>1</p><p>2</p>` reads `1 2`): one unreadable cell, the
    // other cells in their columns.
    let row = "<td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>";
    let at = page.find(row).unwrap() + row.len();
    let end = at + page[at..].find("</td>").unwrap();
    let mut bad = page.clone();
    bad.replace_range(at..end, "<p>1</p><p>2</p>");
    let p = parse_html(&bad).unwrap();
    let t = p.report.tables.requests.as_ref().unwrap();
    let want = r.tables.requests.as_ref().unwrap();
    assert_eq!(
        t.get(RequestRow::Received, RequestColumn::ALL[0]),
        Some(&Cell::Invalid("1 2".into()))
    );
    for c in &RequestColumn::ALL[1..] {
        assert_eq!(
            t.get(RequestRow::Received, *c),
            want.get(RequestRow::Received, *c)
        );
    }
}

#[test]
fn a_value_spanning_rows_keeps_the_other_cells_in_their_columns() {
    let r = report();
    let page = render_tables(&r, Layout::Html);
    // The 自然人 cell of 一、 spans into 二、's row, whose own 自然人 cell is gone: 二、 reads
    // that position as unreadable (which row the value is of is not known) and its other
    // cells where they are — read as text, the row would be one cell short and shifted.
    let head = "<td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>";
    let spanned = page.replacen(head, &head.replace("<td>", "<td rowspan=\"2\">"), 1);
    let second = "<td colspan=\"3\">二、上年结转政府信息公开申请数量</td><td>0</td>";
    assert!(spanned.contains(second));
    let spanned = spanned.replacen(
        second,
        "<td colspan=\"3\">二、上年结转政府信息公开申请数量</td>",
        1,
    );
    let p = parse_html(&spanned).unwrap();
    let t = p.report.tables.requests.as_ref().unwrap();
    let want = r.tables.requests.as_ref().unwrap();
    assert!(matches!(
        t.get(RequestRow::CarriedIn, RequestColumn::ALL[0]),
        Some(Cell::Invalid(_))
    ));
    for c in &RequestColumn::ALL[1..] {
        assert_eq!(
            t.get(RequestRow::CarriedIn, *c),
            want.get(RequestRow::CarriedIn, *c),
            "{c:?}"
        );
    }
    assert_eq!(t.row(RequestRow::Received), want.row(RequestRow::Received));
}

#[test]
fn a_cell_spanning_columns_is_one_cell() {
    // The 2021 §2 `本年处理决定数量` spans three columns, and so does its value.
    let r = report();
    let page = render_tables(&r, Layout::Html);
    assert!(page.contains("<td colspan=\"3\">本年处理决定数量</td>"));
    let p = parse_html(&page).unwrap();
    let t = p.report.tables.active.as_ref().unwrap();
    let want = r.tables.active.as_ref().unwrap();
    assert_eq!(
        t.get(ActiveRow::Licensing, ActiveColumn::Decisions),
        want.get(ActiveRow::Licensing, ActiveColumn::Decisions)
    );
    assert!(p.diagnostics.iter().all(|d| d.rule != "RDG003"));
}

#[test]
fn a_table_written_as_text_in_a_page_is_still_read() {
    // No grid of the §4 table: its lines are read as text.
    let page = "<p>四、政府信息公开行政复议、行政诉讼情况</p><pre>行政复议\t行政诉讼\n\
                未经复议直接起诉\t复议后起诉\n\
                1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n</pre>";
    let opts = ParseOptions::with_format(ReportFormat::Std2021);
    let p = parse_html_with(page, &opts).unwrap();
    let t = p.report.tables.appeals.as_ref().unwrap();
    assert_eq!(
        t.get(AppealGroup::Reconsideration, AppealColumn::Total),
        Some(&Cell::Value(1))
    );
}

#[test]
fn a_grid_without_labels_is_the_table_of_its_section() {
    // The §4 table as values only under its heading: the heading says which table it is.
    let r = report();
    let page = render_tables(&r, Layout::Html);
    let head_start = page.find("<tr><td colspan=\"5\">行政复议").unwrap();
    let values = page.rfind("<tr>").unwrap();
    let bare = format!("{}{}", &page[..head_start], &page[values..]);
    let p = parse_html(&bare).unwrap();
    assert_eq!(p.report.tables.appeals, r.tables.appeals, "{bare}");
    // Without the heading nothing says it is §4: it goes on the §3 table before it, whose
    // rows it does not fit, and is reported as values no row took.
    let no_heading = bare.replace("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>", "");
    let p = parse_html(&no_heading).unwrap();
    assert_eq!(p.report.tables.appeals, None);
    assert_eq!(p.report.tables.requests, r.tables.requests);
    let rules: Vec<&str> = p.diagnostics.iter().map(|d| &*d.rule).collect();
    assert_eq!(rules, ["RDG004"], "{:#?}", p.diagnostics);
}

/// The pre-2019 statistics table of a report (flat/0026's), one row per `<tr>`.
const LEGACY_ROWS: &[[&str; 4]] = &[
    ["指标名称", "单位", "2018年", "历年累计"],
    ["主动公开文件数", "条", "94", "765"],
    ["其中：1.政府网站公开数", "条", "94", "765"],
    ["2.政府公报公开数", "条", "0", "0"],
    ["受理政府信息公开申请总数", "条", "0", "2"],
    ["其中：1.当面申请数", "条", "0", "0"],
    ["2.网络申请数", "条", "0", "1"],
    ["3.信函、传真申请数", "条", "0", "1"],
    ["对申请的答复总数", "条", "0", "1"],
    ["其中：1.同意公开答复数", "条", "0", "1"],
    ["2.同意部分公开答复数", "条", "", "0"],
    ["3.不予公开答复数", "条", "0", "0"],
    ["4.其他类型答复数", "条", "0", "1"],
    ["接受行政申诉、举报数", "条", "0", "0"],
    ["行政复议数", "条", "0", "0"],
    ["行政诉讼数", "条", "0", "0"],
];

fn legacy_values(p: &zfxxgk::parse::ParsedReport) -> Vec<(String, Vec<Option<u64>>)> {
    let t = p.report.legacy.as_ref().unwrap().table.as_ref().unwrap();
    t.rows
        .iter()
        .map(|r| (r.label.clone(), (0..2).map(|i| r.value(i)).collect()))
        .collect()
}

#[test]
fn the_pre_2019_statistics_table_is_read_from_its_grid() {
    let opts = ParseOptions::with_format(ReportFormat::Legacy);
    let mut page = String::from("<p>一、概述</p><p>2018年政府信息公开情况统计表</p><table>");
    let mut text = String::from("一、概述\n2018年政府信息公开情况统计表\n");
    for row in LEGACY_ROWS {
        page.push_str("<tr>");
        for c in row {
            page.push_str(&format!("<td>{c}</td>"));
        }
        page.push_str("</tr>");
        text.push_str(&row.join("\t"));
        text.push('\n');
    }
    page.push_str("</table>");
    let from_page = parse_html_with(&page, &opts).unwrap();
    let from_text = zfxxgk::parse::parse_with(&text, &opts).unwrap();
    let values = legacy_values(&from_page);
    assert_eq!(values.len(), LEGACY_ROWS.len() - 1, "{values:#?}");
    assert_eq!(values, legacy_values(&from_text));
    assert_eq!(
        values[1],
        ("政府网站公开数".to_string(), vec![Some(94), Some(765)])
    );
    assert_eq!(
        values[9].1,
        vec![None, Some(0)],
        "the blank cell stays blank"
    );
    let t = from_page
        .report
        .legacy
        .as_ref()
        .unwrap()
        .table
        .as_ref()
        .unwrap();
    assert_eq!(t.title.as_deref(), Some("2018年政府信息公开情况统计表"));
    let sp = t.span.unwrap();
    assert!(
        page[sp.start..sp.end].starts_with("指标名称"),
        "the table read is the grid"
    );
    // Every value's span is its bytes in the page.
    let t = from_page
        .report
        .legacy
        .as_ref()
        .unwrap()
        .table
        .as_ref()
        .unwrap();
    for r in &t.rows {
        for (i, c) in r.cells.iter().enumerate() {
            if let (Some(v), Some(sp)) = (r.value(i), c.span) {
                assert_eq!(page[sp.start..sp.end], v.to_string());
            }
        }
    }
}

#[test]
fn tables_in_one_table_are_told_apart_by_their_header_rows() {
    // §2, §3 and §4 in one `<table>`, each section heading a row spanning it.
    let r = report();
    let page = render_tables(&r, Layout::Html);
    let mut one = page.clone();
    for h in [
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
    ] {
        let tag = format!("</table>\n<h2>{h}</h2>\n<table>\n");
        assert!(one.contains(&tag), "{one}");
        one = one.replacen(&tag, &format!("<tr><td colspan=\"15\">{h}</td></tr>\n"), 1);
    }
    assert_eq!(one.matches("<table>").count(), 1);
    let p = parse_html(&one).unwrap();
    assert_eq!(p.report.tables.active, r.tables.active, "{one}");
    assert_eq!(p.report.tables.requests, r.tables.requests);
    assert_eq!(p.report.tables.appeals, r.tables.appeals);
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
}
