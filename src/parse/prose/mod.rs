//! Prose claims: finding the numeric statements of a report's sentences and typing them
//! ([`crate::report::Claim`]).
//!
//! Precision first: a sentence whose wording is not one of the patterns below yields no claim,
//! never a guessed one. Patterns (DOMAIN.md §8, "kinds of claims"):
//!
//! * a total with its breakdown: `共/合计/累计 X，其中 A、B、C`, `…分别为`, `包括`;
//! * a part with its share: `“同意公开”的52件，占总数的94.5%` (the whole from the same sentence
//!   or a base sentence `在已经答复的55件申请中`), and bare shares `大约90%是…`;
//! * a rate: `办结率为100%`;
//! * a count tied to a year: `2015年度…访问量为567000次`;
//! * a nil statement: `没有发生…`;
//! * the list of contents of the opening paragraph.

mod contents;
mod measure;
mod numbers;
mod patterns;
mod split;
mod words;

use crate::report::{Claim, ClaimKind, Figure, MeasureKind, Section, SectionKind, Span};

use patterns::Clause;
use split::Piece;

/// The longest sentence a claim keeps in full; a longer one (hostile input, a paragraph with no
/// full stop) is replaced by the claim's own words, so that memory stays linear in the input.
const MAX_SENTENCE: usize = 4096;

/// Walks the sections in text order alongside the sentences.
struct SectionCursor<'a> {
    sections: &'a [Section],
    /// How many headings start at or before the current offset.
    passed: usize,
}

impl<'a> SectionCursor<'a> {
    /// Moves to `offset` (offsets only grow) and returns the section there and whether
    /// `start..end` lies inside its heading.
    fn at(&mut self, start: usize, end: usize) -> (Option<SectionKind>, bool) {
        while self
            .sections
            .get(self.passed)
            .is_some_and(|s| s.heading_span.start <= start)
        {
            self.passed += 1;
        }
        match self
            .passed
            .checked_sub(1)
            .and_then(|i| self.sections.get(i))
        {
            Some(s) => (
                Some(s.kind),
                s.heading_span.start <= start && end <= s.heading_span.end,
            ),
            None => (None, false),
        }
    }
}

/// Per-section state: the base whole for shares and the group counter.
#[derive(Default)]
struct State {
    section: Option<SectionKind>,
    base: Option<(Figure, usize)>,
    groups: usize,
}

impl State {
    fn new_group(&mut self) -> usize {
        self.groups += 1;
        self.groups
    }
}

/// The prose claims of a report text, without building the rest of the report: the sections
/// are found as [`crate::parse::parse`] finds them, and each claim carries its section.
///
/// # Example
/// ```
/// let claims = zfxxgk::parse::claims("共受理政府信息公开申请5件，其中当面申请1件，网上申请4件。");
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].figures().len(), 3);
/// ```
pub fn claims(text: &str) -> Vec<Claim> {
    let lines = crate::parse::lines::split_lines(text);
    let sections = crate::parse::sections::find_sections(text, &lines);
    extract(text, &sections)
}

/// Extracts the claims of `text`, given its sections.
pub(crate) fn extract(text: &str, sections: &[Section]) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut st = State::default();
    let mut cursor = SectionCursor {
        sections,
        passed: 0,
    };
    for sentence in split::sentences(text) {
        let (sec, in_heading) = cursor.at(sentence.start, sentence.end);
        if in_heading {
            continue;
        }
        if sec != st.section || sec.is_none() && st.groups == 0 {
            st.section = sec;
            st.base = None;
        }
        let span = Span::new(sentence.line, sentence.start, sentence.end);
        let stext = sentence.text(text);
        // Computed once per sentence, and only for a sentence that makes a claim.
        let mut comparison: Option<bool> = None;
        let mut push = |kind: ClaimKind, from: Piece, to: Piece| {
            let words = Span::new(from.line, from.start, to.end);
            let said = text.get(from.start..to.end).unwrap_or(stext);
            let claim = if stext.len() <= MAX_SENTENCE {
                Claim::new(kind, sec, stext, span)
            } else {
                Claim::new(kind, sec, said, words)
            };
            let cmp = *comparison.get_or_insert_with(|| words::compares_years(stext));
            out.push(claim.with_text(said, words).with_comparison(cmp));
        };
        if sec.is_none() {
            if let Some(list) = contents::contents(stext) {
                push(ClaimKind::Contents { sections: list }, sentence, sentence);
                continue;
            }
        }
        let clauses: Vec<Clause<'_>> = split::clauses(text, sentence)
            .into_iter()
            .map(|p| Clause::new(text, p))
            .collect();
        sentence_claims(&clauses, stext, &mut st, &mut push);
    }
    out
}

/// The claims of one sentence, given as clauses.
fn sentence_claims(
    cs: &[Clause<'_>],
    stext: &str,
    st: &mut State,
    push: &mut impl FnMut(ClaimKind, Piece, Piece),
) {
    // Only dated claims need it; most sentences have none, so it is computed on demand.
    let mut comparison: Option<bool> = None;
    let mut sentence_total: Option<(Figure, usize)> = None;
    let mut bare_group: Option<usize> = None;
    let mut bare: Vec<(ClaimKind, Piece)> = Vec::new();
    let mut rest = false;
    let mut applications = false;
    let mut sentence_kind: Option<MeasureKind> = None;
    let mut i = 0;
    while let Some(c) = cs.get(i) {
        if let Some((year, measure, value)) = patterns::dated(c) {
            push(
                ClaimKind::Dated {
                    year,
                    measure,
                    value,
                    comparison: *comparison.get_or_insert_with(|| words::compares_years(stext)),
                },
                c.piece,
                c.piece,
            );
        }
        if let Some(what) = patterns::nil(c) {
            push(ClaimKind::Nil { what }, c.piece, c.piece);
        }
        if let (Some(of), Some((total, _))) = (sentence_kind, &sentence_total) {
            if patterns::completed(c) {
                push(
                    ClaimKind::Completed {
                        of,
                        total: total.clone(),
                    },
                    c.piece,
                    c.piece,
                );
            }
        }
        for r in patterns::rates(c) {
            push(r, c.piece, c.piece);
        }
        if let Some((measure, whole)) = patterns::base(c) {
            let g = st.new_group();
            st.base = Some((whole.clone(), g));
            push(
                ClaimKind::Total {
                    measure,
                    total: whole,
                    parts: Vec::new(),
                },
                c.piece,
                c.piece,
            );
            i += 1;
            continue;
        }
        // A counted part followed by its share.
        if let (Some((label, part)), Some(next)) = (
            patterns::counted_part(c),
            cs.get(i + 1).filter(|n| n.share().is_some()),
        ) {
            let Some(share) = next.share() else { break };
            let (whole, group) = match (&sentence_total, &st.base) {
                (Some((w, g)), _) | (None, Some((w, g))) => (Some(w.clone()), *g),
                (None, None) => (None, st.new_group()),
            };
            push(
                ClaimKind::Share {
                    label,
                    part: Some(part),
                    whole,
                    share: share.clone(),
                    group,
                    rest: false,
                },
                c.piece,
                next.piece,
            );
            i += 2;
            continue;
        }
        let after_applications = applications;
        applications |= c.text.contains("申请");
        if let Some((measure, total)) = patterns::total(c, after_applications) {
            let b = patterns::breakdown(&cs[i + 1..], total.unit);
            let last = cs.get(i + b.used).map_or(c.piece, |l| l.piece);
            let group = st.new_group();
            for (label, part, share) in b.shares {
                push(
                    ClaimKind::Share {
                        label,
                        part,
                        whole: Some(total.clone()),
                        share,
                        group,
                        rest: false,
                    },
                    c.piece,
                    last,
                );
            }
            sentence_total = Some((total.clone(), group));
            sentence_kind = measure.kind;
            push(
                ClaimKind::Total {
                    measure,
                    total,
                    parts: b.parts,
                },
                c.piece,
                last,
            );
            i += 1 + b.used;
            continue;
        }
        if let Some((label, share)) = patterns::bare_share(c) {
            let group = *bare_group.get_or_insert_with(|| st.new_group());
            bare.push((
                ClaimKind::Share {
                    label,
                    part: None,
                    whole: None,
                    share,
                    group,
                    rest: false,
                },
                c.piece,
            ));
        } else if patterns::is_remainder(c) && !bare.is_empty() {
            rest = true;
        }
        i += 1;
    }
    for (mut k, piece) in bare {
        if let ClaimKind::Share { rest: r, .. } = &mut k {
            *r = rest;
        }
        push(k, piece, piece);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Unit;

    fn claims(t: &str) -> Vec<ClaimKind> {
        extract(t, &[]).into_iter().map(|c| c.kind).collect()
    }

    #[test]
    fn total_with_breakdown_and_stray_digit() {
        let k = claims("市长热线办共受理各类信访、诉求2314件,其中电话诉求1293 件,市长信箱、市民留言563件,常德社会求助服务热3线454件。");
        let ClaimKind::Total {
            total,
            parts,
            measure,
        } = &k[0]
        else {
            panic!("{k:?}")
        };
        assert_eq!(total.count(), Some(2314));
        assert_eq!(measure.label, "各类信访、诉求");
        let labels: Vec<&str> = parts.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(
            labels,
            ["电话诉求", "市长信箱、市民留言", "常德社会求助服务热3线"]
        );
        assert_eq!(parts[2].figure.count(), Some(454));
        assert_eq!(parts[0].figure.unit, Unit::Jian);
    }

    #[test]
    fn shares_take_the_base_whole() {
        let k = claims("在已经答复的55件申请中:\n“同意公开”的52件,占总数的94.5%,主要涉及民生。");
        assert_eq!(k.len(), 2);
        let ClaimKind::Share {
            whole, part, share, ..
        } = &k[1]
        else {
            panic!("{k:?}")
        };
        assert_eq!(whole.as_ref().and_then(Figure::count), Some(55));
        assert_eq!(part.as_ref().and_then(Figure::count), Some(52));
        assert_eq!(share.value.to_string(), "94.5");
    }

    #[test]
    fn unknown_wording_yields_nothing() {
        assert!(claims("我市召开了会议,部署了工作。").is_empty());
        assert!(claims("7月21日,我市组织全市46家政务公开责任单位召开了会议。").is_empty());
    }
}
