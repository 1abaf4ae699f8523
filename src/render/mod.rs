//! Rendering a report's three tables as text or as an HTML page, in each layout real reports
//! come in.
//!
//! The output uses the template's exact labels and section headings (DOMAIN.md §2.2–2.5), so
//! a report-writing system can print its tables the way the format prescribes (2019 art. 50;
//! 国办公开办函〔2019〕60号, 〔2021〕30号), and the parser reads every layout back
//! ([`crate::parse::parse`] the text layouts, [`crate::parse::parse_bytes`] all of them: it
//! reads a page as HTML).
//!
//! # Example
//! ```
//! use zfxxgk::parse::{parse_bytes_with, ParseOptions};
//! use zfxxgk::render::{render_tables, Layout};
//! use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
//! let mut t = AppealsTable::default();
//! for g in AppealGroup::ALL {
//!     for c in AppealColumn::ALL {
//!         t.set(*g, *c, Cell::Value(1));
//!     }
//!     t.set(*g, AppealColumn::Total, Cell::Value(4)); // identity H4
//! }
//! let mut r = AnnualReport::new(ReportFormat::Std2021);
//! r.tables.appeals = Some(t.clone());
//! let opts = ParseOptions::with_format(ReportFormat::Std2021);
//! for layout in Layout::ALL {
//!     if layout == Layout::Html && !cfg!(feature = "html") {
//!         continue; // read as HTML with the `html` feature only
//!     }
//!     let back = parse_bytes_with(render_tables(&r, layout).as_bytes(), &opts)?;
//!     assert_eq!(back.report.tables.appeals.as_ref(), Some(&t), "{}", layout.id());
//! }
//! # Ok::<(), zfxxgk::ParseError>(())
//! ```

mod html;

use std::fmt::Write as _;

use crate::applicant::RequestColumn;
use crate::law::{ReportFormat, Template};
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::report::{
    ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable, RequestTable, SectionKind,
};

/// How cells are laid out in the rendered text.
///
/// # Example
/// ```
/// use zfxxgk::render::Layout;
/// assert_eq!(Layout::ALL.len(), 7);
/// assert_eq!(Layout::Pipes.id(), "pipes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Layout {
    /// One row per line, cells separated by tabs (copied from a spreadsheet or a web page).
    Tabs,
    /// One row per line as a markdown table: `| 规章 | 0 | 0 | 0 |`.
    Pipes,
    /// One row per line, cells right-aligned in fixed columns separated by runs of spaces
    /// (`pdftotext -layout`). A blank cell is only spaces, as in real extracted text: its
    /// column shows only in where the other cells sit.
    Spaces,
    /// One cell per paragraph, blank lines between (PDF and HTML extraction). Blank cells
    /// leave no trace in this layout.
    CellPerLine,
    /// Tabs for §2 and §3, and the §4 row as one run of digits without separators (as some
    /// published texts have it); the reader splits it by identity H4.
    RunTogether,
    /// The page body flattened to one line, as `get_text()`-style scrapers store it: headings
    /// glued to what follows, each label glued to its row's cells and the cells to each other
    /// with no separator (`…一、本年新收政府信息公开申请数量5000005二、上年结转…`). Blank
    /// cells leave no trace. The reader splits the runs by the identities; where the text
    /// admits several readings it says so rather than guessing.
    Flattened,
    /// An HTML page: the section headings as `<h2>`, each table a `<table>` in its official
    /// shape, header and label cells spanning rows and columns (`申请人情况` over the
    /// applicant columns, `法人或其他组织` over its five, `三、本年度办理结果` down the outcome
    /// rows, `（三）不予公开` down its children, §4's two header rows). A blank cell is an
    /// empty `<td>`, `/` stays `/`. [`crate::parse::parse_html`] and
    /// [`crate::parse::parse_bytes`] read it back, its cells from the grid.
    Html,
}

impl Layout {
    /// Every layout.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::render::Layout;
    /// let ids: Vec<_> = Layout::ALL.iter().map(|l| l.id()).collect();
    /// assert_eq!(
    ///     ids,
    ///     ["tabs", "pipes", "spaces", "cell_per_line", "run_together", "flattened", "html"]
    /// );
    /// ```
    pub const ALL: [Layout; 7] = [
        Layout::Tabs,
        Layout::Pipes,
        Layout::Spaces,
        Layout::CellPerLine,
        Layout::RunTogether,
        Layout::Flattened,
        Layout::Html,
    ];

    /// A snake_case name.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::render::Layout;
    /// assert_eq!(Layout::CellPerLine.id(), "cell_per_line");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Layout::Tabs => "tabs",
            Layout::Pipes => "pipes",
            Layout::Spaces => "spaces",
            Layout::CellPerLine => "cell_per_line",
            Layout::RunTogether => "run_together",
            Layout::Flattened => "flattened",
            Layout::Html => "html",
        }
    }
}

/// Writes lines of label + cells in one layout.
struct Out {
    layout: Layout,
    s: String,
}

impl Out {
    fn line(&mut self, text: &str) {
        self.s.push_str(text);
        if self.layout == Layout::Flattened {
            return;
        }
        self.s.push('\n');
        if self.layout == Layout::CellPerLine {
            self.s.push('\n');
        }
    }

    fn row(&mut self, label: &str, cells: &[String]) {
        match self.layout {
            // The HTML layout is written by `html::page`; as text it would be tabs.
            Layout::Tabs | Layout::RunTogether | Layout::Html => {
                self.s.push_str(label);
                for c in cells {
                    self.s.push('\t');
                    self.s.push_str(c);
                }
                self.s.push('\n');
            }
            Layout::Pipes => {
                let _ = write!(self.s, "| {label} |");
                for c in cells {
                    let _ = write!(self.s, " {c} |");
                }
                self.s.push('\n');
            }
            Layout::Spaces => {
                // Right-aligned in fixed columns after a label column of fixed width: a blank
                // cell is only spaces.
                let _ = write!(self.s, "{label:<48}");
                for c in cells {
                    let _ = write!(self.s, "{:>8}", format!("  {c}"));
                }
                let kept = self.s.trim_end_matches(' ').len();
                self.s.truncate(kept);
                self.s.push('\n');
            }
            Layout::CellPerLine => {
                self.line(label);
                for c in cells.iter().filter(|c| !c.is_empty()) {
                    self.line(c);
                }
            }
            Layout::Flattened => {
                self.s.push_str(label);
                for c in cells {
                    self.s.push_str(c);
                }
            }
        }
    }

    fn header(&mut self, cells: &[&str]) {
        match self.layout {
            Layout::Pipes => {
                self.s.push('|');
                for c in cells {
                    let _ = write!(self.s, " {c} |");
                }
                self.s.push_str("\n|");
                for _ in cells {
                    self.s.push_str("---|");
                }
                self.s.push('\n');
            }
            Layout::Tabs | Layout::RunTogether | Layout::Html => self.line(&cells.join("\t")),
            Layout::Spaces => self.line(&cells.join("    ")),
            Layout::CellPerLine => {
                for c in cells {
                    self.line(c);
                }
            }
            Layout::Flattened => self.line(&cells.concat()),
        }
    }
}

/// Renders the tables of `report` (those it has) with their section headings, in `layout`.
///
/// # Example
/// ```
/// use zfxxgk::render::{render_tables, Layout};
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// use zfxxgk::{RequestColumn, RequestRow, RequestTable, Template};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// let mut req = RequestTable::new(Template::Std2021);
/// req.set(RequestRow::Received, RequestColumn::Total, Cell::Value(3))?;
/// r.tables.requests = Some(req.clone());
/// let mut t = AppealsTable::default();
/// t.set(AppealGroup::Reconsideration, AppealColumn::Upheld, Cell::Value(2));
/// t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(2));
/// r.tables.appeals = Some(t.clone());
/// let text = render_tables(&r, Layout::Pipes);
/// assert!(text.contains("四、政府信息公开行政复议、行政诉讼情况"));
/// let back = zfxxgk::parse::parse(&text)?;
/// assert_eq!(back.report.tables.requests, Some(req));
/// assert_eq!(back.report.tables.appeals, Some(t));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_tables(report: &AnnualReport, layout: Layout) -> String {
    let format = match report.meta.format {
        ReportFormat::Legacy | ReportFormat::Unknown => ReportFormat::Std2021,
        f => f,
    };
    if layout == Layout::Html {
        return html::page(report, format);
    }
    let mut out = Out {
        layout,
        s: String::new(),
    };
    if let Some(t) = &report.tables.active {
        out.line(SectionKind::Proactive.heading(format));
        active(&mut out, t);
    }
    if let Some(t) = &report.tables.requests {
        out.line(SectionKind::Applications.heading(format));
        requests(&mut out, t);
    }
    if let Some(t) = &report.tables.appeals {
        out.line(SectionKind::Redress.heading(format));
        appeals(&mut out, t);
    }
    if layout == Layout::Flattened {
        out.s.push('\n');
    }
    out.s
}

fn active(out: &mut Out, t: &ActiveTable) {
    let template = t.template();
    let mut item = 0;
    for (row, cols) in ActiveTable::layout(template) {
        if row.art20_item() != item {
            item = row.art20_item();
            let numeral = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
                .get(usize::from(item).saturating_sub(1))
                .copied()
                .unwrap_or("一");
            out.line(&format!("第二十条第（{numeral}）项"));
            let mut head = vec!["信息内容"];
            head.extend(cols.iter().map(|c| c.label_in(template)));
            out.header(&head);
        }
        let cells: Vec<String> = cols
            .iter()
            .map(|c| t.get(*row, *c).map(|v| v.to_string()).unwrap_or_default())
            .collect();
        out.row(row.label_in(template), &cells);
    }
}

fn requests(out: &mut Out, t: &RequestTable) {
    out.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    out.header(&["申请人情况", "自然人", "法人或其他组织", "总计"]);
    let head: Vec<&str> = RequestColumn::ALL.iter().map(|c| c.label()).collect();
    out.header(&head);
    let template: Template = t.template();
    let mut group: Option<OutcomeGroup> = None;
    for (row, cells) in t.rows() {
        if let RequestRow::Outcome(o) = row {
            if group.is_none() {
                out.line("三、本年度办理结果");
            }
            let g = o.group();
            if group != Some(g) && g.members(template).count() > 1 {
                out.line(g.label());
            }
            group = Some(g);
        }
        let text: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
        out.row(row.label(), &text);
    }
}

fn appeals(out: &mut Out, t: &AppealsTable) {
    out.header(&["行政复议", "行政诉讼"]);
    out.header(&["未经复议直接起诉", "复议后起诉"]);
    let mut head = Vec::new();
    for _ in AppealGroup::ALL {
        head.extend(AppealColumn::ALL.iter().map(|c| c.label()));
    }
    out.header(&head);
    let cells: Vec<String> = t
        .blocks()
        .flat_map(|(_, b)| b.iter().map(|c| c.to_string()))
        .collect();
    if matches!(out.layout, Layout::RunTogether | Layout::Flattened) {
        out.line(&cells.concat());
    } else {
        match out.layout {
            Layout::CellPerLine => {
                for c in cells.iter().filter(|c| !c.is_empty()) {
                    out.line(c);
                }
            }
            Layout::Pipes => {
                let _ = writeln!(out.s, "| {} |", cells.join(" | "));
            }
            Layout::Spaces => {
                let kept: Vec<&str> = cells
                    .iter()
                    .map(String::as_str)
                    .filter(|c| !c.is_empty())
                    .collect();
                out.line(&kept.join("    "));
            }
            Layout::Tabs | Layout::RunTogether | Layout::Flattened | Layout::Html => {
                out.line(&cells.join("\t"))
            }
        }
    }
}
