//! The report text parser and every single-report rule, on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(audit) = zfxxgk::audit_text(&text) {
        // Findings and the model must serialize whatever the input was.
        let _ = serde_json::to_string(&audit.findings);
        let _ = serde_json::to_string(&audit.report);
    }
});
