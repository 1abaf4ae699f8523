//! The page as the tokenizer reads it: html5gum's `StringReader` with a cheaper search for the
//! bytes that end a run (`read_until`).
//!
//! The tokenizer asks for the run up to the first of a few bytes (`<` `&` NUL CR in text, `"` `&`
//! NUL CR in a quoted value, …), once per run of text, per value, per name: thousands of times a
//! page. html5gum's own search tests the needle's bytes one by one at every call before it
//! scans; here the needles of text, values, scripts and comments (two or three bytes once NUL is
//! left out, as it is when the page holds none) are searched with `memchr`.

use std::convert::Infallible;

use html5gum::Reader;

/// The page's bytes not read yet.
pub(crate) struct PageReader<'h> {
    input: &'h [u8],
    /// Whether the page holds a NUL byte (only then is NUL searched for).
    nul: bool,
}

impl<'h> PageReader<'h> {
    pub(crate) fn new(html: &'h str) -> PageReader<'h> {
        let input = html.as_bytes();
        PageReader {
            input,
            nul: memchr::memchr(0, input).is_some(),
        }
    }
}

impl Reader for PageReader<'_> {
    type Error = Infallible;

    #[inline(always)]
    fn read_byte(&mut self) -> Result<Option<u8>, Infallible> {
        match self.input.split_first() {
            Some((b, rest)) => {
                self.input = rest;
                Ok(Some(*b))
            }
            None => Ok(None),
        }
    }

    fn try_read_string(&mut self, s: &[u8], case_sensitive: bool) -> Result<bool, Infallible> {
        let n = s.len();
        match (self.input.get(..n), self.input.get(n..)) {
            (Some(head), Some(rest))
                if head == s || (!case_sensitive && head.eq_ignore_ascii_case(s)) =>
            {
                self.input = rest;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// The bytes up to the first of `needle` (that byte alone if it comes first), or all that is
    /// left; `None` at the end, as `StringReader`.
    // Inlined into each state, where `needle` is a constant: the choice of search and the bit
    // set below are then made at compile time.
    #[inline(always)]
    fn read_until<'b>(
        &'b mut self,
        needle: &[u8],
        _: &'b mut [u8; 4],
    ) -> Result<Option<&'b [u8]>, Infallible> {
        if self.input.is_empty() {
            return Ok(None);
        }
        let at = first_of(needle, self.input, self.nul).map_or(self.input.len(), |at| at.max(1));
        let (chunk, rest) = self.input.split_at(at);
        self.input = rest;
        Ok(Some(chunk))
    }
}

/// Where the first byte of `needle` is in `hay`; NUL is looked for only if `nul`.
#[inline(always)]
fn first_of(needle: &[u8], hay: &[u8], nul: bool) -> Option<usize> {
    // The tokenizer's needles are its state's bytes, then NUL, then CR.
    match *needle {
        // `&` `<` in text, `"` `&` in a quoted value, `<` `-` in a comment, …
        [a, b, 0, b'\r'] if !nul => memchr::memchr3(a, b, b'\r', hay),
        // `<` in a script, `>` in a bogus comment, …
        [a, 0, b'\r'] if !nul => memchr::memchr2(a, b'\r', hay),
        [a, b, c] => memchr::memchr3(a, b, c, hay),
        [a, b] => memchr::memchr2(a, b, hay),
        [a] => memchr::memchr(a, hay),
        _ => first_of_many(needle, hay),
    }
}

/// [`first_of`] for the long needles (names end at whitespace, `/`, `>`, `=`, quotes, …): the
/// runs they end are short, so a byte at a time with the needle as a bit set. Also the search
/// of a page that holds NUL.
#[inline(always)]
fn first_of_many(needle: &[u8], hay: &[u8]) -> Option<usize> {
    let mut set = [0u64; 4];
    for &b in needle {
        set[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    hay.iter()
        .position(|&b| set[usize::from(b >> 6)] >> (b & 63) & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// html5gum's `StringReader` search: the run up to the first needle byte (at least one byte).
    fn reference<'a>(needle: &[u8], hay: &'a [u8]) -> &'a [u8] {
        match hay.iter().position(|b| needle.contains(b)) {
            Some(at) => &hay[..at.max(1)],
            None => hay,
        }
    }

    proptest::proptest! {
        #[test]
        fn runs_are_string_readers(
            hay in proptest::collection::vec(proptest::prop_oneof![
                proptest::prelude::Just(0u8), proptest::prelude::Just(b'<'),
                proptest::prelude::Just(b'&'), proptest::prelude::Just(b'\r'),
                proptest::prelude::Just(b'"'), proptest::prelude::Just(b' '),
                proptest::prelude::Just(b'x'), proptest::prelude::Just(0xe4u8),
            ], 0..40),
            needle in proptest::sample::select(vec![
                &b"<&\0\r"[..], b"\"&\0\r", b"'&\0\r", b"<\0\r", b"\0\r", b"\r",
                b"\t\n\x0c />=\0\"'<\r", b"-<\0\r", b"\t\n\x0c />\0\r",
            ]),
        ) {
            let html = String::from_utf8_lossy(&hay).into_owned();
            let mut r = PageReader::new(&html);
            let mut rest = html.as_bytes();
            let mut buf = [0; 4];
            while let Some(chunk) = r.read_until(needle, &mut buf).unwrap_or_default() {
                let want = reference(needle, rest);
                proptest::prop_assert_eq!(chunk, want);
                rest = &rest[want.len()..];
            }
            proptest::prop_assert!(rest.is_empty());
        }
    }
}
