//! The walk over a sentence's bytes that finds its clause marks (parentheses and separators)
//! and, on the way, where its numbers may start.

use super::utf8_step;
use crate::parse::prose::numbers::may_start_number;

/// For a byte other than `(),;:` and the lead byte `EF`, how far to step to the next
/// character; 0 for those.
const MARK_STEP: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        if !matches!(b as u8, b'(' | b')' | b',' | b';' | b':' | 0xEF) {
            t[b] = utf8_step(b as u8) as u8;
        }
        b += 1;
    }
    t
};

/// For a byte other than `(),;:`, an ASCII digit and the lead bytes `E3 E4 E5 E6 E7 E9 EF`
/// (those of the full-width marks, of the characters that may start a number and of the words
/// [`Noticed`]), how far to step to the next character; 0 for those.
const MARK_OR_NUMBER_STEP: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        let marks = matches!(x, b'(' | b')' | b',' | b';' | b':');
        let numbers = x.is_ascii_digit() || matches!(x, 0xE3 | 0xE4 | 0xE5 | 0xE7 | 0xE9 | 0xEF);
        // `没未` (`E6`) and `申` (`E7`), noticed on the way.
        let noticed = x == 0xE6;
        if !marks && !numbers && !noticed {
            t[b] = utf8_step(x) as u8;
        }
        b += 1;
    }
    t
};

/// The second bytes of the full-width marks (`EF BC …`), of the three-byte characters that
/// may start a number (see [`may_start_number`]) and of `申没未`: a three-byte character with
/// another second byte is none of them.
const NOTABLE_SECOND: [bool; 256] = {
    let mut t = [false; 256];
    t[0x80] = true; // 〇
    t[0xB8] = true; // 一 七 三 两
    t[0xB9] = true; // 九
    t[0xBA] = true; // 二 五
    t[0x85] = true; // 八 六
    t[0x8D] = true; // 十 千
    t[0x9B] = true; // 四 零
    t[0x99] = true; // 百
    t[0xBC] = true; // （），；： ０–９
    t[0x94] = true; // 申
    t[0xB2] = true; // 没
    t[0x9C] = true; // 未
    t
};

/// The characters [`super::clauses_into`] acts on, with their offsets in `s`: parentheses and clause
/// separators. Each is ASCII or a full-width form (lead byte `EF`), so the other characters are
/// passed over by their lead byte, without decoding. The same walk appends to `numbers` the
/// offsets of the characters that may start a number (see [`may_start_number`]), so that the
/// clauses' figures are read without another walk.
pub(super) fn clause_marks<'a>(s: &'a str, numbers: &'a mut Vec<usize>) -> Marks<'a> {
    Marks {
        b: s.as_bytes(),
        i: 0,
        noticed: Noticed::default(),
        step: &MARK_OR_NUMBER_STEP,
        numbers,
    }
}

/// [`clause_marks`] for a walk that needs no numbers: it stops at the marks only (and notes
/// the full-width digits, which share their lead byte).
pub(super) fn marks_only<'a>(s: &'a str, numbers: &'a mut Vec<usize>) -> Marks<'a> {
    Marks {
        b: s.as_bytes(),
        i: 0,
        noticed: Noticed::default(),
        step: &MARK_STEP,
        numbers,
    }
}

/// Words of a sentence the walk of [`clause_marks`] notices on its way: the paragraph reader
/// asks for them of every sentence, and this spares a search of the sentence for each.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Noticed {
    /// The sentence holds `申请`.
    pub applications: bool,
    /// It holds `没` or `未`, which every nil marker starts with.
    pub nil: bool,
}

/// The walk of [`clause_marks`].
pub(super) struct Marks<'a> {
    b: &'a [u8],
    i: usize,
    /// What it noticed so far (with [`MARK_STEP`], nothing).
    pub(super) noticed: Noticed,
    /// [`MARK_OR_NUMBER_STEP`], or [`MARK_STEP`] for a walk that needs no numbers (which then
    /// notes only the full-width digits).
    step: &'static [u8; 256],
    numbers: &'a mut Vec<usize>,
}

impl Iterator for Marks<'_> {
    type Item = (usize, char);

    // Inlined into the loops over the marks: it runs once per mark and the walk is hot.
    #[inline]
    fn next(&mut self) -> Option<(usize, char)> {
        let b = self.b;
        while let Some(&x) = b.get(self.i) {
            let at = self.i;
            // Any other byte is passed over by its table entry alone.
            let quiet = self.step[usize::from(x)];
            if quiet != 0 {
                self.i += usize::from(quiet);
                continue;
            }
            let c = if x.is_ascii() {
                self.i += 1;
                match x {
                    b'0'..=b'9' => {
                        self.numbers.push(at);
                        continue;
                    }
                    _ => char::from(x),
                }
            } else {
                // The lead bytes left are all of three-byte characters; most of those have a
                // second byte no mark or number has, and are passed over on it.
                self.i += 3;
                if !b
                    .get(at + 1)
                    .is_some_and(|s| NOTABLE_SECOND[usize::from(*s)])
                {
                    continue;
                }
                // `（），；：` are `EF BC 88`, `89`, `8C`, `9B`, `9A`: told by their bytes.
                match b.get(at..at + 3) {
                    Some([0xEF, 0xBC, 0x88]) => '（',
                    Some([0xEF, 0xBC, 0x89]) => '）',
                    Some([0xEF, 0xBC, 0x8C]) => '，',
                    Some([0xEF, 0xBC, 0x9B]) => '；',
                    Some([0xEF, 0xBC, 0x9A]) => '：',
                    // `申` (`请` after it), `没`, `未`.
                    Some([0xE7, 0x94, 0xB3]) => {
                        if b.get(at + 3..at + 6) == Some("请".as_bytes()) {
                            self.noticed.applications = true;
                        }
                        continue;
                    }
                    Some([0xE6, 0xB2, 0xA1] | [0xE6, 0x9C, 0xAA]) => {
                        self.noticed.nil = true;
                        continue;
                    }
                    _ => {
                        if may_start_number(b, at) {
                            self.numbers.push(at);
                        }
                        continue;
                    }
                }
            };
            return Some((at, c));
        }
        None
    }
}
