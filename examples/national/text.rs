//! Report texts: a model rendered as a whole report (title, publication date, every section
//! with a little prose whose numbers agree with the tables, the tables through
//! `zfxxgk::render` in the report's layout), and its bytes in UTF-8 or GB18030.

use zfxxgk::render::{render_tables, Layout};
use zfxxgk::report::SectionKind;
use zfxxgk::{AnnualReport, ReportFormat};

use crate::national::legacy;
use crate::national::standard::StdModel;

/// Joins paragraphs the way `layout` separates lines: one per line, a blank line between
/// paragraphs (cell per line), nothing at all (flattened page body), or `<p>` elements of a
/// published page (HTML).
struct Body {
    layout: Layout,
    s: String,
}

impl Body {
    fn para(&mut self, p: &str) {
        if self.layout == Layout::Html {
            self.s.push_str(&format!("<p>{}</p>\n", escape(p)));
            return;
        }
        self.s.push_str(p);
        match self.layout {
            Layout::Flattened => {}
            Layout::CellPerLine => self.s.push_str("\n\n"),
            _ => self.s.push('\n'),
        }
    }

    /// A block that carries its own line ends (a rendered table). In an HTML page, the
    /// renderer's page is cut to what its `<article>` holds (the tables under their headings).
    fn block(&mut self, b: &str) {
        if self.layout == Layout::Html {
            let inner = b
                .split_once("<article>")
                .and_then(|(_, rest)| rest.rsplit_once("</article>"))
                .map_or(b, |(inner, _)| inner);
            self.s.push_str(inner.trim_start_matches('\n'));
            if !inner.ends_with('\n') {
                self.s.push('\n');
            }
            return;
        }
        if self.layout == Layout::Flattened {
            self.s.push_str(b.trim_end_matches('\n'));
        } else {
            self.s.push_str(b);
            if !b.ends_with('\n') {
                self.s.push('\n');
            }
        }
    }
}

/// The title and publication line every report starts with (kept on their own lines in every
/// layout, as page scrapes keep the page header); in HTML, the page's head, its `<h1>` title
/// and the publication line as a paragraph, the body to follow inside its `<article>`.
fn head(agency: &str, year: i32, published: (i32, u32, u32), layout: Layout) -> String {
    let (y, m, d) = published;
    let title = format!("{agency}{year}年政府信息公开工作年度报告");
    if layout == Layout::Html {
        let title = escape(&title);
        return format!(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body><nav><a href=\"/\">首页</a> &gt; <a href=\"/zfxxgk/\">政府信息公开</a></nav><article>\n<h1>{title}</h1>\n<p>发布时间：{y}-{m:02}-{d:02}</p>\n"
        );
    }
    format!("{title}\n发布时间：{y}-{m:02}-{d:02}\n")
}

/// The end of a report's text: an HTML page's closing tags.
fn tail(out: &mut String, layout: Layout) {
    if layout == Layout::Html {
        out.push_str("</article><footer>版权所有</footer></body></html>\n");
    } else if !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Text as HTML character data.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What a report says of its agency in prose.
fn we(agency: &str) -> &'static str {
    if agency.ends_with("人民政府") || agency.ends_with("街道办事处") {
        "本机关"
    } else {
        "本单位"
    }
}

/// A standard-format report (2019 or 2021 template) as text in `layout`.
pub fn standard(
    m: &StdModel,
    agency: &str,
    year: i32,
    published: (i32, u32, u32),
    layout: Layout,
    restate: bool,
) -> String {
    let format = m.template.format();
    let mut r = AnnualReport::new(format);
    r.tables.active = Some(m.active.clone());
    r.tables.requests = Some(m.requests.clone());
    r.tables.appeals = Some(m.appeals.clone());
    let tables = render_tables(&r, layout);
    let mut out = head(agency, year, published, layout);
    let mut b = Body {
        layout,
        s: String::new(),
    };
    b.para(&format!(
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级有关要求编制。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    ));
    b.para(SectionKind::Overview.heading(format));
    b.para(&format!(
        "{year}年，{}认真贯彻落实《条例》，持续推进政务公开标准化规范化建设，主动回应社会关切。",
        we(agency)
    ));
    if restate {
        let [received, carried_in, processed, carried_forward] = m.flows;
        b.para(&format!(
            "全年共收到政府信息公开申请{received}件，上年结转{carried_in}件，办结{processed}件，结转下年度继续办理{carried_forward}件。"
        ));
    }
    b.block(&tables);
    b.para(SectionKind::Problems.heading(format));
    b.para("主要问题是信息公开的及时性有待加强。下一步将加强培训，完善工作机制。");
    b.para(SectionKind::OtherMatters.heading(format));
    if m.template == zfxxgk::Template::Std2021 {
        if m.fee_unpaid > 0 {
            b.para(&format!(
                "本年度发出收费通知书{}件，申请人均未缴纳，未收取信息处理费。",
                m.fee_unpaid
            ));
        } else {
            b.para("本年度未发出收费通知，未收取信息处理费。");
        }
    } else {
        b.para("无。");
    }
    out.push_str(&b.s);
    tail(&mut out, layout);
    out
}

/// A pre-2019 report (2008 regulation): the eight customary sections with prose restating
/// this year's figures of its statistics table, then the table as an annex.
pub fn legacy(
    t: &legacy::Table,
    agency: &str,
    year: i32,
    published: (i32, u32, u32),
    layout: Layout,
) -> String {
    let f = ReportFormat::Legacy;
    let mut out = head(agency, year, published, layout);
    let mut b = Body {
        layout,
        s: String::new(),
    };
    let us = we(agency);
    b.para("本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开咨询处理情况、政府信息公开复议、诉讼情况、政府信息公开支出和收费情况、其他相关工作情况以及存在的主要问题和改进措施，并附统计表。");
    b.para(SectionKind::Overview.heading(f));
    b.para(&format!(
        "{year}年，{us}认真贯彻落实《条例》，政府信息公开工作有序开展。"
    ));
    b.para(SectionKind::Proactive.heading(f));
    if let Some(n) = t.current(0) {
        b.para(&format!("本年度主动公开政府信息{n}条。"));
    }
    b.para(SectionKind::Applications.heading(f));
    match (t.current(4), t.current(9)) {
        (Some(a), Some(r)) => b.para(&format!("本年度共受理政府信息公开申请{a}件，已答复{r}件。")),
        (Some(a), None) => b.para(&format!("本年度共受理政府信息公开申请{a}件。")),
        _ => b.para("本年度依申请公开工作正常开展。"),
    }
    b.para(SectionKind::Enquiries.heading(f));
    b.para("本年度通过电话、网络和现场接待等方式为群众提供咨询服务。");
    b.para(SectionKind::Redress.heading(f));
    match (t.current(14), t.current(15)) {
        (Some(x), Some(y)) => b.para(&format!(
            "本年度发生政府信息公开行政复议案{x}件，行政诉讼案{y}件。"
        )),
        _ => b.para("本年度政府信息公开行政复议、行政诉讼情况见附表。"),
    }
    b.para(SectionKind::ExpenditureFees.heading(f));
    b.para("全年没有对公民、法人和其他组织进行收费。");
    b.para(SectionKind::OtherMatters.heading(f));
    b.para("无。");
    b.para(SectionKind::Problems.heading(f));
    b.para("公开内容还需进一步细化，下一步将完善制度，提高公开质量。");
    b.block(&legacy::render(t, layout));
    out.push_str(&b.s);
    tail(&mut out, layout);
    out
}

/// The bytes of a report: UTF-8, or GB18030 as many government sites still serve (an HTML
/// page then says so in its `<meta charset>`).
pub fn encode(text: &str, gb18030: bool) -> Vec<u8> {
    if gb18030 {
        let text = text.replacen("<meta charset=\"utf-8\">", "<meta charset=\"gb18030\">", 1);
        let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
        bytes.into_owned()
    } else {
        text.as_bytes().to_vec()
    }
}
