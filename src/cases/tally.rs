//! Counting case records into the §3 table of one year.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::CaseRecord;
use crate::law::Template;
use crate::outcome::{Outcome, RequestRow};
use crate::report::{Cell, RequestTable};

/// The template of the §3 table for reports on `year`: the 2021 format from the 2021 reports
/// on, the 2019 format for 2019 and 2020 (and, lacking a national format, before).
///
/// # Example
/// ```
/// use zfxxgk::{cases::template_for_year, Template};
/// assert_eq!(template_for_year(2020), Template::Std2019);
/// assert_eq!(template_for_year(2021), Template::Std2021);
/// ```
pub fn template_for_year(year: i32) -> Template {
    if year >= 2021 {
        Template::Std2021
    } else {
        Template::Std2019
    }
}

/// Why a record could not be placed in the year's table.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::{ApplicantKind, cases::UnplacedReason};
/// use zfxxgk::cases::{CaseRecord, CaseTally};
/// let d = |m, dd| NaiveDate::from_ymd_opt(2023, m, dd).unwrap();
/// let mut r = CaseRecord::new("B7", ApplicantKind::NaturalPerson, d(5, 4));
/// r.replied = Some(d(5, 20)); // but no outcome recorded
/// let t = CaseTally::for_year(&[r], 2023);
/// assert_eq!(t.unplaced[0].reason, UnplacedReason::NoOutcome { replied: d(5, 20) });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum UnplacedReason {
    /// The reply is dated before the receipt.
    ReplyBeforeReceipt {
        /// Receipt date.
        received: NaiveDate,
        /// Reply date.
        replied: NaiveDate,
    },
    /// A reply date but no outcome row.
    NoOutcome {
        /// Reply date.
        replied: NaiveDate,
    },
    /// An outcome row but no reply date.
    NoReplyDate {
        /// The outcome.
        outcome: Outcome,
    },
    /// The outcome row does not exist in the year's template.
    OutcomeNotInTemplate {
        /// The outcome.
        outcome: Outcome,
        /// The template of the table.
        template: Template,
    },
}

impl UnplacedReason {
    /// The reason in English.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{cases::UnplacedReason, Outcome};
    /// let r = UnplacedReason::NoReplyDate { outcome: Outcome::Disclosed };
    /// assert_eq!(r.message(), "has outcome `disclosed` but no reply date");
    /// ```
    pub fn message(&self) -> String {
        match self {
            UnplacedReason::ReplyBeforeReceipt { received, replied } => {
                format!("replied {replied} before it was received {received}")
            }
            UnplacedReason::NoOutcome { replied } => {
                format!("replied {replied} but has no outcome row")
            }
            UnplacedReason::NoReplyDate { outcome } => {
                format!("has outcome `{}` but no reply date", outcome.id())
            }
            UnplacedReason::OutcomeNotInTemplate { outcome, template } => format!(
                "outcome `{}` is not a row of the {template} template",
                outcome.id()
            ),
        }
    }
}

/// A record left out of the table, with the reason.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::{ApplicantKind, Outcome, cases::UnplacedReason};
/// use zfxxgk::cases::{CaseRecord, CaseTally};
/// let d = |m, dd| NaiveDate::from_ymd_opt(2020, m, dd).unwrap();
/// let mut r = CaseRecord::new("X1", ApplicantKind::NaturalPerson, d(3, 2));
/// r.replied = Some(d(3, 10));
/// r.outcome = Some(Outcome::OtherMisc); // a 2021-format row; 2020 uses the 2019 format
/// let t = CaseTally::for_year(&[r], 2020);
/// assert!(matches!(t.unplaced[0].reason, UnplacedReason::OutcomeNotInTemplate { .. }));
/// assert_eq!(t.unplaced[0].message, "outcome `other_misc` is not a row of the std2019 template");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Unplaced {
    /// The record's position in the input (0-based).
    pub index: usize,
    /// The record's id.
    pub id: String,
    /// Why it was left out.
    pub reason: UnplacedReason,
    /// The reason in English.
    pub message: String,
}

/// The §3 table of one year computed from case records, and the records it could not place.
///
/// Serialized as `{"requests": {row id: {column id: n}}, "unplaced": [...]}`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::{ApplicantKind, Cell, Outcome, RequestColumn, RequestRow};
/// use zfxxgk::cases::{CaseRecord, CaseTally};
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let mut a = CaseRecord::new("A1", ApplicantKind::NaturalPerson, d(2023, 3, 1));
/// a.replied = Some(d(2023, 3, 20));
/// a.outcome = Some(Outcome::Disclosed);
/// let b = CaseRecord::new("A2", ApplicantKind::CommercialEnterprise, d(2023, 12, 20));
/// let t = CaseTally::for_year(&[a, b], 2023);
/// let total = |row| t.requests.get(row, RequestColumn::Total).cloned();
/// assert_eq!(total(RequestRow::Received), Some(Cell::Value(2)));
/// assert_eq!(total(RequestRow::Outcome(Outcome::Disclosed)), Some(Cell::Value(1)));
/// assert_eq!(total(RequestRow::CarriedForward), Some(Cell::Value(1)));
/// assert!(t.unplaced.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CaseTally {
    /// The year counted.
    pub year: i32,
    /// The §3 table; every cell is a count.
    pub requests: RequestTable,
    /// The records that could not be placed, in input order.
    pub unplaced: Vec<Unplaced>,
}

/// Per template row, the counts of the six applicant columns and the total.
type Counts = Vec<[u64; 7]>;

impl CaseTally {
    /// The §3 table for `year` in the template of [`template_for_year`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::{ApplicantKind, Cell, RequestColumn, RequestRow, Template};
    /// use zfxxgk::cases::{CaseRecord, CaseTally};
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// // Received late in 2022 and still pending: carried forward, then carried in (S1).
    /// let r = CaseRecord::new("P1", ApplicantKind::NaturalPerson, d(2022, 12, 28));
    /// let (y22, y23) = (CaseTally::for_year(&[r.clone()], 2022), CaseTally::for_year(&[r], 2023));
    /// assert_eq!(y22.requests.get(RequestRow::CarriedForward, RequestColumn::Total), Some(&Cell::Value(1)));
    /// assert_eq!(y23.requests.get(RequestRow::CarriedIn, RequestColumn::Total), Some(&Cell::Value(1)));
    /// assert_eq!(y23.requests.template(), Template::Std2021);
    /// ```
    pub fn for_year(records: &[CaseRecord], year: i32) -> CaseTally {
        CaseTally::with_template(records, year, template_for_year(year))
    }

    /// The §3 table for `year` in `template`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::{ApplicantKind, Cell, Outcome, RequestColumn, RequestRow, Template};
    /// use zfxxgk::cases::{CaseRecord, CaseTally};
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2022, m, dd).unwrap();
    /// let mut r = CaseRecord::new("Q1", ApplicantKind::NaturalPerson, d(3, 1));
    /// r.replied = Some(d(3, 15));
    /// r.outcome = Some(Outcome::Disclosed);
    /// // An office that kept the 2019 template for its 2022 report.
    /// let t = CaseTally::with_template(&[r], 2022, Template::Std2019);
    /// assert_eq!(t.requests.template(), Template::Std2019);
    /// assert_eq!(t.requests.get(RequestRow::Outcome(Outcome::Disclosed), RequestColumn::Applicant(ApplicantKind::NaturalPerson)), Some(&Cell::Value(1)));
    /// ```
    pub fn with_template(records: &[CaseRecord], year: i32, template: Template) -> CaseTally {
        let rows = RequestRow::rows(template);
        // Row index of each outcome in this template (`usize::MAX` when absent).
        let mut outcome_row = [usize::MAX; Outcome::ALL.len()];
        for (i, r) in rows.iter().enumerate() {
            if let RequestRow::Outcome(o) = r {
                if let Some(slot) = outcome_row.get_mut(*o as usize) {
                    *slot = i;
                }
            }
        }
        let (received, carried_in) = (0, 1);
        let total_processed = rows.len() - 2;
        let carried_forward = rows.len() - 1;
        let mut counts: Counts = vec![[0; 7]; rows.len()];
        let mut unplaced = Vec::new();
        // Each record adds 1 to at most one cell per row, so no count exceeds
        // `records.len()` and the increments cannot overflow.
        let add = |counts: &mut Counts, row: usize, col: usize| {
            if let Some(r) = counts.get_mut(row) {
                r[col] += 1;
                r[6] += 1;
            }
        };
        for (index, rec) in records.iter().enumerate() {
            let got = rec.application.received;
            let ry = got.year();
            if ry > year {
                continue;
            }
            let col = rec.applicant as usize;
            let inflow = if ry == year { received } else { carried_in };
            let problem = match (rec.replied, rec.outcome) {
                (None, None) => {
                    add(&mut counts, inflow, col);
                    add(&mut counts, carried_forward, col);
                    continue;
                }
                (Some(rep), _) if rep < got => UnplacedReason::ReplyBeforeReceipt {
                    received: got,
                    replied: rep,
                },
                (Some(rep), None) => UnplacedReason::NoOutcome { replied: rep },
                (None, Some(outcome)) => UnplacedReason::NoReplyDate { outcome },
                (Some(rep), Some(outcome)) => {
                    let py = rep.year();
                    if py < year {
                        continue;
                    }
                    if py > year {
                        add(&mut counts, inflow, col);
                        add(&mut counts, carried_forward, col);
                        continue;
                    }
                    match outcome_row.get(outcome as usize) {
                        Some(&row) if row != usize::MAX => {
                            add(&mut counts, inflow, col);
                            add(&mut counts, row, col);
                            add(&mut counts, total_processed, col);
                            continue;
                        }
                        _ => UnplacedReason::OutcomeNotInTemplate { outcome, template },
                    }
                }
            };
            // A record that cannot be placed is reported in every year it would touch: the
            // year it was received, and each later year up to its reply.
            if ry == year || rec.replied.is_none_or(|r| r.year() >= year) {
                unplaced.push(Unplaced {
                    index,
                    id: rec.id.clone(),
                    message: problem.message(),
                    reason: problem,
                });
            }
        }
        let mut requests = RequestTable::new(template);
        for (row, c) in rows.iter().zip(counts) {
            requests
                .set_row(*row, c.map(Cell::Value))
                .expect("rows come from the template's own list");
        }
        CaseTally {
            year,
            requests,
            unplaced,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::applicant::RequestColumn;

    #[test]
    fn outcome_discriminants_follow_all() {
        for (i, o) in Outcome::ALL.iter().enumerate() {
            assert_eq!(*o as usize, i);
        }
        for (i, k) in crate::ApplicantKind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
            assert_eq!(RequestColumn::from(*k).index(), i);
        }
    }
}
