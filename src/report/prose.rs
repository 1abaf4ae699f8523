//! Prose claims: the numeric statements a report makes in sentences rather than tables.
//!
//! Most of what a report asserts is in sentences: `共受理政府信息公开申请55件，其中当面申请5件…`,
//! `“同意公开”的52件，占总数的94.5%`. Under the 2008 regulation (2008 art. 32) reports had no
//! national tables at all, so every figure is prose (DOMAIN.md §5, §8). A [`Claim`] is one such
//! statement, typed: a total with its breakdown, a part with its share, a rate, a count tied to
//! a year, a nil statement. Every claim keeps its sentence, its byte span and its section, so a
//! finding about it can quote it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::report::section::SectionKind;
use crate::report::source::Span;

/// How exact a stated figure is, from the qualifier written next to it (DOMAIN.md §8, "kinds of
/// claims").
///
/// # Example
/// ```
/// use zfxxgk::Approx;
/// assert_eq!(Approx::from_marker("余"), Some(Approx::AtLeast));
/// assert_eq!(Approx::AtLeast.label(), "余");
/// assert!(Approx::Exact.is_exact());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Approx {
    /// No qualifier: the figure is exact.
    #[default]
    Exact,
    /// `约` / `大约` / `左右` / `上下`: about the figure (here: within 10% of it).
    About,
    /// `余` / `多` / `以上` / `超过`: at least the figure (a lower bound).
    AtLeast,
    /// `近` / `不到` / `以下`: at most the figure (an upper bound).
    AtMost,
}

impl Approx {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Approx;
    /// assert_eq!(Approx::AtLeast.id(), "at_least");
    /// assert_eq!(Approx::default().id(), "exact");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::About => "about",
            Approx::AtLeast => "at_least",
            Approx::AtMost => "at_most",
        }
    }

    /// The usual Chinese qualifier (empty for [`Approx::Exact`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Approx;
    /// assert_eq!(Approx::About.label(), "约");
    /// assert_eq!(Approx::Exact.label(), "");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Approx::Exact => "",
            Approx::About => "约",
            Approx::AtLeast => "余",
            Approx::AtMost => "近",
        }
    }

    /// The qualifier a marker expresses, if it is one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Approx;
    /// assert_eq!(Approx::from_marker("左右"), Some(Approx::About));
    /// assert_eq!(Approx::from_marker("不足"), Some(Approx::AtMost));
    /// assert_eq!(Approx::from_marker("共"), None);
    /// ```
    pub fn from_marker(marker: &str) -> Option<Approx> {
        match marker {
            "约" | "大约" | "左右" | "上下" | "大概" => Some(Approx::About),
            "余" | "多" | "以上" | "超过" | "逾" => Some(Approx::AtLeast),
            "近" | "将近" | "不到" | "以下" | "不足" => Some(Approx::AtMost),
            _ => None,
        }
    }

    /// Whether the figure is exact.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Approx;
    /// assert!(Approx::Exact.is_exact());
    /// assert!(!Approx::About.is_exact());
    /// ```
    pub fn is_exact(self) -> bool {
        self == Approx::Exact
    }
}

/// The unit a figure is counted in (`件`, `条`, `次`, `人`, `万元`, `%`, …).
///
/// # Example
/// ```
/// use zfxxgk::Unit;
/// assert_eq!(Unit::from_label("件"), Some(Unit::Jian));
/// assert_eq!(Unit::WanYuan.label(), "万元");
/// assert!(Unit::Jian.is_count());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// `件` (applications, cases, documents).
    Jian,
    /// `条` (items of information, messages).
    Tiao,
    /// `次` (times: enquiries, visits).
    Ci,
    /// `人` / `人次` (people).
    Ren,
    /// `家` (units, organisations).
    Jia,
    /// `项` (items, matters).
    Xiang,
    /// `个` (generic count).
    Ge,
    /// `期` (issues of a publication).
    Qi,
    /// `篇` (articles).
    Pian,
    /// `元` (yuan).
    Yuan,
    /// `万元` (10 000 yuan).
    WanYuan,
    /// `%` (a percentage).
    Percent,
}

/// Other spellings of a unit than its [`Unit::label`], for readers of text and labels alike.
pub(crate) const UNIT_SPELLINGS: &[(&str, Unit)] = &[("人次", Unit::Ren)];

impl Unit {
    /// Every unit, longest label first (the order [`Unit::from_label`] tries them in).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Unit;
    /// // `万元` is tried before `元`, so `万元` is never read as a shorter label.
    /// let pos = |u: Unit| Unit::ALL.iter().position(|x| *x == u).unwrap();
    /// assert!(pos(Unit::WanYuan) < pos(Unit::Yuan));
    /// assert!(Unit::ALL.iter().all(|u| Unit::from_label(u.label()) == Some(*u)));
    /// ```
    pub const ALL: [Unit; 12] = [
        Unit::WanYuan,
        Unit::Ren,
        Unit::Jian,
        Unit::Tiao,
        Unit::Ci,
        Unit::Jia,
        Unit::Xiang,
        Unit::Ge,
        Unit::Qi,
        Unit::Pian,
        Unit::Yuan,
        Unit::Percent,
    ];

    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Unit;
    /// assert_eq!(Unit::WanYuan.id(), "wan_yuan");
    /// assert_eq!(Unit::Ci.id(), "ci");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Unit::Jian => "jian",
            Unit::Tiao => "tiao",
            Unit::Ci => "ci",
            Unit::Ren => "ren",
            Unit::Jia => "jia",
            Unit::Xiang => "xiang",
            Unit::Ge => "ge",
            Unit::Qi => "qi",
            Unit::Pian => "pian",
            Unit::Yuan => "yuan",
            Unit::WanYuan => "wan_yuan",
            Unit::Percent => "percent",
        }
    }

    /// The Chinese unit as written.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Unit;
    /// assert_eq!(Unit::Ci.label(), "次");
    /// assert_eq!(Unit::Percent.label(), "%");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Unit::Jian => "件",
            Unit::Tiao => "条",
            Unit::Ci => "次",
            Unit::Ren => "人",
            Unit::Jia => "家",
            Unit::Xiang => "项",
            Unit::Ge => "个",
            Unit::Qi => "期",
            Unit::Pian => "篇",
            Unit::Yuan => "元",
            Unit::WanYuan => "万元",
            Unit::Percent => "%",
        }
    }

    /// The unit written as `label`, if it is one (`人次` is read as [`Unit::Ren`], whose label
    /// is `人`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Unit;
    /// assert_eq!(Unit::from_label("万元"), Some(Unit::WanYuan));
    /// assert_eq!(Unit::from_label("%"), Some(Unit::Percent));
    /// assert_eq!(Unit::from_label("人次"), Some(Unit::Ren));
    /// assert_eq!(Unit::from_label("次人"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<Unit> {
        UNIT_SPELLINGS
            .iter()
            .find(|(s, _)| *s == label)
            .map(|(_, u)| *u)
            .or_else(|| Unit::ALL.into_iter().find(|u| u.label() == label))
    }

    /// Whether the unit counts things (every unit except money and percentages).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Unit;
    /// assert!(Unit::Ci.is_count());
    /// assert!(!Unit::WanYuan.is_count() && !Unit::Percent.is_count());
    /// ```
    pub fn is_count(self) -> bool {
        !matches!(self, Unit::Yuan | Unit::WanYuan | Unit::Percent)
    }
}

/// One figure as stated: an exact decimal value, its qualifier, and where it is written.
///
/// Values are [`Decimal`] so that `150多万元`, `94.5%` and `27000次` are all exact.
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::{Approx, Figure, Span, Unit};
/// let f = Figure::new(Decimal::from(44), Unit::Qi, Approx::AtLeast, Span::new(1, 0, 2));
/// assert_eq!(f.count(), Some(44));
/// assert!(f.admits(Decimal::from(50)));
/// assert!(!f.admits(Decimal::from(40)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Figure {
    /// The value (a percentage is stored as written: `94.5` for `94.5%`).
    pub value: Decimal,
    /// The unit.
    pub unit: Unit,
    /// The qualifier.
    #[serde(default)]
    pub approx: Approx,
    /// Where the number is written.
    pub span: Span,
}

impl Figure {
    /// A figure.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::{Approx, Figure, Span, Unit};
    /// let f = Figure::new(Decimal::new(945, 1), Unit::Percent, Approx::Exact, Span::new(1, 0, 5));
    /// assert_eq!(f.value.to_string(), "94.5");
    /// assert_eq!(f.to_string(), "94.5%");
    /// // `44余期` is displayed with the qualifier normalised.
    /// let g = Figure::new(Decimal::from(44), Unit::Qi, Approx::AtLeast, Span::new(1, 0, 2));
    /// assert_eq!(g.to_string(), "44期以上");
    /// ```
    pub fn new(value: Decimal, unit: Unit, approx: Approx, span: Span) -> Figure {
        Figure {
            value,
            unit,
            approx,
            span,
        }
    }

    /// The value as a whole count, if it is a non-negative integer that fits a `u64`.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::{Approx, Figure, Span, Unit};
    /// let fig = |v: Decimal| Figure::new(v, Unit::Jian, Approx::Exact, Span::new(1, 0, 2));
    /// assert_eq!(fig(Decimal::from(55)).count(), Some(55));
    /// assert_eq!(fig(Decimal::new(945, 1)).count(), None);
    /// assert_eq!(fig(Decimal::from(-1)).count(), None);
    /// ```
    pub fn count(&self) -> Option<u64> {
        if self.value.fract().is_zero() && self.value >= Decimal::ZERO {
            u64::try_from(self.value.trunc()).ok()
        } else {
            None
        }
    }

    /// Whether `actual` is compatible with the figure and its qualifier: equal for an exact
    /// figure, at least it for `余`/`多`/`以上`, at most it for `近`, within 10% of it for `约`.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::{Approx, Figure, Span, Unit};
    /// // `约100件`: within 10% of 100, bounds included.
    /// let f = Figure::new(Decimal::from(100), Unit::Jian, Approx::About, Span::new(1, 0, 3));
    /// assert!(f.admits(Decimal::from(90)) && f.admits(Decimal::from(110)));
    /// assert!(!f.admits(Decimal::from(111)));
    /// // `近10件`: at most 10.
    /// let f = Figure::new(Decimal::from(10), Unit::Jian, Approx::AtMost, Span::new(1, 0, 2));
    /// assert!(f.admits(Decimal::from(9)) && !f.admits(Decimal::from(11)));
    /// ```
    pub fn admits(&self, actual: Decimal) -> bool {
        match self.approx {
            Approx::Exact => actual == self.value,
            Approx::AtLeast => actual >= self.value,
            Approx::AtMost => actual <= self.value,
            Approx::About => {
                let tol = (self.value / Decimal::from(10)).abs();
                (actual - self.value).abs() <= tol
            }
        }
    }
}

/// One item of a breakdown: what it is and how many (`当面申请5件`).
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::{Approx, Figure, Part, Span, Unit};
/// let f = Figure::new(Decimal::from(5), Unit::Jian, Approx::Exact, Span::new(1, 0, 1));
/// let p = Part::new("当面申请", f);
/// assert_eq!(p.label, "当面申请");
/// assert_eq!(p.figure.count(), Some(5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Part {
    /// The label as written (`当面申请`, `常德社会求助服务热3线`).
    pub label: String,
    /// The figure.
    pub figure: Figure,
}

impl Part {
    /// A part of a breakdown.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::{Approx, Figure, Part, Span, Unit};
    /// let f = Figure::new(Decimal::from(47), Unit::Jian, Approx::Exact, Span::new(1, 0, 2));
    /// let p = Part::new("网上申请", f.clone());
    /// assert_eq!((p.label.as_str(), &p.figure), ("网上申请", &f));
    /// ```
    pub fn new(label: impl Into<String>, figure: Figure) -> Part {
        Part {
            label: label.into(),
            figure,
        }
    }
}

/// What a figure counts, when the wording identifies it (precision first: otherwise `None`).
///
/// These are the measures the rules compare across sections and with the §3 table
/// (DOMAIN.md §2.7 S6, §5.2).
///
/// # Example
/// ```
/// use zfxxgk::{ClaimKind, MeasureKind};
/// let text = "三、依申请公开政府信息情况\n\
///     共受理政府信息公开申请5件，其中当面申请1件，网上申请4件。";
/// let report = zfxxgk::parse::parse(text)?.report;
/// let ClaimKind::Total { measure, .. } = &report.claims[0].kind else { panic!("a total") };
/// assert_eq!(measure.kind, Some(MeasureKind::ApplicationsReceived));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MeasureKind {
    /// Applications for disclosure received (`受理/收到…政府信息公开申请`; §3 `received`).
    ApplicationsReceived,
    /// Applications handled in the year: received plus carried in from the year before
    /// (`共受理申请877件（含上年结转18件）`; §3 `received` + `carried_in`).
    ApplicationsHandled,
    /// Applications carried in from the year before (`上年结转`; §3 `carried_in`).
    ApplicationsCarriedIn,
    /// Applications answered or completed (`办结`, `答复`; §3 `total_processed`).
    ApplicationsProcessed,
    /// Applications carried forward to next year (`结转`; §3 `carried_forward`).
    ApplicationsCarriedForward,
    /// Enquiries about disclosure (`咨询`).
    Enquiries,
    /// Items proactively disclosed in the year (`本年度新增…主动公开`).
    ProactiveNew,
    /// Items proactively disclosed, cumulative (`累计主动公开`).
    ProactiveCumulative,
    /// Page visits (`访问量`).
    Visits,
}

impl MeasureKind {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::MeasureKind;
    /// assert_eq!(MeasureKind::ApplicationsCarriedIn.id(), "applications_carried_in");
    /// assert_eq!(MeasureKind::Visits.id(), "visits");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            MeasureKind::ApplicationsReceived => "applications_received",
            MeasureKind::ApplicationsHandled => "applications_handled",
            MeasureKind::ApplicationsCarriedIn => "applications_carried_in",
            MeasureKind::ApplicationsProcessed => "applications_processed",
            MeasureKind::ApplicationsCarriedForward => "applications_carried_forward",
            MeasureKind::Enquiries => "enquiries",
            MeasureKind::ProactiveNew => "proactive_new",
            MeasureKind::ProactiveCumulative => "proactive_cumulative",
            MeasureKind::Visits => "visits",
        }
    }

    /// A Chinese label.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::MeasureKind;
    /// assert_eq!(MeasureKind::Enquiries.label(), "政府信息公开咨询");
    /// assert_eq!(MeasureKind::ApplicationsCarriedForward.label(), "结转下年度继续办理");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            MeasureKind::ApplicationsReceived => "收到政府信息公开申请",
            MeasureKind::ApplicationsHandled => "受理政府信息公开申请（含上年结转）",
            MeasureKind::ApplicationsCarriedIn => "上年结转政府信息公开申请",
            MeasureKind::ApplicationsProcessed => "办结政府信息公开申请",
            MeasureKind::ApplicationsCarriedForward => "结转下年度继续办理",
            MeasureKind::Enquiries => "政府信息公开咨询",
            MeasureKind::ProactiveNew => "本年主动公开政府信息",
            MeasureKind::ProactiveCumulative => "累计主动公开政府信息",
            MeasureKind::Visits => "访问量",
        }
    }
}

/// What a claim measures: the words that name it, and what they mean when recognisable.
///
/// # Example
/// ```
/// use zfxxgk::{Measure, MeasureKind};
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
    /// use zfxxgk::Measure;
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

/// The kinds of numeric statement a sentence can make.
///
/// # Example
/// ```
/// use zfxxgk::ClaimKind;
/// let text = "三、依申请公开政府信息情况\n“同意公开”的52件，占总数的94.5%。";
/// let report = zfxxgk::parse::parse(text)?.report;
/// let ClaimKind::Share { label, part, share, .. } = &report.claims[0].kind else {
///     panic!("a share")
/// };
/// assert_eq!(label, "同意公开");
/// assert_eq!(part.as_ref().and_then(|p| p.count()), Some(52));
/// assert_eq!(share.to_string(), "94.5%");
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClaimKind {
    /// A total, possibly with a breakdown: `共X件，其中A件，B件` / `…分别为A件、B件` /
    /// `包括A件、B件`. With two or more parts the breakdown is read as complete; a single
    /// part (`其中，本年度新增245条`) is a subset.
    Total {
        /// What is counted.
        measure: Measure,
        /// The total.
        total: Figure,
        /// The breakdown (empty when none is given).
        parts: Vec<Part>,
    },
    /// A part with its share of a whole: `“同意公开”的52件，占总数的94.5%`, or a bare share
    /// `90%是涉及政策类信息`.
    Share {
        /// What the part is (`同意公开`).
        label: String,
        /// The part's count, when stated.
        part: Option<Figure>,
        /// The whole it is a share of, when stated in the sentence or the base sentence before it
        /// (`在已经答复的55件申请中`).
        whole: Option<Figure>,
        /// The share, a percentage.
        share: Figure,
        /// Index of the group of shares of the same whole (shares of one whole share it).
        group: usize,
        /// Whether the sentence also names a remainder without a figure (`其余是…`).
        #[serde(default)]
        rest: bool,
    },
    /// A rate: `办结率为100%`, `全文电子化率达80%`.
    Rate {
        /// The rate's name as written (`办结率`).
        label: String,
        /// The percentage.
        rate: Figure,
    },
    /// A count tied to a year: `2015年度政府信息公开专栏访问量为567000次`.
    Dated {
        /// The year written.
        year: i32,
        /// What is counted.
        measure: Measure,
        /// The figure.
        value: Figure,
        /// Whether the sentence compares years (`同比`, `较上年`): then another year is meant.
        comparison: bool,
    },
    /// A completion statement about the total of the same sentence: `共受理…申请5件，…，所有申请
    /// 均已办结` (nothing carried forward).
    Completed {
        /// What the total counts.
        of: MeasureKind,
        /// The total said to be completed.
        total: Figure,
    },
    /// A nil statement: `没有发生…行政复议案和行政诉讼`, `未收取费用`.
    Nil {
        /// What did not happen, as written.
        what: String,
    },
    /// A list of contents in the opening paragraph: `全文包括概述、主动公开政府信息情况…`.
    Contents {
        /// The section each listed item names, in order.
        sections: Vec<SectionKind>,
    },
}

/// One numeric statement of the prose, with its sentence and where it is.
///
/// # Example
/// ```
/// let text = "三、依申请公开政府信息情况\n共受理政府信息公开申请5件，其中当面申请1件，网上申请4件。";
/// let report = zfxxgk::parse::parse(text)?.report;
/// let c = &report.claims[0];
/// assert_eq!(c.section, Some(zfxxgk::SectionKind::Applications));
/// assert!(c.sentence.starts_with("共受理"));
/// assert_eq!(c.to_string(), "total 政府信息公开申请 5件 = 当面申请 1件 + 网上申请 4件");
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Claim {
    /// What the claim says.
    pub kind: ClaimKind,
    /// The section it is in (`None` before the first heading).
    #[serde(default)]
    pub section: Option<SectionKind>,
    /// The sentence, as written.
    pub sentence: String,
    /// Where the sentence is.
    pub span: Span,
    /// The claim's own words: the clauses of the sentence it was read from (what a finding
    /// quotes as evidence).
    #[serde(default)]
    pub text: String,
    /// Where the claim's own words are.
    #[serde(default)]
    pub text_span: Span,
}

impl Claim {
    /// A claim.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Claim, ClaimKind, SectionKind, Span};
    /// let kind = ClaimKind::Nil { what: "收取费用".to_string() };
    /// let section = Some(SectionKind::ExpenditureFees);
    /// let c = Claim::new(kind, section, "未收取费用。", Span::new(7, 100, 118));
    /// // Until narrowed, the claim's own words are its whole sentence.
    /// assert_eq!((c.text.as_str(), c.text_span), ("未收取费用。", c.span));
    /// assert_eq!(c.to_string(), "nil: 收取费用");
    /// ```
    pub fn new(
        kind: ClaimKind,
        section: Option<SectionKind>,
        sentence: impl Into<String>,
        span: Span,
    ) -> Claim {
        let sentence = sentence.into();
        Claim {
            kind,
            section,
            text: sentence.clone(),
            text_span: span,
            sentence,
            span,
        }
    }

    /// The same claim, narrowed to its own words inside the sentence.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Claim, ClaimKind, Span};
    /// let kind = ClaimKind::Nil { what: "行政复议".to_string() };
    /// let c = Claim::new(kind, None, "本年度没有发生行政复议，也未收费。", Span::new(3, 0, 51))
    ///     .with_text("本年度没有发生行政复议", Span::new(3, 0, 33));
    /// assert_eq!(c.text, "本年度没有发生行政复议");
    /// assert_eq!((c.span.end, c.text_span.end), (51, 33));
    /// ```
    pub fn with_text(mut self, text: impl Into<String>, span: Span) -> Claim {
        self.text = text.into();
        self.text_span = span;
        self
    }

    /// Whether the sentence compares years (`同比`, `较上年`, `增长`…): a figure in it may be
    /// another year's on purpose.
    ///
    /// # Example
    /// ```
    /// let text = "三、依申请公开政府信息情况\n共受理政府信息公开申请55件，比上年增加5件。";
    /// let report = zfxxgk::parse::parse(text)?.report;
    /// assert!(report.claims[0].compares_years());
    /// let seed = zfxxgk::seed::report()?;
    /// assert!(seed.claims.iter().any(|c| !c.compares_years()));
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn compares_years(&self) -> bool {
        compares_years(&self.sentence)
    }

    /// The claim's figures in the order written (total, parts, share…).
    ///
    /// # Example
    /// ```
    /// let text = "三、依申请公开政府信息情况\n\
    ///     共受理政府信息公开申请5件，其中当面申请1件，网上申请4件。";
    /// let report = zfxxgk::parse::parse(text)?.report;
    /// let figures = report.claims[0].figures();
    /// let counts: Vec<Option<u64>> = figures.iter().map(|f| f.count()).collect();
    /// assert_eq!(counts, [Some(5), Some(1), Some(4)]);
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn figures(&self) -> Vec<&Figure> {
        match &self.kind {
            ClaimKind::Total { total, parts, .. } => std::iter::once(total)
                .chain(parts.iter().map(|p| &p.figure))
                .collect(),
            ClaimKind::Share {
                part, whole, share, ..
            } => part.iter().chain(whole.iter()).chain([share]).collect(),
            ClaimKind::Rate { rate, .. } => vec![rate],
            ClaimKind::Completed { total, .. } => vec![total],
            ClaimKind::Dated { value, .. } => vec![value],
            ClaimKind::Nil { .. } | ClaimKind::Contents { .. } => Vec::new(),
        }
    }
}

/// Words that make a sentence compare years, so another year is meant.
const COMPARISON: &[&str] = &[
    "同比",
    "较上年",
    "比上年",
    "去年",
    "相比",
    "增长",
    "下降",
    "减少",
    "增加",
    "以来",
    "较",
];

/// Whether `sentence` compares years (`同比`, `较上年`, `增长`…).
pub(crate) fn compares_years(sentence: &str) -> bool {
    COMPARISON.iter().any(|w| sentence.contains(w))
}

/// The claims of `claims` grouped by section, in section order of first appearance (the
/// preamble, `None`, first). What the `audit` summary prints as "figures per section".
///
/// # Example
/// ```
/// let report = zfxxgk::seed::report()?;
/// let groups = zfxxgk::claims_by_section(&report.claims);
/// assert!(groups.iter().any(|(s, _)| *s == Some(zfxxgk::SectionKind::Applications)));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn claims_by_section(claims: &[Claim]) -> Vec<(Option<SectionKind>, Vec<&Claim>)> {
    let mut out: Vec<(Option<SectionKind>, Vec<&Claim>)> = Vec::new();
    for c in claims {
        match out.iter_mut().find(|(s, _)| *s == c.section) {
            Some((_, v)) => v.push(c),
            None => out.push((c.section, vec![c])),
        }
    }
    out
}

impl std::fmt::Display for Figure {
    /// `约32条`, `94.5%`; `余`/`多`/`以上` all print as `以上` (`44余期` → `44期以上`),
    /// `近`/`不到`/`以下` as `近` (`近10件`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.approx {
            Approx::Exact => write!(f, "{}{}", self.value, self.unit.label()),
            Approx::About => write!(f, "约{}{}", self.value, self.unit.label()),
            Approx::AtLeast => write!(f, "{}{}以上", self.value, self.unit.label()),
            Approx::AtMost => write!(f, "近{}{}", self.value, self.unit.label()),
        }
    }
}

impl std::fmt::Display for Claim {
    /// One line for a summary: what the claim says, e.g.
    /// `total 政府信息公开申请 55件 = 当面申请 5件 + 传真申请 1件 + …`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ClaimKind::Total {
                measure,
                total,
                parts,
            } => {
                write!(f, "total {} {total}", measure.label)?;
                for (i, p) in parts.iter().enumerate() {
                    let sep = if i == 0 { " = " } else { " + " };
                    write!(f, "{sep}{} {}", p.label, p.figure)?;
                }
                Ok(())
            }
            ClaimKind::Share {
                label,
                part,
                whole,
                share,
                ..
            } => {
                write!(f, "share {label}")?;
                if let Some(p) = part {
                    write!(f, " {p}")?;
                }
                write!(f, " = {share}")?;
                if let Some(w) = whole {
                    write!(f, " of {w}")?;
                }
                Ok(())
            }
            ClaimKind::Rate { label, rate } => write!(f, "rate {label} {rate}"),
            ClaimKind::Dated {
                year,
                measure,
                value,
                ..
            } => write!(f, "dated {year}: {} {value}", measure.label),
            ClaimKind::Completed { of, total } => write!(f, "completed: all {total} ({})", of.id()),
            ClaimKind::Nil { what } => write!(f, "nil: {what}"),
            ClaimKind::Contents { sections } => {
                let ids: Vec<&str> = sections.iter().map(|s| s.id()).collect();
                write!(f, "contents: {}", ids.join(", "))
            }
        }
    }
}
