//! The run: reports generated, rendered, audited and judged on worker threads in chunks
//! (`zfxxgk::batch::ordered_map`, results in order, a bounded window of chunks in flight). Each
//! chunk is rolled up by (year, level, region) and merged into its worker's shard, on the
//! worker; at the end the caller merges the shards. Over the same reports the caller also
//! builds the one-pass rollup, report by report, so the two can be compared.
//!
//! Nothing grows with the number of reports but the rollups' groups (bounded by years × levels
//! × regions) and the tallies' keys (rules, formats, layouts; one example text per family of
//! problem).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use zfxxgk::aggregate::Rollup;
use zfxxgk::AnnualReport;

use crate::national::case::case;
use crate::national::judge::{judge, Key};
use crate::national::tally::{Judged, Tally};
use crate::national::text::encode;

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Reports.
    pub n: u64,
    /// Index of the first report (to rerun one report of a larger run).
    pub start: u64,
    /// Worker threads.
    pub jobs: usize,
    /// Share of reports with a planted error, per million.
    pub planted_ppm: u64,
    /// The seed of every report's random stream.
    pub seed: u64,
    /// Reports per chunk (one shard rollup per chunk).
    pub chunk: u64,
    /// Where the chunk rollups are merged.
    pub shards: ShardBy,
    /// The layouts to draw from (empty: every layout of the renderer).
    pub layouts: Vec<zfxxgk::render::Layout>,
    /// A directory to write every report's bytes to (`{index}.txt`), for small runs.
    pub dump: Option<std::path::PathBuf>,
}

/// How the rollup is sharded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardBy {
    /// One shard per worker: each worker merges its chunks' rollups into its own, and the
    /// caller merges the workers' shards at the end (memory: a shard per worker).
    Worker,
    /// One shard per chunk, merged by the caller as the chunks come back (memory: one merged
    /// rollup; the merging is serial).
    Chunk,
}

/// Rollups by (year, level, region).
pub type Rollups = BTreeMap<Key, Rollup>;

/// What a worker returns for one chunk.
struct ChunkOut {
    tally: Tally,
    /// The tables of each report as read, with its key, for the caller's one-pass rollup.
    reports: Vec<(Key, AnnualReport)>,
    /// The chunk's own rollup (merged into its worker's shard on the worker).
    shard: Rollups,
    /// Time spent generating and rendering, and auditing and judging.
    generate: Duration,
    audit: Duration,
}

/// What the run gives.
#[derive(Debug)]
pub struct Outcome {
    /// The counts.
    pub tally: Tally,
    /// The rollup built report by report on the caller's thread.
    pub one_pass: Rollups,
    /// The merge of the workers' shards (each the merge of its chunks' rollups).
    pub merged: Rollups,
    /// Shards merged: one per worker (each itself the merge of its chunks' rollups) or one
    /// per chunk.
    pub shards: u64,
    /// Chunks (each rolled up on its own, then merged into its worker's shard).
    pub chunks: u64,
    /// Wall time.
    pub elapsed: Duration,
    /// Worker time generating and rendering reports (summed over workers).
    pub generate: Duration,
    /// Worker time auditing and judging them (summed over workers).
    pub audit: Duration,
    /// Time the caller spent merging tallies and, at the end, the workers' shards: the serial
    /// part of the run, which more workers do not shorten.
    pub serial: Duration,
    /// Time the caller spent on the one-pass rollup (serial too, but there only to check the
    /// sharded one).
    pub one_pass_time: Duration,
}

/// Generates, audits and judges reports `range` (a chunk).
fn chunk(cfg: &Config, start: u64, end: u64) -> ChunkOut {
    let mut out = ChunkOut {
        tally: Tally::default(),
        reports: Vec::with_capacity((end - start) as usize),
        shard: Rollups::new(),
        generate: Duration::ZERO,
        audit: Duration::ZERO,
    };
    for i in start..end {
        let t0 = Instant::now();
        let c = case(cfg.seed, i, cfg.planted_ppm, &cfg.layouts);
        let bytes = encode(&c.text, c.gb18030);
        if let Some(dir) = &cfg.dump {
            // A debugging aid: a file that cannot be written is skipped.
            let _ = std::fs::write(dir.join(format!("{i}.txt")), &bytes);
        }
        let t1 = Instant::now();
        let (judged, read) = match zfxxgk::audit_bytes(&bytes) {
            Ok(a) => {
                let v = judge(&c, &a);
                let key = v.key;
                let mut r = AnnualReport::new(a.report.meta.format);
                r.tables = a.report.tables;
                (Judged::new(&c, bytes.len() as u64, Some(v)), Some((key, r)))
            }
            Err(_) => (Judged::new(&c, bytes.len() as u64, None), None),
        };
        out.tally.add(judged);
        if let Some((key, r)) = read {
            out.shard.entry(key).or_default().push(&r);
            out.reports.push((key, r));
        }
        let t2 = Instant::now();
        out.generate += t1 - t0;
        out.audit += t2 - t1;
    }
    out
}

/// Merges `b` into `a`, group by group.
pub fn merge_into(a: &mut Rollups, b: Rollups) {
    for (k, r) in b {
        match a.get_mut(&k) {
            Some(x) => {
                let acc = std::mem::replace(x, Rollup::empty());
                *x = acc.merge(r);
            }
            None => {
                a.insert(k, r);
            }
        }
    }
}

/// The workers' shards: each worker merges the rollup of every chunk it audits into its own
/// shard (its own lock, so workers never wait for one another's merges).
#[derive(Default)]
struct Shards(Mutex<HashMap<ThreadId, Arc<Mutex<Rollups>>>>);

impl Shards {
    /// Merges a chunk's rollup into the calling worker's shard.
    fn add(&self, chunk: Rollups) {
        let mine = {
            let mut all = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(all.entry(std::thread::current().id()).or_default())
        };
        let mut shard = mine.lock().unwrap_or_else(PoisonError::into_inner);
        merge_into(&mut shard, chunk);
    }

    /// The shards, once the workers are done.
    fn take(&self) -> Vec<Rollups> {
        let mut all = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        all.drain()
            .map(|(_, s)| std::mem::take(&mut *s.lock().unwrap_or_else(PoisonError::into_inner)))
            .collect()
    }
}

/// Runs `cfg`.
pub fn run(cfg: &Config) -> Outcome {
    let started = Instant::now();
    let size = cfg.chunk.max(1);
    let chunks: Vec<(u64, u64)> = (0..cfg.n.div_ceil(size))
        .map(|k| {
            (
                cfg.start + k * size,
                cfg.start + ((k + 1) * size).min(cfg.n),
            )
        })
        .collect();
    let job_cfg = cfg.clone();
    let jobs = cfg.jobs.max(1);
    let shards = Arc::new(Shards::default());
    let worker_shards = Arc::clone(&shards);
    let results = zfxxgk::batch::ordered_map(chunks, jobs, jobs * 2, move |(s, e)| {
        let mut c = chunk(&job_cfg, s, e);
        if job_cfg.shards == ShardBy::Worker {
            worker_shards.add(std::mem::take(&mut c.shard));
        }
        c
    });
    let mut out = Outcome {
        tally: Tally::default(),
        one_pass: Rollups::new(),
        merged: Rollups::new(),
        shards: 0,
        chunks: 0,
        elapsed: Duration::ZERO,
        generate: Duration::ZERO,
        audit: Duration::ZERO,
        serial: Duration::ZERO,
        one_pass_time: Duration::ZERO,
    };
    for c in results {
        let t0 = Instant::now();
        for (key, r) in &c.reports {
            out.one_pass.entry(*key).or_default().push(r);
        }
        let t1 = Instant::now();
        out.one_pass_time += t1 - t0;
        out.chunks += 1;
        if cfg.shards == ShardBy::Chunk {
            merge_into(&mut out.merged, c.shard);
            out.shards += 1;
        }
        out.tally.merge(c.tally);
        out.generate += c.generate;
        out.audit += c.audit;
        out.serial += t1.elapsed();
    }
    // The loop has drained the results, so every worker is done: merge their shards.
    let t0 = Instant::now();
    for shard in shards.take() {
        merge_into(&mut out.merged, shard);
        out.shards += 1;
    }
    out.serial += t0.elapsed();
    out.elapsed = started.elapsed();
    out
}

/// The process's peak resident memory in bytes (`VmHWM` of `/proc/self/status`), where the
/// system has it.
pub fn peak_memory() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// CPU time the process has used, user and system (fields 14 and 15 of `/proc/self/stat`, in
/// the kernel's user-visible ticks of 1/100 s), where the system has it.
pub fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let rest = &s[s.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    // After `)`: field 3 is at index 0, so fields 14 and 15 are at 11 and 12.
    let total = ticks(11)? + ticks(12)?;
    Some(Duration::from_millis(total * 10))
}
