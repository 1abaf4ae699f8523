//! The two editions of the regulation, the report formats, and references to their articles.
//!
//! 《中华人民共和国政府信息公开条例》 was promulgated as 国务院令第492号 (in force 2008-05-01) and
//! revised as 国务院令第711号 (in force 2019-05-15). Annual reports follow 2008 art. 31–32 and
//! 2019 art. 49–50; the uniform formats of 国办公开办函〔2019〕60号 and 〔2021〕30号 rest on
//! 2019 art. 50 para 2.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An edition of the regulation.
///
/// The edition that governs an application follows its receipt date: on or after 2019-05-15
/// the 2019 text applies (2019 art. 56), before it the 2008 text (2008 art. 38).
///
/// # Example
/// ```
/// use zfxxgk::Edition;
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2019, 5, 15).unwrap();
/// assert_eq!(Edition::in_force_on(d), Some(Edition::V2019));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Edition {
    /// 国务院令第492号, in force 2008-05-01 to 2019-05-14.
    #[serde(rename = "2008")]
    V2008,
    /// 国务院令第711号, in force from 2019-05-15.
    #[serde(rename = "2019")]
    V2019,
}

impl Edition {
    /// The day the edition came into force.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Edition;
    /// use chrono::NaiveDate;
    /// assert_eq!(Edition::V2008.in_force_from(), NaiveDate::from_ymd_opt(2008, 5, 1).unwrap());
    /// assert_eq!(Edition::V2019.in_force_from(), NaiveDate::from_ymd_opt(2019, 5, 15).unwrap());
    /// ```
    pub fn in_force_from(self) -> NaiveDate {
        match self {
            Edition::V2008 => NaiveDate::from_ymd_opt(2008, 5, 1).expect("valid date"),
            Edition::V2019 => NaiveDate::from_ymd_opt(2019, 5, 15).expect("valid date"),
        }
    }

    /// The edition in force on `date`, or `None` before 2008-05-01.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Edition;
    /// use chrono::NaiveDate;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// // The cut-over of 2019 art. 56: 2019-05-14 is still under the 2008 text.
    /// assert_eq!(Edition::in_force_on(d(2019, 5, 14)), Some(Edition::V2008));
    /// assert_eq!(Edition::in_force_on(d(2019, 5, 15)), Some(Edition::V2019));
    /// assert_eq!(Edition::in_force_on(d(2008, 4, 30)), None);
    /// ```
    pub fn in_force_on(date: NaiveDate) -> Option<Edition> {
        if date >= Edition::V2019.in_force_from() {
            Some(Edition::V2019)
        } else if date >= Edition::V2008.in_force_from() {
            Some(Edition::V2008)
        } else {
            None
        }
    }

    /// The instrument that promulgated the edition (`国务院令第492号` / `国务院令第711号`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Edition;
    /// assert_eq!(Edition::V2008.label(), "国务院令第492号");
    /// assert_eq!(Edition::V2019.label(), "国务院令第711号");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Edition::V2008 => "国务院令第492号",
            Edition::V2019 => "国务院令第711号",
        }
    }

    /// The serialized id (`"2008"` or `"2019"`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Edition;
    /// assert_eq!(Edition::V2019.id(), "2019");
    /// assert_eq!(Edition::V2019.to_string(), "2019");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Edition::V2008 => "2008",
            Edition::V2019 => "2019",
        }
    }
}

crate::vocab::vocabulary!(Edition, "edition of the regulation", [V2008, V2019]);

/// The layout an annual report follows.
///
/// Detect it from the labels, never from the year alone: 2022 and 2023 reports on the 2019
/// template exist (DOMAIN.md §2.1, §7).
///
/// # Example
/// ```
/// use zfxxgk::{ReportFormat, Template};
/// assert_eq!(ReportFormat::from_id("std2021"), Some(ReportFormat::Std2021));
/// assert_eq!(ReportFormat::Std2021.template(), Some(Template::Std2021));
/// assert_eq!(ReportFormat::Legacy.template(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReportFormat {
    /// Reports for 2008–2018 under 2008 art. 32: no national format, free prose.
    Legacy,
    /// 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号.
    Std2019,
    /// 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号.
    Std2021,
    /// Not recognised as an annual report at all: no section heading, table or title of one
    /// (an empty file, an error page, a page of links, text in another language). Rule
    /// `STR005` says so as an error.
    Unknown,
}

impl ReportFormat {
    /// The serialized id: `legacy`, `std2019`, `std2021` or `unknown`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ReportFormat;
    /// assert_eq!(ReportFormat::Std2019.id(), "std2019");
    /// assert_eq!(ReportFormat::Legacy.to_string(), "legacy");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            ReportFormat::Legacy => "legacy",
            ReportFormat::Std2019 => "std2019",
            ReportFormat::Std2021 => "std2021",
            ReportFormat::Unknown => "unknown",
        }
    }

    /// The instrument that set the format.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ReportFormat;
    /// assert_eq!(ReportFormat::Std2021.label(), "国办公开办函〔2021〕30号");
    /// assert_eq!(ReportFormat::Legacy.label(), "无统一格式（2008年条例第三十二条）");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            ReportFormat::Legacy => "无统一格式（2008年条例第三十二条）",
            ReportFormat::Std2019 => "国办公开办函〔2019〕60号",
            ReportFormat::Std2021 => "国办公开办函〔2021〕30号",
            ReportFormat::Unknown => "未识别为政府信息公开工作年度报告",
        }
    }

    /// The standard template, if the format is one of the two uniform formats.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ReportFormat, Template};
    /// assert_eq!(ReportFormat::Std2019.template(), Some(Template::Std2019));
    /// // Legacy reports (2008 art. 32) have no uniform table template.
    /// assert_eq!(ReportFormat::Legacy.template(), None);
    /// ```
    pub fn template(self) -> Option<Template> {
        match self {
            ReportFormat::Legacy | ReportFormat::Unknown => None,
            ReportFormat::Std2019 => Some(Template::Std2019),
            ReportFormat::Std2021 => Some(Template::Std2021),
        }
    }

    /// Parses the serialized id.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::ReportFormat;
    /// assert_eq!(ReportFormat::from_id("legacy"), Some(ReportFormat::Legacy));
    /// assert_eq!(ReportFormat::from_id("Std2021"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<ReportFormat> {
        match id {
            "legacy" => Some(ReportFormat::Legacy),
            "std2019" => Some(ReportFormat::Std2019),
            "std2021" => Some(ReportFormat::Std2021),
            "unknown" => Some(ReportFormat::Unknown),
            _ => None,
        }
    }
}

crate::vocab::vocabulary!(
    ReportFormat,
    "report format",
    [Legacy, Std2019, Std2021, Unknown]
);

/// One of the two uniform table templates. Each statistical table carries its own template,
/// because real reports mix them (a 2021 §2 table above a §3 table with the single 2019
/// `（六）其他处理` row).
///
/// # Example
/// ```
/// use zfxxgk::{ReportFormat, Template};
/// assert_eq!(Template::Std2019.id(), "std2019");
/// assert_eq!(Template::Std2021.format(), ReportFormat::Std2021);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Template {
    /// The 2019 (试行) template, 国办公开办函〔2019〕60号.
    Std2019,
    /// The 2021 template, 国办公开办函〔2021〕30号.
    Std2021,
}

impl Template {
    /// How many templates there are: arrays of per-template data have this length and are
    /// indexed by [`Template::index`].
    pub const COUNT: usize = 2;

    /// Every template, in order of issue.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Template;
    /// assert_eq!(Template::ALL, [Template::Std2019, Template::Std2021]);
    /// assert!(Template::ALL.iter().enumerate().all(|(i, t)| t.index() == i));
    /// ```
    pub const ALL: [Template; Template::COUNT] = [Template::Std2019, Template::Std2021];

    /// The template's position in [`Template::ALL`], for arrays of per-template data.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Template;
    /// assert_eq!(Template::Std2021.index(), 1);
    /// ```
    pub const fn index(self) -> usize {
        match self {
            Template::Std2019 => 0,
            Template::Std2021 => 1,
        }
    }

    /// The template with `id` (`std2019`, `std2021`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Template;
    /// assert_eq!(Template::from_id("std2019"), Some(Template::Std2019));
    /// assert_eq!(Template::from_id("2019"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The serialized id: `std2019` or `std2021`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Template;
    /// assert_eq!(Template::Std2021.id(), "std2021");
    /// assert_eq!(Template::Std2021.to_string(), "std2021");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Template::Std2019 => "std2019",
            Template::Std2021 => "std2021",
        }
    }

    /// The title of the format that set the template (`政府信息公开工作年度报告格式（试行）`,
    /// 国办公开办函〔2019〕60号; `政府信息公开工作年度报告格式`, 〔2021〕30号).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::Template;
    /// assert_eq!(Template::Std2019.label(), "中华人民共和国政府信息公开工作年度报告格式（试行）");
    /// assert_eq!(Template::Std2021.label(), "中华人民共和国政府信息公开工作年度报告格式");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Template::Std2019 => "中华人民共和国政府信息公开工作年度报告格式（试行）",
            Template::Std2021 => "中华人民共和国政府信息公开工作年度报告格式",
        }
    }

    /// The report format that uses this template.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ReportFormat, Template};
    /// assert_eq!(Template::Std2019.format(), ReportFormat::Std2019);
    /// assert_eq!(Template::Std2021.format().template(), Some(Template::Std2021));
    /// ```
    pub fn format(self) -> ReportFormat {
        match self {
            Template::Std2019 => ReportFormat::Std2019,
            Template::Std2021 => ReportFormat::Std2021,
        }
    }
}

/// A reference to an article of one edition: `2019 art. 36(二)` is
/// `ArticleRef::new(Edition::V2019, 36).item(2)`.
///
/// # Example
/// ```
/// use zfxxgk::{ArticleRef, Edition};
/// let a = ArticleRef::new(Edition::V2019, 36).item(2);
/// assert_eq!(a.to_string(), "2019 art. 36(2)");
/// assert_eq!(a.label(), "《条例》（2019）第三十六条第（二）项");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleRef {
    /// The edition.
    pub edition: Edition,
    /// Article number.
    pub article: u8,
    /// Paragraph (款), if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u8>,
    /// Item (项), if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u8>,
}

impl ArticleRef {
    /// A whole article.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ArticleRef, Edition};
    /// let a = ArticleRef::new(Edition::V2008, 32);
    /// assert_eq!((a.article, a.paragraph, a.item), (32, None, None));
    /// assert_eq!(a.to_string(), "2008 art. 32");
    /// ```
    pub const fn new(edition: Edition, article: u8) -> ArticleRef {
        ArticleRef {
            edition,
            article,
            paragraph: None,
            item: None,
        }
    }

    /// The same article narrowed to a paragraph (款).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ArticleRef, Edition};
    /// let a = ArticleRef::new(Edition::V2019, 50).paragraph(2);
    /// assert_eq!(a.to_string(), "2019 art. 50 para 2");
    /// assert_eq!(a.label(), "《条例》（2019）第五十条第二款");
    /// ```
    pub const fn paragraph(mut self, paragraph: u8) -> ArticleRef {
        self.paragraph = Some(paragraph);
        self
    }

    /// The same article narrowed to an item (项).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ArticleRef, Edition};
    /// let a = ArticleRef::new(Edition::V2019, 36).item(3);
    /// assert_eq!(a.item, Some(3));
    /// assert_eq!(a.to_string(), "2019 art. 36(3)");
    /// ```
    pub const fn item(mut self, item: u8) -> ArticleRef {
        self.item = Some(item);
        self
    }

    /// The Chinese citation, e.g. `《条例》（2019）第三十六条第（二）项`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::{ArticleRef, Edition};
    /// let a = ArticleRef::new(Edition::V2019, 14);
    /// assert_eq!(a.label(), "《条例》（2019）第十四条");
    /// assert_eq!(a.paragraph(1).item(2).label(), "《条例》（2019）第十四条第一款第（二）项");
    /// ```
    pub fn label(&self) -> String {
        let mut s = format!(
            "《条例》（{}）第{}条",
            self.edition.id(),
            chinese_number(u32::from(self.article))
        );
        if let Some(p) = self.paragraph {
            s.push_str(&format!("第{}款", chinese_number(u32::from(p))));
        }
        if let Some(i) = self.item {
            s.push_str(&format!("第（{}）项", chinese_number(u32::from(i))));
        }
        s
    }
}

crate::vocab::vocabulary!(Template, "table template", all = &Template::ALL);

impl fmt::Display for ArticleRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} art. {}", self.edition.id(), self.article)?;
        if let Some(p) = self.paragraph {
            write!(f, " para {p}")?;
        }
        if let Some(i) = self.item {
            write!(f, "({i})")?;
        }
        Ok(())
    }
}

/// Writes 1..=99 in Chinese numerals as used in article numbers (`三十六`).
pub(crate) fn chinese_number(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { D[(n - 10) as usize] }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n % 10 == 0 {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers() {
        assert_eq!(chinese_number(5), "五");
        assert_eq!(chinese_number(10), "十");
        assert_eq!(chinese_number(14), "十四");
        assert_eq!(chinese_number(36), "三十六");
        assert_eq!(chinese_number(50), "五十");
    }

    #[test]
    fn edition_cutover() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(Edition::in_force_on(d(2019, 5, 14)), Some(Edition::V2008));
        assert_eq!(Edition::in_force_on(d(2019, 5, 15)), Some(Edition::V2019));
        assert_eq!(Edition::in_force_on(d(2008, 4, 30)), None);
    }
}
