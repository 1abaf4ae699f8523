//! The pre-2019 statistics form the synthetic reports fill in (data only, so that
//! `tests/legacy_table_props.rs` renders the same form, included with `#[path]`).

/// The rows of the form: label, unit, index of the total it is a part of.
pub const TEMPLATE: &[(&str, &str, Option<usize>)] = &[
    ("主动公开信息数", "条", None),
    ("网站公开", "条", Some(0)),
    ("政府公报公开", "条", Some(0)),
    ("其他形式公开", "条", Some(0)),
    ("受理依申请公开信息总数", "条", None),
    ("当面申请数", "条", Some(4)),
    ("网上申请数", "条", Some(4)),
    ("信函申请数", "条", Some(4)),
    ("其他形式申请数", "条", Some(4)),
    ("对申请的答复总数", "条", None),
    ("同意公开答复数", "条", Some(9)),
    ("同意部分公开答复数", "条", Some(9)),
    ("否决公开答复总数", "条", Some(9)),
    ("其他类型答复数", "条", Some(9)),
    ("行政复议数", "件", None),
    ("行政诉讼数", "件", None),
    ("行政申诉数", "件", None),
];
