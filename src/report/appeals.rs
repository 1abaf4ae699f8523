//! The §4 table: `四、政府信息公开行政复议、行政诉讼情况` (DOMAIN.md §2.5).
//!
//! Three blocks (行政复议; 行政诉讼 split into 未经复议直接起诉 and 复议后起诉) of five columns
//! each: 15 cells in one data row, the same in both formats. Counting rule: 国办公开办函〔2016〕
//! 201号 (a case counts only for the agency whose disclosure act is challenged).

use std::collections::BTreeMap;

use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::report::cell::Cell;

macro_rules! simple_enum {
    ($(#[$m:meta])* $name:ident ($kind:literal) {
        $(#[$fdoc:meta])* $fv:ident = $fid:literal, $flabel:literal;
        $( $(#[$doc:meta])* $v:ident = $id:literal, $label:literal; )*
    }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[non_exhaustive]
        pub enum $name {
            $(#[$fdoc])* #[serde(rename = $fid)] $fv,
            $( $(#[$doc])* #[serde(rename = $id)] $v, )*
        }

        impl $name {
            /// All values in table order.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use zfxxgk::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::ALL[0], ", stringify!($name), "::", stringify!($fv), ");")]
            #[doc = concat!("assert!(", stringify!($name), "::ALL.iter().enumerate().all(|(i, v)| v.index() == i));")]
            /// ```
            pub const ALL: &'static [$name] = &[$name::$fv, $($name::$v),*];
            /// The serialized id (also what `Display` prints).
            ///
            /// # Example
            /// ```
            #[doc = concat!("use zfxxgk::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::", stringify!($fv), ".id(), \"", $fid, "\");")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::", stringify!($fv), ".to_string(), \"", $fid, "\");")]
            /// ```
            pub fn id(self) -> &'static str { match self { $name::$fv => $fid, $($name::$v => $id,)* } }
            /// The exact Chinese label.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use zfxxgk::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::", stringify!($fv), ".label(), \"", $flabel, "\");")]
            /// ```
            pub fn label(self) -> &'static str { match self { $name::$fv => $flabel, $($name::$v => $label,)* } }
            /// Parses a serialized id (not a label).
            ///
            /// # Example
            /// ```
            #[doc = concat!("use zfxxgk::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::from_id(\"", $fid, "\"), Some(", stringify!($name), "::", stringify!($fv), "));")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::from_id(\"", $flabel, "\"), None);")]
            /// ```
            pub fn from_id(id: &str) -> Option<$name> { match id { $fid => Some($name::$fv), $($id => Some($name::$v),)* _ => None } }
            /// Position in table order.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use zfxxgk::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::", stringify!($fv), ".index(), 0);")]
            #[doc = concat!("assert!(", stringify!($name), "::ALL.iter().enumerate().all(|(i, v)| v.index() == i));")]
            /// ```
            pub fn index(self) -> usize { self as usize }
        }

        $crate::vocab::vocabulary!($name, $kind, all = $name::ALL);
    };
}
pub(crate) use simple_enum;

simple_enum! {
    /// A block of the §4 table.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::AppealGroup;
    /// assert_eq!(AppealGroup::LitigationDirect.label(), "未经复议直接起诉");
    /// ```
    AppealGroup ("§4 block") {
        /// `行政复议`: administrative reconsideration.
        Reconsideration = "reconsideration", "行政复议";
        /// `行政诉讼 · 未经复议直接起诉`: sued directly.
        LitigationDirect = "litigation_direct", "未经复议直接起诉";
        /// `行政诉讼 · 复议后起诉`: sued after reconsideration.
        LitigationAfterReconsideration = "litigation_after_reconsideration", "复议后起诉";
    }
}

simple_enum! {
    /// A column of a §4 block. Identity H4: `总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::AppealColumn;
    /// assert_eq!(AppealColumn::ALL.len(), 5);
    /// assert_eq!(AppealColumn::Pending.label(), "尚未审结");
    /// ```
    AppealColumn ("§4 column") {
        /// `结果维持`: the act was upheld.
        Upheld = "upheld", "结果维持";
        /// `结果纠正`: the act was corrected.
        Corrected = "corrected", "结果纠正";
        /// `其他结果`: another result.
        Other = "other", "其他结果";
        /// `尚未审结`: pending.
        Pending = "pending", "尚未审结";
        /// `总计`: total of the block.
        Total = "total", "总计";
    }
}

/// The cells of one §4 block, indexed by [`AppealColumn::index`].
///
/// # Example
/// ```
/// use zfxxgk::{AppealColumn, Cell};
/// use zfxxgk::report::AppealCells;
/// let mut b: AppealCells = Default::default();
/// b[AppealColumn::Total.index()] = Cell::Value(4);
/// assert_eq!(b[4], Cell::Value(4));
/// ```
pub type AppealCells = [Cell<u64>; 5];

/// The §4 table: 3 blocks × 5 columns.
///
/// Serialized as `{group id: {column id: cell}}`.
///
/// # Example
/// ```
/// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
/// let mut t = AppealsTable::default();
/// t.set(AppealGroup::Reconsideration, AppealColumn::Upheld, Cell::Value(5));
/// assert_eq!(t.get(AppealGroup::Reconsideration, AppealColumn::Upheld), Some(&Cell::Value(5)));
/// assert_eq!(t.value(AppealGroup::Reconsideration, AppealColumn::Upheld), Some(5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct AppealsTable {
    cells: [AppealCells; 3],
}

impl AppealsTable {
    /// A cell as written. The §4 table has the same 3 × 5 cells in both templates, so this is
    /// never `None`; it has the shape of [`RequestTable::get`](crate::RequestTable::get) and
    /// [`ActiveTable::get`](crate::ActiveTable::get), whose templates lack some cells.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let t = AppealsTable::default();
    /// assert_eq!(t.get(AppealGroup::LitigationDirect, AppealColumn::Total), Some(&Cell::Blank));
    /// // Every cell at once, without the Option: a block, indexed by the column.
    /// assert_eq!(t.block(AppealGroup::LitigationDirect)[AppealColumn::Total.index()], Cell::Blank);
    /// ```
    pub fn get(&self, group: AppealGroup, col: AppealColumn) -> Option<&Cell<u64>> {
        self.cells.get(group.index())?.get(col.index())
    }

    /// The number in a cell: `None` for a blank, `/` or unreadable cell.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let mut t = AppealsTable::default();
    /// t.set_block(AppealGroup::Reconsideration, [2, 1, 0, 1, 4].map(Cell::Value));
    /// t.set(AppealGroup::LitigationDirect, AppealColumn::Total, Cell::NotApplicable);
    /// assert_eq!(t.value(AppealGroup::Reconsideration, AppealColumn::Total), Some(4));
    /// assert_eq!(t.value("reconsideration".parse()?, "upheld".parse()?), Some(2));
    /// assert_eq!(t.value(AppealGroup::LitigationDirect, AppealColumn::Total), None); // `/`
    /// assert_eq!(t.value(AppealGroup::LitigationDirect, AppealColumn::Upheld), None); // blank
    /// # Ok::<(), zfxxgk::UnknownId>(())
    /// ```
    pub fn value(&self, group: AppealGroup, col: AppealColumn) -> Option<u64> {
        self.get(group, col)?.get()
    }

    /// A whole block, indexed by [`AppealColumn::index`].
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let mut t = AppealsTable::default();
    /// t.set(AppealGroup::Reconsideration, AppealColumn::Pending, Cell::Value(2));
    /// let b = t.block(AppealGroup::Reconsideration);
    /// assert_eq!(b[AppealColumn::Pending.index()], Cell::Value(2));
    /// ```
    pub fn block(&self, group: AppealGroup) -> &AppealCells {
        &self.cells[group.index()]
    }

    /// Sets a cell.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let mut t = AppealsTable::default();
    /// t.set(AppealGroup::Reconsideration, AppealColumn::Corrected, Cell::NotApplicable);
    /// assert_eq!(t.get(AppealGroup::Reconsideration, AppealColumn::Corrected), Some(&Cell::NotApplicable));
    /// assert!(!t.is_blank());
    /// ```
    pub fn set(&mut self, group: AppealGroup, col: AppealColumn, cell: Cell<u64>) {
        self.cells[group.index()][col.index()] = cell;
    }

    /// Sets a whole block. Identity H4 (`总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`)
    /// is not checked here; [`crate::rules`] reports a block that breaks it.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let mut t = AppealsTable::default();
    /// // 结果维持 2, 结果纠正 1, 其他结果 0, 尚未审结 1, 总计 4
    /// t.set_block(AppealGroup::LitigationDirect, [2, 1, 0, 1, 4].map(Cell::Value));
    /// assert_eq!(t.get(AppealGroup::LitigationDirect, AppealColumn::Total), Some(&Cell::Value(4)));
    /// ```
    pub fn set_block(&mut self, group: AppealGroup, cells: AppealCells) {
        self.cells[group.index()] = cells;
    }

    /// The blocks in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealGroup, AppealsTable};
    /// let t = AppealsTable::default();
    /// let groups: Vec<AppealGroup> = t.blocks().map(|(g, _)| g).collect();
    /// assert_eq!(groups, AppealGroup::ALL);
    /// ```
    pub fn blocks(&self) -> impl Iterator<Item = (AppealGroup, &AppealCells)> {
        AppealGroup::ALL.iter().copied().zip(self.cells.iter())
    }

    /// Whether every cell is blank (a `0` or a `/` is not blank).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let mut t = AppealsTable::default();
    /// assert!(t.is_blank());
    /// t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(0));
    /// assert!(!t.is_blank());
    /// ```
    pub fn is_blank(&self) -> bool {
        self.cells.iter().flatten().all(Cell::is_blank)
    }
}

impl Serialize for AppealsTable {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Block<'a>(&'a AppealCells);
        impl Serialize for Block<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(5))?;
                for c in AppealColumn::ALL {
                    m.serialize_entry(c.id(), &self.0[c.index()])?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(3))?;
        for (g, b) in self.blocks() {
            m.serialize_entry(g.id(), &Block(b))?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for AppealsTable {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<AppealsTable, D::Error> {
        let raw: BTreeMap<AppealGroup, BTreeMap<AppealColumn, Cell<u64>>> =
            BTreeMap::deserialize(d)?;
        let mut t = AppealsTable::default();
        for (g, cols) in raw {
            for (c, cell) in cols {
                t.set(g, c, cell);
            }
        }
        Ok(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_round_trip() {
        let mut t = AppealsTable::default();
        t.set(
            AppealGroup::LitigationDirect,
            AppealColumn::Total,
            Cell::Value(3),
        );
        t.set(
            AppealGroup::Reconsideration,
            AppealColumn::Other,
            Cell::NotApplicable,
        );
        let j = serde_json::to_string(&t).unwrap();
        assert!(j.starts_with(r#"{"reconsideration":{"upheld":null"#), "{j}");
        assert_eq!(serde_json::from_str::<AppealsTable>(&j).unwrap(), t);
    }
}
