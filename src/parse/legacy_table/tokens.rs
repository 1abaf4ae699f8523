//! The statistics table as a token stream, whatever its layout: labels, units, numbers,
//! `/`, blank cells (where pipes or tabs show them), `其中` markers, enumerators and sentence
//! ends. Lines with tabs, spaces or pipes, one cell per line and text flattened onto one
//! line all give the same stream; every token keeps its byte range in the source.
//!
//! The tokenizer is lazy: it reads one whitespace-separated piece at a time, so a caller that
//! stops early (at a sentence end) pays only for what it read.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Label or header text.
    Text,
    /// A number (digits, possibly with a decimal point or `%`: those are not counts and are
    /// kept as unreadable cells).
    Num,
    /// `/` or a dash standing alone in a value position.
    Dash,
    /// An empty cell between two pipes or tabs.
    Blank,
    /// A unit (`条`, `件`, `人次`, `元`…).
    Unit,
    /// `其中`: the following rows are parts of the previous one.
    Sub,
    /// An enumerator (`1.`, `（1）`, `1、`, `1` glued to a label after `其中`).
    Enum,
    /// Sentence punctuation: the table region cannot go on.
    Stop,
}

/// How an enumerator is written: the lists of one level share a style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// `1.` `1．` `1、` or a bare `1` before the label.
    Dot,
    /// `（1）` `(1)`.
    Paren,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// For a number: glued to label text before it in the same piece (`范围1`), so it may
    /// belong to the label.
    pub glued: bool,
    /// For an enumerator: its number and style.
    pub number: u32,
    pub style: Style,
}

impl Tok {
    /// An empty cell at byte `at`.
    pub(crate) fn blank(at: usize) -> Tok {
        Tok::new(Kind::Blank, at, at)
    }

    fn new(kind: Kind, start: usize, end: usize) -> Tok {
        Tok {
            kind,
            start,
            end,
            glued: false,
            number: 0,
            style: Style::Dot,
        }
    }

    /// The token's text (empty if the range is not valid).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Units printed in the unit column.
const UNITS: &[&str] = &[
    "万元", "人次", "条", "件", "个", "次", "人", "元", "项", "份", "篇", "家", "户", "宗", "起",
    "%", "％",
];

/// Characters that end a sentence (or a clause of prose): a table has none.
fn is_stop(c: char) -> bool {
    matches!(c, '。' | '；' | '！' | '？' | '，' | ',' | ';' | '!' | '?')
}

/// Separators between pieces. Pipes and tabs separate cells.
fn is_sep(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '｜' | '\u{200B}' | '\u{FEFF}')
}

fn is_cell_sep(c: char) -> bool {
    matches!(c, '|' | '｜' | '\t')
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Characters after a number that make it an enumerator.
fn is_enum_punct(c: char) -> bool {
    matches!(c, '.' | '．' | '、' | ')' | '）')
}

/// Characters after a number that make it part of a date, not a value.
fn is_date_char(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '号' | '时')
}

fn is_unit(s: &str) -> bool {
    UNITS.contains(&s)
}

/// Whether `s` is a dash or a slash alone (a value position that holds no number).
fn is_dash(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= 2
        && s.chars()
            .all(|c| matches!(c, '/' | '／' | '\\' | '-' | '—' | '–' | '－' | '―'))
}

/// A markdown rule cell (`---`, `:--:`).
fn is_rule(s: &str) -> bool {
    s.chars().count() >= 3 && s.chars().all(|c| matches!(c, '-' | ':' | '—' | '='))
}

/// A part of a piece: a run of digits (with `,`/`.` inside and a trailing `%`) or of other
/// characters.
#[derive(Debug, Clone, Copy)]
struct Part {
    digit: bool,
    start: usize,
    end: usize,
}

/// Splits a piece (no separators inside) into digit and text parts.
fn parts(text: &str, start: usize, end: usize) -> Vec<Part> {
    let piece = text.get(start..end).unwrap_or("");
    let chars: Vec<(usize, char)> = piece.char_indices().collect();
    let mut out: Vec<Part> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        // `-3`, `+19` at the start of a piece: a signed number (a change column).
        let signed = i == 0
            && matches!(c, '-' | '+' | '－' | '＋' | '−')
            && chars.get(1).is_some_and(|x| is_digit(x.1));
        let digit = is_digit(c) || signed;
        let mut j = i + 1;
        while j < chars.len() {
            let d = chars[j].1;
            if digit {
                if is_digit(d) {
                    j += 1;
                    continue;
                }
                // `1,499`, `12.5`: a separator inside the number; `80%` ends it.
                let next_digit = chars.get(j + 1).is_some_and(|x| is_digit(x.1));
                if matches!(d, ',' | '.' | '．') && next_digit {
                    j += 1;
                    continue;
                }
                if matches!(d, '%' | '％') {
                    j += 1;
                }
                break;
            } else if is_digit(d) {
                break;
            }
            j += 1;
        }
        let stop = chars.get(j).map_or(piece.len(), |x| x.0);
        out.push(Part {
            digit,
            start: start + off,
            end: start + stop,
        });
        i = j;
    }
    out
}

/// The lazy tokenizer over `text[from..to]`.
pub(crate) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    to: usize,
    buf: std::collections::VecDeque<Tok>,
    /// The last enumerator number (`0` right after `其中`).
    last_enum: u32,
    /// Cell separators seen since the last piece, on the same line.
    cell_seps: usize,
    /// Whether the previous piece was on this line.
    same_line: bool,
}

impl<'a> Tokens<'a> {
    /// Tokens of `text[from..to]` (`from` and `to` are clamped to character boundaries).
    pub fn new(text: &'a str, from: usize, to: usize) -> Tokens<'a> {
        let mut from = from.min(text.len());
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = to.min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        Tokens {
            text,
            pos: from,
            to: to.max(from),
            buf: std::collections::VecDeque::new(),
            last_enum: 0,
            cell_seps: 0,
            same_line: false,
        }
    }

    /// Goes on with the text `from..to` (one cell of a grid), as a new line: what was not read
    /// of the previous range is dropped; the enumerators seen so far are kept.
    pub fn goto(&mut self, from: usize, to: usize) {
        let mut from = from.min(self.text.len());
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = to.min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        self.pos = from;
        self.to = to.max(from);
        self.buf.clear();
        self.cell_seps = 0;
        self.same_line = false;
    }

    /// Reads separators, then one piece, into the buffer. `false` at the end.
    fn fill(&mut self) -> bool {
        let rest = self.text.get(self.pos..self.to).unwrap_or("");
        let mut it = rest.char_indices();
        let mut start = None;
        for (i, c) in it.by_ref() {
            if is_sep(c) {
                if c == '\n' || c == '\r' {
                    // Pipes at the end of a line: `|  |` closes a blank last cell.
                    for _ in 1..self.cell_seps {
                        let at = self.pos + i;
                        self.buf.push_back(Tok::new(Kind::Blank, at, at));
                    }
                    self.cell_seps = 0;
                    self.same_line = false;
                } else if is_cell_sep(c) {
                    self.cell_seps += 1;
                }
                continue;
            }
            start = Some(i);
            break;
        }
        let Some(s) = start else {
            self.pos = self.to;
            return !self.buf.is_empty();
        };
        let s = self.pos + s;
        let e = self
            .text
            .get(s..self.to)
            .and_then(|t| t.find(is_sep).map(|k| s + k))
            .unwrap_or(self.to);
        if self.same_line {
            for _ in 1..self.cell_seps {
                self.buf.push_back(Tok::new(Kind::Blank, s, s));
            }
        }
        self.cell_seps = 0;
        self.same_line = true;
        self.pos = e;
        self.piece(s, e);
        true
    }

    /// Tokenises one piece.
    fn piece(&mut self, start: usize, end: usize) {
        let text = self.text;
        let ps = parts(text, start, end);
        let slice = |p: &Part| text.get(p.start..p.end).unwrap_or("");
        let mut skip_open_paren = false;
        let mut skip_unit = false;
        for (i, p) in ps.iter().enumerate() {
            let prev = i.checked_sub(1).and_then(|k| ps.get(k));
            let next = ps.get(i + 1);
            if p.digit {
                let d = slice(p);
                let n_first = next.and_then(|n| slice(n).chars().next());
                let p_last = prev.and_then(|q| slice(q).chars().next_back());
                if n_first.is_some_and(is_date_char) {
                    self.buf.push_back(Tok::new(Kind::Text, p.start, p.end));
                    continue;
                }
                // `291条`, `6件`: a value written with its unit (the unit is dropped).
                if ps.len() == i + 2 && next.is_some_and(|n| is_unit(slice(n))) {
                    self.buf.push_back(Tok::new(Kind::Num, p.start, p.end));
                    skip_unit = true;
                    continue;
                }
                let plain = d.chars().all(|c| c.is_ascii_digit());
                if plain
                    && matches!(p_last, Some('(' | '（'))
                    && matches!(n_first, Some(')' | '）'))
                    && d.len() <= 2
                {
                    self.push_enum(p.start, p.end, d, Style::Paren);
                    continue;
                }
                let after_marker = prev.is_none()
                    || matches!(p_last, Some('：' | ':'))
                    || self.buf.back().is_some_and(|t| t.kind == Kind::Sub);
                let enum_punct = n_first.is_some_and(is_enum_punct);
                let label_follows =
                    n_first.is_some_and(|c| !c.is_ascii_punctuation() && c > '\u{2E7F}');
                if plain && (enum_punct || (label_follows && after_marker)) {
                    self.split_enum(p.start, p.end, d);
                    continue;
                }
                let after_unit = self.buf.back().is_some_and(|t| t.kind == Kind::Unit);
                if !after_unit
                    && prev.is_some()
                    && n_first.is_some()
                    && !matches!(n_first, Some('%' | '％'))
                {
                    // `不予公开范围1”数`: a number inside a label.
                    self.buf.push_back(Tok::new(Kind::Text, p.start, p.end));
                    continue;
                }
                let mut t = Tok::new(Kind::Num, p.start, p.end);
                t.glued = prev.is_some() && !after_unit;
                self.buf.push_back(t);
                continue;
            }
            if skip_unit {
                break;
            }
            let mut s = p.start;
            let mut t = slice(p);
            if skip_open_paren {
                skip_open_paren = false;
            }
            // Enumerator punctuation after an enumerator: `．网站公开`.
            if prev.is_some_and(|q| q.digit)
                && self.buf.back().is_some_and(|b| b.kind == Kind::Enum)
            {
                let trimmed = t.trim_start_matches(is_enum_punct);
                s += t.len() - trimmed.len();
                t = trimmed;
            }
            // `（` before a parenthesised enumerator.
            if next.is_some_and(|n| n.digit) {
                let after = ps.get(i + 2).map(slice);
                if after.is_some_and(|a| a.starts_with([')', '）'])) {
                    t = t.trim_end_matches(['(', '（']);
                    skip_open_paren = true;
                }
            }
            self.text_part(s, s + t.len(), next.is_some_and(|n| n.digit));
        }
    }

    /// An enumerator, splitting off a value run together before it (`7652.` after `765`).
    fn split_enum(&mut self, start: usize, end: usize, d: &str) {
        let expected = self.last_enum.saturating_add(1).to_string();
        let small = d.len() <= 2 && !d.starts_with('0');
        if d == expected || (small && !d.ends_with(&expected)) {
            self.push_enum(start, end, d, Style::Dot);
            return;
        }
        let cut = if d.len() > expected.len() && d.ends_with(&expected) {
            d.len() - expected.len()
        } else if small {
            self.push_enum(start, end, d, Style::Dot);
            return;
        } else {
            d.len() - 1
        };
        if d[cut..].starts_with('0') {
            self.buf.push_back(Tok::new(Kind::Text, start, end));
            return;
        }
        let mut v = Tok::new(Kind::Num, start, start + cut);
        v.glued = false;
        self.buf.push_back(v);
        self.push_enum(start + cut, end, &d[cut..], Style::Dot);
    }

    fn push_enum(&mut self, start: usize, end: usize, d: &str, style: Style) {
        let n = d.parse::<u32>().unwrap_or(0);
        let mut t = Tok::new(Kind::Enum, start, end);
        t.number = n;
        t.style = style;
        self.last_enum = n;
        self.buf.push_back(t);
    }

    /// A text part: `其中`, units, dashes, stops, or label text.
    fn text_part(&mut self, start: usize, end: usize, digit_follows: bool) {
        let text = self.text;
        let t = text.get(start..end).unwrap_or("");
        if t.is_empty() {
            return;
        }
        if let Some(k) = t.find(is_stop) {
            if k > 0 {
                self.text_part(start, start + k, false);
            }
            self.buf
                .push_back(Tok::new(Kind::Stop, start + k, start + k));
            return;
        }
        if let Some(rest) = t.strip_prefix("其中") {
            self.buf
                .push_back(Tok::new(Kind::Sub, start, start + "其中".len()));
            self.last_enum = 0;
            let r = rest.trim_start_matches(['：', ':', '、']);
            let s = end - r.len();
            if !r.is_empty() {
                self.text_part(s, end, digit_follows);
            }
            return;
        }
        if is_rule(t) {
            return;
        }
        if is_dash(t) {
            self.buf.push_back(Tok::new(Kind::Dash, start, end));
            return;
        }
        if is_unit(t) {
            self.buf.push_back(Tok::new(Kind::Unit, start, end));
            return;
        }
        if digit_follows {
            // `主动公开信息数条291`: the unit glued between the label and its value.
            if let Some(u) = UNITS.iter().find(|u| t.len() > u.len() && t.ends_with(**u)) {
                let cut = end - u.len();
                self.buf.push_back(Tok::new(Kind::Text, start, cut));
                self.buf.push_back(Tok::new(Kind::Unit, cut, end));
                return;
            }
        }
        self.buf.push_back(Tok::new(Kind::Text, start, end));
    }
}

impl Iterator for Tokens<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        while self.buf.is_empty() {
            if self.pos >= self.to || !self.fill() {
                return self.buf.pop_front();
            }
        }
        self.buf.pop_front()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        Tokens::new(text, 0, text.len())
            .map(|t| (t.kind, t.text(text).to_string()))
            .collect()
    }

    #[test]
    fn a_flattened_row_with_enumerators() {
        let k = kinds("主动公开信息数 条 6 其中：1．网站公开 条 6 4. 网上申请数 条 0");
        let want = [
            (Kind::Text, "主动公开信息数"),
            (Kind::Unit, "条"),
            (Kind::Num, "6"),
            (Kind::Sub, "其中"),
            (Kind::Enum, "1"),
            (Kind::Text, "网站公开"),
            (Kind::Unit, "条"),
            (Kind::Num, "6"),
            (Kind::Enum, "4"),
            (Kind::Text, "网上申请数"),
            (Kind::Unit, "条"),
            (Kind::Num, "0"),
        ];
        let got: Vec<(Kind, &str)> = k.iter().map(|(k, s)| (*k, s.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn bare_and_parenthesised_enumerators_dates_and_labels_with_digits() {
        let got = kinds("其中：1同意公开答复数 （2）“不予公开范围3”数 件 0 2017年1月11日");
        let got: Vec<(Kind, &str)> = got.iter().map(|(k, s)| (*k, s.as_str())).collect();
        assert_eq!(
            got,
            [
                (Kind::Sub, "其中"),
                (Kind::Enum, "1"),
                (Kind::Text, "同意公开答复数"),
                (Kind::Enum, "2"),
                (Kind::Text, "“不予公开范围"),
                (Kind::Text, "3"),
                (Kind::Text, "”数"),
                (Kind::Unit, "件"),
                (Kind::Num, "0"),
                (Kind::Text, "2017"),
                (Kind::Text, "年"),
                (Kind::Text, "1"),
                (Kind::Text, "月"),
                (Kind::Text, "11"),
                (Kind::Text, "日"),
            ]
        );
    }

    #[test]
    fn blank_cells_between_pipes_and_tabs_and_stops() {
        let got = kinds("| 行政复议数 | 件 |  | 0 |\n行政诉讼数\t件\t\t1\n共6条。");
        let got: Vec<Kind> = got.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            got,
            [
                Kind::Text,
                Kind::Unit,
                Kind::Blank,
                Kind::Num,
                Kind::Text,
                Kind::Unit,
                Kind::Blank,
                Kind::Num,
                Kind::Text,
                Kind::Text,
                Kind::Unit,
                Kind::Stop
            ]
        );
    }

    #[test]
    fn run_together_units_and_an_enumerator_glued_to_a_value() {
        let got = kinds("主动公开文件数条94765其中：1.政府网站公开数条947652.政府公报公开数条00");
        let got: Vec<(Kind, &str)> = got.iter().map(|(k, s)| (*k, s.as_str())).collect();
        assert_eq!(
            got,
            [
                (Kind::Text, "主动公开文件数"),
                (Kind::Unit, "条"),
                (Kind::Num, "94765"),
                (Kind::Sub, "其中"),
                (Kind::Enum, "1"),
                (Kind::Text, "政府网站公开数"),
                (Kind::Unit, "条"),
                (Kind::Num, "94765"),
                (Kind::Enum, "2"),
                (Kind::Text, "政府公报公开数"),
                (Kind::Unit, "条"),
                (Kind::Num, "00"),
            ]
        );
    }

    #[test]
    fn values_with_their_unit() {
        let got = kinds("主动公开信息数 291条 1,499条 其中：1.网站公开 80%");
        let got: Vec<(Kind, &str)> = got.iter().map(|(k, s)| (*k, s.as_str())).collect();
        assert_eq!(
            got,
            [
                (Kind::Text, "主动公开信息数"),
                (Kind::Num, "291"),
                (Kind::Num, "1,499"),
                (Kind::Sub, "其中"),
                (Kind::Enum, "1"),
                (Kind::Text, "网站公开"),
                (Kind::Num, "80%"),
            ]
        );
    }

    #[test]
    fn signed_changes_are_one_value() {
        let got = kinds("行政复议数 件 3 -2 +1");
        let got: Vec<(Kind, &str)> = got.iter().map(|(k, s)| (*k, s.as_str())).collect();
        assert_eq!(
            got,
            [
                (Kind::Text, "行政复议数"),
                (Kind::Unit, "件"),
                (Kind::Num, "3"),
                (Kind::Num, "-2"),
                (Kind::Num, "+1"),
            ]
        );
    }

    #[test]
    fn windows_cut_inside_a_character_are_safe() {
        let text = "主动公开信息数 条 6";
        for a in 0..text.len() {
            for b in a..=text.len() {
                let _ = Tokens::new(text, a, b).count();
            }
        }
    }
}
