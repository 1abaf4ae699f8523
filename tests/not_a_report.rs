//! Inputs that are not annual reports get `STR005` (an error) and format `unknown`, instead of
//! passing clean as a pre-2019 report with no findings; every real report fixture is still read
//! as a report.

use zfxxgk::finding::{Finding, Severity};
use zfxxgk::ReportFormat;

fn audit(bytes: &[u8]) -> zfxxgk::Audit {
    zfxxgk::audit_bytes(bytes).expect("bytes are read as far as they go")
}

fn not_a_report(a: &zfxxgk::Audit) -> Vec<&Finding> {
    a.findings.iter().filter(|f| f.rule == "STR005").collect()
}

fn assert_not_a_report(what: &str, bytes: &[u8]) {
    let a = audit(bytes);
    assert_eq!(a.report.meta.format, ReportFormat::Unknown, "{what}");
    let f = not_a_report(&a);
    assert_eq!(f.len(), 1, "{what}: {:#?}", a.findings);
    assert_eq!(f[0].severity, Severity::Error, "{what}");
}

#[test]
fn an_empty_file_is_not_a_report() {
    assert_not_a_report("empty", b"");
    assert_not_a_report("blank lines", b"\n\n  \r\n");
}

#[test]
fn an_html_error_page_is_not_a_report() {
    let page = br#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title>
<style>body{font:12px sans-serif}</style></head><body><h1>404 Not Found</h1>
<p>The requested URL was not found on this server.</p><hr><address>nginx</address>
<script>var x = 1;</script></body></html>"#;
    assert_not_a_report("404 page", page);
    let zh = "<html><body><div class=\"err\"><p>对不起，您访问的页面不存在或已被删除！</p>\
              <p><a href=\"/\">返回首页</a></p></div></body></html>";
    assert_not_a_report("Chinese 404 page", zh.as_bytes());
}

#[test]
fn english_prose_is_not_a_report() {
    let text = "Annual report on open government information.\nIn 2023 the office received \
                59 requests and answered 57 of them within the deadline.\n";
    assert_not_a_report("English prose", text.as_bytes());
}

#[test]
fn binary_bytes_are_not_a_report() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert_not_a_report("binary", &bytes);
    assert_not_a_report("a PNG header", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
}

#[test]
fn a_page_of_site_navigation_is_not_a_report() {
    // The column page listing the reports, not one report: links, a column name, a footer.
    let page = "<html><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a> \
        <a href=\"/zfxxgk/\">政府信息公开</a></div>\
        <h2>政府信息公开年报</h2><ul>\
        <li><a href=\"/a.htm\">某市交通运输局2023年政府信息公开工作年度报告</a> 2024-01-20</li>\
        <li><a href=\"/b.htm\">某市财政局2023年政府信息公开工作年度报告</a> 2024-01-19</li>\
        <li><a href=\"/c.htm\">某市交通运输局2022年政府信息公开工作年度报告</a> 2023-01-18</li>\
        </ul><div class=\"footer\">主办单位：某市人民政府办公室 网站标识码：1234567890</div></body></html>";
    assert_not_a_report("navigation page", page.as_bytes());
    // The same page as a crawler flattens it to text.
    let text = "首页 政务公开 政府信息公开 政府信息公开年报 某市交通运输局2023年政府信息公开工作年度报告 \
                2024-01-20 某市财政局2023年政府信息公开工作年度报告 2024-01-19 主办单位：某市人民政府办公室";
    assert_not_a_report("navigation text", text.as_bytes());
}

#[test]
fn a_forced_format_is_taken_as_given() {
    // The caller said what it is: no detection, no STR005.
    let opts = zfxxgk::parse::ParseOptions::with_format(ReportFormat::Std2021);
    let a = zfxxgk::audit_text_with("", &opts).unwrap();
    assert_eq!(a.report.meta.format, ReportFormat::Std2021);
    assert!(not_a_report(&a).is_empty());
}

#[test]
fn every_real_report_fixture_is_read_as_a_report() {
    let mut seen = 0;
    for dir in [
        "tests/fixtures/real",
        "tests/fixtures/tables/text",
        "tests/fixtures/flat/text",
        "tests/fixtures/html",
        "tests/fixtures/parse_tables",
    ] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e == "txt" || e == "md" || e == "html")
                    && !p.ends_with("README.md")
            })
            .collect();
        paths.sort();
        for p in paths {
            let a = audit(&std::fs::read(&p).unwrap());
            assert_ne!(
                a.report.meta.format,
                ReportFormat::Unknown,
                "{} read as not a report",
                p.display()
            );
            assert!(not_a_report(&a).is_empty(), "{}", p.display());
            seen += 1;
        }
    }
    let seed = audit(zfxxgk::seed::TEXT.as_bytes());
    assert_eq!(seed.report.meta.format, ReportFormat::Legacy);
    assert!(seen > 60, "{seen} fixtures");
}
