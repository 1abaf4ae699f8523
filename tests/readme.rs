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
    use zfxxgk::{RequestColumn, RequestRow};
    assert!(t
        .value(RequestRow::Received, RequestColumn::Total)
        .is_some());
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

/// The README's folder-to-CSV example, word for word (the README block must appear in this
/// file as it is written there), run in a temporary folder holding a text report, an HTML page
/// and a text report saved as GB18030 (fixtures as above), under `reports/`.
#[cfg(feature = "csv")]
#[test]
fn readme_csv_example_runs() -> Result<(), Box<dyn std::error::Error>> {
    use zfxxgk::finding::FindingRecord;
    let dir = std::env::temp_dir().join(format!("zfxxgk-readme-csv-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("reports/gbk"))?;
    let text = include_str!("fixtures/tables/text/0002.txt");
    let html = include_bytes!("fixtures/html/0003.html");
    let gbk = encoding_rs::GBK.encode(text).0.into_owned();
    std::fs::write(dir.join("reports/a.txt"), text)?;
    std::fs::write(dir.join("reports/b.html"), html)?;
    std::fs::write(dir.join("reports/gbk/c.txt"), &gbk)?;
    std::fs::write(dir.join("reports/notes.pdf"), b"not walked")?;
    // The README's paths are relative: run it in the folder (no other test of this file reads
    // files at run time).
    std::env::set_current_dir(&dir)?;

    readme_csv_example()?;

    // The CSV holds every finding of the three reports, in folder order, and reads back.
    let mut expected = Vec::new();
    for (name, bytes) in [
        ("reports/a.txt", text.as_bytes()),
        ("reports/b.html", &html[..]),
        ("reports/gbk/c.txt", &gbk[..]),
    ] {
        let audit = zfxxgk::audit_bytes(bytes)?;
        assert!(!audit.findings.is_empty(), "{name}");
        expected.extend(audit.findings.iter().map(|f| FindingRecord::new(name, f)));
    }
    let read: Vec<FindingRecord> = csv::Reader::from_path("findings.csv")?
        .deserialize()
        .collect::<Result<_, _>>()?;
    assert_eq!(read, expected);
    let csv_text = std::fs::read_to_string("findings.csv")?;
    assert!(csv_text.starts_with("file,rule,severity,status,table,row,column,section,line,"));
    std::fs::remove_dir_all(&dir)?;

    // This test runs the README's code.
    let readme = include_str!("../README.md");
    let start = readme
        .find("```rust\nuse zfxxgk::{batch::")
        .expect("the README's CSV example")
        + "```rust\n".len();
    let block = &readme[start..start + readme[start..].find("```").unwrap()];
    let indented: String = block
        .lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("    {l}\n")
            }
        })
        .collect();
    assert!(include_str!("readme.rs").contains(&indented), "{indented}");
    assert!(block.lines().filter(|l| !l.trim().is_empty()).count() <= 15);
    Ok(())
}

/// The README's CSV example as written there (kept out of rustfmt's way: the README shows it
/// in this shape).
#[cfg(feature = "csv")]
#[rustfmt::skip]
fn readme_csv_example() -> Result<(), Box<dyn std::error::Error>> {
    use zfxxgk::{batch::{audit_all, files, BatchOptions, Input}, finding::FindingRecord};

    let mut out = csv::Writer::from_path("findings.csv")?;
    let inputs = files(["reports"], &["txt", "html"]).filter_map(Result::ok).map(Input::path);
    for item in audit_all(inputs, &BatchOptions::default()) { // in parallel, in folder order
        match &item.result {
            Ok(audit) => {
                for f in &audit.findings {
                    out.serialize(FindingRecord::new(&item.name, f))?;
                }
            }
            Err(e) => eprintln!("{}: {e}", item.name),
        }
    }
    out.flush()?;
    Ok(())
}
