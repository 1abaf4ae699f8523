//! The prose claim extractor on arbitrary text: claims must have valid spans inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for c in zfxxgk::parse::claims(&text) {
        assert!(c.span.end <= text.len() && c.span.start <= c.span.end, "claim span in range");
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        let _ = c.to_string();
    }
});
