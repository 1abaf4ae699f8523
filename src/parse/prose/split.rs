//! Splitting prose into sentences and clauses, keeping byte offsets into the source.

/// A piece of the source: its byte range and the line it starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub line: u32,
    pub start: usize,
    pub end: usize,
}

impl Piece {
    /// The text of the piece in `text` (empty if out of range).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Whether `c` ends a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n' | '\r')
}

/// Whether `c` ends a clause inside a sentence.
pub(crate) fn ends_clause(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | ':' | '：')
}

/// Trims whitespace off a piece.
fn trimmed(text: &str, line: u32, start: usize, end: usize) -> Option<Piece> {
    let s = text.get(start..end)?;
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    Some(Piece {
        line,
        start: start + lead,
        end: start + lead + t.len(),
    })
}

/// The sentences of `text`, with the 1-based line each starts on. A sentence ends at `。！？`
/// or a line break; the terminator is not part of it.
#[cfg(test)]
pub(crate) fn sentences(text: &str) -> Vec<Piece> {
    sentences_with(text, &[])
}

/// [`sentences`], where a sentence also ends at each byte offset of `breaks` (ascending): the
/// ends of the virtual lines of flattened text (a heading, a table row, prose glued to a
/// table).
pub(crate) fn sentences_with(text: &str, breaks: &[usize]) -> Vec<Piece> {
    let mut out = Vec::new();
    for p in sentences_plain(text) {
        let mut start = p.start;
        let from = breaks.partition_point(|b| *b <= p.start);
        for b in breaks[from..].iter().take_while(|b| **b < p.end) {
            if let Some(q) = trimmed(text, p.line, start, *b) {
                out.push(q);
            }
            start = *b;
        }
        if let Some(q) = trimmed(text, p.line, start, p.end) {
            out.push(q);
        }
    }
    out
}

fn sentences_plain(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut line: u32 = 1;
    let mut start = 0;
    let mut start_line = 1;
    let mut prev_cr = false;
    for (i, c) in text.char_indices() {
        if ends_sentence(c) {
            if let Some(p) = trimmed(text, start_line, start, i) {
                out.push(p);
            }
            start = i + c.len_utf8();
            if c == '\n' && !prev_cr || c == '\r' {
                line = line.saturating_add(1);
            }
            start_line = line;
        }
        prev_cr = c == '\r';
    }
    if let Some(p) = trimmed(text, start_line, start, text.len()) {
        out.push(p);
    }
    out
}

/// The clauses of a sentence: split at `,，;；:：`.
pub(crate) fn clauses(text: &str, sentence: Piece) -> Vec<Piece> {
    let s = sentence.text(text);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if ends_clause(c) {
            if let Some(p) = trimmed(
                text,
                sentence.line,
                sentence.start + start,
                sentence.start + i,
            ) {
                out.push(p);
            }
            start = i + c.len_utf8();
        }
    }
    if let Some(p) = trimmed(text, sentence.line, sentence.start + start, sentence.end) {
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_clauses_keep_offsets_and_lines() {
        let t = "甲,乙。\n丙；丁\r\n戊";
        let s = sentences(t);
        let texts: Vec<&str> = s.iter().map(|p| p.text(t)).collect();
        assert_eq!(texts, ["甲,乙", "丙；丁", "戊"]);
        assert_eq!(s.iter().map(|p| p.line).collect::<Vec<_>>(), [1, 2, 3]);
        let c = clauses(t, s[1]);
        assert_eq!(
            c.iter().map(|p| p.text(t)).collect::<Vec<_>>(),
            ["丙", "丁"]
        );
    }
}
