//! The rows of the pre-2019 statistics tables (`指标名称` of the `政府信息公开情况统计表` /
//! `指标统计表` / `附表`): the indicator vocabulary seen in the provincial forms of 2008–2018,
//! with the `其中` structure each indicator usually has.
//!
//! Forms differ from province to province and from year to year (`主动公开信息数` /
//! `主动公开文件数`, `受理依申请公开信息总数` / `受理政府信息公开申请总数`, `否决公开答复总数` /
//! `不予公开答复数`, merged `信函、传真申请数`): the reader matches the variants by label keys and
//! keeps every row's printed label; rows it does not know are kept with their label and no
//! indicator.

use serde::{Deserialize, Serialize};

use crate::report::legacy::{LegacyChannel, LegacyOutcome};

/// An indicator (row) of a pre-2019 statistics table.
///
/// # Example
/// ```
/// use zfxxgk::report::{Indicator, LegacyChannel, LegacyOutcome};
/// let online = Indicator::ApplicationsBy(LegacyChannel::Online);
/// assert_eq!(online.parent(), Some(Indicator::Applications));
/// assert_eq!(online.key(), "applications_by_online");
/// let reason = Indicator::Reply(LegacyOutcome::DoesNotExist);
/// assert_eq!(reason.parent(), Some(Indicator::Reply(LegacyOutcome::Refused)));
/// assert_eq!(Indicator::Reply(LegacyOutcome::Refused).parent(), Some(Indicator::Replies));
/// assert_eq!(Indicator::Proactive.label(), "主动公开信息数");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Indicator {
    /// `主动公开信息数` / `主动公开文件数`: items proactively disclosed.
    Proactive,
    /// `网站公开` / `政府网站公开数`: of which on the government website.
    ProactiveWebsite,
    /// `政府公报公开`: of which in the government gazette.
    ProactiveGazette,
    /// `其他形式公开`: of which through other media (公开栏, 新闻发布会…).
    ProactiveOther,
    /// `全文电子化` (a count or a rate).
    FullTextDigitised,
    /// `依申请公开信息目录数`: entries of the on-application catalogue.
    CatalogueEntries,
    /// `受理依申请公开信息总数` / `申请总数` / `受理政府信息公开申请总数`: applications received.
    Applications,
    /// Applications by one channel (`当面申请数`, `网上申请数`…).
    ApplicationsBy(LegacyChannel),
    /// `信函、传真申请数`: letters and faxes counted together (平潭 2016–2018).
    ApplicationsLetterOrFax,
    /// `对申请的答复总数` / `对申请的答复数`: replies to applications.
    Replies,
    /// Replies of one category (`同意公开答复数`, `否决公开答复总数`, `“信息不存在”数`…).
    Reply(LegacyOutcome),
    /// `行政复议数`.
    Reconsiderations,
    /// `行政诉讼数`.
    Lawsuits,
    /// `行政申诉数`.
    Complaints,
    /// `举报数`.
    TipOffs,
    /// `接受行政申诉、举报数`: the two counted together.
    ComplaintsAndTipOffs,
    /// `收费` amounts or counts.
    Fees,
    /// `减免` amounts or counts.
    FeeWaivers,
    /// `收费减免金额`: charges and waivers in one row.
    FeesAndWaivers,
    /// `咨询` (enquiries) handled.
    Enquiries,
    /// Enquiries by one channel (`电话咨询`, `网上咨询`…).
    EnquiriesBy(LegacyChannel),
}

/// How the `其中` rows of a total relate to it.
///
/// # Example
/// ```
/// use zfxxgk::report::{Breakdown, Indicator};
/// // One item can be on the website and in the gazette: media overlap.
/// assert_eq!(Indicator::Proactive.breakdown(), Breakdown::Overlapping);
/// // Each application arrives by one channel: channels partition the total.
/// assert_eq!(Indicator::Applications.breakdown(), Breakdown::Partition);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Breakdown {
    /// Each unit is counted in at most one `其中` row: the rows add up to at most the total,
    /// and to exactly the total when the list ends with an `其他` bucket.
    Partition,
    /// A unit may be counted in several `其中` rows (an item on the website and in the
    /// gazette): no row exceeds the total, and with an `其他` bucket they cover it.
    Overlapping,
}

impl Breakdown {
    /// The serialized id (`partition`, `overlapping`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Breakdown;
    /// assert_eq!(Breakdown::Overlapping.id(), "overlapping");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Breakdown::Partition => "partition",
            Breakdown::Overlapping => "overlapping",
        }
    }

    /// In Chinese: `其中` rows that do not overlap (`互不重叠`) or may (`可能重叠`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Breakdown;
    /// assert_eq!(Breakdown::Partition.label(), "互不重叠");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Breakdown::Partition => "互不重叠",
            Breakdown::Overlapping => "可能重叠",
        }
    }
}

crate::vocab::vocabulary!(Breakdown, "breakdown", [Partition, Overlapping]);

impl Indicator {
    /// The serialized id (for [`Indicator::ApplicationsBy`], [`Indicator::EnquiriesBy`] and
    /// [`Indicator::Reply`] the id of the family; [`Indicator::key`] names the row).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Indicator, LegacyOutcome};
    /// assert_eq!(Indicator::Replies.id(), "replies");
    /// assert_eq!(Indicator::Reply(LegacyOutcome::Agreed).id(), "reply");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Indicator::Proactive => "proactive",
            Indicator::ProactiveWebsite => "proactive_website",
            Indicator::ProactiveGazette => "proactive_gazette",
            Indicator::ProactiveOther => "proactive_other",
            Indicator::FullTextDigitised => "full_text_digitised",
            Indicator::CatalogueEntries => "catalogue_entries",
            Indicator::Applications => "applications",
            Indicator::ApplicationsBy(_) => "applications_by",
            Indicator::ApplicationsLetterOrFax => "applications_letter_or_fax",
            Indicator::Replies => "replies",
            Indicator::Reply(_) => "reply",
            Indicator::Reconsiderations => "reconsiderations",
            Indicator::Lawsuits => "lawsuits",
            Indicator::Complaints => "complaints",
            Indicator::TipOffs => "tip_offs",
            Indicator::ComplaintsAndTipOffs => "complaints_and_tip_offs",
            Indicator::Fees => "fees",
            Indicator::FeeWaivers => "fee_waivers",
            Indicator::FeesAndWaivers => "fees_and_waivers",
            Indicator::Enquiries => "enquiries",
            Indicator::EnquiriesBy(_) => "enquiries_by",
        }
    }

    /// A stable key naming the row, with the channel or reply category:
    /// `applications_by_online`, `reply_agreed`, `reply_exemption_range_3`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Indicator, LegacyOutcome};
    /// assert_eq!(Indicator::Reply(LegacyOutcome::ExemptionRange(3)).key(), "reply_exemption_range_3");
    /// assert_eq!(Indicator::Lawsuits.key(), "lawsuits");
    /// ```
    pub fn key(self) -> String {
        match self {
            Indicator::ApplicationsBy(c) | Indicator::EnquiriesBy(c) => {
                format!("{}_{}", self.id(), c.id())
            }
            Indicator::Reply(LegacyOutcome::ExemptionRange(n)) => {
                format!("reply_exemption_range_{n}")
            }
            Indicator::Reply(o) => format!("reply_{}", o.id()),
            _ => self.id().to_string(),
        }
    }

    /// The usual Chinese label (a row keeps its printed label as well).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Indicator, LegacyChannel, LegacyOutcome};
    /// assert_eq!(Indicator::ApplicationsBy(LegacyChannel::Letter).label(), "信函申请数");
    /// assert_eq!(Indicator::Reply(LegacyOutcome::Agreed).label(), "同意公开答复数");
    /// assert_eq!(Indicator::Replies.label(), "对申请的答复总数");
    /// ```
    pub fn label(self) -> String {
        let fixed = match self {
            Indicator::Proactive => "主动公开信息数",
            Indicator::ProactiveWebsite => "网站公开",
            Indicator::ProactiveGazette => "政府公报公开",
            Indicator::ProactiveOther => "其他形式公开",
            Indicator::FullTextDigitised => "全文电子化",
            Indicator::CatalogueEntries => "依申请公开信息目录数",
            Indicator::Applications => "受理依申请公开信息总数",
            Indicator::ApplicationsBy(c) => return format!("{}申请数", c.label()),
            Indicator::ApplicationsLetterOrFax => "信函、传真申请数",
            Indicator::Replies => "对申请的答复总数",
            Indicator::Reply(LegacyOutcome::Refused) => "否决公开答复总数",
            Indicator::Reply(LegacyOutcome::ExemptionRange(n)) => {
                return format!("“不予公开范围{n}”数")
            }
            Indicator::Reply(
                o @ (LegacyOutcome::Agreed
                | LegacyOutcome::AgreedInPart
                | LegacyOutcome::OtherReply),
            ) => {
                return format!("{}答复数", o.label().trim_end_matches("答复"));
            }
            Indicator::Reply(o) => return format!("“{}”数", o.label()),
            Indicator::Reconsiderations => "行政复议数",
            Indicator::Lawsuits => "行政诉讼数",
            Indicator::Complaints => "行政申诉数",
            Indicator::TipOffs => "举报数",
            Indicator::ComplaintsAndTipOffs => "接受行政申诉、举报数",
            Indicator::Fees => "收费",
            Indicator::FeeWaivers => "减免",
            Indicator::FeesAndWaivers => "收费减免金额",
            Indicator::Enquiries => "咨询数",
            Indicator::EnquiriesBy(c) => return format!("{}咨询数", c.label()),
        };
        fixed.to_string()
    }

    /// The total this indicator is usually a `其中` row of. Refusal reasons
    /// (`“信息不存在”数`…) belong to `否决公开答复总数`; where a form has no such row they stand
    /// directly under the replies (the reader follows the table's own layout first).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::Indicator;
    /// assert_eq!(Indicator::ProactiveGazette.parent(), Some(Indicator::Proactive));
    /// assert_eq!(Indicator::Lawsuits.parent(), None);
    /// ```
    pub fn parent(self) -> Option<Indicator> {
        Some(match self {
            Indicator::ProactiveWebsite
            | Indicator::ProactiveGazette
            | Indicator::ProactiveOther => Indicator::Proactive,
            Indicator::ApplicationsBy(_) | Indicator::ApplicationsLetterOrFax => {
                Indicator::Applications
            }
            Indicator::Reply(
                LegacyOutcome::Agreed
                | LegacyOutcome::AgreedInPart
                | LegacyOutcome::Refused
                | LegacyOutcome::OtherReply,
            ) => Indicator::Replies,
            Indicator::Reply(_) => Indicator::Reply(LegacyOutcome::Refused),
            Indicator::EnquiriesBy(_) => Indicator::Enquiries,
            _ => return None,
        })
    }

    /// How this indicator's `其中` rows relate to it: media of proactive disclosure overlap,
    /// everything else partitions.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Breakdown, Indicator};
    /// assert_eq!(Indicator::Replies.breakdown(), Breakdown::Partition);
    /// ```
    pub fn breakdown(self) -> Breakdown {
        match self {
            Indicator::Proactive => Breakdown::Overlapping,
            _ => Breakdown::Partition,
        }
    }

    /// Whether the row is an `其他` bucket, which makes a `其中` list complete.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Indicator, LegacyChannel, LegacyOutcome};
    /// assert!(Indicator::Reply(LegacyOutcome::OtherReply).is_other_bucket());
    /// assert!(Indicator::ApplicationsBy(LegacyChannel::Other).is_other_bucket());
    /// assert!(!Indicator::ApplicationsBy(LegacyChannel::Online).is_other_bucket());
    /// ```
    pub fn is_other_bucket(self) -> bool {
        matches!(
            self,
            Indicator::ProactiveOther
                | Indicator::ApplicationsBy(LegacyChannel::Other)
                | Indicator::EnquiriesBy(LegacyChannel::Other)
                | Indicator::Reply(LegacyOutcome::OtherReply | LegacyOutcome::OtherReason)
        )
    }

    /// The reply category of a reply row.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Indicator, LegacyOutcome};
    /// assert_eq!(Indicator::Reply(LegacyOutcome::Unclear).outcome(), Some(LegacyOutcome::Unclear));
    /// assert_eq!(Indicator::Replies.outcome(), None);
    /// ```
    pub fn outcome(self) -> Option<LegacyOutcome> {
        match self {
            Indicator::Reply(o) => Some(o),
            _ => None,
        }
    }

    /// The channel of a channel row.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{Indicator, LegacyChannel};
    /// let row = Indicator::ApplicationsBy(LegacyChannel::Fax);
    /// assert_eq!(row.channel(), Some(LegacyChannel::Fax));
    /// assert_eq!(Indicator::ApplicationsLetterOrFax.channel(), None);
    /// ```
    pub fn channel(self) -> Option<LegacyChannel> {
        match self {
            Indicator::ApplicationsBy(c) | Indicator::EnquiriesBy(c) => Some(c),
            _ => None,
        }
    }
}
