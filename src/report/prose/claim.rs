//! Claims: what a sentence states (a total with its breakdown, a share, a rate, a dated count,
//! a nil statement, a list of contents), with the sentence and the section it is in.

use serde::{Deserialize, Serialize};

use crate::report::prose::{Figure, Measure, MeasureKind, Part, Quote, Reading, Scope, Timeframe};
use crate::report::section::SectionKind;
use crate::report::source::Span;

/// The kinds of numeric statement a sentence can make.
///
/// # Example
/// ```
/// use zfxxgk::report::ClaimKind;
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
    /// `包括A件、B件`, the parts possibly in the following sentences of the paragraph
    /// (`…N条。其中，A…a条。B…b条。`). How complete the list says it is is its `reading`.
    Total {
        /// What is counted.
        measure: Measure,
        /// The total.
        total: Figure,
        /// The breakdown (empty when none is given).
        parts: Vec<Part>,
        /// How complete the breakdown says it is.
        #[serde(default)]
        reading: Reading,
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
        /// Other wholes of the paragraph the share may be of (a subset named just before the
        /// shares, `共有89项，其中行政许可57项，…的有45项，占比78.9%`; an earlier total).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        bases: Vec<Figure>,
    },
    /// A rate: `办结率为100%`, `全文电子化率达80%`; with its numerator and denominator when the
    /// sentence or paragraph states them (`受理2576件，已办理2520件，办理率97.8%`).
    Rate {
        /// The rate's name as written (`办结率`).
        label: String,
        /// The percentage.
        rate: Figure,
        /// The count the rate is of (`已办理2520件`), when stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        numerator: Option<Figure>,
        /// The count it is out of (`受理2576件`), when stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        denominator: Option<Figure>,
        /// Whether the numerator is only implied by `均`/`全部`/`所有` (`9件申请均…予以回复`):
        /// then it equals the denominator.
        #[serde(default)]
        implied: bool,
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
/// assert_eq!(c.section, Some(zfxxgk::report::SectionKind::Applications));
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
    /// The period the claim's figures are for, as its words say.
    #[serde(default)]
    pub period: Timeframe,
    /// Whose figures they are, as its words say.
    #[serde(default)]
    pub scope: Scope,
    /// Other sentences the claim relies on (the base of its shares, the total before its
    /// parts, the counts behind a rate), quoted with it as evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relies_on: Vec<Quote>,
}

impl Claim {
    /// A claim.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Claim, ClaimKind, SectionKind, Span};
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
            period: Timeframe::Unstated,
            scope: Scope::Unstated,
            relies_on: Vec::new(),
        }
    }

    /// The same claim, for `period`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Claim, ClaimKind, Timeframe, Span};
    /// let kind = ClaimKind::Nil { what: "行政复议".to_string() };
    /// let c = Claim::new(kind, None, "近3年没有发生行政复议。", Span::new(1, 0, 33));
    /// assert_eq!(c.with_period(Timeframe::Years).period, Timeframe::Years);
    /// ```
    pub fn with_period(mut self, period: Timeframe) -> Claim {
        self.period = period;
        self
    }

    /// The same claim, stated for `scope`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Claim, ClaimKind, Scope, Span};
    /// let kind = ClaimKind::Nil { what: "行政复议".to_string() };
    /// let c = Claim::new(kind, None, "全市没有发生行政复议。", Span::new(1, 0, 33));
    /// assert_eq!(c.with_scope(Scope::Area).scope, Scope::Area);
    /// ```
    pub fn with_scope(mut self, scope: Scope) -> Claim {
        self.scope = scope;
        self
    }

    /// The same claim, relying also on `quote` (another sentence, quoted as evidence with it).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Claim, ClaimKind, Quote, Span};
    /// let kind = ClaimKind::Nil { what: "行政复议".to_string() };
    /// let c = Claim::new(kind, None, "没有发生行政复议。", Span::new(2, 40, 67))
    ///     .relying_on(Quote::new("五、行政复议情况", Span::new(1, 0, 24)));
    /// assert_eq!(c.relies_on.len(), 1);
    /// assert_eq!(c.evidence(), "五、行政复议情况\n没有发生行政复议。");
    /// ```
    pub fn relying_on(mut self, quote: Quote) -> Claim {
        if !self.relies_on.contains(&quote) {
            self.relies_on.push(quote);
        }
        self
    }

    /// What a finding about the claim quotes: the sentences it relies on, then its own words,
    /// one per line, in text order.
    ///
    /// # Example
    /// ```
    /// let text = "三、依申请公开政府信息情况\n在已经答复的55件申请中:\n“同意公开”的52件,占总数的94.5%。";
    /// let report = zfxxgk::parse::parse(text)?.report;
    /// let share = report
    ///     .claims
    ///     .iter()
    ///     .find(|c| matches!(c.kind, zfxxgk::report::ClaimKind::Share { .. }))
    ///     .unwrap();
    /// assert_eq!(share.evidence(), "在已经答复的55件申请中\n“同意公开”的52件,占总数的94.5%");
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn evidence(&self) -> String {
        let mut quotes: Vec<(&Span, &str)> = self
            .relies_on
            .iter()
            .map(|q| (&q.span, q.text.as_str()))
            .filter(|(s, _)| s.end <= self.text_span.start || self.text_span.end <= s.start)
            .collect();
        quotes.push((&self.text_span, self.text.as_str()));
        quotes.sort_by_key(|(s, _)| s.start);
        let texts: Vec<&str> = quotes.into_iter().map(|(_, t)| t).collect();
        texts.join("\n")
    }

    /// The same claim, narrowed to its own words inside the sentence.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Claim, ClaimKind, Span};
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
    /// use zfxxgk::report::{Claim, ClaimKind, Span};
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
/// let groups = zfxxgk::report::claims_by_section(&report.claims);
/// assert!(groups.iter().any(|(s, _)| *s == Some(zfxxgk::report::SectionKind::Applications)));
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
                ..
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
            ClaimKind::Rate {
                label,
                rate,
                numerator,
                denominator,
                ..
            } => {
                write!(f, "rate {label} {rate}")?;
                match (numerator, denominator) {
                    (Some(n), Some(d)) => write!(f, " = {n} / {d}"),
                    (None, Some(d)) => write!(f, " = all of {d}"),
                    _ => Ok(()),
                }
            }
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
