//! Working days and reply deadlines from arbitrary facts (dates anywhere, pauses, flags), and
//! calendars loaded from arbitrary TSV text.
#![no_main]
use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use zfxxgk::calendar::WorkCalendar;
use zfxxgk::deadline::{Application, Channel, Consultation, ConsultationKind, Supplement};

fn date(b: &[u8], i: usize) -> NaiveDate {
    let n = u16::from_le_bytes([*b.get(i).unwrap_or(&0), *b.get(i + 1).unwrap_or(&0)]);
    NaiveDate::from_ymd_opt(2005, 1, 1).expect("valid") + Days::new(u64::from(n) % 9000)
}

fuzz_target!(|data: &[u8]| {
    let cal = WorkCalendar::official();
    let channel = [Channel::InPerson, Channel::Post, Channel::Letter, Channel::Online, Channel::Fax]
        [usize::from(*data.first().unwrap_or(&0)) % 5];
    let mut a = Application::new(channel, date(data, 1));
    let flags = *data.get(3).unwrap_or(&0);
    a.extended = flags & 1 != 0;
    a.immediate = flags & 2 != 0;
    if flags & 4 != 0 {
        a.supplement = Some(Supplement { requested: date(data, 4), received: date(data, 6) });
    }
    for k in 0..usize::from(flags >> 5) {
        let kind = if k % 2 == 0 { ConsultationKind::ThirdParty } else { ConsultationKind::Agency };
        a.consultations.push(Consultation { kind, start: date(data, 8 + 4 * k), end: date(data, 10 + 4 * k) });
    }
    if let (Ok(full), Ok(fast)) = (a.deadline(cal), a.due_date(cal)) {
        assert_eq!(full.due, fast, "the fast path agrees with the explained one");
        assert!(full.due >= a.received, "a deadline never precedes receipt");
    }
    let n = u64::from(*data.get(40).unwrap_or(&0));
    let start = date(data, 41);
    if let Ok(end) = cal.add_working_days(start, n) {
        assert_eq!(cal.working_days_between(start, end).ok(), Some(n));
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = WorkCalendar::from_tsv(text);
    }
});
