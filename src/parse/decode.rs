//! Bytes to text: the encodings reports are saved in, and HTML told apart from plain text.
//!
//! Reports reach users as files saved by browsers, crawlers and site archives: UTF-8 with or
//! without a byte order mark, UTF-16 from Windows tools, and GB18030/GBK/GB2312 from the many
//! government sites that still serve them. [`decode`] picks the encoding in this order:
//!
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. UTF-8 when the bytes are UTF-8 (a stray bad sequence in a page cut short is tolerated:
//!    at most one bad sequence per 20 good multi-byte characters);
//! 3. the charset an HTML page declares in its first 4 KB (`<meta charset=gbk>`,
//!    `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), when it names a
//!    legacy encoding this module reads (GBK, GB2312, GB18030, Big5). A declaration of UTF-8 or
//!    UTF-16 over bytes that are not is ignored: archives re-save pages without fixing the tag;
//! 4. UTF-16 without a byte order mark, when one byte of every pair is so often zero that the
//!    text can only be UTF-16 (GB18030 never has zero bytes);
//! 5. otherwise GB18030.
//!
//! GBK and GB2312 are subsets of GB18030 and are decoded (and recorded) as GB18030. Bytes the
//! chosen encoding cannot decode become U+FFFD and are counted ([`Malformed`]); decoding never
//! fails.

use encoding_rs::{DecoderResult, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};
use serde::{Deserialize, Serialize};

/// The bytes looked at for a `<meta charset>` declaration.
const PRESCAN_BYTES: usize = 4096;

/// A text encoding an input was decoded from.
///
/// Serialized as its [`id`](Encoding::id).
///
/// # Example
/// ```
/// use zfxxgk::parse::Encoding;
/// assert_eq!(Encoding::Gb18030.id(), "gb18030");
/// assert_eq!(serde_json::to_string(&Encoding::Utf16Le).unwrap(), r#""utf-16le""#);
/// assert_eq!(Encoding::from_id("utf-8"), Some(Encoding::Utf8));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark.
    #[serde(rename = "utf-8")]
    Utf8,
    /// GB18030, also used for inputs declared GBK or GB2312 (its subsets).
    #[serde(rename = "gb18030")]
    Gb18030,
    /// UTF-16, little-endian.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16, big-endian.
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// Big5 (traditional Chinese), when a page declares it.
    #[serde(rename = "big5")]
    Big5,
}

impl Encoding {
    /// Every encoding, in declaration order.
    ///
    /// # Example
    /// ```
    /// let ids: Vec<&str> = zfxxgk::parse::Encoding::ALL.iter().map(|e| e.id()).collect();
    /// assert_eq!(ids, ["utf-8", "gb18030", "utf-16le", "utf-16be", "big5"]);
    /// ```
    pub const ALL: [Encoding; 5] = [
        Encoding::Utf8,
        Encoding::Gb18030,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Big5,
    ];

    /// The stable id: `utf-8`, `gb18030`, `utf-16le`, `utf-16be`, `big5`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::parse::Encoding::Utf16Be.id(), "utf-16be");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Gb18030 => "gb18030",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Big5 => "big5",
        }
    }

    /// The encoding's name as written in Chinese text (`UTF-8`, `GB18030`, `UTF-16（小端）`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::parse::Encoding::Utf16Le.label(), "UTF-16（小端）");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030",
            Encoding::Utf16Le => "UTF-16（小端）",
            Encoding::Utf16Be => "UTF-16（大端）",
            Encoding::Big5 => "Big5（繁体）",
        }
    }

    /// The encoding with id `id`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::parse::Encoding;
    /// assert!(Encoding::ALL.iter().all(|e| Encoding::from_id(e.id()) == Some(*e)));
    /// assert_eq!(Encoding::from_id("gbk"), None); // a label, not an id
    /// ```
    pub fn from_id(id: &str) -> Option<Encoding> {
        Encoding::ALL.into_iter().find(|e| e.id() == id)
    }

    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => UTF_8,
            Encoding::Gb18030 => GB18030,
            Encoding::Utf16Le => UTF_16LE,
            Encoding::Utf16Be => UTF_16BE,
            Encoding::Big5 => BIG5,
        }
    }

    /// The encoding an HTML charset label names, for the labels this crate reads (the WHATWG
    /// label list: `gbk`, `gb2312`, `x-gbk`, `gb18030`, `big5`, `utf-8`, …).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::parse::Encoding;
    /// assert_eq!(Encoding::for_label("GB2312"), Some(Encoding::Gb18030));
    /// assert_eq!(Encoding::for_label(" utf8 "), Some(Encoding::Utf8));
    /// assert_eq!(Encoding::for_label("shift_jis"), None);
    /// ```
    pub fn for_label(label: &str) -> Option<Encoding> {
        let e = encoding_rs::Encoding::for_label(label.trim().as_bytes())?;
        if e == UTF_8 {
            Some(Encoding::Utf8)
        } else if e == GB18030 || e == encoding_rs::GBK {
            Some(Encoding::Gb18030)
        } else if e == UTF_16LE {
            Some(Encoding::Utf16Le)
        } else if e == UTF_16BE {
            Some(Encoding::Utf16Be)
        } else if e == BIG5 {
            Some(Encoding::Big5)
        } else {
            None
        }
    }
}

crate::vocab::vocabulary!(Encoding, "encoding", all = &Encoding::ALL);

/// What kind of document an input is.
///
/// # Example
/// ```
/// use zfxxgk::parse::InputKind;
/// assert_eq!(serde_json::to_string(&InputKind::Html).unwrap(), r#""html""#);
/// assert_eq!(InputKind::Text.id(), "text");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InputKind {
    /// An HTML page.
    Html,
    /// Plain text (copied from a page or a PDF, or a page's text as a crawler stored it).
    Text,
    /// A report in the crate's JSON serialization.
    Json,
}

impl InputKind {
    /// The stable id: `html`, `text`, `json`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::parse::InputKind::Json.id(), "json");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            InputKind::Html => "html",
            InputKind::Text => "text",
            InputKind::Json => "json",
        }
    }

    /// The kind in Chinese (`网页`, `纯文本`, `JSON数据`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::parse::InputKind::Html.label(), "网页");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            InputKind::Html => "网页",
            InputKind::Text => "纯文本",
            InputKind::Json => "JSON数据",
        }
    }
}

crate::vocab::vocabulary!(InputKind, "input kind", [Html, Text, Json]);

/// How an input was read: its kind and the encoding its bytes were decoded from.
///
/// # Example
/// ```
/// use zfxxgk::parse::{Encoding, Input, InputKind};
/// let i = Input::new(InputKind::Html, Encoding::Gb18030);
/// assert_eq!(serde_json::to_string(&i).unwrap(), r#"{"kind":"html","encoding":"gb18030"}"#);
/// assert_eq!(Input::text(), Input::new(InputKind::Text, Encoding::Utf8));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Input {
    /// The kind of document.
    pub kind: InputKind,
    /// The encoding used to decode it.
    pub encoding: Encoding,
}

impl Input {
    /// An input of `kind` decoded from `encoding`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::parse::{Encoding, Input, InputKind};
    /// assert_eq!(Input::new(InputKind::Json, Encoding::Utf8).kind, InputKind::Json);
    /// ```
    pub fn new(kind: InputKind, encoding: Encoding) -> Input {
        Input { kind, encoding }
    }

    /// Text given as a Rust string: kind text, UTF-8.
    ///
    /// # Example
    /// ```
    /// assert_eq!(zfxxgk::parse::Input::text().encoding, zfxxgk::parse::Encoding::Utf8);
    /// ```
    pub fn text() -> Input {
        Input::new(InputKind::Text, Encoding::Utf8)
    }
}

/// Bytes the chosen encoding could not decode (each replaced by U+FFFD).
///
/// # Example
/// ```
/// let d = zfxxgk::parse::decode(b"ok \xff");
/// let m = d.malformed.unwrap();
/// assert_eq!((m.byte_offset, m.count), (3, 1)); // 0xFF is never valid GB18030
/// assert_eq!(&d.text[m.text_offset..], "\u{FFFD}");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Malformed {
    /// Offset of the first bad sequence in the input bytes.
    pub byte_offset: usize,
    /// Offset of its replacement character in the decoded text.
    pub text_offset: usize,
    /// How many bad sequences were replaced.
    pub count: usize,
}

/// Decoded text and how it was decoded.
///
/// # Example
/// ```
/// let d = zfxxgk::parse::decode("总计".as_bytes());
/// assert_eq!((d.text.as_str(), d.encoding, d.malformed), ("总计", zfxxgk::parse::Encoding::Utf8, None));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: Encoding,
    /// What could not be decoded, if anything.
    pub malformed: Option<Malformed>,
    /// How many bytes were decoded (the file's size, a byte order mark included): what the
    /// parser's size limit applies to ([`crate::parse::parse_decoded`]).
    pub source_len: usize,
}

/// Decodes bytes in the encoding they most likely are (see the module docs for the order).
/// Never fails: undecodable bytes become U+FFFD and are counted in [`Decoded::malformed`].
///
/// # Example
/// ```
/// use zfxxgk::parse::Encoding;
/// use zfxxgk::parse::decode;
/// // 总计 in GBK, declared by the page.
/// let page = b"<meta charset=\"gbk\"><p>\xd7\xdc\xbc\xc6</p>";
/// let d = decode(page);
/// assert_eq!(d.encoding, Encoding::Gb18030);
/// assert!(d.text.contains("总计"));
/// // UTF-16LE with its byte order mark.
/// let mut utf16 = vec![0xFF, 0xFE];
/// utf16.extend("年报".encode_utf16().flat_map(u16::to_le_bytes));
/// assert_eq!(decode(&utf16).text, "年报");
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom)) = bom(bytes) {
        return decode_with(enc, bytes.get(bom..).unwrap_or_default(), bom);
    }
    // simdutf8 validates UTF-8 a block of bytes at a time.
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Decoded {
            text: s.to_owned(),
            encoding: Encoding::Utf8,
            malformed: None,
            source_len: bytes.len(),
        };
    }
    let utf8 = decode_with(Encoding::Utf8, bytes, 0);
    if mostly_utf8(&utf8) {
        return utf8;
    }
    let declared = declared_charset(bytes)
        .filter(|e| !matches!(e, Encoding::Utf8 | Encoding::Utf16Le | Encoding::Utf16Be));
    let enc = declared
        .or_else(|| utf16_by_zeros(bytes))
        .unwrap_or(Encoding::Gb18030);
    decode_with(enc, bytes, 0)
}

/// The encoding named by a byte order mark, and the mark's length.
fn bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((Encoding::Utf8, 3)),
        [0xFF, 0xFE, ..] => Some((Encoding::Utf16Le, 2)),
        [0xFE, 0xFF, ..] => Some((Encoding::Utf16Be, 2)),
        _ => None,
    }
}

/// Decodes `bytes` (which start at `base` in the input) with `enc`, counting bad sequences.
fn decode_with(enc: Encoding, bytes: &[u8], base: usize) -> Decoded {
    let mut decoder = enc.codec().new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut text = String::with_capacity(cap);
    let mut read_total = 0usize;
    let mut malformed: Option<Malformed> = None;
    loop {
        let rest = bytes.get(read_total..).unwrap_or_default();
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read_total = read_total.saturating_add(read);
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => text.reserve(rest.len().saturating_add(16)),
            DecoderResult::Malformed(bad, extra) => {
                let at = read_total
                    .saturating_sub(usize::from(bad))
                    .saturating_sub(usize::from(extra));
                match &mut malformed {
                    Some(m) => m.count = m.count.saturating_add(1),
                    None => {
                        malformed = Some(Malformed {
                            byte_offset: base.saturating_add(at),
                            text_offset: text.len(),
                            count: 1,
                        })
                    }
                }
                text.push('\u{FFFD}');
            }
        }
    }
    Decoded {
        text,
        encoding: enc,
        malformed,
        source_len: base.saturating_add(bytes.len()),
    }
}

/// Whether a UTF-8 decoding with errors is still UTF-8: at most one bad sequence per 20
/// good multi-byte characters. Chinese text in GBK read as UTF-8 has about six bad sequences
/// per good one (a GBK pair is valid UTF-8 only by chance).
fn mostly_utf8(d: &Decoded) -> bool {
    let bad = d.malformed.map_or(0, |m| m.count);
    let multibyte = d.text.chars().filter(|c| !c.is_ascii()).count();
    let good = multibyte.saturating_sub(bad);
    bad.saturating_mul(20) <= good
}

/// UTF-16 without a byte order mark: in the first 4 KB, one parity of bytes is zero for at
/// least one pair in 20 (ASCII digits, line breaks, markup) and the other parity almost never.
fn utf16_by_zeros(bytes: &[u8]) -> Option<Encoding> {
    let head = bytes.get(..bytes.len().min(PRESCAN_BYTES)).unwrap_or(bytes);
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, b) in head.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let clear = |hi: usize, lo: usize| hi.saturating_mul(20) >= pairs && lo.saturating_mul(4) <= hi;
    if clear(odd, even) {
        Some(Encoding::Utf16Le)
    } else if clear(even, odd) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// The charset declared by a `<meta>` tag in the first 4 KB: `charset=LABEL` inside the tag,
/// as its own attribute or inside `content`.
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<Encoding> {
    let head = bytes.get(..bytes.len().min(PRESCAN_BYTES)).unwrap_or(bytes);
    let mut i = 0;
    while let Some(p) = find_ci(head, i, b"<meta") {
        let end = head[p..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| p + e);
        let tag = &head[p..end];
        let mut j = 0;
        while let Some(c) = find_ci(tag, j, b"charset") {
            let mut k = c + b"charset".len();
            while tag.get(k).is_some_and(|b| b.is_ascii_whitespace()) {
                k += 1;
            }
            if tag.get(k) == Some(&b'=') {
                k += 1;
                while tag
                    .get(k)
                    .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
                {
                    k += 1;
                }
                let start = k;
                while tag.get(k).is_some_and(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')
                }) {
                    k += 1;
                }
                let label = std::str::from_utf8(&tag[start..k]).unwrap_or("");
                if let Some(e) = Encoding::for_label(label) {
                    return Some(e);
                }
            }
            j = c + 1;
        }
        i = end.max(p + 1);
    }
    None
}

/// The first ASCII-case-insensitive occurrence of `needle` in `hay` at or after `from`.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let tail = hay.get(from..)?;
    tail.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// Whether decoded text is an HTML document rather than plain text: after optional whitespace
/// it opens with one of the tags the WHATWG MIME sniffing rules recognise (`<!DOCTYPE HTML`,
/// `<html`, `<head`, `<body`, `<table`, `<p`, `<div`, `<!--`, …), or a `<?xml` or `<meta`
/// prologue is followed by `<html` in the first 1 KB.
///
/// # Example
/// ```
/// use zfxxgk::parse::looks_like_html;
/// assert!(looks_like_html("\n  <!DOCTYPE html><html>…"));
/// assert!(looks_like_html("<TABLE border=1><tr><td>1</td></tr></TABLE>"));
/// assert!(!looks_like_html("一、总体情况\n<说明>正文"));
/// assert!(!looks_like_html("<pre-formatted note"));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "<!doctype html",
        "<html",
        "<head",
        "<script",
        "<iframe",
        "<h1",
        "<div",
        "<font",
        "<table",
        "<a",
        "<style",
        "<title",
        "<b",
        "<body",
        "<br",
        "<p",
        "<!--",
        "<meta",
        "<?xml",
        "<span",
        "<center",
    ];
    let t = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\n', '\r', '\u{c}']);
    let head = t.as_bytes().get(..t.len().min(1024)).unwrap_or_default();
    for o in OPENERS {
        let o = o.as_bytes();
        if head.len() > o.len() && head[..o.len()].eq_ignore_ascii_case(o) {
            let next = head[o.len()];
            let ends_tag =
                next == b' ' || next == b'>' || next.is_ascii_whitespace() || next == b'/';
            if o == b"<!--" || (o.starts_with(b"<!") && ends_tag) {
                return true;
            }
            if o == b"<?xml" || o == b"<meta" {
                return ends_tag && find_ci(head, 0, b"<html").is_some();
            }
            if ends_tag {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_len_is_the_bytes_decoded_and_bounds_parse_decoded() {
        use crate::parse::{parse_bytes, parse_decoded, ParseError, ParseOptions, MAX_INPUT_BYTES};
        // UTF-16 with its mark: 2 + 4 bytes became 6 bytes of text.
        let mut le = vec![0xFF, 0xFE];
        le.extend("年报".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!((decode(&le).source_len, decode(&le).text.len()), (6, 6));
        // Bad bytes: 4 bytes became 12 bytes of U+FFFD, still 4 decoded.
        assert_eq!(decode(&[0xFF; 4]).source_len, 4);
        assert_eq!(decode(&[0xFF; 4]).text.len(), 12);
        // The limit is on the bytes, as for `parse_bytes`.
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        let want = ParseError::TooLarge {
            size: MAX_INPUT_BYTES + 1,
            max: MAX_INPUT_BYTES,
        };
        assert_eq!(
            parse_decoded(&decode(&big), &ParseOptions::default()).err(),
            Some(want.clone())
        );
        assert_eq!(parse_bytes(&big).err(), Some(want));
    }

    fn gb(s: &str) -> Vec<u8> {
        GB18030.encode(s).0.into_owned()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("年报".as_bytes()).encoding, Encoding::Utf8);
        let d = decode(b"\xEF\xBB\xBF\xE5\xB9\xB4");
        assert_eq!((d.text.as_str(), d.encoding), ("年", Encoding::Utf8));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let mut be = vec![0xFE, 0xFF];
        be.extend("总计 12".encode_utf16().flat_map(u16::to_be_bytes));
        let d = decode(&be);
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("总计 12", Encoding::Utf16Be)
        );
        let mut le = vec![0xFF, 0xFE];
        le.extend("总计 12".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).encoding, Encoding::Utf16Le);
    }

    #[test]
    fn utf16_without_bom_by_its_zero_bytes() {
        let text = "三、收到和处理政府信息公开申请情况\n一、本年新收\t28\t0\t0\t0\t0\t0\t28\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).encoding, Encoding::Utf16Le);
        assert_eq!(decode(&le).text, text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).encoding, Encoding::Utf16Be);
    }

    #[test]
    fn gbk_without_declaration_is_gb18030() {
        let d = decode(&gb("一、总体情况\n本机关2023年共收到申请5件。"));
        assert_eq!(d.encoding, Encoding::Gb18030);
        assert_eq!(d.text, "一、总体情况\n本机关2023年共收到申请5件。");
        assert_eq!(d.malformed, None);
    }

    #[test]
    fn declared_charset_in_both_meta_forms() {
        let a =
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        assert_eq!(declared_charset(a), Some(Encoding::Gb18030));
        assert_eq!(
            declared_charset(b"<META CHARSET='Big5'>"),
            Some(Encoding::Big5)
        );
        assert_eq!(declared_charset(b"<meta name=charset content=x>"), None);
        assert_eq!(declared_charset(b"<p>charset=gbk</p>"), None);
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"gb2312\"><p>政府信息公开工作年度报告</p>";
        let d = decode(page.as_bytes());
        assert_eq!((d.encoding, d.text.as_str()), (Encoding::Utf8, page));
    }

    #[test]
    fn a_declared_utf8_over_gbk_bytes_is_ignored() {
        let page = gb("<meta charset=\"UTF-8\"><p>政府信息公开工作年度报告</p>");
        let d = decode(&page);
        assert_eq!(d.encoding, Encoding::Gb18030);
        assert!(d.text.contains("政府信息公开工作年度报告"));
    }

    #[test]
    fn utf8_cut_inside_a_character_stays_utf8() {
        let mut b = "政府信息公开工作年度报告。本年度共收到申请二十八件，均已办结。"
            .as_bytes()
            .to_vec();
        b.extend_from_slice(&"年".as_bytes()[..2]);
        let d = decode(&b);
        assert_eq!(d.encoding, Encoding::Utf8);
        let m = d.malformed.expect("the cut character");
        assert_eq!((m.count, m.byte_offset), (1, b.len() - 2));
        assert!(d.text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn bad_bytes_are_counted_with_the_first_offset() {
        // 0xFF is never valid in GB18030; two of them among GBK text.
        let mut b = gb("总计");
        b.push(0xFF);
        b.extend(gb("合计"));
        b.push(0xFF);
        let d = decode(&b);
        assert_eq!(d.encoding, Encoding::Gb18030);
        let m = d.malformed.unwrap();
        assert_eq!((m.byte_offset, m.count), (4, 2));
        assert_eq!(d.text, "总计\u{FFFD}合计\u{FFFD}");
        assert_eq!(&d.text[m.text_offset..m.text_offset + 3], "\u{FFFD}");
    }

    #[test]
    fn sniffing_html() {
        assert!(looks_like_html("<?xml version=\"1.0\"?>\n<html xmlns=…>"));
        assert!(looks_like_html("<!-- saved from url -->\n<html>"));
        assert!(looks_like_html("<p>一、总体情况</p>"));
        assert!(!looks_like_html("<?xml version=\"1.0\"?><report/>"));
        assert!(!looks_like_html("<a"));
        assert!(!looks_like_html(""));
        assert!(!looks_like_html("2023年<p>"));
    }

    #[test]
    fn empty_and_tiny_inputs() {
        assert_eq!(decode(b"").text, "");
        assert_eq!(decode(b"\xFF").text, "\u{FFFD}");
        assert_eq!(decode(b"\xFE").encoding, Encoding::Gb18030);
    }
}
