//! The extractor's lexicons, read from the data files under `data/lexicon/` (compiled in):
//! event triggers, force nouns, and word classes (titles, government nouns, place nouns,
//! speech verbs, status words).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use newskg_model::EventType;

const TRIGGERS: &str = include_str!("../../../../data/lexicon/triggers.tsv");
const FORCES: &str = include_str!("../../../../data/lexicon/forces.tsv");
const WORDS: &str = include_str!("../../../../data/lexicon/words.tsv");

/// What a trigger needs before it makes an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    None,
    Force,
    Place,
    Power,
    /// The verb's object must be a trigger noun of the same type ("sign a treaty").
    Object,
}

/// One trigger entry.
#[derive(Debug, Clone)]
pub struct Trigger {
    pub event_type: EventType,
    pub verb: bool,
    /// Head lemma, then lemmas that must follow within a few tokens.
    pub words: Vec<String>,
    pub need: Need,
}

/// All lexicons.
pub struct Lexicon {
    pub triggers: Vec<Trigger>,
    /// Trigger indexes by head lemma, verbs and nouns apart.
    pub verb_heads: HashMap<String, Vec<usize>>,
    pub noun_heads: HashMap<String, Vec<usize>>,
    /// Force head lemmas → true for armed-group fighters.
    pub forces: HashMap<String, bool>,
    /// Word classes: class → set of words or phrases.
    classes: HashMap<String, HashSet<String>>,
    /// Multi-word titles and government nouns, longest first, as word lists.
    pub titles: Vec<Vec<String>>,
    pub governments: Vec<Vec<String>>,
    /// Status words: lemma → status class.
    pub status_words: HashMap<String, String>,
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut triggers = Vec::new();
        let mut verb_heads: HashMap<String, Vec<usize>> = HashMap::new();
        let mut noun_heads: HashMap<String, Vec<usize>> = HashMap::new();
        for line in data_lines(TRIGGERS) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 4 {
                continue;
            }
            let Some(event_type) = EventType::from_name(c[0]) else {
                continue;
            };
            let words: Vec<String> = c[2].split(' ').map(str::to_string).collect();
            let need = match c[3] {
                "force" => Need::Force,
                "place" => Need::Place,
                "power" => Need::Power,
                "object" => Need::Object,
                _ => Need::None,
            };
            let verb = c[1] == "V";
            let i = triggers.len();
            let heads = if verb {
                &mut verb_heads
            } else {
                &mut noun_heads
            };
            heads.entry(words[0].clone()).or_default().push(i);
            triggers.push(Trigger {
                event_type,
                verb,
                words,
                need,
            });
        }
        // Longer phrases first, so "pull out" is tried before "pull".
        for v in verb_heads.values_mut().chain(noun_heads.values_mut()) {
            v.sort_by_key(|&i| std::cmp::Reverse(triggers[i].words.len()));
        }
        let forces = data_lines(FORCES)
            .filter_map(|l| {
                let (w, k) = l.split_once('\t')?;
                Some((w.to_string(), k == "group"))
            })
            .collect();
        let mut classes: HashMap<String, HashSet<String>> = HashMap::new();
        let mut status_words = HashMap::new();
        for line in data_lines(WORDS) {
            if let Some((class, word)) = line.split_once('\t') {
                classes
                    .entry(class.to_string())
                    .or_default()
                    .insert(word.to_string());
                if matches!(
                    class,
                    "agreed"
                        | "demanded"
                        | "ordered"
                        | "planned"
                        | "underway"
                        | "completed"
                        | "hypothetical"
                        | "denied"
                ) {
                    status_words.insert(word.to_string(), class.to_string());
                }
            }
        }
        let phrases = |class: &str| {
            let mut v: Vec<Vec<String>> = classes
                .get(class)
                .map(|s| {
                    s.iter()
                        .map(|p| p.split(' ').map(str::to_string).collect())
                        .collect()
                })
                .unwrap_or_default();
            v.sort_by(|a: &Vec<String>, b: &Vec<String>| b.len().cmp(&a.len()).then(a.cmp(b)));
            v
        };
        let titles = phrases("title");
        let governments = phrases("government");
        Lexicon {
            triggers,
            verb_heads,
            noun_heads,
            forces,
            classes,
            titles,
            governments,
            status_words,
        }
    }

    /// Whether `word` is in word class `class`.
    pub fn is(&self, class: &str, word: &str) -> bool {
        self.classes.get(class).is_some_and(|s| s.contains(word))
    }
}

fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_type_has_triggers() {
        let l = Lexicon::get();
        for t in EventType::ALL {
            assert!(l.triggers.iter().any(|x| x.event_type == *t), "{t}");
        }
        assert!(l.forces.contains_key("troop"));
        assert!(l.is("speech", "say"));
        assert_eq!(
            l.status_words.get("demand").map(String::as_str),
            Some("demanded")
        );
    }
}
