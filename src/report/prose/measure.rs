//! What a figure counts ([`MeasureKind`], [`Measure`]), for which period ([`Timeframe`]), how
//! complete a list says it is ([`Reading`]), and the other sentences a claim relies on
//! ([`Quote`]).

use serde::{Deserialize, Serialize};

use crate::report::source::Span;

/// Declares [`MeasureKind`] with its ids and labels from one table.
macro_rules! measure_kinds {
    ($($(#[$doc:meta])* $v:ident => $id:literal, $label:literal;)+) => {
        /// What a figure counts, when the wording identifies it (precision first: otherwise
        /// `None`).
        ///
        /// These are the measures the rules compare across sections and with the tables
        /// (identity S6: what the prose says equals the tables).
        ///
        /// # Example
        /// ```
        /// use zfxxgk::report::{ClaimKind, MeasureKind};
        /// let text = "三、依申请公开政府信息情况\n\
        ///     共受理政府信息公开申请5件，其中当面申请1件，网上申请4件。";
        /// let report = zfxxgk::parse::parse(text)?.report;
        /// let ClaimKind::Total { measure, .. } = &report.claims[0].kind else { panic!("a total") };
        /// assert_eq!(measure.kind, Some(MeasureKind::ApplicationsReceived));
        /// # Ok::<(), zfxxgk::ParseError>(())
        /// ```
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum MeasureKind {
            $($(#[$doc])* $v,)+
        }

        impl MeasureKind {
            /// Every measure, in declaration order.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::report::MeasureKind;
            /// assert!(MeasureKind::ALL.contains(&MeasureKind::Reconsiderations));
            /// ```
            pub const ALL: &'static [MeasureKind] = &[$(MeasureKind::$v,)+];

            /// The serialized id.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::report::MeasureKind;
            /// assert_eq!(MeasureKind::ApplicationsCarriedIn.id(), "applications_carried_in");
            /// assert_eq!(MeasureKind::Visits.id(), "visits");
            /// ```
            pub fn id(self) -> &'static str {
                match self {
                    $(MeasureKind::$v => $id,)+
                }
            }

            /// A Chinese label.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::report::MeasureKind;
            /// assert_eq!(MeasureKind::Enquiries.label(), "政府信息公开咨询");
            /// assert_eq!(MeasureKind::ApplicationsCarriedForward.label(), "结转下年度继续办理");
            /// ```
            pub fn label(self) -> &'static str {
                match self {
                    $(MeasureKind::$v => $label,)+
                }
            }
        }
    };
}

measure_kinds! {
    /// Applications for disclosure received (`受理/收到…政府信息公开申请`; §3 `received`).
    ApplicationsReceived => "applications_received", "收到政府信息公开申请";
    /// Applications handled in the year: received plus carried in from the year before
    /// (`共受理申请877件（含上年结转18件）`; §3 `received` + `carried_in`).
    ApplicationsHandled => "applications_handled", "受理政府信息公开申请（含上年结转）";
    /// Applications carried in from the year before (`上年结转`; §3 `carried_in`).
    ApplicationsCarriedIn => "applications_carried_in", "上年结转政府信息公开申请";
    /// Applications answered or completed (`办结`, `答复`; §3 `total_processed`).
    ApplicationsProcessed => "applications_processed", "办结政府信息公开申请";
    /// Applications carried forward to next year (`结转`; §3 `carried_forward`).
    ApplicationsCarriedForward => "applications_carried_forward", "结转下年度继续办理";
    /// Applications answered by disclosing (`予以公开`, `同意公开`; §3 （一）).
    ApplicationsDisclosed => "applications_disclosed", "予以公开";
    /// Applications answered by disclosing in part (`部分公开`, `区分处理`; §3 （二）).
    ApplicationsPartiallyDisclosed => "applications_partially_disclosed", "部分公开";
    /// Applications answered by disclosing in full or in part, named together
    /// (`予以公开及部分公开`; §3 （一）+（二）).
    ApplicationsDisclosedInFullOrPart => "applications_disclosed_in_full_or_part", "予以公开及部分公开";
    /// Applications refused (`不予公开`; §3 （三） 1–8).
    ApplicationsWithheld => "applications_withheld", "不予公开";
    /// Applications whose information cannot be provided (`无法提供`, `不掌握`; §3 （四） 1–3).
    ApplicationsUnavailable => "applications_unavailable", "无法提供";
    /// Applications not processed (`不予处理`; §3 （五） 1–5).
    ApplicationsNotProcessed => "applications_not_processed", "不予处理";
    /// Applications handled otherwise (`其他处理`; §3 （六）).
    ApplicationsOtherHandling => "applications_other_handling", "其他处理";
    /// Enquiries about disclosure (`咨询`).
    Enquiries => "enquiries", "政府信息公开咨询";
    /// Items proactively disclosed in the year (`本年度新增…主动公开`).
    ProactiveNew => "proactive_new", "本年主动公开政府信息";
    /// Items proactively disclosed, cumulative (`累计主动公开`).
    ProactiveCumulative => "proactive_cumulative", "累计主动公开政府信息";
    /// Page visits (`访问量`).
    Visits => "visits", "访问量";
    /// Administrative reconsiderations about disclosure (`行政复议N件`; §4 行政复议 总计).
    Reconsiderations => "reconsiderations", "行政复议";
    /// Lawsuits about disclosure (`行政诉讼N件`; §4 the two litigation blocks' 总计).
    Lawsuits => "lawsuits", "行政诉讼";
    /// Normative documents issued in the year (`制发/制定规范性文件N件`; §2 本年制发件数 /
    /// 本年新制作数量).
    NormativeDocumentsIssued => "normative_documents_issued", "本年制发规范性文件";
    /// Normative documents in force (`现行有效规范性文件N件`; §2 2021 现行有效件数).
    NormativeDocumentsInForce => "normative_documents_in_force", "现行有效规范性文件";
}

crate::vocab::vocabulary!(MeasureKind, "measure", all = MeasureKind::ALL);

/// What a claim measures: the words that name it, and what they mean when recognisable.
///
/// # Example
/// ```
/// use zfxxgk::report::{Measure, MeasureKind};
/// let m = Measure::new("市民咨询", Some(MeasureKind::Enquiries));
/// assert_eq!(m.label, "市民咨询");
/// assert_eq!(m.kind, Some(MeasureKind::Enquiries));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Measure {
    /// The words naming what is counted, as written (`政府信息公开申请`, `市民咨询`).
    pub label: String,
    /// What it is, when the wording identifies it.
    #[serde(default)]
    pub kind: Option<MeasureKind>,
}

impl Measure {
    /// A measure named `label`, of `kind` when known.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Measure;
    /// let m = Measure::new("宣传资料", None);
    /// assert_eq!((m.label.as_str(), m.kind), ("宣传资料", None));
    /// ```
    pub fn new(label: impl Into<String>, kind: Option<MeasureKind>) -> Measure {
        Measure {
            label: label.into(),
            kind,
        }
    }
}

/// How complete a breakdown says it is, from its wording. The rules hold a list read as
/// complete to its total exactly, and any other list only to "the parts do not exceed the
/// total".
///
/// # Example
/// ```
/// use zfxxgk::report::{ClaimKind, Reading};
/// let claims = zfxxgk::parse::claims("主动公开信息64条，其中规范性文件2条，征地信息31条，其他类9条。");
/// let ClaimKind::Total { reading, .. } = &claims[0].kind else { panic!("a total") };
/// assert_eq!(*reading, Reading::RemainderBucket);
/// assert!(reading.is_complete());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reading {
    /// No breakdown, or a list the wording leaves open (`其中A类N条，B类M条` of categories, with
    /// no remainder bucket): the parts must not exceed the total.
    #[default]
    Undecided,
    /// The list ends in a counted remainder bucket (`其他类信息9条`): complete.
    RemainderBucket,
    /// The parts split the whole along a closed set (channels of application, outcomes of
    /// a reply, the disclosure classes of the information made): complete.
    ClosedSet,
    /// The list says it may leave things out (`包括`, `主要有`, `主要涉及`, `含`, `…等`, a
    /// remainder named without a count): the parts must not exceed the total.
    Partial,
    /// One part only (`其中，本年度新增245条`): a subset of the total.
    Subset,
}

impl Reading {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::report::Reading::RemainderBucket.id(), "remainder_bucket");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Reading::Undecided => "undecided",
            Reading::RemainderBucket => "remainder_bucket",
            Reading::ClosedSet => "closed_set",
            Reading::Partial => "partial",
            Reading::Subset => "subset",
        }
    }

    /// The reading in Chinese.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::report::Reading::RemainderBucket.label(), "以其他类收尾的完整列举");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Reading::Undecided => "未表明是否列全",
            Reading::RemainderBucket => "以其他类收尾的完整列举",
            Reading::ClosedSet => "按封闭类别的完整划分",
            Reading::Partial => "不完整列举",
            Reading::Subset => "其中一项",
        }
    }

    /// Whether the wording makes the list complete, so that its parts must add up to the total.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Reading;
    /// assert!(Reading::ClosedSet.is_complete());
    /// assert!(!Reading::Partial.is_complete() && !Reading::Undecided.is_complete());
    /// ```
    pub fn is_complete(self) -> bool {
        matches!(self, Reading::RemainderBucket | Reading::ClosedSet)
    }

    /// Why the list was read so, in English (what a finding's message says).
    ///
    /// # Example
    /// ```
    /// assert!(zfxxgk::report::Reading::Partial.explain().contains("may leave"));
    /// ```
    pub fn explain(self) -> &'static str {
        match self {
            Reading::Undecided => {
                "read as possibly partial: the wording does not say the list is complete"
            }
            Reading::RemainderBucket => {
                "read as complete: the list ends in a counted remainder (其他…)"
            }
            Reading::ClosedSet => {
                "read as complete: the parts split the whole by channel, outcome or disclosure class"
            }
            Reading::Partial => {
                "read as partial: the wording (包括/主要/含/等) says the list may leave things out"
            }
            Reading::Subset => "read as one subset of the total",
        }
    }

    /// Why the list was read so, in Chinese.
    ///
    /// # Example
    /// ```
    /// assert!(zfxxgk::report::Reading::RemainderBucket.explain_zh().contains("其他"));
    /// ```
    pub fn explain_zh(self) -> &'static str {
        match self {
            Reading::Undecided => "按可能不完整的列举核对（措辞未表明已列全）",
            Reading::RemainderBucket => "按完整列举核对（以“其他”类及其数量收尾）",
            Reading::ClosedSet => "按完整列举核对（按渠道、办理结果或公开属性划分）",
            Reading::Partial => "按不完整列举核对（“包括”“主要”“含”“等”）",
            Reading::Subset => "按总数的一个子项核对",
        }
    }
}

crate::vocab::vocabulary!(
    Reading,
    "list reading",
    [Undecided, RemainderBucket, ClosedSet, Partial, Subset]
);

/// The period a figure is stated for, from the words around it.
///
/// # Example
/// ```
/// use zfxxgk::report::Timeframe;
/// let claims = zfxxgk::parse::claims("近3年共受理政府信息公开申请2件。");
/// assert_eq!(claims[0].period, Timeframe::Years);
/// assert!(Timeframe::Unstated.is_one_year(2016) && Timeframe::Year(2016).is_one_year(2016));
/// assert!(!Timeframe::Year(2015).is_one_year(2016) && !Timeframe::Years.is_one_year(2016));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Timeframe {
    /// No period named: the report's year is meant.
    #[default]
    Unstated,
    /// One named year (`2016年`, `本年度`, `全年` give the report's year as [`Timeframe::Unstated`]).
    Year(i32),
    /// Several years (`近3年`, `历年`, `以来`).
    Years,
    /// A running total up to a date (`累计`, `截至`), not one year's flow.
    Cumulative,
}

impl Timeframe {
    /// Whether a figure of this period is the report year `year`'s own.
    ///
    /// # Example
    /// ```
    /// assert!(zfxxgk::report::Timeframe::Year(2020).is_one_year(2020));
    /// assert!(!zfxxgk::report::Timeframe::Cumulative.is_one_year(2020));
    /// ```
    pub fn is_one_year(self, year: i32) -> bool {
        match self {
            Timeframe::Unstated => true,
            Timeframe::Year(y) => y == year,
            Timeframe::Years | Timeframe::Cumulative => false,
        }
    }
}

/// Whose figure a claim states: the reporting agency's own (unstated), its whole area's
/// (`全县共受理申请749件` — in a county government's report, its own), or other bodies' added
/// together (`各乡镇公开信息300条`, `市直各部门…`).
///
/// # Example
/// ```
/// use zfxxgk::report::Scope;
/// let claims = zfxxgk::parse::claims("各乡镇共受理政府信息公开申请50件。全市共受理政府信息公开申请500件。");
/// assert_eq!(claims[0].scope, Scope::Units);
/// assert_eq!(claims[1].scope, Scope::Area);
/// assert_eq!(Scope::default(), Scope::Unstated);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Scope {
    /// No scope named: the reporting agency's own figure.
    #[default]
    Unstated,
    /// The whole area (`全市`, `全县`, `全区`): a government's own scope, not a department's.
    Area,
    /// Other bodies added together (`各乡镇`, `各部门`, `市直各单位`).
    Units,
}

impl Scope {
    /// The serialized id (`unstated`, `area`, `units`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::report::Scope::Units.id(), "units");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Scope::Unstated => "unstated",
            Scope::Area => "area",
            Scope::Units => "units",
        }
    }

    /// The scope in Chinese: the agency's own (`本机关`), its whole area (`全辖区`), other
    /// bodies added together (`各单位合计`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::report::Scope::Area.label(), "全辖区");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Scope::Unstated => "本机关",
            Scope::Area => "全辖区",
            Scope::Units => "各单位合计",
        }
    }
}

crate::vocab::vocabulary!(Scope, "scope", [Unstated, Area, Units]);

/// Another sentence of the report a claim relies on (the base its shares are of, the total its
/// parts follow), quoted as evidence with the claim.
///
/// # Example
/// ```
/// use zfxxgk::report::{Quote, Span};
/// let q = Quote::new("在已经答复的55件申请中", Span::new(15, 0, 33));
/// assert_eq!(q.text, "在已经答复的55件申请中");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quote {
    /// The words, as written.
    pub text: String,
    /// Where they are.
    pub span: Span,
}

impl Quote {
    /// A quote.
    ///
    /// # Example
    /// ```
    /// let q = zfxxgk::report::Quote::new("共受理申请5件", zfxxgk::report::Span::new(1, 0, 19));
    /// assert_eq!(q.span.end, 19);
    /// ```
    pub fn new(text: impl Into<String>, span: Span) -> Quote {
        Quote {
            text: text.into(),
            span,
        }
    }
}
