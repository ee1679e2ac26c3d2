//! One event, many mentions: owns the joining of an article's mentions of the same event.
//!
//! A later event joins an earlier one when they have the same type and countries (one side's inside
//! the other's, as joined mentions gather them, or one side's only the article's guess beside a
//! country the other's sentence names, with an agent in common, or both only the article's
//! guesses), the same time (or, when one has none, not one before the article's present and the
//! other after it; or, but for elections, one only supposing the event and one naming no time:
//! "unless agreement was reached"), and each role either is empty on one side or names the same
//! actors on both (agents, force owners, affected, participants, places); a meeting's or a
//! protest's agents that are only groups the text describes ("Army chiefs will meet") may be those
//! another mention names ("the Kestrel Defence Council meeting"), unless times or one's being only
//! supposed tell them apart, or the later is introduced with "a" or restricted by a common noun
//! ("the board meeting"). A meeting's agents and participants all attend it, so two mentions of
//! meetings that both name attendees are also one when those of one side are all among the other's
//! ("Orwell Insurance held talks", then "Ana Ruiz held talks with Orwell Insurance and its chairman
//! Tom Hale"); two of agreements, when they name the same two or more parties in whichever roles
//! ("Turkey agreed a proposal with the IMF", "the IMF agrees Turkey funding"). In the roles other
//! than the agent, a group the text only describes ("sanctions on senior officials") contradicts no
//! named actor ("sanctions on Belarus"), so it is left out of the comparison when the other side
//! names one; agents are compared whole ("the oil company agreed" is not "Barclays agreed"), though
//! a state and its office holders, by their title and country, stand for each other outside
//! elections ("the Pakistani president's visit", then "President Pervez Musharraf's visit").
//! Demands are joined only when the same agents ask for what one word names ("ordered a report",
//! then "had ordered an urgent report"), or, in two sentences, with the asker named on one side
//! only or the same on both, ask for it in words enough alike (two in common: "want the government
//! to withdraw regulations", then "want the government to withdraw these regulations"; or, the
//! asker named on one side only, the same act: "demand for Turkey to recognise Cyprus", then
//! "demands to recognise the country"): an article reports many, and what a demand asks is no role
//! the extractor fills. Attacks are joined only when both name the same place or the same day ("the
//! Madrid rail bombing" told of twice), or both are only thought of (Hypothetical: "the risk of an
//! attack", "a possible attack"), or the later names no one, no place and no time and only one
//! attack is told before it ("They are treating the incident as assault"). The joined event keeps
//! the first mention's trigger and sentence, takes the roles and countries either side names, a
//! dated time over one not dated (and any time of a mention of its own sentence where it has none),
//! and the status most of its mentions give (the earliest on a tie; mentions that only suppose it,
//! Hypothetical, count only when all do) with that mention's place in time, and the cues of all of
//! them; every further mention stays with its own sentence, offsets and attribution
//! (`Event::mentions`).
//!
//! A headline's event is told again in the body: once the body's mentions are joined (a mention
//! that fits both the headline's event and a body event joining the body's), it joins the first
//! event of its type in the three sentences after it, or the first told by the same word (a demand,
//! or asking for the same thing) or, for a deal or a meeting, with the same two or more named
//! parties anywhere in the body, whose agents share one with it or a country
//! ([`tells_the_headline`]). The body's mentions alone then give its status when the headline tells
//! it in the present — which tells past and coming events alike, not so its "to" ("US to pull
//! troops out") — while the headline keeps its place at the article's present, which orders the
//! event against the others.
//!
//! A bare definite mention ("the meeting", "the talks", "this election": the noun with
//! nothing but its determiner) names no new event but the one the reader already knows: it
//! joins the earlier event of its type told of by the same word (or one formed from it:
//! "meet", "the meeting") whose time fits, whatever else its sentence gives it ("Mr Brown
//! will chair the meeting" after "G7 ministers meet in London"), when there is one such
//! event only: after embargoes on two countries, "the embargo" may be either (unless the
//! headline told one of them, the event the article is about, which it then joins). When
//! no earlier event of its type was told of by its word, it joins the one event of its
//! type whose time fits ("Glazer agreed to buy the club ... under the deal"), if only one,
//! or of several the headline's; and when none fits its time, a bare "the" noun (not a
//! possessive one, whose owner says whose event it is) with no agent the event lacks joins
//! the only earlier event of its type, whatever the tense of its clause ("a meeting in
//! London to discuss reforms", then "The conference was a vital step, Mr Straw said"), but
//! not an election told by the same word: elections come round. "The
//! ultimatum" after a demand told of by another word names another demand: an article
//! reports many demands. The countries
//! of joined mentions need only share: one side's inside the other's.
//!
//! A noun described after "the" ("the nightclub bombing", "an address to the summit from Mr
//! Allawi") names an event the reader is taken to know: when its roles, countries and time fit no
//! earlier event, it joins the one earlier event of its type told of by the same word whose time
//! and kind fit, if its sentence places it nowhere else and it names no agent that event lacks, or,
//! none told of by its word, the one earlier event of its type in another sentence, when the
//! mention tells no time of its own and its countries are that event's ("a Labour Party gathering",
//! then "has addressed the conference behind closed doors"; not an election or an attack); not a
//! demand ([`described`]). An event only supposed ("would be happy to meet Mr Allawi") is none a
//! bare noun names, unless the noun is supposed too.
//!
//! Mentions whose modifiers name different kinds of event (`event_kind`: "the next
//! general election", "the European elections", "a leadership election") are never
//! joined, by any of these ways, and nor are a referendum and a vote for office, by their
//! words ("the referendum on Welsh powers", "if the Tories are elected"); a joined event
//! is of the kind its first mention that names one names ([`Sort`]).
//!
//! A demonstrative ("this deal", "that meeting") points at the event last told of: the
//! mention joins the latest earlier event of its type told of by the same word, else the
//! latest of its type, whatever the time of the clause that speaks of it ("The benefits
//! of this deal will grow"), before any other event that would fit ([`pointed_at`]). A
//! verb or gerund that takes such a noun as its object points with it ("by signing this
//! deal").
//!
//! A clause told of an event noun of its sentence is that event, whatever its roles: a
//! relative clause on the noun ("the attack, which killed five"), or a verb of the event's
//! type that takes the noun as object or subject ("Tuesday's meeting is being hosted by
//! …", "the attack by Hamas killed two"). The events pass finds these by the tree
//! ([`Refers::Same`]).

use super::lexicon::Lexicon;
use super::mentions::of_no_one_country;
use super::{Actor, Cue, Event, EventMention, EventType, Force, Kind, Status};

/// What a mention's words say of which kind of event it is, which no event of another
/// kind is: the kind its noun's modifier names (`event_kind`: "the next general
/// election", "European elections"), and, for an election, whether its word names a
/// referendum (`referendum_word`) or a vote for office (`office_election_word`:
/// "election", "elected"); "vote", "poll" and "ballot" say neither; for a demand, what it
/// asks for, by a word ("ordered a report", "called for an inquiry", "urged him to
/// resign").
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub(super) struct Sort {
    pub(super) named: Option<String>,
    pub(super) referendum: Option<bool>,
    pub(super) asked: Option<String>,
    /// For a demand, the words of what it asks for (`words_asked`), sorted.
    pub(super) asks: Vec<String>,
    /// For a demand, the act it asks for, the first verb of [`Sort::asks`].
    pub(super) act: Option<String>,
    /// A noun the text introduces with "a" or "an" ("will chair a meeting of the board") or
    /// restricts by a common noun before it, no owner's ("the board meeting"): maybe
    /// another event, which a mention naming no one in particular does not stand for.
    pub(super) introduced: bool,
    /// Whether `named` is the noun's own word (`kind_noun`: "a by-election"): such an
    /// event is one only of its own kind, not an election that names none.
    pub(super) own_kind: bool,
}

impl Sort {
    /// Whether an event of sort `self` may be one of sort `other`: neither says otherwise.
    fn fits(&self, other: &Sort) -> bool {
        fn agree<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
            a.is_none() || b.is_none() || a == b
        }
        let own = |a: &Sort, b: &Sort| !a.own_kind || a.named == b.named;
        agree(&self.named, &other.named)
            && agree(&self.referendum, &other.referendum)
            && own(self, other)
            && own(other, self)
    }

    /// What `other` says that `self` does not yet.
    pub(super) fn fill(&mut self, other: &Sort) {
        if self.named.is_none() {
            self.named.clone_from(&other.named);
        }
        self.referendum = self.referendum.or(other.referendum);
        self.own_kind |= other.own_kind;
        if self.asked.is_none() {
            self.asked.clone_from(&other.asked);
        }
        if self.act.is_none() {
            self.act.clone_from(&other.act);
        }
        for w in &other.asks {
            if let Err(k) = self.asks.binary_search(w) {
                self.asks.insert(k, w.clone());
            }
        }
    }

    /// Whether two demands ask for the same thing, by their word for it: both name it.
    pub(super) fn asks_alike(&self, other: &Sort) -> bool {
        self.asked.is_some() && self.asked == other.asked
    }

    /// Whether two demands ask for the same thing by the words of what they ask
    /// ([`Sort::asks`]): two of them in common ("withdraw regulations", then "withdraw
    /// these regulations"); one may be only the topic many demands share ("called for a
    /// second inquiry", then "asked for this inquiry to be set up").
    pub(super) fn asks_the_same(&self, other: &Sort) -> bool {
        let common = (self.asks.iter())
            .filter(|w| other.asks.binary_search(w).is_ok())
            .count();
        common >= 2
    }

    /// Whether two demands ask for the same act ([`Sort::act`]: "demand for Turkey to
    /// recognise Cyprus", then "demands to recognise the country").
    pub(super) fn asks_the_same_act(&self, other: &Sort) -> bool {
        self.act.is_some() && self.act == other.act
    }
}

/// How a mention refers to what its article has told before.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Refers {
    /// Nothing in its words says it is an event already told.
    New,
    /// Its words say it is not one already told ("another meeting", "a separate deal"):
    /// it joins none.
    Another,
    /// A bare definite noun ("the meeting"): the one known event of its type, if one.
    Definite,
    /// A bare noun after a possessive determiner ("their arrival"), joined as a definite
    /// one is; who acts or moves in it, by the pronoun, is a guess, which adds no one to an
    /// event whose agents or forces are known.
    Possessive,
    /// A bare noun after a demonstrative ("this deal", "that meeting"): the event of its
    /// type last told of, whatever the time of the clause that speaks of it.
    Demonstrative,
    /// A noun described after "the" ("the nightclub bombing", "the summit from …"): when
    /// its roles, countries and time fit no earlier event, the one earlier event of its
    /// type told of by the same word, if its sentence places it nowhere else and it names
    /// no agent that event lacks.
    Described,
    /// The event of the earlier mention with this index, by the sentence's structure: a
    /// clause told of the event noun ("the attack, which killed five", "Tuesday's meeting
    /// is being hosted by the prime minister").
    Same(usize),
}

/// Joins the mentions of the same event in `events` (in text order); the result keeps the
/// order of first mentions. `refers[i]`: how event `i`'s words refer to earlier ones;
/// `kinds[i]`: what its words say of the kind of event it is ([`Sort`]). With each joined
/// event, the mention that should state it ([`lead_with`]), if known.
pub(super) fn merge(
    events: Vec<Event>,
    refers: &[Refers],
    kinds: &[Sort],
    headline: bool,
    forces: &[Force],
    actors: &[Actor],
) -> (Vec<Event>, Vec<Option<usize>>) {
    let mut out: Vec<Event> = Vec::new();
    // Each joined event's mentions' (status, place in time), in text order.
    let mut told: Vec<Vec<(Status, i8)>> = Vec::new();
    // Per input event: the index in `out` of the event it became or joined.
    let mut placed: Vec<usize> = Vec::with_capacity(events.len());
    // Per joined event: the kind its mentions name, each part from the first that names it.
    let mut kind_of: Vec<Sort> = Vec::new();
    for ((e, &refers), kind) in events.into_iter().zip(refers).zip(kinds) {
        // "the next general election" is not "the European elections": a joined event
        // names no other kind.
        let kind_fits = |i: usize| kind_of[i].fits(kind);
        // The event the headline told, what the article is about.
        let the_headlines = |i: usize| headline && out[i].sentence == 0;
        // The event to join, and how: by the tree (whose guessed countries the mention
        // does not add), by words that name a known event, or by fitting roles.
        let by_tree = match refers {
            Refers::Same(j) => placed.get(j).map(|&i| (i, JoinedBy::Tree)),
            _ => None,
        };
        let naming = match refers {
            Refers::Definite | Refers::Possessive | Refers::Demonstrative => JoinedBy::Reference,
            _ => JoinedBy::Fit,
        };
        // A demonstrative points at the event last told of, before any other that fits.
        let pointed = (refers == Refers::Demonstrative)
            .then(|| pointed_at(&out, &e))
            .flatten()
            .filter(|&i| kind_fits(i))
            .map(|i| (i, naming));
        let joined = by_tree
            .or(pointed)
            .or_else(|| {
                (refers != Refers::Another)
                    .then(|| fitting(&out, &kind_of, (&e, kind), &the_headlines, forces, actors))
                    .flatten()
                    .map(|i| (i, naming))
            })
            .or_else(|| {
                matches!(refers, Refers::Definite | Refers::Possessive)
                    .then(|| known(&out, &e, (refers, kind), &kind_fits, headline))
                    .flatten()
                    .map(|i| (i, naming))
            })
            .or_else(|| {
                (refers == Refers::Described)
                    .then(|| described(&out, &e, &kind_fits))
                    .flatten()
                    .map(|i| (i, JoinedBy::Reference))
            })
            .or_else(|| {
                (refers == Refers::New)
                    .then(|| bare_retelling(&out, &e, &kind_fits))
                    .flatten()
                    .map(|i| (i, JoinedBy::Fit))
            });
        let joined = unless_past_into_coming(joined, &out, &told, &e);
        match joined {
            Some((i, by)) => {
                kind_of[i].fill(kind);
                told[i].push((e.status, e.rank));
                // A headline's present tells past and coming events alike: the first body
                // mention that joins it tells which, and no mention of the other side of
                // now fits it after ("Talks aim to avert pension strike", "Talks … will
                // take place this weekend", then "held a private meeting … last week").
                if the_headlines(i) && told[i].len() == 2 && out[i].rank == 0 {
                    out[i].rank = e.rank;
                }
                let mut e = e;
                // "Their arrival": who acts or moves by the pronoun is a guess.
                let known_roles = !(out[i].agents.is_empty() && out[i].forces.is_empty());
                if refers == Refers::Possessive && known_roles {
                    e.agents.clear();
                    e.forces.clear();
                }
                join(&mut out[i], e, by);
                placed.push(i);
            }
            None => {
                kind_of.push(kind.clone());
                told.push(vec![(e.status, e.rank)]);
                out.push(e);
                placed.push(out.len() - 1);
            }
        }
    }
    if headline {
        join_the_headline(&mut out, &mut told, &mut kind_of, actors);
    }
    for (e, t) in out.iter_mut().zip(&told) {
        // A headline's present (rank 0) tells past and coming events alike: once the body
        // tells the event again, its mentions alone say how far it has come ("Talks aim to
        // avert pension strike", then "Talks … will take place this weekend"), while the
        // headline keeps the event at the article's present, which orders it against the
        // others ("Sudan's army seizes power"). Its "to" ("US to pull troops out") or past
        // still tells its time.
        let retold = headline && e.sentence == 0 && t.len() > 1 && t[0].1 == 0;
        (e.status, e.rank) = if retold {
            (majority(&t[1..], e.event_type).0, t[0].1)
        } else {
            majority(t, e.event_type)
        };
    }
    let leads = leads(&out, &told, headline);
    (out, leads)
}

/// The event of `out` that mention `e`, of sort `kind`, fits by its roles, countries and time
/// ([`same_event`]): of several, one dated alike before the first that fits ("the next
/// meeting in April", then "when it meets in April"); a body event before the headline's
/// (`the_headlines`), which joins the body's own once they are joined ("US Airways staff agree
/// to pay cut", "a union … have agreed to a new contract", then "The deal will help the
/// carrier"); a headline's event the body has told already is the body's too.
fn fitting(
    out: &[Event],
    kind_of: &[Sort],
    (e, kind): (&Event, &Sort),
    the_headlines: &dyn Fn(usize) -> bool,
    forces: &[Force],
    actors: &[Actor],
) -> Option<usize> {
    let fitting: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let k = &kind_of[i];
            let asked = (
                k.asks_alike(kind),
                k.asks_the_same(kind),
                k.asks_the_same_act(kind),
            );
            let told = (asked, kind.introduced);
            k.fits(kind) && same_event(&out[i], e, told, forces, actors)
        })
        .collect();
    let body = |i: &usize| !the_headlines(*i) || !out[*i].mentions.is_empty();
    (fitting.iter().copied())
        .find(|&i| dated_alike(&out[i], e))
        .or(fitting.iter().copied().find(body))
        .or(fitting.first().copied())
}

/// The one event of `out` bare noun `e` can name, referring as `refers` with the sort
/// `kind`; none when two or more could be meant. An event only supposed ("would be happy
/// to meet Mr Allawi") is none a reader knows, unless the noun is supposed too.
fn known(
    out: &[Event],
    e: &Event,
    (refers, kind): (Refers, &Sort),
    kind_fits: &dyn Fn(usize) -> bool,
    headline: bool,
) -> Option<usize> {
    // The event the headline told, what the article is about.
    let the_headlines = |i: usize| headline && out[i].sentence == 0;
    let supposed =
        |i: usize| out[i].status == Status::Hypothetical && e.status != Status::Hypothetical;
    let of_type = |i: &usize| {
        out[*i].event_type == e.event_type
            && times_fit(&out[*i], e)
            && kind_fits(*i)
            && !supposed(*i)
    };
    let by_word = |i: &usize| same_word(&out[*i].trigger, &e.trigger);
    let by_word: Vec<usize> = (0..out.len()).filter(of_type).filter(by_word).collect();
    // A demand its owner's possessive names bare, asking for nothing of its own, is the
    // one that owner made ("The Tories have called for a change in the law. Their
    // demands have been backed by …").
    let owners_demand = refers == Refers::Possessive
        && e.event_type == EventType::Demand
        && kind.asked.is_none()
        && !e.agents.is_empty();
    // Another word names it too ("agreed to buy ..., under the deal"), but not a
    // demand: an article reports many.
    let told: Vec<usize> = if by_word.is_empty() && e.event_type != EventType::Demand {
        (0..out.len()).filter(of_type).collect()
    } else if by_word.is_empty() && owners_demand {
        let made = |i: &usize| same(&out[*i].agents, &e.agents);
        (0..out.len()).filter(of_type).filter(made).collect()
    } else {
        by_word
    };
    // Of several, the one the headline told: what the article is about ("India and
    // Iran in gas export deal" … "a similar deal to one between Iran and China" …
    // "Under the agreement, it will supply India").
    let one = match told[..] {
        [i] => Some(i),
        _ => (told.iter().copied()).find(|&i| the_headlines(i)),
    };
    one.or_else(|| {
        (refers == Refers::Definite)
            .then(|| the_only_one(out, e, kind_fits))
            .flatten()
    })
}

/// For each joined event of `out`, the first of its mentions (0: its own, `k`:
/// `mentions[k - 1]`; `told`: each one's status, in that order) that tells the status the
/// event took; none for a headline's event the body retells at the present, which keeps
/// stating it.
fn leads(out: &[Event], told: &[Vec<(Status, i8)>], headline: bool) -> Vec<Option<usize>> {
    (out.iter().zip(told))
        .map(|(e, t)| {
            let aligned = t.len() == e.mentions.len() + 1;
            let retold = headline && e.sentence == 0 && t[0].1 == 0;
            let first = t.iter().position(|x| x.0 == e.status);
            first.filter(|_| aligned && !retold)
        })
        .collect()
}

/// Makes mention `j` of event `e` (0: its own, `k`: `mentions[k - 1]`; the first that
/// tells the event's status, from [`merge`]) the one the event is stated by, its
/// sentence, trigger and source: "the coming election" (Planned), not "a Lib Dem vote
/// could let the Tories in" before it, which only supposes a vote. The other mentions
/// keep their text order. Done last, once the passes after the merge have read the
/// event's first mention.
pub(super) fn lead_with(e: &mut Event, j: usize) {
    if j == 0 || j > e.mentions.len() {
        return;
    }
    let lead = e.mentions.remove(j - 1);
    let first = EventMention {
        sentence: std::mem::replace(&mut e.sentence, lead.sentence),
        trigger_start: std::mem::replace(&mut e.trigger_start, lead.trigger_start),
        trigger_end: std::mem::replace(&mut e.trigger_end, lead.trigger_end),
        trigger: std::mem::replace(&mut e.trigger, lead.trigger),
        attribution: std::mem::replace(&mut e.attribution, lead.attribution),
    };
    e.mentions.insert(0, first);
}

/// The only event of `out` of the type of bare "the" noun `e`, whatever the tense of the
/// clause that names it again ("a meeting in London to discuss reforms", then "The
/// conference was a vital step, Mr Straw said"; "the embargo is likely to be lifted", then
/// "Beijing described the embargo as …"), when `e` names no agent that event lacks. Not a
/// demand, and not an election by the same word: elections come round, and an article
/// tells of the last and the next alike ("the coming election", then "put up taxes after
/// the election"). A possessive noun is not asked: its owner says whose event it is
/// ("French forces completed their departure" after the US withdrawal). Nor one dated in
/// the past when the noun is still to come ([`past_and_to_come`]).
fn the_only_one(out: &[Event], e: &Event, kind_fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    let of_type = |i: &usize| out[*i].event_type == e.event_type && kind_fits(*i);
    let recurs =
        |i: usize| e.event_type == EventType::Election && same_word(&out[i].trigger, &e.trigger);
    let agents_fit = |i: usize| e.agents.iter().all(|a| out[i].agents.contains(a));
    let apart = |i: usize| one_past_one_to_come(&out[i], e);
    match (0..out.len()).filter(of_type).collect::<Vec<_>>()[..] {
        [i] if e.event_type != EventType::Demand && !recurs(i) && agents_fit(i) && !apart(i) => {
            Some(i)
        }
        _ => None,
    }
}

/// The event a noun described after "the" names ([`Refers::Described`]: "the nightclub bombing"
/// after "last Friday's suicide bombing in Tel Aviv", "an address to the summit" after "Mr Blair is
/// at a summit in Brussels"): the one event of `out` of its type, told of by the same word, whose
/// time and kind fit, or, none told of by its word, the one of its type (not an election or an
/// attack) in another sentence whose countries hold the mention's, when the mention tells no time;
/// not when the mention's own sentence places it (its countries not only guessed) outside that
/// event's countries, nor when it names an agent the event does not have, nor for a demand (an
/// article reports many).
fn described(out: &[Event], e: &Event, kind_fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    if e.event_type == EventType::Demand {
        return None;
    }
    let guessed = !e.cues.contains(&Cue::CountryInSentence);
    let fits = |i: &usize| {
        let x = &out[*i];
        x.event_type == e.event_type
            && times_fit(x, e)
            && kind_fits(*i)
            && (guessed || within(&e.countries, &x.countries))
            && e.agents.iter().all(|a| x.agents.contains(a))
    };
    let fitting: Vec<usize> = (0..out.len()).filter(fits).collect();
    let by_word: Vec<usize> = (fitting.iter().copied())
        .filter(|&i| same_word(&out[i].trigger, &e.trigger))
        .collect();
    // Told by another word, the only one of its type ("a Labour Party gathering", then
    // "has addressed the conference behind closed doors"), when the mention tells no time
    // of its own, its countries are that event's, and its sentence is another; not an
    // election or an attack, of which an article tells many ("the attack that killed six
    // guards in Kabul" after "Gunmen bombed a hotel in Herat").
    let another_word_fits = |i: &usize| {
        let x = &out[*i];
        within(&e.countries, &x.countries) && x.sentence != e.sentence
    };
    let many = matches!(e.event_type, EventType::Election | EventType::Attack);
    let by_type: Vec<usize> = if by_word.is_empty() && !many && e.when.is_none() {
        fitting.into_iter().filter(another_word_fits).collect()
    } else {
        Vec::new()
    };
    match (&by_word[..], &by_type[..]) {
        ([i], _) | ([], [i]) => Some(*i),
        _ => None,
    }
}

/// Whether an event names no one and no place in any of its roles.
pub(super) fn names_no_role(e: &Event) -> bool {
    [
        &e.agents,
        &e.forces,
        &e.affected,
        &e.participants,
        &e.location,
        &e.origin,
        &e.destination,
    ]
    .iter()
    .all(|v| v.is_empty())
}

/// The attack a mention that tells nothing of its own tells again ("They are treating the
/// incident as assault", after "The slurry attack took place on Friday"): the one earlier
/// attack, in another sentence, whose kind, time, status and countries fit, when the
/// mention names no one, no place and no time. (Of other types but demands, such a mention
/// joins by its fitting roles ([`same_event`]); attacks join so only by place or day, as an
/// article may tell of many.)
fn bare_retelling(out: &[Event], e: &Event, kind_fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    if e.event_type != EventType::Attack || e.when.is_some() || !names_no_role(e) {
        return None;
    }
    let of_type = |i: &usize| out[*i].event_type == e.event_type;
    let fits = |i: usize| {
        let x = &out[i];
        kind_fits(i)
            && times_fit(x, e)
            && x.status == e.status
            && x.sentence != e.sentence
            && within(&e.countries, &x.countries)
    };
    match (0..out.len()).filter(of_type).collect::<Vec<_>>()[..] {
        [i] if fits(i) => Some(i),
        _ => None,
    }
}

/// The event a demonstrative mention `e` points back to ("this deal will bring benefits",
/// after "a deal was struck"): the latest of `out` of its type told of by the same word, or
/// else the latest of its type. A demonstrative points at what was just told, so neither
/// the time of its own clause (which tells what is said of the event, not when it took
/// place) nor a second earlier event of the type keeps it apart.
fn pointed_at(out: &[Event], e: &Event) -> Option<usize> {
    let of_type = |i: &usize| out[*i].event_type == e.event_type;
    let latest = |word: bool| {
        (0..out.len())
            .filter(of_type)
            .filter(|&i| !word || same_word(&out[i].trigger, &e.trigger))
            .max_by_key(|&i| last_sentence(&out[i]))
    };
    latest(true).or_else(|| latest(false))
}

/// The sentence of an event's last mention.
fn last_sentence(e: &Event) -> usize {
    (e.mentions.iter().map(|m| m.sentence))
        .chain([e.sentence])
        .max()
        .unwrap_or(e.sentence)
}

/// Joins each event of the headline to the first body event that tells it again
/// ([`tells_the_headline`]), once the body's own mentions are joined; `kinds`: each
/// event's [`Sort`].
fn join_the_headline(
    out: &mut Vec<Event>,
    told: &mut Vec<Vec<(Status, i8)>>,
    kinds: &mut Vec<Sort>,
    actors: &[Actor],
) {
    let mut h = 0;
    while h < out.len() && out[h].sentence == 0 {
        // Not an election dated in the past when the headline's is still to come.
        let coming = told_as_coming(&out[h], &told[h]);
        let retold = (h + 1..out.len()).find(|&j| {
            let asked = kinds[h].asks_alike(&kinds[j]);
            tells_the_headline(&out[h], &out[j], asked, actors)
                && !(coming && dated_in_the_past(&out[j]))
        });
        if let Some(j) = retold {
            let body = out.remove(j);
            let statuses = told.remove(j);
            let kind = kinds.remove(j);
            told[h].extend(statuses);
            kinds[h].fill(&kind);
            join(&mut out[h], body, JoinedBy::Fit);
        }
        h += 1;
    }
}

/// Whether two mentions' countries let them be one event: one side's inside the other's,
/// or one side's only the country its sentence names in passing (`CountryNamedNearby`)
/// and the other's only the article's (`CountryFromArticle`), neither of which says where
/// the event is: "Rosneft has agreed to merge with Gazprom, bringing Russia's oil …", then
/// "the merger was approved on Friday" in an article about a US court; or both only the
/// article's, guessed from what was named before each ("is entering the seventh week of a
/// hunger strike" in an article about a Russian defector, then "he will remain on hunger
/// strike" after a British pension). Or one side with no country at all (its parties from
/// several countries and no place named) and the other's only the article's, unless
/// either only supposes the event: "Leaders held talks on the bid", then "Tony Blair met
/// Silvio Berlusconi and Gerhard Schroeder" (not "said he would be happy to meet"). Or
/// either side placed in a region of no one country.
fn countries_fit(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    let (nearby, article) = (Cue::CountryNamedNearby, Cue::CountryFromArticle);
    let supposed = |e: &Event| e.status == Status::Hypothetical;
    let unplaced = |x: &Event, y: &Event| {
        x.countries.is_empty() && only_guessed(y, article) && !supposed(x) && !supposed(y)
    };
    unplaced(a, b)
        || unplaced(b, a)
        || in_a_wide_region(a, actors)
        || in_a_wide_region(b, actors)
        || within(&a.countries, &b.countries)
        || within(&b.countries, &a.countries)
        || only_guessed(a, nearby) && only_guessed(b, article)
        || only_guessed(a, article) && only_guessed(b, nearby)
        || only_guessed(a, article) && only_guessed(b, article)
        || guessed_beside_placed(a, b, actors)
        || guessed_beside_placed(b, a, actors)
}

/// Whether `a`'s countries are only the article's guess and `b`'s sentence places it, and
/// both name the same body or person as agent: "next week's European Council summit" (the
/// article's United Kingdom), then "The European Council summit in Brussels begins on 16
/// December". Or `a` has no agent and `b` tells of it again in the sentence before or
/// after ("a partner was set to pull out of a deal", then "Japan's Yamanouchi was likely
/// to end a licensing agreement"). The guess gives way to the place (as [`join`] does).
fn guessed_beside_placed(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    let named = |x: &usize| actors[*x].kind != Kind::Group;
    let told_on = a.agents.is_empty() && b.sentence.abs_diff(a.sentence) == 1;
    only_guessed(a, Cue::CountryFromArticle)
        && b.cues.contains(&Cue::CountryInSentence)
        && (told_on || (a.agents.iter()).any(|x| named(x) && b.agents.contains(x)))
}

/// Whether mention `e` has no country for being placed in a region of no one country ("a
/// visit to Africa"), which any country's place may be in.
fn in_a_wide_region(e: &Event, actors: &[Actor]) -> bool {
    let wide = |&x: &usize| of_no_one_country(&actors[x]);
    e.countries.is_empty() && (e.location.iter().chain(&e.destination)).any(wide)
}

/// Whether mention `e`'s countries are only guessed in the way cue `c` tells: no country
/// of its sentence's own places was found for it.
fn only_guessed(e: &Event, c: Cue) -> bool {
    e.cues.contains(&c) && !e.cues.contains(&Cue::CountryInSentence)
}

/// Whether `b` mentions the same event as `a`; `asked_alike`, `asks_the_same`, `same_act`:
/// whether, as demands, they ask for the same thing by its word ([`Sort::asks_alike`]), by
/// the words of what they ask ([`Sort::asks_the_same`]) or by its act
/// ([`Sort::asks_the_same_act`]); `introduced`: whether `b` is a noun the text
/// introduces ([`Sort::introduced`]).
fn same_event(
    a: &Event,
    b: &Event,
    ((asked_alike, asks_the_same, same_act), introduced): ((bool, bool, bool), bool),
    forces: &[Force],
    actors: &[Actor],
) -> bool {
    let owners = |e: &Event| -> Vec<usize> {
        e.forces
            .iter()
            .flat_map(|&f| forces[f].owners.iter().copied())
            .collect()
    };
    let fits = |a: &[usize], b: &[usize]| fits(a, b, actors);
    let alike = described_alike(a, b, actors);
    let agents_fit = a.agents.is_empty()
        || b.agents.is_empty()
        || same(&a.agents, &b.agents)
        // Not an election's: its candidate is no state's stand-in.
        || a.event_type != EventType::Election
            && (leaders_of(&a.agents, &b.agents, actors) || leaders_of(&b.agents, &a.agents, actors))
        || !introduced && described_attendees(a, b, actors)
        || alike;
    // A deal told on its day by its parties is placed by one mention or the other.
    let on_the_day = parties_on_the_day(a, b);
    let unplaced = a.countries.is_empty() || b.countries.is_empty();
    let people = parties_fit(a, b, actors)
        || agents_fit && fits(&a.participants, &b.participants)
        || on_the_day;
    a.event_type == b.event_type
        && (countries_fit(a, b, actors) || on_the_day && unplaced)
        && people
        && fits(&owners(a), &owners(b))
        && fits(&a.affected, &b.affected)
        && places_fit(a.event_type, &a.location, &b.location, actors)
        && places_fit(a.event_type, &a.origin, &b.origin, actors)
        && places_fit(a.event_type, &a.destination, &b.destination, actors)
        && (times_fit(a, b) || only_supposed(a, b))
        && match a.event_type {
            // A demand is told again by the one who made it, asking for the same thing
            // ("has ordered a report on the decision", then "had ordered an urgent report
            // into the situation"); or, in another sentence, by the words of what it asks,
            // the asker named on one side only or the same on both ("They want the
            // government to withdraw regulations", then "The unions meeting Mr Prescott
            // want the government to withdraw these regulations"), or by the act it asks
            // for, the asker named on one side only. Not two in one sentence, where one may
            // ask for what the other orders ("asking for details of orders telling staff
            // to delete e-mails"), nor two whose askers both go unnamed, which may be
            // anyone's.
            EventType::Demand => {
                let named_alike = !a.agents.is_empty() && same(&a.agents, &b.agents) || alike;
                let one_named = a.agents.is_empty() != b.agents.is_empty();
                let apart = a.sentence != b.sentence;
                asked_alike && named_alike
                    || asks_the_same && apart && (named_alike || one_named)
                    || same_act && apart && one_named
            }
            // An attack is told of again with its place or day: "the Madrid rail bombing";
            // one only thought of is the same thought ("the risk of an attack", then "a
            // possible attack during the campaign").
            EventType::Attack => {
                same_place_or_day(a, b)
                    || a.status == Status::Hypothetical && b.status == Status::Hypothetical
                    || same_attack_told_bare(a, b, actors)
            }
            _ => true,
        }
}

/// Whether two mentions of a meeting or a protest may be one though their agents differ,
/// for one side's being groups the text only describes ("Military chiefs are to meet",
/// "Pro-hunt supporters are set to protest"), who may be the attendees or protesters the
/// other names ("the Army Board meeting", "The Countryside Alliance … to demonstrate"; two
/// groups are told apart by their words, "Senior managers met", "The directors met"): when
/// no two times tell them apart
/// ("an economic summit in March", "Tuesday's Ecofin meeting of the finance ministers") and
/// both or neither only suppose the meeting ("The prime minister has regular meetings with
/// both of them" is no meeting that "Leaders meet" tells of). Not for a later noun the text
/// introduces with "a" ([`Sort::introduced`]: "Ms Okafor will chair a meeting of the
/// board") or restricted by a common noun ("the board meeting"), which may be another.
fn described_attendees(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    let group = |x: &usize| actors[*x].kind == Kind::Group;
    let described = |e: &Event| only_described(&e.agents, actors);
    let supposed = |e: &Event| e.status == Status::Hypothetical;
    let (vague, named) = if described(a) { (a, b) } else { (b, a) };
    // The groups the named side describes are those of the other ("Five public sector
    // unions" and "five unions"), by their head word: "Ms Okafor will chair the board
    // meeting" is not the meeting of "Trade ministers".
    let heads = |e: &Event| -> Vec<String> {
        (e.agents.iter().chain(&e.participants))
            .filter(|x| group(x))
            .map(|&x| head_word(&actors[x].label))
            .collect()
    };
    let vague_heads = heads(vague);
    matches!(a.event_type, EventType::Meeting | EventType::Protest)
        && described(a) != described(b)
        && heads(named).iter().all(|h| vague_heads.contains(h))
        && (a.when.is_none() || b.when.is_none() || dated_alike(a, b))
        && supposed(a) == supposed(b)
}

/// Whether agents `v` are all groups the text only describes, naming no one in particular
/// ("Leaders", "Military chiefs"; true of none).
fn only_described(v: &[usize], actors: &[Actor]) -> bool {
    v.iter().all(|&x| actors[x].kind == Kind::Group)
}

/// Whether two mentions' agents are one group the text describes twice, in fewer words
/// the second time: a group each, the same head word, and the words of one all words of
/// the other ("Five public sector unions", then "The five unions which met Mr Prescott").
fn described_alike(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    let ([x], [y]) = (&a.agents[..], &b.agents[..]) else {
        return false;
    };
    let words = |z: usize| -> Vec<String> {
        (actors[z].label.split_whitespace())
            .map(str::to_lowercase)
            .collect()
    };
    let (wx, wy) = (words(*x), words(*y));
    let within = |p: &[String], q: &[String]| p.iter().all(|w| q.contains(w));
    actors[*x].kind == Kind::Group
        && actors[*y].kind == Kind::Group
        && head_word(&actors[*x].label) == head_word(&actors[*y].label)
        && (within(&wx, &wy) || within(&wy, &wx))
}

/// The last word of a label in lower case, without a plural "s": "unions" of "Five public
/// sector unions" is "union".
fn head_word(label: &str) -> String {
    let w = label.split_whitespace().last().unwrap_or("").to_lowercase();
    w.strip_suffix('s').map(str::to_string).unwrap_or(w)
}

/// Whether two mentions name the same parties, in whichever roles: for meetings, by who
/// attends ([`attendees_fit`]); for agreements, by who is party to them ([`same_parties`]);
/// for no other type.
fn parties_fit(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    match a.event_type {
        EventType::Meeting => attendees_fit(a, b, actors),
        EventType::Agreement => same_parties(a, b, actors),
        _ => false,
    }
}

/// Whether two mentions of meetings are one meeting by who attends: whoever meets, chairs
/// or is met attends, whichever role the sentence gives them, so when both sides name
/// attendees, those of one side are all among the other's ("Orwell Insurance held talks",
/// then "Ana Ruiz held talks with Orwell Insurance and its chairman Tom Hale"). Groups the
/// text only describes ("senior managers", "the board") are no named attendees; a side with
/// none is compared role by role, as other events are. A person stands for the body they
/// hold a post in ([`Actor::affiliation`]: "Euronext has met the LSE", then "Euronext chief
/// Jean-Francois Theodore held talks with LSE boss Clara Furse").
fn attendees_fit(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    let body = |x: usize| actors[x].affiliation.unwrap_or(x);
    let bodies = |e: &Event| {
        let mut v: Vec<usize> = named_parties(e, actors).into_iter().map(body).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (na, nb) = (bodies(a), bodies(b));
    !na.is_empty()
        && !nb.is_empty()
        && (na.iter().all(|x| nb.contains(x)) || nb.iter().all(|x| na.contains(x)))
}

/// Whether two mentions of agreements name the same two or more parties, in whichever roles: "IMF
/// agrees fresh Turkey funding", then "Turkey has agreed a draft proposal with the IMF"; a state
/// stands for a body at home in it ("signed a deal with China", "the deal between Rosneft and
/// CNPC"). One party of a deal makes many ("the SEC agreed a deal with …" twice over).
fn same_parties(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    let (na, nb) = (named_parties(a, actors), named_parties(b, actors));
    // A state stands for a body of its own ("a deal with China", then "the deal between
    // Rosneft and CNPC").
    let stands_for = |x: usize, y: usize| {
        x == y
            || actors[x].kind == Kind::Country
                && actors[y].kind != Kind::Country
                && side(y, actors) == side(x, actors)
    };
    let matched = |p: &[usize], q: &[usize]| {
        p.iter()
            .all(|&x| q.iter().any(|&y| stands_for(x, y) || stands_for(y, x)))
    };
    na.len() >= 2 && nb.len() == na.len() && matched(&na, &nb) && matched(&nb, &na)
}

/// Whether two mentions of agreements are one deal told on the day it was struck: both
/// dated by the same day's words, and the parties of one all parties of the other, named
/// or only described ("the club agreeing a rescue plan with creditors on Friday", then
/// "Creditors agreed on Friday to suspend interest payments").
fn parties_on_the_day(a: &Event, b: &Event) -> bool {
    let day = |e: &Event| (e.when.as_ref()).is_some_and(|w| w.precision == super::Precision::Day);
    let parties = |e: &Event| -> Vec<usize> { deal_parties(e).collect() };
    let (pa, pb) = (parties(a), parties(b));
    let among = |p: &[usize], q: &[usize]| !p.is_empty() && within(p, q);
    a.event_type == EventType::Agreement
        && day(a)
        && day(b)
        && dated_alike(a, b)
        && (among(&pa, &pb) || among(&pb, &pa))
}

/// The named actors (not groups the text only describes) among an event's agents and
/// participants, and an agreement's affected (the firm a purchase buys), sorted, each
/// once.
fn named_parties(e: &Event, actors: &[Actor]) -> Vec<usize> {
    let mut v: Vec<usize> = deal_parties(e)
        .filter(|&x| actors[x].kind != Kind::Group)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// An event's parties: its agents and participants, and for an agreement what it is done
/// to, the firm a purchase buys ("Inbev bought Ambev": the deal is Brazil's too). Joining
/// mentions and placing deals read them alike.
pub(super) fn deal_parties(e: &Event) -> impl Iterator<Item = usize> + '_ {
    let bought = (e.event_type == EventType::Agreement).then_some(&e.affected);
    (e.agents.iter().chain(&e.participants))
        .chain(bought.into_iter().flatten())
        .copied()
}

/// Whether `b`, in the body, tells again the event of headline `h` ("India and Iran in
/// gas export deal", then "India has signed a $40bn deal"): the same type and a fitting
/// time, in the first three sentences after the headline, or by the same word wherever the
/// body first tells it ("EU fraud clampdown urged" … "The NAO urged the government";
/// "Minister attacked with paint" … eight sentences on, "The paint attack took place on
/// Friday"), and with agents that share one or a country ("Argentina" and its president),
/// or, where a side has none (or the headline only a described group: "Leaders meet"),
/// countries one side's inside the other's, or either side's only the article's guess
/// ("Ex-spy on hunger strike", then "a hunger strike near 10 Downing Street"; "UK bank seals
/// South Korean deal", then "acquiring Korea First Bank" in an article told from London),
/// which says nothing of where; or, for a meeting or a deal, with the same parties in
/// whichever roles, wherever each placed it. A deal or a meeting the body first tells
/// with the same two or more named parties is the headline's however late it comes
/// ("Egypt and Israel seal trade deal", then "the most important economic agreement
/// between Egypt and Israel"). A headline names its parties loosely, so one
/// side's agents need only overlap the other's; a demand is joined only by the same word.
fn tells_the_headline(h: &Event, b: &Event, asked_alike: bool, actors: &[Actor]) -> bool {
    // By the same word, or for a demand by the same thing asked for ("Police urge pub
    // closure power", then "made its call for stronger closure powers"), only while the
    // body has not told it yet: the first body mention so told tells the headline's event,
    // however late the body comes to it.
    let worded = (same_word(&h.trigger, &b.trigger) || asked_alike) && h.mentions.is_empty();
    let early = b.sentence <= 3 && h.event_type != EventType::Demand;
    // Or, for a deal or a meeting the body has not told yet, by the same two or more
    // named parties, however late ("Egypt and Israel seal trade deal" … "the most
    // important economic agreement between Egypt and Israel").
    let same_sides = h.mentions.is_empty() && parties_fit(h, b, actors);
    // A headline's described group ("Leaders meet over …") names no one in particular.
    let vague = h.mentions.is_empty() && only_described(&h.agents, actors);
    // The parties to a deal or a meeting, in whichever roles and wherever each mention
    // placed it: "Venezuela and China sign oil deal", then "a trade deal between the two
    // countries".
    let agents = parties_fit(h, b, actors)
        || if vague || b.agents.is_empty() {
            h.countries.is_empty()
                || b.countries.is_empty()
                || only_guessed(h, Cue::CountryFromArticle)
                || only_guessed(b, Cue::CountryFromArticle)
                || within(&h.countries, &b.countries)
                || within(&b.countries, &h.countries)
        } else {
            // The same actor, or actors of the same country ("Argentina" and its president).
            let side = |x: usize| side(x, actors);
            (h.agents.iter()).any(|&a| {
                b.agents.contains(&a)
                    || side(a)
                        .is_some_and(|c| b.agents.iter().any(|&y| side(y).as_ref() == Some(&c)))
            })
        };
    h.event_type == b.event_type
        && b.sentence > 0
        && (early || worded || same_sides)
        && agents
        && fits(&h.affected, &b.affected, actors)
        && times_fit(h, b)
}

/// The country actor `x` stands on the side of: a country itself, else the country it is
/// at home in (a firm's, an office holder's), if known.
fn side(x: usize, actors: &[Actor]) -> Option<String> {
    match actors[x].kind {
        Kind::Country => Some(actors[x].id.to_string()),
        _ => actors[x].country.clone(),
    }
}

/// Whether two triggers' first words are the same word or one formed from the other: one,
/// without a plural "s", begins the other and is four letters or more ("meet", "meeting";
/// "elections", "election").
pub(super) fn same_word(a: &str, b: &str) -> bool {
    let first = |s: &str| {
        let w = s.split_whitespace().next().unwrap_or("").to_lowercase();
        w.strip_suffix('s').map(str::to_string).unwrap_or(w)
    };
    let (a, b) = (first(a), first(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    short.chars().count() >= 4 && long.starts_with(short.as_str())
}

/// Whether two mentions of an attack told as done, neither with a place or a day of its
/// own to tell them apart, name the same victims or the same attackers: "nine French
/// peacekeepers were killed", then "… killing the nine French soldiers"; "IRA bomb attacks
/// in 1974", then "the IRA bombs which killed seven people". Attackers the text only
/// describes ("gunmen") may be others each time.
fn same_attack_told_bare(a: &Event, b: &Event, actors: &[Actor]) -> bool {
    let bare = |e: &Event| {
        e.location.is_empty()
            && e.status != Status::Hypothetical
            && e.when
                .as_ref()
                .is_none_or(|w| w.precision != super::Precision::Day)
    };
    let named_alike = |x: &[usize], y: &[usize]| !x.is_empty() && same(x, y);
    let attackers = named_alike(&a.agents, &b.agents) && !only_described(&a.agents, actors);
    bare(a) && bare(b) && (named_alike(&a.affected, &b.affected) || attackers)
}

/// Both mentions name the same place, or the same resolved day.
fn same_place_or_day(a: &Event, b: &Event) -> bool {
    let day = |e: &Event| {
        e.when
            .as_ref()
            .filter(|w| w.precision == super::Precision::Day)
            .and_then(|w| w.earliest)
    };
    (!a.location.is_empty() && same(&a.location, &b.location))
        || day(a).is_some_and(|d| day(b) == Some(d))
}

/// Whether both mentions are dated by the same time: the same resolved span, or, unresolved,
/// the same words ("in April", "April").
fn dated_alike(a: &Event, b: &Event) -> bool {
    let (Some(x), Some(y)) = (&a.when, &b.when) else {
        return false;
    };
    let words = |t: &str| t.to_lowercase().trim_end_matches("'s").to_string();
    match (x.earliest, y.earliest) {
        (Some(_), Some(_)) => x.earliest == y.earliest && x.latest == y.latest,
        _ => words(&x.text) == words(&y.text),
    }
}

/// Whether every actor of `a` is in `b` (an empty `a` only in an empty `b`).
fn within(a: &[usize], b: &[usize]) -> bool {
    a.is_empty() == b.is_empty() && a.iter().all(|x| b.contains(x))
}

/// The same actors, in any order.
fn same(a: &[usize], b: &[usize]) -> bool {
    let (mut a, mut b) = (a.to_vec(), b.to_vec());
    a.sort_unstable();
    a.dedup();
    b.sort_unstable();
    b.dedup();
    a == b
}

/// Whether agents `people` are office holders of the states `states` that act for them: each
/// a person with a title whose country is one of `states` ("the Pakistani president's
/// visit", then "Gen Pervez Musharraf's visit").
fn leaders_of(people: &[usize], states: &[usize], actors: &[Actor]) -> bool {
    let all_states = states.iter().all(|&x| actors[x].kind.is_polity());
    let of_a_state = |c: &str| states.iter().any(|&x| actors[x].id == *c);
    all_states
        && people.iter().all(|&x| {
            let p = &actors[x];
            p.kind == Kind::Person
                && p.title.is_some()
                && p.country.as_deref().is_some_and(of_a_state)
        })
}

/// Empty on one side, or the same actors; groups the text only describes count only when
/// neither side names anyone else.
fn fits(a: &[usize], b: &[usize], actors: &[Actor]) -> bool {
    let named = |v: &[usize]| -> Vec<usize> {
        v.iter()
            .copied()
            .filter(|&x| actors[x].kind != Kind::Group)
            .collect()
    };
    let (na, nb) = (named(a), named(b));
    match (na.is_empty(), nb.is_empty()) {
        _ if a.is_empty() || b.is_empty() => true,
        (true, true) => same(a, b),
        (false, false) => same(&na, &nb),
        _ => true,
    }
}

/// Empty on one side, or the same places; for a visit or a meeting, each place of either
/// side the same as, in or around one of the other's: a city is in its country ("his
/// visit to Britain", then "his first official visit to London"). Not for forces, which
/// may come to a country and to its capital years apart ("US forces entered Afghanistan
/// in October 2001", "6,000 soldiers were flown into Kabul"). A region of no one country
/// fits every place.
fn places_fit(ty: EventType, a: &[usize], b: &[usize], actors: &[Actor]) -> bool {
    if !matches!(ty, EventType::Visit | EventType::Meeting) {
        return fits(a, b, actors);
    }
    let inside = |x: usize, y: usize| {
        x == y
            || actors[y].kind.is_country()
                && (actors[x].country.as_deref()).is_some_and(|c| actors[y].id == *c)
    };
    // A region of no one country ("a visit to Africa") is too wide to tell one visit
    // from another by.
    let wide = |x: usize| of_no_one_country(&actors[x]);
    let near = |x: usize, y: usize| inside(x, y) || inside(y, x) || wide(x) || wide(y);
    let covered = |p: &[usize], q: &[usize]| p.iter().all(|&x| q.iter().any(|&y| near(x, y)));
    a.is_empty() || b.is_empty() || covered(a, b) && covered(b, a)
}

/// Whether one of two mentions only supposes its event (Hypothetical: "had threatened to
/// delist the company unless agreement was reached"), whose tense is the supposition's, no
/// time of the event's, and one names no time at all (two times told apart are two
/// events: "protested two days ago", "not to protest … on Sunday"). Not for elections,
/// which come round: "if Labour wins the election" is not "the last election".
fn only_supposed(a: &Event, b: &Event) -> bool {
    (a.status == Status::Hypothetical || b.status == Status::Hypothetical)
        && a.event_type != EventType::Election
        && (a.when.is_none() || b.when.is_none())
}

/// The same resolved time span; else, when either lacks one, not on opposite sides of the
/// article's present ("the last election" is not "the next election").
fn times_fit(a: &Event, b: &Event) -> bool {
    let span = |e: &Event| e.when.as_ref().and_then(|w| Some((w.earliest?, w.latest?)));
    match (span(a), span(b)) {
        (Some(x), Some(y)) => x == y,
        _ if one_past_one_to_come(a, b) => false,
        _ if of_a_past_year_and_going_on(a, b) || of_a_past_year_and_going_on(b, a) => false,
        _ => a.rank.signum() * b.rank.signum() >= 0 || same_weekday(a, b),
    }
}

/// Whether `a` is dated by a year and told in the past and `b`, with no date, is told as
/// going on now: "hark back to 1994, when talks came close to a deal" tells of other talks
/// than "the leaders attending the meeting".
fn of_a_past_year_and_going_on(a: &Event, b: &Event) -> bool {
    let past_year = (a.when.as_ref())
        .is_some_and(|w| w.earliest.is_some() && w.precision == super::Precision::Year);
    past_year && a.rank < 0 && b.when.is_none() && b.status == Status::UnderWay && b.rank == 0
}

/// Whether one of `a` and `b` is an election dated in the past and the other one still to
/// come with no date ([`past_and_to_come`]), in either order.
fn one_past_one_to_come(a: &Event, b: &Event) -> bool {
    past_and_to_come(a, b) || past_and_to_come(b, a)
}

/// Whether election `a` is dated (a year or a day) and told in the past and `b` is still
/// to come with no date of its own: two elections, whatever the tense of `b`'s clause ("If
/// you voted Conservative in 2001 …", then "We go into the election as an independent
/// party"). Elections come round; a deal agreed last week to buy is the purchase still to
/// come.
fn past_and_to_come(a: &Event, b: &Event) -> bool {
    dated_in_the_past(a) && b.when.is_none() && b.status == Status::Planned
}

/// `joined`, unless it joins mention `e` of an election dated in the past, not by the
/// tree, to one with no dated span that any mention so far tells as still to come, whatever
/// its first mention's status ("ahead of an expected Spring poll", then "In 1997 and 2001
/// they voted Labour"). `told`: each joined event's mentions' statuses.
fn unless_past_into_coming(
    joined: Option<(usize, JoinedBy)>,
    out: &[Event],
    told: &[Vec<(Status, i8)>],
    e: &Event,
) -> Option<(usize, JoinedBy)> {
    let coming = |i: usize| told_as_coming(&out[i], &told[i]);
    joined.filter(|&(i, by)| by == JoinedBy::Tree || !(dated_in_the_past(e) && coming(i)))
}

/// Whether event `e`, its mentions' statuses `told`, has no dated span and any of its
/// mentions tells it as still to come.
fn told_as_coming(e: &Event, told: &[(Status, i8)]) -> bool {
    let undated = e.when.as_ref().is_none_or(|w| w.earliest.is_none());
    undated && told.iter().any(|x| x.0 == Status::Planned)
}

/// Whether `e` is an election dated by a year or a day and told in the past.
fn dated_in_the_past(e: &Event) -> bool {
    e.event_type == EventType::Election
        && e.when.as_ref().is_some_and(|w| w.earliest.is_some())
        && (e.rank < 0 || e.status == Status::Completed)
}

/// Whether both mentions are dated by the same bare day of the week, which one article
/// names for one day, however its clauses tell it ("is expected to speak at a meeting on
/// Sunday", then "Ahead of Sunday's meeting, Ms Hewitt said …").
fn same_weekday(a: &Event, b: &Event) -> bool {
    let day = |e: &Event| {
        let text = e.when.as_ref()?.text.to_lowercase();
        let word = text.trim_end_matches("'s").to_string();
        Lexicon::get().is("weekday", &word).then_some(word)
    };
    day(a).is_some_and(|d| day(b) == Some(d))
}

/// How a mention came to join an event, which says what its countries tell of it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum JoinedBy {
    /// Its roles, countries and time fit the event's.
    Fit,
    /// The tree told it of the event noun ([`Refers::Same`]).
    Tree,
    /// Its words name an event already known ("the embargo", "this deal", "their talks").
    Reference,
}

/// Adds mention `b` to event `a`. A clause told of an event noun of its sentence
/// (`JoinedBy::Tree`: "the attack, which killed five") whose countries were only guessed
/// from the article adds none to an event that has its own, and nor does any mention whose
/// country is only guessed, from the article or as one its sentence names in passing
/// (`CountryNamedNearby`); a mention whose sentence places the event replaces the countries
/// only guessed for it ("Brown visits slum on Africa trip", then "has visited Kenya's
/// biggest shanty town": Kenya, not the article's United Kingdom). A bare noun that names a
/// known event (`JoinedBy::Reference`) has no phrase of its own to place it: the places of
/// its sentence are its clause's ("In France, few licences were refused under the
/// embargo", "Italy called for the embargo to be lifted"), which add none to an event its
/// own sentence placed.
fn join(a: &mut Event, b: Event, by: JoinedBy) {
    let only_a_guess = |e: &Event| {
        only_guessed(e, Cue::CountryNamedNearby) || only_guessed(e, Cue::CountryFromArticle)
    };
    // A country a sentence places the event in replaces one only guessed for it.
    if only_a_guess(a) && b.cues.contains(&Cue::CountryInSentence) && !b.countries.is_empty() {
        a.countries.clear();
    }
    let referred = by == JoinedBy::Tree && b.cues.contains(&Cue::CountryFromArticle);
    let placed_before = by == JoinedBy::Reference && !only_a_guess(a);
    let guessed = (referred || placed_before || only_a_guess(&b)) && !a.countries.is_empty();
    let none = Vec::new();
    let b_countries = if guessed { &none } else { &b.countries };
    for (to, from) in [
        (&mut a.agents, &b.agents),
        (&mut a.forces, &b.forces),
        (&mut a.affected, &b.affected),
        (&mut a.participants, &b.participants),
        (&mut a.location, &b.location),
        (&mut a.origin, &b.origin),
        (&mut a.destination, &b.destination),
        (&mut a.countries, b_countries),
    ] {
        for &x in from {
            if !to.contains(&x) {
                to.push(x);
            }
        }
    }
    // A dated time is taken over one not dated (a weekday with no day of publication), and
    // any time where there is none from a mention of the same sentence ("agreed to buy
    // its rival on Tuesday": the time the sentence gave the verb it hangs on).
    let unresolved = |e: &Event| e.when.as_ref().is_none_or(|w| w.earliest.is_none());
    let same_sentence = a.sentence == b.sentence && a.when.is_none();
    if unresolved(a) && !unresolved(&b) || same_sentence && b.when.is_some() {
        a.when = b.when.clone();
    }
    // The confidence pass sorts and dedups them.
    a.cues.extend(b.cues);
    a.mentions.push(EventMention {
        sentence: b.sentence,
        trigger_start: b.trigger_start,
        trigger_end: b.trigger_end,
        trigger: b.trigger,
        attribution: b.attribution,
    });
    a.mentions.extend(b.mentions);
}

/// The status most mentions give (the earliest mention's among tied ones), with the place
/// in time of the first mention that gives it. A mention that only supposes the event
/// (Hypothetical: "if a May election is called", "if Labour wins the election") says
/// nothing of how far it has come, so the mentions that do decide when there are any ("the
/// election is expected on 5 May"). For a visit, one telling it under way, beside others
/// that tell legs done and to come, decides.
fn majority(told: &[(Status, i8)], ty: EventType) -> (Status, i8) {
    let asserted: Vec<(Status, i8)> = (told.iter().copied())
        .filter(|x| x.0 != Status::Hypothetical)
        .collect();
    let told = if asserted.is_empty() {
        told
    } else {
        &asserted[..]
    };
    let count = |s: Status| told.iter().filter(|x| x.0 == s).count();
    // A visit goes in legs: a mention telling it as going on now, beside mentions of legs
    // done and legs to come, says where it stands ("has said during a visit to Britain",
    // "met Mr Blair on his first official visit to London", "is due to visit Manchester
    // on Tuesday").
    let going_on = [Status::UnderWay, Status::Completed, Status::Planned];
    let in_legs = ty == EventType::Visit && going_on.iter().all(|&s| count(s) > 0);
    if let Some(&now) = told.iter().find(|x| in_legs && x.0 == Status::UnderWay) {
        return now;
    }
    let best = told.iter().map(|x| count(x.0)).max().unwrap_or(0);
    told.iter()
        .copied()
        .find(|x| count(x.0) == best)
        .unwrap_or((Status::Completed, 0))
}
