//! The one table of single-report rules, in code order ([`crate::rules::check`] runs them in
//! this order).
//!
//! Adding a rule: an entry here (code, name, severity, basis, summaries, check function), the
//! check function in its family's file, and a firing and a silent case in the rule-case table
//! of `tests/rule_cases.rs`. Codes are never renumbered or reused.

use crate::finding::{rule_table, Basis, Check, Identity};
use crate::law::{ArticleRef, Edition};
use crate::rules::domain::{
    bad_amount, fee_amount_unit, negative_count, non_integer_count, unreadable_change,
    unreadable_count,
};
use crate::rules::fees::{run_fee001, run_fee002, run_fee003};
use crate::rules::legacy::{cumulative_not_below, parts_add_up};
use crate::rules::legacy_prose::prose_vs_statistics;
use crate::rules::prose::{
    art32_items, breakdown_sum, contents_match, measure_conflict, prose_vs_active,
    prose_vs_appeals, prose_vs_requests, rate_match, share_match, shares_sum, wrong_year,
};
use crate::rules::publication::{publication_deadline, published_before_year_end};
use crate::rules::soft::{
    in_force_below_net_issued, made_but_nothing_disclosed, published_within_made,
    published_within_total,
};
use crate::rules::structure::{
    missing_sections, mixed_templates, not_a_report, section_order, section_without_table,
};
use crate::rules::tables::{
    h1_column_balance, h2_added_subtotals, h2_outcome_total, h3_row_total, h4_block_total,
    h7_column_bounds, h8_litigation_total,
};

rule_table! {
    DOM001 {
        name: "negative_count",
        severity: Error,
        basis: [Basis::Identity(Identity::H5)],
        summary: "a count cell of the §2, §3 or §4 table holds a negative number",
        summary_zh: "§2、§3、§4表的数量单元格为负数",
        check: Check::Report(negative_count),
    }
    DOM002 {
        name: "non_integer_count",
        severity: Error,
        basis: [Basis::Identity(Identity::H5)],
        summary: "a count cell of the §2, §3 or §4 table holds a number that is not a whole number",
        summary_zh: "§2、§3、§4表的数量单元格不是整数",
        check: Check::Report(non_integer_count),
    }
    DOM003 {
        name: "unreadable_count",
        severity: Error,
        basis: [Basis::Identity(Identity::H5)],
        summary: "a count cell of the §2, §3 or §4 table holds text that is not a number (or one too large)",
        summary_zh: "§2、§3、§4表的数量单元格内容无法识别为数字",
        check: Check::Report(unreadable_count),
    }
    DOM004 {
        name: "unreadable_change",
        severity: Error,
        basis: [Basis::Identity(Identity::H5)],
        summary: "a 2019 §2 本年增/减 cell holds text that is not a signed whole number",
        summary_zh: "§2表“本年增/减”单元格内容无法识别为带符号的整数",
        check: Check::Report(unreadable_change),
    }
    DOM005 {
        name: "bad_amount",
        severity: Error,
        basis: [Basis::Identity(Identity::H5)],
        summary: "a §2 money cell is unreadable or negative",
        summary_zh: "§2表金额单元格无法识别或为负数",
        check: Check::Report(bad_amount),
    }
    DOM006 {
        name: "fee_amount_unit",
        severity: Warning,
        basis: [Basis::Identity(Identity::H5), Basis::Format],
        summary: "the 2021 §2 行政事业性收费 amount is written in 元 although the column is in 万元",
        summary_zh: "§2表行政事业性收费金额以“元”填写，而该栏单位为万元",
        check: Check::Report(fee_amount_unit),
    }
    FEE001 {
        name: "fee_unpaid_without_notice",
        severity: Warning,
        basis: [Basis::Identity(Identity::S5)],
        summary: "§3 row （六）2 (fee not paid) is non-zero, but section 六 says fewer fee notices were issued (none)",
        summary_zh: "§3表（六）2“申请人逾期未按收费通知要求缴纳费用”不为零，但第六部分称未发出（或少发）收费通知",
        check: Check::Report(run_fee001),
    }
    FEE002 {
        name: "fee_amounts_contradict",
        severity: Warning,
        basis: [Basis::Format],
        summary: "the fee statement gives two different figures for the same thing (notices, amount noticed, amount collected)",
        summary_zh: "收费情况的表述前后矛盾：收费通知件数、通知金额或实际收取金额出现两个不同的数字",
        check: Check::Report(run_fee002),
    }
    FEE003 {
        name: "fee_statement_missing",
        severity: Info,
        basis: [Basis::Format],
        summary: "a 2021-format section 六 or a legacy 支出和收费 section states nothing recognisable about fees",
        summary_zh: "第六部分（或支出和收费部分）未见可识别的收费情况表述",
        check: Check::Report(run_fee003),
    }
    LEG001 {
        name: "statistics_parts_do_not_add_up",
        severity: Error,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "in the pre-2019 statistics table, the 其中 rows of a total do not exceed it, and add up to it when the list ends with an 其他 bucket",
        summary_zh: "政府信息公开情况统计表中“其中”各项之和不得超过总数；列有“其他”项时应等于总数",
        check: Check::Report(parts_add_up),
    }
    LEG002 {
        name: "statistics_cumulative_below_year",
        severity: Error,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "in the pre-2019 statistics table, a cumulative column (历年累计, 本年累计) is not below the year's or the period's",
        summary_zh: "政府信息公开情况统计表中“历年累计”（“本年累计”）数不得小于本年度（本期）数",
        check: Check::Report(cumulative_not_below),
    }
    LEG003 {
        name: "prose_restates_statistics_differently",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32)), Basis::Identity(Identity::S6)],
        summary: "a prose figure restating a row of the pre-2019 statistics table agrees with it (like periods equal; a this-year or a multi-year figure within the cumulative one)",
        summary_zh: "正文中与统计表同一指标的数字应与表中一致（同期相等；本年或近几年数不超过历年累计数）",
        check: Check::Report(prose_vs_statistics),
    }
    PRO001 {
        name: "breakdown_does_not_add_up",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32)), Basis::Identity(Identity::S6)],
        summary: "a total's breakdown (共X，其中A、B…) does not exceed the total, and adds up to it when the wording makes the list complete (a counted 其他 bucket, a split by channel); qualifiers are intervals",
        summary_zh: "“共X，其中A、B…”各分项之和不得超过总数；以“其他”类收尾或按渠道划分的完整列举，分项之和应等于总数（约数、余数按区间核对）",
        check: Check::Report(breakdown_sum),
    }
    PRO002 {
        name: "share_does_not_match",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "a stated share (占N%) equals part / whole rounded half up at the stated precision (a truncation that explains it is a note)",
        summary_zh: "“占总数的N%”应等于分项除以总数（按所写精度四舍五入；截尾所得的另作提示）",
        check: Check::Report(share_match),
    }
    PRO003 {
        name: "shares_do_not_cover_the_whole",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "shares of one whole that cover it add up to 100% within rounding, and the shares of parts that split it never exceed it",
        summary_zh: "同一总数各部分所占百分比之和应为100%（允许四舍五入误差），且不得超过100%",
        check: Check::Report(shares_sum),
    }
    PRO004 {
        name: "figure_dated_to_another_year",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 31))],
        summary: "a figure is dated to a year other than the report's, with no comparison in the sentence",
        summary_zh: "年度报告中的数据标注为报告年度以外的年份，且句中没有同比等比较",
        check: Check::Report(wrong_year),
    }
    PRO005 {
        name: "measure_stated_differently",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "the same measure (applications received, replies, proactive items, reconsiderations, lawsuits…) for the same year and scope has the same value in every section",
        summary_zh: "同一指标（受理申请数、答复数、主动公开数、行政复议、行政诉讼等）同一年度、同一范围在不同部分的数字应一致",
        check: Check::Report(measure_conflict),
    }
    PRO006 {
        name: "content_item_missing",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "a pre-2019 report covers the six content items of 2008 art. 32",
        summary_zh: "2008年《条例》第三十二条规定的年度报告六项内容应齐全",
        check: Check::Report(art32_items),
    }
    PRO007 {
        name: "contents_disagree_with_headings",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "the list of contents in the opening paragraph names the sections the report has",
        summary_zh: "开头所列报告内容应与正文各部分标题一致",
        check: Check::Report(contents_match),
    }
    PRO008 {
        name: "prose_disagrees_with_table",
        severity: Warning,
        basis: [Basis::Identity(Identity::S6)],
        summary: "prose figures on applications (received, carried in, processed, carried forward, and each outcome group 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理) equal the §3 rows or row groups they name",
        summary_zh: "正文中的申请数、办结数、结转数及各类办理结果数应与第三部分表格相应行（或行组）一致",
        check: Check::Report(prose_vs_requests),
    }
    PRO009 {
        name: "rate_does_not_match",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2008, 32))],
        summary: "a rate (办结率, 答复率, 办理率…) equals its numerator / denominator stated nearby, rounded half up at the stated precision",
        summary_zh: "办结率、答复率等比率应等于相邻所述的分子除以分母（按所写精度四舍五入）",
        check: Check::Report(rate_match),
    }
    PRO010 {
        name: "prose_disagrees_with_appeals_table",
        severity: Warning,
        basis: [Basis::Identity(Identity::S6)],
        summary: "prose counts of reconsiderations and lawsuits equal the §4 totals (lawsuits: both litigation blocks)",
        summary_zh: "正文中的行政复议、行政诉讼件数应与第四部分表格总计一致（行政诉讼为两类诉讼之和）",
        check: Check::Report(prose_vs_appeals),
    }
    PRO011 {
        name: "prose_disagrees_with_active_table",
        severity: Warning,
        basis: [Basis::Identity(Identity::S6)],
        summary: "prose counts of normative documents issued (制发/制定) and in force (现行有效) equal the §2 cells",
        summary_zh: "正文中制发、现行有效的规范性文件件数应与第二部分表格一致",
        check: Check::Report(prose_vs_active),
    }
    PUB001 {
        name: "publication_deadline",
        severity: Error,
        basis: [Basis::Article(ArticleRef::new(Edition::V2019, 49)), Basis::Article(ArticleRef::new(Edition::V2008, 31))],
        summary: "the report is published by its deadline: departments by 31 January and governments by 31 March (2019 art. 49), everyone by 31 March (2008 art. 31)",
        summary_zh: "年度报告按期公布：县级以上人民政府部门1月31日前、县级以上地方人民政府3月31日前（2019年条例第四十九条），2008年条例第三十一条为3月31日前",
        check: Check::Report(publication_deadline),
    }
    PUB002 {
        name: "published_before_year_end",
        severity: Warning,
        basis: [Basis::Article(ArticleRef::new(Edition::V2019, 49)), Basis::Article(ArticleRef::new(Edition::V2008, 31))],
        summary: "a report on year Y is not published before Y has ended (likely a wrong year or date)",
        summary_zh: "年度报告的公布日期不应早于所报告年度结束之时（年度或日期可能有误）",
        check: Check::Report(published_before_year_end),
    }
    SFT001 {
        name: "published_within_total",
        severity: Warning,
        basis: [Basis::Identity(Identity::S3)],
        summary: "2019 §2 (一) block: 本年新公开数量 ≤ 对外公开总数量, per row",
        summary_zh: "§2表第二十条第（一）项：本年新公开数量不应大于对外公开总数量",
        check: Check::Report(published_within_total),
    }
    SFT002 {
        name: "published_within_made",
        severity: Info,
        basis: [Basis::Identity(Identity::S3)],
        summary: "2019 §2 (一) block: typically 本年新公开数量 ≤ 本年新制作数量, per row",
        summary_zh: "§2表第二十条第（一）项：本年新公开数量通常不大于本年新制作数量",
        check: Check::Report(published_within_made),
    }
    SFT003 {
        name: "made_but_nothing_disclosed",
        severity: Warning,
        basis: [
            Basis::Identity(Identity::S3),
            Basis::Article(crate::law::ArticleRef::new(crate::law::Edition::V2019, 20).item(1)),
        ],
        summary: "2019 §2 (一) block: documents made this year while 对外公开总数量 is 0",
        summary_zh: "§2表第二十条第（一）项：本年新制作数量大于0，对外公开总数量却为0",
        check: Check::Report(made_but_nothing_disclosed),
    }
    SFT004 {
        name: "in_force_below_net_issued",
        severity: Info,
        basis: [
            Basis::Identity(Identity::S2),
            Basis::Article(crate::law::ArticleRef::new(crate::law::Edition::V2019, 20).item(1)),
        ],
        summary: "2021 §2 (一) block: 现行有效件数 < 本年制发件数 − 本年废止件数",
        summary_zh: "§2表第二十条第（一）项：现行有效件数小于本年制发件数减本年废止件数",
        check: Check::Report(in_force_below_net_issued),
    }
    STR001 {
        name: "missing_section",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a section of the standard format (一 to 六) is missing",
        summary_zh: "缺少年度报告格式规定的部分（一至六）",
        check: Check::Report(missing_sections),
    }
    STR002 {
        name: "section_order",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a section heading comes after a heading the format puts later",
        summary_zh: "年度报告各部分的顺序与格式不一致",
        check: Check::Report(section_order),
    }
    STR003 {
        name: "mixed_templates",
        severity: Warning,
        basis: [Basis::Format],
        summary: "a table follows another template than the report's format (markers of both templates mixed)",
        summary_zh: "统计表使用的模板与报告格式不一致（新旧格式混用）",
        check: Check::Report(mixed_templates),
    }
    STR004 {
        name: "section_without_table",
        severity: Info,
        basis: [Basis::Format],
        summary: "a section 二, 三 or 四 is present but its statistical table was not found",
        summary_zh: "第二、三、四部分存在，但未找到其统计表",
        check: Check::Report(section_without_table),
    }
    STR005 {
        name: "not_a_report",
        severity: Error,
        basis: [Basis::Article(ArticleRef::new(Edition::V2019, 50)), Basis::Format],
        summary: "the input is not an annual report: no section heading, statistical table or report title was recognised",
        summary_zh: "输入内容未识别为政府信息公开工作年度报告：未找到部分标题、统计表或报告标题",
        check: Check::Report(not_a_report),
    }
    TBL001 {
        name: "requests_column_balance",
        severity: Error,
        basis: [Basis::Identity(Identity::H1)],
        summary: "per §3 column: received + carried_in = total_processed + carried_forward",
        summary_zh: "§3表每列：第一项加第二项之和，等于第三项加第四项之和",
        check: Check::Report(h1_column_balance),
    }
    TBL002 {
        name: "requests_outcome_total",
        severity: Error,
        basis: [Basis::Identity(Identity::H2)],
        summary: "per §3 column: （七）总计 = the sum of every outcome leaf row of the table's template",
        summary_zh: "§3表每列：（七）总计等于各项办理结果之和",
        check: Check::Report(h2_outcome_total),
    }
    TBL003 {
        name: "requests_row_total",
        severity: Error,
        basis: [Basis::Identity(Identity::H3)],
        summary: "per §3 row: 总计 = 自然人 + the five legal-person columns (a blank 总计 on a non-zero row: warning)",
        summary_zh: "§3表每行：总计等于自然人与五类法人或其他组织之和（分列不为零而总计空白的，予以警告）",
        check: Check::Report(h3_row_total),
    }
    TBL004 {
        name: "requests_added_subtotal",
        severity: Error,
        basis: [Basis::Identity(Identity::H2)],
        summary: "a subtotal row a report added to the §3 table equals the sum of its children, per column",
        summary_zh: "§3表自行增加的小计行，每列等于其下各项之和",
        check: Check::Report(h2_added_subtotals),
    }
    TBL005 {
        name: "appeals_block_total",
        severity: Error,
        basis: [Basis::Identity(Identity::H4)],
        summary: "per §4 block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
        summary_zh: "§4表每栏：总计等于结果维持、结果纠正、其他结果、尚未审结之和",
        check: Check::Report(h4_block_total),
    }
    TBL006 {
        name: "requests_column_bounds",
        severity: Error,
        basis: [Basis::Identity(Identity::H7)],
        summary: "per §3 column where H1 cannot be assessed: （七）总计 ≤ 一 + 二 and 四 ≤ 一 + 二",
        summary_zh: "§3表无法核对勾稽关系的列：（七）总计与第四项均不得大于第一项加第二项",
        check: Check::Report(h7_column_bounds),
    }
    TBL007 {
        name: "appeals_litigation_total",
        severity: Error,
        basis: [Basis::Identity(Identity::H8)],
        summary: "an added 行政诉讼 total equals 未经复议直接起诉 + 复议后起诉, per column",
        summary_zh: "§4表自行增加的行政诉讼合计，每列等于未经复议直接起诉与复议后起诉之和",
        check: Check::Report(h8_litigation_total),
    }
}
