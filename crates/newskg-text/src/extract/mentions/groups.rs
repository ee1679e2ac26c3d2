//! Groups the text describes without naming them: a noun phrase whose head is a group noun
//! (`group_noun` in the lexicon: "G7 finance ministers", "the Commons home affairs
//! committee", "opposition MPs", "the company"). Such a group can act in an event like a
//! named one. A bare definite description ("the committee", "the firm") stands for the body
//! the article named last with that head ("the Work and Pensions Committee"), or, for an
//! organisation noun, the organisation it named last; a lede's indefinite description ("A US
//! company has agreed …") the organisation named next; a definite one by a country ("the
//! Spanish group") the organisation of that country named before; else it is a group of
//! its own. As a possessor ("the party's conference") or as a modifier ("the party
//! conference") it is taken only when it stands for such a body.
//!
//! A group's identity holds within its article only ([`ActorId::Group`]).

use super::{slug, Finder, Item, What};
use crate::extract::lexicon::Lexicon;
use crate::gazetteer::{Form, Kind};
use newskg_model::{Actor, ActorId};

/// How many sentences back a bare description looks for the body it stands for.
const ANTECEDENT_SENTENCES: usize = 12;

impl Finder<'_> {
    /// Records every group phrase no earlier pass covers.
    pub(super) fn groups(&mut self) {
        let mut parts = Vec::new();
        for h in 0..self.doc.tokens.len() {
            if self.group_at(h) {
                parts.push(h);
            }
        }
        for h in parts {
            self.part_of_body(h);
        }
    }

    /// Records the group phrase headed by token `h`, if it heads one. Returns whether `h`
    /// is a bare head before "of" ("members of the committee"), left for
    /// [`Self::part_of_body`].
    fn group_at(&mut self, h: usize) -> bool {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let head = &toks[h];
        // A group word the tagger read as an adjective is a noun when a finite verb follows
        // it: "the media giant agreed".
        let noun =
            head.is_noun() || (head.tag == "JJ" && toks.get(h + 1).is_some_and(|n| n.is_finite()));
        if self.covered[h] || !noun || !lex.is("group_noun", &head.lower) {
            return false;
        }
        // A capitalised head inside a sentence belongs to a name ("Bank of England"); not
        // an abbreviation, written in capitals anywhere ("a group of MPs", "opposition MEPs").
        let s0 = self.doc.sentences[self.sentence_of[h]].tokens.start;
        let stem = head.text.strip_suffix('s').unwrap_or(&head.text);
        let abbreviation =
            stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase());
        if head.is_capitalized() && !abbreviation && h > s0 && !toks[h - 1].is_capitalized() {
            return false;
        }
        // The head ends its phrase: "committee members" is headed by "members"; in
        // "politicians and campaigners" the phrase is headed by the last of the joined nouns.
        let joined = head.is_common_noun()
            && toks.get(h + 1).is_some_and(|t| t.lower == "and")
            && toks
                .get(h + 2)
                .is_some_and(crate::analyze::Token::is_common_noun);
        if joined {
            return false;
        }
        let s = self.group_start(h);
        // "told reporters at the party conference": a bare definite group noun that
        // modifies an event noun stands, as a possessor does, for the body named before
        // it, which holds the event.
        if toks.get(h + 1).is_some_and(|t| t.is_noun()) {
            let event =
                |t: &crate::analyze::Token| t.is_common_noun() && lex.heads_an_event_noun(t);
            let bare = s + 1 == h && toks[s].lower == "the" && event(&toks[h + 1]);
            if let Some(a) = bare.then(|| self.group_antecedent(h)).flatten() {
                self.describe(s, h + 1, vec![a], &[a]);
            }
            return false;
        }
        // "the party's conference", "the company's shares": a bare definite possessor
        // stands for the body named before it, when there is one; else it is left alone.
        if toks.get(h + 1).is_some_and(|t| t.tag == "POS") {
            // Only after "the": "his party's" is the party of whoever "his" is.
            let bare = s + 1 == h && toks[s].lower == "the";
            if let Some(a) = bare.then(|| self.group_antecedent(h)).flatten() {
                self.describe(s, h + 1, vec![a], &[a]);
            }
            return false;
        }
        if s == h && toks.get(h + 1).is_some_and(|t| t.lower == "of") {
            return true;
        }
        if let Some(actors) = self.apposed_name(s, h) {
            self.describe(s, h + 1, actors.clone(), &actors);
            return false;
        }
        // A determiner opens a phrase of its own: in "warned Michael Howard the party could
        // not win" the name modifies no party.
        let before = (!matches!(toks[s].tag, "DT" | "PRP$"))
            .then(|| self.adjacent_name(s))
            .flatten();
        if let Some(a) = self.lede_body(before.map_or(s, |(b0, _)| b0), h) {
            self.describe(s, h + 1, vec![a], &[a]);
            return false;
        }
        // "The US carmaker declined to comment" after "General Motors": the organisation of
        // that country the article named before.
        if let Some((b0, a)) =
            before.and_then(|(b0, b)| Some((b0, self.home_body_before(b0, b, s, h)?)))
        {
            self.take_into_description(b0 - 1, h, a);
            return false;
        }
        // "both firms", "the two countries": the last two of that kind named before.
        let words: Vec<&str> = (s..h).map(|k| toks[k].lower.as_str()).collect();
        let pair = matches!(words[..], ["both"] | ["the", "two"]);
        if let Some(two) = pair.then(|| self.last_two(h)).flatten() {
            self.describe(s, h + 1, two.to_vec(), &two);
            return false;
        }
        // "Sides" name no group of their own, only the two parties told of before.
        if head.lower == "sides" {
            return false;
        }
        let modified = before.is_some() || (s..h).any(|k| !is_determiner(toks[k].tag));
        let definite = (s..h).any(|k| is_determiner(toks[k].tag));
        let a = match (modified, definite) {
            (false, true) => self
                .group_antecedent(h)
                .unwrap_or_else(|| self.group_actor(s, h, before)),
            (true, true) if before.is_none() && self.describes_an_organisation(s, h) => self
                .group_antecedent(h)
                .unwrap_or_else(|| self.group_actor(s, h, before)),
            _ => self.group_actor(s, h, before),
        };
        // A group of a state's or an international body's own people or organs that it
        // names stands for it as well ("British officials", "EU foreign ministers"), as a
        // government does; a firm, a court or voters it names do not ("UK bank", "a US
        // bankruptcy court", "British voters": word class `state_body_noun`).
        let mut actors = vec![a];
        let organ = lex.is("state_body_noun", &head.lower);
        if let Some((_, b)) = before.filter(|&(_, b)| organ && self.m.actors[b].kind.is_polity()) {
            if b != a {
                actors.push(b);
            }
        }
        let it = self.describe(s, h + 1, actors, &[a]);
        self.m.items[it].plural = head.tag.ends_with('S') || head.lower.ends_with('s');
        false
    }

    /// Whether the definite phrase `s..=h` describes an organisation by what it is or does,
    /// in common words only ("the media giant", "the Russian oil firm" — not "the parent
    /// company" or "the new group", which name another): it stands, like a bare "the
    /// company", for the organisation the article last named.
    fn describes_an_organisation(&self, s: usize, h: usize) -> bool {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        lex.is("organisation_noun", &toks[h].lemma.to_lowercase())
            && (s..h).all(|k| {
                let t = &toks[k];
                is_determiner(t.tag)
                    || (matches!(t.tag, "JJ" | "JJS" | "NN")
                        && !lex.is("other_org_modifier", &t.lower)
                        && (!t.is_capitalized() || k == s))
            })
            && (s..h).any(|k| toks[k].tag == "DT" && toks[k].lower == "the")
    }

    /// The organisation a definite description "the", a country's name or adjective `b`
    /// at `b0`, then plain common words `s..h` ending in an organisation noun `h`, stands
    /// for: the latest organisation the article named within reach before it as one of
    /// that country, by its home or by a description before its name ("Spanish
    /// construction group Ferrovial … the Spanish group"). None when it named none such, or
    /// when the words name another ("the US parent company", word class
    /// `other_org_modifier`).
    fn home_body_before(&self, b0: usize, b: usize, s: usize, h: usize) -> Option<usize> {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let country = self.m.actors[b]
            .id
            .qid()
            .filter(|_| self.m.actors[b].kind.is_country())?;
        let plain = (s..h).all(|k| {
            matches!(toks[k].tag, "JJ" | "NN")
                && !toks[k].is_capitalized()
                && !lex.is("other_org_modifier", &toks[k].lower)
        });
        let definite = b0 > 0 && toks[b0 - 1].lower == "the";
        if !definite || !plain || !lex.is("organisation_noun", &toks[h].lemma.to_lowercase()) {
            return None;
        }
        // Set off by a comma after a name, it describes that name ("Gazprom, the Russian
        // state-owned company that …"), or none when no pass found the name.
        let apposed = b0 >= 3 && toks[b0 - 2].lower == "," && toks[b0 - 3].tag == "NNP";
        let noun = toks[h].lemma.to_lowercase();
        // A noun of a trade ("brewer") tells bodies apart: not one described by another.
        let telling = !lex.is("generic_org_noun", &noun);
        let sent = self.sentence_of[h];
        // The organisations named before, the latest first: one of another country is
        // passed over, one of no known country stops the search (the description may be
        // of it: "UPS said it had placed an order … The US company said").
        let mut named: Vec<(usize, usize)> = (self.m.items.iter())
            .filter(|it| it.end < b0 && it.sentence + ANTECEDENT_SENTENCES >= sent)
            .filter(|it| it.what == What::Entity && (!apposed || it.end == b0 - 2))
            .filter_map(|it| match it.actors[..] {
                [a] if self.m.actors[a].kind == Kind::Organization => Some((it.start, a)),
                _ => None,
            })
            .collect();
        named.sort_unstable_by(|x, y| y.cmp(x));
        for (_, a) in named {
            let of_it = |it: &Item| it.actors == [a];
            let described: Vec<String> = (self.m.items.iter().filter(|x| of_it(x) && x.end < b0))
                .filter_map(|x| self.described_country(x.start))
                .chain(self.m.actors[a].country.clone())
                .collect();
            let told = self.described_as(a, h);
            let another = telling && !told.is_empty() && !told.contains(&noun);
            if apposed {
                return (!another).then_some(a);
            }
            // One of that country described by another trade is passed over too.
            if !another && described.iter().any(|c| c == country) {
                return Some(a);
            }
            if described.is_empty() {
                return None;
            }
        }
        None
    }

    /// Makes the country's modifier item that starts at `b0 + 1` the whole description
    /// `b0..=h` ("the US carmaker"), standing for organisation `a`, and records the mention.
    fn take_into_description(&mut self, b0: usize, h: usize, a: usize) {
        let sent = self.sentence_of[h];
        let Some(ii) = (self.m.items.iter()).position(|it| it.start == b0 + 1) else {
            return;
        };
        for c in self.covered.iter_mut().take(h + 1).skip(b0) {
            *c = true;
        }
        let it = &mut self.m.items[ii];
        (it.start, it.end, it.what, it.actors) = (b0, h + 1, What::Entity, vec![a]);
        let text = self.doc.span_text(b0, h + 1).to_string();
        self.add_mention(a, (b0, h + 1), sent, text, Form::Description);
    }

    /// Records the description over tokens `s..e` as an item standing for `actors`, and as
    /// a mention of each of `described`; returns the item.
    fn describe(&mut self, s: usize, e: usize, actors: Vec<usize>, described: &[usize]) -> usize {
        let sent = self.sentence_of[s];
        let it = self.push_item(s, e, sent, What::Entity, actors);
        let text = self.doc.span_text(s, e).to_string();
        for &a in described {
            self.add_mention(a, (s, e), sent, text.clone(), Form::Description);
        }
        it
    }

    /// Whether an item names bodies: an entity item whose actors are neither places nor
    /// persons (an organisation, a party, a state's body, a described group).
    fn names_bodies(&self, it: &Item) -> bool {
        it.what == What::Entity
            && !it.actors.is_empty()
            && it.actors.iter().all(|&a| {
                let k = self.m.actors[a].kind;
                !k.is_place() && k != Kind::Person
            })
    }

    /// A bare group head before "of" stands for the body named after it: "members of the
    /// committee", "officials of the two parties", past a word of origin that modifies it
    /// ("a delegation of European firms": the firms). Nothing is recorded when no body is.
    fn part_of_body(&mut self, h: usize) {
        let toks = &self.doc.tokens;
        let after = (h + 2..(h + 4).min(toks.len())).find(|&k| !is_determiner(toks[k].tag));
        let starts_body = |k: usize| k == h + 2 || Some(k) == after;
        let modifier =
            |it: &Item| it.what == What::Modifier && toks.get(it.end).is_some_and(|t| t.is_noun());
        let mut items = self
            .m
            .items
            .iter()
            .filter(|it| it.start > h + 1 && it.start <= h + 4);
        let first = items.clone().find(|it| starts_body(it.start));
        let body = match first {
            Some(m) if modifier(m) => items.find(|it| it.start == m.end),
            other => other,
        };
        let Some(body) = body else {
            return;
        };
        if !self.names_bodies(body) || self.covered[h] {
            return;
        }
        let actors = body.actors.clone();
        let it = self.describe(h, h + 1, actors.clone(), &actors);
        self.m.items[it].plural = true;
    }

    /// The first token of the group phrase headed by `h`: walks left over adjectives,
    /// numbers and nouns in the sentence that no earlier item covers, up to and with a
    /// determiner, which opens it.
    fn group_start(&self, h: usize) -> usize {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let mut s = h;
        while s > 0 && !self.covered[s - 1] && self.sentence_of[s - 1] == self.sentence_of[h] {
            let p = &toks[s - 1];
            let modifier = matches!(
                p.tag,
                "DT" | "PRP$" | "JJ" | "JJR" | "JJS" | "CD" | "HYPH" | "POS"
            ) || p.is_noun()
                || (p.lower == "and"
                    && s >= 2
                    && toks[s - 2].is_common_noun()
                    && toks[s].is_common_noun());
            // A time before the phrase is no part of it ("last month opposition MPs urged").
            let time = p.is_noun()
                && ["time_word", "time_unit", "weekday", "month"]
                    .iter()
                    .any(|c| lex.is(c, &p.lower) || lex.is(c, &p.lemma.to_lowercase()));
            // A verb's base form after an adverb is the verb the tagger misread as a noun
            // or an adjective ("and thus ensure terrorists will not strike").
            let misread = matches!(p.tag, "NN" | "JJ")
                && s >= 2
                && toks[s - 2].tag == "RB"
                && crate::analyze::lemma::is_base_form(&p.lower);
            if !modifier
                || time
                || misread
                || matches!(p.lower.as_str(), "a" | "an" | "any" | "no" | "every")
            {
                break;
            }
            s -= 1;
            // A determiner opens the phrase: "in 1998 the party said" ends at "the".
            if is_determiner(p.tag) {
                break;
            }
        }
        // A possessor the walk could not take ("Britain" in "Britain's biggest bank") leaves
        // its "'s" out too.
        if s < h && toks[s].tag == "POS" {
            s += 1;
        }
        s
    }

    /// The name a group phrase `s..=h` is in apposition to: "Diageo, the world's biggest
    /// spirits company, has agreed", "Titan, a California-based company, pleaded". The
    /// phrase then describes that organisation rather than a group of its own. Commas set
    /// an apposition off on both sides (or it ends the sentence): in "a warehouse off Birch
    /// Road East, the court was told" the court is no description of the road.
    fn apposed_name(&self, s: usize, h: usize) -> Option<Vec<usize>> {
        let toks = &self.doc.tokens;
        let closed = toks
            .get(h + 1)
            .is_none_or(|n| matches!(n.lower.as_str(), "," | "." | ";" | ":"));
        if !closed {
            return None;
        }
        let d = if s > 0 && matches!(toks[s - 1].lower.as_str(), "a" | "an") {
            s - 1
        } else {
            s
        };
        if d < 2 || toks[d - 1].lower != "," || self.sentence_of[d - 2] != self.sentence_of[s] {
            return None;
        }
        let it = self.m.items.iter().rev().find(|it| it.end == d - 1)?;
        self.names_bodies(it).then(|| it.actors.clone())
    }

    /// The body a lede's indefinite description of one stands for, when the phrase opens at
    /// `s` and is headed by organisation noun `h`: "A US defence and telecommunications
    /// company has agreed to pay $28.5m … The Titan corporation was accused …". News names
    /// the body late; the description, in the article's first two sentences after its
    /// title, stands for the first organisation the next two sentences name, when none was
    /// named before it.
    fn lede_body(&self, s: usize, h: usize) -> Option<usize> {
        let toks = &self.doc.tokens;
        let sent = self.sentence_of[h];
        let indefinite = s > 0 && matches!(toks[s - 1].lower.as_str(), "a" | "an");
        // The organisation an item names, if it names one.
        let org = |it: &Item| {
            let named = (it.actors.iter()).copied();
            named
                .filter(|_| it.what == What::Entity)
                .find(|&a| self.m.actors[a].kind == Kind::Organization)
        };
        if !indefinite
            || sent > 2
            || !Lexicon::get().is("organisation_noun", &toks[h].lemma.to_lowercase())
            || (self.m.items.iter()).any(|it| it.start < s && org(it).is_some())
        {
            return None;
        }
        (self.m.items.iter())
            .filter(|it| it.start > h && it.sentence <= sent + 2)
            .filter_map(|it| Some((it.start, org(it)?)))
            .min_by_key(|&(start, _)| start)
            .map(|(_, a)| a)
    }

    /// The named item that ends right where the group phrase starts and modifies it ("G7"
    /// in "G7 finance ministers", "British" in "British officials"), if any: its first
    /// token and its actor.
    fn adjacent_name(&self, s: usize) -> Option<(usize, usize)> {
        let it = self.m.items.iter().rev().find(|it| it.end == s)?;
        let named = matches!(it.what, What::Entity | What::Modifier)
            && !it.possessive
            && it.sentence == self.sentence_of[s];
        (named && it.actors.len() == 1).then(|| (it.start, it.actors[0]))
    }

    /// A group actor labelled by its phrase without the determiner, with the named
    /// modifier before it; its country is the modifier's country, if it has one.
    pub(super) fn group_actor(
        &mut self,
        s: usize,
        h: usize,
        before: Option<(usize, usize)>,
    ) -> usize {
        let toks = &self.doc.tokens;
        let first = (s..h).find(|&k| !is_determiner(toks[k].tag)).unwrap_or(h);
        let mut label = self.doc.span_text(first, h + 1).to_string();
        let mut country = None;
        if let Some((b0, b)) = before {
            // The name as written ("British officials", not "United Kingdom officials").
            let b0 = (b0..h).find(|&k| !is_determiner(toks[k].tag)).unwrap_or(b0);
            label = self.doc.span_text(b0, h + 1).to_string();
            let name = &self.m.actors[b];
            country = if name.kind.is_country() {
                name.id.qid().map(str::to_string)
            } else {
                name.country.clone()
            };
        }
        self.m.actor_for(Actor {
            id: ActorId::Group(slug(&label)),
            label,
            kind: Kind::Group,
            country,
            title: None,
            affiliation: None,
        })
    }

    /// The body a bare definite description headed by `h` stands for: the latest earlier
    /// organisation or group within reach whose name ends in the same noun ("the
    /// committee" → "Public Accounts Committee"), or, for an organisation noun ("the
    /// company"), the latest organisation of any name, for a noun of a union of states
    /// ("the bloc") the latest international organisation; not one its clause names after
    /// it.
    pub(super) fn group_antecedent(&self, h: usize) -> Option<usize> {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let noun = toks[h].lemma.to_lowercase();
        let any_org = lex.is("organisation_noun", &toks[h].lemma.to_lowercase());
        let union_of_states = lex.is("union_of_states_noun", &noun);
        let party = noun == "party";
        // A noun of a trade ("brewer"), which tells bodies apart, unlike "company".
        let telling = any_org && !lex.is("generic_org_noun", &noun);
        let sent = self.sentence_of[h];
        // Named in the same clause as a party of its own, not as a modifier ("a genuine UKIP
        // candidate"): by the words, with no punctuation, conjunction or subordinator between,
        // nor a second finite verb ("The firm's division was sold and Bombardier started"),
        // and not as the subject of a clause of its own ("the group said Barclays is").
        let one_clause = |a: usize, b: usize| {
            (a..b).filter(|&k| toks[k].is_finite()).count() <= 1
                && !(a..b).any(|k| {
                    let w = &toks[k];
                    matches!(
                        w.tag,
                        "," | ":" | "CC" | "WDT" | "WP" | "WRB" | "``" | "''" | "-LRB-"
                    ) || w.tag == "IN" && w.lower == "that"
                })
        };
        let named_after: Vec<usize> = (self.m.items.iter())
            .filter(|it| {
                it.sentence == sent
                    && it.start > h
                    && it.what == What::Entity
                    && !toks
                        .get(it.end)
                        .is_some_and(|w| w.is_noun() || w.is_finite())
                    && one_clause(h + 1, it.start)
            })
            .flat_map(|it| it.actors.iter().copied())
            .collect();
        self.m
            .items
            .iter()
            .filter(|it| it.end <= h && it.sentence + ANTECEDENT_SENTENCES >= sent)
            // A union of states its leaders stand for too ("Nato leaders met … the
            // alliance").
            .filter(|it| {
                let leaders = union_of_states && it.what == What::Government;
                (it.what == What::Entity || leaders) && !it.possessive
            })
            .filter_map(|it| {
                let &a = it.actors.first()?;
                let act = &self.m.actors[a];
                if it.what == What::Government && act.kind != Kind::IntlOrg {
                    return None;
                }
                let last = act.label.rsplit(' ').next().map(str::to_lowercase);
                let body = matches!(
                    act.kind,
                    Kind::Organization
                        | Kind::Agency
                        | Kind::Party
                        | Kind::IntlOrg
                        | Kind::Outlet
                        | Kind::Group
                );
                let same_noun =
                    body && last.is_some_and(|w| w == noun || w.strip_suffix('s') == Some(&noun));
                let any = (any_org && act.kind == Kind::Organization)
                    || (union_of_states && act.kind == Kind::IntlOrg)
                    || (party && act.kind == Kind::Party);
                (same_noun || any).then_some((it.start, a))
            })
            // Not one its own clause names after it: a name would have served there, and
            // "The party challenged the Tories" is not the Tories.
            .filter(|(_, a)| !named_after.contains(a))
            // A body the text described by this noun before ("Australian brewer Fosters")
            // first; one it described by another ("winemaker Southcorp") last, for a noun
            // more telling than "company" or "firm".
            .max_by_key(|&(start, a)| {
                let told = match telling {
                    true => self.described_as(a, h),
                    false => Vec::new(),
                };
                let fit = match (told.contains(&noun), told.is_empty()) {
                    (true, _) => 2,
                    (false, true) => 1,
                    (false, false) => 0,
                };
                (fit, start)
            })
            .map(|(_, a)| a)
    }

    /// The last two actors of the kind plural head `h` names ("firms", "companies":
    /// organisations; "countries", "nations": countries; "parties"; "sides": two of one
    /// kind, states, bodies or persons) that the text named before it, the later first,
    /// within [`ANTECEDENT_SENTENCES`].
    fn last_two(&self, h: usize) -> Option<[usize; 2]> {
        let lex = Lexicon::get();
        let lemma = self.doc.tokens[h].lemma.to_lowercase();
        // "Both sides": the last two parties of one kind, states, bodies or persons; a
        // state and a bloc of states are of one kind here ("the US and the EU … the two
        // sides").
        let side = |k: Kind| !k.is_place() || k.is_country();
        let alike = |f: Kind, k: Kind| f == k || (f.is_polity() && k.is_polity());
        let fits = |k: Kind, first: Option<Kind>| match lemma.as_str() {
            "country" | "nation" => k.is_country(),
            "party" => k == Kind::Party,
            "side" => side(k) && k != Kind::Group && first.is_none_or(|f| alike(f, k)),
            _ => k == Kind::Organization && lex.is("organisation_noun", &lemma),
        };
        let sent = self.sentence_of[h];
        // Items are not yet in text order here: the latest first, by position.
        let mut named: Vec<(usize, usize)> = (self.m.items.iter())
            .filter(|it| it.end <= h && it.sentence + ANTECEDENT_SENTENCES >= sent)
            .filter(|it| matches!(it.what, What::Entity | What::Place) && it.actors.len() == 1)
            .map(|it| (it.start, it.actors[0]))
            .collect();
        named.sort_unstable_by(|x, y| y.cmp(x));
        let mut found: Vec<usize> = Vec::new();
        for (_, a) in named {
            let first = found.first().map(|&f| self.m.actors[f].kind);
            if fits(self.m.actors[a].kind, first) && !found.contains(&a) {
                found.push(a);
            }
            if found.len() == 2 {
                return Some([found[0], found[1]]);
            }
        }
        None
    }

    /// The common nouns the text set right before a name of actor `a`, before token `h`
    /// ("Australian brewer Fosters": "brewer"), as lower-case lemmas.
    fn described_as(&self, a: usize, h: usize) -> Vec<String> {
        let toks = &self.doc.tokens;
        (self.m.items.iter())
            .filter(|it| it.end <= h && it.start > 0 && it.actors.first() == Some(&a))
            .map(|it| &toks[it.start - 1])
            .filter(|w| w.is_common_noun())
            .map(|w| w.lemma.to_lowercase())
            .collect()
    }
}

/// Determiners and possessive pronouns: "the", "this", "its".
fn is_determiner(tag: &str) -> bool {
    matches!(tag, "DT" | "PRP$")
}
