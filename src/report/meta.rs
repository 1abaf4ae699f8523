//! Report metadata: who reported, for which year, when, in which format.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::law::ReportFormat;

/// The kind of agency that publishes a report. It decides the publication deadline: under
/// 2019 art. 49 departments publish by 31 January and governments by 31 March (art. 49 names
/// none for townships and other bodies); under 2008 art. 31 everyone by 31 March.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::{AnnualReport, ReportFormat};
/// use zfxxgk::report::AgencyLevel;
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.meta.year = Some(2023);
/// r.meta.published = NaiveDate::from_ymd_opt(2024, 2, 15);
/// let late = |r: &AnnualReport| zfxxgk::rules::check(r).iter().any(|f| f.rule == "PUB001");
/// r.meta.level = Some(AgencyLevel::Department); // due 2024-01-31
/// assert!(late(&r));
/// r.meta.level = Some(AgencyLevel::Government); // due 2024-03-31
/// assert!(!late(&r));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgencyLevel {
    /// A people's government at or above county level (`县级以上人民政府`), its 办公厅/办公室
    /// report included.
    Government,
    /// A department of a people's government (`县级以上人民政府部门`): 局, 委, 办, 厅.
    Department,
    /// A township government or street office (`乡镇人民政府`, `街道办事处`).
    Township,
    /// Anything else (public institutions, unknown).
    Other,
}

impl AgencyLevel {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::AgencyLevel;
    /// assert_eq!(AgencyLevel::Township.id(), "township");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            AgencyLevel::Government => "government",
            AgencyLevel::Department => "department",
            AgencyLevel::Township => "township",
            AgencyLevel::Other => "other",
        }
    }

    /// A Chinese description.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::AgencyLevel;
    /// assert_eq!(AgencyLevel::Department.label(), "县级以上人民政府部门");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            AgencyLevel::Government => "县级以上人民政府",
            AgencyLevel::Department => "县级以上人民政府部门",
            AgencyLevel::Township => "乡镇人民政府、街道办事处",
            AgencyLevel::Other => "其他",
        }
    }
}

crate::vocab::vocabulary!(
    AgencyLevel,
    "agency level",
    [Government, Department, Township, Other]
);

/// What a report says about itself.
///
/// # Example
/// ```
/// use zfxxgk::ReportFormat;
/// use zfxxgk::report::ReportMeta;
/// let mut m = ReportMeta::new(ReportFormat::Std2021);
/// m.year = Some(2023);
/// m.agency = Some("淮安市洪泽区人民政府".into());
/// assert_eq!(m.format, ReportFormat::Std2021);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReportMeta {
    /// The agency that reports (`津市市人民政府`), if the text names it.
    #[serde(default)]
    pub agency: Option<String>,
    /// The kind of agency, if known.
    #[serde(default)]
    pub level: Option<AgencyLevel>,
    /// The year reported on (not the year of publication).
    #[serde(default)]
    pub year: Option<i32>,
    /// The format the report follows.
    pub format: ReportFormat,
    /// The publication date, if known.
    #[serde(default)]
    pub published: Option<NaiveDate>,
    /// The title line, if the text has one.
    #[serde(default)]
    pub title: Option<String>,
}

impl ReportMeta {
    /// Metadata with only the format known.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ReportFormat;
    /// use zfxxgk::report::ReportMeta;
    /// let m = ReportMeta::new(ReportFormat::Legacy);
    /// assert_eq!(m.format, ReportFormat::Legacy);
    /// assert_eq!((m.year, m.level, m.published), (None, None, None));
    /// ```
    pub fn new(format: ReportFormat) -> ReportMeta {
        ReportMeta {
            agency: None,
            level: None,
            year: None,
            format,
            published: None,
            title: None,
        }
    }
}
