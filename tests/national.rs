//! The national-scale run (`examples/national.rs`) at a small scale: the merge of per-shard
//! rollups equals the one-pass rollup whatever the sharding; the generator's models are
//! consistent (the rules find no error in an unplanted model, and exactly the planted breaks in
//! a planted one); and in a layout the reader reads cell for cell, every planted error is found
//! and no false error is raised.

#[path = "../examples/national/mod.rs"]
mod national;

use national::case::{case, Body};
use national::run::{run, Config, ShardBy};
use zfxxgk::finding::Severity;
use zfxxgk::render::Layout;
use zfxxgk::AnnualReport;

fn config(n: u64, jobs: usize, chunk: u64, planted_ppm: u64, layouts: Vec<Layout>) -> Config {
    Config {
        shards: ShardBy::Worker,
        n,
        start: 0,
        jobs,
        planted_ppm,
        seed: 7,
        chunk,
        layouts,
        dump: None,
    }
}

#[test]
fn sharded_rollups_merge_to_the_one_pass_rollup() {
    let a = run(&config(120, 2, 7, 100_000, Vec::new()));
    assert_eq!(a.tally.reports, 120);
    assert!(
        a.chunks == 18 && (1..=2).contains(&a.shards),
        "{} {}",
        a.chunks,
        a.shards
    );
    assert!(a.one_pass.len() > 10, "groups: {}", a.one_pass.len());
    assert_eq!(a.merged, a.one_pass);
    // Other shardings and one worker: the same reports, the same rollup.
    let b = run(&config(120, 1, 50, 100_000, Vec::new()));
    assert_eq!((b.chunks, b.shards), (3, 1));
    assert_eq!(b.merged, b.one_pass);
    assert_eq!(b.one_pass, a.one_pass);
    // One shard per chunk, merged by the caller.
    let mut by_chunk = config(120, 2, 11, 100_000, Vec::new());
    by_chunk.shards = ShardBy::Chunk;
    let c = run(&by_chunk);
    assert_eq!((c.chunks, c.shards), (11, 11));
    assert_eq!(c.merged, c.one_pass);
    assert_eq!(c.merged, a.merged);
    // Every format and every layout of the renderer took part.
    assert_eq!(a.tally.by_format.len(), 3, "{:?}", a.tally.by_format);
    assert_eq!(
        a.tally.by_layout.len(),
        Layout::ALL.len(),
        "{:?}",
        a.tally.by_layout
    );
}

/// The report a standard-format model stands for, as typed data (no text, no parser).
fn typed(body: &Body, format: zfxxgk::ReportFormat) -> Option<AnnualReport> {
    let Body::Std(m) = body else { return None };
    let mut r = AnnualReport::new(format);
    r.tables.active = Some(m.active.clone());
    r.tables.requests = Some(m.requests.clone());
    r.tables.appeals = Some(m.appeals.clone());
    Some(r)
}

#[test]
fn models_are_consistent_and_plants_break_exactly_what_they_say() {
    let mut planted = 0;
    for i in 0..400 {
        let c = case(3, i, 200_000, &[]);
        let Some(r) = typed(&c.body, c.format) else {
            continue;
        };
        let errors: Vec<_> = zfxxgk::audit_report(r)
            .findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        match &c.plant {
            None => assert!(errors.is_empty(), "report {i}: {errors:?}"),
            Some(p) => {
                planted += 1;
                // One finding per broken instance, at its row or column, and nothing else.
                assert_eq!(errors.len(), p.expect.len(), "report {i}: {p:?} {errors:?}");
                for e in &p.expect {
                    assert!(
                        errors.iter().any(|f| e.rules.contains(&&*f.rule)
                            && f.location.table == Some(e.table)
                            && (e.row.is_none() || f.location.row_id() == e.row.as_deref())
                            && (e.column.is_none()
                                || f.location.column_id() == e.column.as_deref())),
                        "report {i}: {e:?} not reported: {errors:?}"
                    );
                }
            }
        }
    }
    assert!(planted > 10, "{planted} plants in standard-format models");
}

#[test]
fn in_a_faithful_layout_every_plant_is_found_and_no_false_error_raised() {
    // Pipes keep every cell, blank ones included, in its place: the reader must read the
    // tables exactly, so any miss or false error here is the audit's fault. (Other layouts
    // lose blank cells or separators; the example reports what happens there.)
    faithful(Layout::Pipes);
}

/// (HTML pages are read as pages only with the `html` feature.)
#[cfg(feature = "html")]
#[test]
fn published_pages_are_read_cell_for_cell() {
    // An HTML page (prose as paragraphs, the tables in their official shapes with rowspan and
    // colspan, site chrome around the article, some pages in GB18030) keeps every cell too.
    faithful(Layout::Html);
}

fn faithful(layout: Layout) {
    let out = run(&config(150, 2, 16, 300_000, vec![layout]));
    let t = &out.tally;
    assert_eq!(t.parse_failures, 0);
    assert!(t.plants.planted >= 20, "{:?}", t.plants);
    assert_eq!(
        t.plants.found,
        t.plants.planted,
        "{:?}\n{:?}",
        t.plants,
        t.families.keys()
    );
    assert_eq!(
        t.false_errors_unplanted + t.false_errors_planted,
        0,
        "{:?}",
        t.families.keys()
    );
    for (table, rb) in &t.readback {
        assert_eq!(
            (rb.lost, rb.invented, rb.wrong),
            (0, 0, 0),
            "{table}: {rb:?}"
        );
    }
    assert!(t.meta_wrong.is_empty(), "{:?}", t.meta_wrong);
    assert_eq!(out.merged, out.one_pass);
}
