//! Series across years: points per year, from a standard table or mapped from pre-2019
//! figures with their [`Fit`] (DOMAIN.md §5.3). The cross-year rules are in `crossyear.rs`.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::aggregate::AggregateError;
use crate::aggregate::Ratio;
use crate::applicant::RequestColumn;
use crate::outcome::{Fit, Outcome, RequestRow};
use crate::report::policy::resolve;
use crate::report::{AnnualReport, RequestTable};

/// One value of a series point: the `总计` figure of a §3 row and how well it fits the row.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::SeriesPoint;
/// use zfxxgk::RequestRow;
/// use zfxxgk::report::Fit;
/// let p = SeriesPoint::from_mapped(2016, [(RequestRow::Received, 55, Fit::Good)])?;
/// let v = p.get(RequestRow::Received).unwrap();
/// assert_eq!((v.value, v.fit), (55, Fit::Good));
/// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
/// ```
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
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::report::Fit;
    /// let p = SeriesPoint::from_mapped(2016, [
    ///     (RequestRow::Received, 55, Fit::Good),
    ///     (RequestRow::TotalProcessed, 54, Fit::Partial), // replies, not finished applications
    /// ])?;
    /// assert!(p.get(RequestRow::Received).unwrap().is_exact());
    /// assert!(!p.get(RequestRow::TotalProcessed).unwrap().is_exact());
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
    pub fn is_exact(&self) -> bool {
        self.fit.is_exact()
    }
}

/// One year of a series: `总计` figures per §3 row, each flagged exact or approximate.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::SeriesPoint;
/// use zfxxgk::{Outcome, RequestRow};
/// use zfxxgk::report::Fit;
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
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::{Cell, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2021);
    /// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(70))?;
    /// let p = SeriesPoint::from_table(2023, &t);
    /// assert_eq!(p.get(RequestRow::Received).map(|v| v.value), Some(70));
    /// assert_eq!(p.get(RequestRow::CarriedIn), None); // blank row: left out
    /// assert!(p.is_exact());
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn from_table(year: i32, table: &RequestTable) -> SeriesPoint {
        let values = table
            .rows()
            .filter_map(|(row, _)| {
                resolve(table, row, RequestColumn::Total).map(|value| {
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
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::{AggregateError, SeriesPoint};
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::report::Fit;
    /// let row = RequestRow::Received;
    /// let p = SeriesPoint::from_mapped(2015, [(row, 1, Fit::Good), (row, 2, Fit::Poor)])?;
    /// assert_eq!(p.get(row).map(|v| (v.value, v.fit)), Some((3, Fit::Poor))); // the worst fit
    /// let e = SeriesPoint::from_mapped(2015, [(row, u64::MAX, Fit::Good), (row, 1, Fit::Good)]);
    /// assert!(matches!(e, Err(AggregateError::Overflow { .. })));
    /// # Ok::<(), AggregateError>(())
    /// ```
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

    /// The figures of a pre-2019 report mapped onto the 2019 rows (DOMAIN.md §5.3): each
    /// legacy reply category through [`crate::report::LegacyOutcome::mapping`] with its fit, `申请总数`
    /// as `received` (good fit: both count applications received in the year) and
    /// `对申请的答复总数` as `total_processed` (partial: legacy forms counted replies, not
    /// finished applications). Categories that map only onto a group (no leaf row) are left
    /// out; the figures of one row add up and keep the worst fit.
    ///
    /// # Errors
    /// [`AggregateError::Overflow`] if the figures of one row add up beyond `u64`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::{Outcome, RequestRow};
    /// use zfxxgk::report::Fit;
    /// let report = zfxxgk::seed::report()?;
    /// let legacy = report.legacy.as_ref().expect("the seed is a pre-2019 report");
    /// let p = SeriesPoint::from_legacy(2016, legacy)?;
    /// assert_eq!(p.get(RequestRow::Outcome(Outcome::Disclosed)).map(|v| (v.value, v.fit)), Some((52, Fit::Good)));
    /// assert_eq!(p.get(RequestRow::Received).map(|v| v.value), Some(55));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_legacy(
        year: i32,
        legacy: &crate::report::LegacyReport,
    ) -> Result<SeriesPoint, AggregateError> {
        let mapped = legacy
            .to_2019_rows()
            .into_iter()
            .filter_map(|m| match m.target {
                crate::report::MappedTo::Row(o) => Some((RequestRow::Outcome(o), m.count, m.fit)),
                _ => None,
            });
        let totals = [
            legacy
                .applications_total
                .map(|n| (RequestRow::Received, n, Fit::Good)),
            legacy
                .replies_total
                .map(|n| (RequestRow::TotalProcessed, n, Fit::Partial)),
        ];
        SeriesPoint::from_mapped(year, mapped.chain(totals.into_iter().flatten()))
    }

    /// The figure of a row.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::report::Fit;
    /// let p = SeriesPoint::from_mapped(2016, [(RequestRow::Received, 55, Fit::Good)])?;
    /// assert_eq!(p.get(RequestRow::Received).map(|v| v.value), Some(55));
    /// assert_eq!(p.get(RequestRow::CarriedIn), None);
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
    pub fn get(&self, row: RequestRow) -> Option<SeriesValue> {
        self.values.get(&row).copied()
    }

    /// Whether every figure is exact.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::report::Fit;
    /// let good = SeriesPoint::from_mapped(2016, [(RequestRow::Received, 55, Fit::Good)])?;
    /// assert!(good.is_exact());
    /// let mixed = SeriesPoint::from_mapped(2016, [
    ///     (RequestRow::Received, 55, Fit::Good),
    ///     (RequestRow::TotalProcessed, 54, Fit::Partial),
    /// ])?;
    /// assert!(!mixed.is_exact());
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
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
    /// use zfxxgk::{Outcome, RequestRow};
    /// use zfxxgk::report::Fit;
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
/// use zfxxgk::RequestRow;
/// use zfxxgk::report::Fit;
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
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Series;
    /// let s = Series::new("津市市");
    /// assert_eq!(s.key, "津市市");
    /// assert!(s.years().is_empty());
    /// ```
    pub fn new(key: impl Into<String>) -> Series {
        Series {
            key: key.into(),
            points: BTreeMap::new(),
        }
    }

    /// The series of the §3 tables of `reports`, pre-2019 reports mapped onto the 2019 rows
    /// with their fit ([`SeriesPoint::from_legacy`]); reports without a year or figures are
    /// left out; of two reports for one year the first is kept.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
    /// use zfxxgk::aggregate::Series;
    /// let legacy = zfxxgk::seed::report()?; // 2016, prose only: mapped onto the 2019 rows
    /// let mut t = RequestTable::new(Template::Std2021);
    /// t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(70))?;
    /// let mut r = AnnualReport::new(ReportFormat::Std2021);
    /// r.meta.year = Some(2021);
    /// r.tables.requests = Some(t);
    /// let s = Series::from_reports("津市市", [&r, &legacy, &AnnualReport::new(ReportFormat::Std2021)]);
    /// assert_eq!(s.years(), vec![2016, 2021]); // the report without a year is left out
    /// assert!(!s.points[&2016].is_exact());
    /// assert_eq!(s.gaps(), vec![2017..=2020]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_reports<'a>(
        key: impl Into<String>,
        reports: impl IntoIterator<Item = &'a AnnualReport>,
    ) -> Series {
        let mut s = Series::new(key);
        for r in reports {
            let Some(year) = r.meta.year else { continue };
            if s.points.contains_key(&year) {
                continue;
            }
            let point = match (&r.tables.requests, &r.legacy) {
                (Some(t), _) => Some(SeriesPoint::from_table(year, t)),
                (None, Some(l)) => SeriesPoint::from_legacy(year, l).ok(),
                (None, None) => None,
            };
            if let Some(p) = point.filter(|p| !p.values.is_empty()) {
                s.points.insert(year, p);
            }
        }
        s
    }

    /// Adds or replaces the point of its year.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::aggregate::Series;
    /// use zfxxgk::report::Fit;
    /// let mut s = Series::new("平潭");
    /// s.insert(SeriesPoint::from_mapped(2021, [(RequestRow::Received, 70, Fit::Good)])?);
    /// s.insert(SeriesPoint::from_mapped(2021, [(RequestRow::Received, 71, Fit::Good)])?);
    /// assert_eq!(s.column(RequestRow::Received).len(), 1);
    /// assert_eq!(s.column(RequestRow::Received)[0].1.value, 71); // replaced
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
    pub fn insert(&mut self, point: SeriesPoint) {
        self.points.insert(point.year, point);
    }

    /// The years present, ascending.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::aggregate::Series;
    /// use zfxxgk::report::Fit;
    /// let mut s = Series::new("平潭");
    /// s.insert(SeriesPoint::from_mapped(2023, [(RequestRow::Received, 1, Fit::Good)])?);
    /// s.insert(SeriesPoint::from_mapped(2020, [(RequestRow::Received, 2, Fit::Good)])?);
    /// assert_eq!(s.years(), vec![2020, 2023]);
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
    pub fn years(&self) -> Vec<i32> {
        self.points.keys().copied().collect()
    }

    /// The runs of years missing between the first and the last (one range per run, so a
    /// series of 1990 and 2990 costs one range, not a thousand years).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::aggregate::Series;
    /// use zfxxgk::report::Fit;
    /// let mut s = Series::new("平潭");
    /// for y in [2015, 2016, 2019, 2023] {
    ///     s.insert(SeriesPoint::from_mapped(y, [(RequestRow::Received, 1, Fit::Good)])?);
    /// }
    /// assert_eq!(s.gaps(), vec![2017..=2018, 2020..=2022]);
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
    pub fn gaps(&self) -> Vec<RangeInclusive<i32>> {
        gaps(&self.years())
    }

    /// One row over the years: `(year, figure)` for every point that has it.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::SeriesPoint;
    /// use zfxxgk::RequestRow;
    /// use zfxxgk::aggregate::Series;
    /// use zfxxgk::report::Fit;
    /// let mut s = Series::new("平潭");
    /// s.insert(SeriesPoint::from_mapped(2021, [(RequestRow::Received, 70, Fit::Good)])?);
    /// s.insert(SeriesPoint::from_mapped(2022, [(RequestRow::CarriedIn, 3, Fit::Good)])?);
    /// let col: Vec<_> = s.column(RequestRow::Received).iter().map(|(y, v)| (*y, v.value)).collect();
    /// assert_eq!(col, vec![(2021, 70)]); // 2022 has no such figure
    /// # Ok::<(), zfxxgk::aggregate::AggregateError>(())
    /// ```
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
            "year 2015, row `received`: the figures add up to more than 18446744073709551615, the largest count"
        );
    }
}
