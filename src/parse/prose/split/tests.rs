//! Tests of the sentence and clause splitting.

use super::*;

#[test]
fn the_characters_acted_on_are_told_by_their_bytes() {
    for c in ['\u{a0}', '\u{3000}', '。', '！', '（', '？'] {
        let t = c.to_string();
        assert!(acted_on(t.as_bytes(), 0), "{c}");
    }
    for c in [
        '，', '、', '《', '》', '：', '；', '）', '\u{85}', '“', '＿',
    ] {
        let t = c.to_string();
        assert!(!acted_on(t.as_bytes(), 0), "{c}");
    }
}

proptest::proptest! {
    #[test]
    fn skipping_quiet_bytes_changes_no_sentence(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "1", " ", "  ", "\n", "\r", "。", "！", "？", "!", "?", "（", "(", "）", ")", "《",
                "、", "：", ":", "，", ",", "；", "其中", "一", "二", "3", ".", "条件",
                "主要类别", "（一）", "（二）", "一、", "1.", "\u{3000}", "\u{a0}",
                // A heading and its title ending at a space, whole.
                "“", "”", "\u{85}", "\u{2003}", "．", "％",
                "（一）主要类别 ", "一、条件\u{3000}", "（二）条件\u{a0}", "(三)加强",
                "| 0 | 1 |", " 正文 ",
            ]),
            0..40,
        ),
        cuts in proptest::collection::vec(0usize..200, 0..6),
    ) {
        let t = parts.concat();
        let mut breaks = cuts;
        breaks.sort_unstable();
        proptest::prop_assert_eq!(scan(&t, &breaks, true), scan(&t, &breaks, false));
    }
}

proptest::proptest! {
    #[test]
    fn clause_marks_are_the_parentheses_and_separators(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "1", " ", "（", "(", "）", ")", "，", ",", "；", ";", "：", ":", "、",
                "。", "ａ", "１", "·", "中", "文", "\u{1F600}", "！", "＋", "一", "十", "〇",
                "零", "百", "两", "九", "五", "四", "千", "０", "９", "万", "\u{3000}", "。",
                "申", "请", "申请", "没", "未", "末", "沒", "甲",
            ]),
            0..40,
        ),
    ) {
        let t = parts.concat();
        let want: Vec<(usize, char)> = t
            .char_indices()
            .filter(|(_, c)| matches!(c, '（' | '(' | '）' | ')') || ends_clause(*c))
            .collect();
        let mut numbers = Vec::new();
        proptest::prop_assert_eq!(clause_marks(&t, &mut numbers).collect::<Vec<_>>(), want);
        let starts: Vec<usize> = crate::parse::prose::numbers::number_starts(&t).collect();
        proptest::prop_assert_eq!(numbers, starts);
        let whole = Piece { line: 1, start: 0, end: t.len() };
        let noticed = clauses_into(&t, whole, &mut Vec::new(), &mut Vec::new());
        proptest::prop_assert_eq!(noticed.applications, t.contains("申请"));
        proptest::prop_assert_eq!(noticed.nil, t.contains(['没', '未']));
    }

    #[test]
    fn clauses_split_as_a_walk_over_every_character(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", " ", "（", "(", "）", ")", "，", ",", "；", ":", "：", "中", "\u{3000}",
            ]),
            0..40,
        ),
    ) {
        let t = parts.concat();
        let whole = Piece { line: 1, start: 0, end: t.len() };
        // Which opening parentheses close, then the split outside closed ones.
        let marks: Vec<(usize, char)> = t.char_indices().collect();
        let (mut closes, mut stack) = (Vec::new(), Vec::new());
        for (_, c) in &marks {
            if matches!(c, '（' | '(') {
                stack.push(closes.len());
                closes.push(false);
            } else if matches!(c, '）' | ')') {
                if let Some(k) = stack.pop() {
                    closes[k] = true;
                }
            }
        }
        let (mut want, mut start, mut depth, mut opened) = (Vec::new(), 0, 0usize, 0);
        for (i, c) in marks {
            if matches!(c, '（' | '(') {
                depth += usize::from(closes[opened]);
                opened += 1;
            } else if matches!(c, '）' | ')') {
                depth = depth.saturating_sub(1);
            }
            if depth == 0 && ends_clause(c) {
                want.extend(trimmed(&t, 1, start, i).map(|p| (p, c)));
                start = i + c.len_utf8();
            }
        }
        want.extend(trimmed(&t, 1, start, t.len()).map(|p| (p, '\0')));
        let got = clauses(&t, whole);
        let pieces: Vec<(Piece, char)> = got.iter().map(|c| (c.piece, c.sep)).collect();
        proptest::prop_assert_eq!(pieces, want);
        for c in got {
            let opens = c.piece.text(&t).contains(['（', '(']);
            proptest::prop_assert_eq!(c.parens, opens);
        }
    }
}

#[test]
fn whitespace_starts_with_a_byte_may_be_space_admits() {
    for c in (char::MIN..=char::MAX).filter(|c| c.is_whitespace()) {
        let mut buf = [0u8; 4];
        assert!(may_be_space(c.encode_utf8(&mut buf).as_bytes()[0]), "{c:?}");
    }
}

/// The sentences of `t` with their paragraph numbers.
fn texts(t: &str) -> Vec<(&str, usize)> {
    sentences(t)
        .iter()
        .map(|s| (s.piece.text(t), s.para))
        .collect()
}

#[test]
fn sentences_and_clauses_keep_offsets_and_lines() {
    let t = "甲,乙。\n丙；丁\r\n戊";
    let s = sentences(t);
    let got: Vec<&str> = s.iter().map(|p| p.piece.text(t)).collect();
    assert_eq!(got, ["甲,乙", "丙；丁", "戊"]);
    assert_eq!(
        s.iter().map(|p| p.piece.line).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    let c = clauses(t, s[1].piece);
    assert_eq!(
        c.iter().map(|p| p.piece.text(t)).collect::<Vec<_>>(),
        ["丙", "丁"]
    );
    assert_eq!(c[0].sep, '；');
}

#[test]
fn wrapped_figures_join_their_sentence() {
    let t = "累计主动公开政府信息\n5928\n条,全文电子化率达\n90.3%\n,其中,本年度新增\n2110\n条。";
    let s = texts(t);
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].0.ends_with("条"));
}

#[test]
fn lines_are_paragraphs_unless_a_colon_opens_a_list() {
    let t = "共受理申请55件。\n在已经答复的55件申请中:\n“同意公开”的52件。\n“不予公开”的3件。\n四、咨询情况\n共接受咨询9次。";
    let s = texts(t);
    let paras: Vec<usize> = s.iter().map(|x| x.1).collect();
    assert_eq!(paras, [0, 1, 1, 1, 2, 3], "{s:?}");
}

#[test]
fn flat_text_headings_start_paragraphs() {
    let t = "稳步提升。（一）强化组织保障，为确保推进。回应依申请公开信息2条（属于已主动公开1条，同意公开1条）（四）加强监督管理。";
    let s = texts(t);
    let got: Vec<&str> = s.iter().map(|x| x.0).collect();
    assert_eq!(
        got,
        [
            "稳步提升",
            "（一）强化组织保障，为确保推进",
            "回应依申请公开信息2条（属于已主动公开1条，同意公开1条）",
            "（四）加强监督管理"
        ]
    );
    let paras: Vec<usize> = s.iter().map(|x| x.1).collect();
    assert_eq!(paras, [0, 1, 1, 2]);
}

#[test]
fn a_heading_title_ends_at_the_space_before_its_text() {
    let t = "（二）主动公开政府信息的主要类别 在公开的11条信息中，机构职能类信息1条。";
    let s = texts(t);
    assert_eq!(s[0].0, "（二）主动公开政府信息的主要类别");
    assert_eq!(s[1].0, "在公开的11条信息中，机构职能类信息1条");
    // A space inside a sentence that is no heading, or after a title with figures, stays.
    let t = "全年共受理申请 21件，办结19件。";
    assert_eq!(texts(t).len(), 1);
    let t = "（一）全年共受理申请21件 办结19件。";
    assert_eq!(texts(t).len(), 1);
}

#[test]
fn a_sentence_opening_with_qizhong_stays_in_the_paragraph() {
    let t = "主动公开政府信息475条。\n其中公示公告类159条。";
    assert_eq!(texts(t).iter().map(|x| x.1).collect::<Vec<_>>(), [0, 0]);
}

#[test]
fn parentheses_keep_their_list_in_one_clause() {
    let t = "主动公开规章13件(含新制定5件,修改4件,废止4件),人事任免文件106件";
    let s = sentences(t);
    let c = clauses(t, s[0].piece);
    assert_eq!(c.len(), 2);
    assert!(c[0].piece.text(t).ends_with("废止4件)"));
    // An unclosed parenthesis is ordinary text.
    let t = "（以下简称《条例》,由市区编制";
    let c = clauses(t, sentences(t)[0].piece);
    assert_eq!(c.len(), 2);
}

#[test]
fn virtual_line_ends_of_flattened_text_end_sentences_and_paragraphs() {
    let t = "二、主动公开政府信息情况第二十条第（一）项信息内容规章000主动公开信息9条";
    let cut = t.find("第二十条").unwrap();
    let s: Vec<(&str, usize)> = sentences_with(t, &[cut])
        .iter()
        .map(|s| (s.piece.text(t), s.para))
        .collect();
    assert_eq!(s, [("二、主动公开政府信息情况", 0), (&t[cut..], 1)]);
}

#[test]
fn heading_markers() {
    assert_eq!(heading_marker("一、概述"), Some(6));
    assert_eq!(heading_marker("（二）主动公开"), Some(9));
    assert_eq!(heading_marker("1.健全了机制"), Some(2));
    assert_eq!(heading_marker("2.5万次"), None);
    assert_eq!(heading_marker("2016年"), None);
    assert_eq!(heading_marker("（含上年结转）"), None);
}
