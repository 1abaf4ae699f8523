//! The §2 table: `二、主动公开政府信息情况`, by art. 20 item (DOMAIN.md §2.3).
//!
//! The 2019 and 2021 templates differ in rows, columns and units: 2019 counts items and their
//! signed yearly change (`本年增/减`), 2021 counts documents and decisions and gives
//! `行政事业性收费` as a money amount in 万元.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::law::Template;
use crate::report::cell::{Cell, CellValue};
use crate::report::error::ModelError;

mod cell;
mod vocab;

pub use cell::{ActiveCell, Amount, MoneyUnit};
pub use vocab::{ActiveColumn, ActiveKind, ActiveRow};

/// The §2 table of a standard-format report.
///
/// Holds exactly the cells of its template, each typed by its column: a 2021 table has no
/// `政府集中采购` row and no `本年增/减` column.
///
/// Serialized as `{row id: {column id: cell}}`; the template is read back from the column ids.
///
/// # Example
/// ```
/// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Cell, Template};
/// use zfxxgk::report::ActiveCell;
/// let mut t = ActiveTable::new(Template::Std2019);
/// t.set_text(ActiveRow::Licensing, ActiveColumn::Change, "减4")?;
/// assert_eq!(t.get(ActiveRow::Licensing, ActiveColumn::Change), Some(&ActiveCell::Signed(Cell::Value(-4))));
/// assert!(t.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "1").is_err());
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ActiveTable {
    template: Template,
    cells: Vec<ActiveCell>,
}

impl ActiveTable {
    /// The rows of `template` with their columns, in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Template};
    /// let l = ActiveTable::layout(Template::Std2021);
    /// assert_eq!(l.len(), 6); // no 其他对外管理服务事项, no 政府集中采购 in 2021
    /// assert_eq!(l[5], (ActiveRow::Fees, &[ActiveColumn::AmountWanYuan][..]));
    /// ```
    pub fn layout(template: Template) -> &'static [(ActiveRow, &'static [ActiveColumn])] {
        template.vocabulary().active
    }

    /// An all-blank table of `template`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveTable, Template};
    /// let t = ActiveTable::new(Template::Std2019);
    /// assert_eq!(t.cells().count(), 22);
    /// assert!(t.is_blank());
    /// ```
    pub fn new(template: Template) -> ActiveTable {
        let cells = Self::layout(template)
            .iter()
            .flat_map(|(_, cols)| cols.iter().map(|c| ActiveCell::blank(c.kind())))
            .collect();
        ActiveTable { template, cells }
    }

    /// The template the table follows.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveTable, Template};
    /// assert_eq!(ActiveTable::new(Template::Std2021).template(), Template::Std2021);
    /// ```
    pub fn template(&self) -> Template {
        self.template
    }

    fn index(&self, row: ActiveRow, col: ActiveColumn) -> Option<usize> {
        let mut i = 0;
        for (r, cols) in Self::layout(self.template) {
            for c in cols.iter() {
                if *r == row && *c == col {
                    return Some(i);
                }
                i += 1;
            }
        }
        None
    }

    /// A cell as written, or `None` if the template has no such cell (the shape of every
    /// table's `get`, see [`RequestTable::get`](crate::RequestTable::get)). For the value
    /// alone use [`ActiveTable::count`], [`ActiveTable::signed`] or [`ActiveTable::amount`],
    /// by what the column holds ([`ActiveColumn::kind`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Cell, Template};
    /// use zfxxgk::report::ActiveCell;
    /// let t = ActiveTable::new(Template::Std2021);
    /// assert_eq!(t.get(ActiveRow::Penalty, ActiveColumn::Decisions), Some(&ActiveCell::Count(Cell::Blank)));
    /// assert_eq!(t.get(ActiveRow::Procurement, ActiveColumn::ProcurementItems), None);
    /// ```
    pub fn get(&self, row: ActiveRow, col: ActiveColumn) -> Option<&ActiveCell> {
        self.index(row, col).map(|i| &self.cells[i])
    }

    /// The number in a count cell (every column but `本年增/减` and the amounts). `None` for a
    /// blank, `/` or unreadable cell, a cell the template does not have, or a column that
    /// holds no count.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Template};
    /// let mut t = ActiveTable::new(Template::Std2021);
    /// t.set_text(ActiveRow::Licensing, ActiveColumn::Decisions, "120")?;
    /// assert_eq!(t.count(ActiveRow::Licensing, ActiveColumn::Decisions), Some(120));
    /// assert_eq!(t.count(ActiveRow::Penalty, ActiveColumn::Decisions), None); // blank
    /// assert_eq!(t.count(ActiveRow::Fees, ActiveColumn::AmountWanYuan), None); // an amount
    /// assert_eq!(t.count(ActiveRow::Procurement, ActiveColumn::ProcurementItems), None); // 2019 only
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn count(&self, row: ActiveRow, col: ActiveColumn) -> Option<u64> {
        match self.get(row, col)? {
            ActiveCell::Count(c) => c.get(),
            _ => None,
        }
    }

    /// The signed change in a `本年增/减` cell (2019). `None` for a blank, `/` or unreadable
    /// cell, a cell the template does not have, or another column.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Template};
    /// let mut t = ActiveTable::new(Template::Std2019);
    /// t.set_text(ActiveRow::Licensing, ActiveColumn::Change, "减4")?;
    /// assert_eq!(t.signed(ActiveRow::Licensing, ActiveColumn::Change), Some(-4));
    /// assert_eq!(t.signed(ActiveRow::Licensing, ActiveColumn::PreviousItems), None); // a count
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn signed(&self, row: ActiveRow, col: ActiveColumn) -> Option<i64> {
        match self.get(row, col)? {
            ActiveCell::Signed(c) => c.get(),
            _ => None,
        }
    }

    /// The amount in a money cell (`采购总金额` 2019, `本年收费金额（单位：万元）` 2021), with
    /// the unit the cell states, if any ([`Amount::in_yuan`](crate::report::Amount::in_yuan)
    /// converts). `None` for a blank, `/` or unreadable cell, a cell the template does not
    /// have, or another column.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Decimal, Template};
    /// let mut t = ActiveTable::new(Template::Std2021);
    /// t.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "24252.311082")?;
    /// let a = t.amount(ActiveRow::Fees, ActiveColumn::AmountWanYuan).unwrap();
    /// assert_eq!(a.value, "24252.311082".parse::<Decimal>().unwrap());
    /// assert_eq!(t.count(ActiveRow::Fees, ActiveColumn::AmountWanYuan), None);
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn amount(&self, row: ActiveRow, col: ActiveColumn) -> Option<Amount> {
        match self.get(row, col)? {
            ActiveCell::Amount(c) => c.get(),
            _ => None,
        }
    }

    /// Sets a cell.
    ///
    /// # Errors
    /// [`ModelError::CellNotInTemplate`] if the template has no such cell, and
    /// [`ModelError::WrongCellKind`] if `cell` is not of the column's kind.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Cell, ModelError, Template};
    /// use zfxxgk::report::ActiveCell;
    /// let mut t = ActiveTable::new(Template::Std2021);
    /// t.set(ActiveRow::Licensing, ActiveColumn::Decisions, ActiveCell::Count(Cell::Value(120)))?;
    /// assert_eq!(t.get(ActiveRow::Licensing, ActiveColumn::Decisions), Some(&ActiveCell::Count(Cell::Value(120))));
    /// let wrong = t.set(ActiveRow::Penalty, ActiveColumn::Decisions, ActiveCell::Signed(Cell::Value(-1)));
    /// assert!(matches!(wrong, Err(ModelError::WrongCellKind { .. })));
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn set(
        &mut self,
        row: ActiveRow,
        col: ActiveColumn,
        cell: ActiveCell,
    ) -> Result<(), ModelError> {
        let i = self.index(row, col).ok_or(ModelError::CellNotInTemplate {
            row: row.id(),
            column: col.id(),
            template: self.template,
        })?;
        if cell.kind() != col.kind() {
            return Err(ModelError::WrongCellKind { column: col.id() });
        }
        self.cells[i] = cell;
        Ok(())
    }

    /// Sets a cell from its text, typed by the column. Text that is not a value of the
    /// column's kind is kept as [`Cell::Invalid`], not refused.
    ///
    /// # Errors
    /// [`ModelError::CellNotInTemplate`] if the template has no such cell.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, ModelError, Template};
    /// let mut t = ActiveTable::new(Template::Std2021);
    /// t.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "24252.311082")?;
    /// t.set_text(ActiveRow::Rules, ActiveColumn::Issued, "两件")?;
    /// let invalid = t.get(ActiveRow::Rules, ActiveColumn::Issued).and_then(|c| c.invalid_text());
    /// assert_eq!(invalid, Some("两件"));
    /// let e = t.set_text(ActiveRow::Procurement, ActiveColumn::ProcurementItems, "3");
    /// assert!(matches!(e, Err(ModelError::CellNotInTemplate { .. })));
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn set_text(
        &mut self,
        row: ActiveRow,
        col: ActiveColumn,
        text: &str,
    ) -> Result<(), ModelError> {
        self.set(row, col, ActiveCell::parse(col.kind(), text))
    }

    /// Every cell in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Template};
    /// let t = ActiveTable::new(Template::Std2021);
    /// let (row, col, _) = t.cells().next().unwrap();
    /// assert_eq!((row, col), (ActiveRow::Rules, ActiveColumn::Issued));
    /// assert_eq!(t.cells().count(), 10);
    /// ```
    pub fn cells(&self) -> impl Iterator<Item = (ActiveRow, ActiveColumn, &ActiveCell)> {
        Self::layout(self.template)
            .iter()
            .flat_map(|(r, cols)| cols.iter().map(move |c| (*r, *c)))
            .zip(self.cells.iter())
            .map(|((r, c), cell)| (r, c, cell))
    }

    /// Whether every cell is blank.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable, Template};
    /// let mut t = ActiveTable::new(Template::Std2019);
    /// assert!(t.is_blank());
    /// t.set_text(ActiveRow::Rules, ActiveColumn::Made, "/")?;
    /// assert!(!t.is_blank());
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(ActiveCell::is_blank)
    }
}

impl Serialize for ActiveTable {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Row<'a>(&'a ActiveTable, ActiveRow, &'static [ActiveColumn]);
        impl Serialize for Row<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.2.len()))?;
                for c in self.2 {
                    if let Some(cell) = self.0.get(self.1, *c) {
                        m.serialize_entry(c.id(), cell)?;
                    }
                }
                m.end()
            }
        }
        let layout = Self::layout(self.template);
        let mut m = s.serialize_map(Some(layout.len()))?;
        for (r, cols) in layout {
            m.serialize_entry(r.id(), &Row(self, *r, cols))?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for ActiveTable {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ActiveTable, D::Error> {
        let raw: BTreeMap<ActiveRow, BTreeMap<ActiveColumn, Cell<String>>> =
            BTreeMap::deserialize(d)?;
        let uses = |set: &[(ActiveRow, &[ActiveColumn])]| {
            raw.iter().all(|(r, cols)| {
                cols.keys()
                    .all(|c| set.iter().any(|(rr, cc)| rr == r && cc.contains(c)))
            })
        };
        // The latest template whose layout has every cell given (an empty table: the latest).
        let Some(template) = Template::ALL
            .into_iter()
            .rev()
            .find(|t| uses(ActiveTable::layout(*t)))
        else {
            return Err(D::Error::custom(
                "§2 table has cells of no single template (neither 2019 nor 2021)",
            ));
        };
        let mut t = ActiveTable::new(template);
        for (r, cols) in raw {
            for (c, cell) in cols {
                let text = match &cell {
                    Cell::Blank => String::new(),
                    other => other.to_string(),
                };
                t.set_text(r, c, &text).map_err(D::Error::custom)?;
            }
        }
        Ok(t)
    }
}

impl CellValue for String {
    fn from_text(s: &str) -> Option<Self> {
        Some(s.to_string())
    }
    fn to_text(&self) -> String {
        self.clone()
    }
    const JSON_NUMBER: bool = false;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_have_the_template_cells() {
        assert_eq!(
            ActiveTable::new(Template::Std2019).cells().count(),
            3 * 2 + 3 * 4 + 2 + 2
        );
        assert_eq!(
            ActiveTable::new(Template::Std2021).cells().count(),
            3 * 2 + 3 + 1
        );
    }

    #[test]
    fn serde_round_trip() {
        let mut t = ActiveTable::new(Template::Std2019);
        t.set_text(ActiveRow::Licensing, ActiveColumn::Change, "-185")
            .unwrap();
        t.set_text(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementAmount,
            "75394432.52元",
        )
        .unwrap();
        t.set_text(ActiveRow::Rules, ActiveColumn::Made, "/")
            .unwrap();
        let j = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<ActiveTable>(&j).unwrap(), t, "{j}");
        let mut t = ActiveTable::new(Template::Std2021);
        t.set_text(ActiveRow::Fees, ActiveColumn::AmountWanYuan, "24252.311082")
            .unwrap();
        let j = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<ActiveTable>(&j).unwrap(), t, "{j}");
    }
}
