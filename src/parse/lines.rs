//! Splitting text into lines with their byte offsets and 1-based numbers.

/// One line of the source: its 1-based number and byte range (without the line break).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub number: u32,
    pub start: usize,
    pub end: usize,
}

/// Splits on `\n`, `\r\n` and lone `\r` (the breaks found with `memchr`: this runs over
/// every byte of a report).
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 32 + 1);
    let mut start = 0;
    let mut number: u32 = 1;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // The `\n` of a `\r\n` pair: its line was pushed at the `\r`.
        if i < start {
            continue;
        }
        out.push(Line {
            number,
            start,
            end: i,
        });
        number = number.saturating_add(1);
        start = i + 1;
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            start = i + 2;
        }
    }
    if start < bytes.len() {
        out.push(Line {
            number,
            start,
            end: bytes.len(),
        });
    }
    out
}

/// Line numbers of a source: the start offset of each line (breaks: `\n`, `\r\n`, lone `\r`,
/// as the text reader counts them).
#[derive(Debug, Clone)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let b = text.as_bytes();
        let mut starts = vec![0];
        // Only the line breaks are visited (found by `memchr`); `\r\n` is one break.
        let mut skip_lf_at = None;
        for i in memchr::memchr2_iter(b'\n', b'\r', b) {
            if skip_lf_at == Some(i) {
                continue;
            }
            if b.get(i) == Some(&b'\r') && b.get(i + 1) == Some(&b'\n') {
                skip_lf_at = Some(i + 1);
                starts.push(i + 2);
            } else {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line holding byte `at`.
    pub(crate) fn line(&self, at: usize) -> u32 {
        let n = self.starts.partition_point(|s| *s <= at).max(1);
        u32::try_from(n).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_like_split_lines() {
        let l = LineIndex::new("a\r\nb\rc\nd");
        assert_eq!(
            [0, 1, 2, 3, 4, 5, 6, 7, 99].map(|i| l.line(i)),
            [1, 1, 1, 2, 2, 3, 3, 4, 4]
        );
    }

    /// The byte-by-byte definition [`split_lines`] must agree with.
    fn reference_lines(text: &str) -> Vec<Line> {
        let bytes = text.as_bytes();
        let (mut out, mut start, mut number, mut i) = (Vec::new(), 0, 1u32, 0);
        while i < bytes.len() {
            if bytes[i] == b'\n' || bytes[i] == b'\r' {
                out.push(Line {
                    number,
                    start,
                    end: i,
                });
                number += 1;
                if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            i += 1;
        }
        if start < bytes.len() {
            out.push(Line {
                number,
                start,
                end: bytes.len(),
            });
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn lines_match_the_definition(t in "[a\r\n一]{0,24}") {
            proptest::prop_assert_eq!(split_lines(&t), reference_lines(&t));
        }

        #[test]
        fn line_index_matches_the_definition(t in "[a\r\n一]{0,24}") {
            let index = LineIndex::new(&t);
            for l in reference_lines(&t) {
                for at in l.start..=l.end {
                    proptest::prop_assert_eq!(index.line(at), l.number);
                }
            }
        }
    }

    #[test]
    fn crlf_and_cr() {
        let t = "a\r\nbb\rc\n\nd";
        let l = split_lines(t);
        let texts: Vec<&str> = l.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(texts, vec!["a", "bb", "c", "", "d"]);
        assert_eq!(l[4].number, 5);
    }
}
