//! The batch API: order, completeness, errors in place, bounded window, panics, early drop.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use zfxxgk::batch::{audit_all, files, ordered_map, BatchOptions, Input, DEFAULT_EXTENSIONS};

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("zfxxgk-batch-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tree() -> (TempDir, Vec<String>) {
    let d = TempDir::new("tree");
    let seed = zfxxgk::seed::TEXT;
    let files = [
        "b/2.txt",
        "a.txt",
        "b/10.html",
        "b/c/x.md",
        "zz.json",
        "b/1.txt",
        "skip.pdf",
        "c.TXT",
    ];
    for f in files {
        let p = d.0.join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        let body = if f.ends_with(".json") {
            "{}".to_string()
        } else {
            format!("{seed}\n<!-- {f} -->")
        };
        std::fs::write(p, body).unwrap();
    }
    // Sorted by name at each level (byte order: "10.html" < "2.txt"), pdf skipped.
    let want = [
        "a.txt",
        "b/1.txt",
        "b/10.html",
        "b/2.txt",
        "b/c/x.md",
        "c.TXT",
        "zz.json",
    ]
    .map(String::from)
    .to_vec();
    (d, want)
}

#[test]
fn a_tree_is_walked_in_sorted_order_and_each_file_audited_once() {
    let (d, want) = tree();
    let rel = |p: &str| {
        PathBuf::from(p)
            .strip_prefix(&d.0)
            .unwrap()
            .display()
            .to_string()
    };
    let walked: Vec<String> = files([d.0.clone()], DEFAULT_EXTENSIONS)
        .map(|f| rel(&f.unwrap().display().to_string()))
        .collect();
    assert_eq!(walked, want);
    for jobs in [1, 2, 3] {
        let inputs = files([d.0.clone()], DEFAULT_EXTENSIONS).map(|f| Input::path(f.unwrap()));
        let items: Vec<_> = audit_all(inputs, &BatchOptions::with_jobs(jobs)).collect();
        let names: Vec<String> = items.iter().map(|i| rel(&i.name)).collect();
        assert_eq!(names, want, "jobs {jobs}");
        assert!(items.iter().enumerate().all(|(k, i)| i.index == k));
        // Every text input is the seed: read and checked.
        for i in items.iter().filter(|i| !i.name.ends_with(".json")) {
            let a = i.result.as_ref().unwrap();
            assert_eq!(a.report.meta.year, Some(2016), "{}", i.name);
        }
    }
}

#[test]
fn unreadable_inputs_are_errors_in_their_place() {
    let d = TempDir::new("errors");
    std::fs::write(d.0.join("ok.txt"), zfxxgk::seed::TEXT).unwrap();
    std::fs::write(d.0.join("bad.txt"), [0xff, 0xfe, 0x00, 0xd8]).unwrap();
    let inputs = vec![
        Input::path(d.0.join("ok.txt")),
        Input::path(d.0.join("missing.txt")),
        Input::path(d.0.join("bad.txt")),
        Input::bytes("mem", b"\xe4\xb8\x80".to_vec()),
    ];
    let items: Vec<_> = audit_all(inputs, &BatchOptions::with_jobs(2)).collect();
    assert!(items[0].result.is_ok());
    assert!(items[1]
        .result
        .as_ref()
        .unwrap_err()
        .to_string()
        .starts_with("cannot read: "));
    // Not UTF-8: decoded (here as UTF-16LE, by its byte order mark) and audited.
    let bad = items[2].result.as_ref().unwrap();
    assert_eq!(
        bad.input.unwrap().encoding,
        zfxxgk::parse::Encoding::Utf16Le
    );
    assert!(items[3].result.is_ok());
    // A missing root is reported by the walk in its place, and the walk goes on.
    let walked: Vec<_> = files([d.0.join("nope"), d.0.clone()], DEFAULT_EXTENSIONS).collect();
    assert!(walked[0].is_err());
    assert_eq!(walked.iter().filter(|w| w.is_ok()).count(), 2);
}

#[test]
fn at_most_a_window_of_inputs_is_in_flight() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let (f, p) = (Arc::clone(&in_flight), Arc::clone(&peak));
    let window = 6;
    let it = ordered_map(0..200u32, 3, window, move |n| {
        let now = f.fetch_add(1, Ordering::SeqCst) + 1;
        p.fetch_max(now, Ordering::SeqCst);
        // Later inputs finish first now and then, so results wait to be handed out in order.
        if n % 7 == 0 {
            std::thread::sleep(Duration::from_millis(2));
        }
        n
    });
    let mut next = 0;
    for n in it {
        assert_eq!(n, next);
        next += 1;
        in_flight.fetch_sub(1, Ordering::SeqCst);
        if n % 50 == 0 {
            std::thread::sleep(Duration::from_millis(5)); // a slow consumer
        }
    }
    assert_eq!(next, 200);
    // The window bounds inputs taken but not yet handed out; the test's own count also holds
    // the one just handed out until the loop body decrements it.
    let peak = peak.load(Ordering::SeqCst);
    assert!(peak <= window + 1, "peak {peak}");
}

#[test]
fn a_panicking_job_is_resumed_on_the_callers_thread_in_order() {
    let r = std::panic::catch_unwind(|| {
        let mut seen = Vec::new();
        for n in ordered_map(0..20u32, 2, 4, |n| {
            assert!(n != 5, "job five");
            n
        }) {
            seen.push(n);
        }
        seen
    });
    assert!(r.is_err());
}

#[test]
fn dropping_the_results_stops_the_workers() {
    let started = Arc::new(AtomicUsize::new(0));
    let s = Arc::clone(&started);
    let mut it = ordered_map(0..1_000_000u64, 2, 4, move |n| {
        s.fetch_add(1, Ordering::SeqCst);
        n
    });
    assert_eq!(it.next(), Some(0));
    drop(it); // joins the workers
    assert!(started.load(Ordering::SeqCst) <= 8);
}

#[test]
fn one_job_runs_on_the_callers_thread() {
    let caller = std::thread::current().id();
    let ids: Vec<_> = ordered_map(0..3, 1, 1, |_| std::thread::current().id()).collect();
    assert!(ids.iter().all(|id| *id == caller));
}

/// The caller's thread takes inputs while it waits: when it is the one to find the inputs gone,
/// it must still end (a slow worker leaves the last inputs, and the end, to the caller).
#[test]
fn the_caller_finding_the_inputs_gone_ends_the_results() {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for len in 0..40u32 {
            let caller = std::thread::current().id();
            let got: Vec<u32> = ordered_map(0..len, 2, 3, move |n| {
                if std::thread::current().id() != caller {
                    std::thread::sleep(Duration::from_millis(3));
                }
                n
            })
            .collect();
            assert_eq!(got, (0..len).collect::<Vec<_>>());
        }
        let _ = tx.send(());
    });
    assert!(
        rx.recv_timeout(Duration::from_secs(20)).is_ok(),
        "the results never ended"
    );
}

/// With two jobs the caller's thread does part of the work while it waits for results.
#[test]
fn the_caller_works_while_it_waits() {
    let caller = std::thread::current().id();
    let on_caller = ordered_map(0..64u32, 2, 8, move |_| {
        std::thread::sleep(Duration::from_millis(1));
        std::thread::current().id() == caller
    })
    .filter(|&c| c)
    .count();
    assert!(
        on_caller > 0 && on_caller < 64,
        "{on_caller} of 64 on the caller"
    );
}

/// Inside a walked directory a link to a file is followed and a link to a directory is not (a
/// link back up would never end); a link given as a path is followed.
#[cfg(unix)]
#[test]
fn links_to_files_are_followed_links_to_directories_are_not() {
    use std::os::unix::fs::symlink;
    let d = TempDir::new("links");
    let root = d.0.join("root");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("sub/a.txt"), "a").unwrap();
    std::fs::write(d.0.join("outside.txt"), "o").unwrap();
    symlink(d.0.join("outside.txt"), root.join("link.txt")).unwrap();
    symlink(&root, root.join("up")).unwrap();
    symlink(root.join("sub"), d.0.join("given")).unwrap();
    let names = |paths: Vec<PathBuf>| -> Vec<String> {
        files(paths, DEFAULT_EXTENSIONS)
            .map(|f| {
                let p = f.unwrap();
                p.strip_prefix(&d.0).unwrap().display().to_string()
            })
            .collect()
    };
    assert_eq!(
        names(vec![root.clone()]),
        ["root/link.txt", "root/sub/a.txt"]
    );
    assert_eq!(names(vec![d.0.join("given")]), ["given/a.txt"]);
}
