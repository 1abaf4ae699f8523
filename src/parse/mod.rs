//! Reading reports from text as it comes off a web page or out of a PDF, or as a crawler
//! stores a page (the whole body on one line).
//!
//! The parser does not check the model: it returns a typed [`AnnualReport`] whose values keep
//! the span they were read from, plus diagnostics about what it could not read (rows not
//! found, ambiguous run-together digits, rows whose cells the text does not fix).
//! Checking the model is another layer's work (`zfxxgk::rules::check`, or
//! `zfxxgk::audit_text` for both). A layout reader turns the text into lines
//! (real or, for flattened text, virtual) and table regions into candidate rows; sections,
//! metadata, prose and the table builders work on those and know nothing of layouts.
//!
//! # Example
//! ```
//! let text = "一、总体情况\n2023年，本机关……\n三、收到和处理政府信息公开申请情况\n";
//! let parsed = zfxxgk::parse::parse(text)?;
//! assert_eq!(parsed.report.sections.len(), 2);
//! # Ok::<(), zfxxgk::ParseError>(())
//! ```

mod detect;
mod error;
pub(crate) mod fees;
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
    /// Problems met while reading (codes of the `STR` family): they are findings too.
    pub diagnostics: Vec<Finding>,
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
    if text.len() > MAX_INPUT_BYTES {
        return Err(ParseError::TooLarge {
            size: text.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let doc = readers::Document::read(text);
    let lines = &doc.lines;
    let sections = sections::find_sections(text, lines);
    let keys = tables::LineKeys::new(text, lines);
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
    report.claims = prose::extract_with(text, &sections, &doc.virtual_breaks(text));
    let mut diagnostics = tables.diagnostics;
    if format == ReportFormat::Legacy {
        let mut l = legacy::read_legacy(&report.claims, !sections.is_empty());
        if let Some(read) = legacy_table::read(text, lines, meta.year) {
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
    for (cell, span) in tables.spans {
        source.record(cell, span);
    }
    for cell in tables.unread {
        source.mark_unread(cell);
    }
    report.source = Some(source);
    Ok(ParsedReport {
        report,
        diagnostics,
    })
}
