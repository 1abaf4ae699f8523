//! The sections of a report: the six of the standard formats (DOMAIN.md §2.2) and the eight of
//! the common pre-2019 pattern (DOMAIN.md §5.1).

use serde::{Deserialize, Serialize};

use crate::law::ReportFormat;
use crate::report::source::Span;

/// What a section is about.
///
/// Standard formats (2019 art. 50): 一 总体情况, 二 主动公开, 三 收到和处理申请, 四 复议诉讼,
/// 五 问题及改进, 六 其他需要报告的事项. The pre-2019 pattern (2008 art. 32) adds 咨询处理 and
/// 支出和收费 and puts 其他相关工作情况 before the problems.
///
/// # Example
/// ```
/// use zfxxgk::ReportFormat;
/// use zfxxgk::report::SectionKind;
/// assert_eq!(SectionKind::Redress.heading(ReportFormat::Std2021), "四、政府信息公开行政复议、行政诉讼情况");
/// assert_eq!(SectionKind::Redress.label(), "政府信息公开行政复议、行政诉讼情况");
/// assert_eq!(SectionKind::expected(ReportFormat::Std2019).len(), 6);
/// assert_eq!(SectionKind::expected(ReportFormat::Legacy).len(), 8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionKind {
    /// `总体情况` / `概述`.
    Overview,
    /// `主动公开政府信息情况`.
    Proactive,
    /// `收到和处理政府信息公开申请情况` / `依申请公开政府信息情况`.
    Applications,
    /// `政府信息公开咨询处理情况` (pre-2019 only).
    Enquiries,
    /// `政府信息公开行政复议、行政诉讼情况` / `…复议、诉讼情况`.
    Redress,
    /// `政府信息公开支出和收费情况` (pre-2019 only; 2008 art. 32(3)).
    ExpenditureFees,
    /// `存在的主要问题及改进情况` / `存在的主要问题和改进措施`.
    Problems,
    /// `其他需要报告的事项` / `其他相关工作情况`.
    OtherMatters,
}

impl SectionKind {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::SectionKind;
    /// assert_eq!(SectionKind::ExpenditureFees.id(), "expenditure_fees");
    /// assert_eq!(serde_json::to_string(&SectionKind::OtherMatters).unwrap(), "\"other_matters\"");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            SectionKind::Overview => "overview",
            SectionKind::Proactive => "proactive",
            SectionKind::Applications => "applications",
            SectionKind::Enquiries => "enquiries",
            SectionKind::Redress => "redress",
            SectionKind::ExpenditureFees => "expenditure_fees",
            SectionKind::Problems => "problems",
            SectionKind::OtherMatters => "other_matters",
        }
    }

    /// The sections `format` expects, in order (2019 art. 50 for the standard formats, 2008
    /// art. 32 and the common pattern for legacy reports).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ReportFormat;
    /// use zfxxgk::report::SectionKind;
    /// let std = SectionKind::expected(ReportFormat::Std2021);
    /// assert_eq!(std[3], SectionKind::Redress);
    /// assert!(!std.contains(&SectionKind::Enquiries));
    /// let legacy = SectionKind::expected(ReportFormat::Legacy);
    /// assert_eq!(&legacy[6..], [SectionKind::OtherMatters, SectionKind::Problems]);
    /// ```
    pub fn expected(format: ReportFormat) -> &'static [SectionKind] {
        use SectionKind::*;
        match format {
            // A text not recognised as a report has no sections to expect.
            ReportFormat::Unknown => &[],
            ReportFormat::Legacy => &[
                Overview,
                Proactive,
                Applications,
                Enquiries,
                Redress,
                ExpenditureFees,
                OtherMatters,
                Problems,
            ],
            _ => &[
                Overview,
                Proactive,
                Applications,
                Redress,
                Problems,
                OtherMatters,
            ],
        }
    }

    /// The section's name in the standard formats, without its number (the pre-2019-only
    /// kinds by their usual wording); [`SectionKind::heading`] gives the numbered heading of
    /// a format.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::SectionKind;
    /// assert_eq!(SectionKind::Overview.label(), "总体情况");
    /// assert_eq!(SectionKind::ExpenditureFees.label(), "政府信息公开支出和收费情况");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            SectionKind::Overview => "总体情况",
            SectionKind::Proactive => "主动公开政府信息情况",
            SectionKind::Applications => "收到和处理政府信息公开申请情况",
            SectionKind::Enquiries => "政府信息公开咨询处理情况",
            SectionKind::Redress => "政府信息公开行政复议、行政诉讼情况",
            SectionKind::ExpenditureFees => "政府信息公开支出和收费情况",
            SectionKind::Problems => "存在的主要问题及改进情况",
            SectionKind::OtherMatters => "其他需要报告的事项",
        }
    }

    /// The canonical heading in `format`, with its number. The two pre-2019-only kinds
    /// ([`SectionKind::Enquiries`], [`SectionKind::ExpenditureFees`]) have no number in the
    /// standard formats, which do not expect them.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ReportFormat;
    /// use zfxxgk::report::SectionKind;
    /// assert_eq!(SectionKind::Problems.heading(ReportFormat::Std2019), "五、存在的主要问题及改进情况");
    /// assert_eq!(SectionKind::Problems.heading(ReportFormat::Legacy), "八、存在的主要问题和改进措施");
    /// assert_eq!(SectionKind::Enquiries.heading(ReportFormat::Std2021), "政府信息公开咨询处理情况");
    /// ```
    pub fn heading(self, format: ReportFormat) -> &'static str {
        use SectionKind::*;
        match format {
            ReportFormat::Legacy => match self {
                Overview => "一、概述",
                Proactive => "二、主动公开政府信息情况",
                Applications => "三、依申请公开政府信息情况",
                Enquiries => "四、政府信息公开咨询处理情况",
                Redress => "五、政府信息公开复议、诉讼情况",
                ExpenditureFees => "六、政府信息公开支出和收费情况",
                OtherMatters => "七、其他相关工作情况",
                Problems => "八、存在的主要问题和改进措施",
            },
            _ => match self {
                Overview => "一、总体情况",
                Proactive => "二、主动公开政府信息情况",
                Applications => "三、收到和处理政府信息公开申请情况",
                Redress => "四、政府信息公开行政复议、行政诉讼情况",
                Problems => "五、存在的主要问题及改进情况",
                OtherMatters => "六、其他需要报告的事项",
                Enquiries => "政府信息公开咨询处理情况",
                ExpenditureFees => "政府信息公开支出和收费情况",
            },
        }
    }
}

crate::vocab::vocabulary!(
    SectionKind,
    "section",
    [
        Overview,
        Proactive,
        Applications,
        Enquiries,
        Redress,
        ExpenditureFees,
        Problems,
        OtherMatters
    ]
);

/// A section found in a report: its kind, the heading as written and where it is.
///
/// # Example
/// ```
/// use zfxxgk::report::SectionKind;
/// let text = "一、总体情况\n2023年，本机关……\n三、收到和处理政府信息公开申请情况\n";
/// let report = zfxxgk::parse::parse(text)?.report;
/// let s = &report.sections[1];
/// assert_eq!((s.kind, s.number), (SectionKind::Applications, Some(3)));
/// assert_eq!(&text[s.heading_span.start..s.heading_span.end], s.heading);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Section {
    /// What the section is about.
    pub kind: SectionKind,
    /// The heading exactly as written.
    pub heading: String,
    /// The Chinese numeral of the heading (`三` → 3), if it has one.
    #[serde(default)]
    pub number: Option<u8>,
    /// Where the heading is.
    pub heading_span: Span,
    /// The section body: from after the heading to the next section heading (or the end).
    pub body_span: Span,
}

impl Section {
    /// A section record.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Section, SectionKind, Span};
    /// let heading = "一、总体情况";
    /// let s = Section::new(SectionKind::Overview, heading, Some(1), Span::new(1, 0, heading.len()), Span::new(2, 19, 40));
    /// assert_eq!(s.heading, "一、总体情况");
    /// assert_eq!(s.heading_span.len(), 18);
    /// ```
    pub fn new(
        kind: SectionKind,
        heading: impl Into<String>,
        number: Option<u8>,
        heading_span: Span,
        body_span: Span,
    ) -> Section {
        Section {
            kind,
            heading: heading.into(),
            number,
            heading_span,
            body_span,
        }
    }
}
