//! The tables' value accessors agree with the cells they read, on every cell of the real
//! fixture reports (tables read from text, sources on each file's first line), and
//! `RequestTable::resolved` follows the blank-total policy the rules use.

use std::fs;

use zfxxgk::report::ActiveCell;
use zfxxgk::{
    AnnualReport, AppealColumn, AppealGroup, Cell, RequestColumn, RequestRow, Vocabulary,
};

fn reports() -> Vec<(String, AnnualReport)> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/real", "tests/fixtures/tables/text"] {
        let mut paths: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        {
            let text = fs::read_to_string(&p).unwrap();
            let report = zfxxgk::parse::parse(&text).unwrap().report;
            out.push((p.display().to_string(), report));
        }
    }
    assert!(out.len() >= 10);
    out
}

#[test]
fn value_is_the_number_of_the_cell_get_returns() {
    let mut read = 0;
    for (name, r) in reports() {
        if let Some(t) = &r.tables.requests {
            for &row in <RequestRow as Vocabulary>::ALL {
                for &col in <RequestColumn as Vocabulary>::ALL {
                    let want = match t.get(row, col) {
                        Some(Cell::Value(v)) => Some(*v),
                        _ => None,
                    };
                    assert_eq!(t.value(row, col), want, "{name} {row} {col}");
                    read += usize::from(want.is_some());
                }
            }
        }
        if let Some(t) = &r.tables.appeals {
            for &g in AppealGroup::ALL {
                for &c in AppealColumn::ALL {
                    assert_eq!(t.value(g, c), t.block(g)[c.index()].get(), "{name} {g} {c}");
                }
            }
        }
        if let Some(t) = &r.tables.active {
            for (row, col, cell) in t.cells() {
                let (count, signed, amount) = match cell {
                    ActiveCell::Count(c) => (c.get(), None, None),
                    ActiveCell::Signed(c) => (None, c.get(), None),
                    ActiveCell::Amount(c) => (None, None, c.get()),
                    _ => unreachable!("three kinds"),
                };
                assert_eq!(t.count(row, col), count, "{name} {row} {col}");
                assert_eq!(t.signed(row, col), signed, "{name} {row} {col}");
                assert_eq!(t.amount(row, col), amount, "{name} {row} {col}");
            }
        }
    }
    assert!(read >= 500, "{read} §3 numbers read");
}

/// `resolved` is the written number, or for a blank or `/` 总计 the sum of the row's applicant
/// columns (blanks as 0) when one of them is filled, unreadable if one is unreadable.
#[test]
fn resolved_reads_a_blank_total_from_its_row() {
    for (name, r) in reports() {
        let Some(t) = &r.tables.requests else {
            continue;
        };
        for &row in RequestRow::rows(t.template()) {
            for &col in <RequestColumn as Vocabulary>::ALL {
                let own = t.get(row, col).unwrap();
                let want = match (own, col) {
                    (Cell::Value(v), _) => Some(*v),
                    (Cell::Blank | Cell::NotApplicable, RequestColumn::Total) => {
                        let parts: Vec<&Cell<u64>> = RequestColumn::ALL[..6]
                            .iter()
                            .map(|c| t.get(row, *c).unwrap())
                            .collect();
                        if parts.iter().any(|c| matches!(c, Cell::Invalid(_)))
                            || parts.iter().all(|c| c.get().is_none())
                        {
                            None
                        } else {
                            parts
                                .iter()
                                .map(|c| c.get().unwrap_or(0))
                                .try_fold(0u64, u64::checked_add)
                        }
                    }
                    _ => None,
                };
                assert_eq!(t.resolved(row, col), want, "{name} {row} {col}");
            }
        }
    }
}
