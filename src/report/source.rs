//! Where parsed values came from: spans into the source text.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::applicant::RequestColumn;
use crate::outcome::RequestRow;
use crate::report::active::{ActiveColumn, ActiveRow};
use crate::report::appeals::{AppealColumn, AppealGroup};
use crate::report::reading::OffsetMap;

/// A span of source text: the 1-based line it starts on and its byte range in the whole text.
///
/// # Example
/// ```
/// use zfxxgk::report::Span;
/// let s = Span::new(3, 10, 12);
/// assert_eq!(s.len(), 2);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    /// 1-based line number of the start.
    pub line: u32,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
}

impl Span {
    /// A span starting on 1-based `line` and covering the bytes `start..end` of the whole text.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Span;
    /// const S: Span = Span::new(2, 4, 9);
    /// assert_eq!((S.line, S.start, S.end), (2, 4, 9));
    /// ```
    pub const fn new(line: u32, start: usize, end: usize) -> Span {
        Span { line, start, end }
    }

    /// Length in bytes (0 for a span whose end is before its start).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Span;
    /// assert_eq!(Span::new(1, 0, "总计".len()).len(), 6); // UTF-8 bytes, not characters
    /// assert_eq!(Span::new(1, 5, 3).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Span;
    /// assert!(Span::default().is_empty());
    /// assert!(!Span::new(1, 0, 1).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The address of one cell in one of the three tables.
///
/// Serialized with a `table` tag; a §4 cell names its block `row`.
///
/// # Example
/// ```
/// use zfxxgk::{AppealColumn, AppealGroup};
/// use zfxxgk::report::CellRef;
/// let c = CellRef::Appeals { group: AppealGroup::Reconsideration, column: AppealColumn::Total };
/// assert_eq!(
///     serde_json::to_string(&c).unwrap(),
///     r#"{"table":"appeals","row":"reconsideration","column":"total"}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "table", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CellRef {
    /// A §2 cell.
    Active {
        /// Row.
        row: ActiveRow,
        /// Column.
        column: ActiveColumn,
    },
    /// A §3 cell.
    Requests {
        /// Row.
        row: RequestRow,
        /// Column.
        column: RequestColumn,
    },
    /// A §4 cell.
    Appeals {
        /// Block (serialized as `row`).
        #[serde(rename = "row")]
        group: AppealGroup,
        /// Column.
        column: AppealColumn,
    },
}

/// The source text of a parsed report and where each value came from.
///
/// Not serialized with the report (it can be large); a report read from JSON has none.
///
/// A report read from an HTML page keeps the page as its text, so spans are byte offsets into
/// the markup, together with the *reading text* the report was read from (the page's text, one
/// line per paragraph and one tab-separated line per table row): [`Source::line_of`] and
/// [`Source::quote`] give the words a span covers, never markup.
///
/// # Example
/// ```
/// use zfxxgk::{RequestColumn, RequestRow};
/// use zfxxgk::report::{CellRef, Source, Span};
/// let text = "一、本年新收政府信息公开申请数量\t68\t0\t0\t0\t2\t0\t70";
/// let mut src = Source::new(text);
/// let cell = CellRef::Requests { row: RequestRow::Received, column: RequestColumn::Total };
/// let at = text.rfind("70").unwrap();
/// src.record(cell, Span::new(1, at, at + 2));
/// assert_eq!(src.slice(src.span_of(&cell).unwrap()), "70");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    text: Arc<str>,
    /// Sorted by cell, one entry a cell (a report records a few hundred, nearly in order: a
    /// sorted vector inserts them at its end, where a tree allocated nodes).
    cells: Vec<(CellRef, Span)>,
    unread: BTreeSet<CellRef>,
    reading: Option<Arc<Reading>>,
}

/// The reading text of a marked-up source and its map back to the source.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reading {
    text: Arc<str>,
    map: OffsetMap,
}

impl Source {
    /// Wraps a source text, with no cell spans recorded yet.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Source;
    /// let src = Source::new("二、主动公开政府信息情况");
    /// assert_eq!(src.cell_spans().count(), 0);
    /// ```
    pub fn new(text: impl Into<Arc<str>>) -> Source {
        Source {
            text: text.into(),
            cells: Vec::new(),
            unread: BTreeSet::new(),
            reading: None,
        }
    }

    /// A marked-up source with the reading text it was read through and the map from reading
    /// bytes to source bytes.
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    pub(crate) fn with_reading(text: Arc<str>, reading: Arc<str>, map: OffsetMap) -> Source {
        Source {
            text,
            cells: Vec::new(),
            unread: BTreeSet::new(),
            reading: Some(Arc::new(Reading { text: reading, map })),
        }
    }

    /// This source, read as the reading text of the marked-up `source`: its text becomes the
    /// reading text (or `reading` replaces it), reading bytes map to source bytes by `map`, and
    /// its cell spans move onto `source` by `remap` (given `map`; their cells, so their order,
    /// stay).
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    pub(crate) fn read_through(
        mut self,
        source: Arc<str>,
        reading: Option<Arc<str>>,
        map: OffsetMap,
        remap: impl Fn(&OffsetMap, Span) -> Span,
    ) -> Source {
        let own = std::mem::replace(&mut self.text, source);
        for (_, span) in &mut self.cells {
            *span = remap(&map, *span);
        }
        self.reading = Some(Arc::new(Reading {
            text: reading.unwrap_or(own),
            map,
        }));
        self
    }

    /// The text the report was read from: for an HTML page its reading text (paragraphs as
    /// lines, table rows as tab-separated lines, no markup, no site chrome), for plain text the
    /// text itself.
    ///
    /// # Example
    /// ```
    /// let page = "<p>一、总体情况</p><table><tr><td>总计</td><td>&nbsp;7</td></tr></table>";
    /// # #[cfg(feature = "html")] {
    /// let parsed = zfxxgk::parse::parse_html(page)?;
    /// let src = parsed.report.source.as_ref().unwrap();
    /// assert_eq!(src.text(), page);
    /// assert_eq!(src.reading_text(), "一、总体情况\n总计\t7\n");
    /// # }
    /// assert_eq!(zfxxgk::report::Source::new("总计 7").reading_text(), "总计 7");
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn reading_text(&self) -> &str {
        self.reading.as_ref().map_or(&self.text, |r| &r.text)
    }

    /// The reading text of a span: for plain text the span's text, for a marked-up source the
    /// words the span covers without their markup (empty when the span is not read text).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Source, Span};
    /// assert_eq!(Source::new("总计 70").quote(Span::new(1, 7, 9)), "70");
    /// # #[cfg(feature = "html")] {
    /// let page = "<p>总<b>计</b>：7</p>";
    /// let src = zfxxgk::parse::parse_html(page)?.report.source.unwrap();
    /// let (a, b) = (page.find('总').unwrap(), page.find('计').unwrap() + '计'.len_utf8());
    /// assert_eq!(src.quote(Span::new(1, a, b)), "总计");
    /// assert_eq!(src.quote(Span::new(1, 0, 3)), ""); // `<p>`
    /// # }
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn quote(&self, span: Span) -> &str {
        match &self.reading {
            None => self.slice(span),
            Some(r) => {
                let (Some(a), Some(b)) = (
                    r.map.to_reading(span.start),
                    r.map.to_reading(span.end.saturating_sub(1)),
                ) else {
                    return "";
                };
                let b = next_boundary(&r.text, b.max(a) + 1);
                r.text.get(a..b).unwrap_or("").trim()
            }
        }
    }

    /// The whole text.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Source;
    /// assert_eq!(Source::new(String::from("一、总体情况")).text(), "一、总体情况");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Records where a cell's value was read (replacing an earlier record for the same cell).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ActiveColumn, ActiveRow};
    /// use zfxxgk::report::{CellRef, Source, Span};
    /// let mut src = Source::new("行政许可\t120");
    /// let cell = CellRef::Active { row: ActiveRow::Licensing, column: ActiveColumn::Decisions };
    /// src.record(cell, Span::new(1, 0, 1));
    /// src.record(cell, Span::new(1, 13, 16));
    /// assert_eq!(src.span_of(&cell), Some(Span::new(1, 13, 16)));
    /// ```
    pub fn record(&mut self, cell: CellRef, span: Span) {
        // Readers record a table's cells mostly in its order: those are appended.
        if self.cells.last().is_none_or(|(c, _)| *c < cell) {
            self.cells.push((cell, span));
            return;
        }
        match self.cells.binary_search_by(|(c, _)| c.cmp(&cell)) {
            Ok(i) => self.cells[i].1 = span,
            Err(i) => self.cells.insert(i, (cell, span)),
        }
    }

    /// Records every `(cell, span)` of `records` as [`Source::record`] would one after the
    /// other (the last record of a cell wins), with one sort instead of a search and an
    /// insertion each (readers record tables in several passes, not in cell order).
    pub(crate) fn record_all(&mut self, mut records: Vec<(CellRef, Span)>) {
        if !self.cells.is_empty() {
            records.into_iter().for_each(|(c, s)| self.record(c, s));
            return;
        }
        // Stable: the records of a cell stay in their order, and the last one is kept.
        records.sort_by_key(|r| r.0);
        records.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 = later.1;
            }
            same
        });
        self.cells = records;
    }

    /// Where a cell's value was read, if it was read from this text.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup};
    /// use zfxxgk::report::{CellRef, Source};
    /// let src = Source::new("");
    /// let cell = CellRef::Appeals { group: AppealGroup::LitigationDirect, column: AppealColumn::Upheld };
    /// assert_eq!(src.span_of(&cell), None);
    /// ```
    pub fn span_of(&self, cell: &CellRef) -> Option<Span> {
        self.cells
            .binary_search_by(|(c, _)| c.cmp(cell))
            .ok()
            .map(|i| self.cells[i].1)
    }

    /// Every recorded cell span, ordered by cell (table, then row, then column).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup};
    /// use zfxxgk::report::{CellRef, Source, Span};
    /// let mut src = Source::new("5\t7");
    /// let at = |column| CellRef::Appeals { group: AppealGroup::Reconsideration, column };
    /// src.record(at(AppealColumn::Total), Span::new(1, 2, 3));
    /// src.record(at(AppealColumn::Upheld), Span::new(1, 0, 1));
    /// let read: Vec<&str> = src.cell_spans().map(|(_, s)| src.slice(*s)).collect();
    /// assert_eq!(read, ["5", "7"]);
    /// ```
    pub fn cell_spans(&self) -> impl Iterator<Item = (&CellRef, &Span)> {
        self.cells.iter().map(|(c, s)| (c, s))
    }

    /// Records that the parser could not read a cell's value from this text (run-together
    /// digits that split in several ways, values whose columns the text does not fix): the
    /// cell is blank in the model, and the rules do not assess any identity on it.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestColumn, RequestRow};
    /// use zfxxgk::report::{CellRef, Source};
    /// let mut src = Source::new("一、本年新收政府信息公开申请数量 110000011");
    /// let cell = CellRef::Requests { row: RequestRow::Received, column: RequestColumn::Total };
    /// assert!(!src.is_unread(&cell));
    /// src.mark_unread(cell);
    /// assert!(src.is_unread(&cell));
    /// assert_eq!(src.unread_cells().count(), 1);
    /// ```
    pub fn mark_unread(&mut self, cell: CellRef) {
        self.unread.insert(cell);
    }

    /// Whether the parser could not read `cell` ([`Source::mark_unread`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{AppealColumn, AppealGroup};
    /// use zfxxgk::report::{CellRef, Source};
    /// let cell = CellRef::Appeals { group: AppealGroup::Reconsideration, column: AppealColumn::Total };
    /// assert!(!Source::new("").is_unread(&cell));
    /// ```
    pub fn is_unread(&self, cell: &CellRef) -> bool {
        self.unread.contains(cell)
    }

    /// The cells the parser could not read, ordered by cell.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Source;
    /// assert_eq!(Source::new("").unread_cells().count(), 0);
    /// ```
    pub fn unread_cells(&self) -> impl Iterator<Item = &CellRef> {
        self.unread.iter()
    }

    /// The text of a span (empty if it is out of range or not on character boundaries).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Source, Span};
    /// let src = Source::new("总计 70");
    /// assert_eq!(src.slice(Span::new(1, 7, 9)), "70");
    /// assert_eq!(src.slice(Span::new(1, 1, 3)), ""); // inside `总`
    /// assert_eq!(src.slice(Span::new(1, 7, 99)), "");
    /// ```
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The whole line a span starts on, trimmed; of a line longer than 600 bytes (a page body
    /// flattened to one line), the stretch of up to 60 characters on each side of the span.
    ///
    /// For a marked-up source it is the line of the reading text that holds the span's first
    /// byte (empty when that byte is markup or site chrome): what findings quote as evidence.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Source, Span};
    /// let text = "三、收到和处理政府信息公开申请情况\n  一、本年新收政府信息公开申请数量 70\n";
    /// let src = Source::new(text);
    /// let at = text.find("70").unwrap();
    /// assert_eq!(src.line_of(Span::new(2, at, at + 2)), "一、本年新收政府信息公开申请数量 70");
    /// let long = format!("{}总计70{}", "甲".repeat(300), "乙".repeat(300));
    /// let src = Source::new(long.as_str());
    /// let at = long.find("70").unwrap();
    /// let around = src.line_of(Span::new(1, at, at + 2));
    /// assert_eq!(around, format!("{}总计70{}", "甲".repeat(58), "乙".repeat(60)));
    /// # #[cfg(feature = "html")] {
    /// let page = "<table><tr><td>一、本年新收</td><td><b>7</b>0</td></tr></table>";
    /// let src = zfxxgk::parse::parse_html(page)?.report.source.unwrap();
    /// let at = page.find("<b>").unwrap() + 3;
    /// assert_eq!(src.line_of(Span::new(1, at, at + 1)), "一、本年新收\t70");
    /// assert_eq!(src.line_of(Span::new(1, 0, 1)), ""); // `<table>`
    /// # }
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn line_of(&self, span: Span) -> &str {
        match &self.reading {
            None => line_around(&self.text, span.start, span.end),
            Some(r) => match r.map.to_reading(span.start) {
                Some(at) => {
                    let end = r
                        .map
                        .to_reading(span.end.saturating_sub(1))
                        .map_or(at, |b| next_boundary(&r.text, b.max(at) + 1));
                    line_around(&r.text, at, end)
                }
                None => "",
            },
        }
    }
}

/// The trimmed line of `text` holding the bytes `start..end`; of a line over 600 bytes (a
/// flattened page), the 60 characters on either side of them.
fn line_around(text: &str, start: usize, end: usize) -> &str {
    let start = start.min(text.len());
    let bytes = text.as_bytes();
    // A flattened page is one line of 100 KB: the line's ends are found with `memchr`.
    let a = bytes
        .get(..start)
        .and_then(|h| memchr::memrchr(b'\n', h))
        .map_or(0, |i| i + 1);
    let b = bytes
        .get(start..)
        .and_then(|t| memchr::memchr(b'\n', t))
        .map_or(text.len(), |i| start + i);
    if b - a > 600 {
        const AROUND: usize = 60;
        let end = end.clamp(start, b);
        let (Some(before), Some(after)) = (text.get(a..start), text.get(end..b)) else {
            return "";
        };
        let from = before
            .char_indices()
            .rev()
            .nth(AROUND - 1)
            .map_or(a, |(i, _)| a + i);
        let to = after.char_indices().nth(AROUND).map_or(b, |(i, _)| end + i);
        return text.get(from..to).unwrap_or("").trim();
    }
    text.get(a..b).unwrap_or("").trim()
}

/// The first character boundary of `text` at or after `at` (its length past the end).
fn next_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Records in any order, repeated or not, read back as a map keyed by cell would.
        #[test]
        fn cells_are_a_map_in_cell_order(
            records in proptest::collection::vec((0usize..40, 0usize..9), 0..60)
        ) {
            use crate::{AppealColumn, AppealGroup, RequestColumn, RequestRow};
            let cell = |k: usize| match k % 2 {
                0 => CellRef::Requests {
                    row: RequestRow::ALL[k % RequestRow::ALL.len()],
                    column: RequestColumn::ALL[k % RequestColumn::ALL.len()],
                },
                _ => CellRef::Appeals {
                    group: AppealGroup::ALL[k % AppealGroup::ALL.len()],
                    column: AppealColumn::ALL[k % AppealColumn::ALL.len()],
                },
            };
            // The same records in cell order (a stable sort keeps the last of each cell last):
            // the order readers mostly record in, appended without a search.
            let mut in_order = records.clone();
            in_order.sort_by_key(|(k, _)| cell(*k));
            let mut sorted = Source::new("");
            for (k, at) in &in_order {
                sorted.record(cell(*k), Span::new(1, *at, at + 1));
            }
            let mut all = Source::new("");
            all.record_all(records.iter().map(|(k, at)| (cell(*k), Span::new(1, *at, at + 1))).collect());
            let mut src = Source::new("");
            let mut want = std::collections::BTreeMap::new();
            for (k, at) in records {
                let span = Span::new(1, at, at + 1);
                src.record(cell(k), span);
                want.insert(cell(k), span);
            }
            let got: Vec<(CellRef, Span)> = src.cell_spans().map(|(c, s)| (*c, *s)).collect();
            let want_v: Vec<(CellRef, Span)> = want.iter().map(|(c, s)| (*c, *s)).collect();
            proptest::prop_assert_eq!(&got, &want_v);
            let got_sorted: Vec<(CellRef, Span)> =
                sorted.cell_spans().map(|(c, s)| (*c, *s)).collect();
            proptest::prop_assert_eq!(&got_sorted, &want_v);
            let got_all: Vec<(CellRef, Span)> = all.cell_spans().map(|(c, s)| (*c, *s)).collect();
            proptest::prop_assert_eq!(got_all, want_v);
            for (c, s) in &want {
                proptest::prop_assert_eq!(src.span_of(c), Some(*s));
            }
        }
    }

    #[test]
    fn line_of_finds_the_whole_line() {
        let s = Source::new("abc\n一、本年新收 5 6\nxyz");
        let start = "abc\n一、本年新收 ".len();
        let sp = Span::new(2, start, start + 1);
        assert_eq!(s.slice(sp), "5");
        assert_eq!(s.line_of(sp), "一、本年新收 5 6");
        assert_eq!(s.line_of(Span::new(1, 999, 1000)), "xyz");
    }
}
