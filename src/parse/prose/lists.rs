//! Breakdowns: the parts that follow a total or a base, in the same sentence or in the next ones
//! of the paragraph, and how complete the wording says they are ([`Reading`]).
//!
//! Shapes read (each a general pattern, see the tests):
//!
//! * `共X，其中A a，B b`, `X，包括A a、B b`, `X，主要涉及A a…`, `X：A a；B b` and unmarked runs
//!   `X，A a，B b`;
//! * `A、B分别为a、b`;
//! * a list carried on in the next sentences: `…X条。其中，A…a条，占x%。B…b条，占y%。`, or a
//!   sentence holding only the remainder bucket (`…。其他应主动公开的政府信息24条。`);
//! * parts carrying a marker themselves (`…等其他信息共计2004条`, `财政预算、决算报告共4条`);
//! * a parenthesised list after a figure (`规章13件（含新制定5件，修改4件，废止4件）`), read as
//!   a list of its own.

use crate::parse::prose::measure::{classify_outcome, clean_label};
use crate::parse::prose::numbers::Token;
use crate::parse::prose::patterns::{starts_total, Clause};
use crate::report::{Figure, Part, Reading, Unit};

/// Words that open a list, longest first, and whether they say the list may leave things out.
const MARKERS: &[(&str, bool)] = &[
    ("分别为", false),
    ("分别是", false),
    ("分别有", false),
    ("其中主要包括", true),
    ("其中主要有", true),
    ("其中主要是", true),
    ("其中包括", true),
    ("主要包括", true),
    ("主要涉及", true),
    ("主要有", true),
    ("主要是", true),
    ("主要为", true),
    ("具体包括", true),
    ("具体如下", false),
    ("具体为", false),
    ("具体是", false),
    ("其中", false),
    ("包括", true),
];

/// The most clauses a list may take: real lists have a few dozen items at most, and the bound
/// keeps a hostile run of counts linear (each count would otherwise rescan the run after it).
const MAX_CLAUSES: usize = 64;

/// The first characters of the markers.
const MARKER_STARTS: [char; 5] = ['其', '主', '具', '包', '分'];

/// Words that say the figures that follow are given in the order of the labels before.
const RESPECTIVELY: &[&str] = &["分别为", "分别是", "分别有", "分别占"];

/// Words of a remainder bucket (`其他类信息9条`, `其余…`).
const REMAINDER: &[&str] = &["其他", "其它", "其余", "剩余"];

/// Channels an application or enquiry comes in by: a list of them splits the whole.
const CHANNELS: &[&str] = &[
    "当面",
    "现场",
    "网上",
    "网络",
    "在线",
    "互联网",
    "信函",
    "来信",
    "邮寄",
    "传真",
    "电子邮件",
    "邮件",
    "电话",
    "信件",
    "窗口",
];

/// A parenthesised list after a figure: `13件（含新制定5件，修改4件，废止4件）`.
#[derive(Debug, Clone)]
pub(crate) struct Sub {
    pub total: Figure,
    pub parts: Vec<Part>,
    pub reading: Reading,
}

/// One item of a list.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub part: Part,
    /// The share stated right after it (`，占94.5%`).
    pub share: Option<Figure>,
    /// The clause it is in (index in the paragraph).
    pub clause: usize,
    /// A parenthesised list after its figure.
    pub sub: Option<Sub>,
}

/// A list read after a total.
#[derive(Debug, Clone)]
pub(crate) struct List {
    pub items: Vec<Item>,
    /// Shares stated for a named part without its count (`其中工作信息类占62%`), with their
    /// clause.
    pub bare: Vec<(String, Figure, usize)>,
    pub reading: Reading,
    /// The last clause used.
    pub last: usize,
    /// Whether a marker (`其中`, `包括`, `分别为`…) opened the list.
    pub marked: bool,
}

impl List {
    /// The sum of the items' figures, exactly; `None` on overflow.
    pub fn sum(&self) -> Option<rust_decimal::Decimal> {
        self.items
            .iter()
            .try_fold(rust_decimal::Decimal::ZERO, |acc, it| {
                acc.checked_add(it.part.figure.value)
            })
    }
}

impl List {
    /// For an unmarked run: keeps the longest prefix of two or more items that adds up to
    /// `total` exactly, if one does and the whole run does not (`523条，主动公开94条，依申请公开
    /// 374条，不予公开55条，主动公开和依申请公开的共468条` — the last count is a new statement).
    /// Returns whether it cut.
    pub fn cut_to(&mut self, total: rust_decimal::Decimal, cs: &[Clause<'_>]) -> bool {
        let mut acc = rust_decimal::Decimal::ZERO;
        let mut cut = None;
        for k in 0..self.items.len() {
            let Some(a) = acc.checked_add(self.items[k].part.figure.value) else {
                return false;
            };
            acc = a;
            if acc == total && k >= 1 {
                cut = Some(k);
            }
        }
        if let Some(k) = cut.filter(|k| k + 1 < self.items.len()) {
            {
                let clause = self.items[k].clause;
                self.items.truncate(k + 1);
                self.bare.retain(|(_, _, at)| *at <= clause);
                let share_next = cs
                    .get(clause + 1)
                    .is_some_and(|n| n.sent == cs[clause].sent && n.share().is_some());
                self.last = if share_next && self.items[k].share.is_some() {
                    clause + 1
                } else {
                    clause
                };
                self.reading = reading_of(&self.items, self.reading == Reading::Partial);
                return true;
            }
        }
        false
    }
}

/// Whether a label names a remainder bucket (and not an outcome such as `其他处理`).
pub(crate) fn is_remainder_label(label: &str) -> bool {
    REMAINDER.iter().any(|w| label.contains(w))
        && classify_outcome(label).is_none()
        && !label.contains("对外管理服务")
}

/// The list marker in the first clause, before its first figure: `(end of marker, partial)`.
/// `其中`, `包括`, `具体…` open a list only at the start of the clause; `主要…` may follow a few
/// words (`公开类别主要涉及…`).
fn marker(c: &Clause<'_>) -> Option<(usize, bool)> {
    let head_end = c.figures.first().map_or(c.text.len(), |t| t.start);
    let head = &c.text[..head_end];
    // Every marker starts with one of these: one scan rules most clauses out.
    if !head.contains(MARKER_STARTS) {
        return None;
    }
    let head_trim = head.trim_start();
    let lead = head.len() - head_trim.len();
    MARKERS.iter().find_map(|(m, partial)| {
        let at = head_trim.find(m)?;
        let anywhere = m.starts_with("主要") && head_trim[..at].chars().count() <= 8;
        (at == 0 || anywhere).then_some((lead + at + m.len(), *partial))
    })
}

/// Whether the clause starts with a list marker (`其中…`, `主要包括…`).
pub(crate) fn starts_with_marker(c: &Clause<'_>) -> bool {
    let t = c.text.trim_start();
    t.starts_with(MARKER_STARTS) && MARKERS.iter().any(|(m, _)| t.starts_with(m))
}

/// Whether the clause opens a list with a marker (`包括…`, `其中…`).
pub(crate) fn opens_list(c: &Clause<'_>) -> bool {
    marker(c).is_some()
}

/// Whether the clause holds nothing but a list marker (`其中：`, `具体如下`).
/// A marker with a topic and no figure counts as one too (`其中公开信息方面`).
fn marker_only(c: &Clause<'_>) -> Option<bool> {
    let (_, partial) = marker(c)?;
    c.figures.is_empty().then_some(partial)
}

/// Whether a clause only states a rate (`全文电子化率达80%`): a list marker may follow it and
/// still be of the count before it (`4300条，全文电子化率达80%，其中，本年度新增245条`).
fn rate_only(c: &Clause<'_>) -> bool {
    matches!(c.figures.as_slice(), [t] if t.figure.unit == Unit::Percent) && c.text.contains('率')
}

/// What a clause of a list gives: its items, and whether text follows the last one (then the
/// list ends there) and says it is partial (`…以及其他信息等`).
struct ClauseItems {
    /// Each item with its parenthesised list or share (`120条（占60%）`).
    items: Vec<(Part, Option<Sub>, Option<Figure>)>,
    tail: bool,
    partial_tail: bool,
}

/// A parenthesised list `（含A a，B b）` whose group starts at byte `at` of the clause.
fn sub_list(c: &Clause<'_>, total: &Figure, at: usize, end: usize) -> Option<Sub> {
    let inner: Vec<&Token> = c
        .inner
        .iter()
        .filter(|t| at <= t.start && t.end <= end)
        .collect();
    if inner.is_empty() || inner.iter().any(|t| t.figure.unit != total.unit) {
        return None;
    }
    let open = c.text[at..].chars().next()?.len_utf8();
    let mut prev = at + open;
    let head = c.text.get(prev..inner[0].start)?;
    let partial = head.trim_start().starts_with('含') || head.contains("包括");
    let mut parts = Vec::new();
    for t in &inner {
        let mut label = c.text.get(prev..t.start)?.trim();
        label = label
            .trim_start_matches([',', '，', '、', ';', '；'])
            .trim();
        for m in ["含", "其中", "包括", "属于"] {
            if let Some(r) = label.strip_prefix(m) {
                label = r;
            }
        }
        let label = clean_label(label);
        if label.is_empty() {
            return None;
        }
        parts.push(Part::new(label, t.figure.clone()));
        prev = t.end;
    }
    let reading = match parts.len() {
        1 => Reading::Subset,
        _ if partial => Reading::Partial,
        _ => Reading::Undecided,
    };
    Some(Sub {
        total: total.clone(),
        parts,
        reading,
    })
}

/// The parenthesised list right after a clause's last figure (`177件（含2022年结转的3件）`,
/// `13件（含新制定5件，修改4件，废止4件）`), if its figures are in the figure's unit.
pub(crate) fn note_list(c: &Clause<'_>) -> Option<Sub> {
    let last = c.figures.last()?;
    let (_, a, b) = c.note()?;
    sub_list(c, &last.figure, a, b)
}

/// A share in parentheses after a figure (`120条（占60%）`, `（占比60%）`, `（60%）`).
fn paren_share(c: &Clause<'_>, at: usize, end: usize) -> Option<Figure> {
    let inner: Vec<&Token> = c
        .inner
        .iter()
        .filter(|t| at <= t.start && t.end <= end)
        .collect();
    match inner.as_slice() {
        [t] if t.figure.unit == Unit::Percent => {
            let open = c.text[at..].chars().next()?.len_utf8();
            let words = c.text.get(at + open..t.start)?.trim();
            let close = c.text.get(t.end..end)?.trim_end_matches(['）', ')']).trim();
            let ok = close.is_empty()
                && (words.is_empty() || words.starts_with('占') || words.starts_with("比例"));
            ok.then(|| t.figure.clone())
        }
        _ => None,
    }
}

/// The items of one clause of a list: each outer figure with the words before it (`from` is
/// where the first label starts, after a marker). Every figure must have a label and the list's
/// unit.
fn items_of(c: &Clause<'_>, unit: Unit, from: usize) -> Option<ClauseItems> {
    if c.figures.is_empty() {
        return None;
    }
    let groups = &c.groups;
    let mut items = Vec::new();
    let mut prev = from;
    let last = c.figures.len().saturating_sub(1);
    for (k, t) in c.figures.iter().enumerate() {
        // A percentage inside a label (`压缩时限至法定时限80%的有55项`) is words, not a part.
        if t.figure.unit == Unit::Percent && unit != Unit::Percent && k < last {
            continue;
        }
        if t.figure.unit != unit || t.start < prev {
            return None;
        }
        let label = clean_label(&c.text[prev..t.start]);
        if label.is_empty() || RESPECTIVELY.iter().any(|r| label.contains(r)) {
            return None;
        }
        prev = t.end;
        let mut sub = None;
        let mut share = None;
        let after = &c.text[t.end..];
        let lead = after.len() - after.trim_start().len();
        if let Some((a, b)) = groups.iter().find(|(a, _)| *a == t.end + lead) {
            sub = sub_list(c, &t.figure, *a, *b);
            share = paren_share(c, *a, *b);
            prev = *b;
        }
        items.push((Part::new(label, t.figure.clone()), sub, share));
    }
    let tail = c.text[prev..].trim();
    Some(ClauseItems {
        items,
        tail: !tail.is_empty(),
        partial_tail: tail.contains('等') || REMAINDER.iter().any(|w| tail.contains(w)),
    })
}

/// `A、B和C分别为1件、2件、3件` starting at `cs[0]` (the figures may run into the following
/// clauses). Returns the parts and the number of clauses used.
fn respectively(cs: &[Clause<'_>], unit: Unit) -> Option<(Vec<Part>, usize)> {
    let c = cs.first()?;
    let (at, m) = RESPECTIVELY
        .iter()
        .find_map(|m| c.text.find(m).map(|i| (i, *m)))?;
    let head = c.text[..at].trim();
    let head = ["其中包括", "其中", "包括"]
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
        if t.start != 0 || next.sent != c.sent {
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
        .map(|(label, t)| Part::new(label, t.figure.clone()))
        .collect();
    Some((parts, used))
}

/// Whether a clause is a percentage with a label and nothing else (`其次是民生事项类38%`).
fn labelled_percent(c: &Clause<'_>) -> Option<(String, Figure)> {
    if let Some((l, f)) = c.labelled_share() {
        return Some((l, f.clone()));
    }
    match c.figures.as_slice() {
        [t] if t.figure.unit == Unit::Percent && c.ends_with_figure() => {
            let mut label = c.text[..t.start].trim();
            for w in ["其次是", "其次为", "其次", "再次是", "最后是", "另有"] {
                if let Some(r) = label.strip_prefix(w) {
                    label = r;
                }
            }
            let label = clean_label(label);
            let ok = !label.is_empty() && !label.contains('率') && !label.starts_with('占');
            ok.then(|| (label, t.figure.clone()))
        }
        _ => None,
    }
}

/// The list that follows a total (or a base) whose figure is in `unit`, starting at clause
/// `from` of the paragraph `cs`. `None` when no list follows.
pub(crate) fn collect(cs: &[Clause<'_>], from: usize, unit: Unit) -> Option<List> {
    let first = cs.get(from)?;
    if let Some((parts, used)) = respectively(cs.get(from..)?, unit) {
        let items: Vec<Item> = parts
            .into_iter()
            .map(|part| Item {
                part,
                share: None,
                clause: from,
                sub: None,
            })
            .collect();
        let reading = reading_of(&items, false);
        return Some(List {
            items,
            bare: Vec::new(),
            reading,
            last: from + used - 1,
            marked: true,
        });
    }
    let mut i = from;
    let mut label_from = 0;
    let mut partial = false;
    let mut marked = false;
    let mut first = first;
    if rate_only(first) {
        if let Some(next) = cs
            .get(from + 1)
            .filter(|n| n.sent == first.sent && marker(n).is_some())
        {
            i += 1;
            first = next;
        }
    }
    if let Some(p) = marker_only(first) {
        marked = true;
        partial = p;
        i += 1;
    } else if let Some((end, p)) = marker(first) {
        marked = true;
        partial = p;
        label_from = end;
    } else if i == from
        && first.figures.is_empty()
        && cs
            .get(from + 1)
            .is_some_and(|n| n.sent == first.sent && !n.figures.is_empty())
    {
        // `共受理申请21件，经分类处置后，同意公开1件，…`: one lead-in clause.
        i += 1;
    }
    let mut list = List {
        items: Vec::new(),
        bare: Vec::new(),
        reading: Reading::Undecided,
        last: from,
        marked,
    };
    let start_sent = cs.get(i).map_or(first.sent, |c| c.sent);
    let mut sent = start_sent;
    let mut partial_tail = false;
    let mut last_used = from;
    while let Some(c) = cs.get(i).filter(|_| i < from + MAX_CLAUSES) {
        if c.sent != sent {
            if !continues(cs, i, &list) {
                break;
            }
            sent = c.sent;
            if let Some(p) = marker_only(c) {
                partial |= p;
                last_used = i;
                i += 1;
                continue;
            }
            if let Some((end, p)) = marker(c) {
                partial |= p;
                label_from = end;
            }
        }
        // A share of the item just read.
        if let (Some(share), Some(last)) = (c.share(), list.items.last_mut()) {
            if last.share.is_none() && last.clause + 1 == i {
                last.share = Some(share.clone());
                last_used = i;
                i += 1;
                continue;
            }
        }
        if let Some((label, share)) = labelled_percent(c) {
            if list.items.is_empty() || !list.bare.is_empty() || c.labelled_share().is_some() {
                list.bare.push((label, share, i));
                last_used = i;
                i += 1;
                continue;
            }
        }
        if starts_total(c) {
            break;
        }
        // `…，其中区政府网站公开9条，包括A 1条、B 7条`: a marker after the first items opens a
        // list of the item before it, not more items of this one.
        if i > from && !list.items.is_empty() && !c.figures.is_empty() && marker(c).is_some() {
            break;
        }
        let Some(got) = items_of(c, unit, label_from) else {
            // Words about the item just read (`，主要涉及…信息`) end its sentence; the list may
            // go on in the next one.
            let described = c.figures.is_empty()
                && list
                    .items
                    .last()
                    .is_some_and(|it| cs.get(it.clause).is_some_and(|x| x.sent == c.sent));
            if described {
                let mut j = i;
                while cs
                    .get(j)
                    .is_some_and(|x| x.sent == c.sent && x.figures.is_empty())
                {
                    j += 1;
                }
                if cs.get(j).is_some_and(|x| x.sent != c.sent) && continues(cs, j, &list) {
                    i = j;
                    continue;
                }
            }
            break;
        };
        label_from = 0;
        for (part, sub, share) in got.items {
            list.items.push(Item {
                part,
                share,
                clause: i,
                sub,
            });
        }
        last_used = i;
        i += 1;
        if got.tail {
            partial_tail = got.partial_tail;
            break;
        }
    }
    if list.items.is_empty() && list.bare.is_empty() {
        return None;
    }
    list.last = last_used.max(from);
    list.reading = if list.items.len() == 1 && list.bare.is_empty() {
        Reading::Subset
    } else {
        reading_of(&list.items, partial || partial_tail)
    };
    Some(list)
}

/// Whether the list goes on into the sentence that starts at clause `i`: the sentence opens
/// with `其中`, or goes on with items carrying shares as the list does, or holds only the
/// remainder bucket.
fn continues(cs: &[Clause<'_>], i: usize, list: &List) -> bool {
    let Some(c) = cs.get(i) else { return false };
    if list.items.is_empty() && list.bare.is_empty() {
        return c.text.starts_with("其中");
    }
    let unit = list
        .items
        .last()
        .map(|it| it.part.figure.unit)
        .unwrap_or(Unit::Percent);
    // `其中` after a list that has its items opens a list of its own.
    if c.text.starts_with("其中") {
        return list.items.is_empty() && list.bare.is_empty();
    }
    let has_shares = list.items.iter().any(|it| it.share.is_some());
    let next_is_share = cs
        .get(i + 1)
        .is_some_and(|n| n.sent == c.sent && n.share().is_some());
    if has_shares && next_is_share && items_of(c, unit, 0).is_some() {
        return true;
    }
    if !list.bare.is_empty() && labelled_percent(c).is_some() {
        return true;
    }
    // A sentence that is only the remainder bucket.
    let alone = cs.get(i + 1).map_or(true, |n| n.sent != c.sent);
    alone
        && items_of(c, unit, 0).is_some_and(|got| {
            got.items.len() == 1 && !got.tail && is_remainder_label(&got.items[0].0.label)
        })
}

/// The reading of a list of two or more items from its wording.
fn reading_of(items: &[Item], partial: bool) -> Reading {
    if items.len() < 2 {
        return Reading::Subset;
    }
    if partial {
        return Reading::Partial;
    }
    if items.iter().any(|it| is_remainder_label(&it.part.label)) {
        return Reading::RemainderBucket;
    }
    if items
        .iter()
        .all(|it| CHANNELS.iter().any(|w| it.part.label.contains(w)))
    {
        return Reading::ClosedSet;
    }
    Reading::Undecided
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::prose::split::{clauses, sentences};

    fn para(t: &str) -> Vec<Clause<'_>> {
        let mut out = Vec::new();
        for (k, s) in sentences(t).into_iter().enumerate() {
            for c in clauses(t, s.piece) {
                out.push(Clause::new(t, c.piece, k));
            }
        }
        out
    }

    fn values(l: &List) -> Vec<String> {
        l.items
            .iter()
            .map(|it| format!("{}={}", it.part.label, it.part.figure.value))
            .collect()
    }

    #[test]
    fn a_qizhong_list_with_a_remainder_bucket_carrying_a_marker() {
        let t = "主动公开政府信息6391条,其中概况类信息1105条;政务动态类信息2896条;政府文件等民众关心的其他信息共计2004条。";
        let cs = para(t);
        let l = collect(&cs, 1, Unit::Tiao).unwrap();
        assert_eq!(
            values(&l),
            [
                "概况类信息=1105",
                "政务动态类信息=2896",
                "政府文件等民众关心的其他信息=2004"
            ]
        );
        assert_eq!(l.reading, Reading::RemainderBucket);
    }

    #[test]
    fn partial_markers_and_tails() {
        let t = "主动公开政府信息696条，主要包括部门动态477条、重点领域202条以及其他信息等。";
        let l = collect(&para(t), 1, Unit::Tiao).unwrap();
        assert_eq!(l.items.len(), 2);
        assert_eq!(l.reading, Reading::Partial);
        let t = "主动公开政府信息141条，公开类别主要涉及政策文件2条、其他类信息49条。";
        assert_eq!(
            collect(&para(t), 1, Unit::Tiao).unwrap().reading,
            Reading::Partial
        );
    }

    #[test]
    fn a_list_goes_on_in_the_next_sentences_with_its_shares() {
        let t = "主动公开政府信息200条。其中，区直各单位发布120条，占60%。各乡镇发布80条，占40%。全年发布解读10条。";
        let cs = para(t);
        let l = collect(&cs, 1, Unit::Tiao).unwrap();
        assert_eq!(values(&l), ["区直各单位发布=120", "各乡镇发布=80"]);
        assert!(l.items.iter().all(|it| it.share.is_some()));
        // The last sentence is a new statement, not a part.
        assert_eq!(cs[l.last].sent, 2);
    }

    #[test]
    fn a_remainder_bucket_alone_in_the_next_sentence_closes_the_list() {
        let t = "主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息3条。其他应主动公开的政府信息24条。";
        let l = collect(&para(t), 1, Unit::Tiao).unwrap();
        assert_eq!(l.sum(), Some(312.into()));
        assert_eq!(l.reading, Reading::RemainderBucket);
        assert!(!l.marked);
    }

    #[test]
    fn parenthesised_lists_are_sub_lists() {
        let t = "主动公开政府信息150条，包括规章13件(含新制定5件,修改4件,废止4件)";
        let cs = para(t);
        let got = items_of(&cs[1], Unit::Jian, marker(&cs[1]).unwrap().0).unwrap();
        let sub = got.items[0].1.as_ref().unwrap();
        assert_eq!(sub.parts.len(), 3);
        assert_eq!(sub.reading, Reading::Partial);
    }

    #[test]
    fn channels_close_the_set_and_one_part_is_a_subset() {
        let t = "共受理申请6件，其中当面申请1件，网上申请4件。";
        assert_eq!(
            collect(&para(t), 1, Unit::Jian).unwrap().reading,
            Reading::ClosedSet
        );
        let t = "累计主动公开信息4300条，其中，本年度新增245条。";
        assert_eq!(
            collect(&para(t), 1, Unit::Tiao).unwrap().reading,
            Reading::Subset
        );
    }

    #[test]
    fn every_marker_is_found() {
        for (m, _) in MARKERS {
            let t = format!("共受理申请9件，{m}甲类4件、乙类5件。");
            let cs = para(&t);
            assert!(marker(&cs[1]).is_some(), "{m}");
            assert!(starts_with_marker(&cs[1]), "{m}");
        }
    }

    #[test]
    fn shares_in_parentheses() {
        let t = "主动公开政府信息200条，其中区直单位120条（占60%），各乡镇80条（占比40%）。";
        let l = collect(&para(t), 1, Unit::Tiao).unwrap();
        let shares: Vec<String> = l
            .items
            .iter()
            .map(|it| {
                it.share
                    .as_ref()
                    .map_or(String::new(), |s| s.value.to_string())
            })
            .collect();
        assert_eq!(shares, ["60", "40"]);
    }

    #[test]
    fn respectively_lists() {
        let t = "共受理申请6件，当面申请和网上申请分别为2件、4件。";
        let l = collect(&para(t), 1, Unit::Jian).unwrap();
        assert_eq!(values(&l), ["当面申请=2", "网上申请=4"]);
    }

    #[test]
    fn labelled_shares_without_counts() {
        let t = "共更新主动公开政务信息13条，其中工作信息类占62%，其次是民生事项类38%。";
        let l = collect(&para(t), 1, Unit::Tiao).unwrap();
        assert!(l.items.is_empty());
        assert_eq!(l.bare.len(), 2);
    }
}
