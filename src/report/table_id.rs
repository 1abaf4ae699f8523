//! Which of the three statistical tables a cell, row or finding belongs to.

use serde::{Deserialize, Serialize};

/// Which of the three tables.
///
/// # Example
/// ```
/// use zfxxgk::report::TableId;
/// assert_eq!(TableId::Appeals.id(), "appeals");
/// assert_eq!(serde_json::to_string(&TableId::Appeals).unwrap(), r#""appeals""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TableId {
    /// The §2 table.
    Active,
    /// The §3 table.
    Requests,
    /// The §4 table.
    Appeals,
    /// The statistics table of a pre-2019 report (`政府信息公开情况统计表`, `附表`).
    Statistics,
}

impl TableId {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::TableId;
    /// assert_eq!(TableId::Active.id(), "active");
    /// assert_eq!(TableId::Requests.id(), "requests");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            TableId::Active => "active",
            TableId::Requests => "requests",
            TableId::Appeals => "appeals",
            TableId::Statistics => "statistics",
        }
    }

    /// The table's title in the formats (the heading of its section; `政府信息公开情况统计表`
    /// for the pre-2019 statistics table).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::TableId;
    /// assert_eq!(TableId::Requests.label(), "收到和处理政府信息公开申请情况");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            TableId::Active => "主动公开政府信息情况",
            TableId::Requests => "收到和处理政府信息公开申请情况",
            TableId::Appeals => "政府信息公开行政复议、行政诉讼情况",
            TableId::Statistics => "政府信息公开情况统计表",
        }
    }
}

crate::vocab::vocabulary!(TableId, "table", [Active, Requests, Appeals, Statistics]);
