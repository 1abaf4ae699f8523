//! Figures as stated: a value, its unit and its qualifier (`约`, `余`, `以上`…), and the parts
//! of a breakdown.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::report::prose::MeasureKind;
use crate::report::source::Span;

/// How exact a stated figure is, from the qualifier written next to it (DOMAIN.md §8, "kinds of
/// claims").
///
/// # Example
/// ```
/// use zfxxgk::report::Approx;
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
    /// use zfxxgk::report::Approx;
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

    /// The usual Chinese qualifier, `确数` (an exact figure) for [`Approx::Exact`].
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Approx;
    /// assert_eq!(Approx::About.label(), "约");
    /// assert_eq!(Approx::Exact.label(), "确数");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Approx::Exact => "确数",
            Approx::About => "约",
            Approx::AtLeast => "余",
            Approx::AtMost => "近",
        }
    }

    /// The qualifier as written next to a figure: empty for [`Approx::Exact`], else its
    /// [`label`](Approx::label).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Approx;
    /// assert_eq!(Approx::Exact.marker(), "");
    /// assert_eq!(Approx::AtMost.marker(), "近");
    /// ```
    pub fn marker(self) -> &'static str {
        match self {
            Approx::Exact => "",
            other => other.label(),
        }
    }

    /// The qualifier a marker expresses, if it is one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Approx;
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
    /// use zfxxgk::report::Approx;
    /// assert!(Approx::Exact.is_exact());
    /// assert!(!Approx::About.is_exact());
    /// ```
    pub fn is_exact(self) -> bool {
        self == Approx::Exact
    }
}

crate::vocab::vocabulary!(Approx, "qualifier", [Exact, About, AtLeast, AtMost]);

/// The unit a figure is counted in (`件`, `条`, `次`, `人`, `万元`, `%`, …).
///
/// # Example
/// ```
/// use zfxxgk::report::Unit;
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
/// Traditional characters included (`條`, `項`, `個`, `萬元`).
pub(crate) const UNIT_SPELLINGS: &[(&str, Unit)] = &[
    ("人次", Unit::Ren),
    ("萬元", Unit::WanYuan),
    ("條", Unit::Tiao),
    ("項", Unit::Xiang),
    ("個", Unit::Ge),
];

impl Unit {
    /// Every unit, longest label first (the order [`Unit::from_label`] tries them in).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Unit;
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
    /// use zfxxgk::report::Unit;
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
    /// use zfxxgk::report::Unit;
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
    /// use zfxxgk::report::Unit;
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
    /// use zfxxgk::report::Unit;
    /// assert!(Unit::Ci.is_count());
    /// assert!(!Unit::WanYuan.is_count() && !Unit::Percent.is_count());
    /// ```
    pub fn is_count(self) -> bool {
        !matches!(self, Unit::Yuan | Unit::WanYuan | Unit::Percent)
    }
}

crate::vocab::vocabulary!(Unit, "unit", all = &Unit::ALL);

/// One figure as stated: an exact decimal value, its qualifier, and where it is written.
///
/// Values are [`Decimal`] so that `150多万元`, `94.5%` and `27000次` are all exact.
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::report::{Approx, Figure, Span, Unit};
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
    /// use zfxxgk::report::{Approx, Figure, Span, Unit};
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
    /// use zfxxgk::report::{Approx, Figure, Span, Unit};
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
    /// use zfxxgk::report::{Approx, Figure, Span, Unit};
    /// // `约100件`: within 10% of 100, bounds included.
    /// let f = Figure::new(Decimal::from(100), Unit::Jian, Approx::About, Span::new(1, 0, 3));
    /// assert!(f.admits(Decimal::from(90)) && f.admits(Decimal::from(110)));
    /// assert!(!f.admits(Decimal::from(111)));
    /// // `近10件`: at most 10.
    /// let f = Figure::new(Decimal::from(10), Unit::Jian, Approx::AtMost, Span::new(1, 0, 2));
    /// assert!(f.admits(Decimal::from(9)) && !f.admits(Decimal::from(11)));
    /// ```
    pub fn admits(&self, actual: Decimal) -> bool {
        let (lo, hi) = self.bounds();
        actual >= lo && hi.is_none_or(|h| actual <= h)
    }

    /// The values the figure admits, as an interval `[low, high]` (`None`: no upper bound):
    /// the value itself when exact, at least it for `余`/`多`/`以上`, from 0 to it for `近`,
    /// within 10% of it for `约`.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::report::{Approx, Figure, Span, Unit};
    /// let fig = |v: i64, a| Figure::new(Decimal::from(v), Unit::Jian, a, Span::new(1, 0, 2));
    /// assert_eq!(fig(300, Approx::AtLeast).bounds(), (Decimal::from(300), None));
    /// assert_eq!(fig(5, Approx::Exact).bounds(), (Decimal::from(5), Some(Decimal::from(5))));
    /// assert_eq!(fig(100, Approx::About).bounds(), (Decimal::from(90), Some(Decimal::from(110))));
    /// assert_eq!(fig(10, Approx::AtMost).bounds(), (Decimal::ZERO, Some(Decimal::from(10))));
    /// ```
    pub fn bounds(&self) -> (Decimal, Option<Decimal>) {
        let v = self.value;
        match self.approx {
            Approx::Exact => (v, Some(v)),
            Approx::AtLeast => (v, None),
            Approx::AtMost => (Decimal::ZERO.min(v), Some(v)),
            Approx::About => {
                let tol = (v / Decimal::from(10)).abs();
                (v - tol, Some(v + tol))
            }
        }
    }
}

/// One item of a breakdown: what it is and how many (`当面申请5件`).
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::report::{Approx, Figure, Part, Span, Unit};
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
    /// What the part counts, when its label names a measure the tables have (`不予公开3件`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<MeasureKind>,
}

impl Part {
    /// A part of a breakdown.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::report::{Approx, Figure, Part, Span, Unit};
    /// let f = Figure::new(Decimal::from(47), Unit::Jian, Approx::Exact, Span::new(1, 0, 2));
    /// let p = Part::new("网上申请", f.clone());
    /// assert_eq!((p.label.as_str(), &p.figure), ("网上申请", &f));
    /// ```
    pub fn new(label: impl Into<String>, figure: Figure) -> Part {
        Part {
            label: label.into(),
            figure,
            kind: None,
        }
    }

    /// The same part, counting `kind`.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::report::{Approx, Figure, MeasureKind, Part, Span, Unit};
    /// let f = Figure::new(Decimal::from(3), Unit::Jian, Approx::Exact, Span::new(1, 0, 2));
    /// let p = Part::new("不予公开", f).with_kind(Some(MeasureKind::ApplicationsWithheld));
    /// assert_eq!(p.kind, Some(MeasureKind::ApplicationsWithheld));
    /// ```
    pub fn with_kind(mut self, kind: Option<MeasureKind>) -> Part {
        self.kind = kind;
        self
    }
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
