//! Export: every cell of a report (or of a rollup) as long-format rows
//! `agency,year,table,row,column,value`, written as CSV or serialized as JSON.

#[cfg(feature = "csv")]
use std::io;

use serde::{Deserialize, Serialize};

use crate::applicant::RequestColumn;
use crate::report::TableId;
use crate::report::{AnnualReport, AppealColumn, Tables};

/// One cell in long format.
///
/// `value` is the cell as the crate writes it: empty for blank, `/` for not applicable, the
/// number (amounts with the unit the cell states), or the unreadable text as written.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::long_rows;
/// use zfxxgk::rules::TableId;
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.meta.year = Some(2023);
/// let mut t = AppealsTable::default();
/// t.set(AppealGroup::Reconsideration, AppealColumn::Corrected, Cell::NotApplicable);
/// r.tables.appeals = Some(t);
/// let row = &long_rows(&r)[1];
/// assert_eq!((row.agency.as_str(), row.year, row.table), ("", Some(2023), TableId::Appeals));
/// assert_eq!((row.row, row.column, row.value.as_str()), ("reconsideration", "corrected", "/"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LongRow {
    /// The agency (empty if unknown).
    pub agency: String,
    /// The year reported on.
    pub year: Option<i32>,
    /// The table.
    pub table: TableId,
    /// The row id (for §4, the block id).
    pub row: &'static str,
    /// The column id.
    pub column: &'static str,
    /// The cell text.
    pub value: String,
}

/// The long-format rows of a report's tables, in table order (§2, §3, §4).
///
/// # Example
/// ```
/// use zfxxgk::aggregate::long_rows;
/// use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.meta.agency = Some("平潭".into());
/// let mut t = RequestTable::new(Template::Std2021);
/// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(70))?;
/// r.tables.requests = Some(t);
/// let rows = long_rows(&r);
/// assert_eq!(rows.len(), 25 * 7);
/// assert_eq!(rows[6].value, "70");
/// assert_eq!(rows[0].value, "");
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
pub fn long_rows(report: &AnnualReport) -> Vec<LongRow> {
    let agency = report.meta.agency.clone().unwrap_or_default();
    tables_long_rows(&report.tables, &agency, report.meta.year)
}

/// The long-format rows of tables (e.g. a rollup's [`crate::aggregate::Rollup::tables`]) under
/// the given agency and year.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::tables_long_rows;
/// use zfxxgk::{AnnualReport, AppealsTable, ReportFormat};
/// use zfxxgk::aggregate::Rollup;
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.tables.appeals = Some(AppealsTable::default());
/// let rows = tables_long_rows(&Rollup::of([&r, &r]).tables(), "全省", Some(2023));
/// assert_eq!(rows.len(), 3 * 5); // three §4 blocks of five columns
/// assert_eq!(rows[0].agency, "全省");
/// ```
pub fn tables_long_rows(tables: &Tables, agency: &str, year: Option<i32>) -> Vec<LongRow> {
    let mut out = Vec::new();
    let mut push = |table, row, column, value: String| {
        out.push(LongRow {
            agency: agency.to_string(),
            year,
            table,
            row,
            column,
            value,
        });
    };
    if let Some(t) = &tables.active {
        for (r, c, cell) in t.cells() {
            push(TableId::Active, r.id(), c.id(), cell.to_string());
        }
    }
    if let Some(t) = &tables.requests {
        for (r, cells) in t.rows() {
            for c in RequestColumn::ALL {
                push(
                    TableId::Requests,
                    r.id(),
                    c.id(),
                    cells[c.index()].to_string(),
                );
            }
        }
    }
    if let Some(t) = &tables.appeals {
        for (g, cells) in t.blocks() {
            for c in AppealColumn::ALL {
                push(
                    TableId::Appeals,
                    g.id(),
                    c.id(),
                    cells[c.index()].to_string(),
                );
            }
        }
    }
    out
}

/// The CSV header line (without the line break).
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{long_rows, CSV_HEADER};
/// use zfxxgk::{AnnualReport, AppealsTable, ReportFormat};
/// assert_eq!(CSV_HEADER.split(',').count(), 6);
/// // The same names as `LongRow`'s serde fields.
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.tables.appeals = Some(AppealsTable::default());
/// let row = serde_json::to_value(&long_rows(&r)[0])?;
/// assert!(CSV_HEADER.split(',').all(|c| row.get(c).is_some()));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub const CSV_HEADER: &str = "agency,year,table,row,column,value";

/// Writes rows as CSV with the header [`CSV_HEADER`], one line per cell, `\n` line breaks,
/// fields quoted only where RFC 4180 needs it (a comma, a double quote, CR or LF; quotes
/// inside are doubled). Written by the `csv` crate (cargo feature `csv`).
///
/// # Errors
/// Any error of the writer.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{long_rows, write_csv};
/// use zfxxgk::{AnnualReport, AppealsTable, ReportFormat};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.meta.agency = Some("某局, 办公室".into());
/// r.meta.year = Some(2023);
/// r.tables.appeals = Some(AppealsTable::default());
/// let mut out = Vec::new();
/// write_csv(&mut out, &long_rows(&r))?;
/// let text = String::from_utf8(out).unwrap();
/// assert_eq!(text.lines().nth(1), Some("\"某局, 办公室\",2023,appeals,reconsideration,upheld,"));
/// # Ok::<(), std::io::Error>(())
/// ```
#[cfg(feature = "csv")]
#[cfg_attr(docsrs, doc(cfg(feature = "csv")))]
pub fn write_csv<W: io::Write>(w: W, rows: &[LongRow]) -> io::Result<()> {
    let mut wtr = ::csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(w);
    wtr.write_record(CSV_HEADER.split(',')).map_err(io_error)?;
    for r in rows {
        let year = r.year.map(|y| y.to_string()).unwrap_or_default();
        wtr.write_record([
            r.agency.as_str(),
            year.as_str(),
            r.table.id(),
            r.row,
            r.column,
            r.value.as_str(),
        ])
        .map_err(io_error)?;
    }
    wtr.flush()
}
#[cfg(feature = "csv")]
/// The writer's own error when there is one (so a closed pipe stays `BrokenPipe`), else the
/// csv crate's error.
fn io_error(e: ::csv::Error) -> io::Error {
    if !matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
        return io::Error::other(e);
    }
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        _ => io::Error::other("CSV writer error"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::Rollup;
    use crate::law::{ReportFormat, Template};
    use crate::report::{ActiveColumn, ActiveRow, ActiveTable, Cell, RequestTable};
    use crate::RequestRow;

    #[cfg(feature = "csv")]
    #[test]
    fn fields_are_quoted_only_when_needed() {
        let field = |v: &str| {
            let mut r = AnnualReport::new(ReportFormat::Std2021);
            r.meta.agency = Some(v.to_string());
            let mut t = RequestTable::new(Template::Std2021);
            t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(1))
                .unwrap();
            r.tables.requests = Some(t);
            let mut out = Vec::new();
            write_csv(&mut out, &long_rows(&r)[..1]).unwrap();
            let text = String::from_utf8(out).unwrap();
            let line = text
                .strip_prefix("agency,year,table,row,column,value\n")
                .unwrap();
            line.strip_suffix(",,requests,received,natural_person,\n")
                .unwrap()
                .to_string()
        };
        // The bytes the hand-written writer gave before the csv crate wrote them.
        assert_eq!(field("12.5万元"), "12.5万元");
        assert_eq!(field("a\nb"), "\"a\nb\"");
        assert_eq!(field("a\rb"), "\"a\rb\"");
        assert_eq!(field("\""), "\"\"\"\"");
        assert_eq!(field("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(field(" lead, trail "), "\" lead, trail \"");
        assert_eq!(field(""), "");
        let mut out = Vec::new();
        write_csv(&mut out, &[]).unwrap();
        assert_eq!(out, format!("{CSV_HEADER}\n").into_bytes());
    }

    /// A writer whose reader has gone away.
    #[cfg(feature = "csv")]
    struct ClosedPipe;
    #[cfg(feature = "csv")]
    impl std::io::Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
    }

    #[cfg(feature = "csv")]
    #[test]
    fn a_closed_pipe_stays_a_closed_pipe() {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        r.tables.requests = Some(RequestTable::new(Template::Std2021));
        let e = write_csv(ClosedPipe, &long_rows(&r)).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe);
    }

    #[test]
    fn cells_keep_blank_slash_and_units_apart() {
        let mut r = AnnualReport::new(ReportFormat::Std2019);
        let mut a = ActiveTable::new(Template::Std2019);
        a.set_text(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementAmount,
            "251000元",
        )
        .unwrap();
        a.set_text(ActiveRow::Licensing, ActiveColumn::Change, "减4")
            .unwrap();
        a.set_text(ActiveRow::Rules, ActiveColumn::Made, "/")
            .unwrap();
        r.tables.active = Some(a);
        let mut t = RequestTable::new(Template::Std2019);
        t.set(
            RequestRow::Received,
            RequestColumn::Total,
            Cell::Invalid("七".into()),
        )
        .unwrap();
        r.tables.requests = Some(t);
        let rows = long_rows(&r);
        let find = |row: &str, col: &str| {
            rows.iter()
                .find(|x| x.row == row && x.column == col)
                .map(|x| x.value.as_str())
        };
        assert_eq!(find("procurement", "procurement_amount"), Some("251000元"));
        assert_eq!(find("licensing", "change"), Some("-4"));
        assert_eq!(find("rules", "made"), Some("/"));
        assert_eq!(find("rules", "published"), Some(""));
        assert_eq!(find("received", "total"), Some("七"));
        // A rollup exports the same way, under the name and year the caller gives.
        let sum = Rollup::of([&r, &r]).tables();
        let rows = tables_long_rows(&sum, "合计", Some(2020));
        let p = rows
            .iter()
            .find(|x| x.column == "procurement_amount")
            .unwrap();
        assert_eq!(
            (p.agency.as_str(), p.year, p.value.as_str()),
            ("合计", Some(2020), "502000元")
        );
        let bad = rows
            .iter()
            .find(|x| x.row == "received" && x.column == "total")
            .unwrap();
        assert_eq!(bad.value, "not summable");
    }
}
