//! The reader's word lists for prose that are not about one claim pattern: the words that make
//! a sentence compare years, name a period, or say what a rate counts.

use crate::report::{Scope, Timeframe};

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
    // `同较比去相增下减以`: what the words start with.
    let starts = |c: char| {
        matches!(
            c,
            '同' | '较' | '比' | '去' | '相' | '增' | '下' | '减' | '以'
        )
    };
    holds_any(sentence, COMPARISON, starts)
}

/// Whether `text` holds one of `words`, each starting with a character `starts` admits: one
/// walk over the characters of `text`, the words compared only where such a character stands
/// (on a sentence, cheaper than a search for each word).
fn holds_any(text: &str, words: &[&str], starts: impl Fn(char) -> bool) -> bool {
    text.char_indices().any(|(i, c)| {
        starts(c)
            && text
                .get(i..)
                .is_some_and(|rest| words.iter().any(|w| rest.starts_with(w)))
    })
}

/// Words that make a count a total of what follows it: verbs of publishing, receiving and
/// handling, and totals (`主动公开政府信息6391条，其中…`). Without one a count is a category
/// (`行政许可类信息1条`), not a total.
const TOTAL_WORDS: &[&str] = &[
    "公开", "公開", "发布", "發布", "受理", "收到", "接收", "接到", "制作", "获取", "获得", "办理",
    "办结", "答复", "更新", "印发", "制发", "制定", "报送", "接待", "回应", "共", "合计", "累计",
    "总数", "总计", "全年", "本年", "年度", "今年",
];

/// Whether the words before a count (no list marker after it) can make it a total: a total's
/// word, and the count not named as a category (`…类信息`, `…类`) just before it.
pub(crate) fn names_a_total(words: &str) -> bool {
    // The last six characters, a slice of `words`; checked first, the cheaper test.
    let near_start = words
        .char_indices()
        .rev()
        .take(6)
        .last()
        .map_or(0, |(i, _)| i);
    let near = words.get(near_start..).unwrap_or("");
    !crate::text::has_char(near, '类') && holds_total_word(words)
}

/// Whether `words` holds one of [`TOTAL_WORDS`]: one walk over its characters, the words
/// compared only where a character one of them starts with stands (rather than a search for
/// each of the thirty words).
fn holds_total_word(words: &str) -> bool {
    holds_any(words, TOTAL_WORDS, may_start_total_word)
}

/// Whether a word of [`TOTAL_WORDS`] may start with `c` (a test checks that every one does).
fn may_start_total_word(c: char) -> bool {
    matches!(
        c,
        '今' | '全'
            | '公'
            | '共'
            | '制'
            | '办'
            | '印'
            | '发'
            | '受'
            | '合'
            | '回'
            | '年'
            | '总'
            | '报'
            | '接'
            | '收'
            | '更'
            | '本'
            | '發'
            | '答'
            | '累'
            | '获'
    )
}

/// Words that make a figure span several years.
const YEARS: &[&str] = &[
    "近3年",
    "近三年",
    "近两年",
    "近2年",
    "近几年",
    "近年",
    "历年",
    "以来",
    "多年",
];
/// Words that make a figure a running total up to a date.
const RUNNING: &[&str] = &["累计", "截至", "截止"];
/// Words that tie a running total to the year after all (`全年累计`).
const THIS_YEAR: &[&str] = &["全年", "本年", "年度", "当年", "今年"];

/// Whether `prefix` holds one of [`YEARS`]: the words that end in `年` (all but `以来`) are
/// looked for only where a `年` ends, the others one by one.
fn holds_years_word(prefix: &str) -> bool {
    if YEARS
        .iter()
        .any(|w| !w.ends_with('年') && crate::text::contains(prefix, w))
    {
        return true;
    }
    let mut from = 0;
    while let Some(rel) = prefix.get(from..).and_then(|r| crate::text::find(r, "年")) {
        from += rel + '年'.len_utf8();
        let upto = prefix.get(..from).unwrap_or("");
        if YEARS.iter().any(|w| w.ends_with('年') && upto.ends_with(w)) {
            return true;
        }
    }
    false
}

/// The period the words before a figure name (`prefix`: the sentence up to the figure).
pub(crate) fn period_of(prefix: &str) -> Timeframe {
    if holds_years_word(prefix) {
        return Timeframe::Years;
    }
    let year = last_year(prefix);
    if RUNNING.iter().any(|w| crate::text::contains(prefix, w))
        && !THIS_YEAR.iter().any(|w| crate::text::contains(prefix, w))
    {
        return Timeframe::Cumulative;
    }
    year.map_or(Timeframe::Unstated, Timeframe::Year)
}

/// Words that make a figure a whole area's (`全市`).
const AREA: &[&str] = &[
    "全市", "全县", "全区", "全省", "全州", "全旗", "全镇", "全乡",
];
/// Words that make a figure other bodies' added together (`各乡镇`, `市直各部门`).
const UNITS: &[&str] = &[
    "各部门",
    "各单位",
    "各乡镇",
    "各街道",
    "各镇",
    "各县",
    "各级",
    "各地",
    "市直",
    "县直",
    "区直",
    "全系统",
];

/// Whose figure the words before it name.
pub(crate) fn scope_of(prefix: &str) -> Scope {
    // Most of the words start with `各`, and all the area words with `全`: a prefix without the
    // character needs them not looked for one by one.
    // (`市直`, `县直`, `区直` end with `直`, looked for once too.)
    let (ge, quan, zhi) = (
        crate::text::has_char(prefix, '各'),
        crate::text::has_char(prefix, '全'),
        crate::text::has_char(prefix, '直'),
    );
    if UNITS.iter().any(|w| {
        (ge || !w.starts_with('各'))
            && (quan || !w.starts_with('全'))
            && (zhi || !w.ends_with('直'))
            && crate::text::contains(prefix, w)
    }) {
        Scope::Units
    } else if quan && AREA.iter().any(|w| crate::text::contains(prefix, w)) {
        Scope::Area
    } else {
        Scope::Unstated
    }
}

/// The last year written in `s` as `YYYY年` that dates a figure (not a date `2020年1月`, not
/// inside a title `《…2020年…》`).
fn last_year(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    // A year stands before a `年`: the scan ends at the last one (none: no year).
    let end = s.rfind('年')?;
    let mut depth = 0usize;
    let mut found = None;
    let mut i = 0;
    while i < end {
        // Only `《`, `》` and digits matter: any other character is stepped over whole.
        if !b[i].is_ascii_digit() && !b[i..].starts_with(&[0xE3, 0x80]) {
            i += crate::parse::prose::split::utf8_step(b[i]);
            continue;
        }
        if b[i..].starts_with("《".as_bytes()) {
            depth += 1;
        } else if b[i..].starts_with("》".as_bytes()) {
            depth = depth.saturating_sub(1);
        }
        let is_year = i + 4 <= b.len()
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && s.get(i + 4..)
                .is_some_and(|r| r.trim_start().starts_with('年'));
        if is_year && depth == 0 {
            let after = s[i + 4..].trim_start();
            let next = after['年'.len_utf8()..].chars().next();
            if !next.is_some_and(|c| c.is_ascii_digit() || c == '月') {
                found = s[i..i + 4].parse().ok();
            }
            i += 4;
            continue;
        }
        i += 1;
    }
    found
}

/// The words a count behind a rate uses (`办结率` → `办结`…), by rate name.
pub(crate) fn rate_stems(rate: &str) -> &'static [&'static str] {
    const TABLE: &[(&str, &[&str])] = &[
        ("办结率", &["办结", "办理完毕", "办复"]),
        ("办复率", &["办复", "办结", "答复"]),
        ("答复率", &["答复", "回复", "办复"]),
        ("回复率", &["回复", "答复", "办复"]),
        ("办理率", &["办理", "办结"]),
        ("完成率", &["完成", "办结"]),
        ("满意率", &["满意"]),
        ("受理率", &["受理"]),
        ("纠错率", &["纠错", "纠正"]),
    ];
    TABLE
        .iter()
        .find(|(r, _)| rate.ends_with(r))
        .map_or(&[], |(_, s)| s)
}

/// Words that say every case of a total was done (`均已办结`, `全部答复`, `所有申请…办结`).
const ALL: &[&str] = &["均", "全部", "所有", "全数", "一律"];
/// Words for a case being done.
const DONE: &[&str] = &[
    "办结",
    "答复",
    "回复",
    "办复",
    "办理完毕",
    "处理完毕",
    "完成",
];

/// Whether a clause says every case was done in the sense of the rate `rate`: for a rate of
/// completion (`办结率`, `答复率`…) any word of completion (`已全部办结`, `均按期予以办理答复`);
/// for another rate its own word (`均表示满意` for `满意率`).
pub(crate) fn says_all_done(clause: &str, rate: &str) -> bool {
    // Every word of `ALL` starts with one of these: one scan rules most clauses out.
    if !crate::text::has_any(clause, &['均', '全', '所', '一']) {
        return false;
    }
    let stems = rate_stems(rate);
    let completion = stems.iter().any(|s| DONE.contains(s));
    let done = if completion {
        DONE.iter()
            .chain(stems)
            .any(|w| crate::text::contains(clause, w))
    } else {
        stems.iter().any(|w| crate::text::contains(clause, w))
    };
    // The rate's own name (`回复率和满意率均达100%`) says nothing about the cases.
    done && !crate::text::has_char(clause, '率')
        && ALL.iter().any(|w| crate::text::contains(clause, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `last_year` as it was, looking at every byte.
    fn last_year_bytewise(s: &str) -> Option<i32> {
        let b = s.as_bytes();
        let end = s.rfind('年')?;
        let (mut depth, mut found, mut i) = (0usize, None, 0);
        while i < end {
            if b[i..].starts_with("《".as_bytes()) {
                depth += 1;
            } else if b[i..].starts_with("》".as_bytes()) {
                depth = depth.saturating_sub(1);
            }
            let is_year = i + 4 <= b.len()
                && b[i..i + 4].iter().all(u8::is_ascii_digit)
                && (i == 0 || !b[i - 1].is_ascii_digit())
                && s.get(i + 4..)
                    .is_some_and(|r| r.trim_start().starts_with('年'));
            if is_year && depth == 0 {
                let after = s[i + 4..].trim_start();
                let next = after['年'.len_utf8()..].chars().next();
                if !next.is_some_and(|c| c.is_ascii_digit() || c == '月') {
                    found = s[i..i + 4].parse().ok();
                }
                i += 4;
                continue;
            }
            i += 1;
        }
        found
    }

    proptest::proptest! {
        #[test]
        fn word_searches_agree_with_the_plain_ones(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "2020", "2021", "1", "年", "度", "月", "《", "》", "、", "近", "三", "3", "两",
                    "几", "历", "多", "以来", "各", "部门", "全", "系统", "市", "直", "县", " ",
                    "累计", "全年", "a",
                ]),
                0..30,
            ),
        ) {
            let t = parts.concat();
            proptest::prop_assert_eq!(last_year(&t), last_year_bytewise(&t));
            let years = YEARS.iter().any(|w| t.contains(w));
            proptest::prop_assert_eq!(holds_years_word(&t), years);
            let units = UNITS.iter().any(|w| t.contains(w));
            let area = AREA.iter().any(|w| t.contains(w));
            let want = if units {
                Scope::Units
            } else if area {
                Scope::Area
            } else {
                Scope::Unstated
            };
            proptest::prop_assert_eq!(scope_of(&t), want);
        }

        #[test]
        fn the_total_word_walk_finds_what_the_searches_find(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "公", "开", "發", "布", "受理", "收", "到", "接", "共", "合", "计", "累", "总",
                    "数", "全", "年", "度", "本", "今", "类", "信息", "a", " ", "1", "\u{1F600}",
                    "同", "比", "较", "上", "去", "相", "增", "长", "下", "降", "减", "少", "加",
                    "以", "来",
                ]),
                0..20,
            ),
        ) {
            let t = parts.concat();
            let want = TOTAL_WORDS.iter().any(|w| t.contains(w));
            proptest::prop_assert_eq!(holds_total_word(&t), want);
            let want = COMPARISON.iter().any(|w| t.contains(w));
            proptest::prop_assert_eq!(compares_years(&t), want);
        }
    }

    #[test]
    fn area_words_start_with_quan() {
        // What `scope_of` relies on to skip them.
        assert!(AREA.iter().all(|w| w.starts_with('全')));
        assert_eq!(scope_of("全市各部门共受理"), Scope::Units);
        assert_eq!(scope_of("市直单位共受理"), Scope::Units);
        assert_eq!(scope_of("全县共受理"), Scope::Area);
        assert_eq!(period_of("2018年以来"), Timeframe::Years);
        assert_eq!(period_of("以来"), Timeframe::Years);
    }

    #[test]
    fn comparison_words() {
        assert!(compares_years("共受理申请55件，比上年增加5件"));
        assert!(!compares_years("共受理申请55件，其中当面申请5件"));
    }

    #[test]
    fn totals_and_categories() {
        assert!(names_a_total("（二）主动公开政府信息的主要类别 在公开的"));
        assert!(names_a_total("全年通过政府门户网站主动公开"));
        assert!(!names_a_total("行政许可类信息"));
        assert!(!names_a_total("政府信息"));
        for w in TOTAL_WORDS {
            assert!(w.starts_with(may_start_total_word), "{w}");
        }
        for w in COMPARISON {
            assert!(compares_years(w), "{w}");
        }
    }

    #[test]
    fn periods() {
        assert_eq!(period_of("近3年共受理"), Timeframe::Years);
        assert_eq!(
            period_of("2016年底累计主动公开政府信息"),
            Timeframe::Cumulative
        );
        assert_eq!(
            period_of("截至2025年12月31日，全年累计主动公开"),
            Timeframe::Unstated
        );
        assert_eq!(
            period_of("2015年度政府信息公开专栏访问量"),
            Timeframe::Year(2015)
        );
        assert_eq!(period_of("2025 年，累计发布"), Timeframe::Cumulative);
        assert_eq!(period_of("《2016年工作要点》共"), Timeframe::Unstated);
        assert_eq!(period_of("2022年1月1日起，共受理"), Timeframe::Unstated);
        assert_eq!(period_of("共受理"), Timeframe::Unstated);
    }

    #[test]
    fn rates_and_completion() {
        assert_eq!(rate_stems("按时办结率"), ["办结", "办理完毕", "办复"]);
        assert!(rate_stems("全文电子化率").is_empty());
        assert!(says_all_done("已全部办结", "回复率"));
        assert!(!says_all_done("已全部办结", "满意率"));
        assert!(says_all_done("均表示满意", "满意率"));
        assert!(!says_all_done("已办结5件", "办结率"));
        assert!(!says_all_done("回复率和办结率均为100%", "办结率"));
    }
}
