//! Findings: what a rule says about a report, as data.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::report::{CellRef, SectionKind, Span};

/// How serious a finding is.
///
/// # Example
/// ```
/// use zfxxgk::rules::Severity;
/// // Ordered from least to most serious.
/// assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
/// assert_eq!(Severity::Error.to_string(), "error");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Context: a rule could not be assessed, or was assessed in a weaker way.
    Info,
    /// A soft identity fails, a prose claim does not add up, a likely mistake.
    Warning,
    /// A hard identity or the regulation is broken.
    Error,
}

impl Severity {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::Severity;
    /// assert_eq!(Severity::Warning.id(), "warning");
    /// assert_eq!(Severity::Info.id(), "info");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The Chinese label.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::Severity;
    /// assert_eq!(Severity::Error.label(), "错误");
    /// assert_eq!(Severity::Warning.label(), "警告");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "提示",
            Severity::Warning => "警告",
            Severity::Error => "错误",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Which of the three tables.
///
/// # Example
/// ```
/// use zfxxgk::rules::{Location, TableId};
/// let l = Location::table(TableId::Appeals);
/// assert_eq!(l.table, Some(TableId::Appeals));
/// assert_eq!(l.to_string(), "appeals");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TableId {
    /// The §2 table.
    Active,
    /// The §3 table.
    Requests,
    /// The §4 table.
    Appeals,
    /// The statistics table of a pre-2019 report (`政府信息公开情况统计表`, `附表`).
    Statistics,
}

impl TableId {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::TableId;
    /// assert_eq!(TableId::Active.id(), "active");
    /// assert_eq!(TableId::Requests.id(), "requests");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            TableId::Active => "active",
            TableId::Requests => "requests",
            TableId::Appeals => "appeals",
            TableId::Statistics => "statistics",
        }
    }
}

/// Where a finding points: a table cell, a whole row or column, a section, or a span of text.
///
/// Serialized with only the keys that apply, e.g.
/// `{"table": "requests", "row": "total_processed", "column": "natural_person"}` or
/// `{"section": "applications", "span": {"line": 14, "start": 812, "end": 870}}`.
///
/// # Example
/// ```
/// use zfxxgk::rules::{Location, TableId};
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
    /// use zfxxgk::rules::Location;
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
    /// use zfxxgk::rules::{Location, TableId};
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
    /// use zfxxgk::rules::{Location, TableId};
    /// use zfxxgk::{ApplicantKind, CellRef, RequestColumn, RequestRow};
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
    /// use zfxxgk::rules::{Location, TableId};
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
    /// use zfxxgk::rules::{Location, TableId};
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
    /// use zfxxgk::rules::Location;
    /// use zfxxgk::{SectionKind, Span};
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
    /// use zfxxgk::rules::Location;
    /// use zfxxgk::Span;
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

/// A value a finding expected or found: an integer, an exact decimal, or text.
///
/// Serialized as a JSON number (integers), a decimal string, or a string.
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::rules::Quantity;
/// assert_eq!(Quantity::from(36u64), Quantity::Int(36));
/// assert_eq!(serde_json::to_string(&Quantity::from(36u64))?, "36");
/// assert_eq!(serde_json::to_string(&Quantity::from(Decimal::new(36, 1)))?, r#""3.6""#);
/// assert_eq!(Quantity::from("空白").to_string(), "空白");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Quantity {
    /// An integer (counts and sums of counts; never overflows).
    Int(i128),
    /// An exact decimal (amounts, percentages).
    Decimal(Decimal),
    /// Anything else (a blank cell, a label, a date).
    Text(String),
}

impl From<u64> for Quantity {
    fn from(v: u64) -> Self {
        Quantity::Int(i128::from(v))
    }
}

impl From<i64> for Quantity {
    fn from(v: i64) -> Self {
        Quantity::Int(i128::from(v))
    }
}

impl From<i128> for Quantity {
    fn from(v: i128) -> Self {
        Quantity::Int(v)
    }
}

impl From<Decimal> for Quantity {
    fn from(v: Decimal) -> Self {
        Quantity::Decimal(v)
    }
}

impl From<&str> for Quantity {
    fn from(v: &str) -> Self {
        Quantity::Text(v.to_string())
    }
}

impl From<String> for Quantity {
    fn from(v: String) -> Self {
        Quantity::Text(v)
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quantity::Int(i) => write!(f, "{i}"),
            Quantity::Decimal(d) => write!(f, "{d}"),
            Quantity::Text(t) => f.write_str(t),
        }
    }
}

/// What a rule concluded at one place.
///
/// # Example
/// ```
/// use zfxxgk::rules::{Finding, Location, Severity, Status};
/// // A finding is a violation unless said otherwise.
/// let f = Finding::new("TBL001", Severity::Error, Location::report());
/// assert_eq!(f.status, Status::Violated);
/// assert_eq!(f.status(Status::NotAssessable).status, Status::NotAssessable);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The rule is violated.
    Violated,
    /// The rule could not be assessed: its inputs are blank or unreadable. Not a pass.
    NotAssessable,
    /// A remark: the rule held, but was assessed in a weaker way (e.g. from sub-columns).
    Note,
}

/// What a rule says about one place in a report.
///
/// # Example
/// ```
/// use zfxxgk::rules::{Finding, Location, Severity, TableId};
/// let f = Finding::new("TBL001", Severity::Error, Location::column(TableId::Requests, "total"))
///     .message("column total: received + carried_in ≠ total_processed + carried_forward",
///              "总计列：一加二不等于三加四")
///     .expected(36u64)
///     .actual(35u64);
/// assert_eq!(f.rule, "TBL001");
/// assert!(serde_json::to_string(&f).unwrap().contains("\"expected\":36"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Finding {
    /// The rule code (stable, never reused), e.g. `TBL001`.
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// What the rule concluded.
    pub status: Status,
    /// The message in English.
    pub message: String,
    /// The message in Chinese.
    pub message_zh: String,
    /// Where.
    pub location: Location,
    /// What the arithmetic or the rule expects there.
    pub expected: Option<Quantity>,
    /// What the report has there.
    pub actual: Option<Quantity>,
    /// The source text the finding is about, when the report was parsed from text.
    pub evidence: Option<String>,
}

impl Finding {
    /// A violation finding with empty messages.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::{Finding, Location, Severity, Status};
    /// let f = Finding::new("PRO002", Severity::Warning, Location::report());
    /// assert_eq!(
    ///     (f.rule.as_str(), f.severity, f.status),
    ///     ("PRO002", Severity::Warning, Status::Violated)
    /// );
    /// assert!(f.message.is_empty() && f.expected.is_none() && f.evidence.is_none());
    /// ```
    pub fn new(rule: &str, severity: Severity, location: Location) -> Finding {
        Finding {
            rule: rule.to_string(),
            severity,
            status: Status::Violated,
            message: String::new(),
            message_zh: String::new(),
            location,
            expected: None,
            actual: None,
            evidence: None,
        }
    }

    /// Sets the English and Chinese messages.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::{Finding, Location, Severity};
    /// let f = Finding::new("TBL003", Severity::Error, Location::report())
    ///     .message("row total ≠ sum of applicant columns", "总计不等于各申请人之和");
    /// assert_eq!(f.message, "row total ≠ sum of applicant columns");
    /// assert_eq!(f.message_zh, "总计不等于各申请人之和");
    /// assert_eq!(f.to_string(), "error TBL003 at report: row total ≠ sum of applicant columns");
    /// ```
    pub fn message(mut self, en: impl Into<String>, zh: impl Into<String>) -> Finding {
        self.message = en.into();
        self.message_zh = zh.into();
        self
    }

    /// Sets the expected value.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::rules::{Finding, Location, Quantity, Severity};
    /// let f = Finding::new("PRO002", Severity::Warning, Location::report())
    ///     .expected(Decimal::new(36, 1));
    /// assert_eq!(f.expected, Some(Quantity::Decimal(Decimal::new(36, 1))));
    /// ```
    pub fn expected(mut self, v: impl Into<Quantity>) -> Finding {
        self.expected = Some(v.into());
        self
    }

    /// Sets the found value.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::{Finding, Location, Quantity, Severity};
    /// let f = Finding::new("TBL001", Severity::Error, Location::report())
    ///     .message("column does not balance", "不平衡")
    ///     .expected(36u64)
    ///     .actual(35u64);
    /// assert_eq!(f.actual, Some(Quantity::Int(35)));
    /// // With both values set, Display shows them.
    /// assert_eq!(
    ///     f.to_string(),
    ///     "error TBL001 at report: column does not balance (expected 36, found 35)"
    /// );
    /// ```
    pub fn actual(mut self, v: impl Into<Quantity>) -> Finding {
        self.actual = Some(v.into());
        self
    }

    /// Sets the evidence text.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::{Finding, Location, Severity};
    /// let f = Finding::new("PRO004", Severity::Warning, Location::report());
    /// assert_eq!(
    ///     f.clone().evidence("我市2015年度…访问量为567000次").evidence.as_deref(),
    ///     Some("我市2015年度…访问量为567000次")
    /// );
    /// // Empty text leaves no evidence.
    /// assert_eq!(f.evidence("").evidence, None);
    /// ```
    pub fn evidence(mut self, text: impl Into<String>) -> Finding {
        let t = text.into();
        self.evidence = if t.is_empty() { None } else { Some(t) };
        self
    }

    /// Sets the status (default [`Status::Violated`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::{Finding, Location, Severity, Status};
    /// let f = Finding::new("TBL001", Severity::Error, Location::report()).status(Status::Note);
    /// assert_eq!(f.status, Status::Note);
    /// ```
    pub fn status(mut self, status: Status) -> Finding {
        self.status = status;
        self
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} at {}: {}",
            self.severity, self.rule, self.location, self.message
        )?;
        if let (Some(e), Some(a)) = (&self.expected, &self.actual) {
            write!(f, " (expected {e}, found {a})")?;
        }
        Ok(())
    }
}
