use super::*;

#[test]
fn row_counts_match_the_templates() {
    // DOMAIN.md §2.4: 一、二、(七)、四 plus 19 outcome leaf rows in 2019 → 23 rows;
    // plus 21 in 2021 → 25.
    assert_eq!(RequestRow::rows(Template::Std2019).len(), 23);
    assert_eq!(RequestRow::rows(Template::Std2021).len(), 25);
    assert_eq!(RequestRow::all().count(), 26);
    let r19 = RequestRow::rows(Template::Std2019);
    assert!(r19.contains(&RequestRow::Outcome(Outcome::OtherHandling)));
    assert!(!r19.contains(&RequestRow::Outcome(Outcome::OtherMisc)));
    assert_eq!(r19[22], RequestRow::CarriedForward);
    assert_eq!(r19[21], RequestRow::TotalProcessed);
}

#[test]
fn ids_round_trip_and_are_ascii_snake_case() {
    for r in RequestRow::all() {
        assert_eq!(RequestRow::from_id(r.id()), Some(r));
        assert!(r.id().bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
    }
}

/// The full labels in the outcome table are the group's number, the row's number and its
/// own label (or, for a group that is itself a leaf, the group label with the row's).
#[test]
fn full_labels_are_composed_of_group_number_and_label() {
    for o in Outcome::ALL {
        let group = o.group().label();
        let prefix_len = group.find('）').map_or(0, |i| i + '）'.len_utf8());
        let composed = match o.number() {
            Some(n) => format!("{}{n}.{}", &group[..prefix_len], o.label()),
            None => format!("{}{}", &group[..prefix_len], o.label()),
        };
        assert_eq!(o.full_label(), composed, "{o}");
        assert_eq!(RequestRow::Outcome(o).label(), composed);
    }
}

#[test]
fn full_labels() {
    assert_eq!(
        Outcome::WithheldStateSecret.full_label(),
        "（三）1.属于国家秘密"
    );
    assert_eq!(Outcome::Disclosed.full_label(), "（一）予以公开");
    assert_eq!(Outcome::OtherHandling.full_label(), "（六）其他处理");
    assert_eq!(Outcome::OtherMisc.full_label(), "（六）3.其他");
    assert_eq!(
        Outcome::PartiallyDisclosed.full_label(),
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    );
}

#[test]
fn groups_have_their_members() {
    assert_eq!(OutcomeGroup::Withheld.members(Template::Std2021).count(), 8);
    assert_eq!(
        OutcomeGroup::OtherHandling
            .members(Template::Std2019)
            .count(),
        1
    );
    assert_eq!(
        OutcomeGroup::OtherHandling
            .members(Template::Std2021)
            .count(),
        3
    );
}
