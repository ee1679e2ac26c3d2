//! The extractor's lexicons, read from the data files under `data/lexicon/` (compiled in):
//! event triggers, force nouns, and word classes (titles, government nouns, place nouns,
//! speech verbs, status words).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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
    /// (host) What is hosted is a gathering or a guest: a meeting noun, a name, or people
    /// ("hosted the summit", "hosted Mr Blair", "host EU leaders"); not "host a television
    /// programme", "host the Olympics".
    Guests,
    /// Whatever is moved must be a force: no event when the verb's object or the noun's
    /// "of" phrase is a thing that is none ("withdrew two posters", "the withdrawal of the
    /// bill").
    Mover,
    /// (verbs whose object is what they move: send, deploy, recall, relocate) a force must
    /// move, and the object, when named, must be one ("sent 200 peacekeepers"; not "is to
    /// relocate ten of its plants", whoever the subject stands for).
    Carried,
    /// A seizure by arms or of power, not a company's takeover: a force takes part, an armed
    /// word stands before it ("military takeover"), or power or a state is what is taken.
    Military,
    /// Somebody's demand, not a market's: a possessor ("the junta's demand"), "that" after
    /// it, or "for" an event, a force or a named actor ("demand for the withdrawal").
    Claim,
    /// A request, not a question (for "ask"): "to" and a verb, "for" or "that" after it
    /// ("asked France to replace its ambassador", "asked for calm"); not "asked 801 adults
    /// if they supported the ban", "asked what had gone wrong".
    Request,
    /// A vote, not a survey: no event for an opinion poll ("opinion polls", "a YouGov poll",
    /// "the poll suggests", "behind in the polls", "according to a poll").
    Ballot,
    /// A pact, not a shared opinion (for "agree"): something agreed after the verb ("agreed
    /// to pay", "agreed on", "agreed a deal") or the passive; not "agreed that", "agree
    /// with me".
    Pact,
    /// An official label, not a judgement (designation): a designation label after it
    /// ("designated a terrorist group"); not "branded the scheme a waste of money".
    Label,
    /// A measure against somebody (suspend, freeze, restrict): an actor or a thing a state
    /// gives or holds is what is suspended ("froze the assets"); not "suspended its plan".
    Measure,
    /// A vote in an election, not in a chamber: not said of legislators ("peers voted") nor
    /// on a bill ("voted against the legislation").
    Poll,
    /// (tell, want) Somebody is told or wanted to act: an object, then "to" and a verb
    /// ("told refugees to go home"); not "told reporters that", "wants to meet".
    Directive,
    /// (oust, topple, overthrow, depose) A head of state or government, a regime or a
    /// state is removed: "ousted President Bazoum", not "ousted three directors".
    Ruler,
    /// A measure against somebody (the noun "restriction"): a named actor or a thing a
    /// state gives or holds after "on" or "against", or a possessor that names one; not
    /// "travel restrictions".
    Target,
    /// Military training: a force takes part in any role.
    Troops,
    /// A gathering of several, not one side's briefing: no "press conference".
    Gathering,
    /// (conversation) A talk with someone, not a recording or a manner of speaking: "with"
    /// or "between" and an actor after the noun, or a verb that holds or opens it; not
    /// "taped conversations".
    Counterpart,
    /// An assault, not criticism (the verb "attack"): no policy or words attacked, no "for"
    /// and a reason after it.
    Physical,
    /// (the nouns "rally", "march") People marching, not a trend: "a rally in technology
    /// shares", "the upward march of gas prices", "the march of technology" are none.
    Procession,
    /// A street protest, not a showing (for "demonstrate"): nothing demonstrated after it
    /// (no object, "that" or clause), not passive ("thousands demonstrated in Kiev"; not
    /// "demonstrate that they can", "can be demonstrated").
    Rally,
    /// Killing by people, not by a disease or a disaster (for "kill"): the subject or the
    /// "by" phrase is none of the word class `natural_cause` ("the waves killed", "killed by
    /// HIV").
    Human,
    /// A bargain, not an amount (for the noun "deal"): not "a great deal", "a good deal".
    Bargain,
    /// Shooting, not dismissal or zeal (for "fire"): aimed "on", "at" or "into" something,
    /// a weapon fired, or armed men who fire; not "was fired", "hire and fire", "fired up".
    Shots,
    /// Armed force, not another sense: no event when a common noun or adjective names
    /// another kind ("hunger strike", "general strike") or a plain noun is what is struck
    /// ("struck a deal", "agreements had been struck"); the noun also needs an armed word,
    /// an armed striker or a target ("air strikes", "US strikes", "strikes on Gaza").
    Armed,
    /// A firm bought, not goods (for "buy", "acquire"): what is bought names a firm, or a
    /// stake, share or unit in or of one ("bought rival May Stores", "buying a 26% stake in
    /// Jagran"); not "buy shares", "buy time", "buy a house".
    Acquisition,
    /// A stoppage of work, not an attack (for "strike" and "walkout"; see
    /// `triggers.tsv`): another kind named before the noun ("a rail strike", "a general
    /// strike"), "on strike", or workers or a union in the sentence, and
    /// nothing armed there; the verb needs workers or a union as its subject.
    Walkout,
    /// One fine imposed, not fines as a kind of penalty (for the noun "fine"): the
    /// singular, or the plural with an amount before it or "of" and an amount after it.
    Penalty,
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

/// The phrases of a word class as word lists, longest first, with the set of their first
/// words (so that a token no phrase starts with is passed over at once).
pub struct Phrases {
    pub list: Vec<Vec<String>>,
    first: HashSet<String>,
}

impl Phrases {
    fn new(list: Vec<Vec<String>>) -> Phrases {
        let first = list.iter().map(|p| p[0].clone()).collect();
        Phrases { list, first }
    }

    /// Whether some phrase starts with `word`.
    pub fn may_start(&self, word: &str) -> bool {
        self.first.contains(word)
    }

    /// Whether `word` is a phrase of one word.
    pub fn has_word(&self, word: &str) -> bool {
        self.list.iter().any(|p| p.len() == 1 && p[0] == word)
    }
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
    pub titles: Phrases,
    pub governments: Phrases,
    /// Status words: lemma → status class.
    pub status_words: HashMap<String, String>,
}

impl Lexicon {
    /// The lexicon read from the compiled-in data files; panics on a bad line, naming the
    /// file and line, since the files ship with the binary and the unit tests load them.
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| Lexicon::parse(TRIGGERS, FORCES, WORDS).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Reads the lexicon from the text of `triggers.tsv`, `forces.tsv` and `words.tsv`;
    /// the first bad line is an error naming its file and line number.
    pub fn parse(triggers: &str, forces: &str, words: &str) -> Result<Lexicon, String> {
        let triggers = parse_triggers(triggers)?;
        let mut verb_heads: HashMap<String, Vec<usize>> = HashMap::default();
        let mut noun_heads: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, trig) in triggers.iter().enumerate() {
            let heads = if trig.verb {
                &mut verb_heads
            } else {
                &mut noun_heads
            };
            heads.entry(trig.words[0].clone()).or_default().push(i);
        }
        // Longer phrases first, so "pull out" is tried before "pull".
        for v in verb_heads.values_mut().chain(noun_heads.values_mut()) {
            v.sort_by_key(|&i| std::cmp::Reverse(triggers[i].words.len()));
        }
        let forces = parse_forces(forces)?;
        let mut classes: HashMap<String, HashSet<String>> = HashMap::default();
        let mut status_words = HashMap::default();
        for (class, word) in parse_words(words)? {
            classes
                .entry(class.to_string())
                .or_default()
                .insert(word.to_string());
            if STATUS_CLASSES.contains(&class) {
                status_words.insert(word.to_string(), class.to_string());
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
            Phrases::new(v)
        };
        let titles = phrases("title");
        let governments = phrases("government");
        Ok(Lexicon {
            triggers,
            verb_heads,
            noun_heads,
            forces,
            classes,
            titles,
            governments,
            status_words,
        })
    }

    /// Whether `word` is in word class `class`.
    pub fn is(&self, class: &str, word: &str) -> bool {
        self.classes.get(class).is_some_and(|s| s.contains(word))
    }

    /// Whether token `t`'s lemma heads a noun trigger of the table: an event noun.
    pub fn heads_an_event_noun(&self, t: &crate::analyze::Token) -> bool {
        self.noun_heads.contains_key(&t.lemma.to_lowercase())
    }

    /// Whether `word` (a lemma or a form in lower case) heads a noun trigger of type `ty`
    /// ("fine" a sanction, "talks" a meeting).
    pub fn heads_a_noun_of(&self, word: &str, ty: EventType) -> bool {
        (self.noun_heads.get(word))
            .is_some_and(|v| v.iter().any(|&i| self.triggers[i].event_type == ty))
    }

    /// Whether a token is a verb of saying or reporting (word class `speech`, by lemma).
    pub fn is_verb_of_saying(&self, t: &crate::analyze::Token) -> bool {
        t.is_verb() && self.is("speech", &t.lemma.to_lowercase())
    }

    /// Whether a word in lower case names a day of the week or a month (`weekday`,
    /// `month`).
    pub fn names_day_or_month(&self, word: &str) -> bool {
        self.is("month", word) || self.is("weekday", word)
    }
}

/// The word classes whose words govern an event and give its status.
const STATUS_CLASSES: &[&str] = &[
    "agreed",
    "demanded",
    "ordered",
    "planned",
    "underway",
    "started",
    "completed",
    "hypothetical",
    "denied",
];

/// The trigger entries of `triggers.tsv`, in file order.
fn parse_triggers(text: &str) -> Result<Vec<Trigger>, String> {
    data_lines(text)
        .map(|(n, line)| parse_trigger(line).map_err(|e| format!("triggers.tsv line {n}: {e}")))
        .collect()
}

/// One `triggers.tsv` line: type, pos (V or N), phrase, need.
fn parse_trigger(line: &str) -> Result<Trigger, String> {
    let c: Vec<&str> = line.split('\t').collect();
    let [ty, pos, phrase, need] = c[..] else {
        return Err(format!(
            "expected 4 tab-separated columns (type, pos, phrase, need), found {}",
            c.len()
        ));
    };
    let event_type =
        EventType::from_name(ty).ok_or_else(|| format!("unknown event type '{ty}'"))?;
    let verb = match pos {
        "V" => true,
        "N" => false,
        _ => return Err(format!("unknown pos '{pos}' (V or N)")),
    };
    let words: Vec<String> = phrase.split(' ').map(str::to_string).collect();
    if words
        .iter()
        .any(|w| w.trim_start_matches(['^', '+', '~']).is_empty())
    {
        return Err(format!("empty word in phrase '{phrase}'"));
    }
    if words[0].starts_with(['^', '+', '~']) {
        return Err(format!(
            "the head word of '{phrase}' cannot be marked ^, + or ~"
        ));
    }
    let need = match need {
        "-" => Need::None,
        "force" => Need::Force,
        "place" => Need::Place,
        "power" => Need::Power,
        "object" => Need::Object,
        "guests" => Need::Guests,
        "mover" => Need::Mover,
        "carried" => Need::Carried,
        "armed" => Need::Armed,
        "military" => Need::Military,
        "claim" => Need::Claim,
        "request" => Need::Request,
        "ballot" => Need::Ballot,
        "pact" => Need::Pact,
        "label" => Need::Label,
        "measure" => Need::Measure,
        "target" => Need::Target,
        "ruler" => Need::Ruler,
        "directive" => Need::Directive,
        "poll" => Need::Poll,
        "troops" => Need::Troops,
        "physical" => Need::Physical,
        "gathering" => Need::Gathering,
        "counterpart" => Need::Counterpart,
        "rally" => Need::Rally,
        "procession" => Need::Procession,
        "human" => Need::Human,
        "bargain" => Need::Bargain,
        "shots" => Need::Shots,
        "acquisition" => Need::Acquisition,
        "walkout" => Need::Walkout,
        "penalty" => Need::Penalty,
        _ => {
            return Err(format!(
                "unknown need '{need}' (force, place, power, object, mover, armed, military, claim, request, ballot, pact, label, measure, target, ruler, directive, poll, troops, physical, gathering, counterpart, rally, procession, human, bargain, shots, acquisition, walkout, penalty or -)"
            ))
        }
    };
    Ok(Trigger {
        event_type,
        verb,
        words,
        need,
    })
}

/// `forces.tsv`: force head lemma → whether it names an armed group's fighters.
fn parse_forces(text: &str) -> Result<HashMap<String, bool>, String> {
    data_lines(text)
        .map(|(n, line)| {
            let (word, kind) = line
                .split_once('\t')
                .ok_or_else(|| format!("forces.tsv line {n}: no tab between lemma and kind"))?;
            let group = match kind {
                "force" => false,
                "group" => true,
                _ => {
                    return Err(format!(
                        "forces.tsv line {n}: unknown kind '{kind}' (force or group)"
                    ))
                }
            };
            Ok((word.to_string(), group))
        })
        .collect()
}

/// `words.tsv`: (class, word or phrase) pairs, in file order.
fn parse_words(text: &str) -> Result<Vec<(&str, &str)>, String> {
    data_lines(text)
        .map(|(n, line)| {
            let (class, word) = line
                .split_once('\t')
                .ok_or_else(|| format!("words.tsv line {n}: no tab between class and word"))?;
            if class.is_empty() || word.is_empty() {
                return Err(format!("words.tsv line {n}: empty class or word"));
            }
            Ok((class, word))
        })
        .collect()
}

/// The data lines of a lexicon file with their 1-based line numbers: comments and blank
/// lines are skipped.
fn data_lines(data: &str) -> impl Iterator<Item = (usize, &str)> {
    data.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
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

    /// The error `Lexicon::parse` gives for one bad file, the others being empty.
    fn error(triggers: &str, forces: &str, words: &str) -> String {
        match Lexicon::parse(triggers, forces, words) {
            Ok(_) => panic!("bad data accepted"),
            Err(e) => e,
        }
    }

    #[test]
    fn the_shipped_files_parse() {
        assert!(Lexicon::parse(TRIGGERS, FORCES, WORDS).is_ok());
    }

    #[test]
    fn bad_trigger_lines_are_refused() {
        let head = "# comment\n\nWithdrawal\tV\twithdraw\t-\n";
        let bad = |line: &str| error(&format!("{head}{line}\n"), "", "");
        assert_eq!(
            bad("Withdrawal\tV\twithdraw"),
            "triggers.tsv line 4: expected 4 tab-separated columns (type, pos, phrase, need), found 3"
        );
        assert_eq!(
            bad("Withdrawal\tV\twithdraw\t-\textra"),
            "triggers.tsv line 4: expected 4 tab-separated columns (type, pos, phrase, need), found 5"
        );
        assert_eq!(
            bad("Cop\tN\tcoup\t-"),
            "triggers.tsv line 4: unknown event type 'Cop'"
        );
        assert_eq!(
            bad("Coup\tX\tcoup\t-"),
            "triggers.tsv line 4: unknown pos 'X' (V or N)"
        );
        assert_eq!(
            bad("Coup\tV\tseize\tpowr"),
            "triggers.tsv line 4: unknown need 'powr' (force, place, power, object, mover, armed, military, claim, request, ballot, pact, label, measure, target, ruler, directive, poll, troops, physical, gathering, counterpart, rally, procession, human, bargain, shots, acquisition, walkout, penalty or -)"
        );
        assert_eq!(
            bad("Coup\tV\tseize  power\tpower"),
            "triggers.tsv line 4: empty word in phrase 'seize  power'"
        );
        assert_eq!(
            bad("Arrival\tV\trush ^\tforce"),
            "triggers.tsv line 4: empty word in phrase 'rush ^'"
        );
        assert_eq!(
            bad("Arrival\tV\t^rush in\tforce"),
            "triggers.tsv line 4: the head word of '^rush in' cannot be marked ^, + or ~"
        );
    }

    #[test]
    fn bad_force_and_word_lines_are_refused() {
        assert_eq!(
            error("", "troop\tforce\nsoldier force\n", ""),
            "forces.tsv line 2: no tab between lemma and kind"
        );
        assert_eq!(
            error("", "troop\tgroups\n", ""),
            "forces.tsv line 1: unknown kind 'groups' (force or group)"
        );
        assert_eq!(
            error("", "", "# c\nspeech\tsay\nspeech say\n"),
            "words.tsv line 3: no tab between class and word"
        );
        assert_eq!(
            error("", "", "speech\t\n"),
            "words.tsv line 1: empty class or word"
        );
    }
}
