//! Moving every span of a report read from reading text onto the HTML source: the cells'
//! spans, sections, claims and their figures, fee statements, legacy figures and the parser's
//! findings. Each type is destructured field by field, so a span field added later fails to
//! compile here until it is remapped.

use crate::parse::lines::LineIndex;
use crate::parse::ParsedReport;
use crate::report::reading::OffsetMap;
use crate::report::{
    Claim, ClaimKind, Figure, Part, Section, Span, StatisticsCell, StatisticsRow, StatisticsTable,
};

/// Maps reading spans to source spans.
pub(crate) struct Remap<'a> {
    pub map: &'a OffsetMap,
    pub lines: &'a LineIndex,
}

impl Remap<'_> {
    pub(crate) fn span(&self, s: Span) -> Span {
        let (start, end) = self.map.to_source(s.start, s.end);
        Span::new(self.lines.line(start), start, end)
    }

    fn span_mut(&self, s: &mut Span) {
        *s = self.span(*s);
    }

    fn figure(&self, f: &mut Figure) {
        self.span_mut(&mut f.span);
    }

    fn part(&self, p: &mut Part) {
        self.figure(&mut p.figure);
    }

    fn claim(&self, c: &mut Claim) {
        let Claim {
            kind,
            section: _,
            sentence: _,
            span,
            text: _,
            text_span,
            comparison: _,
            period: _,
            scope: _,
            relies_on,
        } = c;
        self.span_mut(span);
        self.span_mut(text_span);
        relies_on
            .iter_mut()
            .for_each(|q| self.span_mut(&mut q.span));
        match kind {
            ClaimKind::Total {
                measure: _,
                total,
                parts,
                reading: _,
            } => {
                self.figure(total);
                parts.iter_mut().for_each(|p| self.part(p));
            }
            ClaimKind::Share {
                label: _,
                part,
                whole,
                share,
                group: _,
                rest: _,
                bases,
            } => {
                part.iter_mut().for_each(|f| self.figure(f));
                whole.iter_mut().for_each(|f| self.figure(f));
                bases.iter_mut().for_each(|f| self.figure(f));
                self.figure(share);
            }
            ClaimKind::Rate {
                label: _,
                rate,
                numerator,
                denominator,
                implied: _,
            } => {
                self.figure(rate);
                numerator.iter_mut().for_each(|f| self.figure(f));
                denominator.iter_mut().for_each(|f| self.figure(f));
            }
            ClaimKind::Dated {
                year: _,
                measure: _,
                value,
                comparison: _,
            } => self.figure(value),
            ClaimKind::Completed { of: _, total } => self.figure(total),
            ClaimKind::Nil { what: _ } | ClaimKind::Contents { sections: _ } => {}
        }
    }

    fn section(&self, s: &mut Section) {
        let Section {
            kind: _,
            heading: _,
            number: _,
            heading_span,
            body_span,
        } = s;
        self.span_mut(heading_span);
        self.span_mut(body_span);
    }

    fn statistics(&self, t: &mut StatisticsTable) {
        let StatisticsTable {
            title: _,
            columns: _,
            rows,
            span,
        } = t;
        span.iter_mut().for_each(|s| self.span_mut(s));
        for r in rows {
            let StatisticsRow {
                label: _,
                indicator: _,
                unit: _,
                parent: _,
                cells,
                span,
            } = r;
            span.iter_mut().for_each(|s| self.span_mut(s));
            for c in cells {
                let StatisticsCell { value: _, span } = c;
                span.iter_mut().for_each(|s| self.span_mut(s));
            }
        }
    }

    /// Remaps every span of `parsed` (the source itself is replaced by the caller).
    pub(crate) fn parsed(&self, parsed: &mut ParsedReport) {
        let r = &mut parsed.report;
        r.sections.iter_mut().for_each(|s| self.section(s));
        r.claims.iter_mut().for_each(|c| self.claim(c));
        if let Some(fees) = &mut r.fees {
            for c in &mut fees.claims {
                self.span_mut(&mut c.span);
            }
        }
        if let Some(l) = &mut r.legacy {
            l.full_text_rate.iter_mut().for_each(|f| self.figure(f));
            for reply in &mut l.replies {
                reply.share.iter_mut().for_each(|f| self.figure(f));
            }
            l.staff.iter_mut().for_each(|p| self.part(p));
            if let Some(t) = &mut l.table {
                self.statistics(t);
            }
        }
        for f in &mut parsed.diagnostics {
            if let Some(s) = &mut f.location.span {
                self.span_mut(s);
            }
        }
    }
}
