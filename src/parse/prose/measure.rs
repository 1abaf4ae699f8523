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

/// Cleans a label: trims spaces, quotes, `的`, separators and a leading `其中`/`其余`.
pub(crate) fn clean_label(s: &str) -> String {
    let mut t = s.trim();
    for p in ["其中包括", "其中", "包括", "另有", "此外"] {
        if let Some(r) = t.strip_prefix(p) {
            t = r;
        }
    }
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
    t.trim_matches(junk).to_string()
}

/// The measure named by `label`, with `context` (the clause up to the figure, marker and verb
/// included) deciding its kind.
pub(crate) fn measure(label: &str, context: &str) -> Measure {
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
        kind: classify(context),
    }
}

/// What a clause counts, if its wording says so. Precision first: unknown wording is `None`.
pub(crate) fn classify(context: &str) -> Option<MeasureKind> {
    let has = |w: &str| context.contains(w);
    let any = |ws: &[&str]| ws.iter().any(|w| context.contains(w));
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
        if any(&["受理", "收到", "新收", "接收", "接到"]) && has("公开申请") {
            return Some(MeasureKind::ApplicationsReceived);
        }
        return None;
    }
    if has("咨询") && !has("率") {
        return Some(MeasureKind::Enquiries);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
