//! Claim patterns inside one sentence: totals with breakdowns, shares, rates, dated counts and
//! nil statements. Each recogniser either reads its whole pattern or yields nothing.

use crate::parse::prose::measure::{classify, clean_label, measure, measure_of_kind};
use crate::parse::prose::numbers::{figures_from, Token};
use crate::parse::prose::split::{utf8_step, Piece};
use crate::report::{Figure, Measure, MeasureKind, Unit};
use crate::text::{contains, find, has_any, has_char};

/// Markers of a total, longest first.
const TOTAL_MARKERS: &[&str] = &["共计", "合计", "累计", "总计", "共"];
/// Characters that make `共` part of another word when they stand before it (`公共`, `中共`).
const GONG_BEFORE: &[char] = &['公', '中', '总', '一'];
/// …or after it (`共同`, `共享`, `共建`).
const GONG_AFTER: &[char] = &['同', '享', '建', '性', '识', '产', '青', '赢', '治'];
/// Rate names recognised (precision first: other `…率` words yield no claim).
const RATES: &[&str] = &[
    "全文电子化率",
    "按时办结率",
    "按期答复率",
    "按时答复率",
    "电子化率",
    "办结率",
    "办复率",
    "完成率",
    "回复率",
    "答复率",
    "满意率",
    "公开率",
    "受理率",
    "办理率",
    "纠错率",
    "上网率",
];
/// Markers of a nil statement.
const NIL_MARKERS: &[&str] = &[
    "没有发生",
    "未发生",
    "没有收取",
    "未收取",
    "没有对",
    "未对",
    "未收到",
    "没有收到",
];

/// One clause with its text and figures.
pub(crate) struct Clause<'a> {
    pub piece: Piece,
    pub text: &'a str,
    /// The figures outside parentheses, left to right (offsets relative to `text`).
    pub figures: Vec<Token>,
    /// The figures inside parentheses (`13件（含新制定5件，修改4件）`).
    pub inner: Vec<Token>,
    /// Index of the clause's sentence in its paragraph.
    pub sent: usize,
    /// The matched parenthesis groups of `text` (outermost), computed once.
    pub groups: Vec<(usize, usize)>,
}

/// The byte ranges of the matched parenthesis groups of `text` (outermost only). Parentheses
/// are `(`, `)` and their full-width forms (`EF BC 88`, `EF BC 89`): the scan steps over other
/// characters by their lead byte, without decoding.
#[cfg(test)]
pub(crate) fn paren_groups(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    paren_groups_into(text, &mut out);
    out
}

/// [`paren_groups`], appended to `out` (a buffer the caller reuses).
fn paren_groups_into(text: &str, out: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    // Most clauses open no parenthesis: two searches rule them out before the walk.
    if !has_any(text, &['(', '（']) {
        return;
    }
    let mut stack: Vec<usize> = Vec::new();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let len = utf8_step(x);
        let paren = match x {
            b'(' => Some(true),
            b')' => Some(false),
            0xEF => match b.get(i + 1..i + 3) {
                Some([0xBC, 0x88]) => Some(true),
                Some([0xBC, 0x89]) => Some(false),
                _ => None,
            },
            _ => None,
        };
        match paren {
            Some(true) => stack.push(i),
            Some(false) => {
                if let Some(open) = stack.pop() {
                    if stack.is_empty() {
                        out.push((open, i + len));
                    }
                }
            }
            None => {}
        }
        i += len;
    }
}

/// Spare buffers for the vectors of clauses: a clause takes the ones it fills from here and
/// gives them back when done with ([`Clause::recycle`]), so that the clauses of a text do not
/// each allocate theirs. Most clauses hold no figure and no parenthesis: their vectors stay
/// empty and take no buffer.
#[derive(Default)]
pub(crate) struct Buffers {
    /// Allocated, empty.
    tokens: Vec<Vec<Token>>,
    groups: Vec<Vec<(usize, usize)>>,
    /// What a clause's scans find, before it is copied into the clause's own vectors.
    found: Vec<Token>,
    found_groups: Vec<(usize, usize)>,
}

/// A copy of `items` in a buffer from `spare` (no buffer when `items` is empty).
fn copied<T: Clone>(items: &[T], spare: &mut Vec<Vec<T>>) -> Vec<T> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut v = spare.pop().unwrap_or_default();
    v.extend_from_slice(items);
    v
}

/// Gives `v` back to `spare`, emptied, if it holds an allocation.
fn give_back<T>(mut v: Vec<T>, spare: &mut Vec<Vec<T>>) {
    if v.capacity() > 0 {
        v.clear();
        spare.push(v);
    }
}

impl<'a> Clause<'a> {
    #[cfg(test)]
    pub fn new(text: &'a str, piece: Piece, sent: usize) -> Clause<'a> {
        let t = piece.text(text);
        let numbers: Vec<usize> = crate::parse::prose::numbers::number_starts(t)
            .map(|i| i + piece.start)
            .collect();
        Clause::with_parens(text, piece, sent, true, &numbers, &mut Buffers::default())
    }

    /// [`Clause::new`], told whether an opening parenthesis may stand in the clause (when not,
    /// it has no parenthesis group and none is looked for) and where in `text` the characters
    /// that may start a number stand (found by the walk that split the clauses:
    /// [`crate::parse::prose::split::clauses_into`]); its vectors come from `bufs`.
    pub fn with_parens(
        text: &'a str,
        piece: Piece,
        sent: usize,
        parens: bool,
        numbers: &[usize],
        bufs: &mut Buffers,
    ) -> Clause<'a> {
        let t = piece.text(text);
        bufs.found_groups.clear();
        if parens {
            paren_groups_into(t, &mut bufs.found_groups);
        }
        bufs.found.clear();
        let starts = numbers.iter().map(|n| n.saturating_sub(piece.start));
        figures_from(t, piece.line, piece.start, starts, &mut bufs.found);
        let groups = copied(&bufs.found_groups, &mut bufs.groups);
        // Tokens and groups are both in text order: one walk sorts the tokens (without
        // parentheses, all of them are outer figures).
        let (figures, inner) = if groups.is_empty() {
            (copied(&bufs.found, &mut bufs.tokens), Vec::new())
        } else {
            let mut g = groups.iter().peekable();
            let split = bufs.found.iter().cloned().partition(|tok: &Token| {
                while g.peek().is_some_and(|(_, b)| *b <= tok.start) {
                    g.next();
                }
                !g.peek()
                    .is_some_and(|(a, b)| *a <= tok.start && tok.start < *b)
            });
            split
        };
        Clause {
            piece,
            text: t,
            figures,
            inner,
            sent,
            groups,
        }
    }

    /// Gives the clause's vectors back to `bufs`.
    pub fn recycle(self, bufs: &mut Buffers) {
        give_back(self.figures, &mut bufs.tokens);
        give_back(self.inner, &mut bufs.tokens);
        give_back(self.groups, &mut bufs.groups);
    }

    /// What follows the last outer figure, a parenthetical note right after it excluded.
    pub fn tail(&self) -> &'a str {
        let Some(last) = self.figures.last() else {
            return self.text;
        };
        match self.note_group() {
            Some((_, end)) => &self.text[end..],
            None => &self.text[last.end..],
        }
    }

    /// The parenthesis group right after the last outer figure (spaces between allowed).
    fn note_group(&self) -> Option<(usize, usize)> {
        let last = self.figures.last()?;
        let rest = &self.text[last.end..];
        let at = last.end + (rest.len() - rest.trim_start().len());
        self.groups.iter().find(|(a, _)| *a == at).copied()
    }

    /// Where the last outer figure starts (the clause's length when it has none).
    pub fn tail_start(&self) -> usize {
        self.figures.last().map_or(self.text.len(), |t| t.start)
    }

    /// The parenthetical note right after the last outer figure (`含上年结转18件`), if any:
    /// its inner text and its byte range in `text`.
    pub fn note(&self) -> Option<(&'a str, usize, usize)> {
        let (a, b) = self.note_group()?;
        let inner = self.text.get(a..b)?;
        let open = inner.chars().next()?.len_utf8();
        let close = inner.chars().next_back()?.len_utf8();
        Some((inner.get(open..inner.len() - close)?, a, b))
    }

    /// Whether the clause ends with its last figure (nothing but spaces, or one parenthetical
    /// note, after it).
    pub fn ends_with_figure(&self) -> bool {
        !self.figures.is_empty() && self.tail().trim().is_empty()
    }

    /// The single figure the clause ends with, if it has exactly one.
    pub fn sole_trailing(&self) -> Option<&Token> {
        match self.figures.as_slice() {
            [t] if self.ends_with_figure() => Some(t),
            _ => None,
        }
    }

    /// A share clause: `（其中）X占（总数的）94.5%`. Returns what stands before `占` (cleaned,
    /// possibly empty) and the share figure.
    fn any_share(&self) -> Option<(String, &Figure)> {
        let i = find(self.text, "占").or_else(|| {
            // All three hold `比`: one search rules most clauses out.
            has_char(self.text, '比')
                .then(|| {
                    ["所占比例", "比例", "比重"]
                        .iter()
                        .find_map(|w| find(self.text, w))
                })
                .flatten()
        })?;
        match self.figures.as_slice() {
            [t] if t.start > i && t.figure.unit == Unit::Percent && self.ends_with_figure() => {
                // `所占比例为60%`: `所` belongs to `占`, not to a label.
                Some((
                    clean_label(self.text[..i].trim_end_matches('所')),
                    &t.figure,
                ))
            }
            _ => None,
        }
    }

    /// A share clause of the part stated just before: `占总数的94.5%`.
    pub fn share(&self) -> Option<&Figure> {
        self.any_share()
            .and_then(|(label, f)| label.is_empty().then_some(f))
    }

    /// A share clause naming its own part: `其中工作信息类占62%`.
    pub fn labelled_share(&self) -> Option<(String, &Figure)> {
        self.any_share().filter(|(label, _)| !label.is_empty())
    }
}

/// Words that make a count an outcome of applications rather than a count of applications:
/// those holding `公开`, those holding `处理`, and the others (see [`outcome_words_in`]).
const OUTCOME_WORDS: [&[&str]; 3] = [
    &["同意公开", "予以公开", "部分公开", "不予公开"],
    &["不予处理", "其他处理"],
    &["无法提供", "不予受理", "信息不存在", "非本机关", "非本部门"],
];

/// Whether `text` holds one of [`OUTCOME_WORDS`]: those holding `公开` or `处理` are searched for
/// only when it holds that.
fn outcome_words_in(text: &str) -> bool {
    let [open, handled, others] = OUTCOME_WORDS;
    let any = |ws: &[&str]| ws.iter().any(|w| contains(text, w));
    contains(text, "公开") && any(open) || contains(text, "处理") && any(handled) || any(others)
}

/// Finds a total marker in the clause: `(marker start, marker end)`.
pub(crate) fn total_marker(text: &str) -> Option<(usize, usize)> {
    // Every marker but `共` holds `计`, and `共` holds `共`: one search for each rules most
    // clauses out, and the markers whose character is missing.
    let (gong, ji) = (has_char(text, '共'), has_char(text, '计'));
    if !gong && !ji {
        return None;
    }
    for m in TOTAL_MARKERS {
        let present = if *m == "共" { gong } else { ji };
        if !present {
            continue;
        }
        let mut from = 0;
        while let Some(rel) = text.get(from..).and_then(|t| find(t, m)) {
            let at = from + rel;
            let end = at + m.len();
            from = end;
            if *m == "共" {
                let before = text[..at].chars().next_back();
                let after = text[end..].chars().next();
                if before.is_some_and(|c| GONG_BEFORE.contains(&c))
                    || after.is_some_and(|c| GONG_AFTER.contains(&c))
                {
                    continue;
                }
            }
            return Some((at, end));
        }
    }
    None
}

/// Words that stand before a total marker without naming what is counted: who counts, and
/// when (`2020年我局共…`, `全年共…`).
const LEADS: &[&str] = &[
    "我", "本", "全", "今", "该", "此", "同时", "另", "截至", "截止",
];

/// Whether the clause starts a new total (`共办理718件`, `2020年我局共受理…`) rather than
/// naming a part that carries a marker (`…等其他信息共计2004条`).
pub(crate) fn starts_total(c: &Clause<'_>) -> bool {
    let Some((at, _)) = total_marker(c.text) else {
        return false;
    };
    let before = c.text[..at].trim();
    before.is_empty() || has_char(before, '年') || LEADS.iter().any(|l| before.starts_with(l))
}

/// A total in one clause: `(measure, total figure)`. With a marker (`共/合计/累计…`) the first
/// count after it; without one, a sole trailing count whose wording names a known measure
/// (`办结805件`, `结转72件`); `after_applications` says whether the sentence spoke of applications
/// before the clause (`收到申请859件，办结805件`).
pub(crate) fn total(c: &Clause<'_>, after_applications: bool) -> Option<(Measure, Figure)> {
    if let Some((at, end)) = total_marker(c.text) {
        let t = c.figures.iter().find(|t| t.start >= end)?;
        // Only a parenthetical note may follow the total in its clause.
        if c.figures.last() != Some(t) || !c.tail().trim().is_empty() {
            return None;
        }
        let note = c.note().map_or("", |(n, _, _)| n);
        if t.figure.unit == Unit::Percent {
            return None;
        }
        // `部门单位共31家`: what is counted stands before the marker.
        let label = match c.text[end..t.start].trim() {
            "" => &c.text[..at],
            l => l,
        };
        if has_any(label, &['《', '》']) {
            return None;
        }
        let mut m = measure(label, &c.text[..t.start]);
        if m.label.is_empty() {
            // `依申请公开共受理2件`: what is counted stands before the marker.
            m.label = clean_label(&c.text[..at]);
        }
        // `共受理申请877件（含上年结转18件）`: received and carried in together.
        if m.kind == Some(MeasureKind::ApplicationsReceived) && contains(note, "结转") {
            m.kind = Some(MeasureKind::ApplicationsHandled);
        }
        return Some((m, t.figure.clone()));
    }
    let t = c.sole_trailing()?;
    if t.figure.unit == Unit::Percent || has_any(c.text, &['《', '》']) {
        return None;
    }
    let context = &c.text[..t.start];
    // `办结的申请中同意公开答复9件`: an outcome of the applications, not their number.
    if outcome_words_in(context) || contains(context, "申请中") {
        return None;
    }
    let kind = match classify(context) {
        Some(k) => Some(k),
        None if after_applications
            && ["办结", "结转", "答复"]
                .iter()
                .any(|w| contains(context, w)) =>
        {
            classify(&format!("申请{context}"))
        }
        None => None,
    };
    // Without a total marker only application and proactive counts are read: visits come with
    // their year (`dated`), and `电话咨询3000次` is a channel of the enquiries, not their total.
    let kind = kind.filter(|k| !matches!(k, MeasureKind::Visits | MeasureKind::Enquiries))?;
    // The kind is the one found above: not classified a second time.
    Some((measure_of_kind(context, Some(kind)), t.figure.clone()))
}

/// Any clause that ends in one count, or in one count and a short noun (`公开99条政策`):
/// `(measure, figure)`, the measure named by the words around the count (what a list or a share
/// that follows can be of).
pub(crate) fn count_clause(c: &Clause<'_>) -> Option<(Measure, Figure)> {
    let t = match c.figures.as_slice() {
        [t] => t,
        _ => return None,
    };
    let after = c.tail().trim();
    let noun = !after.is_empty()
        && after.chars().count() <= 8
        && !after.contains(|ch: char| {
            ch.is_ascii_digit() || "《》“”\"、（）()".contains(ch) || ch.is_whitespace()
        });
    if !(after.is_empty() || noun) {
        return None;
    }
    // `《…工作要点》共5条` counts a document's items: a title right before the count.
    let before = c.text[..t.start].trim_end();
    let before = total_marker(before)
        .filter(|(_, end)| *end == before.len())
        .map_or(before, |(at, _)| before[..at].trim_end());
    if !t.figure.unit.is_count() || before.ends_with('》') {
        return None;
    }
    let context = &c.text[..t.start];
    let label = match total_marker(context) {
        Some((at, end)) => match context[end..].trim() {
            "" => &context[..at],
            l => l,
        },
        None => context,
    };
    let mut m = measure(label, context);
    if noun {
        m.label.push_str(after);
    }
    Some((m, t.figure.clone()))
}

/// A part stated with a count: `“同意公开”的52件` (the clause before a share clause).
pub(crate) fn counted_part(c: &Clause<'_>) -> Option<(String, Figure)> {
    let t = c.sole_trailing()?;
    if t.figure.unit == Unit::Percent {
        return None;
    }
    let label = clean_label(&c.text[..t.start]);
    (!label.is_empty()).then(|| (label, t.figure.clone()))
}

/// A bare share: `大约90%是涉及政策类信息`, `约10%是专职负责`.
pub(crate) fn bare_share(c: &Clause<'_>) -> Option<(String, Figure)> {
    let t = c.figures.first()?;
    if t.start != 0 || t.figure.unit != Unit::Percent || c.figures.len() != 1 {
        return None;
    }
    let rest = c.text[t.end..].trim_start();
    let rest = ["是", "为", "系", "属于"]
        .iter()
        .find_map(|v| rest.strip_prefix(v))?;
    let label = clean_label(rest);
    (!label.is_empty()).then(|| (label, t.figure.clone()))
}

/// Whether a clause names a remainder without a figure (`其余是涉及免予公开的信息`).
pub(crate) fn is_remainder(c: &Clause<'_>) -> bool {
    c.figures.is_empty()
        && ["其余", "剩余", "其他为", "其它为"]
            .iter()
            .any(|w| c.text.starts_with(w))
}

/// A base clause for the parts or shares that follow: `在已经答复的55件申请中`,
/// `该5件政府信息公开申请告知书中`, `在主动公开的148条政府信息中`.
pub(crate) fn base(c: &Clause<'_>) -> Option<(Measure, Figure)> {
    let lead = ["在", "该", "这", "上述", "以上"]
        .iter()
        .find_map(|p| c.text.strip_prefix(p).map(|_| p.len()))?;
    let body = c.text.strip_suffix('中')?;
    match c.figures.as_slice() {
        [t] if t.figure.unit.is_count() && t.end <= body.len() => {
            let label = format!(
                "{}{}",
                c.text.get(lead..t.start).unwrap_or(""),
                body.get(t.end..).unwrap_or("")
            );
            Some((
                Measure {
                    label: clean_label(&label),
                    kind: classify(c.text),
                },
                t.figure.clone(),
            ))
        }
        _ => None,
    }
}

/// Rates in a clause: `各类投诉回复率、办结率均为100%` → `[(回复率, 100%), (办结率, 100%)]`.
pub(crate) fn rates(c: &Clause<'_>) -> Vec<(&'static str, Figure)> {
    let Some(t) = c.figures.last() else {
        return Vec::new();
    };
    if t.figure.unit != Unit::Percent || c.figures.len() != 1 {
        return Vec::new();
    }
    let head = &c.text[..t.start];
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for r in RATES {
        let mut from = 0;
        while let Some(rel) = head.get(from..).and_then(|h| find(h, r)) {
            let at = from + rel;
            from = at + r.len();
            // A longer rate name already covers this one (`按时办结率` ⊃ `办结率`).
            if !found
                .iter()
                .any(|(s, l)| *s <= at && at + r.len() <= s + l.len())
            {
                found.push((at, r));
            }
        }
    }
    found.sort();
    found
        .into_iter()
        .map(|(_, r)| (r, t.figure.clone()))
        .collect()
}

/// A year at the start of a count: `2015年度…访问量为567000次`. Returns `(year, measure, value)`.
pub(crate) fn dated(c: &Clause<'_>) -> Option<(i32, Measure, Figure)> {
    // A dated count is a figure after a year: a clause without a figure has none, and a year
    // is four digits and `年`: a clause without `年` has none.
    if c.figures.is_empty() || !has_char(c.text, '年') {
        return None;
    }
    let b = c.text.as_bytes();
    // How deep inside 《…》 the text before `scanned` is (a year in a title is part of the
    // title), counted only up to the years found.
    let mut depth: usize = 0;
    let mut scanned = 0;
    // A year is four digits right before a `年`: only the places of `年` are looked at.
    let mut from = 0;
    while let Some(rel) = c.text.get(from..).and_then(|t| find(t, "年")) {
        let at = from + rel;
        from = at + '年'.len_utf8();
        let Some(i) = at.checked_sub(4) else {
            continue;
        };
        let is_year =
            b[i..at].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit());
        if !is_year {
            continue;
        }
        for j in scanned..i {
            // `《` and `》` both start with `E3`.
            if b[j] != 0xE3 {
                continue;
            }
            if b[j..].starts_with("《".as_bytes()) {
                depth += 1;
            } else if b[j..].starts_with("》".as_bytes()) {
                depth = depth.saturating_sub(1);
            }
        }
        scanned = i;
        let inside_title = depth > 0;
        let after = &c.text[i + 4 + '年'.len_utf8()..];
        let next = after.chars().next();
        if inside_title || next.is_some_and(|ch| ch.is_ascii_digit() || ch == '月') {
            continue;
        }
        let year: i32 = c.text[i..i + 4].parse().ok()?;
        let t = c.figures.iter().find(|t| t.start > i + 4)?;
        if t.figure.unit == Unit::Percent || !c.text[t.end..].trim().is_empty() {
            return None;
        }
        let from = i + 4 + '年'.len_utf8();
        let label = c.text[from..t.start].trim_start_matches(['度', '底', '末']);
        if has_any(label, &['《', '》']) {
            return None;
        }
        let m = measure(label, &c.text[..t.start]);
        // Precision: `2021年信息公开年报1条` names a document, not a year's count. A year dates
        // a figure when written `…年度` or when the words name a known measure.
        if m.kind.is_none() && !after.starts_with('度') {
            return None;
        }
        return Some((year, m, t.figure.clone()));
    }
    None
}

/// A completion statement without a figure: `所有申请均已办结`, `均全部按时办结`.
pub(crate) fn completed(c: &Clause<'_>) -> bool {
    /// The words holding `办结`, and those holding `答复`.
    const CLOSED: &[&str] = &[
        "均已办结",
        "全部办结",
        "均已按时办结",
        "均全部按时办结",
        "均按时办结",
        "已全部办结",
    ];
    const REPLIED: &[&str] = &["均已答复", "全部答复完毕"];
    if !c.figures.is_empty() {
        return false;
    }
    let any = |ws: &[&str]| ws.iter().any(|w| contains(c.text, w));
    // Each word is searched for only when the clause holds the word it holds.
    contains(c.text, "办结") && any(CLOSED)
        || contains(c.text, "答复") && any(REPLIED)
        || crate::parse::prose::words::says_all_done(c.text, "办结率")
}

/// Whether `text` holds `没` or `未`, which every nil marker starts with: two searches by
/// finders built once (they compare two bytes of the character at a time, where a search
/// for one of its bytes stops at every character that shares it).
pub(crate) fn may_say_nil(text: &str) -> bool {
    static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::OnceLock::new();
    let [mei, wei] = FINDERS.get_or_init(|| {
        [
            memchr::memmem::Finder::new("没".as_bytes()),
            memchr::memmem::Finder::new("未".as_bytes()),
        ]
    });
    let b = text.as_bytes();
    mei.find(b).is_some() || wei.find(b).is_some()
}

/// A nil statement in a clause: what did not happen.
pub(crate) fn nil(c: &Clause<'_>) -> Option<String> {
    if !may_say_nil(c.text) {
        return None;
    }
    NIL_MARKERS.iter().find_map(|m| {
        let at = find(c.text, m)?;
        let what = c.text[at + m.len()..].trim();
        (!what.is_empty()).then(|| what.to_string())
    })
}

#[cfg(test)]
mod tests;
