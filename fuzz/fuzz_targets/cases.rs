//! Case records from JSON and from CSV, tallied into §3 tables for every year they touch.
#![no_main]
use chrono::Datelike;
use libfuzzer_sys::fuzz_target;
use zfxxgk::cases::{read_csv, CaseRecord, CaseTally};

fuzz_target!(|data: &[u8]| {
    let mut records: Vec<CaseRecord> = serde_json::from_slice(data).unwrap_or_default();
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(csv) = read_csv(text) {
            records.extend(csv);
        }
    }
    let years: Vec<i32> = records.iter().map(|r| r.received().year()).take(4).collect();
    for y in years {
        let _ = CaseTally::for_year(&records, y);
    }
    let cal = zfxxgk::calendar::WorkCalendar::official();
    for r in records.iter().take(16) {
        let _ = r.deadline(cal);
    }
});
