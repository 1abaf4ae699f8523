//! Excess-progressive schedules (`超额累进`, 国办函〔2020〕109号 art. 3–5).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fee::{FeeError, FeeMethod};

/// The open-ended part of a schedule, after its last fixed band.
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use zfxxgk::fee::Tail;
/// // 按量计收 above 200 pages: a flat 40元/页.
/// let t = Tail::Flat { rate: Decimal::from(40) };
/// assert!(matches!(t, Tail::Flat { .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
pub enum Tail {
    /// Every further unit at one rate.
    Flat {
        /// 元 per unit.
        rate: Decimal,
    },
    /// Bands of `width` units, the first at `first_rate`, each next one dearer by `step`
    /// (`以10件为一档，每增加一档，收费标准提高100元/件`, art. 4).
    Stepped {
        /// Units per band (at least 1).
        width: u64,
        /// 元 per unit in the first tail band.
        first_rate: Decimal,
        /// How much dearer each next band is, 元 per unit.
        step: Decimal,
    },
}

/// The parameters of the `按件计收` schedule (art. 4), for the reading that DOMAIN.md §4.2 marks
/// UNCONFIRMED to be changed.
///
/// [`PerItemRates::NATIONAL`]: 1–10 free, 11–30 at 100元/件, then bands of 10 件 starting at
/// 200元/件 and each 100元/件 dearer (31–40 at 200, 41–50 at 300, …).
///
/// # Example
/// ```
/// use zfxxgk::fee::{PerItemRates, ProgressiveSchedule};
/// let s = ProgressiveSchedule::per_item_with(PerItemRates::NATIONAL)?;
/// assert_eq!(s.total(35)?, 3000.into());
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PerItemRates {
    /// Applications in the month that are free (10).
    pub free_up_to: u64,
    /// Last application of the first charged band (30).
    pub first_band_to: u64,
    /// 元 per application in the first charged band (100).
    pub first_rate: u64,
    /// Applications per further band (10).
    pub band_width: u64,
    /// How much dearer each further band is, 元 per application (100).
    pub step: u64,
}

impl PerItemRates {
    /// The reading of art. 4 used by this crate (UNCONFIRMED above 30 件).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{PerItemRates, ProgressiveSchedule};
    /// assert_eq!((PerItemRates::NATIONAL.free_up_to, PerItemRates::NATIONAL.first_rate), (10, 100));
    /// let s = ProgressiveSchedule::per_item_with(PerItemRates::NATIONAL)?;
    /// assert_eq!(s, ProgressiveSchedule::per_item());
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub const NATIONAL: PerItemRates = PerItemRates {
        free_up_to: 10,
        first_band_to: 30,
        first_rate: 100,
        band_width: 10,
        step: 100,
    };
}

/// The part of a charge that falls in one band: `units` units of the band
/// `band_from..=band_to` at `rate` 元 each.
///
/// # Example
/// ```
/// use zfxxgk::fee::ProgressiveSchedule;
/// let c = ProgressiveSchedule::per_volume().charge(150)?;
/// let b = &c.bands[1];
/// assert_eq!((b.band_from, b.band_to, b.units), (31, Some(100), 70));
/// assert_eq!(b.amount, 700.into());
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BandCharge {
    /// First unit of the band (1-based).
    pub band_from: u64,
    /// Last unit of the band, `None` when it is open-ended.
    pub band_to: Option<u64>,
    /// Units charged in this band.
    pub units: u64,
    /// 元 per unit.
    pub rate: Decimal,
    /// `units × rate`, in 元.
    pub amount: Decimal,
}

/// What a quantity costs under a schedule, with the band breakdown.
///
/// `already` units were counted before (earlier applications of the month) and `quantity`
/// units are charged now, i.e. units `already + 1 ..= already + quantity`.
///
/// # Example
/// ```
/// use zfxxgk::fee::{FeeMethod, ProgressiveSchedule};
/// let c = ProgressiveSchedule::per_item().charge(35)?;
/// assert_eq!(c.method, FeeMethod::PerItem);
/// assert_eq!(c.amount, 3000.into());
/// assert_eq!(c.bands.len(), 3); // 1–10 free, 11–30 at 100, 31–35 at 200
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Charge {
    /// The method of the schedule.
    pub method: FeeMethod,
    /// Units counted before this charge.
    pub already: u64,
    /// Units charged now.
    pub quantity: u64,
    /// The amount in 元 (exact, no rounding).
    pub amount: Decimal,
    /// The bands the units fall in, in order; free bands appear with rate 0.
    pub bands: Vec<BandCharge>,
}

/// An excess-progressive schedule: units up to `free_up_to` free, then fixed bands, then an
/// open-ended [`Tail`]. Each band's rate applies only to the units inside it (`超额累进`,
/// 国办函〔2020〕109号 art. 3).
///
/// Build the national schedules with [`ProgressiveSchedule::per_item`] (art. 4) and
/// [`ProgressiveSchedule::per_volume`] (art. 5), or a custom one with
/// [`ProgressiveSchedule::new`]. Serialized with its parameters; deserializing validates them.
///
/// # Example
/// ```
/// use zfxxgk::fee::ProgressiveSchedule;
/// let pages = ProgressiveSchedule::per_volume();
/// assert_eq!(pages.total(150)?, 1700.into()); // 70 × 10 + 50 × 20
/// assert_eq!(pages.total(30)?, 0.into());
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawSchedule", into = "RawSchedule")]
pub struct ProgressiveSchedule {
    method: FeeMethod,
    free_up_to: u64,
    bands: Vec<(u64, Decimal)>,
    tail: Tail,
    max_quantity: u64,
}

#[derive(Serialize, Deserialize)]
struct RawSchedule {
    method: FeeMethod,
    free_up_to: u64,
    bands: Vec<(u64, Decimal)>,
    tail: Tail,
    max_quantity: u64,
}

impl TryFrom<RawSchedule> for ProgressiveSchedule {
    type Error = FeeError;
    fn try_from(r: RawSchedule) -> Result<Self, FeeError> {
        Ok(
            ProgressiveSchedule::new(r.method, r.free_up_to, &r.bands, r.tail)?
                .with_max_quantity(r.max_quantity),
        )
    }
}

impl From<ProgressiveSchedule> for RawSchedule {
    fn from(s: ProgressiveSchedule) -> RawSchedule {
        RawSchedule {
            method: s.method,
            free_up_to: s.free_up_to,
            bands: s.bands,
            tail: s.tail,
            max_quantity: s.max_quantity,
        }
    }
}

/// A band as found by [`ProgressiveSchedule::band_containing`].
struct BandAt {
    from: u64,
    to: Option<u64>,
    rate: Decimal,
}

impl ProgressiveSchedule {
    /// The default largest quantity a schedule accepts: one million units (applications of
    /// one applicant in one month, or pages of one application). Anything larger is not a
    /// plausible fee case and is refused rather than computed.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// let s = ProgressiveSchedule::per_volume();
    /// assert_eq!(s.max_quantity(), ProgressiveSchedule::DEFAULT_MAX_QUANTITY);
    /// assert!(s.total(1_000_000).is_ok());
    /// assert!(s.total(1_000_001).is_err());
    /// ```
    pub const DEFAULT_MAX_QUANTITY: u64 = 1_000_000;

    /// A schedule: units `1..=free_up_to` free, then `bands` as `(last unit, 元 per unit)` in
    /// increasing order, then `tail`.
    ///
    /// # Errors
    /// [`FeeError::InvalidSchedule`] if the band ends are not strictly increasing above
    /// `free_up_to`, a rate or step is negative, or a stepped tail has width 0.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use zfxxgk::fee::{FeeMethod, ProgressiveSchedule, Tail};
    /// let s = ProgressiveSchedule::new(FeeMethod::PerVolume, 30,
    ///     &[(100, Decimal::from(10)), (200, Decimal::from(20))],
    ///     Tail::Flat { rate: Decimal::from(40) })?;
    /// assert_eq!(s, ProgressiveSchedule::per_volume());
    /// assert!(ProgressiveSchedule::new(FeeMethod::PerVolume, 30, &[(20, Decimal::ONE)],
    ///     Tail::Flat { rate: Decimal::ONE }).is_err());
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn new(
        method: FeeMethod,
        free_up_to: u64,
        bands: &[(u64, Decimal)],
        tail: Tail,
    ) -> Result<ProgressiveSchedule, FeeError> {
        let mut prev = free_up_to;
        for (to, rate) in bands {
            if *to <= prev {
                return Err(FeeError::InvalidSchedule {
                    reason: "band ends must be strictly increasing and above the free quantity",
                });
            }
            if rate.is_sign_negative() {
                return Err(FeeError::InvalidSchedule {
                    reason: "a band rate is negative",
                });
            }
            prev = *to;
        }
        match tail {
            Tail::Flat { rate } if rate.is_sign_negative() => {
                return Err(FeeError::InvalidSchedule {
                    reason: "the tail rate is negative",
                })
            }
            Tail::Stepped { width: 0, .. } => {
                return Err(FeeError::InvalidSchedule {
                    reason: "a stepped tail needs a band width of at least 1",
                })
            }
            Tail::Stepped {
                first_rate, step, ..
            } if first_rate.is_sign_negative() || step.is_sign_negative() => {
                return Err(FeeError::InvalidSchedule {
                    reason: "the tail rate or step is negative",
                })
            }
            _ => {}
        }
        Ok(ProgressiveSchedule {
            method,
            free_up_to,
            bands: bands.to_vec(),
            tail,
            max_quantity: Self::DEFAULT_MAX_QUANTITY,
        })
    }

    /// `按件计收` (国办函〔2020〕109号 art. 4) with [`PerItemRates::NATIONAL`]: 1–10 free, 11–30
    /// at 100元/件, 31–40 at 200, 41–50 at 300, … (the bands above 30 are an UNCONFIRMED
    /// reading of `以10件为一档，每增加一档，收费标准提高100元/件`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// let s = ProgressiveSchedule::per_item();
    /// assert_eq!(s.total(10)?, 0.into());
    /// assert_eq!(s.total(11)?, 100.into());
    /// assert_eq!(s.total(41)?, 4300.into());
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn per_item() -> ProgressiveSchedule {
        ProgressiveSchedule {
            method: FeeMethod::PerItem,
            free_up_to: 10,
            bands: vec![(30, Decimal::from(100))],
            tail: Tail::Stepped {
                width: 10,
                first_rate: Decimal::from(200),
                step: Decimal::from(100),
            },
            max_quantity: Self::DEFAULT_MAX_QUANTITY,
        }
    }

    /// `按件计收` with other parameters (another reading of art. 4, or a test).
    ///
    /// # Errors
    /// [`FeeError::InvalidSchedule`] if `first_band_to <= free_up_to` or `band_width` is 0;
    /// [`FeeError::InvalidSchedule`] if the first tail rate (`first_rate + step`) overflows a
    /// `u64`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{PerItemRates, ProgressiveSchedule};
    /// // A reading where the bands above 30 stay at 100元/件 (no step).
    /// let flat = PerItemRates { step: 0, ..PerItemRates::NATIONAL };
    /// let s = ProgressiveSchedule::per_item_with(flat)?;
    /// assert_eq!(s.total(35)?, 2500.into());
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn per_item_with(rates: PerItemRates) -> Result<ProgressiveSchedule, FeeError> {
        let first_tail =
            rates
                .first_rate
                .checked_add(rates.step)
                .ok_or(FeeError::InvalidSchedule {
                    reason: "first_rate + step is larger than the largest rate (u64::MAX)",
                })?;
        ProgressiveSchedule::new(
            FeeMethod::PerItem,
            rates.free_up_to,
            &[(rates.first_band_to, Decimal::from(rates.first_rate))],
            Tail::Stepped {
                width: rates.band_width,
                first_rate: Decimal::from(first_tail),
                step: Decimal::from(rates.step),
            },
        )
    }

    /// `按量计收` (国办函〔2020〕109号 art. 5): pages of one application, 1–30 free, 31–100 at
    /// 10元/页, 101–200 at 20元/页, 201 and above at 40元/页.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// let s = ProgressiveSchedule::per_volume();
    /// assert_eq!(s.total(201)?, 2740.into()); // 700 + 2000 + 40
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn per_volume() -> ProgressiveSchedule {
        ProgressiveSchedule {
            method: FeeMethod::PerVolume,
            free_up_to: 30,
            bands: vec![(100, Decimal::from(10)), (200, Decimal::from(20))],
            tail: Tail::Flat {
                rate: Decimal::from(40),
            },
            max_quantity: Self::DEFAULT_MAX_QUANTITY,
        }
    }

    /// The same schedule accepting quantities up to `max`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::FeeError;
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// let s = ProgressiveSchedule::per_item().with_max_quantity(100);
    /// assert_eq!(s.total(100)?, 37_000.into()); // 2000 + 2000 + 3000 + … + 8000
    /// assert_eq!(s.total(101), Err(FeeError::QuantityTooLarge { quantity: 101, max: 100 }));
    /// # Ok::<(), FeeError>(())
    /// ```
    pub fn with_max_quantity(mut self, max: u64) -> ProgressiveSchedule {
        self.max_quantity = max;
        self
    }

    /// The largest quantity the schedule accepts.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// assert_eq!(ProgressiveSchedule::per_item().with_max_quantity(50).max_quantity(), 50);
    /// ```
    pub fn max_quantity(&self) -> u64 {
        self.max_quantity
    }

    /// The method the schedule implements.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{FeeMethod, ProgressiveSchedule};
    /// assert_eq!(ProgressiveSchedule::per_volume().method(), FeeMethod::PerVolume);
    /// ```
    pub fn method(&self) -> FeeMethod {
        self.method
    }

    /// Units that are free.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// assert_eq!(ProgressiveSchedule::per_item().free_up_to(), 10);   // art. 4: 1–10 件 free
    /// assert_eq!(ProgressiveSchedule::per_volume().free_up_to(), 30); // art. 5: 1–30 pages free
    /// ```
    pub fn free_up_to(&self) -> u64 {
        self.free_up_to
    }

    fn check_quantity(&self, quantity: u64) -> Result<(), FeeError> {
        if quantity > self.max_quantity {
            Err(FeeError::QuantityTooLarge {
                quantity,
                max: self.max_quantity,
            })
        } else {
            Ok(())
        }
    }

    /// The fee for `quantity` units counted from the first, in closed form (independent of
    /// the band walk of [`ProgressiveSchedule::charge`], which must agree with it).
    ///
    /// # Errors
    /// [`FeeError::QuantityTooLarge`] above [`ProgressiveSchedule::max_quantity`];
    /// [`FeeError::AmountOverflow`] if the amount does not fit a decimal.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// assert_eq!(ProgressiveSchedule::per_item().total(30)?, 2000.into());
    /// assert!(ProgressiveSchedule::per_item().total(u64::MAX).is_err());
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn total(&self, quantity: u64) -> Result<Decimal, FeeError> {
        self.check_quantity(quantity)?;
        let overflow = || FeeError::AmountOverflow { quantity };
        let mut sum = Decimal::ZERO;
        let mut prev = self.free_up_to;
        for (to, rate) in &self.bands {
            if quantity <= prev {
                return Ok(sum);
            }
            let units = quantity.min(*to) - prev;
            sum = rate
                .checked_mul(Decimal::from(units))
                .and_then(|a| sum.checked_add(a))
                .ok_or_else(overflow)?;
            prev = *to;
        }
        if quantity <= prev {
            return Ok(sum);
        }
        let n = quantity - prev;
        let tail = match self.tail {
            Tail::Flat { rate } => rate.checked_mul(Decimal::from(n)),
            Tail::Stepped {
                width,
                first_rate,
                step,
            } => {
                // m full bands j = 0..m at first + j·step, then r units at first + m·step:
                // width·(m·first + step·m(m−1)/2) + r·(first + m·step).
                let m = n / width;
                let r = n % width;
                let tri = u128::from(m) * u128::from(m.saturating_sub(1)) / 2;
                let tri = i128::try_from(tri)
                    .ok()
                    .and_then(|t| Decimal::try_from_i128_with_scale(t, 0).ok());
                let dm = Decimal::from(m);
                let full = tri
                    .and_then(|t| step.checked_mul(t))
                    .and_then(|s| first_rate.checked_mul(dm).and_then(|f| f.checked_add(s)))
                    .and_then(|x| x.checked_mul(Decimal::from(width)));
                let part = step
                    .checked_mul(dm)
                    .and_then(|s| s.checked_add(first_rate))
                    .and_then(|rate| rate.checked_mul(Decimal::from(r)));
                full.zip(part).and_then(|(a, b)| a.checked_add(b))
            }
        };
        tail.and_then(|t| sum.checked_add(t)).ok_or_else(overflow)
    }

    /// The band that holds unit `pos` (1-based).
    fn band_containing(&self, pos: u64) -> Result<BandAt, FeeError> {
        if pos <= self.free_up_to {
            return Ok(BandAt {
                from: 1,
                to: Some(self.free_up_to),
                rate: Decimal::ZERO,
            });
        }
        let mut prev = self.free_up_to;
        for (to, rate) in &self.bands {
            if pos <= *to {
                return Ok(BandAt {
                    from: prev + 1,
                    to: Some(*to),
                    rate: *rate,
                });
            }
            prev = *to;
        }
        match self.tail {
            Tail::Flat { rate } => Ok(BandAt {
                from: prev + 1,
                to: None,
                rate,
            }),
            Tail::Stepped {
                width,
                first_rate,
                step,
            } => {
                let j = (pos - prev - 1) / width;
                // j·width ≤ pos − prev − 1, so `from` ≤ pos cannot overflow.
                let from = prev + j * width + 1;
                let to = from.checked_add(width - 1);
                let rate = step
                    .checked_mul(Decimal::from(j))
                    .and_then(|s| s.checked_add(first_rate))
                    .ok_or(FeeError::AmountOverflow { quantity: pos })?;
                Ok(BandAt { from, to, rate })
            }
        }
    }

    /// The fee for `quantity` units after `already` units were counted, with the band
    /// breakdown: units `already + 1 ..= already + quantity`.
    ///
    /// For `按件计收` this is what the applications numbered `already + 1 …` of the month pay;
    /// for `按量计收` `already` is normally 0 (pages are counted per application).
    ///
    /// # Errors
    /// [`FeeError::QuantityTooLarge`] if `already + quantity` is above
    /// [`ProgressiveSchedule::max_quantity`]; [`FeeError::AmountOverflow`] if an amount does
    /// not fit.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// let s = ProgressiveSchedule::per_item();
    /// // The 31st application of the month, split into 2 件, pays 2 × 200.
    /// let c = s.charge_after(30, 2)?;
    /// assert_eq!(c.amount, 400.into());
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn charge_after(&self, already: u64, quantity: u64) -> Result<Charge, FeeError> {
        let end = already
            .checked_add(quantity)
            .ok_or(FeeError::QuantityTooLarge {
                quantity: u64::MAX,
                max: self.max_quantity,
            })?;
        self.check_quantity(end)?;
        let mut bands = Vec::new();
        let mut amount = Decimal::ZERO;
        let mut pos = already;
        while pos < end {
            let band = self.band_containing(pos + 1)?;
            let last = band.to.map_or(end, |t| t.min(end));
            let units = last - pos;
            let part = band
                .rate
                .checked_mul(Decimal::from(units))
                .ok_or(FeeError::AmountOverflow { quantity: end })?;
            amount = amount
                .checked_add(part)
                .ok_or(FeeError::AmountOverflow { quantity: end })?;
            bands.push(BandCharge {
                band_from: band.from,
                band_to: band.to,
                units,
                rate: band.rate,
                amount: part,
            });
            pos = last;
        }
        Ok(Charge {
            method: self.method,
            already,
            quantity,
            amount,
            bands,
        })
    }

    /// The fee for `quantity` units counted from the first, with the band breakdown.
    ///
    /// # Errors
    /// As [`ProgressiveSchedule::charge_after`].
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::ProgressiveSchedule;
    /// let c = ProgressiveSchedule::per_volume().charge(150)?;
    /// assert_eq!(c.amount, 1700.into());
    /// let sum: rust_decimal::Decimal = c.bands.iter().map(|b| b.amount).sum();
    /// assert_eq!(sum, c.amount);
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn charge(&self, quantity: u64) -> Result<Charge, FeeError> {
        self.charge_after(0, quantity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_containing_walks_the_stepped_tail() {
        let s = ProgressiveSchedule::per_item();
        let b = s.band_containing(41).unwrap();
        assert_eq!((b.from, b.to, b.rate), (41, Some(50), Decimal::from(300)));
        let b = s.band_containing(40).unwrap();
        assert_eq!((b.from, b.to, b.rate), (31, Some(40), Decimal::from(200)));
        let b = s.band_containing(3).unwrap();
        assert_eq!((b.from, b.to, b.rate), (1, Some(10), Decimal::ZERO));
    }

    #[test]
    fn invalid_schedules_are_refused() {
        let e = ProgressiveSchedule::new(
            FeeMethod::PerItem,
            10,
            &[],
            Tail::Stepped {
                width: 0,
                first_rate: Decimal::ONE,
                step: Decimal::ONE,
            },
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid fee schedule: a stepped tail needs a band width of at least 1"
        );
        assert!(ProgressiveSchedule::new(
            FeeMethod::PerItem,
            0,
            &[(5, Decimal::NEGATIVE_ONE)],
            Tail::Flat { rate: Decimal::ONE }
        )
        .is_err());
    }

    #[test]
    fn zero_free_quantity_has_no_empty_free_band() {
        let s = ProgressiveSchedule::new(
            FeeMethod::PerVolume,
            0,
            &[],
            Tail::Flat {
                rate: Decimal::from(3),
            },
        )
        .unwrap();
        let c = s.charge(4).unwrap();
        assert_eq!(c.bands.len(), 1);
        assert_eq!(c.amount, Decimal::from(12));
    }
}
