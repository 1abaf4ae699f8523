//! Properties of the pre-2019 statistics table reader: a table rendered from random
//! consistent values reads back equal in every layout, with no `LEG` finding; rendered with
//! its cells run together, every row reads back equal or is reported ambiguous (never wrong).

use proptest::prelude::*;
use zfxxgk::parse::{parse_with, ParseOptions};
use zfxxgk::report::StatisticsTable;
use zfxxgk::rules::check;
use zfxxgk::ReportFormat;

/// The form: label, unit, index of the total it is a part of (the national example's).
#[path = "../examples/national/form.rs"]
mod form;
use form::TEMPLATE;

/// A generated table: the template rows kept, each with (this year, cumulative).
#[derive(Debug, Clone)]
struct Gen {
    rows: Vec<(usize, u64, u64)>,
}

/// Random consistent values: parts of a total add up to it (plus slack when the list has no
/// 其他 bucket), cumulative ≥ the year, in both columns.
fn table() -> impl Strategy<Value = Gen> {
    (
        prop::collection::vec(any::<bool>(), TEMPLATE.len()),
        prop::collection::vec((0u64..400, 0u64..3000), TEMPLATE.len()),
        prop::collection::vec((0u64..30, 0u64..30), TEMPLATE.len()),
    )
        .prop_map(|(keep, vals, slack)| {
            let mut rows: Vec<(usize, u64, u64)> = Vec::new();
            for (i, (_, _, parent)) in TEMPLATE.iter().enumerate() {
                if parent.is_none() {
                    let kids: Vec<usize> = (0..TEMPLATE.len())
                        .filter(|&k| TEMPLATE[k].2 == Some(i) && keep[k])
                        .collect();
                    let bucket = kids.iter().any(|&k| TEMPLATE[k].0.contains("其他"));
                    let (mut cur, mut cum) = (0u64, 0u64);
                    for &k in &kids {
                        cur += vals[k].0;
                        cum += vals[k].0 + vals[k].1;
                    }
                    let (s1, s2) = if bucket { (0, 0) } else { slack[i] };
                    let (cur, cum) = if kids.is_empty() {
                        (vals[i].0, vals[i].0 + vals[i].1)
                    } else {
                        cur += s1;
                        cum += s1 + s2;
                        (cur, cum)
                    };
                    rows.push((i, cur, cum));
                    for &k in &kids {
                        rows.push((k, vals[k].0, vals[k].0 + vals[k].1));
                    }
                }
            }
            Gen { rows }
        })
}

#[derive(Debug, Clone, Copy)]
enum Layout {
    Flat,
    Tabs,
    Pipes,
    Cells,
    Spaces,
}

const LAYOUTS: [Layout; 5] = [
    Layout::Flat,
    Layout::Tabs,
    Layout::Pipes,
    Layout::Cells,
    Layout::Spaces,
];

/// The enumerator of each row: `其中：1.` for the first part, `2.` for the next…
fn labels(g: &Gen) -> Vec<String> {
    let mut out = Vec::new();
    let mut n = 0;
    for (i, _, _) in &g.rows {
        let (label, _, parent) = TEMPLATE[*i];
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

fn render(g: &Gen, layout: Layout, glue: bool) -> String {
    let mut t =
        String::from("某局2016年政府信息公开工作年度报告\n一、概述\n本年度工作正常开展。\n");
    let head = ["指标名称", "计量单位", "2016年", "历年累计"];
    let cells: Vec<[String; 4]> = labels(g)
        .into_iter()
        .zip(&g.rows)
        .map(|(l, (i, a, b))| [l, TEMPLATE[*i].1.to_string(), a.to_string(), b.to_string()])
        .collect();
    match layout {
        Layout::Flat => {
            t.push_str("附表 ");
            t.push_str(&head.join(" "));
            for c in &cells {
                if glue {
                    t.push_str(&format!(" {} {} {}{}", c[0], c[1], c[2], c[3]));
                } else {
                    t.push_str(&format!(" {}", c.join(" ")));
                }
            }
            t.push_str(" 附件下载");
        }
        Layout::Tabs | Layout::Pipes | Layout::Spaces => {
            let join = |c: &[&str]| match layout {
                Layout::Tabs => c.join("\t"),
                Layout::Pipes => format!("| {} |", c.join(" | ")),
                _ => format!("  {:<24}{:>6}{:>10}{:>10}", c[0], c[1], c[2], c[3]),
            };
            t.push_str("政府信息公开情况统计表\n");
            t.push_str(&join(&head));
            t.push('\n');
            for c in &cells {
                let r: Vec<&str> = c.iter().map(String::as_str).collect();
                t.push_str(&join(&r));
                t.push('\n');
            }
        }
        Layout::Cells => {
            t.push_str("政府信息公开情况统计表\n");
            t.push_str(&head.join("\n"));
            for c in &cells {
                t.push('\n');
                t.push_str(&c.join("\n"));
            }
            t.push('\n');
        }
    }
    t
}

fn read(text: &str) -> (StatisticsTable, Vec<zfxxgk::rules::Finding>) {
    let p = parse_with(text, &ParseOptions::with_format(ReportFormat::Legacy)).unwrap();
    let mut f = p.diagnostics;
    f.extend(check(&p.report));
    let t = p.report.legacy.and_then(|l| l.table).unwrap_or_default();
    (t, f)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_consistent_table_reads_back_equal_in_every_layout(g in table()) {
        for layout in LAYOUTS {
            let text = render(&g, layout, false);
            let (t, f) = read(&text);
            prop_assert_eq!(t.rows.len(), g.rows.len(), "{:?}\n{}", layout, text);
            for (row, (i, a, b)) in t.rows.iter().zip(&g.rows) {
                prop_assert_eq!(row.label.as_str(), TEMPLATE[*i].0, "{:?}\n{}", layout, text);
                prop_assert_eq!(row.value(0), Some(*a), "{:?} {}\n{}", layout, row.label, text);
                prop_assert_eq!(row.value(1), Some(*b), "{:?} {}\n{}", layout, row.label, text);
                let parent = row.parent.map(|p| t.rows[p].label.as_str());
                prop_assert_eq!(parent, TEMPLATE[*i].2.map(|p| TEMPLATE[p].0), "{:?}\n{}", layout, text);
            }
            let legs: Vec<_> = f.iter().filter(|x| x.rule.starts_with("LEG")).collect();
            prop_assert!(legs.is_empty(), "{:?}: {:?}\n{}", layout, legs, text);
        }
    }

    #[test]
    fn run_together_cells_read_back_equal_or_ambiguous_never_wrong(g in table()) {
        let text = render(&g, Layout::Flat, true);
        let (t, f) = read(&text);
        prop_assert_eq!(t.rows.len(), g.rows.len(), "{}", text);
        let ambiguous: Vec<&str> = f
            .iter()
            .filter(|x| x.rule == "LEG004")
            .filter_map(|x| x.location.row_id())
            .collect();
        for (row, (_, a, b)) in t.rows.iter().zip(&g.rows) {
            if row.value(0).is_none() && row.value(1).is_none() {
                prop_assert!(ambiguous.contains(&row.key().as_str()), "{} blank but not reported\n{}", row.label, text);
            } else {
                prop_assert_eq!((row.value(0), row.value(1)), (Some(*a), Some(*b)), "{}\n{}", row.label, text);
            }
        }
        // A consistent table decoded is still consistent.
        prop_assert!(f.iter().all(|x| x.rule != "LEG001" && x.rule != "LEG002"), "{:?}", f);
    }
}
