//! The list of contents some reports give in their opening paragraph:
//! `全文包括概述、主动公开政府信息情况、…以及存在的主要问题和改进措施等。`

use crate::parse::lines::split_lines;
use crate::parse::sections::find_sections;
use crate::report::SectionKind;

/// Words that introduce the list.
const MARKERS: &[&str] = &[
    "全文包括",
    "报告包括",
    "内容包括",
    "全文共分",
    "全文分为",
    "报告分为",
];

/// The section a listed item names, using the heading table of the section finder (so the
/// variants it knows are the same section).
fn kind_of(item: &str) -> Option<SectionKind> {
    let probe = format!("一、{item}");
    let lines = split_lines(&probe);
    let found = find_sections(&probe, &lines);
    match found.as_slice() {
        [s] if s.heading.len() == probe.trim().len() => Some(s.kind),
        _ => None,
    }
}

/// Reads the list of contents in a sentence, if it has one and every item names a section.
/// Items may contain `、` themselves (`政府信息公开复议、诉讼情况`): pieces that name nothing are
/// joined with the next ones.
pub(crate) fn contents(sentence: &str) -> Option<Vec<SectionKind>> {
    // Every marker holds 包 or 分: one character scan rules most sentences out.
    if !crate::text::has_any(sentence, &['包', '分']) {
        return None;
    }
    let (at, m) = MARKERS
        .iter()
        .find_map(|m| crate::text::find(sentence, m).map(|i| (i, *m)))?;
    let mut list = &sentence[at + m.len()..];
    for end in ["等部分", "等内容", "等几个部分", "等"] {
        if let Some(i) = list.rfind(end) {
            list = &list[..i];
            break;
        }
    }
    let list = list
        .replace("以及", "、")
        .replace(['，', ',', '；', ';'], "、");
    let pieces: Vec<&str> = list
        .split('、')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.len() < 2 {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let rest = pieces.get(i..).unwrap_or_default();
        let hit = (1..=rest.len().min(3)).find_map(|k| {
            let joined: Vec<&str> = rest
                .iter()
                .take(k)
                .map(|p| p.trim_start_matches(['和', '及']))
                .collect();
            kind_of(&joined.join("、")).map(|kind| (kind, k))
        });
        let (kind, used) = hit?;
        // `复议、诉讼情况` is one item: pieces naming the same section in a row merge.
        if out.last() != Some(&kind) {
            out.push(kind);
        }
        i += used;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_list_with_variants_and_inner_commas() {
        let s = "全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开咨询处理情况、政府信息公开复议、诉讼情况,政府信息公开支出和收费、其他相关工作情况以及存在的主要问题和改进措施等";
        // The eight sections of the common pre-2019 pattern, in order (DOMAIN.md §5.1).
        let legacy = SectionKind::expected(crate::law::ReportFormat::Legacy);
        assert_eq!(contents(s).as_deref(), Some(legacy));
        assert_eq!(contents("全文包括概述、天气情况等"), None);
    }
}
