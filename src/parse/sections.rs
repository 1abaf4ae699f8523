//! Finding the section headings of a report (DOMAIN.md §2.2 for the standard formats, §5.1
//! for the pre-2019 pattern), with the variants real reports use.

use crate::parse::lines::Line;
use crate::parse::tables::LineKeys;
use crate::report::{Section, SectionKind, Span};
use crate::text::{label_key, trim_end, trim_start};

/// Heading titles by kind, as label keys (punctuation and spaces removed). A numbered line
/// whose title *equals* one of these is a heading; so is a line that *starts with* one and
/// continues with body text, and an unnumbered line that equals one.
const TITLES: &[(SectionKind, &[&str])] = &[
    (
        SectionKind::Overview,
        &["总体情况", "概述", "基本情况", "总体概述"],
    ),
    (
        SectionKind::Proactive,
        &[
            "主动公开政府信息情况",
            "行政机关主动公开政府信息情况",
            "主动公开政府信息的情况",
            "政府信息主动公开情况",
            "主动公开情况",
        ],
    ),
    (
        SectionKind::Applications,
        &[
            "收到和处理政府信息公开申请情况",
            "行政机关收到和处理政府信息公开申请情况",
            "依申请公开政府信息情况",
            "依申请公开政府信息办理情况",
            "依申请公开情况",
            "政府信息依申请公开情况",
            "依申请公开办理情况",
        ],
    ),
    (
        SectionKind::Enquiries,
        &[
            "政府信息公开咨询处理情况",
            "咨询处理情况",
            "政府信息公开咨询情况",
        ],
    ),
    (
        SectionKind::Redress,
        &[
            "政府信息公开行政复议行政诉讼情况",
            "政府信息公开行政复议与行政诉讼情况",
            "政府信息公开行政复议和行政诉讼情况",
            "政府信息公开行政法复议行政诉讼情况",
            "因政府信息公开工作被申请行政复议提起行政诉讼情况",
            "因政府信息公开申请行政复议提起行政诉讼的情况",
            "政府信息公开复议诉讼情况",
            "政府信息公开复议诉讼和申诉情况",
            "复议诉讼和申诉情况",
            "政府信息公开类行政复议行政诉讼情况",
            "政府信息公开行政复议诉讼情况",
            "行政复议行政诉讼情况",
            "复议诉讼情况",
        ],
    ),
    (
        SectionKind::ExpenditureFees,
        &[
            "政府信息公开支出和收费情况",
            "政府信息公开支出与收费",
            "政府信息公开支出与收费情况",
            "政府信息公开支出和收费",
            "政府支出和收费",
            "政府信息公开收费及减免情况",
            "收费及减免情况",
            "支出和收费情况",
        ],
    ),
    (
        SectionKind::Problems,
        &[
            "存在的主要问题及改进情况",
            "政府信息公开工作存在的主要问题及改进情况",
            "存在的主要问题和改进措施",
            "存在的主要问题和改进情况",
            "存在的主要问题及改进措施",
            "主要问题和改进措施",
            "存在的问题及改进措施",
            "存在的问题和改进措施",
            "工作中存在的主要问题和改进措施",
        ],
    ),
    (
        SectionKind::OtherMatters,
        &[
            "其他需要报告的事项",
            "其他需要说明的事项",
            "其他相关工作情况",
            "其他工作情况",
            "需要说明的事项",
            "其他事项",
        ],
    ),
];

/// The first characters of [`TITLES`] (a test checks the list): a key starting with another
/// character starts no title.
const TITLE_FIRSTS: &str = "总概基主行政收依咨因复支存工其需";

/// The value of a Chinese numeral 一…十二 at the start of `s`, with the bytes it takes.
fn leading_numeral(s: &str) -> Option<(u8, usize)> {
    const DIGITS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let mut chars = s.char_indices();
    let (_, c0) = chars.next()?;
    let v0 = DIGITS.iter().position(|d| *d == c0)? as u8 + 1;
    match chars.next() {
        Some((i, c1)) if v0 == 10 => match DIGITS.iter().position(|d| *d == c1) {
            Some(p) if p < 9 => Some((10 + p as u8 + 1, i + c1.len_utf8())),
            _ => Some((10, i)),
        },
        Some((i, _)) => Some((v0, i)),
        None => Some((v0, s.len())),
    }
}

/// The byte length of the longest of [`TITLES`]: a longer key is none of them.
const MAX_TITLE_LEN: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < TITLES.len() {
        let titles = TITLES[k].1;
        let mut i = 0;
        while i < titles.len() {
            if titles[i].len() > max {
                max = titles[i].len();
            }
            i += 1;
        }
        k += 1;
    }
    max
};

/// Reads a heading at the start of a line: `(number, kind, heading byte length)`. `line_key`
/// is the label key of the whole line when the caller has it (the parser computes every
/// line's key once).
fn heading(line: &str, line_key: Option<&str>) -> Option<(Option<u8>, SectionKind, usize)> {
    let mut trimmed = line;
    loop {
        let t = trim_start(trimmed).trim_start_matches(['#', '*']);
        if t.len() == trimmed.len() {
            break;
        }
        trimmed = t;
    }
    // A numbered heading: 一、 / 一. / 一． / 第一部分 ; or a bare 、 (a numeral lost).
    let (number, rest, numeral) = if let Some((n, used)) = leading_numeral(trimmed) {
        let after = &trimmed[used..];
        let sep = ['、', '.', '．', ',', '，', ' ', '\u{3000}']
            .iter()
            .find_map(|s| after.strip_prefix(*s));
        match sep {
            Some(r) => (Some(n), r, &trimmed[..used]),
            None => return None,
        }
    } else if let Some(r) = trimmed.strip_prefix('、') {
        (None, r, "")
    } else {
        (None, trimmed, "")
    };
    // No title is longer than 40 characters: an unnumbered line much longer than that is
    // body text, and of a numbered one only the start can be a heading (no key of the whole
    // line is needed: this runs on every line).
    const LONG: usize = 40 * 4;
    if trim_end(rest).len() > LONG {
        number?;
        return prefix_heading(line, rest, number, 4);
    }
    // The key of `rest` is the line's key after the numeral: what the line has before `rest`
    // is dropped from keys (spaces, `#`, `*`, the separators), except a vertical tab, which
    // keys keep: then the key is computed here.
    let shared = line_key
        .and_then(|k| k.strip_prefix(numeral))
        .filter(|_| !line.as_bytes()[..line.len() - trimmed.len()].contains(&0x0B));
    let owned;
    let key = match shared {
        Some(k) => k,
        None => {
            owned = label_key(rest);
            owned.as_str()
        }
    };
    // (A key of at most 40 bytes has at most 40 characters: counted only when longer, and
    // only up to the 41st.)
    if key.is_empty() || (key.len() > 40 && key.chars().nth(40).is_some()) {
        // Too long for a bare heading; it may still start with one (heading + body on a line).
        return prefix_heading(line, rest, number, 4);
    }
    if key.len() <= MAX_TITLE_LEN {
        for (kind, titles) in TITLES {
            if titles.contains(&key) {
                return Some((number, *kind, trim_end(line).len()));
            }
        }
    }
    if number.is_some() {
        if let Some(kind) = classify(key, rest) {
            return Some((number, kind, trim_end(line).len()));
        }
        return prefix_heading(line, rest, number, 4);
    }
    None
}

/// A numbered heading at the start of `s`, which goes on with the rest of a flattened page
/// (`一、总体情况2024年，…`, `一、概述 2012年…`): its number, kind and byte length.
/// A title is recognised when it is written out in full (two characters suffice here:
/// `一、概述2012年`), or when the text up to the next space is a short heading by itself.
pub(crate) fn glued_heading(s: &str) -> Option<(u8, SectionKind, usize)> {
    let (n, used) = leading_numeral(s)?;
    let after = s.get(used..)?;
    let rest = ['、', '.', '．']
        .iter()
        .find_map(|p| after.strip_prefix(*p))?;
    if let Some((_, kind, len)) = prefix_heading(s, rest, Some(n), 2) {
        return Some((n, kind, len));
    }
    // The text up to the first space, when it is short: `一、年度政府信息公开工作概述 根据…`.
    let cut = rest
        .char_indices()
        .take(41)
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, _)| s.len() - rest.len() + i)?;
    let (_, kind, len) = heading(s.get(..cut)?, None)?;
    Some((n, kind, len))
}

/// Classifies a short numbered line by its keywords (`四、依申请信息公开收费情况` is about fees,
/// `一、主要工作概述` an overview). Lines with sentence punctuation or longer than 25 characters
/// are not headings.
fn classify(key: &str, raw: &str) -> Option<SectionKind> {
    if key.chars().count() > 25 || raw.contains(['。', '；', ';', '，', ',']) {
        return None;
    }
    let has = |w: &str| key.contains(w);
    let kind = if has("概述") || has("总体情况") || has("基本情况") {
        SectionKind::Overview
    } else if has("咨询") {
        SectionKind::Enquiries
    } else if has("复议") || has("诉讼") {
        SectionKind::Redress
    } else if has("收费") || has("支出") {
        SectionKind::ExpenditureFees
    } else if has("问题") && (has("改进") || has("措施")) {
        SectionKind::Problems
    } else if has("依申请") || has("收到和处理") {
        SectionKind::Applications
    } else if has("主动公开") || key == "政府信息公开情况" || key == "政务信息公开情况"
    {
        SectionKind::Proactive
    } else if has("其他") && (has("事项") || has("工作")) {
        SectionKind::OtherMatters
    } else {
        return None;
    };
    Some(kind)
}

/// A numbered line that begins with a full title and goes on with body text.
fn prefix_heading(
    line: &str,
    rest: &str,
    number: Option<u8>,
    min_chars: usize,
) -> Option<(Option<u8>, SectionKind, usize)> {
    number?;
    // Keys fold and drop characters one by one, so the key of a start of `rest` starts the
    // key of `rest`: when its first character starts no title, no title starts the line
    // (a cheap test before the key of 40 characters and the title comparisons).
    // (The key's first character is the first kept character, folded: found without
    // building the key.)
    let mut small = rest.len().min(4 * 4);
    while !rest.is_char_boundary(small) {
        small -= 1;
    }
    let first = rest[..small]
        .chars()
        .find(|c| crate::text::key_keeps(*c))
        .map(crate::text::fold_char);
    if first.is_some_and(|c| !TITLE_FIRSTS.contains(c)) {
        return None;
    }
    // A title is at most 40 characters: the key of the line's start is enough.
    let mut cut = rest.len().min(40 * 4);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let key = label_key(&rest[..cut]);
    // A title's first three bytes (one ideograph) compared before the whole title: most
    // titles start with another character than the key.
    let head = key.as_bytes().get(..3);
    let mut best: Option<(SectionKind, usize)> = None;
    for (kind, titles) in TITLES {
        for t in titles.iter() {
            if t.as_bytes().get(..3) != head {
                continue;
            }
            if key.starts_with(t) && best.is_none_or(|(_, l)| t.chars().count() > l) {
                best = Some((*kind, t.chars().count()));
            }
        }
    }
    let (kind, title_chars) = best?;
    // Only accept when the title is long enough not to be an ordinary sentence start.
    if title_chars < min_chars {
        return None;
    }
    // The heading ends where `title_chars` key characters of `rest` have been consumed.
    let mut seen = 0;
    let rest_start = line.len() - rest.len();
    for (i, c) in rest.char_indices() {
        if crate::text::key_keeps(c) {
            seen += 1;
            if seen == title_chars {
                return Some((number, kind, rest_start + i + c.len_utf8()));
            }
        }
    }
    None
}

/// Finds the section headings in `lines`, in order, with body spans up to the next heading.
pub(crate) fn find_sections(text: &str, lines: &[Line]) -> Vec<Section> {
    find_sections_keyed(text, lines, &LineKeys::new(text, lines))
}

/// [`find_sections`] with the label keys of `lines` computed already.
pub(crate) fn find_sections_keyed(text: &str, lines: &[Line], keys: &LineKeys) -> Vec<Section> {
    let mut found: Vec<(Option<u8>, SectionKind, usize, Span)> = Vec::new();
    for (idx, l) in lines.iter().enumerate() {
        let s = &text[l.start..l.end];
        if let Some((number, kind, len)) = heading(s, Some(keys.raw(idx))) {
            let span = Span::new(l.number, l.start, l.start + len);
            found.push((number, kind, idx, span));
        }
    }
    let mut out = Vec::with_capacity(found.len());
    for (i, (number, kind, _, hspan)) in found.iter().enumerate() {
        let body_start = hspan.end;
        let body_end = found.get(i + 1).map(|n| n.3.start).unwrap_or(text.len());
        let heading = text[hspan.start..hspan.end].trim().to_string();
        let body_line = if text[body_start..body_end.max(body_start)].starts_with('\n') {
            hspan.line + 1
        } else {
            hspan.line
        };
        out.push(Section::new(
            *kind,
            heading,
            *number,
            *hspan,
            Span::new(body_line, body_start, body_end.max(body_start)),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split_lines;

    fn kinds(text: &str) -> Vec<(Option<u8>, SectionKind)> {
        let lines = split_lines(text);
        find_sections(text, &lines)
            .into_iter()
            .map(|s| (s.number, s.kind))
            .collect()
    }

    #[test]
    fn title_firsts_are_the_first_characters_of_the_titles() {
        let mut firsts = String::new();
        for (_, titles) in TITLES {
            for t in titles.iter() {
                let c = t.chars().next().unwrap();
                assert_eq!(c.len_utf8(), 3, "{t}");
                if !firsts.contains(c) {
                    firsts.push(c);
                }
            }
        }
        assert_eq!(firsts, TITLE_FIRSTS);
    }

    #[test]
    fn standard_headings_and_variants() {
        let t = "一、总体情况\n正文\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1\n四、因政府信息公开工作被申请行政复议提起行政诉讼情况\n五、政府信息公开工作存在的主要问题及改进情况\n六、其他需要报告的事项\n无。";
        assert_eq!(
            kinds(t),
            vec![
                (Some(1), SectionKind::Overview),
                (Some(2), SectionKind::Proactive),
                (Some(3), SectionKind::Applications),
                (Some(4), SectionKind::Redress),
                (Some(5), SectionKind::Problems),
                (Some(6), SectionKind::OtherMatters),
            ]
        );
    }

    #[test]
    fn legacy_headings_and_lost_numerals() {
        let t = "一、概述\n四、政府信息公开咨询处理情况\n六、政府信息公开支出与收费\n、主动公开政府信息情况\n  二、主动公开政府信息情况 2022年，我局主动公开信息20条。";
        assert_eq!(
            kinds(t),
            vec![
                (Some(1), SectionKind::Overview),
                (Some(4), SectionKind::Enquiries),
                (Some(6), SectionKind::ExpenditureFees),
                (None, SectionKind::Proactive),
                (Some(2), SectionKind::Proactive),
            ]
        );
    }

    #[test]
    fn keyword_headings() {
        let t = "一、主要工作概述\n二、政府信息公开情况\n三、政府信息依申请公开办理情况\n四、依申请信息公开收费情况\n五、复议、诉讼和申诉情况\n一、政务信息公开情况概述";
        assert_eq!(
            kinds(t),
            vec![
                (Some(1), SectionKind::Overview),
                (Some(2), SectionKind::Proactive),
                (Some(3), SectionKind::Applications),
                (Some(4), SectionKind::ExpenditureFees),
                (Some(5), SectionKind::Redress),
                (Some(1), SectionKind::Overview),
            ]
        );
    }

    #[test]
    fn sub_headings_and_sentences_are_not_headings() {
        let t = "（一）主动公开方面\n一、本年度办理结果\n三、本年度办理结果\n二、加强组织领导，完善工作机制。\n一、本年新收政府信息公开申请数量\n四、结转下年度继续办理";
        assert!(kinds(t).is_empty());
        assert_eq!(leading_numeral("十二、"), Some((12, "十二".len())));
    }
}
