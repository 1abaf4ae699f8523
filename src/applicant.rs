//! The applicant columns of the §3 table (`申请人情况`), DOMAIN.md §2.4.
//!
//! The 2019 and 2021 formats split applicants into `自然人` and five kinds of
//! `法人或其他组织`, followed by `总计`: 7 numeric columns.

use serde::{Deserialize, Serialize};

use crate::vocab::UnknownId;

macro_rules! applicant_kinds {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $label:literal; )*) => {
        /// Who applied: one of the six applicant columns of the §3 table (`申请人情况`).
        ///
        /// Serialized ids are fixed (ARCHITECTURE.md); the Chinese label is `label()`.
        ///
        /// # Example
        /// ```
        /// use zfxxgk::ApplicantKind;
        /// assert_eq!(ApplicantKind::CommercialEnterprise.label(), "商业企业");
        /// assert_eq!(
        ///     ApplicantKind::from_id("legal_service_org"),
        ///     Some(ApplicantKind::LegalServiceOrg)
        /// );
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum ApplicantKind {
            $( $(#[$doc])* #[serde(rename = $id)] $variant, )*
        }

        impl ApplicantKind {
            /// All six kinds, in table order.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::ApplicantKind;
            /// assert_eq!(ApplicantKind::ALL[0], ApplicantKind::NaturalPerson);
            /// assert_eq!(ApplicantKind::ALL.iter().filter(|k| k.is_legal_person()).count(), 5);
            /// ```
            pub const ALL: [ApplicantKind; 6] = [$(ApplicantKind::$variant),*];

            /// The serialized id (`natural_person`, …).
            ///
            /// # Example
            /// ```
            /// use zfxxgk::ApplicantKind;
            /// assert_eq!(ApplicantKind::NaturalPerson.id(), "natural_person");
            /// assert_eq!(ApplicantKind::OtherOrg.to_string(), "other_org");
            /// ```
            pub fn id(self) -> &'static str {
                match self { $(ApplicantKind::$variant => $id,)* }
            }

            /// The exact column label of the format.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::ApplicantKind;
            /// assert_eq!(ApplicantKind::ResearchInstitution.label(), "科研机构");
            /// assert_eq!(ApplicantKind::OtherOrg.label(), "其他");
            /// ```
            pub fn label(self) -> &'static str {
                match self { $(ApplicantKind::$variant => $label,)* }
            }

            /// Parses a serialized id.
            ///
            /// # Example
            /// ```
            /// use zfxxgk::ApplicantKind;
            /// assert_eq!(
            ///     ApplicantKind::from_id("research_institution"),
            ///     Some(ApplicantKind::ResearchInstitution)
            /// );
            /// assert_eq!(ApplicantKind::from_id("自然人"), None);
            /// ```
            pub fn from_id(id: &str) -> Option<ApplicantKind> {
                match id { $($id => Some(ApplicantKind::$variant),)* _ => None }
            }
        }
    };
}

applicant_kinds! {
    /// `自然人`: a natural person.
    NaturalPerson = "natural_person", "自然人";
    /// `商业企业`: a commercial enterprise (under `法人或其他组织`).
    CommercialEnterprise = "commercial_enterprise", "商业企业";
    /// `科研机构`: a research institution.
    ResearchInstitution = "research_institution", "科研机构";
    /// `社会公益组织`: a public-interest organisation.
    PublicInterestOrg = "public_interest_org", "社会公益组织";
    /// `法律服务机构`: a legal-service organisation.
    LegalServiceOrg = "legal_service_org", "法律服务机构";
    /// `其他` (under `法人或其他组织`): another organisation.
    OtherOrg = "other_org", "其他";
}

impl ApplicantKind {
    /// Whether the kind belongs to `法人或其他组织` (legal persons and other organisations).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ApplicantKind;
    /// assert!(!ApplicantKind::NaturalPerson.is_legal_person());
    /// assert!(ApplicantKind::OtherOrg.is_legal_person());
    /// ```
    pub fn is_legal_person(self) -> bool {
        self != ApplicantKind::NaturalPerson
    }
}

crate::vocab::vocabulary!(ApplicantKind, "applicant kind", all = &ApplicantKind::ALL);

/// A column of the §3 table: one of the six applicant kinds or `总计` (total).
///
/// Identity H3 (DOMAIN.md §2.7): `总计 = 自然人 + Σ 法人或其他组织`.
///
/// # Example
/// ```
/// use zfxxgk::{ApplicantKind, RequestColumn};
/// assert_eq!(RequestColumn::ALL.len(), 7);
/// assert_eq!(RequestColumn::Total.id(), "total");
/// assert_eq!(RequestColumn::from(ApplicantKind::NaturalPerson).index(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
#[non_exhaustive]
pub enum RequestColumn {
    /// A column for one applicant kind.
    Applicant(ApplicantKind),
    /// `总计`: the row total.
    Total,
}

impl RequestColumn {
    /// The seven columns in table order.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ApplicantKind, RequestColumn};
    /// assert_eq!(RequestColumn::ALL[0], RequestColumn::Applicant(ApplicantKind::NaturalPerson));
    /// assert_eq!(RequestColumn::ALL[6], RequestColumn::Total);
    /// ```
    pub const ALL: [RequestColumn; 7] = [
        RequestColumn::Applicant(ApplicantKind::NaturalPerson),
        RequestColumn::Applicant(ApplicantKind::CommercialEnterprise),
        RequestColumn::Applicant(ApplicantKind::ResearchInstitution),
        RequestColumn::Applicant(ApplicantKind::PublicInterestOrg),
        RequestColumn::Applicant(ApplicantKind::LegalServiceOrg),
        RequestColumn::Applicant(ApplicantKind::OtherOrg),
        RequestColumn::Total,
    ];

    /// Position in the table, 0..=6.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ApplicantKind, RequestColumn};
    /// assert_eq!(RequestColumn::Applicant(ApplicantKind::LegalServiceOrg).index(), 4);
    /// assert_eq!(RequestColumn::Total.index(), 6);
    /// ```
    pub fn index(self) -> usize {
        match self {
            RequestColumn::Applicant(k) => k as usize,
            RequestColumn::Total => 6,
        }
    }

    /// The column at a position, 0..=6.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::RequestColumn;
    /// assert_eq!(RequestColumn::from_index(6), Some(RequestColumn::Total));
    /// assert_eq!(RequestColumn::from_index(7), None);
    /// ```
    pub fn from_index(i: usize) -> Option<RequestColumn> {
        RequestColumn::ALL.get(i).copied()
    }

    /// The serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ApplicantKind, RequestColumn};
    /// assert_eq!(
    ///     RequestColumn::Applicant(ApplicantKind::CommercialEnterprise).id(),
    ///     "commercial_enterprise"
    /// );
    /// assert_eq!(RequestColumn::Total.id(), "total");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            RequestColumn::Applicant(k) => k.id(),
            RequestColumn::Total => "total",
        }
    }

    /// The exact column label (`总计` for the total).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ApplicantKind, RequestColumn};
    /// assert_eq!(RequestColumn::Applicant(ApplicantKind::NaturalPerson).label(), "自然人");
    /// assert_eq!(RequestColumn::Total.label(), "总计");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            RequestColumn::Applicant(k) => k.label(),
            RequestColumn::Total => "总计",
        }
    }

    /// Parses a serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ApplicantKind, RequestColumn};
    /// assert_eq!(RequestColumn::from_id("total"), Some(RequestColumn::Total));
    /// assert_eq!(
    ///     RequestColumn::from_id("natural_person"),
    ///     Some(RequestColumn::Applicant(ApplicantKind::NaturalPerson))
    /// );
    /// assert_eq!(RequestColumn::from_id("总计"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<RequestColumn> {
        if id == "total" {
            Some(RequestColumn::Total)
        } else {
            ApplicantKind::from_id(id).map(RequestColumn::Applicant)
        }
    }
}

impl From<ApplicantKind> for RequestColumn {
    fn from(k: ApplicantKind) -> Self {
        RequestColumn::Applicant(k)
    }
}

impl From<RequestColumn> for &'static str {
    fn from(c: RequestColumn) -> Self {
        c.id()
    }
}

impl TryFrom<String> for RequestColumn {
    type Error = UnknownId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

crate::vocab::vocabulary!(RequestColumn, "§3 column", all = &RequestColumn::ALL);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for c in RequestColumn::ALL {
            assert_eq!(RequestColumn::from_id(c.id()), Some(c));
            assert_eq!(RequestColumn::from_index(c.index()), Some(c));
        }
        assert_eq!(RequestColumn::from_id("nobody"), None);
    }
}
