//! Case records of disclosure applications, and the §3 table computed from them.
//!
//! An office keeps one [`CaseRecord`] per application (who applied, how and when it arrived,
//! supplementation, extension, consultations, when and how it was answered, fee notice and
//! payment). At year end [`CaseTally::for_year`] counts the §3 table (DOMAIN.md §2.4) instead of
//! counting it by hand:
//!
//! * `一、本年新收` (`received`): records received in year Y;
//! * `二、上年结转` (`carried_in`): received before Y and not replied before Y;
//! * each outcome row and `（七）总计`: records replied in Y, in the row of their outcome;
//! * `四、结转下年度继续办理` (`carried_forward`): received in or before Y and not replied in or
//!   before Y;
//!
//! each by applicant column and `总计`. Identity H1 (`一 + 二 = （七） + 四`, DOMAIN.md §2.7) holds
//! by construction, and so does the carry-over between consecutive years (S1): year Y's
//! `carried_forward` counts the same records as year Y+1's `carried_in`. The dates decide which
//! year a record belongs to, not the edition: a record received in 2019-03 and answered in
//! 2019-06 is in the 2019 table.
//!
//! Records that cannot be placed are returned in [`CaseTally::unplaced`] with the reason, never
//! dropped: a reply dated before receipt, a reply without an outcome, an outcome without a reply
//! date, or an outcome row that the year's template does not have (`other_misc` in a 2019-format
//! table). An unplaced record is left out of every row of that year's table, so H1 still holds;
//! one left out for its outcome row also breaks S1 against the previous year, visibly.
//!
//! **Template by year** ([`template_for_year`]): reports for 2021 onwards use the 2021 format
//! (three `（六）` rows), reports for 2019 and 2020 the 2019 format (one `（六）` row); earlier
//! years had no national format and get the 2019 template. Offices that kept the 2019 template
//! later use [`CaseTally::with_template`].
//!
//! **CSV** (cargo feature `csv`, on by default): `read_cases` reads records from any
//! [`std::io::Read`] and lists every bad row; `write_cases` writes them back in the same
//! format; the columns are [`CaseRecord`]'s serde field names.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use zfxxgk::{ApplicantKind, Cell, Outcome, RequestColumn, RequestRow};
//! use zfxxgk::cases::{CaseRecord, CaseTally};
//! let d = |m, dd| NaiveDate::from_ymd_opt(2023, m, dd).unwrap();
//! let mut a1 = CaseRecord::new("A1", ApplicantKind::NaturalPerson, d(3, 1));
//! a1.replied = Some(d(3, 20));
//! a1.outcome = Some(Outcome::Disclosed);
//! let a2 = CaseRecord::new("A2", ApplicantKind::CommercialEnterprise, d(12, 20));
//! let t = CaseTally::for_year(&[a1, a2], 2023);
//! let total = |row| t.requests.get(row, RequestColumn::Total).cloned();
//! // H1: received + carried in (2 + 0) = processed + carried forward (1 + 1).
//! assert_eq!(total(RequestRow::Received), Some(Cell::Value(2)));
//! assert_eq!(total(RequestRow::TotalProcessed), Some(Cell::Value(1)));
//! assert_eq!(total(RequestRow::CarriedForward), Some(Cell::Value(1)));
//! ```

#[cfg(feature = "csv")]
mod csv_io;
mod tally;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::applicant::ApplicantKind;
use crate::calendar::WorkCalendar;
use crate::deadline::{Application, Channel, Deadline, DeadlineError};
use crate::outcome::Outcome;

#[cfg(feature = "csv")]
#[cfg_attr(docsrs, doc(cfg(feature = "csv")))]
pub use csv_io::{read_cases, read_csv, write_cases, CsvError, CsvErrors};
pub use tally::{template_for_year, CaseTally, Unplaced, UnplacedReason};

/// One disclosure application as the office recorded it.
///
/// Serialized flat: `id`, `applicant`, the [`Application`] fields (`channel`, `received`,
/// `immediate`, `supplement`, `extended`, `consultations`), `replied`, `outcome`,
/// `fee_notice`, `fee_paid`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::{ApplicantKind, Outcome, calendar::WorkCalendar};
/// use zfxxgk::cases::CaseRecord;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let mut r = CaseRecord::new("2024-001", ApplicantKind::NaturalPerson, d(2024, 9, 27));
/// r.replied = Some(d(2024, 10, 31));
/// r.outcome = Some(Outcome::Disclosed);
/// let cal = WorkCalendar::embedded();
/// assert_eq!(r.deadline(&cal)?.due, d(2024, 10, 30));
/// assert!(r.is_overdue(&cal, d(2024, 11, 5))?);
/// # Ok::<(), zfxxgk::DeadlineError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CaseRecord {
    /// The office's own case number.
    pub id: String,
    /// Who applied: the §3 column the record counts in.
    pub applicant: ApplicantKind,
    /// The facts that decide the deadline: channel, receipt, supplementation, extension,
    /// consultations.
    #[serde(flatten)]
    pub application: Application,
    /// The day the reply went out (`None` while pending).
    #[serde(default)]
    pub replied: Option<NaiveDate>,
    /// The §3 outcome row of the reply (`None` while pending).
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// The day a fee notice went out (2019 art. 42, 2020 fee measures), if any.
    #[serde(default)]
    pub fee_notice: Option<NaiveDate>,
    /// The day the fee was paid, if it was.
    #[serde(default)]
    pub fee_paid: Option<NaiveDate>,
}

impl CaseRecord {
    /// A pending application handed in person on `received`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::ApplicantKind;
    /// use zfxxgk::cases::CaseRecord;
    /// use zfxxgk::deadline::Channel;
    /// let r = CaseRecord::new("2024-001", ApplicantKind::NaturalPerson, NaiveDate::from_ymd_opt(2024, 9, 27).unwrap());
    /// assert_eq!(r.application.channel, Channel::InPerson);
    /// assert!(r.replied.is_none() && r.outcome.is_none());
    /// ```
    pub fn new(id: impl Into<String>, applicant: ApplicantKind, received: NaiveDate) -> CaseRecord {
        CaseRecord {
            id: id.into(),
            applicant,
            application: Application::new(Channel::InPerson, received),
            replied: None,
            outcome: None,
            fee_notice: None,
            fee_paid: None,
        }
    }

    /// The day the application counts as received (2019 art. 31).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::ApplicantKind;
    /// use zfxxgk::cases::CaseRecord;
    /// let d = NaiveDate::from_ymd_opt(2024, 9, 27).unwrap();
    /// assert_eq!(CaseRecord::new("2024-001", ApplicantKind::NaturalPerson, d).received(), d);
    /// ```
    pub fn received(&self) -> NaiveDate {
        self.application.received
    }

    /// The reply deadline with its explanation (see [`Application::deadline`]).
    ///
    /// # Errors
    /// As [`Application::deadline`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::{ApplicantKind, calendar::WorkCalendar};
    /// use zfxxgk::cases::CaseRecord;
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
    /// let mut r = CaseRecord::new("2024-002", ApplicantKind::LegalServiceOrg, d(9, 27));
    /// r.application.extended = true; // 20 + 20 working days (2019 art. 33)
    /// assert_eq!(r.deadline(WorkCalendar::official())?.due, d(11, 27));
    /// # Ok::<(), zfxxgk::DeadlineError>(())
    /// ```
    pub fn deadline(&self, cal: &WorkCalendar) -> Result<Deadline, DeadlineError> {
        self.application.deadline(cal)
    }

    /// Whether the reply is late: replied after the due date, or still pending on `today`
    /// after it.
    ///
    /// # Errors
    /// As [`Application::due_date`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::{ApplicantKind, calendar::WorkCalendar};
    /// use zfxxgk::cases::CaseRecord;
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
    /// let cal = WorkCalendar::official();
    /// let mut r = CaseRecord::new("2024-003", ApplicantKind::NaturalPerson, d(9, 27)); // due 10-30
    /// assert!(!r.is_overdue(cal, d(10, 30))?); // pending, not yet late
    /// assert!(r.is_overdue(cal, d(10, 31))?);  // pending and late
    /// r.replied = Some(d(10, 29));
    /// assert!(!r.is_overdue(cal, d(12, 31))?); // replied in time
    /// # Ok::<(), zfxxgk::DeadlineError>(())
    /// ```
    pub fn is_overdue(&self, cal: &WorkCalendar, today: NaiveDate) -> Result<bool, DeadlineError> {
        let due = self.application.due_date(cal)?;
        Ok(self.replied.unwrap_or(today) > due)
    }
}
