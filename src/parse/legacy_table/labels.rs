//! Matching the printed labels of statistics-table rows to [`Indicator`]s by label key
//! (full-width folded, punctuation and spaces removed, traditional characters simplified).
//! Regional and year variants (`主动公开文件数`, `受理政府信息公开申请总数`, `不予公开答复数`,
//! `网络申请数`, `信函、传真申请数`…) share the words tested here; a label that names none of
//! them is kept without an indicator.

use crate::parse::normalize::label_key;
use crate::report::{Indicator, LegacyChannel, LegacyOutcome};

/// Endings that only say "number of": removed before a reply category is looked up.
const COUNT_ENDINGS: &[&str] = &["答复总数", "答复数", "件数", "总数", "数量", "数", "答复"];

/// The indicator a printed row label names, if any.
pub(crate) fn indicator(label: &str) -> Option<Indicator> {
    let k = label_key(label);
    let has = |w: &str| crate::text::contains(&k, w);
    if k.is_empty() {
        return None;
    }
    if has("复议") {
        return (!has("诉讼")).then_some(Indicator::Reconsiderations);
    }
    if has("诉讼") {
        return Some(Indicator::Lawsuits);
    }
    if has("申诉") && has("举报") {
        return Some(Indicator::ComplaintsAndTipOffs);
    }
    if has("申诉") {
        return Some(Indicator::Complaints);
    }
    if has("举报") {
        return Some(Indicator::TipOffs);
    }
    if has("减免") && has("收费") {
        return Some(Indicator::FeesAndWaivers);
    }
    if has("减免") || has("免收") || has("免费") {
        return Some(Indicator::FeeWaivers);
    }
    if has("收费") || has("费用") {
        return Some(Indicator::Fees);
    }
    if has("咨询") {
        return Some(match LegacyChannel::from_label(&k) {
            Some(c) => Indicator::EnquiriesBy(c),
            None => Indicator::Enquiries,
        });
    }
    if has("目录") {
        return Some(Indicator::CatalogueEntries);
    }
    if has("全文电子化") {
        return Some(Indicator::FullTextDigitised);
    }
    if let Some(o) = outcome(&k) {
        return Some(Indicator::Reply(o));
    }
    if has("答复") {
        return Some(Indicator::Replies);
    }
    if has("申请") {
        if has("信函") && has("传真") {
            return Some(Indicator::ApplicationsLetterOrFax);
        }
        return Some(match LegacyChannel::from_label(&k) {
            Some(c) if c != LegacyChannel::Phone || has("电话") => Indicator::ApplicationsBy(c),
            _ => Indicator::Applications,
        });
    }
    if has("主动公开") || has("公开信息数") || has("公开文件数") {
        return Some(media(&k).unwrap_or(Indicator::Proactive));
    }
    if has("公开") {
        return media(&k);
    }
    None
}

/// A medium of proactive disclosure named in `k`.
fn media(k: &str) -> Option<Indicator> {
    if k.contains("网站") || k.contains("网上") || k.contains("网络") {
        Some(Indicator::ProactiveWebsite)
    } else if k.contains("公报") {
        Some(Indicator::ProactiveGazette)
    } else if k.contains("其他") || k.contains("其它") {
        Some(Indicator::ProactiveOther)
    } else {
        None
    }
}

/// The reply category of a label key (`同意公开答复数`, `“信息不存在”数`, `否决公开答复总数`).
fn outcome(k: &str) -> Option<LegacyOutcome> {
    // Endings are tried in every order (`其他类型答复数` needs only `数` removed,
    // `否决公开答复总数` needs `答复总数`): a few short strings, a few rounds.
    let mut cands: Vec<&str> = vec![k];
    for _ in 0..3 {
        let mut next = Vec::new();
        for c in &cands {
            if let Some(o) = LegacyOutcome::from_label(c) {
                return Some(o);
            }
            next.extend(
                COUNT_ENDINGS
                    .iter()
                    .filter_map(|e| c.strip_suffix(e))
                    .filter(|r| !r.is_empty()),
            );
        }
        cands = next;
    }
    cands.into_iter().find_map(LegacyOutcome::from_label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use LegacyOutcome as O;

    #[test]
    fn the_variants_of_the_forms() {
        let cases: &[(&str, Option<Indicator>)] = &[
            ("主动公开信息数", Some(Indicator::Proactive)),
            ("主动公开文件数", Some(Indicator::Proactive)),
            ("网站公开", Some(Indicator::ProactiveWebsite)),
            ("政府网站公开数", Some(Indicator::ProactiveWebsite)),
            ("政府公报公开", Some(Indicator::ProactiveGazette)),
            ("受理依申请公开信息总数", Some(Indicator::Applications)),
            ("受理政府信息公开申请总数", Some(Indicator::Applications)),
            ("申请总数", Some(Indicator::Applications)),
            ("依申请公开信息目录数", Some(Indicator::CatalogueEntries)),
            (
                "当面申请数",
                Some(Indicator::ApplicationsBy(LegacyChannel::InPerson)),
            ),
            (
                "网络申请数",
                Some(Indicator::ApplicationsBy(LegacyChannel::Online)),
            ),
            (
                "其他形式申请数",
                Some(Indicator::ApplicationsBy(LegacyChannel::Other)),
            ),
            ("信函、传真申请数", Some(Indicator::ApplicationsLetterOrFax)),
            ("对申请的答复总数", Some(Indicator::Replies)),
            ("对申请的答复数", Some(Indicator::Replies)),
            ("同意公开答复数", Some(Indicator::Reply(O::Agreed))),
            (
                "同意部分公开答复数",
                Some(Indicator::Reply(O::AgreedInPart)),
            ),
            ("否决公开答复总数", Some(Indicator::Reply(O::Refused))),
            ("否决公开答复数", Some(Indicator::Reply(O::Refused))),
            ("不予公开答复数", Some(Indicator::Reply(O::Refused))),
            ("其他类型答复数", Some(Indicator::Reply(O::OtherReply))),
            ("“信息不存在”数", Some(Indicator::Reply(O::DoesNotExist))),
            (
                "“非《条例》所指政府信息”数",
                Some(Indicator::Reply(O::NotGovInfo)),
            ),
            (
                "“不予公开范围3”数",
                Some(Indicator::Reply(O::ExemptionRange(3))),
            ),
            ("行政复议数", Some(Indicator::Reconsiderations)),
            ("行政诉讼数", Some(Indicator::Lawsuits)),
            ("行政申诉数", Some(Indicator::Complaints)),
            (
                "接受行政申诉、举报数",
                Some(Indicator::ComplaintsAndTipOffs),
            ),
            ("政府信息公开收费减免金额", Some(Indicator::FeesAndWaivers)),
            ("電話諮詢數", None), // 諮 is not folded: unknown, kept by label
            ("指标名称", None),
        ];
        for (label, want) in cases {
            assert_eq!(indicator(label), *want, "{label}");
        }
    }
}
