//! Rows a report adds to the template. The template has no subtotal rows for （三）…（六） and
//! no combined litigation total; when a report adds them, identities H2 and H8 say what they
//! must equal (DOMAIN.md §2.7).

use serde::{Deserialize, Serialize};

use crate::outcome::OutcomeGroup;
use crate::report::appeals::AppealCells;
use crate::report::requests::RequestCells;

/// One added row.
///
/// # Example
/// ```
/// use zfxxgk::Cell;
/// use zfxxgk::report::ExtraRow;
/// // 行政诉讼 总计 = 未经复议直接起诉 总计 + 复议后起诉 总计 (H8)
/// let row = ExtraRow::LitigationTotal { cells: [1, 0, 1, 1, 3].map(Cell::Value) };
/// let json = serde_json::to_string(&row).unwrap();
/// assert!(json.starts_with(r#"{"kind":"litigation_total","#));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExtraRow {
    /// A subtotal row for an outcome group of the §3 table (e.g. a filled `（三）不予公开`
    /// row above its eight children). H2: it must equal the sum of its children.
    RequestSubtotal {
        /// The group.
        group: OutcomeGroup,
        /// Its cells.
        cells: RequestCells,
    },
    /// A combined `行政诉讼` total block in the §4 table. H8: it must equal the sum of the two
    /// litigation blocks.
    LitigationTotal {
        /// Its cells.
        cells: AppealCells,
    },
    /// A row of the §2 table the template does not have (`其他主动公开文件`), kept as text.
    ActiveOther {
        /// The row label as written.
        label: String,
        /// The cells as written.
        cells: Vec<String>,
    },
}

/// The rows a report added to the template.
///
/// Serialized as a plain list of [`ExtraRow`]s.
///
/// # Example
/// ```
/// use zfxxgk::report::{ExtraRow, Extras};
/// let e = Extras(vec![ExtraRow::ActiveOther { label: "其他主动公开文件".into(), cells: vec!["12".into()] }]);
/// assert!(serde_json::to_string(&e).unwrap().starts_with(r#"[{"kind":"active_other""#));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Extras(pub Vec<ExtraRow>);

impl Extras {
    /// Whether there are none.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Extras;
    /// assert!(Extras::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The added rows, in the order they were found.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::OutcomeGroup;
    /// use zfxxgk::report::{ExtraRow, Extras};
    /// let e = Extras(vec![ExtraRow::RequestSubtotal { group: OutcomeGroup::Withheld, cells: Default::default() }]);
    /// assert!(matches!(e.iter().next(), Some(ExtraRow::RequestSubtotal { group: OutcomeGroup::Withheld, .. })));
    /// assert_eq!(e.iter().count(), 1);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &ExtraRow> {
        self.0.iter()
    }
}
