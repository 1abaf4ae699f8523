//! Text normalisation for matching labels (DOMAIN.md §7): full-width and half-width forms,
//! spaces inside labels, `、` vs `，`, curly vs straight quotes, a few traditional characters
//! that mirror sites substitute.

/// Folds one character to the form used for matching: full-width ASCII (U+FF01–U+FF5E) to
/// ASCII, the ideographic space to a space, curly quotes to straight ones, traditional forms
/// of the labels' characters to simplified ones.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        '“' | '”' | '„' | '‟' | '「' | '」' | '『' | '』' => '"',
        '‘' | '’' => '\'',
        '【' => '[',
        '】' => ']',
        '〔' => '[',
        '〕' => ']',
        '—' | '–' => '-',
        _ => simplify(c),
    }
}

/// Traditional → simplified for the characters that occur in report labels.
fn simplify(c: char) -> char {
    match c {
        '總' => '总',
        '計' => '计',
        '結' => '结',
        '轉' => '转',
        '數' => '数',
        '發' => '发',
        '廢' => '废',
        '現' => '现',
        '處' => '处',
        '決' => '决',
        '許' => '许',
        '項' => '项',
        '條' => '条',
        '規' => '规',
        '範' => '范',
        '屬' => '属',
        '於' => '于',
        '國' => '国',
        '祕' => '秘',
        '開' => '开',
        '險' => '险',
        '權' => '权',
        '護' => '护',
        '務' => '务',
        '內' => '内',
        '過' => '过',
        '資' => '资',
        '訊' => '讯',
        '執' => '执',
        '詢' => '询',
        '無' => '无',
        '關' => '关',
        '沒' => '没',
        '製' => '制',
        '補' => '补',
        '請' => '请',
        '確' => '确',
        '訪' => '访',
        '舉' => '举',
        '報' => '报',
        '訴' => '诉',
        '類' => '类',
        '復' => '复',
        '複' => '复',
        '議' => '议',
        '為' => '为',
        '費' => '费',
        '繳' => '缴',
        '納' => '纳',
        '機' => '机',
        '構' => '构',
        '業' => '业',
        '會' => '会',
        '組' => '组',
        '織' => '织',
        '維' => '维',
        '糾' => '纠',
        '審' => '审',
        '況' => '况',
        '問' => '问',
        '題' => '题',
        '進' => '进',
        '對' => '对',
        '強' => '强',
        '實' => '实',
        '額' => '额',
        '單' => '单',
        '萬' => '万',
        '採' => '采',
        '購' => '购',
        '動' => '动',
        '說' => '说',
        '應' => '应',
        '獲' => '获',
        '據' => '据',
        '號' => '号',
        '與' => '与',
        '經' => '经',
        '係' => '系',
        '體' => '体',
        '統' => '统',
        '區' => '区',
        '縣' => '县',
        '鎮' => '镇',
        '鄉' => '乡',
        '辦' => '办',
        '廳' => '厅',
        '門' => '门',
        '電' => '电',
        '網' => '网',
        '當' => '当',
        '傳' => '传',
        '郵' => '邮',
        '書' => '书',
        '誤' => '误',
        '營' => '营',
        '勞' => '劳',
        '蘇' => '苏',
        '義' => '义',
        '證' => '证',
        '設' => '设',
        '價' => '价',
        '歷' => '历',
        '衛' => '卫',
        '環' => '环',
        '產' => '产',
        '華' => '华',
        '貿' => '贸',
        '僅' => '仅',
        '後' => '后',
        '從' => '从',
        '來' => '来',
        '時' => '时',
        '間' => '间',
        '讓' => '让',
        '衆' => '众',
        '眾' => '众',
        '儘' => '尽',
        '罰' => '罚',
        '檢' => '检',
        '認' => '认',
        '記' => '记',
        '錄' => '录',
        '佈' => '布',
        '稅' => '税',
        '適' => '适',
        '準' => '准',
        '專' => '专',
        '標' => '标',
        '這' => '这',
        '個' => '个',
        '們' => '们',
        '級' => '级',
        '種' => '种',
        '給' => '给',
        '細' => '细',
        '則' => '则',
        '參' => '参',
        '並' => '并',
        '稱' => '称',
        '純' => '纯',
        '戶' => '户',
        '齊' => '齐',
        '階' => '阶',
        '隊' => '队',
        '陳' => '陈',
        _ => c,
    }
}

/// Whether a character is dropped when building a label key: whitespace and punctuation of
/// both widths (after folding), table pipes and enumerators.
fn is_noise(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '、' | '，'
                | '。'
                | '：'
                | '；'
                | '（'
                | '）'
                | '《'
                | '》'
                | '〈'
                | '〉'
                | '·'
                | '•'
                | '…'
                | '\u{200B}'
                | '\u{FEFF}'
        )
}

/// The matching key of a label: folded characters with whitespace and punctuation removed.
/// `"（三）1.属于 国家秘密"` and `"(三)1、属于国家秘密"` have the same key.
pub(crate) fn label_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_label_key(s, &mut out);
    out
}

/// Appends the label key of `s` to `out` (no allocation when `out` has room). ASCII and the
/// CJK ideographs take a short path: this runs over every line of a report.
pub(crate) fn push_label_key(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            if !(c.is_ascii_whitespace() || c.is_ascii_punctuation()) {
                out.push(c);
            }
            continue;
        }
        let f = if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
            simplify(c)
        } else {
            fold_char(c)
        };
        if !is_noise(f) {
            out.push(f);
        }
    }
}

/// Folds a whole text for matching but keeps its length relation simple: every character is
/// folded one-to-one (so character positions, not byte positions, are preserved).
pub(crate) fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_width_spaces_and_punctuation() {
        assert_eq!(
            label_key("（三）1.属于 国家秘密"),
            label_key("(三)1、属于国家秘密")
        );
        assert_eq!(label_key("商业 企业"), "商业企业");
        assert_eq!(
            label_key("危及“三安全一稳定”"),
            label_key("危及\"三安全一稳定\"")
        );
        assert_eq!(label_key("總計"), "总计");
        assert_eq!(fold("１２３，"), "123,");
        assert_eq!(label_key("Ａ１（二）規章 a-b"), "A1二规章ab");
    }
}
