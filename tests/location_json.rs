//! The JSON of a finding's location is a contract other programs read: typed row and column
//! ids (`RowId`, `ColumnId`) serialize exactly as the strings they replaced, for every kind of
//! location, and read back to the same location.

use serde::{Deserialize, Serialize};
use zfxxgk::finding::{ColumnId, Location, RowId, TableId};
use zfxxgk::report::{CellRef, Period, SectionKind, Span};
use zfxxgk::{
    ActiveColumn, ActiveRow, AppealColumn, AppealGroup, ApplicantKind, Outcome, OutcomeGroup,
    RequestColumn, RequestRow,
};

/// `Location` as it was before its ids were typed: plain strings. Whatever the typed location
/// serializes to must read into this shape and serialize back to the same bytes.
#[derive(Serialize, Deserialize)]
struct StringLocation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    table: Option<TableId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    row: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    section: Option<SectionKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    span: Option<Span>,
}

/// `loc` serializes to `json`, as the string-typed location did, and reads back to itself.
fn same(loc: Location, json: &str) {
    assert_eq!(serde_json::to_string(&loc).unwrap(), json);
    let old: StringLocation = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_string(&old).unwrap(), json);
    assert_eq!(old.row.as_deref(), loc.row_id());
    assert_eq!(old.column.as_deref(), loc.column_id());
    let back: Location = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

fn with_span(mut l: Location, line: u32, start: usize, end: usize) -> Location {
    l.span = Some(Span { line, start, end });
    l
}

#[test]
fn section_2_locations() {
    same(
        with_span(Location::row(ActiveRow::NormativeDocuments), 12, 5205, 5211),
        r#"{"table":"active","row":"normative_documents","span":{"line":12,"start":5205,"end":5211}}"#,
    );
    same(
        Location::cell(CellRef::Active {
            row: ActiveRow::NormativeDocuments,
            column: ActiveColumn::InForce,
        }),
        r#"{"table":"active","row":"normative_documents","column":"in_force"}"#,
    );
    same(Location::table(TableId::Active), r#"{"table":"active"}"#);
}

#[test]
fn section_3_locations() {
    same(
        Location::row(RequestRow::CarriedIn),
        r#"{"table":"requests","row":"carried_in"}"#,
    );
    same(
        Location::row(Outcome::OtherMisc),
        r#"{"table":"requests","row":"other_misc"}"#,
    );
    same(
        with_span(Location::column(RequestColumn::Total), 3, 10, 12),
        r#"{"table":"requests","column":"total","span":{"line":3,"start":10,"end":12}}"#,
    );
    same(
        Location::cell(CellRef::Requests {
            row: RequestRow::TotalProcessed,
            column: RequestColumn::Applicant(ApplicantKind::NaturalPerson),
        }),
        r#"{"table":"requests","row":"total_processed","column":"natural_person"}"#,
    );
    // A subtotal row a report added above an outcome group's rows.
    same(
        Location::row(OutcomeGroup::Withheld).with_column(ApplicantKind::NaturalPerson),
        r#"{"table":"requests","row":"withheld","column":"natural_person"}"#,
    );
}

#[test]
fn section_4_locations() {
    same(
        with_span(
            Location::row(AppealGroup::LitigationAfterReconsideration),
            12,
            5265,
            5282,
        ),
        r#"{"table":"appeals","row":"litigation_after_reconsideration","span":{"line":12,"start":5265,"end":5282}}"#,
    );
    same(
        Location::cell(CellRef::Appeals {
            group: AppealGroup::Reconsideration,
            column: AppealColumn::Upheld,
        }),
        r#"{"table":"appeals","row":"reconsideration","column":"upheld"}"#,
    );
    // The litigation total a report added below the two litigation blocks.
    same(
        Location::row(RowId::LitigationTotal).with_column(AppealColumn::Total),
        r#"{"table":"appeals","row":"litigation_total","column":"total"}"#,
    );
}

#[test]
fn legacy_locations() {
    same(
        with_span(
            Location::row(RowId::Statistics("replies".into())).with_column(Period::Cumulative),
            12,
            7307,
            7308,
        ),
        r#"{"table":"statistics","row":"replies","column":"cumulative","span":{"line":12,"start":7307,"end":7308}}"#,
    );
    // A statistics row of no known indicator is keyed by its label as printed.
    same(
        Location::row(RowId::Statistics("其他".into())).with_column(Period::Current),
        r#"{"table":"statistics","row":"其他","column":"current"}"#,
    );
}

#[test]
fn text_and_section_locations() {
    let span = Span {
        line: 14,
        start: 812,
        end: 870,
    };
    same(
        Location::text(span),
        r#"{"span":{"line":14,"start":812,"end":870}}"#,
    );
    same(
        Location::section(SectionKind::Applications, Some(span)),
        r#"{"section":"applications","span":{"line":14,"start":812,"end":870}}"#,
    );
    same(
        Location::section(SectionKind::Overview, None),
        r#"{"section":"overview"}"#,
    );
    same(Location::report(), "{}");
}

#[test]
fn ids_are_read_against_the_table() {
    // `total` is a column of §3 and of §4.
    let l: Location = serde_json::from_str(r#"{"table":"appeals","column":"total"}"#).unwrap();
    assert_eq!(l.column, Some(ColumnId::Appeal(AppealColumn::Total)));
    let l: Location = serde_json::from_str(r#"{"table":"requests","column":"total"}"#).unwrap();
    assert_eq!(l.column, Some(ColumnId::Request(RequestColumn::Total)));
    // An id the table does not have, or a row without its table, is refused.
    let e = serde_json::from_str::<Location>(r#"{"table":"appeals","row":"received"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("received") && e.contains("litigation_total"),
        "{e}"
    );
    assert!(serde_json::from_str::<Location>(r#"{"row":"received"}"#).is_err());
}

/// Every location the crate gives on the real reports of `tests/fixtures` (text, flattened
/// pages, HTML pages; sources in each folder's README or first line) keeps its JSON through a
/// read into the string-typed shape and back, and reads back into the same typed location.
#[test]
fn real_report_locations_keep_their_json() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    let mut tables = std::collections::BTreeSet::new();
    for dir in ["tables/text", "flat/text", "real", "html"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
            .collect();
        paths.sort();
        for p in paths {
            let bytes = std::fs::read(&p).unwrap();
            let audit = zfxxgk::audit_bytes(&bytes).unwrap();
            for f in &audit.findings {
                let json = serde_json::to_string(&f.location).unwrap();
                let old: StringLocation = serde_json::from_str(&json).unwrap();
                assert_eq!(
                    serde_json::to_string(&old).unwrap(),
                    json,
                    "{}",
                    p.display()
                );
                let back: Location = serde_json::from_str(&json).unwrap();
                assert_eq!(serde_json::to_string(&back).unwrap(), json);
                if f.location.row.is_some() || f.location.column.is_some() {
                    tables.insert(f.location.table.map(|t| t.id()));
                    seen += 1;
                }
            }
        }
    }
    assert!(seen > 100, "{seen} locations with a row or column");
    assert_eq!(
        tables.into_iter().flatten().collect::<Vec<_>>(),
        ["active", "appeals", "requests", "statistics"]
    );
}
