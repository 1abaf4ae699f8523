//! Reply deadlines for disclosure applications under each edition of the regulation.
//!
//! DOMAIN.md §1.3. The edition follows the receipt date ([`Edition::in_force_on`]): received on
//! or after 2019-05-15 the 2019 text applies, earlier the 2008 text. A supplemented application
//! keeps the edition of its first receipt.
//!
//! | | 2019 | 2008 |
//! |---|---|---|
//! | receipt date by channel | art. 31 | — (the date given is used as is) |
//! | supplementation (`补正`) notice | 7 working days after receipt, art. 30 | no limit, 2008 art. 21(4) |
//! | clock restarts on the supplemented application | art. 30 | same reading (interpretation) |
//! | reply (`答复`) | 20 working days, art. 33 | 15 working days, 2008 art. 24 |
//! | extension (`延长答复期限`) | ≤ 20 working days, art. 33 | ≤ 15 working days, 2008 art. 24 |
//! | time not counted | third-party (art. 32) and other-agency (art. 34) consultation, art. 33 | third-party consultation only, 2008 art. 23–24 |
//! | immediate reply (`当场答复`) | art. 33 | 2008 art. 24 |
//!
//! **Counting.** The start day is not counted (Civil Code art. 201): the reply is due on the
//! 20th (15th) working day strictly after the receipt date, or after the day the supplemented
//! application is received; the extension ends on the 20th (15th) counted working day after
//! the original due date.
//!
//! **Consultation pauses (reading of this crate).** The text says the time needed to consult
//! "is not counted". A consultation from `start` (the day the letter goes out) to `end` (the
//! day the answer arrives or the answer period ends) is read, with the same counting rule, as
//! the working days in `(start, end]`: those days are skipped by the reply clock, the day the
//! letter goes out still counts. Overlapping or adjoining consultations are merged; a
//! consultation that begins on or after the due date changes nothing. Under the 2008 text a
//! consultation with another agency is not excluded.

mod steps;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::calendar::{CalendarError, WorkCalendar};
use crate::law::{ArticleRef, Edition};

pub use steps::{Step, StepKind};

/// How an application reached the agency; it decides which day counts as the receipt date
/// (2019 art. 31, `收到申请之日`).
///
/// Serialized ids: `in_person`, `post`, `letter`, `online`, `fax`.
///
/// # Example
/// ```
/// use zfxxgk::deadline::Channel;
/// assert_eq!(Channel::from_id("letter"), Some(Channel::Letter));
/// assert_eq!(Channel::Letter.label(), "平常信函");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Channel {
    /// `当面提交`: handed in; received the day of submission.
    InPerson,
    /// `邮寄` with signature: received the day the agency signs for it.
    Post,
    /// `平常信函` (no signature): the office confirms with the applicant on the day it arrives;
    /// received on the confirmation day.
    Letter,
    /// `互联网渠道`: received on the day both sides confirm.
    Online,
    /// `传真` to the disclosure office: received on the day both sides confirm.
    Fax,
}

impl Channel {
    /// All channels.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::Channel;
    /// assert_eq!(Channel::ALL.len(), 5);
    /// assert!(Channel::ALL.iter().all(|c| Channel::from_id(c.id()) == Some(*c)));
    /// ```
    pub const ALL: [Channel; 5] = [
        Channel::InPerson,
        Channel::Post,
        Channel::Letter,
        Channel::Online,
        Channel::Fax,
    ];

    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::Channel;
    /// assert_eq!(Channel::InPerson.id(), "in_person");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Channel::InPerson => "in_person",
            Channel::Post => "post",
            Channel::Letter => "letter",
            Channel::Online => "online",
            Channel::Fax => "fax",
        }
    }

    /// The channel as the regulation names it (2019 art. 31).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::Channel;
    /// assert_eq!(Channel::Online.label(), "互联网渠道");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Channel::InPerson => "当面提交",
            Channel::Post => "邮寄",
            Channel::Letter => "平常信函",
            Channel::Online => "互联网渠道",
            Channel::Fax => "传真",
        }
    }

    /// Which event's day is the receipt date under 2019 art. 31.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::Channel;
    /// assert_eq!(Channel::Post.receipt_event(), "the day the agency signs for the post");
    /// ```
    pub fn receipt_event(self) -> &'static str {
        match self {
            Channel::InPerson => "the day the application is handed in",
            Channel::Post => "the day the agency signs for the post",
            Channel::Letter => "the day the office confirms the letter with the applicant",
            Channel::Online | Channel::Fax => "the day both sides confirm the application",
        }
    }

    /// The article that fixes the receipt date (2019 art. 31).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ArticleRef, Edition};
    /// use zfxxgk::deadline::Channel;
    /// assert_eq!(Channel::Fax.basis(), ArticleRef::new(Edition::V2019, 31));
    /// assert_eq!(Channel::Fax.basis().to_string(), "2019 art. 31");
    /// ```
    pub fn basis(self) -> ArticleRef {
        ArticleRef::new(Edition::V2019, 31)
    }

    /// Parses a serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::Channel;
    /// assert_eq!(Channel::from_id("fax"), Some(Channel::Fax));
    /// assert_eq!(Channel::from_id("email"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.id() == id)
    }
}

crate::vocab::vocabulary!(Channel, "channel", all = &Channel::ALL);

/// Whom the agency consulted: time spent consulting is not counted (2019 art. 33).
///
/// # Example
/// ```
/// use zfxxgk::Edition;
/// use zfxxgk::deadline::ConsultationKind;
/// assert!(ConsultationKind::ThirdParty.excluded_under(Edition::V2008));
/// assert!(!ConsultationKind::Agency.excluded_under(Edition::V2008));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConsultationKind {
    /// `第三方`: a third party whose rights disclosure could harm (2019 art. 32, 2008 art. 23).
    ThirdParty,
    /// `其他机关`: agencies that produced the information jointly (2019 art. 34).
    Agency,
}

impl ConsultationKind {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::ConsultationKind;
    /// assert_eq!(ConsultationKind::ThirdParty.id(), "third_party");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            ConsultationKind::ThirdParty => "third_party",
            ConsultationKind::Agency => "agency",
        }
    }

    /// The Chinese term.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::ConsultationKind;
    /// assert_eq!(ConsultationKind::Agency.label(), "其他机关");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            ConsultationKind::ThirdParty => "第三方",
            ConsultationKind::Agency => "其他机关",
        }
    }

    /// The article on this consultation in `edition` (for another agency under the 2008 text,
    /// 2008 art. 24, which does not exclude its time).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Edition;
    /// use zfxxgk::deadline::ConsultationKind;
    /// assert_eq!(ConsultationKind::ThirdParty.basis(Edition::V2019).to_string(), "2019 art. 32");
    /// assert_eq!(ConsultationKind::ThirdParty.basis(Edition::V2008).to_string(), "2008 art. 23");
    /// assert_eq!(ConsultationKind::Agency.basis(Edition::V2019).to_string(), "2019 art. 34");
    /// ```
    pub fn basis(self, edition: Edition) -> ArticleRef {
        match (self, edition) {
            (ConsultationKind::ThirdParty, Edition::V2008) => ArticleRef::new(Edition::V2008, 23),
            (ConsultationKind::ThirdParty, Edition::V2019) => ArticleRef::new(Edition::V2019, 32),
            // The 2008 text has no article on consulting other agencies; art. 24 is the one
            // that decides its time counts.
            (ConsultationKind::Agency, Edition::V2008) => ArticleRef::new(Edition::V2008, 24),
            (ConsultationKind::Agency, Edition::V2019) => ArticleRef::new(Edition::V2019, 34),
        }
    }

    /// Whether its time is excluded from the reply clock under `edition` (2019 art. 33: third
    /// parties and other agencies; 2008 art. 24: third parties only).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Edition;
    /// use zfxxgk::deadline::ConsultationKind;
    /// // 2019 art. 33 excludes both; 2008 art. 24 only third-party consultation.
    /// assert!(ConsultationKind::Agency.excluded_under(Edition::V2019));
    /// assert!(!ConsultationKind::Agency.excluded_under(Edition::V2008));
    /// ```
    pub fn excluded_under(self, edition: Edition) -> bool {
        self == ConsultationKind::ThirdParty || edition != Edition::V2008
    }
}

crate::vocab::vocabulary!(ConsultationKind, "consultation kind", [ThirdParty, Agency]);

/// A consultation: from `start` (letter sent) to `end` (answer received or answer period over).
/// The working days in `(start, end]` are not counted.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::deadline::{Application, Channel, Consultation, ConsultationKind};
/// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
/// let mut a = Application::new(Channel::InPerson, d(9, 27));
/// // (14 Oct, 18 Oct]: four working days not counted, so 30 Oct moves to 5 Nov.
/// a.consultations.push(Consultation { kind: ConsultationKind::ThirdParty, start: d(10, 14), end: d(10, 18) });
/// assert_eq!(a.due_date(&WorkCalendar::embedded())?, d(11, 5));
/// # Ok::<(), zfxxgk::DeadlineError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Consultation {
    /// Whom.
    pub kind: ConsultationKind,
    /// The day the consultation letter went out.
    pub start: NaiveDate,
    /// The day the answer came in or the answer period ended.
    pub end: NaiveDate,
}

/// A supplementation (`补正`, 2019 art. 30): the agency asked the applicant to complete the
/// application and the clock runs again from the day the supplemented application arrives.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::deadline::{Application, Channel, Supplement};
/// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
/// let mut a = Application::new(Channel::Post, d(9, 27));
/// a.supplement = Some(Supplement { requested: d(10, 10), received: d(10, 14) });
/// let dl = a.deadline(&WorkCalendar::embedded())?;
/// assert_eq!(dl.supplement_notice_due, Some(d(10, 12)));
/// assert_eq!(dl.due, d(11, 11));
/// # Ok::<(), zfxxgk::DeadlineError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Supplement {
    /// The day the agency sent the one-time notice.
    pub requested: NaiveDate,
    /// The day the supplemented application was received.
    pub received: NaiveDate,
}

/// The facts of one application that decide its reply deadline.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::deadline::{Application, Channel};
/// let cal = WorkCalendar::embedded();
/// let received = NaiveDate::from_ymd_opt(2024, 9, 27).unwrap();
/// let d = Application::new(Channel::InPerson, received).deadline(&cal)?;
/// assert_eq!(d.due, NaiveDate::from_ymd_opt(2024, 10, 30).unwrap());
/// assert_eq!(d.edition, zfxxgk::Edition::V2019);
/// # Ok::<(), zfxxgk::DeadlineError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Application {
    /// How it arrived.
    pub channel: Channel,
    /// The receipt date under 2019 art. 31 for the channel (see [`Channel::receipt_event`]).
    pub received: NaiveDate,
    /// Answered on the spot (`当场答复`).
    #[serde(default)]
    pub immediate: bool,
    /// A supplementation, if one was asked for.
    #[serde(default)]
    pub supplement: Option<Supplement>,
    /// Whether the reply period was extended (2019 art. 33, 2008 art. 24).
    #[serde(default)]
    pub extended: bool,
    /// Consultations with third parties or other agencies.
    #[serde(default)]
    pub consultations: Vec<Consultation>,
}

/// The reply deadline of an application and how it was reached.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::deadline::{Application, Channel};
/// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
/// let dl = Application::new(Channel::Fax, d(9, 27)).deadline(&WorkCalendar::embedded())?;
/// assert!(!dl.is_overdue(d(10, 30)));
/// assert!(dl.is_overdue(d(10, 31)));
/// for s in &dl.steps {
///     println!("{} {} {}", s.date, s.basis, s.text);
/// }
/// # Ok::<(), zfxxgk::DeadlineError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Deadline {
    /// The edition that governs the application.
    pub edition: Edition,
    /// The receipt date.
    pub received: NaiveDate,
    /// The day the reply clock starts from (receipt, or the supplemented application).
    pub clock_start: NaiveDate,
    /// The last day for the 补正 notice (2019 only).
    pub supplement_notice_due: Option<NaiveDate>,
    /// The reply is due on or before this day.
    pub due: NaiveDate,
    /// Every step that led to `due`, each with its article.
    pub steps: Vec<Step>,
}

impl Deadline {
    /// Whether a reply on `day` (or no reply yet on `day`) is late: `day` is after `due`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::WorkCalendar;
    /// use zfxxgk::deadline::{Application, Channel};
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
    /// let dl = Application::new(Channel::InPerson, d(9, 27)).deadline(WorkCalendar::official())?;
    /// assert_eq!(dl.due, d(10, 30));
    /// assert!(!dl.is_overdue(d(10, 30))); // replying on the due day is in time
    /// assert!(dl.is_overdue(d(10, 31)));
    /// # Ok::<(), zfxxgk::DeadlineError>(())
    /// ```
    pub fn is_overdue(&self, day: NaiveDate) -> bool {
        day > self.due
    }
}

/// A deadline cannot be computed.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::deadline::{Application, Channel};
/// let a = Application::new(Channel::InPerson, NaiveDate::from_ymd_opt(2027, 3, 1).unwrap());
/// let e = a.due_date(&WorkCalendar::embedded()).unwrap_err();
/// assert_eq!(e.to_string(), "2027-03-01 is outside the working-day calendar, which covers 2008..=2026");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DeadlineError {
    /// Received before 2008-05-01, when neither edition was in force.
    #[error("received {0}: no edition of the regulation was in force before 2008-05-01")]
    NoEdition(NaiveDate),
    /// A date given is outside the working-day calendar.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// The dates given are covered, but the deadline falls after the calendar's last day
    /// (load the next year's calendar with [`WorkCalendar::with_tsv`]). Names the receipt date
    /// given, not a date computed on the way.
    #[error("received {received}: the reply falls due after the end of the working-day calendar ({last}-12-31)")]
    BeyondCalendar {
        /// The receipt date of the application.
        received: NaiveDate,
        /// The last year the calendar covers.
        last: i32,
    },
    /// The 补正 dates are out of order.
    #[error("supplement.{what} {date} is before {} {before}", preceding(what))]
    SupplementOrder {
        /// Which date is wrong (`requested` or `received`).
        what: &'static str,
        /// The date.
        date: NaiveDate,
        /// The date it must not precede.
        before: NaiveDate,
    },
    /// A consultation ends before it starts.
    #[error("consultations[{index}]: {start}..{end} ends before it starts")]
    ConsultationOrder {
        /// Its position in [`Application::consultations`].
        index: usize,
        /// Its start.
        start: NaiveDate,
        /// Its end.
        end: NaiveDate,
    },
}

/// What the supplement date named `what` must not precede, for [`DeadlineError::SupplementOrder`].
fn preceding(what: &str) -> &'static str {
    if what == "requested" {
        "the receipt date"
    } else {
        "supplement.requested"
    }
}

/// The periods of an edition, in working days.
struct Periods {
    reply: u64,
    extension: u64,
    notice: Option<u64>,
    reply_basis: ArticleRef,
}

fn periods(edition: Edition) -> Periods {
    match edition {
        Edition::V2008 => Periods {
            reply: 15,
            extension: 15,
            notice: None,
            reply_basis: ArticleRef::new(Edition::V2008, 24),
        },
        Edition::V2019 => Periods {
            reply: 20,
            extension: 20,
            notice: Some(7),
            reply_basis: ArticleRef::new(Edition::V2019, 33),
        },
    }
}

impl Application {
    /// An application received on `received` through `channel`, with nothing else known.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::deadline::{Application, Channel};
    /// let a = Application::new(Channel::Letter, NaiveDate::from_ymd_opt(2024, 9, 27).unwrap());
    /// assert!(!a.immediate && !a.extended && a.supplement.is_none() && a.consultations.is_empty());
    /// ```
    pub fn new(channel: Channel, received: NaiveDate) -> Application {
        Application {
            channel,
            received,
            immediate: false,
            supplement: None,
            extended: false,
            consultations: Vec::new(),
        }
    }

    /// The edition that governs the application (from the receipt date).
    ///
    /// # Errors
    /// [`DeadlineError::NoEdition`] before 2008-05-01.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::{DeadlineError, Edition};
    /// use zfxxgk::deadline::{Application, Channel};
    /// let on = |y, m, d| Application::new(Channel::Post, NaiveDate::from_ymd_opt(y, m, d).unwrap());
    /// assert_eq!(on(2019, 5, 14).edition()?, Edition::V2008);
    /// assert_eq!(on(2019, 5, 15).edition()?, Edition::V2019); // 2019 text in force from 2019-05-15
    /// assert!(matches!(on(2008, 4, 30).edition(), Err(DeadlineError::NoEdition(_))));
    /// # Ok::<(), DeadlineError>(())
    /// ```
    pub fn edition(&self) -> Result<Edition, DeadlineError> {
        Edition::in_force_on(self.received).ok_or(DeadlineError::NoEdition(self.received))
    }

    fn validate(&self) -> Result<(Edition, NaiveDate), DeadlineError> {
        let edition = self.edition()?;
        let mut start = self.received;
        if let Some(s) = self.supplement {
            if s.requested < self.received {
                return Err(DeadlineError::SupplementOrder {
                    what: "requested",
                    date: s.requested,
                    before: self.received,
                });
            }
            if s.received < s.requested {
                return Err(DeadlineError::SupplementOrder {
                    what: "received",
                    date: s.received,
                    before: s.requested,
                });
            }
            start = s.received;
        }
        if let Some((index, c)) = self
            .consultations
            .iter()
            .enumerate()
            .find(|(_, c)| c.end < c.start)
        {
            return Err(DeadlineError::ConsultationOrder {
                index,
                start: c.start,
                end: c.end,
            });
        }
        Ok((edition, start))
    }

    /// The pauses that count under `edition`, merged and sorted, as `(start, end]` intervals.
    fn pauses(&self, edition: Edition) -> Vec<(NaiveDate, NaiveDate)> {
        let mut v: Vec<(NaiveDate, NaiveDate)> = self
            .consultations
            .iter()
            .filter(|c| c.kind.excluded_under(edition) && c.end > c.start)
            .map(|c| (c.start, c.end))
            .collect();
        v.sort_unstable();
        let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(v.len());
        for (s, e) in v {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }

    /// The reply due date only, without the explanation (the fast path).
    ///
    /// # Errors
    /// As [`Application::deadline`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::calendar::WorkCalendar;
    /// use zfxxgk::deadline::{Application, Channel};
    /// let cal = WorkCalendar::embedded();
    /// let mut a = Application::new(Channel::Online, NaiveDate::from_ymd_opt(2024, 9, 27).unwrap());
    /// a.extended = true;
    /// assert_eq!(a.due_date(&cal)?, NaiveDate::from_ymd_opt(2024, 11, 27).unwrap());
    /// # Ok::<(), zfxxgk::DeadlineError>(())
    /// ```
    pub fn due_date(&self, cal: &WorkCalendar) -> Result<NaiveDate, DeadlineError> {
        self.fast_due(cal).map_err(|e| self.beyond(e))
    }

    fn fast_due(&self, cal: &WorkCalendar) -> Result<NaiveDate, DeadlineError> {
        let (edition, start) = self.validate()?;
        cal.add_working_days(self.received, 0)?;
        if self.immediate {
            return Ok(self.received);
        }
        let p = periods(edition);
        let days = p.reply + if self.extended { p.extension } else { 0 };
        if self.consultations.is_empty() {
            return Ok(cal.add_working_days(start, days)?);
        }
        let pauses = self.pauses(edition);
        Ok(walk(cal, start, days, &pauses, |_, _, _| {})?.0)
    }

    /// The reply deadline with every step that explains it.
    ///
    /// # Errors
    /// [`DeadlineError::NoEdition`] before 2008-05-01, [`DeadlineError::Calendar`] when a date
    /// given is outside the calendar, [`DeadlineError::BeyondCalendar`] when the deadline
    /// falls after its last day, [`DeadlineError::SupplementOrder`] /
    /// [`DeadlineError::ConsultationOrder`] for dates out of order.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::{Edition, calendar::WorkCalendar};
    /// use zfxxgk::deadline::{Application, Channel, StepKind};
    /// let cal = WorkCalendar::official();
    /// // Received under the 2008 text: 15 working days (2008 art. 24), extended by 15 more.
    /// let mut a = Application::new(Channel::Post, NaiveDate::from_ymd_opt(2018, 3, 1).unwrap());
    /// a.extended = true;
    /// let dl = a.deadline(cal)?;
    /// assert_eq!(dl.edition, Edition::V2008);
    /// assert_eq!(dl.due, cal.add_working_days(dl.received, 30)?);
    /// assert_eq!(dl.steps.last().map(|s| s.kind), Some(StepKind::ExtendedDue));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deadline(&self, cal: &WorkCalendar) -> Result<Deadline, DeadlineError> {
        let (edition, start) = self.validate()?;
        steps::explain(self, cal, edition, start).map_err(|e| self.beyond(e))
    }

    /// Counting ran past the calendar from a date computed on the way (an original due date,
    /// the end of a pause): say so about the receipt date the caller gave.
    fn beyond(&self, e: DeadlineError) -> DeadlineError {
        match e {
            DeadlineError::Calendar(CalendarError::PastEnd { last, .. }) => {
                DeadlineError::BeyondCalendar {
                    received: self.received,
                    last,
                }
            }
            other => other,
        }
    }
}

/// Counts `days` working days after `cursor`, skipping the working days inside the sorted,
/// disjoint `(start, end]` pauses. Calls `on_pause(start, end, skipped)` for each pause that
/// delayed the count. Returns the due day and the index of the first pause not reached.
fn walk(
    cal: &WorkCalendar,
    mut cursor: NaiveDate,
    days: u64,
    pauses: &[(NaiveDate, NaiveDate)],
    mut on_pause: impl FnMut(NaiveDate, NaiveDate, u64),
) -> Result<(NaiveDate, usize), CalendarError> {
    let mut remaining = days;
    for (i, &(s, e)) in pauses.iter().enumerate() {
        if e <= cursor {
            continue;
        }
        let candidate = cal.add_working_days(cursor, remaining)?;
        if remaining == 0 || candidate <= s {
            return Ok((candidate, i));
        }
        if s > cursor {
            // Fewer than `remaining`, since the remaining-th working day is after `s`.
            remaining -= cal.working_days_between(cursor, s)?;
        }
        let from = s.max(cursor);
        on_pause(from, e, cal.working_days_between(from, e)?);
        cursor = e;
    }
    Ok((cal.add_working_days(cursor, remaining)?, pauses.len()))
}
