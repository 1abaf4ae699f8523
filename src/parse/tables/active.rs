//! The §2 reader (`二、主动公开政府信息情况`, DOMAIN.md §2.3), both templates: rows are
//! matched by the row name their label contains first (guidance text left inside a label,
//! `规范性文件` vs `行政规范性文件`), cells are typed by their column
//! ([`ActiveTable::set_text`]); rows the template does not have (`其他主动公开文件`,
//! `行政检查`) become [`ExtraRow::ActiveOther`].

use std::ops::Range;

use crate::finding::{Location, TableId};
use crate::law::Template;
use crate::parse::lines::Line;
use crate::parse::reading;
use crate::parse::tables::region::LineKeys;
use crate::parse::tables::rows::assemble;
use crate::parse::tables::tokens::{span, value_text, Kind};
use crate::parse::tables::TablesRead;
use crate::report::{ActiveRow, ActiveTable, CellRef, ExtraRow};
use crate::text::label_key;

/// Row names as label keys, longest first where one contains another.
const ROW_KEYS: &[(&str, ActiveRow)] = &[
    ("行政规范性文件", ActiveRow::NormativeDocuments),
    ("规范性文件", ActiveRow::NormativeDocuments),
    ("规章", ActiveRow::Rules),
    ("行政许可", ActiveRow::Licensing),
    ("其他对外管理服务事项", ActiveRow::OtherServices),
    ("对外管理服务事项", ActiveRow::OtherServices),
    ("行政处罚", ActiveRow::Penalty),
    ("行政强制", ActiveRow::Coercion),
    ("行政事业性收费", ActiveRow::Fees),
    ("政府集中采购", ActiveRow::Procurement),
    ("集中采购", ActiveRow::Procurement),
];

/// The row a label names: a row name at the start of the key (after at most a short
/// enumerator; the template's guidance text may follow the name).
fn row_of(key: &str) -> Option<ActiveRow> {
    ROW_KEYS
        .iter()
        .filter_map(|(k, r)| key.find(k).map(|p| (p, std::cmp::Reverse(k.len()), *r)))
        .filter(|(p, _, _)| *p <= 6)
        .min_by_key(|(p, l, _)| (*p, *l))
        .map(|(_, _, r)| r)
}

/// Whether a label is a header or a note rather than a row the report added.
fn is_header(key: &str) -> bool {
    ["第二十条", "信息内容", "其中", "含", "单位", "注"]
        .iter()
        .any(|w| key.starts_with(w))
        || key.chars().count() < 2
}

/// The template whose §2 headers ([`crate::report::Vocabulary::active_markers`]) the region
/// prints most often; `fallback` on a tie or when there are none.
fn decide(keys: &LineKeys, range: &Range<usize>, fallback: Option<Template>) -> Option<Template> {
    let mut count = [0usize; Template::COUNT];
    for k in keys.range(range.clone()) {
        for t in Template::ALL {
            count[t.index()] += t
                .vocabulary()
                .active_markers()
                .iter()
                .filter(|m| k.contains(*m))
                .count();
        }
    }
    let best = count.iter().copied().max().unwrap_or(0);
    let mut leaders = Template::ALL
        .into_iter()
        .filter(|t| count[t.index()] == best);
    match (best, leaders.next(), leaders.next()) {
        (1.., Some(t), None) => Some(t),
        _ => fallback,
    }
}

/// Reads the §2 table from `lines[range]`.
pub(crate) fn read(
    text: &str,
    lines: &[Line],
    keys: &LineKeys,
    range: Range<usize>,
    fallback: Option<Template>,
    out: &mut TablesRead,
) {
    let Some(template) = decide(keys, &range, fallback) else {
        return;
    };
    let (cands, _) = assemble(text, lines, range, usize::MAX, true);
    let layout = ActiveTable::layout(template);
    let mut table = ActiveTable::new(template);
    let mut any = false;
    let mut seen: Vec<ActiveRow> = Vec::new();
    for c in &cands {
        let last_key = label_key(&c.last);
        let row = row_of(&last_key);
        let cols = row.and_then(|r| layout.iter().find(|(x, _)| *x == r).map(|(_, cols)| *cols));
        let (Some(row), Some(cols)) = (row, cols) else {
            if !is_header(&last_key) && c.cells.iter().any(|t| t.kind == Kind::Num) {
                out.extras.push(ExtraRow::ActiveOther {
                    label: c.last.trim().to_string(),
                    cells: c.cells.iter().map(|t| t.text(text).to_string()).collect(),
                });
            }
            continue;
        };
        if seen.contains(&row) {
            continue;
        }
        seen.push(row);
        any = true;
        let mut n = c.cells.len();
        while n > cols.len() && c.cells[n - 1].kind == Kind::Blank {
            n -= 1;
        }
        if n != cols.len() {
            let loc = Location::row(TableId::Active, row.id());
            out.diagnostics.push(reading::cell_count(
                loc,
                c.cells.first().map(span),
                cols.len(),
                n,
                false,
            ));
        }
        for (t, col) in c.cells.iter().zip(cols.iter()) {
            let v = match t.kind {
                Kind::Blank | Kind::Label => String::new(),
                Kind::NotApplicable => "/".to_string(),
                Kind::Num => value_text(t.text(text)),
                Kind::Text => t.text(text).trim().to_string(),
            };
            if table.set_text(row, *col, &v).is_ok() && t.kind != Kind::Blank {
                out.spans
                    .push((CellRef::Active { row, column: *col }, span(t)));
            }
        }
    }
    if any {
        out.active = Some(table);
    }
}
