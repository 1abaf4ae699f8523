//! LEG003: prose figures that restate a row of the pre-2019 statistics table.
//!
//! What a claim measures comes from the prose reader ([`MeasureKind`], reply categories by
//! [`LegacyOutcome::from_label`], channels by [`LegacyChannel::from_label`], nil statements);
//! this rule adds only the period the sentence speaks of, from the last period word before the
//! figure: the report year (no word, `本年`, `全年`, the report year), a stretch of years
//! (`近3年`, `以来`, a bare `累计`, `截至`), or since records began (`历年`, a cumulative
//! measure). Like periods must be equal; otherwise only the inclusions are checked (the year ≤
//! a stretch of years ≤ cumulative), and a column whose header names no period (`年末统计`)
//! may be either the year or cumulative.

use crate::finding::{Finding, Location};
use crate::report::{
    AnnualReport, Claim, ClaimKind, Figure, Indicator, LegacyChannel, LegacyOutcome, MeasureKind,
    Period, StatisticsTable,
};
use crate::rules::legacy::{at, header, row_text};
use crate::rules::LEG003;

/// The period a prose figure speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    /// The report year.
    Year,
    /// Several years up to the report year (`近3年`), or unclear between the year and
    /// cumulative (`累计`, `截至`, `以来`): within the two.
    Stretch,
    /// Since records began (`历年`).
    Cumulative,
}

/// Period words, with what they make the figure after them.
const WORDS: &[(&str, Said)] = &[
    ("历年累计", Said::Cumulative),
    ("历年", Said::Cumulative),
    ("全年累计", Said::Year),
    ("本年累计", Said::Year),
    ("年度累计", Said::Year),
    ("今年累计", Said::Year),
    ("累计", Said::Stretch),
    ("截至", Said::Stretch),
    ("截止", Said::Stretch),
    ("至今", Said::Stretch),
    ("以来", Said::Stretch),
    ("近年", Said::Stretch),
    ("近几年", Said::Stretch),
    ("年来", Said::Stretch),
    ("本年度", Said::Year),
    ("本年", Said::Year),
    ("今年", Said::Year),
    ("全年", Said::Year),
    ("当年", Said::Year),
];

/// `近3年`, `近三年`, `近两年`: a stretch of years.
fn is_recent_years(s: &str) -> bool {
    let mut it = s.chars();
    it.next() == Some('近')
        && it
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "两二三四五六七八九十".contains(c))
        && it.next() == Some('年')
}

/// The period of the figure ending at byte `end` of `sentence`; `None` when the last year
/// written before it is another year than `year` (PRO004's business, not comparable here).
fn said(sentence: &str, end: usize, year: Option<i32>) -> Option<Said> {
    let mut end = end.min(sentence.len());
    while !sentence.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = &sentence[..end];
    // Positions only grow: the last word noted is the one nearest the figure.
    let mut last: Option<(usize, Said)> = None;
    let mut note = |pos: usize, s: Said| last = Some((pos, s));
    let mut other_year_at: Option<usize> = None;
    let mut i = 0;
    while i < prefix.len() {
        let rest = &prefix[i..];
        let step = rest.chars().next().map_or(1, char::len_utf8);
        if is_recent_years(rest) {
            note(i, Said::Stretch);
            i += rest.chars().take(3).map(char::len_utf8).sum::<usize>();
            continue;
        }
        if let Some((w, s)) = WORDS.iter().find(|(w, _)| rest.starts_with(w)) {
            note(i, *s);
            i += w.len();
            continue;
        }
        let b = rest.as_bytes();
        if b.len() >= 7
            && b[..4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !prefix.as_bytes()[i - 1].is_ascii_digit())
            && rest[4..].starts_with('年')
        {
            let y: Option<i32> = rest[..4].parse().ok();
            if y.is_some() && y == year {
                note(i, Said::Year);
            } else if !rest[4..].starts_with("年以来") {
                other_year_at = Some(i);
            }
            i += 4 + '年'.len_utf8();
            continue;
        }
        i += step;
    }
    match (other_year_at, last) {
        (Some(o), Some((p, _))) if o > p => None,
        (Some(_), None) => None,
        (_, Some((_, s))) => Some(s),
        (None, None) => Some(Said::Year),
    }
}

/// The table rows a claim speaks of, with the figure it gives each.
fn restated(c: &Claim) -> Vec<(Indicator, Option<Said>, Figure)> {
    let mut out = Vec::new();
    match &c.kind {
        ClaimKind::Total {
            measure,
            total,
            parts,
            ..
        } => {
            let (ind, forced) = match measure.kind {
                Some(MeasureKind::ApplicationsReceived) => (Indicator::Applications, None),
                Some(MeasureKind::ApplicationsProcessed) => (Indicator::Replies, None),
                Some(MeasureKind::ProactiveNew) => (Indicator::Proactive, Some(Said::Year)),
                Some(MeasureKind::ProactiveCumulative) => {
                    (Indicator::Proactive, Some(Said::Cumulative))
                }
                Some(MeasureKind::Enquiries) => (Indicator::Enquiries, None),
                _ => return out,
            };
            out.push((ind, forced, total.clone()));
            if ind == Indicator::Applications {
                for p in parts {
                    if let Some(ch) = LegacyChannel::from_label(&p.label) {
                        out.push((Indicator::ApplicationsBy(ch), None, p.figure.clone()));
                    }
                }
            }
        }
        ClaimKind::Share {
            label,
            part: Some(part),
            ..
        } => {
            if let Some(o) = LegacyOutcome::from_label(label) {
                out.push((Indicator::Reply(o), None, part.clone()));
            }
        }
        ClaimKind::Completed {
            of: MeasureKind::ApplicationsReceived,
            total,
        } => out.push((Indicator::Replies, None, total.clone())),
        ClaimKind::Nil { what } => {
            let zero = Figure::new(
                0.into(),
                crate::report::Unit::Jian,
                crate::report::Approx::Exact,
                c.text_span,
            );
            if what.contains("复议") {
                out.push((Indicator::Reconsiderations, None, zero.clone()));
            }
            if what.contains("诉讼") {
                out.push((Indicator::Lawsuits, None, zero.clone()));
            }
            // `没有收到信息公开申请`, but not `没有“不予公开”的申请` (an outcome, not the count).
            const NOT_COUNT: &[&str] =
                &["复议", "诉讼", "不予", "否决", "同意", "答复", "部分", "费"];
            if what.contains("申请") && !NOT_COUNT.iter().any(|w| what.contains(w)) {
                out.push((Indicator::Applications, None, zero));
            }
        }
        _ => {}
    }
    out
}

/// How the figure must relate to a column's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    Equal,
    AtMost,
    AtLeast,
}

/// The relation between a figure of period `s` and a column of period `p` (`None`: nothing
/// can be said). `year_col` says whether the column is the table's year column.
fn relation(s: Said, p: Period, year_col: bool) -> Option<Rel> {
    let year = year_col && matches!(p, Period::Current | Period::YearToDate);
    match (s, p) {
        (Said::Year, _) if year => Some(Rel::Equal),
        (Said::Year, Period::Cumulative | Period::Unstated) => Some(Rel::AtMost),
        (Said::Stretch, _) if year => Some(Rel::AtLeast),
        (Said::Stretch, Period::Cumulative) => Some(Rel::AtMost),
        (Said::Cumulative, _) if year => Some(Rel::AtLeast),
        (Said::Cumulative, Period::Cumulative) => Some(Rel::Equal),
        (Said::Cumulative, Period::Unstated) => Some(Rel::AtLeast),
        _ => None,
    }
}

/// The first column of `t` the figure disagrees with: (column, its value, the relation).
fn conflict(t: &StatisticsTable, ind: Indicator, s: Said, f: &Figure) -> Option<(usize, u64, Rel)> {
    let row = t.row(ind)?;
    let year_col = t.year_column();
    for (j, col) in t.columns.iter().enumerate() {
        let Some(v) = row.value(j) else { continue };
        let Some(rel) = relation(s, col.period, year_col == Some(j)) else {
            continue;
        };
        let ok = match rel {
            Rel::Equal => f.admits(v.into()),
            // Bounds only from exact figures.
            _ if !f.approx.is_exact() => true,
            Rel::AtMost => f.value <= v.into(),
            Rel::AtLeast => f.value >= v.into(),
        };
        if !ok {
            return Some((j, v, rel));
        }
    }
    None
}

fn said_en(s: Said) -> &'static str {
    match s {
        Said::Year => "the report year",
        Said::Stretch => "several years (a count within the year's and the cumulative one)",
        Said::Cumulative => "since records began",
    }
}

fn rel_en(r: Rel) -> &'static str {
    match r {
        Rel::Equal => "equal it",
        Rel::AtMost => "be at most",
        Rel::AtLeast => "be at least",
    }
}

/// LEG003: prose restating the statistics table with another value.
pub(crate) fn prose_vs_statistics(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = report.legacy.as_ref().and_then(|l| l.table.as_ref()) else {
        return;
    };
    let inside = |c: &Claim| {
        t.span
            .is_some_and(|s| c.text_span.start < s.end && s.start < c.text_span.end)
    };
    for c in report.claims.iter().filter(|c| !inside(c)) {
        let end = c.text_span.end.saturating_sub(c.span.start);
        let Some(s0) = said(&c.sentence, end, report.meta.year) else {
            continue;
        };
        for (ind, forced, f) in restated(c) {
            let s = forced.unwrap_or(s0);
            let Some((j, v, rel)) = conflict(t, ind, s, &f) else {
                continue;
            };
            let Some(row) = t.row(ind) else { continue };
            let col = header(t, j);
            let loc = match c.section {
                Some(sec) => Location::section(sec, Some(c.text_span)),
                None => Location::text(c.text_span),
            };
            let mut loc = loc;
            let tab = at(row, t.columns.get(j).map(|x| x.period), None);
            loc.table = tab.table;
            loc.row = tab.row;
            loc.column = tab.column;
            out.push(
                Finding::of(&LEG003, loc)
                    .message(
                        format!(
                            "the prose gives {} for {} over {}; the statistics table has {v} under {col}, which it should {}",
                            f.value,
                            row.label,
                            said_en(s),
                            rel_en(rel)
                        ),
                        format!(
                            "正文所述“{}”为{}，统计表{col}为{v}，二者不符（按{}口径比较）",
                            row.label,
                            f.value,
                            match s {
                                Said::Year => "本年度",
                                Said::Stretch => "多年（介于本年度与历年累计之间）",
                                Said::Cumulative => "历年累计",
                            }
                        ),
                    )
                    .expected(v)
                    .actual(crate::rules::Quantity::from(f.value))
                    .evidence(format!("{} ／ 统计表：{}", c.text, row_text(row))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_from_the_last_word_before_the_figure() {
        let y = Some(2018);
        assert_eq!(
            said("近3年共受理信息公开申请2件", 40, y),
            Some(Said::Stretch)
        );
        assert_eq!(said("2018年共受理申请2件", 30, y), Some(Said::Year));
        assert_eq!(said("共受理申请2件", 30, y), Some(Said::Year));
        assert_eq!(said("2017年共受理申请2件", 30, y), None);
        assert_eq!(
            said("截至2018年底历年累计主动公开4300条", 60, y),
            Some(Said::Cumulative)
        );
        assert_eq!(said("全年累计受理申请5件", 40, y), Some(Said::Year));
        assert_eq!(
            said("2008年以来累计受理申请5件", 40, y),
            Some(Said::Stretch)
        );
        // A word after the figure does not govern it; a cut inside a character is safe.
        assert_eq!(said("受理申请2件，历年累计", 15, y), Some(Said::Year));
        assert_eq!(said("近三年", 4, y), Some(Said::Year));
    }

    #[test]
    fn relations_by_period() {
        assert_eq!(
            relation(Said::Year, Period::Current, true),
            Some(Rel::Equal)
        );
        assert_eq!(relation(Said::Year, Period::Current, false), None);
        assert_eq!(
            relation(Said::Stretch, Period::Cumulative, false),
            Some(Rel::AtMost)
        );
        assert_eq!(relation(Said::Stretch, Period::Unstated, false), None);
        assert_eq!(
            relation(Said::Year, Period::Unstated, false),
            Some(Rel::AtMost)
        );
        assert_eq!(relation(Said::Cumulative, Period::Previous, false), None);
    }
}
