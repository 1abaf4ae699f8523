//! The 2008–2019 cost fees (2008 art. 27–28; 财综〔2008〕44号; DOMAIN.md §4.4).
//!
//! Only information provided on written application outside the proactive scope could be
//! charged, and only for retrieval, copying and mailing. Rates were set locally (e.g. 江苏
//! delegated them to cities and counties), so the rate table is supplied by the caller;
//! [`CostRateTable::fujian_2008`] is one province's table, given as an example.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fee::{FeeBasis, FeeError};

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

/// One rate of a local table: `rate` 元 per `unit` for `item`.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostRate, CostRateTable, CostUnit};
/// let r = CostRate { item: CostFeeItem::Retrieval, unit: CostUnit::Application, rate: 3.into() };
/// let t = CostRateTable::new("某县", "某价费〔2008〕1号", vec![r])?;
/// assert_eq!(t.rate(CostFeeItem::Retrieval, CostUnit::Application), Some(3.into()));
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CostRate {
    /// The fee item.
    pub item: CostFeeItem,
    /// What it is charged per.
    pub unit: CostUnit,
    /// 元 per unit.
    pub rate: Decimal,
}

/// A local cost-fee rate table under 财综〔2008〕44号 and 发改价格〔2008〕1828号, as set by a
/// province, city or county. Postage has no rate: it is charged at postal rates and given as
/// an amount.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostLine, CostRateTable, CostUnit, PaperSize, PrintColour};
/// let fj = CostRateTable::fujian_2008();
/// let bill = fj.bill(&[
///     CostLine::new(CostFeeItem::Retrieval, CostUnit::Application, 1),
///     CostLine::new(CostFeeItem::Copying,
///         CostUnit::Page { size: PaperSize::A4, colour: PrintColour::BlackWhite }, 12),
/// ], 0.into(), None)?;
/// assert_eq!(bill.gross, rust_decimal::Decimal::new(74, 1)); // 5 + 12 × 0.2 = 7.4元
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CostRateTable {
    /// The jurisdiction that set the rates.
    pub jurisdiction: String,
    /// The instrument that set them.
    pub source: String,
    /// The rates.
    pub rates: Vec<CostRate>,
}

impl CostRateTable {
    /// A table.
    ///
    /// # Errors
    /// [`FeeError::NegativeAmount`] if a rate is negative.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::FeeError;
    /// use zfxxgk::fee::{CostFeeItem, CostRate, CostRateTable, CostUnit};
    /// let rate = |r: Decimal| vec![CostRate { item: CostFeeItem::Retrieval, unit: CostUnit::Application, rate: r }];
    /// let t = CostRateTable::new("某县", "某价费〔2008〕1号", rate(Decimal::from(3)))?;
    /// assert_eq!(t.jurisdiction, "某县");
    /// let e = CostRateTable::new("某县", "某价费〔2008〕1号", rate(Decimal::from(-3))).unwrap_err();
    /// assert!(matches!(e, FeeError::NegativeAmount { .. }));
    /// # Ok::<(), FeeError>(())
    /// ```
    pub fn new(
        jurisdiction: impl Into<String>,
        source: impl Into<String>,
        rates: Vec<CostRate>,
    ) -> Result<CostRateTable, FeeError> {
        if let Some(r) = rates.iter().find(|r| r.rate.is_sign_negative()) {
            return Err(FeeError::NegativeAmount {
                what: "a cost-fee rate",
                amount: r.rate,
            });
        }
        Ok(CostRateTable {
            jurisdiction: jurisdiction.into(),
            source: source.into(),
            rates,
        })
    }

    /// **福建省** rates, 闽价费〔2008〕472号 (DOMAIN.md §4.4): 检索费 5元/件; black-and-white
    /// copy or print 0.2元 per A4 page, 0.4元 per A3 page; colour 1元 per A4 page, 2元 per A3
    /// page; 磁盘 3元/张. Only that province's; other places set their own.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::fee::{CostFeeItem, CostRateTable, CostUnit, Medium, PaperSize, PrintColour};
    /// let fj = CostRateTable::fujian_2008();
    /// assert_eq!(fj.source, "闽价费〔2008〕472号");
    /// let a4 = CostUnit::Page { size: PaperSize::A4, colour: PrintColour::BlackWhite };
    /// assert_eq!(fj.rate(CostFeeItem::Copying, a4), Some(Decimal::new(20, 2))); // 0.2元
    /// assert_eq!(fj.rate(CostFeeItem::Copying, CostUnit::Medium { medium: Medium::Disk }), Some(3.into()));
    /// ```
    pub fn fujian_2008() -> CostRateTable {
        let page = |size, colour, fen: i64| CostRate {
            item: CostFeeItem::Copying,
            unit: CostUnit::Page { size, colour },
            rate: Decimal::new(fen, 2),
        };
        CostRateTable {
            jurisdiction: "福建省".to_string(),
            source: "闽价费〔2008〕472号".to_string(),
            rates: vec![
                CostRate {
                    item: CostFeeItem::Retrieval,
                    unit: CostUnit::Application,
                    rate: Decimal::from(5),
                },
                page(PaperSize::A4, PrintColour::BlackWhite, 20),
                page(PaperSize::A3, PrintColour::BlackWhite, 40),
                page(PaperSize::A4, PrintColour::Colour, 100),
                page(PaperSize::A3, PrintColour::Colour, 200),
                CostRate {
                    item: CostFeeItem::Copying,
                    unit: CostUnit::Medium {
                        medium: Medium::Disk,
                    },
                    rate: Decimal::from(3),
                },
            ],
        }
    }

    /// The rate for `item` per `unit`, if the table has one.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{CostFeeItem, CostRateTable, CostUnit};
    /// let fj = CostRateTable::fujian_2008();
    /// assert_eq!(fj.rate(CostFeeItem::Retrieval, CostUnit::Application), Some(5.into()));
    /// // Postage has no rate: it is charged at postal rates.
    /// assert_eq!(fj.rate(CostFeeItem::Mailing, CostUnit::Application), None);
    /// ```
    pub fn rate(&self, item: CostFeeItem, unit: CostUnit) -> Option<Decimal> {
        self.rates
            .iter()
            .find(|r| r.item == item && r.unit == unit)
            .map(|r| r.rate)
    }

    /// Bills `lines` plus `postage` (at postal rates, 元), less a waiver.
    ///
    /// # Errors
    /// [`FeeError::MissingRate`] for a line the table has no rate for (including
    /// [`CostFeeItem::Mailing`] lines: postage goes in `postage`);
    /// [`FeeError::NegativeAmount`] for negative postage or waiver;
    /// [`FeeError::WaiverExceedsBill`] for a partial waiver above the bill;
    /// [`FeeError::AmountOverflow`] if an amount does not fit.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::FeeError;
    /// use zfxxgk::fee::{CostFeeItem, CostLine, CostRateTable, CostUnit, Waiver, WaiverGround};
    /// let fj = CostRateTable::fujian_2008();
    /// let lines = [CostLine::new(CostFeeItem::Retrieval, CostUnit::Application, 1)];
    /// // 5元 retrieval + 8元 postage, reduced by 3元 for genuine hardship (2008 art. 28).
    /// let b = fj.bill(&lines, 8.into(), Some(Waiver::reduce(WaiverGround::Hardship, 3.into())))?;
    /// assert_eq!((b.gross, b.waived, b.net), (13.into(), 3.into(), 10.into()));
    /// let e = fj.bill(&lines, Decimal::NEGATIVE_ONE, None).unwrap_err();
    /// assert!(matches!(e, FeeError::NegativeAmount { what: "postage", .. }));
    /// # Ok::<(), FeeError>(())
    /// ```
    pub fn bill(
        &self,
        lines: &[CostLine],
        postage: Decimal,
        waiver: Option<Waiver>,
    ) -> Result<CostBill, FeeError> {
        if postage.is_sign_negative() {
            return Err(FeeError::NegativeAmount {
                what: "postage",
                amount: postage,
            });
        }
        let mut charged = Vec::with_capacity(lines.len());
        let mut gross = postage;
        for line in lines {
            let rate = self
                .rate(line.item, line.unit)
                .ok_or_else(|| FeeError::MissingRate {
                    table: self.jurisdiction.clone(),
                    item: line.item.id(),
                    unit: line.unit.id().to_string(),
                })?;
            let overflow = FeeError::AmountOverflow {
                quantity: line.quantity,
            };
            let amount = rate
                .checked_mul(Decimal::from(line.quantity))
                .ok_or(overflow.clone())?;
            gross = gross.checked_add(amount).ok_or(overflow)?;
            charged.push(CostLineCharge {
                line: *line,
                rate,
                amount,
            });
        }
        let waived = match &waiver {
            None => Decimal::ZERO,
            Some(w) => match w.amount {
                None => gross,
                Some(a) if a.is_sign_negative() => {
                    return Err(FeeError::NegativeAmount {
                        what: "waiver",
                        amount: a,
                    })
                }
                Some(a) if a > gross => {
                    return Err(FeeError::WaiverExceedsBill { waived: a, gross })
                }
                Some(a) => a,
            },
        };
        Ok(CostBill {
            lines: charged,
            postage,
            gross,
            waiver,
            waived,
            net: gross - waived,
        })
    }
}

/// One line of a cost-fee bill: `quantity` units of `unit` for `item`.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostLine, CostRateTable, CostUnit};
/// let line = CostLine::new(CostFeeItem::Retrieval, CostUnit::Application, 2);
/// let bill = CostRateTable::fujian_2008().bill(&[line], 0.into(), None)?;
/// assert_eq!(bill.gross, 10.into()); // 2 × 5元
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CostLine {
    /// The fee item.
    pub item: CostFeeItem,
    /// The unit.
    pub unit: CostUnit,
    /// How many units.
    pub quantity: u64,
}

impl CostLine {
    /// A bill line.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{CostFeeItem, CostLine, CostUnit};
    /// let line = CostLine::new(CostFeeItem::Retrieval, CostUnit::Application, 1);
    /// assert_eq!((line.item, line.quantity), (CostFeeItem::Retrieval, 1));
    /// ```
    pub fn new(item: CostFeeItem, unit: CostUnit, quantity: u64) -> CostLine {
        CostLine {
            item,
            unit,
            quantity,
        }
    }
}

/// A billed line with its rate and amount.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostLine, CostRateTable, CostUnit, PaperSize, PrintColour};
/// let a3 = CostUnit::Page { size: PaperSize::A3, colour: PrintColour::Colour };
/// let bill = CostRateTable::fujian_2008().bill(&[CostLine::new(CostFeeItem::Copying, a3, 3)], 0.into(), None)?;
/// let charged = &bill.lines[0];
/// assert_eq!((charged.rate, charged.amount), (2.into(), 6.into())); // 3 × 2元
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CostLineCharge {
    /// The line.
    pub line: CostLine,
    /// 元 per unit, from the table.
    pub rate: Decimal,
    /// `quantity × rate`, 元.
    pub amount: Decimal,
}

/// A reduction or waiver of cost fees (`减免`): `amount: None` waives the whole bill.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostRateTable, Waiver, WaiverGround};
/// let bill = CostRateTable::fujian_2008().bill(&[], 12.into(),
///     Some(Waiver::full(WaiverGround::FiveGuarantees)))?;
/// assert_eq!((bill.gross, bill.waived, bill.net), (12.into(), 12.into(), 0.into()));
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Waiver {
    /// Why.
    pub ground: WaiverGround,
    /// The amount reduced, or `None` for a full waiver.
    pub amount: Option<Decimal>,
}

impl Waiver {
    /// A full waiver (`免`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{Waiver, WaiverGround};
    /// let w = Waiver::full(WaiverGround::MinimumLiving);
    /// assert_eq!(w.amount, None);
    /// ```
    pub fn full(ground: WaiverGround) -> Waiver {
        Waiver {
            ground,
            amount: None,
        }
    }

    /// A reduction (`减`) by `amount` 元.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{Waiver, WaiverGround};
    /// let w = Waiver::reduce(WaiverGround::Hardship, 2.into());
    /// assert_eq!(w.amount, Some(2.into()));
    /// ```
    pub fn reduce(ground: WaiverGround, amount: Decimal) -> Waiver {
        Waiver {
            ground,
            amount: Some(amount),
        }
    }
}

/// A cost-fee bill: lines, postage, gross, waived and net amounts in 元 (exact to the fen
/// with the usual local rates; no rounding is applied).
///
/// # Example
/// ```
/// use zfxxgk::fee::{CostFeeItem, CostLine, CostRateTable, CostUnit, PaperSize, PrintColour};
/// let a4 = CostUnit::Page { size: PaperSize::A4, colour: PrintColour::BlackWhite };
/// let bill = CostRateTable::fujian_2008().bill(&[CostLine::new(CostFeeItem::Copying, a4, 3)], 6.into(), None)?;
/// assert_eq!(bill.gross, rust_decimal::Decimal::new(660, 2)); // 3 × 0.2元 + 6元 postage, exact to the fen
/// assert_eq!(bill.net, bill.gross - bill.waived);
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CostBill {
    /// The billed lines.
    pub lines: Vec<CostLineCharge>,
    /// Postage at postal rates.
    pub postage: Decimal,
    /// Lines plus postage.
    pub gross: Decimal,
    /// The waiver applied, if any.
    pub waiver: Option<Waiver>,
    /// The amount waived.
    pub waived: Decimal,
    /// What the applicant pays: `gross − waived`.
    pub net: Decimal,
}
