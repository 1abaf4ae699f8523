//! Table identities of the standard formats (DOMAIN.md §2.7): H1–H4, H7 and H8.
//!
//! Each rule checks one identity per column, row or block, under the blank policy of
//! [`crate::rules`] (`policy.rs`): all inputs blank → not assessable (one info finding per rule
//! and table); some blank → blanks read as 0, and a violation names them; a blank `总计` with
//! filled sub-columns → their sum, and the rule says so.
//!
//! H6 (each application is counted in exactly one outcome row, DOMAIN.md §2.4) cannot be
//! checked from a table alone: an application counted twice and another not counted at all
//! leave every sum intact. It needs the case records, not the report.

use crate::applicant::RequestColumn;
use crate::finding::{Finding, Location, Quantity, RowId, Severity, TableId};
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::report::{
    identities, AnnualReport, AppealCells, AppealColumn, AppealGroup, Cell, CellRef, ExtraRow,
    RequestCells, RequestTable,
};
use crate::rules::policy::{
    assess, column_terms, column_terms_into, emit, finding, int, named_request_term, request_term,
    requests_column, row_zh, show, Eval, Input, Name, NotAssessed, Relation, Term, NOTE_EN,
    NOTE_ZH,
};
use crate::rules::{TBL001, TBL002, TBL003, TBL004, TBL005, TBL006, TBL007};

/// The note of a column identity that held only thanks to a replaced `总计`.
fn column_note(identity: &str, col: RequestColumn) -> (String, String) {
    (
        format!("column {}: {identity} {NOTE_EN}", col.id()),
        format!("{}列：{NOTE_ZH}", col.label()),
    )
}

/// Rows 一 and 二 (the left side of H1).
fn is_inflow(r: RequestRow) -> bool {
    identities::H1_INFLOW.contains(&r)
}

/// Rows （七） and 四 (the right side of H1).
fn is_outflow(r: RequestRow) -> bool {
    identities::H1_OUTFLOW.contains(&r)
}

/// H1 for one column: the assessed instance, its terms written into `ins` and `outs` (buffers
/// reused from column to column).
fn h1_eval(
    t: &RequestTable,
    col: RequestColumn,
    ins: &mut Vec<Term>,
    outs: &mut Vec<Term>,
) -> Eval {
    column_terms_into(t, is_inflow, col, ins);
    column_terms_into(t, is_outflow, col, outs);
    assess(ins, Relation::Eq, outs)
}

/// H1: per column, 一 + 二 = （七） + 四.
pub(crate) fn h1_column_balance(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    let mut na = NotAssessed::new(
        &TBL001,
        TableId::Requests,
        "H1 (一 + 二 = （七） + 四)",
        "第一项加第二项之和等于第三项加第四项之和的勾稽关系",
    );
    let (mut ins, mut outs) = (Vec::new(), Vec::new());
    for col in RequestColumn::ALL {
        let e = h1_eval(t, col, &mut ins, &mut outs);
        let Some(e) = na.take(Name::Column(col), e) else {
            continue;
        };
        let loc = requests_column(report, RequestRow::TotalProcessed, col);
        emit(
            out,
            &TBL001,
            loc,
            e,
            |l, r| {
                (
                    format!(
                        "column {}: received + carried_in = {} = {l}, but total_processed + carried_forward = {} = {r}",
                        col.id(), show(&ins), show(&outs)
                    ),
                    format!(
                        "{}列：第一项加第二项之和为{l}（{}），第三项加第四项之和为{r}（{}），二者不等",
                        col.label(), show(&ins), show(&outs)
                    ),
                )
            },
            column_note("H1", col),
        );
    }
    na.finish(out);
}

/// H2: per column, （七）总计 = Σ outcome leaf rows.
pub(crate) fn h2_outcome_total(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    let mut na = NotAssessed::new(
        &TBL002,
        TableId::Requests,
        "H2 (（七）总计 = Σ outcome rows)",
        "（七）总计等于各项办理结果之和的关系",
    );
    // The table's rows are its template's: its H2 parts are its outcome leaf rows.
    let (mut total, mut parts) = (Vec::new(), Vec::new());
    for col in RequestColumn::ALL {
        column_terms_into(t, |r| r == identities::H2_TOTAL, col, &mut total);
        column_terms_into(t, identities::is_h2_part, col, &mut parts);
        let e = assess(&parts, Relation::Eq, &total);
        let Some(e) = na.take(Name::Column(col), e) else {
            continue;
        };
        let loc = requests_column(report, RequestRow::TotalProcessed, col);
        emit(
            out,
            &TBL002,
            loc,
            e,
            |l, r| {
                (
                    format!(
                        "column {}: the outcome rows add up to {l}, but total_processed is {r}",
                        col.id()
                    ),
                    format!(
                        "{}列：各项办理结果之和为{l}，（七）总计为{r}，二者不等",
                        col.label()
                    ),
                )
            },
            column_note("H2", col),
        );
    }
    na.finish(out);
}

/// The location of a §3 row, with the span of its `总计` cell when known.
fn requests_row(report: &AnnualReport, row: RequestRow) -> Location {
    let mut loc = Location::row(row);
    loc.span = report.span_of(&CellRef::Requests {
        row,
        column: RequestColumn::Total,
    });
    loc
}

/// The six applicant terms of a row, named by column.
fn applicant_terms(cells: &RequestCells, row: RequestRow) -> [Term; 6] {
    identities::H3_PARTS.map(|c| request_term(cells, row, c, false))
}

/// H3: per row, 总计 = 自然人 + Σ legal-person columns. A blank `总计` on a row whose parts add
/// up to more than 0 is a warning (the total was left blank); adding up to 0 it is silent.
pub(crate) fn h3_row_total(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    let mut na = NotAssessed::new(
        &TBL003,
        TableId::Requests,
        "H3 (总计 = Σ applicant columns)",
        "总计等于各类申请人之和的关系",
    );
    for (row, cells) in t.rows() {
        let parts = applicant_terms(cells, row);
        let total = Term::new(
            Name::Fixed("total", "总计"),
            &cells[RequestColumn::Total.index()],
        );
        if total.input == Input::Blank {
            let slash = cells[RequestColumn::Total.index()] == Cell::NotApplicable;
            blank_row_total(report, row, &parts, slash, &mut na, out);
            continue;
        }
        let total = [total];
        let e = assess(&parts, Relation::Eq, &total);
        let Some(e) = na.take(Name::Row(row), e) else {
            continue;
        };
        emit(
            out,
            &TBL003,
            requests_row(report, row),
            e,
            |l, r| {
                (
                    format!(
                        "row {}: the applicant columns add up to {} = {l}, but total is {r}",
                        row.id(),
                        show(&parts)
                    ),
                    format!(
                        "{}行：各类申请人之和为{l}（{}），总计为{r}，二者不等",
                        row_zh(row),
                        show(&parts)
                    ),
                )
            },
            Default::default(),
        );
    }
    na.finish(out);
}

/// H3 on a row whose `总计` is blank or `/`.
fn blank_row_total(
    report: &AnnualReport,
    row: RequestRow,
    parts: &[Term],
    slash: bool,
    na: &mut NotAssessed,
    out: &mut Vec<Finding>,
) {
    let e = assess(parts, Relation::Eq, &[]);
    let sum = match e {
        Eval::NotAssessable { invalid } => {
            na.add(Name::Row(row), invalid);
            return;
        }
        Eval::Holds { .. } => return,
        Eval::Fails { lhs, .. } => lhs,
    };
    let (en, zh) = if slash {
        ("`/`", "“/”")
    } else {
        ("blank", "空白")
    };
    out.push(
        Finding::of(&TBL003, requests_row(report, row))
            .lowered(Severity::Warning)
            .message(
                format!(
                    "row {}: total left {en} though the applicant columns add up to {sum}",
                    row.id()
                ),
                format!("{}行：各类申请人之和为{sum}，总计却为{zh}", row_zh(row)),
            )
            .expected(int(sum))
            .actual(Quantity::Text(if slash { "/" } else { "blank" }.into())),
    );
}

/// H2 for subtotal rows a report added: each equals the sum of its children, per column.
pub(crate) fn h2_added_subtotals(report: &AnnualReport, out: &mut Vec<Finding>) {
    let mut na = NotAssessed::new(
        &TBL004,
        TableId::Requests,
        "H2 for added subtotal rows",
        "自行增加的小计行与其下各项之和的关系",
    );
    for extra in report.extras.iter() {
        let ExtraRow::RequestSubtotal { group, cells } = extra else {
            continue;
        };
        let group = *group;
        let Some(t) = &report.tables.requests else {
            na.add(Name::Fixed(group.id(), group.label()), false);
            continue;
        };
        let mut kids = Vec::new();
        for col in RequestColumn::ALL {
            let sub = [subtotal_term(cells, group, col)];
            let in_group = |r: RequestRow| r.outcome().is_some_and(|o| o.group() == group);
            column_terms_into(t, in_group, col, &mut kids);
            let e = assess(&kids, Relation::Eq, &sub);
            let place = Name::Cell(group.id(), col.id(), group.label(), col.label());
            let Some(e) = na.take(place, e) else {
                continue;
            };
            let loc = Location::row(group).with_column(col);
            emit(
                out,
                &TBL004,
                loc,
                e,
                |l, r| {
                    (
                        format!(
                            "added subtotal {} column {}: its rows add up to {l}, but the subtotal is {r}",
                            group.id(), col.id()
                        ),
                        format!(
                            "自行增加的小计行{}，{}列：其下各项之和为{l}，小计为{r}，二者不等",
                            group.label(), col.label()
                        ),
                    )
                },
                (
                    format!(
                        "added subtotal {} column {}: {NOTE_EN}",
                        group.id(),
                        col.id()
                    ),
                    format!("小计行{}，{}列：{NOTE_ZH}", group.label(), col.label()),
                ),
            );
        }
    }
    na.finish(out);
}

/// A subtotal cell as a term (its blank `总计` replaced by its own sub-columns).
fn subtotal_term(cells: &RequestCells, group: OutcomeGroup, col: RequestColumn) -> Term {
    named_request_term(cells, col, Name::Fixed(group.id(), group.label()))
}

/// The four part terms and the total term of a §4 block.
fn block_terms(cells: &AppealCells) -> (Vec<Term>, Vec<Term>) {
    let parts = identities::H4_PARTS
        .iter()
        .map(|c| Term::new(Name::Fixed(c.id(), c.label()), &cells[c.index()]))
        .collect();
    let total = vec![Term::new(
        Name::Fixed("total", "总计"),
        &cells[identities::H4_TOTAL.index()],
    )];
    (parts, total)
}

/// H4: per §4 block, 总计 = 维持 + 纠正 + 其他 + 尚未审结.
pub(crate) fn h4_block_total(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.appeals else {
        return;
    };
    let mut na = NotAssessed::new(
        &TBL005,
        TableId::Appeals,
        "H4 (总计 = 维持 + 纠正 + 其他 + 尚未审结)",
        "总计等于结果维持、结果纠正、其他结果、尚未审结之和的关系",
    );
    for (group, cells) in t.blocks() {
        let (parts, total) = block_terms(cells);
        let e = assess(&parts, Relation::Eq, &total);
        let Some(e) = na.take(Name::Fixed(group.id(), group.label()), e) else {
            continue;
        };
        let mut loc = Location::row(group);
        loc.span = report.span_of(&CellRef::Appeals {
            group,
            column: AppealColumn::Total,
        });
        emit(
            out,
            &TBL005,
            loc,
            e,
            |l, r| {
                (
                    format!(
                        "block {}: upheld + corrected + other + pending = {} = {l}, but total is {r}",
                        group.id(),
                        show(&parts)
                    ),
                    format!(
                        "{}：结果维持、结果纠正、其他结果、尚未审结之和为{l}（{}），总计为{r}，二者不等",
                        group.label(),
                        show(&parts)
                    ),
                )
            },
            Default::default(),
        );
    }
    na.finish(out);
}

/// H7: per column where H1 is not assessable because a cell is unreadable, the bounds that
/// the readable cells still allow. Where H1 is assessable it subsumes H7; where every input is
/// blank, TBL001 already reports the column as not assessable, so this rule stays quiet.
pub(crate) fn h7_column_bounds(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    let (mut ins, mut outs) = (Vec::new(), Vec::new());
    for col in RequestColumn::ALL {
        let e = h1_eval(t, col, &mut ins, &mut outs);
        if !matches!(e, Eval::NotAssessable { invalid: true }) {
            continue;
        }
        for row in [RequestRow::TotalProcessed, RequestRow::CarriedForward] {
            let bounded = column_terms(t, |r| r == row, col);
            let e = assess(&bounded, Relation::Le, &ins);
            let loc = requests_column(report, row, col);
            let f = finding(
                &TBL006,
                loc,
                e,
                |l, r| {
                    (
                        format!(
                            "column {}: {} is {l}, more than received + carried_in = {r}",
                            col.id(),
                            row.id()
                        ),
                        format!(
                            "{}列：{}为{l}，大于第一项加第二项之和{r}",
                            col.label(),
                            row_zh(row)
                        ),
                    )
                },
                Default::default(),
            );
            // `finding` states expected = lhs; for a bound the expectation is "at most rhs".
            out.extend(f.map(|mut f| {
                std::mem::swap(&mut f.expected, &mut f.actual);
                f
            }));
        }
    }
}

/// H8: an added 行政诉讼 total block equals the sum of the two litigation blocks, per column.
pub(crate) fn h8_litigation_total(report: &AnnualReport, out: &mut Vec<Finding>) {
    let mut na = NotAssessed::new(
        &TBL007,
        TableId::Appeals,
        "H8 (行政诉讼合计 = 直接起诉 + 复议后起诉)",
        "行政诉讼合计等于未经复议直接起诉与复议后起诉之和的关系",
    );
    for extra in report.extras.iter() {
        let ExtraRow::LitigationTotal { cells } = extra else {
            continue;
        };
        let Some(t) = &report.tables.appeals else {
            na.add(Name::Fixed("litigation_total", "行政诉讼合计"), false);
            continue;
        };
        for col in AppealColumn::ALL {
            let i = col.index();
            let sum = [
                AppealGroup::LitigationDirect,
                AppealGroup::LitigationAfterReconsideration,
            ]
            .map(|g| Term::new(Name::Fixed(g.id(), g.label()), &t.block(g)[i]));
            let total = [Term::new(
                Name::Fixed("litigation_total", "行政诉讼合计"),
                &cells[i],
            )];
            let e = assess(&sum, Relation::Eq, &total);
            let Some(e) = na.take(
                Name::Cell("litigation_total", col.id(), "行政诉讼合计", col.label()),
                e,
            ) else {
                continue;
            };
            let loc = Location::row(RowId::LitigationTotal).with_column(*col);
            emit(
                out,
                &TBL007,
                loc,
                e,
                |l, r| {
                    (
                        format!(
                            "added litigation total, column {}: litigation_direct + litigation_after_reconsideration = {} = {l}, but the total is {r}",
                            col.id(), show(&sum)
                        ),
                        format!(
                            "自行增加的行政诉讼合计，{}列：未经复议直接起诉与复议后起诉之和为{l}（{}），合计为{r}，二者不等",
                            col.label(), show(&sum)
                        ),
                    )
                },
                Default::default(),
            );
        }
    }
    na.finish(out);
}
