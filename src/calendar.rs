//! Working days (`工作日`): the official holiday arrangements of the PRC as a calendar.
//!
//! The regulation counts every period in working days (2019 art. 30, 32, 33, 34; 2008 art. 24)
//! but does not define the term. This crate takes the usual reading (DOMAIN.md §1.3, the
//! official definition is UNCONFIRMED): Monday–Friday are working days and Saturday–Sunday rest
//! days, except for the days the State Council General Office's yearly notice on holiday
//! arrangements makes days off (statutory holidays and bridged days, kind `off`) or makes
//! working days (`调休`, an adjusted working weekend day, kind `work`).
//!
//! The arrangements for [`EMBEDDED_YEARS`] are embedded from `data/cn-workday-calendar.tsv`
//! (its header names its source). Next year's arrangement is published each November; load it
//! at run time with [`WorkCalendar::with_tsv`] in the same format. A date outside the covered
//! years is an error ([`CalendarError::OutOfRange`]), never a guess.
//!
//! Periods follow the Civil Code art. 201 counting rule (`开始的当日不计入，自下一日开始计算`):
//! the start day is never counted, so [`WorkCalendar::add_working_days`] returns the n-th
//! working day strictly after the start, and [`WorkCalendar::working_days_between`] counts the
//! working days in `(start, end]`.
//!
//! Representation: one cumulative working-day count per covered day, so
//! [`WorkCalendar::is_working_day`] and [`WorkCalendar::working_days_between`] are O(1) and
//! [`WorkCalendar::add_working_days`] is a binary search, O(log n).
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use zfxxgk::calendar::WorkCalendar;
//! let cal = WorkCalendar::embedded();
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! // Sunday 2024-09-29 was an adjusted working day before National Day.
//! assert!(cal.is_working_day(d(2024, 9, 29))?);
//! assert!(!cal.is_working_day(d(2024, 10, 1))?);
//! assert_eq!(cal.add_working_days(d(2024, 9, 27), 20)?, d(2024, 10, 30));
//! assert!(cal.is_working_day(d(2031, 1, 2)).is_err());
//! # Ok::<(), zfxxgk::calendar::CalendarError>(())
//! ```

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate, Weekday};
use thiserror::Error;

/// The years whose official arrangements are embedded in the crate.
///
/// # Example
/// ```
/// use zfxxgk::calendar::{WorkCalendar, EMBEDDED_YEARS};
/// assert_eq!(EMBEDDED_YEARS, 2008..=2026);
/// assert_eq!(WorkCalendar::official().coverage(), EMBEDDED_YEARS);
/// ```
pub const EMBEDDED_YEARS: RangeInclusive<i32> = 2008..=2026;

/// The embedded data: `data/cn-workday-calendar.tsv`, whose first line names its source.
///
/// # Example
/// ```
/// use zfxxgk::calendar::{WorkCalendar, EMBEDDED_TSV};
/// assert!(EMBEDDED_TSV.starts_with("# Official public-holiday arrangements"));
/// assert_eq!(WorkCalendar::from_tsv(EMBEDDED_TSV)?, WorkCalendar::embedded());
/// # Ok::<(), zfxxgk::calendar::CalendarError>(())
/// ```
pub const EMBEDDED_TSV: &str = include_str!("../data/cn-workday-calendar.tsv");

/// The earliest and latest year a calendar accepts from TSV data (keeps hostile input small).
const YEAR_LIMITS: RangeInclusive<i32> = 1949..=2199;

/// A calendar could not be built or a date is outside it.
///
/// # Example
/// ```
/// use zfxxgk::calendar::WorkCalendar;
/// let e = WorkCalendar::from_tsv("2024-10-08\twork\n").unwrap_err();
/// assert_eq!(e.to_string(), "calendar line 1: 2024-10-08 is a Tue, so it cannot be an adjusted working weekend day");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The date is in a year the calendar does not cover.
    #[error("{date} is outside the working-day calendar, which covers {first}..={last}")]
    OutOfRange {
        /// The date asked about.
        date: NaiveDate,
        /// First covered year.
        first: i32,
        /// Last covered year.
        last: i32,
    },
    /// Counting forward ran past the last covered day.
    #[error("{days} working days after {start} falls after the end of the working-day calendar ({last}-12-31)")]
    PastEnd {
        /// The start day.
        start: NaiveDate,
        /// The working days to add.
        days: u64,
        /// Last covered year.
        last: i32,
    },
    /// An interval whose end is before its start.
    #[error("interval end {end} is before its start {start}")]
    Reversed {
        /// Start of the interval.
        start: NaiveDate,
        /// End of the interval.
        end: NaiveDate,
    },
    /// A line of calendar TSV that cannot be read.
    #[error("calendar line {line}: {reason}")]
    Tsv {
        /// 1-based line number.
        line: usize,
        /// Why the line was refused.
        reason: String,
    },
    /// Loaded data for a year the calendar already covers.
    #[error("year {year} is already covered by the calendar")]
    YearAlreadyCovered {
        /// The year.
        year: i32,
    },
    /// The covered years would not be contiguous.
    #[error("calendar data has no row for year {year}, but the covered years must be contiguous")]
    Gap {
        /// The first missing year.
        year: i32,
    },
    /// The TSV data has no rows.
    #[error("calendar data has no rows")]
    Empty,
}

/// What an official arrangement makes of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Exception {
    /// `off`: a statutory holiday or a bridged day.
    Off,
    /// `work`: a weekend day made a working day (`调休`).
    Work,
}

/// The working-day calendar: the official arrangements of a contiguous run of years.
///
/// Built from the embedded data ([`WorkCalendar::embedded`]) or from TSV
/// ([`WorkCalendar::from_tsv`]), and extendable with further years
/// ([`WorkCalendar::with_tsv`]).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// // The 2027 arrangement, loaded at run time (illustrative rows).
/// let tsv = "date\tkind\tholiday\tholiday_zh\n2027-01-01\toff\tNew Year's Day\t元旦\n";
/// let cal = WorkCalendar::embedded().with_tsv(tsv)?;
/// assert_eq!(cal.coverage(), 2008..=2027);
/// let d = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
/// assert!(!cal.is_working_day(d)?);
/// # Ok::<(), zfxxgk::calendar::CalendarError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkCalendar {
    first_year: i32,
    last_year: i32,
    /// `num_days_from_ce` of 1 January of `first_year`.
    first_ce: i32,
    /// `cum[i]` = working days among the covered days `0..i`; one entry per day plus one.
    cum: Vec<u32>,
    exceptions: BTreeMap<NaiveDate, Exception>,
}

impl WorkCalendar {
    /// The embedded official arrangements for [`EMBEDDED_YEARS`] (built once per process,
    /// then cloned).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::calendar::{WorkCalendar, EMBEDDED_YEARS};
    /// let cal = WorkCalendar::embedded();
    /// assert_eq!(cal.coverage(), EMBEDDED_YEARS);
    /// assert_eq!(&cal, WorkCalendar::official());
    /// ```
    pub fn embedded() -> WorkCalendar {
        Self::official().clone()
    }

    /// The embedded official arrangements, shared: no copy, built on first use.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::calendar::WorkCalendar;
    /// let d = chrono::NaiveDate::from_ymd_opt(2024, 10, 1).unwrap();
    /// assert!(!WorkCalendar::official().is_working_day(d)?);
    /// # Ok::<(), zfxxgk::calendar::CalendarError>(())
    /// ```
    pub fn official() -> &'static WorkCalendar {
        static OFFICIAL: std::sync::OnceLock<WorkCalendar> = std::sync::OnceLock::new();
        // The embedded data is checked by the unit test `embedded_data_is_valid`.
        OFFICIAL.get_or_init(|| {
            WorkCalendar::from_tsv(EMBEDDED_TSV).expect("embedded calendar data is valid")
        })
    }

    /// A calendar covering exactly the years that appear in `tsv`.
    ///
    /// The format is the one of `data/cn-workday-calendar.tsv`: `#` comment lines, an optional
    /// header line starting with `date`, then tab-separated rows `YYYY-MM-DD`, `off|work`, and
    /// optional description columns. A `work` day must be a Saturday or Sunday.
    ///
    /// # Errors
    /// [`CalendarError::Tsv`] naming the line, [`CalendarError::Gap`] if the years are not
    /// contiguous, [`CalendarError::Empty`] without rows.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::{CalendarError, WorkCalendar};
    /// let tsv = "# illustrative\ndate\tkind\n2027-01-01\toff\n2027-02-06\twork\n";
    /// let cal = WorkCalendar::from_tsv(tsv)?;
    /// assert_eq!(cal.coverage(), 2027..=2027);
    /// // Saturday 2027-02-06 is an adjusted working day (`调休`), Friday 2027-01-01 a holiday.
    /// assert!(cal.is_working_day(NaiveDate::from_ymd_opt(2027, 2, 6).unwrap())?);
    /// assert!(!cal.is_working_day(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap())?);
    /// assert_eq!(WorkCalendar::from_tsv("# nothing\n"), Err(CalendarError::Empty));
    /// # Ok::<(), CalendarError>(())
    /// ```
    pub fn from_tsv(tsv: &str) -> Result<WorkCalendar, CalendarError> {
        let exceptions = parse_tsv(tsv)?;
        WorkCalendar::build(exceptions)
    }

    /// This calendar extended with the years in `tsv` (same format as
    /// [`WorkCalendar::from_tsv`]), e.g. next year's arrangement published each November.
    ///
    /// # Errors
    /// As [`WorkCalendar::from_tsv`], plus [`CalendarError::YearAlreadyCovered`] for a year
    /// this calendar has, and [`CalendarError::Gap`] if the new years do not adjoin it.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::calendar::{CalendarError, WorkCalendar};
    /// let cal = WorkCalendar::embedded();
    /// assert_eq!(cal.with_tsv("2027-01-01\toff\n")?.coverage(), 2008..=2027);
    /// // 2026 is embedded already; 2028 would leave 2027 uncovered.
    /// assert_eq!(cal.with_tsv("2026-01-01\toff\n"), Err(CalendarError::YearAlreadyCovered { year: 2026 }));
    /// assert_eq!(cal.with_tsv("2028-01-01\toff\n"), Err(CalendarError::Gap { year: 2027 }));
    /// # Ok::<(), CalendarError>(())
    /// ```
    pub fn with_tsv(&self, tsv: &str) -> Result<WorkCalendar, CalendarError> {
        let added = parse_tsv(tsv)?;
        let mut all = self.exceptions.clone();
        for (date, kind) in added {
            if self.coverage().contains(&date.year()) {
                return Err(CalendarError::YearAlreadyCovered { year: date.year() });
            }
            all.insert(date, kind);
        }
        let mut cal = WorkCalendar::build(all)?;
        // Years of `self` without exceptions stay covered.
        cal.first_year = cal.first_year.min(self.first_year);
        cal.last_year = cal.last_year.max(self.last_year);
        WorkCalendar::rebuild(cal)
    }

    fn build(exceptions: BTreeMap<NaiveDate, Exception>) -> Result<WorkCalendar, CalendarError> {
        let (Some(first), Some(last)) = (exceptions.keys().next(), exceptions.keys().next_back())
        else {
            return Err(CalendarError::Empty);
        };
        let (first_year, last_year) = (first.year(), last.year());
        let mut years: Vec<i32> = exceptions.keys().map(Datelike::year).collect();
        years.dedup();
        if let Some(w) = years.windows(2).find(|w| w[1] - w[0] > 1) {
            return Err(CalendarError::Gap { year: w[0] + 1 });
        }
        WorkCalendar::rebuild(WorkCalendar {
            first_year,
            last_year,
            first_ce: 0,
            cum: Vec::new(),
            exceptions,
        })
    }

    /// Recomputes `first_ce` and the cumulative counts from the years and exceptions.
    fn rebuild(mut cal: WorkCalendar) -> Result<WorkCalendar, CalendarError> {
        let start = jan1(cal.first_year)?;
        let end = jan1(cal.last_year + 1)?;
        cal.first_ce = start.num_days_from_ce();
        let days = usize::try_from(end.num_days_from_ce() - cal.first_ce).unwrap_or(0);
        let mut cum = Vec::with_capacity(days + 1);
        let mut n = 0u32;
        cum.push(n);
        for d in start.iter_days().take(days) {
            let working = match cal.exceptions.get(&d) {
                Some(Exception::Off) => false,
                Some(Exception::Work) => true,
                None => !is_weekend(d),
            };
            n += u32::from(working);
            cum.push(n);
        }
        cal.cum = cum;
        Ok(cal)
    }

    /// The covered years.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::calendar::WorkCalendar;
    /// assert_eq!(WorkCalendar::official().coverage(), 2008..=2026);
    /// ```
    pub fn coverage(&self) -> RangeInclusive<i32> {
        self.first_year..=self.last_year
    }

    /// Whether `date` is inside the covered years.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::WorkCalendar;
    /// let cal = WorkCalendar::official();
    /// assert!(cal.covers(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()));
    /// assert!(!cal.covers(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()));
    /// ```
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.coverage().contains(&date.year())
    }

    /// The day index of `date`, or an error outside the coverage.
    fn index(&self, date: NaiveDate) -> Result<usize, CalendarError> {
        let i = i64::from(date.num_days_from_ce()) - i64::from(self.first_ce);
        match usize::try_from(i) {
            Ok(i) if i + 1 < self.cum.len() => Ok(i),
            _ => Err(self.out_of_range(date)),
        }
    }

    fn out_of_range(&self, date: NaiveDate) -> CalendarError {
        CalendarError::OutOfRange {
            date,
            first: self.first_year,
            last: self.last_year,
        }
    }

    /// Working days among days `0..i` (with `i` at most the number of days).
    fn cum_at(&self, i: usize) -> u32 {
        self.cum.get(i).copied().unwrap_or(0)
    }

    /// Whether `date` is a working day (`工作日`).
    ///
    /// # Errors
    /// [`CalendarError::OutOfRange`] if the year is not covered.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::WorkCalendar;
    /// let cal = WorkCalendar::official();
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
    /// assert!(cal.is_working_day(d(10, 8))?);   // Tuesday after National Day
    /// assert!(!cal.is_working_day(d(10, 7))?);  // Monday, still a holiday
    /// assert!(cal.is_working_day(d(10, 12))?);  // Saturday made a working day (`调休`)
    /// assert!(cal.is_working_day(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()).is_err());
    /// # Ok::<(), zfxxgk::calendar::CalendarError>(())
    /// ```
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        let i = self.index(date)?;
        Ok(self.cum_at(i + 1) > self.cum_at(i))
    }

    /// The `n`-th working day strictly after `start` (the start day is not counted, Civil Code
    /// art. 201); `start` itself for `n == 0`. `start` need not be a working day.
    ///
    /// # Errors
    /// [`CalendarError::OutOfRange`] if `start` is not covered, [`CalendarError::PastEnd`] if
    /// the result would be after the last covered day.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::WorkCalendar;
    /// let cal = WorkCalendar::embedded();
    /// let sat = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    /// assert_eq!(cal.add_working_days(sat, 1)?, NaiveDate::from_ymd_opt(2024, 6, 3).unwrap());
    /// # Ok::<(), zfxxgk::calendar::CalendarError>(())
    /// ```
    pub fn add_working_days(&self, start: NaiveDate, n: u64) -> Result<NaiveDate, CalendarError> {
        let s = self.index(start)?;
        if n == 0 {
            return Ok(start);
        }
        let past_end = || CalendarError::PastEnd {
            start,
            days: n,
            last: self.last_year,
        };
        let target = u64::from(self.cum_at(s + 1))
            .checked_add(n)
            .and_then(|t| u32::try_from(t).ok())
            .ok_or_else(past_end)?;
        // First p with cum[p] >= target; day p - 1 is then the target working day.
        let p = self.cum.partition_point(|&c| c < target);
        if p >= self.cum.len() {
            return Err(past_end());
        }
        let offset = p
            .checked_sub(1 + s)
            .and_then(|o| u64::try_from(o).ok())
            .ok_or_else(past_end)?;
        start
            .checked_add_days(chrono::Days::new(offset))
            .ok_or_else(past_end)
    }

    /// The number of working days `d` with `start < d <= end` (the start day is not counted);
    /// 0 when `start == end`.
    ///
    /// # Errors
    /// [`CalendarError::OutOfRange`] if either date is not covered, [`CalendarError::Reversed`]
    /// if `end < start`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::WorkCalendar;
    /// let cal = WorkCalendar::embedded();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert_eq!(cal.working_days_between(d(9, 27), d(10, 30))?, 20);
    /// # Ok::<(), zfxxgk::calendar::CalendarError>(())
    /// ```
    pub fn working_days_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<u64, CalendarError> {
        if end < start {
            return Err(CalendarError::Reversed { start, end });
        }
        let (s, e) = (self.index(start)?, self.index(end)?);
        Ok(u64::from(self.cum_at(e + 1) - self.cum_at(s + 1)))
    }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn jan1(year: i32) -> Result<NaiveDate, CalendarError> {
    NaiveDate::from_ymd_opt(year, 1, 1).ok_or(CalendarError::Tsv {
        line: 0,
        reason: format!("year {year} is not representable"),
    })
}

/// Parses a strict ISO date `YYYY-MM-DD` (four-digit year, two-digit month and day), the only
/// date form the crate's data files and CSV accept. Crate-private: callers parse dates with
/// `chrono` (`NaiveDate::parse_from_str(s, "%Y-%m-%d")`).
pub(crate) fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let y = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(y, num(5..7)?, num(8..10)?)
}

fn parse_tsv(tsv: &str) -> Result<BTreeMap<NaiveDate, Exception>, CalendarError> {
    let mut out = BTreeMap::new();
    for (n, raw) in tsv.lines().enumerate() {
        let line = n + 1;
        let text = raw.trim_end_matches('\r');
        if text.trim().is_empty() || text.starts_with('#') || text.starts_with("date\t") {
            continue;
        }
        let err = |reason: String| CalendarError::Tsv { line, reason };
        let mut fields = text.split('\t');
        let date_s = fields.next().unwrap_or_default().trim();
        let kind_s = fields.next().map(str::trim).unwrap_or_default();
        let date = parse_iso_date(date_s)
            .ok_or_else(|| err(format!("`{date_s}` is not a date in the form YYYY-MM-DD")))?;
        if !YEAR_LIMITS.contains(&date.year()) {
            return Err(err(format!(
                "year {} is outside the accepted years {}..={}",
                date.year(),
                YEAR_LIMITS.start(),
                YEAR_LIMITS.end()
            )));
        }
        let kind = match kind_s {
            "off" => Exception::Off,
            "work" if is_weekend(date) => Exception::Work,
            "work" => {
                return Err(err(format!(
                    "{date} is a {:?}, so it cannot be an adjusted working weekend day",
                    date.weekday()
                )))
            }
            other => return Err(err(format!("kind `{other}` is not `off` or `work`"))),
        };
        if out.insert(date, kind).is_some() {
            return Err(err(format!("{date} appears twice")));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn embedded_data_is_valid() {
        let cal = WorkCalendar::from_tsv(EMBEDDED_TSV).unwrap();
        assert_eq!(cal.coverage(), EMBEDDED_YEARS);
        assert!(EMBEDDED_TSV.starts_with("# Official public-holiday arrangements"));
    }

    #[test]
    fn tsv_errors_name_the_line() {
        let e = WorkCalendar::from_tsv("date\tkind\n2024-10-08\twork\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "calendar line 2: 2024-10-08 is a Tue, so it cannot be an adjusted working weekend day"
        );
        let e = WorkCalendar::from_tsv("2024-13-01\toff\n").unwrap_err();
        assert!(e.to_string().starts_with("calendar line 1: `2024-13-01`"));
        let e = WorkCalendar::from_tsv("2024-10-01\tholiday\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "calendar line 1: kind `holiday` is not `off` or `work`"
        );
        let e = WorkCalendar::from_tsv("2024-10-01\toff\n2024-10-01\toff\n").unwrap_err();
        assert_eq!(e.to_string(), "calendar line 2: 2024-10-01 appears twice");
        assert_eq!(
            WorkCalendar::from_tsv("# nothing\n"),
            Err(CalendarError::Empty)
        );
        let e = WorkCalendar::from_tsv("2022-01-01\toff\n2024-10-01\toff\n").unwrap_err();
        assert_eq!(e, CalendarError::Gap { year: 2023 });
        let e = WorkCalendar::from_tsv("9999-01-01\toff\n").unwrap_err();
        assert!(matches!(e, CalendarError::Tsv { line: 1, .. }));
    }

    #[test]
    fn extension_must_adjoin_and_not_overlap() {
        let cal = WorkCalendar::embedded();
        assert_eq!(
            cal.with_tsv("2026-01-01\toff\n").unwrap_err(),
            CalendarError::YearAlreadyCovered { year: 2026 }
        );
        assert_eq!(
            cal.with_tsv("2028-01-01\toff\n").unwrap_err(),
            CalendarError::Gap { year: 2027 }
        );
        let ext = cal.with_tsv("2027-01-01\toff\n").unwrap();
        assert_eq!(ext.coverage(), 2008..=2027);
        // Friday 2026-12-25 + 5 working days = Friday 2027-01-01 is off → Monday 2027-01-04.
        assert_eq!(
            ext.add_working_days(d(2026, 12, 25), 5).unwrap(),
            d(2027, 1, 4)
        );
        assert!(cal.add_working_days(d(2026, 12, 25), 5).is_err());
    }

    #[test]
    fn strict_dates() {
        assert_eq!(parse_iso_date("2019-05-15"), Some(d(2019, 5, 15)));
        for bad in [
            "2019-5-15",
            "2019/05/15",
            "20190515",
            "2019-05-1x",
            "+019-05-15",
            "",
            "2024/09-27",
            "2024-09/27",
            "20240-9-27",
            "2024-02-30",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }
}
