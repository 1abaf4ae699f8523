//! The §2 reader (`二、主动公开政府信息情况`, DOMAIN.md §2.3), both templates: rows are
//! matched by the row name their label contains first (guidance text left inside a label,
//! `规范性文件` vs `行政规范性文件`), cells are typed by their column
//! ([`ActiveTable::set_text`]); rows the template does not have (`其他主动公开文件`,
//! `行政检查`) become [`ExtraRow::ActiveOther`].

use crate::finding::{Finding, Location};
use crate::law::Template;
use crate::parse::normalize::label_key;
use crate::parse::reading::{self, Placed};
use crate::parse::tables::readings::{read_row, Identity, Reading, Readings};
use crate::parse::tables::rows::{Cand, RegionRows};
use crate::parse::tables::tokens::{is_negative, span, value_text, Kind, Tok};
use crate::parse::tables::TablesRead;
use crate::report::{ActiveColumn, ActiveKind, ActiveRow, ActiveTable, CellRef, ExtraRow, Span};

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
        .filter_map(|(k, r)| crate::text::find(key, k).map(|p| (p, std::cmp::Reverse(k.len()), *r)))
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

/// The template whose §2 headers ([`crate::report::TemplateVocabulary::active_markers`]) the
/// region's label keys print most often; `fallback` on a tie or when there are none.
pub(crate) fn decide<'a>(
    keys: impl Iterator<Item = &'a str>,
    fallback: Option<Template>,
) -> Option<Template> {
    let mut count = [0usize; Template::COUNT];
    // An empty key (a prose line's) holds no header.
    for k in keys.filter(|k| !k.is_empty()) {
        for t in Template::ALL {
            count[t.index()] += t
                .vocabulary()
                .active_markers()
                .iter()
                .filter(|m| crate::text::contains(k, m))
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

/// Builds the §2 table of `template` from the candidate rows of its region.
pub(crate) fn read(text: &str, rows: RegionRows, template: Template, out: &mut TablesRead) {
    let layout = ActiveTable::layout(template);
    let mut table = ActiveTable::new(template);
    let mut any = false;
    let mut seen: Vec<ActiveRow> = Vec::new();
    for c in &rows.cands {
        // (The last label line is often the whole label: then its key is the row's.)
        let owned;
        let last_key = if c.last == c.label {
            c.key.as_str()
        } else {
            owned = label_key(&c.last);
            owned.as_str()
        };
        let row = row_of(last_key);
        let cols = row.and_then(|r| layout.iter().find(|(x, _)| *x == r).map(|(_, cols)| *cols));
        let (Some(row), Some(cols)) = (row, cols) else {
            if !is_header(last_key) && c.cells.iter().any(|t| t.kind == Kind::Num) {
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
        let Some(cells) = cells_of(text, c, row, cols, out) else {
            continue;
        };
        for (t, col) in cells.iter().zip(cols.iter()) {
            let Some(t) = t else { continue };
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

/// The token in each cell of a §2 row. Values kept whole go from the left (a count that
/// differs from the template is reported); values run together (flattened text) are split
/// when the text admits one reading only, else the row is not assessable (`RDG002`).
fn cells_of(
    text: &str,
    c: &Cand,
    row: ActiveRow,
    cols: &[ActiveColumn],
    out: &mut TablesRead,
) -> Option<Reading> {
    let loc = Location::row(row);
    let mut n = c.cells.len();
    while n > cols.len() && c.cells[n - 1].kind == Kind::Blank {
        n -= 1;
    }
    let toks: &[Tok] = &c.cells[..n];
    if c.glued && !toks.is_empty() {
        let id = Identity::NONE;
        let split = read_row(text, toks, cols.len(), id, true, c.open_end);
        let readings = match signs_in_signed_columns(text, split, cols) {
            // The digits split to fill the row put a negative value in a count column: the
            // minus sign marks a value boundary the split ignored. Read whole, the values are
            // the row only where nothing else fits: each value before the negative one has its
            // own column before the signed one, and the negative value ends the row and cannot
            // be cut in two (one digit, or the signed column is the row's last).
            Readings::Several { valid, .. }
                if valid.is_empty() && forced_by_sign(text, toks, cols) =>
            {
                let whole = read_row(text, toks, cols.len(), id, false, c.open_end);
                signs_in_signed_columns(text, whole, cols)
            }
            other => other,
        };
        return match readings {
            Readings::One(r) => Some(r),
            other => {
                let (sp, raw) = values_span(text, toks)?;
                let f = match other {
                    Readings::Several {
                        valid,
                        vanished: false,
                        ..
                    } if !valid.is_empty() => {
                        let list: Vec<String> = valid
                            .iter()
                            .map(|r| {
                                r.iter()
                                    .map(|t| t.map_or("", |t| t.text(text)))
                                    .collect::<Vec<_>>()
                                    .join(",")
                            })
                            .collect();
                        reading::ambiguous_digits(loc, sp, raw, &list)
                    }
                    _ => reading::row_not_assessable(
                        loc,
                        Some(sp),
                        raw,
                        (
                            format!("the values do not fix the row's {} cells", cols.len()),
                            format!("数值无法确定该行{}个单元格", cols.len()),
                        ),
                    ),
                };
                unread_row(row, cols, f, out);
                None
            }
        };
    }
    if n < cols.len() && n > 0 {
        // Fewer values than cells, kept whole: a blank cell left no trace, and §2 has no
        // identity to say which. Not assessable, not placed from the left.
        let (sp, raw) = values_span(text, toks)?;
        let f = reading::row_not_assessable(
            loc,
            Some(sp),
            raw,
            (
                format!(
                    "{n} values for the row's {} cells, and §2 has no identity to place them",
                    cols.len()
                ),
                format!(
                    "{n}个数值对应该行{}个单元格，主动公开表无勾稽关系可定位",
                    cols.len()
                ),
            ),
        );
        unread_row(row, cols, f, out);
        return None;
    }
    if n != cols.len() {
        out.diagnostics.push(reading::cell_count(
            loc,
            c.cells.first().map(span),
            cols.len(),
            n,
            Placed::Left,
        ));
    }
    Some(toks.iter().copied().map(Some).collect())
}

/// The span of a row's values, first to last, and their text.
fn values_span<'t>(text: &'t str, toks: &[Tok]) -> Option<(Span, &'t str)> {
    let (first, last) = (toks.first()?, toks.last()?);
    let sp = Span::new(first.line, first.start, last.end);
    Some((sp, text.get(sp.start..sp.end).unwrap_or("")))
}

/// Reports why a row's values were not placed and leaves its cells unread.
fn unread_row(row: ActiveRow, cols: &[ActiveColumn], why: Finding, out: &mut TablesRead) {
    out.diagnostics.push(why);
    for col in cols {
        out.unread.push(CellRef::Active { row, column: *col });
    }
}

/// The readings of a run-together §2 row that put every negative value in a signed column
/// (`本年增/减`): a minus sign fixes which column a value is in, whatever the digits before it.
/// A single reading that breaks this is no reading; of several, one left (of a complete list)
/// is the reading.
fn signs_in_signed_columns(text: &str, readings: Readings, cols: &[ActiveColumn]) -> Readings {
    let fits = |r: &Reading| {
        r.iter().zip(cols).all(|(t, col)| match t {
            Some(t) if t.kind == Kind::Num && is_negative(t.text(text)) => {
                col.kind() == ActiveKind::Signed
            }
            _ => true,
        })
    };
    match readings {
        Readings::One(r) if !fits(&r) => Readings::Several {
            valid: Vec::new(),
            complete: true,
            vanished: false,
        },
        Readings::Several {
            valid,
            complete,
            vanished,
        } => {
            let mut valid: Vec<Reading> = valid.into_iter().filter(fits).collect();
            if complete && valid.len() == 1 {
                Readings::One(valid.remove(0))
            } else {
                Readings::Several {
                    valid,
                    complete,
                    vanished,
                }
            }
        }
        other => other,
    }
}

/// Whether a run-together row's values, read whole, have one placement only because of the
/// minus sign of its last value (see [`cells_of`]).
fn forced_by_sign(text: &str, toks: &[Tok], cols: &[ActiveColumn]) -> bool {
    let Some((last, before)) = toks.split_last() else {
        return false;
    };
    let Some(signed) = cols.iter().position(|c| c.kind() == ActiveKind::Signed) else {
        return false;
    };
    let digits = last.text(text).chars().filter(char::is_ascii_digit).count();
    is_negative(last.text(text))
        && !before.iter().any(|t| is_negative(t.text(text)))
        && before.len() == signed
        && (digits == 1 || signed + 1 == cols.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{ActiveCell, Cell};

    fn active(text: &str) -> ActiveTable {
        let r = crate::parse::parse(text).expect("parses").report;
        r.tables.active.expect("§2 read")
    }

    #[test]
    fn a_negative_value_run_together_goes_to_the_signed_column() {
        // Flattened: `行政强制206-1` is 206 items last year, a change of -1, no decisions; the
        // minus sign fixes the columns (decisions cannot be negative).
        let page = "某县人民政府2020年政府信息公开工作年度报告二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚000行政强制206-1第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费20三、收到和处理政府信息公开申请情况";
        let t = active(page);
        let cell = |c| t.get(ActiveRow::Coercion, c).cloned();
        assert_eq!(
            cell(ActiveColumn::Change),
            Some(ActiveCell::Signed(Cell::Value(-1))),
            "{t:?}"
        );
        assert_eq!(
            cell(ActiveColumn::PreviousItems),
            Some(ActiveCell::Count(Cell::Value(206)))
        );
        assert_eq!(
            cell(ActiveColumn::Decisions),
            Some(ActiveCell::Count(Cell::Blank))
        );
        // The rows without a sign read as before.
        assert_eq!(
            t.get(ActiveRow::Penalty, ActiveColumn::Decisions),
            Some(&ActiveCell::Count(Cell::Value(0)))
        );
    }

    #[test]
    fn a_short_row_is_not_assessable_rather_than_placed_from_the_left() {
        let text = |rules: &str| {
            format!(
                "某县人民政府2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n{rules}\n行政规范性文件\t6\t0\t15\n三、收到和处理政府信息公开申请情况\n"
            )
        };
        // Two values for three cells (a blank that left no trace): which is blank is unknown.
        let p = crate::parse::parse(&text("规章\t2\t339")).expect("parses");
        let t = p.report.tables.active.as_ref().expect("§2 read");
        for c in [
            ActiveColumn::Issued,
            ActiveColumn::Repealed,
            ActiveColumn::InForce,
        ] {
            assert_eq!(
                t.get(ActiveRow::Rules, c),
                Some(&ActiveCell::Count(Cell::Blank))
            );
        }
        assert!(
            p.diagnostics
                .iter()
                .any(|f| f.rule == "RDG005" && f.location.row_id() == Some("rules")),
            "{:?}",
            p.diagnostics
        );
        assert_eq!(
            t.get(ActiveRow::NormativeDocuments, ActiveColumn::InForce),
            Some(&ActiveCell::Count(Cell::Value(15)))
        );
        // Three values: the row as it stands, nothing said.
        let p = crate::parse::parse(&text("规章\t2\t0\t339")).expect("parses");
        let t = p.report.tables.active.as_ref().expect("§2 read");
        assert_eq!(
            t.get(ActiveRow::Rules, ActiveColumn::InForce),
            Some(&ActiveCell::Count(Cell::Value(339)))
        );
        assert!(
            !p.diagnostics.iter().any(|f| f.rule == "RDG005"),
            "{:?}",
            p.diagnostics
        );
    }

    #[test]
    fn values_no_sign_can_place_leave_the_row_unread() {
        // `1-2-3`: two negative values for one signed column: no reading, not assessable.
        let page = "某县人民政府2020年政府信息公开工作年度报告二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚000行政强制1-2-3第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费20三、收到和处理政府信息公开申请情况";
        let t = active(page);
        for c in [
            ActiveColumn::PreviousItems,
            ActiveColumn::Change,
            ActiveColumn::Decisions,
        ] {
            let v = t.get(ActiveRow::Coercion, c).cloned();
            assert!(
                matches!(
                    v,
                    Some(ActiveCell::Count(Cell::Blank) | ActiveCell::Signed(Cell::Blank))
                ),
                "{c:?}: {v:?}"
            );
        }
    }
}
