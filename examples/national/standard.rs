//! Random *consistent* models of the 2019 and 2021 formats: the §2, §3 and §4 tables with
//! every hard identity holding (H1–H4, and H7 with them), the soft ones the rules check on §2
//! (S2, S3) kept, blanks, `/` and zeros in realistic shares, and values of one to five digits
//! scaled by the size of the agency.

use rust_decimal::Decimal;
use zfxxgk::report::{ActiveCell, ActiveKind, Amount, MoneyUnit};
use zfxxgk::{
    ActiveColumn, ActiveRow, ActiveTable, AppealColumn, AppealGroup, AppealsTable, ApplicantKind,
    Cell, Outcome, OutcomeGroup, RequestColumn, RequestRow, RequestTable, Template,
};

use crate::national::plant::{typo, Expect, Plant};
use crate::national::rng::Rng;

/// How a report writes a zero: most write `0`, some leave it blank, a few write `/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZeroStyle {
    /// `0`.
    Zero,
    /// A blank cell.
    Blank,
    /// `/` (not applicable).
    Slash,
}

impl ZeroStyle {
    /// 70 % `0`, 20 % blank, 10 % `/`.
    pub fn draw(rng: &mut Rng) -> ZeroStyle {
        match rng.weighted(&[700, 200, 100]) {
            0 => ZeroStyle::Zero,
            1 => ZeroStyle::Blank,
            _ => ZeroStyle::Slash,
        }
    }

    /// The cell of a zero: the report's style, and one cell in 20 written another way (a
    /// report rarely keeps one convention throughout).
    fn zero<T: Zero>(self, rng: &mut Rng) -> Cell<T> {
        let style = if rng.chance(50) {
            ZeroStyle::draw(rng)
        } else {
            self
        };
        match style {
            ZeroStyle::Zero => Cell::Value(T::zero()),
            ZeroStyle::Blank => Cell::Blank,
            ZeroStyle::Slash => Cell::NotApplicable,
        }
    }
}

/// The zero of a count, a signed change or an amount, as a report writes it (`0`).
pub trait Zero {
    /// Zero.
    fn zero() -> Self;
}

impl Zero for u64 {
    fn zero() -> u64 {
        0
    }
}

impl Zero for i64 {
    fn zero() -> i64 {
        0
    }
}

impl Zero for Amount {
    fn zero() -> Amount {
        Amount {
            value: Decimal::ZERO,
            unit: None,
        }
    }
}

/// A count as a cell: a non-zero value as itself, a zero in the report's style.
fn count(rng: &mut Rng, style: ZeroStyle, v: u64) -> Cell<u64> {
    if v == 0 {
        style.zero(rng)
    } else {
        Cell::Value(v)
    }
}

/// The three tables of a standard-format report, as rendered (a cell holds what the text
/// shows: a value, blank or `/`), and the figures its prose restates.
#[derive(Debug, Clone)]
pub struct StdModel {
    /// The template of its tables.
    pub template: Template,
    /// §2.
    pub active: ActiveTable,
    /// §3.
    pub requests: RequestTable,
    /// §4.
    pub appeals: AppealsTable,
    /// §3 column 总计 of rows 一, 二, （七） and 四, as the prose of section 一 restates them.
    pub flows: [u64; 4],
    /// Applications not processed because the fee was not paid (§3 （六）2, 2021): section 六
    /// says that many fee notices were issued (S5).
    pub fee_unpaid: u64,
}

/// How likely a leaf outcome is, relative to the others (most applications are disclosed;
/// "not held" is the most common refusal; the fee row is rare).
fn outcome_weight(o: Outcome) -> u64 {
    match o.group() {
        OutcomeGroup::Disclosed => 400,
        OutcomeGroup::PartiallyDisclosed => 120,
        OutcomeGroup::Withheld => match o {
            Outcome::WithheldThirdParty | Outcome::WithheldProcessInfo => 30,
            _ => 15,
        },
        OutcomeGroup::Unavailable => match o {
            Outcome::UnavailableNotHeld => 200,
            _ => 40,
        },
        OutcomeGroup::NotProcessed => 25,
        _ => match o {
            Outcome::OtherFeeUnpaid => 5,
            _ => 40,
        },
    }
}

/// The largest count of received applications in each applicant column for an agency of
/// `scale`, and how often (per mille) the column is used at all.
fn column_profile(kind: ApplicantKind, scale: u64) -> (u64, u64) {
    match kind {
        ApplicantKind::NaturalPerson => (scale, 900),
        ApplicantKind::CommercialEnterprise => (scale / 4 + 2, 500),
        ApplicantKind::ResearchInstitution => (3, 80),
        ApplicantKind::PublicInterestOrg => (3, 80),
        ApplicantKind::LegalServiceOrg => (scale / 20 + 2, 250),
        _ => (scale / 10 + 2, 300),
    }
}

/// The §3 table: per applicant column, received + carried in = processed + carried forward
/// (H1), the processed applications spread over a few outcome rows (H2); the 总计 column is
/// each row's sum (H3).
fn requests(
    rng: &mut Rng,
    template: Template,
    scale: u64,
    style: ZeroStyle,
) -> (RequestTable, [u64; 4], u64) {
    let rows = RequestRow::rows(template);
    let leaves: Vec<(usize, Outcome)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.outcome().map(|o| (i, o)))
        .collect();
    let weights: Vec<u64> = leaves.iter().map(|(_, o)| outcome_weight(*o)).collect();
    let pos = |r: RequestRow| rows.iter().position(|x| *x == r).unwrap_or(0);
    let mut vals = vec![[0u64; 7]; rows.len()];
    for (j, kind) in ApplicantKind::ALL.iter().enumerate() {
        let (max, used) = column_profile(*kind, scale);
        if !rng.chance(used) {
            continue;
        }
        let received = if rng.chance(850) {
            rng.magnitude(max)
        } else {
            0
        };
        let carried_in = if rng.chance(400) {
            rng.range(0, received / 5 + 2)
        } else {
            0
        };
        let flow = received + carried_in;
        let carried_forward = if rng.chance(400) {
            rng.range(0, flow / 4)
        } else {
            0
        };
        let processed = flow - carried_forward;
        let m = rng.range(1, 5).min(processed.max(1)) as usize;
        let parts = rng.split(processed, m);
        for p in parts {
            let (i, _) = leaves[rng.weighted(&weights)];
            vals[i][j] += p;
        }
        vals[pos(RequestRow::Received)][j] = received;
        vals[pos(RequestRow::CarriedIn)][j] = carried_in;
        vals[pos(RequestRow::TotalProcessed)][j] = processed;
        vals[pos(RequestRow::CarriedForward)][j] = carried_forward;
    }
    let mut t = RequestTable::new(template);
    for (i, row) in rows.iter().enumerate() {
        let total: u64 = vals[i][..6].iter().sum();
        vals[i][6] = total;
        for col in RequestColumn::ALL {
            let cell = count(rng, style, vals[i][col.index()]);
            // Every row is in the table's own template.
            let _ = t.set(*row, col, cell);
        }
    }
    let flows = [
        vals[pos(RequestRow::Received)][6],
        vals[pos(RequestRow::CarriedIn)][6],
        vals[pos(RequestRow::TotalProcessed)][6],
        vals[pos(RequestRow::CarriedForward)][6],
    ];
    let fee = RequestRow::Outcome(Outcome::OtherFeeUnpaid);
    let fee_unpaid = if template == Template::Std2021 {
        vals[pos(fee)][6]
    } else {
        0
    };
    (t, flows, fee_unpaid)
}

/// The §4 table: each block's 总计 is the sum of its four results (H4). Most agencies have no
/// case at all; governments have the most.
fn appeals(rng: &mut Rng, scale: u64, style: ZeroStyle) -> AppealsTable {
    let mut t = AppealsTable::default();
    let max = (scale / 60).max(1);
    for g in AppealGroup::ALL {
        let mut parts = [0u64; 4];
        if rng.chance(350) {
            for (k, p) in parts.iter_mut().enumerate() {
                let (m, odds) = match k {
                    0 => (max, 600),
                    3 => (max / 2 + 1, 400),
                    _ => (max / 4 + 1, 200),
                };
                if rng.chance(odds) {
                    *p = rng.magnitude(m);
                }
            }
        }
        let total: u64 = parts.iter().sum();
        let cells: [u64; 5] = [parts[0], parts[1], parts[2], parts[3], total];
        for c in AppealColumn::ALL {
            t.set(*g, *c, count(rng, style, cells[c.index()]));
        }
    }
    t
}

/// A money amount: a whole number of cents up to `max_yuan` 元, written in 元, in 万元 or with
/// no unit.
fn amount(rng: &mut Rng, max_yuan: u64, unit: Option<MoneyUnit>) -> Amount {
    let cents = rng.magnitude(max_yuan.saturating_mul(100));
    let value = match unit {
        Some(MoneyUnit::WanYuan) => Decimal::new(cents as i64, 6).normalize(),
        _ => Decimal::new(cents as i64, 2),
    };
    Amount { value, unit }
}

fn set(t: &mut ActiveTable, row: ActiveRow, col: ActiveColumn, cell: ActiveCell) {
    // Rows, columns and kinds come from the template's own layout.
    let _ = t.set(row, col, cell);
}

/// The §2 table of `template`, with S3 (2019: 本年新公开 ≤ 本年新制作 and ≤ 对外公开总数量, and a
/// non-zero total when documents were made) and S2 (2021: 现行有效 ≥ 制发 − 废止) kept.
fn active(rng: &mut Rng, template: Template, scale: u64, style: ZeroStyle) -> ActiveTable {
    let mut t = ActiveTable::new(template);
    let c = |rng: &mut Rng, v: u64| ActiveCell::Count(count(rng, style, v));
    for (row, cols) in ActiveTable::layout(template) {
        let row = *row;
        match template {
            Template::Std2019 => match row {
                ActiveRow::Rules | ActiveRow::NormativeDocuments => {
                    let made = if rng.chance(400) {
                        rng.magnitude(scale / 50 + 3)
                    } else {
                        0
                    };
                    let published = rng.range(made / 2, made);
                    let older = if made > 0 || rng.chance(500) {
                        rng.magnitude(scale + 10)
                    } else {
                        0
                    };
                    let v = [made, published, published + older];
                    for (k, col) in cols.iter().enumerate() {
                        let cell = c(rng, v[k]);
                        set(&mut t, row, *col, cell);
                    }
                }
                ActiveRow::Procurement => {
                    let items = if rng.chance(600) {
                        rng.magnitude(scale / 5 + 3)
                    } else {
                        0
                    };
                    let unit = match rng.weighted(&[500, 200, 300]) {
                        0 => Some(MoneyUnit::Yuan),
                        1 => Some(MoneyUnit::WanYuan),
                        _ => None,
                    };
                    let money = if items > 0 {
                        ActiveCell::Amount(Cell::Value(amount(rng, 200_000_000, unit)))
                    } else {
                        ActiveCell::Amount(style.zero(rng))
                    };
                    let cell = c(rng, items);
                    set(&mut t, row, ActiveColumn::ProcurementItems, cell);
                    set(&mut t, row, ActiveColumn::ProcurementAmount, money);
                }
                _ => {
                    let previous = if rng.chance(700) {
                        rng.magnitude(scale / 2 + 5)
                    } else {
                        0
                    };
                    let change: i64 = if rng.chance(500) {
                        let up = rng.range(0, 20) as i64;
                        let down = rng.range(0, previous.min(20)) as i64;
                        up - down
                    } else {
                        0
                    };
                    let decisions = if rng.chance(700) {
                        rng.magnitude(scale * 40 + 10)
                    } else {
                        0
                    };
                    for col in cols.iter() {
                        let cell = match col.kind() {
                            ActiveKind::Signed if change != 0 => {
                                ActiveCell::Signed(Cell::Value(change))
                            }
                            ActiveKind::Signed => ActiveCell::Signed(style.zero(rng)),
                            _ if *col == ActiveColumn::PreviousItems => c(rng, previous),
                            _ => c(rng, decisions),
                        };
                        set(&mut t, row, *col, cell);
                    }
                }
            },
            _ => match row {
                ActiveRow::Rules | ActiveRow::NormativeDocuments => {
                    let issued = if rng.chance(400) {
                        rng.magnitude(scale / 50 + 3)
                    } else {
                        0
                    };
                    let repealed = if rng.chance(300) {
                        rng.magnitude(scale / 100 + 2)
                    } else {
                        0
                    };
                    let in_force = issued.saturating_sub(repealed)
                        + if rng.chance(700) {
                            rng.magnitude(scale + 10)
                        } else {
                            0
                        };
                    let v = [issued, repealed, in_force];
                    for (k, col) in cols.iter().enumerate() {
                        let cell = c(rng, v[k]);
                        set(&mut t, row, *col, cell);
                    }
                }
                ActiveRow::Fees => {
                    let cell = if rng.chance(400) {
                        let unit = rng.chance(200).then_some(MoneyUnit::WanYuan);
                        let mut a = amount(rng, 5_000_000, Some(MoneyUnit::WanYuan));
                        a.unit = unit;
                        ActiveCell::Amount(Cell::Value(a))
                    } else {
                        ActiveCell::Amount(style.zero(rng))
                    };
                    set(&mut t, row, ActiveColumn::AmountWanYuan, cell);
                }
                _ => {
                    let decisions = if rng.chance(700) {
                        rng.magnitude(scale * 40 + 10)
                    } else {
                        0
                    };
                    let cell = c(rng, decisions);
                    set(&mut t, row, ActiveColumn::Decisions, cell);
                }
            },
        }
    }
    t
}

/// A random consistent model of `template` for an agency of `scale`.
pub fn model(rng: &mut Rng, template: Template, scale: u64) -> StdModel {
    let style = ZeroStyle::draw(rng);
    let active = active(rng, template, scale, style);
    let (requests, flows, fee_unpaid) = requests(rng, template, scale, style);
    let appeals = appeals(rng, scale, style);
    StdModel {
        template,
        active,
        requests,
        appeals,
        flows,
        fee_unpaid,
    }
}

/// Changes one §3 or §4 cell (70 % §3, 30 % §4) by a typo and returns what it breaks.
///
/// In §3 a cell is in two identities (three for （七）总计): H3 on its row, and H2 and/or H1 on
/// its column; a one-cell change breaks all of them. In §4 it breaks H4 on its block only. A §3
/// cell off the 总计 column is taken only in a row whose 总计 is written, so that H3 reads it
/// (a blank 总计 is computed from the row, which would hide the change on the row).
pub fn plant(rng: &mut Rng, m: &mut StdModel) -> Plant {
    use zfxxgk::finding::TableId;
    if rng.chance(700) {
        let rows = RequestRow::rows(m.template);
        let mut col = *rng.pick(&RequestColumn::ALL);
        let written: Vec<RequestRow> = rows
            .iter()
            .copied()
            .filter(|r| {
                matches!(
                    m.requests.get(*r, RequestColumn::Total),
                    Some(Cell::Value(_))
                )
            })
            .collect();
        if written.is_empty() {
            col = RequestColumn::Total;
        }
        let row = if col == RequestColumn::Total {
            *rng.pick(rows)
        } else {
            *rng.pick(&written)
        };
        let from = m.requests.get(row, col).cloned().unwrap_or(Cell::Blank);
        let to = typo(rng, from.get().unwrap_or(0));
        let _ = m.requests.set(row, col, Cell::Value(to));
        let mut expect = vec![Expect::row(&["TBL003"], TableId::Requests, row.id())];
        if row.outcome().is_some() || row == RequestRow::TotalProcessed {
            expect.push(Expect::column(&["TBL002"], TableId::Requests, col.id()));
        }
        if row.outcome().is_none() {
            expect.push(Expect::column(&["TBL001"], TableId::Requests, col.id()));
        }
        Plant {
            table: TableId::Requests,
            row: row.id().to_string(),
            column: col.id().to_string(),
            from: from.to_string(),
            to: to.to_string(),
            expect,
        }
    } else {
        let g = *rng.pick(AppealGroup::ALL);
        let c = *rng.pick(AppealColumn::ALL);
        let from = m.appeals.block(g)[c.index()].clone();
        let to = typo(rng, from.get().unwrap_or(0));
        m.appeals.set(g, c, Cell::Value(to));
        Plant {
            table: TableId::Appeals,
            row: g.id().to_string(),
            column: c.id().to_string(),
            from: from.to_string(),
            to: to.to_string(),
            expect: vec![Expect::row(&["TBL005", "RDG006"], TableId::Appeals, g.id())],
        }
    }
}
