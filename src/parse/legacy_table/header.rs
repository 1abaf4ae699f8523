//! The header of a statistics table: which value columns it has and what each counts
//! (`指标名称 计量单位 本年度 历年累计`, `指标名称 单位 2016年 历年累计`, split as
//! `计量 单位 2013 年度`, `年末统计`).

use crate::parse::legacy_table::tokens::{Kind, Tok};
use crate::report::{Period, StatisticsColumn};

/// Words of a header that name no value column.
const NOISE: &[&str] = &[
    "指标名称",
    "指标",
    "名称",
    "项目",
    "计量单位",
    "计量",
    "单位",
    "序号",
    "备注",
    "内容",
];

/// Period words, longest first where one contains another.
const PERIODS: &[(&str, Period)] = &[
    ("历年累计", Period::Cumulative),
    ("本年累计", Period::YearToDate),
    ("年度累计", Period::YearToDate),
    ("累计数", Period::Cumulative),
    ("累计", Period::Cumulative),
    ("上年同期", Period::Previous),
    ("上年度", Period::Previous),
    ("上一年", Period::Previous),
    ("上年", Period::Previous),
    ("去年", Period::Previous),
    ("本年度", Period::Current),
    ("本年", Period::Current),
    ("本期", Period::Current),
    ("当年", Period::Current),
    ("全年", Period::Current),
    ("年末统计", Period::Unstated),
    ("年末数", Period::Unstated),
    ("年末", Period::Unstated),
    ("统计数", Period::Unstated),
    ("数量", Period::Unstated),
    ("数值", Period::Unstated),
    ("同比增减", Period::Other),
    ("增减", Period::Other),
    ("同比", Period::Other),
    ("增幅", Period::Other),
    ("比上年", Period::Other),
];

/// Whether a token can stand in a header (a header word, a year, a period).
pub(crate) fn is_header_token(text: &str, t: &Tok) -> bool {
    let s = t.text(text);
    match t.kind {
        Kind::Text => {
            let mut rest = s;
            'outer: while !rest.is_empty() {
                for w in NOISE.iter().chain(PERIODS.iter().map(|(w, _)| w)) {
                    if let Some(r) = rest.strip_prefix(w) {
                        rest = r;
                        continue 'outer;
                    }
                }
                for w in ["年度", "年", "度", "数"] {
                    if let Some(r) = rest.strip_prefix(w) {
                        rest = r;
                        continue 'outer;
                    }
                }
                if let Some((y, r)) = leading_year(rest) {
                    let _ = y;
                    rest = r;
                    continue;
                }
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '（' | '）' | '(' | ')' | '：' | ':' | '、' | '/' | '／') {
                    rest = &rest[c.len_utf8()..];
                    continue;
                }
                return false;
            }
            true
        }
        Kind::Num => s.len() == 4 && year_of(s).is_some(),
        _ => false,
    }
}

/// A plausible report year.
fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    (2000..=2100).contains(&y).then_some(y)
}

/// A year at the start of `s` (`2013年度…`), and the rest.
fn leading_year(s: &str) -> Option<(i32, &str)> {
    let d = s.get(..4)?;
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((year_of(d)?, &s[4..]))
}

/// The value columns named by the header tokens (in order), with `report_year` deciding
/// whether a year names the report year or the one before.
pub(crate) fn columns(text: &str, toks: &[Tok], report_year: Option<i32>) -> Vec<StatisticsColumn> {
    // Characters of the header with their byte positions, separators dropped.
    let mut chars: Vec<(usize, char)> = Vec::new();
    for t in toks {
        let s = t.text(text);
        chars.extend(s.char_indices().map(|(i, c)| (t.start + i, c)));
    }
    let joined: String = chars.iter().map(|(_, c)| *c).collect();
    // Byte offset in `joined` → index in `chars`.
    let idx_of = |b: usize| joined[..b].chars().count();
    let mut found: Vec<(usize, usize, Period, Option<i32>)> = Vec::new();
    let mut b = 0;
    let mut unmatched_from: Option<usize> = None;
    let flush =
        |from: Option<usize>, to: usize, found: &mut Vec<(usize, usize, Period, Option<i32>)>| {
            if let Some(f) = from {
                if to > f {
                    found.push((f, to, Period::Other, None));
                }
            }
        };
    while b < joined.len() {
        let rest = &joined[b..];
        if let Some((y, r)) = leading_year(rest) {
            flush(unmatched_from.take(), b, &mut found);
            let mut e = joined.len() - r.len();
            for w in ["年度", "年"] {
                if r.starts_with(w) {
                    e += w.len();
                    break;
                }
            }
            found.push((b, e, Period::Current, Some(y)));
            b = e;
            continue;
        }
        if let Some(w) = NOISE.iter().find(|w| rest.starts_with(**w)) {
            flush(unmatched_from.take(), b, &mut found);
            b += w.len();
            continue;
        }
        if let Some((w, p)) = PERIODS.iter().find(|(w, _)| rest.starts_with(*w)) {
            flush(unmatched_from.take(), b, &mut found);
            // `本年数`: the count of the period, printed with it.
            let e = b
                + w.len()
                + if rest[w.len()..].starts_with('数') {
                    '数'.len_utf8()
                } else {
                    0
                };
            found.push((b, e, *p, None));
            b = e;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        if matches!(c, '（' | '）' | '(' | ')' | '：' | ':' | '、' | '/' | '／') {
            flush(unmatched_from.take(), b, &mut found);
        } else if c == '数' && unmatched_from.is_none() {
            // `本年数`, `上年数`: the period's count.
        } else if unmatched_from.is_none() {
            unmatched_from = Some(b);
        }
        b += c.len_utf8();
    }
    flush(unmatched_from.take(), joined.len(), &mut found);
    let years: Vec<i32> = found.iter().filter_map(|f| f.3).collect();
    let latest = report_year.or_else(|| years.iter().copied().max());
    found
        .into_iter()
        .map(|(a, e, period, year)| {
            let (ia, ie) = (idx_of(a), idx_of(e));
            let start = chars.get(ia).map_or(0, |c| c.0);
            let end = ie
                .checked_sub(1)
                .and_then(|k| chars.get(k))
                .map_or(start, |(p, c)| p + c.len_utf8());
            let header = text.get(start..end).unwrap_or("").to_string();
            let period = match (year, latest) {
                (Some(y), Some(l)) if y == l => Period::Current,
                (Some(y), Some(l)) if l.checked_sub(1) == Some(y) => Period::Previous,
                (Some(_), _) => Period::Other,
                (None, _) => period,
            };
            StatisticsColumn::new(header, period, year)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::legacy_table::tokens::Tokens;

    fn cols(h: &str, year: Option<i32>) -> Vec<(String, Period, Option<i32>)> {
        let toks: Vec<Tok> = Tokens::new(h, 0, h.len()).collect();
        assert!(toks.iter().all(|t| is_header_token(h, t)), "{h}");
        columns(h, &toks, year)
            .into_iter()
            .map(|c| (c.header, c.period, c.year))
            .collect()
    }

    #[test]
    fn headers_as_printed() {
        assert_eq!(
            cols("指标名称 计量 单位 2013 年度", Some(2013)),
            [("2013 年度".to_string(), Period::Current, Some(2013))]
        );
        assert_eq!(
            cols("指标名称 单位 2016年 历年累计", Some(2016)),
            [
                ("2016年".to_string(), Period::Current, Some(2016)),
                ("历年累计".to_string(), Period::Cumulative, None)
            ]
        );
        assert_eq!(
            cols("指标名称 计量单位 年末统计", None),
            [("年末统计".to_string(), Period::Unstated, None)]
        );
        assert_eq!(
            cols("指标名称\t计量单位\t本期\t本年累计\t上年同期", None),
            [
                ("本期".to_string(), Period::Current, None),
                ("本年累计".to_string(), Period::YearToDate, None),
                ("上年同期".to_string(), Period::Previous, None)
            ]
        );
        // Words that name no period are kept as printed, compared with nothing.
        assert_eq!(
            cols("项目 单位 本年数 增减", None)[1],
            ("增减".to_string(), Period::Other, None)
        );
        assert_eq!(cols("项目 单位 本年数 增减", None)[0].0, "本年数");
        // Two years without a report year: the later is the current one.
        assert_eq!(
            cols("项目 2017年 2018年", None)
                .iter()
                .map(|c| c.1)
                .collect::<Vec<_>>(),
            [Period::Previous, Period::Current]
        );
    }

    #[test]
    fn rows_are_not_header_tokens() {
        let h = "主动公开信息数 条 291";
        let toks: Vec<Tok> = Tokens::new(h, 0, h.len()).collect();
        assert!(toks.iter().all(|t| !is_header_token(h, t)));
    }
}
