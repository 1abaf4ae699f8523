//! Auditing many reports: in parallel on a bounded number of threads (the caller's among them),
//! with bounded memory (each input is read, audited and dropped in turn; at most a window of
//! results waits to be handed out), results delivered in input order as they complete.
//!
//! Built on [`std::thread`] alone: the work is a plain map over independent inputs, so a small
//! ordered map ([`ordered_map`]) is all it needs, and the crate adds no thread-pool dependency.
//! With one job nothing is spawned: the inputs are audited lazily on the caller's thread.
//!
//! # Example
//! ```
//! use zfxxgk::batch::{audit_all, BatchOptions, Input};
//! let inputs = vec![
//!     Input::bytes("seed", zfxxgk::seed::TEXT.as_bytes().to_vec()),
//!     Input::bytes("empty", Vec::new()),
//! ];
//! let names: Vec<String> = audit_all(inputs, &BatchOptions::with_jobs(2))
//!     .map(|item| item.name)
//!     .collect();
//! assert_eq!(names, ["seed", "empty"]); // input order, whatever finished first
//! ```

mod ordered;
mod walk;

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

pub use ordered::OrderedMap;
pub use walk::{files, Files, WalkItem, DEFAULT_EXTENSIONS};

use crate::audit::{audit_bytes_with, Audit};
use crate::parse::{ParseError, ParseOptions, MAX_INPUT_BYTES};

/// How to run a batch.
///
/// # Example
/// ```
/// use zfxxgk::batch::BatchOptions;
/// let o = BatchOptions::default();
/// assert!(o.jobs >= 1); // the available cores
/// assert_eq!(BatchOptions::with_jobs(1).jobs, 1); // no threads at all
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BatchOptions {
    /// Threads that audit: `jobs - 1` workers and the caller's thread, which audits while the
    /// result it waits for is not ready; 1 runs on the caller's thread alone.
    pub jobs: usize,
    /// The most inputs taken but not yet handed out (at least `jobs`); bounds memory.
    pub window: usize,
    /// How each report is parsed.
    pub parse: ParseOptions,
}

impl BatchOptions {
    /// `jobs` threads (at least 1), a window of four inputs per thread.
    pub fn with_jobs(jobs: usize) -> BatchOptions {
        let jobs = jobs.max(1);
        BatchOptions {
            jobs,
            window: jobs.saturating_mul(4),
            parse: ParseOptions::default(),
        }
    }
}

impl Default for BatchOptions {
    /// One thread per available core.
    fn default() -> BatchOptions {
        BatchOptions::with_jobs(std::thread::available_parallelism().map_or(1, |n| n.get()))
    }
}

/// One input of a batch: a file to read, or bytes already in memory, with a name for the
/// results.
///
/// # Example
/// ```
/// use zfxxgk::batch::Input;
/// assert_eq!(Input::path("reports/a.html").name(), "reports/a.html");
/// assert_eq!(Input::bytes("stdin", b"text".to_vec()).name(), "stdin");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Input {
    /// A file, read when its turn comes.
    Path(PathBuf),
    /// Bytes with a name.
    Bytes {
        /// The name the results carry.
        name: String,
        /// The content.
        bytes: Vec<u8>,
    },
}

impl Input {
    /// A file input.
    pub fn path(path: impl Into<PathBuf>) -> Input {
        Input::Path(path.into())
    }

    /// An in-memory input.
    pub fn bytes(name: impl Into<String>, bytes: Vec<u8>) -> Input {
        Input::Bytes {
            name: name.into(),
            bytes,
        }
    }

    /// The name results carry: the path as given, or the name given.
    pub fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Bytes { name, .. } => name.clone(),
        }
    }

    /// The content, read in full (at most [`MAX_INPUT_BYTES`] + 1 bytes are read from a file:
    /// a larger one is refused by the parser without being read whole).
    ///
    /// # Errors
    /// [`BatchError::Read`] when the file cannot be read.
    pub fn read(self) -> Result<Vec<u8>, BatchError> {
        match self {
            Input::Bytes { bytes, .. } => Ok(bytes),
            Input::Path(p) => {
                let f = std::fs::File::open(&p).map_err(|e| BatchError::Read(Arc::new(e)))?;
                let limit = MAX_INPUT_BYTES as u64 + 1;
                // Sized from the file's length (the limit reads without a size hint): one
                // allocation, not a buffer doubled and copied a dozen times.
                let size = f.metadata().map_or(0, |m| m.len()).min(limit);
                let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
                f.take(limit)
                    .read_to_end(&mut buf)
                    .map_err(|e| BatchError::Read(Arc::new(e)))?;
                Ok(buf)
            }
        }
    }
}

/// Why one input of a batch has no audit.
///
/// # Example
/// ```
/// use zfxxgk::batch::{audit_all, BatchOptions, Input};
/// let item = audit_all([Input::path("/no/such/report.txt")], &BatchOptions::with_jobs(1))
///     .next()
///     .unwrap();
/// let e = item.result.unwrap_err();
/// assert!(e.to_string().starts_with("cannot read: "));
/// ```
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum BatchError {
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Read(Arc<std::io::Error>),
    /// The content is not UTF-8 text. No longer produced: [`audit_input`] decodes the bytes
    /// (GB18030, UTF-16, …; undecodable bytes are an `RDG007` finding).
    #[error("not UTF-8 text (invalid byte at offset {0})")]
    NotUtf8(usize),
    /// The parser refused the input.
    #[error(transparent)]
    Parse(#[from] ParseError),
}

/// One result of [`audit_all`].
#[derive(Debug)]
#[non_exhaustive]
pub struct BatchItem {
    /// The input's position in the batch, from 0.
    pub index: usize,
    /// The input's name ([`Input::name`]).
    pub name: String,
    /// Its audit, or why there is none.
    pub result: Result<Audit, BatchError>,
}

/// Reads and audits one input: its bytes, an HTML page or text in any encoding
/// ([`crate::parse::decode`]), as [`audit_bytes_with`] reads them.
///
/// # Errors
/// As [`BatchError`].
///
/// # Example
/// ```
/// use zfxxgk::batch::{audit_input, Input};
/// use zfxxgk::parse::{Encoding, ParseOptions};
/// // The seed report saved as UTF-16LE with a byte order mark.
/// let mut bytes = vec![0xFF, 0xFE];
/// bytes.extend(zfxxgk::seed::TEXT.encode_utf16().flat_map(u16::to_le_bytes));
/// let a = audit_input(Input::bytes("seed", bytes), &ParseOptions::default())?;
/// assert_eq!(a.input.unwrap().encoding, Encoding::Utf16Le);
/// assert_eq!(a.report.meta.year, Some(2016));
/// # Ok::<(), zfxxgk::batch::BatchError>(())
/// ```
pub fn audit_input(input: Input, options: &ParseOptions) -> Result<Audit, BatchError> {
    let bytes = input.read()?;
    Ok(audit_bytes_with(&bytes, options)?)
}

/// Audits every input on `options.jobs` threads (the caller's among them) and yields the results in input order as they
/// complete. At most `options.window` inputs are read but not yet handed out; dropping the
/// iterator stops the workers.
///
/// # Example
/// ```
/// use zfxxgk::batch::{audit_all, BatchOptions, Input};
/// let inputs = (0..10).map(|i| Input::bytes(format!("r{i}"), zfxxgk::seed::TEXT.into()));
/// let years: Vec<_> = audit_all(inputs, &BatchOptions::with_jobs(2))
///     .map(|item| item.result.unwrap().report.meta.year)
///     .collect();
/// assert_eq!(years, vec![Some(2016); 10]);
/// ```
pub fn audit_all<I>(inputs: I, options: &BatchOptions) -> OrderedMap<(usize, Input), BatchItem>
where
    I: IntoIterator<Item = Input>,
    I::IntoIter: Send + 'static,
{
    let parse = options.parse.clone();
    ordered_map(
        inputs.into_iter().enumerate(),
        options.jobs,
        options.window,
        move |(index, input): (usize, Input)| BatchItem {
            index,
            name: input.name(),
            result: audit_input(input, &parse),
        },
    )
}

/// Runs `job` on every input on `jobs` threads and yields the results in input order: `jobs - 1`
/// workers, and the caller's thread, which runs the job itself while the result it waits for is
/// not ready (so `jobs` threads share the cores and no thread idles while there is work).
/// At most `window` inputs (at least `jobs`) are taken but not yet handed out. With `jobs` ≤ 1
/// the job runs lazily on the caller's thread. A panic in `job` (or in the input iterator)
/// is resumed on the caller's thread when its turn comes; dropping the iterator stops the
/// workers after their current input.
///
/// # Example
/// ```
/// let squares: Vec<u64> = zfxxgk::batch::ordered_map(1..=5u64, 2, 4, |n| n * n).collect();
/// assert_eq!(squares, [1, 4, 9, 16, 25]);
/// ```
pub fn ordered_map<I, R, F>(inputs: I, jobs: usize, window: usize, job: F) -> OrderedMap<I::Item, R>
where
    I: IntoIterator,
    I::IntoIter: Send + 'static,
    I::Item: Send + 'static,
    R: Send + 'static,
    F: Fn(I::Item) -> R + Send + Sync + 'static,
{
    ordered::start(Box::new(inputs.into_iter()), jobs, window, Arc::new(job))
}
