//! Properties of the table reader: parse ∘ render is the identity on consistent tables in
//! every layout (with no error findings) — in flattened text, where runs of digits may admit
//! several readings, every cell read is right and every cell not read is reported unread —,
//! and no input makes the parser panic.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use rust_decimal::Decimal;
use zfxxgk::parse::ParsedReport;
use zfxxgk::parse::{parse, parse_bytes};
use zfxxgk::render::{render_tables, Layout};
use zfxxgk::report::{ActiveCell, ActiveKind, CellRef};
use zfxxgk::rules::{self, Severity};
use zfxxgk::{
    ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat,
    RequestColumn, RequestRow, RequestTable, Template,
};

/// Every cell of `p` equals the cell of `want`, or is blank and reported unread. Returns how
/// many cells were unread.
fn read_right_or_unread(p: &ParsedReport, want: &AnnualReport) -> Result<usize, String> {
    let src = p.report.source.as_ref().ok_or("no source")?;
    let mut unread = 0;
    let mut check = |ok: bool, blank: bool, cell: CellRef| -> Result<(), String> {
        if ok {
            return Ok(());
        }
        if blank && src.is_unread(&cell) {
            unread += 1;
            return Ok(());
        }
        Err(format!("{cell:?} read wrong and not reported unread"))
    };
    if let (Some(w), Some(g)) = (&want.tables.requests, &p.report.tables.requests) {
        for (row, cells) in w.rows() {
            for col in RequestColumn::ALL {
                let got = g.get(row, col).cloned().unwrap_or_default();
                let cell = CellRef::Requests { row, column: col };
                check(got == cells[col.index()], got.is_blank(), cell)?;
            }
        }
    } else if want.tables.requests.is_some() {
        return Err("§3 table not read".into());
    }
    if let (Some(w), Some(g)) = (&want.tables.appeals, &p.report.tables.appeals) {
        for group in AppealGroup::ALL {
            for column in AppealColumn::ALL {
                let got = g.get(*group, *column);
                let cell = CellRef::Appeals {
                    group: *group,
                    column: *column,
                };
                check(
                    got == w.get(*group, *column),
                    got.is_some_and(Cell::is_blank),
                    cell,
                )?;
            }
        }
    } else if want.tables.appeals.is_some() {
        return Err("§4 table not read".into());
    }
    if let (Some(w), Some(g)) = (&want.tables.active, &p.report.tables.active) {
        for (row, column, cell) in w.cells() {
            let got = g.get(row, column);
            let ok = got == Some(cell);
            check(
                ok,
                got.is_none_or(ActiveCell::is_blank),
                CellRef::Active { row, column },
            )?;
        }
    } else if want.tables.active.is_some() {
        return Err("§2 table not read".into());
    }
    Ok(unread)
}

/// A consistent §3 table: leaf rows per column, totals by H3, （七） by H2, 一 by H1.
fn requests(
    template: Template,
    leaves: &[[u64; 6]],
    carried_in: [u64; 6],
    forward: [u64; 6],
) -> RequestTable {
    let mut t = RequestTable::new(template);
    let rows = RequestRow::rows(template);
    let with_total = |v: [u64; 6]| -> [Cell<u64>; 7] {
        let s: u64 = v.iter().sum();
        std::array::from_fn(|i| Cell::Value(if i < 6 { v[i] } else { s }))
    };
    let mut sum = [0u64; 6];
    let mut k = 0;
    for r in rows {
        if r.outcome().is_some() {
            let v = leaves[k % leaves.len()];
            k += 1;
            for i in 0..6 {
                sum[i] += v[i];
            }
            t.set_row(*r, with_total(v)).unwrap();
        }
    }
    // H1: received + carried = processed + forward, with carried at most the right side.
    let out: [u64; 6] = std::array::from_fn(|i| sum[i] + forward[i]);
    let carried: [u64; 6] = std::array::from_fn(|i| carried_in[i].min(out[i]));
    let received: [u64; 6] = std::array::from_fn(|i| out[i] - carried[i]);
    t.set_row(RequestRow::Received, with_total(received))
        .unwrap();
    t.set_row(RequestRow::CarriedIn, with_total(carried))
        .unwrap();
    t.set_row(RequestRow::TotalProcessed, with_total(sum))
        .unwrap();
    t.set_row(RequestRow::CarriedForward, with_total(forward))
        .unwrap();
    t
}

fn appeals(blocks: [[u64; 4]; 3]) -> AppealsTable {
    let mut t = AppealsTable::default();
    for (g, b) in AppealGroup::ALL.iter().zip(blocks) {
        let total: u64 = b.iter().sum();
        t.set_block(
            *g,
            std::array::from_fn(|i| Cell::Value(if i < 4 { b[i] } else { total })),
        );
    }
    t
}

fn active(template: Template, vals: &[(u32, i32, u16)]) -> ActiveTable {
    let mut t = ActiveTable::new(template);
    let cells: Vec<_> = t.cells().map(|(r, c, _)| (r, c)).collect();
    for (k, (r, c)) in cells.into_iter().enumerate() {
        let (u, s, cents) = vals[k % vals.len()];
        let text = match c.kind() {
            ActiveKind::Count => u.to_string(),
            ActiveKind::Signed => s.to_string(),
            _ => (Decimal::from(u) + Decimal::new(i64::from(cents % 100), 2)).to_string(),
        };
        t.set(r, c, ActiveCell::parse(c.kind(), &text)).unwrap();
    }
    t
}

fn small() -> impl Strategy<Value = [u64; 6]> {
    prop::array::uniform6(prop_oneof![3 => Just(0u64), 2 => 0u64..40, 1 => 0u64..3000])
}

fn report() -> impl Strategy<Value = AnnualReport> {
    (
        prop::bool::ANY,
        prop::collection::vec(small(), 1..6),
        small(),
        small(),
        prop::array::uniform3(prop::array::uniform4(0u64..30)),
        prop::collection::vec((0u32..5000, -300i32..300, 0u16..100), 1..8),
    )
        .prop_map(|(y21, leaves, ci, fw, ap, av)| {
            let (format, template) = if y21 {
                (ReportFormat::Std2021, Template::Std2021)
            } else {
                (ReportFormat::Std2019, Template::Std2019)
            };
            let mut r = AnnualReport::new(format);
            r.tables.active = Some(active(template, &av));
            r.tables.requests = Some(requests(template, &leaves, ci, fw));
            r.tables.appeals = Some(appeals(ap));
            r
        })
}

/// A consistent report whose every value has one digit (a few applications, each counted once,
/// none carried): flattened text then admits one reading of every row.
fn single_digit_report() -> impl Strategy<Value = AnnualReport> {
    (
        prop::bool::ANY,
        prop::collection::vec((0usize..30, 0usize..6), 0..4),
        prop::array::uniform3(prop::array::uniform4(0u64..3)),
        prop::collection::vec((0u32..10, -9i32..10, 0u16..100), 1..8),
    )
        .prop_map(|(y21, ones, ap, av)| {
            let (format, template) = if y21 {
                (ReportFormat::Std2021, Template::Std2021)
            } else {
                (ReportFormat::Std2019, Template::Std2019)
            };
            let n = RequestRow::rows(template)
                .iter()
                .filter(|r| r.outcome().is_some())
                .count();
            let mut leaves = vec![[0u64; 6]; n];
            for (r, c) in ones {
                leaves[r % n][c] += 1;
            }
            let mut r = AnnualReport::new(format);
            r.tables.active = Some(active(template, &av));
            r.tables.requests = Some(requests(template, &leaves, [0; 6], [0; 6]));
            r.tables.appeals = Some(appeals(ap));
            r
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn flattened_single_digits_round_trip_exactly(r in single_digit_report()) {
        let text = render_tables(&r, Layout::Flattened);
        let p = parse(&text).unwrap();
        prop_assert_eq!(&p.report.tables.requests, &r.tables.requests, "{}", text);
        prop_assert_eq!(&p.report.tables.appeals, &r.tables.appeals, "{}", text);
        prop_assert_eq!(&p.report.tables.active, &r.tables.active, "{}", text);
        prop_assert!(p.diagnostics.is_empty(), "{:#?}\n{}", p.diagnostics, text);
        prop_assert!(rules::check(&p.report).iter().all(|f| f.severity != Severity::Error));
    }

    #[test]
    fn parse_render_round_trips_in_every_layout(r in report()) {
        for layout in Layout::ALL {
            if layout == Layout::Html && !cfg!(feature = "html") {
                continue;
            }
            let text = render_tables(&r, layout);
            // The bytes door reads a page as HTML and text as text.
            let p = parse_bytes(text.as_bytes()).unwrap();
            if layout == Layout::Flattened {
                // Runs of digits may admit several readings: never a wrong cell, and no
                // error finding (the tables are consistent).
                let checked = read_right_or_unread(&p, &r);
                prop_assert!(checked.is_ok(), "{:?}\n{}\n{:#?}", checked, text, p.diagnostics);
                let errors: Vec<_> = rules::check(&p.report)
                    .into_iter()
                    .chain(p.diagnostics.iter().cloned())
                    .filter(|f| f.severity == Severity::Error)
                    .collect();
                prop_assert!(errors.is_empty(), "{:?}: {:?}\n{}", layout, errors, text);
                continue;
            }
            if layout == Layout::Html {
                // Every cell is a cell of the page: nothing to split, place or report.
                prop_assert!(p.diagnostics.is_empty(), "{:#?}\n{}", p.diagnostics, text);
            }
            let ambiguous = p.diagnostics.iter().any(|d| d.rule == "RDG002");
            prop_assert_eq!(&p.report.tables.requests, &r.tables.requests, "{:?}\n{}", layout, text);
            prop_assert_eq!(&p.report.tables.active, &r.tables.active, "{:?}\n{}", layout, text);
            if !ambiguous {
                prop_assert_eq!(&p.report.tables.appeals, &r.tables.appeals, "{:?}\n{}", layout, text);
            }
            let errors: Vec<_> = rules::check(&p.report)
                .into_iter()
                .chain(p.diagnostics.iter().cloned())
                .filter(|f| f.severity == Severity::Error)
                .collect();
            prop_assert!(errors.is_empty(), "{:?}: {:?}", layout, errors);
        }
    }

    #[test]
    fn blank_cells_round_trip_in_delimited_layouts(
        r in report(),
        blanks in prop::collection::vec((0usize..25, 0usize..7), 0..20),
    ) {
        let mut r = r;
        if let Some(t) = r.tables.requests.as_mut() {
            let rows = RequestRow::rows(t.template());
            for (i, c) in blanks {
                let row = rows[i % rows.len()];
                t.set(row, RequestColumn::ALL[c], Cell::Blank).unwrap();
            }
        }
        for layout in [Layout::Tabs, Layout::Pipes, Layout::Html] {
            if layout == Layout::Html && !cfg!(feature = "html") {
                continue;
            }
            let text = render_tables(&r, layout);
            let p = parse_bytes(text.as_bytes()).unwrap();
            prop_assert_eq!(&p.report.tables.requests, &r.tables.requests, "{:?}\n{}", layout, text);
        }
    }

    #[test]
    #[cfg(feature = "html")]
    fn html_pages_round_trip_blank_slash_zero_and_numbers_exactly(
        r in report(),
        marks in prop::collection::vec((0usize..40, 0usize..7, 0u8..3), 0..40),
    ) {
        // Every cell of the three tables blank, `/`, 0 or a number, in any mix: a page keeps
        // them apart, so the tables read back exactly (identities aside).
        let mut r = r;
        for (k, &(i, c, how)) in marks.iter().enumerate() {
            let mark = |n: u64| match how {
                0 => Cell::Blank,
                1 => Cell::NotApplicable,
                _ => Cell::Value(n),
            };
            if let Some(t) = r.tables.requests.as_mut() {
                let rows = RequestRow::rows(t.template());
                t.set(rows[i % rows.len()], RequestColumn::ALL[c], mark(0)).unwrap();
            }
            if let Some(t) = r.tables.appeals.as_mut() {
                let g = AppealGroup::ALL[i % AppealGroup::ALL.len()];
                t.set(g, AppealColumn::ALL[c % AppealColumn::ALL.len()], mark(k as u64));
            }
            if let Some(t) = r.tables.active.as_mut() {
                let cells: Vec<_> = t.cells().map(|(r, c, _)| (r, c)).collect();
                let (row, col) = cells[(i * 7 + c) % cells.len()];
                let text = match how {
                    0 => String::new(),
                    1 => "/".to_string(),
                    _ => "0".to_string(),
                };
                t.set(row, col, ActiveCell::parse(col.kind(), &text)).unwrap();
            }
        }
        let page = render_tables(&r, Layout::Html);
        let p = zfxxgk::parse::parse_html(&page).unwrap();
        prop_assert_eq!(&p.report.tables.requests, &r.tables.requests, "{}", page);
        // A §4 table of blank cells only is not a table that was filled in.
        let appeals = r.tables.appeals.clone().filter(|t| {
            t.blocks().any(|(_, b)| b.iter().any(|c| !c.is_blank()))
        });
        prop_assert_eq!(&p.report.tables.appeals, &appeals, "{}", page);
        prop_assert_eq!(&p.report.tables.active, &r.tables.active, "{}", page);
        let from_bytes = parse_bytes(page.as_bytes()).unwrap();
        prop_assert_eq!(&from_bytes.report.tables, &p.report.tables);
    }

    #[test]
    fn vanished_blanks_are_never_placed_by_guess(
        r in report(),
        blanks in prop::collection::vec((0usize..29, 0usize..7), 1..30),
    ) {
        // Blank §3 cells that held 0 keep the table consistent. In the layouts where blanks
        // leave no trace, a short row is placed by position or by the identities, or reported
        // not assessable — never a wrong cell, never an error. In flattened text a run with as
        // many digits as the row has cells is read as holding every cell (the convention the
        // real pages bear out); a blank that vanished inside such a run can then give a wrong
        // reading, but never an error: a reading that breaks an identity is not trusted when
        // a reading with a vanished cell fits.
        let mut r = r;
        if let Some(t) = r.tables.requests.as_mut() {
            let rows = RequestRow::rows(t.template());
            for (i, c) in blanks {
                let row = rows[i % rows.len()];
                let col = RequestColumn::ALL[c];
                if t.get(row, col) == Some(&Cell::Value(0)) {
                    t.set(row, col, Cell::Blank).unwrap();
                }
            }
        }
        for layout in [Layout::Spaces, Layout::CellPerLine, Layout::Flattened] {
            let text = render_tables(&r, layout);
            let p = parse(&text).unwrap();
            if layout != Layout::Flattened {
                let checked = read_right_or_unread(&p, &r);
                prop_assert!(checked.is_ok(), "{:?} {:?}\n{}\n{:#?}", layout, checked, text, p.diagnostics);
            }
            let errors: Vec<_> = rules::check(&p.report)
                .into_iter()
                .chain(p.diagnostics.iter().cloned())
                .filter(|f| f.severity == Severity::Error)
                .collect();
            prop_assert!(errors.is_empty(), "{:?}: {:?}\n{}", layout, errors, text);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let _ = parse(&s);
    }

    #[test]
    fn table_like_noise_never_panics(
        lines in prop::collection::vec(
            prop_oneof![
                Just("三、收到和处理政府信息公开申请情况".to_string()),
                Just("一、本年新收政府信息公开申请数量".to_string()),
                Just("| 1 | 2 |  | 3 |".to_string()),
                Just("（三）不予公开".to_string()),
                Just("行政复议 行政诉讼".to_string()),
                "[0-9０-９|/ \\t减+-]{0,40}",
                "[\\u{4e00}-\\u{4e20}（）、，|0-9 ]{0,30}",
            ],
            0..60,
        )
    ) {
        let _ = parse(&lines.join("\n"));
    }
}

fn real_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for sub in ["tables/text", "real", "parse_tables", "flat/text"] {
        if let Ok(rd) = fs::read_dir(dir.join(sub)) {
            for e in rd.flatten() {
                if let Ok(t) = fs::read_to_string(e.path()) {
                    out.push(t);
                }
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn mutated_real_reports_never_panic(
        pick in 0usize..64,
        edits in prop::collection::vec((0.0f64..1.0, 0usize..8, "\\PC{0,6}"), 1..12),
    ) {
        let texts = real_texts();
        prop_assume!(!texts.is_empty());
        let mut t = texts[pick % texts.len()].clone();
        for (at, kind, s) in edits {
            let mut i = ((t.len() as f64) * at) as usize;
            while i > 0 && !t.is_char_boundary(i) {
                i -= 1;
            }
            match kind {
                0 => t.insert_str(i, &s),
                1 => { let j = t[i..].char_indices().nth(3).map_or(t.len(), |(k, _)| i + k); t.replace_range(i..j, ""); }
                2 => t.insert(i, '\n'),
                3 => t.insert(i, '|'),
                4 => t.insert_str(i, "  "),
                5 => t.insert(i, '\t'),
                6 => t.insert_str(i, "1234567"),
                _ => { let j = t[i..].find('\n').map_or(t.len(), |k| i + k); t.replace_range(i..j, ""); }
            }
        }
        if let Ok(p) = parse(&t) {
            let _ = rules::check(&p.report);
        }
    }
}

#[test]
fn changing_one_cell_is_flagged() {
    // The lead's rules (H1–H4) report a changed cell; here: a §3 total in pipes layout.
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    r.tables.requests = Some(requests(
        Template::Std2021,
        &[[1, 0, 0, 0, 0, 0]],
        [0; 6],
        [0; 6],
    ));
    let mut text = render_tables(&r, Layout::Pipes);
    let before = text.clone();
    text = text.replacen("| （七）总计 | 21 |", "| （七）总计 | 23 |", 1);
    assert_ne!(text, before);
    let p = parse(&text).unwrap();
    let t = p.report.tables.requests.as_ref().unwrap();
    assert_eq!(
        t.get(RequestRow::TotalProcessed, RequestColumn::ALL[0]),
        Some(&Cell::Value(23)),
        "{text}"
    );
    let errs: Vec<_> = rules::check(&p.report)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(
        errs.iter()
            .any(|f| f.location.column_id() == Some("natural_person")),
        "{errs:#?}"
    );
}
