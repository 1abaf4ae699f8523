//! The typed annual report: metadata, sections, the three statistical tables and the prose.
//!
//! The model knows nothing about text layout; [`crate::parse`] fills it from text, serde from
//! JSON, and a report-writing system can build it directly.
//!
//! # Example
//! ```
//! use zfxxgk::report::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell};
//! use zfxxgk::ReportFormat;
//! let mut r = AnnualReport::new(ReportFormat::Std2021);
//! let mut t = AppealsTable::default();
//! // 行政复议: 结果维持 5, 结果纠正 0, 其他结果 0, 尚未审结 2, 总计 8 (H4 says 7)
//! t.set_block(AppealGroup::Reconsideration, [5, 0, 0, 2, 8].map(Cell::Value));
//! r.tables.appeals = Some(t);
//! assert!(zfxxgk::rules::check(&r).iter().any(|f| f.rule == "TBL005"));
//! ```

pub(crate) mod active;
pub(crate) mod appeals;
pub(crate) mod cell;
mod error;
pub(crate) mod extras;
pub(crate) mod fees;
mod identity;
pub(crate) mod indicator;
pub(crate) mod legacy;
pub(crate) mod meta;
pub(crate) mod policy;
pub(crate) mod prose;
pub(crate) mod reading;
pub(crate) mod requests;
pub(crate) mod section;
pub(crate) mod source;
pub(crate) mod statistics;
mod table_id;
pub(crate) mod template;

use serde::{Deserialize, Serialize};

use crate::law::{ReportFormat, Template};

pub use crate::outcome::Fit;
pub use active::{ActiveCell, ActiveColumn, ActiveKind, ActiveRow, ActiveTable, Amount, MoneyUnit};
pub use appeals::{AppealCells, AppealColumn, AppealGroup, AppealsTable};
pub use cell::{Cell, CellValue, JsonInteger};
pub use error::ModelError;
pub use extras::{ExtraRow, Extras};
pub use fees::{FeeClaim, FeeClaimKind, FeeRegime, FeeStatement};
pub use identity::{identities, Identity};
pub use indicator::{Breakdown, Indicator};
pub use legacy::{
    ChannelCount, LegacyChannel, LegacyOutcome, LegacyReply, LegacyReport, MappedCount, MappedTo,
    Mapping, Visits,
};
pub use meta::{AgencyLevel, ReportMeta};
pub use prose::{
    claims_by_section, Approx, Claim, ClaimKind, Figure, Measure, MeasureKind, Part, Quote,
    Reading, Scope, Timeframe, Unit,
};
pub use requests::{RequestCells, RequestTable};
pub use section::{Section, SectionKind};
pub use source::{CellRef, Source, Span};
pub use statistics::{Period, StatisticsCell, StatisticsColumn, StatisticsRow, StatisticsTable};
pub use table_id::TableId;
pub use template::TemplateVocabulary;

/// The three statistical tables of a standard-format report. Each is `None` when the report
/// does not contain it (a truncated page, a legacy report).
///
/// # Example
/// ```
/// use zfxxgk::{ActiveTable, Template};
/// use zfxxgk::report::Tables;
/// let mut t = Tables::default();
/// assert!(t.active.is_none() && t.requests.is_none() && t.appeals.is_none());
/// t.active = Some(ActiveTable::new(Template::Std2019));
/// assert_eq!(serde_json::to_value(&t).unwrap()["requests"], serde_json::Value::Null);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tables {
    /// The §2 table (`主动公开政府信息情况`).
    #[serde(default)]
    pub active: Option<ActiveTable>,
    /// The §3 table (`收到和处理政府信息公开申请情况`).
    #[serde(default)]
    pub requests: Option<RequestTable>,
    /// The §4 table (`政府信息公开行政复议、行政诉讼情况`).
    #[serde(default)]
    pub appeals: Option<AppealsTable>,
}

/// An annual report on government information disclosure work (`政府信息公开工作年度报告`),
/// 2008 art. 31–32 / 2019 art. 49–50.
///
/// # Example
/// ```
/// use zfxxgk::{AnnualReport, ReportFormat, RequestTable, Template};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.tables.requests = Some(RequestTable::new(Template::Std2021));
/// let json = serde_json::to_string(&r).unwrap();
/// let back: AnnualReport = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, r);
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnualReport {
    /// What the report says about itself.
    pub meta: ReportMeta,
    /// The sections found, in the order they appear.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The statistical tables.
    #[serde(default)]
    pub tables: Tables,
    /// What the report says about fees (section 六 of the 2021 format, the legacy 支出和收费
    /// section), if the parser found a statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<fees::FeeStatement>,
    /// Rows a report added to the template (subtotals, a litigation total, own §2 rows).
    #[serde(default, skip_serializing_if = "Extras::is_empty")]
    pub extras: Extras,
    /// The numeric claims of the prose, in text order.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// The figures of a pre-2019 report (DOMAIN.md §5), when the format is
    /// [`ReportFormat::Legacy`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy: Option<LegacyReport>,
    /// The source text and where each value came from (not serialized).
    #[serde(skip)]
    pub source: Option<Source>,
}

/// Equality of content: `source`, the text a report was read from (not serialized), is not
/// compared, so a parsed report equals its own JSON round trip.
impl PartialEq for AnnualReport {
    fn eq(&self, other: &AnnualReport) -> bool {
        // Destructured so that a new field cannot be forgotten here.
        let AnnualReport {
            meta,
            sections,
            tables,
            fees,
            extras,
            claims,
            legacy,
            source: _,
        } = self;
        *meta == other.meta
            && *sections == other.sections
            && *tables == other.tables
            && *fees == other.fees
            && *extras == other.extras
            && *claims == other.claims
            && *legacy == other.legacy
    }
}

impl AnnualReport {
    /// An empty report of `format`: no sections, tables, claims or source.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat};
    /// let r = AnnualReport::new(ReportFormat::Std2019);
    /// assert_eq!(r.meta.format, ReportFormat::Std2019);
    /// assert!(r.sections.is_empty() && r.tables.requests.is_none() && r.source.is_none());
    /// ```
    pub fn new(format: ReportFormat) -> AnnualReport {
        AnnualReport {
            meta: ReportMeta::new(format),
            sections: Vec::new(),
            tables: Tables::default(),
            fees: None,
            extras: Extras::default(),
            claims: Vec::new(),
            legacy: None,
            source: None,
        }
    }

    /// The first section of `kind`, if present.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::SectionKind;
    /// let text = "一、总体情况\n2023年，本机关……\n三、收到和处理政府信息公开申请情况\n";
    /// let r = zfxxgk::parse::parse(text)?.report;
    /// assert_eq!(r.section(SectionKind::Applications).and_then(|s| s.number), Some(3));
    /// assert!(r.section(SectionKind::Redress).is_none());
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// The templates the tables follow, in the order §2, §3 (absent tables skipped; the §4
    /// table is the same in both formats and has none).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveTable, AnnualReport, ReportFormat, RequestTable, Template};
    /// let mut r = AnnualReport::new(ReportFormat::Std2021);
    /// r.tables.active = Some(ActiveTable::new(Template::Std2021));
    /// r.tables.requests = Some(RequestTable::new(Template::Std2019));
    /// let found: Vec<Template> = r.table_templates().collect();
    /// assert_eq!(found, [Template::Std2021, Template::Std2019]); // a mixed report
    /// ```
    pub fn table_templates(&self) -> impl Iterator<Item = Template> + '_ {
        self.tables
            .active
            .as_ref()
            .map(ActiveTable::template)
            .into_iter()
            .chain(self.tables.requests.as_ref().map(RequestTable::template))
    }

    /// Where a cell's value was read, if the report was parsed from text (a report read from
    /// JSON or built directly has no [`Source`] and gives `None`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, ReportFormat, RequestColumn, RequestRow};
    /// use zfxxgk::report::{CellRef, Source, Span};
    /// let cell = CellRef::Requests { row: RequestRow::Received, column: RequestColumn::Total };
    /// let mut r = AnnualReport::new(ReportFormat::Std2021);
    /// assert_eq!(r.span_of(&cell), None);
    /// let mut src = Source::new("一、本年新收政府信息公开申请数量 70");
    /// src.record(cell, Span::new(1, 49, 51));
    /// r.source = Some(src);
    /// assert_eq!(r.span_of(&cell), Some(Span::new(1, 49, 51)));
    /// ```
    pub fn span_of(&self, cell: &CellRef) -> Option<Span> {
        self.source.as_ref().and_then(|s| s.span_of(cell))
    }
}
