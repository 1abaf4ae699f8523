//! [`Layout`]'s Chinese labels and its vocabulary impls.

use crate::render::Layout;

impl Layout {
    /// The layout in Chinese, as one would describe the text (`制表符分隔`, `压平为一行`).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::render::Layout;
    /// assert_eq!(Layout::Tabs.label(), "制表符分隔");
    /// assert_eq!("flattened".parse::<Layout>()?.label(), "压平为一行");
    /// # Ok::<(), zfxxgk::UnknownId>(())
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Layout::Tabs => "制表符分隔",
            Layout::Pipes => "竖线表格",
            Layout::Spaces => "空格对齐",
            Layout::CellPerLine => "每格一段",
            Layout::RunTogether => "数字连写",
            Layout::Flattened => "压平为一行",
            Layout::Html => "网页表格",
        }
    }
}

crate::vocab::vocabulary!(Layout, "layout", all = &Layout::ALL);
