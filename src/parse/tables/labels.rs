//! Matching row labels (whole, fragments, typos, traditional characters) to the rows of the
//! §3 template by shared character pairs of their label keys.

use std::sync::OnceLock;

use crate::law::Template;
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::text::label_key;

/// A place a §3 label can point to: a template row or an outcome-group heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// A data row of the template.
    Row(RequestRow),
    /// A group heading (`（三）不予公开`): a filled one is a subtotal row.
    Group(OutcomeGroup),
}

/// The matching key of a target: the label with its ordinal or number, as a label key.
pub(crate) fn target_key(t: Target) -> String {
    match t {
        Target::Row(RequestRow::Outcome(o)) => match o.number() {
            Some(n) => label_key(&format!("{n}{}", o.label())),
            None => label_key(o.full_label()),
        },
        Target::Row(r) => label_key(r.label()),
        Target::Group(g) => label_key(g.label()),
    }
}

/// The character pairs of a key (the key itself when it is one character).
fn pairs(key: &str) -> Vec<(char, char)> {
    let cs: Vec<char> = key.chars().collect();
    let mut v: Vec<(char, char)> = cs.windows(2).map(|w| (w[0], w[1])).collect();
    if cs.len() == 1 {
        v.push((cs[0], cs[0]));
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// Scores label keys against the targets of one template: an index from each character
/// pair to the set of targets containing it (at most 64 targets; a template has 29).
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    targets: Vec<Target>,
    /// The character pairs of the targets, sorted, each packed as [`pair_code`] (a number
    /// compares faster than a pair of characters in the binary search).
    pairs: Vec<u64>,
    /// For each of `pairs`, the set of targets containing it.
    masks: Vec<u64>,
}

/// The words of the set of index entries a key has met ([`Matcher::scores`]): room for
/// 1024 character pairs (a template has a few hundred).
const SEEN_WORDS: usize = 16;

/// How many distinct index entries [`Matcher::scores`] remembers for one key.
const MAX_SEEN: usize = 48;

/// A character pair as one number, ordered as the pair is (a character is below 2^32).
fn pair_code((a, b): (char, char)) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

impl Matcher {
    /// The matcher over the rows of `template` and the outcome groups with children (built
    /// once per template).
    pub fn get(template: Template) -> &'static Matcher {
        static MATCHERS: [OnceLock<Matcher>; Template::COUNT] =
            [const { OnceLock::new() }; Template::COUNT];
        MATCHERS[template.index()].get_or_init(|| Matcher::new(template))
    }

    fn new(template: Template) -> Matcher {
        let targets: Vec<Target> = RequestRow::rows(template)
            .iter()
            .map(|r| Target::Row(*r))
            .chain(
                OutcomeGroup::ALL
                    .iter()
                    .filter(|g| g.members(template).count() > 1)
                    .map(|g| Target::Group(*g)),
            )
            .take(64)
            .collect();
        let mut index: Vec<((char, char), u64)> = Vec::new();
        for (i, t) in targets.iter().enumerate() {
            for p in pairs(&target_key(*t)) {
                index.push((p, 1u64 << i));
            }
        }
        index.sort_unstable();
        let mut merged: Vec<((char, char), u64)> = Vec::with_capacity(index.len());
        for (p, m) in index {
            match merged.last_mut() {
                Some((q, acc)) if *q == p => *acc |= m,
                _ => merged.push((p, m)),
            }
        }
        Matcher {
            targets,
            pairs: merged.iter().map(|(p, _)| pair_code(*p)).collect(),
            masks: merged.iter().map(|(_, m)| *m).collect(),
        }
    }

    /// The targets in order.
    pub fn targets(&self) -> impl Iterator<Item = Target> + '_ {
        self.targets.iter().copied()
    }

    /// For `key`, the number of its distinct character pairs each target contains.
    pub fn scores(&self, key: &str) -> Vec<u32> {
        let mut out = vec![0u32; self.targets.len()];
        // Index entries already counted (a key may repeat a pair), one bit each; at most
        // `MAX_SEEN` are remembered (keys are short), so that a pair met again after that
        // many others counts again.
        let mut seen = [0u64; SEEN_WORDS];
        let mut n_seen = 0;
        let mut visit = |p: (char, char), out: &mut Vec<u32>| {
            let Ok(k) = self.pairs.binary_search(&pair_code(p)) else {
                return;
            };
            // (A template has fewer pairs than the set has bits: see the tests.)
            if let Some(w) = seen.get_mut(k / 64) {
                let bit = 1u64 << (k % 64);
                if *w & bit != 0 {
                    return;
                }
                if n_seen < MAX_SEEN {
                    *w |= bit;
                    n_seen += 1;
                }
            }
            let mut m = self.masks.get(k).copied().unwrap_or(0);
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                if let Some(v) = out.get_mut(i) {
                    *v += 1;
                }
                m &= m - 1;
            }
        };
        let mut chars = key.chars();
        let Some(mut prev) = chars.next() else {
            return out;
        };
        let mut single = true;
        for c in chars {
            single = false;
            visit((prev, c), &mut out);
            prev = c;
        }
        if single {
            visit((prev, prev), &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::Outcome;

    fn best(m: &Matcher, label: &str) -> Target {
        let s = m.scores(&label_key(label));
        let (i, _) = s
            .iter()
            .enumerate()
            .max_by_key(|(i, v)| (**v, usize::MAX - i))
            .unwrap();
        m.targets().nth(i).unwrap()
    }

    #[test]
    fn every_pair_of_a_template_fits_the_seen_set() {
        for t in Template::ALL {
            assert!(Matcher::get(t).pairs.len() <= SEEN_WORDS * 64, "{t:?}");
        }
    }

    /// The scores as first written: the entries met kept in a list of at most
    /// [`MAX_SEEN`].
    fn reference_scores(m: &Matcher, key: &str) -> Vec<u32> {
        let mut out = vec![0u32; m.targets.len()];
        let mut seen: Vec<usize> = Vec::new();
        let cs: Vec<char> = key.chars().collect();
        let mut ps: Vec<(char, char)> = cs.windows(2).map(|w| (w[0], w[1])).collect();
        if cs.len() == 1 {
            ps.push((cs[0], cs[0]));
        }
        for p in ps {
            let Ok(k) = m.pairs.binary_search(&pair_code(p)) else {
                continue;
            };
            if seen.contains(&k) {
                continue;
            }
            if seen.len() < MAX_SEEN {
                seen.push(k);
            }
            for (i, v) in out.iter_mut().enumerate() {
                if m.masks[k] & (1 << i) != 0 {
                    *v += 1;
                }
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn scores_match_the_list_of_entries_met(picks in proptest::collection::vec((0usize..29, 0usize..40), 0..12)) {
            // Keys made of pieces of the targets' keys (long ones repeat many pairs).
            for t in Template::ALL {
                let m = Matcher::get(t);
                let keys: Vec<String> = m.targets().map(target_key).collect();
                let mut key = String::new();
                for (i, cut) in &picks {
                    let k = &keys[i % keys.len()];
                    key.extend(k.chars().skip(cut % 4).take(*cut));
                }
                proptest::prop_assert_eq!(m.scores(&key), reference_scores(m, &key));
            }
        }
    }

    #[test]
    fn fragments_typos_and_groups() {
        let m = Matcher::get(Template::Std2021);
        assert_eq!(
            best(m, "2.其他法律行政止公开"),
            Target::Row(RequestRow::Outcome(Outcome::WithheldProhibitedByLaw))
        );
        assert_eq!(
            best(m, "（四）无法提供   1.本机关不掌握相关政府信息"),
            Target::Row(RequestRow::Outcome(Outcome::UnavailableNotHeld))
        );
        assert_eq!(
            best(m, "缴纳费用、 行政机关不再处理其政"),
            Target::Row(RequestRow::Outcome(Outcome::OtherFeeUnpaid))
        );
        assert_eq!(
            best(m, "（三）不予公开"),
            Target::Group(OutcomeGroup::Withheld)
        );
        assert_eq!(best(m, "總計"), Target::Row(RequestRow::TotalProcessed));
    }
}
