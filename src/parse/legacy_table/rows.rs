//! Assembling the token stream of a table region into a header and raw rows (label,
//! `其中`/enumerator markers, unit, value tokens), and the `其中` structure of the rows.

use crate::parse::legacy_table::header::is_header_token;
use crate::parse::legacy_table::tokens::{Kind, Style, Tok, Tokens};
use crate::report::Indicator;

/// The longest label a table row has (in characters): longer text is prose.
const MAX_LABEL_CHARS: usize = 40;
/// The most rows read from one region.
const MAX_ROWS: usize = 300;
/// The most tokens looked at before the first row (title and header).
const MAX_PREAMBLE: usize = 40;
/// The most tokens read without completing a row: beyond, the region is over (bounds the
/// work spent on text that only looks like a table).
const MAX_IDLE: usize = 400;

/// What decides a row's place in the `其中` structure: its indicator, whether `其中` stands
/// before it, and its enumerator.
pub(crate) type Marks = (Option<Indicator>, bool, Option<(u32, Style)>);

/// A row as read: where its label is, its markers, unit and value tokens.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawRow {
    pub label: Option<(usize, usize)>,
    pub sub: bool,
    pub enumer: Option<(u32, Style)>,
    pub unit: Option<(usize, usize)>,
    pub values: Vec<Tok>,
}

impl RawRow {
    fn is_empty(&self) -> bool {
        self.label.is_none() && !self.sub && self.enumer.is_none() && self.values.is_empty()
    }
}

/// A region read from the text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Region {
    /// The title's byte range, if one was seen.
    pub title: Option<(usize, usize)>,
    /// The header tokens after the header anchor (`指标名称`, or the title), if any.
    pub header: Option<Vec<Tok>>,
    pub rows: Vec<RawRow>,
    /// The header has a `序号` column.
    pub numbered: bool,
    /// Where the region starts (anchor or first row) and ends (last value read).
    pub start: usize,
    pub end: usize,
}

/// Whether a text token anchors a header or a title.
fn anchor_kind(s: &str) -> Option<bool> {
    if s.contains("指标") || s == "序号" {
        return Some(true);
    }
    ["统计表", "附表", "报告表", "情况表"]
        .iter()
        .any(|w| s.contains(w))
        .then_some(false)
}

/// The byte length of a Chinese-numeral enumerator at the start of `s` (`一、`, `（一）`,
/// `(十二)`), or 0.
fn han_enumerator(s: &str) -> usize {
    const NUM: &str = "一二三四五六七八九十";
    let open = s.starts_with(['（', '(']);
    let body = if open {
        &s[s.chars().next().map_or(0, char::len_utf8)..]
    } else {
        s
    };
    let n: usize = body
        .chars()
        .take_while(|c| NUM.contains(*c))
        .map(char::len_utf8)
        .sum();
    if n == 0 {
        return 0;
    }
    let after = &body[n..];
    let close = if open {
        after.chars().next().filter(|c| matches!(c, '）' | ')'))
    } else {
        after
            .chars()
            .next()
            .filter(|c| matches!(c, '、' | '.' | '．'))
    };
    close.map_or(0, |c| s.len() - after.len() + c.len_utf8())
}

/// Reads a region starting at byte `from` (at most up to `to`).
pub(crate) fn read_region(text: &str, from: usize, to: usize) -> Region {
    read_stream(text, Tokens::new(text, from, to), from)
}

/// Reads a region from a token stream starting at byte `from` (a grid's cells, or the text).
pub(crate) fn read_stream(text: &str, toks: impl Iterator<Item = Tok>, from: usize) -> Region {
    let mut toks = toks.peekable();
    let mut region = Region {
        start: from,
        end: from,
        ..Region::default()
    };
    // Title and header: the last anchor among the first tokens, then header words.
    let mut pre: Vec<Tok> = Vec::new();
    let mut seen_anchor = false;
    while let Some(t) = toks.peek().copied() {
        if pre.len() >= MAX_PREAMBLE || t.kind == Kind::Stop {
            break;
        }
        let is_anchor = t.kind == Kind::Text && anchor_kind(t.text(text)).is_some();
        // Before an anchor only text is taken (a title, or the first row's label when the
        // window opened at a row); after it, anchors and header words.
        let ok = if seen_anchor {
            is_anchor || is_header_token(text, &t)
        } else {
            t.kind == Kind::Text
        };
        if !ok {
            break;
        }
        seen_anchor |= is_anchor;
        pre.push(t);
        toks.next();
    }
    let anchor = pre
        .iter()
        .rposition(|t| t.kind == Kind::Text && anchor_kind(t.text(text)).is_some());
    region.numbered = anchor.is_some() && pre.iter().any(|t| t.text(text).contains("序号"));
    let mut first_row_label: Option<Tok> = None;
    match anchor {
        Some(a) => {
            region.start = pre[a].start;
            // The title: the anchor piece with what is glued before it (`2018` + `年…统计表`).
            if let Some(ti) = pre[..=a]
                .iter()
                .rposition(|t| anchor_kind(t.text(text)) == Some(false))
            {
                let mut s = ti;
                while s > 0 && pre[s - 1].end == pre[s].start {
                    s -= 1;
                }
                region.title = Some((pre[s].start, pre[ti].end));
            }
            let head: Vec<Tok> = pre[a + 1..].to_vec();
            if !head.is_empty() {
                region.header = Some(head);
            }
        }
        None => {
            let pre_last = pre.last().copied();
            // No anchor: what was taken is the first row's label (a header needs an anchor).
            if let Some(t) = pre.first() {
                region.start = t.start;
            }
            for t in pre {
                first_row_label = Some(match first_row_label {
                    Some(f) => Tok { end: t.end, ..f },
                    None => t,
                });
            }
            // Prose before the first row is not its label: keep the last piece then.
            let long = first_row_label.is_some_and(|l| {
                text.get(l.start..l.end)
                    .is_some_and(|x| x.chars().count() > MAX_LABEL_CHARS)
            });
            if long {
                first_row_label = pre_last;
            }
        }
    }
    let mut rows: Vec<RawRow> = Vec::new();
    let mut cur = RawRow::default();
    if let Some(l) = first_row_label {
        cur.label = Some((l.start, l.end));
    }
    let finish = |cur: &mut RawRow, rows: &mut Vec<RawRow>| {
        let row = std::mem::take(cur);
        if row.label.is_some() && (row.unit.is_some() || !row.values.is_empty()) {
            rows.push(row);
        } else if row.label.is_some() && !rows.is_empty() {
            // A label with no unit and no value between rows: a heading or a row whose cells
            // are all blank; kept (its cells stay blank).
            rows.push(row);
        }
    };
    let mut idle = 0usize;
    let mut done = 0usize;
    for t in toks {
        if rows.len() >= MAX_ROWS {
            break;
        }
        if rows.len() > done {
            done = rows.len();
            idle = 0;
        }
        idle += 1;
        if idle > MAX_IDLE {
            break;
        }
        match t.kind {
            Kind::Stop => break,
            Kind::Text => {
                let word = t.text(text);
                let han = han_enumerator(word);
                if cur.unit.is_some() || !cur.values.is_empty() || (han > 0 && cur.label.is_some())
                {
                    // `一、主动公开情况 （一）主动公开信息数`: a heading, then a row.
                    finish(&mut cur, &mut rows);
                }
                let t = Tok {
                    start: if cur.label.is_none() {
                        t.start + han
                    } else {
                        t.start
                    },
                    ..t
                };
                if t.start >= t.end {
                    continue;
                }
                let (s, _) = cur.label.unwrap_or((t.start, t.end));
                let chars = text.get(s..t.end).map_or(0, |x| x.chars().count());
                if chars > MAX_LABEL_CHARS {
                    cur = RawRow::default();
                    break;
                }
                cur.label = Some((s, t.end));
            }
            Kind::Sub => {
                if !cur.is_empty() {
                    finish(&mut cur, &mut rows);
                }
                cur.sub = true;
            }
            Kind::Enum => {
                if cur.label.is_some() || !cur.values.is_empty() || cur.enumer.is_some() {
                    finish(&mut cur, &mut rows);
                }
                cur.enumer = Some((t.number, t.style));
            }
            Kind::Unit => {
                let Some((s, _)) = cur.label else { continue };
                if cur.unit.is_some() {
                    continue;
                }
                if !cur.values.is_empty() {
                    // `不予公开范围1 件`: digits glued to the label belong to it.
                    if cur.values.iter().all(|v| v.kind == Kind::Num && v.glued) {
                        let e = cur.values.last().map_or(s, |v| v.end);
                        cur.label = Some((s, e));
                        cur.values.clear();
                    } else {
                        continue;
                    }
                }
                cur.unit = Some((t.start, t.end));
            }
            Kind::Num | Kind::Dash | Kind::Blank => {
                if cur.label.is_some() {
                    cur.values.push(t);
                    region.end = region.end.max(t.end);
                }
            }
        }
    }
    // A trailing label with no unit or value is text after the table.
    if cur.unit.is_some() || !cur.values.is_empty() {
        finish(&mut cur, &mut rows);
    }
    while rows
        .last()
        .is_some_and(|r| r.unit.is_none() && r.values.is_empty())
    {
        rows.pop();
    }
    if let Some(last) = rows.last() {
        let e = last
            .values
            .last()
            .map(|v| v.end)
            .or(last.unit.map(|u| u.1))
            .or(last.label.map(|l| l.1))
            .unwrap_or(region.start);
        region.end = e;
    }
    region.rows = rows;
    region
}

/// The `其中` parent of each row: from the table's own markers (`其中`, enumerator styles)
/// first, from the indicators' usual structure where there are none.
pub(crate) fn parents(rows: &[Marks]) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = vec![None; rows.len()];
    // Open lists: (parent row, enumerator style of its members).
    let mut stack: Vec<(usize, Option<Style>)> = Vec::new();
    let mut top_style: Option<Style> = None;
    for (i, (ind, sub, enumer)) in rows.iter().enumerate() {
        let style = enumer.map(|e| e.1);
        if ind.is_some_and(|x| x.parent().is_none()) {
            // A known total (主动公开, 申请, 答复, 复议…) is never a part.
            stack.clear();
            if style.is_some() {
                top_style = style;
            }
            continue;
        }
        if *sub && i > 0 {
            stack.push((i - 1, style));
            out[i] = Some(i - 1);
            continue;
        }
        if let Some((num, st)) = *enumer {
            if top_style == Some(st) && stack.iter().all(|e| e.1 != Some(st)) {
                stack.clear();
                continue;
            }
            if let Some(pos) = stack.iter().rposition(|e| e.1 == Some(st) || e.1.is_none()) {
                stack.truncate(pos + 1);
                stack[pos].1 = Some(st);
                out[i] = Some(stack[pos].0);
                continue;
            }
            if i > 0 && num == 1 {
                stack.push((i - 1, Some(st)));
                out[i] = Some(i - 1);
                continue;
            }
        }
        // No marker that decides: the indicator's usual total, if it heads the rows just
        // before this one.
        let mut want = ind.and_then(Indicator::parent);
        while let Some(p) = want {
            if let Some(j) = (0..i).rev().find(|&j| rows[j].0 == Some(p)) {
                if (j + 1..i).all(|k| descends(&out, k, j)) {
                    out[i] = Some(j);
                    break;
                }
            }
            want = p.parent();
        }
        if out[i].is_none() {
            stack.clear();
        }
    }
    out
}

/// Whether row `k`'s parent chain reaches `j`.
fn descends(parents: &[Option<usize>], k: usize, j: usize) -> bool {
    let mut cur = parents.get(k).copied().flatten();
    let mut steps = 0;
    while let Some(p) = cur {
        if p == j {
            return true;
        }
        steps += 1;
        if steps > parents.len() {
            return false;
        }
        cur = parents.get(p).copied().flatten();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{LegacyChannel, LegacyOutcome};

    fn labels(text: &str, r: &Region) -> Vec<(String, usize)> {
        r.rows
            .iter()
            .map(|row| {
                let (s, e) = row.label.unwrap_or((0, 0));
                (text[s..e].to_string(), row.values.len())
            })
            .collect()
    }

    #[test]
    fn a_flattened_table_with_header_and_trailing_text() {
        let t = "七、附表 指标名称 单位 2016年 历年累计 主动公开文件数 条 793 1499 其中：1.政府网站公开数 条 793 1499 行政诉讼数 条 0 0 平潭综合实验区行政审批局 2017年1月11日 附件下载";
        let r = read_region(t, 0, t.len());
        assert_eq!(r.header.as_ref().map(Vec::len), Some(4));
        assert_eq!(
            labels(t, &r),
            [
                ("主动公开文件数".to_string(), 2),
                ("政府网站公开数".to_string(), 2),
                ("行政诉讼数".to_string(), 2)
            ]
        );
        assert!(r.rows[1].sub && r.rows[1].enumer.is_some());
        assert_eq!(&t[r.end - 1..r.end], "0");
        assert_eq!(r.title.map(|(s, e)| &t[s..e]), Some("七、附表"));
    }

    #[test]
    fn headings_with_chinese_numerals_stand_apart() {
        assert_eq!(han_enumerator("（一）主动公开"), "（一）".len());
        assert_eq!(han_enumerator("十二、其他"), "十二、".len());
        assert_eq!(han_enumerator("一是"), 0);
        let t = "指标名称 单位 本年度 一、主动公开情况 （一）主动公开政府信息数 条 12 二、依申请公开情况 （一）收到申请数 件 3";
        let r = read_region(t, 0, t.len());
        // A heading before the first row is not a row; one between rows is kept (no cells).
        assert_eq!(
            labels(t, &r),
            [
                ("主动公开政府信息数".to_string(), 1),
                ("依申请公开情况".to_string(), 0),
                ("收到申请数".to_string(), 1)
            ]
        );
    }

    #[test]
    fn label_digits_before_a_unit_stay_in_the_label() {
        let t = "指标名称 计量单位 本年度 不予公开范围1 件 0 不予公开范围2 件 3";
        let r = read_region(t, 0, t.len());
        assert_eq!(
            labels(t, &r),
            [
                ("不予公开范围1".to_string(), 1),
                ("不予公开范围2".to_string(), 1)
            ]
        );
    }

    #[test]
    fn structure_from_markers_then_vocabulary() {
        use Indicator::*;
        let d = Some((1, Style::Dot));
        let p = Some((1, Style::Paren));
        let rows = [
            (Some(Replies), false, None),
            (Some(Reply(LegacyOutcome::Agreed)), true, d),
            (
                Some(Reply(LegacyOutcome::Refused)),
                false,
                Some((2, Style::Dot)),
            ),
            (Some(Reply(LegacyOutcome::DoesNotExist)), true, p),
            (
                Some(Reply(LegacyOutcome::NotHeldHere)),
                false,
                Some((2, Style::Paren)),
            ),
            (None, false, Some((3, Style::Dot))),
            (Some(Applications), false, None),
            // No markers at all: the vocabulary places the channel under the applications.
            (Some(ApplicationsBy(LegacyChannel::Online)), false, None),
            (Some(Lawsuits), false, None),
        ];
        assert_eq!(
            parents(&rows),
            [
                None,
                Some(0),
                Some(0),
                Some(2),
                Some(2),
                Some(0),
                None,
                Some(6),
                None
            ]
        );
    }
}
