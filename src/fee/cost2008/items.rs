//! The vocabulary of the 2008–2019 cost fees: the items charged (2008 art. 27), the grounds
//! for waiving them (art. 28), and the paper, colour, medium and unit a rate is set in.

use serde::{Deserialize, Serialize};

use crate::fee::FeeBasis;

/// A cost-fee item (2008 art. 27: `检索、复制、邮寄`).
///
/// # Example
/// ```
/// use zfxxgk::fee::CostFeeItem;
/// assert_eq!(CostFeeItem::from_label("复印费"), Some(CostFeeItem::Copying));
/// assert_eq!(CostFeeItem::Retrieval.label(), "检索费");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CostFeeItem {
    /// `检索费`: retrieval, normally per applicant per occasion (苏价费〔2008〕301号).
    Retrieval,
    /// `复制费` (also written `复印费`): copying or printing, onto paper or a medium.
    Copying,
    /// `邮寄费`: postage, at postal rates.
    Mailing,
}

impl CostFeeItem {
    /// The exact Chinese label.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::CostFeeItem;
    /// assert_eq!(CostFeeItem::Mailing.label(), "邮寄费");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            CostFeeItem::Retrieval => "检索费",
            CostFeeItem::Copying => "复制费",
            CostFeeItem::Mailing => "邮寄费",
        }
    }

    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::CostFeeItem;
    /// assert_eq!(CostFeeItem::Copying.id(), "copying");
    /// assert_eq!(CostFeeItem::Retrieval.to_string(), "retrieval");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            CostFeeItem::Retrieval => "retrieval",
            CostFeeItem::Copying => "copying",
            CostFeeItem::Mailing => "mailing",
        }
    }

    /// The item a label names (`复印费` is copying).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::CostFeeItem;
    /// assert_eq!(CostFeeItem::from_label(" 复制费 "), Some(CostFeeItem::Copying));
    /// assert_eq!(CostFeeItem::from_label("信息处理费"), None); // the 2020 fee is not a cost fee
    /// ```
    pub fn from_label(label: &str) -> Option<CostFeeItem> {
        match label.trim() {
            "检索费" => Some(CostFeeItem::Retrieval),
            "复制费" | "复印费" => Some(CostFeeItem::Copying),
            "邮寄费" => Some(CostFeeItem::Mailing),
            _ => None,
        }
    }

    /// The article allowing the item: 2008 art. 27.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{CostFeeItem, FeeBasis};
    /// assert_eq!(CostFeeItem::Retrieval.basis(), FeeBasis::Regulation2008Art27);
    /// ```
    pub fn basis(self) -> FeeBasis {
        FeeBasis::Regulation2008Art27
    }
}

crate::vocab::vocabulary!(CostFeeItem, "cost-fee item", [Retrieval, Copying, Mailing]);

/// A ground for reducing or waiving cost fees.
///
/// 财综〔2008〕44号 names three categories (with a certificate from the township government or
/// street office); 2008 art. 28 adds genuine financial hardship approved by the head of the
/// disclosure office; localities could widen the categories ([`WaiverGround::Local`]).
///
/// # Example
/// ```
/// use zfxxgk::fee::WaiverGround;
/// assert_eq!(WaiverGround::MinimumLiving.label(), "低保");
/// assert_eq!(WaiverGround::Local("残疾人".into()).label(), "残疾人");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WaiverGround {
    /// `五保`: rural "five guarantees" recipients.
    FiveGuarantees,
    /// `低保`: urban and rural minimum-living-allowance recipients.
    MinimumLiving,
    /// `优抚对象`: special-care beneficiaries receiving state pensions.
    SpecialCare,
    /// Genuine financial hardship, on application, approved by the head of the office
    /// (2008 art. 28).
    Hardship,
    /// A ground added locally, with its local wording.
    Local(String),
}

impl WaiverGround {
    /// The Chinese label (the local wording for [`WaiverGround::Local`]).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::WaiverGround;
    /// assert_eq!(WaiverGround::Hardship.label(), "确有经济困难");
    /// ```
    pub fn label(&self) -> &str {
        match self {
            WaiverGround::FiveGuarantees => "五保",
            WaiverGround::MinimumLiving => "低保",
            WaiverGround::SpecialCare => "优抚对象",
            WaiverGround::Hardship => "确有经济困难",
            WaiverGround::Local(s) => s,
        }
    }

    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::WaiverGround;
    /// assert_eq!(WaiverGround::SpecialCare.id(), "special_care");
    /// assert_eq!(WaiverGround::Local("残疾人".into()).id(), "local");
    /// ```
    pub fn id(&self) -> &'static str {
        match self {
            WaiverGround::FiveGuarantees => "five_guarantees",
            WaiverGround::MinimumLiving => "minimum_living",
            WaiverGround::SpecialCare => "special_care",
            WaiverGround::Hardship => "hardship",
            WaiverGround::Local(_) => "local",
        }
    }

    /// The instrument the ground comes from: 2008 art. 28 for hardship, otherwise
    /// 财综〔2008〕44号. A local ground cites 财综〔2008〕44号 too, the national notice the local
    /// instruments widened (the leave to widen is stated in the 江苏 forwarding notice
    /// 苏价费〔2008〕301号, DOMAIN.md §4.4).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{FeeBasis, WaiverGround};
    /// assert_eq!(WaiverGround::Hardship.basis(), FeeBasis::Regulation2008Art28);
    /// assert_eq!(WaiverGround::FiveGuarantees.basis(), FeeBasis::CostNotice2008);
    /// ```
    pub fn basis(&self) -> FeeBasis {
        match self {
            WaiverGround::Hardship => FeeBasis::Regulation2008Art28,
            _ => FeeBasis::CostNotice2008,
        }
    }
}

/// Paper size of a copy.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostRateTable, CostUnit, PaperSize, PrintColour};
/// let a3 = CostUnit::Page { size: PaperSize::A3, colour: PrintColour::BlackWhite };
/// assert_eq!(CostRateTable::fujian_2008().rate(CostFeeItem::Copying, a3), Some(rust_decimal::Decimal::new(40, 2))); // 0.4元
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PaperSize {
    /// A4.
    A4,
    /// A3.
    A3,
}

impl PaperSize {
    /// The serialized id (`a4`, `a3`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::fee::PaperSize::A3.id(), "a3");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            PaperSize::A4 => "a4",
            PaperSize::A3 => "a3",
        }
    }

    /// The size as rate tables write it (`A4`, `A3`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::fee::PaperSize::A4.label(), "A4");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            PaperSize::A4 => "A4",
            PaperSize::A3 => "A3",
        }
    }
}

crate::vocab::vocabulary!(PaperSize, "paper size", [A4, A3]);

/// Black-and-white (`黑白`) or colour (`彩色`).
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostRateTable, CostUnit, PaperSize, PrintColour};
/// let colour = CostUnit::Page { size: PaperSize::A4, colour: PrintColour::Colour };
/// assert_eq!(CostRateTable::fujian_2008().rate(CostFeeItem::Copying, colour), Some(1.into()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PrintColour {
    /// `黑白`.
    BlackWhite,
    /// `彩色`.
    Colour,
}

impl PrintColour {
    /// The serialized id (`black_white`, `colour`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::fee::PrintColour::BlackWhite.id(), "black_white");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            PrintColour::BlackWhite => "black_white",
            PrintColour::Colour => "colour",
        }
    }

    /// `黑白` or `彩色`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::fee::PrintColour::Colour.label(), "彩色");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            PrintColour::BlackWhite => "黑白",
            PrintColour::Colour => "彩色",
        }
    }
}

crate::vocab::vocabulary!(PrintColour, "print colour", [BlackWhite, Colour]);

/// A storage medium copies were supplied on.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostUnit, Medium};
/// assert_eq!(CostUnit::Medium { medium: Medium::OpticalDisc }.id(), "optical_disc");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Medium {
    /// `磁盘`: a (floppy) disk.
    Disk,
    /// `光盘`: an optical disc.
    OpticalDisc,
}

impl Medium {
    /// The serialized id (`disk`, `optical_disc`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::fee::Medium::OpticalDisc.id(), "optical_disc");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Medium::Disk => "disk",
            Medium::OpticalDisc => "optical_disc",
        }
    }

    /// `磁盘` or `光盘`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::fee::Medium::Disk.label(), "磁盘");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Medium::Disk => "磁盘",
            Medium::OpticalDisc => "光盘",
        }
    }
}

crate::vocab::vocabulary!(Medium, "medium", [Disk, OpticalDisc]);

/// What a cost-fee rate is charged per.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostRateTable, CostUnit};
/// let fj = CostRateTable::fujian_2008();
/// assert_eq!(fj.rate(CostFeeItem::Retrieval, CostUnit::Application), Some(5.into()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "per")]
#[non_exhaustive]
pub enum CostUnit {
    /// Per application (`件`) or occasion.
    Application,
    /// Per page copied or printed.
    Page {
        /// Paper size.
        size: PaperSize,
        /// Colour.
        colour: PrintColour,
    },
    /// Per medium (`张`).
    Medium {
        /// Which medium.
        medium: Medium,
    },
}

impl CostUnit {
    /// The serialized id, e.g. `page_a4_black_white`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{CostUnit, PaperSize, PrintColour};
    /// let u = CostUnit::Page { size: PaperSize::A4, colour: PrintColour::BlackWhite };
    /// assert_eq!(u.id(), "page_a4_black_white");
    /// assert_eq!(CostUnit::Application.id(), "application");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            CostUnit::Application => "application",
            CostUnit::Page {
                size: PaperSize::A4,
                colour: PrintColour::BlackWhite,
            } => "page_a4_black_white",
            CostUnit::Page {
                size: PaperSize::A4,
                colour: PrintColour::Colour,
            } => "page_a4_colour",
            CostUnit::Page {
                size: PaperSize::A3,
                colour: PrintColour::BlackWhite,
            } => "page_a3_black_white",
            CostUnit::Page {
                size: PaperSize::A3,
                colour: PrintColour::Colour,
            } => "page_a3_colour",
            CostUnit::Medium {
                medium: Medium::Disk,
            } => "disk",
            CostUnit::Medium {
                medium: Medium::OpticalDisc,
            } => "optical_disc",
        }
    }

    /// What is charged for, in Chinese (`每件`, `A4黑白每页`, `每张光盘`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{CostUnit, PaperSize, PrintColour};
    /// let u = CostUnit::Page { size: PaperSize::A3, colour: PrintColour::Colour };
    /// assert_eq!(u.label(), "A3彩色每页");
    /// assert_eq!(CostUnit::Application.label(), "每件");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            CostUnit::Application => "每件",
            CostUnit::Page {
                size: PaperSize::A4,
                colour: PrintColour::BlackWhite,
            } => "A4黑白每页",
            CostUnit::Page {
                size: PaperSize::A4,
                colour: PrintColour::Colour,
            } => "A4彩色每页",
            CostUnit::Page {
                size: PaperSize::A3,
                colour: PrintColour::BlackWhite,
            } => "A3黑白每页",
            CostUnit::Page {
                size: PaperSize::A3,
                colour: PrintColour::Colour,
            } => "A3彩色每页",
            CostUnit::Medium {
                medium: Medium::Disk,
            } => "每张磁盘",
            CostUnit::Medium {
                medium: Medium::OpticalDisc,
            } => "每张光盘",
        }
    }

    /// Every unit: per application, the four page kinds, the two media.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::CostUnit;
    /// assert_eq!(CostUnit::ALL.len(), 7);
    /// assert_eq!(CostUnit::ALL[0], CostUnit::Application);
    /// ```
    pub const ALL: [CostUnit; 7] = [
        CostUnit::Application,
        CostUnit::Page {
            size: PaperSize::A4,
            colour: PrintColour::BlackWhite,
        },
        CostUnit::Page {
            size: PaperSize::A4,
            colour: PrintColour::Colour,
        },
        CostUnit::Page {
            size: PaperSize::A3,
            colour: PrintColour::BlackWhite,
        },
        CostUnit::Page {
            size: PaperSize::A3,
            colour: PrintColour::Colour,
        },
        CostUnit::Medium {
            medium: Medium::Disk,
        },
        CostUnit::Medium {
            medium: Medium::OpticalDisc,
        },
    ];
}

crate::vocab::vocabulary!(CostUnit, "cost-fee unit", all = &CostUnit::ALL);
