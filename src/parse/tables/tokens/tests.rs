//! Tests of the line tokeniser, against plain reference versions of its fast paths.

use super::*;

/// The forward scan [`cell_tokens`] must agree with.
fn reference_cell_tokens(cell: &str, base: usize, line: u32, out: &mut Vec<Tok>) {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in cell.char_indices() {
        if c.is_whitespace() {
            if let Some(a) = start.take() {
                parts.push((a, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(a) = start {
        parts.push((a, cell.len()));
    }
    // A unit written apart from its number (`477.35 万元`) belongs to the number.
    if parts.len() >= 2 {
        let (a, b) = parts[parts.len() - 1];
        let (c, _) = parts[parts.len() - 2];
        if matches!(&cell[a..b], "元" | "万元") && classify(cell[c..a].trim_end()) == Kind::Num {
            parts.pop();
            if let Some(last) = parts.last_mut() {
                last.1 = b;
            }
        }
    }
    // Numbers and `/` marks run together (`102/11///1/////`, a row whose cells were joined
    // without separators) are a value each.
    if parts.iter().any(|&(a, b)| is_marked_run(&cell[a..b])) {
        parts = parts
            .into_iter()
            .flat_map(|(a, b)| {
                if is_marked_run(&cell[a..b]) {
                    marked_pieces(&cell[a..b], a)
                } else {
                    vec![(a, b)]
                }
            })
            .collect();
    }
    let mut first_value = parts.len();
    while first_value > 0 {
        let (a, b) = parts[first_value - 1];
        if classify(&cell[a..b]) == Kind::Label {
            break;
        }
        first_value -= 1;
    }
    let tok = |kind, a, b| Tok {
        kind,
        start: base + a,
        end: base + b,
        line,
        col: 0,
    };
    if first_value > 0 {
        out.push(tok(Kind::Label, parts[0].0, parts[first_value - 1].1));
    }
    for &(a, b) in &parts[first_value..] {
        out.push(tok(classify(&cell[a..b]), a, b));
    }
}

// The line tokeniser as it was before its fast paths (separators found on bytes, one pass
// over a line's tokens, trims on bytes), with the forward cell scan: [`tokenize_line`] must
// agree with it.
fn reference_is_footer(line: &str) -> bool {
    if line.len() > 64 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let t = line.trim_matches(|c: char| c.is_whitespace());
    if t.is_empty() || t.chars().count() > 14 {
        return false;
    }
    let inner = t
        .trim_start_matches(['-', '—', '–', '－', '第'])
        .trim_end_matches(['-', '—', '–', '－', '页'])
        .trim();
    let dashes = ['-', '—', '–', '－'];
    let dashed = t.starts_with(dashes) && t.ends_with(dashes);
    let digits = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit());
    let of_pages = inner.split_once(['/', '共']).is_some_and(|(a, b)| {
        !a.trim().is_empty()
            && a.trim().chars().all(|c| c.is_ascii_digit())
            && b.trim()
                .trim_end_matches('页')
                .chars()
                .all(|c| c.is_ascii_digit())
    });
    (dashed && digits)
        || (t.starts_with('第') && t.ends_with('页') && digits)
        || (dashed && of_pages)
}
fn reference_is_rule_line(line: &str) -> bool {
    let t = line.trim();
    if !t.starts_with(['|', '｜', '-', ':', '+', '=']) {
        return false;
    }
    !t.is_empty()
        && t.chars().all(|c| {
            is_pipe(c) || c == '-' || c == ':' || c == '+' || c == '=' || c.is_whitespace()
        })
        && (t.contains('|') || t.contains('｜') || t.chars().all(|c| c == '-' || c == '='))
        && !t.chars().all(|c| c == '-')
        || (t.len() >= 3 && t.chars().all(|c| c == '-' || c == '='))
}
fn reference_tokenize_line(text: &str, start: usize, end: usize, line: u32, out: &mut Vec<Tok>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    if reference_is_footer(s) || reference_is_rule_line(s) {
        return;
    }
    let sep = if s.contains('\t') {
        Sep::Tab
    } else if s.contains('|') || s.contains('｜') {
        Sep::Pipe
    } else {
        Sep::Spaces
    };
    let first = out.len();
    match sep {
        Sep::Tab => reference_split_on(s, start, line, |c| c == '\t', false, out),
        Sep::Pipe => reference_split_on(s, start, line, is_pipe, true, out),
        Sep::Spaces => reference_split_spaces(s, start, line, out),
    }
    // A line without any value has no blank cells either (`第二十条第（五）项 | |||`).
    if !out[first..]
        .iter()
        .any(|t| matches!(t.kind, Kind::Num | Kind::NotApplicable))
    {
        retain_from(out, first, |_, t| t.kind != Kind::Blank);
        return;
    }
    // Blank cells between label cells are label positions, not cells; blanks after the last
    // label are value cells (an empty 自然人 column).
    if let Some(last_label) = out[first..].iter().rposition(|t| t.kind == Kind::Label) {
        let cut = first + last_label;
        retain_from(out, first, |i, t| i >= cut || t.kind != Kind::Blank);
    }
    // Text after the first value of a delimited row sits in a value cell.
    if sep != Sep::Spaces {
        if let Some(fv) = out[first..]
            .iter()
            .position(|t| matches!(t.kind, Kind::Num | Kind::NotApplicable))
        {
            for t in &mut out[first + fv..] {
                if t.kind == Kind::Label {
                    t.kind = Kind::Text;
                }
            }
        }
    }
    // Trailing blank cells of a pipe row are kept (an empty 总计); a row of blanks only is
    // dropped.
    if out[first..].iter().all(|t| t.kind == Kind::Blank) {
        out.truncate(first);
    }
    if sep == Sep::Spaces {
        set_columns(s, start, &mut out[first..]);
    }
}
fn reference_split_on(
    s: &str,
    base: usize,
    line: u32,
    is_sep: impl Fn(char) -> bool,
    outer_end: bool,
    out: &mut Vec<Tok>,
) {
    let mut cells: Vec<(usize, usize)> = Vec::new();
    let mut cell_start = 0;
    for (i, c) in s.char_indices() {
        if is_sep(c) {
            cells.push((cell_start, i));
            cell_start = i + c.len_utf8();
        }
    }
    cells.push((cell_start, s.len()));
    let n = cells.len();
    for (k, (a, b)) in cells.into_iter().enumerate() {
        let cell = &s[a..b];
        if cell.trim().is_empty() {
            // The text before the first separator is not a cell, nor, for pipes, the text
            // after the last one.
            let outer = k == 0 || (outer_end && k + 1 == n);
            if !outer {
                out.push(Tok {
                    kind: Kind::Blank,
                    start: base + a,
                    end: base + a,
                    line,
                    col: 0,
                });
            }
            continue;
        }
        reference_cell_tokens(cell, base + a, line, out);
    }
}
fn reference_split_spaces(s: &str, base: usize, line: u32, out: &mut Vec<Tok>) {
    let mut cell_start: Option<usize> = None;
    let mut run_start = 0;
    let mut run_len = 0usize;
    let mut wide = false;
    let bytes = s.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        // ASCII (most of a table line: spaces and digits) is read without decoding.
        let i = next;
        let (space, c_wide) = match bytes[i] {
            x if x < 0x80 => {
                next += 1;
                (
                    x.is_ascii_whitespace() || x == 0x0B,
                    x == b'\t' || x == 0x0C,
                )
            }
            _ => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    next += c.len_utf8();
                    (c.is_whitespace(), c == '\u{3000}')
                }
                None => break,
            },
        };
        if space {
            if run_len == 0 {
                run_start = i;
                wide = false;
            }
            run_len += 1;
            wide |= c_wide;
            continue;
        }
        if run_len > 0 {
            if (run_len >= 2 || wide) && cell_start.is_some() {
                if let Some(a) = cell_start.take() {
                    reference_cell_tokens(&s[a..run_start], base + a, line, out);
                }
            }
            run_len = 0;
        }
        if cell_start.is_none() {
            cell_start = Some(i);
        }
    }
    if let Some(a) = cell_start {
        let b = if run_len > 0 { run_start } else { s.len() };
        reference_cell_tokens(&s[a..b], base + a, line, out);
    }
}

proptest::proptest! {
    #[test]
    fn cells_read_from_the_end_match_the_forward_scan(
        cell in "[ \u{3000}\u{A0}1２,.．/元万a年减-]{0,16}|(元|万元|1|a| |\u{3000})*|[1/ a]{0,16}"
    ) {
        let (mut got, mut want) = (Vec::new(), Vec::new());
        cell_tokens(&cell, 7, 3, &mut got);
        reference_cell_tokens(&cell, 7, 3, &mut want);
        proptest::prop_assert_eq!(got, want);
    }

    #[test]
    fn footers_and_rules_match_the_reference(
        line in r"[ \t|｜:+=\-—1第页/\x{3000}]{0,12}|[|\-: ]{0,40}|[\-=]{0,5}"
    ) {
        proptest::prop_assert_eq!(is_footer(&line), reference_is_footer(&line));
        proptest::prop_assert_eq!(is_rule_line(&line), reference_is_rule_line(&line));
    }

    #[test]
    fn lines_match_the_reference_tokeniser(
        line in r"[ \t|｜1２/元万a年减\x{3000}\x{A0}\-—第页（）.,]{0,30}|(\| ?|1|22|/| {1,3}|a属于|\t|元){0,12}|[ 1\-—第页/]{0,10}"
    ) {
        let (mut got, mut want) = (Vec::new(), Vec::new());
        tokenize_line(&line, 0, line.len(), 2, &mut got);
        reference_tokenize_line(&line, 0, line.len(), 2, &mut want);
        proptest::prop_assert_eq!(got, want);
    }
}

fn toks(s: &str) -> Vec<(Kind, &str)> {
    let mut v = Vec::new();
    tokenize_line(s, 0, s.len(), 1, &mut v);
    v.iter().map(|t| (t.kind, t.text(s))).collect()
}

#[test]
fn numbers_signs_units_and_widths() {
    for s in [
        "12",
        "１２",
        "1,234",
        "-4",
        "减4",
        "+19",
        "7730.28",
        "251000元",
        "1.5万元",
    ] {
        assert_eq!(classify(s), Kind::Num, "{s}");
    }
    for s in ["2.", "1.属于", "数据1", "12%", ",1", "1,,2", "年"] {
        assert_eq!(classify(s), Kind::Label, "{s}");
    }
    assert_eq!(classify("/"), Kind::NotApplicable);
    assert_eq!(value_text("１，２３４"), "1234");
}

#[test]
fn numbers_and_marks_run_together_are_a_value_each() {
    use Kind::*;
    assert_eq!(
        toks("102/11///1"),
        vec![
            (Num, "102"),
            (NotApplicable, "/"),
            (Num, "11"),
            (NotApplicable, "/"),
            (NotApplicable, "/"),
            (NotApplicable, "/"),
            (Num, "1")
        ]
    );
    assert_eq!(
        toks("（七）总计 5////38"),
        vec![
            (Label, "（七）总计"),
            (Num, "5"),
            (NotApplicable, "/"),
            (NotApplicable, "/"),
            (NotApplicable, "/"),
            (NotApplicable, "/"),
            (Num, "38")
        ]
    );
    // A date or a fraction stays what it is.
    assert_eq!(toks("2023/1/5"), vec![(Label, "2023/1/5")]);
    assert_eq!(toks("3/4"), vec![(Label, "3/4")]);
    assert_eq!(toks("3/0142000260000").len(), 3);
}

#[test]
fn layouts() {
    use Kind::*;
    assert_eq!(
        toks("规章\t1\t\t3"),
        vec![(Label, "规章"), (Num, "1"), (Blank, ""), (Num, "3")]
    );
    assert_eq!(
        toks("（三）5.属于三类内部事务信息\t0\t1\t34\t"),
        vec![
            (Label, "（三）5.属于三类内部事务信息"),
            (Num, "0"),
            (Num, "1"),
            (Num, "34"),
            (Blank, "")
        ]
    );
    assert_eq!(
        toks("| 四、结转 | 1 | 0 |  |"),
        vec![(Label, "四、结转"), (Num, "1"), (Num, "0"), (Blank, "")]
    );
    assert_eq!(
        toks("  商业 企业    21    0   /"),
        vec![
            (Label, "商业 企业"),
            (Num, "21"),
            (Num, "0"),
            (NotApplicable, "/")
        ]
    );
    assert_eq!(toks("行政许可 97"), vec![(Label, "行政许可"), (Num, "97")]);
    assert_eq!(toks("2023 年，洪泽区"), vec![(Label, "2023 年，洪泽区")]);
    assert!(toks("|---|---|").is_empty());
    assert!(toks("||||").is_empty());
    assert_eq!(
        toks("| 4.保护 | 0 | x | 2 |"),
        vec![(Label, "4.保护"), (Num, "0"), (Text, "x"), (Num, "2")]
    );
    assert_eq!(
        toks("政府集中采购  3  477.35 万元"),
        vec![(Label, "政府集中采购"), (Num, "3"), (Num, "477.35 万元")]
    );
    assert_eq!(
        toks("第二十条第(五)项 | |||"),
        vec![(Label, "第二十条第(五)项")]
    );
    assert!(toks("                 -3-").is_empty());
    assert!(toks("— 5 —").is_empty());
}

#[test]
fn footers() {
    assert!(is_footer("-3-"));
    assert!(is_footer("— 12 —"));
    assert!(is_footer("第 2 页"));
    assert!(!is_footer("3"));
    assert!(!is_footer("-3"));
}
