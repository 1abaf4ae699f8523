//! Published report pages (`tests/fixtures/html/`, served HTML with site chrome) read cell by
//! cell against their truth; spans pointing into the markup; the same pages and a text report
//! re-encoded (GB18030, UTF-16LE/BE) giving the same audit; hostile markup.
#![cfg(feature = "html")]

use std::fs;
use std::path::Path;

use serde_json::Value;
use zfxxgk::parse::{parse_bytes, parse_html};
use zfxxgk::parse::{Encoding, InputKind};
use zfxxgk::report::CellRef;
use zfxxgk::rules::Severity;
use zfxxgk::{AppealColumn, AppealGroup, Cell, RequestColumn, RequestRow};

const PAGES: [&str; 4] = ["0001", "0002", "0003", "0004"];

fn fixture_bytes(path: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn page(n: &str) -> String {
    String::from_utf8(fixture_bytes(&format!("html/{n}.html"))).expect("the pages are UTF-8")
}

fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"、，,.．:：;；()（）“”\"".contains(*c))
        .collect()
}

/// A truth row label: the row's label, or for a numbered outcome its group then the label
/// (`（三）1.属于国家秘密`).
fn request_row(label: &str) -> RequestRow {
    let k = key(label);
    RequestRow::all()
        .find(|r| {
            let own = key(r.label());
            own == k
                || match r {
                    RequestRow::Outcome(o) => {
                        key(&format!("{}{}", o.group().label(), o.label())) == k
                    }
                    _ => false,
                }
        })
        .unwrap_or_else(|| panic!("unknown truth row {label}"))
}

fn request_col(label: &str) -> RequestColumn {
    *RequestColumn::ALL
        .iter()
        .find(|c| c.label() == label)
        .unwrap_or_else(|| panic!("unknown truth column {label}"))
}

fn truth_cell(v: &Value) -> Cell<u64> {
    match v {
        Value::Null => Cell::Blank,
        Value::String(s) if s == "/" => Cell::NotApplicable,
        Value::Number(n) => Cell::Value(n.as_u64().expect("count")),
        other => panic!("unexpected truth cell {other}"),
    }
}

/// Cells right, cells in truth, and what was wrong.
fn score(n: &str, report: &zfxxgk::AnnualReport) -> (usize, usize, Vec<String>) {
    let truth: Value =
        serde_json::from_slice(&fixture_bytes(&format!("html/truth/{n}.json"))).unwrap();
    let (mut right, mut total, mut bad) = (0, 0, Vec::new());
    let req = report.tables.requests.as_ref();
    for (row_label, cols) in truth["table_requests"]["rows"].as_object().unwrap() {
        let row = request_row(row_label);
        for (col_label, v) in cols.as_object().unwrap() {
            let col = request_col(col_label);
            let want = truth_cell(v);
            let got = req.and_then(|t| t.get(row, col)).cloned();
            total += 1;
            if got.as_ref() == Some(&want) {
                right += 1;
            } else {
                bad.push(format!("{n} {row}/{col}: want {want:?} got {got:?}"));
            }
        }
    }
    let app = report.tables.appeals.as_ref();
    for (g_label, cols) in truth["table_appeals"].as_object().unwrap() {
        let g = *AppealGroup::ALL
            .iter()
            .find(|g| g.label() == g_label)
            .unwrap();
        for (c_label, v) in cols.as_object().unwrap() {
            let c = *AppealColumn::ALL
                .iter()
                .find(|c| c.label() == c_label)
                .unwrap();
            let want = truth_cell(v);
            let got = app.and_then(|t| t.get(g, c).cloned());
            total += 1;
            if got.as_ref() == Some(&want) {
                right += 1;
            } else {
                bad.push(format!("{n} {g}/{c}: want {want:?} got {got:?}"));
            }
        }
    }
    (right, total, bad)
}

#[test]
fn every_cell_of_the_pages_matches_its_truth() {
    let mut all_bad = Vec::new();
    let mut cells = 0;
    for n in PAGES {
        let parsed = parse_html(&page(n)).unwrap();
        let (right, total, bad) = score(n, &parsed.report);
        println!("{n}: {right}/{total} cells right");
        cells += total;
        all_bad.extend(bad);
    }
    assert_eq!(cells, 176 + 190 * 3);
    assert!(all_bad.is_empty(), "{}", all_bad.join("\n"));
}

#[test]
fn the_pages_are_read_with_their_metadata_and_sections() {
    let want = [
        (
            "0001",
            2019,
            "平潭综合实验区自然资源与生态环境局",
            "std2019",
            5,
        ),
        (
            "0002",
            2024,
            "平潭综合实验区自然资源与生态环境局",
            "std2021",
            6,
        ),
        ("0003", 2024, "平潭综合实验区行政审批局", "std2021", 6),
        ("0004", 2024, "平潭综合实验区社会事业局", "std2021", 6),
    ];
    for (n, year, agency, format, sections) in want {
        let p = parse_html(&page(n)).unwrap();
        let r = &p.report;
        assert_eq!(r.meta.year, Some(year), "{n}");
        assert_eq!(r.meta.agency.as_deref(), Some(agency), "{n}");
        assert_eq!(r.meta.format.id(), format, "{n}");
        assert_eq!(r.sections.len(), sections, "{n}: {:?}", r.sections);
        assert_eq!(p.input.kind, InputKind::Html);
    }
}

#[test]
fn the_real_identity_failures_are_found_and_nothing_else() {
    let want = [
        ("0001", None),
        ("0002", None),
        ("0003", Some("reconsideration")),
        ("0004", Some("litigation_after_reconsideration")),
    ];
    for (n, failing) in want {
        let a = zfxxgk::audit_bytes(page(n).as_bytes()).unwrap();
        let errors: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        match failing {
            None => assert!(errors.is_empty(), "{n}: {errors:#?}"),
            Some(row) => {
                assert_eq!(errors.len(), 1, "{n}: {errors:#?}");
                assert_eq!(errors[0].rule, "TBL005");
                assert_eq!(errors[0].location.row_id(), Some(row));
                // The evidence is the table row as read, not markup.
                let ev = errors[0].evidence.as_deref().unwrap();
                assert!(!ev.contains('<') && ev.contains('\t'), "{ev}");
            }
        }
    }
}

#[test]
fn cell_spans_are_byte_ranges_of_the_page() {
    for n in PAGES {
        let html = page(n);
        let parsed = parse_html(&html).unwrap();
        let src = parsed.report.source.as_ref().unwrap();
        assert_eq!(src.text(), html);
        let mut checked = 0;
        for (cell, span) in src.cell_spans() {
            let value = match cell {
                CellRef::Requests { row, column } => parsed
                    .report
                    .tables
                    .requests
                    .as_ref()
                    .and_then(|t| t.get(*row, *column))
                    .map(ToString::to_string),
                CellRef::Appeals { group, column } => parsed
                    .report
                    .tables
                    .appeals
                    .as_ref()
                    .and_then(|t| t.get(*group, *column).map(ToString::to_string)),
                _ => continue,
            };
            let Some(value) = value.filter(|v| !v.is_empty()) else {
                continue;
            };
            // The span is the value's own bytes in the page, and reads back as the value.
            assert_eq!(&html[span.start..span.end], value, "{n} {cell:?}");
            assert_eq!(src.quote(*span), value, "{n} {cell:?}");
            let line = src.line_of(*span);
            assert!(line.contains(&value) && !line.contains('<'), "{n}: {line}");
            // `line` is the page's line, counted in the HTML.
            let before = &html[..span.start];
            assert_eq!(span.line as usize, before.matches('\n').count() + 1);
            checked += 1;
        }
        assert!(checked >= 150, "{n}: {checked}");
    }
}

#[test]
fn section_and_claim_spans_quote_the_page_text() {
    for n in PAGES {
        let html = page(n);
        let parsed = parse_html(&html).unwrap();
        let r = &parsed.report;
        let src = r.source.as_ref().unwrap();
        for s in &r.sections {
            assert_eq!(src.quote(s.heading_span), s.heading, "{n}");
            assert!(s.heading_span.end <= s.body_span.start.max(s.heading_span.end));
        }
        assert!(!r.claims.is_empty(), "{n}");
        for c in &r.claims {
            let q = src.quote(c.text_span);
            assert!(!q.is_empty() && !q.contains('<'), "{n}: {c:?}");
            assert!(c.span.end <= html.len());
        }
    }
}

#[test]
fn site_chrome_scripts_and_styles_are_not_read() {
    for n in PAGES {
        let parsed = parse_html(&page(n)).unwrap();
        let reading = parsed.report.source.as_ref().unwrap().reading_text();
        for chrome in [
            "首页",
            "友情链接",
            "版权所有",
            "网站标识码",
            "function",
            "{",
            "QQ空间",
        ] {
            assert!(!reading.contains(chrome), "{n}: `{chrome}` read");
        }
        let first = reading.lines().next().unwrap();
        assert!(
            first.contains("年度报告"),
            "{n}: the title first, got {first}"
        );
    }
}

#[test]
fn the_tables_are_kept_as_grids() {
    let t = zfxxgk::parse::html_tables(&page("0003"));
    // §2 (one table of four blocks), §3, §4.
    assert_eq!(t.len(), 3, "{}", t.len());
    let req = &t[1];
    let row = req
        .rows
        .iter()
        .find(|r| r.iter().any(|c| c.text == "（一）予以公开"))
        .unwrap();
    assert_eq!(row[0].text, "三、本年度办理结果");
    assert!(row[0].rowspan >= 20);
    let last: Vec<&str> = row.iter().rev().take(7).map(|c| c.text.as_str()).collect();
    assert_eq!(last, ["18", "0", "0", "0", "0", "0", "18"]);
    // Labels written one character per paragraph are joined.
    assert!(req.rows.iter().flatten().any(|c| c.text == "自然人"));
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    // encoding_rs decodes UTF-16 but does not encode it (the WHATWG encoders stop at UTF-8).
    let mut b = if little {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for u in text.encode_utf16() {
        b.extend(if little {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    b
}

/// The audit as JSON, without what says how the input was read.
fn audit_json(bytes: &[u8]) -> (String, zfxxgk::parse::Input) {
    let a = zfxxgk::audit_bytes(bytes).unwrap();
    let json = serde_json::to_string(&(&a.report, &a.findings)).unwrap();
    (json, a.input.unwrap())
}

#[test]
fn re_encoded_inputs_give_the_same_audit() {
    let text = String::from_utf8(fixture_bytes("tables/text/0004.txt")).unwrap();
    let html = page("0004");
    for (doc, kind) in [(text, InputKind::Text), (html, InputKind::Html)] {
        let (base, input) = audit_json(doc.as_bytes());
        assert_eq!((input.kind, input.encoding), (kind, Encoding::Utf8));
        let gb = encoding_rs::GB18030.encode(&doc).0.into_owned();
        assert_ne!(gb, doc.as_bytes());
        let cases = [
            (gb, Encoding::Gb18030),
            (utf16(&doc, true), Encoding::Utf16Le),
            (utf16(&doc, false), Encoding::Utf16Be),
        ];
        for (bytes, enc) in cases {
            let (json, input) = audit_json(&bytes);
            assert_eq!((input.kind, input.encoding), (kind, enc));
            assert!(json == base, "{kind:?} as {enc}: the audit differs");
        }
    }
}

#[test]
fn a_gbk_page_declared_gb2312_is_read() {
    let html = page("0002").replace("<meta charset=\"UTF-8\" />", "<meta charset=\"gb2312\" />");
    let gbk = encoding_rs::GBK.encode(&html).0.into_owned();
    let p = parse_bytes(&gbk).unwrap();
    assert_eq!(p.input.encoding, Encoding::Gb18030);
    let (right, total, bad) = score("0002", &p.report);
    assert_eq!(right, total, "{bad:?}");
    assert!(p.diagnostics.iter().all(|f| f.rule != "RDG007"));
}

#[test]
fn undecodable_bytes_are_a_reading_finding() {
    let mut bytes = encoding_rs::GB18030.encode(&page("0003")).0.into_owned();
    let at = bytes.len() - 10;
    bytes[at] = 0xFF;
    let p = parse_bytes(&bytes).unwrap();
    let f: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|f| f.rule == "RDG007")
        .collect();
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Warning);
    assert!(
        f[0].message.contains(&format!("byte {at}")),
        "{}",
        f[0].message
    );
    // The rest is read as ever.
    let (right, total, _) = score("0003", &p.report);
    assert_eq!(right, total);
    // A clean input has no such finding.
    let clean = parse_bytes(page("0003").as_bytes()).unwrap();
    assert!(clean.diagnostics.iter().all(|f| f.rule != "RDG007"));
}

#[test]
fn hostile_markup_never_panics() {
    let deep = "<div><span>".repeat(20_000) + "一、总体情况";
    let huge_attr = format!("<p style=\"{}\">2023年</p>", "a;".repeat(500_000));
    let cases: Vec<String> = vec![
        "<table><tr><td rowspan=65534 colspan=1000>1".into(),
        "<table>".repeat(5000),
        "<td><td><td></tr></tr><th>".into(),
        "&#x110000;&#0;&#xD800;&amp&ampx&#12345678901234567890;&".into(),
        "<p>一、总体情况<p>三、收到和处理政府信息公开申请情况<table><tr><td>一、本年新收".into(),
        "<!--<table><tr><td>1</td></tr>".into(),
        "<script>".into(),
        "<html><head><title>x".into(),
        "<pre>".repeat(100) + "a\tb",
        deep,
        huge_attr,
        "<table><tr><td>".repeat(3000),
        "<p>".to_string() + &"&nbsp;".repeat(100_000),
    ];
    for c in &cases {
        let p = parse_html(c).unwrap();
        let src = p.report.source.as_ref().unwrap();
        for (_, s) in src.cell_spans() {
            let _ = (src.quote(*s), src.line_of(*s));
        }
        let _ = zfxxgk::audit_bytes(c.as_bytes()).unwrap();
    }
}

#[test]
fn script_and_style_content_is_skipped() {
    let page = "<html><head><style>p{}</style><script>var t='二〇二三年政府信息公开工作年度报告';</script></head>\
        <body><p>某局2023年政府信息公开工作年度报告</p><script>document.write('<p>三、收到和处理政府信息公开申请情况</p>')</script>\
        <style>.x{}</style><p>一、总体情况</p><p>2023年，本机关收到申请5件。</p></body></html>";
    let p = parse_html(page).unwrap();
    let reading = p.report.source.as_ref().unwrap().reading_text();
    assert_eq!(
        reading,
        "某局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本机关收到申请5件。\n"
    );
    assert_eq!(p.report.sections.len(), 1);
}

/// The report's own part of a fixture page (its editor `div` up to the attachments block),
/// and its title: to build other page shapes around the same report.
fn article_and_title(n: &str) -> (String, String) {
    let html = page(n);
    let a = html.find("<div class=TRS_Editor>").expect("the article");
    let b = html[a..]
        .find("class=\"article_attachment\"")
        .expect("after it")
        + a;
    let t = html.find("<title>").unwrap() + "<title>".len();
    let title = html[t..].split('_').next().unwrap().to_string();
    (html[a..b].to_string(), title)
}

fn all_right(n: &str, html: &str) {
    let parsed = parse_html(html).unwrap();
    let (right, total, bad) = score(n, &parsed.report);
    assert_eq!(right, total, "{n}: {bad:#?}");
    let a = zfxxgk::audit_bytes(html.as_bytes()).unwrap();
    let errors = a
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    assert_eq!(errors, usize::from(n == "0003" || n == "0004"), "{n}");
}

#[test]
fn the_article_alone_is_read_the_same() {
    for n in PAGES {
        let (article, title) = article_and_title(n);
        all_right(
            n,
            &format!("<html><body><h1>{title}</h1>{article}</body></html>"),
        );
        all_right(n, &article);
    }
}

#[test]
fn a_layout_table_with_menus_around_the_report_is_read_the_same() {
    let menu: String = (1..=30)
        .map(|i| format!("<li><a href=\"/c/{i}\">栏目{i}</a></li>"))
        .collect();
    for n in PAGES {
        let (article, title) = article_and_title(n);
        let html = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>\
             <table width=100%><tr><td colspan=2><a href=/><img src=logo.gif></a> <a href=/x>网站首页</a></td></tr>\
             <tr><td width=200 valign=top><ul>{menu}</ul></td>\
             <td valign=top><p align=center><b>{title}</b></p><p>来源：本站 浏览次数：120</p>{article}</td></tr>\
             <tr><td colspan=2>主办：某某人民政府办公室 <a href=/m>网站地图</a> <a href=/c>联系我们</a></td></tr></table></body></html>"
        );
        all_right(n, &html);
        // The same page as the site would serve it, in GB2312/GBK.
        let gbk = encoding_rs::GBK.encode(&html).0.into_owned();
        let p = parse_bytes(&gbk).unwrap();
        assert_eq!(p.input.encoding, Encoding::Gb18030);
        let (right, total, _) = score(n, &p.report);
        assert_eq!(right, total, "{n} as GBK");
        let reading = p.report.source.as_ref().unwrap().reading_text();
        assert!(
            !reading.contains("栏目17") && !reading.contains("网站地图"),
            "{n}"
        );
    }
}

#[test]
fn implied_end_tags_and_upper_case_tags_are_read_the_same() {
    for n in PAGES {
        let (article, title) = article_and_title(n);
        let loose = article
            .replace("</td>", "")
            .replace("</tr>", "")
            .replace("</p>", "")
            .replace("<td", "<TD")
            .replace("<tr", "<TR")
            .replace("<table", "<TABLE")
            .replace("</table>", "</TABLE>");
        all_right(n, &format!("<HTML><BODY><H2>{title}</H2>{loose}"));
    }
}
