//! The reading view of a marked-up source: the plain text a report was read from, and for each
//! of its bytes the range of the source it came from.

/// One piece of the reading text: `out_start..out_end` of the reading text came from
/// `src_start..src_end` of the source. A copied piece has equal lengths and maps byte for byte;
/// any other piece (an entity, collapsed whitespace, an inserted line break or tab) maps as a
/// whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub out_start: usize,
    pub out_end: usize,
    pub src_start: usize,
    pub src_end: usize,
    pub copied: bool,
}

/// Reading text → source byte ranges, piecewise. Pieces cover the reading text in order, and
/// their source ranges never go backwards, so both directions are a binary search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    pieces: Vec<Piece>,
}

// Built only by the HTML reader.
#[cfg_attr(not(feature = "html"), allow(dead_code))]
impl OffsetMap {
    /// A map from pieces in reading order (adjacent, source ranges non-decreasing).
    pub(crate) fn new(pieces: Vec<Piece>) -> OffsetMap {
        OffsetMap { pieces }
    }

    /// The piece holding reading byte `at` (the last piece when `at` is past the end).
    fn piece_at(&self, at: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.out_end <= at);
        self.pieces.get(i).or_else(|| self.pieces.last())
    }

    /// The source range of the reading range `start..end`.
    pub(crate) fn to_source(&self, start: usize, end: usize) -> (usize, usize) {
        let Some(first) = self.piece_at(start) else {
            return (0, 0);
        };
        let s = if first.copied && start >= first.out_start {
            (first.src_start + (start - first.out_start)).min(first.src_end)
        } else {
            first.src_start
        };
        if end <= start {
            return (s, s);
        }
        let Some(last) = self.piece_at(end - 1) else {
            return (s, s);
        };
        let e = if last.copied && end >= last.out_start {
            (last.src_start + (end - last.out_start)).min(last.src_end)
        } else {
            last.src_end
        };
        (s, e.max(s))
    }

    /// The reading offset of source byte `at`, if the reading text has it (a byte of markup,
    /// of a skipped element or of site chrome has none).
    pub(crate) fn to_reading(&self, at: usize) -> Option<usize> {
        let i = self.pieces.partition_point(|p| p.src_start <= at);
        let p = self.pieces.get(i.checked_sub(1)?)?;
        if at < p.src_end {
            Some(if p.copied {
                p.out_start + (at - p.src_start)
            } else {
                p.out_start
            })
        } else if at == p.src_start {
            Some(p.out_start)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> OffsetMap {
        // source: `<p>ab&nbsp;c</p>` → reading `ab c\n`
        OffsetMap::new(vec![
            Piece {
                out_start: 0,
                out_end: 2,
                src_start: 3,
                src_end: 5,
                copied: true,
            },
            Piece {
                out_start: 2,
                out_end: 3,
                src_start: 5,
                src_end: 11,
                copied: false,
            },
            Piece {
                out_start: 3,
                out_end: 4,
                src_start: 11,
                src_end: 12,
                copied: true,
            },
            Piece {
                out_start: 4,
                out_end: 5,
                src_start: 16,
                src_end: 16,
                copied: false,
            },
        ])
    }

    #[test]
    fn reading_to_source() {
        let m = map();
        assert_eq!(m.to_source(0, 2), (3, 5));
        assert_eq!(m.to_source(1, 3), (4, 11)); // the entity as a whole
        assert_eq!(m.to_source(2, 3), (5, 11));
        assert_eq!(m.to_source(0, 4), (3, 12));
        assert_eq!(m.to_source(3, 3), (11, 11));
        assert_eq!(m.to_source(99, 100), (16, 16));
        assert_eq!(OffsetMap::default().to_source(0, 1), (0, 0));
    }

    #[test]
    fn source_to_reading() {
        let m = map();
        assert_eq!(m.to_reading(4), Some(1));
        assert_eq!(m.to_reading(7), Some(2)); // inside `&nbsp;`
        assert_eq!(m.to_reading(11), Some(3));
        assert_eq!(m.to_reading(0), None); // `<p>`
        assert_eq!(m.to_reading(13), None); // `</p>`
        assert_eq!(m.to_reading(16), Some(4));
    }
}
