//! The cell algebra of a rollup: how many input cells of each kind went into one summed cell.
//!
//! A summed cell is a commutative monoid: [`CountSum::default()`] is the identity (no input, or
//! only blank inputs) and `merge` adds componentwise, so the order and grouping of inputs never
//! changes the result. How the four kinds of input cell (DOMAIN.md §7) combine:
//!
//! | inputs | result |
//! |---|---|
//! | only blanks (or none) | blank: a blank stays blank only if every input is blank |
//! | `/` and blanks | `/` |
//! | at least one value, the rest blank or `/` | the exact sum of the values; the `/` inputs are counted and noted |
//! | any unreadable ([`Cell::Invalid`]) input | not summable: the cell is poisoned and the unreadable inputs are counted |
//!
//! Counts are summed in `u128` and checked against `u64` only when the result is read, so an
//! overflow depends on the true total alone, never on the order of the inputs (it is reported,
//! not wrapped). Signed `本年增/减` changes are summed in `i128`; money in [`Decimal`], per unit.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::report::{ActiveCell, Amount, Cell, MoneyUnit};

/// What a summed cell holds once read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Resolved<C> {
    /// The model cell (blank, `/` or a value).
    Cell(C),
    /// At least one input was unreadable.
    NotSummable,
    /// The sum does not fit the cell type.
    Overflow,
    /// Amounts in a stated unit were mixed with amounts of unknown unit.
    UnitConflict,
}

/// How many inputs of each kind went into a summed cell.
///
/// # Example
/// ```
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// use zfxxgk::aggregate::Rollup;
/// use zfxxgk::report::CellRef;
/// let (group, column) = (AppealGroup::Reconsideration, AppealColumn::Pending);
/// let mut a = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = AppealsTable::default();
/// t.set(group, column, Cell::Value(1));
/// a.tables.appeals = Some(t);
/// let mut blank = a.clone();
/// blank.tables.appeals = Some(AppealsTable::default());
/// let c = Rollup::of([&a, &a, &blank]).input_counts(CellRef::Appeals { group, column }).unwrap();
/// assert_eq!((c.values, c.not_applicable, c.invalid), (2, 0, 0)); // blanks are not counted
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InputCounts {
    /// Inputs holding a value.
    pub values: u64,
    /// Inputs holding `/`.
    pub not_applicable: u64,
    /// Unreadable inputs (they make the cell not summable).
    pub invalid: u64,
}

impl InputCounts {
    /// Counts one input cell and hands back its value, if it holds one.
    fn count<'c, T>(&mut self, c: &'c Cell<T>) -> Option<&'c T> {
        match c {
            Cell::Blank => None,
            Cell::NotApplicable => {
                self.not_applicable = self.not_applicable.saturating_add(1);
                None
            }
            Cell::Value(v) => {
                self.values = self.values.saturating_add(1);
                Some(v)
            }
            Cell::Invalid(_) => {
                self.invalid = self.invalid.saturating_add(1);
                None
            }
        }
    }

    fn merge(self, o: InputCounts) -> InputCounts {
        InputCounts {
            values: self.values.saturating_add(o.values),
            not_applicable: self.not_applicable.saturating_add(o.not_applicable),
            invalid: self.invalid.saturating_add(o.invalid),
        }
    }

    fn resolve<T>(&self, value: impl FnOnce() -> Resolved<Cell<T>>) -> Resolved<Cell<T>> {
        if self.invalid > 0 {
            Resolved::NotSummable
        } else if self.values > 0 {
            value()
        } else if self.not_applicable > 0 {
            Resolved::Cell(Cell::NotApplicable)
        } else {
            Resolved::Cell(Cell::Blank)
        }
    }
}

/// A summed count cell (`u64` inputs, `u128` accumulator).
///
/// The input kinds are counted in one array indexed by kind (blank, `/`, value, unreadable) so
/// that adding a cell is two additions and no branch: real tables mix blank, `/` and values
/// unpredictably, and this is the hot loop of a rollup. The additions wrap (associative and
/// commutative modulo 2^64 and 2^128); they could only wrap after 2^64 inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub(crate) struct CountSum {
    pub total: u128,
    kinds: [u64; 4],
}

const BLANK: usize = 0;
const NOT_APPLICABLE: usize = 1;
const VALUE: usize = 2;
const INVALID: usize = 3;

impl CountSum {
    #[inline]
    pub fn add(&mut self, c: &Cell<u64>) {
        let (v, kind) = match c {
            Cell::Blank => (0, BLANK),
            Cell::NotApplicable => (0, NOT_APPLICABLE),
            Cell::Value(v) => (*v, VALUE),
            Cell::Invalid(_) => (0, INVALID),
        };
        self.total = self.total.wrapping_add(u128::from(v));
        self.kinds[kind] = self.kinds[kind].wrapping_add(1);
    }

    pub fn merge(self, o: CountSum) -> CountSum {
        let mut kinds = self.kinds;
        for (k, x) in kinds.iter_mut().zip(o.kinds) {
            *k = k.wrapping_add(x);
        }
        CountSum {
            total: self.total.wrapping_add(o.total),
            kinds,
        }
    }

    pub fn counts(&self) -> InputCounts {
        InputCounts {
            values: self.kinds[VALUE],
            not_applicable: self.kinds[NOT_APPLICABLE],
            invalid: self.kinds[INVALID],
        }
    }

    pub fn resolve(&self) -> Resolved<Cell<u64>> {
        self.counts().resolve(|| match u64::try_from(self.total) {
            Ok(v) => Resolved::Cell(Cell::Value(v)),
            Err(_) => Resolved::Overflow,
        })
    }
}

/// A summed signed cell (`本年增/减`, `i64` inputs, `i128` accumulator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub(crate) struct SignedSum {
    pub total: i128,
    pub counts: InputCounts,
}

impl SignedSum {
    fn add(&mut self, c: &Cell<i64>) {
        if let Some(v) = self.counts.count(c) {
            // An i128 accumulator of i64 inputs cannot overflow before 2^64 inputs.
            self.total = self.total.saturating_add(i128::from(*v));
        }
    }

    fn merge(self, o: SignedSum) -> SignedSum {
        SignedSum {
            total: self.total.saturating_add(o.total),
            counts: self.counts.merge(o.counts),
        }
    }

    fn resolve(&self) -> Resolved<Cell<i64>> {
        self.counts.resolve(|| match i64::try_from(self.total) {
            Ok(v) => Resolved::Cell(Cell::Value(v)),
            Err(_) => Resolved::Overflow,
        })
    }
}

/// A summed money cell: one exact [`Decimal`] sum per unit as written (none, 元, 万元).
///
/// Reading it: amounts of one unit keep that unit; 元 and 万元 together give 元 (exact, ×10,000);
/// amounts with no unit together with amounts in a stated unit are a unit conflict (not
/// summable), except in a column whose unit the template fixes (`本年收费金额（单位：万元）`),
/// where an amount with no unit is in 万元.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub(crate) struct MoneySum {
    /// Sums for: no unit, 元, 万元.
    pub totals: [Decimal; 3],
    /// Value inputs for: no unit, 元, 万元.
    pub seen: [u64; 3],
    pub overflow: bool,
    pub counts: InputCounts,
}

fn unit_slot(u: Option<MoneyUnit>) -> usize {
    match u {
        None => 0,
        Some(MoneyUnit::Yuan) => 1,
        Some(_) => 2,
    }
}

impl MoneySum {
    fn add(&mut self, c: &Cell<Amount>, implied: Option<MoneyUnit>) {
        if let Some(a) = self.counts.count(c) {
            let slot = unit_slot(a.unit.or(implied));
            self.seen[slot] = self.seen[slot].saturating_add(1);
            match self.totals[slot].checked_add(a.value) {
                Some(t) => self.totals[slot] = t,
                None => self.overflow = true,
            }
        }
    }

    fn merge(self, o: MoneySum) -> MoneySum {
        let mut out = MoneySum {
            counts: self.counts.merge(o.counts),
            overflow: self.overflow || o.overflow,
            ..MoneySum::default()
        };
        for i in 0..3 {
            out.seen[i] = self.seen[i].saturating_add(o.seen[i]);
            match self.totals[i].checked_add(o.totals[i]) {
                Some(t) => out.totals[i] = t,
                None => out.overflow = true,
            }
        }
        out
    }

    fn resolve(&self) -> Resolved<Cell<Amount>> {
        self.counts.resolve(|| {
            if self.overflow {
                return Resolved::Overflow;
            }
            let [none, yuan, wan] = self.seen.map(|n| n > 0);
            let amount = |value, unit| Resolved::Cell(Cell::Value(Amount { value, unit }));
            match (none, yuan, wan) {
                (true, false, false) => amount(self.totals[0], None),
                (true, _, _) => Resolved::UnitConflict,
                (false, true, false) => amount(self.totals[1], Some(MoneyUnit::Yuan)),
                (false, false, _) => amount(self.totals[2], Some(MoneyUnit::WanYuan)),
                (false, true, true) => match self.totals[2]
                    .checked_mul(Decimal::from(10_000))
                    .and_then(|w| w.checked_add(self.totals[1]))
                {
                    Some(v) => amount(v, Some(MoneyUnit::Yuan)),
                    None => Resolved::Overflow,
                },
            }
        })
    }
}

/// A summed §2 cell, typed by its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ActiveSum {
    Count(CountSum),
    Signed(SignedSum),
    /// Money, with the unit the template implies for unit-less amounts.
    Money(MoneySum, Option<MoneyUnit>),
}

/// A resolved §2 cell.
pub(crate) type ResolvedActive = Resolved<ActiveCell>;

impl ActiveSum {
    pub fn add(&mut self, c: &ActiveCell) {
        match (self, c) {
            (ActiveSum::Count(s), ActiveCell::Count(c)) => s.add(c),
            (ActiveSum::Signed(s), ActiveCell::Signed(c)) => s.add(c),
            (ActiveSum::Money(s, implied), ActiveCell::Amount(c)) => s.add(c, *implied),
            // A cell of another kind than its column cannot be built through the model's API;
            // if it ever is, it is unreadable here.
            (ActiveSum::Count(s), _) => s.add(&Cell::Invalid(String::new())),
            (ActiveSum::Signed(s), _) => s.add(&Cell::Invalid(String::new())),
            (ActiveSum::Money(s, u), _) => s.add(&Cell::Invalid(String::new()), *u),
        }
    }

    pub fn merge(self, o: ActiveSum) -> ActiveSum {
        match (self, o) {
            (ActiveSum::Count(a), ActiveSum::Count(b)) => ActiveSum::Count(a.merge(b)),
            (ActiveSum::Signed(a), ActiveSum::Signed(b)) => ActiveSum::Signed(a.merge(b)),
            (ActiveSum::Money(a, u), ActiveSum::Money(b, _)) => ActiveSum::Money(a.merge(b), u),
            // Accumulators of one column always have the column's kind.
            (a, _) => a,
        }
    }

    pub fn counts(&self) -> InputCounts {
        match self {
            ActiveSum::Count(s) => s.counts(),
            ActiveSum::Signed(s) => s.counts,
            ActiveSum::Money(s, _) => s.counts,
        }
    }

    pub fn resolve(&self) -> ResolvedActive {
        fn wrap<T>(r: Resolved<Cell<T>>, f: impl FnOnce(Cell<T>) -> ActiveCell) -> ResolvedActive {
            match r {
                Resolved::Cell(c) => Resolved::Cell(f(c)),
                Resolved::NotSummable => Resolved::NotSummable,
                Resolved::Overflow => Resolved::Overflow,
                Resolved::UnitConflict => Resolved::UnitConflict,
            }
        }
        match self {
            ActiveSum::Count(s) => wrap(s.resolve(), ActiveCell::Count),
            ActiveSum::Signed(s) => wrap(s.resolve(), ActiveCell::Signed),
            // The column's own unit is implied, as the template prints it (`24252.311082` under
            // `本年收费金额（单位：万元）`).
            ActiveSum::Money(s, implied) => wrap(s.resolve(), |c| {
                ActiveCell::Amount(match c {
                    Cell::Value(a) if a.unit.is_some() && a.unit == *implied => {
                        Cell::Value(Amount {
                            value: a.value,
                            unit: None,
                        })
                    }
                    other => other,
                })
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(cells: &[Cell<u64>]) -> Resolved<Cell<u64>> {
        let mut s = CountSum::default();
        for c in cells {
            s.add(c);
        }
        s.resolve()
    }

    #[test]
    fn blank_stays_blank_only_if_every_input_is_blank() {
        assert_eq!(sum(&[]), Resolved::Cell(Cell::Blank));
        assert_eq!(
            sum(&[Cell::Blank, Cell::Blank]),
            Resolved::Cell(Cell::Blank)
        );
        assert_eq!(
            sum(&[Cell::Blank, Cell::Value(0)]),
            Resolved::Cell(Cell::Value(0))
        );
        assert_eq!(
            sum(&[Cell::NotApplicable, Cell::Blank]),
            Resolved::Cell(Cell::NotApplicable)
        );
        assert_eq!(
            sum(&[Cell::NotApplicable, Cell::Value(3), Cell::Value(4)]),
            Resolved::Cell(Cell::Value(7))
        );
        assert_eq!(
            sum(&[Cell::Value(3), Cell::Invalid("x".into())]),
            Resolved::NotSummable
        );
    }

    #[test]
    fn overflow_is_reported_whatever_the_order() {
        let big = Cell::Value(u64::MAX);
        assert_eq!(sum(&[big.clone(), Cell::Value(1)]), Resolved::Overflow);
        assert_eq!(
            sum(&[big.clone(), Cell::Value(0)]),
            Resolved::Cell(Cell::Value(u64::MAX))
        );
    }

    #[test]
    fn signed_sums_cancel_without_spurious_overflow() {
        let mut a = SignedSum::default();
        a.add(&Cell::Value(i64::MAX));
        a.add(&Cell::Value(1));
        a.add(&Cell::Value(-2));
        assert_eq!(a.resolve(), Resolved::Cell(Cell::Value(i64::MAX - 1)));
    }

    #[test]
    fn money_units() {
        let amt = |s: &str| Cell::Value(s.parse::<Amount>().unwrap());
        let mut m = MoneySum::default();
        m.add(&amt("1.5万元"), None);
        m.add(&amt("250元"), None);
        assert_eq!(
            m.resolve(),
            Resolved::Cell(Cell::Value(Amount {
                value: Decimal::from(15_250),
                unit: Some(MoneyUnit::Yuan)
            }))
        );
        m.add(&amt("7"), None);
        assert_eq!(m.resolve(), Resolved::UnitConflict);
        let mut w = MoneySum::default();
        w.add(&amt("0.1"), Some(MoneyUnit::WanYuan));
        w.add(&amt("0.2"), Some(MoneyUnit::WanYuan));
        assert_eq!(
            w.resolve(),
            Resolved::Cell(Cell::Value(Amount {
                value: "0.3".parse().unwrap(),
                unit: Some(MoneyUnit::WanYuan)
            }))
        );
    }
}
