//! Judging one audit against what is known of its report: was the planted error found where
//! it was planted, which errors are false, were the cells read back as written, and was the
//! metadata (year, level, region, format) read right.

use zfxxgk::finding::{Finding, Severity, TableId};
use zfxxgk::report::{ActiveCell, AgencyLevel};
use zfxxgk::{
    ActiveTable, AnnualReport, AppealColumn, AppealGroup, Audit, Cell, ReportFormat, RequestColumn,
    RequestRow,
};

use crate::national::agency::region_of;
use crate::national::case::{Body, Case};
use crate::national::legacy::TEMPLATE;
use crate::national::plant::Expect;

/// The rollup key of a report as the audit read it: year, level, region (province index).
pub type Key = (Option<i32>, Option<AgencyLevel>, Option<usize>);

/// Whether a planted error was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// Every identity instance it breaks was reported as an error.
    All,
    /// Some were.
    Partly,
    /// None was, and the reader said the table could not be read as written (a reading
    /// finding on it): not a silent miss.
    MissedReported,
    /// None was: the table was not found in the text (an info finding says so, at most).
    MissedNotRead,
    /// None was, and nothing was said about the table.
    MissedSilent,
}

impl Found {
    /// A stable id for tallies.
    pub fn id(self) -> &'static str {
        match self {
            Found::All => "found",
            Found::Partly => "partly_found",
            Found::MissedReported => "missed_reported_unreadable",
            Found::MissedNotRead => "missed_table_not_read",
            Found::MissedSilent => "missed_silent",
        }
    }
}

/// How the cells of the tables were read back, compared with the text's own cells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ReadBack {
    /// Cells compared.
    pub cells: u64,
    /// A written value read as blank, `/`, unreadable, or not at all.
    pub lost: u64,
    /// A blank or `/` read as a value.
    pub invented: u64,
    /// A value read as another value.
    pub wrong: u64,
    /// A blank read as `/` or the reverse.
    pub swapped: u64,
}

impl ReadBack {
    fn add(&mut self, o: ReadBack) {
        self.cells += o.cells;
        self.lost += o.lost;
        self.invented += o.invented;
        self.wrong += o.wrong;
        self.swapped += o.swapped;
    }

    /// Adds another tally.
    pub fn merge(&mut self, o: &ReadBack) {
        self.add(*o);
    }

    /// Counts one cell; a wrong or invented one is described in `notes` (at most 6).
    fn count<T: PartialEq + zfxxgk::report::CellValue>(
        &mut self,
        written: &Cell<T>,
        read: Option<&Cell<T>>,
        place: impl Fn() -> String,
        notes: &mut Vec<String>,
    ) {
        self.cells += 1;
        let value = |c: &Cell<T>| matches!(c, Cell::Value(_));
        let mut note = || {
            if notes.len() < 6 {
                let r = read.map_or("nothing".to_string(), |r| format!("`{r}`"));
                notes.push(format!("{}: written `{written}`, read {r}", place()));
            }
        };
        match read {
            Some(r) if r == written => {}
            Some(r) if value(written) && value(r) => {
                self.wrong += 1;
                note();
            }
            _ if value(written) => self.lost += 1,
            Some(r) if value(r) => {
                self.invented += 1;
                note();
            }
            Some(Cell::Invalid(_)) => {
                self.invented += 1;
                note();
            }
            _ => self.swapped += 1,
        }
    }

    fn active(
        &mut self,
        written: &ActiveCell,
        read: Option<&ActiveCell>,
        place: impl Fn() -> String,
        notes: &mut Vec<String>,
    ) {
        match (written, read) {
            (ActiveCell::Count(w), Some(ActiveCell::Count(r))) => {
                self.count(w, Some(r), place, notes)
            }
            (ActiveCell::Signed(w), Some(ActiveCell::Signed(r))) => {
                self.count(w, Some(r), place, notes)
            }
            (ActiveCell::Amount(w), Some(ActiveCell::Amount(r))) => {
                self.count(w, Some(r), place, notes)
            }
            (ActiveCell::Count(w), _) => self.count(w, None, place, notes),
            (ActiveCell::Signed(w), _) => self.count(w, None, place, notes),
            (ActiveCell::Amount(w), _) => self.count(w, None, place, notes),
            _ => {}
        }
    }
}

/// The verdict on one report.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// The plant's rule and whether it was found (`None`: nothing planted).
    pub plant: Option<(&'static str, Found)>,
    /// Error findings that no plant explains: `RULE table/row/column`.
    pub false_errors: Vec<String>,
    /// Their rule codes.
    pub false_rules: Vec<String>,
    /// Rule codes of the warnings (for the noise tally).
    pub warnings: Vec<String>,
    /// Cells read back, per table kind: §2, §3, §4, statistics.
    pub readback: [ReadBack; 4],
    /// The first cells read as another value or invented: `table/row/column: written, read`.
    pub misread: Vec<String>,
    /// Metadata read wrong: year, level, region, format.
    pub meta_wrong: [bool; 4],
    /// The rollup key as read.
    pub key: Key,
}

/// Whether `f` reports the instance `e` (as an error).
fn reports(f: &Finding, e: &Expect, report: &AnnualReport) -> bool {
    if f.severity != Severity::Error || !e.rules.iter().any(|r| f.rule == *r) {
        return false;
    }
    if f.location.table != Some(e.table) {
        return false;
    }
    let row = match (&e.row, e.row_label) {
        (Some(r), _) => Some(r.clone()),
        (None, Some(label)) => statistics_key(report, label),
        (None, None) => None,
    };
    if (e.row.is_some() || e.row_label.is_some())
        && (row.is_none() || f.location.row_id() != row.as_deref())
    {
        return false;
    }
    e.column.is_none() || f.location.column_id() == e.column.as_deref()
}

/// The key the parser gave the statistics row printed as `label`.
fn statistics_key(report: &AnnualReport, label: &str) -> Option<String> {
    let t = report.legacy.as_ref()?.table.as_ref()?;
    t.rows.iter().find(|r| r.label == label).map(|r| r.key())
}

/// Whether the parser found `table` in the text.
fn has_table(report: &AnnualReport, table: TableId) -> bool {
    match table {
        TableId::Requests => report.tables.requests.is_some(),
        TableId::Appeals => report.tables.appeals.is_some(),
        TableId::Active => report.tables.active.is_some(),
        TableId::Statistics => report.legacy.as_ref().is_some_and(|l| l.table.is_some()),
        _ => true,
    }
}

/// Whether a finding is the reader's own (a reading diagnostic) about `table`.
fn reading_about(f: &Finding, table: TableId) -> bool {
    (f.rule.starts_with("RDG") || f.rule == "LEG004" || f.rule == "LEG005")
        && (f.location.table == Some(table) || f.location.table.is_none())
}

/// A finding as `RULE table/row/column`.
pub fn describe(f: &Finding) -> String {
    format!("{} {}", f.rule, f.location)
}

/// Judges `audit` of `case`.
pub fn judge(case: &Case, audit: &Audit) -> Verdict {
    let report = &audit.report;
    let mut explained = vec![false; audit.findings.len()];
    let plant = case.plant.as_ref().map(|p| {
        let mut hit = 0;
        for e in &p.expect {
            let mut any = false;
            for (i, f) in audit.findings.iter().enumerate() {
                if reports(f, e, report) {
                    explained[i] = true;
                    any = true;
                }
            }
            hit += usize::from(any);
        }
        let found = if hit == p.expect.len() {
            Found::All
        } else if hit > 0 {
            Found::Partly
        } else if audit.findings.iter().any(|f| reading_about(f, p.table)) {
            Found::MissedReported
        } else if !has_table(report, p.table) {
            Found::MissedNotRead
        } else {
            Found::MissedSilent
        };
        (p.rule(), found)
    });
    let mut false_errors = Vec::new();
    let mut false_rules = Vec::new();
    let mut warnings = Vec::new();
    for (i, f) in audit.findings.iter().enumerate() {
        match f.severity {
            Severity::Error if !explained[i] => {
                false_errors.push(describe(f));
                false_rules.push(f.rule.to_string());
            }
            Severity::Warning => warnings.push(f.rule.to_string()),
            _ => {}
        }
    }
    let meta = &report.meta;
    let region = meta.agency.as_deref().and_then(region_of);
    let mut misread = Vec::new();
    let readback = readback(case, report, &mut misread);
    Verdict {
        plant,
        false_errors,
        false_rules,
        warnings,
        readback,
        misread,
        meta_wrong: [
            meta.year != Some(case.year),
            meta.level != Some(case.agency.level),
            region != Some(case.agency.province),
            meta.format != case.format,
        ],
        key: (meta.year, meta.level, region),
    }
}

/// The cells of the text's tables against the cells read.
fn readback(case: &Case, report: &AnnualReport, notes: &mut Vec<String>) -> [ReadBack; 4] {
    let mut out = [ReadBack::default(); 4];
    match &case.body {
        Body::Std(m) => {
            let t = &report.tables;
            for (row, col, cell) in m.active.cells() {
                let read = t
                    .active
                    .as_ref()
                    .and_then(|a: &ActiveTable| a.get(row, col));
                out[0].active(cell, read, || format!("active/{row}/{col}"), notes);
            }
            for row in RequestRow::rows(m.template) {
                for col in RequestColumn::ALL {
                    if let Some(w) = m.requests.get(*row, col) {
                        let read = t.requests.as_ref().and_then(|r| r.get(*row, col));
                        out[1].count(
                            w,
                            read,
                            || format!("requests/{}/{}", row.id(), col.id()),
                            notes,
                        );
                    }
                }
            }
            for g in AppealGroup::ALL {
                for c in AppealColumn::ALL {
                    let read = t.appeals.as_ref().map(|a| &a.block(*g)[c.index()]);
                    out[2].count(
                        &m.appeals.block(*g)[c.index()],
                        read,
                        || format!("appeals/{g}/{c}"),
                        notes,
                    );
                }
            }
        }
        Body::Legacy(lt) => {
            let parsed = report.legacy.as_ref().and_then(|l| l.table.as_ref());
            let mut rb = ReadBack::default();
            for r in &lt.rows {
                let label = TEMPLATE[r.t].0;
                let row = parsed.and_then(|p| p.rows.iter().find(|x| x.label == label));
                for (j, v) in [r.current, r.cumulative].into_iter().enumerate() {
                    let read = row.and_then(|x| x.cells.get(j)).map(|c| &c.value);
                    let period = ["current", "cumulative"][j];
                    rb.count(
                        &Cell::Value(v),
                        read,
                        || format!("statistics/{label}/{period}"),
                        notes,
                    );
                }
            }
            out[3].add(rb);
        }
    }
    out
}

/// The format ids used in tallies.
pub fn format_id(f: ReportFormat) -> &'static str {
    f.id()
}
