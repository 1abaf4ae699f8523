//! The HTML layout: a page holding the section headings as `<h2>` and the three tables in
//! their official shapes (国办公开办函〔2019〕60号, 〔2021〕30号), with the header and label
//! cells spanning rows and columns as the templates print them: §2 by blocks of 第二十条 with
//! a cell spanning the columns a row has fewer of, §3 with its two header rows under
//! `申请人情况` (`法人或其他组织` over its five columns) and `三、本年度办理结果` spanning the
//! outcome rows, each outcome group with children spanning them, §4 with its two header rows.

use std::fmt::Write as _;

use crate::applicant::RequestColumn;
use crate::law::{ReportFormat, Template};
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::report::{
    ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable, RequestTable, SectionKind,
};

/// Escapes text for HTML content.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Appends a `<td>` with its spans (1 is left out).
fn td(out: &mut String, text: &str, rowspan: usize, colspan: usize) {
    out.push_str("<td");
    if rowspan > 1 {
        let _ = write!(out, " rowspan=\"{rowspan}\"");
    }
    if colspan > 1 {
        let _ = write!(out, " colspan=\"{colspan}\"");
    }
    let _ = write!(out, ">{}</td>", escape(text));
}

/// The page of the tables `report` has, under their section headings.
pub(super) fn page(report: &AnnualReport, format: ReportFormat) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><article>\n",
    );
    if let Some(t) = &report.tables.active {
        heading(&mut out, SectionKind::Proactive.heading(format));
        active(&mut out, t);
    }
    if let Some(t) = &report.tables.requests {
        heading(&mut out, SectionKind::Applications.heading(format));
        requests(&mut out, t);
    }
    if let Some(t) = &report.tables.appeals {
        heading(&mut out, SectionKind::Redress.heading(format));
        appeals(&mut out, t);
    }
    out.push_str("</article></body></html>\n");
    out
}

fn heading(out: &mut String, text: &str) {
    let _ = writeln!(out, "<h2>{}</h2>", escape(text));
}

fn active(out: &mut String, t: &ActiveTable) {
    let template = t.template();
    let layout = ActiveTable::layout(template);
    let width = layout
        .iter()
        .map(|(_, c)| c.len())
        .max()
        .unwrap_or(1)
        .max(1);
    out.push_str("<table>\n");
    let mut item = 0;
    for (row, cols) in layout {
        // The last cell spans the columns the row has fewer of.
        let spans = |k: usize| {
            if k + 1 == cols.len() {
                width + 1 - cols.len()
            } else {
                1
            }
        };
        if row.art20_item() != item {
            item = row.art20_item();
            let numeral = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
                .get(usize::from(item).saturating_sub(1))
                .copied()
                .unwrap_or("一");
            out.push_str("<tr>");
            td(out, &format!("第二十条第（{numeral}）项"), 1, width + 1);
            out.push_str("</tr>\n<tr>");
            td(out, "信息内容", 1, 1);
            for (k, c) in cols.iter().enumerate() {
                td(out, c.label_in(template), 1, spans(k));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("<tr>");
        td(out, row.label_in(template), 1, 1);
        for (k, c) in cols.iter().enumerate() {
            let v = t.get(*row, *c).map(|v| v.to_string()).unwrap_or_default();
            td(out, &v, 1, spans(k));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn requests(out: &mut String, t: &RequestTable) {
    let template: Template = t.template();
    let cols = RequestColumn::ALL;
    out.push_str("<table>\n<tr>");
    td(
        out,
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        3,
        3,
    );
    td(out, "申请人情况", 1, cols.len());
    out.push_str("</tr>\n<tr>");
    let (first, rest) = cols
        .split_first()
        .map_or((None, &cols[..]), |(f, r)| (Some(f), r));
    let (last, middle) = rest
        .split_last()
        .map_or((None, rest), |(l, m)| (Some(l), m));
    if let Some(c) = first {
        td(out, c.label(), 2, 1);
    }
    td(out, "法人或其他组织", 1, middle.len());
    if let Some(c) = last {
        td(out, c.label(), 2, 1);
    }
    out.push_str("</tr>\n<tr>");
    for c in middle {
        td(out, c.label(), 1, 1);
    }
    out.push_str("</tr>\n");
    let outcome_rows = t
        .rows()
        .filter(|(r, _)| r.outcome().is_some() || *r == RequestRow::TotalProcessed)
        .count();
    let mut group: Option<OutcomeGroup> = None;
    let mut results_open = false;
    for (row, cells) in t.rows() {
        out.push_str("<tr>");
        match row {
            RequestRow::Outcome(o) => {
                if !results_open {
                    results_open = true;
                    td(out, "三、本年度办理结果", outcome_rows, 1);
                }
                let g = o.group();
                let members = g.members(template).count();
                if members > 1 {
                    if group != Some(g) {
                        td(out, g.label(), members, 1);
                    }
                    let label = match o.number() {
                        Some(n) => format!("{n}.{}", o.label()),
                        None => o.label().to_string(),
                    };
                    td(out, &label, 1, 1);
                } else {
                    td(out, row.label(), 1, 2);
                }
                group = Some(g);
            }
            RequestRow::TotalProcessed => td(out, row.label(), 1, 2),
            _ => td(out, row.label(), 1, 3),
        }
        for c in cells {
            td(out, &c.to_string(), 1, 1);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn appeals(out: &mut String, t: &AppealsTable) {
    let block = AppealColumn::ALL.len();
    out.push_str("<table>\n<tr>");
    td(out, "行政复议", 1, block);
    td(out, "行政诉讼", 1, 2 * block);
    out.push_str("</tr>\n<tr>");
    for c in AppealColumn::ALL {
        td(out, c.label(), 2, 1);
    }
    td(out, "未经复议直接起诉", 1, block);
    td(out, "复议后起诉", 1, block);
    out.push_str("</tr>\n<tr>");
    for _ in 1..AppealGroup::ALL.len() {
        for c in AppealColumn::ALL {
            td(out, c.label(), 1, 1);
        }
    }
    out.push_str("</tr>\n<tr>");
    for (_, b) in t.blocks() {
        for c in b {
            td(out, &c.to_string(), 1, 1);
        }
    }
    out.push_str("</tr>\n</table>\n");
}
