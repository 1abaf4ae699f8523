//! Numbers as reports write them: Arabic and full-width digits, decimals, Chinese numerals
//! (`三十六`, `两千`), the multipliers `万`/`亿`, qualifiers (`约`, `余`, `多`, `左右`, `以上`,
//! `近`) and a unit (`件`, `条`, `次`, `万元`, `%`…).
//!
//! A number counts only when a unit follows it: a stray digit inside a word
//! (`常德社会求助服务热3线`) is not followed by a unit and is no figure.

use rust_decimal::Decimal;

use crate::parse::normalize::fold_char;
use crate::report::prose::UNIT_SPELLINGS;
use crate::report::{Approx, Figure, Span, Unit};

/// A figure read from text: the figure and the byte range it covers (qualifiers included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub figure: Figure,
    /// Byte offset (in the text scanned) where the figure starts, prefix qualifier included.
    pub start: usize,
    /// Byte offset one past its end, suffix qualifier included.
    pub end: usize,
}

/// The value of a Chinese numeral digit.
fn cn_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese numeral unit character below 万.
fn cn_small_unit(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// Whether `c` can be part of a Chinese numeral.
fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || cn_small_unit(c).is_some() || c == '万' || c == '亿'
}

/// Parses a Chinese numeral (`三十六`, `一百零五`, `两千`, `十`, `一万二千`). `None` on overflow
/// or a malformed numeral.
pub(crate) fn parse_chinese(s: &str) -> Option<u64> {
    let mut total: u64 = 0; // completed 亿 / 万 sections
    let mut section: u64 = 0; // below 万
    let mut digit: Option<u64> = None;
    let mut any = false;
    for c in s.chars() {
        any = true;
        if let Some(d) = cn_digit(c) {
            digit = Some(d);
        } else if let Some(m) = cn_small_unit(c) {
            let d = digit.take().unwrap_or(1);
            section = section.checked_add(d.checked_mul(m)?)?;
        } else if c == '万' || c == '亿' {
            let m: u64 = if c == '万' { 10_000 } else { 100_000_000 };
            let sec = section.checked_add(digit.take().unwrap_or(0))?;
            total = if c == '亿' {
                total.checked_add(sec)?.checked_mul(m)?
            } else {
                total.checked_add(sec.checked_mul(m)?)?
            };
            section = 0;
        } else {
            return None;
        }
    }
    if !any {
        return None;
    }
    total.checked_add(section)?.checked_add(digit.unwrap_or(0))
}

/// Prefix qualifiers, longest first.
const PREFIXES: &[&str] = &["大约", "将近", "超过", "大概", "约", "近", "逾"];
/// Qualifiers between the number and the unit.
const MIDDLES: &[&str] = &["余", "多"];
/// Suffix qualifiers after the unit.
const SUFFIXES: &[&str] = &["左右", "以上", "上下", "以下", "多"];

/// Whether `s` starts with `w`, compared byte by byte: the words of this module are a few
/// bytes long and most differ in their first two, where `str::starts_with` calls `memcmp`.
fn starts(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().zip(w).all(|(a, b)| a == b)
}

/// Whether `s` ends with `w` (see [`starts`]).
fn ends(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

/// `s` without `w` in front (see [`starts`]).
fn strip<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    if starts(s, w) {
        s.get(w.len()..)
    } else {
        None
    }
}

/// Strips the first of `options` that `s` starts with.
fn strip_any<'a>(s: &'a str, options: &[&'static str]) -> Option<(&'static str, &'a str)> {
    options
        .iter()
        .find_map(|o| strip(s, o).map(|rest| (*o, rest)))
}

/// Reads an Arabic number (ASCII or full-width digits, one optional decimal point) at the start
/// of `s`: `(value, bytes used)`.
fn arabic(s: &str) -> Option<(Decimal, usize)> {
    // At most 24 digits and point, gathered on the stack (a longer number is none).
    let mut digits = [0u8; 24];
    let mut n = 0;
    let mut used = 0;
    let mut seen_point = false;
    for (i, c) in s.char_indices() {
        // ASCII folds to itself.
        let f = if c.is_ascii() { c } else { fold_char(c) };
        let keep = if f.is_ascii_digit() {
            used = i + c.len_utf8();
            f
        } else if f == '.' && !seen_point && n > 0 {
            // A decimal point only when a digit follows.
            let next = s[i + c.len_utf8()..].chars().next().map(fold_char);
            if next.is_some_and(|n| n.is_ascii_digit()) {
                seen_point = true;
                '.'
            } else {
                break;
            }
        } else {
            break;
        };
        *digits.get_mut(n)? = keep as u8;
        n += 1;
    }
    if n == 0 {
        return None;
    }
    // The digits as a mantissa and a scale: what `Decimal::from_str_exact` makes of them.
    let digits = &digits[..n];
    let scale = digits
        .iter()
        .position(|d| *d == b'.')
        .map_or(0, |p| n - 1 - p);
    let mantissa = digits
        .iter()
        .filter(|d| **d != b'.')
        .fold(0i128, |m, d| m * 10 + i128::from(d - b'0'));
    let scale = u32::try_from(scale).ok()?;
    Decimal::try_from_i128_with_scale(mantissa, scale)
        .ok()
        .map(|d| (d, used))
}

/// Reads a Chinese numeral at the start of `s`: `(value, bytes used)`.
fn chinese(s: &str) -> Option<(Decimal, usize)> {
    // Bounded: a longer run of numerals is no count (and scanning it all at every position
    // would be quadratic).
    let used: usize = s
        .chars()
        .take_while(|c| is_cn_numeral(*c))
        .take(17)
        .map(char::len_utf8)
        .sum();
    if used == 0 || used > 3 * 16 {
        return None;
    }
    let mut text = &s[..used];
    // A trailing 万/亿 followed by 元 belongs to the unit 万元 (`两万元`).
    if text.ends_with('万') && s[used..].starts_with('元') {
        text = &text[..text.len() - '万'.len_utf8()];
    }
    parse_chinese(text).map(|v| (Decimal::from(v), text.len()))
}

/// Skips spaces (ASCII, ideographic, no-break).
/// Line breaks too: a sentence wrapped between a number and its unit (`5928\n条`) is joined by
/// the sentence splitter, and a sentence never spans an unwrapped line break.
fn skip_spaces(s: &str) -> &str {
    s.trim_start_matches([' ', '\u{3000}', '\u{00A0}', '\t', '\n', '\r'])
}

/// Counters read as [`Unit::Jian`] after Arabic digits only (`行政复议1起`, `收到1份申请`):
/// after a Chinese numeral they are words (`一起`, `一份`).
const ARABIC_COUNTERS: &[&str] = &["起", "份"];

/// Whether a unit spelling or label ([`UNIT_SPELLINGS`], [`Unit::label`]) may start with `c`
/// (a test checks that every one does).
fn may_start_unit(c: char) -> bool {
    matches!(
        c,
        '人' | '萬'
            | '條'
            | '項'
            | '個'
            | '%'
            | '％'
            | '万'
            | '件'
            | '条'
            | '次'
            | '家'
            | '项'
            | '个'
            | '期'
            | '篇'
            | '元'
    )
}

/// Reads a unit at the start of `s`: `(unit, bytes used)`, other spellings first (`人次` reads
/// as [`Unit::Ren`]).
fn unit(s: &str) -> Option<(Unit, usize)> {
    // Most numbers without a unit are dates (`2021年`, `3月`): ruled out by their first
    // character before the spellings are tried one by one.
    if !s.chars().next().is_some_and(may_start_unit) {
        return None;
    }
    if let Some((spelling, u)) = UNIT_SPELLINGS.iter().find(|(sp, _)| starts(s, sp)) {
        return Some((*u, spelling.len()));
    }
    if let Some(c) = s.chars().next() {
        if fold_char(c) == '%' {
            return Some((Unit::Percent, c.len_utf8()));
        }
    }
    Unit::ALL
        .into_iter()
        .filter(|u| *u != Unit::Percent)
        .find(|u| starts(s, u.label()))
        .map(|u| (u, u.label().len()))
}

/// Reads a figure whose number starts exactly at byte `at` of `text` (a prefix qualifier may
/// stand just before `at`). `line` is the line number for the span; `base` is added to byte
/// offsets (the offset of `text` in the whole source).
pub(crate) fn figure_at(text: &str, at: usize, line: u32, base: usize) -> Option<Token> {
    let rest = text.get(at..)?;
    let before = &text[..at];
    if let Some(prev) = before.chars().next_back() {
        if prev == '第' || is_cn_numeral(prev) || fold_char(prev).is_ascii_digit() {
            return None;
        }
    }
    let (mut value, used, is_cn) = match arabic(rest) {
        Some((v, u)) => (v, u, false),
        None => {
            let (v, u) = chinese(rest)?;
            (v, u, true)
        }
    };
    // Not a figure when the number continues a numeral or follows 第 (an ordinal): checked
    // above, before reading.
    // The qualifier written last wins: the one after the number if any (`marked`), else the
    // prefix, looked for once the figure has its unit (most numbers without one are dates).
    let mut marked: Option<Approx> = None;
    let mut s = &rest[used..];
    if let Some((m, r)) = strip_any(s, MIDDLES) {
        marked = Approx::from_marker(m).or(marked);
        s = r;
    }
    // 万 / 亿 after an Arabic number multiply it, unless 万元 is the unit.
    if !is_cn && !starts(s, "万元") {
        for (mark, mul) in [("万", 10_000i64), ("亿", 100_000_000i64)] {
            if let Some(r) = strip(s, mark) {
                value = value.checked_mul(Decimal::from(mul))?;
                s = r;
                break;
            }
        }
        if let Some((m, r)) = strip_any(s, MIDDLES) {
            marked = Approx::from_marker(m).or(marked);
            s = r;
        }
    }
    let s2 = skip_spaces(s);
    let counter = (!is_cn)
        .then(|| ARABIC_COUNTERS.iter().find(|c| starts(s2, c)))
        .flatten();
    let (u, ulen) = match counter {
        Some(c) => (Unit::Jian, c.len()),
        None => unit(s2)?,
    };
    let mut after = &s2[ulen..];
    if let Some((m, r)) = strip_any(after, SUFFIXES) {
        marked = Approx::from_marker(m).or(marked);
        after = r;
    }
    let mut start = at;
    let mut prefixed = Approx::Exact;
    for p in PREFIXES {
        if ends(before, p) {
            prefixed = Approx::from_marker(p).unwrap_or(Approx::Exact);
            start = at - p.len();
            break;
        }
    }
    let approx = marked.unwrap_or(prefixed);
    let end = rest.len() - after.len() + at;
    let num_end = rest.len() - s.len() + at;
    let _ = num_end;
    Some(Token {
        figure: Figure::new(value, u, approx, Span::new(line, base + start, base + end)),
        start,
        end,
    })
}

/// Whether `c` is a digit, ASCII or full-width (what [`fold_char`] folds to an ASCII digit).
fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９')
}

/// Whether the character at byte `i` of `b` (a lead byte) may start a number: a full-width
/// digit or a Chinese numeral, all three bytes long, told by their bytes without decoding (a
/// test checks every three-byte character).
#[inline]
pub(crate) fn may_start_number(b: &[u8], i: usize) -> bool {
    matches!(
        b.get(i..i + 3),
        // 〇
        Some([0xE3, 0x80, 0x87])
            // 一 七 三 两, 九, 二 五
            | Some([0xE4, 0xB8, 0x80 | 0x83 | 0x89 | 0xA4])
            | Some([0xE4, 0xB9, 0x9D])
            | Some([0xE4, 0xBA, 0x8C | 0x94])
            // 八 六, 十 千, 四
            | Some([0xE5, 0x85, 0xAB | 0xAD])
            | Some([0xE5, 0x8D, 0x81 | 0x83])
            | Some([0xE5, 0x9B, 0x9B])
            // 百, 零, ０–９
            | Some([0xE7, 0x99, 0xBE])
            | Some([0xE9, 0x9B, 0xB6])
            | Some([0xEF, 0xBC, 0x90..=0x99])
    )
}

/// Every figure in `text`, left to right, without overlaps.
#[cfg(test)]
pub(crate) fn figures(text: &str, line: u32, base: usize) -> Vec<Token> {
    let mut out = Vec::new();
    figures_into(text, line, base, &mut out);
    out
}

/// [`figures`], appended to `out` (a buffer the caller reuses).
#[cfg(test)]
pub(crate) fn figures_into(text: &str, line: u32, base: usize, out: &mut Vec<Token>) {
    figures_from(text, line, base, number_starts(text), out);
}

/// The offsets of `text` where a character that may start a number stands (an ASCII or
/// full-width digit, a Chinese numeral digit or `十百千`), in order: what the clause walk of
/// [`crate::parse::prose::split`] finds by bytes, defined here by characters.
#[cfg(test)]
pub(crate) fn number_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.char_indices()
        .filter(|(_, c)| is_digit(*c) || cn_digit(*c).is_some() || cn_small_unit(*c).is_some())
        .map(|(i, _)| i)
}

/// The figures of `text` read at `starts`, the offsets [`number_starts`] yields for it (the
/// clause walk of [`crate::parse::prose::split`] finds them along with its marks): a number
/// is read from its start only, and one figure does not overlap the next.
pub(crate) fn figures_from(
    text: &str,
    line: u32,
    base: usize,
    starts: impl IntoIterator<Item = usize>,
    out: &mut Vec<Token>,
) {
    // Where the last figure (or run of digits that made none) ended.
    let mut next = 0;
    for i in starts {
        if i < next {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        if let Some(t) = figure_at(text, i, line, base) {
            next = t.end.max(i + c.len_utf8());
            out.push(t);
            continue;
        }
        // Skip the rest of this run of digits so that a number is read from its start only.
        let run: usize = text[i..]
            .chars()
            .take_while(|c| is_digit(*c) || *c == '.')
            .map(char::len_utf8)
            .sum();
        next = i + run.max(c.len_utf8());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn byte_compares_agree_with_str(
            s in proptest::sample::select(vec!["", "万", "万元", "余件", "左右", "约", "a", "元万"]),
            w in proptest::sample::select(vec!["", "万", "万元", "元", "余", "左右", "约", "a"]),
        ) {
            proptest::prop_assert_eq!(starts(s, w), s.starts_with(w));
            proptest::prop_assert_eq!(ends(s, w), s.ends_with(w));
            proptest::prop_assert_eq!(strip(s, w), s.strip_prefix(w));
        }
    }

    #[test]
    fn every_unit_spelling_passes_the_first_character_test() {
        let spellings = UNIT_SPELLINGS.iter().map(|(s, _)| *s);
        for w in spellings.chain(Unit::ALL.iter().map(|u| u.label())) {
            let c = w.chars().next().unwrap();
            assert!(may_start_unit(c), "{w}");
        }
        for c in ['%', '％'] {
            assert!(may_start_unit(c) && fold_char(c) == '%');
        }
        assert!(!may_start_unit('年') && unit("年").is_none());
    }

    fn one(s: &str) -> Option<(String, Unit, Approx)> {
        let v = figures(s, 1, 0);
        match v.as_slice() {
            [t] => Some((t.figure.value.to_string(), t.figure.unit, t.figure.approx)),
            _ => None,
        }
    }

    /// The walk figures were read by before the clause walk found their starts: every
    /// character in turn, a number read from its start only.
    fn figures_by_walk(text: &str) -> Vec<Token> {
        let (mut out, mut i) = (Vec::new(), 0);
        while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
            if is_digit(c) || cn_digit(c).is_some() || cn_small_unit(c).is_some() {
                if let Some(t) = figure_at(text, i, 1, 0) {
                    i = t.end.max(i + c.len_utf8());
                    out.push(t);
                    continue;
                }
                let run: usize = text[i..]
                    .chars()
                    .take_while(|c| is_digit(*c) || *c == '.')
                    .map(char::len_utf8)
                    .sum();
                i += run.max(c.len_utf8());
                continue;
            }
            i += c.len_utf8();
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn figures_read_at_their_starts_are_those_of_the_walk(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "2", "0", ".", "１", "５", "一", "十", "百", "千", "两", "〇", "零",
                    "万", "亿", "件", "条", "%", "％", "余", "多", "约", "第", "年", "次",
                    "左右", "以上", "万元", " ", "a", "中", "，", "（", "）",
                ]),
                0..24,
            ),
        ) {
            let t = parts.concat();
            proptest::prop_assert_eq!(figures(&t, 1, 0), figures_by_walk(&t));
        }
    }

    #[test]
    fn the_byte_check_admits_exactly_the_characters_that_start_a_number() {
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let want = is_digit(c) || cn_digit(c).is_some() || cn_small_unit(c).is_some();
            assert_eq!(may_start_number(b, 0), want, "{c}");
        }
    }

    proptest::proptest! {
        #[test]
        fn arabic_reads_what_from_str_exact_reads(
            int in "[0-9]{1,14}",
            frac in proptest::option::of("[0-9]{1,9}"),
        ) {
            let s = match &frac {
                Some(f) => format!("{int}.{f}"),
                None => int.clone(),
            };
            let (d, used) = arabic(&format!("{s}件")).unwrap();
            let want = Decimal::from_str_exact(&s).unwrap();
            proptest::prop_assert_eq!(used, s.len());
            proptest::prop_assert_eq!(d.to_string(), want.to_string());
            proptest::prop_assert_eq!(d.serialize(), want.serialize());
        }
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_chinese("三十六"), Some(36));
        assert_eq!(parse_chinese("十"), Some(10));
        assert_eq!(parse_chinese("十五"), Some(15));
        assert_eq!(parse_chinese("一百零五"), Some(105));
        assert_eq!(parse_chinese("两千"), Some(2000));
        assert_eq!(parse_chinese("一万二千"), Some(12_000));
        assert_eq!(parse_chinese("三亿"), Some(300_000_000));
        assert_eq!(parse_chinese("九亿亿亿亿亿"), None);
        assert_eq!(parse_chinese("甲"), None);
    }

    #[test]
    fn figures_with_units_and_qualifiers() {
        assert_eq!(one("共5件"), Some(("5".into(), Unit::Jian, Approx::Exact)));
        assert_eq!(
            one("１２３条"),
            Some(("123".into(), Unit::Tiao, Approx::Exact))
        );
        assert_eq!(
            one("44余期"),
            Some(("44".into(), Unit::Qi, Approx::AtLeast))
        );
        assert_eq!(
            one("150多万元"),
            Some(("150".into(), Unit::WanYuan, Approx::AtLeast))
        );
        assert_eq!(
            one("2.5万次"),
            Some(("25000.0".into(), Unit::Ci, Approx::Exact))
        );
        assert_eq!(
            one("约32条"),
            Some(("32".into(), Unit::Tiao, Approx::About))
        );
        assert_eq!(
            one("90%左右"),
            Some(("90".into(), Unit::Percent, Approx::About))
        );
        assert_eq!(
            one("大约90％"),
            Some(("90".into(), Unit::Percent, Approx::About))
        );
        assert_eq!(
            one("94.5%"),
            Some(("94.5".into(), Unit::Percent, Approx::Exact))
        );
        assert_eq!(
            one("1293 件"),
            Some(("1293".into(), Unit::Jian, Approx::Exact))
        );
        assert_eq!(
            one("三十六件"),
            Some(("36".into(), Unit::Jian, Approx::Exact))
        );
        assert_eq!(
            one("近千人次"),
            Some(("1000".into(), Unit::Ren, Approx::AtMost))
        );
        assert_eq!(
            one("行政复议1起"),
            Some(("1".into(), Unit::Jian, Approx::Exact))
        );
        assert_eq!(one("一起学习"), None);
        assert_eq!(one("27條"), Some(("27".into(), Unit::Tiao, Approx::Exact)));
        assert_eq!(
            one("两万元"),
            Some(("2".into(), Unit::WanYuan, Approx::Exact))
        );
    }

    #[test]
    fn stray_digits_ordinals_and_dates_are_not_figures() {
        let v = figures("常德社会求助服务热3线454件", 1, 0);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].figure.value, Decimal::from(454));
        assert!(figures("第一次会议", 1, 0).is_empty());
        assert!(figures("7月21日,联系电话:4218712", 1, 0).is_empty());
        assert!(figures("一是召开了会议", 1, 0).is_empty());
        assert!(figures("99999999999999999999999999999件", 1, 0).is_empty());
    }
}
