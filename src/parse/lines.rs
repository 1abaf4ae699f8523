//! Splitting text into lines with their byte offsets and 1-based numbers.

/// One line of the source: its 1-based number and byte range (without the line break).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub number: u32,
    pub start: usize,
    pub end: usize,
}

/// Splits on `\n`, `\r\n` and lone `\r`.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut number: u32 = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(Line {
                    number,
                    start,
                    end: i,
                });
                number = number.saturating_add(1);
                start = i + 1;
            }
            b'\r' => {
                out.push(Line {
                    number,
                    start,
                    end: i,
                });
                number = number.saturating_add(1);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(Line {
            number,
            start,
            end: bytes.len(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_cr() {
        let t = "a\r\nbb\rc\n\nd";
        let l = split_lines(t);
        let texts: Vec<&str> = l.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(texts, vec!["a", "bb", "c", "", "d"]);
        assert_eq!(l[4].number, 5);
    }
}
