//! Prose rules comparing what the sentences say with the report's own tables (identity S6):
//! §3 rows and row groups (`PRO008`), the §4 totals (`PRO010`) and §2 cells (`PRO011`).
//!
//! Each prose measure is compared with the rows it names, summed over the applicant columns
//! where `总计` is blank, and with the cells as printed otherwise (a table that is itself wrong
//! is compared as it stands: its own identities are the `TBL` rules' business). Where the prose
//! wording has a common lay reading besides the template's (`不予公开` for refusals and
//! information that cannot be provided together; `共受理` with or without the applications
//! carried in), either reading agrees.

use rust_decimal::Decimal;

use crate::applicant::RequestColumn;
use crate::finding::{Finding, Rule, Severity};
use crate::law::Template;
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::report::policy::resolve;
use crate::report::{
    ActiveColumn, ActiveRow, AnnualReport, AppealColumn, AppealGroup, ClaimKind, MeasureKind,
};
use crate::rules::{PRO008, PRO010, PRO011};

use super::places::{stated, Stated};
use super::{finding, quantity};

/// One way of reading a measure in a table: what it names (ids) and the value there.
struct Reading {
    rows: String,
    value: Option<u64>,
}

/// Adds up cells, `None` (blank) read as 0 unless every cell is blank; `None` on overflow too.
fn add(values: impl IntoIterator<Item = Option<u64>>) -> Option<u64> {
    let mut any = false;
    let mut sum: u64 = 0;
    for v in values.into_iter().flatten() {
        any = true;
        sum = sum.checked_add(v)?;
    }
    any.then_some(sum)
}

/// Emits the finding of one stated figure against its readings: none when any reading agrees
/// or none can be assessed.
fn compare(
    code: &'static Rule,
    table: (&str, &str),
    s: &Stated<'_>,
    readings: Vec<Reading>,
    out: &mut Vec<Finding>,
) {
    let assessed: Vec<(String, u64)> = readings
        .into_iter()
        .filter_map(|r| Some((r.rows, r.value?)))
        .collect();
    let Some((rows, expected)) = assessed.first().cloned() else {
        return;
    };
    if assessed.iter().any(|(_, v)| Decimal::from(*v) == s.value) {
        return;
    }
    let (table_en, table_zh) = table;
    out.push(
        finding(code, Severity::Warning, s.claim)
            .message(
                format!(
                    "the prose says {} for {}, the {table_en} table has {expected} ({rows}, column total)",
                    s.value,
                    s.kind.id()
                ),
                format!(
                    "正文“{}”为{}，{table_zh}表格相应总计为{expected}",
                    s.kind.label(),
                    s.value
                ),
            )
            .expected(expected)
            .actual(quantity(s.value)),
    );
}

/// PRO008 (S6): prose figures on applications equal the §3 rows or row groups they name.
pub(crate) fn requests(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.requests else {
        return;
    };
    let cell = |row| resolve(t, row, RequestColumn::Total);
    let group = |g: OutcomeGroup| {
        add(g
            .members(t.template())
            .map(|o| cell(RequestRow::Outcome(o))))
    };
    let reading = |rows: &str, value| Reading {
        rows: rows.to_string(),
        value,
    };
    // `所有申请均已办结`: nothing can be carried forward.
    if let Some(forward) = cell(RequestRow::CarriedForward).filter(|v| *v > 0) {
        for c in &report.claims {
            let ClaimKind::Completed { of, total } = &c.kind else {
                continue;
            };
            if !matches!(
                of,
                MeasureKind::ApplicationsReceived | MeasureKind::ApplicationsHandled
            ) {
                continue;
            }
            out.push(
                finding(&PRO008, Severity::Warning, c)
                    .message(
                        format!(
                            "the prose says all {total} applications were completed, the §3 table carries {forward} forward (carried_forward, column total)"
                        ),
                        format!("正文称{total}申请均已办结，第三部分表格“结转下年度继续办理”为{forward}"),
                    )
                    .expected(forward)
                    .actual(0u64),
            );
        }
    }
    let received = cell(RequestRow::Received);
    let carried_in = cell(RequestRow::CarriedIn);
    // `共受理申请4件，均按期予以办理答复`: the processed count is only implied, so a table that
    // disagrees with it is a note.
    if let Some(processed) = cell(RequestRow::TotalProcessed) {
        for c in &report.claims {
            let ClaimKind::Completed { of, total } = &c.kind else {
                continue;
            };
            let Some(n) = total.count().filter(|_| total.approx.is_exact()) else {
                continue;
            };
            let with_in = carried_in.and_then(|i| n.checked_add(i));
            let fits = processed == n
                || (*of == MeasureKind::ApplicationsReceived && with_in == Some(processed));
            if fits
                || !matches!(
                    of,
                    MeasureKind::ApplicationsReceived | MeasureKind::ApplicationsHandled
                )
            {
                continue;
            }
            out.push(
                finding(&PRO008, Severity::Info, c)
                    .message(
                        format!(
                            "the prose says all {n} applications were answered, the §3 table has {processed} processed (total_processed, column total)"
                        ),
                        format!("正文称{n}件申请均已办理答复，第三部分表格“（七）总计”为{processed}"),
                    )
                    .expected(processed)
                    .actual(n),
            );
        }
    }
    let handled = received.zip(carried_in).and_then(|(r, i)| r.checked_add(i));
    for s in stated(report) {
        use MeasureKind::*;
        let readings = match s.kind {
            // `共受理N件` often counts the applications carried in too: either reading agrees.
            ApplicationsReceived => vec![
                reading("received", received),
                reading("received + carried_in", handled),
            ],
            ApplicationsHandled => vec![reading("received + carried_in", handled)],
            ApplicationsCarriedIn => vec![reading("carried_in", carried_in)],
            ApplicationsProcessed => {
                vec![reading("total_processed", cell(RequestRow::TotalProcessed))]
            }
            ApplicationsCarriedForward => {
                vec![reading("carried_forward", cell(RequestRow::CarriedForward))]
            }
            ApplicationsDisclosed => vec![reading("disclosed", group(OutcomeGroup::Disclosed))],
            ApplicationsPartiallyDisclosed => vec![reading(
                "partially_disclosed",
                group(OutcomeGroup::PartiallyDisclosed),
            )],
            ApplicationsDisclosedInFullOrPart => vec![reading(
                "disclosed + partially_disclosed",
                add([
                    group(OutcomeGroup::Disclosed),
                    group(OutcomeGroup::PartiallyDisclosed),
                ]),
            )],
            // Lay usage counts information that cannot be provided among the refusals.
            ApplicationsWithheld => vec![
                reading("withheld (（三） 1–8)", group(OutcomeGroup::Withheld)),
                reading(
                    "withheld + unavailable (（三）+（四）)",
                    add([
                        group(OutcomeGroup::Withheld),
                        group(OutcomeGroup::Unavailable),
                    ]),
                ),
            ],
            ApplicationsUnavailable => vec![reading(
                "unavailable (（四） 1–3)",
                group(OutcomeGroup::Unavailable),
            )],
            ApplicationsNotProcessed => vec![reading(
                "not_processed (（五） 1–5)",
                group(OutcomeGroup::NotProcessed),
            )],
            ApplicationsOtherHandling => vec![reading(
                if t.template() == Template::Std2019 {
                    "other_handling (（六）)"
                } else {
                    "other handling (（六） 1–3)"
                },
                group(OutcomeGroup::OtherHandling),
            )],
            _ => continue,
        };
        compare(&PRO008, ("§3", "第三部分"), &s, readings, out);
    }
}

/// PRO010 (S6): prose counts of reconsiderations and lawsuits equal the §4 totals.
pub(crate) fn appeals(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.appeals else {
        return;
    };
    // A blank 总计 is the sum of its block (blank parts read as 0) when any part is filled.
    let total = |g: AppealGroup| {
        t.value(g, AppealColumn::Total).or_else(|| {
            add(t
                .block(g)
                .iter()
                .take(AppealColumn::Total.index())
                .map(|c| c.get()))
        })
    };
    for s in stated(report) {
        let readings = match s.kind {
            MeasureKind::Reconsiderations => vec![Reading {
                rows: "reconsideration".to_string(),
                value: total(AppealGroup::Reconsideration),
            }],
            MeasureKind::Lawsuits => vec![Reading {
                rows: "litigation_direct + litigation_after_reconsideration".to_string(),
                value: add([
                    total(AppealGroup::LitigationDirect),
                    total(AppealGroup::LitigationAfterReconsideration),
                ]),
            }],
            _ => continue,
        };
        compare(&PRO010, ("§4", "第四部分"), &s, readings, out);
    }
}

/// PRO011 (S6): prose counts of normative documents issued and in force equal the §2 cells.
pub(crate) fn active(report: &AnnualReport, out: &mut Vec<Finding>) {
    let Some(t) = &report.tables.active else {
        return;
    };
    let count = |col: ActiveColumn| {
        t.get(ActiveRow::NormativeDocuments, col)
            .and_then(|c| match c {
                crate::report::ActiveCell::Count(v) => v.get(),
                _ => None,
            })
    };
    let std2021 = t.template() == Template::Std2021;
    for s in stated(report) {
        let (rows, value) = match (s.kind, std2021) {
            (MeasureKind::NormativeDocumentsIssued, true) => {
                ("normative_documents / issued", count(ActiveColumn::Issued))
            }
            (MeasureKind::NormativeDocumentsIssued, false) => {
                ("normative_documents / made", count(ActiveColumn::Made))
            }
            (MeasureKind::NormativeDocumentsInForce, true) => (
                "normative_documents / in_force",
                count(ActiveColumn::InForce),
            ),
            _ => continue,
        };
        let readings = vec![Reading {
            rows: rows.to_string(),
            value,
        }];
        compare(&PRO011, ("§2", "第二部分"), &s, readings, out);
    }
}

#[cfg(test)]
#[path = "prose_tables_tests.rs"]
mod tests;
