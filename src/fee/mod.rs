//! Fees for information provided on application: the 2020 information processing fee
//! (`信息处理费`) and the 2008-era cost fees (`检索费`, `复制费`, `邮寄费`).
//!
//! **2019 art. 42** makes information provided on application free of charge, but lets an
//! agency charge an `信息处理费` when the number or frequency of applications clearly exceeds a
//! reasonable range. The measures are 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号,
//! DOMAIN.md §4):
//!
//! * art. 3: two methods, `按件计收` ([`FeeMethod::PerItem`]) and `按量计收`
//!   ([`FeeMethod::PerVolume`]), both excess-progressive (`超额累进`: each band's rate applies
//!   only to the units inside the band); one method per application, never both
//!   ([`Charging`] makes "both" unrepresentable);
//! * art. 4 ([`ProgressiveSchedule::per_item`]): one applicant's applications in one calendar
//!   month, 1–10 free, 11–30 at 100元/件, then each further band of 10 件 dearer by 100元/件;
//! * art. 5 ([`ProgressiveSchedule::per_volume`]): pages of one application, 1–30 free, 31–100
//!   at 10元/页, 101–200 at 20元/页, above 200 at 40元/页;
//! * the fee notice and its 20-working-day payment period ([`FeeNotice`]).
//!
//! **2008 art. 27–28** allowed only the costs of retrieval, copying and mailing, at rates set
//! locally under 财综〔2008〕44号, with waivers for 五保, 低保 and 优抚对象 and for genuine
//! hardship ([`CostRateTable`], [`WaiverGround`]).
//!
//! ## Money and rounding
//! Amounts are [`Decimal`] in 元 and are computed exactly: a rate times a whole number of units,
//! summed. No rounding is ever applied. The national 2020 rates are whole yuan, so every
//! 信息处理费 amount is a whole number of yuan by construction; the 2008 local rates are in fen
//! (0.2元 per page), so cost-fee amounts are exact to the fen. Quantities are `u64`; a quantity
//! above a schedule's [`ProgressiveSchedule::max_quantity`] or an amount that does not fit a
//! [`Decimal`] is an error ([`FeeError`]), never an overflow.
//!
//! ## UNCONFIRMED interpretations (DOMAIN.md §9 item 4), all configurable
//! * the bands above 30 件 (31–40 at 200元/件, 41–50 at 300元/件, …): [`PerItemRates`];
//! * the monthly counter being per agency: [`CounterScope`];
//! * whether applications charged by volume take a place in the month's count:
//!   [`MonthCounting`] (an interpretation of this crate; the text says art. 4 applies to all
//!   types of handling decision);
//! * the 20-working-day payment period is known from the 四川 restatement only
//!   ([`FeeBasis::SichuanNotice2021`]).

mod cost2008;
mod month;
mod notice;
mod schedule;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::law::{ArticleRef, Edition};

pub use cost2008::{
    CostBill, CostFeeItem, CostLine, CostLineCharge, CostRate, CostRateTable, CostUnit, Medium,
    PaperSize, PrintColour, Waiver, WaiverGround,
};
pub use month::{
    assess_month, ApplicationFee, Charging, CounterScope, FeePolicy, MonthApplication,
    MonthCounting,
};
pub use notice::{FeeNotice, WorkingDays, PAYMENT_PERIOD_WORKING_DAYS};
pub use schedule::{BandCharge, Charge, PerItemRates, ProgressiveSchedule, Tail};

/// A fee computation that was refused.
///
/// # Example
/// ```
/// use zfxxgk::FeeError;
/// use zfxxgk::fee::ProgressiveSchedule;
/// let e = ProgressiveSchedule::per_volume().with_max_quantity(500).total(501).unwrap_err();
/// assert!(matches!(e, FeeError::QuantityTooLarge { quantity: 501, max: 500 }));
/// assert_eq!(e.to_string(), "quantity 501 is more than the maximum of 500 the schedule accepts");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum FeeError {
    /// The quantity is larger than the schedule accepts.
    #[error("quantity {quantity} is more than the maximum of {max} the schedule accepts")]
    QuantityTooLarge {
        /// The quantity asked for.
        quantity: u64,
        /// The schedule's maximum.
        max: u64,
    },
    /// An amount does not fit a decimal.
    #[error("fee amount for quantity {quantity} does not fit a decimal")]
    AmountOverflow {
        /// The quantity being charged.
        quantity: u64,
    },
    /// A schedule definition is not valid.
    #[error("invalid fee schedule: {reason}")]
    InvalidSchedule {
        /// Why.
        reason: &'static str,
    },
    /// A per-item application was given as zero 件.
    #[error(
        "application `{application}` counts 0 items, a per-item application counts at least 1"
    )]
    ZeroItems {
        /// The application id.
        application: String,
    },
    /// An application of the batch was received in another calendar month.
    #[error("application `{application}` was received on {received}, outside the month {year}-{month:02}")]
    NotOneMonth {
        /// The application id.
        application: String,
        /// Its receipt date.
        received: NaiveDate,
        /// The batch's year.
        year: i32,
        /// The batch's month.
        month: u32,
    },
    /// The month's running count overflowed.
    #[error("application `{application}`: the month's count of applications overflows")]
    CountOverflow {
        /// The application id.
        application: String,
    },
    /// No fee is due, so there is no fee notice to send.
    #[error("application `{application}`: no fee is due, a fee notice needs a positive amount")]
    NothingDue {
        /// The application id.
        application: String,
    },
    /// The payment due date is not after the day the notice was received.
    #[error("payment due date {pay_by} is not after the notice's receipt on {received_on}")]
    DueDateNotAfterReceipt {
        /// Day the applicant received the notice.
        received_on: NaiveDate,
        /// The due date given.
        pay_by: NaiveDate,
    },
    /// The working-day calendar cannot count the payment period from the day the notice was
    /// received.
    #[error("the {days}-working-day payment period after the notice's receipt on {date} is not covered by the working-day calendar")]
    CalendarNotCovered {
        /// The start date.
        date: NaiveDate,
        /// Working days asked for.
        days: u32,
    },
    /// A cost-fee line has no rate in the local table.
    #[error("rate table `{table}` has no rate for {item} {unit}")]
    MissingRate {
        /// The table's jurisdiction.
        table: String,
        /// The fee item id.
        item: &'static str,
        /// The unit id.
        unit: String,
    },
    /// A money amount given as input is negative.
    #[error("{what} of {amount}元 is negative")]
    NegativeAmount {
        /// Which amount.
        what: &'static str,
        /// The amount.
        amount: Decimal,
    },
    /// A partial waiver is larger than the bill.
    #[error("waiver of {waived}元 is more than the bill of {gross}元")]
    WaiverExceedsBill {
        /// Amount waived.
        waived: Decimal,
        /// Amount billed.
        gross: Decimal,
    },
}

/// The method by which one application is charged (国办函〔2020〕109号 art. 3: `按件计收` or
/// `按量计收`, one per application, never both).
///
/// # Example
/// ```
/// use zfxxgk::fee::FeeMethod;
/// assert_eq!(FeeMethod::PerItem.label(), "按件计收");
/// assert_eq!(FeeMethod::PerVolume.basis().label(), "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第五条");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FeeMethod {
    /// `按件计收` (art. 4): by the number of one applicant's applications in a calendar month.
    PerItem,
    /// `按量计收` (art. 5): by the pages of one application.
    PerVolume,
}

impl FeeMethod {
    /// The exact Chinese label.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::FeeMethod;
    /// assert_eq!(FeeMethod::PerVolume.label(), "按量计收");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            FeeMethod::PerItem => "按件计收",
            FeeMethod::PerVolume => "按量计收",
        }
    }

    /// The serialized id: `per_item` or `per_volume`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::FeeMethod;
    /// assert_eq!(FeeMethod::PerItem.id(), "per_item");
    /// assert_eq!(FeeMethod::PerVolume.to_string(), "per_volume");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            FeeMethod::PerItem => "per_item",
            FeeMethod::PerVolume => "per_volume",
        }
    }

    /// The article of the 2020 measures that sets the method's rates.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{FeeBasis, FeeMethod};
    /// assert_eq!(FeeMethod::PerItem.basis(), FeeBasis::MeasuresArt4);
    /// assert_eq!(FeeMethod::PerVolume.basis(), FeeBasis::MeasuresArt5);
    /// ```
    pub fn basis(self) -> FeeBasis {
        match self {
            FeeMethod::PerItem => FeeBasis::MeasuresArt4,
            FeeMethod::PerVolume => FeeBasis::MeasuresArt5,
        }
    }

    /// The unit counted: `件` or `页`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::FeeMethod;
    /// assert_eq!(FeeMethod::PerItem.unit_label(), "件");
    /// assert_eq!(FeeMethod::PerVolume.unit_label(), "页");
    /// ```
    pub fn unit_label(self) -> &'static str {
        match self {
            FeeMethod::PerItem => "件",
            FeeMethod::PerVolume => "页",
        }
    }
}

crate::vocab::vocabulary!(FeeMethod, "fee method", [PerItem, PerVolume]);

/// A legal basis cited for a fee.
///
/// # Example
/// ```
/// use zfxxgk::fee::FeeBasis;
/// assert_eq!(FeeBasis::Regulation2019Art42.label(), "《条例》（2019）第四十二条");
/// assert_eq!(FeeBasis::CostNotice2008.id(), "cost_notice_2008");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FeeBasis {
    /// 2019 art. 42: information on application is free, but an 信息处理费 may be charged when
    /// the number or frequency of applications clearly exceeds a reasonable range.
    #[serde(rename = "regulation_2019_art42")]
    Regulation2019Art42,
    /// 国办函〔2020〕109号 art. 3: two methods, excess-progressive, one per application.
    #[serde(rename = "measures_art3")]
    MeasuresArt3,
    /// 国办函〔2020〕109号 art. 4: `按件计收`.
    #[serde(rename = "measures_art4")]
    MeasuresArt4,
    /// 国办函〔2020〕109号 art. 5: `按量计收`.
    #[serde(rename = "measures_art5")]
    MeasuresArt5,
    /// The 四川省财政厅、发展改革委 notice of 2021-01-18 restating the fee notice and the
    /// 20-working-day payment period (DOMAIN.md §4.3; the national article is UNCONFIRMED).
    #[serde(rename = "sichuan_notice_2021")]
    SichuanNotice2021,
    /// 2008 art. 27: only retrieval, copying and mailing costs may be charged.
    #[serde(rename = "regulation_2008_art27")]
    Regulation2008Art27,
    /// 2008 art. 28: reduction or waiver for citizens in genuine financial hardship.
    #[serde(rename = "regulation_2008_art28")]
    Regulation2008Art28,
    /// 财综〔2008〕44号: fee items and waiver categories of the 2008 regime.
    #[serde(rename = "cost_notice_2008")]
    CostNotice2008,
}

impl FeeBasis {
    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::FeeBasis;
    /// assert_eq!(FeeBasis::SichuanNotice2021.id(), "sichuan_notice_2021");
    /// assert_eq!(FeeBasis::Regulation2019Art42.to_string(), "regulation_2019_art42");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            FeeBasis::Regulation2019Art42 => "regulation_2019_art42",
            FeeBasis::MeasuresArt3 => "measures_art3",
            FeeBasis::MeasuresArt4 => "measures_art4",
            FeeBasis::MeasuresArt5 => "measures_art5",
            FeeBasis::SichuanNotice2021 => "sichuan_notice_2021",
            FeeBasis::Regulation2008Art27 => "regulation_2008_art27",
            FeeBasis::Regulation2008Art28 => "regulation_2008_art28",
            FeeBasis::CostNotice2008 => "cost_notice_2008",
        }
    }

    /// The Chinese citation.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::FeeBasis;
    /// assert_eq!(FeeBasis::Regulation2008Art28.label(), "《条例》（2008）第二十八条");
    /// assert_eq!(FeeBasis::MeasuresArt4.label(), "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            FeeBasis::Regulation2019Art42 => "《条例》（2019）第四十二条",
            FeeBasis::MeasuresArt3 => {
                "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条"
            }
            FeeBasis::MeasuresArt4 => {
                "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条"
            }
            FeeBasis::MeasuresArt5 => {
                "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第五条"
            }
            FeeBasis::SichuanNotice2021 => "四川省财政厅、发展改革委2021年1月18日通知",
            FeeBasis::Regulation2008Art27 => "《条例》（2008）第二十七条",
            FeeBasis::Regulation2008Art28 => "《条例》（2008）第二十八条",
            FeeBasis::CostNotice2008 => {
                "《关于提供政府公开信息收取费用等有关问题的通知》（财综〔2008〕44号）"
            }
        }
    }
    /// The article of the regulation, when the basis is one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ArticleRef, Edition};
    /// use zfxxgk::fee::FeeBasis;
    /// assert_eq!(FeeBasis::Regulation2019Art42.article(), Some(ArticleRef::new(Edition::V2019, 42)));
    /// assert_eq!(FeeBasis::MeasuresArt3.article(), None);
    /// ```
    pub fn article(self) -> Option<ArticleRef> {
        match self {
            FeeBasis::Regulation2019Art42 => Some(ArticleRef::new(Edition::V2019, 42)),
            FeeBasis::Regulation2008Art27 => Some(ArticleRef::new(Edition::V2008, 27)),
            FeeBasis::Regulation2008Art28 => Some(ArticleRef::new(Edition::V2008, 28)),
            _ => None,
        }
    }
}

crate::vocab::vocabulary!(
    FeeBasis,
    "fee basis",
    [
        Regulation2019Art42,
        MeasuresArt3,
        MeasuresArt4,
        MeasuresArt5,
        SichuanNotice2021,
        Regulation2008Art27,
        Regulation2008Art28,
        CostNotice2008
    ]
);
