//! The flattened-text reader: a page body on one line, as `get_text()`-style scrapers and site
//! archives store it (`一、总体情况2024年，…`, table cells with no separator `0000000`, the next
//! row label glued to the last digit `3700000372.没有现成…`, `&nbsp;` padding left as irregular
//! spaces `160 02 0 018`, prose glued after a table `…继续办理20000022025年，我局…`).
//!
//! A line is read as flattened from its shape alone (never from a crawler's header lines): it
//! starts with a section heading glued to its text, or it is long and carries several section
//! headings, several §3 row labels or several §2 block headers. It is then cut into *virtual
//! lines* (byte ranges of the original text):
//!
//! 1. at every numbered section heading (`二、主动公开政府信息情况`, whether glued to its body
//!    or not), and right after the heading's title;
//! 2. in a table (from its first header or row label — `第二十条`, `（本列数据…）`, `申请人情况`,
//!    `本年新收`, `行政复议`… — to the end of its last value run): before each row label, which
//!    the template's vocabulary and numbering mark (`一、`…`四、`, `（一）`…`（七）`, `1.`…`8.`
//!    — the ordinal glued after the values of the previous row, `00000002.其他…` —, the §2 row
//!    names `规章`, `行政许可`…, and `第二十条`), and after each run of values;
//! 3. where prose follows a table: a year glued to the last value (`…20000022025年，`) starts
//!    the prose; other digits glued to a unit (`…00000013件`) leave the run's end open (the
//!    builders try it less its last digits); and text after the values that reaches a full
//!    stop before any value is prose. A table starts only where headers and labels, not a
//!    sentence, lead to its first value.
//!
//! A row line keeps its label and its values together, the values marked as possibly run
//! together (each space is a cell boundary, but one group of digits may hold several cells);
//! a row label directly followed by the next row's label is a row of blank cells. Cost: linear
//! in the line (one pass for headings with a bounded look at each, one for table starts with a
//! cursor that only moves forward, one per table).

use crate::parse::lines::Line;
use crate::parse::readers::LineKind;
use crate::parse::sections::glued_heading;
use crate::report::SectionKind;

/// The shortest line read as flattened, in bytes.
const MIN_LEN: usize = 300;

/// Where a table starts: its first header word or row label.
const TABLE_STARTS: &[&str] = &[
    "第二十条",
    "信息内容",
    "（本列数据",
    "(本列数据",
    "申请人情况",
    "本年新收",
    "行政复议",
    "行政诉讼",
    "复议后起诉",
    "未经复议",
];

/// The §2 row names (and the block header), before which a flattened §2 table is cut; a longer
/// name is listed before a name it contains.
const ACTIVE_ROWS: &[&str] = &[
    "第二十条",
    "行政规范性文件",
    "规范性文件",
    "规章",
    "行政许可",
    "其他对外管理服务事项",
    "行政处罚",
    "行政强制",
    "行政事业性收费",
    "政府集中采购",
];

/// Whether `c` is the first character of an [`ACTIVE_ROWS`] name (a cheap test before the
/// comparisons, run at every character of a table's labels).
fn may_start_active_row(c: char) -> bool {
    matches!(c, '第' | '行' | '规' | '其' | '政')
}

/// Units a count is written with in prose (`21件`, `5月`): digits glued to one of them belong
/// to the prose after a table.
const PROSE_UNITS: &[char] = &[
    '年', '月', '日', '号', '件', '条', '个', '次', '项', '人', '户', '份', '篇', '名', '家', '起',
    '批', '笔', '余', '多', '%', '％', '天', '元', '万',
];

/// Count units a table cell may carry (`2笔 984361元`) when another value follows.
const CELL_UNITS: &[char] = &['笔', '件', '条', '个', '项'];

fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{00A0}'
}

/// The character before byte `i` of `s`.
fn prev_char(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

/// The character at byte `i` of `s`.
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// Whether a line is flattened page text (see [`flattened`]).
#[cfg(test)]
pub(crate) fn is_flattened(text: &str, l: &Line) -> bool {
    flattened(text, l).is_some()
}

/// Whether a line is flattened page text: it starts with a section heading glued to what
/// follows (`一、总体情况2024年，…`, `四、…行政诉讼情况行政复议行政诉讼…`), or it is long and
/// carries four §3 row words, two §2 block headers (`第二十条第`) or at least two section
/// headings inside it.
///
/// `Some` when it is, with the line's section headings when the test read them (`None` inside
/// when it did not need them), for [`segment`] to cut the line without a second scan.
pub(crate) fn flattened(text: &str, l: &Line) -> Option<Option<Headings>> {
    let s = text.get(l.start..l.end)?;
    let t = s.trim_start_matches(is_space);
    if t.starts_with(is_numeral) {
        if let Some((_, _, len)) = glued_heading(t) {
            if t.get(len..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| !is_space(c))
            {
                return Some(None);
            }
        }
    }
    if s.len() < MIN_LEN {
        return None;
    }
    // The heading test first. (All the headings are read: a line with fewer than three is
    // scanned to its end anyway, and a flattened line's are what `segment` cuts at.)
    let heads = headings(s, usize::MAX);
    if heads.iter().take(3).filter(|h| h.0 > 0).count() >= 2
        || has_row_words(s, 4)
        || article_20_twice(s)
    {
        return Some(Some(heads));
    }
    None
}

/// Section headings of a line: byte range and kind (see [`headings`]).
pub(crate) type Headings = Vec<(usize, usize, SectionKind)>;

/// The section headings of a flattened line (up to `limit`): byte range and kind. A heading
/// starts at a numeral that no numeral precedes; after an ideograph (`…元三、收到…`, but also
/// `统一、主动公开情况…`) it must carry the number after the previous heading's.
///
/// A heading's number (`一`…`十`, or `十一`…`十九`) is followed by `、`, `.` or `．`: the scan
/// visits those separators (found with `memchr`; `、` and `．` start with bytes 0xE3 and 0xEF,
/// which no continuation byte is) and looks back for the number, instead of decoding every
/// character of the line.
fn headings(s: &str, limit: usize) -> Vec<(usize, usize, SectionKind)> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    let mut last_number = 0u8;
    let b = s.as_bytes();
    // `0xEF` also opens `，`, `（`, `）`, `：`, the most frequent characters of prose after the
    // ideographs: looked for only when the line has a `．` (the third needle is then `.`
    // again).
    let wide_stop = if crate::text::contains(s, "．") {
        0xEF
    } else {
        b'.'
    };
    for j in memchr::memchr3_iter(0xE3, b'.', wide_stop, b) {
        // `、` is `E3 80 81`, `．` is `EF BC 8E`.
        let sep = match b.get(j) {
            Some(b'.') => true,
            Some(0xE3) => b.get(j + 1..j + 3) == Some(&[0x80, 0x81]),
            _ => b.get(j + 1..j + 3) == Some(&[0xBC, 0x8E]),
        };
        if !sep {
            continue;
        }
        let Some(i) = number_start(s, j) else {
            continue;
        };
        if i < skip_to {
            continue;
        }
        let Some((n, kind, len)) = s.get(i..).and_then(glued_heading) else {
            continue;
        };
        if prev_char(s, i).is_some_and(is_ideograph) && n != last_number.saturating_add(1) {
            continue;
        }
        out.push((i, i + len, kind));
        last_number = n;
        skip_to = i + len;
        if out.len() >= limit {
            break;
        }
    }
    out
}

/// Where the number of a heading whose separator is at byte `j` starts: the run of numerals
/// ending at `j`, when it is one numeral or `十` and a digit (`十二、`) and no numeral
/// precedes it.
fn number_start(s: &str, j: usize) -> Option<usize> {
    let last = prev_char(s, j).filter(|c| is_numeral(*c))?;
    let i = j - last.len_utf8();
    match prev_char(s, i) {
        Some(c) if is_numeral(c) => {
            let i0 = i - c.len_utf8();
            let teen = c == '十' && last != '十';
            (teen && !prev_char(s, i0).is_some_and(is_numeral)).then_some(i0)
        }
        _ => Some(i),
    }
}

/// Builds the virtual lines of one physical line: each pushed line runs from the end of the
/// previous one, so the lines tile the physical line exactly.
struct Cuts<'a> {
    line: Line,
    at: usize,
    lines: &'a mut Vec<Line>,
    kinds: &'a mut Vec<LineKind>,
}

impl Cuts<'_> {
    /// Ends the current virtual line at `end` (relative to the physical line).
    fn push(&mut self, end: usize, kind: LineKind) {
        let end = end.min(self.line.end - self.line.start);
        if end <= self.at {
            return;
        }
        self.lines.push(Line {
            number: self.line.number,
            start: self.line.start + self.at,
            end: self.line.start + end,
        });
        self.kinds.push(kind);
        self.at = end;
    }

    /// A row line ending at `end` whose values start at `values` (relative).
    fn row(&mut self, end: usize, values: usize, open_end: bool) {
        let kind = LineKind::FlatRow {
            values: self.line.start + values,
            open_end,
        };
        self.push(end, kind);
    }
}

/// Cuts the flattened line `l` into virtual lines, appended to `lines` and `kinds`.
/// `heads` are the line's headings when the caller has them.
pub(crate) fn segment(
    text: &str,
    l: Line,
    heads: Option<Headings>,
    lines: &mut Vec<Line>,
    kinds: &mut Vec<LineKind>,
) {
    let Some(s) = text.get(l.start..l.end) else {
        lines.push(l);
        kinds.push(LineKind::Text);
        return;
    };
    let mut cuts = Cuts {
        line: l,
        at: 0,
        lines,
        kinds,
    };
    let mut pos = 0;
    for (a, b, _) in heads.unwrap_or_else(|| headings(s, usize::MAX)) {
        body(s, &mut cuts, pos, a);
        cuts.push(a, LineKind::FlatText);
        cuts.push(b, LineKind::FlatText);
        pos = b;
    }
    body(s, &mut cuts, pos, s.len());
}

/// Cuts the body `s[a..b]` between two headings: prose, then tables found in it.
fn body(s: &str, cuts: &mut Cuts<'_>, a: usize, b: usize) {
    let mut starts = TableStarts::new(s, a, b);
    let mut pos = a;
    while pos < b {
        let Some(t) = starts.next(pos) else {
            break;
        };
        cuts.push(t, LineKind::FlatText);
        let next = table(s, cuts, t, b);
        if next <= pos {
            break;
        }
        pos = next;
    }
    cuts.push(b, LineKind::FlatText);
}

/// The table starts of a body: each start word (in text order) that headers and labels only
/// follow up to the first value after it — no sentence punctuation outside parentheses (the
/// §3 header's note `（本列数据的勾稽关系为：…，…）` is in them), no `、` but after a numeral
/// (`一、本年新收`) —, moved back over a numbering (`一、本年新收`). Linear in the body: the words
/// are found in one pass, and the first value or punctuation after each is found by a cursor
/// that only moves forward.
struct TableStarts<'a> {
    s: &'a str,
    from: usize,
    to: usize,
    words: Vec<usize>,
    next_word: usize,
    /// The first event at or after `event_from`: (position, whether it is a value).
    event: Option<(usize, bool)>,
    event_from: usize,
}

impl<'a> TableStarts<'a> {
    fn new(s: &'a str, from: usize, to: usize) -> TableStarts<'a> {
        let hay = s.get(from..to).unwrap_or("");
        let mut words = table_start_words(hay);
        for w in &mut words {
            *w += from;
        }
        TableStarts {
            s,
            from,
            to,
            words,
            next_word: 0,
            event: None,
            event_from: from,
        }
    }

    /// The first value or sentence punctuation at or after `m`.
    fn first_event(&mut self, m: usize) -> Option<(usize, bool)> {
        if let Some((e, v)) = self.event {
            if m >= self.event_from && m <= e {
                return Some((e, v));
            }
        }
        let start = m.max(self.event_from);
        let mut depth = 0usize;
        let mut prev: Option<char> = None;
        let mut found = None;
        for (k, c) in self.s.get(start..self.to).unwrap_or("").char_indices() {
            let i = start + k;
            let event = match c {
                '（' | '(' => {
                    depth += 1;
                    None
                }
                '）' | ')' => {
                    depth = depth.saturating_sub(1);
                    None
                }
                '。' | '，' | '；' | '：' | ',' | ';' if depth == 0 => Some(false),
                '、' if depth == 0 && !prev.is_some_and(is_numeral) => Some(false),
                c if is_digit(c) && !is_ordinal(self.s, i) => Some(true),
                _ => None,
            };
            prev = Some(c);
            if let Some(v) = event {
                found = Some((i, v));
                break;
            }
        }
        self.event_from = m;
        self.event = found;
        found
    }

    /// The first table start at or after `pos`.
    fn next(&mut self, pos: usize) -> Option<usize> {
        while let Some(&m) = self.words.get(self.next_word) {
            self.next_word += 1;
            if m < pos {
                continue;
            }
            // A table: its first value comes before any sentence punctuation (or nothing
            // comes at all).
            if self.first_event(m).is_none_or(|(_, value)| value) {
                let before = self.s.get(self.from.max(pos)..m).unwrap_or("");
                return Some(m - numbering_suffix(before));
            }
        }
        None
    }
}

/// The byte length of a numbering (`一、`, `（一）`, `(一)`) at the end of `s`, or 0.
fn numbering_suffix(s: &str) -> usize {
    let mut it = s.chars().rev();
    match (it.next(), it.next()) {
        (Some('、'), Some(n)) if is_numeral(n) => '、'.len_utf8() + n.len_utf8(),
        (Some(close @ ('）' | ')')), Some(n)) if is_numeral(n) => match it.next() {
            Some(open @ ('（' | '(')) => close.len_utf8() + n.len_utf8() + open.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// Whether the digit at `i` is a row ordinal (`2.其他…`): one digit, then `.`/`．`/`、`, then
/// something other than a digit.
fn is_ordinal(s: &str, i: usize) -> bool {
    let Some(c) = char_at(s, i) else { return false };
    if !is_digit(c) {
        return false;
    }
    let j = i + c.len_utf8();
    match char_at(s, j) {
        Some('.' | '．' | '、') => {
            let k = j + char_at(s, j).map_or(1, char::len_utf8);
            char_at(s, k).is_some_and(|d| !is_digit(d) && !is_space(d))
        }
        _ => false,
    }
}

/// Whether a row label starts at byte `i`: a numbering (`一、` not after a numeral,
/// `（一）` not after `第`, an ordinal `2.`), `第二十条`, or a §2 row name.
fn label_starts(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(|c| label_starts_with(s, i, c))
}

/// [`label_starts`] with the character `c` at byte `i` already read.
fn label_starts_with(s: &str, i: usize, c: char) -> bool {
    if is_numeral(c) {
        // Inside a table, a numbering glued to a header word still starts a row
        // (`…其他一、本年新收…`).
        let after = s.get(i + c.len_utf8()..).unwrap_or("");
        return after.starts_with('、') && !prev_char(s, i).is_some_and(is_numeral);
    }
    if c == '（' || c == '(' {
        let mut it = s.get(i + c.len_utf8()..).unwrap_or("").chars();
        return it.next().is_some_and(is_numeral)
            && matches!(it.next(), Some('）' | ')'))
            && prev_char(s, i) != Some('第');
    }
    if is_digit(c) {
        return is_ordinal(s, i);
    }
    if !may_start_active_row(c) {
        return false;
    }
    let rest = s.get(i..).unwrap_or("");
    ACTIVE_ROWS.iter().any(|w| {
        rest.starts_with(w)
            && !(*w == "规范性文件" && s.get(..i).is_some_and(|b| b.ends_with("行政")))
    })
}

/// Whether a label part starts with the first item of a list (`1.`, `（一）`, `一、`): the label
/// before it is a group heading, not a row.
fn first_item(s: &str) -> bool {
    let t = s.trim_start();
    ["1.", "1．", "1、", "１.", "１．", "（一）", "(一)", "一、"]
        .iter()
        .any(|p| t.starts_with(p))
}

/// Whether a label part starts with a numbering (so that, with no values, it is a blank row).
fn numbered(s: &str) -> bool {
    let t = s.trim_start();
    let Some(c) = t.chars().next() else {
        return false;
    };
    (is_digit(c) && is_ordinal(t, 0))
        || (is_numeral(c) && t[c.len_utf8()..].starts_with('、'))
        || ((c == '（' || c == '(') && label_starts(t, 0))
}

/// The start of the next value at or after `from` (before `to`): a digit that is not a row
/// ordinal, or `/` standing for a cell.
fn next_value(s: &str, from: usize, to: usize) -> Option<usize> {
    let hay = s.get(from..to)?;
    let mut chars = hay.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let i = from + k;
        if is_digit(c) && !is_ordinal(s, i) {
            return Some(i);
        }
        if (c == '/' || c == '／')
            && chars
                .peek()
                .is_none_or(|(_, d)| is_digit(*d) || is_space(*d) || *d == '/' || *d == '／')
        {
            return Some(i);
        }
    }
    None
}

/// How a run of values ends.
enum Stop {
    /// At the end of the body.
    End,
    /// At the next row label.
    Label(usize),
    /// At a year glued to the last value: prose starts there.
    Year(usize),
    /// At a unit glued to the last value: prose starts there, the run's end is uncertain.
    Unit(usize),
    /// At other text.
    Text(usize),
}

/// Scans the run of values starting at `v`: digits, spaces, `/`, decimal points and signs
/// inside numbers, `元`/`万元` after a number, a count unit followed by another value. Gives the
/// end of the run (relative byte offset) and how it stops.
fn scan_run(s: &str, v: usize, to: usize) -> (usize, Stop) {
    let mut last = v;
    let mut i = v;
    let mut prev_digit = false;
    let hay = s.get(..to).unwrap_or(s);
    while let Some(c) = char_at(hay, i) {
        let next = char_at(hay, i + c.len_utf8());
        let take = if is_digit(c) {
            true
        } else if is_space(c) {
            i += c.len_utf8();
            prev_digit = false;
            continue;
        } else if c == '/' || c == '／' {
            true
        } else if matches!(c, '.' | '．') {
            prev_digit && next.is_some_and(is_digit)
        } else if matches!(c, '-' | '－' | '+' | '＋') {
            next.is_some_and(is_digit)
        } else if c == '元' {
            prev_digit
        } else if c == '万' && prev_digit && next == Some('元') {
            // `2059.2090万元`: both characters.
            i += c.len_utf8() + '元'.len_utf8();
            last = i;
            prev_digit = false;
            continue;
        } else if CELL_UNITS.contains(&c) {
            // `2笔 984361元`: a unit followed by another value.
            prev_digit && {
                let after = hay.get(i + c.len_utf8()..).unwrap_or("");
                let t = after.trim_start_matches(is_space);
                t.len() < after.len() && t.chars().next().is_some_and(is_digit)
            }
        } else {
            false
        };
        if !take {
            break;
        }
        prev_digit = is_digit(c);
        i += c.len_utf8();
        last = i;
    }
    let Some(c) = char_at(hay, i) else {
        return (last, Stop::End);
    };
    // An ordinal glued to the last digit: `00000002.其他`.
    if matches!(c, '.' | '．' | '、') {
        if let Some(d) = prev_char(s, last) {
            let at = last - d.len_utf8();
            if is_digit(d) && is_ordinal(s, at) {
                return (at, Stop::Label(at));
            }
        }
    }
    if c == '年' {
        if let Some(y) = year_before(s, last) {
            return (y, Stop::Year(y));
        }
    }
    if PROSE_UNITS.contains(&c) {
        return (last, Stop::Unit(last));
    }
    if label_starts(s, i) {
        return (last, Stop::Label(i));
    }
    (last, Stop::Text(i))
}

/// The start of a year (`2025`, `19xx`/`20xx`) that ends at byte `end` of `s`.
fn year_before(s: &str, end: usize) -> Option<usize> {
    let start = end.checked_sub(4)?;
    let y = s.get(start..end)?;
    (y.bytes().all(|b| b.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20")))
        .then_some(start)
}

/// Whether the text at `at` is prose: a full stop comes before the next value.
fn prose_ahead(s: &str, at: usize, to: usize) -> bool {
    let stop = next_value(s, at, to).unwrap_or(to);
    s.get(at..stop).unwrap_or("").contains('。')
}

/// Cuts a label part `s[a..b]` before each row label in it; pushes all but the last piece
/// (label-only lines, or blank rows) and returns where the last piece starts.
fn label_pieces(s: &str, cuts: &mut Cuts<'_>, a: usize, b: usize) -> usize {
    let mut starts = vec![a];
    for (k, c) in s.get(a..b).unwrap_or("").char_indices() {
        if k > 0 && label_starts_with(s, a + k, c) {
            starts.push(a + k);
        }
    }
    for w in starts.windows(2) {
        let (p, q) = (w[0], w[1]);
        let piece = s.get(p..q).unwrap_or("");
        let next = s.get(q..b).unwrap_or("");
        let kind = if numbered(piece) && !first_item(next) {
            LineKind::FlatEmptyRow
        } else {
            LineKind::FlatText
        };
        cuts.push(q, kind);
    }
    starts.last().copied().unwrap_or(a)
}

/// Cuts the table starting at `t` in `s[..to]` into label and row lines; returns where the
/// table ends (prose after it, or `to`).
fn table(s: &str, cuts: &mut Cuts<'_>, t: usize, to: usize) -> usize {
    let mut pos = t;
    loop {
        let v = next_value(s, pos, to);
        let label_end = v.unwrap_or(to);
        let row_start = label_pieces(s, cuts, pos, label_end);
        let Some(v) = v else {
            let tail = s.get(row_start..to).unwrap_or("");
            let kind = if numbered(tail) {
                LineKind::FlatEmptyRow
            } else {
                LineKind::FlatText
            };
            cuts.push(to, kind);
            return to;
        };
        let (end, stop) = scan_run(s, v, to);
        if end <= v {
            // No value before the stop (a year alone, an ordinal alone): the label has none.
            cuts.push(v, LineKind::FlatText);
        }
        match stop {
            Stop::End => {
                if end > v {
                    cuts.row(to, v, false);
                }
                return to;
            }
            Stop::Label(next) => {
                if end > v {
                    cuts.row(next, v, false);
                }
                pos = next;
            }
            Stop::Year(at) => {
                if end > v {
                    cuts.row(at, v, false);
                }
                return at;
            }
            Stop::Unit(at) => {
                if end > v {
                    cuts.row(at, v, true);
                }
                return at;
            }
            Stop::Text(at) => {
                if end > v {
                    cuts.row(at, v, false);
                }
                if prose_ahead(s, at, to) {
                    return at;
                }
                pos = at;
            }
        }
        if pos <= v {
            return to;
        }
    }
}

mod tokenize;
mod words;

pub(crate) use tokenize::tokens;
use words::{article_20_twice, has_row_words, table_start_words};

#[cfg(test)]
mod tests;
