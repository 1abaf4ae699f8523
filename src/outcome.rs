//! The outcome rows of the §3 table (`三、本年度办理结果`) and the articles behind them.
//!
//! DOMAIN.md §2.4 lists the rows, §3 the article that normally produces each one. The 2019
//! template has one leaf `（六）其他处理`; the 2021 template splits it into three.

use serde::{Deserialize, Serialize};

use crate::law::{ArticleRef, Edition, Template};
use crate::vocab::UnknownId;

const fn a19(article: u8) -> ArticleRef {
    ArticleRef::new(Edition::V2019, article)
}

/// The group an outcome row belongs to (`（一）` … `（六）`).
///
/// # Example
/// ```
/// use zfxxgk::{Outcome, OutcomeGroup};
/// assert_eq!(Outcome::WithheldStateSecret.group(), OutcomeGroup::Withheld);
/// assert_eq!(OutcomeGroup::Withheld.label(), "（三）不予公开");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OutcomeGroup {
    /// `（一）予以公开`.
    Disclosed,
    /// `（二）部分公开`.
    PartiallyDisclosed,
    /// `（三）不予公开`.
    Withheld,
    /// `（四）无法提供`.
    Unavailable,
    /// `（五）不予处理`.
    NotProcessed,
    /// `（六）其他处理`.
    OtherHandling,
}

impl OutcomeGroup {
    /// All groups in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::OutcomeGroup;
    /// assert_eq!(OutcomeGroup::ALL[0], OutcomeGroup::Disclosed);
    /// assert_eq!(OutcomeGroup::ALL[5].label(), "（六）其他处理");
    /// ```
    pub const ALL: [OutcomeGroup; 6] = [
        OutcomeGroup::Disclosed,
        OutcomeGroup::PartiallyDisclosed,
        OutcomeGroup::Withheld,
        OutcomeGroup::Unavailable,
        OutcomeGroup::NotProcessed,
        OutcomeGroup::OtherHandling,
    ];

    /// The group's label in the format.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::OutcomeGroup;
    /// assert_eq!(OutcomeGroup::Unavailable.label(), "（四）无法提供");
    /// assert_eq!(OutcomeGroup::NotProcessed.label(), "（五）不予处理");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            OutcomeGroup::Disclosed => "（一）予以公开",
            OutcomeGroup::PartiallyDisclosed => "（二）部分公开",
            OutcomeGroup::Withheld => "（三）不予公开",
            OutcomeGroup::Unavailable => "（四）无法提供",
            OutcomeGroup::NotProcessed => "（五）不予处理",
            OutcomeGroup::OtherHandling => "（六）其他处理",
        }
    }

    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::OutcomeGroup;
    /// assert_eq!(OutcomeGroup::PartiallyDisclosed.id(), "partially_disclosed");
    /// assert_eq!(OutcomeGroup::OtherHandling.id(), "other_handling");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            OutcomeGroup::Disclosed => "disclosed",
            OutcomeGroup::PartiallyDisclosed => "partially_disclosed",
            OutcomeGroup::Withheld => "withheld",
            OutcomeGroup::Unavailable => "unavailable",
            OutcomeGroup::NotProcessed => "not_processed",
            OutcomeGroup::OtherHandling => "other_handling",
        }
    }

    /// The leaf outcomes of the group in `template`, in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, OutcomeGroup, Template};
    /// // The 2019 template has the single leaf （六）其他处理; the 2021 template splits
    /// // it into three.
    /// let v: Vec<Outcome> = OutcomeGroup::OtherHandling.members(Template::Std2019).collect();
    /// assert_eq!(v, [Outcome::OtherHandling]);
    /// assert_eq!(OutcomeGroup::OtherHandling.members(Template::Std2021).count(), 3);
    /// assert_eq!(OutcomeGroup::Withheld.members(Template::Std2021).count(), 8);
    /// ```
    pub fn members(self, template: Template) -> impl Iterator<Item = Outcome> {
        Outcome::ALL
            .into_iter()
            .filter(move |o| o.group() == self && o.in_template(template))
    }
}

crate::vocab::vocabulary!(OutcomeGroup, "outcome group", all = &OutcomeGroup::ALL);

macro_rules! outcomes {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $group:ident, $num:expr, $label:literal,
        $full:literal, [$($basis:expr),*], $t19:literal, $t21:literal; )*) => {
        /// A leaf outcome row of the §3 table: how one application was finally handled.
        ///
        /// Each processed application falls into exactly one of these rows (identity H6,
        /// DOMAIN.md §2.7). `label()` is the exact wording of the format, `id()` the serialized
        /// id fixed in ARCHITECTURE.md, `basis()` the articles that normally produce the row
        /// (DOMAIN.md §3, an interpretation; row （三）8 is UNCONFIRMED).
        ///
        /// # Example
        /// ```
        /// use zfxxgk::{Outcome, Template};
        /// let o = Outcome::from_id("unavailable_needs_creation").unwrap();
        /// assert_eq!(o.label(), "没有现成信息需要另行制作");
        /// assert_eq!(o.full_label(), "（四）2.没有现成信息需要另行制作");
        /// assert_eq!(o.basis()[0].to_string(), "2019 art. 38");
        /// assert!(!Outcome::OtherHandling.in_template(Template::Std2021));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Outcome {
            $( $(#[$doc])* #[serde(rename = $id)] $variant, )*
        }

        impl Outcome {
            /// Every leaf outcome of both templates, in table order.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::{Outcome, Template};
            /// assert_eq!(Outcome::ALL[0], Outcome::Disclosed);
            /// // 19 leaf rows in the 2019 template, 21 in the 2021 template.
            /// assert_eq!(
            ///     Outcome::ALL.iter().filter(|o| o.in_template(Template::Std2019)).count(),
            ///     19
            /// );
            /// assert_eq!(
            ///     Outcome::ALL.iter().filter(|o| o.in_template(Template::Std2021)).count(),
            ///     21
            /// );
            /// ```
            pub const ALL: [Outcome; 22] = [$(Outcome::$variant),*];

            /// The serialized id.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::Outcome;
            /// assert_eq!(Outcome::WithheldStateSecret.id(), "withheld_state_secret");
            /// assert_eq!(Outcome::OtherFeeUnpaid.to_string(), "other_fee_unpaid");
            /// ```
            pub fn id(self) -> &'static str {
                match self { $(Outcome::$variant => $id,)* }
            }

            /// The row's own label without its group number (`属于国家秘密`).
            ///
            /// # Example
            /// ```
            /// use zfxxgk::Outcome;
            /// assert_eq!(Outcome::WithheldStateSecret.label(), "属于国家秘密");
            /// assert_eq!(Outcome::NotProcessedRepeat.label(), "重复申请");
            /// ```
            pub fn label(self) -> &'static str {
                match self { $(Outcome::$variant => $label,)* }
            }

            /// The label as printed in the table, with the group number: `（三）1.属于国家秘密`,
            /// `（一）予以公开`.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::Outcome;
            /// assert_eq!(Outcome::WithheldStateSecret.full_label(), "（三）1.属于国家秘密");
            /// assert_eq!(Outcome::Disclosed.full_label(), "（一）予以公开");
            /// assert_eq!(Outcome::OtherMisc.full_label(), "（六）3.其他");
            /// ```
            pub fn full_label(self) -> &'static str {
                match self { $(Outcome::$variant => $full,)* }
            }

            /// The group the row belongs to.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::{Outcome, OutcomeGroup};
            /// assert_eq!(Outcome::UnavailableNotHeld.group(), OutcomeGroup::Unavailable);
            /// assert_eq!(Outcome::OtherMisc.group(), OutcomeGroup::OtherHandling);
            /// ```
            pub fn group(self) -> OutcomeGroup {
                match self { $(Outcome::$variant => OutcomeGroup::$group,)* }
            }

            /// The row's number inside its group (`1.` … `8.`), `None` for a group that is
            /// itself a leaf (（一）, （二）, the 2019 （六）).
            ///
            /// # Example
            /// ```
            /// use zfxxgk::Outcome;
            /// assert_eq!(Outcome::WithheldAdministrativeQuery.number(), Some(8));
            /// assert_eq!(Outcome::Disclosed.number(), None);
            /// assert_eq!(Outcome::OtherHandling.number(), None);
            /// ```
            pub fn number(self) -> Option<u8> {
                match self { $(Outcome::$variant => $num,)* }
            }

            /// The articles that normally produce this outcome (2019 text).
            ///
            /// # Example
            /// ```
            /// use zfxxgk::{ArticleRef, Edition, Outcome};
            /// // （三）5.属于三类内部事务信息 rests on 2019 art. 16 para 1.
            /// assert_eq!(
            ///     Outcome::WithheldInternalAffairs.basis(),
            ///     [ArticleRef::new(Edition::V2019, 16).paragraph(1)]
            /// );
            /// assert_eq!(Outcome::NotProcessedRepeat.basis()[0].to_string(), "2019 art. 36(6)");
            /// // No explicit article behind （五）5.
            /// assert!(Outcome::NotProcessedConfirmation.basis().is_empty());
            /// ```
            pub fn basis(self) -> &'static [ArticleRef] {
                match self { $(Outcome::$variant => { const B: &[ArticleRef] = &[$($basis),*]; B },)* }
            }

            /// Whether the row exists in `template`.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::{Outcome, Template};
            /// assert!(Outcome::OtherHandling.in_template(Template::Std2019));
            /// assert!(!Outcome::OtherHandling.in_template(Template::Std2021));
            /// assert!(Outcome::OtherFeeUnpaid.in_template(Template::Std2021));
            /// assert!(!Outcome::OtherFeeUnpaid.in_template(Template::Std2019));
            /// ```
            pub fn in_template(self, template: Template) -> bool {
                match (self, template) {
                    $((Outcome::$variant, Template::Std2019) => $t19,
                      (Outcome::$variant, Template::Std2021) => $t21,)*
                }
            }

            /// Parses a serialized id.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::Outcome;
            /// assert_eq!(
            ///     Outcome::from_id("not_processed_excessive"),
            ///     Some(Outcome::NotProcessedExcessive)
            /// );
            /// assert_eq!(Outcome::from_id("received"), None);
            /// ```
            pub fn from_id(id: &str) -> Option<Outcome> {
                match id { $($id => Some(Outcome::$variant),)* _ => None }
            }
        }
    };
}

outcomes! {
    /// `（一）予以公开`: disclosed (art. 36(二); by practice also art. 36(一)).
    Disclosed = "disclosed", Disclosed, None, "予以公开", "（一）予以公开", [a19(36).item(2), a19(36).item(1)], true, true;
    /// `（二）部分公开（区分处理的，只计这一情形，不计其他情形）`: partially disclosed (art. 37).
    PartiallyDisclosed = "partially_disclosed", PartiallyDisclosed, None,
        "部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [a19(37)], true, true;
    /// `（三）1.属于国家秘密` (art. 14).
    WithheldStateSecret = "withheld_state_secret", Withheld, Some(1), "属于国家秘密", "（三）1.属于国家秘密", [a19(14)], true, true;
    /// `（三）2.其他法律行政法规禁止公开` (art. 14).
    WithheldProhibitedByLaw = "withheld_prohibited_by_law", Withheld, Some(2), "其他法律行政法规禁止公开", "（三）2.其他法律行政法规禁止公开", [a19(14)], true, true;
    /// `（三）3.危及“三安全一稳定”` (art. 14).
    WithheldSecurityStability = "withheld_security_stability", Withheld, Some(3), "危及“三安全一稳定”", "（三）3.危及“三安全一稳定”", [a19(14)], true, true;
    /// `（三）4.保护第三方合法权益` (art. 15, 32).
    WithheldThirdParty = "withheld_third_party", Withheld, Some(4), "保护第三方合法权益", "（三）4.保护第三方合法权益", [a19(15), a19(32)], true, true;
    /// `（三）5.属于三类内部事务信息` (art. 16 para 1).
    WithheldInternalAffairs = "withheld_internal_affairs", Withheld, Some(5), "属于三类内部事务信息", "（三）5.属于三类内部事务信息", [a19(16).paragraph(1)], true, true;
    /// `（三）6.属于四类过程性信息` (art. 16 para 2).
    WithheldProcessInfo = "withheld_process_info", Withheld, Some(6), "属于四类过程性信息", "（三）6.属于四类过程性信息", [a19(16).paragraph(2)], true, true;
    /// `（三）7.属于行政执法案卷` (art. 16 para 2).
    WithheldEnforcementFile = "withheld_enforcement_file", Withheld, Some(7), "属于行政执法案卷", "（三）7.属于行政执法案卷", [a19(16).paragraph(2)], true, true;
    /// `（三）8.属于行政查询事项`: most likely the art. 36(七) situation (UNCONFIRMED).
    WithheldAdministrativeQuery = "withheld_administrative_query", Withheld, Some(8), "属于行政查询事项", "（三）8.属于行政查询事项", [a19(36).item(7)], true, true;
    /// `（四）1.本机关不掌握相关政府信息` (art. 36(四), 36(五)).
    UnavailableNotHeld = "unavailable_not_held", Unavailable, Some(1), "本机关不掌握相关政府信息", "（四）1.本机关不掌握相关政府信息", [a19(36).item(4), a19(36).item(5)], true, true;
    /// `（四）2.没有现成信息需要另行制作` (art. 38).
    UnavailableNeedsCreation = "unavailable_needs_creation", Unavailable, Some(2), "没有现成信息需要另行制作", "（四）2.没有现成信息需要另行制作", [a19(38)], true, true;
    /// `（四）3.补正后申请内容仍不明确` (art. 30).
    UnavailableStillUnclear = "unavailable_still_unclear", Unavailable, Some(3), "补正后申请内容仍不明确", "（四）3.补正后申请内容仍不明确", [a19(30)], true, true;
    /// `（五）1.信访举报投诉类申请` (art. 39 para 1).
    NotProcessedPetition = "not_processed_petition", NotProcessed, Some(1), "信访举报投诉类申请", "（五）1.信访举报投诉类申请", [a19(39).paragraph(1)], true, true;
    /// `（五）2.重复申请` (art. 36(六)).
    NotProcessedRepeat = "not_processed_repeat", NotProcessed, Some(2), "重复申请", "（五）2.重复申请", [a19(36).item(6)], true, true;
    /// `（五）3.要求提供公开出版物` (art. 39 para 2).
    NotProcessedPublication = "not_processed_publication", NotProcessed, Some(3), "要求提供公开出版物", "（五）3.要求提供公开出版物", [a19(39).paragraph(2)], true, true;
    /// `（五）4.无正当理由大量反复申请` (art. 35).
    NotProcessedExcessive = "not_processed_excessive", NotProcessed, Some(4), "无正当理由大量反复申请", "（五）4.无正当理由大量反复申请", [a19(35)], true, true;
    /// `（五）5.要求行政机关确认或重新出具已获取信息`: no explicit article; practice.
    NotProcessedConfirmation = "not_processed_confirmation", NotProcessed, Some(5), "要求行政机关确认或重新出具已获取信息", "（五）5.要求行政机关确认或重新出具已获取信息", [], true, true;
    /// `（六）其他处理`: the single leaf row of the 2019 template.
    OtherHandling = "other_handling", OtherHandling, None, "其他处理", "（六）其他处理", [], true, false;
    /// `（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请` (art. 30, 2021 template).
    OtherNoSupplement = "other_no_supplement", OtherHandling, Some(1),
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [a19(30)], false, true;
    /// `（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`
    /// (art. 42 and 国办函〔2020〕109号, 2021 template).
    OtherFeeUnpaid = "other_fee_unpaid", OtherHandling, Some(2),
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [a19(42)], false, true;
    /// `（六）3.其他` (2021 template).
    OtherMisc = "other_misc", OtherHandling, Some(3), "其他", "（六）3.其他", [], false, true;
}

/// A row of the §3 table, in the order of the format (DOMAIN.md §2.4).
///
/// Identity H1: for each column, `received + carried_in = total_processed + carried_forward`.
///
/// # Example
/// ```
/// use zfxxgk::{Outcome, RequestRow, Template};
/// assert_eq!(RequestRow::rows(Template::Std2019).len(), 23);
/// assert_eq!(RequestRow::rows(Template::Std2021).len(), 25);
/// assert_eq!(RequestRow::from_id("carried_in"), Some(RequestRow::CarriedIn));
/// assert_eq!(RequestRow::Outcome(Outcome::Disclosed).id(), "disclosed");
/// // Ids parse back (`FromStr`, `TryFrom<&str>`); an unknown id lists the valid ones.
/// let row: RequestRow = "received".parse()?;
/// assert_eq!(row, RequestRow::Received);
/// assert_eq!(row.label(), "一、本年新收政府信息公开申请数量");
/// assert_eq!(RequestRow::try_from("other_misc")?, RequestRow::Outcome(Outcome::OtherMisc));
/// let err = "recieved".parse::<RequestRow>().unwrap_err();
/// assert!(err.to_string().starts_with("unknown §3 row `recieved`: expected one of received,"));
/// # Ok::<(), zfxxgk::UnknownId>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
#[non_exhaustive]
pub enum RequestRow {
    /// `一、本年新收政府信息公开申请数量`.
    Received,
    /// `二、上年结转政府信息公开申请数量`.
    CarriedIn,
    /// A leaf row under `三、本年度办理结果`.
    Outcome(Outcome),
    /// `（七）总计`: the total of all outcome rows.
    TotalProcessed,
    /// `四、结转下年度继续办理`.
    CarriedForward,
}

const ROWS_ALL: [RequestRow; 26] = {
    let mut out = [RequestRow::Received; 26];
    out[1] = RequestRow::CarriedIn;
    let mut k = 0;
    while k < Outcome::ALL.len() {
        out[2 + k] = RequestRow::Outcome(Outcome::ALL[k]);
        k += 1;
    }
    out[24] = RequestRow::TotalProcessed;
    out[25] = RequestRow::CarriedForward;
    out
};
const ROWS_2019: [RequestRow; 23] = build_rows::<23>(Template::Std2019);
const ROWS_2021: [RequestRow; 25] = build_rows::<25>(Template::Std2021);

const fn build_rows<const N: usize>(t: Template) -> [RequestRow; N] {
    let mut out = [RequestRow::Received; N];
    out[1] = RequestRow::CarriedIn;
    let mut i = 2;
    let mut k = 0;
    while k < Outcome::ALL.len() {
        let o = Outcome::ALL[k];
        let keep = match t {
            Template::Std2019 => !matches!(
                o,
                Outcome::OtherNoSupplement | Outcome::OtherFeeUnpaid | Outcome::OtherMisc
            ),
            Template::Std2021 => !matches!(o, Outcome::OtherHandling),
        };
        if keep {
            out[i] = RequestRow::Outcome(o);
            i += 1;
        }
        k += 1;
    }
    out[i] = RequestRow::TotalProcessed;
    out[i + 1] = RequestRow::CarriedForward;
    out
}

impl RequestRow {
    /// Every row of both templates (26), in table order: 一, 二, the 22 leaf outcomes, （七）
    /// and 四.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow};
    /// assert_eq!(RequestRow::ALL.len(), 26);
    /// assert_eq!(RequestRow::ALL[2], RequestRow::Outcome(Outcome::Disclosed));
    /// assert_eq!(RequestRow::ALL[25], RequestRow::CarriedForward);
    /// ```
    pub const ALL: [RequestRow; 26] = ROWS_ALL;

    /// The rows of `template`, in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{RequestRow, Template};
    /// let rows = RequestRow::rows(Template::Std2019);
    /// assert_eq!(
    ///     (rows.len(), rows[0], rows[22]),
    ///     (23, RequestRow::Received, RequestRow::CarriedForward)
    /// );
    /// assert_eq!(rows[21], RequestRow::TotalProcessed);
    /// assert_eq!(RequestRow::rows(Template::Std2021).len(), 25);
    /// ```
    pub const fn rows(template: Template) -> &'static [RequestRow] {
        match template {
            Template::Std2019 => &ROWS_2019,
            Template::Std2021 => &ROWS_2021,
        }
    }

    /// Every row id of both templates (26), in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow};
    /// // 2 input rows, the 22 leaf outcomes of both templates, （七）总计 and 四.
    /// assert_eq!(RequestRow::all().count(), 26);
    /// assert!(RequestRow::all().any(|r| r == RequestRow::Outcome(Outcome::OtherHandling)));
    /// assert!(RequestRow::all().any(|r| r == RequestRow::Outcome(Outcome::OtherMisc)));
    /// ```
    pub fn all() -> impl Iterator<Item = RequestRow> {
        RequestRow::ALL.into_iter()
    }

    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow};
    /// assert_eq!(RequestRow::TotalProcessed.id(), "total_processed");
    /// assert_eq!(RequestRow::from(Outcome::OtherMisc).id(), "other_misc");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            RequestRow::Received => "received",
            RequestRow::CarriedIn => "carried_in",
            RequestRow::Outcome(o) => o.id(),
            RequestRow::TotalProcessed => "total_processed",
            RequestRow::CarriedForward => "carried_forward",
        }
    }

    /// The exact label of the row as the format prints it.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow};
    /// assert_eq!(RequestRow::Received.label(), "一、本年新收政府信息公开申请数量");
    /// assert_eq!(RequestRow::TotalProcessed.label(), "（七）总计");
    /// assert_eq!(RequestRow::Outcome(Outcome::NotProcessedRepeat).label(), "（五）2.重复申请");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            RequestRow::Received => "一、本年新收政府信息公开申请数量",
            RequestRow::CarriedIn => "二、上年结转政府信息公开申请数量",
            RequestRow::Outcome(o) => o.full_label(),
            RequestRow::TotalProcessed => "（七）总计",
            RequestRow::CarriedForward => "四、结转下年度继续办理",
        }
    }

    /// Parses a serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow};
    /// assert_eq!(RequestRow::from_id("carried_forward"), Some(RequestRow::CarriedForward));
    /// assert_eq!(
    ///     RequestRow::from_id("withheld_third_party"),
    ///     Some(RequestRow::Outcome(Outcome::WithheldThirdParty))
    /// );
    /// assert_eq!(RequestRow::from_id("total"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<RequestRow> {
        match id {
            "received" => Some(RequestRow::Received),
            "carried_in" => Some(RequestRow::CarriedIn),
            "total_processed" => Some(RequestRow::TotalProcessed),
            "carried_forward" => Some(RequestRow::CarriedForward),
            _ => Outcome::from_id(id).map(RequestRow::Outcome),
        }
    }

    /// Whether the row exists in `template`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow, Template};
    /// assert!(RequestRow::Received.in_template(Template::Std2021));
    /// assert!(!RequestRow::Outcome(Outcome::OtherMisc).in_template(Template::Std2019));
    /// ```
    pub fn in_template(self, template: Template) -> bool {
        match self {
            RequestRow::Outcome(o) => o.in_template(template),
            _ => true,
        }
    }

    /// The outcome, for a leaf outcome row.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow};
    /// assert_eq!(RequestRow::Outcome(Outcome::Disclosed).outcome(), Some(Outcome::Disclosed));
    /// assert_eq!(RequestRow::TotalProcessed.outcome(), None);
    /// ```
    pub fn outcome(self) -> Option<Outcome> {
        match self {
            RequestRow::Outcome(o) => Some(o),
            _ => None,
        }
    }
}

crate::vocab::vocabulary!(Outcome, "outcome", all = &Outcome::ALL);

impl From<Outcome> for RequestRow {
    fn from(o: Outcome) -> Self {
        RequestRow::Outcome(o)
    }
}

impl From<RequestRow> for &'static str {
    fn from(r: RequestRow) -> Self {
        r.id()
    }
}

impl TryFrom<String> for RequestRow {
    type Error = UnknownId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

crate::vocab::vocabulary!(RequestRow, "§3 row", all = &RequestRow::ALL);

/// How well a pre-2019 category maps onto a 2019/2021 row (DOMAIN.md §5.3, an interpretation
/// for trend series only).
///
/// # Example
/// ```
/// use zfxxgk::report::Fit;
/// assert!(Fit::Good.is_exact());
/// assert_eq!(Fit::Partial.id(), "partial");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Fit {
    /// The categories mean the same (`同意公开` → `（一）予以公开`).
    Good,
    /// The categories overlap; the value is approximate.
    Partial,
    /// Only a loose correspondence; the value is approximate at best.
    Poor,
}

impl Fit {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Fit;
    /// assert_eq!(Fit::Good.id(), "good");
    /// assert_eq!(Fit::Poor.id(), "poor");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Fit::Good => "good",
            Fit::Partial => "partial",
            Fit::Poor => "poor",
        }
    }

    /// The fit in Chinese.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Fit;
    /// assert_eq!(Fit::Good.label(), "完全对应");
    /// assert_eq!(Fit::Poor.label(), "大致对应");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Fit::Good => "完全对应",
            Fit::Partial => "部分对应",
            Fit::Poor => "大致对应",
        }
    }

    /// Whether a mapped value can be treated as exact.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Fit;
    /// assert!(Fit::Good.is_exact());
    /// assert!(!Fit::Partial.is_exact() && !Fit::Poor.is_exact());
    /// ```
    pub fn is_exact(self) -> bool {
        self == Fit::Good
    }
}

crate::vocab::vocabulary!(Fit, "mapping fit", [Good, Partial, Poor]);

#[cfg(test)]
#[path = "outcome_tests.rs"]
mod tests;
