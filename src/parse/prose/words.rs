//! The reader's word lists for prose that are not about one claim pattern: the words that make
//! a sentence compare years.

/// Words that make a sentence compare years, so another year is meant.
const COMPARISON: &[&str] = &[
    "同比",
    "较上年",
    "比上年",
    "去年",
    "相比",
    "增长",
    "下降",
    "减少",
    "增加",
    "以来",
    "较",
];

/// Whether `sentence` compares years (`同比`, `较上年`, `增长`…).
pub(crate) fn compares_years(sentence: &str) -> bool {
    COMPARISON.iter().any(|w| sentence.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_words() {
        assert!(compares_years("共受理申请55件，比上年增加5件"));
        assert!(!compares_years("共受理申请55件，其中当面申请5件"));
    }
}
