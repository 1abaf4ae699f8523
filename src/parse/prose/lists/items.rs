//! The items of one clause of a list: labelled counts, a parenthesised list or share after a
//! count, `A、B分别为a、b`, and percentages with a label.

use crate::parse::prose::measure::clean_label;
use crate::parse::prose::numbers::Token;
use crate::parse::prose::patterns::Clause;
use crate::report::{Figure, Part, Reading, Unit};

use super::{holds_remainder, holds_respectively, Sub, RESPECTIVELY};

/// What a clause of a list gives: its items, and whether text follows the last one (then the
/// list ends there) and says it is partial (`…以及其他信息等`).
pub(super) struct ClauseItems {
    /// Each item with its parenthesised list or share (`120条（占60%）`).
    pub items: Vec<(Part, Option<Sub>, Option<Figure>)>,
    pub tail: bool,
    pub partial_tail: bool,
}

/// A parenthesised list `（含A a，B b）` whose group starts at byte `at` of the clause.
pub(super) fn sub_list(c: &Clause<'_>, total: &Figure, at: usize, end: usize) -> Option<Sub> {
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
    let partial = head.trim_start().starts_with('含') || crate::text::contains(head, "包括");
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
pub(super) fn paren_share(c: &Clause<'_>, at: usize, end: usize) -> Option<Figure> {
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
pub(super) fn items_of(c: &Clause<'_>, unit: Unit, from: usize) -> Option<ClauseItems> {
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
        if label.is_empty() || holds_respectively(&label) {
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
        partial_tail: crate::text::has_char(tail, '等') || holds_remainder(tail),
    })
}

/// `A、B和C分别为1件、2件、3件` starting at `cs[0]` (the figures may run into the following
/// clauses). Returns the parts and the number of clauses used.
pub(super) fn respectively(cs: &[Clause<'_>], unit: Unit) -> Option<(Vec<Part>, usize)> {
    let c = cs.first()?;
    // Each word holds `分别`: one search rules most clauses out.
    if !crate::text::contains(c.text, "分别") {
        return None;
    }
    let (at, m) = RESPECTIVELY
        .iter()
        .find_map(|m| crate::text::find(c.text, m).map(|i| (i, *m)))?;
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
pub(super) fn labelled_percent(c: &Clause<'_>) -> Option<(String, Figure)> {
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
            let ok = !label.is_empty()
                && !crate::text::has_char(&label, '率')
                && !label.starts_with('占');
            ok.then(|| (label, t.figure.clone()))
        }
        _ => None,
    }
}
