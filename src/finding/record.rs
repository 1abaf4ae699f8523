//! A finding: what a rule says about one place in a report.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::finding::{Location, Quantity, Rule, RuleCode, Severity, Status};

/// What a rule says about one place in a report.
///
/// # Example
/// ```
/// use zfxxgk::finding::{Finding, Location};
/// use zfxxgk::RequestColumn;
/// let f = Finding::of(&zfxxgk::rules::TBL001, Location::column(RequestColumn::Total))
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
    pub rule: RuleCode,
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
    /// A violation of `rule` at `location`, with the rule's severity and empty messages.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Finding, Location, Severity, Status};
    /// let f = Finding::of(&zfxxgk::rules::PRO002, Location::report());
    /// assert_eq!((f.rule.as_str(), f.severity, f.status), ("PRO002", Severity::Warning, Status::Violated));
    /// assert!(f.message.is_empty() && f.expected.is_none() && f.evidence.is_none());
    /// ```
    pub fn of(rule: &Rule, location: Location) -> Finding {
        Finding::new(rule.code, rule.severity, location)
    }

    /// A violation finding with a code and a severity of the caller's choosing, for checks
    /// outside this crate's registry; the crate's own rules use [`Finding::of`].
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Finding, Location, RuleCode, Severity};
    /// const MY001: RuleCode = RuleCode::from_static("MYC001");
    /// let f = Finding::new(MY001, Severity::Info, Location::report());
    /// assert_eq!((f.rule, f.severity), (MY001, Severity::Info));
    /// ```
    pub fn new(rule: RuleCode, severity: Severity, location: Location) -> Finding {
        Finding {
            rule,
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

    /// Lowers the severity to at most `severity` (a rule's severity is a ceiling: a call may
    /// lower it, e.g. to `Info` for a note, never raise it).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Finding, Location, Severity};
    /// let f = Finding::of(&zfxxgk::rules::TBL001, Location::report());
    /// assert_eq!(f.clone().lowered(Severity::Info).severity, Severity::Info);
    /// let w = Finding::of(&zfxxgk::rules::PRO002, Location::report());
    /// assert_eq!(w.lowered(Severity::Error).severity, Severity::Warning);
    /// ```
    pub fn lowered(mut self, severity: Severity) -> Finding {
        self.severity = self.severity.min(severity);
        self
    }

    /// Sets the English and Chinese messages.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::{Finding, Location, Severity};
    /// let f = Finding::of(&zfxxgk::rules::TBL003, Location::report())
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
    /// use zfxxgk::finding::{Finding, Location, Quantity, Severity};
    /// let f = Finding::of(&zfxxgk::rules::PRO002, Location::report())
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
    /// use zfxxgk::finding::{Finding, Location, Quantity, Severity};
    /// let f = Finding::of(&zfxxgk::rules::TBL001, Location::report())
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
    /// use zfxxgk::finding::{Finding, Location, Severity};
    /// let f = Finding::of(&zfxxgk::rules::PRO004, Location::report());
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
    /// use zfxxgk::finding::{Finding, Location, Severity, Status};
    /// let f = Finding::of(&zfxxgk::rules::TBL001, Location::report()).status(Status::Note);
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
