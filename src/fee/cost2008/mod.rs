//! The 2008–2019 cost fees (2008 art. 27–28; 财综〔2008〕44号; DOMAIN.md §4.4).
//!
//! Only information provided on written application outside the proactive scope could be
//! charged, and only for retrieval, copying and mailing. Rates were set locally (e.g. 江苏
//! delegated them to cities and counties), so the rate table is supplied by the caller;
//! [`CostRateTable::fujian_2008`] is one province's table, given as an example.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fee::FeeError;

mod items;
pub use items::{CostFeeItem, CostUnit, Medium, PaperSize, PrintColour, WaiverGround};

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
