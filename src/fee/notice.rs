//! The fee notice (`收费通知`) and its payment period (DOMAIN.md §4.3).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fee::month::ApplicationFee;
use crate::fee::schedule::BandCharge;
use crate::fee::{FeeBasis, FeeError, FeeMethod};

/// Working days the applicant has to pay, counted from the day after receiving the notice
/// (四川 restatement of the measures, [`FeeBasis::SichuanNotice2021`]; the national article is
/// UNCONFIRMED).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::fee::PAYMENT_PERIOD_WORKING_DAYS;
/// assert_eq!(PAYMENT_PERIOD_WORKING_DAYS, 20);
/// // A notice received on Friday 2024-09-27: the National Day holiday does not count.
/// let cal = WorkCalendar::official();
/// let received = NaiveDate::from_ymd_opt(2024, 9, 27).unwrap();
/// let pay_by = cal.add_working_days(received, PAYMENT_PERIOD_WORKING_DAYS.into())?;
/// assert_eq!(pay_by, NaiveDate::from_ymd_opt(2024, 10, 30).unwrap());
/// # Ok::<(), zfxxgk::calendar::CalendarError>(())
/// ```
pub const PAYMENT_PERIOD_WORKING_DAYS: u32 = 20;

/// A working-day calendar: the crate's calendar module, or any closure
/// `Fn(NaiveDate, u32) -> Option<NaiveDate>`.
///
/// `add_working_days(date, n)` is the date of the `n`-th working day after `date`, not counting
/// `date` itself (so counting starts on the day after), or `None` when the calendar does not
/// cover the dates.
///
/// # Example
/// ```
/// use chrono::{Datelike, Duration, NaiveDate, Weekday};
/// use zfxxgk::fee::WorkingDays;
/// // Weekdays only: a stand-in for tests; real deadlines need the official holiday calendar.
/// let weekdays = |mut d: NaiveDate, mut n: u32| {
///     while n > 0 {
///         d = d.succ_opt()?;
///         if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) { n -= 1; }
///     }
///     Some(d)
/// };
/// let fri = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
/// assert_eq!(weekdays.add_working_days(fri, 1), NaiveDate::from_ymd_opt(2024, 3, 4));
/// ```
pub trait WorkingDays {
    /// The `n`-th working day after `date` (not counting `date`), if covered.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::WorkCalendar;
    /// use zfxxgk::fee::WorkingDays;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
    /// // The official calendar through the trait: `None` outside the embedded years.
    /// let cal: &dyn WorkingDays = WorkCalendar::official();
    /// assert_eq!(cal.add_working_days(d(2024, 9, 30).unwrap(), 1), d(2024, 10, 8));
    /// assert_eq!(cal.add_working_days(d(2026, 12, 31).unwrap(), 1), None);
    /// ```
    fn add_working_days(&self, date: NaiveDate, n: u32) -> Option<NaiveDate>;
}

/// The official calendar: the `n`-th working day after `date` on the State Council's holiday
/// arrangements; `None` outside the covered years.
impl WorkingDays for crate::calendar::WorkCalendar {
    fn add_working_days(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        crate::calendar::WorkCalendar::add_working_days(self, date, u64::from(n)).ok()
    }
}

impl<F: Fn(NaiveDate, u32) -> Option<NaiveDate>> WorkingDays for F {
    fn add_working_days(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        self(date, n)
    }
}

/// A fee notice (`收费通知`): the amount, the method and its rates, the legal basis and the
/// day by which to pay.
///
/// The agency sends it within the application's handling period through the channel the
/// applicant chose; the applicant pays within 20 working days counted from the day after
/// receiving it, or the application is treated as abandoned and counted in §3 row
/// `（六）2` (`other_fee_unpaid`, 2021 format). Whether the notice–payment time is excluded
/// from the reply period is UNCONFIRMED and not modelled.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::fee::{assess_month, Charging, FeeNotice, FeePolicy, MonthApplication};
/// let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
/// let fees = assess_month(&FeePolicy::default(),
///     &[MonthApplication::new("A1", "某局", d, Charging::PerVolume { pages: 150 })])?;
/// let received = NaiveDate::from_ymd_opt(2024, 3, 8).unwrap();
/// let pay_by = NaiveDate::from_ymd_opt(2024, 4, 8).unwrap(); // from the official calendar
/// let n = FeeNotice::with_due_date(&fees[0], received, pay_by)?;
/// assert_eq!(n.amount, 1700.into());
/// assert!(n.is_late(NaiveDate::from_ymd_opt(2024, 4, 9).unwrap()));
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeeNotice {
    /// The application the notice is for.
    pub application: String,
    /// The agency sending it.
    pub agency: String,
    /// The method (`按件计收` or `按量计收`).
    pub method: FeeMethod,
    /// Units charged (件 or pages).
    pub quantity: u64,
    /// The amount due in 元 (whole yuan under the national rates).
    pub amount: Decimal,
    /// The rates applied, band by band.
    pub rates: Vec<BandCharge>,
    /// The legal basis stated on the notice.
    pub basis: Vec<FeeBasis>,
    /// The day the applicant received the notice.
    pub received_on: NaiveDate,
    /// The last day to pay.
    pub pay_by: NaiveDate,
}

impl FeeNotice {
    /// A notice for `fee`, received on `received_on`, due after
    /// [`PAYMENT_PERIOD_WORKING_DAYS`] working days of `calendar`.
    ///
    /// # Errors
    /// [`FeeError::NothingDue`] if the fee is zero; [`FeeError::CalendarNotCovered`] if the
    /// calendar cannot count the period.
    ///
    /// # Example
    /// ```
    /// use chrono::{Duration, NaiveDate};
    /// use zfxxgk::fee::{assess_month, Charging, FeeNotice, FeePolicy, MonthApplication};
    /// let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
    /// let fees = assess_month(&FeePolicy::default(),
    ///     &[MonthApplication::new("A1", "某局", d, Charging::PerVolume { pages: 31 })])?;
    /// // A toy calendar where every day is a working day.
    /// let every_day = |d: NaiveDate, n: u32| d.checked_add_signed(Duration::days(n.into()));
    /// let n = FeeNotice::new(&fees[0], d, &every_day)?;
    /// assert_eq!(n.pay_by, NaiveDate::from_ymd_opt(2024, 3, 25).unwrap());
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn new(
        fee: &ApplicationFee,
        received_on: NaiveDate,
        calendar: &impl WorkingDays,
    ) -> Result<FeeNotice, FeeError> {
        let pay_by = calendar
            .add_working_days(received_on, PAYMENT_PERIOD_WORKING_DAYS)
            .ok_or(FeeError::CalendarNotCovered {
                date: received_on,
                days: PAYMENT_PERIOD_WORKING_DAYS,
            })?;
        FeeNotice::with_due_date(fee, received_on, pay_by)
    }

    /// A notice for `fee` with a due date computed elsewhere.
    ///
    /// # Errors
    /// [`FeeError::NothingDue`] if the fee is zero; [`FeeError::DueDateNotAfterReceipt`] if
    /// `pay_by` is not after `received_on`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::FeeError;
    /// use zfxxgk::fee::{assess_month, Charging, FeeNotice, FeePolicy, MonthApplication};
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
    /// let fees = assess_month(&FeePolicy::default(),
    ///     &[MonthApplication::new("A1", "某局", d(3, 5), Charging::PerVolume { pages: 31 })])?;
    /// let n = FeeNotice::with_due_date(&fees[0], d(3, 8), d(4, 8))?;
    /// assert_eq!((n.amount, n.pay_by), (10.into(), d(4, 8)));
    /// // A due date on the day of receipt leaves no time to pay.
    /// assert!(matches!(FeeNotice::with_due_date(&fees[0], d(3, 8), d(3, 8)),
    ///     Err(FeeError::DueDateNotAfterReceipt { .. })));
    /// # Ok::<(), FeeError>(())
    /// ```
    pub fn with_due_date(
        fee: &ApplicationFee,
        received_on: NaiveDate,
        pay_by: NaiveDate,
    ) -> Result<FeeNotice, FeeError> {
        if fee.charge.amount <= Decimal::ZERO {
            return Err(FeeError::NothingDue {
                application: fee.id.clone(),
            });
        }
        if pay_by <= received_on {
            return Err(FeeError::DueDateNotAfterReceipt {
                received_on,
                pay_by,
            });
        }
        let mut basis = fee.basis.clone();
        basis.push(FeeBasis::SichuanNotice2021);
        Ok(FeeNotice {
            application: fee.id.clone(),
            agency: fee.agency.clone(),
            method: fee.charge.method,
            quantity: fee.charge.quantity,
            amount: fee.charge.amount,
            rates: fee
                .charge
                .bands
                .iter()
                .filter(|b| !b.rate.is_zero())
                .cloned()
                .collect(),
            basis,
            received_on,
            pay_by,
        })
    }

    /// Whether paying on `date` is too late (after [`FeeNotice::pay_by`]).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::fee::{assess_month, Charging, FeeNotice, FeePolicy, MonthApplication};
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
    /// let fees = assess_month(&FeePolicy::default(),
    ///     &[MonthApplication::new("A1", "某局", d(3, 5), Charging::PerItem { items: 11 })])?;
    /// let n = FeeNotice::with_due_date(&fees[0], d(3, 8), d(4, 8))?;
    /// assert!(!n.is_late(d(4, 8))); // paying on the last day is in time
    /// assert!(n.is_late(d(4, 9)));
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn is_late(&self, date: NaiveDate) -> bool {
        date > self.pay_by
    }
}
