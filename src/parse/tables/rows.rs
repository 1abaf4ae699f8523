//! Candidate data rows, the interface between the layout readers ([`crate::parse::readers`])
//! and the table builders: a label (on the row's own line, or floating on the lines before it)
//! and a sequence of value cells, each with its span.
//!
//! [`assemble`] builds them from the tokens a reader gave for each line of a region. Two
//! modes, decided per region from its lines: *rows* (one row per line: tabs, pipes,
//! space-aligned columns, flattened rows) and *cells* (one cell per line or paragraph, with or
//! without lone `|` lines between cells).

use std::ops::Range;

use crate::parse::normalize::label_key;
use crate::parse::tables::tokens::{Kind, Tok};

/// A candidate data row.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    /// Label key (normalised) of the row's label text, possibly empty.
    pub key: String,
    /// The label as written (fragments joined by a space).
    pub label: String,
    /// The last label line (or the label on the row's own line).
    pub last: String,
    /// Whether the label was on the row's own line (or directly before it in cell mode).
    pub own_label: bool,
    /// The value cells in order.
    pub cells: Vec<Tok>,
    /// 1-based line of the first value.
    pub line: u32,
    /// The values may be run together: each token boundary is a cell boundary, but a digit
    /// token may hold several cells, and blank cells leave no trace (flattened text).
    pub glued: bool,
    /// The values may end inside prose glued after them.
    pub open_end: bool,
}

impl Cand {
    /// Number of digit characters of the only value, if the row is a single number token.
    pub fn single_digits(&self, text: &str) -> Option<usize> {
        match self.cells.as_slice() {
            [t] if t.kind == Kind::Num => {
                let s = t.text(text);
                s.chars()
                    .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
                    .then(|| s.chars().count())
            }
            _ => None,
        }
    }
}

/// A value that could not be attached to any row.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stray(pub Tok);

/// The candidate rows of one table region and the values no row took.
#[derive(Debug, Clone, Default)]
pub(crate) struct RegionRows {
    /// Candidate rows in text order.
    pub cands: Vec<Cand>,
    /// Lone values between rows.
    pub strays: Vec<Stray>,
}

/// The tokens of one line of a region, as its reader gave them.
#[derive(Debug, Clone)]
pub(crate) struct TokLine {
    /// The line's tokens (a range of the region's token vector).
    pub toks: Range<usize>,
    /// The values may be run together ([`Cand::glued`]).
    pub glued: bool,
    /// The values may end inside prose ([`Cand::open_end`]).
    pub open_end: bool,
    /// A row label with no values: a row whose cells are all blank.
    pub empty_row: bool,
}

/// Whether a line reads as prose rather than a table line: it has a full stop, or is far
/// longer than any label (labels may carry long guidance text, so the bound is generous).
pub(crate) fn is_prose(s: &str) -> bool {
    // `。` is `E3 80 82`; its lead byte `E3` opens only CJK symbols and kana, rare in a
    // report, so looking for it finds few places to compare (its last byte is everywhere).
    let b = s.as_bytes();
    is_long(s) || memchr::memchr_iter(0xE3, b).any(|i| b.get(i + 1..i + 3) == Some(&[0x80, 0x82]))
}

/// Whether a line is far longer than any label: prose even without a full stop.
pub(crate) fn is_long(s: &str) -> bool {
    s.len() > 600
}

/// Assembles the candidate rows from the tokens `all` of a region's lines `per_line`. In rows
/// mode, a line holding one value and no label is a stray unless it is a run of at least
/// `run_digits` digits (run-together cells) or `bare_single_is_row` is set.
pub(crate) fn assemble(
    text: &str,
    all: &[Tok],
    per_line: &[TokLine],
    run_digits: usize,
    bare_single_is_row: bool,
) -> RegionRows {
    let (mut row_lines, mut single_lines) = (0usize, 0usize);
    let mut any_glued = false;
    for l in per_line {
        let toks = all.get(l.toks.clone()).unwrap_or(&[]);
        let values = toks.iter().filter(|t| t.is_value()).count();
        if values >= 2 {
            row_lines += 1;
        } else if values == 1 && toks.len() == 1 {
            single_lines += 1;
        }
        any_glued |= l.glued;
    }
    let cells_mode = !any_glued && single_lines > 2 * row_lines.max(1);
    let mut out = Vec::new();
    let mut strays = Vec::new();
    // Label lines since the last row, as token ranges (only label tokens are read).
    let mut pending: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Cand> = None;
    for l in per_line {
        let r = l.toks.clone();
        let Some(toks) = all.get(r.clone()) else {
            continue;
        };
        if l.empty_row {
            if let Some(c) = open.take() {
                out.push(c);
            }
            pending.clear();
            pending.push(r.clone());
            let line = toks.first().map_or(0, |t| t.line);
            out.push(new_cand(text, all, &pending, Vec::new(), line, true));
            pending.clear();
            continue;
        }
        let first_value = toks.iter().position(Tok::is_value).map(|i| r.start + i);
        let own = r.start..first_value.unwrap_or(r.end);
        let Some(fv) = first_value else {
            if let Some(c) = open.take() {
                out.push(c);
            }
            pending.push(own);
            continue;
        };
        // Sized for the line's tokens from the first value on (a filtered collect would grow
        // the vector step by step).
        let mut values: Vec<Tok> = Vec::with_capacity(r.end - fv);
        values.extend(all[fv..r.end].iter().filter(|t| t.is_value()).copied());
        // Label text after the values belongs to the next row.
        let after = all[fv..r.end]
            .iter()
            .any(|t| t.kind == Kind::Label)
            .then_some(fv..r.end);
        let line = values.first().map_or(0, |t| t.line);
        let has_own = !own.is_empty();
        if cells_mode {
            if has_own {
                if let Some(c) = open.take() {
                    out.push(c);
                }
                pending.push(own);
            }
            match open.as_mut() {
                Some(c) => c.cells.extend(values),
                None => {
                    open = Some(new_cand(text, all, &pending, values, line, true));
                    pending.clear();
                }
            }
        } else {
            if let Some(c) = open.take() {
                out.push(c);
            }
            if has_own {
                pending.clear();
                pending.push(own);
            }
            let mut cand = new_cand(text, all, &pending, values, line, has_own);
            cand.glued = l.glued;
            cand.open_end = l.open_end;
            let bare_single = !has_own && cand.cells.len() == 1;
            if bare_single
                && !bare_single_is_row
                && !l.glued
                && cand.single_digits(text).is_none_or(|d| d < run_digits)
            {
                // A lone value between rows: keep the label for the row it belongs to.
                strays.push(Stray(cand.cells[0]));
            } else {
                out.push(cand);
                pending.clear();
            }
        }
        if let Some(a) = after {
            pending.push(a);
        }
    }
    if let Some(c) = open.take() {
        out.push(c);
    }
    RegionRows { cands: out, strays }
}

/// Joins the label tokens of `r` with spaces onto `out`.
fn push_label(text: &str, all: &[Tok], r: &Range<usize>, out: &mut String) {
    for t in all
        .get(r.clone())
        .unwrap_or(&[])
        .iter()
        .filter(|t| t.kind == Kind::Label)
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t.text(text));
    }
}

/// The candidate row of the label lines `pending` (their last three) and `cells`; the caller
/// clears `pending` when the row takes them.
fn new_cand(
    text: &str,
    all: &[Tok],
    pending: &[Range<usize>],
    cells: Vec<Tok>,
    line: u32,
    own_label: bool,
) -> Cand {
    let keep = pending.len().saturating_sub(3);
    // Room for the label tokens and the spaces between them, not grown piece by piece.
    let room: usize = pending[keep..]
        .iter()
        .flat_map(|r| all.get(r.clone()).unwrap_or(&[]))
        .filter(|t| t.kind == Kind::Label)
        .map(|t| t.end.saturating_sub(t.start) + 1)
        .sum();
    let mut label = String::with_capacity(room);
    for r in &pending[keep..] {
        push_label(text, all, r, &mut label);
    }
    // With one label line, the last line's label is the label: copied, not built again.
    let last = if pending.len() - keep == 1 {
        label.clone()
    } else {
        let mut last = String::with_capacity(room);
        if let Some(r) = pending.last() {
            push_label(text, all, r, &mut last);
        }
        last
    };
    Cand {
        key: label_key(&label),
        label,
        last,
        own_label,
        cells,
        line,
        glued: false,
        open_end: false,
    }
}

/// Splits candidates of `k * width` value cells (runs of merged rows in cell mode) into `k`
/// rows; the first keeps the label.
pub(crate) fn split_merged(cands: Vec<Cand>, width: usize) -> Vec<Cand> {
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let n = c.cells.len();
        if !c.glued
            && width > 0
            && n > width
            && n % width == 0
            && c.cells.iter().all(|t| t.kind != Kind::Blank)
        {
            for (i, chunk) in c.cells.chunks(width).enumerate() {
                let line = chunk.first().map_or(c.line, |t| t.line);
                out.push(Cand {
                    key: if i == 0 { c.key.clone() } else { String::new() },
                    label: if i == 0 {
                        c.label.clone()
                    } else {
                        String::new()
                    },
                    last: if i == 0 {
                        c.last.clone()
                    } else {
                        String::new()
                    },
                    own_label: i == 0 && c.own_label,
                    cells: chunk.to_vec(),
                    line,
                    glued: c.glued,
                    open_end: false,
                });
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::readers::Document;

    fn cands(t: &str) -> (Vec<Cand>, Vec<Stray>) {
        let d = Document::read(t);
        let r = d.rows(t, 0..d.lines.len(), 7, false);
        (r.cands, r.strays)
    }

    #[test]
    fn rows_mode_keeps_floating_labels_and_strays() {
        let t = "| 一、本年新收 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n（二）部分公开\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n1\n| 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n";
        let (c, s) = cands(t);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].key, "一本年新收");
        assert!(c[0].own_label);
        assert_eq!(c[1].key, "二部分公开");
        assert!(!c[1].own_label);
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn cells_mode_joins_lines() {
        let t = "规章\n\n1\n\n2\n\n3\n\n行政规范性文件\n|\n4\n|\n5\n|\n6\n";
        let (c, s) = cands(t);
        assert!(s.is_empty());
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].cells.len(), 3);
        assert_eq!(c[1].key, "行政规范性文件");
    }
}
