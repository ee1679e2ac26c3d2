//! Word sense from what a trigger takes: the needs of the trigger table that tell an event
//! from another sense of its word by the words that complement it. "Agreed to pay" is an
//! agreement, "agreed with me" an opinion; "designated a terrorist group" a designation,
//! "designated as unrecoverable" none; "froze the assets" a sanction, "frozen in aspic"
//! none; "voted for the president" an election, "voted against the bill" none; "a press
//! conference" no meeting; "demonstrated in Kiev" a protest, "demonstrates the point" none;
//! "rebels killed" an attack, "the floods killed" none; "signed a deal" an agreement, "a
//! great deal" none.

use super::{is, Args, EventType, Item, Kind, Mentions, Site, Tree, What};

/// How far to the right a complement is looked for.
const REACH: usize = 8;

impl Site<'_> {
    /// The clause's tokens after the trigger, up to `REACH` of them: to the first full stop,
    /// colon, semicolon or comma.
    pub(super) fn right_of_trigger(&self) -> std::ops::Range<usize> {
        let toks = &self.doc.tokens;
        let s_end = self.doc.sentences[self.si].tokens.end;
        let stop = (self.end..s_end.min(self.end + REACH))
            .find(|&k| matches!(toks[k].lower.as_str(), "." | ";" | ":" | ","))
            .unwrap_or(s_end.min(self.end + REACH));
        self.end..stop
    }

    /// The nearest token before the trigger in its sentence that `skip` does not pass over:
    /// the head of the subject when `skip` passes auxiliaries and adverbs ("the waves which
    /// killed", "federal agents raided").
    fn word_before(&self, skip: impl Fn(&crate::analyze::Token) -> bool) -> Option<usize> {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        (s0..self.t).rev().find(|&k| !skip(&toks[k]))
    }

    /// Whether a word of the "by" phrase within three tokens after the trigger (its words of
    /// tags `tags`, up to five) meets `pred`: "killed by the floods", "a raid by tax
    /// inspectors".
    fn by_phrase_any(&self, tags: &[&str], pred: impl Fn(usize) -> bool) -> bool {
        let toks = &self.doc.tokens;
        let end = self.doc.sentences[self.si].tokens.end;
        let by = (self.end..end.min(self.end + 3)).find(|&k| toks[k].lower == "by");
        by.is_some_and(|b| {
            (b + 1..end.min(b + 6))
                .take_while(|&k| tags.contains(&toks[k].tag))
                .any(pred)
        })
    }

    /// (`pact`, for "agree") A pact, not a shared opinion: the verb takes something agreed
    /// ("agreed to pay", "agreed on a ceasefire", "agreed a deal", "agreed to the terms"),
    /// or is passive ("no figure has been agreed", "measures agreed with the US").
    /// "Agreed that …", "agree with me", "agree on them", "agree on one thing" (word class
    /// `vague_thing`) and "Mr Wallace agreed." share a view.
    pub(super) fn is_a_pact(&self, m: &Mentions, tree: &super::Tree) -> bool {
        let toks = &self.doc.tokens;
        // The passive, also reduced after its noun: "measures agreed with the US".
        let reduced = self.after_its_noun();
        // "all the unions are agreed on", "the parties are agreed that …": "be agreed" said
        // of those who agree is a view they share; what is agreed stands there in a pact
        // ("the deal was agreed").
        // "what all seem agreed on": "seem" or "appear" stands for "be".
        let seems = self.t > 0
            && matches!(toks[self.t].tag, "VBN" | "VBD")
            && matches!(
                toks[self.t - 1].lemma.to_lowercase().as_str(),
                "seem" | "appear"
            );
        if !reduced && (seems || super::is_passive(self.doc, self.t, self.si)) {
            // Not "it was agreed that the issue can wait", which tells of a decision.
            if self
                .word_before_verb()
                .is_some_and(|k| toks[k].lower == "it")
            {
                return true;
            }
            let subject = self.subject_before_verb(m);
            let next = toks.get(self.end);
            let that = next.is_some_and(|n| n.lower == "that" && n.tag == "IN");
            let stranded = next.is_some_and(|n| matches!(n.lower.as_str(), "on" | "upon"))
                && toks
                    .get(self.end + 1)
                    .is_none_or(|w| matches!(w.tag, "." | "," | ":" | "CC"));
            let by_actors = subject.is_some_and(|it| !it.actors.is_empty());
            return !(that || stranded || by_actors);
        }
        if reduced {
            return true;
        }
        let mut k = self.end;
        let right = self.right_of_trigger();
        let partner = toks.get(k).is_some_and(|n| n.lower == "with");
        // "agreed with the unions on a deal": the partner, then what is agreed.
        if partner {
            // "agree with me": a view shared with the speaker or the one spoken to.
            if toks.get(k + 1).is_some_and(|n| n.tag == "PRP") {
                return false;
            }
            k += 1;
            while right.contains(&k)
                && (m.item_at[k].is_some()
                    || matches!(
                        toks[k].tag,
                        "DT" | "PRP" | "PRP$" | "JJ" | "NN" | "NNS" | "NNP"
                    ))
            {
                k += 1;
            }
        }
        // Adverbs and times between: "agreed last week to pay", "agreed yesterday a deal".
        while right.contains(&k)
            && (toks[k].tag.starts_with("RB") || is("time_word", &toks[k].lower))
        {
            k += 1;
        }
        if !right.contains(&k) {
            return false;
        }
        let n = &toks[k];
        match n.lower.as_str() {
            // "agree on them", "agree on one thing", "agree on much": a view they share.
            "on" | "upon" => !toks.get(k + 1).is_some_and(|w| {
                w.tag == "PRP"
                    || is("vague_thing", &w.lower)
                    || (w.tag == "CD"
                        && toks.get(k + 2).is_some_and(|x| is("vague_thing", &x.lower)))
            }),
            "to" if toks.get(k + 1).is_some_and(|w| w.tag == "VB") => {
                partner
                    || self.agreed_by_several(m, tree)
                    || is("exchange_verb", &toks[k + 1].lemma.to_lowercase())
            }
            "to" | "terms" => true,
            "that" | "with" | "about" | "if" | "whether" => false,
            _ => {
                matches!(n.tag, "DT" | "CD" | "JJ" | "NN" | "NNS" | "PRP$" | "$")
                    && !self.subject_of_a_clause(k)
            }
        }
    }

    /// Whether the subject right before the verb names several who agree: a plural noun or
    /// pronoun at its end, a list ("the EU and US", "both sides", "they"), or a body of states
    /// or a union of members (an international organisation, word class `union_of_members`:
    /// "Opec agreed to cut output", "the military alliance agreed"). One who agrees to do
    /// something alone, with no partner named and nothing exchanged or settled (word class
    /// `exchange_verb`: "agreed to buy the club", "agreed to end the dispute"), consents or
    /// decides ("Lord Dubs agreed to withdraw his bill", "the council agreed unanimously to
    /// close the library"): no pact.
    fn agreed_by_several(&self, m: &Mentions, tree: &super::Tree) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        // No word, noun or pronoun right before the verb ("believed to have agreed", ",
        // agreeing"): the subject is not read here, and may be several.
        let Some(last) = self.word_before_verb() else {
            return true;
        };
        if !(toks[last].is_noun() || toks[last].tag == "PRP") {
            return self
                .conjunct_agreed_by_several(m, last, tree)
                .unwrap_or(true);
        }
        let phrase = |j: usize| {
            matches!(
                toks[j].tag,
                "DT" | "CD" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "PRP" | "PRP$" | "CC"
            )
        };
        let mut first = last;
        while first > s0 && phrase(first - 1) {
            first -= 1;
        }
        self.names_several(m, first, last)
    }

    /// For a verb joined to the one before it ("met and agreed", "considered a range of
    /// options but agreed unanimously to introduce a ban"): whether the subject the two
    /// share, read from the tree, names several ([`Self::names_several`]); `None` when
    /// `before` (the word right before the verb) is no conjunction or the tree gives no
    /// subject.
    fn conjunct_agreed_by_several(
        &self,
        m: &Mentions,
        before: usize,
        tree: &super::Tree,
    ) -> Option<bool> {
        let toks = &self.doc.tokens;
        if toks[before].tag != "CC" {
            return None;
        }
        let heads = tree.subject_of(self.t, |_| false)?;
        // A name's words or a list's heads: the phrase from the first to the last, a
        // noun, a pronoun or a name the tagger took for an adjective ("the Scottish
        // Executive").
        let (&h, &last) = (heads.iter().min()?, heads.iter().max()?);
        if !(toks[last].is_noun() || toks[last].tag == "PRP" || m.item_at[last].is_some()) {
            return None;
        }
        let (first, _) = tree.phrase_span(h);
        Some(self.names_several(m, first.min(h), last))
    }

    /// Whether the subject phrase `first..=last` names several: a plural noun or pronoun
    /// at its end, a list, or a body of states or union of members.
    fn names_several(&self, m: &Mentions, first: usize, last: usize) -> bool {
        let toks = &self.doc.tokens;
        let plural = matches!(toks[last].tag, "NNS" | "NNPS")
            || matches!(toks[last].lower.as_str(), "they" | "we");
        let states = (first..=last).any(|j| {
            is("union_of_members", &toks[j].lower)
                || (m.item_at[j]).is_some_and(|ii| {
                    (m.items[ii].actors.iter()).any(|&a| m.actors[a].kind == Kind::IntlOrg)
                })
        });
        plural || states || (first..last).any(|j| matches!(toks[j].lower.as_str(), "and" | "both"))
    }

    /// Whether the noun phrase from `k` is the subject of a clause the verb takes without
    /// "that": a finite verb follows it, also past a relative clause set off by commas
    /// ("agreed the act was discriminatory", "agree the plans have merit") — a view, not a
    /// thing agreed.
    fn subject_of_a_clause(&self, k: usize) -> bool {
        let toks = &self.doc.tokens;
        let end = self.doc.sentences[self.si].tokens.end;
        let np = |j: usize| {
            matches!(
                toks[j].tag,
                "DT" | "CD" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP$" | "POS"
            ) || toks[j].lower == "of"
        };
        let mut j = k;
        while j < end && j < k + 10 && np(j) {
            j += 1;
        }
        // Past a relative clause set off by commas: "agreed the 1701 Act of Settlement,
        // which governs the succession, was discriminatory".
        let relative =
            j > k && j + 1 < end && toks[j].lower == "," && matches!(toks[j + 1].tag, "WDT" | "WP");
        if relative {
            if let Some(close) = (j + 2..end.min(j + 16)).find(|&c| toks[c].lower == ",") {
                j = close + 1;
            }
        }
        j > k && j < end && toks[j].is_finite()
    }

    /// Whether the verbal trigger follows its noun as a reduced relative: a participle right
    /// after a noun ("measures agreed with"), or a past form after a noun that a
    /// preposition governs, so cannot be its subject ("a package of measures agreed").
    fn after_its_noun(&self) -> bool {
        let toks = &self.doc.tokens;
        let t = self.t;
        if t == 0 || !toks[t - 1].is_noun() {
            return false;
        }
        if toks[t].tag == "VBN" {
            return true;
        }
        let s0 = self.doc.sentences[self.si].tokens.start;
        let np_start = (s0..t)
            .rev()
            .take_while(|&k| matches!(toks[k].tag, "DT" | "JJ" | "NN" | "NNS" | "CD" | "PRP$"))
            .last()
            .unwrap_or(t);
        // A word that may also open a clause ("after a review concluded no change was
        // needed") leaves the past form the noun's own verb.
        let prep = np_start
            .checked_sub(1)
            .filter(|&p| p >= s0)
            .map(|p| &toks[p]);
        toks[t].tag == "VBD" && prep.is_some_and(|p| p.tag == "IN" && !is("subordinator", &p.lower))
    }

    /// (`label`, for "designate", "brand", "label", "classify") An official label, not a
    /// judgement: what the thing is called is a designation label ("a terrorist group", "a
    /// foreign agent", "a state sponsor of terrorism"), within the clause after the trigger
    /// (or just before a designation noun: "its terror designation").
    pub(super) fn gives_a_label(&self) -> bool {
        let toks = &self.doc.tokens;
        let labelled = |k: usize| is("designation_label", &toks[k].lemma.to_lowercase());
        let s0 = self.doc.sentences[self.si].tokens.start;
        let before = !self.trig.verb && self.t > s0 && labelled(self.t - 1);
        before || self.right_of_trigger().any(labelled)
    }

    /// (`measure`, for "suspend", "freeze", "restrict") A measure against somebody, not a
    /// pause: what is suspended or frozen is an actor ("suspended Niger"), something a state
    /// gives or holds ("froze the assets", "suspended aid to", "restricted exports"), or, in
    /// the passive, such a thing before the verb ("the assets were frozen").
    pub(super) fn is_a_measure(&self, m: &Mentions, np_object: Option<usize>) -> bool {
        let toks = &self.doc.tokens;
        let sanctioned = |k: usize| is("sanctioned_thing", &toks[k].lemma.to_lowercase());
        if let Some(k) = np_object {
            return sanctioned(k);
        }
        // An actor, not a modifier: "suspended Niger", not "suspend two Saudi services";
        // the object, not a clause after it ("was suspended when Mr Ruiz's lawyer …").
        let ends_object = |k: usize| {
            matches!(toks[k].tag, "IN" | "TO" | "." | "," | "CC") || toks[k].tag.starts_with('W')
        };
        let object_item = (self.end..self.end + 3)
            .take_while(|&k| k < toks.len() && !ends_object(k))
            .any(|k| m.item_at[k].is_some_and(|ii| m.items[ii].what != What::Modifier));
        if object_item {
            return true;
        }
        let s0 = self.doc.sentences[self.si].tokens.start;
        // In the passive, what is suspended or sanctioned stands before: a thing held
        // ("the assets were frozen") or a state or a body of states ("Zimbabwe was
        // suspended from the Commonwealth"); a suspended player or official is no state's
        // measure.
        let before = self.t.saturating_sub(6).max(s0)..self.t;
        // The subject: the item right before the verb's auxiliaries and adverbs.
        let mut v = self.t;
        while v > s0 && (toks[v - 1].is_verb() || toks[v - 1].tag.starts_with("RB")) {
            v -= 1;
        }
        let actor_before = v > s0
            && m.item_at[v - 1].is_some_and(|ii| {
                let it = &m.items[ii];
                it.end == v
                    && it.what != What::Modifier
                    && it.pp.is_none()
                    && !it.actors.is_empty()
                    && it.actors.iter().all(|&a| m.actors[a].kind.is_polity())
            });
        super::is_passive(self.doc, self.t, self.si)
            && (before.clone().any(sanctioned) || actor_before)
    }

    /// (`walkout`, for "strike") A stoppage of work, not an attack: the noun with another
    /// kind's noun or a `strike_kind` word before it ("a rail strike", "a general strike"),
    /// "on strike", or a `labour_word` in its sentence ("nurses plan a strike"); not a
    /// modifier of another noun ("a strike ballot", "the strike price"; "strike action" is
    /// a phrase of its own in the table), and nothing armed in the sentence (a force, an
    /// armed group, an `armed_word`). The verb needs a `labour_word` or a union as its
    /// subject ("staff will strike").
    pub(super) fn is_a_walkout(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        let (t, range) = (self.t, self.doc.sentences[self.si].tokens.clone());
        let labour = |k: usize| {
            is("labour_word", &toks[k].lemma.to_lowercase())
                || m.item_at[k].is_some_and(|ii| {
                    (m.items[ii].actors.iter()).any(|&a| m.actors[a].label.ends_with("nion"))
                })
        };
        let armed = range.clone().any(|k| {
            is("armed_word", &toks[k].lower)
                || m.item_at[k].is_some_and(|ii| {
                    let it = &m.items[ii];
                    matches!(it.what, What::Force(_))
                        || (it.actors.iter()).any(|&a| m.actors[a].kind == Kind::ArmedGroup)
                })
        });
        if armed {
            return false;
        }
        if self.trig.verb {
            return self.word_before_verb().is_some_and(labour);
        }
        let next = toks.get(self.end).filter(|_| self.end < range.end);
        if next.is_some_and(|n| n.is_noun()) {
            return false;
        }
        let on_strike = t >= range.start + 2 && toks[t - 1].lower == "on" && toks[t - 2].is_verb();
        // The noun the `armed` need reads as another kind ("a rail strike") is a walk-out.
        self.other_kind_of_strike(m, None) || on_strike || range.clone().any(labour)
    }

    /// (`penalty`, for the noun "fine") One fine imposed: the noun in the singular ("a fine
    /// of $250,000"), or in the plural with an amount right before it ("$5m fines") or "of"
    /// and an amount after it ("fines of up to £2,500"); not fines as a kind of penalty
    /// ("powers to hand out fines").
    pub(super) fn is_one_penalty(&self) -> bool {
        let toks = &self.doc.tokens;
        if toks[self.t].tag != "NNS" {
            return true;
        }
        let before = self.t > 0 && is_amount(&toks[self.t - 1]);
        let after = toks.get(self.end).is_some_and(|n| n.lower == "of")
            && (self.end + 1..toks.len().min(self.end + 4)).any(|k| is_amount(&toks[k]));
        before || after
    }

    /// (`poll`, for "vote") A vote in an election or a referendum, not in a chamber: the
    /// verb is not said of legislators or a chamber ("peers voted", "32 Labour MPs voted"),
    /// nor held in one ("the vote in the Commons")
    /// and what is voted on is no bill ("voted against the legislation"); the noun is not
    /// in the plural, which counts ballots ("won 173 of the 299 votes"), nor one person's
    /// ("his vote on abortion").
    pub(super) fn is_a_poll(&self, m: &Mentions, subject: Option<usize>) -> bool {
        let toks = &self.doc.tokens;
        // The noun in the plural counts ballots, not polls: "won 173 of the 299 votes",
        // "courting female votes", "the misuse of postal votes".
        if !self.trig.verb && toks[self.end - 1].tag == "NNS" {
            return false;
        }
        // "the nationalist vote", "a Muslim tactical vote", "the grey vote": a vote named by
        // who casts it or how (`voter_modifier`) is those voters or their share, no poll.
        let voters = !self.trig.verb
            && (self.t.saturating_sub(3)..self.t)
                .rev()
                .take_while(|&k| matches!(toks[k].tag, "JJ" | "NN" | "NNP" | "NNPS" | "HYPH"))
                .any(|k| is("voter_modifier", &toks[k].lower));
        if voters {
            return false;
        }
        let chamber = |k: usize| is("chamber_word", &toks[k].lemma.to_lowercase());
        let by_chamber = subject.is_some_and(|ii| {
            let it = &m.items[ii];
            (it.start..it.end).any(chamber) || self.a_member(m, &it.actors)
        }) || (self.t.saturating_sub(3)..self.t).any(chamber);
        let on_a_bill = self
            .right_of_trigger()
            .any(|k| is("bill_word", &toks[k].lemma.to_lowercase()));
        // "Wednesday's vote in the Commons", "an earlier vote by MPs", "a further ballot of
        // staff": a vote held in a chamber or by its members, by "in", "by" or "of" and the
        // chamber's word (past "the"), right after the trigger.
        let in_chamber = toks
            .get(self.end)
            .is_some_and(|n| matches!(n.lower.as_str(), "in" | "by" | "of"))
            && (self.end + 1..self.right_of_trigger().end.min(self.end + 4))
                .take_while(|&k| !toks[k].is_verb())
                .any(chamber);
        !by_chamber
            && !in_chamber
            && !on_a_bill
            && !self.one_persons_vote(m)
            && !self.the_chamber_vote_before()
    }

    /// "MPs voted in favour of the Prevention of Terrorism Bill …", then "Monday night's
    /// vote showed …": a definite vote noun with no phrase of its own (after "the", "this",
    /// "that" or a day's possessive) is the vote last named before it, and when that one
    /// was a chamber's (a `chamber_word` among the three words before it) or on a bill (a
    /// `bill_word` after it in its sentence), so is this one.
    fn the_chamber_vote_before(&self) -> bool {
        let toks = &self.doc.tokens;
        if self.trig.verb || toks[self.t].lemma.to_lowercase() != "vote" {
            return false;
        }
        let s0 = self.doc.sentences[self.si].tokens.start;
        let mut k = self.t;
        while k > s0 && matches!(toks[k - 1].tag, "NN" | "NNP" | "POS" | "JJ") {
            k -= 1;
        }
        let day_word = (k..self.t)
            .find(|&j| is("weekday", &toks[j].lower) || is("time_word", &toks[j].lower))
            .filter(|_| (k..self.t).any(|j| toks[j].tag == "POS"));
        let definite = k > s0 && matches!(toks[k - 1].lower.as_str(), "the" | "this" | "that");
        let bare = toks
            .get(self.end)
            .is_none_or(|n| !matches!(n.tag, "IN" | "TO"));
        if !(bare && (day_word.is_some() || definite)) {
            return false;
        }
        // A day's vote is the one a sentence naming that day tells of ("On Monday, MPs
        // voted …", then "Monday night's vote").
        let on_the_day = |j: usize| {
            day_word.is_none_or(|d| {
                let r = self.doc.sentences[self.doc.sentence_of(j)].tokens.clone();
                r.into_iter().any(|x| toks[x].lower == toks[d].lower)
            })
        };
        let vote = |j: &usize| toks[*j].lemma.eq_ignore_ascii_case("vote") && on_the_day(*j);
        let Some(v) = (0..k).rev().find(vote) else {
            return false;
        };
        let vs = self.doc.sentence_of(v);
        let end = self.doc.sentences[vs].tokens.end;
        let chamber = |j: usize| is("chamber_word", &toks[j].lemma.to_lowercase());
        let from = v.saturating_sub(3).max(self.doc.sentences[vs].tokens.start);
        (from..v).any(chamber)
            || (v + 1..end).any(|j| is("bill_word", &toks[j].lemma.to_lowercase()))
    }

    /// Whether persons `actors` sit in a chamber by how the article names them: a member's
    /// title (word class `member_title`) among the three words before a mention or opening
    /// it ("Labour MP Barbara Follett", "Tory peer Lord Tebbit"), so that "she would vote
    /// against the government" is a vote there.
    fn a_member(&self, m: &Mentions, actors: &[usize]) -> bool {
        let toks = &self.doc.tokens;
        let person = |a: &usize| m.actors[*a].kind == Kind::Person;
        !actors.is_empty()
            && actors.iter().all(person)
            && (m.items.iter())
                .filter(|it| it.actors.iter().any(|a| actors.contains(a)))
                .any(|it| {
                    (it.start.saturating_sub(3)..=it.start)
                        .filter(|&k| self.doc.sentence_of(k) == it.sentence)
                        .any(|k| is("member_title", &toks[k].lemma.to_lowercase()))
                })
    }

    /// (`poll`) A vote on a bill, by the tree: the verb's object or phrase ("voting against
    /// his own government's spending cuts proposals"), or the noun's "on" or "against"
    /// phrase, has a head of word class `bill_word`, however far it is from the trigger; or
    /// the verb's "for" or "against" phrase is "it" ("will vote against it"), or its
    /// "against" phrase the government ("would vote against the government").
    pub(super) fn votes_on_a_bill(&self, tree: &super::Tree) -> bool {
        let toks = &self.doc.tokens;
        let bill = |k: &usize| is("bill_word", &toks[*k].lemma.to_lowercase());
        let rels: &[&str] = if self.trig.verb {
            &["obj", "obl"]
        } else {
            &["nmod"]
        };
        let t = self.end - 1;
        let by = |k: usize, words: &[&str]| {
            (tree.dependents(k, "case").iter()).any(|&c| words.contains(&toks[c].lower.as_str()))
        };
        // "willing to vote for it", "will vote against it": a thing voted for, no one
        // elected (one votes for people or parties as "them").
        let for_a_thing = |k: usize| toks[k].lower == "it" && by(k, &["for", "against"]);
        // "confirmed she would vote against the government": a member's vote in a
        // division, against the government's measure; no government stands for election.
        let against_the_government =
            |k: usize| toks[k].lemma.to_lowercase() == "government" && by(k, &["against"]);
        rels.iter()
            .flat_map(|r| tree.dependents(t, r))
            .filter(|&k| self.trig.verb || by(k, &["on", "against"]))
            .any(|k| bill(&k) || self.trig.verb && (for_a_thing(k) || against_the_government(k)))
    }

    /// (`poll`) A thing voted for, by the tree: the verb's "for" phrase is a common noun no
    /// name or description of a body covers and no word of those who stand
    /// (`standing_noun`, `group_noun`) heads ("supporters voted for their favourite
    /// poster"); people and parties are voted for ("voted for the candidate", "for
    /// Labour").
    pub(super) fn votes_for_a_thing(&self, m: &Mentions, tree: &super::Tree) -> bool {
        let toks = &self.doc.tokens;
        let t = self.end - 1;
        let thing = |k: usize| {
            let lemma = toks[k].lemma.to_lowercase();
            matches!(toks[k].tag, "NN" | "NNS")
                && m.item_at[k].is_none()
                && !is("standing_noun", &toks[k].lower)
                && !is("group_noun", &toks[k].lower)
                && !is("standing_noun", &lemma)
        };
        self.trig.verb
            && (tree.dependents(t, "obl").into_iter())
                .any(|k| tree.has_dependent_word(k, "case", "for") && thing(k))
    }

    /// A vote one person casts, not a poll: the noun is a single person's, by a possessive
    /// pronoun or a person's name before it, past its modifiers ("his vote on abortion",
    /// "Mr Howard's crucial vote").
    fn one_persons_vote(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        if self.trig.verb {
            return false;
        }
        let s0 = self.doc.sentences[self.si].tokens.start;
        let Some(k) = (s0..self.t)
            .rev()
            .find(|&k| !matches!(toks[k].tag, "JJ" | "NN" | "NNP" | "NNPS"))
        else {
            return false;
        };
        match toks[k].tag {
            // "her" before its noun, whichever of its two tags the tagger gives it.
            "PRP$" | "PRP" => matches!(toks[k].lower.as_str(), "his" | "her" | "my" | "your"),
            "POS" => {
                k > s0
                    && m.item_at[k - 1]
                        .is_some_and(|ii| super::names_only(m, &[ii], &[Kind::Person]))
            }
            _ => false,
        }
    }

    /// (`troops`, for training) Military training: a force trains or is trained, in any
    /// role ("instructors trained Malian soldiers", "the training of Malian troops"); not
    /// "the lack of training of frontline staff".
    pub(super) fn troops_take_part(&self, m: &Mentions, a: &Args) -> bool {
        let items = a
            .subject
            .iter()
            .chain(&a.object)
            .chain(&a.possessor)
            .chain(&a.modifiers)
            .chain(a.pps.iter().map(|(_, i)| i));
        items
            .into_iter()
            .any(|&ii| matches!(m.items[ii].what, What::Force(_)))
    }

    /// (`gathering`, for "conference") One side's briefing, not a meeting: "press" or
    /// "news" right before it.
    pub(super) fn is_a_briefing(&self) -> bool {
        self.t > 0 && is("briefing_word", &self.doc.tokens[self.t - 1].lower)
    }

    /// (`counterpart`, for "conversation") A talk with someone, not a recording or a manner
    /// of speaking: "with" or "between" and an actor in the words after the noun, up to a
    /// verb or a comma ("conversations with Mr Bush", "a telephone conversation in late
    /// March between the two leaders"), or a verb that holds or opens it right before its
    /// phrase ("committed to initiating conversations in Niamey"); not "27,000 taped
    /// conversations", "conversations about finances were rarely one-on-one".
    pub(super) fn talks_with_someone(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        let span = self.doc.sentences[self.si].tokens.clone();
        let actor = |j: usize| {
            m.item_at[j].is_some_and(|ii| {
                let it = &m.items[ii];
                it.what != What::Modifier && !it.actors.is_empty()
            })
        };
        let reach: Vec<usize> = (self.end..span.end.min(self.end + 10))
            .take_while(|&k| !toks[k].is_verb() && !matches!(toks[k].tag, "," | "."))
            .collect();
        let party = reach.iter().enumerate().any(|(i, &k)| {
            matches!(toks[k].lower.as_str(), "with" | "between")
                && reach[i + 1..].iter().take(4).any(|&j| actor(j))
        });
        let mut k = self.t;
        while k > span.start && matches!(toks[k - 1].tag, "DT" | "JJ" | "NN" | "PRP$" | "CD") {
            k -= 1;
        }
        let held = k > span.start && {
            let lemma = toks[k - 1].lemma.to_lowercase();
            is("support_verb", &lemma) || is("started", &lemma)
        };
        party || held
    }

    /// (`rally`, for "demonstrate") A street protest, not a showing: not passive, and
    /// nothing demonstrated right after it — a preposition ("demonstrated in Kiev",
    /// "against the war"), a clause's end or "and" follow, not an object, "that", a
    /// pronoun or an adverb and those ("a book which amply demonstrates the point",
    /// "demonstrate they have").
    pub(super) fn is_a_rally(&self) -> bool {
        let toks = &self.doc.tokens;
        if super::is_passive(self.doc, self.t, self.si) {
            return false;
        }
        let s_end = self.doc.sentences[self.si].tokens.end;
        // Past adverbs, but not a place one the tagger reads as an adverb ("rallied outside
        // parliament").
        let Some(next) = (self.end..s_end).find(|&k| {
            !toks[k].tag.starts_with("RB") || matches!(toks[k].lower.as_str(), "outside" | "inside")
        }) else {
            return true;
        };
        let n = &toks[next];
        if matches!(n.lower.as_str(), "outside" | "inside") {
            return true;
        }
        // A price that moves: "rallied to $1.35", "before rallying to 2.20 dollars", "shares
        // rallied", "the currency, which had been rallying" (word class `market_word`).
        let to_a_figure = n.lower == "to" && toks.get(next + 1).is_some_and(is_amount);
        let subject = self
            .word_before(|w| w.tag.starts_with("RB") || w.tag == "MD" || super::is_aux(&w.lemma));
        // A relative pronoun stands for the noun before it ("the currency, which had been
        // rallying").
        let subject = subject.map(|k| {
            if k < 2 || toks[k].tag != "WDT" {
                return k;
            }
            let noun = if toks[k - 1].text == "," {
                k - 2
            } else {
                k - 1
            };
            if toks[noun].is_noun() {
                noun
            } else {
                k
            }
        });
        // "it" for a price the sentence before is about ("the dollar was up slightly … It
        // rallied briefly on Monday").
        let market = subject.is_some_and(|k| {
            market_noun(&toks[k]) || toks[k].lower == "it" && self.prices_told_before(1)
        });
        // What is shown may come after a phrase: "is demonstrating on every issue that it
        // is the real opposition" (the "that" of a clause, tagged IN, before the clause
        // ends or another verb comes).
        let shows_that = (next..s_end)
            .take_while(|&k| !matches!(toks[k].tag, "." | "," | ":") && !toks[k].is_verb())
            .any(|k| toks[k].lower == "that" && toks[k].tag == "IN");
        !to_a_figure
            && !market
            && !shows_that
            && ((n.tag == "IN" && n.lower != "that")
                || matches!(n.tag, "." | "," | ":" | "CC" | "TO"))
    }

    /// (`procession`, for the nouns "rally" and "march") Whether people march: no market
    /// word (`market_word`) in the noun's phrase before it or the "in", "of" or "for"
    /// phrase after it ("a share price rally", "the dollar's rally", "a rally in technology
    /// shares", "a rally for sterling", "the march of gas prices", "a rally in the value of
    /// the dollar"), no `trend_modifier` before it ("the upward march"), and an
    /// "of" phrase, if any, of people, numbers or names ("a march of 10,000 people", "a
    /// rally of thousands of students", not "the march of technology").
    pub(super) fn is_a_procession(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        let s_end = self.doc.sentences[self.si].tokens.end;
        // By lemma for a noun, or as written: the tagger may read "sterling" as a verb.
        let market = |k: usize| market_noun(&toks[k]) || is("market_word", &toks[k].lower);
        let before = (s0..self.t)
            .rev()
            .take_while(|&k| matches!(toks[k].tag, "JJ" | "NN" | "NNS" | "NNP" | "POS" | "HYPH"));
        for k in before {
            if market(k) || is("trend_modifier", &toks[k].lower) {
                return false;
            }
        }
        // A bare "the rally" after sentences about prices is theirs ("Oil prices … have
        // risen sharply … fears have played a part in the rally").
        let bare = self.t > s0 && toks[self.t - 1].lower == "the";
        let Some(p) = toks.get(self.end).filter(|_| self.end < s_end) else {
            return !(bare && self.prices_told_before(2));
        };
        if !matches!(p.lower.as_str(), "in" | "of" | "for") {
            return !(bare && self.prices_told_before(2));
        }
        let phrase: Vec<usize> = (self.end + 1..s_end)
            .take_while(|&k| {
                matches!(toks[k].tag, "DT" | "JJ" | "CD" | "PRP$" | "POS" | "HYPH")
                    || toks[k].is_noun()
                    || market(k)
                    || toks[k].lower == "of"
            })
            .collect();
        // Also past an "of" inside the phrase: "a rally in the value of the dollar".
        if phrase.iter().any(|&k| market(k)) {
            return false;
        }
        // The head of the first noun phrase: "10,000 people" in "a march of 10,000 people
        // of all ages".
        let first = phrase.iter().take_while(|&&k| toks[k].lower != "of");
        let Some(&head) = first.filter(|&&k| toks[k].is_noun()).last() else {
            return true;
        };
        p.lower != "of"
            || m.item_at[head].is_some()
            || toks[head].is_proper()
            || phrase.iter().any(|&k| toks[k].tag == "CD")
            || is("round_number", &toks[head].lower)
            || super::names_people(&toks[head])
    }

    /// Whether one of the `n` sentences before the trigger's is about a price or a market:
    /// a `market_word` noun before its first finite verb, where its subject stands ("Oil
    /// prices are roughly 45% higher", "At 0619 GMT, the dollar was up slightly"; not
    /// "Truckers protested over fuel prices").
    fn prices_told_before(&self, n: usize) -> bool {
        let toks = &self.doc.tokens;
        (self.si.saturating_sub(n)..self.si).any(|si| {
            (self.doc.sentences[si].tokens.clone())
                .take_while(|&k| !toks[k].is_finite())
                .any(|k| market_noun(&toks[k]))
        })
    }

    /// (`human`, for "kill", by the tree) Whether a participle set after its clause kills
    /// by a disease or a disaster that is that clause's subject (`natural_cause`: "HIV is
    /// decimating African countries, killing the most productive adults"), which the words
    /// before it do not name ([`Self::killed_by_nature`]).
    pub(super) fn killed_by_nature_in_its_clause(&self, tree: &super::Tree) -> bool {
        let toks = &self.doc.tokens;
        let cause = |k: &usize| is("natural_cause", &toks[*k].lemma.to_lowercase());
        match tree.arc(self.t) {
            // Hung as an adverbial clause, or as a verb joined to the clause's own.
            (Some(h), "advcl" | "conj") if toks[self.t].tag == "VBG" => {
                tree.dependents(self.t, "nsubj").is_empty()
                    && tree.dependents(h, "nsubj").iter().any(cause)
            }
            _ => false,
        }
    }

    /// (`human`, for "kill") Whether a disease or a disaster kills, not people: the head of
    /// the subject before the verb ("the tsunami waves killed", "the waves which killed",
    /// "HIV is killing adults", a name it opens, here or before: "Hurricane Mitch killed",
    /// "Mitch killed") or of its "by" phrase ("killed by the floods") is a
    /// `natural_cause`; or the passive names no one who killed and its sentence names a
    /// natural cause and no arms ("were killed following the earthquake").
    pub(super) fn killed_by_nature(&self) -> bool {
        let toks = &self.doc.tokens;
        let cause = |k: usize| is("natural_cause", &toks[k].lemma.to_lowercase());
        // Left past auxiliaries, adverbs and a relative pronoun to the subject's head ("the
        // waves which killed").
        let subject = self.word_before(|w| {
            w.tag.starts_with("RB")
                || matches!(w.tag, "MD" | "WDT" | "WP")
                || super::is_aux(&w.lemma)
        });
        if subject.is_some_and(|k| toks[k].is_noun() && cause(k)) {
            return true;
        }
        // A named storm or quake: the cause's noun opens the name ("Hurricane Mitch killed"),
        // here or where the article first named it ("after Hurricane Mitch. Mitch killed").
        let opens = |k: usize| {
            let mut j = k;
            while j > 0 && toks[j].is_proper() && !cause(j) {
                j -= 1;
            }
            j < k && toks[j].is_capitalized() && cause(j)
        };
        let named_cause = subject.is_some_and(|k| {
            toks[k].is_proper()
                && (opens(k) || (0..k).any(|j| toks[j].text == toks[k].text && opens(j)))
        });
        if named_cause {
            return true;
        }
        // "23,000 people have been killed following the earthquake", "were killed in the
        // floods": the passive with no one named as killing, in a sentence that names a
        // natural cause.
        // Not when arms are named ("were killed when rebels opened fire").
        let s = self.doc.sentences[self.si].tokens.clone();
        let armed = s.clone().any(|k| {
            let l = toks[k].lemma.to_lowercase();
            [
                "armed_word",
                "armed_modifier",
                "weapon_word",
                "assault_modifier",
            ]
            .iter()
            .any(|c| is(c, &toks[k].lower) || is(c, &l))
                || (l == "fire" && k > 0 && toks[k - 1].lemma.eq_ignore_ascii_case("open"))
        });
        // So does a bare participle with no auxiliary ("with at least 23,000 people
        // killed"), which tells a toll: of the cause its sentence or the one before names
        // ("The earthquake and waves hammered southern Asia. … with 23,000 people killed").
        let no_agent = !self.right_of_trigger().any(|k| toks[k].lower == "by");
        let passive = super::is_passive(self.doc, self.t, self.si);
        let from = match passive {
            true => s.start,
            false => self.doc.sentences[self.si.saturating_sub(1)].tokens.start,
        };
        let named_cause_near = (from..s.end).any(|k| toks[k].is_noun() && cause(k));
        if toks[self.t].tag == "VBN" && no_agent && !armed && named_cause_near {
            return true;
        }
        self.by_phrase_any(&["DT", "JJ", "NN", "NNS", "NNP", "PRP$"], cause)
    }

    /// A search by the law, not an assault: a raid (word class `search_word`) whose raiders
    /// are police or agents of the law (word class `law_enforcer`): the verb's subject
    /// ("federal agents raided the offices"), a noun right before the noun ("a police
    /// raid") or its "by" phrase ("a raid by tax inspectors"). Read of every attack
    /// trigger, so it is no need of the trigger table.
    pub(super) fn is_a_search_by_the_law(&self) -> bool {
        let toks = &self.doc.tokens;
        if self.trig.event_type != super::EventType::Attack
            || !is("search_word", &toks[self.t].lemma.to_lowercase())
        {
            return false;
        }
        let s0 = self.doc.sentences[self.si].tokens.start;
        let enforcer = |k: usize| is("law_enforcer", &toks[k].lemma.to_lowercase());
        let before = self.word_before(|w| w.tag.starts_with("RB") || super::is_aux(&w.lemma));
        // The noun before, or a noun right before it ("police officers raided").
        before.is_some_and(|k| {
            toks[k].is_noun()
                && (enforcer(k) || (k > s0 && toks[k - 1].is_noun() && enforcer(k - 1)))
        }) || self.by_phrase_any(&["DT", "JJ", "NN", "NNS", "NNP", "NNPS"], enforcer)
    }

    /// A bout of illness, not an assault: an attack noun with a word of the body or the mind
    /// (word class `illness_modifier`) right before it ("died of a heart attack", "an
    /// asthma attack"). Read of every attack noun, so it is no need of the trigger table.
    pub(super) fn is_an_illness(&self) -> bool {
        !self.trig.verb
            && self.trig.event_type == super::EventType::Attack
            && self.t > 0
            && is("illness_modifier", &self.doc.tokens[self.t - 1].lower)
    }

    /// A bare singular demand noun right after "on" or "upon" (word class
    /// `giving_preposition`) tells how something is given, not that anyone asked
    /// ("disclosure on request", "films on demand"). Read of every
    /// demand noun, so it is no need of the trigger table.
    pub(super) fn is_on_request(&self) -> bool {
        let toks = &self.doc.tokens;
        !self.trig.verb
            && self.trig.event_type == super::EventType::Demand
            && toks[self.t].tag == "NN"
            && self.t > 0
            && is("giving_preposition", &toks[self.t - 1].lower)
    }

    /// (`bargain`, for the noun "deal") An amount, not a bargain: "a great deal", "a good
    /// deal of" (word class `amount_adjective` between "a" and the noun); not with "for"
    /// and whom it treats, nor "with" or "between" and the parties ("struck a good deal
    /// with the bank").
    pub(super) fn is_an_amount(&self) -> bool {
        let next = self.doc.tokens.get(self.end).map(|n| n.lower.as_str());
        let Some([adj, det]) = self.two_words_before() else {
            return false;
        };
        let toks = &self.doc.tokens;
        is("amount_adjective", &toks[adj].lower)
            && toks[det].lower == "a"
            && !matches!(next, Some("for" | "with" | "between"))
    }

    /// (`bargain`, for the noun "deal") How someone is treated, not a bargain: "a raw
    /// deal", "a fair deal for pensioners" (word class `treatment_adjective` between "a"
    /// and the noun), with no "with" or "between" naming parties after it; a comparative,
    /// or "good" or "great", only with "for" and whom it treats ("a better deal for carers",
    /// "a "good deal" for local government"; not "hoping to get a better deal" for a firm
    /// sold); a superlative also after "the" ("offer voters the best deal on tax").
    pub(super) fn is_a_treatment(&self) -> bool {
        let toks = &self.doc.tokens;
        let next = toks.get(self.end).map(|n| n.lower.as_str());
        let parties = matches!(next, Some("with" | "between"));
        let Some([adj, det]) = self.two_words_before() else {
            return false;
        };
        let a = &toks[adj];
        let for_whom = !(a.tag == "JJR" || is("amount_adjective", &a.lower)) || next == Some("for");
        let determined = toks[det].lower == "a" || a.tag == "JJS" && toks[det].lower == "the";
        is("treatment_adjective", &a.lower) && for_whom && determined && !parties
    }

    /// The two words right before the trigger, nearest first, past quotation marks ("a
    /// "good deal"").
    fn two_words_before(&self) -> Option<[usize; 2]> {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        let mut out = [0; 2];
        let mut k = self.t;
        for slot in &mut out {
            while k > s0 && is_quote_mark(&toks[k - 1].text) {
                k -= 1;
            }
            if k == s0 {
                return None;
            }
            k -= 1;
            *slot = k;
        }
        Some(out)
    }

    /// The head of the object after the trigger: the last noun of the first run of nouns
    /// before a preposition, a verb or a clause, past any name that modifies it ("UK
    /// policy") when `proper` is false; quotation marks round a word ("the government's
    /// \"failure\"") end nothing.
    pub(super) fn object_head(&self, proper: bool) -> Option<usize> {
        let toks = &self.doc.tokens;
        // Past a particle: "killed off the proposal".
        let particle = toks
            .get(self.end)
            .is_some_and(|n| n.tag == "RP" || matches!(n.lower.as_str(), "off" | "up"));
        let words: Vec<usize> = self
            .right_of_trigger()
            .skip(usize::from(particle))
            .filter(|&k| !matches!(toks[k].tag, "``" | "''") && !is_quote_mark(&toks[k].text))
            .take_while(|&k| {
                !matches!(toks[k].tag, "IN" | "TO" | "CC" | "WDT") && !toks[k].is_verb()
            })
            .collect();
        // The first run of nouns ends the phrase ("killed the proposal last year"), but
        // a possessive opens the phrase it owns ("Bush's economic record").
        let (mut head, mut seen, mut possessed) = (None, false, false);
        for &k in &words {
            let tok = &toks[k];
            if tok.is_noun() {
                if proper || !tok.is_proper() {
                    head = Some(k);
                }
                (seen, possessed) = (true, false);
            } else if tok.tag == "POS" {
                possessed = true;
            } else if seen && !possessed {
                break;
            }
        }
        head
    }

    /// (`ruler`, for "oust", "topple", "overthrow", "depose") Whom a coup removes: a head
    /// of state or government or a regime (word class `ruler_noun` in the object's first
    /// words: "ousted President Mohamed Bazoum", "toppled Georgia's former president",
    /// "overthrew the elected government"), or a state or government named as the object;
    /// else what the `military` need asks (a force, "the army overthrew"); not "oust
    /// three directors from the board", "plastic toppled cash", "ousted Mr Khatami's
    /// supporters".
    pub(super) fn ousts_a_ruler(&self, m: &Mentions, np_object: Option<usize>) -> bool {
        let toks = &self.doc.tokens;
        let ruler = (self.end..toks.len().min(self.end + 5))
            .take_while(|&k| {
                !matches!(
                    toks[k].tag,
                    "IN" | "TO" | "." | "," | ":" | "CC" | "MD" | "VBD" | "VBZ" | "VBP"
                )
            })
            .any(|k| is("ruler_noun", &toks[k].lemma.to_lowercase()));
        let state = np_object.and_then(|k| m.item_at[k]).is_some_and(|ii| {
            let it = &m.items[ii];
            it.what == What::Government
                || (it.what == What::Entity
                    && it.actors.iter().any(|&a| m.actors[a].kind.is_country()))
        });
        ruler || state
    }

    /// (`directive`, for "tell", "want") Somebody is told or wanted to act: an object (with
    /// any phrase of its own), then "to" and a verb ("told refugees from Kosovo to go
    /// home", "wants other G8 nations to match"); not "told reporters that", "told the BBC
    /// he would", "wants to meet", "told Ms Lane of his plan to quit" (what is told).
    pub(super) fn directs_somebody(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        let s_end = self.doc.sentences[self.si].tokens.end;
        // What people want is a wish, not a demand, unless an actor the text names or
        // describes wants it ("the Tories want the commissioner to investigate", "five
        // unions want the government to withdraw the rules"; not "people still want the
        // state to lead").
        if super::lemma_of(self.trig) == "want" && self.subject_before_verb(m).is_none() {
            return false;
        }
        let mut object = false;
        // Whether the object names somebody, who can be asked to act.
        let mut somebody = false;
        for k in self.end..s_end.min(self.end + 10) {
            let t = &toks[k];
            // What one wants others to be is a wish about them, not an act asked of them:
            // "wanted the council to be ready" (word class `state_verb`).
            if t.lower == "to" {
                let wished = super::lemma_of(self.trig) == "want";
                // A passive asks an act of somebody: "wants a date to be set".
                let passive = toks.get(k + 2).is_some_and(|n| n.tag == "VBN")
                    || toks.get(k + 3).is_some_and(|n| n.tag == "VBN")
                        && toks[k + 2].tag.starts_with("RB");
                // What one wants a thing to do is a wish, asked of no one: "the government
                // wants the bill to pass", not "wants the council to act".
                if wished && !passive && !somebody {
                    return false;
                }
                return object
                    && toks.get(k + 1).is_some_and(|n| {
                        n.tag == "VB"
                            && !(wished && !passive && is("state_verb", &n.lemma.to_lowercase()))
                    });
            }
            // "told Mr Brown of his intention to stand down", "told them about plans to
            // …": after a name or a pronoun, "of" or "about" opens what is told, and a
            // "to" in it is that noun's; inside a plain noun's phrase "of" belongs to the
            // noun ("told the head of the army to resign").
            let named = k > self.end && matches!(toks[k - 1].tag, "NNP" | "NNPS" | "PRP");
            if object && named && matches!(t.lower.as_str(), "of" | "about") {
                return false;
            }
            // The object may carry a phrase ("refugees from Afghanistan"); "that", "if"
            // or "whether" opens what is said instead.
            let phrase =
                object && t.tag == "IN" && !matches!(t.lower.as_str(), "that" | "if" | "whether");
            if t.is_noun() || matches!(t.tag, "PRP" | "PRP$") {
                object = true;
                let lemma = t.lemma.to_lowercase();
                let people = [
                    "group_noun",
                    "actor_noun",
                    "place_noun",
                    "title",
                    "member_title",
                    "law_enforcer",
                ];
                somebody |= t.tag == "PRP"
                    || m.item_at[k].is_some()
                    || t.is_capitalized()
                    || is("group_noun", &t.lower)
                    || people.iter().any(|c| is(c, &lemma));
            } else if !phrase
                && !matches!(
                    t.tag,
                    "DT" | "JJ" | "JJR" | "JJS" | "CD" | "POS" | "CC" | "RB" | "HYPH"
                )
            {
                return false;
            }
        }
        false
    }

    /// The mention that ends right before the verb, past its adverbs, modals and
    /// auxiliaries: the subject, when it names one (no modifier: "the Labour vote").
    fn subject_before_verb<'m>(&self, m: &'m Mentions) -> Option<&'m Item> {
        let it = &m.items[m.item_at[self.word_before_verb()?]?];
        (it.what != What::Modifier).then_some(it)
    }

    /// The word right before the verb, past its adverbs, modals and auxiliaries.
    pub(super) fn word_before_verb(&self) -> Option<usize> {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        let mut k = self.t;
        while k > s0
            && (toks[k - 1].tag.starts_with("RB")
                || toks[k - 1].tag == "MD"
                || super::is_aux(&toks[k - 1].lemma))
        {
            k -= 1;
        }
        k.checked_sub(1).filter(|&j| j >= s0)
    }

    /// Power moved away, not seized: "taking power away from the state" (a seizure verb
    /// with "away" right after its phrase).
    pub(super) fn moves_power_away(&self) -> bool {
        self.trig.verb
            && self.trig.event_type == super::EventType::Coup
            && self
                .doc
                .tokens
                .get(self.end)
                .is_some_and(|n| n.lower == "away")
    }

    /// "... and that calls for a radical alliance": a situation that calls for something
    /// requires it; nobody demands. The subject of "call for" is a demonstrative ("that",
    /// "this") that opens its clause, not a relative pronoun after a noun ("a motion that
    /// calls for").
    pub(super) fn a_situation_calls_for(&self) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        if !self.trig.verb || super::lemma_of(self.trig) != "call" {
            return false;
        }
        let mut k = self.t;
        while k > s0 && (toks[k - 1].tag.starts_with("RB") || toks[k - 1].tag == "MD") {
            k -= 1;
        }
        // The demonstrative opens its clause: at the sentence's start or after a comma,
        // semicolon or conjunction.
        k > s0
            && matches!(toks[k - 1].lower.as_str(), "that" | "this")
            && (k - 1 == s0
                || toks[k - 2].tag == "CC"
                || matches!(toks[k - 2].lower.as_str(), "," | ";" | ":"))
    }

    /// "The power to demand information", "a right to request": a verb after a noun of
    /// capacity and "to" (word class `capacity_noun`) names what one may do, no event. So
    /// does one after a word of degree (`degree_word`), or a noun or adjective it is on
    /// ("more than enough to demand a meeting", "enough shares to demand", "too small to
    /// call").
    pub(super) fn names_a_capacity(&self) -> bool {
        self.trig.verb && super::a_capacity_before(self.doc, self.t, self.si)
    }

    /// (`target`, for "restriction", "ban") A measure against somebody: a named actor or a
    /// thing a state gives or holds (`sanctioned_thing`) after "on" or "against"
    /// ("restrictions on Iran", "a ban on US beef imports"), or a state or body that owns
    /// it ("the EU's restrictions"); not "travel restrictions", "restrictions on
    /// advertising", a share lock-up, or one a body of rules makes (`body_of_rules`: "Islamic
    /// law's ban on the payment of interest").
    pub(super) fn has_a_target(&self, m: &Mentions, a: &Args) -> bool {
        let toks = &self.doc.tokens;
        let named = |ii: usize| {
            let it = &m.items[ii];
            it.what != What::Modifier && it.actors.iter().any(|&x| m.actors[x].kind != Kind::Group)
        };
        let on = toks
            .get(self.end)
            .is_some_and(|n| is("pp_target", &n.lower));
        let thing = on
            && (self.end + 1..toks.len().min(self.end + 5))
                .take_while(|&k| {
                    !matches!(toks[k].tag, "IN" | "TO" | "." | "," | ":") && !toks[k].is_verb()
                })
                .any(|k| {
                    toks[k].is_noun() && is("sanctioned_thing", &toks[k].lemma.to_lowercase())
                });
        // "Islamic law's ban on the payment of interest": a body of rules prohibits, no one
        // imposes a measure.
        let of_rules = self.t >= 2
            && toks[self.t - 1].tag == "POS"
            && is("body_of_rules", &toks[self.t - 2].lemma.to_lowercase());
        !of_rules
            && (thing || a.pp("pp_target").into_iter().any(named) || a.possessor.is_some_and(named))
    }

    /// (`human`, for "kill") Whether a thing or an animal is killed, not people: what is
    /// killed is a thing one attacks in words (word class `criticised_thing`: "tactics
    /// designed to kill the Housing Bill", "killed off the proposal"), a thing of trade
    /// (`market_word`, `economy_word`: "the levy would kill their business", "kill off
    /// demand") or an animal (`animal`: "set out to kill the deer"). What is killed is the
    /// object, or the noun a quantity of it counts ("killed a total of 14 hares"), or, for
    /// the participle, the noun right before it ("the hares killed", "badgers were killed").
    /// Nor is what an animal kills an attack's victim ("four were killed by hounds").
    pub(super) fn kills_a_thing(&self) -> bool {
        let toks = &self.doc.tokens;
        let thing = |k: usize| {
            let l = toks[k].lemma.to_lowercase();
            ["criticised_thing", "market_word", "economy_word", "animal"]
                .iter()
                .any(|class| is(class, &l))
        };
        let animal = |k: usize| is("animal", &toks[k].lemma.to_lowercase());
        if toks[self.t].tag == "VBN" && self.by_phrase_any(&["DT", "JJ", "CD", "NN", "NNS"], animal)
        {
            return true;
        }
        // "killing by omission", "a mercy killing": a death let happen or asked for, in
        // care, no attack (word class `care_killing_word`).
        let care = |k: usize| is("care_killing_word", &toks[k].lemma.to_lowercase());
        if self.by_phrase_any(&["DT", "JJ", "NN"], care) || self.t > 0 && care(self.t - 1) {
            return true;
        }
        let object = self.object_head(true);
        if object.is_some_and(thing) || object.and_then(|h| self.counted_noun(h)).is_some_and(thing)
        {
            return true;
        }
        toks[self.t].tag == "VBN"
            && self
                .word_before(|w| w.tag.starts_with("RB") || super::is_aux(&w.lemma))
                .is_some_and(|k| toks[k].is_noun() && !toks[k].is_proper() && thing(k))
    }

    /// The noun that quantity `h` counts in its "of" phrase ("a total of 14 hares",
    /// "hundreds of jobs"): the first noun within four words after "of".
    fn counted_noun(&self, h: usize) -> Option<usize> {
        let toks = &self.doc.tokens;
        let end = self.doc.sentences[self.si].tokens.end;
        if toks.get(h + 1).is_none_or(|n| n.lower != "of") {
            return None;
        }
        (h + 2..end.min(h + 6))
            .take_while(|&k| matches!(toks[k].tag, "CD" | "JJ" | "DT" | "NN" | "NNS"))
            .find(|&k| toks[k].is_noun())
    }

    /// (`armed`, for the verb "strike") Whether the passive "struck by" tells what made an
    /// impression or hit by chance, not an assault: nothing armed in its "by" phrase (a
    /// force, `weapon_word`, `armed_word`, `armed_modifier`): "they have been struck by
    /// the level of concern", "struck by lightning"; "struck by a missile" is an attack.
    pub(super) fn struck_by_a_thing(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        let s_end = self.doc.sentences[self.si].tokens.end;
        if !self.trig.verb
            || toks[self.t].tag != "VBN"
            || toks.get(self.end).is_none_or(|n| n.lower != "by")
        {
            return false;
        }
        let armed = |k: usize| {
            let (w, l) = (toks[k].lower.as_str(), toks[k].lemma.to_lowercase());
            is("weapon_word", &l)
                || is("armed_word", w)
                || is("armed_modifier", w)
                || m.is_force_at(k)
        };
        !(self.end + 1..s_end.min(self.end + 7))
            .take_while(|&k| {
                !matches!(toks[k].tag, "," | "." | ":" | "CC" | "WDT") && !toks[k].is_verb()
            })
            .any(armed)
    }

    /// (`physical`, for the verb "attack") An assault, not criticism: what is attacked is
    /// no policy, plan or words ("attacked UK policy on immigration", "attacked the
    /// proposals", "attacking the lies"), no reason follows it with "for" or "over"
    /// ("attacked the minister for his remarks", "over Iraq") and no judgement with "as" ("attacked the pledges as
    /// vacuous").
    pub(super) fn is_physical(&self, np_object: Option<usize>) -> bool {
        let toks = &self.doc.tokens;
        let searched = self.object_head(false);
        let criticised = |k: usize| is("criticised_thing", &toks[k].lemma.to_lowercase());
        if np_object.is_some_and(criticised) || searched.is_some_and(criticised) {
            return false;
        }
        // "attacked the package as a bad piece of legislation", "as vacuous": a judgement.
        let judged_as = self.right_of_trigger().any(|k| {
            toks[k].lower == "as"
                && toks.get(k + 1).is_some_and(|n| {
                    matches!(n.tag, "JJ" | "DT" | "``" | "''")
                        || matches!(n.text.as_str(), "\"" | "\u{201c}" | "'")
                })
        });
        // A reason: "attacked him for his remarks", "for failing"; "attacked the
        // government over Iraq", "over its handling" (not "over the weekend", "over two
        // days", "for a week", "for the second time": a time).
        let reason = |k: usize| {
            let Some(n) = toks.get(k + 1) else {
                return false;
            };
            // "for a week", "for the second time": a time, not a reason.
            let timed = toks.get(k + 2).is_some_and(|w| {
                let l = w.lemma.to_lowercase();
                is("time_unit", &l) || is("time_span", &l)
            }) || toks
                .get(k + 3)
                .is_some_and(|w| is("time_span", &w.lemma.to_lowercase()));
            match toks[k].lower.as_str() {
                "for" => matches!(n.tag, "VBG" | "PRP$" | "DT") && !(n.tag == "DT" && timed),
                "over" => {
                    matches!(n.tag, "VBG" | "PRP$" | "NNP" | "NN" | "NNS")
                        && !is("time_span", &n.lemma.to_lowercase())
                }
                _ => false,
            }
        };
        !judged_as && !self.right_of_trigger().any(reason)
    }

    /// (`acquisition`, for "buy", "acquire" and the nouns "purchase", "acquisition", "takeover")
    /// A firm bought, not goods: in the object (past a verb's "up" or "out" or a noun's
    /// "of", up to the first preposition or verb) a firm or outlet is named as its
    /// head, not a possessor or a modifier ("bought rival May Stores", not "buy Air Lanka
    /// shares"); or the object is a stake, share or unit
    /// (`stake_noun`, singular) of a firm, named as its possessor or after "in" or "of"
    /// ("a 26% stake in Jagran", "the steel unit of Corus", "Yukos's oil unit"), or a
    /// portion of one after "of" (`portion_word`: "all of Germany's Hexal", "67.7% of Eon
    /// Labs"). Not "buy shares", "buy time", "bought a house from Ms Hale", nor a plural
    /// noun ("purchases of the drug").
    pub(super) fn buys_a_firm(&self, m: &Mentions) -> bool {
        self.firm_bought(m).is_some()
    }

    /// The item of the firm bought ([`Self::buys_a_firm`]): the one that heads the object,
    /// possesses the stake bought or is named after its "in" or "of".
    pub(super) fn firm_bought(&self, m: &Mentions) -> Option<usize> {
        let toks = &self.doc.tokens;
        // A plural noun tells of goods bought, not of a deal: "halted purchases of the drug".
        if !self.trig.verb && toks[self.t].tag != "NN" {
            return None;
        }
        let s_end = self.doc.sentences[self.si].tokens.end;
        let firm = |k: usize| {
            m.item_at[k].is_some_and(|ii| {
                let it = &m.items[ii];
                it.what == What::Entity
                    && !it.actors.is_empty()
                    && (it.actors.iter())
                        .all(|&a| matches!(m.actors[a].kind, Kind::Organization | Kind::Outlet))
            })
        };
        let possessive = |k: usize| m.item_at[k].is_some_and(|ii| m.items[ii].possessive);
        // A noun's object follows "of" ("the purchase of Robert Mondavi").
        let opens = |k: usize| {
            let w = toks[k].lower.as_str();
            if self.trig.verb {
                matches!(w, "up" | "out")
            } else {
                w == "of"
            }
        };
        let words: Vec<usize> = (self.end..s_end.min(self.end + 16))
            .take_while(|&k| !matches!(toks[k].tag, "." | ":" | ","))
            .skip_while(|&k| opens(k))
            .collect();
        let object_end = (words.iter())
            .position(|&k| matches!(toks[k].tag, "IN" | "TO") || toks[k].is_verb())
            .unwrap_or(words.len());
        let object = &words[..object_end];
        // The firm heads the object, not a modifier of what is bought ("Air China shares").
        let heads = |k: usize| {
            m.item_at[k].is_some_and(|ii| {
                (toks.get(m.items[ii].end)).is_none_or(|n| !matches!(n.tag, "NN" | "NNS"))
            })
        };
        if let Some(&k) = (object.iter()).find(|&&k| firm(k) && !possessive(k) && heads(k)) {
            return m.item_at[k];
        }
        let portion = |k: usize| is("portion_word", &toks[k].lemma.to_lowercase());
        let &head = (object.iter().rev()).find(|&&k| toks[k].is_noun() || portion(k))?;
        let stake = toks[head].tag == "NN" && is("stake_noun", &toks[head].lemma.to_lowercase());
        let owner = object.iter().copied().find(|&k| firm(k) && possessive(k));
        let of_a_firm = (words.get(object_end))
            .filter(|&&p| matches!(toks[p].lower.as_str(), "in" | "of"))
            .and_then(|_| {
                words[object_end + 1..]
                    .iter()
                    .take(6)
                    .copied()
                    .find(|&k| firm(k))
            });
        // "bought all of Germany's Hexal": a portion of a firm named after "of".
        match (stake, portion(head)) {
            // "its stake in Fuso" is of the firm named after.
            (true, _) => of_a_firm.or(owner),
            (false, true) => of_a_firm,
            _ => None,
        }
        .and_then(|k| m.item_at[k])
    }

    /// (`armed`, for the verb "strike") Whether the verb strikes something: an object, the
    /// passive, or a target after "at", "on" or "against" ("struck the camp", "struck at
    /// the convoy"). Struck with nothing struck and nothing armed in its sentence, it is a
    /// walk-out: "workers could strike over pensions", "members voted to strike".
    /// A time is nothing struck: "dock workers struck on Monday", "will strike next week".
    pub(super) fn verb_strikes_something(&self, a: &Args, np_object: Option<usize>) -> bool {
        let toks = &self.doc.tokens;
        let aimed = (toks.get(self.end)).is_some_and(|n| {
            matches!(n.lower.as_str(), "at" | "on" | "against") && !self.time_after(self.end)
        });
        let thing = np_object.is_some_and(|k| !is_time_noun(&toks[k]));
        self.trig.verb && (thing || a.object.is_some() || a.passive || aimed)
    }

    /// Whether a time word follows preposition `k` within two words ("on Friday", "at the
    /// weekend"), or "will" ("at will").
    fn time_after(&self, k: usize) -> bool {
        let toks = &self.doc.tokens;
        (k + 1..(k + 3).min(toks.len())).any(|j| is_time_noun(&toks[j]) || toks[j].lower == "will")
    }

    /// (`shots`, for the verb "fire") Shooting, not dismissal or zeal: aimed "on", "at",
    /// "into" or "upon" something ("fired on protesters", "fired rockets at the base"), a
    /// weapon fired ("fired tear gas", word class `weapon_word`), or a force or armed group
    /// firing ("troops fired"); not "was fired by the club", "hire and fire staff", "fired
    /// up by the speech", "fired off a letter".
    pub(super) fn is_shooting(&self, m: &Mentions, a: &Args) -> bool {
        let toks = &self.doc.tokens;
        if toks
            .get(self.end)
            .is_some_and(|n| matches!(n.lower.as_str(), "up" | "off"))
        {
            return false;
        }
        let right = self.right_of_trigger();
        // Aimed at something, not "at the weekend", "at will", "on Friday".
        let aimed = right.clone().any(|k| {
            matches!(toks[k].lower.as_str(), "on" | "at" | "into" | "upon") && !self.time_after(k)
        });
        let weapon = right
            .clone()
            .any(|k| is("weapon_word", &toks[k].lemma.to_lowercase()));
        let armed = !a.passive
            && a.subject
                .is_some_and(|s| matches!(m.items[s].what, What::Force(_)));
        aimed || weapon || armed
    }

    /// (`armed`, for the noun "strike") An armed strike, not a walk-out: an armed word
    /// before it ("air strikes", "a drone strike"), or a state, a force or an armed group
    /// that strikes ("US strikes", "strikes by the army"), or a target named after "on"
    /// or "against" ("strikes on Gaza"), or an armed strike told of before. A bare "the
    /// strike", or one "by workers", is none.
    pub(super) fn armed_strike(&self, m: &Mentions, a: &Args) -> bool {
        let toks = &self.doc.tokens;
        let armed_before = (self.t.saturating_sub(2)..self.t)
            .any(|k| is("armed_modifier", &toks[k].lemma.to_lowercase()));
        let armed_actor = |ii: usize| {
            let it = &m.items[ii];
            matches!(it.what, What::Force(_) | What::Government)
                || it.actors.iter().any(|&x| {
                    let k = m.actors[x].kind;
                    k.is_polity() || matches!(k, Kind::ArmedGroup | Kind::ArmedForce)
                })
        };
        let striker = a
            .possessor
            .iter()
            .chain(&a.subject)
            .chain(&a.modifiers)
            .chain(a.pps.iter().filter(|(p, _)| p == "by").map(|(_, i)| i))
            .any(|&ii| armed_actor(ii));
        let target = a.pps.iter().any(|(p, ii)| {
            matches!(p.as_str(), "on" | "against") && m.items[*ii].what != What::Modifier
        });
        armed_before || striker || target || self.armed_strike_before()
    }

    /// Whether the article told of an armed strike before this one ("drone strikes" … "the
    /// strikes"): a bare strike then refers back to it.
    fn armed_strike_before(&self) -> bool {
        let toks = &self.doc.tokens;
        (1..self.t).any(|k| {
            toks[k].lemma.eq_ignore_ascii_case("strike")
                && toks[k].is_noun()
                && is("armed_modifier", &toks[k - 1].lemma.to_lowercase())
        })
    }

    /// (`guests`, for "host") Whether what is hosted, by the tree, is a gathering or a guest:
    /// no object, a name, a word for people, a meeting noun or a gathering one hosts (word
    /// class `hosted_gathering`: "host talks", "hosted Mr Blair", "will host EU leaders",
    /// "hosted a dinner"); not "host a new television programme".
    pub(super) fn hosts_guests(&self, m: &Mentions, tree: &Tree) -> bool {
        let toks = tree.tokens();
        let lex = super::Lexicon::get();
        // By lemma or as written: "talks" heads a trigger in the plural.
        let gathering = |o: usize| {
            [toks[o].lemma.to_lowercase(), toks[o].lower.clone()]
                .iter()
                .any(|w| lex.heads_a_noun_of(w, EventType::Meeting))
        };
        let guest = |o: usize| {
            m.item_at[o].is_some_and(|ii| !m.items[ii].actors.is_empty())
                || super::names_people(&toks[o])
                || gathering(o)
                || is("hosted_gathering", &toks[o].lemma.to_lowercase())
        };
        let objects = tree.dependents(self.end - 1, "obj");
        objects.is_empty() || objects.into_iter().any(guest)
    }

    /// Whether a verb of protest takes a clause of what it shows or says, and so is no
    /// protest: "have got to demonstrate to people that we are up to that task", "protested
    /// that the ruling was unfair": a complement clause, by the tree — a `ccomp`, or a clause
    /// the parser hung on the verb's phrase ("to people") whose "that" is a mark beside a
    /// subject of its own, which no relative clause has.
    pub(super) fn shows_or_says(&self, tree: &Tree) -> bool {
        let v = self.end - 1;
        if !self.trig.verb || self.trig.event_type != EventType::Protest {
            return false;
        }
        // A clause with "that" is a complement when it lacks nothing: a subject and an
        // object or a predicate of its own. One whose verb lacks its object is a relative
        // clause the parser read as a complement ("the fees that the university had raised").
        let whole = |c: usize| {
            !tree.dependents(c, "nsubj").is_empty()
                && ["obj", "cop", "xcomp", "ccomp"]
                    .iter()
                    .any(|r| !tree.dependents(c, r).is_empty())
        };
        let complement = |c: &usize| !tree.has_dependent_word(*c, "mark", "that") || whole(*c);
        let that_clause = |c: &usize| tree.has_dependent_word(*c, "mark", "that") && whole(*c);
        let mut phrases = (tree.dependents(v, "obl").into_iter()).chain(tree.dependents(v, "obj"));
        tree.dependents(v, "ccomp").iter().any(complement)
            || phrases.any(|p| tree.dependents(p, "acl:relcl").iter().any(that_clause))
    }

    /// Whether a nominal trigger names no real event of its type, by the tree: one a
    /// modifier of word class `pretend_modifier` makes a rehearsal ("mock elections in
    /// schools"); an agreement one is "in" with a copula, which is a shared opinion ("I am
    /// in wholehearted agreement with him"); a strike "on" a service of word class
    /// `strike_workplace`, which is a stoppage of work ("a strike on the underground"; not
    /// "an air strike on the railway"); a meeting noun coordinated with a gerund that
    /// meets a goal ("meeting or exceeding its targets"); an agreement "with" or "without"
    /// "the agreement of" someone, which is consent ("with the agreement of the licensing
    /// authority").
    pub(super) fn is_no_real_event(&self, tree: &Tree) -> bool {
        let (toks, t) = (tree.tokens(), self.t);
        if self.trig.verb {
            return false;
        }
        let pretend = (tree.dependents(t, "amod").into_iter())
            .chain(tree.dependents(t, "compound"))
            .any(|k| is("pretend_modifier", &toks[k].lower));
        let case_in = tree.has_dependent_word(t, "case", "in");
        let opinion = self.trig.event_type == EventType::Agreement
            && case_in
            && !tree.dependents(t, "cop").is_empty();
        // "with the agreement of the local licensing authority": one side's consent, by
        // its "of" phrase, to what the clause does.
        let of_phrase = (tree.dependents(t, "nmod").into_iter())
            .any(|k| tree.has_dependent_word(k, "case", "of"));
        let consent = self.trig.event_type == EventType::Agreement
            && (tree.has_dependent_word(t, "case", "with")
                || tree.has_dependent_word(t, "case", "without"))
            && tree.has_dependent_word(t, "det", "the")
            && of_phrase;
        let armed = (tree.dependents(t, "compound").into_iter())
            .chain(tree.dependents(t, "amod"))
            .any(|k| is("armed_modifier", &toks[k].lemma.to_lowercase()));
        let stoppage = self.trig.event_type == EventType::Attack
            && toks[t].lemma.eq_ignore_ascii_case("strike")
            && !armed
            && (tree.dependents(t, "nmod").into_iter()).any(|k| {
                is("strike_workplace", &toks[k].lemma.to_lowercase())
                    && tree.has_dependent_word(k, "case", "on")
            });
        // "confident of meeting or exceeding all of its targets": a noun coordinated with a
        // gerund whose object (or that object's "of" phrase) is a goal is the gerund "to
        // meet a goal".
        let goal = |v: usize| {
            (tree.dependents(v, "obj").into_iter())
                .flat_map(|o| std::iter::once(o).chain(tree.dependents(o, "nmod")))
                .any(|k| is("goal_noun", &toks[k].lemma.to_lowercase()))
        };
        // The parser may hang both on a third word: then the conjunct right after it.
        let mut joined = tree.dependents(t, "conj");
        if let (Some(h), "conj") = tree.arc(t) {
            joined.extend(tree.dependents(h, "conj").into_iter().find(|&v| v > t));
        }
        let meets_goal = self.trig.event_type == EventType::Meeting
            && joined.into_iter().any(|v| toks[v].tag == "VBG" && goal(v));
        // "There was universal agreement that the plan had failed": an agreement noun
        // of a view many share (word class `consensus_modifier`), or whose clause says
        // what is held true ("that" as its conjunction, not a relative's pronoun), is
        // an opinion, no pact, unless a verb reaches or signs it.
        let consensus = (tree.dependents(t, "amod").into_iter())
            .any(|k| is("consensus_modifier", &toks[k].lower));
        let view = (["acl", "ccomp", "acl:relcl"].iter())
            .flat_map(|r| tree.dependents(t, r))
            .any(|c| tree.has_dependent_word(c, "mark", "that"));
        // Not one reached or signed ("had reached general agreement on a programme").
        let made = matches!(tree.arc(t), (Some(v), "obj") if {
            let l = toks[v].lemma.to_lowercase();
            is("support_verb", &l) || is("realizing_verb", &l)
        });
        let shared_view = self.trig.event_type == EventType::Agreement
            && toks[t].lemma.eq_ignore_ascii_case("agreement")
            && !made
            && (consensus || view);
        pretend
            || opinion
            || consent
            || stoppage
            || meets_goal
            || shared_view
            || self.the_publics_trip(tree)
    }

    /// "Tourist trips to the island were cancelled", "many tourists cancelled trips": a
    /// visit noun of shoppers, tourists or passengers (word class `consumer_noun`), by a
    /// word on it, its possessor or the subject of the verb that takes it, is the public
    /// going about its business, no visit the news tells of.
    fn the_publics_trip(&self, tree: &Tree) -> bool {
        let (toks, t) = (tree.tokens(), self.t);
        let consumer = |k: usize| is("consumer_noun", &toks[k].lemma.to_lowercase());
        let on_it = (["compound", "amod", "nmod:poss"].iter())
            .flat_map(|r| tree.dependents(t, r))
            .any(consumer);
        // The subject, or what its quantity counts ("thousands of tourists").
        let by_subject = match tree.arc(t) {
            (Some(v), "obj") => (tree.dependents(v, "nsubj").into_iter())
                .flat_map(|s| std::iter::once(s).chain(tree.dependents(s, "nmod")))
                .any(consumer),
            _ => false,
        };
        self.trig.event_type == EventType::Visit && (on_it || by_subject)
    }

    /// Whether a verbal trigger, by the tree, decides or buys rather than elects or
    /// demands: a vote with an infinitive is on a motion ("investors voted to approve the
    /// move"); an order (word class `purchase_verb`) whose object is a plural of goods,
    /// counted or bare, with no one told to do anything, is a purchase ("ordered ten new
    /// jets", "order SIM cards"; not "ordered troops to leave", "ordered new elections").
    pub(super) fn decides_or_buys(&self, m: &Mentions, tree: &Tree) -> bool {
        let (toks, t) = (tree.tokens(), self.t);
        if !self.trig.verb {
            return false;
        }
        let lemma = toks[t].lemma.to_lowercase();
        let infinitive = |v: usize| tree.has_dependent_word(v, "mark", "to");
        // An infinitive the parser read as a noun ("voted to strike", "strike" tagged NN and
        // attached as obl) still has its "to" as a mark, which no noun takes.
        let clauses = || {
            (tree.dependents(t, "xcomp").into_iter())
                .chain(tree.dependents(t, "advcl"))
                .chain((tree.dependents(t, "obl").into_iter()).filter(|&v| infinitive(v)))
        };
        // Not one to choose someone ("voted on Sunday to choose a new president").
        let electing = |v: usize| is("electing_verb", &toks[v].lemma.to_lowercase());
        if self.trig.event_type == EventType::Election && lemma == "vote" {
            return clauses().any(|v| infinitive(v) && !electing(v));
        }
        if self.trig.event_type != EventType::Demand || !is("purchase_verb", &lemma) {
            return false;
        }
        let lex = super::Lexicon::get();
        let goods = |o: usize| {
            let counted = !tree.dependents(o, "nummod").is_empty();
            let bare =
                tree.dependents(o, "det").is_empty() && tree.dependents(o, "nmod:poss").is_empty();
            toks[o].tag == "NNS"
                && (counted || bare)
                && m.item_at[o].is_none()
                && !super::names_people(&toks[o])
                // "ordered 30 projects halted": what is to be done to them is ordered.
                && !(tree.dependents(o, "acl").iter()).any(|&k| toks[k].tag == "VBN")
                && !super::heads_a_trigger(lex, &toks[o], |_| true)
        };
        // An infinitive anywhere after the verb may tell what was ordered ("could order
        // British citizens or foreign suspects who could not be deported, to face …").
        let s_end = self.doc.sentences[self.si].tokens.end;
        let told_to = (t + 1..s_end)
            .any(|k| toks[k].lower == "to" && toks.get(k + 1).is_some_and(|n| n.tag == "VB"));
        !told_to && clauses().next().is_none() && tree.dependents(t, "obj").into_iter().any(goods)
    }

    /// Whether a verbal trigger says what a kind of people generally does, not an event: a
    /// present verb in a relative clause on a bare plural ("householders who injure or even
    /// kill intruders", "companies that sanction their staff").
    pub(super) fn is_generic(&self) -> bool {
        let toks = &self.doc.tokens;
        let t = self.t;
        if !self.trig.verb || !matches!(toks[t].tag, "VBP" | "VB") {
            return false;
        }
        let s0 = self.doc.sentences[self.si].tokens.start;
        let Some(rel) = (t.saturating_sub(5).max(s0)..t)
            .rev()
            .find(|&k| matches!(toks[k].tag, "WP" | "WDT") || toks[k].lower == "that")
        else {
            return false;
        };
        let between_ok =
            (rel + 1..t).all(|k| matches!(toks[k].tag, "CC" | "RB" | "VBP" | "VB" | "MD" | ","));
        if !between_ok || rel == s0 {
            return false;
        }
        let head = rel - 1;
        if toks[head].tag != "NNS" {
            return false;
        }
        // Bare: nothing determines the plural ("the householders who" is a known group).
        let mut k = head;
        while k > s0 && matches!(toks[k - 1].tag, "JJ" | "NN" | "NNS" | "HYPH") {
            k -= 1;
        }
        k == s0 || !matches!(toks[k - 1].tag, "DT" | "PRP$" | "CD" | "POS")
    }
}

/// A quotation mark, straight or typographic, single or double.
fn is_quote_mark(text: &str) -> bool {
    matches!(
        text,
        "\"" | "'" | "\u{201c}" | "\u{201d}" | "\u{2018}" | "\u{2019}"
    )
}

/// Whether a token names a time: a time word, a unit of time, a weekday or a month.
fn is_time_noun(tok: &crate::analyze::Token) -> bool {
    let l = tok.lemma.to_lowercase();
    ["time_word", "time_unit", "weekday", "month"]
        .iter()
        .any(|c| is(c, &l))
}

/// Whether token `w` is a number or a sum of money ("1.35", "$", "£600m").
fn is_amount(w: &crate::analyze::Token) -> bool {
    matches!(w.tag, "CD" | "$") || w.text.starts_with(['$', '£', '€'])
}

/// Whether a token is a noun of a price or a market (`market_word`, by lemma: "shares",
/// "the dollar").
fn market_noun(tok: &crate::analyze::Token) -> bool {
    tok.is_noun() && is("market_word", &tok.lemma.to_lowercase())
}
