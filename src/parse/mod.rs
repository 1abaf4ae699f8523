//! Reading reports from text as it comes off a web page or out of a PDF, or as a crawler
//! stores a page (the whole body on one line), from published HTML pages, and from bytes in
//! any of the encodings reports are saved in.
//!
//! The parser does not check the model: it returns a typed [`AnnualReport`] whose values keep
//! the span they were read from, plus diagnostics about what it could not read (rows not
//! found, ambiguous run-together digits, rows whose cells the text does not fix).
//! Checking the model is another layer's work (`zfxxgk::rules::check`, or
//! `zfxxgk::audit_text` for both). A layout reader turns the text into lines
//! (real or, for flattened text, virtual) and table regions into candidate rows; sections,
//! metadata, prose and the table builders work on those and know nothing of layouts.
//!
//! Three doors: [`parse`] takes text; `parse_html` (cargo feature `html`, on by default)
//! takes a page's HTML and reads its article, tables as grids, spans pointing into the HTML;
//! [`parse_bytes`] takes a file's bytes, decodes them ([`decode`]: UTF-8, UTF-16, GB18030/GBK)
//! and reads them as HTML or text as they turn out to be ([`looks_like_html`]).
//!
//! # Example
//! ```
//! let text = "一、总体情况\n2023年，本机关……\n三、收到和处理政府信息公开申请情况\n";
//! let parsed = zfxxgk::parse::parse(text)?;
//! assert_eq!(parsed.report.sections.len(), 2);
//! # Ok::<(), zfxxgk::ParseError>(())
//! ```

mod decode;
mod detect;
mod error;
pub(crate) mod fees;
#[cfg(feature = "html")]
mod html;
mod legacy;
mod legacy_table;
mod lines;
mod meta;
pub(crate) use crate::text as normalize;
mod prose;
mod readers;
mod reading;
mod sections;
mod tables;

use std::sync::Arc;

pub use decode::{decode, looks_like_html, Decoded, Encoding, Input, InputKind, Malformed};
pub use fees::read_fee_section;
#[cfg(feature = "html")]
pub use html::{HtmlCell, HtmlTable};
pub use prose::claims;
pub use reading::*;

use crate::finding::Finding;
use crate::law::ReportFormat;
use crate::report::{AnnualReport, Extras, SectionKind, Source};
pub use error::ParseError;

/// The largest input [`parse`] accepts: 16 MiB. Real reports are under 200 KB.
///
/// # Example
/// ```
/// use zfxxgk::parse::{parse, MAX_INPUT_BYTES};
/// assert_eq!(MAX_INPUT_BYTES, 16 * 1024 * 1024);
/// assert!(parse(&"a".repeat(MAX_INPUT_BYTES)).is_ok()); // the limit itself is accepted
/// assert!(parse(&"a".repeat(MAX_INPUT_BYTES + 1)).is_err());
/// ```
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Options for [`parse_with`].
///
/// # Example
/// ```
/// use zfxxgk::parse::ParseOptions;
/// use zfxxgk::ReportFormat;
/// assert_eq!(ParseOptions::default().format, None); // detect from the labels
/// assert_eq!(ParseOptions::with_format(ReportFormat::Legacy).format, Some(ReportFormat::Legacy));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Force a format instead of detecting it from the labels.
    pub format: Option<ReportFormat>,
}

impl ParseOptions {
    /// Options that force `format`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::parse::{parse_with, ParseOptions};
    /// use zfxxgk::ReportFormat;
    /// let opts = ParseOptions::with_format(ReportFormat::Std2019);
    /// let parsed = parse_with("一、总体情况\n正文\n", &opts)?;
    /// assert_eq!(parsed.report.meta.format, ReportFormat::Std2019);
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn with_format(format: ReportFormat) -> ParseOptions {
        ParseOptions {
            format: Some(format),
        }
    }
}

/// A parsed report and what the parser could not read.
///
/// # Example
/// ```
/// let parsed = zfxxgk::parse::parse(zfxxgk::seed::TEXT)?;
/// assert_eq!(parsed.report.meta.year, Some(2016));
/// assert!(parsed.report.source.is_some()); // the text, for spans
/// assert!(parsed.diagnostics.iter().all(|f| f.rule.starts_with("STR")));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ParsedReport {
    /// The typed report, with its source text and value spans in `report.source`.
    pub report: AnnualReport,
    /// Problems met while reading (codes of the `RDG` family): they are findings too.
    pub diagnostics: Vec<Finding>,
    /// What was read: HTML or text, and the encoding it was decoded from.
    pub input: Input,
}

/// Parses report text, detecting the format from its labels.
///
/// # Errors
/// [`ParseError::TooLarge`] beyond [`MAX_INPUT_BYTES`]. Anything else in the text is read as
/// far as it goes; what could not be read is in [`ParsedReport::diagnostics`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{parse, MAX_INPUT_BYTES};
/// use zfxxgk::{ParseError, ReportFormat};
/// let parsed = parse(zfxxgk::seed::TEXT)?;
/// assert_eq!(parsed.report.meta.format, ReportFormat::Legacy); // detected from the labels
/// let too_large = parse(&" ".repeat(MAX_INPUT_BYTES + 1));
/// assert!(matches!(too_large, Err(ParseError::TooLarge { .. })));
/// # Ok::<(), ParseError>(())
/// ```
pub fn parse(text: &str) -> Result<ParsedReport, ParseError> {
    parse_with(text, &ParseOptions::default())
}

/// Parses report text with options.
///
/// # Errors
/// As [`parse`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{parse, parse_with, ParseOptions};
/// use zfxxgk::ReportFormat;
/// let text = "一、总体情况\n正文\n";
/// let forced = parse_with(text, &ParseOptions::with_format(ReportFormat::Legacy))?;
/// assert_eq!(forced.report.meta.format, ReportFormat::Legacy);
/// assert_eq!(forced.report.sections, parse(text)?.report.sections);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn parse_with(text: &str, options: &ParseOptions) -> Result<ParsedReport, ParseError> {
    check_size(text.len())?;
    Ok(read_text(text, options))
}

fn check_size(size: usize) -> Result<(), ParseError> {
    if size > MAX_INPUT_BYTES {
        return Err(ParseError::TooLarge {
            size,
            max: MAX_INPUT_BYTES,
        });
    }
    Ok(())
}

/// Parses a published report page: its HTML as served or saved (site chrome, scripts and
/// styles included).
///
/// The page's article is read as lines (headings, paragraphs, list items, `<br>`) and each data
/// table as a grid with `rowspan`/`colspan` expanded; site chrome (navigation, link lists,
/// footers, hidden elements) is left out by structure. Every span of the result is a byte range
/// of `html`, so a finding quotes the page; [`Source::reading_text`] and [`Source::line_of`]
/// give the words read, without markup. See [`html_tables`] for the grids themselves.
///
/// # Errors
/// [`ParseError::TooLarge`] beyond [`MAX_INPUT_BYTES`].
///
/// # Example
/// ```
/// let heads = "<td>结果维持</td><td>结果<br/>纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>";
/// let tall = heads.replace("<td>", "<td rowspan=2>");
/// let page = format!("<html><body><div class=nav><a href=/>首页</a> <a href=/x>政务公开</a></div>\
///   <h1>某局2023年政府信息公开工作年度报告</h1>\
///   <p>四、政府信息公开行政复议、行政诉讼情况</p>\
///   <table><tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>\
///   <tr>{tall}<td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>\
///   <tr>{heads}{heads}</tr>\
///   <tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td>\
///   <td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>\
///   </table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>");
/// let page = page.as_str();
/// let parsed = zfxxgk::parse::parse_html(page)?;
/// assert_eq!(parsed.report.meta.year, Some(2023));
/// let t = parsed.report.tables.appeals.as_ref().unwrap();
/// use zfxxgk::{AppealColumn, AppealGroup, Cell};
/// assert_eq!(t.get(AppealGroup::Reconsideration, AppealColumn::Total), Some(&Cell::Value(1)));
/// let cell = zfxxgk::report::CellRef::Appeals {
///     group: AppealGroup::Reconsideration,
///     column: AppealColumn::Total,
/// };
/// let span = parsed.report.span_of(&cell).unwrap();
/// assert_eq!(&page[span.start..span.end], "1"); // a byte range of the page
/// assert_eq!(parsed.input.kind, zfxxgk::parse::InputKind::Html);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[cfg(feature = "html")]
pub fn parse_html(html: &str) -> Result<ParsedReport, ParseError> {
    parse_html_with(html, &ParseOptions::default())
}

/// Parses a report page with options.
///
/// # Errors
/// As [`parse_html`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{parse_html_with, ParseOptions};
/// use zfxxgk::ReportFormat;
/// let opts = ParseOptions::with_format(ReportFormat::Std2019);
/// let parsed = parse_html_with("<p>一、总体情况</p><p>正文</p>", &opts)?;
/// assert_eq!(parsed.report.meta.format, ReportFormat::Std2019);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[cfg(feature = "html")]
pub fn parse_html_with(html: &str, options: &ParseOptions) -> Result<ParsedReport, ParseError> {
    check_size(html.len())?;
    Ok(read_html(html, options, Encoding::Utf8))
}

#[cfg(feature = "html")]
fn read_html(html: &str, options: &ParseOptions, encoding: Encoding) -> ParsedReport {
    let page = html::read(html);
    let mut parsed = read_doc(&page.text, options, page.grids);
    let remap = html::remap::Remap {
        map: &page.map,
        lines: &page.lines,
    };
    remap.parsed(&mut parsed);
    let html_text = Arc::<str>::from(html);
    let source = match parsed.report.source.take() {
        // `read_doc`'s source is the reading text (shared rather than copied again), unless a
        // leading U+FEFF was cut off.
        Some(old) => {
            let whole = old.text().len() == page.text.len();
            let reading = (!whole).then(|| Arc::from(page.text.as_str()));
            let lines = &page.lines;
            old.read_through(html_text, reading, page.map, |map, s| {
                html::remap::Remap { map, lines }.span(s)
            })
        }
        None => Source::with_reading(html_text, Arc::from(page.text.as_str()), page.map),
    };
    parsed.report.source = Some(source);
    parsed.input = Input::new(InputKind::Html, encoding);
    parsed
}

/// The data tables of a report page as grids, in page order: what [`parse_html`] reads each
/// table row from (the article's tables only; layout tables and chrome are not data). A page
/// larger than [`MAX_INPUT_BYTES`] has none.
///
/// # Example
/// ```
/// let page = "<table><tr><th>信息内容</th><th>本年<br/>制发件数</th></tr>\
///             <tr><td>规章</td><td>&nbsp;</td></tr></table>";
/// let t = zfxxgk::parse::html_tables(page);
/// assert_eq!(t[0].rows[0][1].text, "本年制发件数");
/// assert!(t[0].rows[0][1].header);
/// assert_eq!(t[0].rows[1][1].text, ""); // a `&nbsp;`-only cell is blank
/// ```
#[cfg(feature = "html")]
pub fn html_tables(html: &str) -> Vec<HtmlTable> {
    if check_size(html.len()).is_err() {
        return Vec::new();
    }
    html::tables(html)
}

/// Parses a report file's bytes: decodes them (see [`decode`]), then reads them as HTML when
/// they are a page ([`looks_like_html`]; needs the `html` feature, else the markup is read as
/// text) and as text otherwise. Bytes that cannot be decoded are replaced and reported as an
/// `RDG005` diagnostic; the input's kind and encoding are in [`ParsedReport::input`].
///
/// # Errors
/// [`ParseError::TooLarge`] when the bytes are more than [`MAX_INPUT_BYTES`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{Encoding, InputKind};
/// // A text report saved as GBK: `三、收到和处理政府信息公开申请情况`, then a bad byte.
/// let mut gbk = encoding_rs::GBK.encode("一、总体情况\n2023年，本机关……\n").0.into_owned();
/// gbk.push(0xFF);
/// let parsed = zfxxgk::parse::parse_bytes(&gbk)?;
/// assert_eq!(parsed.input.encoding, Encoding::Gb18030);
/// assert_eq!(parsed.input.kind, InputKind::Text);
/// assert_eq!(parsed.report.meta.year, Some(2023));
/// let bad = parsed.diagnostics.iter().find(|f| f.rule == "RDG007").unwrap();
/// assert_eq!(bad.actual, Some(1u64.into()));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<ParsedReport, ParseError> {
    parse_bytes_with(bytes, &ParseOptions::default())
}

/// Parses a report file's bytes with options.
///
/// # Errors
/// As [`parse_bytes`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{parse_bytes_with, ParseOptions};
/// use zfxxgk::ReportFormat;
/// let opts = ParseOptions::with_format(ReportFormat::Legacy);
/// let parsed = parse_bytes_with(zfxxgk::seed::TEXT.as_bytes(), &opts)?;
/// assert_eq!(parsed.report.meta.format, ReportFormat::Legacy);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn parse_bytes_with(bytes: &[u8], options: &ParseOptions) -> Result<ParsedReport, ParseError> {
    check_size(bytes.len())?;
    Ok(read_decoded(&decode(bytes), options))
}

/// Parses a report file's bytes that the caller already decoded with [`decode`] (a caller that
/// looks at the text first, say to tell a JSON report from a page, decodes once instead of
/// twice). The result is the one [`parse_bytes_with`] gives for the same bytes, refusals
/// included: the size limit applies to the bytes decoded ([`Decoded::source_len`]), not to the
/// text they became.
///
/// # Errors
/// [`ParseError::TooLarge`] when the decoded bytes were more than [`MAX_INPUT_BYTES`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{decode, parse_bytes, parse_decoded, ParseOptions};
/// let bytes = zfxxgk::seed::TEXT.as_bytes();
/// let decoded = decode(bytes);
/// let once = parse_decoded(&decoded, &ParseOptions::default())?;
/// assert_eq!(once.report, parse_bytes(bytes)?.report);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn parse_decoded(
    decoded: &Decoded,
    options: &ParseOptions,
) -> Result<ParsedReport, ParseError> {
    check_size(decoded.source_len)?;
    Ok(read_decoded(decoded, options))
}

/// Reads decoded text of any size (the caller checked it).
fn read_decoded(decoded: &Decoded, options: &ParseOptions) -> ParsedReport {
    let text = decoded.text.as_str();
    #[cfg(feature = "html")]
    let mut parsed = if looks_like_html(text) {
        read_html(text, options, decoded.encoding)
    } else {
        read_text(text, options)
    };
    #[cfg(not(feature = "html"))]
    let mut parsed = read_text(text, options);
    parsed.input.encoding = decoded.encoding;
    if let Some(m) = decoded.malformed {
        // The source text is the decoded text (a text report without a leading U+FEFF).
        let shift = if parsed.input.kind == InputKind::Text && text.starts_with('\u{FEFF}') {
            '\u{FEFF}'.len_utf8()
        } else {
            0
        };
        let at = m.text_offset.saturating_sub(shift);
        let src = parsed.report.source.as_ref().map_or("", |s| s.text());
        let line = lines::LineIndex::new(src).line(at);
        let span = crate::report::Span::new(line, at, at + '\u{FFFD}'.len_utf8());
        let f = reading::undecodable(span, m.byte_offset, m.count, decoded.encoding.id());
        parsed.diagnostics.insert(0, f);
    }
    parsed
}

/// Reads text of any size (the caller checked it).
fn read_text(text: &str, options: &ParseOptions) -> ParsedReport {
    read_doc(text, options, Vec::new())
}

/// Reads text whose tables `grids` (in text order) are known as grids.
fn read_doc(
    text: &str,
    options: &ParseOptions,
    grids: Vec<readers::grid::GridTable>,
) -> ParsedReport {
    let stripped = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let shift = text.len() - stripped.len();
    let text = stripped;
    let mut doc = readers::Document::read(text);
    doc.grids = readers::grid::prepared(text, grids, shift);
    let lines = &doc.lines;
    let keys = tables::LineKeys::new(text, lines);
    let sections = sections::find_sections_keyed(text, lines, &keys);
    let text_key = keys.whole();
    let evidence = detect::FormatEvidence::of(text_key);
    let meta = meta::read_meta(text, lines);
    let format = options
        .format
        .unwrap_or_else(|| detect::detect(&evidence, &sections, text_key, meta.year));

    let tables = if format == ReportFormat::Legacy {
        tables::TablesRead::default()
    } else {
        tables::read_tables(text, &doc, &keys, &sections, format.template())
    };

    let fee_statement = sections
        .iter()
        .filter(|s| {
            matches!(
                s.kind,
                SectionKind::OtherMatters | SectionKind::ExpenditureFees
            )
        })
        .find_map(|s| {
            let b = s.body_span;
            text.get(b.start..b.end)
                .and_then(|t| fees::read_fee_statement(t, b.start, b.line))
        });

    let mut report = AnnualReport::new(format);
    report.fees = fee_statement;
    report.meta.year = meta.year;
    report.meta.agency = meta.agency;
    report.meta.level = meta.level;
    report.meta.published = meta.published;
    report.meta.title = meta.title;
    let rows = tables::row_spans(&doc, &keys, &tables);
    report.claims = prose::extract_with(text, &sections, &doc.virtual_breaks(text), &rows);
    let mut diagnostics = tables.diagnostics;
    if format == ReportFormat::Legacy {
        let mut l = legacy::read_legacy(&report.claims, !sections.is_empty());
        if let Some(read) = legacy_table::read(text, lines, &doc.grids, meta.year) {
            legacy_table::fill(&mut l, &read.table);
            l.table = Some(read.table);
            diagnostics.extend(read.diagnostics);
        }
        report.legacy = Some(l);
    }
    report.sections = sections;
    report.tables.active = tables.active;
    report.tables.requests = tables.requests;
    report.tables.appeals = tables.appeals;
    report.extras = Extras(tables.extras);
    let mut source = Source::new(Arc::<str>::from(text));
    source.record_all(tables.spans);
    for cell in tables.unread {
        source.mark_unread(cell);
    }
    report.source = Some(source);
    if options.format.is_none() && !detect::recognised(&report) {
        report.meta.format = ReportFormat::Unknown;
    }
    ParsedReport {
        report,
        diagnostics,
        input: Input::text(),
    }
}
