//! Files under a set of paths, walked recursively in sorted order, lazily: memory is bounded
//! by the depth of the tree times the largest directory, not by the number of files.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The file extensions [`files`] keeps by default: report text, HTML pages, Markdown from PDF
/// converters, and reports in the crate's JSON serialization.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "htm", "html", "md", "json"];

/// One path met by [`files`]: a file to audit, or a directory or path that could not be read.
pub type WalkItem = Result<PathBuf, (PathBuf, io::Error)>;

/// Every file under `paths`, in order: a file path is yielded as given (whatever its
/// extension); a directory is walked recursively, its entries sorted by name, keeping files
/// whose extension is one of `extensions` (compared without case). Links to directories inside
/// a walked directory are not followed. Unreadable paths are yielded as errors in their place,
/// so a caller can report them and go on.
///
/// # Example
/// ```
/// # let dir = std::env::temp_dir().join(format!("zfxxgk-walk-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(dir.join("b"))?;
/// # for f in ["b/2.txt", "a.html", "b/1.TXT", "notes.pdf"] { std::fs::write(dir.join(f), "x")?; }
/// use zfxxgk::batch::{files, DEFAULT_EXTENSIONS};
/// let found: Vec<_> = files([dir.clone()], DEFAULT_EXTENSIONS)
///     .map(|f| f.unwrap().strip_prefix(&dir).unwrap().to_path_buf())
///     .collect();
/// assert_eq!(found, ["a.html", "b/1.TXT", "b/2.txt"].map(std::path::PathBuf::from));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn files<P, E>(paths: P, extensions: &[E]) -> Files
where
    P: IntoIterator,
    P::Item: Into<PathBuf>,
    E: AsRef<str>,
{
    let roots: Vec<PathBuf> = paths.into_iter().map(Into::into).collect();
    Files {
        extensions: extensions
            .iter()
            .map(|e| e.as_ref().trim_start_matches('.').to_ascii_lowercase())
            .collect(),
        stack: vec![Frame::Roots(roots.into_iter())],
    }
}

enum Frame {
    /// The paths given, in the order given.
    Roots(std::vec::IntoIter<PathBuf>),
    /// The sorted entries of one directory, with their type where the directory told it.
    Dir(std::vec::IntoIter<(PathBuf, Option<fs::FileType>)>),
}

/// The iterator of [`files`].
pub struct Files {
    extensions: Vec<String>,
    stack: Vec<Frame>,
}

impl std::fmt::Debug for Files {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Files")
            .field("extensions", &self.extensions)
            .field("depth", &self.stack.len())
            .finish()
    }
}

impl Files {
    fn wanted(&self, p: &Path) -> bool {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| self.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
    }
}

/// The entries of `dir` sorted by name, each with its type as the directory listing gives it
/// (no `stat` per file on most file systems; `None` where it cannot tell).
fn sorted_entries(dir: &Path) -> io::Result<Vec<(PathBuf, Option<fs::FileType>)>> {
    let mut names: Vec<(OsString, Option<fs::FileType>)> = fs::read_dir(dir)?
        .map(|e| e.map(|e| (e.file_name(), e.file_type().ok())))
        .collect::<io::Result<_>>()?;
    names.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(names.into_iter().map(|(n, t)| (dir.join(n), t)).collect())
}

impl Iterator for Files {
    type Item = WalkItem;

    fn next(&mut self) -> Option<WalkItem> {
        loop {
            let (path, is_root, known) = match self.stack.last_mut()? {
                Frame::Roots(it) => match it.next() {
                    Some(p) => (p, true, None),
                    None => {
                        self.stack.pop();
                        continue;
                    }
                },
                Frame::Dir(it) => match it.next() {
                    Some((p, t)) => (p, false, t),
                    None => {
                        self.stack.pop();
                        continue;
                    }
                },
            };
            // A path given is followed if it is a link; inside a directory, a link to a file is
            // followed but a link to a directory is not (a link back up would never end).
            // Whether the path is a directory; a plain file or directory inside a walked one is
            // told by its listing, without a `stat`.
            let is_dir = match known {
                Some(t) if !is_root && t.is_dir() => Ok(true),
                Some(t) if !is_root && t.is_file() => Ok(false),
                _ if is_root => fs::metadata(&path).map(|m| m.is_dir()),
                _ => match fs::symlink_metadata(&path) {
                    Ok(m) if m.file_type().is_symlink() => match fs::metadata(&path) {
                        Ok(t) if t.is_dir() => continue,
                        other => other.map(|m| m.is_dir()),
                    },
                    other => other.map(|m| m.is_dir()),
                },
            };
            match is_dir {
                Ok(true) => match sorted_entries(&path) {
                    Ok(entries) => self.stack.push(Frame::Dir(entries.into_iter())),
                    Err(e) => return Some(Err((path, e))),
                },
                Ok(_) if is_root || self.wanted(&path) => return Some(Ok(path)),
                Ok(_) => {}
                Err(e) => return Some(Err((path, e))),
            }
        }
    }
}
