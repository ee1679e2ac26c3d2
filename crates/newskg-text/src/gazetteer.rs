//! The built-in gazetteer: countries, territories, capitals, international organisations,
//! armed forces and groups, news outlets, with aliases, adjectives and demonyms, each with
//! its Wikidata QID (or a local id when none is known with confidence).
//!
//! Built by `scripts/build_gazetteer.py` into `data/gazetteer/gazetteer.tsv` and compiled in.
//! Lookup runs one Aho-Corasick automaton (leftmost-longest) over the text, so "Nigerien"
//! never matches as "Niger" and "Burkina Faso" wins over "Burkina".

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

pub use newskg_model::{Form, Kind};

const DATA: &str = include_str!("../../../data/gazetteer/gazetteer.tsv");
const PERSONS: &str = include_str!("../../../data/gazetteer/persons.tsv");

/// A person the gazetteer can link: an office holder with a Wikidata QID.
#[derive(Debug, Clone)]
pub struct Person {
    /// The Wikidata QID.
    pub qid: String,
    /// The name to display.
    pub label: String,
    /// The QIDs of the countries the person held a role in.
    pub countries: Vec<String>,
}

/// The persons of `data/gazetteer/persons.tsv`, by full name and by surname (both folded to
/// lower case).
pub struct Persons {
    /// Every person, in file order.
    pub persons: Vec<Person>,
    by_name: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, Vec<usize>>,
}

/// A name as persons are looked up: lower case, without full stops ("George W. Bush" and
/// "George W Bush" are one).
fn fold(name: &str) -> String {
    name.to_lowercase().replace('.', "")
}

impl Persons {
    /// The built-in persons, loaded once.
    pub fn get() -> &'static Persons {
        static P: OnceLock<Persons> = OnceLock::new();
        P.get_or_init(|| {
            Persons::parse(PERSONS).unwrap_or_else(|e| panic!("built-in persons: {e}"))
        })
    }

    /// Reads lines of `qid, label, names, surnames, countries, start, end`; a line with
    /// another number of columns or a QID that is none is an error naming the line.
    pub fn parse(data: &str) -> Result<Persons, String> {
        let mut p = Persons {
            persons: Vec::new(),
            by_name: HashMap::default(),
            by_surname: HashMap::default(),
        };
        for (n, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            let qid_ok = c[0].len() > 1
                && c[0].starts_with('Q')
                && c[0][1..].bytes().all(|b| b.is_ascii_digit());
            if c.len() != 7 || !qid_ok {
                return Err(format!(
                    "line {}: expected qid, label, names, surnames, countries, start, end",
                    n + 1
                ));
            }
            let i = p.persons.len();
            p.persons.push(Person {
                qid: c[0].to_string(),
                label: c[1].to_string(),
                countries: c[4]
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            });
            for name in c[2].split('|').filter(|s| !s.is_empty()) {
                let v = p.by_name.entry(fold(name)).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
            for s in c[3].split('|').filter(|s| !s.is_empty()) {
                let v = p.by_surname.entry(fold(s)).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        Ok(p)
    }

    /// The one person with this full name, if exactly one has it.
    pub fn by_full_name(&self, name: &str) -> Option<&Person> {
        match self.by_name.get(&fold(name))?.as_slice() {
            [i] => Some(&self.persons[*i]),
            _ => None,
        }
    }

    /// The one person with this surname who held a role in one of `countries`, if exactly
    /// one did.
    pub fn by_surname_in(&self, surname: &str, countries: &[String]) -> Option<&Person> {
        let mut found = self
            .by_surname
            .get(&fold(surname))?
            .iter()
            .map(|&i| &self.persons[i])
            .filter(|p| p.countries.iter().any(|c| countries.contains(c)));
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }
}

/// One gazetteer entity.
#[derive(Debug, Clone)]
pub struct Entity {
    /// A Wikidata QID (`Q1032`) or a local id (`local:operation-barkhane`).
    pub id: String,
    /// What sort of entity it is (the `kind` column: country, city, armed force, outlet, …).
    pub kind: Kind,
    /// The name to display for it (the `label` column).
    pub label: String,
    /// The QID of the country it belongs to or lies in, if any.
    pub country: Option<String>,
    /// Linked only in context: a US town only as "Town, State".
    pub needs_state: bool,
}

impl Entity {
    /// The Wikidata QID, if the entity has one.
    pub fn qid(&self) -> Option<&str> {
        self.id.starts_with('Q').then_some(self.id.as_str())
    }
}

/// A gazetteer hit in a text (byte offsets).
#[derive(Debug, Clone)]
pub struct Hit {
    /// Byte offset of the match in the searched text.
    pub start: usize,
    /// Byte offset just past the match (exclusive).
    pub end: usize,
    /// The index of the matched entity in [`Gazetteer::entities`].
    pub entity: usize,
    /// Which form matched: a name, an adjective or a demonym.
    pub form: Form,
}

/// The loaded gazetteer.
pub struct Gazetteer {
    /// Every entity, in the order of the data file; [`Hit::entity`] and
    /// [`Gazetteer::index_of`] index into it.
    pub entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    by_lower: HashMap<String, usize>,
    ac: AhoCorasick,
    patterns: Vec<(usize, Form)>,
}

impl Gazetteer {
    /// The built-in gazetteer, loaded once.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::parse(DATA).unwrap_or_else(|e| panic!("built-in gazetteer: {e}"))
        })
    }

    /// Builds a gazetteer from TSV lines in the `gazetteer.tsv` format; a line with too few
    /// columns or an unknown kind is an error that names the line.
    pub fn parse(data: &str) -> Result<Gazetteer, String> {
        let mut entities = Vec::new();
        let mut by_id = HashMap::default();
        let mut by_lower = HashMap::default();
        let mut names: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        for (n, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 7 {
                return Err(format!(
                    "line {}: {} columns, 7 or 8 expected",
                    n + 1,
                    c.len()
                ));
            }
            let kind = Kind::from_name(c[1])
                .ok_or_else(|| format!("line {}: unknown kind '{}'", n + 1, c[1]))?;
            let idx = entities.len();
            entities.push(Entity {
                id: c[0].to_string(),
                kind,
                label: c[2].to_string(),
                country: (!c[3].is_empty()).then(|| c[3].to_string()),
                needs_state: c.get(7) == Some(&"state"),
            });
            by_id.insert(c[0].to_string(), idx);
            for (field, form) in [
                (c[4], Form::Name),
                (c[5], Form::Adjective),
                (c[6], Form::Demonym),
            ] {
                for n in field.split('|').filter(|n| !n.is_empty()) {
                    names.push(n.to_string());
                    patterns.push((idx, form));
                    // News writes "Côte d’Ivoire" with the typographic apostrophe too.
                    if n.contains('\'') {
                        names.push(n.replace('\'', "\u{2019}"));
                        patterns.push((idx, form));
                    }
                    if form == Form::Name {
                        by_lower.entry(n.to_lowercase()).or_insert(idx);
                    }
                }
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .expect("gazetteer automaton");
        Ok(Gazetteer {
            entities,
            by_id,
            by_lower,
            ac,
            patterns,
        })
    }

    /// The entity with this id.
    pub fn by_id(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The index in [`Gazetteer::entities`] of the entity with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// An entity by one of its names, case-insensitively ("niger" → Niger).
    pub fn by_name(&self, name: &str) -> Option<&Entity> {
        self.by_lower
            .get(&name.trim().to_lowercase())
            .map(|&i| &self.entities[i])
    }

    /// All hits in `text`, leftmost-longest, on word boundaries.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        for m in self.ac.find_iter(text) {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                || after.is_some_and(|c| {
                    c.is_alphanumeric()
                        || c == '-'
                            && !["-based", "-led", "-backed", "-trained"]
                                .iter()
                                .any(|s| text[m.end()..].starts_with(s))
                })
            {
                continue;
            }
            let (entity, form) = self.patterns[m.pattern().as_usize()];
            if self.entities[entity].needs_state && !self.state_follows(&text[m.end()..]) {
                continue;
            }
            out.push(Hit {
                start: m.start(),
                end: m.end(),
                entity,
                form,
            });
        }
        out
    }

    /// Whether `rest` starts with ", " and a US state ("Springfield, Illinois").
    fn state_follows(&self, rest: &str) -> bool {
        let Some(rest) = rest.strip_prefix(", ") else {
            return false;
        };
        self.ac.find(rest).is_some_and(|m| {
            let e = &self.entities[self.patterns[m.pattern().as_usize()].0];
            m.start() == 0 && e.kind == Kind::Region && e.country.as_deref() == Some("Q30")
        })
    }

    /// The country an entity is, or lies in: itself for a country, its country otherwise.
    pub fn country_of(&self, idx: usize) -> Option<usize> {
        let e = &self.entities[idx];
        if e.kind.is_country() {
            return Some(idx);
        }
        e.country.as_deref().and_then(|c| self.index_of(c))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_with_an_apostrophe_match_the_typographic_one_too() {
        let g = super::Gazetteer::get();
        for text in [
            "Troops left Côte d'Ivoire.",
            "Troops left Côte d\u{2019}Ivoire.",
        ] {
            let hits = g.find(text);
            assert!(
                hits.iter().any(|h| g.entities[h.entity].id == "Q1008"),
                "{text}: {hits:?}"
            );
        }
    }

    use super::*;

    #[test]
    fn finds_countries_demonyms_and_longest_names() {
        let g = Gazetteer::get();
        let t = "Nigerien and Nigerian officials met in Niamey, Burkina Faso's U.S. embassy said.";
        let hits: Vec<(&str, &str)> = g
            .find(t)
            .iter()
            .map(|h| (&t[h.start..h.end], g.entities[h.entity].id.as_str()))
            .collect();
        assert_eq!(
            hits,
            vec![
                ("Nigerien", "Q1032"),
                ("Nigerian", "Q1033"),
                ("Niamey", "Q3674"),
                ("Burkina Faso", "Q965"),
                ("U.S.", "Q30")
            ]
        );
    }

    #[test]
    fn a_bad_line_is_refused_by_number() {
        let e = Gazetteer::parse("# c\nQ1\tcountry\tA\t\tA\t\t\nQ2\tcompany\tB\t\tB\t\t\n");
        assert_eq!(e.err().as_deref(), Some("line 3: unknown kind 'company'"));
        let e = Gazetteer::parse("Q1\tcountry\tA\n");
        assert_eq!(
            e.err().as_deref(),
            Some("line 1: 3 columns, 7 or 8 expected")
        );
    }

    #[test]
    fn no_match_inside_words() {
        let g = Gazetteer::get();
        assert!(g
            .find("Mali-based USAID Chadwick")
            .iter()
            .all(|h| g.entities[h.entity].id != "Q657"));
        assert!(g.find("focus").is_empty());
    }

    #[test]
    fn us_towns_only_with_their_state() {
        let g = Gazetteer::get();
        let ids = |t: &str| {
            g.find(t)
                .iter()
                .map(|h| g.entities[h.entity].id.clone())
                .collect::<Vec<_>>()
        };
        let with_state = ids("He grew up in Mobile, Alabama.");
        assert_eq!(with_state.len(), 2, "{with_state:?}");
        assert_eq!(ids("A mobile phone rang."), Vec::<String>::new());
        assert!(ids("Shoppers in Mobile stayed home.").is_empty());
    }

    #[test]
    fn capitals_know_their_country() {
        let g = Gazetteer::get();
        let kabul = g.index_of("Q5838").unwrap();
        assert_eq!(g.entities[g.country_of(kabul).unwrap()].id, "Q889");
        assert_eq!(g.by_name("niger").unwrap().id, "Q1032");
    }
}
