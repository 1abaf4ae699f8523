//! The character-by-character sentence scan that [`super::sentences_with`] (which visits only
//! the bytes it acts on) must agree with, and the property test that compares them.

use super::*;

/// [`sentences`], where a sentence and its paragraph also end at each byte offset of `breaks`
/// (ascending): the ends of the virtual lines a reader of flattened text found (a heading, a
/// table row, prose glued to a table), handled as line breaks that are no wrap.
fn reference_sentences(text: &str, breaks: &[usize]) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    let mut next_break = 0usize;
    let mut para = 0usize;
    let mut para_open = false; // the current paragraph has a sentence already
    let mut colon_list = false; // the paragraph is a list opened by a line ending in a colon
    let mut start = 0;
    let mut start_line: u32 = 1;
    let mut line: u32 = 1;
    let mut line_start = 0;
    let push = |out: &mut Vec<Sentence>, p: Piece, para: &mut usize, open: &mut bool| {
        // A sentence that starts with a heading marker starts a paragraph.
        if *open && heading_marker(p.text(text)).is_some() {
            *para += 1;
        }
        out.push(Sentence {
            piece: p,
            para: *para,
        });
        *open = true;
    };
    let mut iter = text.char_indices().peekable();
    fn line_at(s: &str) -> (Option<char>, &str) {
        let line = s.split(['\n', '\r']).next().unwrap_or("");
        (line.trim().chars().next(), line)
    }
    while let Some((i, c)) = iter.next() {
        // A virtual line end of flattened text before this character.
        let mut at_break = false;
        while breaks.get(next_break).is_some_and(|b| *b <= i) {
            at_break |= breaks[next_break] == i;
            next_break += 1;
        }
        if at_break && i > start {
            let before = text[start..i].trim_end().chars().next_back();
            if let Some(p) = trimmed(text, start_line, start, i) {
                push(&mut out, p, &mut para, &mut para_open);
            }
            start = i;
            start_line = line;
            let colon = before.is_some_and(|p| matches!(p, ':' | '：'));
            if !colon && !text[i..].trim_start().starts_with("其中") && para_open {
                para += 1;
                para_open = false;
            }
        }
        if ends_sentence(c) {
            if let Some(p) = trimmed(text, start_line, start, i) {
                push(&mut out, p, &mut para, &mut para_open);
            }
            start = i + c.len_utf8();
            start_line = line;
            continue;
        }
        if c == '\n' || c == '\r' {
            if c == '\r' && iter.peek().is_some_and(|(_, n)| *n == '\n') {
                continue;
            }
            let prev_line = &text[line_start..i];
            let prev = prev_line.trim_end().chars().next_back();
            let after = i + c.len_utf8();
            let (next, next_line) = line_at(&text[after..]);
            line = line.saturating_add(1);
            line_start = after;
            if is_wrap(prev, prev_line, next, next_line) {
                continue;
            }
            let had = trimmed(text, start_line, start, i);
            if let Some(p) = had {
                push(&mut out, p, &mut para, &mut para_open);
            }
            start = after;
            start_line = line;
            // Paragraph break, unless a colon opened a list or the next line goes on with `其中`.
            let colon = prev.is_some_and(|p| matches!(p, ':' | '：'));
            let blank = next.is_none();
            let heading_next = heading_marker(next_line.trim_start()).is_some();
            if colon {
                colon_list = true;
            } else if blank || heading_next {
                colon_list = false;
            }
            let keep = !blank
                && !heading_next
                && (colon_list || next_line.trim_start().starts_with("其中"));
            if !keep && para_open && (prev.is_some() || blank) {
                para += 1;
                para_open = false;
            }
            continue;
        }
        if (c == ' ' || c == '\u{3000}' || c == '\u{a0}') && heading_title_ends(text, start, i) {
            if let Some(p) = trimmed(text, start_line, start, i) {
                push(&mut out, p, &mut para, &mut para_open);
            }
            start = i;
            start_line = line;
            continue;
        }
        if matches!(c, '（' | '(') && i > start && inline_heading(text, i) {
            if let Some(p) = trimmed(text, start_line, start, i) {
                push(&mut out, p, &mut para, &mut para_open);
            }
            if para_open {
                para += 1;
                para_open = false;
            }
            start = i;
            start_line = line;
        }
    }
    if let Some(p) = trimmed(text, start_line, start, text.len()) {
        push(&mut out, p, &mut para, &mut para_open);
    }
    out
}

proptest::proptest! {
    #[test]
    fn the_event_scan_matches_the_character_scan(
        t in "[a1 \n\r。！？!?（(）)、：:，,；其中一二3.条件\u{3000}\u{a0}]{0,60}",
        cuts in proptest::collection::vec(0usize..200, 0..6),
    ) {
        let mut breaks = cuts;
        breaks.sort_unstable();
        proptest::prop_assert_eq!(sentences_with(&t, &breaks), reference_sentences(&t, &breaks));
    }
}
