//! Where a finding points: a cell, a row, a column, a table, a section or a span of text.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::report::{CellRef, SectionKind, Span, TableId};

/// Where a finding points: a table cell, a whole row or column, a section, or a span of text.
///
/// Serialized with only the keys that apply, e.g.
/// `{"table": "requests", "row": "total_processed", "column": "natural_person"}` or
/// `{"section": "applications", "span": {"line": 14, "start": 812, "end": 870}}`.
///
/// # Example
/// ```
/// use zfxxgk::finding::{Location, TableId};
/// let l = Location::row(TableId::Requests, "total_processed");
/// assert_eq!(serde_json::to_string(&l)?, r#"{"table":"requests","row":"total_processed"}"#);
/// assert_eq!(l.to_string(), "requests/total_processed");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Location {
    /// The table, if the finding is about a table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<TableId>,
    /// The row id (for §4: the block id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<String>,
    /// The column id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
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
    /// assert_eq!(
    ///     (l.table, l.row.as_deref(), l.column.as_deref()),
    ///     (Some(TableId::Requests), None, None)
    /// );
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
        let (table, row, column) = match cell {
            CellRef::Active { row, column } => (TableId::Active, row.id(), column.id()),
            CellRef::Requests { row, column } => (TableId::Requests, row.id(), column.id()),
            CellRef::Appeals { group, column } => (TableId::Appeals, group.id(), column.id()),
        };
        Location {
            table: Some(table),
            row: Some(row.to_string()),
            column: Some(column.to_string()),
            ..Location::default()
        }
    }

    /// A whole row of a table.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Location, TableId};
    /// let l = Location::row(TableId::Requests, "carried_in");
    /// assert_eq!((l.row.as_deref(), l.column.as_deref()), (Some("carried_in"), None));
    /// assert_eq!(l.to_string(), "requests/carried_in");
    /// ```
    pub fn row(table: TableId, row: &str) -> Location {
        Location {
            table: Some(table),
            row: Some(row.to_string()),
            ..Location::default()
        }
    }

    /// A whole column of a table.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Location, TableId};
    /// let l = Location::column(TableId::Requests, "total");
    /// assert_eq!((l.row.as_deref(), l.column.as_deref()), (None, Some("total")));
    /// assert_eq!(l.to_string(), "requests/total");
    /// ```
    pub fn column(table: TableId, column: &str) -> Location {
        Location {
            table: Some(table),
            column: Some(column.to_string()),
            ..Location::default()
        }
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
            parts.push(r.clone());
        }
        if let Some(c) = &self.column {
            parts.push(c.clone());
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
