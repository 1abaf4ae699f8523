//! One applicant's applications in one calendar month (`自然月`, 国办函〔2020〕109号 art. 4),
//! each charged by one method, and what each pays.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::fee::schedule::{Charge, ProgressiveSchedule};
use crate::fee::{FeeBasis, FeeError, FeeMethod};

/// How one application is charged: by `件` or by pages, never both (国办函〔2020〕109号
/// art. 3). The type makes "both" unrepresentable.
///
/// # Example
/// ```
/// use zfxxgk::fee::{Charging, FeeMethod};
/// assert_eq!(Charging::PerItem { items: 3 }.method(), FeeMethod::PerItem);
/// assert_eq!(Charging::PerVolume { pages: 150 }.method(), FeeMethod::PerVolume);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "method")]
#[non_exhaustive]
pub enum Charging {
    /// `按件计收` (art. 4). `items` is the number of `件` the application counts as after the
    /// caller split it into its smallest reasonable units (`一事一申请`); at least 1.
    PerItem {
        /// 件 this application counts as.
        items: u64,
    },
    /// `按量计收` (art. 5): the pages the applicant asked for (paper, e-mail or copies of
    /// electronic data; the conversion of electronic data and non-A4 paper into pages is
    /// UNCONFIRMED and left to the caller).
    PerVolume {
        /// Pages provided.
        pages: u64,
    },
}

impl Charging {
    /// The method.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{Charging, FeeMethod};
    /// assert_eq!(Charging::PerVolume { pages: 40 }.method(), FeeMethod::PerVolume);
    /// ```
    pub fn method(self) -> FeeMethod {
        match self {
            Charging::PerItem { .. } => FeeMethod::PerItem,
            Charging::PerVolume { .. } => FeeMethod::PerVolume,
        }
    }
}

/// Whose applications share one monthly counter (UNCONFIRMED, DOMAIN.md §4.2).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::fee::{assess_month, Charging, CounterScope, FeePolicy, MonthApplication};
/// let d = NaiveDate::from_ymd_opt(2024, 3, 4).unwrap();
/// // 6 件 to each of two agencies in one month: 12 in all.
/// let apps: Vec<_> = ["甲局", "乙局"].iter()
///     .map(|a| MonthApplication::new(*a, *a, d, Charging::PerItem { items: 6 }))
///     .collect();
/// let per_agency = assess_month(&FeePolicy::default(), &apps)?;
/// assert_eq!(per_agency[1].charge.amount, 0.into()); // places 1–6 at 乙局
/// let all = FeePolicy::default().with_scope(CounterScope::AllAgencies);
/// assert_eq!(assess_month(&all, &apps)?[1].charge.amount, 200.into()); // places 7–12
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CounterScope {
    /// One counter per agency: an applicant's 11th application *to this agency* in the month
    /// is the first charged one. The natural reading (each agency charges for itself).
    #[default]
    PerAgency,
    /// One counter across all agencies in the batch.
    AllAgencies,
}

impl CounterScope {
    /// The serialized id (`per_agency`, `all_agencies`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::CounterScope;
    /// assert_eq!(CounterScope::AllAgencies.id(), "all_agencies");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            CounterScope::PerAgency => "per_agency",
            CounterScope::AllAgencies => "all_agencies",
        }
    }

    /// In Chinese: one count per agency (`按机关分别计数`) or one across agencies
    /// (`跨机关合并计数`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::CounterScope;
    /// assert_eq!(CounterScope::PerAgency.label(), "按机关分别计数");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            CounterScope::PerAgency => "按机关分别计数",
            CounterScope::AllAgencies => "跨机关合并计数",
        }
    }
}

crate::vocab::vocabulary!(CounterScope, "counter scope", [PerAgency, AllAgencies]);

/// Which applications take a place in the month's `按件计收` count (an interpretation of this
/// crate; art. 4 says the per-item method applies to all types of handling decision).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::fee::{assess_month, Charging, FeePolicy, MonthApplication, MonthCounting};
/// let d = |day| NaiveDate::from_ymd_opt(2024, 3, day).unwrap();
/// let mut apps = vec![MonthApplication::new("V", "某局", d(1), Charging::PerVolume { pages: 10 })];
/// apps.extend((2..=11).map(|i| MonthApplication::new(format!("A{i}"), "某局", d(i), Charging::PerItem { items: 1 })));
/// // By default the volume application takes place 1, so A11 is the 11th and pays.
/// assert_eq!(assess_month(&FeePolicy::default(), &apps)?[10].charge.amount, 100.into());
/// let p = FeePolicy::default().with_counting(MonthCounting::PerItemOnly);
/// assert_eq!(assess_month(&p, &apps)?[10].charge.amount, 0.into());
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MonthCounting {
    /// Every application of the month counts, an application charged by volume as one place.
    #[default]
    AllApplications,
    /// Only applications charged per item count.
    PerItemOnly,
}

impl MonthCounting {
    /// The serialized id (`all_applications`, `per_item_only`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::MonthCounting;
    /// assert_eq!(MonthCounting::PerItemOnly.id(), "per_item_only");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            MonthCounting::AllApplications => "all_applications",
            MonthCounting::PerItemOnly => "per_item_only",
        }
    }

    /// In Chinese: every application of the month counts (`全部申请计数`) or only those
    /// charged per item (`仅按件计收的申请计数`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::MonthCounting;
    /// assert_eq!(MonthCounting::AllApplications.label(), "全部申请计数");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            MonthCounting::AllApplications => "全部申请计数",
            MonthCounting::PerItemOnly => "仅按件计收的申请计数",
        }
    }
}

crate::vocab::vocabulary!(
    MonthCounting,
    "month counting",
    [AllApplications, PerItemOnly]
);

/// The schedules and the UNCONFIRMED choices used to assess a month.
///
/// # Example
/// ```
/// use zfxxgk::fee::{CounterScope, FeePolicy};
/// let p = FeePolicy::default();
/// assert_eq!(p.scope, CounterScope::PerAgency);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeePolicy {
    /// The `按件计收` schedule (art. 4).
    pub per_item: ProgressiveSchedule,
    /// The `按量计收` schedule (art. 5).
    pub per_volume: ProgressiveSchedule,
    /// Whose applications share the monthly counter.
    pub scope: CounterScope,
    /// Which applications take a place in the count.
    pub counting: MonthCounting,
}

impl Default for FeePolicy {
    fn default() -> FeePolicy {
        FeePolicy {
            per_item: ProgressiveSchedule::per_item(),
            per_volume: ProgressiveSchedule::per_volume(),
            scope: CounterScope::default(),
            counting: MonthCounting::default(),
        }
    }
}

impl FeePolicy {
    /// The same policy with another counter scope.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{CounterScope, FeePolicy};
    /// let p = FeePolicy::default().with_scope(CounterScope::AllAgencies);
    /// assert_eq!(p.scope, CounterScope::AllAgencies);
    /// ```
    pub fn with_scope(mut self, scope: CounterScope) -> FeePolicy {
        self.scope = scope;
        self
    }

    /// The same policy with another counting choice.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{FeePolicy, MonthCounting};
    /// let p = FeePolicy::default().with_counting(MonthCounting::PerItemOnly);
    /// assert_eq!(p.counting, MonthCounting::PerItemOnly);
    /// ```
    pub fn with_counting(mut self, counting: MonthCounting) -> FeePolicy {
        self.counting = counting;
        self
    }

    /// The same policy with another per-item schedule.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::fee::{FeePolicy, PerItemRates, ProgressiveSchedule};
    /// let stricter = PerItemRates { free_up_to: 5, ..PerItemRates::NATIONAL };
    /// let p = FeePolicy::default().with_per_item(ProgressiveSchedule::per_item_with(stricter)?);
    /// assert_eq!(p.per_item.free_up_to(), 5);
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn with_per_item(mut self, schedule: ProgressiveSchedule) -> FeePolicy {
        self.per_item = schedule;
        self
    }
}

/// One application of the month, as the agency recorded it.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::fee::{Charging, MonthApplication};
/// let a = MonthApplication::new("2024-031", "某局", NaiveDate::from_ymd_opt(2024, 3, 5).unwrap(),
///     Charging::PerVolume { pages: 150 });
/// assert_eq!(a.id, "2024-031");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MonthApplication {
    /// The application's id (the agency's register number).
    pub id: String,
    /// The agency that received it.
    pub agency: String,
    /// The day it was received.
    pub received: NaiveDate,
    /// How it is charged.
    pub charging: Charging,
}

impl MonthApplication {
    /// An application record.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::fee::{Charging, MonthApplication};
    /// let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
    /// let a = MonthApplication::new("2024-032", "某局", d, Charging::PerItem { items: 2 });
    /// assert_eq!((a.agency.as_str(), a.received), ("某局", d));
    /// ```
    pub fn new(
        id: impl Into<String>,
        agency: impl Into<String>,
        received: NaiveDate,
        charging: Charging,
    ) -> MonthApplication {
        MonthApplication {
            id: id.into(),
            agency: agency.into(),
            received,
            charging,
        }
    }
}

/// What one application of the month pays, and why.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::fee::{assess_month, Charging, FeeBasis, FeePolicy, MonthApplication};
/// let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
/// let fees = assess_month(&FeePolicy::default(),
///     &[MonthApplication::new("A1", "某局", d, Charging::PerVolume { pages: 31 })])?;
/// assert_eq!(fees[0].charge.amount, 10.into()); // page 31 at 10元
/// assert_eq!(fees[0].places, Some((1, 1)));
/// assert_eq!(fees[0].basis, [FeeBasis::Regulation2019Art42, FeeBasis::MeasuresArt3, FeeBasis::MeasuresArt5]);
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApplicationFee {
    /// The application's id.
    pub id: String,
    /// The agency.
    pub agency: String,
    /// The month's places it took in its counter, first and last (1-based), if it counts.
    pub places: Option<(u64, u64)>,
    /// The charge with its band breakdown (`charge.amount` is the fee in 元).
    pub charge: Charge,
    /// The legal basis: 2019 art. 42, the measures' art. 3 and the method's article.
    pub basis: Vec<FeeBasis>,
}

impl ApplicationFee {
    /// The method the application was charged by.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use zfxxgk::fee::{assess_month, Charging, FeeMethod, FeePolicy, MonthApplication};
    /// let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
    /// let fees = assess_month(&FeePolicy::default(),
    ///     &[MonthApplication::new("A1", "某局", d, Charging::PerItem { items: 1 })])?;
    /// assert_eq!(fees[0].method(), FeeMethod::PerItem);
    /// # Ok::<(), zfxxgk::FeeError>(())
    /// ```
    pub fn method(&self) -> FeeMethod {
        self.charge.method
    }
}

/// Assesses one applicant's applications received in one calendar month: each application's
/// fee, method and basis.
///
/// For `按件计收` the applications are numbered in order of receipt (ties keep the order
/// given) within their counter ([`CounterScope`]); an application counting `k` 件 at places
/// `n+1 … n+k` pays the band rate of each of those places (国办函〔2020〕109号 art. 4). An
/// application charged `按量计收` pays for its own pages (art. 5) and, under
/// [`MonthCounting::AllApplications`], still takes one place in the count. Results are in
/// the order given. The caller makes sure all applications are one applicant's.
///
/// # Errors
/// [`FeeError::NotOneMonth`] if the applications are not all from one calendar month;
/// [`FeeError::ZeroItems`] for a per-item application of 0 件; the schedule's errors for
/// quantities above its maximum.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use zfxxgk::fee::{assess_month, Charging, FeePolicy, MonthApplication};
/// let d = |day| NaiveDate::from_ymd_opt(2024, 3, day).unwrap();
/// let apps: Vec<_> = (1..=12)
///     .map(|i| MonthApplication::new(format!("A{i}"), "某局", d(i as u32), Charging::PerItem { items: 1 }))
///     .collect();
/// let fees = assess_month(&FeePolicy::default(), &apps)?;
/// assert_eq!(fees[9].charge.amount, 0.into());   // the 10th is free
/// assert_eq!(fees[10].charge.amount, 100.into()); // the 11th pays 100元
/// assert_eq!(fees[11].places, Some((12, 12)));
/// # Ok::<(), zfxxgk::FeeError>(())
/// ```
pub fn assess_month(
    policy: &FeePolicy,
    applications: &[MonthApplication],
) -> Result<Vec<ApplicationFee>, FeeError> {
    let Some(first) = applications.first() else {
        return Ok(Vec::new());
    };
    let (year, month) = (first.received.year(), first.received.month());
    for a in applications {
        if (a.received.year(), a.received.month()) != (year, month) {
            return Err(FeeError::NotOneMonth {
                application: a.id.clone(),
                received: a.received,
                year,
                month,
            });
        }
        if a.charging == (Charging::PerItem { items: 0 }) {
            return Err(FeeError::ZeroItems {
                application: a.id.clone(),
            });
        }
    }
    let mut order: Vec<usize> = (0..applications.len()).collect();
    order.sort_by_key(|&i| applications.get(i).map(|a| a.received));

    let mut counters: BTreeMap<&str, u64> = BTreeMap::new();
    let mut out: Vec<Option<ApplicationFee>> = vec![None; applications.len()];
    for i in order {
        let Some(a) = applications.get(i) else {
            continue;
        };
        let key = match policy.scope {
            CounterScope::PerAgency => a.agency.as_str(),
            CounterScope::AllAgencies => "",
        };
        let counter = counters.entry(key).or_insert(0);
        let already = *counter;
        let takes = match (a.charging, policy.counting) {
            (Charging::PerItem { items }, _) => items,
            (Charging::PerVolume { .. }, MonthCounting::AllApplications) => 1,
            (Charging::PerVolume { .. }, MonthCounting::PerItemOnly) => 0,
        };
        let end = already
            .checked_add(takes)
            .ok_or_else(|| FeeError::CountOverflow {
                application: a.id.clone(),
            })?;
        *counter = end;
        let charge = match a.charging {
            Charging::PerItem { items } => policy.per_item.charge_after(already, items)?,
            Charging::PerVolume { pages } => policy.per_volume.charge(pages)?,
        };
        let places = (takes > 0).then(|| (already + 1, end));
        let basis = vec![
            FeeBasis::Regulation2019Art42,
            FeeBasis::MeasuresArt3,
            a.charging.method().basis(),
        ];
        if let Some(slot) = out.get_mut(i) {
            *slot = Some(ApplicationFee {
                id: a.id.clone(),
                agency: a.agency.clone(),
                places,
                charge,
                basis,
            });
        }
    }
    Ok(out.into_iter().flatten().collect())
}
