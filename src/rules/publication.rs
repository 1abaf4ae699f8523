//! Publication deadline of the annual report (family `PUB`).
//!
//! * 2008 art. 31: every agency publishes its report on the previous year by **31 March**.
//! * 2019 art. 49: departments of people's governments at or above county level
//!   (`县级以上人民政府部门`) publish theirs by **31 January**; the supervising department publishes
//!   the report of a local people's government at or above county level by **31 March**.
//!
//! The edition is the one in force on 1 January of the publication year (the 2019 text from
//! 2019-05-15, so reports on 2018 still fall under 2008 art. 31). The rule needs
//! `meta.year`, `meta.published` and, under the 2019 text, `meta.level`; when one is missing it
//! says so ([`Status::NotAssessable`]) rather than guess. With the level unknown, a report
//! published after 31 March is late whichever deadline applies and is reported as a warning.
//! Art. 49 names no deadline for township governments or other bodies; their reports are
//! not assessed.

use chrono::NaiveDate;

use crate::finding::Rule;
use crate::finding::{Finding, Location, Severity, Status};
use crate::law::{ArticleRef, Edition};
use crate::report::{AgencyLevel, AnnualReport};
use crate::rules::{PUB001, PUB002};

const ART49: ArticleRef = ArticleRef::new(Edition::V2019, 49);
const ART31_2008: ArticleRef = ArticleRef::new(Edition::V2008, 31);

fn info(rule: &Rule, en: String, zh: String) -> Finding {
    Finding::of(rule, Location::report())
        .lowered(Severity::Info)
        .status(Status::NotAssessable)
        .message(en, zh)
}

/// The deadline for a report on `year` by an agency of `level`, or why there is none.
enum Due {
    Date(NaiveDate, ArticleRef),
    LevelUnknown { jan31: NaiveDate, mar31: NaiveDate },
    NotCovered(AgencyLevel),
    NoEdition,
}

fn due(year: i32, level: Option<AgencyLevel>) -> Due {
    let Some(next) = year.checked_add(1) else {
        return Due::NoEdition;
    };
    let (Some(jan1), Some(jan31), Some(mar31)) = (
        NaiveDate::from_ymd_opt(next, 1, 1),
        NaiveDate::from_ymd_opt(next, 1, 31),
        NaiveDate::from_ymd_opt(next, 3, 31),
    ) else {
        return Due::NoEdition;
    };
    match Edition::in_force_on(jan1) {
        None => Due::NoEdition,
        Some(Edition::V2008) => Due::Date(mar31, ART31_2008),
        Some(Edition::V2019) => match level {
            Some(AgencyLevel::Department) => Due::Date(jan31, ART49),
            Some(AgencyLevel::Government) => Due::Date(mar31, ART49),
            Some(other) => Due::NotCovered(other),
            None => Due::LevelUnknown { jan31, mar31 },
        },
    }
}

pub(crate) fn publication_deadline(report: &AnnualReport, out: &mut Vec<Finding>) {
    let m = &report.meta;
    let (Some(year), Some(published)) = (m.year, m.published) else {
        let (en, zh) = match (m.year, m.published) {
            (None, None) => (
                "the year reported on and the publication date are",
                "报告年度和公布日期",
            ),
            (None, _) => ("the year reported on is", "报告年度"),
            _ => ("the publication date is", "公布日期"),
        };
        out.push(info(
            &PUB001,
            format!("publication deadline not assessable: {en} unknown"),
            format!("无法核对公布时限：{zh}不明"),
        ));
        return;
    };
    let late = |deadline: NaiveDate,
                basis: ArticleRef,
                severity: Severity,
                en: String,
                zh: String| {
        Finding::of(&PUB001, Location::report()).lowered(severity)
            .message(
                format!("report on {year} published {published}, after the deadline {deadline} ({basis}){en}"),
                format!("{year}年度报告于{published}公布，晚于{}规定的{deadline}{zh}", basis.label()),
            )
            .expected(deadline.to_string())
            .actual(published.to_string())
    };
    match due(year, m.level) {
        Due::Date(deadline, basis) if published > deadline => {
            out.push(late(deadline, basis, Severity::Error, String::new(), String::new()));
        }
        Due::Date(..) => {}
        Due::LevelUnknown { mar31, .. } if published > mar31 => out.push(late(
            mar31,
            ART49,
            Severity::Warning,
            "; the agency level is unknown, but both art. 49 deadlines have passed".into(),
            "；机关层级不明，但已晚于第四十九条规定的两个时限".into(),
        )),
        Due::LevelUnknown { jan31, mar31 } if published > jan31 => out.push(info(
            &PUB001,
            format!("report on {year} published {published}: on time for a government (by {mar31}), late for a department (by {jan31}); the agency level is unknown"),
            format!("{year}年度报告于{published}公布：如为县级以上地方人民政府则按期（{mar31}前），如为政府部门则逾期（{jan31}前）；机关层级不明"),
        )),
        Due::LevelUnknown { .. } => {}
        Due::NotCovered(level) => out.push(info(
            &PUB001,
            format!("publication deadline not assessable: 2019 art. 49 sets none for a {} agency", level.id()),
            format!("无法核对公布时限：第四十九条未规定{}的公布时限", level.label()),
        )),
        Due::NoEdition => out.push(info(
            &PUB001,
            format!("publication deadline not assessable: no edition of the regulation was in force on 1 January after the year {year}"),
            format!("无法核对公布时限：{year}年度之后的1月1日条例尚未施行"),
        )),
    }
}

pub(crate) fn published_before_year_end(report: &AnnualReport, out: &mut Vec<Finding>) {
    let m = &report.meta;
    let (Some(year), Some(published)) = (m.year, m.published) else {
        return;
    };
    let Some(year_end) = NaiveDate::from_ymd_opt(year, 12, 31) else {
        return;
    };
    if published <= year_end {
        out.push(
            Finding::of(&PUB002, Location::report())
                .message(
                    format!("report on {year} published {published}, before the year it reports on ended"),
                    format!("{year}年度报告的公布日期{published}早于该年度结束，年度或日期可能有误"),
                )
                .expected(format!("after {year_end}"))
                .actual(published.to_string()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::ReportFormat;

    fn report(
        year: Option<i32>,
        level: Option<AgencyLevel>,
        published: Option<(i32, u32, u32)>,
    ) -> AnnualReport {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        r.meta.year = year;
        r.meta.level = level;
        r.meta.published = published.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        r
    }

    fn run(r: &AnnualReport) -> Vec<Finding> {
        let mut v = Vec::new();
        publication_deadline(r, &mut v);
        published_before_year_end(r, &mut v);
        v
    }

    #[test]
    fn pub001_fires_for_a_department_after_31_january() {
        let f = run(&report(
            Some(2023),
            Some(AgencyLevel::Department),
            Some((2024, 2, 1)),
        ));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].rule, "PUB001");
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].expected, Some("2024-01-31".into()));
        assert_eq!(f[0].actual, Some("2024-02-01".into()));
        assert!(f[0].message.contains("2019 art. 49)"), "{}", f[0].message);
    }

    #[test]
    fn pub001_silent_when_published_on_time() {
        assert!(run(&report(
            Some(2023),
            Some(AgencyLevel::Department),
            Some((2024, 1, 31))
        ))
        .is_empty());
        assert!(run(&report(
            Some(2023),
            Some(AgencyLevel::Government),
            Some((2024, 3, 31))
        ))
        .is_empty());
        // 2008 text: report on 2018 due 2019-03-31 for a department too.
        assert!(run(&report(
            Some(2018),
            Some(AgencyLevel::Department),
            Some((2019, 3, 1))
        ))
        .is_empty());
        assert!(run(&report(Some(2023), None, Some((2024, 1, 20)))).is_empty());
    }

    #[test]
    fn pub001_fires_for_a_government_and_under_2008_after_31_march() {
        let f = run(&report(
            Some(2023),
            Some(AgencyLevel::Government),
            Some((2024, 4, 1)),
        ));
        assert_eq!(f[0].expected, Some("2024-03-31".into()));
        let f = run(&report(
            Some(2016),
            Some(AgencyLevel::Department),
            Some((2017, 4, 5)),
        ));
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("2008 art. 31"));
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn pub001_says_when_the_level_is_unknown() {
        // On the day itself is on time: 31 January and 31 March are the last days.
        assert!(run(&report(Some(2023), None, Some((2024, 1, 31)))).is_empty());
        let f = run(&report(Some(2023), None, Some((2024, 3, 31))));
        assert_eq!((f.len(), f[0].severity), (1, Severity::Info));
        let f = run(&report(Some(2023), None, Some((2024, 2, 15))));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].status, Status::NotAssessable);
        let f = run(&report(Some(2023), None, Some((2024, 5, 15))));
        assert_eq!(
            (f[0].severity, f[0].status),
            (Severity::Warning, Status::Violated)
        );
        let f = run(&report(
            Some(2023),
            Some(AgencyLevel::Township),
            Some((2024, 5, 15)),
        ));
        assert_eq!(f[0].status, Status::NotAssessable);
        let f = run(&report(None, None, Some((2024, 5, 15))));
        assert_eq!(f[0].status, Status::NotAssessable);
        assert_eq!(
            f[0].message,
            "publication deadline not assessable: the year reported on is unknown"
        );
        let f = run(&report(None, None, None));
        assert_eq!(
            f[0].message,
            "publication deadline not assessable: the year reported on and the publication date \
             are unknown"
        );
        let f = run(&report(Some(2023), None, None));
        assert_eq!(
            f[0].message,
            "publication deadline not assessable: the publication date is unknown"
        );
        let f = run(&report(
            Some(2006),
            Some(AgencyLevel::Government),
            Some((2007, 5, 15)),
        ));
        assert_eq!(f[0].status, Status::NotAssessable);
    }

    #[test]
    fn pub002_fires_on_publication_inside_the_year() {
        let f = run(&report(
            Some(2024),
            Some(AgencyLevel::Government),
            Some((2024, 12, 31)),
        ));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].rule, "PUB002");
        assert_eq!(f[0].actual, Some("2024-12-31".into()));
    }

    #[test]
    fn pub002_silent_after_the_year_ends() {
        let f = run(&report(
            Some(2024),
            Some(AgencyLevel::Government),
            Some((2025, 1, 1)),
        ));
        assert!(f.is_empty());
    }

    #[test]
    fn registered() {
        for r in [&crate::rules::PUB001, &crate::rules::PUB002] {
            assert!(matches!(r.check, crate::finding::Check::Report(_)));
        }
    }
}
