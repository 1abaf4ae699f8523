//! Pre-2019 reports as typed data (DOMAIN.md §5): the figures reports under the 2008
//! regulation carried in prose, and how their reply categories map onto the 2019/2021 §3 rows.
//!
//! There was no national format before 2019; 2008 art. 32 only listed six content items. The
//! indicators below are the ones the provincial statistics forms used (DOMAIN.md §5.2). Local
//! exemption ranges (`不予公开范围1…7`, `免予公开范围1…6`) are numbered differently from province
//! to province, so every reply keeps its local label.

use serde::{Deserialize, Serialize};

use crate::law::{ArticleRef, Edition};
use crate::outcome::{Fit, Outcome, OutcomeGroup};
use crate::report::prose::{Figure, Part};
use crate::report::statistics::StatisticsTable;

/// How an application or an enquiry reached the agency (`申请渠道`, DOMAIN.md §5.2). The
/// 2019/2021 tables dropped channels: there is no 2019 row for them.
///
/// # Example
/// ```
/// use zfxxgk::report::LegacyChannel;
/// assert_eq!(LegacyChannel::from_label("网上申请"), Some(LegacyChannel::Online));
/// assert_eq!(LegacyChannel::from_label("接待咨询"), Some(LegacyChannel::InPerson));
/// assert_eq!(LegacyChannel::Fax.label(), "传真");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LegacyChannel {
    /// `当面` (in person; for enquiries also `接待`, `来访`, `现场`).
    InPerson,
    /// `传真` (fax).
    Fax,
    /// `网上` (online; also `网络`, `在线`).
    Online,
    /// `信函` (letter).
    Letter,
    /// `电子邮件` (e-mail).
    Email,
    /// `电话` (telephone; enquiries only).
    Phone,
    /// `其他` / `其他形式`.
    Other,
}

impl LegacyChannel {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::LegacyChannel;
    /// assert_eq!(LegacyChannel::InPerson.id(), "in_person");
    /// assert_eq!(LegacyChannel::Email.id(), "email");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            LegacyChannel::InPerson => "in_person",
            LegacyChannel::Fax => "fax",
            LegacyChannel::Online => "online",
            LegacyChannel::Letter => "letter",
            LegacyChannel::Email => "email",
            LegacyChannel::Phone => "phone",
            LegacyChannel::Other => "other",
        }
    }

    /// The Chinese label used in the statistics forms.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::LegacyChannel;
    /// assert_eq!(LegacyChannel::Online.label(), "网上");
    /// assert_eq!(LegacyChannel::Email.label(), "电子邮件");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            LegacyChannel::InPerson => "当面",
            LegacyChannel::Fax => "传真",
            LegacyChannel::Online => "网上",
            LegacyChannel::Letter => "信函",
            LegacyChannel::Email => "电子邮件",
            LegacyChannel::Phone => "电话",
            LegacyChannel::Other => "其他",
        }
    }

    /// The channel a breakdown label names (`当面申请`, `电话咨询`), if exactly one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::LegacyChannel;
    /// assert_eq!(LegacyChannel::from_label("电话咨询"), Some(LegacyChannel::Phone));
    /// assert_eq!(LegacyChannel::from_label("来信申请"), Some(LegacyChannel::Letter));
    /// // Two different channels named: no single channel.
    /// assert_eq!(LegacyChannel::from_label("当面及网上申请"), None);
    /// assert_eq!(LegacyChannel::from_label("申请总数"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<LegacyChannel> {
        const WORDS: &[(&str, LegacyChannel)] = &[
            ("当面", LegacyChannel::InPerson),
            ("接待", LegacyChannel::InPerson),
            ("来访", LegacyChannel::InPerson),
            ("现场", LegacyChannel::InPerson),
            ("传真", LegacyChannel::Fax),
            ("网上", LegacyChannel::Online),
            ("网络", LegacyChannel::Online),
            ("在线", LegacyChannel::Online),
            ("信函", LegacyChannel::Letter),
            ("来信", LegacyChannel::Letter),
            ("电子邮件", LegacyChannel::Email),
            ("邮件", LegacyChannel::Email),
            ("电话", LegacyChannel::Phone),
            ("其他", LegacyChannel::Other),
            ("其它", LegacyChannel::Other),
        ];
        let mut hit: Option<LegacyChannel> = None;
        for (w, c) in WORDS {
            if crate::text::contains(label, w) {
                match hit {
                    Some(h) if h != *c => return None,
                    _ => hit = Some(*c),
                }
            }
        }
        hit
    }
}

crate::vocab::vocabulary!(
    LegacyChannel,
    "pre-2019 channel",
    [InPerson, Fax, Online, Letter, Email, Phone, Other]
);

/// A reply category of the pre-2019 forms (DOMAIN.md §5.2, G.8).
///
/// # Example
/// ```
/// use zfxxgk::Outcome;
/// use zfxxgk::report::{Fit, LegacyOutcome, MappedTo};
/// let o = LegacyOutcome::from_label("“同意公开”").unwrap();
/// assert_eq!(o, LegacyOutcome::Agreed);
/// let m = o.mapping().unwrap();
/// assert_eq!((m.target, m.fit), (MappedTo::Row(Outcome::Disclosed), Fit::Good));
/// assert_eq!(LegacyOutcome::from_label("不予公开范围3"), Some(LegacyOutcome::ExemptionRange(3)));
/// assert_eq!(LegacyOutcome::Unclear.basis()[0].to_string(), "2008 art. 21(4)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LegacyOutcome {
    /// `同意公开` (2008 art. 21(1)).
    Agreed,
    /// `同意部分公开` / `部分公开` (2008 art. 22).
    AgreedInPart,
    /// `不予公开` / `否决公开` with no exemption range given (2008 art. 21(2)).
    Refused,
    /// A numbered local exemption range (`不予公开范围N` / `免予公开范围N`); the numbering is local.
    ExemptionRange(u8),
    /// `非《条例》所指政府信息`.
    NotGovInfo,
    /// `信息不存在` (2008 art. 21(3)).
    DoesNotExist,
    /// `非本部门掌握` / `不属于本机关公开` (2008 art. 21(3)).
    NotHeldHere,
    /// `申请内容不明确` (2008 art. 21(4)).
    Unclear,
    /// `重复申请`.
    Repeat,
    /// `其它原因` / `其他原因`.
    OtherReason,
    /// `其他类型答复` (平潭 2018).
    OtherReply,
}

/// Where a legacy category lands in the 2019/2021 §3 table.
///
/// # Example
/// ```
/// use zfxxgk::{Outcome, OutcomeGroup};
/// use zfxxgk::report::{LegacyOutcome, MappedTo};
/// let to = |o: LegacyOutcome| o.mapping().unwrap().target;
/// assert_eq!(to(LegacyOutcome::Repeat), MappedTo::Row(Outcome::NotProcessedRepeat));
/// // A bare `不予公开` names no exemption: only the group （三） can be chosen.
/// assert_eq!(to(LegacyOutcome::Refused), MappedTo::Group(OutcomeGroup::Withheld));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MappedTo {
    /// One leaf row.
    Row(Outcome),
    /// A group only (no leaf can be chosen).
    Group(OutcomeGroup),
}

/// The mapping of a legacy category onto the 2019/2021 rows (DOMAIN.md §5.3, an
/// interpretation for trend series only).
///
/// # Example
/// ```
/// use zfxxgk::Outcome;
/// use zfxxgk::report::{Fit, LegacyOutcome, MappedTo};
/// let m = LegacyOutcome::Unclear.mapping().unwrap();
/// assert_eq!(m.target, MappedTo::Row(Outcome::UnavailableStillUnclear));
/// assert_eq!(m.fit, Fit::Partial);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mapping {
    /// The row or group.
    pub target: MappedTo,
    /// How well it fits.
    pub fit: Fit,
}

impl LegacyOutcome {
    /// The serialized id (without the range number).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::LegacyOutcome;
    /// assert_eq!(LegacyOutcome::AgreedInPart.id(), "agreed_in_part");
    /// assert_eq!(LegacyOutcome::ExemptionRange(5).id(), "exemption_range");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            LegacyOutcome::Agreed => "agreed",
            LegacyOutcome::AgreedInPart => "agreed_in_part",
            LegacyOutcome::Refused => "refused",
            LegacyOutcome::ExemptionRange(_) => "exemption_range",
            LegacyOutcome::NotGovInfo => "not_gov_info",
            LegacyOutcome::DoesNotExist => "does_not_exist",
            LegacyOutcome::NotHeldHere => "not_held_here",
            LegacyOutcome::Unclear => "unclear",
            LegacyOutcome::Repeat => "repeat",
            LegacyOutcome::OtherReason => "other_reason",
            LegacyOutcome::OtherReply => "other_reply",
        }
    }

    /// The usual Chinese label (the local label of a reply is kept in [`LegacyReply`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::LegacyOutcome;
    /// assert_eq!(LegacyOutcome::Agreed.label(), "同意公开");
    /// assert_eq!(LegacyOutcome::ExemptionRange(5).label(), "不予公开范围");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            LegacyOutcome::Agreed => "同意公开",
            LegacyOutcome::AgreedInPart => "同意部分公开",
            LegacyOutcome::Refused => "不予公开",
            LegacyOutcome::ExemptionRange(_) => "不予公开范围",
            LegacyOutcome::NotGovInfo => "非《条例》所指政府信息",
            LegacyOutcome::DoesNotExist => "信息不存在",
            LegacyOutcome::NotHeldHere => "非本部门掌握",
            LegacyOutcome::Unclear => "申请内容不明确",
            LegacyOutcome::Repeat => "重复申请",
            LegacyOutcome::OtherReason => "其它原因",
            LegacyOutcome::OtherReply => "其他类型答复",
        }
    }

    /// The articles of the 2008 regulation behind the category (2008 art. 21 reply types and
    /// art. 22 partial disclosure; DOMAIN.md §1.4); empty where a form added the category.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ArticleRef, Edition};
    /// use zfxxgk::report::LegacyOutcome;
    /// assert_eq!(LegacyOutcome::Agreed.basis(), [ArticleRef::new(Edition::V2008, 21).item(1)]);
    /// assert_eq!(LegacyOutcome::AgreedInPart.basis()[0].to_string(), "2008 art. 22");
    /// assert_eq!(LegacyOutcome::ExemptionRange(4).basis()[0].to_string(), "2008 art. 21(2)");
    /// assert!(LegacyOutcome::Repeat.basis().is_empty());
    /// ```
    pub fn basis(self) -> &'static [ArticleRef] {
        const A21_1: &[ArticleRef] = &[ArticleRef::new(Edition::V2008, 21).item(1)];
        const A21_2: &[ArticleRef] = &[ArticleRef::new(Edition::V2008, 21).item(2)];
        const A21_3: &[ArticleRef] = &[ArticleRef::new(Edition::V2008, 21).item(3)];
        const A21_4: &[ArticleRef] = &[ArticleRef::new(Edition::V2008, 21).item(4)];
        const A22: &[ArticleRef] = &[ArticleRef::new(Edition::V2008, 22)];
        match self {
            LegacyOutcome::Agreed => A21_1,
            LegacyOutcome::AgreedInPart => A22,
            LegacyOutcome::Refused | LegacyOutcome::ExemptionRange(_) => A21_2,
            LegacyOutcome::DoesNotExist | LegacyOutcome::NotHeldHere => A21_3,
            LegacyOutcome::Unclear => A21_4,
            LegacyOutcome::NotGovInfo
            | LegacyOutcome::Repeat
            | LegacyOutcome::OtherReason
            | LegacyOutcome::OtherReply => &[],
        }
    }

    /// The category a label names, if it is one (quotes and `的` ignored).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::LegacyOutcome;
    /// assert_eq!(LegacyOutcome::from_label("“申请内容不明确”的"), Some(LegacyOutcome::Unclear));
    /// assert_eq!(
    ///     LegacyOutcome::from_label("非《条例》所指政府信息"),
    ///     Some(LegacyOutcome::NotGovInfo)
    /// );
    /// assert_eq!(
    ///     LegacyOutcome::from_label("免予公开范围6"),
    ///     Some(LegacyOutcome::ExemptionRange(6))
    /// );
    /// assert_eq!(LegacyOutcome::from_label("申请总数"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<LegacyOutcome> {
        let dropped = |c: char| matches!(c, '“' | '”' | '"' | '的' | ' ' | '《' | '》');
        // Most labels have nothing to drop: they are their own key, with no copy.
        let key: std::borrow::Cow<'_, str> = if label.contains(dropped) {
            label
                .chars()
                .filter(|c| !dropped(*c))
                .collect::<String>()
                .into()
        } else {
            label.into()
        };
        for prefix in ["不予公开范围", "免予公开范围"] {
            if let Some(rest) = key.strip_prefix(prefix) {
                return rest.parse::<u8>().ok().map(LegacyOutcome::ExemptionRange);
            }
        }
        Some(match &*key {
            "同意公开" => LegacyOutcome::Agreed,
            "同意部分公开" | "部分公开" => LegacyOutcome::AgreedInPart,
            "不予公开" | "否决公开" => LegacyOutcome::Refused,
            "非条例所指政府信息" | "非规定所指政府信息" => {
                LegacyOutcome::NotGovInfo
            }
            "信息不存在" => LegacyOutcome::DoesNotExist,
            "非本部门掌握" | "不属于本机关公开" | "不属于本机关掌握" => {
                LegacyOutcome::NotHeldHere
            }
            "申请内容不明确" => LegacyOutcome::Unclear,
            "重复申请" => LegacyOutcome::Repeat,
            "其它原因" | "其他原因" => LegacyOutcome::OtherReason,
            "其他类型答复" | "其他答复" => LegacyOutcome::OtherReply,
            _ => return None,
        })
    }

    /// Where the category lands in the 2019/2021 §3 table, and how well (DOMAIN.md §5.3).
    /// Exemption ranges follow the [P08-def] numbering (1 国家秘密 … 7 法律法规禁止), which is
    /// not standard across provinces: check the local label. `None` where no row fits.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Outcome;
    /// use zfxxgk::report::{Fit, LegacyOutcome, MappedTo};
    /// let m = LegacyOutcome::ExemptionRange(1).mapping().unwrap();
    /// assert_eq!((m.target, m.fit), (MappedTo::Row(Outcome::WithheldStateSecret), Fit::Good));
    /// // Ranges beyond the [P08-def] numbering and `其它原因` have no row.
    /// assert_eq!(LegacyOutcome::ExemptionRange(8).mapping(), None);
    /// assert_eq!(LegacyOutcome::OtherReason.mapping(), None);
    /// ```
    pub fn mapping(self) -> Option<Mapping> {
        use Outcome::*;
        let row = |o, fit| Mapping {
            target: MappedTo::Row(o),
            fit,
        };
        Some(match self {
            LegacyOutcome::Agreed => row(Disclosed, Fit::Good),
            LegacyOutcome::AgreedInPart => row(PartiallyDisclosed, Fit::Good),
            // The seed's `不予公开` stands beside 同意公开 and 申请内容不明确: the exemption group.
            // Some forms' `否决公开答复总数` also counted 信息不存在 etc., hence partial.
            LegacyOutcome::Refused => Mapping {
                target: MappedTo::Group(OutcomeGroup::Withheld),
                fit: Fit::Partial,
            },
            LegacyOutcome::ExemptionRange(1) => row(WithheldStateSecret, Fit::Good),
            LegacyOutcome::ExemptionRange(2 | 3) => row(WithheldThirdParty, Fit::Good),
            LegacyOutcome::ExemptionRange(4) => row(WithheldInternalAffairs, Fit::Partial),
            LegacyOutcome::ExemptionRange(5) => row(WithheldProcessInfo, Fit::Partial),
            LegacyOutcome::ExemptionRange(6) => row(WithheldEnforcementFile, Fit::Partial),
            LegacyOutcome::ExemptionRange(7) => row(WithheldProhibitedByLaw, Fit::Partial),
            LegacyOutcome::ExemptionRange(_) => return None,
            LegacyOutcome::DoesNotExist | LegacyOutcome::NotHeldHere => {
                row(UnavailableNotHeld, Fit::Good)
            }
            LegacyOutcome::Unclear => row(UnavailableStillUnclear, Fit::Partial),
            LegacyOutcome::NotGovInfo => row(NotProcessedPetition, Fit::Poor),
            LegacyOutcome::Repeat => row(NotProcessedRepeat, Fit::Good),
            LegacyOutcome::OtherReason | LegacyOutcome::OtherReply => return None,
        })
    }
}

/// Replies of one category, as the report states them.
///
/// # Example
/// ```
/// let report = zfxxgk::seed::report()?;
/// let reply = &report.legacy.as_ref().unwrap().replies[0];
/// assert_eq!(reply.outcome, zfxxgk::report::LegacyOutcome::Agreed);
/// assert_eq!(reply.count, Some(52));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LegacyReply {
    /// The category.
    pub outcome: LegacyOutcome,
    /// The label exactly as the report writes it (`“申请内容不明确”`).
    pub local_label: String,
    /// How many replies.
    pub count: Option<u64>,
    /// The share stated for it (`占总数的94.5%`).
    #[serde(default)]
    pub share: Option<Figure>,
}

impl LegacyReply {
    /// Replies of `outcome`, labelled `local_label` in the report.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{LegacyOutcome, LegacyReply};
    /// let r = LegacyReply::new(LegacyOutcome::Unclear, "“申请内容不明确”", Some(3), None);
    /// assert_eq!((r.outcome, r.count), (LegacyOutcome::Unclear, Some(3)));
    /// assert_eq!(r.local_label, "“申请内容不明确”");
    /// ```
    pub fn new(
        outcome: LegacyOutcome,
        local_label: impl Into<String>,
        count: Option<u64>,
        share: Option<Figure>,
    ) -> LegacyReply {
        LegacyReply {
            outcome,
            local_label: local_label.into(),
            count,
            share,
        }
    }
}

/// A count by channel.
///
/// # Example
/// ```
/// use zfxxgk::report::{ChannelCount, LegacyChannel};
/// let report = zfxxgk::seed::report()?;
/// let legacy = report.legacy.as_ref().unwrap();
/// // `其中当面申请5件,传真申请1件,网上申请47件,信函申请2件`
/// assert_eq!(legacy.applications_by_channel[0], ChannelCount::new(LegacyChannel::InPerson, 5));
/// assert_eq!(legacy.applications_by_channel.iter().map(|c| c.count).sum::<u64>(), 55);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelCount {
    /// The channel.
    pub channel: LegacyChannel,
    /// How many.
    pub count: u64,
}

impl ChannelCount {
    /// `count` by `channel`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{ChannelCount, LegacyChannel};
    /// let c = ChannelCount::new(LegacyChannel::Phone, 6300);
    /// assert_eq!((c.channel, c.count), (LegacyChannel::Phone, 6300));
    /// ```
    pub fn new(channel: LegacyChannel, count: u64) -> ChannelCount {
        ChannelCount { channel, count }
    }
}

/// Page visits of the disclosure column, with the year the report dates them to.
///
/// # Example
/// ```
/// let report = zfxxgk::seed::report()?;
/// let visits = report.legacy.as_ref().unwrap().site_visits.unwrap();
/// // The 2016 seed dates its visit figure to 2015: `我市2015年度政府信息公开专栏访问量为567000次`.
/// assert_eq!((visits.year, visits.count), (Some(2015), 567_000));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Visits {
    /// The year written next to the figure, if any.
    pub year: Option<i32>,
    /// How many visits.
    pub count: u64,
}

/// One 2019/2021 row (or group) with the legacy replies mapped onto it.
///
/// # Example
/// ```
/// use zfxxgk::OutcomeGroup;
/// use zfxxgk::report::{Fit, LegacyOutcome, LegacyReply, LegacyReport, MappedTo};
/// let mut l = LegacyReport::default();
/// l.replies.push(LegacyReply::new(LegacyOutcome::Refused, "不予公开", Some(4), None));
/// let rows = l.to_2019_rows();
/// assert_eq!(rows[0].target, MappedTo::Group(OutcomeGroup::Withheld));
/// assert_eq!((rows[0].count, rows[0].fit), (4, Fit::Partial));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MappedCount {
    /// The row or group.
    pub target: MappedTo,
    /// The replies mapped there.
    pub count: u64,
    /// The worst fit among the categories mapped there.
    pub fit: Fit,
}

/// The figures of a pre-2019 report (DOMAIN.md §5.2), each `None` when the report does not
/// state it. Counts may be cumulative since 2008 where the report says `累计`: those are kept
/// apart from the year's figures.
///
/// # Example
/// ```
/// let report = zfxxgk::seed::report()?;
/// let legacy = report.legacy.as_ref().expect("the seed is a pre-2019 report");
/// assert_eq!(legacy.applications_total, Some(55));
/// assert_eq!(legacy.proactive_cumulative, Some(4300));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LegacyReport {
    /// `主动公开信息数`, cumulative to year end (`累计`).
    pub proactive_cumulative: Option<u64>,
    /// `主动公开信息数` of this year (`本年度新增`).
    pub proactive_new: Option<u64>,
    /// `全文电子化率`, a percentage.
    pub full_text_rate: Option<Figure>,
    /// `申请总数`.
    pub applications_total: Option<u64>,
    /// Applications by channel.
    #[serde(default)]
    pub applications_by_channel: Vec<ChannelCount>,
    /// `对申请的答复总数`.
    pub replies_total: Option<u64>,
    /// Replies by category.
    #[serde(default)]
    pub replies: Vec<LegacyReply>,
    /// Enquiries handled (`咨询`), total.
    pub enquiries_total: Option<u64>,
    /// Enquiries by channel.
    #[serde(default)]
    pub enquiries_by_channel: Vec<ChannelCount>,
    /// Visits to the disclosure column of the website.
    pub site_visits: Option<Visits>,
    /// `行政复议数`.
    pub reconsiderations: Option<u64>,
    /// `行政诉讼数`.
    pub lawsuits: Option<u64>,
    /// Staff figures (`工作人员`): shares or head counts, with their labels.
    #[serde(default)]
    pub staff: Vec<Part>,
    /// The appended statistics table (`政府信息公开情况统计表`, `附表`), when the report has
    /// one. Its figures of the report year fill the fields above (the table wins over the
    /// prose where both state a figure; the rules compare the two).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<StatisticsTable>,
}

impl LegacyReport {
    /// The replies mapped onto the 2019/2021 §3 rows (DOMAIN.md §5.3), one entry per row or
    /// group, with the worst fit of what went into it. Replies without a count or a mapping are
    /// left out. Sums saturate at `u64::MAX` (not reachable by real reports).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Outcome;
    /// use zfxxgk::report::{Fit, LegacyOutcome, LegacyReply, LegacyReport, MappedTo};
    /// let mut l = LegacyReport::default();
    /// l.replies.push(LegacyReply::new(LegacyOutcome::DoesNotExist, "信息不存在", Some(3), None));
    /// l.replies.push(LegacyReply::new(LegacyOutcome::NotHeldHere, "非本部门掌握", Some(2), None));
    /// l.replies.push(LegacyReply::new(LegacyOutcome::NotGovInfo, "非《条例》所指政府信息", Some(1), None));
    /// let rows = l.to_2019_rows();
    /// // Two old rows merge into （四）1, a good fit; 非《条例》所指 lands in （五）1, a poor one.
    /// assert_eq!(rows[0].target, MappedTo::Row(Outcome::UnavailableNotHeld));
    /// assert_eq!((rows[0].count, rows[0].fit), (5, Fit::Good));
    /// assert_eq!((rows[1].count, rows[1].fit), (1, Fit::Poor));
    /// ```
    pub fn to_2019_rows(&self) -> Vec<MappedCount> {
        let mut out: Vec<MappedCount> = Vec::new();
        for r in &self.replies {
            let (Some(count), Some(m)) = (r.count, r.outcome.mapping()) else {
                continue;
            };
            match out.iter_mut().find(|x| x.target == m.target) {
                Some(x) => {
                    x.count = x.count.saturating_add(count);
                    x.fit = x.fit.max(m.fit);
                }
                None => out.push(MappedCount {
                    target: m.target,
                    count,
                    fit: m.fit,
                }),
            }
        }
        out
    }
}
