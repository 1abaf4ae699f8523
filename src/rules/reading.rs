//! Reading diagnostics (family `RDG`): what the table reader could not read with certainty.
//!
//! These rules run inside the parser ([`crate::parse`], `Check::External("parse")`) and come
//! back in [`crate::parse::ParsedReport::diagnostics`]. They rest on the uniform format (2019
//! art. 50; 国办公开办函〔2019〕60号, 〔2021〕30号), whose tables fix the rows and cells a
//! report must have, and on the identities H3/H4 that make run-together digits decodable.

use crate::report::Span;
use crate::rules::finding::{Finding, Location, Severity, Status, TableId};
use crate::rules::{Basis, Check, Identity, Rule};

/// The rules of this family.
pub(crate) const RULES: &[Rule] = &[
    Rule::new(
        "RDG001",
        "table_row_not_found",
        Severity::Warning,
        &[Basis::Format],
        "a row of the template was not found in the table text; its cells stay blank",
        "表格中未找到模板规定的某一行，该行单元格按空白处理",
        Check::External("parse"),
    ),
    Rule::new(
        "RDG002",
        "ambiguous_run_together_digits",
        Severity::Warning,
        &[Basis::Identity(Identity::H3), Basis::Identity(Identity::H4)],
        "cells run together without separators split in more than one way that satisfies the identities; the cells are left blank and the candidate splits listed",
        "单元格数字连写且有多种拆分均满足勾稽关系，无法确定，相关单元格按空白处理并列出候选拆分",
        Check::External("parse"),
    ),
    Rule::new(
        "RDG003",
        "row_cell_count",
        Severity::Warning,
        &[Basis::Format],
        "a table row has more or fewer value cells than the template; cells were placed by column position where the layout shows it, else from the left",
        "表格某行的数值单元格个数与模板不符，已按列位置（无法判断时从左到右）填入",
        Check::External("parse"),
    ),
    Rule::new(
        "RDG004",
        "value_not_placed",
        Severity::Warning,
        &[Basis::Format],
        "a value inside a table region could not be placed in any cell",
        "表格区域内有数值无法对应到任何单元格",
        Check::External("parse"),
    ),
    Rule::new(
        "RDG005",
        "undecodable_bytes",
        Severity::Warning,
        &[Basis::Format],
        "bytes of the input could not be decoded in its encoding; each bad sequence was replaced by U+FFFD and the text read as far as it goes",
        "输入中有字节无法按其编码解码，已替换为U+FFFD，其余内容照常读取",
        Check::External("parse"),
    ),
];

fn at(mut loc: Location, span: Option<Span>) -> Location {
    loc.span = span;
    loc
}

/// RDG001: `row` of `table` was not found.
pub(crate) fn row_not_found(table: TableId, row: &str, label: &str) -> Finding {
    Finding::new("RDG001", Severity::Warning, Location::row(table, row)).message(
        format!(
            "{} table: row {row} (`{label}`) not found in the text",
            table.id()
        ),
        format!("表格中未找到“{label}”一行"),
    )
}

/// RDG002: a digit run splits in several ways; `candidates` lists them.
pub(crate) fn ambiguous_digits(
    loc: Location,
    span: Span,
    run: &str,
    candidates: &[String],
) -> Finding {
    let list = candidates.join(" | ");
    Finding::new("RDG002", Severity::Warning, at(loc, Some(span)))
        .status(Status::NotAssessable)
        .message(
            format!("run-together digits `{run}` split in {} ways that satisfy the identities: {list}; cells left blank", candidates.len()),
            format!("连写数字“{run}”有{}种拆分均满足勾稽关系：{list}；相关单元格按空白处理", candidates.len()),
        )
        .actual(run)
}

/// RDG003: a row has `found` value cells where the template has `expected`; they were
/// placed by their column position (space-aligned text) or else from the left.
pub(crate) fn cell_count(
    loc: Location,
    span: Option<Span>,
    expected: usize,
    found: usize,
    by_position: bool,
) -> Finding {
    let (en, zh) = if by_position {
        ("placed by their column positions", "已按所在列的位置填入")
    } else {
        ("placed from the left", "已从左到右依次填入")
    };
    Finding::new("RDG003", Severity::Warning, at(loc, span))
        .message(
            format!("row has {found} value cells, the template has {expected}; {en}"),
            format!("该行有{found}个数值单元格，模板为{expected}个，{zh}"),
        )
        .expected(expected as u64)
        .actual(found as u64)
}

/// RDG004: a value in a table region that no cell took.
pub(crate) fn not_placed(table: TableId, span: Span, value: &str, label: &str) -> Finding {
    let (en, zh) = if label.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(" (near `{label}`)"),
            format!("（位于“{label}”附近）"),
        )
    };
    Finding::new(
        "RDG004",
        Severity::Warning,
        at(Location::table(table), Some(span)),
    )
    .message(
        format!(
            "{} table: value `{value}`{en} could not be placed in any cell",
            table.id()
        ),
        format!("表格中的数值“{value}”{zh}无法对应到任何单元格"),
    )
    .actual(value)
}

/// RDG005: `count` byte sequences could not be decoded as `encoding`; the first at input byte
/// `byte_offset`, its replacement character at `span` of the decoded text.
pub(crate) fn undecodable(span: Span, byte_offset: usize, count: usize, encoding: &str) -> Finding {
    Finding::new("RDG005", Severity::Warning, Location::text(span))
        .message(
            format!(
                "{count} byte sequence(s) are not valid {encoding}, the first at byte {byte_offset}; replaced by U+FFFD"
            ),
            format!("有{count}处字节不是有效的{encoding}编码（第一处在第{byte_offset}字节），已替换为U+FFFD"),
        )
        .actual(count as u64)
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn rdg(text: &str, code: &str) -> Vec<crate::rules::Finding> {
        parse(text)
            .unwrap()
            .diagnostics
            .into_iter()
            .filter(|f| f.rule == code)
            .collect()
    }

    const GOOD: &str = "三、收到和处理政府信息公开申请情况\n\
一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n\
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n\
（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n\
（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0\n\
（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n\
2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0\n\
3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0\n\
4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0\n\
5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0\n\
6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0\n\
7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0\n\
8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n\
（四）无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1\n\
2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0\n\
3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0\n\
（五）不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0\n\
2.重复申请\t0\t0\t0\t0\t0\t0\t0\n\
3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0\n\
4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0\n\
5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n\
（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n\
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n\
3.其他\t0\t0\t0\t0\t0\t0\t0\n\
（七）总计\t2\t0\t0\t0\t0\t0\t2\n\
四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n\
四、政府信息公开行政复议、行政诉讼情况\n\
行政复议\t行政诉讼\n\
1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n\
五、存在的主要问题及改进情况\n无。\n";

    #[test]
    fn rdg_family_silent_on_a_clean_table() {
        let d = parse(GOOD).unwrap().diagnostics;
        assert!(d.is_empty(), "{d:#?}");
    }

    #[test]
    fn rdg001_fires_when_a_row_is_missing() {
        let t = GOOD.replace("2.重复申请\t0\t0\t0\t0\t0\t0\t0\n", "");
        let f = rdg(&t, "RDG001");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].location.row.as_deref(), Some("not_processed_repeat"));
    }

    #[test]
    fn rdg001_silent_when_every_row_is_there() {
        assert!(rdg(GOOD, "RDG001").is_empty());
    }

    #[test]
    fn rdg002_fires_on_an_ambiguous_run() {
        // `110000011` is 1+10=11 or 11+0=11 (H3), and neither fits the column sums.
        let t = GOOD.replace("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t110000011");
        let f = rdg(&t, "RDG002");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(f[0].message.contains(" | "), "{}", f[0].message);
        let span = f[0].location.span.expect("points at the run");
        assert_eq!(t.get(span.start..span.end), Some("110000011"));
    }

    #[test]
    fn rdg002_silent_on_a_unique_run() {
        let t = GOOD.replace(
            "（一）予以公开\t1\t0\t0\t0\t0\t0\t1",
            "（一）予以公开\t1000001",
        );
        assert!(rdg(&t, "RDG002").is_empty());
        let p = parse(&t).unwrap();
        let req = p.report.tables.requests.unwrap();
        let row = req
            .row(crate::RequestRow::Outcome(crate::Outcome::Disclosed))
            .unwrap();
        assert_eq!(row[0], crate::Cell::Value(1));
        assert_eq!(row[6], crate::Cell::Value(1));
    }

    #[test]
    fn rdg003_fires_on_a_short_row() {
        let t = GOOD.replace("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t0\t0\t0");
        let f = rdg(&t, "RDG003");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].actual, Some(3u64.into()));
    }

    #[test]
    fn rdg003_silent_on_full_rows() {
        assert!(rdg(GOOD, "RDG003").is_empty());
    }

    #[test]
    fn rdg004_fires_on_a_stray_value() {
        let t = GOOD.replace("3.其他\t0", "9\n3.其他\t0");
        let f = rdg(&t, "RDG004");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].actual, Some("9".into()));
        let span = f[0].location.span.expect("points at the value");
        assert_eq!(t.get(span.start..span.end), Some("9"));
    }

    #[test]
    fn rdg004_silent_without_strays() {
        assert!(rdg(GOOD, "RDG004").is_empty());
    }

    #[test]
    fn rdg005_fires_on_undecodable_bytes() {
        // GBK text with two bytes no encoding reads (0xFF), the first at byte 12.
        let mut bytes = encoding_rs::GBK.encode("一、总体情况").0.into_owned();
        bytes.push(0xFF);
        bytes.extend(encoding_rs::GBK.encode("\n2023年，本机关").0.iter());
        bytes.push(0xFF);
        let p = crate::parse::parse_bytes(&bytes).unwrap();
        let f: Vec<_> = p
            .diagnostics
            .iter()
            .filter(|f| f.rule == "RDG005")
            .collect();
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].actual, Some(2u64.into()));
        assert!(f[0].message.contains("byte 12"), "{}", f[0].message);
        let span = f[0].location.span.expect("points at the replacement");
        let text = p.report.source.as_ref().unwrap().text();
        assert_eq!(text.get(span.start..span.end), Some("\u{FFFD}"));
        assert_eq!(span.line, 1);
        assert_eq!(p.report.meta.year, Some(2023)); // read as far as it goes
    }

    #[test]
    fn rdg005_silent_on_clean_bytes() {
        let bytes = encoding_rs::GBK.encode(GOOD).0.into_owned();
        let p = crate::parse::parse_bytes(&bytes).unwrap();
        assert!(p.diagnostics.iter().all(|f| f.rule != "RDG005"));
        assert!(rdg(GOOD, "RDG005").is_empty());
    }
}
