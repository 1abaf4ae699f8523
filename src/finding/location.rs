//! Where a finding points: a cell, a row, a column, a table, a section or a span of text.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::finding::{ColumnId, RowId};
use crate::report::{CellRef, SectionKind, Span, TableId};
use crate::vocab::UnknownId;

/// Where a finding points: a table cell, a whole row or column, a section, or a span of text.
///
/// The row and the column are typed ids ([`RowId`], [`ColumnId`]) of the table they belong
/// to. Serialized with only the keys that apply, the ids as strings, e.g.
/// `{"table": "requests", "row": "total_processed", "column": "natural_person"}` or
/// `{"section": "applications", "span": {"line": 14, "start": 812, "end": 870}}`; read back,
/// `table` says which table's ids `row` and `column` are (a row or column without a table, or
/// an id the table does not have, is an error).
///
/// # Example
/// ```
/// use zfxxgk::finding::{Location, RowId};
/// use zfxxgk::{RequestColumn, RequestRow};
/// let l = Location::row(RequestRow::TotalProcessed);
/// assert_eq!(serde_json::to_string(&l)?, r#"{"table":"requests","row":"total_processed"}"#);
/// assert_eq!(l.to_string(), "requests/total_processed");
/// assert_eq!(l.row, Some(RowId::Request(RequestRow::TotalProcessed)));
/// assert_eq!(l.row_id(), Some("total_processed"));
/// let back: Location = serde_json::from_str(r#"{"table":"requests","row":"total_processed"}"#)?;
/// assert_eq!(back, l);
/// let cell = l.with_column(RequestColumn::Total);
/// assert_eq!(cell.to_string(), "requests/total_processed/total");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "RawLocation")]
#[non_exhaustive]
pub struct Location {
    /// The table, if the finding is about a table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<TableId>,
    /// The row (for §4: the block), of `table`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<RowId>,
    /// The column, of `table`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<ColumnId>,
    /// The section, if the finding is about a section or its prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<SectionKind>,
    /// The source span, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Location {
    /// The whole report.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Location;
    /// let l = Location::report();
    /// assert_eq!((l.table, l.section, l.span), (None, None, None));
    /// assert_eq!(l.to_string(), "report");
    /// ```
    pub fn report() -> Location {
        Location::default()
    }

    /// A whole table.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Location, TableId};
    /// let l = Location::table(TableId::Requests);
    /// assert_eq!((l.table, l.row_id(), l.column_id()), (Some(TableId::Requests), None, None));
    /// assert_eq!(l.to_string(), "requests");
    /// ```
    pub fn table(table: TableId) -> Location {
        Location {
            table: Some(table),
            ..Location::default()
        }
    }

    /// One cell.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Location, TableId};
    /// use zfxxgk::{ApplicantKind, RequestColumn, RequestRow};
    /// use zfxxgk::report::CellRef;
    /// let cell = CellRef::Requests {
    ///     row: RequestRow::TotalProcessed,
    ///     column: RequestColumn::Applicant(ApplicantKind::NaturalPerson),
    /// };
    /// let l = Location::cell(cell);
    /// assert_eq!(l.table, Some(TableId::Requests));
    /// assert_eq!(l.to_string(), "requests/total_processed/natural_person");
    /// ```
    pub fn cell(cell: CellRef) -> Location {
        let (row, column) = match cell {
            CellRef::Active { row, column } => (RowId::Active(row), ColumnId::Active(column)),
            CellRef::Requests { row, column } => (RowId::Request(row), ColumnId::Request(column)),
            CellRef::Appeals { group, column } => (RowId::Appeal(group), ColumnId::Appeal(column)),
        };
        Location::row(row).with_column(column)
    }

    /// A whole row of a table (the table is the row's).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Location, RowId, TableId};
    /// use zfxxgk::{OutcomeGroup, RequestRow};
    /// let l = Location::row(RequestRow::CarriedIn);
    /// assert_eq!((l.table, l.row_id(), l.column_id()), (Some(TableId::Requests), Some("carried_in"), None));
    /// assert_eq!(l.to_string(), "requests/carried_in");
    /// // An added subtotal row, and the §4 litigation total.
    /// assert_eq!(Location::row(OutcomeGroup::Withheld).to_string(), "requests/withheld");
    /// assert_eq!(Location::row(RowId::LitigationTotal).to_string(), "appeals/litigation_total");
    /// ```
    pub fn row(row: impl Into<RowId>) -> Location {
        let row = row.into();
        Location {
            table: Some(row.table()),
            row: Some(row),
            ..Location::default()
        }
    }

    /// A whole column of a table (the table is the column's).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Location, TableId};
    /// use zfxxgk::RequestColumn;
    /// let l = Location::column(RequestColumn::Total);
    /// assert_eq!((l.table, l.row_id(), l.column_id()), (Some(TableId::Requests), None, Some("total")));
    /// assert_eq!(l.to_string(), "requests/total");
    /// ```
    pub fn column(column: impl Into<ColumnId>) -> Location {
        let column = column.into();
        Location {
            table: Some(column.table()),
            column: Some(column),
            ..Location::default()
        }
    }

    /// This location narrowed to `column` (a row's cell in that column); sets the table if
    /// there was none.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Location, RowId};
    /// use zfxxgk::AppealColumn;
    /// let l = Location::row(RowId::LitigationTotal).with_column(AppealColumn::Total);
    /// assert_eq!(l.to_string(), "appeals/litigation_total/total");
    /// ```
    pub fn with_column(mut self, column: impl Into<ColumnId>) -> Location {
        let column = column.into();
        self.table.get_or_insert(column.table());
        self.column = Some(column);
        self
    }

    /// The row's id as serialized (`total_processed`), if the location has a row.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Location;
    /// use zfxxgk::AppealGroup;
    /// assert_eq!(Location::row(AppealGroup::LitigationDirect).row_id(), Some("litigation_direct"));
    /// assert_eq!(Location::report().row_id(), None);
    /// ```
    pub fn row_id(&self) -> Option<&str> {
        self.row.as_ref().map(RowId::id)
    }

    /// The column's id as serialized (`natural_person`), if the location has a column.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Location;
    /// use zfxxgk::ApplicantKind;
    /// assert_eq!(Location::column(ApplicantKind::OtherOrg).column_id(), Some("other_org"));
    /// ```
    pub fn column_id(&self) -> Option<&'static str> {
        self.column.map(ColumnId::id)
    }

    /// A section, optionally narrowed to a span of its text.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Location;
    /// use zfxxgk::report::{SectionKind, Span};
    /// let l = Location::section(SectionKind::Applications, Some(Span::new(14, 812, 870)));
    /// assert_eq!(l.table, None);
    /// assert_eq!(l.to_string(), "section applications/line 14");
    /// assert_eq!(Location::section(SectionKind::Overview, None).to_string(), "section overview");
    /// ```
    pub fn section(section: SectionKind, span: Option<Span>) -> Location {
        Location {
            section: Some(section),
            span,
            ..Location::default()
        }
    }

    /// A span of text outside any known section.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Location;
    /// use zfxxgk::report::Span;
    /// let l = Location::text(Span::new(3, 40, 90));
    /// assert_eq!((l.section, l.span.map(|s| s.line)), (None, Some(3)));
    /// assert_eq!(l.to_string(), "line 3");
    /// ```
    pub fn text(span: Span) -> Location {
        Location {
            span: Some(span),
            ..Location::default()
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(t) = self.table {
            parts.push(t.id().to_string());
        }
        if let Some(r) = &self.row {
            parts.push(r.id().to_string());
        }
        if let Some(c) = self.column {
            parts.push(c.id().to_string());
        }
        if let Some(s) = self.section {
            parts.push(format!("section {}", s.id()));
        }
        if let Some(sp) = self.span {
            parts.push(format!("line {}", sp.line));
        }
        if parts.is_empty() {
            f.write_str("report")
        } else {
            f.write_str(&parts.join("/"))
        }
    }
}

/// A location as JSON has it: the ids as strings, read against the table.
#[derive(Deserialize)]
struct RawLocation {
    #[serde(default)]
    table: Option<TableId>,
    #[serde(default)]
    row: Option<String>,
    #[serde(default)]
    column: Option<String>,
    #[serde(default)]
    section: Option<SectionKind>,
    #[serde(default)]
    span: Option<Span>,
}

/// Why a location read from JSON is refused.
#[derive(Debug, thiserror::Error)]
enum LocationError {
    #[error("a location's {0} needs its table")]
    NoTable(&'static str),
    #[error(transparent)]
    Unknown(#[from] UnknownId),
}

impl TryFrom<RawLocation> for Location {
    type Error = LocationError;

    fn try_from(raw: RawLocation) -> Result<Location, LocationError> {
        let table = |what| raw.table.ok_or(LocationError::NoTable(what));
        let row = match &raw.row {
            Some(id) => Some(RowId::parse(table("row")?, id)?),
            None => None,
        };
        let column = match &raw.column {
            Some(id) => Some(ColumnId::parse(table("column")?, id)?),
            None => None,
        };
        Ok(Location {
            table: raw.table,
            row,
            column,
            section: raw.section,
            span: raw.span,
        })
    }
}
