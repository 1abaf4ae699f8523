//! Planted errors: one cell of a consistent table changed, and the identity instances that the
//! change breaks (where the rules must report it).

use zfxxgk::finding::TableId;

/// One identity instance a plant breaks: the rules that may report it (a §4 run of digits that
/// no split lets satisfy H4 is reported by the reader as RDG006 instead of TBL005) and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expect {
    /// Rule codes that report this instance.
    pub rules: &'static [&'static str],
    /// The table.
    pub table: TableId,
    /// The row id the finding names (`None`: the instance is a column).
    pub row: Option<String>,
    /// For the statistics table: the row's printed label, resolved to the row key the parser
    /// gives it when judging.
    pub row_label: Option<&'static str>,
    /// The column id the finding names (`None`: the instance is a row or a block).
    pub column: Option<String>,
}

impl Expect {
    /// An instance named by row.
    pub fn row(rules: &'static [&'static str], table: TableId, row: &str) -> Expect {
        Expect {
            rules,
            table,
            row: Some(row.to_string()),
            row_label: None,
            column: None,
        }
    }

    /// An instance named by column.
    pub fn column(rules: &'static [&'static str], table: TableId, column: &str) -> Expect {
        Expect {
            rules,
            table,
            row: None,
            row_label: None,
            column: Some(column.to_string()),
        }
    }

    /// The primary rule code (for tallies).
    pub fn rule(&self) -> &'static str {
        self.rules.first().copied().unwrap_or("")
    }
}

/// A planted error: which cell was changed, from what to what, and what it breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plant {
    /// The table.
    pub table: TableId,
    /// The row (id, or the printed label in the statistics table).
    pub row: String,
    /// The column id.
    pub column: String,
    /// The cell as it was.
    pub from: String,
    /// The cell as planted.
    pub to: String,
    /// The identity instances it breaks (every one must be reported as an error).
    pub expect: Vec<Expect>,
}

impl Plant {
    /// The rule expected first (the kind of plant, for tallies).
    pub fn rule(&self) -> &'static str {
        self.expect.first().map_or("", Expect::rule)
    }
}

/// A new value for a cell holding `v`: off by a digit (±1…9) or with a digit doubled (×10 +
/// the last digit), never equal to `v`, never negative.
pub fn typo(rng: &mut crate::national::rng::Rng, v: u64) -> u64 {
    let d = rng.range(1, 9);
    match rng.below(3) {
        0 if v >= d => v - d,
        1 if v > 0 => v.saturating_mul(10).saturating_add(v % 10),
        _ => v + d,
    }
}
