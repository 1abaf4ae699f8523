//! Pre-2019 reports: the statistics table appended to them (`附表` / `政府信息公开情况统计表`,
//! two value columns, this year and cumulative) with its `其中` rows adding up, and how the
//! table is laid out in each text layout.

use zfxxgk::finding::TableId;
use zfxxgk::render::Layout;

use crate::national::plant::{Expect, Plant};
use crate::national::rng::Rng;

pub use crate::national::form::TEMPLATE;

/// Whether a template row is the `其他` bucket that makes its list complete.
fn is_bucket(i: usize) -> bool {
    TEMPLATE[i].0.contains("其他")
}

/// One printed row: template index, this year's value, cumulative value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Index into [`TEMPLATE`].
    pub t: usize,
    /// This year.
    pub current: u64,
    /// Since 2008.
    pub cumulative: u64,
}

/// A statistics table as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The rows kept, totals before their parts.
    pub rows: Vec<Row>,
    /// The header of this year's column (`2016年`, `本年度`).
    pub current_header: String,
    /// The header of the cumulative column (`历年累计`, `累计`).
    pub cumulative_header: &'static str,
}

impl Table {
    /// This year's value of a template row, if printed.
    pub fn current(&self, t: usize) -> Option<u64> {
        self.rows.iter().find(|r| r.t == t).map(|r| r.current)
    }
}

/// A random consistent table: the parts of a total add up to it (up to a slack when the list
/// has no 其他 bucket, so it may be partial), and cumulative ≥ this year in every row.
pub fn table(rng: &mut Rng, year: i32, scale: u64) -> Table {
    let mut rows = Vec::new();
    let years = u64::try_from(year - 2008).unwrap_or(0);
    for (i, (_, _, parent)) in TEMPLATE.iter().enumerate() {
        if parent.is_some() {
            continue;
        }
        let max = match i {
            0 => scale * 4 + 20,
            14..=16 => scale / 100 + 1,
            _ => scale / 2 + 3,
        };
        let value = |rng: &mut Rng| -> (u64, u64) {
            let cur = if rng.chance(750) {
                rng.magnitude(max)
            } else {
                0
            };
            let past = if years > 0 && rng.chance(800) {
                rng.magnitude(max.saturating_mul(years))
            } else {
                0
            };
            (cur, cur + past)
        };
        let kids: Vec<usize> = (0..TEMPLATE.len())
            .filter(|&k| TEMPLATE[k].2 == Some(i) && rng.chance(850))
            .collect();
        if kids.is_empty() {
            let (cur, cum) = value(rng);
            rows.push(Row {
                t: i,
                current: cur,
                cumulative: cum,
            });
            continue;
        }
        let vals: Vec<(u64, u64)> = kids.iter().map(|_| value(rng)).collect();
        let bucket = kids.iter().any(|&k| is_bucket(k));
        let (mut cur, mut cum) = vals.iter().fold((0, 0), |(a, b), (c, d)| (a + c, b + d));
        if !bucket && rng.chance(300) {
            let slack = rng.range(1, 30);
            cur += slack;
            cum += slack + rng.range(0, 30);
        }
        rows.push(Row {
            t: i,
            current: cur,
            cumulative: cum,
        });
        for (k, (c, d)) in kids.iter().zip(vals) {
            rows.push(Row {
                t: *k,
                current: c,
                cumulative: d,
            });
        }
    }
    let current_header = if rng.chance(600) {
        format!("{year}年")
    } else {
        "本年度".to_string()
    };
    let cumulative_header = if rng.chance(800) {
        "历年累计"
    } else {
        "累计"
    };
    Table {
        rows,
        current_header,
        cumulative_header,
    }
}

/// Changes one cell of the cumulative column so that exactly one rule breaks: LEG001 (a total
/// no longer matches its parts: the total raised above a complete list, or one part raised
/// above its total) or LEG002 (a row's cumulative value below this year's, on a row that is
/// nobody's part and has none). This year's column, which the prose restates, is untouched.
pub fn plant(rng: &mut Rng, t: &mut Table) -> Option<Plant> {
    let col = "cumulative";
    let lone: Vec<usize> = (0..t.rows.len())
        .filter(|&i| {
            let r = t.rows[i];
            TEMPLATE[r.t].2.is_none()
                && r.current > 0
                && !t.rows.iter().any(|k| TEMPLATE[k.t].2 == Some(r.t))
        })
        .collect();
    let totals: Vec<usize> = (0..t.rows.len())
        .filter(|&i| t.rows.iter().any(|k| TEMPLATE[k.t].2 == Some(t.rows[i].t)))
        .collect();
    if !lone.is_empty() && (totals.is_empty() || rng.chance(300)) {
        let i = *rng.pick(&lone);
        let r = &mut t.rows[i];
        let from = r.cumulative;
        r.cumulative = r.current - rng.range(1, r.current);
        let label = TEMPLATE[r.t].0;
        return Some(Plant {
            table: TableId::Statistics,
            row: label.to_string(),
            column: col.to_string(),
            from: from.to_string(),
            to: r.cumulative.to_string(),
            expect: vec![Expect {
                rules: &["LEG002"],
                table: TableId::Statistics,
                row: None,
                row_label: Some(label),
                column: Some(col.to_string()),
            }],
        });
    }
    let &i = rng.pick(&totals);
    let total_t = t.rows[i].t;
    let kids: Vec<usize> = (0..t.rows.len())
        .filter(|&k| TEMPLATE[t.rows[k].t].2 == Some(total_t))
        .collect();
    let bucket = kids.iter().any(|&k| is_bucket(t.rows[k].t));
    let (changed, from, to) = if bucket {
        let r = &mut t.rows[i];
        let from = r.cumulative;
        r.cumulative = from + rng.range(1, 9);
        (r.t, from, r.cumulative)
    } else {
        let total = t.rows[i].cumulative;
        let &k = rng.pick(&kids);
        let r = &mut t.rows[k];
        let from = r.cumulative;
        r.cumulative = total + rng.range(1, 9);
        (r.t, from, r.cumulative)
    };
    Some(Plant {
        table: TableId::Statistics,
        row: TEMPLATE[changed].0.to_string(),
        column: col.to_string(),
        from: from.to_string(),
        to: to.to_string(),
        expect: vec![Expect {
            rules: &["LEG001"],
            table: TableId::Statistics,
            row: None,
            row_label: Some(TEMPLATE[total_t].0),
            column: Some(col.to_string()),
        }],
    })
}

/// The enumerated labels: `其中：1.网站公开` for the first part, `2.政府公报公开` for the next.
fn labels(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    let mut n = 0;
    for r in &t.rows {
        let (label, _, parent) = TEMPLATE[r.t];
        if parent.is_none() {
            n = 0;
            out.push(label.to_string());
        } else {
            n += 1;
            let pre = if n == 1 { "其中：" } else { "" };
            out.push(format!("{pre}{n}.{label}"));
        }
    }
    out
}

/// The table as text in `layout`: one line per row (tabs, pipes, aligned spaces), one cell per
/// paragraph, an HTML `<table>` (one `<td>` a cell), or the whole table on one line (flattened; run together, this year's and the
/// cumulative digits glued).
pub fn render(t: &Table, layout: Layout) -> String {
    let head = [
        "指标名称",
        "计量单位",
        t.current_header.as_str(),
        t.cumulative_header,
    ];
    let cells: Vec<[String; 4]> = labels(t)
        .into_iter()
        .zip(&t.rows)
        .map(|(l, r)| {
            [
                l,
                TEMPLATE[r.t].1.to_string(),
                r.current.to_string(),
                r.cumulative.to_string(),
            ]
        })
        .collect();
    let mut s = String::new();
    match layout {
        Layout::Html => {
            s.push_str("<p>附表：政府信息公开情况统计表</p>\n<table>\n");
            let row = |s: &mut String, c: &[&str]| {
                s.push_str("<tr>");
                for v in c {
                    s.push_str(&format!("<td>{v}</td>"));
                }
                s.push_str("</tr>\n");
            };
            row(&mut s, &head);
            for c in &cells {
                let r: Vec<&str> = c.iter().map(String::as_str).collect();
                row(&mut s, &r);
            }
            s.push_str("</table>\n");
        }
        Layout::Flattened | Layout::RunTogether => {
            let glue = layout == Layout::RunTogether;
            s.push_str("附表：政府信息公开情况统计表 ");
            s.push_str(&head.join(" "));
            for c in &cells {
                if glue {
                    s.push_str(&format!(" {} {} {}{}", c[0], c[1], c[2], c[3]));
                } else {
                    s.push_str(&format!(" {}", c.join(" ")));
                }
            }
        }
        Layout::CellPerLine => {
            s.push_str("附表：政府信息公开情况统计表\n\n");
            s.push_str(&head.join("\n\n"));
            for c in &cells {
                s.push_str("\n\n");
                s.push_str(&c.join("\n\n"));
            }
            s.push('\n');
        }
        _ => {
            let join = |c: &[&str]| match layout {
                Layout::Pipes => format!("| {} |", c.join(" | ")),
                Layout::Spaces => format!("  {:<24}{:>6}{:>10}{:>10}", c[0], c[1], c[2], c[3]),
                _ => c.join("\t"),
            };
            s.push_str("附表：政府信息公开情况统计表\n");
            s.push_str(&join(&head));
            s.push('\n');
            if layout == Layout::Pipes {
                s.push_str("|---|---|---|---|\n");
            }
            for c in &cells {
                let r: Vec<&str> = c.iter().map(String::as_str).collect();
                s.push_str(&join(&r));
                s.push('\n');
            }
        }
    }
    s
}
