//! Claim patterns inside one sentence: totals with breakdowns, shares, rates, dated counts and
//! nil statements. Each recogniser either reads its whole pattern or yields nothing.

use crate::parse::prose::measure::{classify, clean_label, measure};
use crate::parse::prose::numbers::{figures, Token};
use crate::parse::prose::split::Piece;
use crate::report::{ClaimKind, Figure, Measure, MeasureKind, Part, Unit};

/// Markers of a total, longest first.
const TOTAL_MARKERS: &[&str] = &["共计", "合计", "累计", "总计", "共"];
/// Characters that make `共` part of another word when they stand before it (`公共`, `中共`).
const GONG_BEFORE: &[char] = &['公', '中', '总', '一'];
/// …or after it (`共同`, `共享`, `共建`).
const GONG_AFTER: &[char] = &['同', '享', '建', '性', '识', '产', '青', '赢', '治'];
/// Words that introduce a breakdown.
const BREAKDOWN_MARKERS: &[&str] = &["其中包括", "其中", "包括"];
/// Words that say the figures that follow are given in the order of the labels before.
const RESPECTIVELY: &[&str] = &["分别为", "分别是", "分别有", "分别占"];
/// Rate names recognised (precision first: other `…率` words yield no claim).
const RATES: &[&str] = &[
    "全文电子化率",
    "按时办结率",
    "按期答复率",
    "按时答复率",
    "电子化率",
    "办结率",
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
    pub figures: Vec<Token>,
}

impl<'a> Clause<'a> {
    pub fn new(text: &'a str, piece: Piece) -> Clause<'a> {
        let t = piece.text(text);
        Clause {
            piece,
            text: t,
            figures: figures(t, piece.line, piece.start),
        }
    }

    /// Whether the clause ends with its last figure (nothing but spaces after it).
    fn ends_with_figure(&self) -> bool {
        self.figures
            .last()
            .is_some_and(|t| self.text[t.end..].trim().is_empty())
    }

    /// The single figure the clause ends with, if it has exactly one.
    fn sole_trailing(&self) -> Option<&Token> {
        match self.figures.as_slice() {
            [t] if self.ends_with_figure() => Some(t),
            _ => None,
        }
    }

    /// A share clause: `（其中）X占（总数的）94.5%`. Returns what stands before `占` (cleaned,
    /// possibly empty) and the share figure.
    fn any_share(&self) -> Option<(String, &Figure)> {
        let i = self.text.find('占')?;
        match self.figures.as_slice() {
            [t] if t.start > i && t.figure.unit == Unit::Percent && self.ends_with_figure() => {
                Some((clean_label(&self.text[..i]), &t.figure))
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

/// Words that make a count an outcome of applications rather than a count of applications.
const OUTCOME_WORDS: &[&str] = &[
    "同意公开",
    "予以公开",
    "部分公开",
    "不予公开",
    "无法提供",
    "不予处理",
    "其他处理",
    "不予受理",
    "信息不存在",
    "非本机关",
    "非本部门",
];

/// Finds a total marker in the clause: `(marker start, marker end)`.
fn total_marker(text: &str) -> Option<(usize, usize)> {
    // Every marker holds 共 or 计: one character scan rules most clauses out.
    if !text.contains(['共', '计']) {
        return None;
    }
    for m in TOTAL_MARKERS {
        let mut from = 0;
        while let Some(rel) = text.get(from..).and_then(|t| t.find(m)) {
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

/// A total in one clause: `(measure, total figure)`. With a marker (`共/合计/累计…`) the first
/// count after it; without one, a sole trailing count whose wording names a known measure
/// (`办结805件`, `结转72件`); `after_applications` says whether the sentence spoke of applications
/// before the clause (`收到申请859件，办结805件`).
pub(crate) fn total(c: &Clause<'_>, after_applications: bool) -> Option<(Measure, Figure)> {
    if let Some((at, end)) = total_marker(c.text) {
        let t = c.figures.iter().find(|t| t.start >= end)?;
        let note = parenthetical(&c.text[t.end..])?;
        if t.figure.unit == Unit::Percent {
            return None;
        }
        // `部门单位共31家`: what is counted stands before the marker.
        let label = match c.text[end..t.start].trim() {
            "" => &c.text[..at],
            l => l,
        };
        if label.contains(['《', '》']) {
            return None;
        }
        let mut m = measure(label, &c.text[..t.start]);
        if m.label.is_empty() {
            // `依申请公开共受理2件`: what is counted stands before the marker.
            m.label = clean_label(&c.text[..at]);
        }
        // `共受理申请877件（含上年结转18件）`: received and carried in together.
        if m.kind == Some(MeasureKind::ApplicationsReceived) && note.contains("结转") {
            m.kind = Some(MeasureKind::ApplicationsHandled);
        }
        return Some((m, t.figure.clone()));
    }
    let t = c.sole_trailing()?;
    if t.figure.unit == Unit::Percent || c.text.contains(['《', '》']) {
        return None;
    }
    let context = &c.text[..t.start];
    // `办结的申请中同意公开答复9件`: an outcome of the applications, not their number.
    if OUTCOME_WORDS.iter().any(|w| context.contains(w)) || context.contains("申请中") {
        return None;
    }
    let kind = match classify(context) {
        Some(k) => Some(k),
        None if after_applications
            && ["办结", "结转", "答复"].iter().any(|w| context.contains(w)) =>
        {
            classify(&format!("申请{context}"))
        }
        None => None,
    };
    // Without a total marker only application and proactive counts are read: visits come with
    // their year (`dated`), and `电话咨询3000次` is a channel of the enquiries, not their total.
    let kind = kind.filter(|k| !matches!(k, MeasureKind::Visits | MeasureKind::Enquiries))?;
    let mut m = measure(context, context);
    m.kind = Some(kind);
    Some((m, t.figure.clone()))
}

/// What may follow a total in its clause: nothing, or one parenthetical note (`（含上年结转18件）`),
/// whose inner text is returned. `None` when anything else follows.
fn parenthetical(rest: &str) -> Option<&str> {
    let r = rest.trim();
    if r.is_empty() {
        return Some("");
    }
    let inner = r
        .strip_prefix(['(', '（'])
        .and_then(|x| x.strip_suffix([')', '）']))?;
    (!inner.contains(['(', '（', ')', '）'])).then_some(inner)
}

/// Parts in a clause of a breakdown: each figure with the words before it. The clause must end
/// with its last figure and every figure must have a label.
fn parts_of(c: &Clause<'_>, unit: Unit) -> Option<Vec<Part>> {
    if c.figures.is_empty() || !c.ends_with_figure() {
        return None;
    }
    let mut out = Vec::new();
    let mut prev = 0;
    for t in &c.figures {
        if t.figure.unit != unit {
            return None;
        }
        let label = clean_label(&c.text[prev..t.start]);
        if label.is_empty() || RESPECTIVELY.iter().any(|r| label.contains(r)) {
            return None;
        }
        out.push(Part {
            label,
            figure: t.figure.clone(),
        });
        prev = t.end;
    }
    Some(out)
}

/// `A、B和C分别为1件、2件、3件` starting at clause `i` (the figures may run into the following
/// clauses). Returns the parts and the number of clauses used.
fn respectively(cs: &[Clause<'_>], unit: Unit) -> Option<(Vec<Part>, usize)> {
    let c = cs.first()?;
    let (at, m) = RESPECTIVELY
        .iter()
        .find_map(|m| c.text.find(m).map(|i| (i, *m)))?;
    let head = c.text[..at].trim();
    let head = BREAKDOWN_MARKERS
        .iter()
        .find_map(|m| head.strip_prefix(m))
        .unwrap_or(head);
    let labels: Vec<String> = head
        .split(['、', '和', '及', '与'])
        .map(clean_label)
        .filter(|l| !l.is_empty())
        .collect();
    let tail_start = at + m.len();
    let mut figs: Vec<&Token> = c.figures.iter().filter(|t| t.start >= tail_start).collect();
    // Only figures and separators after 分别为.
    let mut prev = tail_start;
    for t in &figs {
        if !c.text[prev..t.start]
            .trim_matches(|ch: char| ch.is_whitespace() || ch == '、' || ch == '和')
            .is_empty()
        {
            return None;
        }
        prev = t.end;
    }
    if !c.text[prev..].trim().is_empty() {
        return None;
    }
    let mut used = 1;
    while figs.len() < labels.len() {
        let next = cs.get(used)?;
        let t = next.sole_trailing()?;
        if t.start != 0 {
            return None;
        }
        figs.push(t);
        used += 1;
    }
    if labels.len() < 2 || figs.len() != labels.len() || figs.iter().any(|t| t.figure.unit != unit)
    {
        return None;
    }
    let parts = labels
        .into_iter()
        .zip(figs)
        .map(|(label, t)| Part {
            label,
            figure: t.figure.clone(),
        })
        .collect();
    Some((parts, used))
}

/// What a breakdown after a total gives: the parts, the shares stated for them, and the
/// number of clauses it used.
pub(crate) struct Breakdown {
    pub parts: Vec<Part>,
    pub shares: Vec<(String, Option<Figure>, Figure)>,
    pub used: usize,
}

/// The breakdown that follows a total (`，其中A件，B件`, `，包括…`, `，A、B分别为…`), starting
/// at `cs[0]`. Shares stated right after a part (`，占94.5%`) are collected with it.
pub(crate) fn breakdown(cs: &[Clause<'_>], unit: Unit) -> Breakdown {
    let mut b = Breakdown {
        parts: Vec::new(),
        shares: Vec::new(),
        used: 0,
    };
    let Some(first) = cs.first() else { return b };
    if let Some((parts, used)) = respectively(cs, unit) {
        b.parts = parts;
        b.used = used;
        return b;
    }
    let Some(m) = BREAKDOWN_MARKERS
        .iter()
        .find(|m| first.text.starts_with(**m))
    else {
        return b;
    };
    let mut i = 0;
    // `其中，A件…`: the marker alone in its clause.
    if first.text[m.len()..].trim().is_empty() {
        i = 1;
    }
    while let Some(c) = cs.get(i) {
        if let (Some(share), Some(last)) = (c.share(), b.parts.last()) {
            b.shares
                .push((last.label.clone(), Some(last.figure.clone()), share.clone()));
            i += 1;
            continue;
        }
        if let Some((label, share)) = c.labelled_share() {
            b.shares.push((label, None, share.clone()));
            i += 1;
            continue;
        }
        // `；共办理718件，结转31件`: a new total starts a new statement, not more parts.
        if total_marker(c.text).is_some() {
            break;
        }
        match parts_of(c, unit) {
            Some(p) => b.parts.extend(p),
            None => break,
        }
        i += 1;
    }
    if b.parts.is_empty() && b.shares.is_empty() {
        return Breakdown {
            parts: Vec::new(),
            shares: Vec::new(),
            used: 0,
        };
    }
    b.used = i;
    b
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

/// A base sentence for shares: `在已经答复的55件申请中`.
pub(crate) fn base(c: &Clause<'_>) -> Option<(Measure, Figure)> {
    if !c.text.starts_with('在') || !c.text.ends_with('中') {
        return None;
    }
    match c.figures.as_slice() {
        [t] if t.figure.unit.is_count() => {
            let label = format!(
                "{}{}",
                c.text.get('在'.len_utf8()..t.start).unwrap_or(""),
                c.text
                    .get(t.end..c.text.len() - '中'.len_utf8())
                    .unwrap_or("")
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

/// Rates in a clause: `各类投诉回复率、办结率均为100%`.
pub(crate) fn rates(c: &Clause<'_>) -> Vec<ClaimKind> {
    let Some(t) = c.figures.last() else {
        return Vec::new();
    };
    if t.figure.unit != Unit::Percent || c.figures.len() != 1 {
        return Vec::new();
    }
    let head = &c.text[..t.start];
    let mut found: Vec<(usize, &str)> = Vec::new();
    for r in RATES {
        let mut from = 0;
        while let Some(rel) = head.get(from..).and_then(|h| h.find(r)) {
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
        .map(|(_, r)| ClaimKind::Rate {
            label: r.to_string(),
            rate: t.figure.clone(),
        })
        .collect()
}

/// A year at the start of a count: `2015年度…访问量为567000次`. Returns `(year, measure, value)`.
pub(crate) fn dated(c: &Clause<'_>) -> Option<(i32, Measure, Figure)> {
    let b = c.text.as_bytes();
    let mut i = 0;
    // How deep inside 《…》 the scan is (a year in a title is part of the title).
    let mut depth: usize = 0;
    while i + 4 <= b.len() {
        if b[i..].starts_with("《".as_bytes()) {
            depth += 1;
        } else if b[i..].starts_with("》".as_bytes()) {
            depth = depth.saturating_sub(1);
        }
        let is_year = b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && c.text[i + 4..].starts_with('年');
        if !is_year {
            i += 1;
            continue;
        }
        let inside_title = depth > 0;
        let after = &c.text[i + 4 + '年'.len_utf8()..];
        let next = after.chars().next();
        if inside_title || next.is_some_and(|ch| ch.is_ascii_digit() || ch == '月') {
            i += 4;
            continue;
        }
        let year: i32 = c.text[i..i + 4].parse().ok()?;
        let t = c.figures.iter().find(|t| t.start > i + 4)?;
        if t.figure.unit == Unit::Percent || !c.text[t.end..].trim().is_empty() {
            return None;
        }
        let from = i + 4 + '年'.len_utf8();
        let label = c.text[from..t.start].trim_start_matches(['度', '底', '末']);
        if label.contains(['《', '》']) {
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
    const WORDS: &[&str] = &[
        "均已办结",
        "全部办结",
        "均已按时办结",
        "均全部按时办结",
        "均按时办结",
        "已全部办结",
        "均已答复",
        "全部答复完毕",
    ];
    c.figures.is_empty() && WORDS.iter().any(|w| c.text.contains(w))
}

/// A nil statement in a clause: what did not happen.
pub(crate) fn nil(c: &Clause<'_>) -> Option<String> {
    // Every marker starts with 没 or 未: one character scan rules most clauses out.
    if !c.text.contains(['没', '未']) {
        return None;
    }
    NIL_MARKERS.iter().find_map(|m| {
        let at = c.text.find(m)?;
        let what = c.text[at + m.len()..].trim();
        (!what.is_empty()).then(|| what.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(t: &str) -> Clause<'_> {
        Clause::new(
            t,
            Piece {
                line: 1,
                start: 0,
                end: t.len(),
            },
        )
    }

    #[test]
    fn gong_inside_words_is_not_a_marker() {
        assert_eq!(total_marker("公共资源交易平台"), None);
        assert_eq!(total_marker("共受理"), Some((0, 3)));
        assert!(total(&clause("推动公共资源交易项目45件"), false).is_none());
    }

    #[test]
    fn rates_share_one_value() {
        let r = rates(&clause("各类投诉回复率、办结率均为100%"));
        assert_eq!(r.len(), 2);
        assert!(rates(&clause("回访满意率在90%以上")).len() == 1);
        assert!(rates(&clause("知晓率为100%")).is_empty());
    }

    #[test]
    fn dated_skips_titles_and_dates() {
        assert!(dated(&clause("《2016年常德市政务公开工作要点》共5条")).is_none());
        assert!(dated(&clause("2016年7月共召开会议3次")).is_none());
        let (y, m, v) = dated(&clause("我市2015年度政府信息公开专栏访问量为567000次")).unwrap();
        assert_eq!((y, v.count()), (2015, Some(567_000)));
        assert_eq!(m.label, "政府信息公开专栏访问量");
    }
}
