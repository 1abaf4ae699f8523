//! Tests of the grid reader.

use super::*;
use crate::parse::lines::split_lines;

/// A grid from rows of cell texts (`^` spans the cell above, `<` the cell to the left),
/// written to a text as tab-separated lines.
fn grid(rows: &[&[&str]]) -> (String, GridTable) {
    let mut text = String::new();
    let mut g = GridTable::default();
    for (r, row) in rows.iter().enumerate() {
        let mut slots = Vec::new();
        for (c, s) in row.iter().enumerate() {
            let slot = match *s {
                "^" => g.slots[r - 1][c],
                "<" => slots.last().copied().flatten(),
                s => {
                    if !slots.is_empty() {
                        text.push('\t');
                    }
                    let start = text.len();
                    text.push_str(s);
                    g.cells.push(GridCell {
                        text: start..text.len(),
                        row: r,
                    });
                    Some(g.cells.len() - 1)
                }
            };
            slots.push(slot);
        }
        g.slots.push(slots);
        text.push('\n');
    }
    g.range = 0..text.len();
    (text, g)
}

fn read(rows: &[&[&str]]) -> Vec<(String, Vec<(Kind, String)>)> {
    let (text, g) = grid(rows);
    let lines = split_lines(&text);
    let r = super::rows(&text, &lines, &[g], &[0], 7, true);
    r.cands
        .iter()
        .map(|c| {
            let cells = c
                .cells
                .iter()
                .map(|t| (t.kind, t.text(&text).to_string()))
                .collect();
            (c.label.clone(), cells)
        })
        .collect()
}

#[test]
fn a_cell_is_one_token_and_spanned_labels_label_their_first_row() {
    use Kind::*;
    let c = read(&[
        &[
            "三、本年度办理结果",
            "（三）不予公开",
            "1.属于国家秘密",
            "1",
            "",
            "/",
        ],
        &["^", "^", "2.其他", "12 34", "0", "5"],
        &["^", "^", "", "0", "x", "1"],
    ]);
    assert_eq!(c.len(), 3);
    assert_eq!(c[0].0, "三、本年度办理结果 （三）不予公开 1.属于国家秘密");
    let kinds: Vec<Kind> = c[0].1.iter().map(|t| t.0).collect();
    assert_eq!(kinds, [Num, Blank, NotApplicable]);
    assert_eq!(c[1].0, "2.其他");
    assert_eq!(c[1].1[0], (Text, "12 34".to_string()));
    // An empty own label cell is a label column, not a value.
    assert_eq!(c[2].1.len(), 3);
    assert_eq!(c[2].1[1], (Text, "x".to_string()));
}

#[test]
fn a_cell_spanning_columns_is_one_and_values_spanning_rows_keep_their_column() {
    use Kind::*;
    let c = read(&[
        &["规章", "3", "/", "<"],
        &["行政许可", "", "7", "^"],
        &["行政处罚", "5", "<", "<"],
    ]);
    let kinds = |i: usize| c[i].1.iter().map(|t| t.0).collect::<Vec<_>>();
    assert_eq!(kinds(0), [Num, NotApplicable]);
    assert_eq!(kinds(1), [Blank, Num, NotApplicable]);
    assert_eq!(kinds(2), [Num]);
    let c = read(&[&["a", "1", "2"], &["b", "^", "3"]]);
    assert_eq!(
        c[1].1[0].0, Text,
        "a number spanned from above is not known to be this row's"
    );
}

#[test]
fn header_rows_are_labels_and_units_stay_with_numbers() {
    let c = read(&[
        &["信息内容", "本年制发件数", "现行有效件数"],
        &["政府集中采购", "3", "477.35 万元"],
    ]);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].1[1], (Kind::Num, "477.35 万元".to_string()));
}

#[test]
fn grids_are_told_apart_by_their_labels() {
    let (t, g) = grid(&[
        &["行政复议", "<", "行政诉讼"],
        &["结果维持", "尚未审结", "复议后起诉"],
    ]);
    assert_eq!(kind(&t, &g), Some(TableKind::Appeals));
    let (t, g) = grid(&[
        &["本年新收政府信息公开申请数量", "1"],
        &["（一）予以公开", "1"],
    ]);
    assert_eq!(kind(&t, &g), Some(TableKind::Requests));
    let (t, g) = grid(&[&["信息内容", "本年制发件数"], &["规章", "1"]]);
    assert_eq!(kind(&t, &g), Some(TableKind::Active));
    let (t, g) = grid(&[&["1", "2"]]);
    assert_eq!(kind(&t, &g), None);
}

#[test]
fn grids_follow_their_text_when_it_loses_a_prefix() {
    let (_, g) = grid(&[&["规章", "1"]]);
    let moved = shifted(vec![g.clone()], 3);
    assert_eq!(moved[0].range, 0..g.range.end - 3);
    assert_eq!(
        moved[0].cells[0].text,
        0..3,
        "what fell into the lost bytes is cut"
    );
    assert_eq!(
        moved[0].cells[1].text,
        g.cells[1].text.start - 3..g.cells[1].text.end - 3
    );
}

/// `kind_of_joined` as it was written first: one `contains` per word.
fn kind_of_joined_reference(joined: &str) -> Option<TableKind> {
    let scores: Vec<(TableKind, usize)> = WORDS
        .iter()
        .map(|(k, words)| (*k, words.iter().filter(|w| joined.contains(*w)).count()))
        .collect();
    let best = scores.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let mut leaders = scores.iter().filter(|(_, n)| *n == best);
    match (leaders.next(), leaders.next()) {
        (Some((k, n)), None) if *n >= MIN_WORDS => Some(*k),
        _ => None,
    }
}

proptest::proptest! {
    #[test]
    fn kind_of_joined_is_one_search_per_word(
        parts in proptest::collection::vec(
            "(第二十条|信息内容|本年新收|自然人|行政复议|行政诉讼|结果维持|统计指标|规章|本年|行政|结果|其他|总计|统计|主动公开|\n|x|一|、){0,3}",
            0..12,
        )
    ) {
        let joined = parts.concat();
        proptest::prop_assert_eq!(kind_of_joined(&joined), kind_of_joined_reference(&joined));
    }
}
