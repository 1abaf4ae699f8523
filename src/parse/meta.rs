//! Reading report metadata from the text: the year reported on, the agency, its level, and the
//! publication date.

use std::sync::OnceLock;

use chrono::NaiveDate;
use memchr::memmem::Finder;

use crate::parse::lines::Line;
use crate::parse::normalize::{fold, label_key};
use crate::report::AgencyLevel;
use crate::text::{contains, find, fold_char, has_any};

/// Metadata read from the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct MetaRead {
    pub year: Option<i32>,
    pub agency: Option<String>,
    pub level: Option<AgencyLevel>,
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
}

/// A 4-digit year followed (after optional spaces) by `年`: `(year, byte start, byte end of 年)`.
/// Each `年` is found by a byte search and the year read back from it (the spaces, then
/// exactly four digits), rather than every byte of the text tested for a digit.
fn years(s: &str) -> Vec<(i32, usize, usize)> {
    static NIAN: OnceLock<Finder<'static>> = OnceLock::new();
    let nian = NIAN.get_or_init(|| Finder::new("年".as_bytes()));
    let b = s.as_bytes();
    let mut out = Vec::new();
    for p in nian.find_iter(b) {
        let digits_end = p - b[..p].iter().rev().take_while(|c| **c == b' ').count();
        let Some(start) = digits_end.checked_sub(4) else {
            continue;
        };
        if !b[start..digits_end].iter().all(u8::is_ascii_digit)
            || start.checked_sub(1).is_some_and(|i| b[i].is_ascii_digit())
        {
            continue;
        }
        let y = b[start..digits_end]
            .iter()
            .fold(0, |y, d| y * 10 + i32::from(d - b'0'));
        if (1990..=2100).contains(&y) {
            out.push((y, start, p + '年'.len_utf8()));
        }
    }
    out
}

const TITLE_KEYS: &[&str] = &["年度报告", "年报", "工作报告"];

/// Labels of metadata fields that precede a title in page chrome (`标 题 |`, `名  称`).
const TITLE_FIELD_LABELS: &[&str] = &["标题", "名称", "题名", "文件名称"];

/// The title in a line, if the line is (or holds, between `|`) a short title naming an annual
/// report, folded and with field labels removed.
fn title_segment(line: &str) -> Option<String> {
    // A title's key names a report (`报`) and a disclosure (`公开`): a line without `报` or `开`,
    // nor their traditional forms (which folding simplifies), holds none.
    if !(has_any(line, &['报', '報']) && has_any(line, &['开', '開'])) {
        return None;
    }
    title_in(bar_segments(line))
}

/// The first of `segments` (parts of a line between bars) that is a title.
fn title_in<'a>(segments: impl Iterator<Item = &'a str>) -> Option<String> {
    // Segments are parted by `|` or `｜` (which folds to `|`) and folded one by one (folding
    // maps character to character); one with too many ideographs for a title is not folded.
    for raw in segments {
        if too_long_for_title(raw) {
            continue;
        }
        let folded = fold(raw);
        let mut seg = folded.trim().trim_start_matches(['#', ' ', '*']).trim();
        // The segment's key, computed again only when a field label is cut off.
        let mut key = label_key(seg);
        for l in TITLE_FIELD_LABELS {
            if key.starts_with(l) {
                // Drop the label's characters (and the spaces between them).
                let mut n = l.chars().count();
                let mut cut = 0;
                for (i, c) in seg.char_indices() {
                    if n == 0 {
                        break;
                    }
                    if !c.is_whitespace() {
                        n -= 1;
                    }
                    cut = i + c.len_utf8();
                }
                seg = seg[cut..].trim_start_matches([' ', ':', '：']).trim();
                key = label_key(seg);
            }
        }
        let sentence = seg.contains([',', '，', '。', ';', '；', '>']) || seg.contains("位置");
        if !sentence && key.chars().count() <= 60 && is_title_like(&key) && !years(seg).is_empty() {
            return Some(seg.to_string());
        }
    }
    None
}

/// `line.split(['|', '｜'])`, the bars found by a byte search (`｜` is `EF BD 9C`) rather than
/// by decoding every character.
fn bar_segments(line: &str) -> impl Iterator<Item = &str> {
    let b = line.as_bytes();
    let mut bars = memchr::memchr2_iter(b'|', 0x9C, b).filter_map(move |i| {
        if b[i] == b'|' {
            Some((i, i + 1))
        } else {
            let lead = i.checked_sub(2)?;
            (b.get(lead..i) == Some(&[0xEF, 0xBD][..])).then_some((lead, i + 1))
        }
    });
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match bars.next() {
            Some((a, z)) => {
                start = Some(z);
                Some(line.get(from..a).unwrap_or(""))
            }
            None => {
                start = None;
                Some(line.get(from..).unwrap_or(""))
            }
        }
    })
}

/// Whether a segment has more ideographs than a title's key may have characters (60), once
/// the field labels [`title_segment`] cuts off (10 characters at most) are discounted: every
/// ideograph stays in the key. Counted only as far as the limit.
fn too_long_for_title(seg: &str) -> bool {
    // Counted on bytes: U+4E00..=U+9FFF are the 3-byte sequences led by E5..=E9, or by E4
    // with a second byte of B8 or more (U+4E00 is E4 B8 80).
    let b = seg.as_bytes();
    // (71 ideographs take 213 bytes: a shorter segment has fewer.)
    if b.len() < 71 * 3 {
        return false;
    }
    let mut n = 0;
    for (i, &lead) in b.iter().enumerate() {
        let ideograph = match lead {
            0xE5..=0xE9 => true,
            0xE4 => b.get(i + 1).is_some_and(|&x| x >= 0xB8),
            _ => false,
        };
        if ideograph {
            n += 1;
            if n > 70 {
                return true;
            }
        }
    }
    false
}

/// Whether a line is (or holds, between `|`) a short title naming an annual report: how the
/// HTML reader finds a page's report title outside its article.
#[cfg(feature = "html")]
pub(crate) fn is_title_line(line: &str) -> bool {
    title_segment(line.trim()).is_some()
}

/// Whether a short line looks like an agency name (`洪泽区人民政府`).
fn looks_like_agency(s: &str) -> bool {
    let n = s.chars().count();
    (2..=30).contains(&n)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || c == ':' || c == '：' || c == '|')
        && level_of(s).is_some()
}

/// The agency from an opening sentence: `现公布泰州市人民政府2017年政府信息公开工作年度报告`,
/// or the office that compiled the report: `由津市市政务公开领导小组办公室编制`.
fn agency_from_prose(text: &str) -> Option<String> {
    let raw = &text[..floor_char_boundary(text, 3000)];
    // `现公布` holds `公布` (`佈` folds to `布`), the office's words `由…编制` (`製` folds to
    // `制`): a head with neither is not folded.
    if !["公布", "公佈", "编制", "编製"]
        .iter()
        .any(|w| contains(raw, w))
    {
        return None;
    }
    let head = fold(raw);
    if let Some(p) = head.find("现公布") {
        let p = p + "现公布".len();
        let tail = &head[p..floor_char_boundary(&head, p + 120)];
        if let Some(&(_, ys, _)) = years(tail).first() {
            let agency = tail[..ys].trim();
            if looks_like_agency(agency) {
                return Some(agency.to_string());
            }
        }
    }
    let p = head.find('由')? + '由'.len_utf8();
    let tail = &head[p..floor_char_boundary(&head, p + 90)];
    let end = tail.find("编制")?;
    let office = tail[..end].trim();
    let n = office.chars().count();
    ((4..=30).contains(&n) && !office.contains([',', '，', '。', '、', '(', '（']))
        .then(|| office.to_string())
}

fn is_title_like(key: &str) -> bool {
    TITLE_KEYS.iter().any(|k| key.contains(k))
        && (key.contains("政府信息公开") || key.contains("政务公开") || key.contains("信息公开"))
}

/// Reads metadata. `lines` are the lines of `text`.
pub(crate) fn read_meta(text: &str, lines: &[Line]) -> MetaRead {
    let mut m = MetaRead::default();
    let head: Vec<&Line> = lines
        .iter()
        .filter(|l| !text[l.start..l.end].trim().is_empty())
        .take(15)
        .collect();
    // The title: a line (or, failing that, two adjacent lines) near the top that names an
    // annual report.
    let single = head.iter().enumerate().find_map(|(i, l)| {
        let seg = title_segment(text[l.start..l.end].trim())?;
        Some((seg, i))
    });
    let title = single.or_else(|| {
        head.windows(2).enumerate().find_map(|(i, w)| {
            // The pair names a report and a disclosure only if its lines do: not joined else
            // (a flattened text may be one long line).
            let (a, b) = (
                text[w[0].start..w[0].end].trim(),
                text[w[1].start..w[1].end].trim(),
            );
            let names = |cs: &[char]| has_any(a, cs) || has_any(b, cs);
            if !(names(&['报', '報']) && names(&['开', '開'])) {
                return None;
            }
            // The segments of `a` and `b` joined are theirs, but for `a`'s last and `b`'s
            // first, which join into one; every other was tried alone above and is no title
            // (the search did not stop). So only the joined one is tried, built alone.
            let last = bar_segments(a).last().unwrap_or("");
            let first = bar_segments(b).next().unwrap_or("");
            let joined = format!("{last}{first}");
            Some((title_in(std::iter::once(joined.as_str()))?, i))
        })
    });
    if let Some((title, i)) = title {
        let prev = i.checked_sub(1).map(|p| head[p]);
        let ys = years(&title);
        if let Some(&(y, ys_start, ys_end)) = ys.first() {
            m.year = Some(y);
            let before = title[..ys_start].trim();
            let after = &title[ys_end..];
            let after = after.strip_prefix('度').unwrap_or(after);
            let between = after
                .find("政府信息公开")
                .or_else(|| after.find("政务公开"))
                .map(|p| after[..p].trim())
                .unwrap_or("");
            let agency = if !before.is_empty() {
                Some(before.to_string())
            } else if !between.is_empty() {
                Some(between.to_string())
            } else {
                prev.map(|p| fold(text[p.start..p.end].trim()))
                    .filter(|p| looks_like_agency(p))
            };
            m.agency = agency.map(|a| a.trim_matches(['#', ' ', '*', '"']).to_string());
        }
        m.title = Some(title.trim().to_string());
    }
    if m.agency.is_none() {
        m.agency = agency_from_prose(text);
    }
    if m.year.is_none() {
        m.year = year_from_body(text);
    }
    m.level = m.agency.as_deref().and_then(level_of);
    if m.agency
        .as_deref()
        .is_some_and(|a| a.contains("领导小组") || a.contains("公开办"))
    {
        // A working group's office compiles on behalf of a government: the level is not its own.
        m.level = None;
    }
    m.published = published(text, lines);
    m
}

/// The year from a statistics period (`统计期限为2022年1月1日至12月31日`) or, failing that, the
/// year the text names most often.
fn year_from_body(text: &str) -> Option<i32> {
    let folded = fold(&text[..floor_char_boundary(text, 200_000)]);
    for marker in ["统计期限", "统计周期", "统计时限", "数据统计期限"] {
        if let Some(p) = memchr::memmem::find(folded.as_bytes(), marker.as_bytes()) {
            let tail = &folded[p..floor_char_boundary(&folded, p + 80)];
            if let Some((y, _, _)) = years(tail).first() {
                return Some(*y);
            }
        }
    }
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for (y, _, _) in years(&folded) {
        match counts.iter_mut().find(|(yy, _)| *yy == y) {
            Some(c) => c.1 += 1,
            None => counts.push((y, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts.first().map(|c| c.0)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The level of an agency from its name.
pub(crate) fn level_of(name: &str) -> Option<AgencyLevel> {
    let n = name.trim();
    // A working group's office (`政务公开领导小组办公室`) compiles on behalf of a government:
    // its name does not tell the level of the agency that reports.
    if n.is_empty() || n.contains("领导小组") || n.contains("公开办") {
        return None;
    }
    if n.ends_with("人民政府")
        || n.ends_with("人民政府办公室")
        || n.ends_with("人民政府办公厅")
        || n.ends_with("政府办公室")
        || n.ends_with("市政府")
        || n.ends_with("县政府")
        || n.ends_with("区政府")
    {
        // A township government is not "at or above county level".
        if n.ends_with("镇人民政府") || n.ends_with("乡人民政府") {
            return Some(AgencyLevel::Township);
        }
        return Some(AgencyLevel::Government);
    }
    if n.ends_with("街道办事处") || n.ends_with("街道") || n.ends_with('镇') || n.ends_with('乡')
    {
        return Some(AgencyLevel::Township);
    }
    if n.ends_with(['省', '市', '县', '区', '州', '旗']) {
        // A bare place name stands for its people's government.
        return Some(AgencyLevel::Government);
    }
    const DEPT: &[&str] = &[
        "局",
        "委",
        "委员会",
        "办",
        "办公室",
        "厅",
        "部",
        "署",
        "中心",
        "院",
        "所",
        "队",
    ];
    if DEPT.iter().any(|s| n.ends_with(s)) {
        return Some(AgencyLevel::Department);
    }
    None
}

/// The publication-date markers, in the order they are tried.
const MARKERS: [&str; 4] = ["发布时间", "发布日期", "成文日期", "发文日期"];

/// The publication date: `发布时间：2021-01-18` anywhere near the top, or a date alone on one of
/// the last lines (`2026年1月23日`).
fn published(text: &str, lines: &[Line]) -> Option<NaiveDate> {
    let raw = &text[..floor_char_boundary(text, 4000)];
    // The first place of each marker in the folded head, found without folding the head.
    for end in marker_ends(raw).into_iter().flatten() {
        // Only the words up to the first `日` (which no other character folds to) are folded:
        // past it, neither date form reads anything. Nor are they past the ISO form's ten
        // characters and past a character no Chinese date holds before its `日`.
        let rest = &raw[end..];
        let cut = match find(rest, "日") {
            Some(p) => (p + '日'.len_utf8()).min(iso_date_end(rest).max(cn_date_end(rest))),
            None => iso_date_end(rest),
        };
        let folded = fold(&rest[..cut]);
        let tail = folded.trim_start_matches([':', ' ', '：', '|']);
        if let Some(d) = iso_date(tail) {
            return Some(d);
        }
        if let Some(d) = cn_date(tail) {
            return Some(d);
        }
    }
    for l in lines.iter().rev().filter(|l| l.end > l.start).take(4) {
        // A date line is short: a longer one (folding keeps the count of characters) is
        // neither folded nor read.
        let raw = text[l.start..l.end].trim();
        if raw.chars().take(15).count() > 14 {
            continue;
        }
        if let Some(d) = cn_date(&fold(raw)) {
            return Some(d);
        }
    }
    None
}

/// Where the first place of each of [`MARKERS`] in `fold(raw)` ends in `raw` (in their
/// order), found in one pass without folding `raw`: folding maps character to character, and
/// the markers' last characters are `间` (from `间` or `間`, the only other character folding
/// to it) and `期` (which no other character folds to). At each place of one (their last bytes
/// `B4`, `93`, `9F` found by `memchr3`), the characters before it are folded and compared with
/// those of each marker ending there.
fn marker_ends(raw: &str) -> [Option<usize>; 4] {
    let b = raw.as_bytes();
    let mut ends = [None; 4];
    for i in memchr::memchr3_iter(0xB4, 0x93, 0x9F, b) {
        let Some(start) = i.checked_sub(2) else {
            continue;
        };
        let last = match b.get(start..=i) {
            Some([0xE9, 0x97, 0xB4] | [0xE9, 0x96, 0x93]) => '间',
            Some([0xE6, 0x9C, 0x9F]) => '期',
            _ => continue,
        };
        // (`start` holds a lead byte: a character's first.)
        let before = raw.get(..start).unwrap_or("").chars().rev().map(fold_char);
        for (end, marker) in ends.iter_mut().zip(MARKERS) {
            let mut want = marker.chars().rev();
            if end.is_none() && want.next() == Some(last) {
                let n = want.clone().count();
                if before.clone().take(n).eq(want) {
                    *end = Some(i + 1);
                }
            }
        }
        if ends.iter().all(Option::is_some) {
            break;
        }
    }
    ends
}

/// Where the words an ISO date is read from end in `rest` (a text without `日`, so that no
/// Chinese date is read from it): the separators [`published`] trims, then ten characters
/// (folding maps character to character, and ten characters hold the ten bytes read).
fn iso_date_end(rest: &str) -> usize {
    let lead: usize = rest
        .chars()
        .take_while(|c| matches!(fold_char(*c), ':' | ' ' | '：' | '|'))
        .map(char::len_utf8)
        .sum();
    rest[lead..]
        .char_indices()
        .nth(9)
        .map_or(rest.len(), |(i, c)| lead + i + c.len_utf8())
}

/// Where the characters a Chinese date (see [`cn_date`]) may hold before its `日` end in
/// `rest`, folded: digits, signs (the numbers are parsed), `年`, `月`, spaces and the
/// separators [`published`] trims (and `日` itself). A text whose first `日` comes later holds
/// no such date.
fn cn_date_end(rest: &str) -> usize {
    rest.char_indices()
        .find(|(_, c)| {
            !matches!(
                fold_char(*c),
                '0'..='9' | '+' | '-' | ' ' | '年' | '月' | '日' | ':' | '|'
            )
        })
        .map_or(rest.len(), |(i, _)| i)
}

fn iso_date(s: &str) -> Option<NaiveDate> {
    let t = s.get(..10)?;
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%Y/%m/%d"))
        .ok()
}

/// `2026年1月23日` at the start of `s` (spaces allowed between parts).
fn cn_date(s: &str) -> Option<NaiveDate> {
    let s: String = s.chars().filter(|c| *c != ' ').collect();
    let (y, rest) = s.split_once('年')?;
    let (mo, rest) = rest.split_once('月')?;
    let (d, _) = rest.split_once('日')?;
    NaiveDate::from_ymd_opt(y.parse().ok()?, mo.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split_lines;

    fn meta(t: &str) -> MetaRead {
        read_meta(t, &split_lines(t))
    }

    #[test]
    fn title_forms() {
        let m = meta("广州市荔湾区人民政府南源街道办事处2020年政府信息公开工作年度报告\n发布时间: 2021-01-18 来源");
        assert_eq!(m.year, Some(2020));
        assert_eq!(
            m.agency.as_deref(),
            Some("广州市荔湾区人民政府南源街道办事处")
        );
        assert_eq!(m.level, Some(AgencyLevel::Township));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2021, 1, 18));

        let m = meta("                洪泽区人民政府\n      2023 年政府信息公开工作年度报告\n正文");
        assert_eq!(m.year, Some(2023));
        assert_eq!(m.agency.as_deref(), Some("洪泽区人民政府"));
        assert_eq!(m.level, Some(AgencyLevel::Government));

        let m = meta(
            "# truncated: no\n唐村镇2010年政府信息公开工作年度报告\n发布时间:2011-03-14 18:20:44",
        );
        assert_eq!(m.agency.as_deref(), Some("唐村镇"));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2011, 3, 14));
        let m = meta("标 题 | 连岛街道2019年度政府信息公开工作报告 | ||");
        assert_eq!(m.agency.as_deref(), Some("连岛街道"));
        assert_eq!(m.year, Some(2019));
        let m = meta("本年度报告根据《条例》,由津市市政务公开领导小组办公室编制。全文包括概述");
        assert_eq!(m.agency.as_deref(), Some("津市市政务公开领导小组办公室"));
        assert_eq!(m.level, None);
        let m = meta("根据规定,现公布泰州市人民政府2017年政府信息公开工作年度报告。");
        assert_eq!(m.agency.as_deref(), Some("泰州市人民政府"));
        let m = meta("2022年上海市政府信息公开工作年度报告\n\n字号:");
        assert_eq!(m.agency.as_deref(), Some("上海市"));
        let m = meta("2024 年上海市科委政府信息公开工作\n年度报告\n根据");
        assert_eq!(m.year, Some(2024));
        assert_eq!(m.agency.as_deref(), Some("上海市科委"));
    }

    #[test]
    fn titles_in_traditional_forms_behind_full_width_bars_and_long_lines() {
        let m = meta("標 題｜連島街道2019年度政府信息公開工作報告｜");
        assert_eq!(m.year, Some(2019));
        assert_eq!(m.agency.as_deref(), Some("連島街道"));
        // A title segment beside a long one of prose on the same line.
        let prose = "根据条例规定本机关认真做好政府信息公开工作".repeat(5);
        let m = meta(&format!("{prose}|连岛街道2019年度政府信息公开工作报告"));
        assert_eq!(m.year, Some(2019));
        assert!(title_segment(&format!("{prose}2019年政府信息公开工作年度报告")).is_none());
    }

    proptest::proptest! {
        #[test]
        fn bar_segments_are_the_split_at_bars(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["|", "｜", "a", "报", "｝", "ｼ", "\u{9C}", "尜", " "]),
                0..20,
            ),
        ) {
            let t = parts.concat();
            let want: Vec<&str> = t.split(['|', '｜']).collect();
            proptest::prop_assert_eq!(bar_segments(&t).collect::<Vec<_>>(), want);
        }
    }

    /// The byte-by-byte scan [`years`] replaced.
    fn years_by_bytes(s: &str) -> Vec<(i32, usize, usize)> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i + 4 <= b.len() {
            if b[i..i + 4].iter().all(u8::is_ascii_digit)
                && (i == 0 || !b[i - 1].is_ascii_digit())
                && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
            {
                let mut j = i + 4;
                while j < b.len() && b[j] == b' ' {
                    j += 1;
                }
                if s[j..].starts_with('年') {
                    let y: i32 = s[i..i + 4].parse().unwrap_or(0);
                    if (1990..=2100).contains(&y) {
                        out.push((y, i, j + '年'.len_utf8()));
                    }
                }
                i += 4;
            } else {
                i += 1;
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn years_are_the_byte_scans(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["2", "0", "1", "9", "20", "2023", "12345", " ", "年", "月", "a", "１"]),
                0..24,
            ),
        ) {
            let t = parts.concat();
            proptest::prop_assert_eq!(years(&t), years_by_bytes(&t));
        }

        #[test]
        fn iso_dates_are_read_from_the_folded_start_alone(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![":", "：", " ", "\u{3000}", "|", "｜", "2021", "-", "01", "/", "１", "8", "时", "a"]),
                0..16,
            ),
        ) {
            let rest = parts.concat();
            let whole = fold(&rest);
            let cut = fold(&rest[..iso_date_end(&rest)]);
            let trim = |t: &str| t.trim_start_matches([':', ' ', '：', '|']).to_string();
            proptest::prop_assert_eq!(iso_date(&trim(&cut)), iso_date(&trim(&whole)));
        }

        #[test]
        fn dates_are_read_from_the_folded_start_alone(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![":", "：", " ", "\u{3000}", "|", "2021", "-", "+", "01", "１", "年", "月", "日", "时", "a", "2021年1月18日", "２０２１年１月１８日", "2021-01-18"]),
                0..16,
            ),
        ) {
            let rest = parts.concat();
            let read = |t: &str| {
                let f = fold(t);
                let tail = f.trim_start_matches([':', ' ', '：', '|']).to_string();
                (iso_date(&tail), cn_date(&tail))
            };
            let Some(p) = find(&rest, "日") else { return Ok(()) };
            let whole = &rest[..p + '日'.len_utf8()];
            let cut = (p + '日'.len_utf8()).min(iso_date_end(&rest).max(cn_date_end(&rest)));
            proptest::prop_assert_eq!(read(&rest[..cut]), read(whole));
        }
    }

    #[test]
    fn markers_are_found_in_their_folded_forms_without_folding() {
        for raw in [
            "发布时间:2021-01-18",
            "發佈時間：2021-01-18",
            "公布时间",
            "成文日期",
            "發文日期",
            "时间",
            "a成文日期 发布日期 發布日期 發佈時間 发文日期",
            "期間间時间",
        ] {
            let folded = fold(raw);
            for (marker, end) in MARKERS.into_iter().zip(marker_ends(raw)) {
                // Where the first place ends, in characters (folding keeps their count).
                let want = folded
                    .find(marker)
                    .map(|p| folded[..p + marker.len()].chars().count());
                let got = end.map(|e| raw[..e].chars().count());
                assert_eq!(got, want, "{raw} {marker}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn markers_are_found_where_folding_finds_them(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["发", "發", "布", "佈", "时", "時", "间", "間", "日", "期", "成", "文", "a", "é", "：", "𠀀"]),
                0..24,
            ),
        ) {
            let raw = parts.concat();
            let folded = fold(&raw);
            for (marker, end) in MARKERS.into_iter().zip(marker_ends(&raw)) {
                let want = folded
                    .find(marker)
                    .map(|p| folded[..p + marker.len()].chars().count());
                proptest::prop_assert_eq!(end.map(|e| raw[..e].chars().count()), want);
            }
        }
    }

    #[test]
    fn year_from_body_and_signature_date() {
        let m = meta(
            "一、概述\n2016年,我市……2016年度共受理……2015年度访问量\n沭阳县人民政府\n2026年1月23日",
        );
        assert_eq!(m.year, Some(2016));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2026, 1, 23));
        let m = meta("报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。2021年");
        assert_eq!(m.year, Some(2022));
    }
}
