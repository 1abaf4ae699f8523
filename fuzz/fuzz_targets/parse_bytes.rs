//! The bytes front door on arbitrary bytes: encoding detection, HTML or text, every
//! single-report rule, and the spans of the result read back through the source.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(audit) = zfxxgk::audit_bytes(data) {
        let _ = serde_json::to_string(&audit.findings);
        let _ = serde_json::to_string(&audit.report);
        if let Some(src) = &audit.report.source {
            assert!(src.reading_text().len() <= src.text().len() * 3 + 16);
            for (_, span) in src.cell_spans() {
                assert!(span.start <= span.end && span.end <= src.text().len());
                let _ = (src.quote(*span), src.line_of(*span));
            }
            for s in &audit.report.sections {
                assert!(s.heading_span.end <= src.text().len());
                let _ = src.quote(s.heading_span);
            }
        }
        for f in &audit.findings {
            if let (Some(span), Some(src)) = (f.location.span, &audit.report.source) {
                let _ = src.line_of(span);
            }
        }
    }
});
