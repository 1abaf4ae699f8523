//! Claims: what a sentence states (a total with its breakdown, a share, a rate, a dated count,
//! a nil statement, a list of contents), with the sentence and the section it is in.

use serde::{Deserialize, Serialize};

use crate::report::prose::{Figure, Part};
use crate::report::section::SectionKind;
use crate::report::source::Span;

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
    /// Whether the sentence compares years (`同比`, `较上年`, `增长`…), as the reader judged it:
    /// a figure in it may be another year's on purpose.
    #[serde(default)]
    pub comparison: bool,
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
            comparison: false,
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

    /// The same claim, marked as made in a sentence that compares years (or not).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Claim, ClaimKind, Span};
    /// let kind = ClaimKind::Nil { what: "行政复议".to_string() };
    /// let c = Claim::new(kind, None, "同比没有发生行政复议。", Span::new(1, 0, 30));
    /// assert!(!c.compares_years());
    /// assert!(c.with_comparison(true).compares_years());
    /// ```
    pub fn with_comparison(mut self, comparison: bool) -> Claim {
        self.comparison = comparison;
        self
    }

    /// Whether the sentence compares years (`同比`, `较上年`, `增长`…): a figure in it may be
    /// another year's on purpose. The reader decides it from the sentence's words
    /// ([`Claim::comparison`]); a claim built with [`Claim::new`] says `false` until
    /// [`Claim::with_comparison`].
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
        self.comparison
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
