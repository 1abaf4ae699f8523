//! One synthetic report: who publishes it, for which year and in which format, its model,
//! the layout and encoding of its text, and the error planted in it, if any. Everything is
//! drawn from the report's own random stream, so report `i` of a seed is always the same.

use zfxxgk::render::Layout;
use zfxxgk::{ReportFormat, Template};

use crate::national::agency::{agency, Agency};
use crate::national::legacy;
use crate::national::plant::Plant;
use crate::national::rng::Rng;
use crate::national::standard::{self, StdModel};
use crate::national::text;

/// The layouts reports are rendered in: every layout `zfxxgk::render` has (a layout added to
/// the renderer joins the mix here without another change).
pub fn layouts() -> &'static [Layout] {
    &Layout::ALL
}

/// The first and last report year generated.
pub const YEARS: (i32, i32) = (2008, 2025);

/// What a report's tables are.
#[derive(Debug, Clone)]
pub enum Body {
    /// A 2019- or 2021-format report.
    Std(Box<StdModel>),
    /// A pre-2019 report with its statistics table.
    Legacy(legacy::Table),
}

/// One synthetic report and what is known about it.
#[derive(Debug, Clone)]
pub struct Case {
    /// Position in the run.
    pub index: u64,
    /// The year reported on.
    pub year: i32,
    /// The format it follows.
    pub format: ReportFormat,
    /// Who publishes it.
    pub agency: Agency,
    /// How its tables are laid out.
    pub layout: Layout,
    /// Saved as GB18030 (otherwise UTF-8).
    pub gb18030: bool,
    /// Its tables as rendered (the plant included).
    pub body: Body,
    /// The planted error, if any.
    pub plant: Option<Plant>,
    /// The text.
    pub text: String,
}

/// The template of a report on `year`: none before 2019, the 2019 one for 2019–2020, the 2021
/// one after, except that some 2021–2022 reports kept the 2019 template (1 in 20).
fn format_of(rng: &mut Rng, year: i32) -> ReportFormat {
    match year {
        ..=2018 => ReportFormat::Legacy,
        2019 | 2020 => ReportFormat::Std2019,
        2021 | 2022 if rng.chance(50) => ReportFormat::Std2019,
        _ => ReportFormat::Std2021,
    }
}

/// Report `index` of the run seeded `seed`, in one of `layouts` (all of [`layouts`] when
/// empty), with an error planted with probability `planted_ppm` per million.
pub fn case(seed: u64, index: u64, planted_ppm: u64, layouts: &[Layout]) -> Case {
    let mut rng = Rng::for_report(seed, index);
    let year = rng.range(YEARS.0 as u64, YEARS.1 as u64) as i32;
    let format = format_of(&mut rng, year);
    let agency = agency(&mut rng);
    let ls = if layouts.is_empty() {
        self::layouts()
    } else {
        layouts
    };
    let layout = ls[rng.below(ls.len() as u64) as usize];
    let gb18030 = rng.chance(200);
    let published = (year + 1, 1, rng.range(5, 28) as u32);
    let planted = rng.chance_ppm(planted_ppm);
    let (body, plant, text) = match format.template() {
        Some(t) => std_case(&mut rng, t, &agency, year, published, layout, planted),
        None => {
            let mut table = legacy::table(&mut rng, year, agency.scale);
            let plant = if planted {
                legacy::plant(&mut rng, &mut table)
            } else {
                None
            };
            let text = text::legacy(&table, &agency.name, year, published, layout);
            (Body::Legacy(table), plant, text)
        }
    };
    Case {
        index,
        year,
        format,
        agency,
        layout,
        gb18030,
        body,
        plant,
        text,
    }
}

fn std_case(
    rng: &mut Rng,
    template: Template,
    agency: &Agency,
    year: i32,
    published: (i32, u32, u32),
    layout: Layout,
    planted: bool,
) -> (Body, Option<Plant>, String) {
    let mut m = standard::model(rng, template, agency.scale);
    let restate = rng.chance(700);
    let plant = planted.then(|| standard::plant(rng, &mut m));
    let text = text::standard(&m, &agency.name, year, published, layout, restate);
    (Body::Std(Box::new(m)), plant, text)
}
