//! The explanation of a deadline: one [`Step`] per rule applied, each with its article.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{periods, walk, Application, Channel, Deadline, DeadlineError};
use crate::calendar::WorkCalendar;
use crate::law::{ArticleRef, Edition};

/// What a step of a deadline computation did.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::deadline::{Application, Channel, StepKind};
/// let a = Application::new(Channel::InPerson, NaiveDate::from_ymd_opt(2024, 9, 27).unwrap());
/// let kinds: Vec<StepKind> = a.deadline(WorkCalendar::official())?.steps.iter().map(|s| s.kind).collect();
/// assert_eq!(kinds, [StepKind::Received, StepKind::ReplyDue]);
/// # Ok::<(), zfxxgk::DeadlineError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StepKind {
    /// The receipt date and the edition it selects (2019 art. 31).
    Received,
    /// Answered on the spot (2019 art. 33, 2008 art. 24).
    ImmediateReply,
    /// The last day for the one-time 补正 notice: 7 working days after receipt (2019 art. 30).
    SupplementNoticeDue,
    /// The 补正 notice went out after that day.
    SupplementNoticeLate,
    /// A 补正 request under the 2008 text, which sets no time limit (2008 art. 21(4)).
    SupplementRequested,
    /// The clock runs from the day the supplemented application was received (2019 art. 30).
    ClockRestarted,
    /// A consultation whose time is not counted (2019 art. 32, 34; 2008 art. 23).
    Consultation,
    /// A consultation with another agency, whose time the 2008 text does count.
    ConsultationCounted,
    /// Working days skipped by the clock during a consultation (2019 art. 33, 2008 art. 24).
    Paused,
    /// A consultation that starts on or after the due date and so changes nothing.
    PauseAfterDue,
    /// The end of the reply period (20 or 15 working days).
    ReplyDue,
    /// The end of the extension (up to 20 or 15 more working days).
    ExtendedDue,
}

impl StepKind {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::StepKind;
    /// assert_eq!(StepKind::ClockRestarted.id(), "clock_restarted");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            StepKind::Received => "received",
            StepKind::ImmediateReply => "immediate_reply",
            StepKind::SupplementNoticeDue => "supplement_notice_due",
            StepKind::SupplementNoticeLate => "supplement_notice_late",
            StepKind::SupplementRequested => "supplement_requested",
            StepKind::ClockRestarted => "clock_restarted",
            StepKind::Consultation => "consultation",
            StepKind::ConsultationCounted => "consultation_counted",
            StepKind::Paused => "paused",
            StepKind::PauseAfterDue => "pause_after_due",
            StepKind::ReplyDue => "reply_due",
            StepKind::ExtendedDue => "extended_due",
        }
    }

    /// The step in Chinese, in the regulation's terms.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::deadline::StepKind;
    /// assert_eq!(StepKind::ReplyDue.label(), "答复期限届满");
    /// assert_eq!(StepKind::SupplementNoticeDue.label(), "补正通知期限届满");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            StepKind::Received => "收到申请",
            StepKind::ImmediateReply => "当场答复",
            StepKind::SupplementNoticeDue => "补正通知期限届满",
            StepKind::SupplementNoticeLate => "补正通知逾期发出",
            StepKind::SupplementRequested => "要求补正",
            StepKind::ClockRestarted => "自收到补正后的申请之日起重新计算",
            StepKind::Consultation => "征求意见（所需时间不计算在内）",
            StepKind::ConsultationCounted => "征求意见（所需时间计算在内）",
            StepKind::Paused => "征求意见期间不计算的工作日",
            StepKind::PauseAfterDue => "答复期限届满后开始的征求意见",
            StepKind::ReplyDue => "答复期限届满",
            StepKind::ExtendedDue => "延长答复期限届满",
        }
    }
}

crate::vocab::vocabulary!(
    StepKind,
    "deadline step",
    [
        Received,
        ImmediateReply,
        SupplementNoticeDue,
        SupplementNoticeLate,
        SupplementRequested,
        ClockRestarted,
        Consultation,
        ConsultationCounted,
        Paused,
        PauseAfterDue,
        ReplyDue,
        ExtendedDue
    ]
);

/// One step of a deadline computation: what was done, under which article, and the date it
/// yields.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::calendar::WorkCalendar;
/// use zfxxgk::deadline::{Application, Channel, StepKind};
/// let cal = WorkCalendar::embedded();
/// let d = Application::new(Channel::Post, NaiveDate::from_ymd_opt(2018, 9, 28).unwrap())
///     .deadline(&cal)?;
/// let last = d.steps.last().unwrap();
/// assert_eq!(last.kind, StepKind::ReplyDue);
/// assert_eq!(last.basis.to_string(), "2008 art. 24");
/// assert_eq!(last.working_days, Some(15));
/// assert_eq!(last.text, "reply due on the 15th counted working day after 2018-09-28");
/// assert_eq!(last.text_zh, "答复期限为2018-09-28后计算的第15个工作日");
/// # Ok::<(), zfxxgk::DeadlineError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Step {
    /// What the step did.
    pub kind: StepKind,
    /// The article applied.
    pub basis: ArticleRef,
    /// The date the step yields.
    pub date: NaiveDate,
    /// The working days involved, if any.
    pub working_days: Option<u64>,
    /// A sentence explaining the step.
    pub text: String,
    /// The same sentence in Chinese, in the regulation's terms (`答复期限`, `补正`, `征求意见`).
    /// Empty only in a step read from JSON written before this field existed.
    #[serde(default)]
    pub text_zh: String,
}

fn step(
    kind: StepKind,
    basis: ArticleRef,
    date: NaiveDate,
    working_days: Option<u64>,
    (text, text_zh): (String, String),
) -> Step {
    Step {
        kind,
        basis,
        date,
        working_days,
        text,
        text_zh,
    }
}

/// The receipt event of a channel in the words of 2019 art. 31.
fn receipt_event_zh(channel: Channel) -> &'static str {
    match channel {
        Channel::InPerson => "以提交之日为收到申请之日",
        Channel::Post => "以行政机关签收之日为收到申请之日",
        Channel::Letter => "以政府信息公开工作机构与申请人确认之日为收到申请之日",
        Channel::Online | Channel::Fax => "以双方确认之日为收到申请之日",
    }
}

/// The step for working days skipped during a consultation.
fn paused(basis: ArticleRef, from: NaiveDate, to: NaiveDate, n: u64) -> Step {
    step(
        StepKind::Paused,
        basis,
        to,
        Some(n),
        (
            format!("{n} working days in ({from}, {to}] not counted; the clock resumes after {to}"),
            format!("（{from}，{to}］内的{n}个工作日不计算在答复期限内，{to}后继续计算"),
        ),
    )
}

pub(super) fn explain(
    app: &Application,
    cal: &WorkCalendar,
    edition: Edition,
    start: NaiveDate,
) -> Result<Deadline, DeadlineError> {
    let p = periods(edition);
    let v2008 = edition == Edition::V2008;
    let mut steps = Vec::new();
    cal.add_working_days(app.received, 0)?;
    let (basis, how, how_zh) = if v2008 {
        (p.reply_basis, "the date given", "以所给日期为准")
    } else {
        (
            app.channel.basis(),
            app.channel.receipt_event(),
            receipt_event_zh(app.channel),
        )
    };
    steps.push(step(
        StepKind::Received,
        basis,
        app.received,
        None,
        (
            format!(
                "received through {} ({}) on {} ({how}); the {} edition applies (in force from {})",
                app.channel.id(),
                app.channel.label(),
                app.received,
                edition.id(),
                edition.in_force_from()
            ),
            format!(
                "{}通过{}收到申请（{how_zh}）；适用{}年条例（{}，{}起施行）",
                app.received,
                app.channel.label(),
                edition.id(),
                edition.label(),
                edition.in_force_from()
            ),
        ),
    ));
    if app.immediate {
        steps.push(step(
            StepKind::ImmediateReply,
            p.reply_basis,
            app.received,
            None,
            (
                "answered on the spot: due the day of receipt".into(),
                "当场答复：答复期限为收到申请当日".into(),
            ),
        ));
        return Ok(Deadline {
            edition,
            received: app.received,
            clock_start: app.received,
            supplement_notice_due: None,
            due: app.received,
            steps,
        });
    }
    let mut notice_due = None;
    if let Some(s) = app.supplement {
        if let Some(n) = p.notice {
            let due = cal.add_working_days(app.received, n)?;
            notice_due = Some(due);
            let art30 = ArticleRef::new(Edition::V2019, 30);
            steps.push(step(
                StepKind::SupplementNoticeDue,
                art30,
                due,
                Some(n),
                (
                    format!(
                        "the one-time supplementation notice is due {n} working days after receipt"
                    ),
                    format!("应当在收到申请之日起{n}个工作日内一次性告知申请人补正"),
                ),
            ));
            if s.requested > due {
                steps.push(step(
                    StepKind::SupplementNoticeLate,
                    art30,
                    s.requested,
                    Some(cal.working_days_between(due, s.requested)?),
                    (
                        format!("the notice went out on {}, after {due}", s.requested),
                        format!("补正通知于{}发出，晚于{due}", s.requested),
                    ),
                ));
            }
        } else {
            steps.push(step(
                StepKind::SupplementRequested,
                ArticleRef::new(Edition::V2008, 21).item(4),
                s.requested,
                None,
                (
                    "supplementation requested; the 2008 text sets no time limit for the notice"
                        .into(),
                    "要求补正；2008年条例未规定补正告知的期限".into(),
                ),
            ));
        }
        let basis = if v2008 {
            ArticleRef::new(Edition::V2008, 21).item(4)
        } else {
            ArticleRef::new(Edition::V2019, 30)
        };
        steps.push(step(
            StepKind::ClockRestarted,
            basis,
            s.received,
            None,
            (
                format!(
                    "the reply period runs from the supplemented application received on {}",
                    s.received
                ),
                format!("答复期限自收到补正后的申请之日（{}）起计算", s.received),
            ),
        ));
    }
    for c in &app.consultations {
        let (kind, text) = if c.kind.excluded_under(edition) {
            (
                StepKind::Consultation,
                (
                    format!(
                        "consulted {} from {} to {}: that time is not counted",
                        c.kind.id(),
                        c.start,
                        c.end
                    ),
                    format!(
                        "{}至{}征求{}意见，所需时间不计算在答复期限内",
                        c.start,
                        c.end,
                        c.kind.label()
                    ),
                ),
            )
        } else {
            (
                StepKind::ConsultationCounted,
                (
                    format!(
                        "consulted {} from {} to {}: the 2008 text excludes only third-party consultation, so that time counts",
                        c.kind.id(),
                        c.start,
                        c.end
                    ),
                    format!(
                        "{}至{}征求{}意见；2008年条例只将征求第三方意见的时间排除在答复期限外，该时间计算在内",
                        c.start,
                        c.end,
                        c.kind.label()
                    ),
                ),
            )
        };
        steps.push(step(kind, c.kind.basis(edition), c.start, None, text));
    }
    let pauses = app.pauses(edition);
    let pause_basis = p.reply_basis;
    let (due, mut reached) = walk(cal, start, p.reply, &pauses, |from, to, n| {
        steps.push(paused(pause_basis, from, to, n))
    })?;
    steps.push(step(
        StepKind::ReplyDue,
        p.reply_basis,
        due,
        Some(p.reply),
        (
            format!(
                "reply due on the {}th counted working day after {start}",
                p.reply
            ),
            format!("答复期限为{start}后计算的第{}个工作日", p.reply),
        ),
    ));
    let mut final_due = due;
    if app.extended {
        let rest = pauses.get(reached..).unwrap_or_default();
        let (d, r) = walk(cal, due, p.extension, rest, |from, to, n| {
            steps.push(paused(pause_basis, from, to, n))
        })?;
        reached += r;
        final_due = d;
        steps.push(step(
            StepKind::ExtendedDue,
            p.reply_basis,
            d,
            Some(p.extension),
            (
                format!(
                    "extended by {} working days after {due} (approved by the head of the disclosure office, applicant told)",
                    p.extension
                ),
                format!(
                    "经政府信息公开工作机构负责人同意并告知申请人，自{due}起延长{}个工作日",
                    p.extension
                ),
            ),
        ));
    }
    for &(s, e) in pauses.get(reached..).unwrap_or_default() {
        steps.push(step(
            StepKind::PauseAfterDue,
            pause_basis,
            s,
            Some(0),
            (
                format!("consultation ({s}, {e}] starts on or after the due date {final_due}: nothing to exclude"),
                format!("征求意见期间（{s}，{e}］始于答复期限{final_due}当日或之后，无须扣除"),
            ),
        ));
    }
    Ok(Deadline {
        edition,
        received: app.received,
        clock_start: start,
        supplement_notice_due: notice_due,
        due: final_due,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::{Channel, Consultation, ConsultationKind, Supplement};

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn explained_due_equals_fast_due() {
        let cal = WorkCalendar::embedded();
        let mut a = Application::new(Channel::Letter, d(2024, 9, 20));
        a.supplement = Some(Supplement {
            requested: d(2024, 9, 23),
            received: d(2024, 9, 27),
        });
        a.extended = true;
        a.consultations.push(Consultation {
            kind: ConsultationKind::ThirdParty,
            start: d(2024, 10, 14),
            end: d(2024, 10, 18),
        });
        a.consultations.push(Consultation {
            kind: ConsultationKind::Agency,
            start: d(2025, 3, 3),
            end: d(2025, 3, 7),
        });
        let full = a.deadline(&cal).unwrap();
        assert_eq!(full.due, a.due_date(&cal).unwrap());
        let kinds: Vec<StepKind> = full.steps.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                StepKind::Received,
                StepKind::SupplementNoticeDue,
                StepKind::ClockRestarted,
                StepKind::Consultation,
                StepKind::Consultation,
                StepKind::Paused,
                StepKind::ReplyDue,
                StepKind::ExtendedDue,
                StepKind::PauseAfterDue,
            ]
        );
        // Monday 14 Oct to Friday 18 Oct: (14, 18] has 4 working days.
        assert_eq!(full.steps[5].working_days, Some(4));
    }
}
