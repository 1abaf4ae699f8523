//! Locating each table's region (a range of lines) by its own labels, with the section
//! headings as outer bounds: section numbers in real reports are unreliable (a report may
//! number its §3 section `二、`), the table labels are not.

use std::ops::Range;

use crate::parse::lines::Line;
use crate::parse::tables::rows::is_long;
use crate::report::{Section, SectionKind};
use crate::text::push_line_key;

/// The line ranges of the three tables, when found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Regions {
    pub active: Option<Range<usize>>,
    pub requests: Option<Range<usize>>,
    pub appeals: Option<Range<usize>>,
}

/// The longest a table region may be, in lines.
const MAX_REGION_LINES: usize = 600;

fn has_any(key: &str, words: &[&str]) -> bool {
    words.iter().any(|w| crate::text::contains(key, w))
}

/// The label keys of all lines in one buffer, computed once per parse and shared by format
/// detection (the whole text's key) and the table readers (each line's key; prose lines read
/// as empty).
#[derive(Debug, Clone, Default)]
pub(crate) struct LineKeys {
    buf: String,
    ends: Vec<usize>,
    prose: Vec<bool>,
}

impl LineKeys {
    /// The keys of `lines`.
    pub fn new(text: &str, lines: &[Line]) -> LineKeys {
        let mut buf = String::with_capacity(text.len());
        let mut ends = Vec::with_capacity(lines.len());
        let mut prose = Vec::with_capacity(lines.len());
        for l in lines {
            let s = text.get(l.start..l.end).unwrap_or("");
            // (The key's pass tells whether the line has a full stop: `is_prose` without a
            // second pass.)
            let full_stop = push_line_key(s, &mut buf);
            ends.push(buf.len());
            prose.push(full_stop || is_long(s));
        }
        LineKeys { buf, ends, prose }
    }

    /// The key of the whole text: line breaks are noise to a key, so it is the lines' keys
    /// one after another, and equals `label_key(text)`.
    pub fn whole(&self) -> &str {
        &self.buf
    }

    /// The key of line `i` (empty when out of range or when the line is prose).
    pub fn get(&self, i: usize) -> &str {
        if self.prose.get(i).copied().unwrap_or(true) {
            return "";
        }
        self.raw(i)
    }

    /// The key of line `i` whether it is prose or not (empty out of range): what section
    /// headings and metadata read.
    pub fn raw(&self, i: usize) -> &str {
        let start = match i.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.buf.get(start..end).unwrap_or("")
    }

    /// The keys of the lines in `range`.
    pub fn range(&self, range: Range<usize>) -> impl Iterator<Item = &str> + '_ {
        range.map(move |i| self.get(i))
    }
}

/// The index of the first line at or after `from` whose section heading starts a section of
/// one of `kinds`.
fn next_heading(
    lines: &[Line],
    sections: &[Section],
    from: usize,
    kinds: &[SectionKind],
) -> Option<usize> {
    let start = lines.get(from)?.start;
    sections
        .iter()
        .filter(|s| s.heading_span.start >= start && kinds.contains(&s.kind))
        .map(|s| {
            lines.partition_point(|l| {
                l.end <= s.heading_span.start && l.start < s.heading_span.start
            })
        })
        .filter(|i| *i >= from && *i < lines.len())
        .min()
}

/// Finds the regions.
pub(crate) fn locate(lines: &[Line], keys: &LineKeys, sections: &[Section]) -> Regions {
    let n = lines.len();
    // (Every word looked for is a few ideographs: an empty key, a prose line's, holds none.)
    let find = |from: usize, to: usize, pred: &dyn Fn(&str) -> bool| -> Option<usize> {
        (from..to.min(n)).find(|&i| {
            let k = keys.get(i);
            !k.is_empty() && pred(k)
        })
    };
    // §3: from its first row (or its header) to the first §4 label.
    let s3_row = find(0, n, &|k| {
        crate::text::contains(k, "本年新收") && crate::text::contains(k, "申请")
    });
    let s3_head = find(0, n, &|k| {
        crate::text::contains(k, "勾稽关系") || crate::text::contains(k, "申请人情况")
    });
    let s3_start = match (s3_head, s3_row) {
        (Some(h), Some(r)) if h <= r && r - h < 40 => Some(h),
        (_, Some(r)) => Some(r),
        (Some(h), None) => Some(h),
        // Neither the first row nor the header survived: the §3 heading, when outcome rows
        // follow it.
        (None, None) => {
            next_heading(lines, sections, 0, &[SectionKind::Applications]).filter(|&a| {
                find(a + 1, a + 80, &|k| {
                    crate::text::contains(k, "予以公开") || crate::text::contains(k, "结转下年度")
                })
                .is_some()
            })
        }
    };
    let mut regions = Regions::default();
    let s4_words = ["行政复议", "复议后起诉", "未经复议", "结果维持", "尚未审结"];
    let mut s4_start = None;
    if let Some(a) = s3_start {
        let limit = (a + MAX_REGION_LINES).min(n);
        let by_label = find(a + 1, limit, &|k| has_any(k, &s4_words));
        let by_heading = next_heading(
            lines,
            sections,
            a + 1,
            &[
                SectionKind::Redress,
                SectionKind::Problems,
                SectionKind::OtherMatters,
            ],
        );
        let end = [by_label, by_heading, Some(limit)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(limit);
        regions.requests = Some(a..end);
        s4_start = by_label.filter(|b| Some(*b) <= by_heading.or(Some(n)));
    }
    if s4_start.is_none() {
        let from = s3_start.map_or(0, |a| a + 1);
        s4_start = find(from, n, &|k| {
            crate::text::contains(k, "复议后起诉") || crate::text::contains(k, "未经复议直接起诉")
        });
    }
    if let Some(b) = s4_start {
        let limit = (b + 80).min(n);
        let end = next_heading(
            lines,
            sections,
            b + 1,
            &[SectionKind::Problems, SectionKind::OtherMatters],
        )
        .unwrap_or(limit)
        .min(limit);
        regions.appeals = Some(b..end);
    }
    // §2: from its first `第二十条` / `信息内容` line (or the section heading) to §3.
    let proactive = next_heading(lines, sections, 0, &[SectionKind::Proactive]);
    let s2_label = find(0, s3_start.unwrap_or(n), &|k| {
        crate::text::contains(k, "第二十条第")
            || crate::text::contains(k, "信息内容")
            || crate::text::contains(k, "本年制发件数")
            || crate::text::contains(k, "本年新制作数量")
    });
    let s2_start = s2_label.or(proactive);
    if let Some(a) = s2_start {
        let limit = (a + 300).min(n);
        let by_heading = next_heading(
            lines,
            sections,
            a + 1,
            &[
                SectionKind::Applications,
                SectionKind::Redress,
                SectionKind::Problems,
                SectionKind::OtherMatters,
            ],
        );
        let end = [s3_start.filter(|s| *s > a), by_heading, Some(limit)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(limit);
        regions.active = Some(a..end);
    }
    regions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split_lines;
    use crate::text::label_key;

    #[test]
    fn whole_key_is_the_text_key_and_prose_lines_read_empty() {
        let text = "（三）1.属于 国家秘密\r\n本年共收到申请12件。\r\r\n  总计\t5\n\u{3000}其他：";
        let keys = LineKeys::new(text, &split_lines(text));
        assert_eq!(keys.whole(), label_key(text));
        assert_eq!(keys.get(0), "三1属于国家秘密");
        assert_eq!(keys.get(1), "", "a line with 。 is prose");
        assert_eq!(keys.get(2), "", "the empty line between \\r and \\r\\n");
        assert_eq!(keys.get(3), "总计5");
        assert_eq!(keys.get(4), "其他");
        assert_eq!(keys.get(99), "");
    }
}
