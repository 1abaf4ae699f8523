//! The §3 table: `三、收到和处理政府信息公开申请情况` (DOMAIN.md §2.4).

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::applicant::RequestColumn;
use crate::law::Template;
use crate::outcome::{Outcome, RequestRow};
use crate::report::cell::Cell;
use crate::report::error::ModelError;

/// One row of the §3 table: the seven cells `自然人` … `其他`, `总计`, indexed by
/// [`RequestColumn::index`].
///
/// # Example
/// ```
/// use zfxxgk::{ApplicantKind, Cell, RequestColumn};
/// use zfxxgk::report::RequestCells;
/// let mut row: RequestCells = Default::default();
/// row[RequestColumn::Applicant(ApplicantKind::NaturalPerson).index()] = Cell::Value(68);
/// row[RequestColumn::Total.index()] = Cell::Value(70);
/// assert_eq!(row[6], Cell::Value(70));
/// ```
pub type RequestCells = [Cell<u64>; 7];

/// The §3 table of a standard-format report: 7 applicant columns × the rows of its template.
///
/// A 2019 table cannot hold a 2021-only row and vice versa: [`RequestTable::set`] refuses a row
/// that is not in the table's template and [`RequestTable::get`] returns `None` for it.
///
/// Serialized as `{row id: {column id: cell}}` with every row of the template; the template is
/// read back from the `（六）` row ids (`other_handling` → 2019, `other_*` → 2021).
///
/// # Example
/// ```
/// use zfxxgk::{Cell, RequestColumn, RequestRow, RequestTable, Template, Outcome};
/// let mut t = RequestTable::new(Template::Std2021);
/// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(70))?;
/// assert_eq!(t.get(RequestRow::Received, RequestColumn::Total), Some(&Cell::Value(70)));
/// assert!(t.set(RequestRow::Outcome(Outcome::OtherHandling), RequestColumn::Total, Cell::Value(1)).is_err());
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestTable {
    template: Template,
    cells: Vec<RequestCells>,
}

impl RequestTable {
    /// An all-blank table of `template`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestRow, RequestTable, Template};
    /// let t = RequestTable::new(Template::Std2019);
    /// assert_eq!(t.rows().count(), RequestRow::rows(Template::Std2019).len());
    /// assert!(t.is_blank());
    /// ```
    pub fn new(template: Template) -> RequestTable {
        RequestTable {
            template,
            cells: vec![Default::default(); RequestRow::rows(template).len()],
        }
    }

    /// The template the table follows.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestTable, Template};
    /// assert_eq!(RequestTable::new(Template::Std2019).template(), Template::Std2019);
    /// ```
    pub fn template(&self) -> Template {
        self.template
    }

    /// The place of `row` among the table's rows: a table lookup, not a search (this runs
    /// for every cell the identities read).
    fn index(&self, row: RequestRow) -> Option<usize> {
        let places = match self.template {
            Template::Std2019 => &PLACES_2019,
            Template::Std2021 => &PLACES_2021,
        };
        places
            .get(all_index(row))
            .copied()
            .filter(|p| *p != u8::MAX)
            .map(usize::from)
    }

    /// A cell as written, or `None` if `row` is not in this table's template.
    ///
    /// Every table's `get` has this shape ([`AppealsTable::get`](crate::AppealsTable::get),
    /// [`ActiveTable::get`](crate::ActiveTable::get)): the cell, which keeps blank, `/`, a
    /// number and unreadable text apart, and `None` only where the table's template has no such
    /// cell. For the number alone use [`RequestTable::value`]; for the number the rules use,
    /// with a blank `总计` read from its row, [`RequestTable::resolved`].
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Cell, Outcome, RequestColumn, RequestRow, RequestTable, Template};
    /// let t = RequestTable::new(Template::Std2019);
    /// assert_eq!(t.get(RequestRow::CarriedIn, RequestColumn::Total), Some(&Cell::Blank));
    /// // （六）其他处理 is split into three rows in 2021; 2019 has no `other_misc` row
    /// assert_eq!(t.get(RequestRow::Outcome(Outcome::OtherMisc), RequestColumn::Total), None);
    /// ```
    pub fn get(&self, row: RequestRow, col: RequestColumn) -> Option<&Cell<u64>> {
        self.row(row).map(|r| &r[col.index()])
    }

    /// The number in a cell: `None` for a blank, `/` or unreadable cell, and for a row not in
    /// this table's template.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Cell, Outcome, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2021);
    /// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(70))?;
    /// t.set(RequestRow::CarriedIn, RequestColumn::Total, Cell::NotApplicable)?;
    /// t.set(RequestRow::CarriedForward, RequestColumn::Total, Cell::Invalid("三".into()))?;
    /// assert_eq!(t.value(RequestRow::Received, RequestColumn::Total), Some(70));
    /// assert_eq!(t.value("received".parse()?, "total".parse()?), Some(70));
    /// assert_eq!(t.value(RequestRow::CarriedIn, RequestColumn::Total), None); // `/`
    /// assert_eq!(t.value(RequestRow::CarriedForward, RequestColumn::Total), None); // unreadable
    /// assert_eq!(t.value(RequestRow::TotalProcessed, RequestColumn::Total), None); // blank
    /// assert_eq!(t.value(RequestRow::Outcome(Outcome::OtherHandling), RequestColumn::Total), None); // a 2019 row
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn value(&self, row: RequestRow, col: RequestColumn) -> Option<u64> {
        self.get(row, col)?.get()
    }

    /// The number the rules read for a cell, under the crate's blank policy: the number in
    /// the cell; for a blank or `/` `总计`, the sum of the row's applicant columns when at
    /// least one of them is filled (blanks among them read as 0), as the identity checks read
    /// it. `None` when the cell is blank (a `总计` whose applicant columns are all blank too),
    /// `/`, unreadable (or a `总计` with an unreadable applicant column, or a sum beyond
    /// `u64`), or the row is not in the template.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ApplicantKind, Cell, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2021);
    /// // 本年新收: 自然人 5, 商业企业 2, the other columns and 总计 left blank.
    /// let natural = RequestColumn::Applicant(ApplicantKind::NaturalPerson);
    /// let business = RequestColumn::Applicant(ApplicantKind::CommercialEnterprise);
    /// t.set(RequestRow::Received, natural, Cell::Value(5))?;
    /// t.set(RequestRow::Received, business, Cell::Value(2))?;
    /// assert_eq!(t.value(RequestRow::Received, RequestColumn::Total), None);
    /// assert_eq!(t.resolved(RequestRow::Received, RequestColumn::Total), Some(7));
    /// // A written 总计 is taken as written, even where it disagrees (a rule reports that).
    /// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(8))?;
    /// assert_eq!(t.resolved(RequestRow::Received, RequestColumn::Total), Some(8));
    /// // An applicant column is never filled in from others.
    /// assert_eq!(t.resolved(RequestRow::CarriedIn, natural), None);
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn resolved(&self, row: RequestRow, col: RequestColumn) -> Option<u64> {
        crate::report::policy::resolve(self, row, col)
    }

    /// A whole row, indexed by [`RequestColumn::index`], or `None` if `row` is not in this
    /// table's template.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Cell, Outcome, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2021);
    /// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(70))?;
    /// assert_eq!(t.row(RequestRow::Received).unwrap()[RequestColumn::Total.index()], Cell::Value(70));
    /// assert!(t.row(RequestRow::Outcome(Outcome::OtherHandling)).is_none());
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn row(&self, row: RequestRow) -> Option<&RequestCells> {
        self.index(row).map(|i| &self.cells[i])
    }

    /// Sets a cell.
    ///
    /// # Errors
    /// [`ModelError::RowNotInTemplate`] if `row` does not exist in this table's template.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ApplicantKind, Cell, ModelError, Outcome, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2019);
    /// let col = RequestColumn::Applicant(ApplicantKind::CommercialEnterprise);
    /// t.set(RequestRow::Outcome(Outcome::Disclosed), col, Cell::Value(3))?;
    /// assert_eq!(t.get(RequestRow::Outcome(Outcome::Disclosed), col), Some(&Cell::Value(3)));
    /// let e = t.set(RequestRow::Outcome(Outcome::OtherFeeUnpaid), col, Cell::Value(1));
    /// assert!(matches!(e, Err(ModelError::RowNotInTemplate { .. })));
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn set(
        &mut self,
        row: RequestRow,
        col: RequestColumn,
        cell: Cell<u64>,
    ) -> Result<(), ModelError> {
        let i = self.index(row).ok_or(ModelError::RowNotInTemplate {
            row: row.id(),
            template: self.template,
        })?;
        self.cells[i][col.index()] = cell;
        Ok(())
    }

    /// Sets a whole row. Identity H3 (`总计` = the sum of the six applicant columns) is not
    /// checked here; [`crate::rules`] reports a row that breaks it.
    ///
    /// # Errors
    /// [`ModelError::RowNotInTemplate`] if `row` does not exist in this table's template.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Cell, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2021);
    /// t.set_row(RequestRow::CarriedIn, [1, 0, 0, 0, 0, 0, 1].map(Cell::Value))?;
    /// assert_eq!(t.get(RequestRow::CarriedIn, RequestColumn::Total), Some(&Cell::Value(1)));
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn set_row(&mut self, row: RequestRow, cells: RequestCells) -> Result<(), ModelError> {
        let i = self.index(row).ok_or(ModelError::RowNotInTemplate {
            row: row.id(),
            template: self.template,
        })?;
        self.cells[i] = cells;
        Ok(())
    }

    /// The rows in table order with their cells.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestRow, RequestTable, Template};
    /// let t = RequestTable::new(Template::Std2021);
    /// let first: Vec<RequestRow> = t.rows().map(|(r, _)| r).take(2).collect();
    /// assert_eq!(first, [RequestRow::Received, RequestRow::CarriedIn]);
    /// assert_eq!(t.rows().last().map(|(r, _)| r), Some(RequestRow::CarriedForward));
    /// ```
    pub fn rows(&self) -> impl Iterator<Item = (RequestRow, &RequestCells)> {
        RequestRow::rows(self.template)
            .iter()
            .copied()
            .zip(self.cells.iter())
    }

    /// The leaf outcome rows in table order with their cells (the rows that identity H2 adds
    /// up to `（七）总计`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestTable, Template};
    /// let t = RequestTable::new(Template::Std2021);
    /// let outcomes: Vec<Outcome> = t.outcome_rows().map(|(o, _)| o).collect();
    /// assert_eq!(outcomes.first(), Some(&Outcome::Disclosed));
    /// assert_eq!(outcomes.last(), Some(&Outcome::OtherMisc));
    /// assert!(!outcomes.contains(&Outcome::OtherHandling)); // the 2019 row
    /// ```
    pub fn outcome_rows(&self) -> impl Iterator<Item = (Outcome, &RequestCells)> {
        self.rows().filter_map(|(r, c)| r.outcome().map(|o| (o, c)))
    }

    /// Whether every cell is blank (a `0` or a `/` is not blank).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Cell, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2021);
    /// assert!(t.is_blank());
    /// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(0))?;
    /// assert!(!t.is_blank());
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn is_blank(&self) -> bool {
        self.cells.iter().flatten().all(Cell::is_blank)
    }
}

impl Serialize for RequestTable {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.cells.len()))?;
        for (row, cells) in self.rows() {
            m.serialize_entry(row.id(), &OrderedCols(&cols_in_order(cells)))?;
        }
        m.end()
    }
}

fn cols_in_order(cells: &RequestCells) -> Vec<(&'static str, &Cell<u64>)> {
    RequestColumn::ALL
        .iter()
        .map(|c| (c.id(), &cells[c.index()]))
        .collect()
}

struct OrderedCols<'a>(&'a [(&'static str, &'a Cell<u64>)]);

impl Serialize for OrderedCols<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for RequestTable {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RequestTable, D::Error> {
        let raw: BTreeMap<RequestRow, BTreeMap<RequestColumn, Cell<u64>>> =
            BTreeMap::deserialize(d)?;
        // The latest template that has every row given (an empty table: the latest).
        let Some(template) = Template::ALL
            .into_iter()
            .rev()
            .find(|t| raw.keys().all(|r| r.in_template(*t)))
        else {
            return Err(D::Error::custom(
                "§3 table mixes the 2019 row `other_handling` with the 2021 rows `other_*`",
            ));
        };
        let mut t = RequestTable::new(template);
        for (row, cols) in raw {
            for (col, cell) in cols {
                t.set(row, col, cell).map_err(D::Error::custom)?;
            }
        }
        Ok(t)
    }
}

/// The place of `row` in [`RequestRow::ALL`]: 一, 二, the leaf outcomes in their declared
/// order, （七）, 四.
const fn all_index(row: RequestRow) -> usize {
    match row {
        RequestRow::Received => 0,
        RequestRow::CarriedIn => 1,
        RequestRow::Outcome(o) => 2 + o as usize,
        RequestRow::TotalProcessed => 2 + Outcome::ALL.len(),
        RequestRow::CarriedForward => 3 + Outcome::ALL.len(),
    }
}

/// For each of [`RequestRow::ALL`], its place among the rows of `template` (`u8::MAX`: not
/// a row of it).
const fn places(template: Template) -> [u8; RequestRow::ALL.len()] {
    let rows = RequestRow::rows(template);
    let mut out = [u8::MAX; RequestRow::ALL.len()];
    let mut i = 0;
    while i < rows.len() {
        out[all_index(rows[i])] = i as u8;
        i += 1;
    }
    out
}

const PLACES_2019: [u8; RequestRow::ALL.len()] = places(Template::Std2019);
const PLACES_2021: [u8; RequestRow::ALL.len()] = places(Template::Std2021);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_places_are_the_positions_in_the_template() {
        for (i, r) in RequestRow::ALL.iter().enumerate() {
            assert_eq!(all_index(*r), i, "{r:?}");
        }
        for tpl in [Template::Std2019, Template::Std2021] {
            let t = RequestTable::new(tpl);
            for r in RequestRow::ALL {
                let want = RequestRow::rows(tpl).iter().position(|x| *x == r);
                assert_eq!(t.index(r), want, "{tpl:?} {r:?}");
            }
        }
    }

    #[test]
    fn serde_round_trip_keeps_template() {
        for tpl in [Template::Std2019, Template::Std2021] {
            let mut t = RequestTable::new(tpl);
            t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(5))
                .unwrap();
            t.set(
                RequestRow::CarriedForward,
                RequestColumn::Applicant(crate::ApplicantKind::OtherOrg),
                Cell::NotApplicable,
            )
            .unwrap();
            let j = serde_json::to_string(&t).unwrap();
            let back: RequestTable = serde_json::from_str(&j).unwrap();
            assert_eq!(back, t);
        }
    }

    #[test]
    fn mixed_rows_are_rejected() {
        let j = r#"{"other_handling": {"total": 1}, "other_misc": {"total": 1}}"#;
        assert!(serde_json::from_str::<RequestTable>(j).is_err());
        let j = r#"{"no_such_row": {"total": 1}}"#;
        assert!(serde_json::from_str::<RequestTable>(j).is_err());
    }
}
