//! The words that tell a long line is a flattened table, searched with searchers built once
//! (every line of 300 bytes or more is tested).

use std::sync::OnceLock;

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
