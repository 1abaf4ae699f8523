//! The vocabulary of the §2 table: its rows (art. 20 items), its value columns and what
//! kind of value each column holds.

use crate::law::Template;
use crate::report::appeals::simple_enum;

simple_enum! {
    /// A row of the §2 table (`信息内容`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveRow, Template};
    /// assert_eq!(ActiveRow::NormativeDocuments.label_in(Template::Std2021), "行政规范性文件");
    /// assert_eq!(ActiveRow::Procurement.art20_item(), 9);
    /// ```
    ActiveRow ("§2 row") {
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
        template
            .vocabulary()
            .active_row_labels
            .iter()
            .find(|(r, _)| *r == self)
            .map_or(self.label(), |(_, l)| l)
    }
}

simple_enum! {
    /// A value column of the §2 table. Which columns a row has depends on the template; see
    /// [`ActiveTable::layout`](crate::ActiveTable::layout).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, Template};
    /// use zfxxgk::report::ActiveKind;
    /// assert_eq!(ActiveColumn::Change.kind(), ActiveKind::Signed);
    /// assert_eq!(ActiveColumn::Decisions.label_in(Template::Std2021), "本年处理决定数量");
    /// assert_eq!(ActiveColumn::from_id("in_force"), Some(ActiveColumn::InForce));
    /// ```
    ActiveColumn ("§2 column") {
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
/// use zfxxgk::ActiveColumn;
/// use zfxxgk::report::{ActiveCell, ActiveKind};
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
    /// The id (`count`, `signed`, `amount`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::ActiveKind;
    /// assert_eq!(ActiveKind::Signed.id(), "signed");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            ActiveKind::Count => "count",
            ActiveKind::Signed => "signed",
            ActiveKind::Amount => "amount",
        }
    }

    /// The kind in Chinese (`数量`, `增减数`, `金额`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::ActiveKind;
    /// assert_eq!(ActiveKind::Amount.label(), "金额");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            ActiveKind::Count => "数量",
            ActiveKind::Signed => "增减数",
            ActiveKind::Amount => "金额",
        }
    }

    /// The kind in words, for messages (`a signed change`).
    pub(crate) fn in_words(self) -> &'static str {
        match self {
            ActiveKind::Count => "a count",
            ActiveKind::Signed => "a signed change",
            ActiveKind::Amount => "a money amount",
        }
    }
}

crate::vocab::vocabulary!(ActiveKind, "§2 value kind", [Count, Signed, Amount]);

impl ActiveColumn {
    /// What the column holds (identity H5).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ActiveColumn;
    /// use zfxxgk::report::ActiveKind;
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
        template
            .vocabulary()
            .active_column_labels
            .iter()
            .find(|(c, _)| *c == self)
            .map_or(self.label(), |(_, l)| l)
    }
}
