//! Confidence per claim: owns the number in [0, 1] each event carries, read from its cues
//! (`Event::cues`: how its sense, agent, status and country were found, whether it is told
//! again or in a quotation) and its type, weighed by the table in
//! `data/model/confidence.tsv`.
//!
//! The number is a logistic score, `1 / (1 + e^-(bias + Σ weights))`, fitted by
//! `scripts/eval/confidence_fit.py` on hand-judged claims: it estimates how likely a claim
//! tells of a real event of its type (its roles may still be wrong or missing). The table
//! is data; a bad line is an error naming its line number, raised the first time a claim
//! is scored (a test reads it).

use super::{Cue, Event, EventType};
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../../data/model/confidence.tsv");

/// The weights: the bias, one per cue, one per event type (zero when the table has none).
#[derive(Debug)]
pub struct Weights {
    bias: f64,
    cues: Vec<f64>,
    types: Vec<f64>,
}

impl Weights {
    /// The built-in table.
    pub fn get() -> &'static Weights {
        static W: OnceLock<Weights> = OnceLock::new();
        W.get_or_init(|| Weights::parse(TABLE).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Reads a table of `name<TAB>weight` lines: `bias`, a cue's name, or `type:` and an
    /// event type's name; `#` starts a comment. The first bad line is an error.
    pub fn parse(text: &str) -> Result<Weights, String> {
        let mut w = Weights {
            bias: 0.0,
            cues: vec![0.0; Cue::ALL.len()],
            types: vec![0.0; EventType::ALL.len()],
        };
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let bad = |why: &str| format!("data/model/confidence.tsv line {}: {why}", n + 1);
            let (name, value) = line
                .split_once('\t')
                .ok_or_else(|| bad("expected a name, a tab and a weight"))?;
            let value: f64 = value
                .trim()
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite())
                .ok_or_else(|| bad("the weight is not a number"))?;
            let slot = if name == "bias" {
                &mut w.bias
            } else if let Some(ty) = name.strip_prefix("type:") {
                let ty = EventType::from_name(ty).ok_or_else(|| bad("unknown event type"))?;
                &mut w.types[EventType::ALL.iter().position(|&t| t == ty).unwrap_or(0)]
            } else {
                let cue = Cue::from_name(name).ok_or_else(|| bad("unknown cue"))?;
                &mut w.cues[Cue::ALL.iter().position(|&c| c == cue).unwrap_or(0)]
            };
            *slot = value;
        }
        Ok(w)
    }

    /// The confidence of a claim with these cues and type, to two decimals.
    pub fn score(&self, cues: &[Cue], ty: EventType) -> f64 {
        let index = |c: &Cue| Cue::ALL.iter().position(|x| x == c).unwrap_or(0);
        let ti = EventType::ALL.iter().position(|&t| t == ty).unwrap_or(0);
        let z = self.bias + self.types[ti] + cues.iter().map(|c| self.cues[index(c)]).sum::<f64>();
        let p = 1.0 / (1.0 + (-z).exp());
        (p * 100.0).round() / 100.0
    }
}

/// Adds the cues only the whole article gives (told again, attributed, in the headline,
/// dated, placed),
/// puts each event's cues in a fixed order, and scores it.
pub(super) fn score(events: &mut [Event]) {
    let w = Weights::get();
    for e in events {
        if !e.mentions.is_empty() {
            e.cues.push(Cue::Repeated);
        }
        if e.attribution.is_some() || e.mentions.iter().any(|m| m.attribution.is_some()) {
            e.cues.push(Cue::Attributed);
        }
        if e.sentence == 0 {
            e.cues.push(Cue::Headline);
        }
        if e.when.is_some() {
            e.cues.push(Cue::Dated);
        }
        if !(e.location.is_empty() && e.origin.is_empty() && e.destination.is_empty()) {
            e.cues.push(Cue::Placed);
        }
        e.cues.sort_unstable();
        e.cues.dedup();
        e.confidence = w.score(&e.cues, e.event_type);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_table_reads() {
        let w = Weights::parse(TABLE).unwrap();
        let p = w.score(&[Cue::Verb], EventType::Meeting);
        assert!((0.0..=1.0).contains(&p));
    }

    #[test]
    fn a_bad_line_is_refused_by_number() {
        let e = Weights::parse("bias\t0.5\nverbb\t1\n").unwrap_err();
        assert!(e.contains("line 2") && e.contains("unknown cue"), "{e}");
        let e = Weights::parse("# weights\ntype:Riot\t1\n").unwrap_err();
        assert!(e.contains("line 2") && e.contains("event type"), "{e}");
        let e = Weights::parse("verb 1\n").unwrap_err();
        assert!(e.contains("line 1"), "{e}");
        let e = Weights::parse("verb\tNaN\n").unwrap_err();
        assert!(e.contains("not a number"), "{e}");
    }

    #[test]
    fn weights_add_on_the_logistic_scale() {
        let w = Weights::parse("bias\t-1\nverb\t1\nquoted\t-2\ntype:Coup\t0.5\n").unwrap();
        assert_eq!(w.score(&[], EventType::Meeting), 0.27);
        assert_eq!(w.score(&[Cue::Verb], EventType::Meeting), 0.5);
        assert_eq!(w.score(&[Cue::Verb, Cue::Quoted], EventType::Meeting), 0.12);
        assert_eq!(w.score(&[Cue::Verb], EventType::Coup), 0.62);
    }
}
