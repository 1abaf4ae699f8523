//! Tests of the list reader.

use super::items::*;
use super::*;
use crate::parse::prose::split::{clauses, sentences};

fn para(t: &str) -> Vec<Clause<'_>> {
    let mut out = Vec::new();
    for (k, s) in sentences(t).into_iter().enumerate() {
        for c in clauses(t, s.piece) {
            out.push(Clause::new(t, c.piece, k));
        }
    }
    out
}

fn values(l: &List) -> Vec<String> {
    l.items
        .iter()
        .map(|it| format!("{}={}", it.part.label, it.part.figure.value))
        .collect()
}

#[test]
fn a_qizhong_list_with_a_remainder_bucket_carrying_a_marker() {
    let t = "主动公开政府信息6391条,其中概况类信息1105条;政务动态类信息2896条;政府文件等民众关心的其他信息共计2004条。";
    let cs = para(t);
    let l = collect(&cs, 1, Unit::Tiao).unwrap();
    assert_eq!(
        values(&l),
        [
            "概况类信息=1105",
            "政务动态类信息=2896",
            "政府文件等民众关心的其他信息=2004"
        ]
    );
    assert_eq!(l.reading, Reading::RemainderBucket);
}

#[test]
fn partial_markers_and_tails() {
    let t = "主动公开政府信息696条，主要包括部门动态477条、重点领域202条以及其他信息等。";
    let l = collect(&para(t), 1, Unit::Tiao).unwrap();
    assert_eq!(l.items.len(), 2);
    assert_eq!(l.reading, Reading::Partial);
    let t = "主动公开政府信息141条，公开类别主要涉及政策文件2条、其他类信息49条。";
    assert_eq!(
        collect(&para(t), 1, Unit::Tiao).unwrap().reading,
        Reading::Partial
    );
}

#[test]
fn a_list_goes_on_in_the_next_sentences_with_its_shares() {
    let t = "主动公开政府信息200条。其中，区直各单位发布120条，占60%。各乡镇发布80条，占40%。全年发布解读10条。";
    let cs = para(t);
    let l = collect(&cs, 1, Unit::Tiao).unwrap();
    assert_eq!(values(&l), ["区直各单位发布=120", "各乡镇发布=80"]);
    assert!(l.items.iter().all(|it| it.share.is_some()));
    // The last sentence is a new statement, not a part.
    assert_eq!(cs[l.last].sent, 2);
}

#[test]
fn a_remainder_bucket_alone_in_the_next_sentence_closes_the_list() {
    let t = "主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息3条。其他应主动公开的政府信息24条。";
    let l = collect(&para(t), 1, Unit::Tiao).unwrap();
    assert_eq!(l.sum(), Some(312.into()));
    assert_eq!(l.reading, Reading::RemainderBucket);
    assert!(!l.marked);
}

#[test]
fn parenthesised_lists_are_sub_lists() {
    let t = "主动公开政府信息150条，包括规章13件(含新制定5件,修改4件,废止4件)";
    let cs = para(t);
    let got = items_of(&cs[1], Unit::Jian, marker(&cs[1]).unwrap().0).unwrap();
    let sub = got.items[0].1.as_ref().unwrap();
    assert_eq!(sub.parts.len(), 3);
    assert_eq!(sub.reading, Reading::Partial);
}

#[test]
fn channels_close_the_set_and_one_part_is_a_subset() {
    let t = "共受理申请6件，其中当面申请1件，网上申请4件。";
    assert_eq!(
        collect(&para(t), 1, Unit::Jian).unwrap().reading,
        Reading::ClosedSet
    );
    let t = "累计主动公开信息4300条，其中，本年度新增245条。";
    assert_eq!(
        collect(&para(t), 1, Unit::Tiao).unwrap().reading,
        Reading::Subset
    );
}

#[test]
fn every_marker_is_found() {
    for (m, _) in MARKERS {
        let t = format!("共受理申请9件，{m}甲类4件、乙类5件。");
        let cs = para(&t);
        assert!(marker(&cs[1]).is_some(), "{m}");
        assert!(starts_with_marker(&cs[1]), "{m}");
    }
}

#[test]
fn shares_in_parentheses() {
    let t = "主动公开政府信息200条，其中区直单位120条（占60%），各乡镇80条（占比40%）。";
    let l = collect(&para(t), 1, Unit::Tiao).unwrap();
    let shares: Vec<String> = l
        .items
        .iter()
        .map(|it| {
            it.share
                .as_ref()
                .map_or(String::new(), |s| s.value.to_string())
        })
        .collect();
    assert_eq!(shares, ["60", "40"]);
}

#[test]
fn respectively_lists() {
    let t = "共受理申请6件，当面申请和网上申请分别为2件、4件。";
    let l = collect(&para(t), 1, Unit::Jian).unwrap();
    assert_eq!(values(&l), ["当面申请=2", "网上申请=4"]);
}

#[test]
fn labelled_shares_without_counts() {
    let t = "共更新主动公开政务信息13条，其中工作信息类占62%，其次是民生事项类38%。";
    let l = collect(&para(t), 1, Unit::Tiao).unwrap();
    assert!(l.items.is_empty());
    assert_eq!(l.bare.len(), 2);
}

#[test]
fn marker_starts_are_told_by_their_bytes() {
    // Each marker starts with one of the characters, and each opens with `E4` or `E5`.
    for (m, _) in MARKERS {
        assert!(m.starts_with(MARKER_STARTS), "{m}");
    }
    for c in MARKER_STARTS {
        let mut buf = [0u8; 4];
        assert!(matches!(c.encode_utf8(&mut buf).as_bytes()[0], 0xE4 | 0xE5));
    }
}

proptest::proptest! {
    #[test]
    fn the_byte_walk_finds_the_marker_starts_the_character_search_finds(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "其", "主", "具", "包", "分", "中", "乙", "个", "兵", "a", " ", "，", "（", "\u{1F600}",
                "é", "凡", "匀",
            ]),
            0..20,
        ),
    ) {
        let t = parts.concat();
        proptest::prop_assert_eq!(holds_marker_start(&t), t.contains(MARKER_STARTS));
    }
}

#[test]
fn gated_word_lists_hold_their_gates() {
    assert!(REMAINDER[..3].iter().all(|w| w.contains('其')));
    assert!(!REMAINDER[3..].iter().any(|w| w.contains('其')));
    assert!(RESPECTIVELY.iter().all(|w| w.starts_with("分别")));
    for w in REMAINDER {
        assert!(holds_remainder(&format!("甲{w}乙")));
    }
    assert!(!holds_remainder("其中剩下"));
}
