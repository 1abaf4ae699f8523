//! Text normalisation for matching labels (the formats' label variants): full-width and half-width forms,
//! spaces inside labels, `、` vs `，`, curly vs straight quotes, a few traditional characters
//! that mirror sites substitute.

/// Folds one character to the form used for matching: full-width ASCII (U+FF01–U+FF5E) to
/// ASCII, the ideographic space to a space, curly quotes to straight ones, traditional forms
/// of the labels' characters to simplified ones.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        '“' | '”' | '„' | '‟' | '「' | '」' | '『' | '』' => '"',
        '‘' | '’' => '\'',
        '【' => '[',
        '】' => ']',
        '〔' => '[',
        '〕' => ']',
        '—' | '–' => '-',
        _ => simplify(c),
    }
}

/// Traditional → simplified pairs for the characters of report labels, sorted by the
/// traditional character.
const TRADITIONAL: [(char, char); 148] = [
    ('並', '并'),
    ('佈', '布'),
    ('來', '来'),
    ('係', '系'),
    ('個', '个'),
    ('們', '们'),
    ('傳', '传'),
    ('僅', '仅'),
    ('價', '价'),
    ('儘', '尽'),
    ('內', '内'),
    ('則', '则'),
    ('動', '动'),
    ('務', '务'),
    ('勞', '劳'),
    ('區', '区'),
    ('參', '参'),
    ('問', '问'),
    ('單', '单'),
    ('國', '国'),
    ('執', '执'),
    ('報', '报'),
    ('實', '实'),
    ('審', '审'),
    ('專', '专'),
    ('對', '对'),
    ('屬', '属'),
    ('廢', '废'),
    ('廳', '厅'),
    ('強', '强'),
    ('後', '后'),
    ('從', '从'),
    ('復', '复'),
    ('應', '应'),
    ('戶', '户'),
    ('採', '采'),
    ('據', '据'),
    ('數', '数'),
    ('於', '于'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('條', '条'),
    ('業', '业'),
    ('構', '构'),
    ('標', '标'),
    ('機', '机'),
    ('檢', '检'),
    ('權', '权'),
    ('歷', '历'),
    ('決', '决'),
    ('沒', '没'),
    ('況', '况'),
    ('減', '减'),
    ('準', '准'),
    ('為', '为'),
    ('無', '无'),
    ('營', '营'),
    ('獲', '获'),
    ('現', '现'),
    ('環', '环'),
    ('產', '产'),
    ('當', '当'),
    ('發', '发'),
    ('眾', '众'),
    ('確', '确'),
    ('祕', '秘'),
    ('稅', '税'),
    ('種', '种'),
    ('稱', '称'),
    ('範', '范'),
    ('糾', '纠'),
    ('納', '纳'),
    ('純', '纯'),
    ('級', '级'),
    ('細', '细'),
    ('組', '组'),
    ('結', '结'),
    ('給', '给'),
    ('統', '统'),
    ('經', '经'),
    ('維', '维'),
    ('網', '网'),
    ('縣', '县'),
    ('總', '总'),
    ('織', '织'),
    ('繳', '缴'),
    ('罰', '罚'),
    ('義', '义'),
    ('與', '与'),
    ('舉', '举'),
    ('華', '华'),
    ('萬', '万'),
    ('蘇', '苏'),
    ('處', '处'),
    ('號', '号'),
    ('衆', '众'),
    ('衛', '卫'),
    ('補', '补'),
    ('製', '制'),
    ('複', '复'),
    ('規', '规'),
    ('計', '计'),
    ('訊', '讯'),
    ('記', '记'),
    ('訪', '访'),
    ('設', '设'),
    ('許', '许'),
    ('訴', '诉'),
    ('詢', '询'),
    ('認', '认'),
    ('誤', '误'),
    ('說', '说'),
    ('請', '请'),
    ('證', '证'),
    ('議', '议'),
    ('護', '护'),
    ('讓', '让'),
    ('費', '费'),
    ('貿', '贸'),
    ('資', '资'),
    ('購', '购'),
    ('轉', '转'),
    ('辦', '办'),
    ('這', '这'),
    ('進', '进'),
    ('過', '过'),
    ('適', '适'),
    ('郵', '邮'),
    ('鄉', '乡'),
    ('錄', '录'),
    ('鎮', '镇'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('關', '关'),
    ('陳', '陈'),
    ('隊', '队'),
    ('階', '阶'),
    ('際', '际'),
    ('險', '险'),
    ('電', '电'),
    ('項', '项'),
    ('題', '题'),
    ('額', '额'),
    ('類', '类'),
    ('體', '体'),
    ('齊', '齐'),
];

/// One bit per character of the Basic Multilingual Plane, set for the characters in
/// [`TRADITIONAL`], so that the common case (a simplified character) costs one bit test:
/// word `u >> 6`, bit `u & 63`. The word is given by a 3-byte character's first two bytes, the
/// bit by its last (8 KiB, so that any two bytes index it without a bounds check).
const TRADITIONAL_BITS: [u64; 1024] = {
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < TRADITIONAL.len() {
        let c = TRADITIONAL[i].0 as u32;
        bits[(c >> 6) as usize] |= 1 << (c & 63);
        i += 1;
    }
    bits
};

/// Traditional → simplified for the characters that occur in report labels.
fn simplify(c: char) -> char {
    let u = c as u32;
    if !(0x4E00..=0x9FFF).contains(&u) {
        return c;
    }
    if TRADITIONAL_BITS[(u >> 6) as usize] & (1 << (u & 63)) == 0 {
        return c;
    }
    match TRADITIONAL.binary_search_by_key(&c, |p| p.0) {
        Ok(i) => TRADITIONAL[i].1,
        Err(_) => c,
    }
}

/// Whether a character is dropped when building a label key: whitespace and punctuation of
/// both widths (after folding), table pipes and enumerators.
fn is_noise(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '、' | '，'
                | '。'
                | '：'
                | '；'
                | '（'
                | '）'
                | '《'
                | '》'
                | '〈'
                | '〉'
                | '·'
                | '•'
                | '…'
                | '\u{200B}'
                | '\u{FEFF}'
        )
}

/// The matching key of a label: folded characters with whitespace and punctuation removed.
/// `"（三）1.属于 国家秘密"` and `"(三)1、属于国家秘密"` have the same key.
pub(crate) fn label_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_label_key(s, &mut out);
    out
}

/// For each byte, whether it is an ASCII character kept in a label key (not whitespace, not
/// punctuation): a key's loop looks a byte up rather than testing two character classes.
const ASCII_KEPT: [bool; 256] = {
    let mut kept = [false; 256];
    let mut b = 0u8;
    while b < 0x80 {
        kept[b as usize] = !(b.is_ascii_whitespace() || b.is_ascii_punctuation());
        b += 1;
    }
    kept
};

/// Whether an ASCII byte is kept in a label key (not whitespace, not punctuation).
const fn ascii_kept(b: u8) -> bool {
    ASCII_KEPT[b as usize]
}

/// Whether the 3-byte character encoded by the bytes `x y z` is in [`TRADITIONAL`]: its word of
/// [`TRADITIONAL_BITS`] comes from its first two bytes, its bit from the last, without
/// decoding it.
#[inline]
fn is_traditional(x: u8, y: u8, z: u8) -> bool {
    let word = (usize::from(x & 0x0F) << 6) | usize::from(y & 0x3F);
    TRADITIONAL_BITS[word] & (1 << (z & 0x3F)) != 0
}

/// Appends the label key of `s` to `out` (no allocation when `out` has room). This runs over
/// every line of a report, so it works on bytes (see [`fold_runs`]).
pub(crate) fn push_label_key(s: &str, out: &mut String) {
    fold_runs::<true>(s, out);
}

/// [`push_label_key`] for a line, telling on the way whether the line has a full stop `。`
/// (a prose line: see `tables::rows::is_prose`), which the key's pass meets anyway.
pub(crate) fn push_line_key(s: &str, out: &mut String) -> bool {
    fold_runs::<true>(s, out)
}

/// Copies the run `run..i` of `s` onto `out` (nothing when it is empty: noise often comes in
/// runs, `| 0 | 0 |`, `---`). A run of one byte (a digit between table pipes) is an ASCII
/// character: pushed as one, cheaper than a copy. (Always inlined: it is called at every
/// dropped character of every line, and a call costs more than the test.)
#[inline(always)]
fn flush(s: &str, out: &mut String, run: usize, i: usize) {
    if i <= run {
        return;
    }
    match s.get(run..i) {
        Some(r) if r.len() == 1 => out.push(char::from(r.as_bytes()[0])),
        Some(r) => out.push_str(r),
        None => {}
    }
}

/// Folds `s` onto `out` on bytes: runs of characters that stay as they are (ASCII, simplified
/// ideographs, characters that fold to themselves) are copied whole; only the others are
/// decoded and folded ([`fold_char`], traditional ideographs simplified). With `KEY` (a label
/// key), ASCII whitespace and punctuation and folded noise are dropped; without, every
/// character is folded one-to-one.
/// Returns whether `s` has a full stop `。`.
#[inline]
fn fold_runs<const KEY: bool>(s: &str, out: &mut String) -> bool {
    let b = s.as_bytes();
    let mut run = 0; // start of the run of bytes kept as they are
    let mut i = 0;
    let mut full_stop = false;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if KEY && !ascii_kept(x) {
                flush(s, out, run, i);
                run = i + 1;
            }
            i += 1;
            continue;
        }
        // A run of characters of U+4000–U+9FFF (lead byte `E4`–`E9`: the CJK ideographs,
        // most of a report), read in an inner loop: each is kept as it is unless it is a
        // traditional form.
        let mut rest = b.get(i..).unwrap_or_default();
        while let [x @ 0xE4..=0xE9, y, z, tail @ ..] = rest {
            if is_traditional(*x, *y, *z) {
                let at = b.len() - rest.len();
                flush(s, out, run, at);
                let u =
                    (u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F);
                out.push(char::from_u32(u).map_or('\u{FFFD}', simplify));
                run = at + 3;
            }
            rest = tail;
        }
        let j = b.len() - rest.len();
        if j > i {
            i = j;
            continue;
        }
        if KEY {
            if let Some(p) = b.get(i..i + 3).filter(|p| is_prose_punctuation(p)) {
                full_stop |= p == "。".as_bytes();
                flush(s, out, run, i);
                run = i + 3;
                i += 3;
                continue;
            }
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        full_stop |= c == '。';
        let f = fold_char(c);
        let dropped = KEY && is_noise(f);
        if f != c || dropped {
            flush(s, out, run, i);
            if !dropped {
                out.push(f);
            }
            run = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    out.push_str(s.get(run..).unwrap_or(""));
    full_stop
}

/// Whether the three bytes `p` are one of the full-width punctuation marks of Chinese prose,
/// all noise to a key: `，（）：；！？` (`EF BC xx`), `、。《》` (`E3 80 xx`), `“”` (`E2 80 xx`).
/// Matched on bytes, they are dropped without being decoded and folded.
fn is_prose_punctuation(p: &[u8]) -> bool {
    matches!(
        p,
        [0xEF, 0xBC, 0x8C | 0x88 | 0x89 | 0x9A | 0x9B | 0x81 | 0x9F]
            | [0xE3, 0x80, 0x81 | 0x82 | 0x8A | 0x8B]
            | [0xE2, 0x80, 0x9C | 0x9D]
    )
}

/// Whether an ASCII byte is whitespace as [`char::is_whitespace`] has it (U+0009–U+000D and
/// the space).
pub(crate) const fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
}

/// [`str::trim_start`], with the ASCII whitespace before the first other character skipped
/// byte by byte (text laid out by `pdftotext -layout` opens its lines with dozens of spaces).
pub(crate) fn trim_start(s: &str) -> &str {
    let n = s.bytes().take_while(|b| ascii_space(*b)).count();
    let rest = s.get(n..).unwrap_or("");
    if rest
        .as_bytes()
        .first()
        .copied()
        .is_some_and(opens_wide_space)
    {
        rest.trim_start()
    } else {
        rest
    }
}

/// Whether a character whose first byte is `b` may be non-ASCII whitespace: only `C2`
/// (U+0085, U+00A0), `E1` (U+1680), `E2` (U+2000–U+205F) and `E3` (U+3000) open one, so a
/// string opening or ending with an ideograph needs no decoding to be trimmed.
const fn opens_wide_space(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// [`str::trim_end`], with trailing ASCII whitespace skipped byte by byte.
pub(crate) fn trim_end(s: &str) -> &str {
    let n = s.bytes().rev().take_while(|b| ascii_space(*b)).count();
    let rest = s.get(..s.len() - n).unwrap_or("");
    // The first byte of the last character (continuation bytes are `10xxxxxx`).
    let b = rest.as_bytes();
    let lead = b.iter().rev().take(4).find(|x| **x & 0xC0 != 0x80);
    if b.last().is_some_and(|x| *x >= 0x80) && lead.copied().is_some_and(opens_wide_space) {
        rest.trim_end()
    } else {
        rest
    }
}

/// [`str::find`] for a string, made for the short texts the parser asks about (a clause, a
/// label, a line's key): each place holding the needle's last byte (found by `memchr`) is
/// compared with the needle. The standard search prepares a searcher first, which costs more
/// than the search on a text of a few dozen bytes.
pub(crate) fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&last, head)) = n.split_last() else {
        return Some(0);
    };
    // (A table's cell lines are often shorter than the words looked for: no search.)
    if h.len() < n.len() {
        return None;
    }
    // Matches all have the needle's length: the first one to end is the first one to start.
    // A match ends at byte `head.len()` or later: the last byte's place in the text past the
    // first `head.len()` bytes is where the match starts.
    let ends = h.get(head.len()..).unwrap_or_default();
    memchr::memchr_iter(last, ends).find(|&start| h.get(start..start + n.len()) == Some(n))
}

/// Whether `haystack` contains `needle` (see [`find`]).
pub(crate) fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Whether `s` contains the character `c` (see [`find`]).
pub(crate) fn has_char(s: &str, c: char) -> bool {
    contains(s, c.encode_utf8(&mut [0; 4]))
}

/// Whether `s` contains any of `chars`: one `memchr`-backed search per character, faster on a
/// long Chinese text than a search for a set of characters, which decodes every character. On a
/// clause of a few dozen bytes and five or more characters, one walk over its characters costs
/// less (measured in the prose list markers: 0.87 M instructions for the walk, 1.19 M for this).
pub(crate) fn has_any(s: &str, chars: &[char]) -> bool {
    chars.iter().any(|c| has_char(s, *c))
}

/// Whether a label key keeps character `c` (it is neither whitespace nor punctuation).
pub(crate) fn key_keeps(c: char) -> bool {
    if c.is_ascii() {
        return ascii_kept(c as u8);
    }
    !is_noise(fold_char(c))
}

/// Folds a whole text for matching but keeps its length relation simple: every character is
/// folded one-to-one (so character positions, not byte positions, are preserved). Runs of
/// characters that fold to themselves are copied whole.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_runs::<false>(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_table_is_sorted_and_every_entry_is_found() {
        assert!(TRADITIONAL.windows(2).all(|w| w[0].0 < w[1].0));
        for (t, s) in TRADITIONAL {
            assert_eq!(simplify(t), s, "{t}");
        }
        assert_eq!(simplify('总'), '总');
        assert_eq!(simplify('a'), 'a');
    }

    #[test]
    fn keys_ignore_width_spaces_and_punctuation() {
        assert_eq!(
            label_key("（三）1.属于 国家秘密"),
            label_key("(三)1、属于国家秘密")
        );
        assert_eq!(label_key("商业 企业"), "商业企业");
        assert_eq!(
            label_key("危及“三安全一稳定”"),
            label_key("危及\"三安全一稳定\"")
        );
        assert_eq!(label_key("總計"), "总计");
        assert_eq!(fold("１２３，"), "123,");
        assert_eq!(label_key("Ａ１（二）規章 a-b"), "A1二规章ab");
    }

    /// The plain definitions the byte-level functions must agree with (an ASCII character is
    /// dropped when it is ASCII whitespace or punctuation, any other when it folds to noise).
    fn reference_key(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            if c.is_ascii() {
                if !(c.is_ascii_whitespace() || c.is_ascii_punctuation()) {
                    out.push(c);
                }
            } else if !is_noise(fold_char(c)) {
                out.push(fold_char(c));
            }
        }
        out
    }

    fn reference_fold(s: &str) -> String {
        s.chars().map(fold_char).collect()
    }

    #[test]
    fn prose_punctuation_is_noise_and_full_stops_are_told() {
        for c in "，（）：；！？、。《》“”".chars() {
            let mut b = [0; 4];
            assert!(
                is_prose_punctuation(c.encode_utf8(&mut b).as_bytes()),
                "{c}"
            );
            assert!(is_noise(fold_char(c)), "{c}");
        }
        let mut out = String::new();
        assert!(push_line_key("本年。", &mut out));
        assert!(!push_line_key("本年，", &mut out));
        assert!(fold_runs::<false>("a。", &mut out));
        assert_eq!(out, "本年本年a。");
    }

    #[test]
    fn fast_paths_agree_with_the_definitions() {
        for s in [
            "",
            "（三）1.属于 国家秘密\r\n總計\u{3000}“三安全”【注】—–",
            "a\u{0B}\u{0C}b\u{1F}\u{7F}é\u{4DFF}\u{4E00}\u{9FFF}\u{A000}\u{FFFD}𠀀🙂",
            "區縣國務院辦公廳 ｜ １２３，４ ａＢ",
        ] {
            assert_eq!(label_key(s), reference_key(s), "{s:?}");
            assert_eq!(fold(s), reference_fold(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn finds_match_the_standard_ones(h in "[a一二三]{0,12}|[a一二三]{20,40}", n in "[a一二三]{0,3}") {
            proptest::prop_assert_eq!(find(&h, &n), h.find(&n));
            proptest::prop_assert_eq!(contains(&h, &n), h.contains(&n));
            for c in n.chars() {
                proptest::prop_assert_eq!(has_char(&h, c), h.contains(c));
            }
        }

        #[test]
        fn trims_match_the_standard_ones(s in "[ \t\n\x0B\x0C\r\u{3000}\u{A0}\u{85}a一]{0,12}|[ \u{A0}\u{A9}é\u{1680}\u{1681}\u{2000}-\u{200B}\u{2028}\u{205F}\u{3000}\u{3001}一🙂]{0,12}") {
            proptest::prop_assert_eq!(trim_start(&s), s.trim_start());
            proptest::prop_assert_eq!(trim_end(&s), s.trim_end());
        }

        #[test]
        fn label_keys_and_folds_match_the_definitions(s in "\\PC{0,40}|[ -~\u{3000}-\u{303F}\u{4E00}-\u{4E10}\u{FF00}-\u{FF5F}國總區開計與]{0,40}") {
            proptest::prop_assert_eq!(label_key(&s), reference_key(&s));
            proptest::prop_assert_eq!(push_line_key(&s, &mut String::new()), s.contains('。'));
            proptest::prop_assert_eq!(fold(&s), reference_fold(&s));
        }
    }
}
