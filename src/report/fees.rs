//! What a report says about fees: section 六 `其他需要报告的事项` of the 2021 format (fee
//! notices issued, amounts noticed and collected under the 2020 measures) or the legacy
//! `政府信息公开支出和收费情况` / `收费及减免情况` section (2008 art. 32(3): cost fees charged and
//! waived). DOMAIN.md §2.6, §4.4, §5.2.
//!
//! This is the information processing fee (`信息处理费`) or the 2008 cost fees only. The §2
//! table's `行政事业性收费` row (`本年收费金额（单位：万元）`) reports the agency's
//! administrative fees under art. 20(8) and is a different thing; nothing here reads it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::report::source::Span;

/// Which fee regime a statement is about.
///
/// # Example
/// ```
/// use zfxxgk::report::FeeRegime;
/// assert_eq!(FeeRegime::ProcessingFee2020.label(), "信息处理费");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FeeRegime {
    /// `信息处理费` under 2019 art. 42 and 国办函〔2020〕109号.
    #[serde(rename = "processing_fee_2020")]
    ProcessingFee2020,
    /// `检索费`, `复制费`, `邮寄费` under 2008 art. 27 and 财综〔2008〕44号.
    #[serde(rename = "cost_fees_2008")]
    CostFees2008,
}

impl FeeRegime {
    /// The Chinese label.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::FeeRegime;
    /// assert_eq!(FeeRegime::CostFees2008.label(), "检索、复制、邮寄等成本费用");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            FeeRegime::ProcessingFee2020 => "信息处理费",
            FeeRegime::CostFees2008 => "检索、复制、邮寄等成本费用",
        }
    }

    /// The serialized id (also what `Display` prints).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::FeeRegime;
    /// assert_eq!(FeeRegime::ProcessingFee2020.id(), "processing_fee_2020");
    /// assert_eq!(FeeRegime::CostFees2008.to_string(), "cost_fees_2008");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            FeeRegime::ProcessingFee2020 => "processing_fee_2020",
            FeeRegime::CostFees2008 => "cost_fees_2008",
        }
    }
}

crate::vocab::vocabulary!(FeeRegime, "fee regime", [ProcessingFee2020, CostFees2008]);

/// One thing a report states about fees. Amounts are in 元 (a figure written in 万元 is
/// converted exactly).
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::parse::read_fee_section;
/// use zfxxgk::report::FeeClaimKind;
/// let s = read_fee_section("本年度收取信息处理费0.3万元。").unwrap();
/// assert_eq!(s.claims[0].kind, FeeClaimKind::AmountCollected { yuan: Decimal::from(3000) });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
pub enum FeeClaimKind {
    /// `发出收费通知（书）N件`.
    NoticesIssued {
        /// Notices issued.
        count: u64,
    },
    /// The total amount of the notices issued (`金额…元`).
    AmountNoticed {
        /// 元.
        yuan: Decimal,
    },
    /// The amount actually collected (`实际收取…元`, `收取…信息处理费…元`).
    AmountCollected {
        /// 元.
        yuan: Decimal,
    },
    /// The amount reduced or waived (`减免…元`).
    AmountWaived {
        /// 元.
        yuan: Decimal,
    },
    /// No fee notice was issued (`未发出收费通知`).
    NoNotices,
    /// No fee was collected (`未收取信息处理费`, `全年没有…进行收费`).
    NoFeesCollected,
    /// No reduction or waiver (`不存在减免情况`).
    NoWaivers,
}

impl FeeClaimKind {
    /// The serialized id (the `kind` tag in JSON).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::FeeClaimKind;
    /// let k = FeeClaimKind::NoticesIssued { count: 2 };
    /// assert_eq!(k.id(), "notices_issued");
    /// assert_eq!(serde_json::to_string(&k).unwrap(), r#"{"kind":"notices_issued","count":2}"#);
    /// ```
    pub fn id(&self) -> &'static str {
        match self {
            FeeClaimKind::NoticesIssued { .. } => "notices_issued",
            FeeClaimKind::AmountNoticed { .. } => "amount_noticed",
            FeeClaimKind::AmountCollected { .. } => "amount_collected",
            FeeClaimKind::AmountWaived { .. } => "amount_waived",
            FeeClaimKind::NoNotices => "no_notices",
            FeeClaimKind::NoFeesCollected => "no_fees_collected",
            FeeClaimKind::NoWaivers => "no_waivers",
        }
    }
}

/// A fee claim with the sentence it was read from.
///
/// # Example
/// ```
/// use zfxxgk::parse::read_fee_section;
/// use zfxxgk::report::{FeeClaimKind, FeeRegime};
/// let s = read_fee_section("收取检索费、复制费共计120元，减免30元。").unwrap();
/// let waived = &s.claims[1];
/// assert_eq!(waived.kind, FeeClaimKind::AmountWaived { yuan: 30.into() });
/// assert_eq!(waived.regime, Some(FeeRegime::CostFees2008)); // 2008 art. 27 cost fees
/// assert_eq!(waived.text, "收取检索费、复制费共计120元，减免30元");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeeClaim {
    /// What it says.
    pub kind: FeeClaimKind,
    /// The regime its wording names, if it names one (`信息处理费` vs `检索费` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime: Option<FeeRegime>,
    /// The sentence, in the whole report text.
    pub span: Span,
    /// The sentence as written.
    pub text: String,
}

impl FeeClaim {
    /// A claim.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::{FeeClaim, FeeClaimKind, FeeRegime, Span};
    /// let text = "本年度未收取信息处理费";
    /// let c = FeeClaim::new(FeeClaimKind::NoFeesCollected, Some(FeeRegime::ProcessingFee2020), Span::new(1, 0, text.len()), text);
    /// assert_eq!(c.span.len(), text.len());
    /// assert_eq!(c.text, text);
    /// ```
    pub fn new(
        kind: FeeClaimKind,
        regime: Option<FeeRegime>,
        span: Span,
        text: impl Into<String>,
    ) -> FeeClaim {
        FeeClaim {
            kind,
            regime,
            span,
            text: text.into(),
        }
    }
}

/// What a report states about fees, claim by claim in text order.
///
/// # Example
/// ```
/// use zfxxgk::report::{FeeClaim, FeeClaimKind, FeeStatement, Span};
/// let s = FeeStatement::new(vec![
///     FeeClaim::new(FeeClaimKind::NoNotices, None, Span::new(40, 900, 930), "本年度未发出收费通知"),
/// ]);
/// assert_eq!(s.notices_issued().map(|(n, _)| n), Some(0));
/// assert!(s.is_nil());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeeStatement {
    /// The claims, in text order.
    pub claims: Vec<FeeClaim>,
}

impl FeeStatement {
    /// A statement of `claims`, kept in the order given (text order).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::FeeStatement;
    /// assert_eq!(FeeStatement::new(Vec::new()), FeeStatement::default());
    /// ```
    pub fn new(claims: Vec<FeeClaim>) -> FeeStatement {
        FeeStatement { claims }
    }

    /// Whether no claim was read.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::report::FeeStatement;
    /// let s = FeeStatement::default();
    /// assert!(s.is_empty());
    /// assert!(!s.is_nil()); // an empty statement says nothing, not "nothing was charged"
    /// ```
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    /// How many fee notices the report says were issued, from the first claim about notices:
    /// `NoticesIssued { count }`, or 0 for `NoNotices`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::parse::read_fee_section;
    /// let s = read_fee_section("本年度发出收费通知书2件，金额3000元，实际收取2000元。").unwrap();
    /// let (n, claim) = s.notices_issued().unwrap();
    /// assert_eq!(n, 2);
    /// assert!(claim.text.contains("收费通知书2件"));
    /// ```
    pub fn notices_issued(&self) -> Option<(u64, &FeeClaim)> {
        self.claims.iter().find_map(|c| match c.kind {
            FeeClaimKind::NoticesIssued { count } => Some((count, c)),
            FeeClaimKind::NoNotices => Some((0, c)),
            _ => None,
        })
    }

    /// Every amount the report says was collected (元), `NoFeesCollected` as 0.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::parse::read_fee_section;
    /// let s = read_fee_section("本年度发出收费通知书2件，金额3000元，实际收取2000元。").unwrap();
    /// let got: Vec<Decimal> = s.amounts_collected().map(|(y, _)| y).collect();
    /// assert_eq!(got, [Decimal::from(2000)]);
    /// let nil = read_fee_section("本年度未收取信息处理费。").unwrap();
    /// assert_eq!(nil.amounts_collected().next().map(|(y, _)| y), Some(Decimal::ZERO));
    /// ```
    pub fn amounts_collected(&self) -> impl Iterator<Item = (Decimal, &FeeClaim)> {
        self.claims.iter().filter_map(|c| match c.kind {
            FeeClaimKind::AmountCollected { yuan } => Some((yuan, c)),
            FeeClaimKind::NoFeesCollected => Some((Decimal::ZERO, c)),
            _ => None,
        })
    }

    /// Every amount (元) the report says the notices were for.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::parse::read_fee_section;
    /// let s = read_fee_section("本年度发出收费通知书2件，金额3000元，实际收取2000元。").unwrap();
    /// let noticed: Vec<Decimal> = s.amounts_noticed().map(|(y, _)| y).collect();
    /// assert_eq!(noticed, [Decimal::from(3000)]);
    /// ```
    pub fn amounts_noticed(&self) -> impl Iterator<Item = (Decimal, &FeeClaim)> {
        self.claims.iter().filter_map(|c| match c.kind {
            FeeClaimKind::AmountNoticed { yuan } => Some((yuan, c)),
            _ => None,
        })
    }

    /// Whether every claim says nothing was issued, charged or waived (and there is one).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::parse::read_fee_section;
    /// assert!(read_fee_section("本年度未发出收费通知，未收取信息处理费。").unwrap().is_nil());
    /// assert!(!read_fee_section("收取检索费、复制费共计120元，减免30元。").unwrap().is_nil());
    /// ```
    pub fn is_nil(&self) -> bool {
        !self.claims.is_empty()
            && self.claims.iter().all(|c| match &c.kind {
                FeeClaimKind::NoticesIssued { count } => *count == 0,
                FeeClaimKind::AmountNoticed { yuan }
                | FeeClaimKind::AmountCollected { yuan }
                | FeeClaimKind::AmountWaived { yuan } => yuan.is_zero(),
                FeeClaimKind::NoNotices
                | FeeClaimKind::NoFeesCollected
                | FeeClaimKind::NoWaivers => true,
            })
    }
}
