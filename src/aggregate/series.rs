//! Series across years: points per year, from a standard table or mapped from pre-2019
//! figures with their [`Fit`] (DOMAIN.md §5.3). The cross-year rules are in `crossyear.rs`.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::aggregate::AggregateError;
use crate::aggregate::Ratio;
use crate::applicant::RequestColumn;
use crate::outcome::{Fit, Outcome, RequestRow};
use crate::report::{AnnualReport, RequestTable};
use crate::rules::tables::resolve;

/// One value of a series point: the `总计` figure of a §3 row and how well it fits the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SeriesValue {
    /// The figure.
    pub value: u64,
    /// [`Fit::Good`] for a figure read from a standard table or mapped one-to-one; otherwise
    /// the value is approximate (DOMAIN.md §5.3).
    pub fit: Fit,
}

impl SeriesValue {
    /// Whether the value is exact.
    pub fn is_exact(&self) -> bool {
        self.fit.is_exact()
    }
}

/// One year of a series: `总计` figures per §3 row, each flagged exact or approximate.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::SeriesPoint;
/// use zfxxgk::{Fit, Outcome, RequestRow};
/// // 2016: 信息不存在 (3) and 非本部门掌握 (4) both map to （四）1 (DOMAIN.md §5.3).
/// let p = SeriesPoint::from_mapped(2016, [
///     (RequestRow::Outcome(Outcome::Disclosed), 40, Fit::Good),
///     (RequestRow::Outcome(Outcome::UnavailableNotHeld), 3, Fit::Good),
///     (RequestRow::Outcome(Outcome::UnavailableNotHeld), 4, Fit::Good),
///     (RequestRow::Outcome(Outcome::WithheldProcessInfo), 2, Fit::Partial),
/// ])?;
/// assert_eq!(p.get(RequestRow::Outcome(Outcome::UnavailableNotHeld)).map(|v| v.value), Some(7));
/// assert!(!p.is_exact());
/// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SeriesPoint {
    /// The year reported on.
    pub year: i32,
    /// The figures by row.
    pub values: BTreeMap<RequestRow, SeriesValue>,
}

impl SeriesPoint {
    /// The `总计` column of a standard §3 table, every figure exact. A blank `总计` is taken
    /// from the six applicant columns when they are all filled (as rule TBL001 does); a row
    /// whose total cannot be read is left out.
    pub fn from_table(year: i32, table: &RequestTable) -> SeriesPoint {
        let values = table
            .rows()
            .filter_map(|(row, _)| {
                resolve(table, row, RequestColumn::Total)
                    .value
                    .map(|value| {
                        (
                            row,
                            SeriesValue {
                                value,
                                fit: Fit::Good,
                            },
                        )
                    })
            })
            .collect();
        SeriesPoint { year, values }
    }

    /// Figures mapped from another classification (pre-2019 reports, DOMAIN.md §5.3), each as
    /// `(row, value, fit)`. Several figures mapped to one row are added and the row keeps the
    /// worst fit among them.
    ///
    /// # Errors
    /// [`AggregateError::Overflow`] if the figures of one row add up beyond `u64`.
    pub fn from_mapped(
        year: i32,
        figures: impl IntoIterator<Item = (RequestRow, u64, Fit)>,
    ) -> Result<SeriesPoint, AggregateError> {
        let mut values: BTreeMap<RequestRow, SeriesValue> = BTreeMap::new();
        for (row, value, fit) in figures {
            match values.get_mut(&row) {
                Some(v) => {
                    v.value =
                        v.value
                            .checked_add(value)
                            .ok_or_else(|| AggregateError::Overflow {
                                what: format!("year {year}, row `{}`", row.id()),
                            })?;
                    v.fit = v.fit.max(fit);
                }
                None => {
                    values.insert(row, SeriesValue { value, fit });
                }
            }
        }
        Ok(SeriesPoint { year, values })
    }

    /// The figure of a row.
    pub fn get(&self, row: RequestRow) -> Option<SeriesValue> {
        self.values.get(&row).copied()
    }

    /// Whether every figure is exact.
    pub fn is_exact(&self) -> bool {
        self.values.values().all(SeriesValue::is_exact)
    }

    /// The disclosure rate of the point, `(（一） + （二）) / （七）总计` as in
    /// [`crate::aggregate::Rates`], with the worst fit of the three figures: approximate when
    /// any of them was mapped approximately. `None` when a figure is missing or the total is 0.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::{Fit, Outcome, RequestRow};
    /// let p = SeriesPoint::from_mapped(2012, [
    ///     (RequestRow::Outcome(Outcome::Disclosed), 30, Fit::Good),
    ///     (RequestRow::Outcome(Outcome::PartiallyDisclosed), 5, Fit::Good),
    ///     (RequestRow::TotalProcessed, 70, Fit::Partial),
    /// ])?;
    /// let (ratio, fit) = p.disclosure_rate().unwrap();
    /// assert_eq!(ratio.percent(1).unwrap().to_string(), "50.0");
    /// assert_eq!(fit, Fit::Partial);
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
    pub fn disclosure_rate(&self) -> Option<(Ratio, Fit)> {
        let a = self.get(RequestRow::Outcome(Outcome::Disclosed))?;
        let b = self.get(RequestRow::Outcome(Outcome::PartiallyDisclosed))?;
        let t = self.get(RequestRow::TotalProcessed)?;
        let ratio = Ratio::new(
            u128::from(a.value) + u128::from(b.value),
            u128::from(t.value),
        )?;
        Some((ratio, a.fit.max(b.fit).max(t.fit)))
    }
}

/// Points of one agency (or any series key) ordered by year.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::{Series, SeriesPoint};
/// use zfxxgk::{Fit, RequestRow};
/// let mut s = Series::new("平潭");
/// s.insert(SeriesPoint::from_mapped(2021, [(RequestRow::Received, 70, Fit::Good)])?);
/// s.insert(SeriesPoint::from_mapped(2018, [(RequestRow::Received, 12, Fit::Good)])?);
/// assert_eq!(s.years(), vec![2018, 2021]);
/// assert_eq!(s.gaps(), vec![2019..=2020]);
/// assert_eq!(s.column(RequestRow::Received).len(), 2);
/// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Series {
    /// The series key (an agency name, a region).
    pub key: String,
    /// The points by year.
    pub points: BTreeMap<i32, SeriesPoint>,
}

impl Series {
    /// An empty series.
    pub fn new(key: impl Into<String>) -> Series {
        Series {
            key: key.into(),
            points: BTreeMap::new(),
        }
    }

    /// The series of the §3 tables of `reports` (reports without a year or a §3 table are
    /// left out; of two reports for one year the first is kept).
    pub fn from_reports<'a>(
        key: impl Into<String>,
        reports: impl IntoIterator<Item = &'a AnnualReport>,
    ) -> Series {
        let mut s = Series::new(key);
        for r in reports {
            if let (Some(year), Some(t)) = (r.meta.year, &r.tables.requests) {
                s.points
                    .entry(year)
                    .or_insert_with(|| SeriesPoint::from_table(year, t));
            }
        }
        s
    }

    /// Adds or replaces the point of its year.
    pub fn insert(&mut self, point: SeriesPoint) {
        self.points.insert(point.year, point);
    }

    /// The years present, ascending.
    pub fn years(&self) -> Vec<i32> {
        self.points.keys().copied().collect()
    }

    /// The runs of years missing between the first and the last (one range per run, so a
    /// series of 1990 and 2990 costs one range, not a thousand years).
    pub fn gaps(&self) -> Vec<RangeInclusive<i32>> {
        gaps(&self.years())
    }

    /// One row over the years: `(year, figure)` for every point that has it.
    pub fn column(&self, row: RequestRow) -> Vec<(i32, SeriesValue)> {
        self.points
            .iter()
            .filter_map(|(y, p)| p.get(row).map(|v| (*y, v)))
            .collect()
    }
}

pub(crate) fn gaps(years: &[i32]) -> Vec<RangeInclusive<i32>> {
    years
        .windows(2)
        .filter_map(|w| match w {
            [a, b] if i64::from(*b) - i64::from(*a) > 1 => Some(a + 1..=b - 1),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapped_points_keep_the_worst_fit_and_refuse_overflow() {
        let row = RequestRow::Received;
        let p = SeriesPoint::from_mapped(2015, [(row, 1, Fit::Good), (row, 2, Fit::Poor)]).unwrap();
        assert_eq!(
            p.get(row),
            Some(SeriesValue {
                value: 3,
                fit: Fit::Poor
            })
        );
        let e = SeriesPoint::from_mapped(2015, [(row, u64::MAX, Fit::Good), (row, 1, Fit::Good)]);
        assert_eq!(
            e.unwrap_err().to_string(),
            "year 2015, row `received`: the sum overflows"
        );
    }
}
