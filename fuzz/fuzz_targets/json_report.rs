//! JSON deserialization of reports in the crate's serialization, then the rules and a rollup.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = serde_json::from_slice::<zfxxgk::AnnualReport>(data) {
        let json = serde_json::to_string(&report).expect("a report serializes");
        let back: zfxxgk::AnnualReport =
            serde_json::from_str(&json).expect("a serialized report reads back");
        assert_eq!(back, report, "serde round trip");
        let audit = zfxxgk::audit_report(report.clone());
        let _ = serde_json::to_string(&audit.findings);
        let r = zfxxgk::aggregate::Rollup::empty().add(&report).add(&back);
        let _ = r.tables();
    }
});
