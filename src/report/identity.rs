//! The arithmetic identities of the standard formats' tables, by name.
//!
//! H1 is the §3 table's own note (`本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和`);
//! H2–H8 follow from the tables' structure; S1–S6 are expected but not guaranteed.

use serde::{Deserialize, Serialize};

/// An arithmetic identity of the report formats (国办公开办函〔2019〕60号, 〔2021〕30号):
/// H1–H8 are hard (a violation is an error), S1–S6 soft (a warning).
///
/// # Example
/// ```
/// use zfxxgk::rules::{Basis, Identity};
/// assert!(Identity::H1.is_hard());
/// let basis = zfxxgk::rules::PRO001.basis;
/// assert!(basis.contains(&Basis::Identity(Identity::S6)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Identity {
    /// H1: per column, 一 + 二 = （七）总计 + 四 (the format's own note).
    H1,
    /// H2: （七）总计 = the sum of all outcome leaf rows; added subtotals equal their children.
    H2,
    /// H3: per row, 总计 = 自然人 + the five legal-person columns.
    H3,
    /// H4: per §4 block, 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    H4,
    /// H5: counts are non-negative integers; only 本年增/减 is signed; money is decimal.
    H5,
    /// H6: each application is counted in exactly one outcome row.
    H6,
    /// H7: per column, （七）总计 ≤ 一 + 二 and 四 ≤ 一 + 二.
    H7,
    /// H8: an added litigation total equals the two litigation blocks' totals.
    H8,
    /// S1: 结转下年度 of year t = 上年结转 of year t+1.
    S1,
    /// S2: 现行有效件数(t) ≈ 现行有效件数(t−1) + 制发(t) − 废止(t).
    S2,
    /// S3: 2019 (一) block: 本年新公开 ≤ 对外公开总数量, usually ≤ 本年新制作.
    S3,
    /// S4: 2019 item counts: next year's 上一年项目数量 = 上一年项目数量 + 本年增/减.
    S4,
    /// S5: a non-zero （六）2 fee-unpaid row implies fee notices were issued.
    S5,
    /// S6: prose figures equal the tables.
    S6,
}

impl Identity {
    /// The serialized id: the identity's name, `H1` … `H8`, `S1` … `S6`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::Identity;
    /// assert_eq!(Identity::H4.id(), "H4");
    /// assert_eq!("S5".parse::<Identity>()?, Identity::S5);
    /// # Ok::<(), zfxxgk::UnknownId>(())
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Identity::H1 => "H1",
            Identity::H2 => "H2",
            Identity::H3 => "H3",
            Identity::H4 => "H4",
            Identity::H5 => "H5",
            Identity::H6 => "H6",
            Identity::H7 => "H7",
            Identity::H8 => "H8",
            Identity::S1 => "S1",
            Identity::S2 => "S2",
            Identity::S3 => "S3",
            Identity::S4 => "S4",
            Identity::S5 => "S5",
            Identity::S6 => "S6",
        }
    }

    /// The identity in Chinese, in the tables' terms.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::Identity;
    /// assert_eq!(Identity::H1.label(), "一＋二＝（七）总计＋四（各列）");
    /// assert_eq!(Identity::H3.label(), "总计＝自然人＋法人或其他组织（各行）");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Identity::H1 => "一＋二＝（七）总计＋四（各列）",
            Identity::H2 => "（七）总计＝各办理结果之和",
            Identity::H3 => "总计＝自然人＋法人或其他组织（各行）",
            Identity::H4 => "总计＝结果维持＋结果纠正＋其他结果＋尚未审结",
            Identity::H5 => "数量为非负整数，金额为十进制数",
            Identity::H6 => "每件申请只计入一种办理结果",
            Identity::H7 => "（七）总计、四均不大于一＋二（各列）",
            Identity::H8 => "行政诉讼合计＝未经复议直接起诉＋复议后起诉",
            Identity::S1 => "本年结转下年度＝下年上年结转",
            Identity::S2 => "现行有效件数≈上年现行有效件数＋本年制发－本年废止",
            Identity::S3 => "本年新公开数量≤对外公开总数量",
            Identity::S4 => "下年上一年项目数量＝上一年项目数量＋本年增/减",
            Identity::S5 => "（六）2不为零则应发出收费通知",
            Identity::S6 => "正文数字与表格一致",
        }
    }

    /// Whether the identity is hard (H) rather than soft (S).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::Identity;
    /// assert!(Identity::H8.is_hard());
    /// assert!(!Identity::S1.is_hard());
    /// ```
    pub fn is_hard(self) -> bool {
        matches!(
            self,
            Identity::H1
                | Identity::H2
                | Identity::H3
                | Identity::H4
                | Identity::H5
                | Identity::H6
                | Identity::H7
                | Identity::H8
        )
    }
}

crate::vocab::vocabulary!(
    Identity,
    "identity",
    [H1, H2, H3, H4, H5, H6, H7, H8, S1, S2, S3, S4, S5, S6]
);

/// The cells on each side of the table identities, per template: the one statement of which
/// cells are a total and which are its parts, read by the rules (which check the identities),
/// the parser (which splits digits run together by them) and the rollup (which recomputes the
/// totals of a sum).
///
/// # Example
/// ```
/// use zfxxgk::report::identities;
/// use zfxxgk::{AppealColumn, RequestColumn, RequestRow, Template};
/// // H1, per column: 一 + 二 = （七） + 四.
/// assert_eq!(identities::H1_INFLOW, [RequestRow::Received, RequestRow::CarriedIn]);
/// // H2: （七） is the sum of the template's outcome leaf rows.
/// assert_eq!(identities::h2_parts(Template::Std2021).count(), 21);
/// assert_eq!(identities::h2_parts(Template::Std2019).count(), 19);
/// // H3, per row: 总计 = the six applicant columns.
/// assert_eq!(identities::H3_PARTS.len(), 6);
/// assert!(!identities::H3_PARTS.contains(&RequestColumn::Total));
/// // H4, per §4 block: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
/// assert_eq!(identities::H4_PARTS.len(), 4);
/// assert!(!identities::H4_PARTS.contains(&AppealColumn::Total));
/// ```
pub mod identities {
    use crate::applicant::{ApplicantKind, RequestColumn};
    use crate::law::Template;
    use crate::outcome::RequestRow;
    use crate::report::{AppealColumn, AppealGroup};

    /// H1, left side (per column): `一、本年新收` + `二、上年结转`.
    pub const H1_INFLOW: [RequestRow; 2] = [RequestRow::Received, RequestRow::CarriedIn];

    /// H1, right side (per column): `（七）总计` + `四、结转下年度继续办理`.
    pub const H1_OUTFLOW: [RequestRow; 2] =
        [RequestRow::TotalProcessed, RequestRow::CarriedForward];

    /// H2, the total (per column): `（七）总计`.
    pub const H2_TOTAL: RequestRow = RequestRow::TotalProcessed;

    /// H2, the parts (per column): every outcome leaf row of `template`, in table order.
    pub fn h2_parts(template: Template) -> impl Iterator<Item = RequestRow> {
        RequestRow::rows(template)
            .iter()
            .copied()
            .filter(|r| is_h2_part(*r))
    }

    /// Whether `row` is one of the H2 parts of a template that has it: an outcome leaf row.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::identities::is_h2_part;
    /// use zfxxgk::{Outcome, RequestRow};
    /// assert!(is_h2_part(RequestRow::Outcome(Outcome::Disclosed)));
    /// assert!(!is_h2_part(RequestRow::TotalProcessed));
    /// ```
    pub fn is_h2_part(row: RequestRow) -> bool {
        row.outcome().is_some()
    }

    /// H3, the total (per row): `总计`.
    pub const H3_TOTAL: RequestColumn = RequestColumn::Total;

    /// H3, the parts (per row): `自然人` and the five legal-person columns, in table order.
    pub const H3_PARTS: [RequestColumn; 6] = [
        RequestColumn::Applicant(ApplicantKind::NaturalPerson),
        RequestColumn::Applicant(ApplicantKind::CommercialEnterprise),
        RequestColumn::Applicant(ApplicantKind::ResearchInstitution),
        RequestColumn::Applicant(ApplicantKind::PublicInterestOrg),
        RequestColumn::Applicant(ApplicantKind::LegalServiceOrg),
        RequestColumn::Applicant(ApplicantKind::OtherOrg),
    ];

    /// H4, the total (per §4 block): `总计`.
    pub const H4_TOTAL: AppealColumn = AppealColumn::Total;

    /// H4, the parts (per §4 block): `结果维持`, `结果纠正`, `其他结果`, `尚未审结`.
    pub const H4_PARTS: [AppealColumn; 4] = [
        AppealColumn::Upheld,
        AppealColumn::Corrected,
        AppealColumn::Other,
        AppealColumn::Pending,
    ];

    /// H8: an added 行政诉讼 total (per column) is the sum of these two blocks.
    pub const H8_PARTS: [AppealGroup; 2] = [
        AppealGroup::LitigationDirect,
        AppealGroup::LitigationAfterReconsideration,
    ];

    /// A §3 row: the width of a row of cells that H3 makes decodable (parts then total).
    pub const REQUEST_ROW_WIDTH: usize = H3_PARTS.len() + 1;

    /// A §4 block: the width of a block of cells that H4 makes decodable (parts then total).
    pub const APPEAL_BLOCK_WIDTH: usize = H4_PARTS.len() + 1;
}
