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
