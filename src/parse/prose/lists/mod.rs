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

mod items;

pub(crate) use items::note_list;
use items::{items_of, labelled_percent, respectively};

use crate::parse::prose::measure::classify_outcome;
use crate::parse::prose::patterns::{starts_total, Clause};
use crate::parse::prose::split::utf8_step;
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

/// Whether `text` holds one of [`REMAINDER`]: those holding `其` are searched for only when it
/// does.
pub(crate) fn holds_remainder(text: &str) -> bool {
    let any = |ws: &[&str]| ws.iter().any(|w| crate::text::contains(text, w));
    crate::text::has_char(text, '其') && any(&REMAINDER[..3]) || any(&REMAINDER[3..])
}

/// Whether `text` holds one of [`RESPECTIVELY`]: each holds `分别`, searched for first.
pub(crate) fn holds_respectively(text: &str) -> bool {
    crate::text::contains(text, "分别")
        && RESPECTIVELY.iter().any(|w| crate::text::contains(text, w))
}

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
    holds_remainder(label)
        && classify_outcome(label).is_none()
        && !crate::text::contains(label, "对外管理服务")
}

/// The list marker in the first clause, before its first figure: `(end of marker, partial)`.
/// `其中`, `包括`, `具体…` open a list only at the start of the clause; `主要…` may follow a few
/// words (`公开类别主要涉及…`).
fn marker(c: &Clause<'_>) -> Option<(usize, bool)> {
    let head_end = c.figures.first().map_or(c.text.len(), |t| t.start);
    let head = &c.text[..head_end];
    // Every marker starts with one of these: one scan rules most clauses out.
    if !holds_marker_start(head) {
        return None;
    }
    let head_trim = head.trim_start();
    let lead = head.len() - head_trim.len();
    // The markers of `主要…` are searched for only in a head that holds `主要`; the others
    // stand at its start (where a marker's first occurrence is at 0).
    let zhuyao = crate::text::contains(head_trim, "主要");
    MARKERS.iter().find_map(|(m, partial)| {
        let at = if m.starts_with("主要") {
            if !zhuyao {
                return None;
            }
            let at = crate::text::find(head_trim, m)?;
            if at != 0 && head_trim[..at].chars().count() > 8 {
                return None;
            }
            at
        } else if head_trim.starts_with(m) {
            0
        } else {
            return None;
        };
        Some((lead + at + m.len(), *partial))
    })
}

/// Whether `s` holds one of [`MARKER_STARTS`], told by their bytes: the walk steps from lead
/// byte to lead byte and compares only the characters that open with `E4` or `E5`.
fn holds_marker_start(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // `其具` (E5 85 B6, B7), `包` (E5 8C 85), `分` (E5 88 86), `主` (E4 B8 BB).
        if matches!(x, 0xE4 | 0xE5)
            && matches!(
                b.get(i..i + 3),
                Some([0xE5, 0x85, 0xB6 | 0xB7] | [0xE5, 0x8C, 0x85] | [0xE5, 0x88, 0x86])
                    | Some([0xE4, 0xB8, 0xBB])
            )
        {
            return true;
        }
        i += utf8_step(x);
    }
    false
}

/// Whether the clause starts with a list marker (`其中…`, `主要包括…`).
pub(crate) fn starts_with_marker(c: &Clause<'_>) -> bool {
    let t = crate::text::trim_start(c.text);
    // Every marker starts with `其具包分` (lead byte `E5`) or `主` (`E4`): one byte rules most
    // clauses out before their first character is decoded.
    t.as_bytes()
        .first()
        .is_some_and(|b| matches!(b, 0xE4 | 0xE5))
        && t.starts_with(MARKER_STARTS)
        && MARKERS.iter().any(|(m, _)| t.starts_with(m))
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
    matches!(c.figures.as_slice(), [t] if t.figure.unit == Unit::Percent)
        && crate::text::has_char(c.text, '率')
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
    let alone = cs.get(i + 1).is_none_or(|n| n.sent != c.sent);
    alone
        && items_of(c, unit, 0).is_some_and(|got| {
            got.items.len() == 1 && !got.tail && is_remainder_label(&got.items[0].0.label)
        })
}

/// The three disclosure classes every piece of government information falls in under the 2008
/// regulation's statistics (主动公开 / 依申请公开 / 不予公开, DOMAIN.md §5).
const DISCLOSURE_CLASSES: [&str; 3] = ["主动公开", "依申请公开", "不予公开"];

/// Words naming all the information an agency made or obtained (`制作、获取政府信息N条`).
const MADE_OR_OBTAINED: [&str; 4] = ["制作", "获取", "产生", "生成"];

/// An unmarked run after a count of the information made or obtained, whose items are each
/// one disclosure class, distinct (`共制作政府信息523条，主动公开94条，依申请公开374条，不予公开
/// 55条`), splits that whole along a closed set: its reading becomes [`Reading::ClosedSet`].
/// Any other list is left as it is.
pub(crate) fn close_by_disclosure_class(list: &mut List, total_label: &str) {
    if list.marked
        || list.reading != Reading::Undecided
        || list.items.len() < 2
        || !MADE_OR_OBTAINED
            .iter()
            .any(|w| crate::text::contains(total_label, w))
    {
        return;
    }
    let mut seen = [false; 3];
    for it in &list.items {
        let classes: Vec<usize> = DISCLOSURE_CLASSES
            .iter()
            .enumerate()
            .filter(|(_, w)| crate::text::contains(&it.part.label, w))
            .map(|(k, _)| k)
            .collect();
        let [k] = classes.as_slice() else { return };
        if seen[*k] {
            return;
        }
        seen[*k] = true;
    }
    list.reading = Reading::ClosedSet;
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
    if items.iter().all(|it| {
        CHANNELS
            .iter()
            .any(|w| crate::text::contains(&it.part.label, w))
    }) {
        return Reading::ClosedSet;
    }
    Reading::Undecided
}

#[cfg(test)]
mod tests;
