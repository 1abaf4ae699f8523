//! How serious a finding is, and what the rule concluded.

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

crate::vocab::vocabulary!(Severity, "severity", [Info, Warning, Error]);

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

impl Status {
    /// The serialized id (`violated`, `not_assessable`, `note`; also what `Display` prints).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Status;
    /// assert_eq!(Status::NotAssessable.id(), "not_assessable");
    /// assert_eq!(Status::NotAssessable.to_string(), "not_assessable");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Status::Violated => "violated",
            Status::NotAssessable => "not_assessable",
            Status::Note => "note",
        }
    }

    /// The Chinese label (`不符`, `无法核对`, `说明`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Status;
    /// assert_eq!(Status::Violated.label(), "不符");
    /// assert_eq!(Status::NotAssessable.label(), "无法核对");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Status::Violated => "不符",
            Status::NotAssessable => "无法核对",
            Status::Note => "说明",
        }
    }
}

crate::vocab::vocabulary!(Status, "finding status", [Violated, NotAssessable, Note]);
