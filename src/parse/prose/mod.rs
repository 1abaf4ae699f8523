//! Prose claims: finding the numeric statements of a report's sentences and typing them
//! ([`crate::report::Claim`]).
//!
//! Precision first: a sentence whose wording is not one of the patterns below yields no claim,
//! never a guessed one. Patterns (DOMAIN.md §8, "kinds of claims"):
//!
//! * a total with its breakdown: `共/合计/累计 X，其中 A、B、C`, `…分别为`, `包括`, `X：A；B`,
//!   the parts possibly in the next sentences of the paragraph (`…X条。其中，A a条…。B b条…。`)
//!   or in parentheses (`13件（含新制定5件，修改4件）`), with how complete the wording says the
//!   list is ([`crate::report::Reading`]);
//! * a part with its share: `“同意公开”的52件，占总数的94.5%` (the whole from the same sentence
//!   or a base `在已经答复的55件申请中` earlier in the paragraph), shares of a named part without
//!   its count (`其中工作信息类占62%`), and bare shares `大约90%是…`;
//! * a rate: `办结率为100%`, with its numerator and denominator when the paragraph states them
//!   (`受理2576件，已办理2520件，办理率97.8%`) or implies them (`9件申请均…予以回复`);
//! * a count of a measure the tables have, wherever it stands (`引发行政复议1起、行政诉讼1起`,
//!   `现行有效的规范性文件16件`);
//! * a count tied to a year: `2015年度…访问量为567000次`;
//! * a nil statement: `没有发生…`;
//! * the list of contents of the opening paragraph.

mod contents;
mod lists;
mod measure;
mod numbers;
mod paragraph;
mod patterns;
mod split;
mod words;

use crate::report::{Claim, ClaimKind, Section, SectionKind, Span};

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

/// Extracts the claims of `text`, given its sections: paragraph by paragraph (a paragraph that
/// runs into a new section is cut there), the contents list of the preamble sentence by
/// sentence.
pub(crate) fn extract(text: &str, sections: &[Section]) -> Vec<Claim> {
    extract_with(text, sections, &[], &[])
}

/// [`extract`], with sentences and paragraphs also ending at `breaks` (the virtual line ends of
/// flattened text, ascending).
///
/// `tables` are the byte ranges of table rows (ascending, not overlapping): a sentence inside
/// one is a row of cells, not prose, and ends the paragraph before it.
pub(crate) fn extract_with(
    text: &str,
    sections: &[Section],
    breaks: &[usize],
    tables: &[std::ops::Range<usize>],
) -> Vec<Claim> {
    let sentences = split::sentences_with(text, breaks);
    let mut table = 0usize;
    let mut cursor = SectionCursor {
        sections,
        passed: 0,
    };
    let mut out = Vec::new();
    let mut groups = 0usize;
    // The paragraph reader swaps this buffer with its own: both get room for a usual paragraph.
    let mut para: Vec<paragraph::Sent> = Vec::with_capacity(16);
    // One reader for every paragraph: its buffers are reused from one to the next.
    let mut reader = paragraph::Paragraph::new(text);
    let mut current: Option<(usize, Option<SectionKind>)> = None;
    for s in sentences {
        while tables.get(table).is_some_and(|r| r.end <= s.piece.start) {
            table += 1;
        }
        if tables
            .get(table)
            .is_some_and(|r| r.start <= s.piece.start && s.piece.end <= r.end)
        {
            if !para.is_empty() {
                reader.read(&mut para, &mut out, &mut groups);
            }
            current = None;
            continue;
        }
        let (sec, in_heading) = cursor.at(s.piece.start, s.piece.end);
        if current != Some((s.para, sec)) && !para.is_empty() {
            reader.read(&mut para, &mut out, &mut groups);
        }
        current = Some((s.para, sec));
        if in_heading {
            continue;
        }
        let stext = s.piece.text(text);
        if sec.is_none() {
            if let Some(list) = contents::contents(stext) {
                let span = Span::new(s.piece.line, s.piece.start, s.piece.end);
                out.push(Claim::new(
                    ClaimKind::Contents { sections: list },
                    sec,
                    stext,
                    span,
                ));
                continue;
            }
        }
        para.push(paragraph::Sent {
            piece: s.piece,
            section: sec,
        });
    }
    if !para.is_empty() {
        reader.read(&mut para, &mut out, &mut groups);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Figure, Unit};

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
            ..
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
