//! Tests of the clause patterns.

use super::*;

fn clause(t: &str) -> Clause<'_> {
    Clause::new(
        t,
        Piece {
            line: 1,
            start: 0,
            end: t.len(),
        },
        0,
    )
}

#[test]
fn gong_inside_words_is_not_a_marker() {
    assert_eq!(total_marker("公共资源交易平台"), None);
    assert_eq!(total_marker("共受理"), Some((0, 3)));
    assert!(total(&clause("推动公共资源交易项目45件"), false).is_none());
}

#[test]
fn shares_with_zhan_or_bili() {
    for t in [
        "占总数的94.5%",
        "所占比例为94.5%",
        "占比94.5%",
        "比例为94.5%",
    ] {
        assert!(clause(t).share().is_some(), "{t}");
    }
    assert!(clause("其中工作信息类占62%").labelled_share().is_some());
    assert!(clause("同比增长12%").share().is_none());
}

#[test]
fn new_totals_and_parts_with_a_marker() {
    assert!(starts_total(&clause("共办理718件")));
    assert!(starts_total(&clause("2020年我局共受理申请5件")));
    assert!(!starts_total(&clause(
        "重大事件等民众关心的其他信息共计2004条"
    )));
    assert!(!starts_total(&clause("财政预算、决算报告共4条")));
}

#[test]
fn rates_share_one_value() {
    let r = rates(&clause("各类投诉回复率、办结率均为100%"));
    assert_eq!(r.len(), 2);
    assert!(rates(&clause("回访满意率在90%以上")).len() == 1);
    assert!(rates(&clause("知晓率为100%")).is_empty());
}

/// [`dated`] as first written, every byte visited: what looking only at `年` must match.
fn dated_bytewise(c: &Clause<'_>) -> Option<(i32, Measure, Figure)> {
    let b = c.text.as_bytes();
    let mut i = 0;
    let mut depth: usize = 0;
    while i + 4 <= b.len() {
        if b[i..].starts_with("《".as_bytes()) {
            depth += 1;
        } else if b[i..].starts_with("》".as_bytes()) {
            depth = depth.saturating_sub(1);
        }
        let is_year = b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && c.text[i + 4..].starts_with('年');
        if !is_year {
            i += 1;
            continue;
        }
        let after = &c.text[i + 4 + '年'.len_utf8()..];
        let next = after.chars().next();
        if depth > 0 || next.is_some_and(|ch| ch.is_ascii_digit() || ch == '月') {
            i += 4;
            continue;
        }
        let year: i32 = c.text[i..i + 4].parse().ok()?;
        let t = c.figures.iter().find(|t| t.start > i + 4)?;
        if t.figure.unit == Unit::Percent || !c.text[t.end..].trim().is_empty() {
            return None;
        }
        let from = i + 4 + '年'.len_utf8();
        let label = c.text[from..t.start].trim_start_matches(['度', '底', '末']);
        if has_any(label, &['《', '》']) {
            return None;
        }
        let m = measure(label, &c.text[..t.start]);
        if m.kind.is_none() && !after.starts_with('度') {
            return None;
        }
        return Some((year, m, t.figure.clone()));
    }
    None
}

proptest::proptest! {
    #[test]
    fn paren_groups_match_a_character_walk(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "（", "(", "）", ")", "a", "中", "，", "＋", "·", "\u{1F600}", "１",
            ]),
            0..30,
        ),
    ) {
        let t = parts.concat();
        let mut want = Vec::new();
        let mut stack: Vec<usize> = Vec::new();
        for (i, c) in t.char_indices() {
            match c {
                '（' | '(' => stack.push(i),
                '）' | ')' => {
                    if let Some(open) = stack.pop() {
                        if stack.is_empty() {
                            want.push((open, i + c.len_utf8()));
                        }
                    }
                }
                _ => {}
            }
        }
        proptest::prop_assert_eq!(paren_groups(&t), want);
    }

    #[test]
    fn dated_looks_at_the_same_years_as_a_bytewise_scan(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "2015", "2016", "1", "年", "度", "月", "《", "》", "访问量为", "567000次",
                "12件", "%", "受理申请", "信息公开年报", "我市", " ", "底",
            ]),
            0..16,
        ),
    ) {
        let t = parts.concat();
        let c = clause(&t);
        proptest::prop_assert_eq!(dated(&c), dated_bytewise(&c));
    }
}

#[test]
fn dated_skips_titles_and_dates() {
    assert!(dated(&clause("《2016年常德市政务公开工作要点》共5条")).is_none());
    assert!(dated(&clause("2016年7月共召开会议3次")).is_none());
    let (y, m, v) = dated(&clause("我市2015年度政府信息公开专栏访问量为567000次")).unwrap();
    assert_eq!((y, v.count()), (2015, Some(567_000)));
    assert_eq!(m.label, "政府信息公开专栏访问量");
}

#[test]
fn outcome_words_hold_the_words_that_gate_them() {
    let [open, handled, _] = OUTCOME_WORDS;
    assert!(open.iter().all(|w| w.contains("公开")));
    assert!(handled.iter().all(|w| w.contains("处理")));
}
