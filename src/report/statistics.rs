//! The statistics table appended to many pre-2019 reports (`政府信息公开情况统计表`,
//! `指标统计表`, `附表`): indicators by row, with the unit as printed and one value column per
//! period (`本年度`/`本期`/`2016年`, `历年累计`/`本年累计`, sometimes `上年`).
//!
//! Every cell is a [`Cell<u64>`] (blank, `/`, a count, or unreadable text kept verbatim) with
//! the span it was read from; the rules check the table's own sums and that cumulative
//! columns are not below the year's.

use serde::{Deserialize, Serialize};

use crate::report::cell::Cell;
use crate::report::indicator::Indicator;
use crate::report::legacy::{LegacyOutcome, LegacyReply, LegacyReport, MappedCount};
use crate::report::source::Span;

/// What a value column of the table counts.
///
/// # Example
/// ```
/// use zfxxgk::report::Period;
/// assert_eq!(Period::Cumulative.id(), "cumulative");
/// assert!(Period::Cumulative.contains(Period::Current));
/// assert!(!Period::Current.contains(Period::Cumulative));
/// // A year-end column (`年末统计`) may be the year's or since 2008: it contains nothing for sure.
/// assert!(!Period::Unstated.contains(Period::Current));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Period {
    /// The report year or the period of the form: `本年度`, `本期`, `2016年`, `2013 年度`.
    Current,
    /// The year so far: `本年累计` (in an annual report, the year).
    YearToDate,
    /// Since the regulation took effect (2008) or since records began: `历年累计`, `累计`.
    Cumulative,
    /// The year before: `上年`, `上年度`, `上年同期`, or the year before the report's.
    Previous,
    /// The header does not say (`年末统计`, or no header at all): the year or cumulative.
    Unstated,
    /// A header naming something else (`增减`, `同比`, an earlier year): compared with nothing.
    Other,
}

impl Period {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Period;
    /// assert_eq!(Period::YearToDate.id(), "year_to_date");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Period::Current => "current",
            Period::YearToDate => "year_to_date",
            Period::Cumulative => "cumulative",
            Period::Previous => "previous",
            Period::Unstated => "unstated",
            Period::Other => "other",
        }
    }

    /// The usual Chinese header.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Period;
    /// assert_eq!(Period::Cumulative.label(), "历年累计");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Period::Current => "本年度",
            Period::YearToDate => "本年累计",
            Period::Cumulative => "历年累计",
            Period::Previous => "上年度",
            Period::Unstated => "（未注明）",
            Period::Other => "（其他）",
        }
    }

    /// Whether every unit counted in a column of `other`'s period is also counted in a column
    /// of this period (so this column's value can be no smaller): cumulative contains the year
    /// and the year so far; the year so far contains the period (`本期`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Period;
    /// assert!(Period::YearToDate.contains(Period::Current));
    /// assert!(Period::Cumulative.contains(Period::YearToDate));
    /// assert!(!Period::Cumulative.contains(Period::Previous)); // not assumed: forms differ
    /// ```
    pub fn contains(self, other: Period) -> bool {
        matches!(
            (self, other),
            (Period::Cumulative, Period::Current | Period::YearToDate)
                | (Period::YearToDate, Period::Current)
        )
    }
}

crate::vocab::vocabulary!(
    Period,
    "statistics period",
    [Current, YearToDate, Cumulative, Previous, Unstated, Other]
);

/// A value column: its header as printed and what it counts.
///
/// # Example
/// ```
/// use zfxxgk::report::{Period, StatisticsColumn};
/// let c = StatisticsColumn::new("2013 年度", Period::Current, Some(2013));
/// assert_eq!((c.header.as_str(), c.period, c.year), ("2013 年度", Period::Current, Some(2013)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsColumn {
    /// The header as printed (`历年累计`, `2013 年度`); empty when the table has none.
    pub header: String,
    /// What the column counts.
    pub period: Period,
    /// The year the header names, if any.
    #[serde(default)]
    pub year: Option<i32>,
}

impl StatisticsColumn {
    /// A column headed `header`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Period, StatisticsColumn};
    /// assert_eq!(StatisticsColumn::new("历年累计", Period::Cumulative, None).period, Period::Cumulative);
    /// ```
    pub fn new(header: impl Into<String>, period: Period, year: Option<i32>) -> StatisticsColumn {
        StatisticsColumn {
            header: header.into(),
            period,
            year,
        }
    }

    /// The id used in finding locations: the period's id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Period, StatisticsColumn};
    /// assert_eq!(StatisticsColumn::new("2016年", Period::Current, Some(2016)).id(), "current");
    /// ```
    pub fn id(&self) -> &'static str {
        self.period.id()
    }
}

/// One value of the table and where it was read.
///
/// # Example
/// ```
/// use zfxxgk::Cell;
/// use zfxxgk::report::StatisticsCell;
/// let c = StatisticsCell::new(Cell::Value(291), None);
/// assert_eq!(c.value.get(), Some(291));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsCell {
    /// The value: blank, `/`, a count, or text that is not a count.
    pub value: Cell<u64>,
    /// Where it was read (`None` for a cell not printed, or a report not read from text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl StatisticsCell {
    /// A cell holding `value`, read at `span`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// use zfxxgk::report::{Span, StatisticsCell};
    /// let c = StatisticsCell::new(Cell::NotApplicable, Some(Span::new(1, 4, 5)));
    /// assert_eq!(c.span.map(|s| s.start), Some(4));
    /// ```
    pub fn new(value: Cell<u64>, span: Option<Span>) -> StatisticsCell {
        StatisticsCell { value, span }
    }
}

/// One row of the table.
///
/// # Example
/// ```
/// use zfxxgk::Cell;
/// use zfxxgk::report::{Indicator, StatisticsCell, StatisticsRow};
/// let mut r = StatisticsRow::new("主动公开文件数", Some(Indicator::Proactive));
/// r.unit = Some("条".into());
/// r.cells = vec![StatisticsCell::new(Cell::Value(94), None), StatisticsCell::new(Cell::Value(765), None)];
/// assert_eq!(r.value(1), Some(765));
/// assert_eq!(r.key(), "proactive");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsRow {
    /// The label as printed, without its enumerator (`同意公开答复数` of `1.同意公开答复数`).
    pub label: String,
    /// The indicator, when the label names a known one.
    #[serde(default)]
    pub indicator: Option<Indicator>,
    /// The unit as printed (`条`, `件`), if the table has a unit column.
    #[serde(default)]
    pub unit: Option<String>,
    /// The row this one is a `其中` row of (an index into [`StatisticsTable::rows`]).
    #[serde(default)]
    pub parent: Option<usize>,
    /// One cell per value column.
    #[serde(default)]
    pub cells: Vec<StatisticsCell>,
    /// Where the label was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl StatisticsRow {
    /// A row labelled `label`, with no cells yet.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::StatisticsRow;
    /// let r = StatisticsRow::new("政府信息公开收费减免金额", None);
    /// assert!(r.cells.is_empty() && r.indicator.is_none());
    /// ```
    pub fn new(label: impl Into<String>, indicator: Option<Indicator>) -> StatisticsRow {
        StatisticsRow {
            label: label.into(),
            indicator,
            unit: None,
            parent: None,
            cells: Vec::new(),
            span: None,
        }
    }

    /// The count in column `i`, if the cell holds one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::StatisticsRow;
    /// assert_eq!(StatisticsRow::new("行政复议数", None).value(0), None);
    /// ```
    pub fn value(&self, i: usize) -> Option<u64> {
        self.cells.get(i).and_then(|c| c.value.get())
    }

    /// The key naming the row in finding locations: the indicator's key, else the printed label.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::StatisticsRow;
    /// assert_eq!(StatisticsRow::new("政府信息公开收费减免金额", None).key(), "政府信息公开收费减免金额");
    /// ```
    pub fn key(&self) -> String {
        match self.indicator {
            Some(i) => i.key(),
            None => self.label.clone(),
        }
    }

    /// Whether the row is an `其他` bucket (by indicator, or a label with `其他`/`其它`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::StatisticsRow;
    /// assert!(StatisticsRow::new("其它形式", None).is_other_bucket());
    /// ```
    pub fn is_other_bucket(&self) -> bool {
        self.indicator.is_some_and(Indicator::is_other_bucket)
            || self.label.contains("其他")
            || self.label.contains("其它")
    }
}

/// A pre-2019 statistics table.
///
/// # Example
/// ```
/// let text = "附表\n指标名称\t单位\t2016年\t历年累计\n\
///     主动公开文件数\t条\t793\t1499\n其中：1.政府网站公开数\t条\t793\t1499\n";
/// let report = zfxxgk::parse::parse_with(text, &zfxxgk::parse::ParseOptions::with_format(zfxxgk::ReportFormat::Legacy))?.report;
/// let t = report.legacy.as_ref().and_then(|l| l.table.as_ref()).expect("a table");
/// assert_eq!(t.columns.len(), 2);
/// let row = t.row(zfxxgk::report::Indicator::Proactive).unwrap();
/// assert_eq!((row.value(0), row.value(1)), (Some(793), Some(1499)));
/// assert_eq!(t.rows[1].parent, Some(0));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsTable {
    /// The title, when one stands above the table (`2018年政府信息公开情况统计表`).
    #[serde(default)]
    pub title: Option<String>,
    /// The value columns, in order.
    #[serde(default)]
    pub columns: Vec<StatisticsColumn>,
    /// The rows, in order.
    #[serde(default)]
    pub rows: Vec<StatisticsRow>,
    /// Where the table was read (header to last value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl StatisticsTable {
    /// The first row of `indicator`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Indicator, StatisticsTable};
    /// assert!(StatisticsTable::default().row(Indicator::Replies).is_none());
    /// ```
    pub fn row(&self, indicator: Indicator) -> Option<&StatisticsRow> {
        self.rows.iter().find(|r| r.indicator == Some(indicator))
    }

    /// The first column of `period`, by index.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Period, StatisticsColumn, StatisticsTable};
    /// let mut t = StatisticsTable::default();
    /// t.columns = vec![
    ///     StatisticsColumn::new("2018年", Period::Current, Some(2018)),
    ///     StatisticsColumn::new("历年累计", Period::Cumulative, None),
    /// ];
    /// assert_eq!(t.column(Period::Cumulative), Some(1));
    /// assert_eq!(t.column(Period::Previous), None);
    /// ```
    pub fn column(&self, period: Period) -> Option<usize> {
        self.columns.iter().position(|c| c.period == period)
    }

    /// The column that holds the report year's figures: `本年累计` if there is one (in an
    /// annual report the year so far is the year), else `本年度`/`本期`/the year. `None` when
    /// no header says so.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Period, StatisticsColumn, StatisticsTable};
    /// let mut t = StatisticsTable::default();
    /// t.columns = vec![StatisticsColumn::new("本期", Period::Current, None)];
    /// assert_eq!(t.year_column(), Some(0));
    /// t.columns.push(StatisticsColumn::new("本年累计", Period::YearToDate, None));
    /// assert_eq!(t.year_column(), Some(1));
    /// ```
    pub fn year_column(&self) -> Option<usize> {
        self.column(Period::YearToDate)
            .or_else(|| self.column(Period::Current))
    }

    /// The `其中` rows of row `i`, by index.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{StatisticsRow, StatisticsTable};
    /// let mut t = StatisticsTable::default();
    /// t.rows = vec![StatisticsRow::new("主动公开信息数", None), StatisticsRow::new("网站公开", None)];
    /// t.rows[1].parent = Some(0);
    /// assert_eq!(t.children(0), [1]);
    /// ```
    pub fn children(&self, i: usize) -> Vec<usize> {
        (0..self.rows.len())
            .filter(|&j| self.rows[j].parent == Some(i))
            .collect()
    }

    /// The reply rows of column `col` as legacy replies (label as printed, count where the cell
    /// holds one). A refusal total whose reasons are its `其中` rows is left out, so that no
    /// reply is listed twice.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Cell;
    /// use zfxxgk::report::{Indicator, LegacyOutcome, StatisticsCell, StatisticsRow, StatisticsTable};
    /// let mut t = StatisticsTable::default();
    /// let mut r = StatisticsRow::new("同意公开答复数", Some(Indicator::Reply(LegacyOutcome::Agreed)));
    /// r.cells = vec![StatisticsCell::new(Cell::Value(4), None)];
    /// t.rows.push(r);
    /// let replies = t.replies(0);
    /// assert_eq!((replies[0].outcome, replies[0].count), (LegacyOutcome::Agreed, Some(4)));
    /// ```
    pub fn replies(&self, col: usize) -> Vec<LegacyReply> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                r.indicator != Some(Indicator::Reply(LegacyOutcome::Refused))
                    || self.children(*i).is_empty()
            })
            .filter_map(|(_, r)| {
                let outcome = r.indicator?.outcome()?;
                Some(LegacyReply::new(
                    outcome,
                    r.label.clone(),
                    r.value(col),
                    None,
                ))
            })
            .collect()
    }

    /// The reply rows of column `col` mapped onto the 2019/2021 §3 rows, with the fit of
    /// each (the mapping of [`LegacyReport::to_2019_rows`]). A refusal total that has its
    /// reasons as `其中` rows is left out, so that no reply is counted twice.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Cell, Outcome};
    /// use zfxxgk::report::{Fit, Indicator, LegacyOutcome, MappedTo, StatisticsCell, StatisticsRow, StatisticsTable};
    /// let mut t = StatisticsTable::default();
    /// let row = |label: &str, o, v| {
    ///     let mut r = StatisticsRow::new(label, Some(Indicator::Reply(o)));
    ///     r.cells = vec![StatisticsCell::new(Cell::Value(v), None)];
    ///     r
    /// };
    /// t.rows.push(row("否决公开答复总数", LegacyOutcome::Refused, 3));
    /// t.rows.push(row("“信息不存在”数", LegacyOutcome::DoesNotExist, 2));
    /// t.rows.push(row("“非本部门掌握”数", LegacyOutcome::NotHeldHere, 1));
    /// t.rows[1].parent = Some(0);
    /// t.rows[2].parent = Some(0);
    /// let m = t.to_2019_rows(0);
    /// assert_eq!(m.len(), 1); // the refusal total is not counted beside its reasons
    /// assert_eq!((m[0].target, m[0].count, m[0].fit), (MappedTo::Row(Outcome::UnavailableNotHeld), 3, Fit::Good));
    /// ```
    pub fn to_2019_rows(&self, col: usize) -> Vec<MappedCount> {
        LegacyReport {
            replies: self.replies(col),
            ..LegacyReport::default()
        }
        .to_2019_rows()
    }
}
