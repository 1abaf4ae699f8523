//! The §2 table: `二、主动公开政府信息情况`, by art. 20 item (DOMAIN.md §2.3).
//!
//! The 2019 and 2021 templates differ in rows, columns and units: 2019 counts items and their
//! signed yearly change (`本年增/减`), 2021 counts documents and decisions and gives
//! `行政事业性收费` as a money amount in 万元.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::law::Template;
use crate::report::appeals::simple_enum;
use crate::report::cell::{Cell, CellValue};
use crate::report::error::ModelError;

simple_enum! {
    /// A row of the §2 table (`信息内容`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveRow, Template};
    /// assert_eq!(ActiveRow::NormativeDocuments.label_in(Template::Std2021), "行政规范性文件");
    /// assert_eq!(ActiveRow::Procurement.art20_item(), 9);
    /// ```
    ActiveRow {
        /// `规章`: rules (art. 20(1)).
        Rules = "rules", "规章";
        /// `规范性文件` (2019) / `行政规范性文件` (2021): normative documents (art. 20(1)).
        NormativeDocuments = "normative_documents", "规范性文件";
        /// `行政许可`: administrative licensing (art. 20(5)).
        Licensing = "licensing", "行政许可";
        /// `其他对外管理服务事项`: other external management and service matters (art. 20(5),
        /// 2019 only).
        OtherServices = "other_services", "其他对外管理服务事项";
        /// `行政处罚`: administrative penalty (art. 20(6)).
        Penalty = "penalty", "行政处罚";
        /// `行政强制`: administrative coercion (art. 20(6)).
        Coercion = "coercion", "行政强制";
        /// `行政事业性收费`: administrative fees (art. 20(8)).
        Fees = "fees", "行政事业性收费";
        /// `政府集中采购`: centralised government procurement (art. 20(9), 2019 only).
        Procurement = "procurement", "政府集中采购";
    }
}

impl ActiveRow {
    /// The item of art. 20 the row reports on (`第二十条第（N）项`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ActiveRow;
    /// assert_eq!(ActiveRow::Rules.art20_item(), 1);
    /// assert_eq!(ActiveRow::Coercion.art20_item(), 6);
    /// assert_eq!(ActiveRow::Fees.art20_item(), 8);
    /// ```
    pub fn art20_item(self) -> u8 {
        match self {
            ActiveRow::Rules | ActiveRow::NormativeDocuments => 1,
            ActiveRow::Licensing | ActiveRow::OtherServices => 5,
            ActiveRow::Penalty | ActiveRow::Coercion => 6,
            ActiveRow::Fees => 8,
            ActiveRow::Procurement => 9,
        }
    }

    /// The row label as `template` prints it ([`ActiveRow::label`] is the 2019 wording).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveRow, Template};
    /// assert_eq!(ActiveRow::NormativeDocuments.label_in(Template::Std2019), "规范性文件");
    /// assert_eq!(ActiveRow::NormativeDocuments.label_in(Template::Std2021), "行政规范性文件");
    /// ```
    pub fn label_in(self, template: Template) -> &'static str {
        match (self, template) {
            (ActiveRow::NormativeDocuments, Template::Std2021) => "行政规范性文件",
            _ => self.label(),
        }
    }
}

simple_enum! {
    /// A value column of the §2 table. Which columns a row has depends on the template; see
    /// [`ActiveTable::layout`].
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveKind, Template};
    /// assert_eq!(ActiveColumn::Change.kind(), ActiveKind::Signed);
    /// assert_eq!(ActiveColumn::Decisions.label_in(Template::Std2021), "本年处理决定数量");
    /// assert_eq!(ActiveColumn::from_id("in_force"), Some(ActiveColumn::InForce));
    /// ```
    ActiveColumn {
        /// `本年新制作数量` (2019).
        Made = "made", "本年新制作数量";
        /// `本年新公开数量` (2019).
        Published = "published", "本年新公开数量";
        /// `对外公开总数量` (2019).
        TotalPublished = "total_published", "对外公开总数量";
        /// `上一年项目数量` (2019): item count of the previous year (not money).
        PreviousItems = "previous_items", "上一年项目数量";
        /// `本年增/减` (2019): signed change in the item count.
        Change = "change", "本年增/减";
        /// `处理决定数量` (2019) / `本年处理决定数量` (2021): decisions.
        Decisions = "decisions", "处理决定数量";
        /// `采购项目数量` (2019).
        ProcurementItems = "procurement_items", "采购项目数量";
        /// `采购总金额` (2019): an amount whose unit the report states in the cell, if at all.
        ProcurementAmount = "procurement_amount", "采购总金额";
        /// `本年制发件数` (2021).
        Issued = "issued", "本年制发件数";
        /// `本年废止件数` (2021).
        Repealed = "repealed", "本年废止件数";
        /// `现行有效件数` (2021).
        InForce = "in_force", "现行有效件数";
        /// `本年收费金额（单位：万元）` (2021): fees collected, in 万元.
        AmountWanYuan = "amount_wan_yuan", "本年收费金额（单位：万元）";
    }
}

/// What a §2 column holds.
///
/// # Example
/// ```
/// use zfxxgk::{ActiveCell, ActiveColumn, ActiveKind};
/// assert_eq!(ActiveColumn::AmountWanYuan.kind(), ActiveKind::Amount);
/// assert!(matches!(ActiveCell::blank(ActiveKind::Count), ActiveCell::Count(_)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActiveKind {
    /// A non-negative count.
    Count,
    /// A signed change (`本年增/减`).
    Signed,
    /// A money amount.
    Amount,
}

impl ActiveKind {
    /// The kind in words, for messages (`a signed change`).
    pub(crate) fn in_words(self) -> &'static str {
        match self {
            ActiveKind::Count => "a count",
            ActiveKind::Signed => "a signed change",
            ActiveKind::Amount => "a money amount",
        }
    }
}

impl ActiveColumn {
    /// What the column holds (identity H5).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveKind};
    /// assert_eq!(ActiveColumn::Issued.kind(), ActiveKind::Count);
    /// assert_eq!(ActiveColumn::Change.kind(), ActiveKind::Signed);
    /// assert_eq!(ActiveColumn::ProcurementAmount.kind(), ActiveKind::Amount);
    /// ```
    pub fn kind(self) -> ActiveKind {
        match self {
            ActiveColumn::Change => ActiveKind::Signed,
            ActiveColumn::ProcurementAmount | ActiveColumn::AmountWanYuan => ActiveKind::Amount,
            _ => ActiveKind::Count,
        }
    }

    /// The column label as `template` prints it ([`ActiveColumn::label`] is the 2019 wording).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, Template};
    /// assert_eq!(ActiveColumn::Decisions.label_in(Template::Std2019), "处理决定数量");
    /// assert_eq!(ActiveColumn::Decisions.label_in(Template::Std2021), "本年处理决定数量");
    /// ```
    pub fn label_in(self, template: Template) -> &'static str {
        match (self, template) {
            (ActiveColumn::Decisions, Template::Std2021) => "本年处理决定数量",
            _ => self.label(),
        }
    }
}

/// A unit of money written in a cell.
///
/// # Example
/// ```
/// use zfxxgk::{Amount, MoneyUnit};
/// let a: Amount = "7730.28万元".parse()?;
/// assert_eq!(a.unit, Some(MoneyUnit::WanYuan));
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MoneyUnit {
    /// `元`.
    Yuan,
    /// `万元` (10,000 元).
    WanYuan,
}

impl MoneyUnit {
    /// The unit as written (`元`, `万元`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::MoneyUnit;
    /// assert_eq!(MoneyUnit::WanYuan.label(), "万元");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::WanYuan => "万元",
        }
    }
}

/// A money amount as a report writes it: an exact decimal and, if the cell states one, its unit
/// (`251000元`, `75394432.52元`, `7730.28`).
///
/// # Example
/// ```
/// use zfxxgk::{Amount, MoneyUnit};
/// let a: Amount = "251000元".parse().unwrap();
/// assert_eq!(a.unit, Some(MoneyUnit::Yuan));
/// assert_eq!(a.to_string(), "251000元");
/// assert_eq!("1.5万元".parse::<Amount>().unwrap().in_yuan(), Some(rust_decimal::Decimal::from(15000)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Amount {
    /// The number as written.
    pub value: Decimal,
    /// The unit written in the cell, if any.
    pub unit: Option<MoneyUnit>,
}

impl Amount {
    /// The amount in 元, if its unit is known (exact; `None` also on overflow).
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::Amount;
    /// let wan: Amount = "24252.311082万元".parse()?;
    /// assert_eq!(wan.in_yuan(), Some("242523110.82".parse::<Decimal>()?));
    /// let bare: Amount = "7730.28".parse()?;
    /// assert_eq!(bare.in_yuan(), None); // no unit written: not guessed
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_yuan(&self) -> Option<Decimal> {
        match self.unit? {
            MoneyUnit::Yuan => Some(self.value),
            MoneyUnit::WanYuan => self.value.checked_mul(Decimal::from(10_000)),
        }
    }
}

impl FromStr for Amount {
    type Err = ModelError;
    fn from_str(s: &str) -> Result<Amount, ModelError> {
        let t = s.trim();
        let (num, unit) = if let Some(n) = t.strip_suffix("万元") {
            (n, Some(MoneyUnit::WanYuan))
        } else if let Some(n) = t.strip_suffix('元') {
            (n, Some(MoneyUnit::Yuan))
        } else {
            (t, None)
        };
        let value = <Decimal as CellValue>::from_text(num.trim().trim_end_matches('.'))
            .ok_or_else(|| ModelError::BadValue(s.to_string()))?;
        Ok(Amount { value, unit })
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)?;
        if let Some(u) = self.unit {
            f.write_str(u.label())?;
        }
        Ok(())
    }
}

impl CellValue for Amount {
    fn from_text(s: &str) -> Option<Self> {
        s.parse().ok()
    }
    fn to_text(&self) -> String {
        self.to_string()
    }
    const JSON_NUMBER: bool = false;
}

/// A §2 cell, typed by its column.
///
/// # Example
/// ```
/// use zfxxgk::{ActiveCell, ActiveKind, Cell};
/// assert_eq!(ActiveCell::parse(ActiveKind::Signed, "减4"), ActiveCell::Signed(Cell::Value(-4)));
/// assert_eq!(ActiveCell::parse(ActiveKind::Count, "-4").invalid_text(), Some("-4"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActiveCell {
    /// A count column.
    Count(Cell<u64>),
    /// The signed `本年增/减` column.
    Signed(Cell<i64>),
    /// A money column.
    Amount(Cell<Amount>),
}

impl ActiveCell {
    /// A blank cell of the given kind.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveCell, ActiveKind, Cell};
    /// assert_eq!(ActiveCell::blank(ActiveKind::Amount), ActiveCell::Amount(Cell::Blank));
    /// ```
    pub fn blank(kind: ActiveKind) -> ActiveCell {
        match kind {
            ActiveKind::Count => ActiveCell::Count(Cell::Blank),
            ActiveKind::Signed => ActiveCell::Signed(Cell::Blank),
            ActiveKind::Amount => ActiveCell::Amount(Cell::Blank),
        }
    }

    /// Reads a cell of the given kind from its text (see [`Cell::parse`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveCell, ActiveKind, Amount, Cell};
    /// let c = ActiveCell::parse(ActiveKind::Amount, "75394432.52元");
    /// assert_eq!(c, ActiveCell::Amount(Cell::Value("75394432.52元".parse::<Amount>()?)));
    /// assert_eq!(ActiveCell::parse(ActiveKind::Count, "/"), ActiveCell::Count(Cell::NotApplicable));
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn parse(kind: ActiveKind, text: &str) -> ActiveCell {
        match kind {
            ActiveKind::Count => ActiveCell::Count(Cell::parse(text)),
            ActiveKind::Signed => ActiveCell::Signed(Cell::parse(text)),
            ActiveKind::Amount => ActiveCell::Amount(Cell::parse(text)),
        }
    }

    /// The kind of value the cell holds.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveCell, ActiveKind};
    /// assert_eq!(ActiveCell::parse(ActiveKind::Signed, "+19").kind(), ActiveKind::Signed);
    /// ```
    pub fn kind(&self) -> ActiveKind {
        match self {
            ActiveCell::Count(_) => ActiveKind::Count,
            ActiveCell::Signed(_) => ActiveKind::Signed,
            ActiveCell::Amount(_) => ActiveKind::Amount,
        }
    }

    /// Whether the cell is blank (a `0` or a `/` is not blank).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveCell, ActiveKind};
    /// assert!(ActiveCell::parse(ActiveKind::Count, " ").is_blank());
    /// assert!(!ActiveCell::parse(ActiveKind::Count, "0").is_blank());
    /// ```
    pub fn is_blank(&self) -> bool {
        match self {
            ActiveCell::Count(c) => c.is_blank(),
            ActiveCell::Signed(c) => c.is_blank(),
            ActiveCell::Amount(c) => c.is_blank(),
        }
    }

    /// The invalid text, if the cell holds text that is not a value of its kind (identity H5:
    /// a count is a non-negative integer).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveCell, ActiveKind};
    /// assert_eq!(ActiveCell::parse(ActiveKind::Count, "2.5").invalid_text(), Some("2.5"));
    /// assert_eq!(ActiveCell::parse(ActiveKind::Count, "3").invalid_text(), None);
    /// ```
    pub fn invalid_text(&self) -> Option<&str> {
        match self {
            ActiveCell::Count(Cell::Invalid(s))
            | ActiveCell::Signed(Cell::Invalid(s))
            | ActiveCell::Amount(Cell::Invalid(s)) => Some(s),
            _ => None,
        }
    }
}

impl fmt::Display for ActiveCell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActiveCell::Count(c) => c.fmt(f),
            ActiveCell::Signed(c) => c.fmt(f),
            ActiveCell::Amount(c) => c.fmt(f),
        }
    }
}

impl Serialize for ActiveCell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ActiveCell::Count(c) => c.serialize(s),
            ActiveCell::Signed(c) => c.serialize(s),
            ActiveCell::Amount(c) => c.serialize(s),
        }
    }
}

const LAYOUT_2019: &[(ActiveRow, &[ActiveColumn])] = {
    use ActiveColumn::*;
    &[
        (ActiveRow::Rules, &[Made, Published, TotalPublished]),
        (
            ActiveRow::NormativeDocuments,
            &[Made, Published, TotalPublished],
        ),
        (ActiveRow::Licensing, &[PreviousItems, Change, Decisions]),
        (
            ActiveRow::OtherServices,
            &[PreviousItems, Change, Decisions],
        ),
        (ActiveRow::Penalty, &[PreviousItems, Change, Decisions]),
        (ActiveRow::Coercion, &[PreviousItems, Change, Decisions]),
        (ActiveRow::Fees, &[PreviousItems, Change]),
        (
            ActiveRow::Procurement,
            &[ProcurementItems, ProcurementAmount],
        ),
    ]
};

const LAYOUT_2021: &[(ActiveRow, &[ActiveColumn])] = {
    use ActiveColumn::*;
    &[
        (ActiveRow::Rules, &[Issued, Repealed, InForce]),
        (ActiveRow::NormativeDocuments, &[Issued, Repealed, InForce]),
        (ActiveRow::Licensing, &[Decisions]),
        (ActiveRow::Penalty, &[Decisions]),
        (ActiveRow::Coercion, &[Decisions]),
        (ActiveRow::Fees, &[AmountWanYuan]),
    ]
};

/// The §2 table of a standard-format report.
///
/// Holds exactly the cells of its template, each typed by its column: a 2021 table has no
/// `政府集中采购` row and no `本年增/减` column.
///
/// Serialized as `{row id: {column id: cell}}`; the template is read back from the column ids.
///
/// # Example
/// ```
/// use zfxxgk::{ActiveCell, ActiveColumn, ActiveRow, ActiveTable, Cell, Template};
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
        match template {
            Template::Std2019 => LAYOUT_2019,
            Template::Std2021 => LAYOUT_2021,
        }
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

    /// A cell, or `None` if the template has no such cell.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveCell, ActiveColumn, ActiveRow, ActiveTable, Cell, Template};
    /// let t = ActiveTable::new(Template::Std2021);
    /// assert_eq!(t.get(ActiveRow::Penalty, ActiveColumn::Decisions), Some(&ActiveCell::Count(Cell::Blank)));
    /// assert_eq!(t.get(ActiveRow::Procurement, ActiveColumn::ProcurementItems), None);
    /// ```
    pub fn get(&self, row: ActiveRow, col: ActiveColumn) -> Option<&ActiveCell> {
        self.index(row, col).map(|i| &self.cells[i])
    }

    /// Sets a cell.
    ///
    /// # Errors
    /// [`ModelError::CellNotInTemplate`] if the template has no such cell, and
    /// [`ModelError::WrongCellKind`] if `cell` is not of the column's kind.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveCell, ActiveColumn, ActiveRow, ActiveTable, Cell, ModelError, Template};
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
        let template = if uses(LAYOUT_2021) {
            Template::Std2021
        } else if uses(LAYOUT_2019) {
            Template::Std2019
        } else {
            return Err(D::Error::custom(
                "§2 table has cells of neither the 2019 nor the 2021 template",
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
