//! Reading diagnostics (family `RDG`): what the table reader could not read with certainty.
//!
//! The parser declares and fires these rules itself (`Check::External("parse")`); they come
//! back in [`crate::parse::ParsedReport::diagnostics`]. They rest on the uniform format (2019
//! art. 50; 国办公开办函〔2019〕60号, 〔2021〕30号), whose tables fix the rows and cells a
//! report must have, and on the identities H3/H4 that make run-together digits decodable.

use crate::finding::{rule_table, Basis, Check, Finding, Identity, Location, Status, TableId};
use crate::law::{ArticleRef, Edition};
use crate::report::Span;

rule_table! {
    RDG001 {
        name: "table_row_not_found",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a row of the template was not found in the table text; its cells stay blank",
        summary_zh: "表格中未找到模板规定的某一行，该行单元格按空白处理",
        check: Check::External("parse"),
    }
    RDG002 {
        name: "ambiguous_run_together_digits",
        severity: Warning,
        basis: [Basis::Identity(Identity::H3), Basis::Identity(Identity::H4)],
        summary: "cells run together without separators split in more than one way that satisfies the identities; the cells are left blank and the candidate splits listed",
        summary_zh: "单元格数字连写且有多种拆分均满足勾稽关系，无法确定，相关单元格按空白处理并列出候选拆分",
        check: Check::External("parse"),
    }
    RDG003 {
        name: "row_cell_count",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a table row has more or fewer value cells than the template; cells were placed by column position where the layout shows it, else from the left",
        summary_zh: "表格某行的数值单元格个数与模板不符，已按列位置（无法判断时从左到右）填入",
        check: Check::External("parse"),
    }
    RDG004 {
        name: "value_not_placed",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a value inside a table region could not be placed in any cell",
        summary_zh: "表格区域内有数值无法对应到任何单元格",
        check: Check::External("parse"),
    }
    LEG004 {
        name: "statistics_run_together_ambiguous",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "cells of the statistics table run together split in more than one way that the table's sums allow; the cells keep the digits as unreadable text and the candidates are listed",
        summary_zh: "统计表数字连写且有多种拆分均符合表内勾稽关系，无法确定，相关单元格保留原文（不可识别）并列出候选拆分",
        check: Check::External("parse"),
    }
    LEG005 {
        name: "statistics_row_cell_count",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "rows of the statistics table have more or fewer values than the table has columns; their values were placed from the left",
        summary_zh: "统计表某些行的数值个数与列数不符，已从左到右填入",
        check: Check::External("parse"),
    }
}

fn at(mut loc: Location, span: Option<Span>) -> Location {
    loc.span = span;
    loc
}

/// RDG001: `row` of `table` was not found.
pub(crate) fn row_not_found(table: TableId, row: &str, label: &str) -> Finding {
    Finding::of(&RDG001, Location::row(table, row)).message(
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
    Finding::of(&RDG002, at(loc, Some(span)))
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
    Finding::of(&RDG003, at(loc, span))
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
    Finding::of(&RDG004, at(Location::table(table), Some(span)))
        .message(
            format!(
                "{} table: value `{value}`{en} could not be placed in any cell",
                table.id()
            ),
            format!("表格中的数值“{value}”{zh}无法对应到任何单元格"),
        )
        .actual(value)
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn rdg(text: &str, code: &str) -> Vec<crate::finding::Finding> {
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
}
