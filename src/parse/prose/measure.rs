//! Naming what a figure counts: the measure label and, when the wording identifies it, its
//! [`MeasureKind`].

use crate::report::{Measure, MeasureKind};

/// Verbs that stand between a total marker and what is counted (`共受理…`).
const VERBS: &[&str] = &[
    "共计",
    "合计",
    "累计",
    "总计",
    "共",
    "受理了",
    "受理",
    "接受了",
    "接受",
    "收到了",
    "收到",
    "接收",
    "接到",
    "办理",
    "办结",
    "发布了",
    "发布",
    "主动公开了",
    "制发",
    "新收",
    "计",
    "有",
    "为",
    "达",
];

/// Cleans a label: trims spaces, quotes, `的`, separators, a leading `其中`/`其余` and a
/// trailing total marker (`其他文件共` → `其他文件`).
pub(crate) fn clean_label(s: &str) -> String {
    let mut t = s.trim();
    for p in ["其中包括", "其中", "包括", "另有", "此外"] {
        if let Some(r) = t.strip_prefix(p) {
            t = r;
        }
    }
    for m in ["共计", "合计", "总计", "共"] {
        if let Some(r) = t.trim_end().strip_suffix(m) {
            // `公共`, `中共` are words, not a marker.
            if m == "共" && r.ends_with(['公', '中']) {
                break;
            }
            t = r;
            break;
        }
    }
    // Leading: spaces, quotes and separators only (`是否…`, `及时…` keep their first word).
    let lead = |c: char| {
        c.is_whitespace() || matches!(c, '“' | '”' | '"' | '\'' | '‘' | '’' | '「' | '」' | '、')
    };
    t = t.trim_start_matches(lead);
    let junk = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '“' | '”'
                    | '"'
                    | '\''
                    | '‘'
                    | '’'
                    | '「'
                    | '」'
                    | '、'
                    | '的'
                    | '和'
                    | '及'
                    | '与'
                    | '是'
                    | '为'
                    | '达'
            )
    };
    t.trim_end_matches(junk)
        .trim_start_matches(lead)
        .to_string()
}

/// The measure named by `label`, with `context` (the clause up to the figure, marker and verb
/// included) deciding its kind.
pub(crate) fn measure(label: &str, context: &str) -> Measure {
    measure_of_kind(label, classify(context))
}

/// [`measure`] when the kind is already known: the label named by `label`, and `kind`.
pub(crate) fn measure_of_kind(label: &str, kind: Option<MeasureKind>) -> Measure {
    let mut l = label.trim();
    loop {
        let before = l;
        for v in VERBS {
            if let Some(r) = l.strip_prefix(v) {
                l = r;
            }
        }
        if l == before {
            break;
        }
    }
    Measure {
        label: clean_label(l),
        kind,
    }
}

/// What a clause counts, if its wording says so. Precision first: unknown wording is `None`.
pub(crate) fn classify(context: &str) -> Option<MeasureKind> {
    let has = |w: &str| crate::text::contains(context, w);
    let any = |ws: &[&str]| ws.iter().any(|w| crate::text::contains(context, w));
    // Each search below is skipped when a word it needs (`量`, `申请`) is missing.
    if crate::text::has_char(context, '量') && (has("访问量") || has("点击量") || has("浏览量"))
    {
        return Some(MeasureKind::Visits);
    }
    let applications = has("申请");
    if has("主动公开") && !applications {
        if has("累计") {
            return Some(MeasureKind::ProactiveCumulative);
        }
        if any(&["新增", "本年", "今年", "全年"]) {
            return Some(MeasureKind::ProactiveNew);
        }
        return None;
    }
    // `依申请` holds `申请`.
    if applications && (!any(&["申请人", "申请数量"]) || has("依申请")) {
        if has("结转") {
            // The direction decides: `上年结转` came in, `结转下年度` goes forward.
            if any(&["上年", "上一年", "去年"]) {
                return Some(MeasureKind::ApplicationsCarriedIn);
            }
            if any(&["下年", "下一年", "明年", "转入"]) {
                return Some(MeasureKind::ApplicationsCarriedForward);
            }
            return None;
        }
        if any(&["办结", "答复", "办理完毕", "处理完毕"]) {
            return Some(MeasureKind::ApplicationsProcessed);
        }
        if any(&["受理", "收到", "新收", "接收", "接到"]) && any(&["公开申请", "公开的申请"])
        {
            return Some(MeasureKind::ApplicationsReceived);
        }
        return None;
    }
    if has("咨询") && !has("率") {
        return Some(MeasureKind::Enquiries);
    }
    None
}

/// What a part of a list of applications counts: an outcome group of the §3 table or the
/// applications carried forward (`不予公开3件`, `区分处理后公开11件`, `结转下年度继续办理2件`).
/// `None` for counts of documents (`不予公开信息数95条`, the pre-2019 classification).
pub(crate) fn classify_outcome(label: &str) -> Option<MeasureKind> {
    let has = |w: &str| crate::text::contains(label, w);
    let any = |ws: &[&str]| ws.iter().any(|w| crate::text::contains(label, w));
    if has("信息数") || has("率") {
        return None;
    }
    // The words below hold `公开` or `处理` but for a few: a search for each of these two (and
    // for `部分公开`) spares the searches for the words that hold them when they are missing.
    let open = has("公开");
    let handled = has("处理");
    let partial = open && has("部分公开");
    if partial
        && any(&[
            "予以公开及部分公开",
            "予以公开和部分公开",
            "公开和部分公开",
            "公开及部分公开",
        ])
    {
        return Some(MeasureKind::ApplicationsDisclosedInFullOrPart);
    }
    if partial || handled && has("区分处理") {
        return Some(MeasureKind::ApplicationsPartiallyDisclosed);
    }
    if open && any(&["不予公开", "不同意公开", "不公开"]) {
        return Some(MeasureKind::ApplicationsWithheld);
    }
    if any(&["无法提供", "不掌握", "信息不存在"]) {
        return Some(MeasureKind::ApplicationsUnavailable);
    }
    if handled && has("不予处理") {
        return Some(MeasureKind::ApplicationsNotProcessed);
    }
    if handled && has("其他处理") {
        return Some(MeasureKind::ApplicationsOtherHandling);
    }
    if open && any(&["同意公开", "予以公开", "全部公开", "已主动公开"]) {
        return Some(MeasureKind::ApplicationsDisclosed);
    }
    if has("结转") && any(&["下年", "下一年", "明年", "继续办理"]) {
        return Some(MeasureKind::ApplicationsCarriedForward);
    }
    None
}

/// Strips the words that may stand between a measure's name and its count (`行政复议案件`,
/// `…的申请`, `共`) so that the name ends the label.
fn name_end(label: &str) -> &str {
    let mut t = label.trim();
    loop {
        let before = t;
        for w in [
            "案件", "案", "事项", "共计", "共", "为", "是", "有", "达", "的",
        ] {
            if let Some(r) = t.strip_suffix(w) {
                t = r.trim_end();
            }
        }
        if t == before {
            return t;
        }
    }
}

/// What a count counts when its own words name a measure of the §2 or §4 tables
/// (`因依申请公开引发行政复议1起`, `行政诉讼0件`, `制定规范性文件5件`, `现行有效的规范性文件16件`).
/// The name must end the label, so that `行政复议纠正1件` (a result) is not a count of
/// reconsiderations; category counts of proactive items (`规范性文件类信息2条`) are not documents.
pub(crate) fn classify_table_measure(label: &str) -> Option<MeasureKind> {
    let end = name_end(label);
    if end.ends_with("行政复议") || end.ends_with("复议申请") {
        return Some(MeasureKind::Reconsiderations);
    }
    if end.ends_with("行政诉讼") {
        return Some(MeasureKind::Lawsuits);
    }
    if end.ends_with("规范性文件") && !crate::text::has_char(label, '类') {
        if crate::text::contains(label, "现行有效") {
            return Some(MeasureKind::NormativeDocumentsInForce);
        }
        if ["制定", "制发", "出台", "印发"]
            .iter()
            .any(|w| crate::text::contains(label, w))
        {
            return Some(MeasureKind::NormativeDocumentsIssued);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`classify`] as it was, every word searched for: the oracle of the gated searches.
    fn classify_each(context: &str) -> Option<MeasureKind> {
        let has = |w: &str| crate::text::contains(context, w);
        let any = |ws: &[&str]| ws.iter().any(|w| crate::text::contains(context, w));
        if has("访问量") || has("点击量") || has("浏览量") {
            return Some(MeasureKind::Visits);
        }
        if has("主动公开") && !has("申请") {
            if has("累计") {
                return Some(MeasureKind::ProactiveCumulative);
            }
            if any(&["新增", "本年", "今年", "全年"]) {
                return Some(MeasureKind::ProactiveNew);
            }
            return None;
        }
        if has("申请") && !any(&["申请人", "申请数量"]) || has("依申请") {
            if has("结转") {
                // The direction decides: `上年结转` came in, `结转下年度` goes forward.
                if any(&["上年", "上一年", "去年"]) {
                    return Some(MeasureKind::ApplicationsCarriedIn);
                }
                if any(&["下年", "下一年", "明年", "转入"]) {
                    return Some(MeasureKind::ApplicationsCarriedForward);
                }
                return None;
            }
            if any(&["办结", "答复", "办理完毕", "处理完毕"]) {
                return Some(MeasureKind::ApplicationsProcessed);
            }
            if any(&["受理", "收到", "新收", "接收", "接到"]) && any(&["公开申请", "公开的申请"])
            {
                return Some(MeasureKind::ApplicationsReceived);
            }
            return None;
        }
        if has("咨询") && !has("率") {
            return Some(MeasureKind::Enquiries);
        }
        None
    }

    /// [`classify_outcome`] as it was, every word searched for.
    fn classify_outcome_each(label: &str) -> Option<MeasureKind> {
        let has = |w: &str| crate::text::contains(label, w);
        let any = |ws: &[&str]| ws.iter().any(|w| crate::text::contains(label, w));
        if has("信息数") || has("率") {
            return None;
        }
        if any(&[
            "予以公开及部分公开",
            "予以公开和部分公开",
            "公开和部分公开",
            "公开及部分公开",
        ]) {
            return Some(MeasureKind::ApplicationsDisclosedInFullOrPart);
        }
        if any(&["部分公开", "区分处理"]) {
            return Some(MeasureKind::ApplicationsPartiallyDisclosed);
        }
        if any(&["不予公开", "不同意公开", "不公开"]) {
            return Some(MeasureKind::ApplicationsWithheld);
        }
        if any(&["无法提供", "不掌握", "信息不存在"]) {
            return Some(MeasureKind::ApplicationsUnavailable);
        }
        if has("不予处理") {
            return Some(MeasureKind::ApplicationsNotProcessed);
        }
        if has("其他处理") {
            return Some(MeasureKind::ApplicationsOtherHandling);
        }
        if any(&["同意公开", "予以公开", "全部公开", "已主动公开"]) {
            return Some(MeasureKind::ApplicationsDisclosed);
        }
        if has("结转") && any(&["下年", "下一年", "明年", "继续办理"]) {
            return Some(MeasureKind::ApplicationsCarriedForward);
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn gated_searches_agree_with_searching_every_word(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "访问量", "量", "主动公开", "申请", "依申请", "申请人", "申请数量", "累计", "新增",
                "本年", "结转", "上年", "下年", "转入", "办结", "答复", "处理完毕", "受理",
                "公开申请", "咨询", "率", "信息数", "予以公开及部分公开", "公开和部分公开",
                "部分公开", "区分处理", "不予公开", "不公开", "公开", "处理", "无法提供",
                "不予处理", "其他处理", "同意公开", "已主动公开", "继续办理", "部分", "分", "理",
                "开", "依", "的", "件",
            ]), 0..7),
        ) {
            let s = words.concat();
            proptest::prop_assert_eq!(classify(&s), classify_each(&s));
            proptest::prop_assert_eq!(classify_outcome(&s), classify_outcome_each(&s));
        }
    }

    #[test]
    fn kinds_from_wording() {
        assert_eq!(
            classify("共受理政府信息公开申请"),
            Some(MeasureKind::ApplicationsReceived)
        );
        assert_eq!(classify("共受理各类信访、诉求"), None);
        assert_eq!(classify("其中当面申请"), None);
        assert_eq!(
            classify("在已经答复的55件申请中"),
            Some(MeasureKind::ApplicationsProcessed)
        );
        assert_eq!(
            classify("结转下年度继续办理的申请"),
            Some(MeasureKind::ApplicationsCarriedForward)
        );
        assert_eq!(
            classify("累计主动公开政府信息"),
            Some(MeasureKind::ProactiveCumulative)
        );
        assert_eq!(classify("共接受市民咨询"), Some(MeasureKind::Enquiries));
        assert_eq!(
            classify("政府信息公开专栏访问量为"),
            Some(MeasureKind::Visits)
        );
        assert_eq!(
            measure("受理政府信息公开申请", "").label,
            "政府信息公开申请"
        );
        assert_eq!(clean_label("“同意公开”的"), "同意公开");
        assert_eq!(clean_label("其他文件共"), "其他文件");
    }

    #[test]
    fn outcome_and_table_measures() {
        use MeasureKind::*;
        assert_eq!(
            classify_outcome("区分处理后公开"),
            Some(ApplicationsPartiallyDisclosed)
        );
        assert_eq!(
            classify_outcome("给予同意公开答复"),
            Some(ApplicationsDisclosed)
        );
        assert_eq!(classify_outcome("不同意公开"), Some(ApplicationsWithheld));
        assert_eq!(
            classify_outcome("因无法提供相关信息答复"),
            Some(ApplicationsUnavailable)
        );
        assert_eq!(classify_outcome("不予公开信息数"), None);
        assert_eq!(
            classify_outcome("结转下年度继续办理"),
            Some(ApplicationsCarriedForward)
        );
        assert_eq!(
            classify_table_measure("因依申请公开引发行政复议"),
            Some(Reconsiderations)
        );
        assert_eq!(classify_table_measure("行政复议纠正"), None);
        assert_eq!(classify_table_measure("提起行政诉讼案件"), Some(Lawsuits));
        assert_eq!(
            classify_table_measure("我局制定规范性文件"),
            Some(NormativeDocumentsIssued)
        );
        assert_eq!(
            classify_table_measure("现行有效的规范性文件"),
            Some(NormativeDocumentsInForce)
        );
        assert_eq!(classify_table_measure("政策及规范性文件类"), None);
    }
}
