//! Reading diagnostics (family `RDG`): what the table reader could not read with certainty.
//!
//! The parser declares and fires these rules itself (`Check::External("parse")`); they come
//! back in [`crate::parse::ParsedReport::diagnostics`]. They rest on the uniform format (2019
//! art. 50; 国办公开办函〔2019〕60号, 〔2021〕30号), whose tables fix the rows and cells a
//! report must have, and on the identities H3/H4 that make run-together digits decodable.

use crate::finding::{
    rule_table, Basis, Check, Finding, Identity, Location, RowId, Status, TableId,
};
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
        summary: "cells run together without separators split in more than one way that satisfies the identities; the cells the splits disagree on are left blank (not assessed) and the candidate splits listed",
        summary_zh: "单元格数字连写且有多种拆分均满足勾稽关系，无法确定，各拆分不一致的单元格按空白处理（不予核对）并列出候选拆分",
        check: Check::External("parse"),
    }
    RDG003 {
        name: "row_cell_count",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a table row has more or fewer value cells than the template; cells were placed by column position where the layout shows it, by the identities where only one placement satisfies them, else (more values than cells) from the left",
        summary_zh: "表格某行的数值单元格个数与模板不符，已按列位置或勾稽关系（唯一可能的位置）填入，数值多于单元格时从左到右填入",
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
    RDG005 {
        name: "row_not_assessable",
        severity: Warning,
        basis: [Basis::Format, Basis::Identity(Identity::H3), Basis::Identity(Identity::H4)],
        summary: "a table row's values do not fix its cells: fewer values than cells (blank cells left no trace) and neither column positions nor the identities force one placement, or run-together digits that cannot fill the row; the cells not fixed are left blank and not assessed",
        summary_zh: "表格某行的数值无法确定对应的单元格（空白单元格未留痕迹，列位置和勾稽关系均不能确定唯一位置，或连写数字无法填满该行），无法确定的单元格按空白处理且不予核对",
        check: Check::External("parse"),
    }
    RDG006 {
        name: "run_breaks_identity",
        severity: Error,
        basis: [Basis::Identity(Identity::H4)],
        summary: "the §4 cells run together without separators split in no way — with every cell there, or with blank cells that left no trace — that lets every block satisfy H4: the report breaks H4 whichever way it is read; the block that no split with every cell lets hold is named and its cells are left blank",
        summary_zh: "§4表单元格数字连写，无论各单元格俱全还是有空白单元格未留痕迹，任何拆分都不能使各栏均满足勾稽关系H4：无论如何拆分报告均违反该关系；指出在各单元格俱全的任何拆分下都不满足的一栏，其单元格按空白处理",
        check: Check::External("parse"),
    }
    RDG007 {
        name: "undecodable_bytes",
        severity: Warning,
        basis: [Basis::Format],
        summary: "bytes of the input could not be decoded in its encoding; each bad sequence was replaced by U+FFFD and the text read as far as it goes",
        summary_zh: "输入中有字节无法按其编码解码，已替换为U+FFFD，其余内容照常读取",
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
pub(crate) fn row_not_found(row: RowId, label: &str) -> Finding {
    Finding::of(&RDG001, Location::row(row.clone())).message(
        format!(
            "{} table: row {row} (`{label}`) not found in the text",
            row.table().id()
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
    let (en, zh) = if loc.table == Some(TableId::Active) {
        (
            "(the §2 table has no identity to choose)",
            "（§2表无勾稽关系可供判断）",
        )
    } else {
        ("that satisfy the identities", "均满足勾稽关系")
    };
    Finding::of(&RDG002, at(loc, Some(span)))
        .status(Status::NotAssessable)
        .message(
            format!("run-together digits `{run}` split in {} ways {en}: {list}; the cells they disagree on are left blank", candidates.len()),
            format!("连写数字“{run}”有{}种拆分{zh}：{list}；各拆分不一致的单元格按空白处理", candidates.len()),
        )
        .actual(run)
}

/// How the cells of a row whose count differs from the template were placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placed {
    /// By their column positions (space-aligned text).
    Positions,
    /// By the identities: only one placement satisfies them.
    Identities,
    /// From the left (more values than cells).
    Left,
}

/// RDG003: a row has `found` value cells where the template has `expected`; they were
/// placed as `how` says.
pub(crate) fn cell_count(
    loc: Location,
    span: Option<Span>,
    expected: usize,
    found: usize,
    how: Placed,
) -> Finding {
    let (en, zh) = match how {
        Placed::Positions => ("placed by their column positions", "已按所在列的位置填入"),
        Placed::Identities => (
            "placed where the identities put them (the only placement that satisfies them)",
            "已按勾稽关系（唯一满足勾稽关系的位置）填入",
        ),
        Placed::Left => ("placed from the left", "已从左到右依次填入"),
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

/// RDG005: the values `values` of a row do not fix its cells; `why` says how (English,
/// Chinese).
pub(crate) fn row_not_assessable(
    loc: Location,
    span: Option<Span>,
    values: &str,
    why: (String, String),
) -> Finding {
    Finding::of(&RDG005, at(loc, span))
        .status(Status::NotAssessable)
        .message(
            format!(
                "values `{values}`: {}; the row's cells are left blank and not assessed",
                why.0
            ),
            format!("数值“{values}”：{}；该行单元格按空白处理，不予核对", why.1),
        )
        .actual(values)
}

/// RDG006: the run `run` splits in no way that satisfies `identity` (`H4`) of the block at
/// `loc`; `candidates` are the readings the text admits (a sample).
pub(crate) fn breaks_identity(
    loc: Location,
    span: Span,
    run: &str,
    identity: &str,
    candidates: &[String],
) -> Finding {
    let list = candidates.join(" | ");
    Finding::of(&RDG006, at(loc, Some(span)))
        .message(
            format!("run-together digits `{run}` split in no way that satisfies {identity} (the total is the sum of the other cells): the report breaks it whichever way it is read{}; cells left blank", if list.is_empty() { String::new() } else { format!(" (readings: {list})") }),
            format!("连写数字“{run}”的任何拆分都不满足勾稽关系{identity}（总计等于其余各项之和），无论如何拆分报告均违反该关系{}；相关单元格按空白处理", if list.is_empty() { String::new() } else { format!("（可能的拆分：{list}）") }),
        )
        .actual(run)
}

/// RDG007: `count` byte sequences could not be decoded as `encoding`; the first at input byte
/// `byte_offset`, its replacement character at `span` of the decoded text.
pub(crate) fn undecodable(span: Span, byte_offset: usize, count: usize, encoding: &str) -> Finding {
    Finding::of(&RDG007, Location::text(span))
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
    use crate::finding::{Severity, Status};
    use crate::parse::parse;

    fn rdg(text: &str, code: &str) -> Vec<crate::finding::Finding> {
        parse(text)
            .unwrap()
            .diagnostics
            .into_iter()
            .filter(|f| f.rule == code)
            .collect()
    }

    /// A clean 2021 §3 and §4 table text (shared with `tests/rule_cases/text.rs`).
    const GOOD: &str = include_str!("../../tests/fixtures/synthetic/tables-2021.txt");

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
        assert_eq!(f[0].location.row_id(), Some("not_processed_repeat"));
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
        // Six values: only a blank 总计 lets the row total hold (a blank elsewhere would put
        // the 3 against a 总计 of 0), so the identities place them.
        let t = GOOD.replace(
            "2.重复申请\t0\t0\t0\t0\t0\t0\t0",
            "2.重复申请\t3\t0\t0\t0\t0\t0",
        );
        let f = rdg(&t, "RDG003");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].actual, Some(6u64.into()));
        assert!(f[0].message.contains("identities"), "{}", f[0].message);
        let p = parse(&t).unwrap();
        let row = p.report.tables.requests.unwrap();
        let row = row
            .row(crate::RequestRow::Outcome(
                crate::Outcome::NotProcessedRepeat,
            ))
            .unwrap()
            .clone();
        assert_eq!(row[0], crate::Cell::Value(3));
        assert_eq!(row[6], crate::Cell::Blank);
    }

    #[test]
    fn rdg003_fires_on_too_many_values() {
        let t = GOOD.replace(
            "2.重复申请\t0\t0\t0\t0\t0\t0\t0",
            "2.重复申请\t0\t0\t0\t0\t0\t0\t0\t5",
        );
        let f = rdg(&t, "RDG003");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(f[0].message.contains("from the left"), "{}", f[0].message);
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
    fn rdg005_fires_on_a_short_row_the_identities_do_not_place() {
        // Three zeros in seven cells: any placement fits, so none is taken.
        let t = GOOD.replace("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t0\t0\t0");
        let f = rdg(&t, "RDG005");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].location.row_id(), Some("not_processed_repeat"));
        assert_eq!(f[0].status, Status::NotAssessable);
        let p = parse(&t).unwrap();
        let src = p.report.source.as_ref().unwrap();
        let cell = crate::report::CellRef::Requests {
            row: crate::RequestRow::Outcome(crate::Outcome::NotProcessedRepeat),
            column: crate::RequestColumn::Total,
        };
        assert!(src.is_unread(&cell));
        assert!(rdg(&t, "RDG003").is_empty());
    }

    #[test]
    fn rdg005_fires_on_two_values_and_no_error_rests_on_them() {
        // Two values, 3 and 5: 3 and 5 in any two of the six columns with 总计 blank fit the
        // row total, so many placements remain: not assessable, and no error rests on them.
        let t = GOOD.replace("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t3\t5");
        let p = parse(&t).unwrap();
        assert!(
            p.diagnostics.iter().any(|d| d.rule == "RDG005"),
            "{:#?}",
            p.diagnostics
        );
        // The whole audit (parse, then the checks of the layer above).
        let errors: Vec<_> = crate::audit_report(p.report)
            .findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn rdg005_silent_on_full_rows() {
        assert!(rdg(GOOD, "RDG005").is_empty());
    }

    /// A flattened page with a consistent, all-zero §3 table and the §4 row `appeals`.
    fn flattened(appeals: &str) -> String {
        use crate::render::{render_tables, Layout};
        let mut r = crate::AnnualReport::new(crate::ReportFormat::Std2021);
        let mut t = crate::RequestTable::new(crate::Template::Std2021);
        for row in crate::RequestRow::rows(crate::Template::Std2021) {
            t.set_row(*row, std::array::from_fn(|_| crate::Cell::Value(0)))
                .unwrap();
        }
        r.tables.requests = Some(t);
        let mut a = crate::AppealsTable::default();
        for g in crate::AppealGroup::ALL {
            a.set_block(*g, std::array::from_fn(|_| crate::Cell::Value(0)));
        }
        r.tables.appeals = Some(a);
        let text = render_tables(&r, Layout::Flattened);
        text.replace("总计000000000000000", &format!("总计{appeals}"))
    }

    #[test]
    fn rdg006_fires_on_a_run_that_breaks_h4_whatever_the_split() {
        // `00202000001324015`: the last block is 13,2,4,0,15 or any other split — none sums.
        let t = flattened("00202000001324015");
        let f = rdg(&t, "RDG006");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(
            f[0].location.row_id(),
            Some("litigation_after_reconsideration")
        );
        let span = f[0].location.span.expect("points at the run");
        assert_eq!(t.get(span.start..span.end), Some("00202000001324015"));
    }

    #[test]
    fn rdg006_silent_on_a_run_that_fits() {
        assert!(rdg(&flattened("00202000001324019"), "RDG006").is_empty());
        // `10000100000000000` reads 10,0,0,0,10 with every cell — and 100,0,0,100 with a part
        // left out: the reading with every cell fits, nothing breaks.
        assert!(rdg(&flattened("10000100000000000"), "RDG006").is_empty());
        // In §3 no reading is proof: a 总计 that left no trace makes any row fit.
        let t = GOOD.replace("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t10000012");
        assert!(rdg(&t, "RDG006").is_empty());
        assert_eq!(rdg(&t, "RDG005").len(), 1);
    }

    #[test]
    fn rdg007_fires_on_undecodable_bytes() {
        // GBK text with two bytes no encoding reads (0xFF), the first at byte 12.
        let mut bytes = encoding_rs::GBK.encode("一、总体情况").0.into_owned();
        bytes.push(0xFF);
        bytes.extend(encoding_rs::GBK.encode("\n2023年，本机关").0.iter());
        bytes.push(0xFF);
        let p = crate::parse::parse_bytes(&bytes).unwrap();
        let f: Vec<_> = p
            .diagnostics
            .iter()
            .filter(|f| f.rule == "RDG007")
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
    fn rdg007_silent_on_clean_bytes() {
        let bytes = encoding_rs::GBK.encode(GOOD).0.into_owned();
        let p = crate::parse::parse_bytes(&bytes).unwrap();
        assert!(p.diagnostics.iter().all(|f| f.rule != "RDG007"));
        assert!(rdg(GOOD, "RDG007").is_empty());
    }
}
