//! Visiting a subtree in document order without recursion (nesting is bounded, but a loop is
//! simpler to bound than a stack of calls).

use crate::parse::html::tree::{Tree, NONE};

/// Whether to visit a node's children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Visit {
    Descend,
    Skip,
}

/// A step of a walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// On the way down: return whether to visit the children.
    Enter(u32),
    /// On the way up, for every node entered with [`Visit::Descend`] (the return is ignored).
    Exit(u32),
}

/// Visits `root` and its descendants in document order.
pub(crate) fn walk(tree: &Tree, root: u32, mut visit: impl FnMut(Step) -> Visit) {
    let mut id = root;
    loop {
        let descend = visit(Step::Enter(id)) == Visit::Descend;
        let first = tree.node(id).first_child;
        if descend && first != NONE {
            id = first;
            continue;
        }
        if descend {
            visit(Step::Exit(id));
        }
        // Up to the next sibling, leaving finished parents.
        loop {
            if id == root {
                return;
            }
            let node = tree.node(id);
            if node.next_sibling != NONE {
                id = node.next_sibling;
                break;
            }
            id = node.parent;
            if id == NONE {
                return;
            }
            visit(Step::Exit(id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::html::tokens::tree;

    #[test]
    fn order_and_skips() {
        let t = tree("<div><p>a</p><script>s</script><p>b<b>c</b></p></div><p>d</p>");
        let mut log = Vec::new();
        walk(&t, 1, |step| match step {
            Step::Enter(id) => {
                log.push(format!("+{id}"));
                if t.node(id).tag == crate::parse::html::tag::Tag::Ignored {
                    Visit::Skip
                } else {
                    Visit::Descend
                }
            }
            Step::Exit(id) => {
                log.push(format!("-{id}"));
                Visit::Skip
            }
        });
        assert_eq!(
            log.join(" "),
            "+1 +2 +3 -3 -2 +4 +6 +7 -7 +8 +9 -9 -8 -6 -1"
        );
    }
}
