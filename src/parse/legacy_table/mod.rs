//! Reading the statistics table of a pre-2019 report (`政府信息公开情况统计表`, `指标统计表`,
//! `附表`) in any layout: one row per line (tabs, spaces, pipes), one cell per line, or the
//! whole table flattened onto one line (`主动公开信息数 条 291 其中：1.网站公开 条 291 …`),
//! with a split header (`计量 单位 2013 年度`) and cells run together (`94765` for `94 765`).
//!
//! The pipeline: find candidate regions (a header or title anchor, or a unit standing between
//! a label and a number), read each as a token stream ([`tokens`]) into a header and raw rows
//! ([`rows`]), match labels to indicators ([`labels`]), read the columns from the header
//! ([`header`]), work out the `其中` structure, and decode the values into cells with the
//! table's own arithmetic ([`decode`]). The region with the most known indicators wins.
//!
//! Cost: one pass over the text for anchors, then each region is tokenised once (regions are
//! bounded, anchors inside a region already read are skipped); decoding is bounded per row and
//! per group.

mod decode;
mod diagnostics;
mod grid;
mod header;
mod labels;
mod rows;
mod tokens;

use crate::finding::Finding;
use crate::parse::lines::Line;
use crate::parse::readers::{
    self,
    grid::{GridTable, TableKind},
};
use crate::report::{
    ChannelCount, Indicator, LegacyReport, Period, Span, StatisticsCell, StatisticsColumn,
    StatisticsRow, StatisticsTable,
};
use diagnostics::{ambiguous_row, misfit_rows};

/// The most anchors tried.
const MAX_ANCHORS: usize = 256;
/// The most bytes one region may span.
const MAX_REGION: usize = 64 * 1024;
/// How far back an anchor's piece is looked for.
const MAX_BACK: usize = 240;

/// Whether a character separates pieces.
fn is_sep(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '｜')
}

/// The byte offset where the piece containing `at` starts (at most [`MAX_BACK`] back).
fn piece_start(text: &str, at: usize) -> usize {
    let mut s = at.min(text.len());
    let floor = s.saturating_sub(MAX_BACK);
    while s > floor {
        let Some(c) = text[..s].chars().next_back() else {
            break;
        };
        if is_sep(c) {
            break;
        }
        s -= c.len_utf8();
    }
    s
}

/// Where a region may start: pieces with a header or title word, and labels followed by a
/// unit standing alone and a number (`数 条 291`, `数\t件\t0`) or by a glued unit and digits
/// (`数条291`).
fn anchors(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev: Option<(usize, usize)> = None;
    let mut prev2: Option<(usize, usize)> = None;
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<usize>, a: usize| {
        if out.len() < MAX_ANCHORS && out.last() != Some(&a) {
            out.push(a);
        }
    };
    let on_piece = |s: usize,
                    e: usize,
                    out: &mut Vec<usize>,
                    prev: Option<(usize, usize)>,
                    prev2: Option<(usize, usize)>| {
        let p = &text[s..e];
        // The words all hold `表` or `指`, and the unit words `数`: a character search (memchr)
        // rules most pieces out before the word searches.
        if ((p.contains('表') || p.contains('指'))
            && ["指标", "统计表", "附表", "报告表", "情况表"]
                .iter()
                .any(|w| crate::text::contains(p, w)))
            || p == "序号"
        {
            push(out, s);
        }
        let starts_value = p.starts_with(|c: char| {
            c.is_ascii_digit() || matches!(c, '/' | '／') || ('０'..='９').contains(&c)
        });
        if starts_value {
            if let (Some((us, ue)), Some((ls, _))) = (prev, prev2) {
                if ["条", "件", "个", "次", "人次", "项", "元"].contains(&&text[us..ue]) {
                    push(out, ls);
                }
            }
        }
        if p.contains('数')
            && ["数条", "数件", "数个", "数项"].iter().any(|w| {
                crate::text::find(p, w)
                    .is_some_and(|k| p[k + w.len()..].starts_with(|c: char| c.is_ascii_digit()))
            })
        {
            push(out, s);
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // (whether a separator, byte length): ASCII and the ideographs U+4000–U+9FFF (lead
        // bytes 0xE4–0xE9, never a separator) without decoding, the rest decoded.
        let (sep, len) = match b {
            0..=0x7F => (is_sep(char::from(b)), 1),
            0xE4..=0xE9 => (false, 3),
            _ => match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (is_sep(c), c.len_utf8()),
                None => break,
            },
        };
        if sep {
            if let Some(s) = start.take() {
                on_piece(s, i, &mut out, prev, prev2);
                prev2 = prev;
                prev = Some((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
        if out.len() >= MAX_ANCHORS {
            break;
        }
        i += len;
    }
    if let Some(s) = start {
        on_piece(s, text.len(), &mut out, prev, prev2);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The 1-based line of byte `at`.
fn line_of(lines: &[Line], at: usize) -> u32 {
    let i = lines.partition_point(|l| l.start <= at);
    i.checked_sub(1)
        .and_then(|k| lines.get(k))
        .map_or(1, |l| l.number)
}

fn span(lines: &[Line], (s, e): (usize, usize)) -> Span {
    Span::new(line_of(lines, s), s, e)
}

/// The printed label: its text with line breaks, tabs and pipes turned into single spaces.
fn printed(text: &str, (s, e): (usize, usize)) -> String {
    let raw = text.get(s..e).unwrap_or("");
    let mut out = String::with_capacity(raw.len());
    for w in raw.split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜')) {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.trim_start_matches(['．', '.', '、', '：', ':'])
        .to_string()
}

/// A table read, with the reader's findings (ambiguous or misfit rows).
#[derive(Debug, Clone)]
pub(crate) struct TableRead {
    pub table: StatisticsTable,
    pub diagnostics: Vec<Finding>,
}

/// Reads the statistics table of `text`, if it has one (two or more rows naming known
/// indicators, with values). `report_year` tells the year column from the previous year's.
/// The document's `grids` (an HTML page's tables) that are not §2/§3/§4 tables are read from
/// their cells ([`grid`]); the text is looked through outside them.
pub(crate) fn read(
    text: &str,
    lines: &[Line],
    grids: &[GridTable],
    report_year: Option<i32>,
) -> Option<TableRead> {
    let mut best: Option<(usize, rows::Region)> = None;
    let mut consider = |region: rows::Region| {
        let known = region
            .rows
            .iter()
            .filter(|r| {
                r.label
                    .is_some_and(|l| labels::indicator(text.get(l.0..l.1).unwrap_or("")).is_some())
            })
            .count();
        let with_values = region.rows.iter().filter(|r| !r.values.is_empty()).count();
        if known >= 2 && with_values >= 2 && best.as_ref().is_none_or(|(k, _)| known > *k) {
            best = Some((known, region));
        }
    };
    for g in grids {
        if matches!(
            readers::grid::kind(text, g),
            Some(TableKind::Active | TableKind::Requests | TableKind::Appeals)
        ) {
            continue;
        }
        let toks = grid::stream(text, g);
        let mut region = rows::read_stream(text, toks.into_iter(), g.range.start);
        if region.title.is_none() {
            region.title = grid::title_before(text, g.range.start);
        }
        consider(region);
    }
    // The text outside the grids: a region ends where a grid starts.
    let mut read_to = 0usize;
    for a in anchors(text) {
        let a = piece_start(text, a);
        let next = grids.partition_point(|g| g.range.end <= a);
        let to = match grids.get(next) {
            Some(g) if g.range.start <= a => continue,
            Some(g) => g.range.start.min(a.saturating_add(MAX_REGION)),
            None => a.saturating_add(MAX_REGION),
        };
        if a < read_to {
            continue;
        }
        let region = rows::read_region(text, a, to);
        if region.rows.is_empty() {
            continue;
        }
        read_to = region.end;
        consider(region);
    }
    let (_, region) = best?;
    Some(build(text, lines, &region, report_year))
}

/// Builds the table from a region.
fn build(text: &str, lines: &[Line], region: &rows::Region, report_year: Option<i32>) -> TableRead {
    let mut columns = region
        .header
        .as_ref()
        .map(|h| header::columns(text, h, report_year))
        .unwrap_or_default();
    if columns.is_empty() {
        // No header: as many columns as most rows have values (ties: the larger).
        let mut counts: Vec<usize> = region
            .rows
            .iter()
            .map(|r| r.values.len())
            .filter(|n| *n > 0)
            .collect();
        counts.sort_unstable();
        let mut best = (0usize, 0usize);
        let mut i = 0;
        while i < counts.len() {
            let j = counts[i..].iter().take_while(|c| **c == counts[i]).count();
            if j >= best.1 {
                best = (counts[i], j);
            }
            i += j;
        }
        columns = (0..best.0.max(1))
            .map(|_| StatisticsColumn::new("", Period::Unstated, None))
            .collect();
    }
    let ncols = columns.len();
    let mut out_rows: Vec<StatisticsRow> = region
        .rows
        .iter()
        .map(|r| {
            let l = r.label.unwrap_or((0, 0));
            let label = printed(text, l);
            let mut row = StatisticsRow::new(label.clone(), labels::indicator(&label));
            row.unit = r.unit.and_then(|u| text.get(u.0..u.1)).map(str::to_string);
            row.span = Some(span(lines, l));
            row
        })
        .collect();
    // A `序号` column puts each row's number after the previous row's values: 2 after the
    // first row, 3 after the second…
    let mut serial = 1u64;
    let values: Vec<Vec<tokens::Tok>> = region
        .rows
        .iter()
        .map(|r| {
            let mut v = r.values.clone();
            if region.numbered {
                let next = serial.saturating_add(1);
                let last = v.last().filter(|t| t.kind == tokens::Kind::Num);
                if last.is_some_and(|t| t.text(text).parse::<u64>().ok() == Some(next)) {
                    v.pop();
                    serial = next;
                }
            }
            v
        })
        .collect();
    // A label with no unit and no value is a heading (`一、主动公开情况`): no indicator.
    for ((row, r), v) in out_rows.iter_mut().zip(&region.rows).zip(&values) {
        let empty = v.iter().all(|t| t.kind == tokens::Kind::Blank);
        if r.unit.is_none() && empty {
            row.indicator = None;
        }
    }
    let marks: Vec<_> = region
        .rows
        .iter()
        .zip(&out_rows)
        .map(|(r, o)| (o.indicator, r.sub, r.enumer))
        .collect();
    let parents = rows::parents(&marks);
    for (r, p) in out_rows.iter_mut().zip(&parents) {
        r.parent = *p;
    }
    let mut groups = Vec::new();
    for i in 0..out_rows.len() {
        let children: Vec<usize> = (0..out_rows.len())
            .filter(|&j| parents[j] == Some(i))
            .collect();
        if children.is_empty() {
            continue;
        }
        let partition = out_rows[i]
            .indicator
            .is_none_or(|x| x.breakdown() == crate::report::Breakdown::Partition);
        let exhaustive = children.iter().any(|&j| out_rows[j].is_other_bucket());
        groups.push(decode::Group {
            parent: i,
            children,
            partition,
            exhaustive,
        });
    }
    let mut contains = Vec::new();
    for (a, ca) in columns.iter().enumerate() {
        for (b, cb) in columns.iter().enumerate() {
            if ca.period.contains(cb.period) {
                contains.push((a, b));
            }
        }
    }
    let decoded = decode::decode(text, &values, ncols, &contains, &groups);
    for (row, cells) in out_rows.iter_mut().zip(decoded.cells) {
        row.cells = cells
            .into_iter()
            .map(|(c, at)| {
                let sp = (at.1 > at.0).then(|| span(lines, at));
                StatisticsCell::new(c, sp)
            })
            .collect();
    }
    let row_text = |i: usize| -> (String, Span) {
        let r = &region.rows[i];
        let s = r.label.map_or(region.start, |l| l.0);
        let e = r
            .values
            .last()
            .map_or(r.label.map_or(s, |l| l.1), |v| v.end);
        (printed(text, (s, e)), span(lines, (s, e)))
    };
    let mut diagnostics = Vec::new();
    for (i, cands) in &decoded.ambiguous {
        let (evidence, sp) = row_text(*i);
        diagnostics.push(ambiguous_row(
            &out_rows[*i].key(),
            &out_rows[*i].label,
            cands,
            sp,
            evidence,
        ));
    }
    if !decoded.misfit.is_empty() {
        let rows: Vec<(String, String, Span)> = decoded
            .misfit
            .iter()
            .map(|&i| {
                let (e, sp) = row_text(i);
                (out_rows[i].label.clone(), e, sp)
            })
            .collect();
        diagnostics.push(misfit_rows(ncols, &rows));
    }
    let table = StatisticsTable {
        title: region
            .title
            .map(|t| printed(text, t).trim_end_matches(['：', ':']).to_string()),
        columns,
        rows: out_rows,
        span: Some(span(lines, (region.start, region.end))),
    };
    TableRead { table, diagnostics }
}

/// Fills the figures of the report year (and the cumulative proactive count) from the table;
/// where the prose gave a figure the table also has, the table's wins (the rules compare them).
pub(crate) fn fill(l: &mut LegacyReport, t: &StatisticsTable) {
    let year = t.year_column();
    let cum = t.column(Period::Cumulative);
    let at = |ind: Indicator, col: Option<usize>| -> Option<u64> { t.row(ind)?.value(col?) };
    if let Some(v) = at(Indicator::Proactive, year) {
        l.proactive_new = Some(v);
    }
    if let Some(v) = at(Indicator::Proactive, cum) {
        l.proactive_cumulative = Some(v);
    }
    if let Some(v) = at(Indicator::Applications, year) {
        l.applications_total = Some(v);
    }
    if let Some(y) = year {
        let channels: Vec<ChannelCount> = t
            .rows
            .iter()
            .filter_map(|r| match r.indicator? {
                Indicator::ApplicationsBy(c) => Some(ChannelCount::new(c, r.value(y)?)),
                _ => None,
            })
            .collect();
        if !channels.is_empty() {
            l.applications_by_channel = channels;
        }
        let replies = t.replies(y);
        if replies.iter().any(|r| r.count.is_some()) {
            let mut merged = Vec::with_capacity(replies.len());
            for mut r in replies {
                r.share = l
                    .replies
                    .iter()
                    .find(|p| p.outcome == r.outcome)
                    .and_then(|p| p.share.clone());
                merged.push(r);
            }
            l.replies = merged;
        }
    }
    if let Some(v) = at(Indicator::Replies, year) {
        l.replies_total = Some(v);
    }
    if let Some(v) = at(Indicator::Enquiries, year) {
        l.enquiries_total = Some(v);
    }
    if let Some(v) = at(Indicator::Reconsiderations, year) {
        l.reconsiderations = Some(v);
    }
    if let Some(v) = at(Indicator::Lawsuits, year) {
        l.lawsuits = Some(v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split_lines;

    #[test]
    fn anchors_find_headers_titles_and_unit_rows() {
        let t = "正文。 附表 指标名称 单位 本年度 主动公开信息数 条 6 行政复议数 件 0";
        let a = anchors(t);
        assert!(a.contains(&t.find("附表").unwrap()));
        assert!(a.contains(&t.find("指标名称").unwrap()));
        assert!(a.contains(&t.find("主动公开信息数").unwrap()));
        assert!(anchors("共主动公开政府信息6条，没有收到申请。").is_empty());
    }

    #[test]
    fn no_ideograph_with_the_lead_bytes_skipped_is_a_separator() {
        for u in 0x4000..=0x9FFF {
            let Some(c) = char::from_u32(u) else { continue };
            assert!(matches!(c.to_string().as_bytes()[0], 0xE4..=0xE9));
            assert!(!is_sep(c), "{c}");
        }
    }

    #[test]
    fn no_table_in_prose() {
        let t = "2013年，我局主动公开政府信息291条，其中网站公开291条。没有收到申请。";
        assert!(read(t, &split_lines(t), &[], Some(2013)).is_none());
    }
}
