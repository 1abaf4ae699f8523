//! The row and the column a finding points at, as typed ids of the tables they belong to.
//!
//! Each serializes as the id string it always had (`total_processed`, `withheld`,
//! `litigation_total`, `natural_person`, …); reading a [`Location`](crate::finding::Location)
//! back, its `table` says which vocabulary the string is from.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::applicant::{ApplicantKind, RequestColumn};
use crate::outcome::{Outcome, OutcomeGroup, RequestRow};
use crate::report::{ActiveColumn, ActiveRow, AppealColumn, AppealGroup, Period, TableId};
use crate::vocab::{UnknownId, Vocabulary};

/// The id of the §4 litigation total a report added below the two litigation blocks.
const LITIGATION_TOTAL: &str = "litigation_total";

/// A row a finding points at.
///
/// # Example
/// ```
/// use zfxxgk::finding::{Location, RowId};
/// use zfxxgk::report::TableId;
/// use zfxxgk::{AppealGroup, OutcomeGroup, RequestRow};
/// assert_eq!(RowId::from(RequestRow::CarriedIn).id(), "carried_in");
/// assert_eq!(RowId::from(OutcomeGroup::Withheld).table(), TableId::Requests);
/// assert_eq!(RowId::LitigationTotal.table(), TableId::Appeals);
/// let l = Location::row(AppealGroup::Reconsideration);
/// assert_eq!(serde_json::to_string(&l)?, r#"{"table":"appeals","row":"reconsideration"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RowId {
    /// A row of the §3 table.
    Request(RequestRow),
    /// A §3 outcome group as a row of its own: a subtotal row a report added (`（三）不予公开`
    /// above its eight rows). Its id is the group's; `disclosed`, `partially_disclosed` and
    /// `other_handling` are also the ids of rows with the same label, and are read back from
    /// JSON as those rows.
    Group(OutcomeGroup),
    /// A block of the §4 table.
    Appeal(AppealGroup),
    /// The §4 litigation total (`行政诉讼合计`) a report added below the two litigation blocks;
    /// id `litigation_total`.
    LitigationTotal,
    /// A row of the §2 table.
    Active(ActiveRow),
    /// A row of a pre-2019 statistics table, by its key: the indicator's key
    /// (`applications_by_online`, `reply_exemption_range_3`), or for a row of no known
    /// indicator its label as printed ([`StatisticsRow::key`](crate::report::StatisticsRow::key)).
    Statistics(String),
}

impl RowId {
    /// The id, as serialized.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::RowId;
    /// use zfxxgk::{Outcome, OutcomeGroup};
    /// assert_eq!(RowId::from(Outcome::OtherMisc).id(), "other_misc");
    /// assert_eq!(RowId::Group(OutcomeGroup::NotProcessed).id(), "not_processed");
    /// assert_eq!(RowId::Statistics("reply_agreed".into()).id(), "reply_agreed");
    /// ```
    pub fn id(&self) -> &str {
        match self {
            RowId::Request(r) => r.id(),
            RowId::Group(g) => g.id(),
            RowId::Appeal(g) => g.id(),
            RowId::LitigationTotal => LITIGATION_TOTAL,
            RowId::Active(r) => r.id(),
            RowId::Statistics(key) => key,
        }
    }

    /// The table the row is in.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::RowId;
    /// use zfxxgk::report::TableId;
    /// use zfxxgk::ActiveRow;
    /// assert_eq!(RowId::from(ActiveRow::Fees).table(), TableId::Active);
    /// ```
    pub fn table(&self) -> TableId {
        match self {
            RowId::Request(_) | RowId::Group(_) => TableId::Requests,
            RowId::Appeal(_) | RowId::LitigationTotal => TableId::Appeals,
            RowId::Active(_) => TableId::Active,
            RowId::Statistics(_) => TableId::Statistics,
        }
    }

    /// The row of `table` whose id is `id`: for §3 a row, else an outcome group; for §4 a
    /// block or `litigation_total`; for §2 a row; for a statistics table any key.
    ///
    /// # Errors
    /// [`UnknownId`] naming the ids `table` accepts.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::RowId;
    /// use zfxxgk::report::TableId;
    /// use zfxxgk::{OutcomeGroup, RequestRow};
    /// assert_eq!(RowId::parse(TableId::Requests, "withheld")?, RowId::Group(OutcomeGroup::Withheld));
    /// assert_eq!(RowId::parse(TableId::Requests, "received")?, RowId::Request(RequestRow::Received));
    /// assert_eq!(RowId::parse(TableId::Appeals, "litigation_total")?, RowId::LitigationTotal);
    /// assert!(RowId::parse(TableId::Appeals, "received").is_err());
    /// # Ok::<(), zfxxgk::UnknownId>(())
    /// ```
    pub fn parse(table: TableId, id: &str) -> Result<RowId, UnknownId> {
        match table {
            TableId::Requests => RequestRow::from_id(id)
                .map(RowId::Request)
                .or_else(|| OutcomeGroup::from_id(id).map(RowId::Group))
                .ok_or_else(|| {
                    UnknownId::with_valid(
                        "§3 row or outcome group",
                        id,
                        ids::<RequestRow>().chain(ids::<OutcomeGroup>()),
                    )
                }),
            TableId::Appeals if id == LITIGATION_TOTAL => Ok(RowId::LitigationTotal),
            TableId::Appeals => AppealGroup::from_id(id).map(RowId::Appeal).ok_or_else(|| {
                UnknownId::with_valid(
                    "§4 block",
                    id,
                    ids::<AppealGroup>().chain([LITIGATION_TOTAL]),
                )
            }),
            TableId::Active => id.parse().map(RowId::Active),
            TableId::Statistics => Ok(RowId::Statistics(id.to_string())),
        }
    }
}

/// A column a finding points at.
///
/// # Example
/// ```
/// use zfxxgk::finding::{ColumnId, Location};
/// use zfxxgk::report::{Period, TableId};
/// use zfxxgk::{AppealColumn, RequestColumn};
/// assert_eq!(ColumnId::from(RequestColumn::Total).table(), TableId::Requests);
/// assert_eq!(ColumnId::from(AppealColumn::Total).table(), TableId::Appeals);
/// assert_eq!(ColumnId::from(Period::Cumulative).id(), "cumulative");
/// let l = Location::column(RequestColumn::Total);
/// assert_eq!(serde_json::to_string(&l)?, r#"{"table":"requests","column":"total"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ColumnId {
    /// A column of the §3 table.
    Request(RequestColumn),
    /// A column of a §4 block.
    Appeal(AppealColumn),
    /// A column of the §2 table.
    Active(ActiveColumn),
    /// A value column of a pre-2019 statistics table, by what it counts.
    Statistics(Period),
}

impl ColumnId {
    /// The id, as serialized.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::ColumnId;
    /// use zfxxgk::ActiveColumn;
    /// assert_eq!(ColumnId::from(ActiveColumn::InForce).id(), "in_force");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            ColumnId::Request(c) => c.id(),
            ColumnId::Appeal(c) => c.id(),
            ColumnId::Active(c) => c.id(),
            ColumnId::Statistics(p) => p.id(),
        }
    }

    /// The table the column is in.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::ColumnId;
    /// use zfxxgk::report::{Period, TableId};
    /// assert_eq!(ColumnId::from(Period::Current).table(), TableId::Statistics);
    /// ```
    pub fn table(self) -> TableId {
        match self {
            ColumnId::Request(_) => TableId::Requests,
            ColumnId::Appeal(_) => TableId::Appeals,
            ColumnId::Active(_) => TableId::Active,
            ColumnId::Statistics(_) => TableId::Statistics,
        }
    }

    /// The column of `table` whose id is `id`.
    ///
    /// # Errors
    /// [`UnknownId`] naming the ids `table` accepts.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::ColumnId;
    /// use zfxxgk::report::TableId;
    /// use zfxxgk::{AppealColumn, RequestColumn};
    /// // `total` is a column of both tables: the table decides.
    /// assert_eq!(ColumnId::parse(TableId::Requests, "total")?, ColumnId::Request(RequestColumn::Total));
    /// assert_eq!(ColumnId::parse(TableId::Appeals, "total")?, ColumnId::Appeal(AppealColumn::Total));
    /// assert!(ColumnId::parse(TableId::Appeals, "natural_person").is_err());
    /// # Ok::<(), zfxxgk::UnknownId>(())
    /// ```
    pub fn parse(table: TableId, id: &str) -> Result<ColumnId, UnknownId> {
        match table {
            TableId::Requests => id.parse().map(ColumnId::Request),
            TableId::Appeals => id.parse().map(ColumnId::Appeal),
            TableId::Active => id.parse().map(ColumnId::Active),
            TableId::Statistics => id.parse().map(ColumnId::Statistics),
        }
    }
}

fn ids<T: Vocabulary>() -> impl Iterator<Item = &'static str> {
    T::ALL.iter().map(|v| v.id())
}

impl fmt::Display for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl fmt::Display for ColumnId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for RowId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl Serialize for ColumnId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl From<RequestRow> for RowId {
    fn from(r: RequestRow) -> RowId {
        RowId::Request(r)
    }
}

impl From<Outcome> for RowId {
    fn from(o: Outcome) -> RowId {
        RowId::Request(RequestRow::Outcome(o))
    }
}

impl From<OutcomeGroup> for RowId {
    fn from(g: OutcomeGroup) -> RowId {
        RowId::Group(g)
    }
}

impl From<AppealGroup> for RowId {
    fn from(g: AppealGroup) -> RowId {
        RowId::Appeal(g)
    }
}

impl From<ActiveRow> for RowId {
    fn from(r: ActiveRow) -> RowId {
        RowId::Active(r)
    }
}

impl From<RequestColumn> for ColumnId {
    fn from(c: RequestColumn) -> ColumnId {
        ColumnId::Request(c)
    }
}

impl From<ApplicantKind> for ColumnId {
    fn from(k: ApplicantKind) -> ColumnId {
        ColumnId::Request(RequestColumn::Applicant(k))
    }
}

impl From<AppealColumn> for ColumnId {
    fn from(c: AppealColumn) -> ColumnId {
        ColumnId::Appeal(c)
    }
}

impl From<ActiveColumn> for ColumnId {
    fn from(c: ActiveColumn) -> ColumnId {
        ColumnId::Active(c)
    }
}

impl From<Period> for ColumnId {
    fn from(p: Period) -> ColumnId {
        ColumnId::Statistics(p)
    }
}

impl PartialEq<str> for RowId {
    fn eq(&self, other: &str) -> bool {
        self.id() == other
    }
}

impl PartialEq<&str> for RowId {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl PartialEq<str> for ColumnId {
    fn eq(&self, other: &str) -> bool {
        self.id() == other
    }
}

impl PartialEq<&str> for ColumnId {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}
