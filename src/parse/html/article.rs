//! What of a page is the report: site chrome set apart by structure, and the article found by
//! where the text is.
//!
//! Nothing here knows a site. The signals are general:
//! - never read: `head`, scripts, styles, form controls, embedded objects, hidden elements;
//! - chrome: `nav`, `aside`, `footer`, `menu`, a `header` outside an `article`/`main` unless it
//!   holds the report's title, and any
//!   block (list, `div`, `p`, table, …) whose read text is mostly link text (`<a href>`; a
//!   bookmark `<a name>` is not a link) — link lists, breadcrumbs, share buttons, `<a>`-only
//!   blocks. Decided bottom-up, so a page whose footer is all links does not make the body
//!   "mostly links";
//! - the article: from the body, step into the child that holds at least 85 % of the text that
//!   is not link text (a table cell counting as 4 characters), or two thirds of it and every
//!   table cell, as long as there is one (a `div`, `section`, `article`, a layout table's
//!   cell — never a paragraph, list or data table);
//! - the title: report pages put the title above the article, outside it (`<div
//!   class=title>` … `<div class=content>`). The nearest short block before the article that
//!   reads as a report title (a year, `年度报告`/`年报`, `信息公开`) starts the read region, so
//!   the metadata lines between it and the article (`来源`, `时间`) are read too.
//!
//! A layout table (a cell holds a table, a heading or more than 150 characters) is read as
//! blocks; any other table is a data table, read as a grid.

use crate::parse::html::tag::Tag;
use crate::parse::html::tree::{Tree, NONE};
use crate::parse::meta::is_title_line;

/// The share of the non-link text the article child must hold, in percent.
const ARTICLE_SHARE: usize = 85;
/// The share that suffices for a child holding every table cell, in percent.
const ARTICLE_SHARE_WITH_TABLES: usize = 67;
/// What a table cell weighs against characters of text when the article is sought: a report's
/// tables are short on characters but are what a report is read for (a Word export may put its
/// wide tables in a section of their own).
const CELL_WEIGHT: usize = 4;
/// The longest `header` (in characters) looked at for a report title.
const HEADER_CHARS: usize = 200;
/// The most nodes a block's text is gathered from.
const BLOCK_NODES: u32 = 4096;
/// Text outside links (in characters) below which a block more than half links is chrome.
const OWN_TEXT_CHARS: usize = 40;
/// The longest block (in characters) taken as a title.
const TITLE_CHARS: usize = 80;
/// How many nodes before the article are searched for its title.
const TITLE_LOOKBACK: u32 = 4000;
/// A cell with more characters than this makes its table a layout table.
const LAYOUT_CELL_CHARS: usize = 150;

/// What to read of a tree.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    /// Per node: not read (never-read content, hidden, chrome, or inside any of them).
    pub removed: Vec<bool>,
    /// Per table node: a layout table, read as blocks.
    pub layout: Vec<bool>,
    /// The node ids read: `start..end`.
    pub region: (u32, u32),
}

impl Analysis {
    /// Whether node `id` is inside the read region.
    pub(crate) fn in_region(&self, id: u32) -> bool {
        (self.region.0..self.region.1).contains(&id)
    }
}

/// Non-whitespace, visible characters of a text node.
fn chars(tree: &Tree, id: u32) -> usize {
    tree.text_pieces(id)
        .iter()
        .map(|p| visible_chars(tree.piece_text(p)))
        .sum()
}

/// The characters of `s` that are neither whitespace nor zero-width (U+200B, U+FEFF). Pages
/// are mostly ASCII markup text and ideographs, so those are counted from their bytes: an
/// ASCII byte is one character, and a lead byte `E4`–`E9` (U+4000–U+9FFF) starts one
/// three-byte character that is neither; every other character is decoded.
fn visible_chars(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            n += usize::from(!x.is_ascii_whitespace() && x != 0x0B);
            i += 1;
        } else if (0xE4..=0xE9).contains(&x) {
            n += 1;
            i += 3;
        } else {
            // `i` is always a character boundary: it moves by whole characters.
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            n += usize::from(!c.is_whitespace() && !matches!(c, '\u{200B}' | '\u{FEFF}'));
            i += c.len_utf8();
        }
    }
    n
}

/// Analyses a tree.
pub(crate) fn analyse(tree: &Tree) -> Analysis {
    let n = tree.nodes.len();
    // Forward: never-read content, inside a link, inside an article.
    let mut ignored = vec![false; n];
    let mut in_link = vec![false; n];
    let mut in_article = vec![false; n];
    for (i, node) in tree.nodes.iter().enumerate() {
        let p = node.parent as usize;
        let (pi, pl, pa) = if node.parent == NONE {
            (false, false, false)
        } else {
            (
                ignored.get(p).copied().unwrap_or(false),
                in_link.get(p).copied().unwrap_or(false),
                in_article.get(p).copied().unwrap_or(false),
            )
        };
        ignored[i] = pi || node.hidden || matches!(node.tag, Tag::Ignored | Tag::Head);
        in_link[i] = pl || (node.tag == Tag::A && node.href);
        in_article[i] = pa || matches!(node.tag, Tag::Article | Tag::Main);
    }
    // Backward: read text and link text per node, without chrome; chrome decided bottom-up.
    let mut text = vec![0usize; n];
    let mut link = vec![0usize; n];
    let mut chrome = vec![false; n];
    let mut cells = vec![0usize; n];
    let mut layout = vec![false; n];
    for i in (0..n).rev() {
        let node = &tree.nodes[i];
        if node.tag.is_cell() {
            cells[i] = cells[i].saturating_add(1);
        }
        // Never-read text (scripts, styles, the head) counts for nothing: it is not counted.
        if node.tag == Tag::Text && !ignored[i] {
            let c = chars(tree, i as u32);
            text[i] = c;
            link[i] = if in_link[i] { c } else { 0 };
        }
        chrome[i] = match node.tag {
            Tag::Chrome => true,
            // A page's own header is chrome; an article's header (its title) is not.
            Tag::Header => {
                let titled =
                    text[i] <= HEADER_CHARS && is_title_line(&block_text(tree, &ignored, i as u32));
                !(in_article[i] || titled)
            }
            Tag::P | Tag::Li | Tag::List | Tag::DefItem | Tag::Block | Tag::Table => {
                links_dominate(text[i], link[i])
            }
            _ => false,
        };
        if node.tag.is_cell() && text[i] > LAYOUT_CELL_CHARS {
            mark_table(tree, &mut layout, node.parent);
        }
        if matches!(node.tag, Tag::Table | Tag::Heading) && i > 0 {
            mark_table(tree, &mut layout, node.parent);
        }
        if node.parent != NONE && !chrome[i] && !ignored[i] {
            let p = node.parent as usize;
            text[p] = text[p].saturating_add(text[i]);
            link[p] = link[p].saturating_add(link[i]);
            cells[p] = cells[p].saturating_add(cells[i]);
        }
    }
    let mut removed = vec![false; n];
    for (i, node) in tree.nodes.iter().enumerate() {
        let pr = node.parent != NONE && removed.get(node.parent as usize).copied().unwrap_or(false);
        removed[i] = pr || ignored[i] || chrome[i];
    }
    let content = |i: u32| {
        let i = i as usize;
        let words = text.get(i).copied().unwrap_or(0);
        let links = link.get(i).copied().unwrap_or(0);
        let cells = cells.get(i).copied().unwrap_or(0);
        words
            .saturating_sub(links)
            .saturating_add(cells.saturating_mul(CELL_WEIGHT))
    };
    let cells_of = |i: u32| cells.get(i as usize).copied().unwrap_or(0);
    let article = find_article(tree, &removed, &layout, content, cells_of);
    let title = find_title(tree, &removed, &text, article);
    let start = title.unwrap_or(article);
    let end = tree.node(article).end;
    Analysis {
        removed,
        layout,
        region: (start, end.max(start)),
    }
}

/// Whether a block's read text is link text: more than half of it, and either little else (under
/// [`OWN_TEXT_CHARS`] characters) or more than three quarters. A paragraph of the report that
/// links the portal's address keeps its words; a menu with a few headings does not.
fn links_dominate(text: usize, link: usize) -> bool {
    let own = text.saturating_sub(link);
    text > 0
        && link.saturating_mul(2) > text
        && (own < OWN_TEXT_CHARS || link.saturating_mul(4) > text.saturating_mul(3))
}

/// Marks the table that holds cell-content node `from` (its nearest table ancestor) as a
/// layout table, when `from` is inside a cell of it.
fn mark_table(tree: &Tree, layout: &mut [bool], from: u32) {
    let mut id = from;
    let mut in_cell = false;
    for _ in 0..crate::parse::html::tree::MAX_DEPTH + 2 {
        if id == NONE {
            return;
        }
        let node = tree.node(id);
        if node.tag.is_cell() {
            in_cell = true;
        }
        if node.tag == Tag::Table {
            if in_cell {
                if let Some(l) = layout.get_mut(id as usize) {
                    *l = true;
                }
            }
            return;
        }
        id = node.parent;
    }
}

/// Whether the article search may step into `id`.
fn steppable(tree: &Tree, layout: &[bool], id: u32) -> bool {
    let node = tree.node(id);
    match node.tag {
        Tag::Body | Tag::Html | Tag::Block | Tag::Article | Tag::Main | Tag::Inline => true,
        Tag::Table => layout.get(id as usize).copied().unwrap_or(false),
        Tag::Section | Tag::Tr | Tag::Td | Tag::Th => {
            // Inside a layout table only.
            let mut p = node.parent;
            for _ in 0..4 {
                if p == NONE {
                    return false;
                }
                if tree.node(p).tag == Tag::Table {
                    return layout.get(p as usize).copied().unwrap_or(false);
                }
                p = tree.node(p).parent;
            }
            false
        }
        _ => false,
    }
}

/// The article: from the root, step into the child holding most of the non-link text while it
/// holds at least [`ARTICLE_SHARE`] percent of it, or every table cell and at least
/// [`ARTICLE_SHARE_WITH_TABLES`] percent.
fn find_article(
    tree: &Tree,
    removed: &[bool],
    layout: &[bool],
    content: impl Fn(u32) -> usize,
    cells: impl Fn(u32) -> usize,
) -> u32 {
    let mut cur = 0u32;
    loop {
        let total = content(cur);
        let best = tree
            .children(cur)
            .filter(|c| !removed.get(*c as usize).copied().unwrap_or(true))
            .filter(|c| tree.node(*c).tag != Tag::Text)
            .max_by_key(|c| (content(*c), std::cmp::Reverse(*c)));
        let holds =
            |b: u32, share: usize| content(b).saturating_mul(100) >= total.saturating_mul(share);
        match best {
            Some(b)
                if total > 0
                    && (holds(b, ARTICLE_SHARE)
                        || (cells(cur) > 0
                            && cells(b) == cells(cur)
                            && holds(b, ARTICLE_SHARE_WITH_TABLES)))
                    && steppable(tree, layout, b) =>
            {
                cur = b
            }
            _ => return cur,
        }
    }
}

/// The nearest short block before the article that reads as a report title.
fn find_title(tree: &Tree, removed: &[bool], text: &[usize], article: u32) -> Option<u32> {
    let from = article.saturating_sub(TITLE_LOOKBACK);
    let mut checked = NONE;
    for id in (from..article).rev() {
        let node = tree.node(id);
        if node.tag != Tag::Text || removed.get(id as usize).copied().unwrap_or(true) {
            continue;
        }
        let block = block_of(tree, id);
        if block == checked || block == NONE {
            continue;
        }
        checked = block;
        let n = text.get(block as usize).copied().unwrap_or(0);
        if n == 0 || n > TITLE_CHARS {
            continue;
        }
        if is_title_line(&block_text(tree, removed, block)) {
            return Some(block);
        }
    }
    None
}

/// The nearest block-level ancestor of `id`.
fn block_of(tree: &Tree, id: u32) -> u32 {
    let mut p = tree.node(id).parent;
    for _ in 0..crate::parse::html::tree::MAX_DEPTH + 2 {
        if p == NONE {
            return NONE;
        }
        let node = tree.node(p);
        if node.tag.is_block() || node.tag == Tag::Document {
            return p;
        }
        p = node.parent;
    }
    NONE
}

/// The read text of a (short) block, its text nodes joined.
fn block_text(tree: &Tree, removed: &[bool], block: u32) -> String {
    let mut s = String::new();
    let end = tree.node(block).end.min(block.saturating_add(BLOCK_NODES));
    for id in block..end {
        if tree.node(id).tag == Tag::Text && !removed.get(id as usize).copied().unwrap_or(true) {
            for p in tree.text_pieces(id) {
                s.push_str(tree.piece_text(p));
            }
        }
        if s.len() > 4 * TITLE_CHARS * 4 {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The byte-wise count is the character-wise one.
        #[test]
        fn visible_chars_counts_as_chars_do(s in "[ \t\n\x0B\x0C\ra-z0-9\u{85}\u{A0}\u{1680}\u{2000}-\u{200B}\u{2028}\u{202F}\u{3000}\u{FEFF}一-龥\u{4000}\u{9FFF}\u{A000}é😀]{0,40}") {
            let want = s
                .chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200B}' | '\u{FEFF}'))
                .count();
            prop_assert_eq!(super::visible_chars(&s), want);
        }
    }

    use super::*;
    use crate::parse::html::tokens::tree;

    fn read_ids(html: &str) -> (Tree, Analysis) {
        let t = tree(html);
        let a = analyse(&t);
        (t, a)
    }

    fn read_text(html: &str) -> String {
        let (t, a) = read_ids(html);
        let mut s = String::new();
        for id in a.region.0..a.region.1 {
            if t.node(id).tag == Tag::Text && !a.removed[id as usize] {
                for p in t.text_pieces(id) {
                    s.push_str(t.piece_text(p).trim());
                }
                s.push('|');
            }
        }
        s
    }

    const BODY: &str = "<p>一、总体情况</p><p>本年度，本机关认真贯彻落实政府信息公开条例，主动公开政府信息一百二十条，收到申请二十八件，均已按时答复。本机关坚持以公开为常态、不公开为例外，不断完善政府信息公开工作机制，健全信息发布审查制度，及时回应社会关切，政府信息公开的深度和广度进一步拓展，各项工作取得新的进展。全年未发生因政府信息公开引发的行政复议和行政诉讼。</p><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>15</td><td>6</td><td>21</td></tr></table><p>三、收到和处理政府信息公开申请情况</p>";

    #[test]
    fn chrome_and_title_around_the_article() {
        let html = format!(
            "<html><head><title>t</title></head><body>\
             <div class=top><a href=/>首页</a> <a href=/a>政务公开</a></div>\
             <ul><li><a href=1>链接一</a></li><li><a href=2>链接二</a></li></ul>\
             <div class=crumb>当前位置：<a href=/>首页</a>&gt;<a href=/n>政府信息公开年报</a></div>\
             <div class=t>某某局2024年政府信息公开工作年度报告</div>\
             <div class=meta><span>来源：某某局</span><span><a href=#>分享</a></span></div>\
             <div class=main><div class=content>{BODY}</div></div>\
             <div class=footer><p>版权所有：某某网站</p><p>网站标识码：123</p></div>\
             <script>var x = '2024年政府信息公开工作年度报告';</script></body></html>"
        );
        assert_eq!(
            read_text(&html),
            "某某局2024年政府信息公开工作年度报告|来源：某某局|分享|一、总体情况|本年度，本机关认真贯彻落实政府信息公开条例，主动公开政府信息一百二十条，收到申请二十八件，均已按时答复。本机关坚持以公开为常态、不公开为例外，不断完善政府信息公开工作机制，健全信息发布审查制度，及时回应社会关切，政府信息公开的深度和广度进一步拓展，各项工作取得新的进展。全年未发生因政府信息公开引发的行政复议和行政诉讼。|二、主动公开政府信息情况|规章|0|0|0|行政规范性文件|15|6|21|三、收到和处理政府信息公开申请情况|"
        );
    }

    #[test]
    fn a_page_without_containers_is_read_whole() {
        let html =
            format!("<h1>某某局2024年政府信息公开工作年度报告</h1>{BODY}<p><a href=/>返回</a></p>");
        let s = read_text(&html);
        assert!(s.starts_with("某某局2024年"), "{s}");
        assert!(!s.contains("返回"), "{s}");
    }

    #[test]
    fn a_layout_table_is_stepped_into() {
        let html = format!(
            "<table><tr><td><a>首页</a><a>新闻</a></td></tr>\
             <tr><td>某某局2024年政府信息公开工作年度报告</td></tr>\
             <tr><td>{BODY}<table><tr><td>1</td></tr></table></td></tr></table>"
        );
        let (t, a) = read_ids(&html);
        assert!(a.layout[1], "the outer table holds a table");
        assert!(!a.layout.iter().skip(2).any(|l| *l));
        assert!(read_text(&html).starts_with("某某局2024年"));
        assert_eq!(t.node(a.region.0).tag, Tag::Td);
    }

    #[test]
    fn bookmarks_are_not_links_and_a_linked_address_keeps_its_paragraph() {
        let html = format!(
            "<p><a name=\"_Toc1\"><span>一、总体情况</span></a></p>\
             <p>本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。本报告电子版可在<a href=/>某某区人民政府门户网站（www.example.gov.cn）</a>查阅。</p>\
             <p><a href=/a>上一篇</a> <a href=/b>下一篇</a></p>{BODY}"
        );
        let s = read_text(&html);
        assert!(s.starts_with("一、总体情况|本报告中所列数据"), "{s}");
        assert!(s.contains("门户网站"), "{s}");
        assert!(!s.contains("上一篇"), "{s}");
    }

    #[test]
    fn a_site_header_is_chrome_and_an_article_header_is_not() {
        let html = format!(
            "<header><div>某某市人民政府门户网站</div><div>无障碍浏览 长者模式</div></header>\
             <div class=detail><header><h1>某某局2024年政府信息公开工作年度报告</h1>\
             <span>来源：某某局</span></header><div class=content>{BODY}</div></div>"
        );
        let s = read_text(&html);
        assert!(
            s.starts_with("某某局2024年政府信息公开工作年度报告|来源：某某局|一、总体情况"),
            "{s}"
        );
    }

    #[test]
    fn hidden_and_ignored_are_removed() {
        let html = format!("<div style='display:none'>隐藏</div><noscript>x</noscript>{BODY}");
        let s = read_text(&html);
        assert!(!s.contains("隐藏") && !s.contains('x'), "{s}");
    }
}
