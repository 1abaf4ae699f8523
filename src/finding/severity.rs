//! How serious a finding is, and what the rule concluded.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How serious a finding is.
///
/// # Example
/// ```
/// use zfxxgk::finding::Severity;
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
    /// use zfxxgk::finding::Severity;
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
    /// use zfxxgk::finding::Severity;
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

/// What a rule concluded at one place.
///
/// # Example
/// ```
/// use zfxxgk::finding::{Finding, Location, Severity, Status};
/// // A finding is a violation unless said otherwise.
/// let f = Finding::of(&zfxxgk::rules::TBL001, Location::report());
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
