//! The blank policy shared by the table rules: how a blank, `/` or unreadable cell enters an
//! identity (DOMAIN.md §2.4 "blank cells are used for 0", §7 "cell semantics").
//!
//! * every input of an identity instance blank or `/` → not assessable;
//! * an unreadable input ([`Cell::Invalid`]) → not assessable there (the `DOM` rules report the
//!   cell itself);
//! * otherwise blank and `/` are read as 0 and the identity is assessed; a violation names the
//!   cells that were read as 0, because a blank in a real report may also mean "not filled in";
//! * a blank §3 `总计` whose row has filled sub-columns is replaced by their sum, and the rule
//!   says so.
//!
//! Places that are not assessable are gathered into one [`Status::NotAssessable`] finding per
//! rule and table ([`NotAssessed`]), so a wholly blank table yields one line, not hundreds.

use std::borrow::Cow;

use crate::applicant::RequestColumn;
use crate::finding::{Finding, Location, Quantity, Rule, Severity, Status, TableId};
use crate::outcome::RequestRow;
use crate::report::policy::resolve_cell;
pub(crate) use crate::report::policy::Input;
use crate::report::{AnnualReport, Cell, CellRef, RequestCells, RequestTable};

/// The name of an input or a place, rendered (in English: ids; in Chinese: labels) only when a
/// message needs it, so assessing a consistent table allocates no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Name {
    /// A fixed name: English id, Chinese label.
    Fixed(&'static str, &'static str),
    /// A §3 row.
    Row(RequestRow),
    /// A §3 column (`自然人列`).
    Column(RequestColumn),
    /// A cell of an added row: row id, column id, row label, column label.
    Cell(&'static str, &'static str, &'static str, &'static str),
}

impl Name {
    /// The English name (ids).
    pub(crate) fn en(self) -> Cow<'static, str> {
        match self {
            Name::Fixed(en, _) => Cow::Borrowed(en),
            Name::Row(r) => Cow::Borrowed(r.id()),
            Name::Column(c) => Cow::Borrowed(c.id()),
            Name::Cell(r, c, _, _) => Cow::Owned(format!("{r}/{c}")),
        }
    }

    /// The Chinese name (labels).
    pub(crate) fn zh(self) -> Cow<'static, str> {
        match self {
            Name::Fixed(_, zh) => Cow::Borrowed(zh),
            Name::Row(r) => Cow::Borrowed(row_zh(r)),
            Name::Column(c) => Cow::Owned(format!("{}列", c.label())),
            Name::Cell(_, _, r, c) => Cow::Owned(format!("{r}行{c}列")),
        }
    }
}

/// One named input of an identity instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    /// Its name.
    pub name: Name,
    /// The value.
    pub input: Input,
    /// The value is the sum of the row's sub-columns because its `总计` was blank.
    pub replaced: bool,
}

impl Term {
    /// A term read from a count cell.
    pub(crate) fn new(name: Name, cell: &Cell<u64>) -> Term {
        Term {
            name,
            input: Input::of(cell),
            replaced: false,
        }
    }
}

/// The relation an identity instance asserts between its two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relation {
    /// `lhs = rhs`.
    Eq,
    /// `lhs ≤ rhs`.
    Le,
}

/// What assessing one identity instance gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Eval {
    /// Every input blank, or one unreadable.
    NotAssessable {
        /// Some input was unreadable (rather than all blank).
        invalid: bool,
    },
    /// The relation holds.
    Holds {
        /// Some `总计` was computed from the sub-columns.
        replaced: bool,
    },
    /// The relation fails.
    Fails {
        /// Left side (with blanks read as 0).
        lhs: u128,
        /// Right side.
        rhs: u128,
        /// What to append to the English message (blanks read as 0, replaced totals).
        note_en: String,
        /// The same in Chinese.
        note_zh: String,
    },
}

impl Eval {
    /// Whether the instance needs no finding (it held, without replacing a `总计`), so that a
    /// consistent table costs no text.
    pub(crate) fn is_silent(&self) -> bool {
        matches!(self, Eval::Holds { replaced: false })
    }
}

/// Assesses `lhs rel rhs` under the blank policy.
pub(crate) fn assess(lhs: &[Term], rel: Relation, rhs: &[Term]) -> Eval {
    let all = || lhs.iter().chain(rhs.iter());
    if all().any(|t| t.input == Input::Invalid) {
        return Eval::NotAssessable { invalid: true };
    }
    if all().all(|t| t.input == Input::Blank) {
        return Eval::NotAssessable { invalid: false };
    }
    let sum = |ts: &[Term]| -> u128 {
        ts.iter()
            .map(|t| match t.input {
                Input::Value(v) => u128::from(v),
                _ => 0,
            })
            .sum()
    };
    let (l, r) = (sum(lhs), sum(rhs));
    let holds = match rel {
        Relation::Eq => l == r,
        Relation::Le => l <= r,
    };
    let replaced = all().any(|t| t.replaced);
    if holds {
        return Eval::Holds { replaced };
    }
    let blanks: Vec<&Term> = all().filter(|t| t.input == Input::Blank).collect();
    let repl: Vec<&Term> = all().filter(|t| t.replaced).collect();
    let mut note_en = String::new();
    let mut note_zh = String::new();
    if !blanks.is_empty() {
        note_en.push_str(&format!("; blank cells read as 0: {}", join_en(&blanks)));
        note_zh.push_str(&format!("；空白单元格按0计：{}", join_zh(&blanks)));
    }
    if !repl.is_empty() {
        note_en.push_str(&format!(
            "; blank 总计 computed from the sub-columns: {}",
            join_en(&repl)
        ));
        note_zh.push_str(&format!("；总计空白，按分列之和计：{}", join_zh(&repl)));
    }
    Eval::Fails {
        lhs: l,
        rhs: r,
        note_en,
        note_zh,
    }
}

fn join_en(ts: &[&Term]) -> String {
    ts.iter()
        .map(|t| t.name.en())
        .collect::<Vec<_>>()
        .join(", ")
}

fn join_zh(ts: &[&Term]) -> String {
    ts.iter()
        .map(|t| t.name.zh())
        .collect::<Vec<_>>()
        .join("、")
}

/// Renders the terms of one side as `a + b + c` (blank shown as `空`).
pub(crate) fn show(ts: &[Term]) -> String {
    ts.iter()
        .map(|t| match t.input {
            Input::Value(v) => v.to_string(),
            Input::Blank => "空".to_string(),
            Input::Invalid => "?".to_string(),
        })
        .collect::<Vec<_>>()
        .join("+")
}

/// A §3 row's short Chinese name: `一、本年新收`, `（三）1.属于国家秘密`, `（七）总计`.
pub(crate) fn row_zh(row: RequestRow) -> &'static str {
    match row {
        RequestRow::Received => "一、本年新收",
        RequestRow::CarriedIn => "二、上年结转",
        RequestRow::CarriedForward => "四、结转下年度",
        other => other.label(),
    }
}

/// A §3 cell as a term, named by its row when `by_row` (a column identity) or by its column
/// (a row identity). A blank or `/` `总计` is replaced by the sum of the row's sub-columns
/// (blanks read as 0) when at least one of them is filled; an unreadable sub-column makes the
/// replaced total unreadable.
pub(crate) fn request_term(
    cells: &RequestCells,
    row: RequestRow,
    col: RequestColumn,
    by_row: bool,
) -> Term {
    let name = if by_row {
        Name::Row(row)
    } else {
        Name::Column(col)
    };
    named_request_term(cells, col, name)
}

/// [`request_term`] with the term's names given.
pub(crate) fn named_request_term(cells: &RequestCells, col: RequestColumn, name: Name) -> Term {
    let (input, replaced) = resolve_cell(cells, col);
    Term {
        name,
        input,
        replaced,
    }
}

/// The §3 terms of column `col` in the rows `pick` selects, in table order.
pub(crate) fn column_terms(
    t: &RequestTable,
    pick: impl Fn(RequestRow) -> bool,
    col: RequestColumn,
) -> Vec<Term> {
    let mut terms = Vec::new();
    column_terms_into(t, pick, col, &mut terms);
    terms
}

/// [`column_terms`] written into `terms` (cleared first): a rule that goes over every column
/// reuses one buffer instead of growing a new vector for each.
pub(crate) fn column_terms_into(
    t: &RequestTable,
    pick: impl Fn(RequestRow) -> bool,
    col: RequestColumn,
    terms: &mut Vec<Term>,
) {
    terms.clear();
    terms.extend(
        t.rows()
            .filter(|(r, _)| pick(*r))
            .map(|(r, cells)| request_term(cells, r, col, true)),
    );
}

/// The location of a §3 column, with the span of its cell in `row` when known.
pub(crate) fn requests_column(
    report: &AnnualReport,
    row: RequestRow,
    col: RequestColumn,
) -> Location {
    let mut loc = Location::column(col);
    loc.span = report.span_of(&CellRef::Requests { row, column: col });
    loc
}

/// The location of one cell, with its span when known.
pub(crate) fn cell_location(report: &AnnualReport, cell: CellRef) -> Location {
    let mut loc = Location::cell(cell);
    loc.span = report.span_of(&cell);
    loc
}

/// Gathers the places where one rule could not be assessed in one table, and reports them as a
/// single [`Status::NotAssessable`] finding.
pub(crate) struct NotAssessed {
    rule: &'static Rule,
    table: TableId,
    what: &'static str,
    what_zh: &'static str,
    blank: Vec<Name>,
    invalid: Vec<Name>,
}

impl NotAssessed {
    /// A collector for `rule` on `table`; `what`/`what_zh` name the identity checked.
    pub(crate) fn new(
        rule: &'static Rule,
        table: TableId,
        what: &'static str,
        what_zh: &'static str,
    ) -> NotAssessed {
        NotAssessed {
            rule,
            table,
            what,
            what_zh,
            blank: Vec::new(),
            invalid: Vec::new(),
        }
    }

    /// Records a place that was not assessable; `invalid` when an input was unreadable.
    pub(crate) fn add(&mut self, p: Name, invalid: bool) {
        if invalid {
            self.invalid.push(p);
        } else {
            self.blank.push(p);
        }
    }

    /// Records the result of [`assess`] if it was not assessable; gives back the results that
    /// need a finding (a failure, or a hold that replaced a `总计`).
    pub(crate) fn take(&mut self, place: Name, e: Eval) -> Option<Eval> {
        match e {
            Eval::NotAssessable { invalid } => {
                self.add(place, invalid);
                None
            }
            e if e.is_silent() => None,
            other => Some(other),
        }
    }

    /// Pushes the one finding, if any place was not assessable.
    pub(crate) fn finish(self, out: &mut Vec<Finding>) {
        if self.blank.is_empty() && self.invalid.is_empty() {
            return;
        }
        let mut en = format!("{} not assessable", self.what);
        let mut zh = format!("{}无法核对", self.what_zh);
        let list = |v: &[Name], zh: bool| {
            v.iter()
                .map(|n| if zh { n.zh() } else { n.en() })
                .collect::<Vec<_>>()
                .join(if zh { "、" } else { ", " })
        };
        if !self.blank.is_empty() {
            en.push_str(&format!(
                "; every input blank at: {}",
                list(&self.blank, false)
            ));
            zh.push_str(&format!(
                "；以下各处数据全部空白：{}",
                list(&self.blank, true)
            ));
        }
        if !self.invalid.is_empty() {
            en.push_str(&format!(
                "; an input unreadable at: {}",
                list(&self.invalid, false)
            ));
            zh.push_str(&format!(
                "；以下各处含无法识别的数据：{}",
                list(&self.invalid, true)
            ));
        }
        out.push(
            Finding::of(self.rule, Location::table(self.table))
                .lowered(Severity::Info)
                .status(Status::NotAssessable)
                .message(en, zh),
        );
    }
}

/// Turns an assessed instance into a finding: an error on failure (with `expected` = the
/// left side, `actual` = the right side), a note when it held only thanks to a replaced
/// `总计`. `describe(l, r)` gives the English and Chinese message heads.
pub(crate) fn emit(
    out: &mut Vec<Finding>,
    code: &'static Rule,
    loc: Location,
    eval: Eval,
    describe: impl Fn(u128, u128) -> (String, String),
    note: (String, String),
) {
    out.extend(finding(code, loc, eval, describe, note));
}

/// The finding [`emit`] pushes, if any.
pub(crate) fn finding(
    code: &'static Rule,
    loc: Location,
    eval: Eval,
    describe: impl Fn(u128, u128) -> (String, String),
    (note_en, note_zh): (String, String),
) -> Option<Finding> {
    match eval {
        Eval::Fails {
            lhs,
            rhs,
            note_en: ne,
            note_zh: nz,
        } => {
            let (en, zh) = describe(lhs, rhs);
            Some(
                Finding::of(code, loc)
                    .message(format!("{en}{ne}"), format!("{zh}{nz}"))
                    .expected(int(lhs))
                    .actual(int(rhs)),
            )
        }
        Eval::Holds { replaced: true } => Some(
            Finding::of(code, loc)
                .lowered(Severity::Info)
                .status(Status::Note)
                .message(note_en, note_zh),
        ),
        Eval::Holds { replaced: false } | Eval::NotAssessable { .. } => None,
    }
}

/// A sum as a finding quantity. Sums are of at most 30 `u64` values, far below `i128::MAX`;
/// saturating keeps that an invariant rather than a cast.
pub(crate) fn int(v: u128) -> Quantity {
    Quantity::Int(i128::try_from(v).unwrap_or(i128::MAX))
}

pub(crate) const NOTE_EN: &str =
    "holds, assessed from the sub-columns because a 总计 cell is blank";
pub(crate) const NOTE_ZH: &str = "总计单元格空白，按分列之和核对，关系成立";

#[cfg(test)]
mod tests {
    use super::*;

    fn t(v: Option<u64>) -> Term {
        let cell = match v {
            Some(v) => Cell::Value(v),
            None => Cell::Blank,
        };
        Term::new(Name::Fixed("x", "甲"), &cell)
    }

    #[test]
    fn take_gives_back_only_what_needs_a_finding() {
        let mut na = NotAssessed::new(&crate::rules::TBL001, TableId::Requests, "H1", "H1");
        let place = Name::Fixed("total", "总计");
        assert_eq!(na.take(place, Eval::Holds { replaced: false }), None);
        assert_eq!(
            na.take(place, Eval::Holds { replaced: true }),
            Some(Eval::Holds { replaced: true })
        );
        assert_eq!(na.take(place, Eval::NotAssessable { invalid: false }), None);
        let mut out = Vec::new();
        na.finish(&mut out);
        assert_eq!(out.len(), 1, "the not-assessable place is reported once");
    }

    #[test]
    fn all_blank_is_not_assessable_and_invalid_wins() {
        assert_eq!(
            assess(&[t(None)], Relation::Eq, &[t(None)]),
            Eval::NotAssessable { invalid: false }
        );
        let bad = Term::new(Name::Fixed("y", "乙"), &Cell::Invalid("-1".into()));
        assert_eq!(
            assess(&[t(Some(1))], Relation::Eq, &[bad]),
            Eval::NotAssessable { invalid: true }
        );
    }

    #[test]
    fn blanks_read_as_zero_and_named_on_failure() {
        assert_eq!(
            assess(&[t(Some(0)), t(None)], Relation::Eq, &[t(Some(0))]),
            Eval::Holds { replaced: false }
        );
        match assess(&[t(Some(3)), t(None)], Relation::Eq, &[t(Some(2))]) {
            Eval::Fails {
                lhs,
                rhs,
                note_en,
                note_zh,
            } => {
                assert_eq!((lhs, rhs), (3, 2));
                assert_eq!(note_en, "; blank cells read as 0: x");
                assert_eq!(note_zh, "；空白单元格按0计：甲");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            assess(&[t(Some(2))], Relation::Le, &[t(Some(3))]),
            Eval::Holds { replaced: false }
        );
    }

    #[test]
    fn blank_total_is_replaced_by_its_parts() {
        let mut cells: RequestCells = Default::default();
        cells[0] = Cell::Value(u64::MAX);
        let term = request_term(&cells, RequestRow::Received, RequestColumn::Total, true);
        assert_eq!((term.input, term.replaced), (Input::Value(u64::MAX), true));
        cells[1] = Cell::Value(1);
        let term = request_term(&cells, RequestRow::Received, RequestColumn::Total, true);
        assert_eq!(
            term.input,
            Input::Invalid,
            "overflow is unreadable, not a panic"
        );
        let blank: RequestCells = Default::default();
        let term = request_term(&blank, RequestRow::Received, RequestColumn::Total, true);
        assert_eq!((term.input, term.replaced), (Input::Blank, false));
    }
}
