//! The words that tell a long line is a flattened table, searched with searchers built once
//! (every line of 300 bytes or more is tested).

use std::sync::OnceLock;

use super::TABLE_STARTS;

/// §3 row words: four distinct ones on one line are a flattened table.
const ROW_WORDS: &[&str] = &[
    "本年新收",
    "上年结转",
    "予以公开",
    "部分公开",
    "不予公开",
    "无法提供",
    "不予处理",
    "结转下年度",
];

/// Where each [`TABLE_STARTS`] word starts in `hay`, in text order: one search per word with
/// searchers built once (faster than decoding every character of a body to compare the words
/// at each). No word overlaps itself, so each search finds every occurrence.
pub(super) fn table_start_words(hay: &str) -> Vec<usize> {
    static FINDERS: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        TABLE_STARTS
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
            .collect()
    });
    let mut out: Vec<usize> = finders
        .iter()
        .flat_map(|f| f.find_iter(hay.as_bytes()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `s` holds `第二十条第` twice (two §2 blocks on one line), with a searcher built
/// once.
pub(super) fn article_20_twice(s: &str) -> bool {
    static FINDER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let f = FINDER.get_or_init(|| memchr::memmem::Finder::new("第二十条第").into_owned());
    let b = s.as_bytes();
    f.find(b)
        .and_then(|i| b.get(i + f.needle().len()..))
        .is_some_and(|rest| f.find(rest).is_some())
}

/// Whether `s` holds at least `n` distinct [`ROW_WORDS`]; the search stops as soon as the
/// answer is known (most long lines are prose, which holds none).
pub(super) fn has_row_words(s: &str, n: usize) -> bool {
    // Searchers built once: on a long line of ideographs, a search keyed on a word's last
    // byte (a continuation byte) stops too often, and the standard one is set up per call.
    static FINDERS: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        ROW_WORDS
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
            .collect()
    });
    let (mut found, mut missed) = (0, 0);
    for f in finders {
        if f.find(s.as_bytes()).is_some() {
            found += 1;
            if found >= n {
                return true;
            }
        } else {
            missed += 1;
            if missed > ROW_WORDS.len() - n {
                return false;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The searches find the same starts as comparing the words at every character.
        #[test]
        fn table_starts_match_a_walk_over_the_characters(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "第二十条", "第二十", "信息内容", "（本列数据", "(本列数据", "申请人情况",
                    "本年新收", "本年", "行政复议", "行政诉讼", "复议后起诉", "未经复议",
                    "行政", "复议", "第", "（", "(", "。", "，", "12", " ", "a", "情况",
                ]),
                0..40,
            ),
        ) {
            let hay: String = parts.concat();
            let walk: Vec<usize> = hay
                .char_indices()
                .filter(|(i, _)| TABLE_STARTS.iter().any(|w| hay[*i..].starts_with(w)))
                .map(|(i, _)| i)
                .collect();
            proptest::prop_assert_eq!(table_start_words(&hay), walk);
        }
    }
}
