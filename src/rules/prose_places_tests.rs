//! Tests of the prose rules that compare claims across the report (`PRO005` on the measures
//! beyond applications; the firing and silent tests of `PRO004`–`PRO007` are in
//! `prose_tests.rs`).

use super::*;

fn conflicts(text: &str) -> Vec<Finding> {
    let report = crate::parse::parse(text).expect("text").report;
    let mut v = Vec::new();
    measure_conflict(&report, &mut v);
    v
}

#[test]
fn pro005_fires_on_reconsiderations_stated_twice() {
    let t = "2023年政府信息公开工作年度报告\n一、总体情况\n全年因依申请公开引发行政复议2起。\n四、政府信息公开行政复议、行政诉讼情况\n因依申请公开引发行政复议1起、行政诉讼1起。";
    let f = conflicts(t);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("reconsiderations"));
    // Both places are quoted.
    let e = f[0].evidence.as_deref().unwrap_or("");
    assert!(
        e.contains("行政复议2起") && e.contains("行政复议1起"),
        "{e}"
    );
}

#[test]
fn pro005_fires_on_an_outcome_stated_twice() {
    let t = "一、总体情况\n共受理政府信息公开申请5件，其中予以公开3件，不予公开2件。\n三、收到和处理政府信息公开申请情况\n共受理政府信息公开申请5件，其中予以公开4件，不予公开1件。";
    let f = conflicts(t);
    assert_eq!(f.len(), 2, "{f:?}");
}

#[test]
fn pro005_silent_unless_like_with_like() {
    for (overview, why) in [
        ("近3年共受理政府信息公开申请9件。", "several years"),
        ("各乡镇共受理政府信息公开申请900件。", "other bodies"),
        ("2015年共受理政府信息公开申请9件。", "another year"),
        ("截至年底累计受理政府信息公开申请900件。", "a running total"),
    ] {
        let t = format!(
            "2016年政府信息公开工作年度报告\n一、概述\n{overview}\n三、依申请公开政府信息情况\n共受理政府信息公开申请55件。"
        );
        assert!(conflicts(&t).is_empty(), "{why}: {t}");
    }
}

#[test]
fn pro005_fires_on_visits_stated_twice() {
    let t = "2016年政府信息公开工作年度报告\n一、概述\n2016年度政府信息公开专栏访问量为567000次。\n四、政府信息公开咨询处理情况\n2016年度政府信息公开专栏访问量为576000次。";
    assert_eq!(conflicts(t).len(), 1);
    let same = t.replace("576000", "567000");
    assert!(conflicts(&same).is_empty());
}
