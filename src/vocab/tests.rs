//! Every vocabulary of the crate keeps the contract, and serializes as its id.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::Vocabulary;
use crate::aggregate::{CellIssue, Role};
use crate::applicant::{ApplicantKind, RequestColumn};
use crate::deadline::{Channel, ConsultationKind, StepKind};
use crate::fee::{
    CostFeeItem, CostUnit, CounterScope, FeeBasis, FeeMethod, Medium, MonthCounting, PaperSize,
    PrintColour,
};
use crate::finding::{Severity, Status};
use crate::law::{ArticleRef, Edition, ReportFormat, Template};
use crate::outcome::{Fit, Outcome, OutcomeGroup, RequestRow};
use crate::parse::{Encoding, InputKind};
use crate::render::Layout;
use crate::report::fees::FeeRegime;
use crate::report::{
    ActiveColumn, ActiveKind, ActiveRow, AgencyLevel, AppealColumn, AppealGroup, Approx, Breakdown,
    Identity, LegacyChannel, MeasureKind, MoneyUnit, Period, Reading, Scope, SectionKind, TableId,
    Unit,
};

/// The contract: ids unique, ASCII (letters, digits, `_`, `-`), parsed back by `FromStr`,
/// `TryFrom<&str>` and `from_id`, printed as themselves; labels non-empty; an unknown id
/// refused with the list of the valid ones.
pub(crate) fn holds<T: Vocabulary + for<'a> TryFrom<&'a str, Error = super::UnknownId>>() {
    let mut ids: Vec<&str> = T::ALL.iter().map(|v| v.id()).collect();
    assert!(!ids.is_empty(), "{}", T::KIND);
    for v in T::ALL {
        let id = v.id();
        assert!(
            !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'),
            "{} id `{id}`",
            T::KIND
        );
        assert_eq!(id.parse::<T>().ok(), Some(*v), "{} `{id}`", T::KIND);
        assert_eq!(T::try_from(id).ok(), Some(*v), "{} `{id}`", T::KIND);
        assert_eq!(T::from_id(id), Some(*v), "{} `{id}`", T::KIND);
        assert_eq!(v.to_string(), id);
        assert!(!v.label().is_empty(), "{} `{id}` has no label", T::KIND);
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), T::ALL.len(), "{}: duplicate id", T::KIND);
    let e = "no such id".parse::<T>().unwrap_err();
    assert_eq!(e.valid().len(), T::ALL.len());
    assert_eq!((e.kind(), e.given()), (T::KIND, "no such id"));
    assert!(e.to_string().contains(T::ALL[0].id()), "{e}");
}

/// The serde form of every value is its id, and the id deserializes to the value.
fn serializes_as_id<T: Vocabulary + Serialize + DeserializeOwned>() {
    for v in T::ALL {
        let json = serde_json::to_value(v).expect("serializes");
        assert_eq!(
            json,
            serde_json::Value::String(v.id().to_string()),
            "{}",
            T::KIND
        );
        let back: T = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, *v);
    }
}

macro_rules! vocabularies {
    (serialized: $($s:ty),* ; unserialized: $($u:ty),* $(;)?) => {
        #[test]
        fn every_vocabulary_keeps_the_contract() {
            $(holds::<$s>();)*
            $(holds::<$u>();)*
        }

        #[test]
        fn every_serialized_vocabulary_serializes_as_its_id() {
            $(serializes_as_id::<$s>();)*
        }

        const LISTED: &[&str] = &[$(stringify!($s),)* $(stringify!($u),)*];
    };
}

vocabularies! {
    serialized:
        ApplicantKind, RequestColumn, Outcome, OutcomeGroup, RequestRow, Fit,
        AppealGroup, AppealColumn, ActiveRow, ActiveColumn, MoneyUnit,
        Template, ReportFormat, Edition, TableId, Identity, Severity, Status,
        SectionKind, AgencyLevel, MeasureKind, Unit, Approx, Reading, Scope,
        LegacyChannel, Period, Breakdown, FeeRegime, FeeBasis, FeeMethod,
        CostFeeItem, Medium, PaperSize, PrintColour, CounterScope, MonthCounting,
        Channel, ConsultationKind, StepKind, CellIssue, InputKind, Encoding;
    // No serde form (ActiveKind, Role, Layout), or one that is not the id: a cost-fee unit
    // serializes as the tagged object `{"per": "page", "size": "a4", "colour": "colour"}`.
    unserialized: ActiveKind, Role, Layout, CostUnit;
}

#[test]
fn cost_units_keep_their_tagged_serde_form() {
    let u = CostUnit::Page {
        size: PaperSize::A4,
        colour: PrintColour::Colour,
    };
    assert_eq!(
        serde_json::to_string(&u).unwrap(),
        r#"{"per":"page","size":"a4","colour":"colour"}"#
    );
    assert_eq!("page_a4_colour".parse::<CostUnit>(), Ok(u));
}

#[test]
fn fee_bases_cite_the_articles_as_article_refs_do() {
    for b in <FeeBasis as Vocabulary>::ALL {
        if let Some(a) = b.article() {
            assert_eq!(b.label(), a.label(), "{b}");
        }
    }
    assert_eq!(
        FeeBasis::Regulation2019Art42.article(),
        Some(ArticleRef::new(Edition::V2019, 42))
    );
}

#[test]
fn request_rows_list_every_row_of_both_templates() {
    for t in Template::ALL {
        for r in RequestRow::rows(t) {
            assert!(RequestRow::ALL.contains(r), "{r}");
        }
    }
    assert_eq!(RequestRow::ALL.len(), 4 + Outcome::ALL.len());
}

#[test]
fn the_error_names_the_kind_and_every_valid_id() {
    let e = "recieved".parse::<RequestRow>().unwrap_err();
    assert!(e.to_string().starts_with(
        "unknown §3 row `recieved`: expected one of received, carried_in, disclosed,"
    ));
    assert!(e.to_string().ends_with("total_processed, carried_forward"));
    let e = RequestColumn::try_from("总计".to_string()).unwrap_err();
    assert_eq!(e.kind(), "§3 column");
    // Serde reports the same error for a bad id in JSON.
    let e = serde_json::from_str::<RequestRow>(r#""total""#).unwrap_err();
    assert!(
        e.to_string()
            .contains("unknown §3 row `total`: expected one of"),
        "{e}"
    );
}

/// The public enums that are not vocabularies, and why: each value carries data (a number, a
/// date, text, a cell), so there is no closed list of values to parse ids into.
const NOT_VOCABULARIES: &[&str] = &[
    // Errors.
    "AggregateError",
    "BatchError",
    "CalendarError",
    "DeadlineError",
    "Error",
    "FeeError",
    "ModelError",
    "ParseError",
    // Values with data.
    "ActiveCell",
    "Basis",
    "Cell",
    "CellRef",
    "Charging",
    "Check",
    "ClaimKind",
    "ExtraRow",
    "FeeClaimKind",
    "Indicator",
    "Input",
    "JsonInteger",
    "LegacyOutcome",
    "MappedTo",
    "Quantity",
    "Tail",
    "Timeframe",
    "UnplacedReason",
    "WaiverGround",
    // Ids of several vocabularies at once, read against a table (`total` is a §3 and a §4
    // column): `RowId::parse(table, id)`, `ColumnId::parse(table, id)`.
    "ColumnId",
    "RowId",
];

/// Every `pub enum` of the crate's source is a vocabulary listed above or named in
/// [`NOT_VOCABULARIES`]: a new id enum cannot be added without the contract.
#[test]
fn every_public_enum_is_a_vocabulary_or_says_why_not() {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let path = e.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for line in text.lines() {
                    let Some(rest) = line.trim_start().strip_prefix("pub enum ") else {
                        continue;
                    };
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.push(name);
                    }
                }
            }
        }
    }
    let mut enums = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut enums,
    );
    assert!(enums.len() > 40, "found {enums:?}");
    for e in enums {
        assert!(
            LISTED.contains(&e.as_str()) || NOT_VOCABULARIES.contains(&e.as_str()),
            "pub enum {e} is neither a vocabulary nor listed in NOT_VOCABULARIES"
        );
    }
}
