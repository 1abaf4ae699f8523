//! Properties of the HTML reader: a report's tables written as an HTML page, each cell dressed
//! the ways real pages dress them (inline wrappers, `&nbsp;` and U+3000 padding, a number split
//! across spans, labels one character per paragraph, `<br>`), read back as the same tables as
//! the plain text; and no page or byte string makes the reader panic.
#![cfg(feature = "html")]

use proptest::prelude::*;
use zfxxgk::parse::{parse, parse_bytes, parse_html};
use zfxxgk::render::{render_tables, Layout};
use zfxxgk::{
    AnnualReport, AppealGroup, AppealsTable, Cell, ReportFormat, RequestRow, RequestTable, Template,
};

/// A consistent §3 table (H1–H3) from leaf rows.
fn requests(template: Template, leaves: &[[u64; 6]], forward: [u64; 6]) -> RequestTable {
    let mut t = RequestTable::new(template);
    let with_total = |v: [u64; 6]| -> [Cell<u64>; 7] {
        let s: u64 = v.iter().sum();
        std::array::from_fn(|i| Cell::Value(if i < 6 { v[i] } else { s }))
    };
    let mut sum = [0u64; 6];
    let mut k = 0;
    for r in RequestRow::rows(template) {
        if r.outcome().is_some() {
            let v = leaves[k % leaves.len()];
            k += 1;
            for i in 0..6 {
                sum[i] += v[i];
            }
            t.set_row(*r, with_total(v)).unwrap();
        }
    }
    let received: [u64; 6] = std::array::from_fn(|i| sum[i] + forward[i]);
    t.set_row(RequestRow::Received, with_total(received))
        .unwrap();
    t.set_row(RequestRow::CarriedIn, with_total([0; 6]))
        .unwrap();
    t.set_row(RequestRow::TotalProcessed, with_total(sum))
        .unwrap();
    t.set_row(RequestRow::CarriedForward, with_total(forward))
        .unwrap();
    t
}

fn appeals(blocks: [[u64; 4]; 3]) -> AppealsTable {
    let mut t = AppealsTable::default();
    for (g, b) in AppealGroup::ALL.iter().zip(blocks) {
        let total: u64 = b.iter().sum();
        t.set_block(
            *g,
            std::array::from_fn(|i| Cell::Value(if i < 4 { b[i] } else { total })),
        );
    }
    t
}

fn report() -> impl Strategy<Value = AnnualReport> {
    let small =
        || prop::array::uniform6(prop_oneof![3 => Just(0u64), 2 => 0u64..40, 1 => 0u64..3000]);
    (
        prop::bool::ANY,
        prop::collection::vec(small(), 1..5),
        small(),
        prop::array::uniform3(prop::array::uniform4(0u64..30)),
    )
        .prop_map(|(y21, leaves, fw, ap)| {
            let (format, template) = if y21 {
                (ReportFormat::Std2021, Template::Std2021)
            } else {
                (ReportFormat::Std2019, Template::Std2019)
            };
            let mut r = AnnualReport::new(format);
            r.tables.requests = Some(requests(template, &leaves, fw));
            r.tables.appeals = Some(appeals(ap));
            r
        })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One cell's text as a page might write it; `how` picks the dress.
fn dress(text: &str, how: u8) -> String {
    let chars: Vec<char> = text.chars().collect();
    let plain = escape(text);
    match how % 7 {
        0 => plain,
        1 => format!("<p>&nbsp;{plain}&nbsp;&nbsp;</p>"),
        2 if chars.len() > 1 => {
            let cut = chars.len() / 2;
            let (a, b): (String, String) =
                (chars[..cut].iter().collect(), chars[cut..].iter().collect());
            format!(
                "<span>&nbsp;</span><span style=\"font-family:宋体\">{}</span><span>{}</span>",
                escape(&a),
                escape(&b)
            )
        }
        3 if !text.chars().any(|c| c.is_ascii_digit()) => chars
            .iter()
            .map(|c| format!("<p>{}</p>\n", escape(&c.to_string())))
            .collect(),
        4 => format!("<font face=\"仿宋\">{plain}</font>&#12288;"),
        5 => format!("<b>{plain}</b><br/>"),
        _ => format!(
            "\n  <p style=\"text-align:center\"><span lang=EN-US>{plain}<o:p></o:p></span></p>\n"
        ),
    }
}

/// The tab-separated text as a page: paragraphs, and runs of tab lines as tables.
fn page(text: &str, dresses: &[u8]) -> String {
    let mut html = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>\
        <div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">政务公开</a></div><div class=\"content\">");
    let mut in_table = false;
    let mut k = 0usize;
    for line in text.lines() {
        if line.contains('\t') {
            if !in_table {
                html.push_str("<table border=1 cellspacing=0>");
                in_table = true;
            }
            html.push_str("<tr>");
            for cell in line.split('\t') {
                let how = dresses[k % dresses.len()];
                k += 1;
                html.push_str(&format!(
                    "<td width=\"{}\" valign=\"middle\">{}</td>",
                    10 + k % 40,
                    dress(cell, how)
                ));
            }
            html.push_str("</tr>\n");
        } else {
            if in_table {
                html.push_str("</table>");
                in_table = false;
            }
            if !line.trim().is_empty() {
                html.push_str(&format!("<p>{}</p>\n", escape(line)));
            }
        }
    }
    if in_table {
        html.push_str("</table>");
    }
    html.push_str("</div><div class=\"footer\"><p><a href=\"/m\">网站地图</a> | <a href=\"/c\">联系我们</a></p></div></body></html>");
    html
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_page_of_dressed_cells_reads_as_its_text(
        r in report(),
        dresses in prop::collection::vec(0u8..7, 1..40),
    ) {
        let text = render_tables(&r, Layout::Tabs);
        let html = page(&text, &dresses);
        let from_text = parse(&text).unwrap();
        let from_html = parse_html(&html).unwrap();
        prop_assert_eq!(&from_html.report.tables.requests, &r.tables.requests, "{}", html);
        prop_assert_eq!(&from_html.report.tables.appeals, &r.tables.appeals, "{}", html);
        prop_assert_eq!(&from_text.report.tables.requests, &r.tables.requests);
        // Every cell span is the value's bytes in the page.
        let src = from_html.report.source.as_ref().unwrap();
        for (cell, span) in src.cell_spans() {
            let q = src.quote(*span);
            prop_assert!(!q.is_empty() && !q.contains('<'), "{:?} {:?}", cell, q);
        }
    }

    #[test]
    fn no_page_makes_the_reader_panic(
        parts in prop::collection::vec(prop_oneof![
            Just("<table>"), Just("<tr>"), Just("<td rowspan=3>"), Just("<td colspan=99>"), Just("</td>"),
            Just("</tr>"), Just("</table>"), Just("<p>"), Just("</p>"), Just("<br>"), Just("<div>"),
            Just("</div>"), Just("<a href=x>"), Just("</a>"), Just("<script>"), Just("</script>"),
            Just("<pre>"), Just("&nbsp;"), Just("&#12288;"), Just("&amp"), Just("&#"), Just("<!--"),
            Just("-->"), Just("<"), Just(">"), Just("一、总体情况"), Just("三、收到和处理政府信息公开申请情况"),
            Just("（七）总计"), Just("28"), Just("0"), Just("/"), Just("\t"), Just("\n"), Just("\u{3000}"),
            Just("<span style='display:none'>"), Just("<h1>"), Just("年度报告2023年政府信息公开"),
            // Labels that make a grid a §2/§3/§4 or pre-2019 table, and spans across rows.
            Just("行政复议"), Just("结果维持"), Just("尚未审结"), Just("申请人情况"), Just("予以公开"),
            Just("信息内容"), Just("规章"), Just("指标名称"), Just("主动公开信息数"), Just("条"),
            Just("其中：1.网站公开"), Just("<td rowspan=2>"), Just("<th colspan=2>"), Just("1 2"),
            Just("四、政府信息公开行政复议、行政诉讼情况"),
        ], 0..200),
    ) {
        let html: String = parts.concat();
        let p = parse_html(&html).unwrap();
        let src = p.report.source.as_ref().unwrap();
        for (_, span) in src.cell_spans() {
            prop_assert!(span.start <= span.end && span.end <= html.len());
            let _ = (src.quote(*span), src.line_of(*span));
        }
        for s in &p.report.sections {
            prop_assert!(s.heading_span.end <= html.len() && s.body_span.end <= html.len());
        }
        let _ = zfxxgk::audit_bytes(html.as_bytes()).unwrap();
    }

    #[test]
    fn no_bytes_make_the_reader_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let p = parse_bytes(&bytes).unwrap();
        let text_len = p.report.source.as_ref().map_or(0, |s| s.text().len());
        for f in &p.diagnostics {
            if let Some(s) = f.location.span {
                prop_assert!(s.start <= s.end && s.end <= text_len, "{:?}", f);
            }
        }
    }
}
