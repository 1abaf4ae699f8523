//! The claims of one paragraph: its clauses read in order, with what the paragraph has stated
//! so far (its totals and bases) available to the parts, shares and rates that follow.

use std::borrow::Cow;

use rust_decimal::{Decimal, RoundingStrategy};

mod links;
mod totals;

use crate::parse::prose::lists;
use crate::parse::prose::patterns::{self, Clause};
use crate::parse::prose::split::{self, Piece};
use crate::parse::prose::words;
use crate::report::{
    Claim, ClaimKind, Figure, Measure, MeasureKind, Quote, SectionKind, Span, Unit,
};
use crate::text::contains;

/// The longest sentence a claim keeps in full; a longer one (hostile input, a paragraph with no
/// full stop) is replaced by the claim's own words, so that memory stays linear in the input.
const MAX_SENTENCE: usize = 4096;

/// How many earlier counts of the paragraph a share, a rate or a list may be of (nearest
/// first): real paragraphs state a handful; the bound keeps hostile input linear.
const LOOKBACK: usize = 16;

/// How far back (in clauses) a rate's numerator is looked for.
const RATE_REACH: usize = 24;

/// How many bytes of the words before a claim's figure decide its period and scope: the start of
/// its sentence (where `2020年，` stands) and the words just before it.
const WINDOW: usize = 240;

/// A sentence of the paragraph and its section.
pub(crate) struct Sent {
    pub piece: Piece,
    pub section: Option<SectionKind>,
}

/// A claim being built: what it says and which clauses it spans.
struct Pending {
    kind: ClaimKind,
    /// First and last clause (indices in the paragraph).
    from: usize,
    to: usize,
    /// The claim's own words when narrower than its clauses (byte range in the source).
    words: Option<(usize, usize)>,
    /// Clauses it relies on outside its own words.
    relies: Vec<usize>,
}

/// A count the paragraph has stated that later parts, shares or rates may be of.
struct Seen {
    clause: usize,
    figure: Figure,
    measure: Measure,
    /// The total claim made of it, if any.
    pending: Option<usize>,
    /// Whether it is a running total (`累计`, `历年`): a later list is rather of a year's count.
    running: bool,
}

/// The claims of one paragraph. One is made per text and reads its paragraphs in turn
/// ([`Paragraph::read`]): its buffers are kept from one paragraph to the next (cleared, not
/// freed) so that each paragraph does not allocate them anew.
pub(crate) struct Paragraph<'t> {
    text: &'t str,
    sents: Vec<Sent>,
    /// The clause pieces of a sentence (a buffer).
    pieces: Vec<split::ClausePiece>,
    /// Where the numbers of a sentence may start (offsets in the text; a buffer).
    numbers: Vec<usize>,
    cs: Vec<Clause<'t>>,
    /// The spare vectors of the clauses.
    bufs: patterns::Buffers,
    out: Vec<Pending>,
    seen: Vec<Seen>,
    /// Clauses already read into a claim's figures.
    consumed: Vec<bool>,
    /// The current base (`在…的N件申请中`), an index into `seen`.
    base: Option<usize>,
    /// Per sentence: whether it speaks of applications, and (once asked) whether it compares
    /// years.
    applications_in: Vec<bool>,
    compares_in: Vec<Option<bool>>,
    /// Per sentence: whether it may state a nil (`没…`, `未…`); one search of the sentence spares
    /// one of each of its clauses.
    nil_in: Vec<bool>,
    /// Share groups by the whole they are of (index into `seen`).
    share_groups: std::collections::HashMap<usize, usize>,
}

/// Whether `share` is `part / whole` at its printed precision, rounded half up or truncated
/// (the rules tell the two apart; here either says which whole the share is of).
fn agrees(part: &Figure, whole: &Figure, share: &Figure) -> bool {
    if whole.value.is_zero() {
        return false;
    }
    let Some(exact) = part
        .value
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|v| v.checked_div(whole.value))
    else {
        return false;
    };
    let scale = share.value.scale();
    let up = exact.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero);
    let down = exact.round_dp_with_strategy(scale, RoundingStrategy::ToZero);
    share.admits(up) || share.admits(down)
}

impl<'t> Paragraph<'t> {
    /// A reader of the paragraphs of `text`.
    pub(crate) fn new(text: &'t str) -> Paragraph<'t> {
        // Room for a usual paragraph from the start, rather than growing to it from empty
        // in the first paragraphs of every text.
        Paragraph {
            text,
            sents: Vec::with_capacity(16),
            pieces: Vec::with_capacity(16),
            numbers: Vec::with_capacity(32),
            cs: Vec::with_capacity(64),
            bufs: patterns::Buffers::default(),
            out: Vec::with_capacity(16),
            seen: Vec::with_capacity(16),
            consumed: Vec::with_capacity(64),
            base: None,
            applications_in: Vec::with_capacity(16),
            compares_in: Vec::with_capacity(16),
            nil_in: Vec::with_capacity(16),
            share_groups: std::collections::HashMap::new(),
        }
    }

    /// Reads the claims of the paragraph of sentences `para` into `out` and empties `para`;
    /// `groups` numbers share groups report-wide.
    pub(crate) fn read(&mut self, para: &mut Vec<Sent>, out: &mut Vec<Claim>, groups: &mut usize) {
        // The sentences' buffer comes to the paragraph; the last paragraph's goes back, emptied.
        std::mem::swap(&mut self.sents, para);
        para.clear();
        self.load();
        self.run(out, groups);
    }

    /// Splits the paragraph's sentences into clauses and resets what the last paragraph stated.
    fn load(&mut self) {
        let text = self.text;
        for c in self.cs.drain(..) {
            c.recycle(&mut self.bufs);
        }
        self.applications_in.clear();
        self.nil_in.clear();
        // One buffer for the clauses of every sentence, one for where its numbers may start.
        for (k, s) in self.sents.iter().enumerate() {
            self.pieces.clear();
            self.numbers.clear();
            let noticed = split::clauses_into(text, s.piece, &mut self.pieces, &mut self.numbers);
            // What the walk noticed spares a search of the sentence for `申请` and one for `没未`.
            self.applications_in.push(noticed.applications);
            self.nil_in.push(noticed.nil);
            // Both in text order: each clause takes the numbers from its start to its end.
            let mut rest = self.numbers.as_slice();
            for c in &self.pieces {
                let from = rest.partition_point(|n| *n < c.piece.start);
                let to = from + rest[from..].partition_point(|n| *n < c.piece.end);
                let numbers = &rest[from..to];
                rest = &rest[to..];
                let clause =
                    Clause::with_parens(text, c.piece, k, c.parens, numbers, &mut self.bufs);
                self.cs.push(clause);
            }
        }
        let n = self.cs.len();
        self.compares_in.clear();
        self.compares_in.resize(self.sents.len(), None);
        self.consumed.clear();
        self.consumed.resize(n, false);
        self.out.clear();
        self.seen.clear();
        self.share_groups.clear();
        self.base = None;
    }

    fn push(&mut self, kind: ClaimKind, from: usize, to: usize) -> usize {
        self.out.push(Pending {
            kind,
            from,
            to,
            words: None,
            relies: Vec::new(),
        });
        self.out.len() - 1
    }

    fn consume(&mut self, from: usize, to: usize) {
        for k in from..=to {
            if let Some(c) = self.consumed.get_mut(k) {
                *c = true;
            }
        }
    }

    /// Whether sentence `k` states applications carried forward (a count above 0).
    fn states_forward(&self, k: usize) -> bool {
        let forward = |kind: Option<MeasureKind>, f: &Figure| {
            kind == Some(MeasureKind::ApplicationsCarriedForward)
                && f.count().is_some_and(|n| n > 0)
        };
        self.out.iter().any(|p| {
            self.cs.get(p.from).is_some_and(|c| c.sent == k)
                && match &p.kind {
                    ClaimKind::Total {
                        measure,
                        total,
                        parts,
                        ..
                    } => {
                        forward(measure.kind, total)
                            || parts.iter().any(|x| forward(x.kind, &x.figure))
                    }
                    _ => false,
                }
        })
    }

    /// Whether clause `i` speaks of applications: only a sentence that does holds such a clause.
    fn clause_speaks_of_applications(&self, i: usize) -> bool {
        self.cs.get(i).is_some_and(|c| {
            self.applications_in.get(c.sent).copied().unwrap_or(false) && contains(c.text, "申请")
        })
    }

    /// Whether sentence `k` compares years, computed on first use.
    fn compares(&mut self, k: usize) -> bool {
        let (text, sents) = (self.text, &self.sents);
        match self.compares_in.get_mut(k) {
            Some(slot) => *slot.get_or_insert_with(|| {
                sents
                    .get(k)
                    .is_some_and(|s| words::compares_years(s.piece.text(text)))
            }),
            None => false,
        }
    }

    /// The share group of the shares of `seen[whole]`, made on first use.
    fn group_of(&mut self, whole: usize, groups: &mut usize) -> usize {
        *self.share_groups.entry(whole).or_insert_with(|| {
            *groups += 1;
            *groups
        })
    }

    /// The counts stated before clause `before` in `unit` (`None`: any count), nearest first,
    /// at most [`LOOKBACK`] of them.
    fn seen_before(&self, before: usize, unit: Option<Unit>) -> impl Iterator<Item = usize> + '_ {
        // `seen` is in clause order but for a few anchors pushed just behind: start a little past
        // the first count at or after `before` and scan a bounded stretch back.
        let hi = self
            .seen
            .partition_point(|s| s.clause < before)
            .saturating_add(4)
            .min(self.seen.len());
        self.seen[..hi]
            .iter()
            .enumerate()
            .rev()
            .take(4 * LOOKBACK)
            .filter(move |(_, s)| s.clause < before && unit.is_none_or(|u| s.figure.unit == u))
            .take(LOOKBACK)
            .map(|(k, _)| k)
    }

    /// The latest count stated before clause `before` in `unit` (`None`: any count), the base
    /// first when there is one.
    fn whole_before(&self, before: usize, unit: Option<Unit>) -> Option<usize> {
        let fits = |s: &Seen| s.clause < before && unit.is_none_or(|u| s.figure.unit == u);
        if let Some(b) = self.base.filter(|b| self.seen.get(*b).is_some_and(fits)) {
            return Some(b);
        }
        self.seen_before(before, unit).next()
    }

    /// Other counts of the paragraph a share of `unit` may be of, besides `whole`.
    fn bases_besides(
        &self,
        whole: Option<usize>,
        before: usize,
        unit: Option<Unit>,
    ) -> Vec<Figure> {
        self.seen_before(before, unit)
            .filter(|k| Some(*k) != whole)
            .map(|k| self.seen[k].figure.clone())
            .collect()
    }

    /// Reads the paragraph's claims into `out`; `groups` numbers share groups report-wide.
    fn run(&mut self, out: &mut Vec<Claim>, groups: &mut usize) {
        let mut i = 0;
        let mut sent = usize::MAX;
        let mut applications = false;
        let mut sentence_total: Option<(MeasureKind, Figure)> = None;
        let mut bare: Vec<(String, Figure, usize)> = Vec::new();
        let mut rest = false;
        // Claims of one clause each, whatever claim a list makes of the clause around them.
        let mut rates: Vec<usize> = Vec::new();
        for k in 0..self.cs.len() {
            let (csent, dated, nil, found_rates) = {
                let c = &self.cs[k];
                (
                    c.sent,
                    patterns::dated(c),
                    if self.nil_in.get(c.sent).copied().unwrap_or(false) {
                        patterns::nil(c)
                    } else {
                        None
                    },
                    patterns::rates(c),
                )
            };
            if let Some((year, measure, value)) = dated {
                let comparison = self.compares(csent);
                let kind = ClaimKind::Dated {
                    year,
                    measure,
                    value,
                    comparison,
                };
                self.push(kind, k, k);
            }
            if let Some(what) = nil {
                self.push(ClaimKind::Nil { what }, k, k);
            }
            for (label, rate) in found_rates {
                let kind = ClaimKind::Rate {
                    label: label.to_string(),
                    rate,
                    numerator: None,
                    denominator: None,
                    implied: false,
                };
                rates.push(self.push(kind, k, k));
            }
        }
        while i < self.cs.len() {
            let csent = self.cs[i].sent;
            if csent != sent {
                self.flush_bare(&mut bare, rest, groups);
                rest = false;
                sent = csent;
                applications = false;
                sentence_total = None;
            }
            // `…结转下年度继续办理2件，所有申请均在法定期限内办结`: "all" means all that fell due.
            let completed = sentence_total.is_some()
                && patterns::completed(&self.cs[i])
                && !self.states_forward(csent);
            if let (Some((of, total)), true) = (&sentence_total, completed) {
                let kind = ClaimKind::Completed {
                    of: *of,
                    total: total.clone(),
                };
                self.push(kind, i, i);
            }
            let c = &self.cs[i];
            // Most clauses state no figure and open no list: nothing more to read in them.
            if c.figures.is_empty()
                && c.inner.is_empty()
                && !lists::starts_with_marker(c)
                && !self.lead_in(i)
            {
                if !bare.is_empty() && patterns::is_remainder(c) {
                    rest = true;
                }
                applications |= self.clause_speaks_of_applications(i);
                i += 1;
                continue;
            }
            if let Some((measure, whole)) = patterns::base(c) {
                i = self.total_with_list(i, measure, whole, true, groups);
                continue;
            }
            let after_applications = applications;
            applications |= self.clause_speaks_of_applications(i);
            if let Some(next) = self.total_here(i, after_applications, &mut sentence_total, groups)
            {
                i = next;
                continue;
            }
            if let Some(next) = self.list_from_before(i, groups) {
                i = next;
                continue;
            }
            if let Some(next) = self.counted_share(i, groups) {
                i = next;
                continue;
            }
            let c = &self.cs[i];
            if let Some((label, share)) = patterns::bare_share(c) {
                bare.push((label, share, i));
            } else if !bare.is_empty() && patterns::is_remainder(c) {
                rest = true;
            }
            i += 1;
        }
        self.flush_bare(&mut bare, rest, groups);
        for r in rates {
            self.link_rate(r);
        }
        self.mentions();
        self.finish(out);
    }

    /// Bare shares of one sentence (`大约90%是…，10%是…，其余是…`): one group.
    fn flush_bare(
        &mut self,
        bare: &mut Vec<(String, Figure, usize)>,
        rest: bool,
        groups: &mut usize,
    ) {
        if bare.is_empty() {
            return;
        }
        *groups += 1;
        let group = *groups;
        for (label, share, at) in std::mem::take(bare) {
            let kind = ClaimKind::Share {
                label,
                part: None,
                whole: None,
                share,
                group,
                rest,
                bases: Vec::new(),
            };
            self.push(kind, at, at);
        }
    }

    /// Turns the pending claims into claims, in text order.
    fn finish(&mut self, out: &mut Vec<Claim>) {
        let mut pending = std::mem::take(&mut self.out);
        pending.sort_by_key(|p| (p.from, p.to));
        for p in pending.drain(..) {
            let comparison = match self.cs.get(p.from) {
                Some(c) => {
                    let k = c.sent;
                    self.compares(k)
                }
                None => continue,
            };
            let (Some(fc), Some(tc)) = (self.cs.get(p.from), self.cs.get(p.to)) else {
                continue;
            };
            let (fs, ts) = (&self.sents[fc.sent], &self.sents[tc.sent]);
            let span = Span::new(
                fs.piece.line,
                fs.piece.start,
                ts.piece.end.max(fs.piece.end),
            );
            let (ws, we) = p
                .words
                .unwrap_or((fc.piece.start, tc.piece.end.max(fc.piece.start)));
            let words = Span::new(fc.piece.line, ws, we);
            let said = self.text.get(ws..we).unwrap_or("");
            let sentence = self.text.get(span.start..span.end).unwrap_or(said);
            let prefix = window(self.text, fs.piece.start, fc.piece.end);
            let prefix: &str = &prefix;
            let period = words::period_of(prefix);
            let scope = words::scope_of(prefix);
            let claim = if sentence.len() <= MAX_SENTENCE {
                Claim::new(p.kind, fs.section, sentence, span)
            } else {
                Claim::new(p.kind, fs.section, said, words)
            };
            let mut claim = claim
                .with_text(said, words)
                .with_comparison(comparison)
                .with_period(period)
                .with_scope(scope);
            for k in p.relies {
                let Some(c) = self.cs.get(k) else { continue };
                if (p.from..=p.to).contains(&k) {
                    continue;
                }
                let q = Span::new(c.piece.line, c.piece.start, c.piece.end);
                claim = claim.relying_on(Quote::new(c.text, q));
            }
            out.push(claim);
        }
        self.out = pending;
    }
}

/// The words from `start` to `end` of `text`, or, when longer than [`WINDOW`] bytes each way,
/// the first and the last [`WINDOW`] bytes of them (cut at character boundaries): borrowed
/// from `text` unless cut.
fn window(text: &str, start: usize, end: usize) -> Cow<'_, str> {
    let Some(all) = text.get(start..end) else {
        return Cow::Borrowed("");
    };
    if all.len() <= 2 * WINDOW {
        return Cow::Borrowed(all);
    }
    let mut a = WINDOW;
    while !all.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = all.len() - WINDOW;
    while !all.is_char_boundary(b) {
        b += 1;
    }
    Cow::Owned(format!("{}{}", &all[..a], &all[b..]))
}
