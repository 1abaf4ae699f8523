//! Reads fee statements from the text of a report section (section 六 of the 2021 format, the
//! legacy `支出和收费` / `收费及减免情况` section): fee notices issued, amounts noticed,
//! collected and waived, and nil statements.
//!
//! Precision first: a sentence is read only when its wording is one of the known patterns;
//! anything else yields nothing. Known patterns, by clause (a sentence split at `，` and `：`):
//!
//! * `发出收费通知（书）N件` → notices issued; a following `金额…元` / `共计…元` → amount noticed;
//! * a negation (`未`, `没有`, `无`, `不存在`) before `收费通知` → no notices;
//! * `收取` / `收费` / `收缴` followed by `N元` or `N万元` → amount collected;
//!   a negation before them → nothing collected (`未收取信息公开处理费`,
//!   `全年没有对公民、法人和其他组织进行收费`);
//! * `减免` followed by `N元` → waived; a negation before it → no waivers.
//!
//! Clauses about the §2 table's `行政事业性收费` (or `本年收费金额`, `收费项目`) are never read:
//! that is another fee. Full-width digits and punctuation, spaces, thousands separators and
//! the traditional forms of the key characters are normalised; spans point into the original
//! text.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::parse::normalize::fold_char;
use crate::report::fees::{FeeClaim, FeeClaimKind, FeeRegime, FeeStatement};
use crate::report::Span;

/// Reads the fee statement of a section body that starts at byte `offset` and line `line` of
/// the whole report text. `None` when no sentence matches a known pattern.
///
/// `line` is the line of the body's first character, except that a body starting with the
/// line break that ends its heading gets the line after it: pass a [`crate::report::Section`]'s
/// `body_span` as it is (`&text[b.start..b.end], b.start, b.line`).
pub(crate) fn read_fee_statement(text: &str, offset: usize, line: u32) -> Option<FeeStatement> {
    let skip = if text.starts_with("\r\n") {
        2
    } else {
        usize::from(text.starts_with('\n'))
    };
    let text = text.get(skip..).unwrap_or("");
    let offset = offset.saturating_add(skip);
    let mut claims = Vec::new();
    // Line breaks before the sentence, counted on from the sentence before.
    let (mut nl, mut counted) = (0usize, 0usize);
    for (start, end) in sentences(text) {
        let Some(raw) = text.get(start..end) else {
            continue;
        };
        // Every claim's words hold `收`, `减` or `缴` (notices, amounts collected, waivers):
        // a sentence with none of them, nor their traditional forms, is not normalized.
        if !raw.contains(is_claim_char) {
            continue;
        }
        let norm = normalize(raw);
        let regime = regime_of(&norm);
        nl += text
            .get(counted..start)
            .map_or(0, |t| memchr::memchr_iter(b'\n', t.as_bytes()).count());
        counted = start;
        let line = line.saturating_add(u32::try_from(nl).unwrap_or(u32::MAX));
        let span = Span::new(
            line,
            offset.saturating_add(start),
            offset.saturating_add(end),
        );
        for kind in read_sentence(&norm) {
            claims.push(FeeClaim::new(kind, regime, span, raw));
        }
    }
    (!claims.is_empty()).then(|| FeeStatement::new(claims))
}

/// Whether a character folds to `收`, `减` or `缴`, one of which every claim's words hold.
fn is_claim_char(c: char) -> bool {
    matches!(c, '收' | '减' | '減' | '缴' | '繳')
}

/// Reads the fee statement of a section's text (spans relative to `text`, line 1).
///
/// This is the reader the report parser uses on section 六 (2021 format) and on the legacy
/// `政府信息公开支出和收费情况` section. Unknown wording yields nothing (`None` when nothing at
/// all is recognised).
///
/// # Example
/// ```
/// use zfxxgk::parse::read_fee_section;
/// use zfxxgk::report::FeeClaimKind;
/// let s = read_fee_section("本年度发出收费通知书2件，金额3000元，实际收取2000元。").unwrap();
/// assert_eq!(s.notices_issued().map(|(n, _)| n), Some(2));
/// assert_eq!(s.claims[2].kind, FeeClaimKind::AmountCollected { yuan: 2000.into() });
/// assert!(read_fee_section("本机关按时完成了年度报告。").is_none());
/// ```
pub fn read_fee_section(text: &str) -> Option<FeeStatement> {
    read_fee_statement(text, 0, 1)
}

/// Byte ranges of the sentences of `text`, trimmed, without their terminators.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '；' | ';' | '！' | '？' | '\n' | '\r') {
            push_trimmed(text, start, i, &mut out);
            start = i + c.len_utf8();
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push((start + lead, end - trail));
    }
}

/// Normalised characters of a sentence: no whitespace, folded one to one as labels are
/// ([`fold_char`]: full-width digits and punctuation to ASCII, traditional characters to
/// simplified), thousands separators dropped.
fn normalize(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(fold_char)
        .collect();
    // Drop a comma between a digit and exactly three digits (1,700元).
    let mut i = 1;
    while i < v.len() {
        let is_sep = v.get(i) == Some(&',')
            && v.get(i - 1).is_some_and(char::is_ascii_digit)
            && v.get(i + 1..i + 4)
                .is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && !v.get(i + 4).is_some_and(char::is_ascii_digit);
        if is_sep {
            v.remove(i);
        } else {
            i += 1;
        }
    }
    v
}

fn find(hay: &[char], needle: &str, from: usize) -> Option<usize> {
    let first = needle.chars().next()?;
    let n = needle.chars().count();
    if hay.len() < n {
        return None;
    }
    // The first character is compared alone first: most places fail there.
    (from..=hay.len() - n).find(|&i| {
        hay.get(i) == Some(&first)
            && hay
                .get(i..i + n)
                .is_some_and(|w| w.iter().copied().eq(needle.chars()))
    })
}

fn contains(hay: &[char], needle: &str) -> bool {
    find(hay, needle, 0).is_some()
}

/// The first of `needles` in `hay`: (position, length).
fn find_any(hay: &[char], needles: &[&str]) -> Option<(usize, usize)> {
    needles
        .iter()
        .filter_map(|n| find(hay, n, 0).map(|p| (p, n.chars().count())))
        .min()
}

fn regime_of(s: &[char]) -> Option<FeeRegime> {
    if ["处理费", "收费通知", "缴费通知"]
        .iter()
        .any(|k| contains(s, k))
    {
        Some(FeeRegime::ProcessingFee2020)
    } else if ["检索费", "复制费", "复印费", "邮寄费", "减免"]
        .iter()
        .any(|k| contains(s, k))
    {
        Some(FeeRegime::CostFees2008)
    } else {
        None
    }
}

const NOTICE: &[&str] = &["收费通知", "缴费通知"];
const COLLECTED: &[&str] = &["实际收取", "收取", "收缴", "收费"];
const NOT_THIS_FEE: &[&str] = &["行政事业性收费", "本年收费金额", "收费项目", "收费标准"];

/// Whether a negation stands before `pos` in `clause` with no digit between it and `pos`.
fn negated_before(clause: &[char], pos: usize) -> bool {
    let head = clause.get(..pos).unwrap_or(&[]);
    let mut best: Option<usize> = None;
    for neg in ["未", "没有", "无", "不存在", "不曾"] {
        let mut from = 0;
        while let Some(p) = find(head, neg, from) {
            let after = p + neg.chars().count();
            if !(neg == "无" && head.get(after) == Some(&'法')) {
                best = Some(best.map_or(after, |b| b.max(after)));
            }
            from = p + 1;
        }
    }
    best.is_some_and(|after| {
        !head
            .get(after..)
            .unwrap_or(&[])
            .iter()
            .any(char::is_ascii_digit)
    })
}

/// A number starting within a few characters after `from`, with what follows it.
fn number_after(clause: &[char], from: usize) -> Option<(Decimal, usize)> {
    let start = (from..clause.len().min(from + 24))
        .find(|&i| clause.get(i).is_some_and(char::is_ascii_digit))?;
    let mut end = start;
    let mut dot = false;
    while let Some(c) = clause.get(end) {
        if c.is_ascii_digit() {
            end += 1;
        } else if *c == '.' && !dot && clause.get(end + 1).is_some_and(char::is_ascii_digit) {
            dot = true;
            end += 1;
        } else {
            break;
        }
    }
    if end - start > 24 {
        return None;
    }
    let s: String = clause.get(start..end)?.iter().collect();
    Decimal::from_str(&s).ok().map(|d| (d, end))
}

/// An amount in 元 after `from`: a number followed by `元` or `万元`.
fn yuan_after(clause: &[char], from: usize) -> Option<Decimal> {
    let (d, end) = number_after(clause, from)?;
    match (clause.get(end), clause.get(end + 1)) {
        (Some('元'), _) => Some(d),
        (Some('万'), Some('元')) => d.checked_mul(Decimal::from(10_000)),
        _ => None,
    }
}

/// A count after `from`: an integer followed by `件`, `份` or `次`.
fn count_after(clause: &[char], from: usize) -> Option<u64> {
    let (d, end) = number_after(clause, from)?;
    if !matches!(clause.get(end), Some('件' | '份' | '次')) || !d.fract().is_zero() {
        return None;
    }
    u64::try_from(d).ok()
}

/// The claims of one normalised sentence.
fn read_sentence(s: &[char]) -> Vec<FeeClaimKind> {
    let mut out = Vec::new();
    let mut notice_seen = false;
    for clause in s.split(|c| matches!(c, ',' | ':')) {
        if NOT_THIS_FEE.iter().any(|k| contains(clause, k)) {
            continue;
        }
        // Notices, and mask them so that `收费通知` is not read as `收费`.
        let mut masked = clause.to_vec();
        if let Some((p, len)) = find_any(clause, NOTICE) {
            if let Some(n) = count_after(clause, p + len) {
                out.push(FeeClaimKind::NoticesIssued { count: n });
                notice_seen = true;
            } else if negated_before(clause, p) {
                out.push(FeeClaimKind::NoNotices);
                notice_seen = true;
            }
            for c in masked.iter_mut().skip(p).take(len) {
                *c = '□';
            }
        }
        if notice_seen {
            if let Some((p, len)) = find_any(&masked, &["总金额", "金额", "共计", "合计"])
            {
                if find_any(&masked, COLLECTED).is_none() {
                    if let Some(y) = yuan_after(&masked, p + len) {
                        out.push(FeeClaimKind::AmountNoticed { yuan: y });
                    }
                }
            }
        }
        if let Some((p, len)) = find_any(&masked, COLLECTED) {
            if let Some(y) = yuan_after(&masked, p + len) {
                out.push(FeeClaimKind::AmountCollected { yuan: y });
            } else if negated_before(&masked, p) && contains(&masked, "费") {
                out.push(FeeClaimKind::NoFeesCollected);
            }
        }
        if let Some(p) = find(&masked, "减免", 0) {
            if let Some(y) = yuan_after(&masked, p + 2) {
                out.push(FeeClaimKind::AmountWaived { yuan: y });
            } else if negated_before(&masked, p) {
                out.push(FeeClaimKind::NoWaivers);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<FeeClaimKind> {
        read_fee_statement(text, 0, 1)
            .map(|s| s.claims.into_iter().map(|c| c.kind).collect())
            .unwrap_or_default()
    }

    #[test]
    fn claims_point_at_their_trimmed_sentence() {
        let text = "  本年度发出收费通知书2件 。\n\n 实际收取２０．５元。";
        let s = read_fee_statement(text, 100, 7).expect("a statement");
        let at: Vec<&str> = s
            .claims
            .iter()
            .map(|c| &text[c.span.start - 100..c.span.end - 100])
            .collect();
        assert_eq!(at, ["本年度发出收费通知书2件", "实际收取２０．５元"]);
        assert_eq!(
            s.claims[1].kind,
            FeeClaimKind::AmountCollected {
                yuan: rust_decimal::Decimal::new(205, 1)
            }
        );
        assert!(read_fee_section(" \n。 ").is_none());
        assert!(read_fee_section("全年未收取信息处理费。").is_some());
    }

    #[test]
    fn claims_carry_the_fee_regime_of_their_sentence() {
        let regimes = |t: &str| -> Vec<Option<FeeRegime>> {
            read_fee_statement(t, 0, 1)
                .map(|s| s.claims.into_iter().map(|c| c.regime).collect())
                .unwrap_or_default()
        };
        assert_eq!(
            regimes("实际收取信息处理费100元。"),
            [Some(FeeRegime::ProcessingFee2020)]
        );
        assert_eq!(regimes("收取检索费20元。"), [Some(FeeRegime::CostFees2008)]);
        assert_eq!(regimes("实际收取100元。"), [None]);
    }

    #[test]
    fn wu_fa_is_not_a_negation_but_wu_is() {
        assert_eq!(
            kinds("因无法联系申请人，实际收取信息处理费100元。"),
            [FeeClaimKind::AmountCollected { yuan: 100.into() }]
        );
        assert_eq!(kinds("本年度无收费。"), [FeeClaimKind::NoFeesCollected]);
    }

    #[test]
    fn a_comma_after_a_word_is_not_a_thousands_separator() {
        let n: String = normalize("共,700元").into_iter().collect();
        assert_eq!(n, "共,700元");
    }

    #[test]
    fn claim_characters_are_all_that_fold_to_them() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let f = fold_char(c);
            assert_eq!(is_claim_char(c), matches!(f, '收' | '减' | '缴'), "{c}");
        }
        for w in NOTICE.iter().chain(COLLECTED).chain(&["减免"]) {
            assert!(w.chars().any(is_claim_char), "{w}");
        }
    }

    #[test]
    fn normalize_reads_traditional_fee_words() {
        let n: String = normalize("費減發書實際處無沒額計總繳經：１２．５，")
            .into_iter()
            .collect();
        assert_eq!(n, "费减发书实际处无没额计总缴经:12.5,");
    }

    #[test]
    fn normalize_drops_spaces_and_thousands_separators() {
        let n: String = normalize("收取 １,７００ 元，共 2,3件")
            .into_iter()
            .collect();
        assert_eq!(n, "收取1700元,共2,3件");
    }

    #[test]
    fn negation_needs_no_digit_in_between() {
        let c: Vec<char> = "未对3件收取".chars().collect();
        assert!(!negated_before(&c, 4));
        let c: Vec<char> = "无法收取".chars().collect();
        assert!(!negated_before(&c, 2));
        let c: Vec<char> = "2010年未收取费用".chars().collect();
        assert!(negated_before(&c, 6));
    }

    #[test]
    fn amounts_in_wan_yuan_are_converted_exactly() {
        assert_eq!(
            kinds("实际收取信息处理费0.15万元"),
            vec![FeeClaimKind::AmountCollected {
                yuan: Decimal::from(1500)
            }]
        );
    }

    #[test]
    fn wired_to_the_report_parser_spans_point_into_the_whole_text() {
        let text = "一、概述\n2016年，我市政府信息公开工作有序推进。\n六、政府信息公开支出与收费\n1.全年没有发生政府信息公开事务实际支出；\n2.全年没有对公民、法人和其他组织进行收费。\n七、其他相关工作情况\n无。\n";
        let parsed = crate::parse::parse(text).unwrap();
        let sec = parsed
            .report
            .section(crate::report::SectionKind::ExpenditureFees)
            .unwrap();
        let b = sec.body_span;
        let s = read_fee_statement(&text[b.start..b.end], b.start, b.line).unwrap();
        assert_eq!(s.claims.len(), 1);
        let c = &s.claims[0];
        assert_eq!(c.kind, FeeClaimKind::NoFeesCollected);
        assert_eq!(
            &text[c.span.start..c.span.end],
            "2.全年没有对公民、法人和其他组织进行收费"
        );
        assert_eq!(c.span.line, 5);
    }

    #[test]
    fn spans_are_absolute() {
        let s = read_fee_statement("前言。\n未收取信息处理费。", 100, 7).unwrap();
        let c = &s.claims[0];
        assert_eq!(c.span.line, 8);
        assert_eq!(c.span.start, 100 + "前言。\n".len());
        assert_eq!(c.text, "未收取信息处理费");
    }
}
