//! The examples `audit`, `deadline`, `from_cases`, `fee`, `rollup` and `national` as command-line
//! tools: `--help` and `-h` print the usage on stdout and exit 0; a closed stdout (`| head -1`)
//! ends them quietly; a bad argument exits 2 with one line on stderr; unreadable input is named in
//! one wording per kind; `-` reads stdin; the exit codes their `--help` documents.
//!
//! The examples are built once with `cargo build --examples --message-format=json` (with the
//! cargo running the tests, so it works from a clean clone and under any target dir); the
//! executables are taken from cargo's own report of what it built.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

const FIXTURE: &str = "tests/fixtures/cases-2023.csv";

/// The executables of the examples, by name.
fn executables() -> &'static BTreeMap<String, PathBuf> {
    static EXES: OnceLock<BTreeMap<String, PathBuf>> = OnceLock::new();
    EXES.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let out = Command::new(cargo)
            .args(["build", "--examples", "--message-format=json", "--quiet"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(out.status.success(), "cargo build --examples failed");
        let mut exes = BTreeMap::new();
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let is_example = msg["target"]["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "example"));
            if let (true, Some(name), Some(exe)) = (
                is_example,
                msg["target"]["name"].as_str(),
                msg["executable"].as_str(),
            ) {
                exes.insert(name.to_string(), PathBuf::from(exe));
            }
        }
        exes
    })
}

fn cmd(name: &str) -> Command {
    let exe = executables()
        .get(name)
        .unwrap_or_else(|| panic!("example {name} was not built"));
    let mut c = Command::new(exe);
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(name: &str, args: &[&str]) -> Output {
    cmd(name).args(args).stdin(Stdio::null()).output().unwrap()
}

fn run_with_stdin(name: &str, args: &[&str], input: &[u8]) -> Output {
    let mut child = cmd(name)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A command line of each tool that prints something, with a long output where one exists.
const RUNS: [(&str, &[&str]); 5] = [
    (
        "deadline",
        &[
            "--received",
            "2024-09-27",
            "--extended",
            "--consultation",
            "2024-10-14..2024-10-18",
        ],
    ),
    ("from_cases", &["--year", "2023", FIXTURE]),
    ("fee", &["--per-item", "200000", "--bands", "all"]),
    ("rollup", &["tests/fixtures/real/std2021-0006.txt"]),
    ("national", &["--n", "40", "--jobs", "2"]),
];

#[test]
fn help_is_usage_on_stdout_with_exit_codes() {
    for (name, _) in RUNS {
        for flag in ["--help", "-h"] {
            let o = run(name, &[flag]);
            assert_eq!(o.status.code(), Some(0), "{name} {flag}");
            let out = text(&o.stdout);
            assert!(
                out.contains(&format!("Usage: {name}")),
                "{name} {flag}: {out}"
            );
            assert!(out.contains("Exit status: 0 done"), "{name} {flag}: {out}");
            assert!(o.stderr.is_empty(), "{name} {flag}: {}", text(&o.stderr));
        }
    }
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let cases: [(&str, &[&str], &str); 9] = [
        ("deadline", &["--bogus"], "unexpected argument '--bogus'"),
        (
            "deadline",
            &["--received", "2024-02-30"],
            "not a date in the form YYYY-MM-DD",
        ),
        (
            "deadline",
            &["--received", "2024-09-27", "--channel", "pigeon"],
            "pigeon",
        ),
        (
            "from_cases",
            &["--year", "1999", FIXTURE],
            "not a year from 2008",
        ),
        ("from_cases", &["--year", "2023"], "<FILE.csv>"),
        ("fee", &["--per-item", "-3"], "-3"),
        (
            "fee",
            &["--per-item", "3", "--pages", "4"],
            "cannot be used with",
        ),
        (
            "rollup",
            &["--json", "--csv", FIXTURE],
            "cannot be used with",
        ),
        ("rollup", &[], "<FILE>"),
    ];
    for (name, args, says) in cases {
        let o = run(name, args);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{name} {args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{name} {args:?}: {err}");
        assert!(err.starts_with(&format!("{name}: ")), "{err}");
        assert!(err.contains(says), "{name} {args:?}: {err}");
        assert!(o.stdout.is_empty(), "{name} {args:?}");
    }
}

/// Reads one line, then closes the pipe while the tool may still be writing.
fn first_line_then_close(name: &str, args: &[&str]) -> (String, Output) {
    let mut child = cmd(name)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // The reader is dropped here: further writes fail with a broken pipe.
    let mut stderr = Vec::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_end(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    (
        line,
        Output {
            status,
            stdout: Vec::new(),
            stderr,
        },
    )
}

#[test]
fn a_closed_pipe_ends_quietly() {
    for (name, args) in RUNS {
        let (line, o) = first_line_then_close(name, args);
        assert!(!line.is_empty(), "{name}: no first line");
        assert_eq!(o.status.code(), Some(0), "{name}: {}", text(&o.stderr));
        assert!(o.stderr.is_empty(), "{name}: {}", text(&o.stderr));
        // Closed before the first write.
        let mut child = cmd(name)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{name}: {}", text(&o.stderr));
        assert!(o.stderr.is_empty(), "{name}: {}", text(&o.stderr));
    }
    // The fee with every band is long enough (megabytes) to meet the closed pipe for sure.
    let (line, _) = first_line_then_close("fee", &["--per-item", "1000000", "--bands", "all"]);
    assert!(line.starts_with("按件计收 (per_item): 1000000"), "{line}");
}

#[test]
fn unreadable_input_one_wording_per_kind() {
    let dir = std::env::temp_dir().join(format!("zfxxgk-examples-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bytes.csv");
    std::fs::write(&bad, b"id,applicant\xff\n").unwrap();
    let bad = bad.to_str().unwrap();
    let missing = dir.join("missing.csv");
    let missing = missing.to_str().unwrap();
    for (name, pre) in [("from_cases", &["--year", "2023"][..]), ("rollup", &[][..])] {
        let o = run(name, &[pre, &[missing]].concat());
        assert_eq!(o.status.code(), Some(2));
        let err = text(&o.stderr);
        assert!(
            err.starts_with(&format!("{name}: {missing}: cannot read: ")),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        let o = run(name, &[pre, &[bad]].concat());
        assert_eq!(o.status.code(), Some(2));
        assert_eq!(
            text(&o.stderr),
            format!("{name}: {bad}: not UTF-8 text (invalid byte at offset 12)\n")
        );
        let o = run_with_stdin(name, &[pre, &["-"]].concat(), b"\xfe\xff");
        assert_eq!(
            text(&o.stderr),
            format!("{name}: stdin: not UTF-8 text (invalid byte at offset 0)\n")
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn from_cases_reads_stdin_and_lists_every_bad_row() {
    let file = run("from_cases", &["--year", "2023", FIXTURE]);
    let csv = std::fs::read(FIXTURE).unwrap();
    let stdin = run_with_stdin("from_cases", &["--year", "2023", "-"], &csv);
    assert_eq!(stdin.status.code(), Some(0));
    assert_eq!(text(&stdin.stdout), text(&file.stdout));
    assert!(text(&file.stdout).starts_with("§3 table for 2023 (std2021 template) from 11 records"));
    let bad = b"id,applicant,received,replied,outcome\n\
                A,alien,2023-01-01,,\n\
                B,natural_person,2023-01-02,,\n\
                C,natural_person,2023-02-30,,granted\n";
    let o = run_with_stdin("from_cases", &["--year", "2023", "-"], bad);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr),
        "from_cases: stdin: line 2, column `applicant`: `alien` is not an applicant column id\n\
         from_cases: stdin: line 4, column `received`: `2023-02-30` is not a date in the form YYYY-MM-DD\n\
         from_cases: stdin: line 4, column `outcome`: `granted` is not a §3 outcome row id\n"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn from_cases_warns_when_no_record_falls_in_the_year() {
    let o = run("from_cases", &["--year", "2030", FIXTURE]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        format!(
            "from_cases: warning: no record in {FIXTURE} was received or replied in 2030; the \
             table counts only records carried over\n"
        )
    );
    // The table is still printed: the two records still pending are carried over.
    let out = text(&o.stdout);
    assert!(out.starts_with("§3 table for 2030"), "{out}");
    let carried_in = out.lines().find(|l| l.starts_with("carried_in")).unwrap();
    assert!(carried_in.ends_with(" 2"), "{carried_in}");
    // With --json too: stdout stays one JSON object.
    let o = run("from_cases", &["--year", "2030", FIXTURE, "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["requests"]["carried_in"]["total"], 2);
    // A year with records: no warning.
    let o = run("from_cases", &["--year", "2024", FIXTURE]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stderr.is_empty());
}

#[test]
fn fee_summarises_many_bands_unless_asked() {
    let o = run("fee", &["--per-item", "1000000"]);
    assert_eq!(o.status.code(), Some(0));
    let out = text(&o.stdout);
    assert!(out.len() < 4096, "{} bytes", out.len());
    assert!(
        out.contains("  111–999990 … 99988 bands omitted: 999880 件, 4999749958000元 (--bands all lists them)"),
        "{out}"
    );
    assert!(out.contains("fee: 4999850002000元"), "{out}");
    // JSON: the bands listed and the ones omitted add up to the fee.
    let o = run("fee", &["--per-item", "1000000", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(o.stdout.len() < 4096);
    let amount =
        |x: &serde_json::Value| x["amount_yuan"].as_str().unwrap().parse::<u128>().unwrap();
    let listed: u128 = v["bands"].as_array().unwrap().iter().map(amount).sum();
    assert_eq!(v["bands"].as_array().unwrap().len(), 11);
    assert_eq!(
        (listed + amount(&v["bands_omitted"])).to_string(),
        v["fee_yuan"].as_str().unwrap()
    );
    let units: u64 = v["bands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["units"].as_u64().unwrap())
        .sum();
    assert_eq!(
        units + v["bands_omitted"]["units"].as_u64().unwrap(),
        1_000_000
    );
    // --bands all: every band, one line each.
    let o = run(
        "fee",
        &["--per-item", "1000000", "--bands", "all", "--json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["bands"].as_array().unwrap().len(), 99_999); // 1–10, 11–30, then one per 10
    assert!(v.get("bands_omitted").is_none());
    // Few bands: all listed, as before.
    let o = run("fee", &["--pages", "1000", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["bands"].as_array().unwrap().len(), 4);
    assert!(v.get("bands_omitted").is_none());
}

#[test]
fn deadline_errors_name_the_date_given() {
    let o = run("deadline", &["--received", "2026-12-01", "--extended"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr),
        "deadline: received 2026-12-01: the reply falls due after the end of the working-day \
         calendar (2026-12-31)\n"
    );
    let o = run(
        "deadline",
        &[
            "--received",
            "2026-12-01",
            "--consultation",
            "2026-12-02..2027-01-05",
        ],
    );
    assert_eq!(
        text(&o.stderr),
        "deadline: 2027-01-05 is outside the working-day calendar, which covers 2008..=2026\n"
    );
    // The steps in Chinese, and in JSON beside the English.
    let o = run("deadline", &["--received", "2024-09-27", "--zh"]);
    assert!(text(&o.stdout).contains("答复期限为2024-09-27后计算的第20个工作日"));
    let o = run("deadline", &["--received", "2024-09-27", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["steps"][1]["text_zh"],
        "答复期限为2024-09-27后计算的第20个工作日"
    );
    assert_eq!(v["channel"], "in_person");
}

#[test]
fn rollup_reads_stdin() {
    let path = "tests/fixtures/real/std2021-0006.txt";
    let file = run("rollup", &["--json", path]);
    let stdin = run_with_stdin("rollup", &["--json", "-"], &std::fs::read(path).unwrap());
    assert_eq!(stdin.status.code(), Some(0), "{}", text(&stdin.stderr));
    assert_eq!(text(&stdin.stdout), text(&file.stdout));
    let o = run("rollup", &["-", "--summary", "-"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr),
        "rollup: - (stdin) can be given only once\n"
    );
}

// ---------------------------------------------------------------------------------------------
// `audit`: the main job, over one report or a tree.

#[test]
fn audit_help_bad_arguments_and_exit_codes() {
    for flag in ["--help", "-h"] {
        let o = run("audit", &[flag]);
        assert_eq!(o.status.code(), Some(0), "audit {flag}");
        let out = text(&o.stdout);
        assert!(out.contains("Usage: audit"), "{out}");
        assert!(out.contains("Exit status: 0 every input read"), "{out}");
    }
    for (args, says) in [
        (&["--jobs", "0"][..], "--jobs"),
        (&["--format", "std2020"][..], "std2020"),
        (&["--bogus"][..], "--bogus"),
    ] {
        let o = run("audit", args);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("audit: ") && err.contains(says), "{err}");
    }
    // Unreadable: 2, named; not a report: 1; a report: 0.
    let o = run("audit", &["--json", "/nonexistent/report.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).starts_with("audit: /nonexistent/report.txt: cannot read"));
    let o = run_with_stdin("audit", &["--json", "-"], b"404 Not Found");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let line: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(line["format"], "unknown");
    assert!(line["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "STR005" && f["severity"] == "error"));
    let o = run("audit", &["--json", "tests/fixtures/real/std2021-0006.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
}

#[test]
fn audit_walks_a_tree_in_sorted_order_once_each_whatever_the_jobs() {
    let dir = "tests/fixtures/real";
    let mut want: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    want.sort();
    for jobs in ["1", "2", "3"] {
        let o = run("audit", &["--json", "--jobs", jobs, dir]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        let files: Vec<String> = text(&o.stdout)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["file"].as_str().unwrap().to_string()
            })
            .collect();
        assert_eq!(files, want, "--jobs {jobs}");
    }
}

#[test]
fn audit_ends_quietly_on_a_closed_pipe() {
    let (line, o) = first_line_then_close("audit", &["--json", "--jobs", "2", "tests/fixtures"]);
    assert!(line.starts_with("{\"file\":"), "{line}");
    // Exit 0 or 2 (the tree holds JSON truth files that are no report): never a panic.
    assert!(!text(&o.stderr).contains("panicked"), "{}", text(&o.stderr));
    let (line, o) = first_line_then_close("audit", &[]);
    assert!(line.starts_with("== embedded seed"), "{line}");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(o.stderr.is_empty(), "{}", text(&o.stderr));
}
