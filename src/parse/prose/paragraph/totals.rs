//! Totals and their lists: a count that a list follows (in the sentence, in parentheses or
//! in the next sentences of the paragraph), the list's parts with what each counts, their
//! shares, and a list of the last part.

use crate::parse::prose::lists::{self, List};
use crate::parse::prose::measure::{
    classify, classify_outcome, classify_table_measure, clean_label,
};
use crate::parse::prose::patterns;
use crate::parse::prose::words;
use crate::report::{ClaimKind, Figure, Measure, MeasureKind, Part, Reading};
use crate::text::contains;

use super::{agrees, Paragraph, Seen};

impl Paragraph<'_> {
    /// Whether clause `i` is a lead-in naming how the count before is split
    /// (`从申请方式看`, `按类别分`), with counts after it in its sentence.
    pub(super) fn lead_in(&self, i: usize) -> bool {
        let Some(c) = self.cs.get(i) else {
            return false;
        };
        // The word test last: most clauses are ruled out by their figures.
        c.figures.is_empty()
            && self
                .cs
                .get(i + 1)
                .is_some_and(|n| n.sent == c.sent && !n.figures.is_empty())
            && LEAD_INS.iter().any(|w| c.text.ends_with(w))
    }

    /// A total at clause `i` (`共X`, a known measure, or a count a list follows), with its list.
    /// Returns the clause to go on from.
    pub(super) fn total_here(
        &mut self,
        i: usize,
        after_applications: bool,
        sentence_total: &mut Option<(MeasureKind, Figure)>,
        groups: &mut usize,
    ) -> Option<usize> {
        let c = &self.cs[i];
        let known = patterns::total(c, after_applications);
        let (measure, figure) = known.clone().or_else(|| patterns::count_clause(c))?;
        if !figure.unit.is_count() {
            return None;
        }
        if let Some(kind) = measure.kind {
            *sentence_total = Some((kind, figure.clone()));
        }
        if known.is_none() && lists::note_list(c).is_none() {
            // A count that is not a total by itself: one if a list follows it (in parentheses,
            // or after it), with a marker or, for words that name a total, without.
            let marked_next = self.cs.get(i + 1).is_some_and(lists::opens_list);
            if !marked_next && !words::names_a_total(&c.text[..c.text.len().min(c.tail_start())]) {
                let running = running(c.text);
                self.seen.push(Seen {
                    clause: i,
                    figure,
                    measure,
                    pending: None,
                    running,
                });
                return None;
            }
            let list = lists::collect(&self.cs, i + 1, figure.unit).map(|mut l| {
                if !l.marked {
                    l.cut_to(figure.value, &self.cs);
                    lists::close_by_disclosure_class(&mut l, &measure.label);
                }
                l
            });
            let is_total = list
                .as_ref()
                .is_some_and(|l| l.marked || keeps_unmarked(l, &figure));
            if !is_total {
                let running = running(c.text);
                self.seen.push(Seen {
                    clause: i,
                    figure,
                    measure,
                    pending: None,
                    running,
                });
                return None;
            }
            // The list is the one `total_with_list` would read: not read twice.
            return Some(self.total_with_read_list(i, measure, figure, false, list, groups));
        }
        Some(self.total_with_list(i, measure, figure, false, groups))
    }

    /// Makes the total of clause `i` a claim and reads the list after it. Returns the clause to
    /// go on from.
    pub(super) fn total_with_list(
        &mut self,
        i: usize,
        measure: Measure,
        figure: Figure,
        is_base: bool,
        groups: &mut usize,
    ) -> usize {
        let list = lists::collect(&self.cs, i + 1, figure.unit)
            .map(|mut l| {
                if !l.marked && !is_base {
                    l.cut_to(figure.value, &self.cs);
                    lists::close_by_disclosure_class(&mut l, &measure.label);
                }
                l
            })
            .filter(|l| l.marked || is_base || keeps_unmarked(l, &figure));
        self.total_with_read_list(i, measure, figure, is_base, list, groups)
    }

    /// [`Self::total_with_list`], given the list after the total (what `lists::collect`, cut
    /// and filtered as there, reads).
    fn total_with_read_list(
        &mut self,
        i: usize,
        measure: Measure,
        figure: Figure,
        is_base: bool,
        list: Option<List>,
        groups: &mut usize,
    ) -> usize {
        let running = running(self.cs[i].text);
        let kind = ClaimKind::Total {
            measure: measure.clone(),
            total: figure.clone(),
            parts: Vec::new(),
            reading: Reading::Subset,
        };
        let p = self.push(kind, i, i);
        self.consume(i, i);
        self.seen.push(Seen {
            clause: i,
            figure: figure.clone(),
            measure,
            pending: Some(p),
            running,
        });
        let seen = self.seen.len() - 1;
        if is_base {
            self.base = Some(seen);
        }
        match list {
            Some(list) => {
                // The total's own parenthesised list is a breakdown of its own.
                self.note_list(i, None);
                self.attach(seen, list, groups)
            }
            None => {
                // `13件（含新制定5件，修改4件，废止4件）`: the parentheses are the breakdown.
                if !self.note_list(i, Some(p)) {
                    self.set_reading(p, Reading::Undecided);
                }
                self.share_of_total(i, seen, groups).unwrap_or(i + 1)
            }
        }
    }

    /// A total followed by its share of an earlier total (`…的政府信息共468条，占全部信息的
    /// 89.48%`): a share of `seen[at]` in the earlier count of its unit.
    pub(super) fn share_of_total(
        &mut self,
        i: usize,
        at: usize,
        groups: &mut usize,
    ) -> Option<usize> {
        let share = self
            .cs
            .get(i + 1)
            .filter(|n| n.sent == self.cs[i].sent)
            .and_then(|n| n.share().cloned())?;
        let part = self.seen.get(at)?;
        let (figure, label) = (part.figure.clone(), part.measure.label.clone());
        let whole = self.seen_before(i, Some(figure.unit)).find(|k| *k < at);
        let bases = self.bases_besides(whole, i, Some(figure.unit));
        *groups += 1;
        let kind = ClaimKind::Share {
            label,
            part: Some(figure),
            whole: whole.map(|w| self.seen[w].figure.clone()),
            share,
            group: *groups,
            rest: false,
            bases,
        };
        let p = self.push(kind, i, i + 1);
        if let Some(w) = whole {
            let wc = self.seen[w].clause;
            self.out[p].relies.push(wc);
        }
        self.consume(i, i + 1);
        Some(i + 2)
    }

    pub(super) fn set_reading(&mut self, p: usize, r: Reading) {
        if let Some(ClaimKind::Total { reading, parts, .. }) =
            self.out.get_mut(p).map(|x| &mut x.kind)
        {
            if parts.is_empty() {
                *reading = r;
            }
        }
    }

    /// A parenthesised list right after the total of clause `i` (`177件（含2022年结转的3件）`,
    /// `13件（含新制定5件，修改4件，废止4件）`): the breakdown of the total claim `into` when
    /// given, else a claim of its own. Returns whether there was one.
    pub(super) fn note_list(&mut self, i: usize, into: Option<usize>) -> bool {
        let c = &self.cs[i];
        let Some(sub) = lists::note_list(c) else {
            return false;
        };
        let applications = self.applications_in.get(c.sent).copied().unwrap_or(false);
        let parts = with_kinds(sub.parts, applications);
        if let Some(ClaimKind::Total {
            parts: ps, reading, ..
        }) = into.and_then(|p| self.out.get_mut(p)).map(|x| &mut x.kind)
        {
            *ps = parts;
            *reading = sub.reading;
            return true;
        }
        let label = c.figures.last().map_or("", |t| &c.text[..t.start]);
        let kind = ClaimKind::Total {
            measure: Measure::new(clean_label(label), None),
            total: sub.total,
            parts,
            reading: sub.reading,
        };
        self.push(kind, i, i);
        true
    }

    /// Attaches `list` to the total `seen[total]`: its parts, their shares and sub-lists, and a
    /// list of its last item that follows it (`…其中区政府网站公开9条，包括A 1条、B 7条`).
    /// Returns the clause to go on from.
    pub(super) fn attach(&mut self, total: usize, mut list: List, groups: &mut usize) -> usize {
        let next = list.last + 1;
        let Some(t) = self.seen.get(total) else {
            return next;
        };
        let whole = t.figure.clone();
        let whole_clause = t.clause;
        let applications = t
            .measure
            .kind
            .is_some_and(|k| k.id().starts_with("applications"))
            || contains(&t.measure.label, "申请")
            || contains(self.cs[whole_clause].text, "申请");
        let pending = match t.pending {
            Some(p) => p,
            None => {
                let kind = ClaimKind::Total {
                    measure: t.measure.clone(),
                    total: whole.clone(),
                    parts: Vec::new(),
                    reading: Reading::Subset,
                };
                let p = self.push(kind, whole_clause, whole_clause);
                if let Some(s) = self.seen.get_mut(total) {
                    s.pending = Some(p);
                }
                p
            }
        };
        // The shares decide which figure the items carrying them are of: the total, or a part
        // named just before them (`共有89项，其中行政许可57项，…的有45项，占比78.9%`).
        let mut rebased: Vec<lists::Item> = Vec::new();
        let mut sub_whole: Option<Figure> = None;
        let shared: Vec<&lists::Item> = list.items.iter().filter(|it| it.share.is_some()).collect();
        if !shared.is_empty()
            && !shared.iter().all(|it| {
                it.share
                    .as_ref()
                    .is_some_and(|s| agrees(&it.part.figure, &whole, s))
            })
        {
            let cut = list.items.iter().position(|it| it.share.is_some());
            if let Some(k) = cut.filter(|k| *k > 0) {
                let anchor = list.items[k - 1].part.figure.clone();
                let all = list.items[k..].iter().all(|it| {
                    it.share
                        .as_ref()
                        .is_some_and(|s| agrees(&it.part.figure, &anchor, s))
                });
                if all {
                    rebased = list.items.split_off(k);
                    sub_whole = Some(anchor);
                    list.reading = if list.items.len() == 1 {
                        Reading::Subset
                    } else {
                        list.reading
                    };
                }
            }
        }
        let parts: Vec<Part> = list
            .items
            .iter()
            .map(|it| {
                let kind = part_kind(&it.part.label, applications);
                it.part.clone().with_kind(kind)
            })
            .collect();
        let last = list.last;
        if let Some(x) = self.out.get_mut(pending) {
            if let ClaimKind::Total {
                parts: ps, reading, ..
            } = &mut x.kind
            {
                *reading = if parts.is_empty() {
                    Reading::Undecided
                } else {
                    list.reading
                };
                *ps = parts;
            }
            x.to = x.to.max(last);
        }
        self.consume(whole_clause, last);
        let group = self.group_of(total, groups);
        let bases = self.bases_besides(Some(total), whole_clause + 1, Some(whole.unit));
        for it in list.items.iter().filter(|it| it.share.is_some()) {
            let kind = ClaimKind::Share {
                label: it.part.label.clone(),
                part: Some(it.part.figure.clone()),
                whole: Some(whole.clone()),
                share: it.share.clone().unwrap_or_else(|| it.part.figure.clone()),
                group,
                rest: false,
                bases: bases.clone(),
            };
            let p = self.push(kind, it.clause, (it.clause + 1).min(last));
            self.out[p].relies.push(whole_clause);
        }
        if let Some(anchor) = sub_whole {
            // Later shares in the paragraph may be of the anchor too.
            let anchor_clause = rebased
                .first()
                .map_or(whole_clause, |it| it.clause.saturating_sub(1));
            self.seen.push(Seen {
                clause: anchor_clause,
                figure: anchor.clone(),
                measure: Measure::new("", None),
                pending: None,
                running: false,
            });
            let g = self.group_of(self.seen.len() - 1, groups);
            for it in rebased {
                let kind = ClaimKind::Share {
                    label: it.part.label.clone(),
                    part: Some(it.part.figure.clone()),
                    whole: Some(anchor.clone()),
                    share: it.share.clone().unwrap_or_else(|| it.part.figure.clone()),
                    group: g,
                    rest: false,
                    bases: vec![whole.clone()],
                };
                let p = self.push(kind, it.clause, (it.clause + 1).min(last));
                self.out[p].relies.push(whole_clause);
            }
        }
        for (label, share, at) in list.bare {
            let kind = ClaimKind::Share {
                label,
                part: None,
                whole: Some(whole.clone()),
                share,
                group,
                rest: false,
                bases: Vec::new(),
            };
            let p = self.push(kind, at, at);
            self.out[p].relies.push(whole_clause);
        }
        let nested_of = list.items.last().map(|it| (it.part.clone(), it.clause));
        let list_len = list.items.len();
        for it in list.items {
            if let Some(sub) = it.sub {
                let kind = ClaimKind::Total {
                    measure: Measure::new(it.part.label.clone(), None),
                    total: sub.total,
                    parts: with_kinds(sub.parts, applications),
                    reading: sub.reading,
                };
                self.push(kind, it.clause, it.clause);
            }
        }
        let Some((item, at)) = nested_of else {
            return next;
        };
        let Some(c) = self
            .cs
            .get(next)
            .filter(|c| c.sent == self.cs[last].sent && !c.figures.is_empty())
        else {
            return next;
        };
        // A second `其中` is of the total again (`27条，其中A1条…，其中主站采用15条`); another
        // marker after a single part is a list of that part (`其中网站公开9条，包括A1条、B7条`).
        if c.text.starts_with("其中") {
            return match lists::collect(&self.cs, next, whole.unit) {
                Some(again) if again.items.len() == 1 => {
                    let end = again.last;
                    let kind = ClaimKind::Total {
                        measure: self.seen[total].measure.clone(),
                        total: whole.clone(),
                        parts: vec![again.items[0].part.clone()],
                        reading: Reading::Subset,
                    };
                    let p = self.push(kind, whole_clause, end);
                    self.out[p].words =
                        Some((self.cs[whole_clause].piece.start, self.cs[end].piece.end));
                    self.consume(next, end);
                    end + 1
                }
                _ => next,
            };
        }
        if list_len != 1 || !lists::opens_list(c) {
            return next;
        }
        self.seen.push(Seen {
            clause: at,
            figure: item.figure.clone(),
            measure: Measure::new(item.label.clone(), None),
            pending: None,
            running: false,
        });
        let k = self.seen.len() - 1;
        match lists::collect(&self.cs, next, item.figure.unit) {
            Some(nested) => {
                let end = self.attach(k, nested, groups);
                if let Some(p) = self.seen[k].pending {
                    if let Some(x) = self.out.get_mut(p) {
                        x.words = Some((self.cs[at].piece.start, self.cs[end - 1].piece.end));
                    }
                }
                end
            }
            None => next,
        }
    }

    /// A list that opens a sentence with `其中` and is of a count stated in an earlier sentence
    /// of the paragraph (`…主动公开政府信息N条。其中，A…a条，占x%。`).
    pub(super) fn list_from_before(&mut self, i: usize, groups: &mut usize) -> Option<usize> {
        let c = &self.cs[i];
        let first_of_sentence = i == 0 || self.cs[i - 1].sent != c.sent;
        // `其中，…` / `主要包括…`, or a lead-in naming the split (`从申请方式看，网络申请3件…`).
        if !first_of_sentence || !(lists::starts_with_marker(c) || self.lead_in(i)) {
            return None;
        }
        // The counts of earlier sentences, latest first; a year's count before a running one.
        // A total that has its breakdown already is not given a second one.
        let has_parts = |s: &Seen| {
            s.pending.and_then(|p| self.out.get(p)).is_some_and(
                |p| matches!(&p.kind, ClaimKind::Total { parts, .. } if !parts.is_empty()),
            )
        };
        let mut order: Vec<usize> = self
            .seen_before(i, None)
            .filter(|k| self.cs[self.seen[*k].clause].sent < c.sent && !has_parts(&self.seen[*k]))
            .collect();
        order.sort_by_key(|k| self.seen[*k].running);
        for k in order {
            let unit = self.seen[k].figure.unit;
            if let Some(list) = lists::collect(&self.cs, i, unit) {
                if list.items.is_empty() && list.bare.is_empty() {
                    continue;
                }
                let whole_clause = self.seen[k].clause;
                let next = self.attach(k, list, groups);
                // The claim spans from the total's clause to the list's end.
                if let Some(p) = self.seen[k].pending {
                    if let Some(x) = self.out.get_mut(p) {
                        x.from = x.from.min(whole_clause);
                    }
                }
                return Some(next);
            }
        }
        None
    }
}

/// How a sentence may open the split of a count stated before it (`从申请方式看`, `按类别分`).
const LEAD_INS: &[&str] = &["来看", "看", "划分", "区分", "分"];

/// What a part of a list counts: an outcome or a count of applications when the list is of
/// applications, a measure of the §2/§4 tables otherwise.
fn part_kind(label: &str, applications: bool) -> Option<MeasureKind> {
    if applications {
        classify_outcome(label).or_else(|| {
            classify(&format!("申请{label}")).filter(|k| {
                matches!(
                    k,
                    MeasureKind::ApplicationsProcessed
                        | MeasureKind::ApplicationsCarriedForward
                        | MeasureKind::ApplicationsCarriedIn
                )
            })
        })
    } else {
        classify_table_measure(label).or_else(|| {
            classify(label).filter(|k| {
                matches!(
                    k,
                    MeasureKind::ProactiveNew | MeasureKind::ProactiveCumulative
                )
            })
        })
    }
}

/// `parts` with what each counts.
fn with_kinds(parts: Vec<Part>, applications: bool) -> Vec<Part> {
    parts
        .into_iter()
        .map(|p| {
            let kind = part_kind(&p.label, applications);
            p.with_kind(kind)
        })
        .collect()
}

/// Whether the words name a running total (`累计`, `历年`), not one year's count.
fn running(text: &str) -> bool {
    ["累计", "历年"].iter().any(|w| contains(text, w)) && !contains(text, "全年")
}

/// Whether an unmarked run of counts after a count (`X，A a，B b`) is its breakdown: two or more
/// items that the wording makes complete or that add up to it exactly.
/// A count smaller than one of the items after it is no total of theirs, and parts of an
/// unmarked run that exceed the count say rather that it is not their total.
fn keeps_unmarked(list: &List, total: &Figure) -> bool {
    let sum = list.sum();
    list.items.len() >= 2
        && total.approx.is_exact()
        && list
            .items
            .iter()
            .all(|it| it.part.figure.value <= total.value)
        && (sum == Some(total.value)
            || list.reading.is_complete() && sum.is_some_and(|s| s < total.value))
}
