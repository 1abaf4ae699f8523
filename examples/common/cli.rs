//! What the examples share as command-line tools (included with `#[path]`; not an example of
//! its own): the command line through clap, one wording per error kind, reading a FILE or
//! stdin (`-`), and output that ends quietly when the reader goes away (`| head -1`).
//!
//! Exit status, the same in every tool: 0 done; 1 only where a tool says what it means;
//! 2 bad arguments, unreadable input, or output that cannot be written.
#![allow(dead_code)] // each example uses a part

use std::io::{self, Read, Write};
use std::process::ExitCode;

/// Why a tool stops early.
pub enum Fail {
    /// Bad input or arguments found after parsing: the message (naming the file), exit 2.
    Input(String),
    /// Writing the output failed; a closed pipe is a normal end.
    Write(io::Error),
}

impl From<io::Error> for Fail {
    fn from(e: io::Error) -> Fail {
        Fail::Write(e)
    }
}

/// A one-line error on stderr, prefixed with the tool's name. Ignores a closed stderr.
pub fn error(prog: &str, message: &str) {
    let _ = writeln!(io::stderr().lock(), "{prog}: {message}");
}

/// A warning on stderr.
pub fn warn(prog: &str, message: &str) {
    error(prog, &format!("warning: {message}"));
}

/// Parses the command line. `-h`/`--help` print the usage on stdout and exit 0; a bad
/// argument prints one line on stderr and exits 2.
pub fn parse<P: clap::Parser>(prog: &str) -> Result<P, ExitCode> {
    let e = match P::try_parse() {
        Ok(p) => return Ok(p),
        Err(e) => e,
    };
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let mut out = io::stdout().lock();
        return Err(match write!(out, "{e}").and_then(|()| out.flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => ExitCode::from(2),
            _ => ExitCode::SUCCESS,
        });
    }
    error(prog, &format!("{}; see --help", one_line(&e.to_string())));
    Err(ExitCode::from(2))
}

/// The first paragraph of a clap error, on one line, without the `error: ` prefix.
fn one_line(rendered: &str) -> String {
    let first = rendered
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ");
    let words: Vec<&str> = first.split_whitespace().collect();
    words.join(" ")
}

/// Ends a tool: `Ok(code)` as is; a closed pipe quietly with 0; any other failure as one line
/// on stderr with status 2.
pub fn finish(prog: &str, r: Result<ExitCode, Fail>) -> ExitCode {
    match r {
        Ok(code) => code,
        Err(Fail::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Fail::Write(e)) => {
            error(prog, &format!("cannot write the output: {e}"));
            ExitCode::from(2)
        }
        Err(Fail::Input(m)) => {
            error(prog, &m);
            ExitCode::from(2)
        }
    }
}

/// How a FILE argument is named in messages (`-` is stdin).
pub fn name(path: &str) -> &str {
    if path == "-" {
        "stdin"
    } else {
        path
    }
}

/// The bytes of FILE, or of stdin for `-`. Error: `FILE: cannot read: …`.
pub fn read_bytes(path: &str) -> Result<Vec<u8>, Fail> {
    let mut bytes = Vec::new();
    let r = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    r.map_err(|e| Fail::Input(format!("{}: cannot read: {e}", name(path))))?;
    Ok(bytes)
}

/// The UTF-8 text of FILE, or of stdin for `-`. Errors: `FILE: cannot read: …`,
/// `FILE: not UTF-8 text (…)`.
pub fn read_text(path: &str) -> Result<String, Fail> {
    utf8(path, read_bytes(path)?)
}

/// `bytes` as text. Error: `FILE: not UTF-8 text (…)`.
pub fn utf8(path: &str, bytes: Vec<u8>) -> Result<String, Fail> {
    String::from_utf8(bytes).map_err(|e| {
        Fail::Input(format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            name(path),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Stdout, buffered; write with `writeln!` and `?`, then [`flush`]. The buffer holds several
/// of `audit`'s JSON lines (some 8 KB each), so a line is not a system call of its own.
pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(64 * 1024, io::stdout().lock())
}

/// Flushes the output and returns `code`.
pub fn flush(mut out: impl Write, code: ExitCode) -> Result<ExitCode, Fail> {
    out.flush()?;
    Ok(code)
}
