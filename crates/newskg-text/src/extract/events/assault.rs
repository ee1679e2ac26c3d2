//! Whether an attack word tells of violence. "Attack", "assault" and "offensive" name words
//! as often as blows in the news ("the minister attacked the budget", "an assault on
//! poverty", "went on the offensive over the leak"). A blow shows itself by what takes part
//! in it, what it strikes or where, or what the words around it say; a word that shows none
//! of these is no event. The evidence read here is positive: an attack is physical because
//! something says so, not because nothing says otherwise.

use super::tree::Tree;
use super::{is, names_day_or_month, EventType, Kind, Lexicon, Mentions, Need, Site, What};

impl Site<'_> {
    /// (`physical`) Whether an attack shows violence: a force takes part; its sentence has a
    /// word of arms (not a name, nor one before a noun other than the trigger: "a shell
    /// company", "gas prices") or harm, or names an armed group; something is attacked "with" or
    /// "using" something; a word of violence or a date names it ("a suicide attack", "the
    /// 11 September attacks"); it is the crime ("jailed for assault"); its attackers are
    /// named by a word of violence ("the gunmen who attacked"); what it strikes is a place,
    /// a force or a thing one can hit (word classes `assault_target`, `vehicle_noun`:
    /// "attacked the convoy", "an attack on two pubs"); it happens in a named place
    /// ("attacks in Riyadh"); or it is an attack noun in an article that told of a blow
    /// before, and no civilian is named as whose it is.
    pub(super) fn shows_violence(&self, m: &Mentions, forces: &[usize], tree: &Tree) -> bool {
        !forces.is_empty()
            || self.sentence_is_armed(m)
            || self
                .right_of_trigger()
                .any(|k| matches!(self.doc.tokens[k].lower.as_str(), "with" | "using"))
            || self.named_as_violent()
            || self.is_the_crime(tree)
            || self.violent_attacker(tree)
            || self.strikes_a_physical_target(m, tree)
            || self.refers_to_earlier_violence(m, tree)
    }

    /// Whether the trigger's sentence has a word of arms or harm (word classes `armed_word`,
    /// `armed_modifier`, `weapon_word`, `harm_word`, by word or lemma), a force, or a name of
    /// an armed group.
    pub(super) fn sentence_is_armed(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        // A word of arms that names or modifies something else is none: a name ("Shell"),
        // or before a noun other than the trigger ("a shell company", "gas prices").
        let named_or_modifying = |k: usize| {
            (k > s0 && toks[k].is_capitalized())
                || k + 1 != self.t
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.tag, "NN" | "NNS"))
        };
        self.doc.sentences[self.si].tokens.clone().any(|k| {
            let (w, l) = (toks[k].lower.as_str(), toks[k].lemma.to_lowercase());
            let weapon = (is("weapon_word", w) || is("weapon_word", &l)) && !named_or_modifying(k);
            weapon
                || ["armed_word", "armed_modifier", "harm_word"]
                    .iter()
                    .any(|c| is(c, w) || is(c, &l))
                || m.item_at[k].is_some_and(|ii| {
                    let it = &m.items[ii];
                    matches!(it.what, What::Force(_))
                        || it
                            .actors
                            .iter()
                            .any(|&a| m.actors[a].kind == Kind::ArmedGroup)
                })
        })
    }

    /// Whether the words right before a nominal trigger name it as violent: a word of
    /// violence (`assault_modifier`: "a suicide attack", "terrorist attacks") or a date
    /// ("the 11 September attacks", "the 9/11 attacks", "Monday's attacks").
    fn named_as_violent(&self) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        !self.trig.verb
            && (s0..self.t)
                .rev()
                .take_while(|&k| matches!(toks[k].tag, "JJ" | "NN" | "NNP" | "CD" | "HYPH" | "POS"))
                .any(|k| {
                    let w = &toks[k];
                    is("assault_modifier", &w.lemma.to_lowercase())
                        || names_day_or_month(&w.lower)
                        || (w.tag == "CD" && w.text.contains('/'))
                })
    }

    /// Whether what the trigger strikes, or where it happens, is physical: the head of the
    /// verb's object (its passive subject), or of the noun's phrase after "on", "against"
    /// or "at", is a place (named or described: "the capital"), a force or a thing one can hit (`assault_target`,
    /// `vehicle_noun`); or a phrase "in" a named place hangs on it.
    fn strikes_a_physical_target(&self, m: &Mentions, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        let place_or_force = |h: usize| {
            m.item_at[h].is_some_and(|ii| {
                let it = &m.items[ii];
                matches!(it.what, What::Force(_) | What::Place)
                    || (!it.actors.is_empty()
                        && it.actors.iter().all(|&a| m.actors[a].kind.is_place()))
            })
        };
        let case_of = |h: usize| {
            tree.dependents(h, "case")
                .first()
                .map(|&c| toks[c].lower.as_str())
        };
        let mut hit = Vec::new();
        let mut within = Vec::new();
        for rel in ["obj", "nsubj:pass", "nmod", "obl"] {
            for h in tree.dependents(self.t, rel) {
                match (rel, case_of(h)) {
                    ("obj" | "nsubj:pass", _) => hit.push(h),
                    (_, Some("on" | "against" | "at" | "upon")) => hit.push(h),
                    (_, Some("in" | "near" | "across")) => within.push(h),
                    _ => {}
                }
            }
        }
        // The parser may hang the noun's phrase on the verb ("prevent attacks on the
        // capital"): the last noun of the phrase right after a nominal trigger counts too.
        hit.extend(self.phrase_after_noun(&["on", "against", "at"]));
        hit.iter().any(|&h| {
            let l = toks[h].lemma.to_lowercase();
            place_or_force(h) || is("assault_target", &l) || is("vehicle_noun", &l)
        }) || (within.into_iter())
            .flat_map(|h| std::iter::once(h).chain(tree.dependents(h, "nmod")))
            .any(place_or_force)
    }

    /// (the noun "assault") The crime: the noun with nothing that aims it or says whose
    /// it is, and no adjective or noun before it ("charged with assault", "jailed for
    /// assaults carried out while drunk"); "an assault on poverty", "a regulatory assault"
    /// and "the party's assault" are aimed, and need more.
    fn is_the_crime(&self, tree: &Tree) -> bool {
        let aimed = ["nmod", "nmod:poss", "amod", "compound"]
            .iter()
            .any(|r| !tree.dependents(self.t, r).is_empty());
        !self.trig.verb
            && self.doc.tokens[self.t]
                .lemma
                .eq_ignore_ascii_case("assault")
            && !aimed
            && self.phrase_after_noun(&["on", "against"]).is_none()
    }

    /// Whether who attacks is named by a word of violence or harm (`assault_modifier`,
    /// `harm_word`): the active verb's subject ("before the terrorists attack"), the
    /// agent of the passive or the noun's "by" phrase ("attacked by a gunman", "attacks by
    /// militants"), or the noun's possessor.
    fn violent_attacker(&self, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        let by =
            |h: usize| (tree.dependents(h, "case").first()).is_some_and(|&c| toks[c].lower == "by");
        let attackers = ["nsubj", "obl:agent", "nmod:poss", "nmod", "obl"]
            .iter()
            .flat_map(|r| tree.dependents(self.t, r).into_iter().map(move |h| (*r, h)))
            .filter(|&(r, h)| matches!(r, "nsubj" | "nmod:poss" | "obl:agent") || by(h))
            .map(|(_, h)| h);
        let violent = |h: usize| {
            let l = toks[h].lemma.to_lowercase();
            is("assault_modifier", &l) || is("harm_word", &l)
        };
        attackers
            .flat_map(|h| std::iter::once(h).chain(tree.dependents(h, "conj")))
            .any(violent)
    }

    /// The head (last noun) of the noun phrase right after a nominal trigger when one of
    /// `preps` opens it: "attacks on the old city walls" gives "walls".
    fn phrase_after_noun(&self, preps: &[&str]) -> Option<usize> {
        let toks = &self.doc.tokens;
        let s_end = self.doc.sentences[self.si].tokens.end;
        let opens = toks
            .get(self.end)
            .is_some_and(|n| preps.contains(&n.lower.as_str()));
        (!self.trig.verb && opens)
            .then(|| {
                (self.end + 1..s_end)
                    .take_while(|&k| {
                        matches!(toks[k].tag, "DT" | "JJ" | "CD" | "PRP$" | "POS")
                            || toks[k].is_noun()
                    })
                    .filter(|&k| toks[k].is_noun())
                    .last()
            })
            .flatten()
    }

    /// "Police questioned two men over the attack", "the risk of another attack": an attack
    /// noun in an article that has told of a blow before its sentence — a word of harm or
    /// arms, an attack word that needs nothing more ("bombing", "ambush"), or an attack
    /// noun named violent ("the suicide attacks") — unless a person, party, firm or outlet
    /// is named as whose it is ("the latest Tory attack", "Ms Hale's attack").
    fn refers_to_earlier_violence(&self, m: &Mentions, tree: &Tree) -> bool {
        use Kind::{Organization, Outlet, Party, Person};
        let toks = &self.doc.tokens;
        if self.trig.verb {
            return false;
        }
        let civilian = ["nmod:poss", "amod", "compound"]
            .iter()
            .flat_map(|r| tree.dependents(self.t, r))
            .filter_map(|d| m.item_at[d])
            .any(|ii| super::names_only(m, &[ii], &[Person, Party, Organization, Outlet]));
        let lex = Lexicon::get();
        let s0 = self.doc.sentences[self.si].tokens.start;
        // An attack noun named violent before ("the 11 September terrorist attacks").
        let named_before = (1..s0).any(|k| {
            is("figurative_attack", &toks[k].lemma.to_lowercase())
                && toks[k].is_noun()
                && is("assault_modifier", &toks[k - 1].lemma.to_lowercase())
        });
        !civilian
            && (named_before
                || toks[..s0].iter().any(|w| {
                    let l = w.lemma.to_lowercase();
                    ["harm_word", "weapon_word"]
                        .iter()
                        .any(|c| is(c, &w.lower) || is(c, &l))
                        || super::heads_a_trigger(lex, w, |tr| {
                            tr.event_type == EventType::Attack && tr.need == Need::None
                        })
                }))
    }
}
