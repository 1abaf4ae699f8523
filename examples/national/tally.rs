//! What the run counts: reports by format, layout and encoding, planted errors found or
//! missed per rule, false errors per rule, cells read back, metadata read wrong, and one
//! example report per family of problem (bounded: one text per family).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::national::case::Case;
use crate::national::judge::{Found, ReadBack, Verdict};

/// Families kept with an example text, at most.
const MAX_FAMILIES: usize = 200;

/// Planted errors of one kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PlantTally {
    /// Planted.
    pub planted: u64,
    /// Every broken identity instance reported as an error.
    pub found: u64,
    /// Some of them.
    pub partly_found: u64,
    /// None, but the reader reported the table as unreadable or ambiguous.
    pub missed_reported_unreadable: u64,
    /// None: the table was not found in the text.
    pub missed_table_not_read: u64,
    /// None, and nothing said.
    pub missed_silent: u64,
}

impl PlantTally {
    fn add(&mut self, f: Found) {
        self.planted += 1;
        match f {
            Found::All => self.found += 1,
            Found::Partly => self.partly_found += 1,
            Found::MissedReported => self.missed_reported_unreadable += 1,
            Found::MissedNotRead => self.missed_table_not_read += 1,
            Found::MissedSilent => self.missed_silent += 1,
        }
    }

    fn merge(&mut self, o: &PlantTally) {
        self.planted += o.planted;
        self.found += o.found;
        self.partly_found += o.partly_found;
        self.missed_reported_unreadable += o.missed_reported_unreadable;
        self.missed_table_not_read += o.missed_table_not_read;
        self.missed_silent += o.missed_silent;
    }
}

/// The figures of one format × layout.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Mix {
    /// Reports.
    pub reports: u64,
    /// Planted errors.
    pub plants: PlantTally,
    /// False errors.
    pub false_errors: u64,
    /// Reports with at least one false error.
    pub reports_with_false_errors: u64,
    /// Cells read back (all tables).
    pub readback: ReadBack,
}

/// A family of problem (a false error, a missed plant, a misread cell) with its first example.
#[derive(Debug, Clone, Serialize)]
pub struct Family {
    /// Reports in the family.
    pub count: u64,
    /// The first report's index (rerun with the same seed to get it back).
    pub first_index: u64,
    /// What was planted there, if anything (`table/row/column from → to`).
    pub plant: Option<String>,
    /// The findings involved (false errors, or what was found instead).
    pub detail: Vec<String>,
    /// The first report's text (not serialized; written out with `--examples DIR`).
    #[serde(skip)]
    pub text: String,
}

/// Everything counted.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    /// Reports audited.
    pub reports: u64,
    /// Reports the parser refused.
    pub parse_failures: u64,
    /// Bytes of rendered report text (as encoded).
    pub bytes: u64,
    /// Reports by format id.
    pub by_format: BTreeMap<String, u64>,
    /// Reports by layout id.
    pub by_layout: BTreeMap<String, u64>,
    /// Reports saved as GB18030.
    pub gb18030: u64,
    /// Planted errors, all kinds.
    pub plants: PlantTally,
    /// Planted errors by expected rule.
    pub plants_by_rule: BTreeMap<String, PlantTally>,
    /// False errors on reports with nothing planted.
    pub false_errors_unplanted: u64,
    /// Errors on planted reports that the plant does not explain.
    pub false_errors_planted: u64,
    /// Reports with at least one false error.
    pub reports_with_false_errors: u64,
    /// False errors by rule.
    pub false_errors_by_rule: BTreeMap<String, u64>,
    /// Warnings by rule on reports with nothing planted (noise, not errors).
    pub warnings_unplanted_by_rule: BTreeMap<String, u64>,
    /// Cells read back: §2, §3, §4, statistics table.
    pub readback: BTreeMap<String, ReadBack>,
    /// Metadata read wrong: year, level, region, format.
    pub meta_wrong: BTreeMap<String, u64>,
    /// By `format/layout`.
    pub by_mix: BTreeMap<String, Mix>,
    /// Families of problems with an example each.
    pub families: BTreeMap<String, Family>,
}

const TABLES: [&str; 4] = ["active", "requests", "appeals", "statistics"];
const META: [&str; 4] = ["year", "level", "region", "format"];

/// What a worker sends back about one report besides its verdict: its text, only when the
/// verdict makes it an example candidate.
pub struct Judged {
    /// Index, format id, layout id, GB18030, bytes.
    pub index: u64,
    /// Format id.
    pub format: &'static str,
    /// Layout id.
    pub layout: &'static str,
    /// Saved as GB18030.
    pub gb18030: bool,
    /// Encoded size.
    pub bytes: u64,
    /// `table/row/column from → to` of the plant.
    pub plant: Option<String>,
    /// The verdict (`None`: the parser refused the text).
    pub verdict: Option<Verdict>,
    /// The text when something went wrong.
    pub text: Option<String>,
}

impl Judged {
    /// The summary of `case` and its verdict; the text is kept only when the verdict is a
    /// problem.
    pub fn new(case: &Case, bytes: u64, verdict: Option<Verdict>) -> Judged {
        let problem = verdict.as_ref().is_none_or(|v| {
            !v.false_errors.is_empty()
                || v.plant.is_some_and(|(_, f)| f != Found::All)
                || v.readback.iter().any(|r| r.wrong > 0 || r.invented > 0)
        });
        Judged {
            index: case.index,
            format: case.format.id(),
            layout: case.layout.id(),
            gb18030: case.gb18030,
            bytes,
            plant: case.plant.as_ref().map(|p| {
                format!(
                    "{}/{}/{} {} → {}",
                    p.table.id(),
                    p.row,
                    p.column,
                    p.from,
                    p.to
                )
            }),
            verdict,
            text: problem.then(|| case.text.clone()),
        }
    }
}

impl Tally {
    fn family(&mut self, key: String, j: &Judged, detail: Vec<String>) {
        if let Some(f) = self.families.get_mut(&key) {
            f.count += 1;
            return;
        }
        if self.families.len() >= MAX_FAMILIES {
            return;
        }
        self.families.insert(
            key,
            Family {
                count: 1,
                first_index: j.index,
                plant: j.plant.clone(),
                detail,
                text: j.text.clone().unwrap_or_default(),
            },
        );
    }

    /// Counts one report.
    pub fn add(&mut self, j: Judged) {
        self.reports += 1;
        self.bytes += j.bytes;
        *self.by_format.entry(j.format.to_string()).or_default() += 1;
        *self.by_layout.entry(j.layout.to_string()).or_default() += 1;
        self.gb18030 += u64::from(j.gb18030);
        let mix_key = format!("{}/{}", j.format, j.layout);
        let Some(v) = &j.verdict else {
            self.parse_failures += 1;
            self.family(format!("parse_failure {mix_key}"), &j, Vec::new());
            return;
        };
        let mut mix = self.by_mix.remove(&mix_key).unwrap_or_default();
        mix.reports += 1;
        if let Some((rule, found)) = v.plant {
            self.plants.add(found);
            mix.plants.add(found);
            self.plants_by_rule
                .entry(rule.to_string())
                .or_default()
                .add(found);
            if found != Found::All {
                let mut detail = v.false_errors.clone();
                detail.extend(v.misread.iter().cloned());
                self.family(format!("{} {rule} {mix_key}", found.id()), &j, detail);
            }
        }
        let n = v.false_errors.len() as u64;
        if v.plant.is_some() {
            self.false_errors_planted += n;
        } else {
            self.false_errors_unplanted += n;
            for w in &v.warnings {
                *self
                    .warnings_unplanted_by_rule
                    .entry(w.clone())
                    .or_default() += 1;
            }
        }
        if n > 0 {
            self.reports_with_false_errors += 1;
            mix.false_errors += n;
            mix.reports_with_false_errors += 1;
            let mut rules = v.false_rules.clone();
            rules.sort();
            rules.dedup();
            for r in &v.false_rules {
                *self.false_errors_by_rule.entry(r.clone()).or_default() += 1;
            }
            let planted = if v.plant.is_some() {
                "planted"
            } else {
                "unplanted"
            };
            self.family(
                format!("false_error {} {mix_key} ({planted})", rules.join("+")),
                &j,
                v.false_errors.clone(),
            );
        }
        for (t, rb) in TABLES.iter().zip(&v.readback) {
            if rb.cells == 0 {
                continue;
            }
            self.readback.entry(t.to_string()).or_default().merge(rb);
            mix.readback.merge(rb);
            if rb.wrong > 0 || rb.invented > 0 {
                let planted = if v.plant.is_some() {
                    "planted"
                } else {
                    "unplanted"
                };
                self.family(
                    format!("misread {t} {mix_key} ({planted})"),
                    &j,
                    v.misread.clone(),
                );
            }
        }
        for (m, wrong) in META.iter().zip(v.meta_wrong) {
            if wrong {
                *self.meta_wrong.entry(m.to_string()).or_default() += 1;
            }
        }
        self.by_mix.insert(mix_key, mix);
    }

    /// Adds another tally (of other reports).
    pub fn merge(&mut self, o: Tally) {
        self.reports += o.reports;
        self.parse_failures += o.parse_failures;
        self.bytes += o.bytes;
        for (k, v) in o.by_format {
            *self.by_format.entry(k).or_default() += v;
        }
        for (k, v) in o.by_layout {
            *self.by_layout.entry(k).or_default() += v;
        }
        self.gb18030 += o.gb18030;
        self.plants.merge(&o.plants);
        for (k, v) in o.plants_by_rule {
            self.plants_by_rule.entry(k).or_default().merge(&v);
        }
        self.false_errors_unplanted += o.false_errors_unplanted;
        self.false_errors_planted += o.false_errors_planted;
        self.reports_with_false_errors += o.reports_with_false_errors;
        for (k, v) in o.false_errors_by_rule {
            *self.false_errors_by_rule.entry(k).or_default() += v;
        }
        for (k, v) in o.warnings_unplanted_by_rule {
            *self.warnings_unplanted_by_rule.entry(k).or_default() += v;
        }
        for (k, v) in o.readback {
            self.readback.entry(k).or_default().merge(&v);
        }
        for (k, v) in o.meta_wrong {
            *self.meta_wrong.entry(k).or_default() += v;
        }
        for (k, v) in o.by_mix {
            let m = self.by_mix.entry(k).or_default();
            m.reports += v.reports;
            m.plants.merge(&v.plants);
            m.false_errors += v.false_errors;
            m.reports_with_false_errors += v.reports_with_false_errors;
            m.readback.merge(&v.readback);
        }
        for (k, v) in o.families {
            let room = self.families.len() < MAX_FAMILIES;
            match self.families.get_mut(&k) {
                Some(f) => {
                    f.count += v.count;
                    if v.first_index < f.first_index {
                        let count = f.count;
                        *f = v;
                        f.count = count;
                    }
                }
                None if room => {
                    self.families.insert(k, v);
                }
                None => {}
            }
        }
    }
}
