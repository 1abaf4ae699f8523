//! Tokenising one line of a table into label fragments and value cells, on the original
//! bytes: every value token keeps the exact byte range it occupies in the source text.
//!
//! Cells are separated by tabs, by `|` (markdown tables, ragged pipes), or by runs of two or
//! more spaces (`pdftotext -layout`); inside a cell, trailing whitespace-separated numbers are
//! value tokens and everything before them is label text.

use crate::text::ascii_space;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Label text (a row label, a fragment of one, a header word).
    Label,
    /// A number (`12`, `１２`, `1,234`, `-4`, `减4`, `+19`, `7730.28`, `251000元`).
    Num,
    /// `/`, `／`, `\`, or a dash alone: the cell does not apply.
    NotApplicable,
    /// An empty cell between separators (tab and pipe layouts only).
    Blank,
    /// Text in a value cell of a tab or pipe row (after the first value): kept as an
    /// unreadable cell, not dropped.
    Text,
}

/// One token with its byte range in the whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub line: u32,
    /// The character column where the token ends on a space-aligned line (`pdftotext
    /// -layout`), for placing the cells of a short row; 0 when the layout shows no columns.
    pub col: u32,
}

impl Tok {
    /// The token's text in `text` (empty if the range is not valid).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the token is a value cell (number, `/`, blank).
    pub fn is_value(&self) -> bool {
        self.kind != Kind::Label
    }
}

/// Folds the characters of a value token to ASCII for reading: full-width digits and signs,
/// full-width comma and point; thousands separators are removed.
pub(crate) fn value_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        let c = match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '．' => '.',
            '－' | '−' => '-',
            '＋' => '+',
            '／' => '/',
            _ => c,
        };
        if c == ',' || c == '，' || c.is_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}

/// Classifies a whitespace-free part of a cell.
pub(crate) fn classify(part: &str) -> Kind {
    // Most value cells are plain ASCII digits.
    if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
        return Kind::Num;
    }
    match part {
        "/" | "／" | "\\" | "-" | "—" | "–" | "－" | "--" | "——" | "―" => {
            return Kind::NotApplicable
        }
        _ => {}
    }
    if is_number(part) {
        Kind::Num
    } else {
        Kind::Label
    }
}

/// The signs a number may open with, minus signs first (`-`, full-width and typographic forms,
/// `减`), then plus signs.
const SIGNS: [&str; 7] = ["-", "－", "−", "减", "+", "＋", "增"];

/// How many of [`SIGNS`] are minus signs.
const MINUS_SIGNS: usize = 4;

/// The byte length of the sign `s` opens with (0 when none).
pub(crate) fn sign_len(s: &str) -> usize {
    SIGNS
        .iter()
        .find(|p| s.starts_with(**p))
        .map_or(0, |p| p.len())
}

/// Whether a number's text opens with a minus sign (`-4`, `－4`, `减4`).
pub(crate) fn is_negative(s: &str) -> bool {
    SIGNS[..MINUS_SIGNS].iter().any(|p| s.starts_with(p))
}

/// Whether `s` reads as a number: optional sign (`+`, `-`, `增`, `减`), digits (ASCII or
/// full-width) with optional thousands commas and one decimal point, optional `元`/`万元`.
fn is_number(s: &str) -> bool {
    // A number opens with a digit or a sign: ASCII, or a full-width form (lead byte `EF`),
    // `−` (`E2`), `减`/`增` (`E5`). Most labels are ruled out by their first byte.
    if !s
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | 0xE2 | 0xE5 | 0xEF))
    {
        return false;
    }
    let mut rest = &s[sign_len(s)..];
    for u in ["万元", "元"] {
        if let Some(r) = rest.strip_suffix(u) {
            rest = r.trim_end();
            break;
        }
    }
    let mut digits = 0usize;
    let mut points = 0usize;
    let mut last_comma = false;
    for c in rest.chars() {
        match c {
            '0'..='9' | '０'..='９' => {
                digits += 1;
                last_comma = false;
            }
            ',' | '，' if digits > 0 && !last_comma && points == 0 => last_comma = true,
            '.' | '．' if digits > 0 && points == 0 && !last_comma => points += 1,
            _ => return false,
        }
    }
    digits > 0 && !last_comma && !rest.ends_with('.') && !rest.ends_with('．')
}

/// How a line separates its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Tab,
    Pipe,
    Spaces,
}

fn is_pipe(c: char) -> bool {
    c == '|' || c == '｜'
}

/// Whether a line is a page footer or page number (`-3-`, `— 5 —`, `第 2 页`, `2/7`).
pub(crate) fn is_footer(line: &str) -> bool {
    if line.len() > 64 {
        return false;
    }
    // A footer opens with a dash, `第` or a digit: a line opening with other ASCII (a table
    // row's `|`, a letter) is none. (Tested before the digits are looked for: most short
    // table lines are ruled out by their first byte.)
    let t = crate::text::trim_end(crate::text::trim_start(line));
    if t.as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii() && !b.is_ascii_digit() && *b != b'-')
    {
        return false;
    }
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if t.is_empty() || t.chars().count() > 14 {
        return false;
    }
    let inner = t
        .trim_start_matches(['-', '—', '–', '－', '第'])
        .trim_end_matches(['-', '—', '–', '－', '页'])
        .trim();
    let dashes = ['-', '—', '–', '－'];
    let dashed = t.starts_with(dashes) && t.ends_with(dashes);
    let digits = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit());
    let of_pages = inner.split_once(['/', '共']).is_some_and(|(a, b)| {
        !a.trim().is_empty()
            && a.trim().chars().all(|c| c.is_ascii_digit())
            && b.trim()
                .trim_end_matches('页')
                .chars()
                .all(|c| c.is_ascii_digit())
    });
    (dashed && digits)
        || (t.starts_with('第') && t.ends_with('页') && digits)
        || (dashed && of_pages)
}

/// Whether a line is a markdown separator (`|---|:--|`) or made only of pipes and spaces.
fn is_rule_line(line: &str) -> bool {
    let t = crate::text::trim_end(crate::text::trim_start(line));
    if !t.starts_with(['|', '｜', '-', ':', '+', '=']) {
        return false;
    }
    if t.is_ascii() {
        return is_ascii_rule_line(t.as_bytes());
    }
    !t.is_empty()
        && t.chars().all(|c| {
            is_pipe(c) || c == '-' || c == ':' || c == '+' || c == '=' || c.is_whitespace()
        })
        && (t.contains('|') || t.contains('｜') || t.chars().all(|c| c == '-' || c == '='))
        && !t.chars().all(|c| c == '-')
        || (t.len() >= 3 && t.chars().all(|c| c == '-' || c == '='))
}

/// [`is_rule_line`] for a trimmed ASCII line, in one pass over its bytes (a markdown separator
/// is read at every table of a markdown report).
fn is_ascii_rule_line(t: &[u8]) -> bool {
    let (mut rule_chars, mut pipe, mut dash_eq, mut dash) = (true, false, true, true);
    for &b in t {
        rule_chars &= matches!(b, b'|' | b'-' | b':' | b'+' | b'=') || ascii_space(b);
        pipe |= b == b'|';
        dash_eq &= b == b'-' || b == b'=';
        dash &= b == b'-';
    }
    (!t.is_empty() && rule_chars && (pipe || dash_eq) && !dash) || (t.len() >= 3 && dash_eq)
}

/// Tokenises the line `text[start..end]` (line number `line`), appending to `out`.
pub(crate) fn tokenize_line(text: &str, start: usize, end: usize, line: u32, out: &mut Vec<Tok>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    if is_footer(s) || is_rule_line(s) {
        return;
    }
    let sep = if memchr::memchr(b'\t', s.as_bytes()).is_some() {
        Sep::Tab
    } else if memchr::memchr(b'|', s.as_bytes()).is_some() || crate::text::has_char(s, '｜') {
        Sep::Pipe
    } else {
        Sep::Spaces
    };
    let first = out.len();
    match sep {
        Sep::Tab | Sep::Pipe => split_on(s, start, line, sep, out),
        Sep::Spaces => split_spaces(s, start, line, out),
    }
    // One pass for what the rules below ask of the tokens.
    let (mut any_value, mut any_blank, mut last_label) = (false, false, None);
    for (k, t) in out[first..].iter().enumerate() {
        match t.kind {
            Kind::Num | Kind::NotApplicable => any_value = true,
            Kind::Blank => any_blank = true,
            Kind::Label => last_label = Some(k),
            Kind::Text => {}
        }
    }
    // A line without any value has no blank cells either (`第二十条第（五）项 | |||`).
    if !any_value {
        if any_blank {
            retain_from(out, first, |_, t| t.kind != Kind::Blank);
        }
        return;
    }
    // Blank cells between label cells are label positions, not cells; blanks after the last
    // label are value cells (an empty 自然人 column).
    if let (Some(last_label), true) = (last_label, any_blank) {
        let cut = first + last_label;
        retain_from(out, first, |i, t| i >= cut || t.kind != Kind::Blank);
    }
    // Text after the first value of a delimited row sits in a value cell.
    if sep != Sep::Spaces {
        if let Some(fv) = out[first..]
            .iter()
            .position(|t| matches!(t.kind, Kind::Num | Kind::NotApplicable))
        {
            for t in &mut out[first + fv..] {
                if t.kind == Kind::Label {
                    t.kind = Kind::Text;
                }
            }
        }
    }
    // Trailing blank cells of a pipe row are kept (an empty 总计). (A row of blanks only
    // was dropped above: it has no value.)
    if sep == Sep::Spaces {
        set_columns(s, start, &mut out[first..]);
    }
}

/// Records, for each token of a space-aligned line `s` (starting at byte `base`), the
/// character column where it ends (one pass over the line).
fn set_columns(s: &str, base: usize, toks: &mut [Tok]) {
    let mut chars = 0u32;
    let mut at = 0usize;
    for t in toks.iter_mut() {
        let end = t.end.saturating_sub(base);
        if let Some(part) = s.get(at..end) {
            chars = chars.saturating_add(part.chars().count() as u32);
            at = end;
            t.col = chars;
        }
    }
}

/// `Vec::retain` on the elements from `from` on (`keep` gets each one's index): the tokens
/// of the line being read, not those of the lines before it.
fn retain_from<T: Copy>(v: &mut Vec<T>, from: usize, keep: impl Fn(usize, &T) -> bool) {
    let mut w = from;
    for r in from..v.len() {
        let t = v[r];
        if keep(r, &t) {
            v[w] = t;
            w += 1;
        }
    }
    v.truncate(w);
}

/// The next cell separator of `b` at or after byte `from`: `(start, length)`. Tabs for
/// [`Sep::Tab`]; `|` and the full-width `｜` (`EF BD 9C`) for [`Sep::Pipe`]. Separators are
/// found on bytes (an ASCII byte is never inside a multi-byte character), in a plain loop:
/// cells are a few bytes long, shorter than a `memchr` call is worth.
fn next_sep(b: &[u8], from: usize, sep: Sep) -> Option<(usize, usize)> {
    let rest = b.get(from..)?;
    let at = |i: usize| from + i;
    match sep {
        Sep::Tab => rest.iter().position(|&x| x == b'\t').map(|i| (at(i), 1)),
        _ => rest.iter().enumerate().find_map(|(i, &x)| match x {
            b'|' => Some((at(i), 1)),
            0xEF if rest.get(i + 1..i + 3) == Some(&[0xBD, 0x9C]) => Some((at(i), 3)),
            _ => None,
        }),
    }
}

/// Splits on a separator character; empty cells between separators become blank tokens.
/// With `outer_end` (pipes: `| a | b |`) the empty text after the last separator is not a
/// cell; without it (tabs: `a\tb\t`) it is an empty last cell.
fn split_on(s: &str, base: usize, line: u32, sep: Sep, out: &mut Vec<Tok>) {
    let outer_end = sep == Sep::Pipe;
    let b = s.as_bytes();
    let mut cell_start = 0;
    let mut first = true;
    loop {
        let next = next_sep(b, cell_start, sep);
        let (a, e) = (cell_start, next.map_or(s.len(), |(i, _)| i));
        let cell = s.get(a..e).unwrap_or("");
        if crate::text::trim_start(cell).is_empty() {
            // The text before the first separator is not a cell, nor, for pipes, the text
            // after the last one.
            let outer = first || (outer_end && next.is_none());
            if !outer {
                out.push(Tok {
                    kind: Kind::Blank,
                    start: base + a,
                    end: base + a,
                    line,
                    col: 0,
                });
            }
        } else {
            cell_tokens(cell, base + a, line, out);
        }
        let Some((i, len)) = next else { break };
        cell_start = i + len;
        first = false;
    }
}

/// Splits a space-aligned line on runs of two or more spaces (or one ideographic space).
fn split_spaces(s: &str, base: usize, line: u32, out: &mut Vec<Tok>) {
    let mut cell_start: Option<usize> = None;
    let mut run_start = 0;
    let mut run_len = 0usize;
    let mut wide = false;
    let bytes = s.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        // ASCII (most of a table line: spaces and digits) is read without decoding.
        let i = next;
        let (space, c_wide) = match bytes[i] {
            x if x < 0x80 => {
                next += 1;
                (
                    x.is_ascii_whitespace() || x == 0x0B,
                    x == b'\t' || x == 0x0C,
                )
            }
            // Only these lead bytes open a whitespace character (U+0085, U+00A0, U+1680,
            // U+2000–U+205F, U+3000): any other character is skipped by its length.
            0xC2 | 0xE1 | 0xE2 | 0xE3 => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    next += c.len_utf8();
                    (c.is_whitespace(), c == '\u{3000}')
                }
                None => break,
            },
            x => {
                next += match x {
                    0xF0.. => 4,
                    0xE0.. => 3,
                    _ => 2,
                };
                (false, false)
            }
        };
        if space {
            if run_len == 0 {
                run_start = i;
                wide = false;
            }
            run_len += 1;
            wide |= c_wide;
            continue;
        }
        if run_len > 0 {
            if (run_len >= 2 || wide) && cell_start.is_some() {
                if let Some(a) = cell_start.take() {
                    cell_tokens(&s[a..run_start], base + a, line, out);
                }
            }
            run_len = 0;
        }
        if cell_start.is_none() {
            cell_start = Some(i);
        }
    }
    if let Some(a) = cell_start {
        let b = if run_len > 0 { run_start } else { s.len() };
        cell_tokens(&s[a..b], base + a, line, out);
    }
}

/// The whitespace-separated part of `cell[..end]` that ends last: `(start, end)`. Read
/// backwards on bytes: ASCII bytes are tested as they are, and only a character whose lead
/// byte can open a non-ASCII whitespace character (`C2`: U+0085, U+00A0; `E1`: U+1680; `E2`:
/// U+2000–U+205F; `E3`: U+3000) is decoded.
fn last_part(cell: &str, end: usize) -> Option<(usize, usize)> {
    let t = crate::text::trim_end(cell.get(..end)?);
    if t.is_empty() {
        return None;
    }
    let b = t.as_bytes();
    let mut i = b.len();
    while i > 0 {
        let x = b[i - 1];
        if x < 0x80 {
            if ascii_space(x) {
                return Some((i, t.len()));
            }
            i -= 1;
            continue;
        }
        // Back to the lead byte of the character ending at `i`.
        let mut lead = i - 1;
        while lead > 0 && b[lead] & 0xC0 == 0x80 {
            lead -= 1;
        }
        if matches!(b[lead], 0xC2 | 0xE1 | 0xE2 | 0xE3)
            && t.get(lead..i)
                .and_then(|c| c.chars().next())
                .is_some_and(char::is_whitespace)
        {
            return Some((i, t.len()));
        }
        i = lead;
    }
    Some((0, t.len()))
}

/// The tokens of one cell: label text, then trailing whitespace-separated value parts. The
/// parts are read from the end, and only until the first label part: what comes before it is
/// label text whatever it holds.
fn cell_tokens(cell: &str, base: usize, line: u32, out: &mut Vec<Tok>) {
    let tok = |kind: Kind, a: usize, b: usize| Tok {
        kind,
        start: base + a,
        end: base + b,
        line,
        col: 0,
    };
    // Most cells are one plain number between ASCII spaces: one token, read without the
    // part-by-part scan below (which gives the same token).
    let b = cell.as_bytes();
    let lead = b.iter().take_while(|x| ascii_space(**x)).count();
    let trail = b[lead..]
        .iter()
        .rev()
        .take_while(|x| ascii_space(**x))
        .count();
    let digits = &b[lead..b.len() - trail];
    if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
        out.push(tok(Kind::Num, lead, b.len() - trail));
        return;
    }
    // A cell ending with an ideograph other than `元` ends with a label part (no number,
    // mark or unit ends so): the whole cell is one label token, which the scan below would
    // find after reading its last part backwards.
    let t = crate::text::trim_end(cell);
    if let [.., x, _, _] = t.as_bytes() {
        if (0xE4..=0xE9).contains(x) && !t.ends_with('元') {
            let a = cell.len() - crate::text::trim_start(cell).len();
            out.push(tok(Kind::Label, a, t.len()));
            return;
        }
    }
    let Some(mut part) = last_part(cell, cell.len()) else {
        return;
    };
    // A unit written apart from its number (`477.35 万元`) belongs to the number.
    if matches!(&cell[part.0..part.1], "元" | "万元") {
        if let Some(prev) = last_part(cell, part.0) {
            if classify(&cell[prev.0..prev.1]) == Kind::Num {
                part = (prev.0, part.1);
            }
        }
    }
    let first = out.len();
    let mut label_end = None;
    let mut next = Some(part);
    'parts: while let Some((a, b)) = next {
        // Numbers and `/` marks run together (`102/11///1/////`, a row whose cells were
        // joined without separators) are a value each.
        let (one, marked);
        let pieces: &[(usize, usize)] = if is_marked_run(&cell[a..b]) {
            marked = marked_pieces(&cell[a..b], a);
            &marked
        } else {
            one = (a, b);
            std::slice::from_ref(&one)
        };
        for &(pa, pb) in pieces.iter().rev() {
            let kind = classify(&cell[pa..pb]);
            if kind == Kind::Label {
                label_end = Some(pb);
                break 'parts;
            }
            out.push(tok(kind, pa, pb));
        }
        next = last_part(cell, a);
    }
    out[first..].reverse();
    if let Some(b) = label_end {
        let a = cell.len() - crate::text::trim_start(cell).len();
        out.insert(first, tok(Kind::Label, a, b));
    }
}

/// Whether a whitespace-free part is numbers and `/` marks run together: ASCII digits and
/// slashes only, with a digit, and marks that cannot be a date's or a fraction's
/// (`2023/1/5`, `3/4`): a doubled mark, a mark at either end, three marks or more, or more
/// digits than a date has.
fn is_marked_run(part: &str) -> bool {
    let b = part.as_bytes();
    let slashes = b.iter().filter(|c| **c == b'/').count();
    let digits = b.len() - slashes;
    slashes > 0
        && digits > 0
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'/')
        && (part.contains("//")
            || b.first() == Some(&b'/')
            || b.last() == Some(&b'/')
            || slashes >= 3
            || digits > 8)
}

/// The pieces of a marked run at byte `base`: each run of digits, each mark.
fn marked_pieces(part: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut digits: Option<usize> = None;
    for (i, c) in part.bytes().enumerate() {
        if c == b'/' {
            if let Some(a) = digits.take() {
                out.push((base + a, base + i));
            }
            out.push((base + i, base + i + 1));
        } else if digits.is_none() {
            digits = Some(i);
        }
    }
    if let Some(a) = digits {
        out.push((base + a, base + part.len()));
    }
    out
}

/// The §3/§4 count cell a value token holds (a decimal or negative number stays visible as
/// [`Cell::Invalid`] for the domain rules).
pub(crate) fn count_cell(text: &str, t: &Tok) -> crate::report::Cell<u64> {
    use crate::report::Cell;
    match t.kind {
        Kind::Blank | Kind::Label => Cell::Blank,
        Kind::Text => Cell::Invalid(t.text(text).trim().to_string()),
        Kind::NotApplicable => Cell::NotApplicable,
        Kind::Num => {
            let raw = t.text(text);
            // Plain ASCII digits read as they are (at most 19 fit a u64 whatever they are);
            // other numbers are folded first.
            if !raw.is_empty() && raw.len() <= 19 && raw.bytes().all(|b| b.is_ascii_digit()) {
                Cell::Value(raw.bytes().fold(0u64, |v, b| v * 10 + u64::from(b - b'0')))
            } else if raw.bytes().all(|b| b.is_ascii_digit()) {
                Cell::parse(raw)
            } else {
                Cell::parse(&value_text(raw))
            }
        }
    }
}

/// The span of a token.
pub(crate) fn span(t: &Tok) -> crate::report::Span {
    crate::report::Span::new(t.line, t.start, t.end)
}

#[cfg(test)]
mod tests;
