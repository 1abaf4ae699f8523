//! The agencies that publish the synthetic reports: a pool of made-up places (31 provinces,
//! their cities, counties and towns, named from a list of syllables) and the three kinds of
//! reporting agency at every level (governments, departments, townships and street offices).
//!
//! Every name starts with its province, so a report's region is read back from the agency name
//! the parser finds in the title (`江宁省临川市白水县人民政府`).

use zfxxgk::report::AgencyLevel;

use crate::national::rng::Rng;

/// The made-up provinces (the regions of the rollup). None is a real province's name.
pub const PROVINCES: [&str; 31] = [
    "江宁", "河川", "云岭", "湖泉", "安和", "吉阳", "辽平", "陕丰", "甘清", "青源", "宁长", "桂新",
    "贵华", "海庆", "闽岭", "浙宝", "皖金", "赣凤", "鲁龙", "豫白", "鄂明", "湘德", "粤嘉", "川永",
    "滇昌", "黔黎", "晋荆", "冀林", "蒙桥", "藏溪", "疆石",
];

/// Syllables of city, county and town names (no numerals, no words the prose reader keys on).
const SYLLABLES: [&str; 40] = [
    "青", "石", "桥", "溪", "林", "川", "平", "安", "和", "兴", "临", "泉", "阳", "宁", "丰", "清",
    "河", "山", "云", "湖", "源", "长", "新", "福", "华", "庆", "岭", "江", "宝", "金", "凤", "龙",
    "白", "水", "明", "德", "嘉", "永", "昌", "黎",
];

/// Departments of a government (their names end the way `AgencyLevel::Department` names do).
const DEPARTMENTS: [&str; 15] = [
    "教育局",
    "公安局",
    "财政局",
    "自然资源局",
    "生态环境局",
    "卫生健康委员会",
    "市场监督管理局",
    "交通运输局",
    "住房和城乡建设局",
    "人力资源和社会保障局",
    "发展和改革委员会",
    "审计局",
    "统计局",
    "民政局",
    "司法局",
];

/// Who publishes a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    /// The full name as the title prints it.
    pub name: String,
    /// The kind of agency (what the parser should read from the name).
    pub level: AgencyLevel,
    /// Index into [`PROVINCES`].
    pub province: usize,
    /// How big its caseload is: applications per year reach about this many.
    pub scale: u64,
}

fn place(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(&SYLLABLES), rng.pick(&SYLLABLES))
}

/// A random agency: a province, then a level (departments are the most numerous reporters,
/// then townships, then governments), then a place under the province.
pub fn agency(rng: &mut Rng) -> Agency {
    let province = rng.below(PROVINCES.len() as u64) as usize;
    let p = format!("{}省", PROVINCES[province]);
    let city = format!("{}市", place(rng));
    let county = format!("{}{}", place(rng), rng.pick(&["县", "区", "县", "市"]));
    // 15 % governments, 55 % departments, 30 % townships and street offices.
    let (name, level, scale) = match rng.weighted(&[150, 550, 300]) {
        0 => match rng.below(3) {
            0 => (format!("{p}人民政府"), AgencyLevel::Government, 3000),
            1 => (format!("{p}{city}人民政府"), AgencyLevel::Government, 1500),
            _ => (
                format!("{p}{city}{county}人民政府"),
                AgencyLevel::Government,
                400,
            ),
        },
        1 => {
            let dept = rng.pick(&DEPARTMENTS);
            match rng.below(3) {
                0 => (format!("{p}{dept}"), AgencyLevel::Department, 600),
                1 => (format!("{p}{city}{dept}"), AgencyLevel::Department, 200),
                _ => (
                    format!("{p}{city}{county}{dept}"),
                    AgencyLevel::Department,
                    60,
                ),
            }
        }
        _ => {
            let town = place(rng);
            let suffix = rng.pick(&["镇人民政府", "乡人民政府", "街道办事处"]);
            (
                format!("{p}{city}{county}{town}{suffix}"),
                AgencyLevel::Township,
                25,
            )
        }
    };
    Agency {
        name,
        level,
        province,
        scale,
    }
}

/// The province an agency name starts with, if any (`None` for a name the parser did not find
/// or read differently).
pub fn region_of(name: &str) -> Option<usize> {
    PROVINCES.iter().position(|p| {
        name.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with('省'))
    })
}
