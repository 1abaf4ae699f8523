//! The element names the HTML reader tells apart, and what each means for reading.

/// An element name, folded to what matters for reading; every other name is [`Tag::Inline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// The synthetic root.
    Document,
    /// A text node.
    Text,
    Html,
    Head,
    Body,
    /// Content never read: scripts, styles, form controls, embedded objects.
    Ignored,
    /// Site chrome by its element: `nav`, `aside`, `footer`, `menu`.
    Chrome,
    /// `header`: chrome unless inside an `article` or `main`.
    Header,
    Article,
    Main,
    P,
    Br,
    Heading,
    Pre,
    Li,
    List,
    DefItem,
    /// Other block-level elements (`div`, `section`, `blockquote`, …): a line boundary.
    Block,
    Table,
    Caption,
    /// `thead`, `tbody`, `tfoot`.
    Section,
    Tr,
    Td,
    Th,
    A,
    /// Elements with no content (`img`, `meta`, `hr`, …), other than `br`.
    Void,
    /// Everything else: no line boundary.
    Inline,
}

impl Tag {
    /// The tag for a lower-case element name.
    pub(crate) fn of(name: &[u8]) -> Tag {
        match name {
            b"html" => Tag::Html,
            b"head" => Tag::Head,
            b"body" => Tag::Body,
            b"script" | b"style" | b"noscript" | b"template" | b"title" | b"textarea"
            | b"select" | b"option" | b"optgroup" | b"datalist" | b"button" | b"iframe"
            | b"object" | b"svg" | b"math" | b"canvas" | b"audio" | b"video" | b"map"
            | b"frameset" | b"noframes" | b"noembed" | b"xmp" | b"plaintext" | b"dialog" => {
                Tag::Ignored
            }
            b"nav" | b"aside" | b"footer" | b"menu" => Tag::Chrome,
            b"header" => Tag::Header,
            b"article" => Tag::Article,
            b"main" => Tag::Main,
            b"p" => Tag::P,
            b"br" => Tag::Br,
            b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => Tag::Heading,
            b"pre" | b"listing" => Tag::Pre,
            b"li" => Tag::Li,
            b"ul" | b"ol" | b"dl" | b"dir" => Tag::List,
            b"dt" | b"dd" => Tag::DefItem,
            b"div" | b"section" | b"blockquote" | b"center" | b"address" | b"details"
            | b"summary" | b"fieldset" | b"legend" | b"figure" | b"figcaption" | b"form"
            | b"hgroup" => Tag::Block,
            b"table" => Tag::Table,
            b"caption" => Tag::Caption,
            b"thead" | b"tbody" | b"tfoot" => Tag::Section,
            b"tr" => Tag::Tr,
            b"td" => Tag::Td,
            b"th" => Tag::Th,
            b"a" => Tag::A,
            b"area" | b"base" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
            | b"meta" | b"param" | b"source" | b"track" | b"wbr" | b"keygen" | b"frame"
            | b"basefont" | b"bgsound" | b"image" => Tag::Void,
            _ => Tag::Inline,
        }
    }

    /// Whether the element has no content and is never pushed on the open-element stack.
    pub(crate) fn is_void(self) -> bool {
        matches!(self, Tag::Void | Tag::Br)
    }

    /// Whether the element starts and ends a line of reading text.
    pub(crate) fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Body
                | Tag::Chrome
                | Tag::Header
                | Tag::Article
                | Tag::Main
                | Tag::P
                | Tag::Heading
                | Tag::Pre
                | Tag::Li
                | Tag::List
                | Tag::DefItem
                | Tag::Block
                | Tag::Table
                | Tag::Caption
                | Tag::Section
                | Tag::Tr
                | Tag::Td
                | Tag::Th
        )
    }

    /// Whether opening this element closes an open `p` (HTML's block-level start tags).
    pub(crate) fn closes_p(self) -> bool {
        matches!(
            self,
            Tag::Chrome
                | Tag::Header
                | Tag::Article
                | Tag::Main
                | Tag::P
                | Tag::Heading
                | Tag::Pre
                | Tag::Li
                | Tag::List
                | Tag::DefItem
                | Tag::Block
                | Tag::Table
        )
    }

    /// Whether the element bounds the search for an open element to close (HTML's "scope").
    pub(crate) fn is_scope(self) -> bool {
        matches!(
            self,
            Tag::Document
                | Tag::Html
                | Tag::Table
                | Tag::Td
                | Tag::Th
                | Tag::Caption
                | Tag::Ignored
        )
    }

    /// Whether the element is a table cell.
    pub(crate) fn is_cell(self) -> bool {
        matches!(self, Tag::Td | Tag::Th)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold() {
        assert_eq!(Tag::of(b"td"), Tag::Td);
        assert_eq!(Tag::of(b"o:p"), Tag::Inline);
        assert_eq!(Tag::of(b"script"), Tag::Ignored);
        assert!(Tag::of(b"br").is_void() && !Tag::of(b"br").is_block());
        assert!(Tag::of(b"div").closes_p() && !Tag::of(b"span").closes_p());
        assert!(Tag::Td.is_scope() && !Tag::Block.is_scope());
    }
}
