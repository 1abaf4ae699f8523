//! Claims that lean on counts stated before them in the paragraph: a part with its share of
//! the base or total above it, a rate with its numerator and denominator, and the counts of a
//! measure the tables have wherever they stand.

use crate::parse::prose::measure::{classify_outcome, classify_table_measure, clean_label};
use crate::parse::prose::patterns;
use crate::parse::prose::words;
use crate::report::{ClaimKind, Figure, Measure, Reading};

use super::{Paragraph, RATE_REACH};

impl Paragraph<'_> {
    /// A counted part and its share outside a list (`“同意公开”的52件，占总数的94.5%` after a
    /// base), or a share of a named part without its count (`主动公开的政府信息占34.82%`).
    pub(super) fn counted_share(&mut self, i: usize, groups: &mut usize) -> Option<usize> {
        let c = &self.cs[i];
        if let (Some((label, part)), Some(share)) = (
            patterns::counted_part(c),
            self.cs
                .get(i + 1)
                .filter(|n| n.sent == c.sent)
                .and_then(|n| n.share().cloned()),
        ) {
            let whole = self.whole_before(i, Some(part.unit));
            let bases = self.bases_besides(whole, i, Some(part.unit));
            let group = match whole {
                Some(w) => self.group_of(w, groups),
                None => {
                    *groups += 1;
                    *groups
                }
            };
            let kind = ClaimKind::Share {
                label,
                part: Some(part),
                whole: whole.map(|w| self.seen[w].figure.clone()),
                share,
                group,
                rest: false,
                bases,
            };
            let p = self.push(kind, i, i + 1);
            if let Some(w) = whole {
                let wc = self.seen[w].clause;
                self.out[p].relies.push(wc);
            }
            self.consume(i, i + 1);
            return Some(i + 2);
        }
        let (label, share) = c.labelled_share()?;
        let (label, share) = (label, share.clone());
        let whole = self
            .whole_before(i, None)
            .filter(|w| self.seen[*w].figure.unit.is_count());
        let w = whole?;
        let bases = self.bases_besides(whole, i, Some(self.seen[w].figure.unit));
        *groups += 1;
        let kind = ClaimKind::Share {
            label,
            part: None,
            whole: Some(self.seen[w].figure.clone()),
            share,
            group: *groups,
            rest: false,
            bases,
        };
        let p = self.push(kind, i, i);
        let wc = self.seen[w].clause;
        self.out[p].relies.push(wc);
        self.consume(i, i);
        Some(i + 1)
    }

    /// Fills a rate's numerator and denominator from the counts the paragraph states before it:
    /// the numerator in the rate's own words (`已办理2520件` for `办理率`), the denominator a
    /// count before that (`受理2576件`); or, when a clause says every case was done
    /// (`9件申请均…予以回复`), the denominator alone with the numerator implied.
    pub(super) fn link_rate(&mut self, r: usize) {
        let Some(p) = self.out.get(r) else { return };
        let rc = p.from;
        let ClaimKind::Rate { label, .. } = &p.kind else {
            return;
        };
        let stems = words::rate_stems(label);
        if stems.is_empty() {
            return;
        }
        // The numerator: the nearest count before the rate whose words use the rate's verb.
        let mut numerator: Option<(usize, Figure)> = None;
        for k in (rc.saturating_sub(RATE_REACH)..rc).rev() {
            let c = &self.cs[k];
            let mut prev = 0;
            let mut hit = None;
            for t in &c.figures {
                let words = &c.text[prev..t.start];
                prev = t.end;
                if t.figure.unit.is_count() && stems.iter().any(|s| words.contains(s)) {
                    hit = Some(t.figure.clone());
                }
            }
            if let Some(f) = hit {
                numerator = Some((k, f));
                break;
            }
        }
        let (num_clause, num) = match numerator {
            Some((k, f)) => (k, Some(f)),
            None => (rc, None),
        };
        let unit = num.as_ref().map(|f| f.unit);
        let denominator = self
            .seen_before(num_clause, unit)
            .next()
            .map(|k| (self.seen[k].clause, self.seen[k].figure.clone()));
        let label = label.clone();
        // `9件申请均在法定期限内予以回复`: the clause that says all were done may hold the count.
        let all_done = (rc.saturating_sub(RATE_REACH)..rc)
            .rev()
            .take_while(|k| self.cs[*k].sent + 1 >= self.cs[rc].sent)
            .find(|k| words::says_all_done(self.cs[*k].text, &label));
        let denominator = match (all_done, &num) {
            (Some(k), None) => self.cs[k]
                .figures
                .iter()
                .find(|t| t.figure.unit.is_count())
                .map(|t| (k, t.figure.clone()))
                .or(denominator),
            _ => denominator,
        };
        let implied = num.is_none()
            && all_done.is_some_and(|k| denominator.as_ref().is_some_and(|(d, _)| *d <= k));
        let (den_clause, den) = match denominator {
            Some((k, f)) if num.is_some() || implied => (Some(k), Some(f)),
            _ => (None, None),
        };
        let Some(x) = self.out.get_mut(r) else { return };
        if let ClaimKind::Rate {
            numerator,
            denominator,
            implied: imp,
            ..
        } = &mut x.kind
        {
            *numerator = num.clone().filter(|_| den.is_some());
            *denominator = den;
            *imp = implied;
        }
        if let Some(k) = den_clause {
            x.relies.push(k);
            if num.is_some() {
                x.relies.push(num_clause);
            }
        }
    }

    /// Counts of a measure the tables have, in clauses no other claim has read
    /// (`因依申请公开引发行政复议1起、行政诉讼1起`, `制定规范性文件5件`).
    pub(super) fn mentions(&mut self) {
        let applications_in = std::mem::take(&mut self.applications_in);
        for k in 0..self.cs.len() {
            if self.consumed[k] {
                continue;
            }
            let c = &self.cs[k];
            let applications = applications_in.get(c.sent).copied().unwrap_or(false);
            let mut prev = 0;
            let mut found = Vec::new();
            for t in &c.figures {
                let label = &c.text[prev..t.start];
                let from = prev;
                prev = t.end;
                if !t.figure.unit.is_count() || !t.figure.approx.is_exact() {
                    continue;
                }
                let kind = classify_table_measure(label).or_else(|| {
                    applications
                        .then(|| classify_outcome(label))
                        .flatten()
                        .filter(|_| !label.contains("申请中"))
                });
                if let Some(kind) = kind {
                    found.push((kind, clean_label(label), t.figure.clone(), from, t.end));
                }
            }
            for (kind, label, figure, a, b) in found {
                let start = self.cs[k].piece.start;
                let kind = ClaimKind::Total {
                    measure: Measure::new(label, Some(kind)),
                    total: figure,
                    parts: Vec::new(),
                    reading: Reading::Undecided,
                };
                let p = self.push(kind, k, k);
                self.out[p].words = Some((start + a, start + b));
            }
        }
    }
}
