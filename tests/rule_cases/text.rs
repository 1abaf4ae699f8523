//! Cases on report text: PRO (prose claims; parsed and checked), RDG (the parser's reading
//! diagnostics).

use zfxxgk::finding::Finding;
use zfxxgk::rules::check;
use zfxxgk::{Cell, RequestColumn, RequestRow, RequestTable, Template};

use super::{audit, diagnostics};

// ---------------------------------------------------------------------------------------------
// PRO: prose claims (src/rules/prose_tests.rs), read from text.

pub fn pro001_fires() -> Vec<Finding> {
    audit("共受理各类诉求2314件,其中电话诉求1293件,市长信箱563件,热线454件。")
}
pub fn pro001_silent() -> Vec<Finding> {
    audit("共受理各类诉求2310件,其中电话诉求1293件,市长信箱563件,热线454件。")
}
pub fn pro002_fires() -> Vec<Finding> {
    audit("在已经答复的55件申请中:\n“申请内容不明确”的2件,占总数的3.7%。")
}
pub fn pro002_silent() -> Vec<Finding> {
    audit("在已经答复的55件申请中:\n“申请内容不明确”的2件,占总数的3.6%。")
}
pub fn pro003_fires() -> Vec<Finding> {
    audit("共受理申请40件,其中予以公开30件,占75%;不予公开10件,占20%。")
}
pub fn pro003_silent() -> Vec<Finding> {
    audit("共受理申请40件,其中予以公开30件,占75%;不予公开10件,占25%。")
}
pub fn pro004_fires() -> Vec<Finding> {
    audit("2016年政府信息公开工作年度报告\n我市2015年度政府信息公开专栏访问量为567000次。")
}
pub fn pro004_silent() -> Vec<Finding> {
    audit("2016年政府信息公开工作年度报告\n我市2016年度政府信息公开专栏访问量为567000次。")
}

/// An overview and a section 三 that each state the applications received.
fn applications_in_two_sections(overview: u64) -> Vec<Finding> {
    audit(&format!(
        "一、概述\n共受理政府信息公开申请{overview}件。\n\
         三、依申请公开政府信息情况\n共受理政府信息公开申请55件。"
    ))
}

pub fn pro005_fires() -> Vec<Finding> {
    applications_in_two_sections(5)
}
pub fn pro005_silent() -> Vec<Finding> {
    applications_in_two_sections(55)
}

/// The headings of a pre-2019 report, with `fees` (a heading and its text, or nothing)
/// before 五.
fn legacy_headings(fees: &str) -> Vec<Finding> {
    audit(&format!(
        "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n{fees}\
         五、政府信息公开复议、诉讼情况\n七、其他相关工作情况\n八、存在的主要问题和改进措施\n"
    ))
}

pub fn pro006_fires() -> Vec<Finding> {
    legacy_headings("")
}
pub fn pro006_silent() -> Vec<Finding> {
    legacy_headings("四、政府信息公开的收费及减免情况\n全年未收取任何费用。\n")
}

/// A list of contents naming the overview, applications and proactive disclosure, then the
/// headings `headings`.
fn contents_then(headings: &str) -> Vec<Finding> {
    audit(&format!(
        "全文包括概述、依申请公开政府信息情况、主动公开政府信息情况等。\n{headings}"
    ))
}

pub fn pro007_fires() -> Vec<Finding> {
    contents_then("一、概述\n二、主动公开政府信息情况\n")
}
pub fn pro007_silent() -> Vec<Finding> {
    contents_then("一、概述\n二、依申请公开政府信息情况\n三、主动公开政府信息情况\n")
}

/// The rules on a text beside a 2021 §3 table with received 859, carried in 18 and
/// `processed` in its 总计 column.
fn prose_beside_table(processed: u64) -> Vec<Finding> {
    let text = "一、总体情况\n本年度收到政府信息公开申请859件,办结805件。";
    let mut r = zfxxgk::parse::parse(text).expect("parses").report;
    let mut t = RequestTable::new(Template::Std2021);
    for (row, n) in [
        (RequestRow::Received, 859),
        (RequestRow::CarriedIn, 18),
        (RequestRow::TotalProcessed, processed),
    ] {
        t.set(row, RequestColumn::Total, Cell::Value(n))
            .expect("a cell of the template");
    }
    r.tables.requests = Some(t);
    check(&r)
}

pub fn pro008_fires() -> Vec<Finding> {
    prose_beside_table(800)
}
pub fn pro008_silent() -> Vec<Finding> {
    prose_beside_table(805)
}

// ---------------------------------------------------------------------------------------------
// RDG: reading diagnostics (src/parse/reading.rs), from a clean 2021 §3 and §4 table text.

const TABLES_2021: &str = include_str!("../fixtures/synthetic/tables-2021.txt");

/// The diagnostics of [`TABLES_2021`] with the line `from` replaced by `to`.
fn tables_2021_with(from: &str, to: &str) -> Vec<Finding> {
    assert!(TABLES_2021.contains(from), "{from}");
    diagnostics(&TABLES_2021.replace(from, to))
}

const REPEAT: &str = "2.重复申请\t0\t0\t0\t0\t0\t0\t0\n";

pub fn rdg001_fires() -> Vec<Finding> {
    tables_2021_with(REPEAT, "")
}
pub fn rdg001_silent() -> Vec<Finding> {
    diagnostics(TABLES_2021)
}
pub fn rdg002_fires() -> Vec<Finding> {
    // `110000011` is 1+10=11 or 11+0=11 (H3), and neither fits the column sums.
    tables_2021_with(REPEAT, "2.重复申请\t110000011\n")
}
pub fn rdg002_silent() -> Vec<Finding> {
    // `1000001` splits one way only: 1 and 1.
    let disclosed = "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n";
    tables_2021_with(disclosed, "（一）予以公开\t1000001\n")
}
pub fn rdg003_fires() -> Vec<Finding> {
    // Eight values for seven cells: placed from the left, and said so.
    tables_2021_with(REPEAT, "2.重复申请\t0\t0\t0\t0\t0\t0\t0\t5\n")
}
pub fn rdg003_silent() -> Vec<Finding> {
    diagnostics(TABLES_2021)
}
pub fn rdg004_fires() -> Vec<Finding> {
    tables_2021_with("3.其他\t0", "9\n3.其他\t0")
}
pub fn rdg004_silent() -> Vec<Finding> {
    diagnostics(TABLES_2021)
}

pub fn rdg005_fires() -> Vec<Finding> {
    // Three zeros for seven cells: any placement fits, so none is taken.
    tables_2021_with(REPEAT, "2.重复申请\t0\t0\t0\n")
}
pub fn rdg005_silent() -> Vec<Finding> {
    diagnostics(TABLES_2021)
}

/// A flattened page (the body on one line) with a consistent, all-zero §3 table and the §4
/// digits `appeals` run together.
fn flattened(appeals: &str) -> String {
    use zfxxgk::render::{render_tables, Layout};
    use zfxxgk::{AnnualReport, AppealGroup, AppealsTable, ReportFormat};
    let mut r = AnnualReport::new(ReportFormat::Std2021);
    let mut t = RequestTable::new(Template::Std2021);
    for row in RequestRow::rows(Template::Std2021) {
        t.set_row(*row, std::array::from_fn(|_| Cell::Value(0)))
            .expect("a 2021 row");
    }
    r.tables.requests = Some(t);
    let mut a = AppealsTable::default();
    for g in AppealGroup::ALL {
        a.set_block(*g, std::array::from_fn(|_| Cell::Value(0)));
    }
    r.tables.appeals = Some(a);
    let text = render_tables(&r, Layout::Flattened);
    assert!(text.contains("总计000000000000000"), "{text}");
    text.replace("总计000000000000000", &format!("总计{appeals}"))
}

pub fn rdg006_fires() -> Vec<Finding> {
    // The last block is 13,2,4,0,15 or any other split: none satisfies H4.
    diagnostics(&flattened("00202000001324015"))
}
pub fn rdg006_silent() -> Vec<Finding> {
    diagnostics(&flattened("00202000001324019"))
}

/// A short GBK report, with `bad` bytes that decode in no encoding inserted after its heading.
fn gbk_with(bad: &[u8]) -> Vec<Finding> {
    let mut bytes = encoding_rs::GBK.encode("一、总体情况").0.into_owned();
    bytes.extend_from_slice(bad);
    bytes.extend(
        encoding_rs::GBK
            .encode("\n2023年，本机关共收到申请5件。\n")
            .0
            .iter(),
    );
    zfxxgk::parse::parse_bytes(&bytes)
        .expect("bytes are read as far as they go")
        .diagnostics
}

pub fn rdg007_fires() -> Vec<Finding> {
    gbk_with(&[0xFF])
}
pub fn rdg007_silent() -> Vec<Finding> {
    gbk_with(&[])
}

pub fn pro009_fires() -> Vec<Finding> {
    // 2520 / 2576 is 97.8%, not 96.8%.
    audit("2021年，受理群众诉求累计受理2576件，已办理2520件，办理率96.8%。")
}
pub fn pro009_silent() -> Vec<Finding> {
    audit("2021年，受理群众诉求累计受理2576件，已办理2520件，办理率97.8%。")
}

/// A report whose §4 section says one reconsideration and one lawsuit, with the §4 totals
/// given (reconsideration, direct lawsuits, lawsuits after reconsideration).
fn appeals_prose(rec: u64, direct: u64, after: u64) -> Vec<Finding> {
    use zfxxgk::{AppealColumn, AppealGroup, AppealsTable};
    let text = "四、政府信息公开行政复议、行政诉讼情况\n因依申请公开引发行政复议1起、行政诉讼1起，分别被驳回行政复议申请和裁定按照撤诉处理。";
    let mut r = zfxxgk::parse::parse(text).expect("text").report;
    let mut t = AppealsTable::default();
    for (g, v) in [
        (AppealGroup::Reconsideration, rec),
        (AppealGroup::LitigationDirect, direct),
        (AppealGroup::LitigationAfterReconsideration, after),
    ] {
        t.set(g, AppealColumn::Total, Cell::Value(v));
    }
    r.tables.appeals = Some(t);
    check(&r)
}

pub fn pro010_fires() -> Vec<Finding> {
    appeals_prose(2, 1, 0)
}
pub fn pro010_silent() -> Vec<Finding> {
    // One lawsuit after reconsideration, none direct: `行政诉讼1起` is both blocks together.
    appeals_prose(1, 0, 1)
}

/// A report whose §2 section says 5 normative documents issued and 16 in force, with the §2
/// cells given.
fn active_prose(issued: u64, in_force: u64) -> Vec<Finding> {
    use zfxxgk::report::ActiveCell;
    use zfxxgk::{ActiveColumn, ActiveRow, ActiveTable};
    let text = "二、主动公开政府信息情况\n2023年，我局制定规范性文件5件，全部完成图文解读。全面梳理了我局现行有效的规范性文件16件。";
    let mut r = zfxxgk::parse::parse(text).expect("text").report;
    let mut t = ActiveTable::new(Template::Std2021);
    let row = ActiveRow::NormativeDocuments;
    for (c, v) in [
        (ActiveColumn::Issued, issued),
        (ActiveColumn::InForce, in_force),
    ] {
        t.set(row, c, ActiveCell::Count(Cell::Value(v)))
            .expect("a 2021 cell");
    }
    r.tables.active = Some(t);
    check(&r)
}

pub fn pro011_fires() -> Vec<Finding> {
    active_prose(4, 16)
}
pub fn pro011_silent() -> Vec<Finding> {
    active_prose(5, 16)
}
