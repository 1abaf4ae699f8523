//! The grid reader: tables whose cells the document's reader already knows — an HTML page's
//! `<table>`s, `rowspan`/`colspan` expanded — give their candidate rows cell by cell, with no
//! tokenising of text.
//!
//! A cell is one token: blank when it has no text, `/` (or a dash) not applicable, a number a
//! value, other text a label before the row's values and an unreadable cell among them. A
//! label cell spanning rows labels the row it starts in; the rows below read their own label
//! cells (a group cell spanning its children is their heading, not part of each child's
//! label). A cell spanning columns is one cell of its row (the 2021 §2 `本年处理决定数量`
//! spans three). A value cell spanning rows is read in the row it starts in; in the rows below
//! it keeps its column, blank or `/` as the cell is, unreadable when it holds a value (which
//! row the value belongs to is not known).
//!
//! Which table a grid is (§2, §3, §4, or the pre-2019 statistics table) is decided from its own
//! labels ([`kind`]); a grid without labels of its own that follows one, with no section
//! heading between them, continues it (a table cut at a page break).

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::parse::lines::Line;
use crate::parse::normalize::{label_key, push_label_key};
use crate::parse::tables::rows::{assemble, RegionRows, TokLine};
use crate::parse::tables::tokens::{classify, Kind, Tok};
use crate::report::{Section, SectionKind};

/// A table of the document as a grid of cells whose text is in the document's text.
#[derive(Debug, Clone, Default)]
pub(crate) struct GridTable {
    /// The range of the document's text the table was written to (its rows as lines).
    pub range: Range<usize>,
    /// The cells, row by row.
    pub cells: Vec<GridCell>,
    /// `slots[r][c]`: the index in `cells` of the cell covering row `r`, column `c`.
    pub slots: Vec<Vec<Option<usize>>>,
    /// The kind of each cell's text ([`cell_kind`]), read once by [`prepared`] (rows read
    /// their cells several times); empty before, when each cell is read as it is asked for.
    pub kinds: Vec<Kind>,
}

/// One cell of a [`GridTable`].
#[derive(Debug, Clone)]
pub(crate) struct GridCell {
    /// Where the cell's text is in the document's text (empty for a blank cell).
    pub text: Range<usize>,
    /// The row where the cell starts.
    pub row: usize,
}

/// `grids` with their text ranges moved `shift` bytes back (the text they point into lost
/// that many bytes at its start, a byte order mark); what fell into the lost bytes is cut.
pub(crate) fn shifted(mut grids: Vec<GridTable>, shift: usize) -> Vec<GridTable> {
    if shift == 0 {
        return grids;
    }
    let mv = |r: &mut Range<usize>| {
        *r = r.start.saturating_sub(shift)..r.end.saturating_sub(shift);
    };
    for g in &mut grids {
        mv(&mut g.range);
        g.cells.iter_mut().for_each(|c| mv(&mut c.text));
    }
    grids
}

/// A cell of a grid row, as [`GridTable::row_cells`] gives it.
#[derive(Debug, Clone)]
pub(crate) struct RowCell {
    /// Where its text is in the document's text.
    pub text: Range<usize>,
    /// It starts in this row (not spanned from above).
    pub origin: bool,
}

/// The document's grids as the table readers take them: moved `shift` bytes back (see
/// [`shifted`]) and each grid that holds several tables cut into one grid per table.
pub(crate) fn prepared(text: &str, grids: Vec<GridTable>, shift: usize) -> Vec<GridTable> {
    let grids = shifted(grids, shift);
    let mut out = Vec::with_capacity(grids.len());
    for mut g in grids {
        g.kinds = (0..g.cells.len())
            .map(|i| cell_kind(g.cell_text(text, i)))
            .collect();
        split_tables(text, g, &mut out);
    }
    out
}

/// Cuts a grid holding several tables (§3 and §4 in one `<table>`, a heading row between them)
/// before each header row that names another table than the rows above (header rows are rows
/// of labels only: a data row naming `行政复议` and `行政诉讼`, as the pre-2019 table has, cuts
/// nothing); the rows of labels just above such a row go with it.
fn split_tables(text: &str, g: GridTable, out: &mut Vec<GridTable>) {
    let mut cuts: Vec<usize> = Vec::new();
    let mut current: Option<TableKind> = None;
    // The first of the rows of labels only just above the current row.
    let mut labels_from: Option<usize> = None;
    for r in 0..g.slots.len() {
        let cells: Vec<usize> = g.row_origins(r).collect();
        let labels_only = cells
            .iter()
            .all(|i| matches!(g.kind_of(text, *i), Kind::Label | Kind::Blank));
        if !labels_only {
            labels_from = None;
            continue;
        }
        let keys: Vec<String> = cells
            .iter()
            .filter(|i| g.kind_of(text, **i) == Kind::Label)
            .map(|i| label_key(g.cell_text(text, *i)))
            .collect();
        let from = *labels_from.get_or_insert(r);
        match (kind_of_keys(&keys), current) {
            (Some(k), None) => current = Some(k),
            (Some(k), Some(c)) if k != c => {
                if from > cuts.last().copied().unwrap_or(0) {
                    cuts.push(from);
                }
                current = Some(k);
            }
            _ => {}
        }
    }
    if cuts.is_empty() {
        out.push(g);
        return;
    }
    // The text where each part starts: the line of its first row.
    let row_start = |r: usize| -> usize {
        let at = g
            .row_cells(r)
            .into_iter()
            .filter(|c| c.origin)
            .map(|c| c.text.start)
            .min()
            .unwrap_or(g.range.start);
        text.get(..at)
            .and_then(|b| b.rfind('\n'))
            .map_or(g.range.start, |i| i + 1)
            .clamp(g.range.start, g.range.end)
    };
    let mut bounds: Vec<usize> = vec![0];
    bounds.extend(cuts);
    bounds.push(g.slots.len());
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        let start = if a == 0 { g.range.start } else { row_start(a) };
        let end = if b == g.slots.len() {
            g.range.end
        } else {
            row_start(b)
        };
        // The part's cells, renumbered in the order its slots meet them.
        let mut index: HashMap<usize, usize> = HashMap::new();
        let mut cells: Vec<GridCell> = Vec::new();
        let mut kinds: Vec<Kind> = Vec::new();
        let mut slots = Vec::with_capacity(b - a);
        for row in g.slots.get(a..b).unwrap_or(&[]) {
            let mut new_row = Vec::with_capacity(row.len());
            for slot in row {
                let mapped = slot.and_then(|i| {
                    if let Some(j) = index.get(&i) {
                        return Some(*j);
                    }
                    let c = g.cells.get(i)?;
                    cells.push(GridCell {
                        text: c.text.clone(),
                        // A cell from an earlier part starts in no row of this one.
                        row: c.row.checked_sub(a).unwrap_or(usize::MAX),
                    });
                    kinds.push(g.kind_of(text, i));
                    index.insert(i, cells.len() - 1);
                    Some(cells.len() - 1)
                });
                new_row.push(mapped);
            }
            slots.push(new_row);
        }
        out.push(GridTable {
            range: start..end.max(start),
            cells,
            slots,
            kinds,
        });
    }
}

/// Which table a grid holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableKind {
    /// §2, 主动公开.
    Active,
    /// §3, 依申请公开.
    Requests,
    /// §4, 行政复议、行政诉讼.
    Appeals,
    /// The pre-2019 statistics table.
    Legacy,
}

/// Label words of each table (as label keys): a grid is the table whose words its labels hold
/// most (at least [`MIN_WORDS`] of them).
const WORDS: [(TableKind, &[&str]); 4] = [
    (
        TableKind::Active,
        &[
            "第二十条",
            "信息内容",
            "本年制发件数",
            "本年废止件数",
            "现行有效件数",
            "本年新制作数量",
            "本年新公开数量",
            "处理决定数量",
            "规章",
            "规范性文件",
            "行政许可",
            "行政处罚",
            "行政强制",
            "行政事业性收费",
            "集中采购",
        ],
    ),
    (
        TableKind::Requests,
        &[
            "本年新收",
            "上年结转",
            "申请人情况",
            "自然人",
            "法人或其他组织",
            "本年度办理结果",
            "予以公开",
            "部分公开",
            "不予公开",
            "无法提供",
            "不予处理",
            "其他处理",
            "总计",
            "结转下年度",
        ],
    ),
    (
        TableKind::Appeals,
        &[
            "行政复议",
            "行政诉讼",
            "未经复议",
            "复议后起诉",
            "结果维持",
            "结果纠正",
            "其他结果",
            "尚未审结",
        ],
    ),
    (
        TableKind::Legacy,
        &[
            "统计指标",
            "指标名称",
            "计量单位",
            "统计表",
            "主动公开信息",
            "主动公开政府信息",
            "全文电子化",
        ],
    ),
];

/// The fewest distinct words that make a grid a table.
const MIN_WORDS: usize = 2;

/// What a grid position holds, as read for a row.
#[derive(Debug, Clone)]
struct Pos {
    /// The covering cell.
    cell: usize,
    /// The cell starts in this row (not spanned from above).
    origin: bool,
    kind: Kind,
    /// The columns it covers in this row.
    cols: Range<usize>,
}

/// The kind of a cell's whole text: blank, not applicable, a number (a unit written apart
/// from it, `477.35 万元`, belongs to it), or label text.
fn cell_kind(s: &str) -> Kind {
    let mut parts = s.split_whitespace();
    match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => Kind::Blank,
        (Some(one), None, _) => classify(one),
        (Some(n), Some("元" | "万元"), None) if classify(n) == Kind::Num => Kind::Num,
        _ => Kind::Label,
    }
}

impl GridTable {
    fn cell_text<'a>(&self, text: &'a str, i: usize) -> &'a str {
        self.cells
            .get(i)
            .and_then(|c| text.get(c.text.clone()))
            .unwrap_or("")
    }

    /// The kind of cell `i`'s text.
    fn kind_of(&self, text: &str, i: usize) -> Kind {
        match self.kinds.get(i) {
            Some(k) => *k,
            None => cell_kind(self.cell_text(text, i)),
        }
    }

    /// The cells that start in row `r`, left to right (a cell spanning columns once).
    fn row_origins(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        let mut last: Option<usize> = None;
        self.slots
            .get(r)
            .into_iter()
            .flatten()
            .flatten()
            .copied()
            .filter(move |i| last.replace(*i) != Some(*i))
            .filter(move |i| self.cells.get(*i).is_some_and(|c| c.row == r))
    }

    /// The positions of row `r`, left to right.
    fn positions(&self, text: &str, r: usize) -> Vec<Pos> {
        let Some(row) = self.slots.get(r) else {
            return Vec::new();
        };
        let mut out: Vec<Pos> = Vec::with_capacity(row.len());
        for (c, slot) in row.iter().enumerate() {
            let Some(i) = *slot else { continue };
            let Some(cell) = self.cells.get(i) else {
                continue;
            };
            // A cell spanning columns is one cell of its row.
            if let Some(p) = out.last_mut().filter(|p| p.cell == i) {
                p.cols.end = c + 1;
                continue;
            }
            out.push(Pos {
                cell: i,
                origin: cell.row == r,
                kind: self.kind_of(text, i),
                cols: c..c + 1,
            });
        }
        out
    }

    /// The cells of row `r`, left to right, a cell spanning columns once.
    pub fn row_cells(&self, r: usize) -> Vec<RowCell> {
        let mut out: Vec<RowCell> = Vec::new();
        let mut last: Option<usize> = None;
        for i in self.slots.get(r).into_iter().flatten().flatten().copied() {
            if last == Some(i) {
                continue;
            }
            last = Some(i);
            if let Some(c) = self.cells.get(i) {
                out.push(RowCell {
                    text: c.text.clone(),
                    origin: c.row == r,
                });
            }
        }
        out
    }

    /// The label key of each cell that holds label text, in order.
    pub fn label_keys(&self, text: &str) -> Vec<String> {
        (0..self.cells.len())
            .filter(|i| self.kind_of(text, *i) == Kind::Label)
            .map(|i| label_key(self.cell_text(text, i)))
            .collect()
    }

    /// The column where the values of the rows start: after the label columns, as most rows
    /// with values have it (a row whose own label cell is empty shows no label there).
    fn value_start(&self, text: &str) -> usize {
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for r in 0..self.slots.len() {
            let ps = self.positions(text, r);
            let Some(fv) = ps.iter().position(is_value) else {
                continue;
            };
            let start = ps[..fv]
                .iter()
                .rev()
                .find(|p| p.kind == Kind::Label && !numeric(self, text, p))
                .map_or(0, |p| p.cols.end);
            match seen.iter_mut().find(|(s, _)| *s == start) {
                Some((_, n)) => *n += 1,
                None => seen.push((start, 1)),
            }
        }
        seen.iter()
            .max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s)))
            .map_or(0, |(s, _)| *s)
    }
}

fn is_value(p: &Pos) -> bool {
    matches!(p.kind, Kind::Num | Kind::NotApplicable)
}

/// Which table `g` is, from its labels.
pub(crate) fn kind(text: &str, g: &GridTable) -> Option<TableKind> {
    let mut joined = String::new();
    for i in 0..g.cells.len() {
        if g.kind_of(text, i) == Kind::Label {
            push_label_key(g.cell_text(text, i), &mut joined);
            joined.push('\n');
        }
    }
    kind_of_joined(&joined)
}

/// The table whose words `keys` hold most (at least [`MIN_WORDS`], no tie).
fn kind_of_keys(keys: &[String]) -> Option<TableKind> {
    let mut joined = String::new();
    for k in keys {
        joined.push_str(k);
        joined.push('\n');
    }
    kind_of_joined(&joined)
}

/// [`kind_of_keys`] on the keys joined by line breaks, which no key (keys drop whitespace)
/// nor word holds: a word found in the text is held by some key. One pass over `joined`: at
/// each character, only the words that begin with it are tried (one `contains` per word read
/// the whole text 44 times).
fn kind_of_joined(joined: &str) -> Option<TableKind> {
    /// Each first character of a word, with the words (table, word) that begin with it.
    type ByFirst = Vec<(char, Vec<(usize, usize)>)>;
    static BY_FIRST: OnceLock<ByFirst> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut index: ByFirst = Vec::new();
        for (k, (_, words)) in WORDS.iter().enumerate() {
            for (w, word) in words.iter().enumerate() {
                let Some(first) = word.chars().next() else {
                    continue;
                };
                match index.iter_mut().find(|(c, _)| *c == first) {
                    Some((_, list)) => list.push((k, w)),
                    None => index.push((first, vec![(k, w)])),
                }
            }
        }
        index.sort_unstable_by_key(|(c, _)| *c);
        index
    });
    // Which words of each table were found, one bit per word.
    let mut found = [0u32; WORDS.len()];
    for (i, c) in joined.char_indices() {
        let Ok(at) = by_first.binary_search_by_key(&c, |(first, _)| *first) else {
            continue;
        };
        let rest = joined.get(i..).unwrap_or("");
        for &(k, w) in &by_first[at].1 {
            if rest.starts_with(WORDS[k].1[w]) {
                found[k] |= 1 << w;
            }
        }
    }
    let scores: Vec<(TableKind, usize)> = WORDS
        .iter()
        .zip(found)
        .map(|((k, _), bits)| (*k, bits.count_ones() as usize))
        .collect();
    let best = scores.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let mut leaders = scores.iter().filter(|(_, n)| *n == best);
    match (leaders.next(), leaders.next()) {
        (Some((k, n)), None) if *n >= MIN_WORDS => Some(*k),
        _ => None,
    }
}

/// The grids of each table, by index into the document's grids: the first run of grids of
/// that kind, with the grids of no kind that follow them before a section heading.
#[derive(Debug, Clone, Default)]
pub(crate) struct GridRegions {
    pub active: Vec<usize>,
    pub requests: Vec<usize>,
    pub appeals: Vec<usize>,
    pub legacy: Vec<usize>,
}

impl GridRegions {
    fn of_mut(&mut self, kind: TableKind) -> &mut Vec<usize> {
        match kind {
            TableKind::Active => &mut self.active,
            TableKind::Requests => &mut self.requests,
            TableKind::Appeals => &mut self.appeals,
            TableKind::Legacy => &mut self.legacy,
        }
    }
}

/// The table a section of this kind holds.
fn table_of(kind: SectionKind) -> Option<TableKind> {
    match kind {
        SectionKind::Proactive => Some(TableKind::Active),
        SectionKind::Applications => Some(TableKind::Requests),
        SectionKind::Redress => Some(TableKind::Appeals),
        _ => None,
    }
}

/// Decides the table of each grid of `grids` (in text order): by its own labels; a grid with
/// none continues the grid before it, or, after a section heading, is the table of that
/// section (a §4 grid of values only, under `四、…行政复议、行政诉讼情况`).
pub(crate) fn regions(text: &str, grids: &[GridTable], sections: &[Section]) -> GridRegions {
    let mut out = GridRegions::default();
    let mut headings: Vec<(usize, SectionKind)> = sections
        .iter()
        .map(|s| (s.heading_span.start, s.kind))
        .collect();
    headings.sort_unstable_by_key(|h| h.0);
    // The kind of the run the previous grid belongs to, if it may go on.
    let mut current: Option<TableKind> = None;
    let mut prev_end = 0usize;
    for (i, g) in grids.iter().enumerate() {
        // The last section heading between the previous grid and this one.
        let from = headings.partition_point(|h| h.0 < prev_end);
        let to = headings.partition_point(|h| h.0 < g.range.start);
        let heading = headings.get(from..to).and_then(<[_]>::last);
        if heading.is_some() {
            current = None;
        }
        let under = heading.and_then(|h| table_of(h.1));
        let k = kind(text, g)
            .or(current)
            .or(under.filter(|k| out.of_mut(*k).is_empty()));
        prev_end = g.range.end;
        let Some(k) = k else {
            current = None;
            continue;
        };
        let list = out.of_mut(k);
        // Only the first run of grids of a kind is the table.
        let continues = current == Some(k) && list.last() == Some(&(i.wrapping_sub(1)));
        if list.is_empty() || continues {
            list.push(i);
            current = Some(k);
        } else {
            current = None;
        }
    }
    out
}

/// The candidate rows of the grids `which` (indices into `grids`), read cell by cell. `lines`
/// are the document's lines (for the line numbers of the cells). In rows mode a row holding
/// one value and no label is a stray unless it is a run of at least `run_digits` digits or
/// `bare_single_is_row` is set (as for text rows).
pub(crate) fn rows(
    text: &str,
    lines: &[Line],
    grids: &[GridTable],
    which: &[usize],
    run_digits: usize,
    bare_single_is_row: bool,
) -> RegionRows {
    let line_of = |at: usize| -> u32 {
        let i = lines.partition_point(|l| l.end < at);
        lines.get(i).or(lines.last()).map_or(1, |l| l.number)
    };
    let mut all: Vec<Tok> = Vec::new();
    let mut per_line: Vec<TokLine> = Vec::new();
    for g in which.iter().filter_map(|i| grids.get(*i)) {
        let value_start = g.value_start(text);
        let mut row_line = line_of(g.range.start);
        for r in 0..g.slots.len() {
            let ps = g.positions(text, r);
            if let Some(p) = ps.iter().find(|p| p.origin) {
                if let Some(c) = g.cells.get(p.cell) {
                    row_line = line_of(c.text.start);
                }
            }
            let first = all.len();
            row_tokens(g, text, &ps, value_start, row_line, &line_of, &mut all);
            if all.len() > first {
                per_line.push(TokLine {
                    toks: first..all.len(),
                    glued: false,
                    open_end: false,
                    empty_row: false,
                });
            }
        }
    }
    assemble(text, &all, &per_line, run_digits, bare_single_is_row)
}

/// The tokens of one grid row: its own label cells, then (when it has a value) one token per
/// position from the value columns on.
fn row_tokens(
    g: &GridTable,
    text: &str,
    ps: &[Pos],
    value_start: usize,
    row_line: u32,
    line_of: &dyn Fn(usize) -> u32,
    out: &mut Vec<Tok>,
) {
    let tok = |p: &Pos, kind: Kind| -> Tok {
        let r = g.cells.get(p.cell).map_or(0..0, |c| c.text.clone());
        let (start, end) = if kind == Kind::Blank {
            (r.start, r.start)
        } else {
            (r.start, r.end)
        };
        let line = if kind == Kind::Blank || !p.origin {
            row_line
        } else {
            line_of(start)
        };
        Tok {
            kind,
            start,
            end,
            line,
            col: 0,
        }
    };
    // The first value, or number-like text in a value column (an unreadable value).
    let fv = ps.iter().position(|p| {
        is_value(p)
            || (value_start > 0
                && p.cols.start >= value_start
                && p.kind == Kind::Label
                && numeric(g, text, p))
    });
    let Some(fv) = fv else {
        // No value: a row of blank cells when its own labels are in the label columns and its
        // value columns are all blank; otherwise a header row, read as its own labels.
        let labels = ps
            .iter()
            .filter(|p| p.origin && p.kind == Kind::Label && !numeric(g, text, p));
        let in_labels = |p: &Pos| p.cols.start < value_start;
        let values: Vec<&Pos> = ps.iter().filter(|p| !in_labels(p)).collect();
        let blank_row = value_start > 0
            && labels.clone().next().is_some()
            && labels.clone().all(in_labels)
            && !values.is_empty()
            && values.iter().all(|p| p.kind == Kind::Blank);
        for p in labels.filter(|p| !blank_row || in_labels(p)) {
            out.push(tok(p, Kind::Label));
        }
        if blank_row {
            for p in values {
                out.push(tok(p, Kind::Blank));
            }
        }
        return;
    };
    // Labels end where the table's label columns end, or later where the row's own label
    // cells before its first value reach further (a row laid out off the table's columns);
    // number-like text in a value column is an unreadable value, not a label.
    let first_value = ps[fv].cols.start;
    let own_label_end = ps[..fv]
        .iter()
        .rev()
        .find(|p| p.origin && p.kind == Kind::Label && !numeric(g, text, p))
        .map_or(0, |p| p.cols.end);
    let vs = value_start.min(first_value).max(own_label_end);
    for p in ps.iter().filter(|p| p.cols.start < vs) {
        if p.origin && p.kind == Kind::Label {
            out.push(tok(p, Kind::Label));
        }
    }
    for p in ps.iter().filter(|p| p.cols.start >= vs) {
        let kind = match (p.origin, p.kind) {
            (_, Kind::Blank) => Kind::Blank,
            (_, Kind::NotApplicable) => Kind::NotApplicable,
            (true, Kind::Num) => Kind::Num,
            _ => Kind::Text,
        };
        out.push(tok(p, kind));
    }
}

/// Whether the text of `p` is made of digits, spaces and number punctuation only.
fn numeric(g: &GridTable, text: &str, p: &Pos) -> bool {
    let s = g.cell_text(text, p.cell);
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && s.chars().all(|c| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || c.is_whitespace()
                || matches!(c, ',' | '，' | '.' | '．' | '+' | '-' | '%')
        })
}

#[cfg(test)]
mod tests;
