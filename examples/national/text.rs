//! Report texts: a model rendered as a whole report (title, publication date, every section
//! with a little prose whose numbers agree with the tables, the tables through
//! `zfxxgk::render` in the report's layout), and its bytes in UTF-8 or GB18030.

use zfxxgk::render::{render_tables, Layout};
use zfxxgk::{AnnualReport, ReportFormat, SectionKind};

use crate::national::legacy;
use crate::national::standard::StdModel;

/// Joins paragraphs the way `layout` separates lines: one per line, a blank line between
/// paragraphs (cell per line), or nothing at all (flattened page body).
struct Body {
    layout: Layout,
    s: String,
}

impl Body {
    fn para(&mut self, p: &str) {
        self.s.push_str(p);
        match self.layout {
            Layout::Flattened => {}
            Layout::CellPerLine => self.s.push_str("\n\n"),
            _ => self.s.push('\n'),
        }
    }

    /// A block that carries its own line ends (a rendered table).
    fn block(&mut self, b: &str) {
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
/// layout, as page scrapes keep the page header).
fn head(agency: &str, year: i32, published: (i32, u32, u32)) -> String {
    let (y, m, d) = published;
    format!("{agency}{year}年政府信息公开工作年度报告\n发布时间：{y}-{m:02}-{d:02}\n")
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
    let mut out = head(agency, year, published);
    let mut b = Body {
        layout,
        s: String::new(),
    };
    b.para(&format!(
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级有关要求编制。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    ));
    b.para(SectionKind::Overview.label(format));
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
    b.para(SectionKind::Problems.label(format));
    b.para("主要问题是信息公开的及时性有待加强。下一步将加强培训，完善工作机制。");
    b.para(SectionKind::OtherMatters.label(format));
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
    if !out.ends_with('\n') {
        out.push('\n');
    }
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
    let mut out = head(agency, year, published);
    let mut b = Body {
        layout,
        s: String::new(),
    };
    let us = we(agency);
    b.para("本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开咨询处理情况、政府信息公开复议、诉讼情况、政府信息公开支出和收费情况、其他相关工作情况以及存在的主要问题和改进措施，并附统计表。");
    b.para(SectionKind::Overview.label(f));
    b.para(&format!(
        "{year}年，{us}认真贯彻落实《条例》，政府信息公开工作有序开展。"
    ));
    b.para(SectionKind::Proactive.label(f));
    if let Some(n) = t.current(0) {
        b.para(&format!("本年度主动公开政府信息{n}条。"));
    }
    b.para(SectionKind::Applications.label(f));
    match (t.current(4), t.current(9)) {
        (Some(a), Some(r)) => b.para(&format!("本年度共受理政府信息公开申请{a}件，已答复{r}件。")),
        (Some(a), None) => b.para(&format!("本年度共受理政府信息公开申请{a}件。")),
        _ => b.para("本年度依申请公开工作正常开展。"),
    }
    b.para(SectionKind::Enquiries.label(f));
    b.para("本年度通过电话、网络和现场接待等方式为群众提供咨询服务。");
    b.para(SectionKind::Redress.label(f));
    match (t.current(14), t.current(15)) {
        (Some(x), Some(y)) => b.para(&format!(
            "本年度发生政府信息公开行政复议案{x}件，行政诉讼案{y}件。"
        )),
        _ => b.para("本年度政府信息公开行政复议、行政诉讼情况见附表。"),
    }
    b.para(SectionKind::ExpenditureFees.label(f));
    b.para("全年没有对公民、法人和其他组织进行收费。");
    b.para(SectionKind::OtherMatters.label(f));
    b.para("无。");
    b.para(SectionKind::Problems.label(f));
    b.para("公开内容还需进一步细化，下一步将完善制度，提高公开质量。");
    b.block(&legacy::render(t, layout));
    out.push_str(&b.s);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The bytes of a report: UTF-8, or GB18030 as many government sites still serve.
pub fn encode(text: &str, gb18030: bool) -> Vec<u8> {
    if gb18030 {
        let (bytes, _, _) = encoding_rs::GB18030.encode(text);
        bytes.into_owned()
    } else {
        text.as_bytes().to_vec()
    }
}
