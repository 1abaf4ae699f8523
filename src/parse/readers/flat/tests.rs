use super::*;
use crate::parse::readers::Document;

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

#[test]
#[ignore]
fn dump_fixture() {
    let path = std::env::var("FLAT").unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap();
    for (k, s) in show(&text) {
        println!("{k} {s}");
    }
}
