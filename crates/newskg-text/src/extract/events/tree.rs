//! A sentence's dependency tree as the event rules read it: parsed the first time a rule
//! asks for it, and only as far as the rule needs when it reads the start of the sentence;
//! then the grammatical subject of a verb through the tree's structure — its own subject,
//! the subject it shares in a coordination ("met and agreed"), the controller of an
//! infinitive ("agreed to withdraw", "ordered the troops to leave"), the noun a relative
//! clause hangs on ("the troops who left"), the names standing for a subject ("chief
//! executive Clara Furse", "some of the troops"); the words of the phrase a noun heads;
//! the clause a word is in and the clauses that govern it, which say whose places are
//! an event's.

use super::is;
use crate::analyze::{Arc, Doc, SentenceParse};
use crate::extract::lexicon::Lexicon;
use std::cell::{OnceCell, RefCell};
use std::ops::Range;

/// How many steps up the tree a shared subject is looked for.
const CLIMB: usize = 6;

/// A sentence's dependency tree, parsed the first time a rule asks for it (parsing costs
/// more than the rest of the extraction, so sentences no rule needs a tree for are never
/// parsed), and only as far as needed while rules read the sentence's start.
pub(super) struct Tree<'a> {
    doc: &'a Doc,
    si: usize,
    arcs: OnceCell<Vec<Arc>>,
    partial: RefCell<Option<SentenceParse>>,
}

/// A tree's arc not decided by the part of the sentence parsed so far.
#[derive(Debug)]
pub(super) struct Undecided;

impl<'a> Tree<'a> {
    pub(super) fn new(doc: &'a Doc, si: usize) -> Tree<'a> {
        Tree {
            doc,
            si,
            arcs: OnceCell::new(),
            partial: RefCell::new(None),
        }
    }

    /// The arcs of the sentence's tokens, in order (the parse finished).
    pub(super) fn arcs(&self) -> &[Arc] {
        self.arcs.get_or_init(|| {
            let partial = self.partial.borrow_mut().take();
            partial
                .unwrap_or_else(|| SentenceParse::new(self.doc, self.si))
                .finish()
        })
    }

    /// The whole tree, to read.
    fn whole(&self) -> View<'_> {
        View {
            doc: self.doc,
            s0: self.doc.sentences[self.si].tokens.start,
            arcs: self.arcs().iter().map(|&a| Some(a)).collect(),
        }
    }

    /// The tree as far as token `k`: every arc decided once the parser is past it.
    fn past(&self, k: usize) -> View<'_> {
        if self.arcs.get().is_some() {
            return self.whole();
        }
        let mut partial = self.partial.borrow_mut();
        let p = partial.get_or_insert_with(|| SentenceParse::new(self.doc, self.si));
        p.advance(k);
        View {
            doc: self.doc,
            s0: self.doc.sentences[self.si].tokens.start,
            arcs: p.decided(),
        }
    }

    /// The dependents of `h` with label `rel`, in order.
    pub(super) fn dependents(&self, h: usize, rel: &str) -> Vec<usize> {
        let s0 = self.doc.sentences[self.si].tokens.start;
        (self.arcs().iter().enumerate())
            .filter(|(_, &a)| a == (Some(h), rel))
            .map(|(i, _)| i + s0)
            .collect()
    }

    /// Whether `h` has a dependent with label `rel` whose word, in lower case, is `word`
    /// ("by" as the case of an agent phrase, "to" as the mark of an infinitive).
    pub(super) fn has_dependent_word(&self, h: usize, rel: &str, word: &str) -> bool {
        let toks = self.tokens();
        (self.dependents(h, rel).iter()).any(|&k| toks[k].lower == word)
    }

    /// The grammatical subject of verb `t` from the whole tree ([`View::subject_of`]).
    pub(super) fn subject_of(&self, t: usize, named: impl Fn(usize) -> bool) -> Option<Vec<usize>> {
        self.whole().subject_of(t, &named).unwrap_or(None)
    }

    /// The subject a participle clause before finite verb `v` took in as its own object
    /// ([`View::swallowed_subject`]), from the whole tree.
    pub(super) fn swallowed_subject(&self, v: usize) -> Option<usize> {
        let finite = matches!(self.doc.tokens[v].tag, "VBD" | "VBZ" | "VBP");
        let view = self.whole();
        finite
            .then(|| {
                let swallowed = view.swallowed_subject(v).ok().flatten();
                swallowed.or_else(|| view.fronted_subject(v).ok().flatten())
            })
            .flatten()
    }

    /// The subject of gerund `v` the parser left in the "of" phrase before it
    /// ([`View::subject_before_gerund`]), from the whole tree.
    pub(super) fn subject_before_gerund(&self, v: usize) -> Option<usize> {
        self.whole().subject_before_gerund(v).ok().flatten()
    }

    /// The body noun `k` speaks for, when it is one who speaks for a body
    /// ([`View::body_spoken_for`]), from the whole tree.
    pub(super) fn body_spoken_for(&self, k: usize) -> Vec<usize> {
        self.whole().body_spoken_for(k)
    }

    /// The grammatical subject of verb `t` from the sentence parsed just past it, when
    /// that part decides it ([`View::subject_of`]).
    pub(super) fn subject_so_far(
        &self,
        t: usize,
        named: impl Fn(usize) -> bool,
    ) -> Result<Option<Vec<usize>>, Undecided> {
        self.past(t + 1).subject_of(t, &named)
    }

    /// The tokens of the phrase that noun `h` heads, as far as its words reach on either
    /// side without a gap, past no comma, verb or relative pronoun on the right: "An
    /// annual economic survey" for "survey", "A report in the Sunday Business" for
    /// "report" (the whole tree). A leading comma, conjunction or preposition is left out.
    pub(super) fn phrase_span(&self, h: usize) -> (usize, usize) {
        let s = self.doc.sentences[self.si].tokens.clone();
        let toks = &self.doc.tokens;
        let under_h = |k: usize| k != h && self.is_under(k, h);
        let mut a = h;
        while a > s.start && under_h(a - 1) {
            a -= 1;
        }
        while a < h && (matches!(toks[a].tag, "CC" | "IN" | "TO") || toks[a].is_punct()) {
            a += 1;
        }
        let mut e = h + 1;
        while e < s.end
            && under_h(e)
            && !toks[e].is_punct()
            && !toks[e].is_verb()
            && !matches!(toks[e].tag, "WDT" | "WP" | "WP$")
        {
            e += 1;
        }
        (a, e)
    }

    /// Token `k` and the tokens above it, nearest first, up to the root (the whole tree).
    pub(super) fn ancestors(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        let steps = self.arcs().len();
        std::iter::successors(Some(k), |&j| self.arc(j).0).take(steps + 1)
    }

    /// Whether token `k` is `h` or in the phrase `h` heads (the whole tree).
    pub(super) fn is_under(&self, k: usize, h: usize) -> bool {
        self.ancestors(k).any(|j| j == h)
    }

    /// The head of the clause token `k` is in: the nearest verb, or predicate with a
    /// copula, at or above it (the root when there is none).
    pub(super) fn clause_of(&self, k: usize) -> usize {
        let mut last = k;
        for j in self.ancestors(k) {
            if self.heads_a_clause(j) {
                return j;
            }
            last = j;
        }
        last
    }

    /// The clauses that govern token `k`'s: its own clause and each clause above it, up to
    /// the root, passing over the first of two joined clauses ("left Iraq and arrived in
    /// Kuwait": leaving does not govern arriving) and over a clause set beside it.
    pub(super) fn governing_clauses(&self, k: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut c = self.clause_of(k);
        for _ in 0..self.arcs().len() {
            out.push(c);
            let (mut up, rel) = self.arc(c);
            if matches!(rel, "conj" | "parataxis") {
                // Past the sibling to what governs it.
                up = up.and_then(|h| self.arc(self.clause_of(h)).0);
            }
            let Some(h) = up else { break };
            c = self.clause_of(h);
        }
        out
    }

    /// The tokens of the sentence.
    pub(super) fn sentence(&self) -> Range<usize> {
        self.doc.sentences[self.si].tokens.clone()
    }

    /// The document's tokens.
    pub(super) fn tokens(&self) -> &[crate::analyze::Token] {
        &self.doc.tokens
    }

    /// Token `k`'s arc in the whole tree.
    pub(super) fn arc(&self, k: usize) -> Arc {
        self.arcs()[k - self.doc.sentences[self.si].tokens.start]
    }

    /// The token of `a..b` whose head lies outside it (the first such): the phrase's head.
    pub(super) fn span_head(&self, a: usize, b: usize) -> usize {
        (a..b)
            .find(|&k| self.arc(k).0.is_none_or(|h| !(a..b).contains(&h)))
            .unwrap_or(a)
    }

    /// The top of the noun phrase token `k` is in: up through the nouns it modifies or is
    /// listed, named or set in apposition with ("the north of Mali", "Yangon, Mandalay and
    /// the capital", "Jakarta, Indonesia").
    pub(super) fn noun_phrase_top(&self, k: usize) -> usize {
        let mut j = k;
        for _ in 0..self.arcs().len() {
            match self.arc(j) {
                (Some(h), rel)
                    if !self.heads_a_clause(h)
                        && (rel.starts_with("nmod")
                            || matches!(rel, "conj" | "appos" | "flat" | "compound")) =>
                {
                    j = h
                }
                _ => break,
            }
        }
        j
    }

    fn heads_a_clause(&self, k: usize) -> bool {
        self.doc.tokens[k].is_verb() || !self.dependents(k, "cop").is_empty()
    }

    /// Whether the tree reads as a clause: its root is a verb, or a predicate with a copula.
    /// A noun at the root of a sentence with a verb trigger ("An East African force,
    /// deployed in 2022, left in December" parsed around "force") is a parse gone wrong.
    pub(super) fn is_clause(&self) -> bool {
        let s0 = self.doc.sentences[self.si].tokens.start;
        let Some(root) = self.arcs().iter().position(|&(h, _)| h.is_none()) else {
            return false;
        };
        self.heads_a_clause(root + s0)
    }
}

/// Arcs of a sentence to read, whole or as far as parsed.
struct View<'a> {
    doc: &'a Doc,
    s0: usize,
    arcs: Vec<Option<Arc>>,
}

impl View<'_> {
    /// Token `k`'s arc, if decided.
    fn arc(&self, k: usize) -> Result<Arc, Undecided> {
        self.arcs[k - self.s0].ok_or(Undecided)
    }

    /// The dependents of `h` with label `rel` decided so far, in order.
    fn dependents(&self, h: usize, rel: &str) -> Vec<usize> {
        (self.arcs.iter().enumerate())
            .filter(|(_, a)| a.is_some_and(|(head, r)| head == Some(h) && r == rel))
            .map(|(i, _)| i + self.s0)
            .collect()
    }

    /// The grammatical subject of verb `t` (active or passive): the tokens of its subject
    /// phrases — each `nsubj`, `nsubj:pass` or `nsubj:outer` with the names in apposition
    /// to it or flat within it, and the nouns a list joins to it. For a relative pronoun,
    /// the noun the clause hangs on; for an infinitive, the noun after "for" right before
    /// its "to" ("a deal for Kenya to host"); with no subject of its own, the object of the
    /// verb whose infinitive it completes ("ordered the troops to leave"; through an
    /// adverbial clause only a verb of asking, ordering or letting) or that verb's
    /// subject ("agreed to withdraw", "is expected to leave"), the subject of the verb it is
    /// joined to ("met Blair and agreed …") or whose clause it modifies ("flew to Delhi to
    /// meet"), the noun a relative clause hangs on ("forces that left"), and for a
    /// participle on the one written to, the writer ("wrote to the parties urging them").
    /// `None` when the
    /// tree gives no subject (a fragment, a noun's infinitive: "the decision to withdraw").
    fn subject_of(
        &self,
        t: usize,
        named: &impl Fn(usize) -> bool,
    ) -> Result<Option<Vec<usize>>, Undecided> {
        let toks = &self.doc.tokens;
        let mut v = t;
        for _ in 0..CLIMB {
            let infinitive = self
                .dependents(v, "mark")
                .iter()
                .any(|&k| toks[k].lower == "to");
            let finite = matches!(toks[v].tag, "VBD" | "VBZ" | "VBP");
            if let Some(found) = self.own_subject((v, t), (infinitive, finite), named)? {
                return Ok(found);
            }
            match self.arc(v)? {
                // The parser labels many infinitival complements adverbial clauses
                // ("given French troops a month to leave", "asked France to withdraw").
                (Some(h), rel) if rel == "xcomp" || rel == "advcl" && infinitive => {
                    // The one asked or ordered ("asked Denmark to withdraw"); a span of time
                    // given controls nothing ("have 150 hours to pull back"). Through an
                    // adverbial clause only a verb of asking, ordering or letting hands its
                    // object the infinitive (word class `object_control_verb`): who gathered
                    // outside parliament to protest protests, not parliament.
                    let controls =
                        rel == "xcomp" || is("object_control_verb", &toks[h].lemma.to_lowercase());
                    let objects: Vec<usize> = ["obj", "iobj"]
                        .iter()
                        .filter(|_| controls)
                        .flat_map(|rel| self.dependents(h, rel))
                        .filter(|&o| !is("time_span", &toks[o].lemma))
                        .collect();
                    if !objects.is_empty() {
                        return Ok(Some(self.phrase_heads(&objects, named)));
                    }
                    v = h;
                }
                // A finite adverbial clause has a subject of its own: none found is a
                // parse gone wrong, not a shared subject.
                (Some(h), "advcl") if !finite && toks[h].is_verb() => v = h,
                (Some(h), "conj") if toks[h].is_verb() => v = h,
                (Some(n), "acl:relcl") => return Ok(Some(self.phrase_heads(&[n], named))),
                // A noun's infinitive: a named noun acts ("prompting the junta to request
                // …"); whom a span of time is given acts in it ("gave French troops a month
                // to leave"); a plan or a decision is its governing verb's subject's
                // ("France announced plans to withdraw").
                (Some(n), "acl") if infinitive => {
                    if named(n) {
                        return Ok(Some(self.phrase_heads(&[n], named)));
                    }
                    match self.arc(n)? {
                        (Some(g), "obj") if toks[g].is_verb() => {
                            let given = self.dependents(g, "iobj");
                            if !given.is_empty() {
                                return Ok(Some(self.phrase_heads(&given, named)));
                            }
                            v = g;
                        }
                        _ => return Ok(None),
                    }
                }
                // A participle after its noun says what the noun does or undergoes:
                // "soldiers based in Libreville (to leave)". An event its holder stages
                // acts through its holder ("Campaigners are to stage a rally calling for
                // …": the support verb's subject calls).
                (Some(n), "acl") if matches!(toks[v].tag, "VBN" | "VBG") => {
                    match self.participle_subject(v, n, named)? {
                        Ok(g) => v = g,
                        Err(found) => return Ok(Some(found)),
                    }
                }
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    /// The subject verb `v` (reached from trigger `t`) has of its own: its subject phrases,
    /// what "whose" owns, the noun a relative pronoun stands for, the noun after "for"
    /// before its infinitive, the noun left before a gerund, the main subject before a
    /// "whose" clause the parser hung the verb on, or a subject a participle clause
    /// swallowed (`infinitive`: `v` has its "to"; `finite`: `v` is a finite form).
    /// `Some(None)` when a relative pronoun stands for no noun; `None` when `v` has none of
    /// these, and the subject is looked for above it.
    fn own_subject(
        &self,
        (v, t): (usize, usize),
        (infinitive, finite): (bool, bool),
        named: &impl Fn(usize) -> bool,
    ) -> Result<Option<Option<Vec<usize>>>, Undecided> {
        let toks = &self.doc.tokens;
        let mut own: Vec<usize> = ["nsubj", "nsubj:pass", "nsubj:outer"]
            .iter()
            .flat_map(|rel| self.dependents(v, rel))
            .collect();
        // "Barbara Follett, whose first husband was killed": what "whose" owns is the
        // subject, even where the parser made the noun before it a second one; that
        // noun is the subject of a main verb the parser hung on the clause's
        // ("…, whose husband was killed, confirmed").
        let owned_by_whose =
            |s: &usize| (self.dependents(*s, "nmod:poss").iter()).any(|&p| toks[p].tag == "WP$");
        if let Some(w) = own.iter().copied().find(owned_by_whose) {
            let main: Vec<usize> = (own.iter().copied())
                .filter(|&s| s < w && !owned_by_whose(&s))
                .collect();
            own = if v == t || main.is_empty() {
                vec![w]
            } else {
                main
            };
        }
        if own.iter().any(|&s| matches!(toks[s].tag, "WDT" | "WP")) {
            return match self.arc(v)? {
                (Some(n), "acl:relcl") => Ok(Some(Some(self.phrase_heads(&[n], named)))),
                _ => Ok(Some(None)),
            };
        }
        if !own.is_empty() {
            return Ok(Some(Some(self.phrase_heads(&own, named))));
        }
        // "a deal for Brighton to host the conference": the noun after "for" is the
        // subject of the infinitive after it.
        if infinitive && v >= self.s0 + 3 && toks[v - 1].lower == "to" {
            let k = v - 2;
            let by_for = (self.dependents(k, "case").iter()).any(|&c| toks[c].lower == "for");
            if toks[k].is_noun() && by_for {
                return Ok(Some(Some(self.phrase_heads(&[k], named))));
            }
        }
        if let Some(k) = self.subject_before_gerund(v)? {
            return Ok(Some(Some(self.phrase_heads(&[k], named))));
        }
        // The main verb after such a relative clause, which the parser hung on the
        // clause's verb with the main subject: "…, whose husband was killed, confirmed".
        if let (true, (Some(h), "advcl" | "conj" | "parataxis")) = (finite, self.arc(v)?) {
            let subjects = self.dependents(h, "nsubj:pass");
            let subjects = [subjects, self.dependents(h, "nsubj")].concat();
            if let Some(&w) = subjects.iter().find(|s| owned_by_whose(s)) {
                if let Some(&main) = subjects.iter().find(|&&s| s < w && !owned_by_whose(&s)) {
                    return Ok(Some(Some(self.phrase_heads(&[main], named))));
                }
            }
        }
        if finite {
            if let Some(s) = self.swallowed_subject(v)? {
                return Ok(Some(Some(self.phrase_heads(&[s], named))));
            }
            if let Some(s) = self.fronted_subject(v)? {
                return Ok(Some(Some(self.phrase_heads(&[s], named))));
            }
        }
        Ok(None)
    }

    /// The subject of participle `v` after noun `n` ([`View::subject_of`]): `Ok(g)` to look
    /// for it at verb `g` (the support verb that stages the noun's event, the verb of
    /// writing to the noun), else `Err` with the noun itself.
    fn participle_subject(
        &self,
        v: usize,
        n: usize,
        named: &impl Fn(usize) -> bool,
    ) -> Result<Result<usize, Vec<usize>>, Undecided> {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        let held = |g: usize| {
            toks[g].is_verb()
                && is("support_verb", &toks[g].lemma.to_lowercase())
                && lex.heads_an_event_noun(&toks[n])
        };
        // "wrote to all three parties urging them …", "has written to the first
        // minister asking for …": who is written to does not ask; the writer
        // does, in what is sent (word class `message_verb`).
        let sent_to = |g: usize| {
            toks[v].tag == "VBG"
                && toks[g].is_verb()
                && is("message_verb", &toks[g].lemma.to_lowercase())
                && self
                    .dependents(n, "case")
                    .iter()
                    .any(|&c| toks[c].lower == "to")
        };
        match self.arc(n)? {
            (Some(g), "obj") if !named(n) && held(g) => Ok(Ok(g)),
            (Some(g), "obl") if sent_to(g) => Ok(Ok(g)),
            _ => Ok(Err(self.phrase_heads(&[n], named))),
        }
    }

    /// The subject of gerund `v` that the parser made the noun of the "of" phrase right
    /// before it ("within five years of the Conservatives winning an election").
    fn subject_before_gerund(&self, v: usize) -> Result<Option<usize>, Undecided> {
        let toks = &self.doc.tokens;
        if toks[v].tag != "VBG" || v == self.s0 || !self.dependents(v, "nsubj").is_empty() {
            return Ok(None);
        }
        let k = v - 1;
        let of = (self.dependents(k, "case").iter()).any(|&c| toks[c].lower == "of");
        let below = matches!(self.arc(k)?, (Some(h), _) if h == v);
        Ok((toks[k].is_noun() && of && !below).then_some(k))
    }

    /// The subject a participle clause before finite verb `v` took in as its own object
    /// ("Meeting in Brussels, finance ministers of the eurozone said …", parsed with the
    /// ministers under "Meeting"): the noun phrase right before `v`, after a comma, whose
    /// top hangs on a participle that modifies `v`, or is listed with that participle's
    /// object. A finite verb has a subject; this is where a parse that gave it none left it.
    fn swallowed_subject(&self, v: usize) -> Result<Option<usize>, Undecided> {
        let toks = &self.doc.tokens;
        let Some(k) = (self.s0..v).rev().find(|&k| !toks[k].tag.starts_with("RB")) else {
            return Ok(None);
        };
        if !(toks[k].is_noun() || toks[k].tag == "PRP") {
            return Ok(None);
        }
        // Up to the top of the noun phrase that ends at `k`.
        let mut j = k;
        let mut start = k;
        loop {
            match self.arc(j)? {
                (Some(h), rel)
                    if h < v
                        && h >= start.saturating_sub(8)
                        && toks[h].is_noun()
                        && (rel.starts_with("nmod") || matches!(rel, "compound" | "flat")) =>
                {
                    start = start.min(h);
                    j = h;
                }
                _ => break,
            }
        }
        start = (self.s0..=j)
            .rev()
            .take_while(|&x| {
                x == j || toks[x].is_noun() || matches!(toks[x].tag, "JJ" | "DT" | "CD")
            })
            .last()
            .unwrap_or(j)
            .min(start);
        let after_comma = start > self.s0 && toks[start - 1].lower == ",";
        let (Some(mut h), rel) = self.arc(j)? else {
            return Ok(None);
        };
        if rel.starts_with("nsubj") {
            return Ok(None);
        }
        // Or joined to the participle's own object as if listed with it ("Before visiting
        // Israel, Mr Blair made …").
        if rel == "conj" && toks[h].is_noun() && h < start {
            let Some(up) = self.arc(h)?.0 else {
                return Ok(None);
            };
            h = up;
        }
        let participle = toks[h].tag == "VBG" || toks[h].tag == "VBN";
        let modifies_v = matches!(self.arc(h)?, (Some(x), "advcl") if x == v);
        Ok((after_comma && participle && modifies_v && h < start).then_some(j))
    }

    /// The subject the parser hung, after a comma, on a phrase fronted before finite verb
    /// `v`, as an apposition to that phrase's noun ("In the meantime, Euronext, which
    /// combines …, also began talks", "In November, Barclays, which owns the Woolwich,
    /// agreed"): a name after the fronted phrase's comma, whose head's phrase modifies `v`,
    /// with nothing between the name and `v` but what hangs on the name or on that phrase,
    /// punctuation and adverbs. A finite verb has a subject; this is where a parse that gave
    /// it none left it.
    fn fronted_subject(&self, v: usize) -> Result<Option<usize>, Undecided> {
        let toks = &self.doc.tokens;
        let Some(k) = (self.s0 + 1..v).find(|&k| {
            let proper = toks[k].tag.starts_with("NNP");
            proper && matches!(self.arc(k), Ok((Some(h), "appos" | "nmod:unmarked")) if h < k)
        }) else {
            return Ok(None);
        };
        let (Some(h), _) = self.arc(k)? else {
            return Ok(None);
        };
        // The name's first word ("Mr Prettejohn") follows the comma.
        let start = (self.s0..k)
            .rev()
            .take_while(|&j| {
                toks[j].tag.starts_with("NNP") && self.arc(j).is_ok_and(|a| a.0 == Some(k))
            })
            .last()
            .unwrap_or(k);
        if start == self.s0 || toks[start - 1].lower != "," {
            return Ok(None);
        }
        let below = |j: usize, top: usize| -> bool {
            let mut x = j;
            for _ in 0..12 {
                match self.arc(x) {
                    Ok((Some(up), _)) if up == top => return true,
                    Ok((Some(up), _)) if up != v => x = up,
                    _ => return false,
                }
            }
            false
        };
        let fronted = matches!(
            self.arc(self.phrase_top(h, v)?)?,
            (Some(x), "obl" | "obl:tmod" | "obl:npmod" | "advmod") if x == v
        );
        let between = (k + 1..v).all(|j| {
            matches!(toks[j].tag, "," | "RB" | "-LRB-" | "-RRB-") || below(j, k) || below(j, h)
        });
        Ok((fronted && between).then_some(k))
    }

    /// The top of the phrase token `h` is in below verb `v`: its ancestor whose head is `v`
    /// (`h` itself when none is, within twelve steps).
    fn phrase_top(&self, h: usize, v: usize) -> Result<usize, Undecided> {
        let mut x = h;
        for _ in 0..12 {
            match self.arc(x)? {
                (Some(up), _) if up == v => return Ok(x),
                (Some(up), _) => x = up,
                _ => return Ok(h),
            }
        }
        Ok(h)
    }

    /// Whether a subject stands for the noun of its "of", "by" or "from" phrase: a part of
    /// a group ("some of them", "two of the contingents", "hundreds of soldiers", "the rest
    /// of the troops"), a document for its author ("a
    /// report by the committee called for …"), soldiers for their force ("soldiers of the
    /// regional force drove in").
    fn stands_for_its_of_phrase(&self, k: usize) -> bool {
        let w = &self.doc.tokens[k];
        let lemma = w.lemma.to_lowercase();
        w.tag == "CD"
            || is("quantifier", &w.lower)
            || is("partitive", &w.lower)
            || is("round_number", &w.lower)
            || is("document_noun", &lemma)
            || Lexicon::get().forces.contains_key(&lemma)
    }

    /// The body one who speaks for it is said to speak for, which acts through them: the
    /// "for" or "of" phrase, the name before it or the possessor of a noun of word class
    /// `speaks_for` ("a spokesman for UKIP", "a Foreign Office spokeswoman", "the party's
    /// spokesman"). Empty for any other noun.
    fn body_spoken_for(&self, k: usize) -> Vec<usize> {
        let toks = &self.doc.tokens;
        if !is("speaks_for", &toks[k].lemma.to_lowercase()) {
            return Vec::new();
        }
        let by_for_or_of = |n: &usize| {
            (self.dependents(*n, "case").iter())
                .any(|&c| matches!(toks[c].lower.as_str(), "for" | "of"))
        };
        let mut out: Vec<usize> = self
            .dependents(k, "nmod")
            .into_iter()
            .filter(by_for_or_of)
            .collect();
        out.extend(self.dependents(k, "compound"));
        out.extend(self.dependents(k, "nmod:poss"));
        out
    }

    /// A span of time parsed as a subject ("two weeks after the rulers asked"): no one acts
    /// in it; the phrase it hangs on names who does (word class `time_unit`).
    fn is_a_span_of_time(&self, k: usize) -> bool {
        is("time_unit", &self.doc.tokens[k].lemma.to_lowercase())
    }

    /// What a vehicle carries moves with it: the object of a carrying participle on a
    /// vehicle noun ("planes carrying 100 military personnel landed", word classes
    /// `vehicle_noun`, `carry_verb`), or its "with" phrase ("a convoy with 200 troops").
    fn carried_by(&self, k: usize) -> Vec<usize> {
        let toks = &self.doc.tokens;
        let lemma = |j: usize| toks[j].lemma.to_lowercase();
        if !is("vehicle_noun", &lemma(k)) {
            return Vec::new();
        }
        let carried = (self.dependents(k, "acl").into_iter())
            .filter(|&a| is("carry_verb", &lemma(a)))
            .flat_map(|a| self.dependents(a, "obj"));
        let with = (self.dependents(k, "nmod").into_iter()).filter(|&n| {
            self.dependents(n, "case")
                .iter()
                .any(|&c| toks[c].lower == "with")
        });
        carried.chain(with).collect()
    }

    /// Who fires a weapon acts through it: the name that owns a weapon noun, as a
    /// compound or possessor ("Hamas rockets killed two", "the IRA bombs which killed
    /// seven", "the army's shells hit the town"; word class `weapon_word`).
    fn used_by(&self, k: usize, named: &impl Fn(usize) -> bool) -> Vec<usize> {
        if !is("weapon_word", &self.doc.tokens[k].lemma.to_lowercase()) {
            return Vec::new();
        }
        (self.dependents(k, "compound").into_iter())
            .chain(self.dependents(k, "nmod:poss"))
            .filter(|&o| named(o))
            .collect()
    }

    /// Token `h` and every token a list joins to it, also through another member: "The UK,
    /// France, Austria, the Netherlands and Sweden", which the parser may hang on "the
    /// Netherlands".
    fn conjuncts(&self, h: usize) -> Vec<usize> {
        let mut out = vec![h];
        let mut i = 0;
        while i < out.len() {
            for k in self.dependents(out[i], "conj") {
                if !out.contains(&k) {
                    out.push(k);
                }
            }
            i += 1;
        }
        out
    }

    /// Noun phrases' heads with the names that stand for them and those a list joins to
    /// them: "Speaker Sylvia Heal" (flat), "his lawyer, Reid Weingarten" (a name in
    /// apposition, in the head's place), "France and Britain" (conjunction).
    fn phrase_heads(&self, heads: &[usize], named: &impl Fn(usize) -> bool) -> Vec<usize> {
        let mut out = Vec::new();
        for &h in heads {
            // A relative clause on a predicate noun describes its subject: "Jane Okafor is
            // among those who have called for …", "he is the one who signed".
            let h = match self.dependents(h, "cop").is_empty() {
                false => self.dependents(h, "nsubj").first().copied().unwrap_or(h),
                true => h,
            };
            for k in self.conjuncts(h) {
                // A name in apposition names the head: "the Lord Chancellor, Lord
                // Falconer" is one person, whom the name identifies; a description in
                // apposition to a name does not ("Diageo, the world's biggest spirits
                // company").
                // So is a name right after a common noun, all its words proper, that the
                // parser hung on it as a modifier with no preposition ("German bank
                // Deutsche Bank").
                let a_name = named(k) && self.doc.tokens[k].is_proper();
                let toks = &self.doc.tokens;
                let bare_name = |a: &usize| {
                    *a > k
                        && !toks[k].is_proper()
                        && (k + 1..=*a).all(|j| toks[j].is_proper())
                        && self.dependents(*a, "case").is_empty()
                };
                let names: Vec<usize> = (self.dependents(k, "appos").into_iter())
                    .chain(self.dependents(k, "nmod").into_iter().filter(bare_name))
                    .filter(|&a| named(a) && !a_name)
                    .collect();
                if names.is_empty() {
                    out.push(k);
                    out.extend(self.dependents(k, "flat"));
                } else {
                    out.extend(names);
                }
                if !named(k) && (self.stands_for_its_of_phrase(k) || self.is_a_span_of_time(k)) {
                    out.extend(self.dependents(k, "nmod"));
                }
                if !named(k) {
                    out.extend(self.carried_by(k));
                    out.extend(self.used_by(k, named));
                }
            }
        }
        out
    }
}
