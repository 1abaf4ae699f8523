use super::*;
use crate::parse::tables::tokens::classify;

/// The space-separated tokens of `text`.
fn toks(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut at = 0;
    for part in text.split(' ') {
        if !part.is_empty() {
            out.push(Tok {
                kind: classify(part),
                start: at,
                end: at + part.len(),
                line: 1,
                col: 0,
            });
        }
        at += part.len() + 1;
    }
    out
}

/// A reading as the text of each cell (`_` for a blank that left no trace).
fn show(text: &str, r: &Reading) -> Vec<String> {
    r.iter()
        .map(|t| t.map_or("_".to_string(), |t| t.text(text).to_string()))
        .collect()
}

fn one(text: &str, width: usize, id: Identity, glued: bool) -> Vec<String> {
    match read_row(text, &toks(text), width, id, glued, false) {
        Readings::One(r) => show(text, &r),
        other => panic!("{text}: {other:?}"),
    }
}

fn several(text: &str, width: usize, id: Identity, glued: bool) -> (Vec<Vec<String>>, bool) {
    match read_row(text, &toks(text), width, id, glued, false) {
        Readings::Several {
            valid,
            complete,
            vanished,
        } => {
            assert!(complete, "{text}");
            (valid.iter().map(|r| show(text, r)).collect(), vanished)
        }
        other => panic!("{text}: {other:?}"),
    }
}

#[test]
fn values_kept_whole_fill_the_row_or_are_placed() {
    let t = "1 0 0 0 0 0 1";
    assert_eq!(
        one(t, 7, Identity::ROW, false),
        ["1", "0", "0", "0", "0", "0", "1"]
    );
    // Six values: only a blank 总计 fits (a blank elsewhere puts 3 against a 总计 of 0).
    let (v, vanished) = several("3 0 0 0 0 0", 7, Identity::ROW, false);
    assert!(vanished);
    assert_eq!(v, [["3", "0", "0", "0", "0", "0", "_"]]);
    // Three zeros: every placement fits.
    let (v, _) = several("0 0 0", 7, Identity::ROW, false);
    assert_eq!(v.len(), 35);
    // More values than cells: no reading.
    assert!(matches!(
        read_row("1 2 3", &toks("1 2 3"), 2, Identity::NONE, false, false),
        Readings::None
    ));
}

#[test]
fn a_run_as_long_as_the_row_is_read_as_it_is() {
    // Seven digits, seven cells: one reading, even when its total is wrong (the rules say so).
    assert_eq!(
        one("5100000", 7, Identity::ROW, true),
        ["5", "1", "0", "0", "0", "0", "0"]
    );
}

#[test]
fn longer_runs_keep_the_splits_that_fit() {
    let (v, vanished) = several("110000011", 7, Identity::ROW, true);
    assert!(!vanished);
    assert_eq!(
        v,
        [
            ["1", "10", "0", "0", "0", "0", "11"],
            ["11", "0", "0", "0", "0", "0", "11"]
        ]
    );
    // A space is a cell boundary.
    assert_eq!(
        several("160 02 0 018", 7, Identity::ROW, true).0,
        [["16", "0", "0", "2", "0", "0", "18"]]
    );
    // Not run together (a line layout with four tokens): kept whole, too many for a guess.
    assert!(matches!(
        read_row(
            "160 02 0 018",
            &toks("160 02 0 018"),
            7,
            Identity::ROW,
            false,
            false
        ),
        Readings::Several { vanished: true, .. }
    ));
}

#[test]
fn a_run_glued_to_prose_may_end_early() {
    // `10000013` then `件`: 1,0,…,1 (the 3 is the prose's) is the only reading that fits.
    let t = "10000013";
    let r = read_row(t, &toks(t), 7, Identity::ROW, true, true);
    let Readings::Several { valid, .. } = r else {
        panic!("{r:?}")
    };
    assert_eq!(
        valid.iter().map(|r| show(t, r)).collect::<Vec<_>>(),
        [["1", "0", "0", "0", "0", "0", "1"]]
    );
}

#[test]
fn signs_and_decimal_tails_stay_with_their_cells() {
    // `88-720` in three cells: the sign stays with the first cell of its token.
    let (v, _) = several("88 -720", 3, Identity::NONE, true);
    assert_eq!(
        v,
        [["8", "8", "-720"], ["88", "-7", "20"], ["88", "-72", "0"]]
    );
    // `82059.2090万元` in two cells: the decimal part and the unit stay with the last.
    let (v, _) = several("82059.2090万元", 2, Identity::NONE, true);
    assert_eq!(
        v,
        [
            ["8", "2059.2090万元"],
            ["820", "59.2090万元"],
            ["8205", "9.2090万元"]
        ]
    );
    assert_eq!(one("00元", 2, Identity::NONE, true), ["0", "0元"]);
}

#[test]
fn short_runs_are_placements() {
    // Six zeros for seven cells: seven placements, all fitting.
    let (v, vanished) = several("000000", 7, Identity::ROW, true);
    assert!(vanished);
    assert_eq!(v.len(), 7);
}

#[test]
fn appeals_rows_block_by_block() {
    let blocks = |t: &str| read_blocks(t, &toks(t), 3, 5, true, false);
    let cells = |t: &str, b: &Block| match b {
        Block::Cells(r) => show(t, r),
        other => panic!("{other:?}"),
    };
    // 17 digits: the last block breaks H4 whatever the split.
    let t = "00202000001324015";
    let b = blocks(t);
    assert_eq!(cells(t, &b[0]), ["0", "0", "2", "0", "2"]);
    assert_eq!(cells(t, &b[1]), ["0", "0", "0", "0", "0"]);
    assert_eq!(b[2], Block::Breaks);
    // 15 digits: one reading, taken even though block 1 breaks H4 (the rules say so).
    let t = "010000000000000";
    let b = blocks(t);
    assert_eq!(cells(t, &b[0]), ["0", "1", "0", "0", "0"]);
    // 17 digits that fit: 10,0,0,0,10 then zeros.
    let t = "10000100000000000";
    let b = blocks(t);
    assert_eq!(cells(t, &b[0]), ["10", "0", "0", "0", "10"]);
    // Two splits fit (1,10,0,0,11 and 11,0,0,0,11) and differ on the first block only —
    // unless a reading with a cell left out fits as well, which would leave it all open.
    let t = "11000110000000000";
    let b = blocks(t);
    assert!(
        matches!(b[0], Block::Ambiguous(ref l) if l.len() == 2),
        "{b:?}"
    );
    assert_eq!(cells(t, &b[1]), ["0", "0", "0", "0", "0"]);
}

#[test]
fn numbers_run_together_around_marks_are_cut_like_a_run() {
    // `5////38` in a flattened §3 row: five values and marks for seven cells; the digits and
    // marks are seven, so they fill the row and `38` is two cells (5 + 3 = 8).
    assert_eq!(
        one("5 / / / / 38", 7, Identity::ROW, true),
        ["5", "/", "/", "/", "/", "3", "8"]
    );
    // Kept whole (tabs, spaces), the same values are a short row placed with a blank.
    let (v, vanished) = several("5 / / / / 38", 7, Identity::ROW, false);
    assert!(vanished);
    assert!(v.iter().all(|r| r.contains(&"38".to_string())), "{v:?}");
}

#[test]
fn numbers_around_marks_that_no_cut_makes_consistent_are_no_reading() {
    // `12////13`: 1,2 … 13 or 12 … 1,3: neither satisfies H3; nothing is guessed.
    let (v, vanished) = several("12 / / / / 13", 7, Identity::ROW, true);
    assert!(!vanished);
    assert!(v.is_empty(), "{v:?}");
    // Cut one way only, the cut is the reading (the rules then check it)…
    assert_eq!(
        one("1 / / / / / 3", 7, Identity::ROW, true),
        ["1", "/", "/", "/", "/", "/", "3"]
    );
    // … unless it breaks the row total and a blank cell that left no trace would make it fit
    // (`11////3`: 1, 1 … 3 breaks H3; 11 … 3 and a blank 总计 does not).
    let (v, vanished) = several("11 / / / / 3", 7, Identity::ROW, true);
    assert!(vanished);
    assert!(
        v.iter().any(|r| r == &["11", "/", "/", "/", "/", "3", "_"]),
        "{v:?}"
    );
}

#[test]
fn marks_and_numbers_that_break_the_identity_with_every_cell_but_fit_with_a_blank_are_open() {
    // `/////92//11////` (a §4 row): fifteen digits and marks read every cell as 9, 2 … 1, 1 and
    // break H4 in two blocks; with one blank cell that left no trace, `9 2 / / 11` fits. The
    // row is open, not a reported break.
    let t = "/ / / / / 92 / / 11 / / / /";
    let id = Identity {
        blocks: 3,
        ..Identity::APPEALS
    };
    let (v, vanished) = several(t, 15, id, true);
    assert!(vanished);
    let truth = [
        "/", "/", "/", "/", "/", "9", "2", "/", "/", "11", "/", "/", "/", "/", "_",
    ];
    assert!(v.iter().any(|r| r == &truth), "{v:?}");
    // Fifteen values that fit with every cell (9 + 2 = 11) are the reading.
    assert_eq!(
        one("/ / / / / 9 2 / / 11 / / / / /", 15, id, true),
        ["/", "/", "/", "/", "/", "9", "2", "/", "/", "11", "/", "/", "/", "/", "/"]
    );
}
