//! One vocabulary per template: the rows and columns its tables have, the wording where it
//! differs from the other template, and the labels only it has (which tell a reader the
//! template).
//!
//! Everything that depends on the template reads it from here: the model's §2 layout and
//! labels, the parser's format detection and row matching, the rollup's per-template slots.
//! The §3 outcome rows of each template are in the outcome table (`Outcome::in_template`,
//! one column per template). Adding a template means one more entry in [`templates!`] and one
//! more variant of [`Template`]; the exhaustive matches on `Template` and the arrays of length
//! [`Template::COUNT`] then show every other place that must handle it.

use crate::law::Template;
use crate::outcome::RequestRow;
use crate::report::active::{ActiveColumn, ActiveRow};

/// What one template fixes.
///
/// # Example
/// ```
/// use zfxxgk::{ActiveRow, Template};
/// let v = Template::Std2021.vocabulary();
/// assert_eq!(v.template, Template::Std2021);
/// assert_eq!(v.active.len(), 6); // 2021 dropped 其他对外管理服务事项 and 政府集中采购
/// assert!(v.active.iter().all(|(r, _)| *r != ActiveRow::Procurement));
/// assert_eq!(v.requests.len(), 25);
/// assert!(v.markers.contains(&"本年制发件数"));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct TemplateVocabulary {
    /// The template.
    pub template: Template,
    /// The §3 rows, in table order.
    pub requests: &'static [RequestRow],
    /// The §2 rows, in table order, each with its value columns.
    pub active: &'static [(ActiveRow, &'static [ActiveColumn])],
    /// §2 row labels where this template's wording differs from [`ActiveRow::label`].
    pub active_row_labels: &'static [(ActiveRow, &'static str)],
    /// §2 column labels where this template's wording differs from [`ActiveColumn::label`].
    pub active_column_labels: &'static [(ActiveColumn, &'static str)],
    /// Labels, as label keys (no spaces, punctuation or enumerators), that only this
    /// template's tables print: the §2 column headers and block headers first.
    pub markers: &'static [&'static str],
    /// How many of [`TemplateVocabulary::markers`] are §2 headers (the rest are §3 labels).
    pub active_markers: usize,
}

impl TemplateVocabulary {
    /// The §2 markers only (column and block headers).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Template;
    /// assert!(Template::Std2019.vocabulary().active_markers().contains(&"采购总金额"));
    /// ```
    pub fn active_markers(&self) -> &'static [&'static str] {
        self.markers
            .get(..self.active_markers)
            .unwrap_or(self.markers)
    }

    /// The §3 rows this template has and `other` does not (2021: the three （六） sub-rows).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{Outcome, RequestRow, Template};
    /// let own: Vec<_> = Template::Std2019.vocabulary().rows_not_in(Template::Std2021).collect();
    /// assert_eq!(own, [RequestRow::Outcome(Outcome::OtherHandling)]);
    /// ```
    pub fn rows_not_in(&self, other: Template) -> impl Iterator<Item = RequestRow> + '_ {
        let theirs = other.vocabulary().requests;
        self.requests
            .iter()
            .copied()
            .filter(move |r| !theirs.contains(r))
    }
}

/// Builds the per-template table: one entry per template, in the order of [`Template::ALL`].
macro_rules! templates {
    ($(
        $(#[$doc:meta])*
        $t:ident {
            active: [$(($row:ident, [$($col:ident),*])),* $(,)?],
            row_labels: [$(($lrow:ident, $rl:literal)),* $(,)?],
            column_labels: [$(($lcol:ident, $cl:literal)),* $(,)?],
            active_markers: [$($am:literal),* $(,)?],
            request_markers: [$($rm:literal),* $(,)?] $(,)?
        }
    )+) => {
        /// The vocabularies, indexed by [`Template::index`].
        static VOCABULARIES: [TemplateVocabulary; Template::COUNT] = [$(
            TemplateVocabulary {
                template: Template::$t,
                requests: RequestRow::rows(Template::$t),
                active: &[$((ActiveRow::$row, &[$(ActiveColumn::$col),*])),*],
                active_row_labels: &[$((ActiveRow::$lrow, $rl)),*],
                active_column_labels: &[$((ActiveColumn::$lcol, $cl)),*],
                markers: &[$($am,)* $($rm),*],
                active_markers: [$($am),*].len(),
            },
        )+];
    };
}

templates! {
    /// 国办公开办函〔2019〕60号 (试行).
    Std2019 {
        active: [
            (Rules, [Made, Published, TotalPublished]),
            (NormativeDocuments, [Made, Published, TotalPublished]),
            (Licensing, [PreviousItems, Change, Decisions]),
            (OtherServices, [PreviousItems, Change, Decisions]),
            (Penalty, [PreviousItems, Change, Decisions]),
            (Coercion, [PreviousItems, Change, Decisions]),
            (Fees, [PreviousItems, Change]),
            (Procurement, [ProcurementItems, ProcurementAmount]),
        ],
        row_labels: [],
        column_labels: [],
        active_markers: [
            "本年新制作数量",
            "本年新公开数量",
            "对外公开总数量",
            "上一年项目数量",
            "本年增减",
            "采购项目数量",
            "采购总金额",
            "第二十条第九项",
            "其他对外管理服务事项",
        ],
        request_markers: [],
    }
    /// 国办公开办函〔2021〕30号.
    Std2021 {
        active: [
            (Rules, [Issued, Repealed, InForce]),
            (NormativeDocuments, [Issued, Repealed, InForce]),
            (Licensing, [Decisions]),
            (Penalty, [Decisions]),
            (Coercion, [Decisions]),
            (Fees, [AmountWanYuan]),
        ],
        row_labels: [(NormativeDocuments, "行政规范性文件")],
        column_labels: [(Decisions, "本年处理决定数量")],
        active_markers: [
            "本年制发件数",
            "本年废止件数",
            "现行有效件数",
            "本年处理决定数量",
            "本年收费金额",
        ],
        request_markers: [
            "申请人无正当理由逾期不补正",
            "申请人逾期未按收费通知要求缴纳费用",
        ],
    }
}

impl Template {
    /// The template's vocabulary.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Template;
    /// assert!(Template::ALL.iter().all(|t| t.vocabulary().template == *t));
    /// ```
    pub fn vocabulary(self) -> &'static TemplateVocabulary {
        &VOCABULARIES[self.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_in_template_order() {
        for (i, v) in VOCABULARIES.iter().enumerate() {
            assert_eq!(v.template.index(), i);
        }
    }

    #[test]
    fn markers_belong_to_one_template_only() {
        for t in Template::ALL {
            for m in t.vocabulary().markers {
                let others = Template::ALL
                    .iter()
                    .filter(|o| **o != t)
                    .filter(|o| o.vocabulary().markers.contains(m))
                    .count();
                assert_eq!(others, 0, "{m} marks more than one template");
            }
        }
    }
}
