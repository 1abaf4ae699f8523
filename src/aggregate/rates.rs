//! Rates: exact ratios of §3 and §4 figures, each with its formula, and their change from one
//! year to the next. No floating point: a [`Ratio`] keeps its numerator and denominator and is
//! rounded only when shown as a percentage.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::applicant::RequestColumn;
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::report::policy::resolve;
use crate::report::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, RequestTable};

/// An exact ratio `numerator / denominator` with a non-zero denominator.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::Ratio;
/// let r = Ratio::new(2, 3).unwrap();
/// assert_eq!(r.percent(2).unwrap().to_string(), "66.67");
/// assert!(Ratio::new(1, 0).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ratio {
    /// The numerator.
    pub numerator: u128,
    /// The denominator (never zero).
    pub denominator: u128,
}

impl Ratio {
    /// A ratio, `None` when the denominator is zero.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Ratio;
    /// let r = Ratio::new(35, 69).unwrap();
    /// assert_eq!((r.numerator, r.denominator), (35, 69));
    /// assert_eq!(r.to_string(), "35/69");
    /// assert_eq!(Ratio::new(5, 0), None);
    /// ```
    pub fn new(numerator: u128, denominator: u128) -> Option<Ratio> {
        (denominator != 0).then_some(Ratio {
            numerator,
            denominator,
        })
    }

    /// The ratio × 100 rounded to `dp` decimal places, half to even (banker's rounding), computed
    /// in integers so it is exact up to that one rounding. `None` if `dp` > 18 or the
    /// intermediate product overflows `u128`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Ratio;
    /// let r = Ratio::new(1, 8).unwrap(); // 12.5 %
    /// assert_eq!(r.percent(1).unwrap().to_string(), "12.5");
    /// assert_eq!(r.percent(0).unwrap().to_string(), "12"); // half to even
    /// assert_eq!(Ratio::new(3, 8).unwrap().percent(0).unwrap().to_string(), "38");
    /// assert_eq!(r.percent(19), None);
    /// ```
    pub fn percent(&self, dp: u32) -> Option<Decimal> {
        scaled(
            i128::try_from(self.numerator).ok()?.checked_mul(100)?,
            self.denominator,
            dp,
        )
    }

    /// The same ratio as a share of 1 rounded to `dp` places, half to even.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Ratio;
    /// let r = Ratio::new(1, 8).unwrap();
    /// assert_eq!(r.fraction(3).unwrap().to_string(), "0.125");
    /// assert_eq!(r.fraction(2).unwrap().to_string(), "0.12"); // half to even
    /// ```
    pub fn fraction(&self, dp: u32) -> Option<Decimal> {
        scaled(i128::try_from(self.numerator).ok()?, self.denominator, dp)
    }

    /// `self − earlier` in percentage points, rounded to `dp` places half to even: the exact
    /// difference `a/b − c/d = (a·d − c·b) / (b·d)` is formed first.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Ratio;
    /// let (now, then) = (Ratio::new(1, 3).unwrap(), Ratio::new(1, 6).unwrap());
    /// // 33.33… % − 16.66… % = 16.66… points, rounded once at the end.
    /// assert_eq!(now.points_since(&then, 2).unwrap().to_string(), "16.67");
    /// assert_eq!(then.points_since(&now, 2).unwrap().to_string(), "-16.67");
    /// ```
    pub fn points_since(&self, earlier: &Ratio, dp: u32) -> Option<Decimal> {
        let ad = i128::try_from(self.numerator.checked_mul(earlier.denominator)?).ok()?;
        let cb = i128::try_from(earlier.numerator.checked_mul(self.denominator)?).ok()?;
        let den = self.denominator.checked_mul(earlier.denominator)?;
        scaled(ad.checked_sub(cb)?.checked_mul(100)?, den, dp)
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

/// `num / den` rounded to `dp` places, half to even, exactly.
fn scaled(num: i128, den: u128, dp: u32) -> Option<Decimal> {
    if dp > 18 || den == 0 {
        return None;
    }
    let den = i128::try_from(den).ok()?;
    let n = num.checked_mul(10i128.checked_pow(dp)?)?;
    let (mut q, r) = (n / den, n % den);
    let twice = r.checked_abs()?.checked_mul(2)?;
    let away = if n < 0 { -1 } else { 1 };
    if twice > den || (twice == den && q % 2 != 0) {
        q += away;
    }
    Decimal::try_from_i128_with_scale(q, dp).ok()
}

/// One rate: its id, formula and value.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::Rates;
/// use zfxxgk::{AnnualReport, ReportFormat};
/// let rates = Rates::of(&AnnualReport::new(ReportFormat::Std2021));
/// let r = &rates.disclosure;
/// assert_eq!(r.id, "disclosure_rate");
/// assert_eq!(r.formula, "(disclosed + partially_disclosed) / total_processed");
/// assert_eq!((r.ratio, r.percent), (None, None)); // no §3 table: no guess
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Rate {
    /// Serialized id (`disclosure_rate`, …).
    pub id: &'static str,
    /// The formula in terms of the table's rows.
    pub formula: &'static str,
    /// The exact ratio; `None` when an input is blank or unreadable or the denominator is 0.
    pub ratio: Option<Ratio>,
    /// The ratio × 100 rounded to 2 places (half to even); a percentage, or for
    /// `litigation_per_100` the number per 100 applications.
    pub percent: Option<Decimal>,
}

impl Rate {
    fn new(id: &'static str, formula: &'static str, ratio: Option<Ratio>) -> Rate {
        Rate {
            id,
            formula,
            ratio,
            percent: ratio.and_then(|r| r.percent(2)),
        }
    }
}

/// The rates of one report or one rollup. Every figure is the `总计` column (a blank `总计`
/// is taken from the six applicant columns when they are all filled); a blank or unreadable
/// input makes the rate `None`, never a guess.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::Rates;
/// use zfxxgk::{AnnualReport, Cell, Outcome, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
/// let mut t = RequestTable::new(Template::Std2021);
/// t.set(RequestRow::Outcome(Outcome::Disclosed), RequestColumn::Total, Cell::Value(30))?;
/// t.set(RequestRow::Outcome(Outcome::PartiallyDisclosed), RequestColumn::Total, Cell::Value(5))?;
/// t.set(RequestRow::TotalProcessed, RequestColumn::Total, Cell::Value(69))?;
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.tables.requests = Some(t);
/// let rates = Rates::of(&r);
/// assert_eq!(rates.disclosure.ratio.map(|q| (q.numerator, q.denominator)), Some((35, 69)));
/// assert_eq!(rates.disclosure.percent.unwrap().to_string(), "50.72");
/// assert!(rates.refusal.ratio.is_none()); // the （三） rows are blank
/// # Ok::<(), zfxxgk::ModelError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Rates {
    /// `(（一）予以公开 + （二）部分公开) / （七）总计`.
    pub disclosure: Rate,
    /// `Σ（三）不予公开 1–8 / （七）总计`.
    pub refusal: Rate,
    /// `Σ（四）无法提供 1–3 / （七）总计`.
    pub cannot_provide: Rate,
    /// `行政复议 结果纠正 / (结果维持 + 结果纠正 + 其他结果)`: pending cases (`尚未审结`) are
    /// excluded because they are not decided yet.
    pub reconsideration_correction: Rate,
    /// `Σ litigation 结果纠正 / Σ litigation (结果维持 + 结果纠正 + 其他结果)` over both
    /// litigation blocks (未经复议直接起诉, 复议后起诉); pending cases excluded.
    pub litigation_correction: Rate,
    /// `(未经复议直接起诉 总计 + 复议后起诉 总计) / 一、本年新收`, shown × 100: lawsuits per 100
    /// applications received.
    pub litigation_per_100: Rate,
}

fn req(t: Option<&RequestTable>, row: RequestRow) -> Option<u128> {
    resolve(t?, row, RequestColumn::Total).map(u128::from)
}

fn group(t: Option<&RequestTable>, g: OutcomeGroup) -> Option<u128> {
    let t = t?;
    g.members(t.template()).try_fold(0u128, |acc, o| {
        acc.checked_add(req(Some(t), RequestRow::Outcome(o))?)
    })
}

fn app(t: Option<&AppealsTable>, g: AppealGroup, cols: &[AppealColumn]) -> Option<u128> {
    let t = t?;
    cols.iter()
        .try_fold(0u128, |acc, c| acc.checked_add(u128::from(t.value(g, *c)?)))
}

fn ratio(n: Option<u128>, d: Option<u128>) -> Option<Ratio> {
    Ratio::new(n?, d?)
}

const DECIDED: [AppealColumn; 3] = [
    AppealColumn::Upheld,
    AppealColumn::Corrected,
    AppealColumn::Other,
];
const LITIGATION: [AppealGroup; 2] = [
    AppealGroup::LitigationDirect,
    AppealGroup::LitigationAfterReconsideration,
];

fn both(t: Option<&AppealsTable>, cols: &[AppealColumn]) -> Option<u128> {
    LITIGATION
        .iter()
        .try_fold(0u128, |acc, g| acc.checked_add(app(t, *g, cols)?))
}

impl Rates {
    /// The rates of a report's §3 and §4 tables.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Rates;
    /// use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
    /// let mut t = RequestTable::new(Template::Std2021);
    /// t.set(RequestRow::TotalProcessed, RequestColumn::Total, Cell::Value(0))?;
    /// let mut r = AnnualReport::new(ReportFormat::Std2021);
    /// r.tables.requests = Some(t);
    /// assert!(Rates::of(&r).disclosure.ratio.is_none()); // a blank figure and a zero total
    /// # Ok::<(), zfxxgk::ModelError>(())
    /// ```
    pub fn of(report: &AnnualReport) -> Rates {
        Rates::of_tables(
            report.tables.requests.as_ref(),
            report.tables.appeals.as_ref(),
        )
    }

    /// The rates of a §3 and a §4 table (either may be missing).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Rates;
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let g = AppealGroup::Reconsideration;
    /// let mut t = AppealsTable::default();
    /// t.set(g, AppealColumn::Upheld, Cell::Value(3));
    /// t.set(g, AppealColumn::Corrected, Cell::Value(1));
    /// t.set(g, AppealColumn::Other, Cell::Value(0));
    /// t.set(g, AppealColumn::Pending, Cell::Value(6)); // pending cases are excluded
    /// let rates = Rates::of_tables(None, Some(&t));
    /// assert_eq!(rates.reconsideration_correction.percent.unwrap().to_string(), "25.00");
    /// assert!(rates.disclosure.ratio.is_none());
    /// ```
    pub fn of_tables(requests: Option<&RequestTable>, appeals: Option<&AppealsTable>) -> Rates {
        let total = req(requests, RequestRow::TotalProcessed);
        let disclosed = req(
            requests,
            RequestRow::Outcome(crate::outcome::Outcome::Disclosed),
        )
        .zip(req(
            requests,
            RequestRow::Outcome(crate::outcome::Outcome::PartiallyDisclosed),
        ))
        .and_then(|(a, b)| a.checked_add(b));
        let rec = AppealGroup::Reconsideration;
        Rates {
            disclosure: Rate::new(
                "disclosure_rate",
                "(disclosed + partially_disclosed) / total_processed",
                ratio(disclosed, total),
            ),
            refusal: Rate::new(
                "refusal_share",
                "sum(withheld_*) / total_processed",
                ratio(group(requests, OutcomeGroup::Withheld), total),
            ),
            cannot_provide: Rate::new(
                "cannot_provide_share",
                "sum(unavailable_*) / total_processed",
                ratio(group(requests, OutcomeGroup::Unavailable), total),
            ),
            reconsideration_correction: Rate::new(
                "reconsideration_correction_rate",
                "reconsideration.corrected / reconsideration.(upheld + corrected + other); pending excluded",
                ratio(app(appeals, rec, &[AppealColumn::Corrected]), app(appeals, rec, &DECIDED)),
            ),
            litigation_correction: Rate::new(
                "litigation_correction_rate",
                "litigation_*.corrected / litigation_*.(upheld + corrected + other); pending excluded",
                ratio(both(appeals, &[AppealColumn::Corrected]), both(appeals, &DECIDED)),
            ),
            litigation_per_100: Rate::new(
                "litigation_per_100_applications",
                "(litigation_direct.total + litigation_after_reconsideration.total) / received × 100",
                ratio(both(appeals, &[AppealColumn::Total]), req(requests, RequestRow::Received)),
            ),
        }
    }

    /// Every rate in a fixed order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Rates;
    /// let rates = Rates::of_tables(None, None);
    /// let ids: Vec<_> = rates.all().iter().map(|r| r.id).collect();
    /// assert_eq!(ids[0], "disclosure_rate");
    /// assert_eq!(ids[5], "litigation_per_100_applications");
    /// ```
    pub fn all(&self) -> [&Rate; 6] {
        [
            &self.disclosure,
            &self.refusal,
            &self.cannot_provide,
            &self.reconsideration_correction,
            &self.litigation_correction,
            &self.litigation_per_100,
        ]
    }

    /// The change of every rate since `earlier` (year over year), in percentage points (for
    /// `litigation_per_100`: per 100 applications), rounded to 2 places half to even; `None`
    /// where either year's rate is `None`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::aggregate::Rates;
    /// use zfxxgk::{AppealColumn, AppealGroup, AppealsTable, Cell};
    /// let year = |corrected: u64| {
    ///     let mut t = AppealsTable::default();
    ///     t.set(AppealGroup::Reconsideration, AppealColumn::Upheld, Cell::Value(4 - corrected));
    ///     t.set(AppealGroup::Reconsideration, AppealColumn::Corrected, Cell::Value(corrected));
    ///     t.set(AppealGroup::Reconsideration, AppealColumn::Other, Cell::Value(0));
    ///     Rates::of_tables(None, Some(&t))
    /// };
    /// let change = year(2).change_since(&year(1)); // 50 % after 25 %
    /// assert_eq!(change[3].id, "reconsideration_correction_rate");
    /// assert_eq!(change[3].points.unwrap().to_string(), "25.00");
    /// assert_eq!(change[0].points, None); // no §3 table either year
    /// ```
    pub fn change_since(&self, earlier: &Rates) -> Vec<RateChange> {
        self.all()
            .iter()
            .zip(earlier.all())
            .map(|(now, then)| RateChange {
                id: now.id,
                points: now
                    .ratio
                    .zip(then.ratio)
                    .and_then(|(a, b)| a.points_since(&b, 2)),
            })
            .collect()
    }
}

/// The change of one rate between two years.
///
/// # Example
/// ```
/// use zfxxgk::aggregate::Rates;
/// let none = Rates::of_tables(None, None);
/// let c = &none.change_since(&none)[0];
/// assert_eq!((c.id, c.points), ("disclosure_rate", None));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct RateChange {
    /// The rate id.
    pub id: &'static str,
    /// The change in percentage points, `None` if either year's rate is unknown.
    pub points: Option<Decimal>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Cell;

    #[test]
    fn rounding_is_half_to_even_and_exact() {
        assert_eq!(scaled(1, 8, 2).unwrap().to_string(), "0.12"); // 0.125 → 0.12
        assert_eq!(scaled(3, 8, 2).unwrap().to_string(), "0.38"); // 0.375 → 0.38
        assert_eq!(scaled(-1, 8, 2).unwrap().to_string(), "-0.12");
        assert_eq!(scaled(-3, 8, 2).unwrap().to_string(), "-0.38");
        assert_eq!(scaled(2, 3, 4).unwrap().to_string(), "0.6667");
        assert_eq!(scaled(1, 0, 2), None);
        assert_eq!(scaled(1, 3, 19), None);
    }

    fn report() -> AnnualReport {
        use crate::law::{ReportFormat, Template};
        use crate::outcome::Outcome;
        let mut t = RequestTable::new(Template::Std2019);
        let mut set =
            |row: RequestRow, v: u64| t.set(row, RequestColumn::Total, Cell::Value(v)).unwrap();
        set(RequestRow::Received, 200);
        set(RequestRow::TotalProcessed, 80);
        set(RequestRow::Outcome(Outcome::Disclosed), 40);
        set(RequestRow::Outcome(Outcome::PartiallyDisclosed), 8);
        for o in OutcomeGroup::Withheld.members(Template::Std2019) {
            set(RequestRow::Outcome(o), 1); // 8 rows
        }
        for o in OutcomeGroup::Unavailable.members(Template::Std2019) {
            set(RequestRow::Outcome(o), 2); // 3 rows
        }
        let mut a = AppealsTable::default();
        let block = |v: [u64; 5]| v.map(Cell::Value);
        a.set_block(AppealGroup::Reconsideration, block([3, 1, 0, 6, 10]));
        a.set_block(AppealGroup::LitigationDirect, block([2, 1, 1, 1, 5]));
        a.set_block(
            AppealGroup::LitigationAfterReconsideration,
            block([1, 0, 0, 0, 1]),
        );
        let mut r = AnnualReport::new(ReportFormat::Std2019);
        r.tables.requests = Some(t);
        r.tables.appeals = Some(a);
        r
    }

    fn pair(r: &Rate) -> Option<(u128, u128)> {
        r.ratio.map(|q| (q.numerator, q.denominator))
    }

    #[test]
    fn each_rate_follows_its_formula() {
        let rates = Rates::of(&report());
        assert_eq!(pair(&rates.disclosure), Some((48, 80)));
        assert_eq!(pair(&rates.refusal), Some((8, 80)));
        assert_eq!(pair(&rates.cannot_provide), Some((6, 80)));
        // Pending (6) is excluded: 1 corrected of 3 + 1 + 0 decided.
        assert_eq!(pair(&rates.reconsideration_correction), Some((1, 4)));
        assert_eq!(pair(&rates.litigation_correction), Some((1, 5)));
        assert_eq!(pair(&rates.litigation_per_100), Some((6, 200)));
        assert_eq!(
            rates.litigation_per_100.percent.unwrap().to_string(),
            "3.00"
        );
    }

    #[test]
    fn zero_denominators_and_blank_inputs_give_none() {
        let mut r = report();
        let t = r.tables.requests.as_mut().unwrap();
        t.set(
            RequestRow::TotalProcessed,
            RequestColumn::Total,
            Cell::Value(0),
        )
        .unwrap();
        t.set(RequestRow::Received, RequestColumn::Total, Cell::Blank)
            .unwrap();
        let rates = Rates::of(&r);
        assert!(rates.disclosure.ratio.is_none() && rates.refusal.ratio.is_none());
        assert!(rates.litigation_per_100.ratio.is_none());
        assert!(rates.reconsideration_correction.ratio.is_some());
        let empty = Rates::of(&AnnualReport::new(crate::law::ReportFormat::Std2021));
        assert!(empty
            .all()
            .iter()
            .all(|r| r.ratio.is_none() && r.percent.is_none()));
        let change = rates.change_since(&empty);
        assert!(change.iter().all(|c| c.points.is_none()));
    }

    #[test]
    fn points_since_is_exact() {
        let a = Ratio::new(1, 3).unwrap();
        let b = Ratio::new(1, 4).unwrap();
        // 33.333… − 25 = 8.333…
        assert_eq!(a.points_since(&b, 2).unwrap().to_string(), "8.33");
        assert_eq!(b.points_since(&a, 2).unwrap().to_string(), "-8.33");
        let huge = Ratio::new(u128::MAX, 1).unwrap();
        assert_eq!(huge.points_since(&a, 2), None);
    }
}
