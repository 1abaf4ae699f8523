//! Splitting prose into paragraphs, sentences and clauses, keeping byte offsets into the source.
//!
//! Claims must be found the same way whether a report comes one paragraph per line (web pages),
//! wrapped at the page width (PDF text: `累计主动公开政府信息\n5928\n条`) or as one flattened
//! line with its headings glued to the text (`…稳步提升。（一）强化组织保障…`). So sentences end
//! at `。！？`, and a line break ends one only when it is not a wrap inside a figure or clause;
//! paragraphs start at blank lines, at line breaks after a finished sentence (unless the line
//! before ends in a colon and opens a list) and at headings, whether on their own line or
//! inline (`…1条）（四）加强监督管理`).

use crate::text::{trim_end, trim_start};

mod marks;

use marks::clause_marks;
pub(crate) use marks::Noticed;

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

/// A sentence and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub piece: Piece,
    /// Index of the paragraph (sentences of one paragraph share it; it only grows).
    pub para: usize,
}

/// A clause of a sentence and the separator that ends it (`'\0'` for the sentence's last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ClausePiece {
    pub piece: Piece,
    pub sep: char,
    /// Whether an opening parenthesis stands in the clause.
    pub parens: bool,
}

/// Whether `c` ends a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Whether `c` ends a clause inside a sentence.
pub(crate) fn ends_clause(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | ':' | '：')
}

/// Chinese numerals used in heading numbers.
fn is_cn_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// The length in bytes of a heading marker at the start of `s` (`一、`, `（一）`, `(二)`, `1.`,
/// `2、`, `（3）`), if there is one.
pub(crate) fn heading_marker(s: &str) -> Option<usize> {
    let mut it = s.char_indices();
    let (_, first) = it.next()?;
    if matches!(first, '（' | '(') {
        let mut n = 0;
        for (i, c) in it {
            if is_cn_numeral(c) || c.is_ascii_digit() {
                n += 1;
                if n > 3 {
                    return None;
                }
            } else if matches!(c, '）' | ')') && n > 0 {
                return Some(i + c.len_utf8());
            } else {
                return None;
            }
        }
        return None;
    }
    let cn = is_cn_numeral(first);
    if !cn && !first.is_ascii_digit() {
        return None;
    }
    let mut n = 1;
    for (i, c) in it {
        if (cn && is_cn_numeral(c)) || (!cn && c.is_ascii_digit()) {
            n += 1;
            if n > 3 {
                return None;
            }
            continue;
        }
        if !matches!(c, '、' | '．' | '.') {
            return None;
        }
        let end = i + c.len_utf8();
        // `2.5万次` is a number, not a heading: a digit after `1.` makes it one.
        if !cn && s[end..].starts_with(|d: char| d.is_ascii_digit()) {
            return None;
        }
        return Some(end);
    }
    None
}

/// Whether a character whose UTF-8 encoding starts with byte `b` may be whitespace: ASCII
/// whitespace, or the lead byte of U+0085 and U+00A0 (`C2`), U+1680 (`E1`), U+2000–U+205F
/// (`E2`) or U+3000 (`E3`). Ideographs and full-width forms never are.
fn may_be_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Trims whitespace off a piece.
fn trimmed(text: &str, line: u32, start: usize, end: usize) -> Option<Piece> {
    let s = text.get(start..end)?;
    let b = s.as_bytes();
    // The lead bytes of the first and the last character: most pieces need no trimming.
    let first = *b.first()?;
    let last = b.iter().rev().find(|x| (*x & 0xC0) != 0x80).copied();
    if !may_be_space(first) && !last.is_some_and(may_be_space) {
        return Some(Piece { line, start, end });
    }
    let from = trim_start(s);
    let lead = s.len() - from.len();
    let t = trim_end(from);
    if t.is_empty() {
        return None;
    }
    Some(Piece {
        line,
        start: start + lead,
        end: start + lead + t.len(),
    })
}

/// Characters a unit starts with (`件`, `条`, `万元`, `%`…) or a qualifier between a number and
/// its unit (`余`, `多`).
fn starts_unit(c: char) -> bool {
    matches!(
        c,
        '件' | '条'
            | '次'
            | '人'
            | '家'
            | '项'
            | '个'
            | '期'
            | '篇'
            | '元'
            | '万'
            | '亿'
            | '%'
            | '％'
            | '余'
            | '多'
            | '份'
            | '起'
    )
}

/// Whether a line break between a line ending in `prev` and a next line starting with `next`
/// (`next_line` its text) is a wrap inside a sentence rather than its end.
fn is_wrap(prev: Option<char>, prev_line: &str, next: Option<char>, next_line: &str) -> bool {
    let (Some(p), Some(n)) = (prev, next) else {
        return false;
    };
    // A line cannot start with these: it continues the one before.
    if matches!(
        n,
        '，' | ',' | '、' | '）' | ')' | '；' | ';' | '：' | ':' | '。' | '%' | '％'
    ) {
        return true;
    }
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    // `5928\n条`: a number and its unit.
    if (digit(p) || p == '.') && starts_unit(n) {
        return true;
    }
    // `主动公开政府信息\n5928`: words and the number that follows them, when the next line is
    // not a numbered item and the line before is not a heading.
    if digit(n) && !ends_sentence(p) && !ends_clause(p) && !digit(p) && p > '\u{2e7f}' {
        let numbered = heading_marker(trim_start(next_line)).is_some();
        let heading = heading_marker(trim_start(prev_line)).is_some();
        // The number must end its line or be followed by a unit.
        let after = trim_start(next_line)
            .chars()
            .find(|c| !(digit(*c) || *c == '.'));
        let unit_follows = after.is_none_or(|c| starts_unit(c) || c == ' ');
        return !numbered && !heading && unit_follows;
    }
    false
}

/// The first non-space character of `s` and the line it starts (up to the next line break).
fn line_at(s: &str) -> (Option<char>, &str) {
    let end = memchr::memchr2(b'\n', b'\r', s.as_bytes()).unwrap_or(s.len());
    let line = s.get(..end).unwrap_or("");
    (trim_start(line).chars().next(), line)
}

/// Where the inline heading markers of a line are: `（四）` right after text that is not a
/// separator (`…1条）（四）加强监督管理`). Markers after `：`, `；`, `，` or at the start of the
/// line are enumerations or ordinary heading starts, handled elsewhere.
fn inline_heading(text: &str, i: usize) -> bool {
    let Some(rest) = text.get(i..) else {
        return false;
    };
    if !rest.starts_with(['（', '(']) {
        return false;
    }
    let Some(len) = heading_marker(rest) else {
        return false;
    };
    // Chinese numerals only: `（1）` inside a sentence is usually an enumeration; and a citation
    // (`第二十条第（一）项`) is no heading.
    if !rest[..len].chars().any(is_cn_numeral)
        || rest[len..].starts_with(['项', '款', '条', '目', '号'])
        || text[..i].ends_with('第')
    {
        return false;
    }
    match text[..i].chars().next_back() {
        None => false,
        Some(p) => {
            !(ends_clause(p)
                || ends_sentence(p)
                || p.is_whitespace()
                || matches!(p, '、' | '（' | '(' | '“' | '"' | '《'))
        }
    }
}

/// Whether the sentence begun at `start` is a heading whose title ends at the space at `i`:
/// a heading marker, then a short title (at most 24 characters, no digit, no punctuation), then
/// text that does not go on with punctuation.
fn heading_title_ends(text: &str, start: usize, i: usize) -> bool {
    let Some(s) = text.get(start..i) else {
        return false;
    };
    let s = s.trim_start();
    let Some(len) = heading_marker(s) else {
        return false;
    };
    let title = &s[len..];
    // Counted only as far as the limit: a long sentence is no title, whatever its length.
    let n = title.chars().take(25).count();
    let next = text.get(i..).and_then(|r| {
        r.trim_start_matches([' ', '\u{3000}', '\u{a0}'])
            .chars()
            .next()
    });
    (2..=24).contains(&n)
        && title.chars().all(|c| {
            !(c.is_ascii_digit()
                || c.is_whitespace()
                || ends_clause(c)
                || ends_sentence(c)
                || c == '、')
        })
        && next.is_some_and(|c| !(ends_clause(c) || ends_sentence(c) || c == '、' || c == '）'))
}

/// The sentences of `text` with their paragraphs, see the module documentation.
#[cfg(test)]
pub(crate) fn sentences(text: &str) -> Vec<Sentence> {
    sentences_with(text, &[])
}

/// Bytes where a character that [`sentences_with`] acts on may start: line breaks, `!`, `?`,
/// `(`, the space, and the lead bytes of `。` and the ideographic space (`E3`), of `！？（`
/// (`EF`) and of the no-break space (`C2`). Any other character (most of a text) only moves the
/// scan on.
const EVENT_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[0xC2] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'(' as usize] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// [`EVENT_BYTES`] and [`utf8_step`] in one table for the skipping scan: 0 for a byte that may
/// start an event, else how far to step to the next character.
const QUIET_STEP: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        if !EVENT_BYTES[b] {
            t[b] = utf8_step(b as u8) as u8;
        }
        b += 1;
    }
    t
};

/// Whether the character at byte `i` of `b` (a lead byte of [`EVENT_BYTES`]) is one the
/// sentence scan acts on: the no-break space (`C2 A0`), the ideographic space and `。`
/// (`E3 80 80`, `E3 80 82`), or `！（？` (`EF BC 81`, `88`, `9F`).
fn acted_on(b: &[u8], i: usize) -> bool {
    match b.get(i..).unwrap_or_default() {
        [0xC2, 0xA0, ..] | [0xE3, 0x80, 0x80 | 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x88 | 0x9F, ..] => {
            true
        }
        // Any other character with those lead bytes, or one cut short: nothing to act on.
        _ => false,
    }
}

/// How far to step from a byte to the next character: the length of the character a lead
/// byte starts, 1 for ASCII and for a continuation byte (a scan resumed inside a character
/// walks to the next boundary).
pub(crate) const fn utf8_step(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// [`sentences`], where a sentence and its paragraph also end at each byte offset of `breaks`
/// (ascending): the ends of the virtual lines a reader of flattened text found (a heading, a
/// table row, prose glued to a table), handled as line breaks that are no wrap.
///
/// The scan visits only the characters it acts on (sentence ends, line breaks, opening
/// parentheses, spaces) and the break offsets: the bytes between are skipped without decoding.
pub(crate) fn sentences_with(text: &str, breaks: &[usize]) -> Vec<Sentence> {
    scan(text, breaks, true)
}

/// The sentence scan of [`sentences_with`]; `skip`: bytes that cannot start a character it acts
/// on ([`EVENT_BYTES`]) are passed over and a sentence's heading title is looked for at its first
/// space only, else every character is visited and every space looked at (what the shortcuts
/// must not change, a property test checks).
fn scan(text: &str, breaks: &[usize], skip: bool) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    // About one sentence per 128 bytes of report text: room for most of them from the start.
    let mut out: Vec<Sentence> = Vec::with_capacity(text.len() / 128);
    let mut next_break = 0usize;
    let mut para = 0usize;
    let mut para_open = false; // the current paragraph has a sentence already
    let mut colon_list = false; // the paragraph is a list opened by a line ending in a colon
    let mut start = 0;
    let mut start_line: u32 = 1;
    let mut line: u32 = 1;
    let mut line_start = 0;
    // The sentence start whose heading title a space already ruled out: the title before any
    // later space of that sentence holds this space, and a title holds none.
    let mut untitled: Option<usize> = None;
    let push = |out: &mut Vec<Sentence>, p: Piece, para: &mut usize, open: &mut bool| {
        // A sentence that starts with a heading marker starts a paragraph.
        if *open && heading_marker(p.text(text)).is_some() {
            *para += 1;
        }
        out.push(Sentence {
            piece: p,
            para: *para,
        });
        *open = true;
    };
    let mut i = 0;
    while i < bytes.len() {
        // Breaks behind the scan fell inside the last character: they end nothing.
        while breaks.get(next_break).is_some_and(|b| *b < i) {
            next_break += 1;
        }
        // Skip to the next byte that may start an event, or to the next break.
        let limit = breaks
            .get(next_break)
            .map_or(bytes.len(), |b| (*b).min(bytes.len()));
        // A space after a space is no event either: a heading's title ends only at the first
        // space after it (text laid out by `pdftotext -layout` has long runs of spaces).
        // A whole character at a time (a lead byte tells its length), never past a break: a
        // step into the character a break cuts stops at the break.
        // Nor is any space once the sentence's title is ruled out (see `untitled`).
        // (Not skipping, none are passed over.)
        let quiet = if skip {
            bytes.get(..limit).unwrap_or(bytes)
        } else {
            &[]
        };
        let untitled_here = untitled == Some(start);
        while let Some(&b) = quiet.get(i) {
            i += match QUIET_STEP[usize::from(b)] {
                0 if b == b' ' && (untitled_here || i > 0 && bytes[i - 1] == b' ') => 1,
                // `，`, `、`, `《`… share a lead byte with the characters acted on.
                0 if b >= 0x80 && !acted_on(bytes, i) => utf8_step(b),
                0 => break,
                n => usize::from(n),
            };
        }
        i = i.min(limit);
        if i >= bytes.len() {
            break;
        }
        // The scan stops on ASCII bytes, on lead bytes and on breaks; a break inside a
        // character starts none and ends nothing (the character-wise scan never meets it).
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        // A virtual line end of flattened text before this character.
        let at_break = breaks.get(next_break) == Some(&i);
        while breaks.get(next_break).is_some_and(|b| *b <= i) {
            next_break += 1;
        }
        // The scan goes on after the character; below, `i` is the character's offset.
        let here = i;
        i += c.len_utf8();
        let i = here;
        if at_break && i > start {
            let before = trim_end(&text[start..i]).chars().next_back();
            if let Some(p) = trimmed(text, start_line, start, i) {
                push(&mut out, p, &mut para, &mut para_open);
            }
            start = i;
            start_line = line;
            let colon = before.is_some_and(|p| matches!(p, ':' | '：'));
            if !colon && !trim_start(&text[i..]).starts_with("其中") && para_open {
                para += 1;
                para_open = false;
            }
        }
        if ends_sentence(c) {
            if let Some(p) = trimmed(text, start_line, start, i) {
                push(&mut out, p, &mut para, &mut para_open);
            }
            start = i + c.len_utf8();
            start_line = line;
            continue;
        }
        if c == '\n' || c == '\r' {
            if c == '\r' && bytes.get(i + 1) == Some(&b'\n') {
                continue;
            }
            let prev_line = &text[line_start..i];
            let prev = trim_end(prev_line).chars().next_back();
            let after = i + c.len_utf8();
            let (next, next_line) = line_at(&text[after..]);
            line = line.saturating_add(1);
            line_start = after;
            if is_wrap(prev, prev_line, next, next_line) {
                continue;
            }
            let had = trimmed(text, start_line, start, i);
            if let Some(p) = had {
                push(&mut out, p, &mut para, &mut para_open);
            }
            start = after;
            start_line = line;
            // Paragraph break, unless a colon opened a list or the next line goes on with `其中`.
            let colon = prev.is_some_and(|p| matches!(p, ':' | '：'));
            let blank = next.is_none();
            let next_trimmed = trim_start(next_line);
            let heading_next = heading_marker(next_trimmed).is_some();
            if colon {
                colon_list = true;
            } else if blank || heading_next {
                colon_list = false;
            }
            let keep = !blank && !heading_next && (colon_list || next_trimmed.starts_with("其中"));
            if !keep && para_open && (prev.is_some() || blank) {
                para += 1;
                para_open = false;
            }
            continue;
        }
        // A heading's title ends at the space before its text (`（二）主动公开政府信息的主要类别
        // 在公开的11条信息中，…`, a page flattened with its sub-headings inline).
        if (c == ' ' || c == '\u{3000}' || c == '\u{a0}') && untitled != Some(start) {
            if heading_title_ends(text, start, i) {
                if let Some(p) = trimmed(text, start_line, start, i) {
                    push(&mut out, p, &mut para, &mut para_open);
                }
                start = i;
                start_line = line;
                continue;
            }
            // A space inside the leading spaces rules out nothing: the title starts after them.
            // (Not skipping, every space is looked at: what the shortcut must not change.)
            if skip && !text[start..i].trim_start().is_empty() {
                untitled = Some(start);
            }
        }
        if matches!(c, '（' | '(') && i > start && inline_heading(text, i) {
            if let Some(p) = trimmed(text, start_line, start, i) {
                push(&mut out, p, &mut para, &mut para_open);
            }
            if para_open {
                para += 1;
                para_open = false;
            }
            start = i;
            start_line = line;
        }
    }
    if let Some(p) = trimmed(text, start_line, start, text.len()) {
        push(&mut out, p, &mut para, &mut para_open);
    }
    out
}

/// The clauses of a sentence: split at `,，;；:：` outside parentheses (a parenthesised list
/// `（含新制定5件，修改4件）` stays in the clause of the figure it belongs to).
#[cfg(test)]
pub(crate) fn clauses(text: &str, sentence: Piece) -> Vec<ClausePiece> {
    let mut out = Vec::new();
    let _ = clauses_into(text, sentence, &mut out, &mut Vec::new());
    out
}

/// [`clauses`], appended to `out` (a buffer the caller reuses from sentence to sentence); the
/// offsets in `text` of the characters that may start a number are appended to `numbers`, and
/// the words of the sentence noticed on the way are returned.
///
/// One walk over the sentence's marks; a sentence with parentheses is walked once more from its
/// first opening one, to learn which of them close.
pub(crate) fn clauses_into(
    text: &str,
    sentence: Piece,
    out: &mut Vec<ClausePiece>,
    numbers: &mut Vec<usize>,
) -> Noticed {
    let s = sentence.text(text);
    // Opening parentheses that close within the sentence (an unclosed one is ordinary text),
    // learnt at the first one.
    let mut closes: Option<Vec<bool>> = None;
    let mut start = 0;
    let mut depth = 0usize;
    let mut opened = 0usize;
    // Whether an opening parenthesis stands in the current clause.
    let mut parens = false;
    let first_number = numbers.len();
    let mut marks = clause_marks(s, numbers);
    for (i, c) in marks.by_ref() {
        match c {
            '（' | '(' => {
                let closes = closes.get_or_insert_with(|| closing(s.get(i..).unwrap_or("")));
                if closes.get(opened).copied().unwrap_or(false) {
                    depth += 1;
                }
                opened += 1;
                parens = true;
            }
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && ends_clause(c) {
            if let Some(p) = trimmed(
                text,
                sentence.line,
                sentence.start + start,
                sentence.start + i,
            ) {
                out.push(ClausePiece {
                    piece: p,
                    sep: c,
                    parens,
                });
            }
            start = i + c.len_utf8();
            parens = false;
        }
    }
    if let Some(p) = trimmed(text, sentence.line, sentence.start + start, sentence.end) {
        out.push(ClausePiece {
            piece: p,
            sep: '\0',
            parens,
        });
    }
    let noticed = marks.noticed;
    // The walk gave offsets in the sentence.
    for n in numbers.iter_mut().skip(first_number) {
        *n += sentence.start;
    }
    noticed
}

/// For each opening parenthesis of `s` in order, whether it closes within `s`.
fn closing(s: &str) -> Vec<bool> {
    let mut closes: Vec<bool> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    // The numbers of the sentence are noted by the walk of `clauses_into`, not this one: it
    // stops at the marks only.
    let mut numbers = Vec::new();
    for (_, c) in marks::marks_only(s, &mut numbers) {
        match c {
            '（' | '(' => {
                stack.push(closes.len());
                closes.push(false);
            }
            '）' | ')' => {
                if let Some(k) = stack.pop() {
                    if let Some(slot) = closes.get_mut(k) {
                        *slot = true;
                    }
                }
            }
            _ => {}
        }
    }
    closes
}

#[cfg(test)]
mod tests;
