//! Exact texts of the model, parse and aggregation errors, and of the top-level [`Error`] that
//! wraps them. Each error is built through the public API with bad input where the API can
//! produce it; every text names the input (row, column, value, size, year) and the reason.

use zfxxgk::aggregate::Rollup;
use zfxxgk::aggregate::{AggregateError, CellIssue, SeriesPoint};
use zfxxgk::parse::{parse, parse_with, ParseOptions, MAX_INPUT_BYTES};
use zfxxgk::report::{ActiveCell, Amount, Fit};
use zfxxgk::{
    ActiveColumn, ActiveRow, ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable,
    Cell, Error, ModelError, Outcome, ParseError, ReportFormat, RequestColumn, RequestRow,
    RequestTable, Template,
};

// ---------------------------------------------------------------- ModelError

#[test]
fn row_not_in_template_names_the_row_and_the_template() {
    let mut t19 = RequestTable::new(Template::Std2019);
    let e = t19
        .set(
            RequestRow::Outcome(Outcome::OtherFeeUnpaid),
            RequestColumn::Applicant(zfxxgk::ApplicantKind::NaturalPerson),
            Cell::Value(1),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "row `other_fee_unpaid` does not exist in the std2019 template"
    );

    let mut t21 = RequestTable::new(Template::Std2021);
    let e = t21
        .set_row(
            RequestRow::Outcome(Outcome::OtherHandling),
            Default::default(),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "row `other_handling` does not exist in the std2021 template"
    );
    assert!(matches!(e, ModelError::RowNotInTemplate { .. }));
}

#[test]
fn cell_not_in_template_names_row_column_and_template() {
    // The 2021 §2 table has no 政府集中采购 row.
    let mut t = ActiveTable::new(Template::Std2021);
    let e = t
        .set(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementItems,
            ActiveCell::Count(Cell::Value(1)),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "cell `procurement`/`procurement_items` does not exist in the std2021 §2 template"
    );
    assert!(matches!(e, ModelError::CellNotInTemplate { .. }));

    // 行政许可 has no 本年增/减 column in 2021; set_text reports the same.
    let e = t
        .set_text(ActiveRow::Licensing, ActiveColumn::Change, "+1")
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "cell `licensing`/`change` does not exist in the std2021 §2 template"
    );
}

#[test]
fn wrong_cell_kind_names_the_column_and_what_it_takes() {
    let mut t = ActiveTable::new(Template::Std2019);
    let e = t
        .set(
            ActiveRow::Licensing,
            ActiveColumn::Change,
            ActiveCell::Count(Cell::Value(1)),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "column `change` takes a signed change, and the cell given is another kind of value"
    );
    assert!(matches!(e, ModelError::WrongCellKind { column: "change" }));

    let e = t
        .set(
            ActiveRow::Licensing,
            ActiveColumn::Decisions,
            ActiveCell::Signed(Cell::Value(-1)),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "column `decisions` takes a count, and the cell given is another kind of value"
    );

    let e = t
        .set(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementAmount,
            ActiveCell::Count(Cell::Value(5)),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "column `procurement_amount` takes a money amount, and the cell given is another kind of value"
    );
}

#[test]
fn bad_value_names_the_text_and_the_expected_form() {
    let e = "一万元".parse::<Amount>().unwrap_err();
    assert_eq!(
        e.to_string(),
        "`一万元` is not an amount: expected a number, optionally followed by 元 or 万元"
    );
    assert_eq!(e, ModelError::BadValue("一万元".to_string()));

    let e = "12,5 万元".parse::<Amount>().unwrap_err();
    assert_eq!(
        e.to_string(),
        "`12,5 万元` is not an amount: expected a number, optionally followed by 元 or 万元"
    );
    // The good forms parse.
    assert!("1.5万元".parse::<Amount>().is_ok());
    assert!("250元".parse::<Amount>().is_ok());
}

// ---------------------------------------------------------------- ParseError

#[test]
fn too_large_names_the_size_and_the_maximum() {
    let big = "报".repeat(MAX_INPUT_BYTES / 3 + 1); // 3 bytes a character
    let size = big.len();
    let expected = format!("input is {size} bytes, more than the maximum of 16777216 bytes");
    assert_eq!(parse(&big).unwrap_err().to_string(), expected);
    assert_eq!(
        parse_with(&big, &ParseOptions::with_format(ReportFormat::Legacy))
            .unwrap_err()
            .to_string(),
        expected
    );
    assert_eq!(
        zfxxgk::audit_text(&big).unwrap_err(),
        ParseError::TooLarge {
            size,
            max: MAX_INPUT_BYTES
        }
    );
}

// ---------------------------------------------------------------- AggregateError

#[test]
fn overflow_names_the_year_and_the_row() {
    let row = RequestRow::Outcome(Outcome::UnavailableNotHeld);
    let e = SeriesPoint::from_mapped(
        2016,
        [(row, u64::MAX - 1, Fit::Good), (row, 2, Fit::Partial)],
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "year 2016, row `unavailable_not_held`: the figures add up to more than 18446744073709551615, the largest count"
    );
    assert!(matches!(e, AggregateError::Overflow { .. }));
}

/// A rollup does not fail: a cell that cannot be summed holds `Cell::Invalid` with the reason
/// and is listed in `Rollup::notes`. These are the reason texts.
#[test]
fn rollup_cell_reasons() {
    let g = AppealGroup::Reconsideration;
    let report = |upheld: Cell<u64>| {
        let mut r = AnnualReport::new(ReportFormat::Std2021);
        let mut t = AppealsTable::default();
        t.set(g, AppealColumn::Upheld, upheld);
        r.tables.appeals = Some(t);
        r
    };
    let (max, one, bad) = (
        report(Cell::Value(u64::MAX)),
        report(Cell::Value(1)),
        report(Cell::Invalid("二十".into())),
    );

    let overflow = Rollup::of([&max, &one]);
    let cell = overflow
        .tables()
        .appeals
        .unwrap()
        .get(g, AppealColumn::Upheld)
        .cloned();
    assert_eq!(cell, Some(Cell::Invalid("overflow".to_string())));
    assert_eq!(overflow.notes()[0].issue, CellIssue::Overflow);

    let poisoned = Rollup::of([&one, &bad]);
    let cell = poisoned
        .tables()
        .appeals
        .unwrap()
        .get(g, AppealColumn::Upheld)
        .cloned();
    assert_eq!(cell, Some(Cell::Invalid("not summable".to_string())));
    assert_eq!(poisoned.notes()[0].issue, CellIssue::NotSummable);
}

#[test]
fn rollup_unit_conflict_reason() {
    let report = |amount: &str| {
        let mut r = AnnualReport::new(ReportFormat::Std2019);
        let mut t = ActiveTable::new(Template::Std2019);
        t.set_text(
            ActiveRow::Procurement,
            ActiveColumn::ProcurementAmount,
            amount,
        )
        .unwrap();
        r.tables.active = Some(t);
        r
    };
    let (yuan, bare) = (report("250元"), report("7"));
    let r = Rollup::of([&yuan, &bare]);
    let cell = r
        .tables()
        .active
        .unwrap()
        .get(ActiveRow::Procurement, ActiveColumn::ProcurementAmount)
        .map(|c| c.to_string());
    assert_eq!(cell.as_deref(), Some("unit conflict"));
    assert_eq!(r.notes()[0].issue, CellIssue::UnitConflict);
}

// ---------------------------------------------------------------- Error

#[test]
fn top_level_error_shows_the_wrapped_text_unchanged() {
    fn model() -> Result<(), Error> {
        RequestTable::new(Template::Std2019).set(
            RequestRow::Outcome(Outcome::OtherMisc),
            RequestColumn::Total,
            Cell::Value(1),
        )?;
        Ok(())
    }
    fn too_large() -> Result<(), Error> {
        parse(&"a".repeat(MAX_INPUT_BYTES + 1))?;
        Ok(())
    }
    fn overflow() -> Result<(), Error> {
        let row = RequestRow::Received;
        SeriesPoint::from_mapped(2020, [(row, u64::MAX, Fit::Good), (row, 1, Fit::Good)])?;
        Ok(())
    }

    let e = model().unwrap_err();
    assert!(matches!(e, Error::Model(_)));
    assert_eq!(
        e.to_string(),
        "row `other_misc` does not exist in the std2019 template"
    );

    let e = too_large().unwrap_err();
    assert!(matches!(e, Error::Parse(ParseError::TooLarge { .. })));
    assert_eq!(
        e.to_string(),
        "input is 16777217 bytes, more than the maximum of 16777216 bytes"
    );

    let e = overflow().unwrap_err();
    assert!(matches!(e, Error::Aggregate(_)));
    assert_eq!(
        e.to_string(),
        "year 2020, row `received`: the figures add up to more than 18446744073709551615, the largest count"
    );
}
