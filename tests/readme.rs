//! The README's API example, run on a real report (淮安市洪泽区人民政府 2024, pdftotext text in
//! `tests/fixtures/tables/text/0002.txt`, source line 1).

#[test]
fn readme_example_runs() -> Result<(), Box<dyn std::error::Error>> {
    let text = include_str!("fixtures/tables/text/0002.txt");
    let audit = zfxxgk::audit_text(text)?; // parse + check
    let report = &audit.report;
    assert_eq!(report.meta.year, Some(2024));
    assert_eq!(report.meta.format, zfxxgk::ReportFormat::Std2021);
    let t = report
        .tables
        .requests
        .as_ref()
        .expect("the §3 table is read");
    use zfxxgk::{Cell, RequestColumn, RequestRow};
    assert!(matches!(
        t.get(RequestRow::Received, RequestColumn::Total),
        Some(Cell::Value(_))
    ));
    for f in &audit.findings {
        assert!(!f.rule.is_empty() && !f.message.is_empty(), "{f}");
    }
    Ok(())
}

/// The README's HTML and GBK example, on a fixture page (`tests/fixtures/html/0003.html`,
/// sources in its README) and on a text report re-encoded as GBK.
#[cfg(feature = "html")]
#[test]
fn readme_html_and_gbk_example_runs() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = include_bytes!("fixtures/html/0003.html").to_vec();
    let audit = zfxxgk::audit_bytes(&bytes)?; // decode, read, check
    let input = audit.input.unwrap();
    assert_eq!((input.kind.id(), input.encoding.id()), ("html", "utf-8"));
    let page = zfxxgk::parse::parse_html(&String::from_utf8(bytes)?)?;
    let tables = zfxxgk::parse::html_tables(page.report.source.as_ref().unwrap().text());
    assert_eq!(tables.len(), 3);
    let text = include_str!("fixtures/tables/text/0002.txt");
    let gbk = encoding_rs::GBK.encode(text).0.into_owned();
    let a = zfxxgk::audit_bytes(&gbk)?;
    assert_eq!(a.input.unwrap().encoding.id(), "gb18030");
    assert_eq!(a.findings, zfxxgk::audit_text(text)?.findings);
    Ok(())
}
