//! Format, year, agency, level, publication date and section headings read from real report
//! texts (`tests/fixtures/real/*.txt`, each with its source URL on line 1; copied from the
//! project's shared fixtures).

use chrono::NaiveDate;
use zfxxgk::report::{AgencyLevel, SectionKind};
use zfxxgk::ReportFormat;

struct Expect {
    file: &'static str,
    text: &'static str,
    format: ReportFormat,
    year: Option<i32>,
    agency: Option<&'static str>,
    level: Option<AgencyLevel>,
    published: Option<(i32, u32, u32)>,
    sections: &'static [SectionKind],
}

macro_rules! fixture {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("fixtures/real/", $name, ".txt")),
        )
    };
}

fn cases() -> Vec<Expect> {
    use AgencyLevel::*;
    use ReportFormat::*;
    use SectionKind::*;
    let e = |(file, text): (&'static str, &'static str),
             format,
             year,
             agency,
             level,
             published,
             sections| Expect {
        file,
        text,
        format,
        year,
        agency,
        level,
        published,
        sections,
    };
    vec![
        e(
            fixture!("legacy-0003"),
            Legacy,
            Some(2010),
            Some("唐村镇"),
            Some(Township),
            Some((2011, 3, 14)),
            &[Overview, Proactive, Applications, ExpenditureFees, Redress],
        ),
        e(
            fixture!("legacy-0011"),
            Legacy,
            Some(2017),
            Some("泰州市人民政府"),
            Some(Government),
            Some((2018, 2, 28)),
            &[Overview],
        ),
        // A 2019 report written in the old prose structure: legacy by its headings.
        e(
            fixture!("legacy-0016"),
            Legacy,
            Some(2019),
            Some("连岛街道"),
            Some(Township),
            Some((2020, 1, 9)),
            &[Overview],
        ),
        // A 2022 report on the 2019 template: the labels decide, not the year.
        e(
            fixture!("std2019-0001"),
            Std2019,
            Some(2022),
            Some("螅镇"),
            Some(Township),
            Some((2023, 1, 31)),
            &[Overview, Proactive, Applications],
        ),
        e(
            fixture!("std2019-0007"),
            Std2019,
            Some(2020),
            Some("山阳县人民政府"),
            Some(Government),
            Some((2021, 2, 20)),
            &[Overview],
        ),
        e(
            fixture!("std2019-0015"),
            Std2019,
            Some(2020),
            Some("广州市荔湾区人民政府南源街道办事处"),
            Some(Township),
            Some((2021, 1, 18)),
            &[Overview, Proactive],
        ),
        e(
            fixture!("std2019-0018"),
            Std2019,
            Some(2020),
            Some("铜川市耀州区审计局"),
            Some(Department),
            Some((2021, 1, 25)),
            &[Overview, Proactive],
        ),
        e(
            fixture!("std2021-0004"),
            Std2021,
            Some(2022),
            Some("太平镇人民政府"),
            Some(Township),
            None,
            &[Overview, Proactive, Applications],
        ),
        e(
            fixture!("std2021-0008"),
            Std2021,
            Some(2022),
            Some("腾蛟镇人民政府"),
            Some(Township),
            None,
            &[Overview],
        ),
        e(
            fixture!("std2021-0020"),
            Std2021,
            Some(2024),
            Some("自然资源部"),
            Some(Department),
            None,
            &[Overview],
        ),
        e(
            fixture!("std2021-0021"),
            Std2021,
            Some(2025),
            Some("朝阳市自然资源局"),
            Some(Department),
            None,
            &[Overview],
        ),
    ]
}

#[test]
fn real_reports_metadata_and_sections() {
    for c in cases() {
        let p = zfxxgk::parse::parse(c.text).unwrap_or_else(|e| panic!("{}: {e}", c.file));
        let m = &p.report.meta;
        assert_eq!(m.format, c.format, "{}: format", c.file);
        assert_eq!(m.year, c.year, "{}: year", c.file);
        assert_eq!(m.agency.as_deref(), c.agency, "{}: agency", c.file);
        assert_eq!(m.level, c.level, "{}: level", c.file);
        let published = c
            .published
            .map(|(y, mo, d)| NaiveDate::from_ymd_opt(y, mo, d).expect("valid date"));
        assert_eq!(m.published, published, "{}: published", c.file);
        let kinds: Vec<SectionKind> = p.report.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, c.sections, "{}: sections", c.file);
    }
}

#[test]
fn section_spans_point_at_the_headings() {
    let (_, text) = fixture!("legacy-0003");
    let p = zfxxgk::parse::parse(text).expect("parses");
    for s in &p.report.sections {
        let h = &text[s.heading_span.start..s.heading_span.end];
        assert_eq!(h.trim(), s.heading);
        assert!(s.body_span.start >= s.heading_span.end);
        let line = text
            .lines()
            .nth(s.heading_span.line as usize - 1)
            .expect("line exists");
        assert!(
            line.contains(h.trim()),
            "line {} is {line}",
            s.heading_span.line
        );
    }
}
