//! The built-in gazetteer: countries, territories, capitals, international organisations,
//! armed forces and groups, news outlets, with aliases, adjectives and demonyms, each with
//! its Wikidata QID (or a local id when none is known with confidence).
//!
//! Built by `scripts/build_gazetteer.py` into `data/gazetteer/gazetteer.tsv` and compiled in,
//! with a trie of the names and tables of ids and names made from it at build time
//! (`crate::compact`), so nothing is built at start-up. Lookup is leftmost-longest over the
//! text (what an Aho-Corasick automaton in that mode finds, which a test checks), so
//! "Nigerien" never matches as "Niger" and "Burkina Faso" wins over "Burkina", of the
//! names that end on a word's end ("US" in "US Congressional", though "US Congress" is
//! longer).

use crate::compact::{self, sections, Table, Trie};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

pub use newskg_model::{Form, Kind};

const DATA: &str = include_str!("../../../data/gazetteer/gazetteer.tsv");
/// The names' trie, the id and name tables and each entity's line, compiled from
/// [`DATA`] by `build.rs` (`crate::compact::compile_gazetteer`) and read in place.
const COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

const PERSONS: &str = include_str!("../../../data/gazetteer/persons.tsv");

/// The cities' countries, compiled from `data/names/city_countries.tsv` by `build.rs`
/// (`crate::compact::compile_city_countries`, which refuses a bad line by its number) and
/// read in place.
const CITY_COUNTRIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/city_countries.bin"));

/// The country of a city by its name, from `data/names/city_countries.tsv` (built by
/// `scripts/build_city_countries.py` from GeoNames: cities of 15,000 people or more outside
/// the United States, a name several cities share only when one of them is by far the
/// largest). It links no city: it says which country a place the recognizer found is in.
pub struct CityCountries {
    table: Table<'static>,
}

impl CityCountries {
    /// The built-in table, read in place: nothing is parsed at start-up.
    pub fn get() -> &'static CityCountries {
        static C: OnceLock<CityCountries> = OnceLock::new();
        C.get_or_init(|| CityCountries {
            table: Table::new(CITY_COUNTRIES),
        })
    }

    /// The QID of the country of the city named `name`, as written.
    pub fn country(&self, name: &str) -> Option<&'static str> {
        let qid = self.table.get(name.as_bytes())?;
        // The build wrote each QID from a `str` checked to be "Q" and digits.
        std::str::from_utf8(qid).ok()
    }
}

/// A person the gazetteer can link: an office holder with a Wikidata QID.
#[derive(Debug, Clone)]
pub struct Person {
    /// The Wikidata QID.
    pub qid: String,
    /// The name to display.
    pub label: String,
    /// The QIDs of the countries the person held a role in.
    pub countries: Vec<String>,
    /// The offices the person held that a title names ("prime minister" of the United
    /// Kingdom).
    pub offices: Vec<Office>,
}

/// An office a person held: the title that names its holder and the country it is of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// The title in lower case, as the lexicon's `title` class has it ("prime minister").
    pub title: String,
    /// The country's QID.
    pub country: String,
    /// When the tenure began and ended: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when the
    /// source does not say.
    pub start: String,
    /// As `start`; empty also while the tenure goes on.
    pub end: String,
}

impl Office {
    /// Reads `title@country@start@end`; `None` if it is not that.
    fn parse(field: &str) -> Option<Office> {
        let mut parts = field.split('@');
        let (title, country) = (parts.next()?, parts.next()?);
        let (start, end) = (parts.next()?, parts.next()?);
        let date = |d: &str| {
            d.is_empty()
                || (matches!(d.len(), 4 | 7 | 10)
                    && d.bytes().enumerate().all(|(i, b)| match i {
                        4 | 7 => b == b'-',
                        _ => b.is_ascii_digit(),
                    }))
        };
        let ok = !title.is_empty()
            && title == title.to_lowercase()
            && country.starts_with('Q')
            && date(start)
            && date(end)
            && parts.next().is_none();
        ok.then(|| Office {
            title: title.to_string(),
            country: country.to_string(),
            start: start.to_string(),
            end: end.to_string(),
        })
    }

    /// Whether the tenure takes in `day` (`YYYY-MM-DD`), as far as its dates say: a start
    /// or end given as a year or a month takes in the whole of it.
    pub fn held_on(&self, day: &str) -> bool {
        let began = day
            .get(..self.start.len())
            .is_some_and(|d| self.start.as_str() <= d);
        let ended = !self.end.is_empty()
            && day
                .get(..self.end.len())
                .is_some_and(|d| d > self.end.as_str());
        began && !ended
    }
}

/// The persons of `data/gazetteer/persons.tsv`, by full name and by surname (both folded to
/// lower case).
pub struct Persons {
    /// Every person, in file order.
    pub persons: Vec<Person>,
    by_name: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, Vec<usize>>,
    by_qid: HashMap<String, usize>,
}

/// A name as persons are looked up: lower case, without full stops ("George W. Bush" and
/// "George W Bush" are one).
fn fold(name: &str) -> String {
    name.to_lowercase().replace('.', "")
}

/// Files person `i` under each name of a `|`-separated field (folded), once per name.
fn index(map: &mut HashMap<String, Vec<usize>>, field: &str, i: usize) {
    for name in field.split('|').filter(|s| !s.is_empty()) {
        let v = map.entry(fold(name)).or_default();
        if !v.contains(&i) {
            v.push(i);
        }
    }
}

impl Persons {
    /// The built-in persons, loaded once.
    pub fn get() -> &'static Persons {
        static P: OnceLock<Persons> = OnceLock::new();
        P.get_or_init(|| {
            Persons::parse(PERSONS).unwrap_or_else(|e| panic!("built-in persons: {e}"))
        })
    }

    /// Reads lines of `qid, label, names, surnames, countries, start, end, offices`; a line
    /// with another number of columns, a QID that is none or an office that is not
    /// `title@country@start@end` is an error naming the line.
    pub fn parse(data: &str) -> Result<Persons, String> {
        let mut p = Persons {
            persons: Vec::new(),
            by_name: HashMap::default(),
            by_surname: HashMap::default(),
            by_qid: HashMap::default(),
        };
        for (n, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            let qid_ok = c[0].len() > 1
                && c[0].starts_with('Q')
                && c[0][1..].bytes().all(|b| b.is_ascii_digit());
            if c.len() != 8 || !qid_ok {
                return Err(format!(
                    "line {}: expected qid, label, names, surnames, countries, start, end, offices",
                    n + 1
                ));
            }
            let offices: Option<Vec<Office>> = (c[7].split('|').filter(|s| !s.is_empty()))
                .map(Office::parse)
                .collect();
            let Some(tenures) = offices else {
                return Err(format!(
                    "line {}: an office is not title@country@start@end",
                    n + 1
                ));
            };
            let mut offices: Vec<Office> = Vec::new();
            for o in tenures {
                if !offices.contains(&o) {
                    offices.push(o);
                }
            }
            let i = p.persons.len();
            p.by_qid.insert(c[0].to_string(), i);
            p.persons.push(Person {
                qid: c[0].to_string(),
                label: c[1].to_string(),
                countries: c[4]
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                offices,
            });
            index(&mut p.by_name, c[2], i);
            index(&mut p.by_surname, c[3], i);
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

    /// The person with this QID.
    pub fn by_qid(&self, qid: &str) -> Option<&Person> {
        self.by_qid.get(qid).map(|&i| &self.persons[i])
    }

    /// Whether some person has this full name (one or several).
    pub fn has_full_name(&self, name: &str) -> bool {
        self.by_name.contains_key(&fold(name))
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
    pub entities: Entities,
    /// The compiled form (see [`compact::compile_gazetteer`]) and its sections.
    compiled: Cow<'static, [u8]>,
    by_id: Range<usize>,
    by_lower: Range<usize>,
    names: Range<usize>,
    trie: Trie,
}

/// The gazetteer's entities, read from their lines in the data file when first asked for,
/// a block at a time, so a process that meets a few of them reads a few blocks.
pub struct Entities {
    data: Cow<'static, str>,
    /// Each entity's line: start and end byte offsets in `data` (u32 each).
    lines: Cow<'static, [u8]>,
    blocks: Vec<OnceLock<Box<[Entity]>>>,
}

/// Entities read together.
const BLOCK: usize = 256;

impl Entities {
    fn new(data: Cow<'static, str>, lines: Cow<'static, [u8]>) -> Entities {
        let n = lines.len() / 8;
        Entities {
            data,
            lines,
            blocks: (0..n.div_ceil(BLOCK)).map(|_| OnceLock::new()).collect(),
        }
    }

    /// How many entities there are.
    pub fn len(&self) -> usize {
        self.lines.len() / 8
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every entity, in the order of the data file.
    pub fn iter(&self) -> impl Iterator<Item = &Entity> {
        (0..self.len()).map(|i| &self[i])
    }

    fn line(&self, i: usize) -> &str {
        let at = |k| compact::u32_at(&self.lines, k) as usize;
        &self.data[at(8 * i)..at(8 * i + 4)]
    }

    fn block(&self, b: usize) -> &[Entity] {
        self.blocks[b].get_or_init(|| {
            (b * BLOCK..((b + 1) * BLOCK).min(self.len()))
                .map(|i| self.read(i))
                .collect()
        })
    }

    /// Entity `i` from its line; the lines were checked when compiled (columns, and kinds
    /// for data given to [`Gazetteer::parse`]; the built-in kinds by a unit test).
    fn read(&self, i: usize) -> Entity {
        let c: Vec<&str> = self.line(i).split('\t').collect();
        Entity {
            id: c[0].to_string(),
            kind: Kind::from_name(c[1])
                .unwrap_or_else(|| panic!("gazetteer: entity {}: unknown kind '{}'", c[0], c[1])),
            label: c[2].to_string(),
            country: (!c[3].is_empty()).then(|| c[3].to_string()),
            needs_state: c.get(7) == Some(&"state"),
        }
    }
}

impl std::ops::Index<usize> for Entities {
    type Output = Entity;

    fn index(&self, i: usize) -> &Entity {
        assert!(i < self.len(), "entity {i} of {}", self.len());
        &self.block(i / BLOCK)[i % BLOCK]
    }
}

impl Gazetteer {
    /// The built-in gazetteer, compiled at build time and read in place: nothing is parsed
    /// or built at start-up beyond a 256-entry table.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::from_parts(Cow::Borrowed(DATA), Cow::Borrowed(COMPILED)))
    }

    /// Builds a gazetteer from TSV lines in the `gazetteer.tsv` format; a line with too few
    /// columns or an unknown kind is an error that names the line.
    pub fn parse(data: &str) -> Result<Gazetteer, String> {
        let compiled = compact::compile_gazetteer(data, &|k: &str| Kind::from_name(k).is_some())?;
        Ok(Gazetteer::from_parts(
            Cow::Owned(data.to_string()),
            Cow::Owned(compiled),
        ))
    }

    fn from_parts(data: Cow<'static, str>, compiled: Cow<'static, [u8]>) -> Gazetteer {
        let s = sections(&compiled);
        let lines = match &compiled {
            Cow::Borrowed(b) => Cow::Borrowed(&b[s[0].clone()]),
            Cow::Owned(b) => Cow::Owned(b[s[0].clone()].to_vec()),
        };
        Gazetteer {
            entities: Entities::new(data, lines),
            by_id: s[1].clone(),
            by_lower: s[2].clone(),
            trie: Trie::new(&compiled[s[3].clone()]),
            names: s[3].clone(),
            compiled,
        }
    }

    fn table(&self, r: &Range<usize>) -> Table<'_> {
        Table::new(&self.compiled[r.clone()])
    }

    /// The longest name at byte `start` of `text`: its end, its entity and its form.
    fn name_at(&self, text: &str, start: usize) -> Option<(usize, usize, Form)> {
        self.name_at_where(text, start, |_| true)
    }

    /// The longest name at byte `start` of `text` whose end `accept` takes.
    fn name_at_where(
        &self,
        text: &str,
        start: usize,
        accept: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize, Form)> {
        let names = &self.compiled[self.names.clone()];
        let (end, v) = self
            .trie
            .longest_where(names, text.as_bytes(), start, accept)?;
        let form = [Form::Name, Form::Adjective, Form::Demonym][(v & 3) as usize];
        Some((end, (v >> 2) as usize, form))
    }

    /// The names in `text`, leftmost-longest and not overlapping, as (start, end, entity,
    /// form): at each position the longest name that starts there and ends on a word
    /// boundary (`bounded`), the scan going on after it. A longer name that ends inside a
    /// word leaves the shorter one that does not ("US" in "US Congressional", where "US
    /// Congress" ends inside "Congressional"); with none ("The Conservative", an outlet, in
    /// "The Conservatives") the scan goes on from the next character, so "Conservatives"
    /// is found. Names are UTF-8, so they start only at character boundaries.
    fn names_in<'t>(
        &'t self,
        text: &'t str,
        bounded: impl Fn(usize, usize) -> bool + 't,
    ) -> impl Iterator<Item = (usize, usize, usize, Form)> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < text.len() {
                let start = at;
                if let Some((end, entity, form)) =
                    self.name_at_where(text, start, |end| bounded(start, end))
                {
                    at = end;
                    return Some((start, end, entity, form));
                }
                at += 1;
            }
            None
        })
    }

    /// The entity with this id.
    pub fn by_id(&self, id: &str) -> Option<&Entity> {
        self.index_of(id).map(|i| &self.entities[i])
    }

    /// The index in [`Gazetteer::entities`] of the entity with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.table(&self.by_id)
            .get(id.as_bytes())
            .map(|v| compact::u32_at(v, 0) as usize)
    }

    /// An entity by one of its names, case-insensitively ("niger" → Niger).
    pub fn by_name(&self, name: &str) -> Option<&Entity> {
        self.table(&self.by_lower)
            .get(name.trim().to_lowercase().as_bytes())
            .map(|v| &self.entities[compact::u32_at(v, 0) as usize])
    }

    /// All hits in `text`, leftmost-longest, on word boundaries.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let bounded = |start: usize, end: usize| {
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            !(before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                || after.is_some_and(|c| {
                    c.is_alphanumeric()
                        || c == '-'
                            && !["-based", "-led", "-backed", "-trained"]
                                .iter()
                                .any(|s| text[end..].starts_with(s))
                }))
        };
        let mut taken = 0;
        for hit in self.names_in(text, bounded) {
            if hit.0 < taken {
                continue;
            }
            let (start, end, entity, form) =
                self.reaching_further(text, hit, bounded).unwrap_or(hit);
            taken = end;
            if self.entities[entity].needs_state && !self.state_follows(&text[end..]) {
                continue;
            }
            out.push(Hit {
                start,
                end,
                entity,
                form,
            });
        }
        out
    }

    /// A name cut out of a run of capitalised words yields to one that starts inside it
    /// and reaches further along the run: in "The Conservative Party" the outlet "The
    /// Conservative" ends before "Party", and "Conservative Party" takes the words. Only
    /// names starting at a later word of the hit count, on word boundaries.
    fn reaching_further(
        &self,
        text: &str,
        (start, end, _, _): (usize, usize, usize, Form),
        bounded: impl Fn(usize, usize) -> bool,
    ) -> Option<(usize, usize, usize, Form)> {
        let mut next = text[end..].chars();
        if next.next() != Some(' ') || !next.next().is_some_and(char::is_uppercase) {
            return None;
        }
        (text[start..end].match_indices(' '))
            .map(|(i, _)| start + i + 1)
            .find_map(|p| {
                let (e2, entity, form) = self.name_at(text, p)?;
                (e2 > end && bounded(p, e2)).then_some((p, e2, entity, form))
            })
    }

    /// Whether `rest` starts with ", " and a US state ("Springfield, Illinois").
    fn state_follows(&self, rest: &str) -> bool {
        let Some(rest) = rest.strip_prefix(", ") else {
            return false;
        };
        // The first name in `rest` must start it: the longest name at 0, if any.
        self.name_at(rest, 0).is_some_and(|(_, entity, _)| {
            let e = &self.entities[entity];
            e.kind == Kind::Region && e.country.as_deref() == Some("Q30")
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
    use aho_corasick::{AhoCorasick, MatchKind};
    use std::collections::HashMap;

    /// The gazetteer as it was read before the compact form: entities, ids (later lines
    /// win), lowercased names (the first wins) and the names with entity and form.
    #[allow(clippy::type_complexity)]
    fn read_plainly(
        data: &str,
    ) -> (
        Vec<Entity>,
        HashMap<String, usize>,
        HashMap<String, usize>,
        Vec<(String, usize, Form)>,
    ) {
        let (mut entities, mut by_id, mut by_lower, mut names) =
            (Vec::new(), HashMap::new(), HashMap::new(), Vec::new());
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            let idx = entities.len();
            entities.push(Entity {
                id: c[0].to_string(),
                kind: Kind::from_name(c[1]).unwrap(),
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
                    names.push((n.to_string(), idx, form));
                    if n.contains('\'') {
                        names.push((n.replace('\'', "\u{2019}"), idx, form));
                    }
                    if form == Form::Name {
                        by_lower.entry(n.to_lowercase()).or_insert(idx);
                    }
                }
            }
        }
        (entities, by_id, by_lower, names)
    }

    #[test]
    fn the_compiled_gazetteer_is_the_data_file() {
        let g = Gazetteer::get();
        let (entities, by_id, by_lower, _) = read_plainly(DATA);
        assert_eq!(g.entities.len(), entities.len());
        for (a, b) in g.entities.iter().zip(&entities) {
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
        }
        for (id, i) in by_id {
            assert_eq!(g.index_of(&id), Some(i), "{id}");
        }
        for (name, i) in by_lower {
            assert_eq!(
                g.by_name(&name).map(|e| &e.id),
                Some(&entities[i].id),
                "{name}"
            );
        }
        assert!(g.index_of("Q0").is_none() && g.by_name("nowhere at all").is_none());
    }

    /// The names found are what an Aho-Corasick automaton finds leftmost-longest (as the
    /// gazetteer used to), on texts dense with names, overlaps and near misses.
    #[test]
    fn names_are_found_as_leftmost_longest_aho_corasick_finds_them() {
        let g = Gazetteer::get();
        let (_, _, _, names) = read_plainly(DATA);
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names.iter().map(|n| &n.0))
            .unwrap();
        let all: Vec<&str> = names.iter().map(|n| n.0.as_str()).collect();
        let mut texts = vec![
            all.join(" "),
            all.join(""),
            all.join(", "),
            all.join("-").to_lowercase(),
            all.iter()
                .rev()
                .map(|n| format!("{n}n"))
                .collect::<Vec<_>>()
                .join(""),
            all.iter()
                .map(|n| n.chars().skip(1).collect::<String>())
                .collect::<Vec<_>>()
                .join("é"),
        ];
        for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples")).unwrap()
        {
            texts.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
        }
        for text in &texts {
            let want: Vec<(usize, usize, usize, Form)> = ac
                .find_iter(text)
                .map(|m| {
                    let (_, e, f) = names[m.pattern().as_usize()];
                    (m.start(), m.end(), e, f)
                })
                .collect();
            let got: Vec<_> = g.names_in(text, |_, _| true).collect();
            assert_eq!(got.len(), want.len());
            assert!(got == want);
        }
    }

    #[test]
    fn a_name_that_ends_inside_a_word_hides_no_name_after_it() {
        // "The Conservative" (an outlet) begins "The Conservatives" and ends inside a word.
        let g = super::Gazetteer::get();
        let hits = g.find("The Conservatives have called for an inquiry.");
        let labels: Vec<&str> = hits
            .iter()
            .map(|h| g.entities[h.entity].label.as_str())
            .collect();
        assert_eq!(labels, ["Conservative Party"]);
    }

    /// The names `find` gives in `text`, each with its entity's label.
    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let g = super::Gazetteer::get();
        (g.find(text).iter())
            .map(|h| (&text[h.start..h.end], g.entities[h.entity].label.as_str()))
            .collect()
    }

    #[test]
    fn a_longer_name_that_ends_inside_a_word_leaves_the_shorter_one() {
        // "US Congress" ends inside "Congressional"; "US" ends on the word's end.
        assert_eq!(
            found("the US Congressional elections"),
            [("US", "United States")]
        );
    }

    #[test]
    fn a_name_cut_out_of_a_longer_name_yields_to_it() {
        // "The Conservative" (an outlet) ends before "Party"; the party reaches further.
        assert_eq!(
            found("The Conservative Party lost the vote, The Conservative reported."),
            [
                ("Conservative Party", "Conservative Party"),
                ("The Conservative", "The Conservative")
            ]
        );
    }

    #[test]
    fn a_gazetteer_of_ones_own_works_like_the_built_in_one() {
        let g = Gazetteer::parse(
            "# c\nQ1\tcountry\tA\t\tAland|Al\tAlandic\t\nQ2\tcity\tB\tQ1\tBee\t\t\n",
        )
        .unwrap();
        let hits: Vec<(usize, usize, Form)> = g
            .find("Alandic Bee in Aland")
            .iter()
            .map(|h| (h.start, h.entity, h.form))
            .collect();
        assert_eq!(
            hits,
            vec![
                (0, 0, Form::Adjective),
                (8, 1, Form::Name),
                (15, 0, Form::Name)
            ]
        );
        assert_eq!(g.by_name("al").unwrap().id, "Q1");
        assert_eq!(g.country_of(1), Some(0));
        assert_eq!(g.entities.len(), 2);
    }

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
    fn persons_carry_the_offices_a_title_names_and_a_bad_office_is_refused() {
        let p = Persons::parse(
            "# c\nQ9\tAl Bee\tAl Bee\tBee\tQ1\t1990\t\tprime minister@Q1@1990@1995|\
             prime minister@Q1@1997@|foreign minister@Q2@1988@1990\n",
        )
        .unwrap();
        let offices = &p.by_qid("Q9").unwrap().offices;
        let held: Vec<(&str, &str)> = (offices.iter())
            .map(|o| (o.title.as_str(), o.country.as_str()))
            .collect();
        assert_eq!(
            held,
            [
                ("prime minister", "Q1"),
                ("prime minister", "Q1"),
                ("foreign minister", "Q2")
            ]
        );
        assert!(offices[0].held_on("1990-01-01") && offices[0].held_on("1995-12-31"));
        assert!(!offices[0].held_on("1989-12-31") && !offices[0].held_on("1996-01-01"));
        assert!(offices[1].held_on("2024-05-01") && !offices[1].held_on("1996-06-01"));
        let e = Persons::parse("Q9\tAl Bee\tAl Bee\tBee\tQ1\t1990\t\tprime minister@Q1@May@\n");
        assert_eq!(
            e.err().as_deref(),
            Some("line 1: an office is not title@country@start@end")
        );
        let e = Persons::parse("Q9\tAl Bee\tAl Bee\tBee\tQ1\t1990\t\n");
        assert!(e.err().unwrap().starts_with("line 1: expected qid"));
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

    #[test]
    fn a_city_names_its_country_and_a_bad_line_is_refused() {
        let c = super::CityCountries::get();
        // Manchester is the United Kingdom's, not New Hampshire's; Herat is read without
        // its accent.
        assert_eq!(c.country("Manchester"), Some("Q145"));
        assert_eq!(c.country("Herat"), Some("Q889"));
        assert_eq!(c.country("Oukrala"), None);
        let bad = crate::compact::compile_city_countries("# header\nGao\tQ912\nMopti\tMali\n");
        assert!(bad.is_err_and(|e| e.starts_with("line 3:")));
    }
}
