//! Analyze stage: the document model and the text analysis every later stage reads.
//!
//! Owns tokenization (with byte offsets into the article text), sentence splitting,
//! part-of-speech tagging ([`tagger`], a perceptron trained on Universal Dependencies
//! English), lemmas ([`lemma`]), the names of persons, organisations and places ([`ner`]) and,
//! on request ([`analyze_parsed`]), dependency parses
//! ([`parser`]). It knows nothing of actors or events.

pub mod conllu;
pub mod lemma;
pub mod ner;
pub mod parser;
pub mod tagger;
mod tokenize;

pub use tokenize::tokenize;

use std::ops::Range;

/// One token: a word, number or punctuation mark, with its place in the text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte offset of the token's first byte in the article text.
    pub start: usize,
    /// Byte offset just past the token's last byte (exclusive), so `text[start..end]` is
    /// the token.
    pub end: usize,
    /// The token as written.
    pub text: String,
    /// Lowercased, with typographic apostrophes and quotes made plain and en and em dashes
    /// made hyphens.
    pub lower: String,
    /// Penn Treebank part-of-speech tag.
    pub tag: &'static str,
    /// Dictionary form (lowercase except for proper nouns).
    pub lemma: String,
    /// The token's syntactic head: an index into [`Doc::tokens`] within its sentence, `None`
    /// for the sentence's root and for every token of an unparsed document.
    pub head: Option<usize>,
    /// The Universal Dependencies relation to the head (`nsubj`, `obl:agent`, `root`, …);
    /// empty when the document was not parsed (see [`analyze_parsed`]).
    pub deprel: &'static str,
}

impl Token {
    /// Whether the tag is a verb (`VB*`) or a modal (`MD`).
    pub fn is_verb(&self) -> bool {
        self.tag.starts_with("VB") || self.tag == "MD"
    }
    /// Whether the tag is a finite verb or a modal (`VBD`, `VBZ`, `VBP`, `MD`).
    pub fn is_finite(&self) -> bool {
        matches!(self.tag, "VBD" | "VBZ" | "VBP" | "MD")
    }
    /// Whether the tag is a noun, common or proper (`NN*`).
    pub fn is_noun(&self) -> bool {
        self.tag.starts_with("NN")
    }
    /// Whether the token is a common noun written in lower case (`NN` or `NNS`, not
    /// capitalised): "work" and "pensions" in "the work and pensions committee".
    pub fn is_common_noun(&self) -> bool {
        matches!(self.tag, "NN" | "NNS") && !self.is_capitalized()
    }
    /// Whether the tag is a proper noun (`NNP` or `NNPS`).
    pub fn is_proper(&self) -> bool {
        self.tag.starts_with("NNP")
    }
    /// Whether the token as written starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
    /// Whether the token has no letter or digit (punctuation and symbols such as `$`).
    pub fn is_punct(&self) -> bool {
        !self.text.chars().any(|c| c.is_alphanumeric())
    }
}

/// One sentence: a range of tokens and its byte span in the text.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// The indices of its tokens in [`Doc::tokens`] (end exclusive).
    pub tokens: Range<usize>,
    /// Byte offset of the start of its first token in the article text.
    pub start: usize,
    /// Byte offset of the end of its last token (exclusive).
    pub end: usize,
}

/// An analysed article: its text, tokens and sentences.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The analysed text, a copy of the article text; all offsets are bytes into it.
    pub text: String,
    /// Every token, in text order, tagged and lemmatised.
    pub tokens: Vec<Token>,
    /// The sentences in text order; together they cover every token, none longer than 200
    /// tokens.
    pub sentences: Vec<Sentence>,
    /// The names of persons, organisations and places the recognizer found, in text order
    /// (token ranges over [`Doc::tokens`], never crossing a sentence).
    pub names: Vec<Name>,
    /// The character offset of each token's start.
    char_starts: Vec<usize>,
}

/// A name the recognizer found: tokens `start..end` of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    /// Its first token (an index into [`Doc::tokens`]).
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// What it names.
    pub kind: ner::NameKind,
}

impl Doc {
    /// Whether a finite verb or modal stands at token `k`, after any adverbs, before token
    /// `limit`: the item before it is then the subject of a clause.
    pub fn finite_verb_after(&self, mut k: usize, limit: usize) -> bool {
        while k < limit && self.tokens[k].tag.starts_with("RB") {
            k += 1;
        }
        k < limit && self.tokens[k].is_finite()
    }

    /// Whether sentence `s` is a headline: the first, not written out with its full stop
    /// ([`ends_with_its_full_stop`]). Headlines tell of events in the simple present ("Talks
    /// aim to avert pension strike").
    pub fn is_headline(&self, s: usize) -> bool {
        s == 0 && !ends_with_its_full_stop(&self.tokens[self.sentences[s].tokens.clone()])
    }

    /// The sentence text, as written.
    pub fn sentence_text(&self, s: usize) -> &str {
        let s = &self.sentences[s];
        &self.text[s.start..s.end]
    }

    /// The index of the sentence holding token `t`.
    pub fn sentence_of(&self, t: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= t)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// The text from token `a` to token `b` (exclusive).
    pub fn span_text(&self, a: usize, b: usize) -> &str {
        if a >= b {
            return "";
        }
        &self.text[self.tokens[a].start..self.tokens[b - 1].end]
    }

    /// The index of the first token that starts at or after byte offset `byte`: the token
    /// a span starting there opens (`tokens.len()` when none does).
    pub fn token_from(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }

    /// Converts a byte offset into a character (Unicode scalar value) offset.
    /// Offsets at token boundaries (all newskg reports) are found by bisection in a table
    /// built once; other offsets are counted.
    pub fn char_offset(&self, byte: usize) -> usize {
        let i = self.token_from(byte);
        if self.tokens.get(i).is_some_and(|t| t.start == byte) {
            return self.char_starts[i];
        }
        if i > 0 && self.tokens[i - 1].end == byte {
            let t = &self.tokens[i - 1];
            return self.char_starts[i - 1] + t.text.chars().count();
        }
        self.text[..byte].chars().count()
    }
}

/// Runs the whole analysis: tokens, sentences, tags, lemmas.
pub fn analyze(text: &str) -> Doc {
    let mut tokens = tokenize(text);
    let sentences = cap_sentences(split_sentences(text, &tokens), &tokens);
    let tagger = tagger::Tagger::get();
    for s in &sentences {
        let words: Vec<&str> = tokens[s.tokens.clone()]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        let tags = tagger.tag(&words);
        for (t, tag) in tokens[s.tokens.clone()].iter_mut().zip(tags) {
            t.tag = tag;
        }
    }
    fix_past_tense(&mut tokens, &sentences);
    fix_noun_after_article(&mut tokens, &sentences);
    fix_verb_after_modal_and_time(&mut tokens, &sentences);
    for t in &mut tokens {
        t.lemma = lemma::lemma(&t.text, &t.lower, t.tag);
    }
    let mut char_starts = Vec::with_capacity(tokens.len());
    let (mut byte, mut chars) = (0, 0);
    for t in &tokens {
        chars += text[byte..t.start].chars().count();
        byte = t.start;
        char_starts.push(chars);
    }
    let names = recognize(&tokens, &sentences);
    // After the recognizer, which was trained on the tagger's own reading of first words.
    for k in names_at_sentence_start(&tokens, &sentences) {
        let t = &mut tokens[k];
        t.tag = if t.tag == "NNS" { "NNPS" } else { "NNP" };
        t.lemma = lemma::lemma(&t.text, &t.lower, t.tag);
    }
    fix_personal_titles(&mut tokens);
    persons_names_are_proper(&mut tokens, &sentences, &names);
    Doc {
        text: text.to_string(),
        tokens,
        sentences,
        names,
        char_starts,
    }
}

/// "Trevor Phillips, chairman of the commission, called on …": the capitalised words of a
/// person's name the recognizer found are proper nouns, which the tagger may read as a
/// common noun and a plural at a sentence's start ("trevor", "phillip"); and a past form
/// read as a participle right after such a name opening its sentence, or after the
/// description set off by commas that follows it, is the sentence's verb: a name is
/// seldom followed by a reduced relative clause. Not before "by", a passive's. After the
/// recognizer, which was trained on the tagger's reading.
fn persons_names_are_proper(tokens: &mut [Token], sentences: &[Sentence], names: &[Name]) {
    let persons = names.iter().filter(|n| n.kind == ner::NameKind::Person);
    for n in persons.filter(|n| n.end > n.start + 1) {
        for t in &mut tokens[n.start..n.end] {
            if t.is_capitalized() && matches!(t.tag, "NN" | "NNS") {
                t.tag = "NNP";
                t.lemma = lemma::lemma(&t.text, &t.lower, t.tag);
            }
        }
        let si = sentences.partition_point(|s| s.tokens.end <= n.start);
        let Some(s) = sentences.get(si).map(|s| s.tokens.clone()) else {
            continue;
        };
        if n.start != s.start {
            continue;
        }
        let mut k = n.end;
        if tokens.get(k).is_some_and(|t| t.text == ",") {
            let close = (k + 1..s.end.min(k + 14))
                .take_while(|&j| !tokens[j].is_verb())
                .find(|&j| tokens[j].text == ",");
            k = close.map_or(s.end, |c| c + 1);
        }
        let participle = k + 1 < s.end && tokens[k].tag == "VBN" && tokens[k + 1].lower != "by";
        if participle && (lemma::is_past_form(&tokens[k].lower) || tokens[k].lower.ends_with("ed"))
        {
            tokens[k].tag = "VBD";
        }
    }
}

/// "Ms Hewitt said", "Mrs Beckett": a personal title before a capitalised word is a proper
/// noun, which the tagger reads as a plural ("Ms" as "m"s), splitting the name and its
/// clause for the parser. After the recognizer, which was trained on the tagger's reading.
fn fix_personal_titles(tokens: &mut [Token]) {
    for k in 0..tokens.len().saturating_sub(1) {
        let title = matches!(
            tokens[k].text.trim_end_matches('.'),
            "Ms" | "Mrs" | "Mr" | "Dr"
        );
        if title && tokens[k + 1].is_capitalized() && tokens[k].tag != "NNP" {
            let t = &mut tokens[k];
            t.tag = "NNP";
            t.lemma = t.text.clone();
        }
    }
}

/// Runs the named-entity recognizer over the tagged sentences.
fn recognize(tokens: &[Token], sentences: &[Sentence]) -> Vec<Name> {
    let words: Vec<Vec<ner::Word>> = sentences
        .iter()
        .map(|s| {
            tokens[s.tokens.clone()]
                .iter()
                .map(|t| ner::Word {
                    text: &t.text,
                    tag: t.tag,
                })
                .collect()
        })
        .collect();
    let found = ner::Recognizer::get().recognize(&words);
    sentences
        .iter()
        .zip(found)
        .flat_map(|(s, names)| {
            names.into_iter().map(move |n| Name {
                start: s.tokens.start + n.start,
                end: s.tokens.start + n.end,
                kind: n.kind,
            })
        })
        .collect()
}

/// Runs the whole analysis and then the dependency parser: as [`analyze`], with every
/// token's [`Token::head`] and [`Token::deprel`] filled in. Parsing costs time, so ingest
/// uses [`analyze`] and the extractor parses only the sentences a rule needs a tree for
/// ([`parse_sentence`]).
pub fn analyze_parsed(text: &str) -> Doc {
    let mut doc = analyze(text);
    parse(&mut doc);
    doc
}

/// Parses every sentence of an analysed document, filling heads and labels.
pub fn parse(doc: &mut Doc) {
    for si in 0..doc.sentences.len() {
        let arcs = parse_sentence(doc, si);
        let range = doc.sentences[si].tokens.clone();
        for (t, (h, l)) in doc.tokens[range].iter_mut().zip(arcs) {
            t.head = h;
            t.deprel = l;
        }
    }
}

/// Parses one sentence of an analysed document: for each of its tokens, in order, its head
/// (a token index into the document, `None` for the root) and its label. The extractor
/// parses only the sentences it needs a tree for, and each only as far as it needs
/// ([`SentenceParse`]).
pub fn parse_sentence(doc: &Doc, si: usize) -> Vec<(Option<usize>, &'static str)> {
    SentenceParse::new(doc, si).finish()
}

/// A token's head (a token index into the document, `None` at the root) and label.
pub type Arc = (Option<usize>, &'static str);

/// One sentence's parse, taken only as far as a reader needs: the arcs decided up to a
/// token are final ([`parser::Partial`]). A dateline that opens the sentence ("BANJUL, Jan
/// 22 - Soldiers drove in") is parsed apart from it: its words hang on the sentence's root
/// as `dep` once the parse is finished.
pub struct SentenceParse {
    partial: parser::Partial,
    /// The document index of the first token parsed (after the dateline).
    first: usize,
    /// The number of dateline tokens.
    skip: usize,
}

impl SentenceParse {
    /// A parse of sentence `si` not yet begun.
    pub fn new(doc: &Doc, si: usize) -> SentenceParse {
        let range = doc.sentences[si].tokens.clone();
        let toks = &doc.tokens[range.clone()];
        let ner_words: Vec<ner::Word> = toks
            .iter()
            .map(|t| ner::Word {
                text: &t.text,
                tag: t.tag,
            })
            .collect();
        let skip = ner::dateline_end(&ner_words).unwrap_or(0);
        let words: Vec<parser::Word> = toks[skip..]
            .iter()
            .map(|t| parser::Word {
                form: &t.text,
                tag: t.tag,
                lemma: &t.lemma,
            })
            .collect();
        SentenceParse {
            partial: parser::Parser::get().start(&words),
            first: range.start + skip,
            skip,
        }
    }

    /// Parses on until document token `k` has left the parser's buffer: every token up to
    /// it has its dependents on its left, and its head if that is on its left.
    pub fn advance(&mut self, k: usize) {
        let past = k.saturating_sub(self.first);
        parser::Parser::get().advance(&mut self.partial, past);
    }

    /// The arcs decided so far, one per token of the sentence; `None` where a token's head
    /// is not known yet (the root's and the dateline's until the parse is finished).
    pub fn decided(&self) -> Vec<Option<Arc>> {
        let first = self.first;
        let shift = |(h, l): (usize, &'static str)| (Some(h + first), l);
        std::iter::repeat_n(None, self.skip)
            .chain((parser::Parser::get().decided(&self.partial).into_iter()).map(|a| a.map(shift)))
            .collect()
    }

    /// Finishes the parse: the whole sentence's arcs.
    pub fn finish(self) -> Vec<Arc> {
        let first = self.first;
        let arcs: Vec<Arc> = (parser::Parser::get().finish(self.partial).into_iter())
            .map(|(h, l)| (h.map(|h| h + first), l))
            .collect();
        let root = arcs
            .iter()
            .position(|&(h, _)| h.is_none())
            .map(|r| r + first);
        std::iter::repeat_n((root, "dep"), self.skip)
            .chain(arcs)
            .collect()
    }
}

/// One correction after tagging: a known past-tense verb form ("left", "landed") tagged as
/// something else right after a noun or pronoun subject and before an object, a name or a
/// preposition is the sentence's verb ("Belgian troops left Niger"). The greedy tagger
/// misses this most in short sentences, where news states the events that matter.
fn fix_past_tense(tokens: &mut [Token], sentences: &[Sentence]) {
    for s in sentences {
        // A capitalised first word read as an adjective but followed by a verb is a name:
        // "Portugal sent …".
        let f = s.tokens.start;
        if s.tokens.len() > 2
            && tokens[f].tag == "JJ"
            && tokens[f].is_capitalized()
            && tokens[f + 1].tag.starts_with("VB")
        {
            tokens[f].tag = "NNP";
        }
        // A past participle with no auxiliary, between a subject and an object, is the past
        // tense: "Portugal sent a contingent" (but "troops stationed in Niger" stays).
        for i in s.tokens.start + 1..s.tokens.end.saturating_sub(1) {
            if tokens[i].tag == "VBN"
                && matches!(tokens[i - 1].tag, "NNP" | "NNPS" | "NNS" | "NN" | "PRP")
                && matches!(tokens[i + 1].tag, "DT" | "PRP$" | "CD" | "PRP")
            {
                tokens[i].tag = "VBD";
            }
        }
        // A participle after a noun in a sentence with no finite verb is its verb: "Two
        // planes carrying 100 troops landed in Caracas" (no reduced relative without a
        // main verb after it); not one before "by", which is passive ("the deadline set
        // by the junta passed").
        if !tokens[s.tokens.clone()].iter().any(Token::is_finite) {
            let participle = (s.tokens.start + 1..s.tokens.end).find(|&i| {
                let t = &tokens[i];
                t.tag == "VBN"
                    && (lemma::is_past_form(&t.lower) || t.lower.ends_with("ed"))
                    && matches!(tokens[i - 1].tag, "NNS" | "NNPS" | "NNP" | "NN" | "PRP")
                    && tokens.get(i + 1).is_none_or(|n| n.lower != "by")
            });
            if let Some(i) = participle {
                tokens[i].tag = "VBD";
            }
        }
        // A sentence written out with its full stop has a finite verb; an infinitive in it
        // is no main verb ("The board meets on Friday to consider …").
        let words = &tokens[s.tokens.clone()];
        let written = ends_with_its_full_stop(words);
        if !words.iter().any(|t| t.is_verb()) || written && !words.iter().any(Token::is_finite) {
            fix_headline_verb(tokens, s.tokens.clone(), written);
        }
        if written && !tokens[s.tokens.clone()].iter().any(Token::is_finite) {
            fix_plural_subjects_verb(tokens, s.tokens.clone());
        }
        for i in s.tokens.start + 1..s.tokens.end.saturating_sub(1) {
            let t = &tokens[i];
            // A form that is only ever past tense cannot be the present: "warships struck
            // targets" read as VBP.
            if t.tag == "VBP" && lemma::is_only_past_form(&t.lower) {
                tokens[i].tag = "VBD";
                continue;
            }
            if t.tag.starts_with("VB") || !lemma::is_past_form(&t.lower) {
                continue;
            }
            let prev = tokens[i - 1].tag;
            let next = tokens[i + 1].tag;
            // "the deadline set by the junta": a form before "by" is a passive participle.
            if matches!(prev, "NNS" | "NNPS" | "NNP" | "PRP" | "NN")
                && tokens[i + 1].lower != "by"
                && matches!(
                    next,
                    "DT" | "NNP" | "NNPS" | "IN" | "PRP$" | "CD" | "TO" | "RP" | "PRP"
                )
            {
                tokens[i].tag = "VBD";
            }
        }
    }
}

/// Whether a sentence's words end with its full stop, question or exclamation mark: it is
/// written out, no headline.
fn ends_with_its_full_stop(words: &[Token]) -> bool {
    (words.last()).is_some_and(|t| matches!(t.text.as_str(), "." | "?" | "!"))
}

/// A correction for a sentence with no verb at all, as headlines are written: a plural noun
/// reading of a verb's present form between a noun and the start of an object (an article,
/// a name or a word of origin, a number, a possessive) is the verb ("UK bank seals South Korean deal", "Yukos
/// sues Rosneft"); the word's stem must be a verb the lemma table knows. A sentence
/// written out with its full stop has a verb, so there the verb may also be intransitive,
/// before a preposition or an adverb ("The board meets on Friday."), which in a headline
/// may follow a noun ("EU talks on trade"), and after a gerund subject ("Binge drinking
/// leads to …"). In a headline, names joined by "and" are a plural subject whose verb,
/// a base form the tagger read as a noun, comes before the object ("Egypt and Israel seal
/// trade deal"). `written`: the sentence ends with its full stop.
fn fix_headline_verb(tokens: &mut [Token], range: std::ops::Range<usize>, written: bool) {
    let found = (range.start + 1..range.end.saturating_sub(1)).find(|&i| {
        let (prev, t, next) = (&tokens[i - 1], &tokens[i], &tokens[i + 1]);
        // A capitalised first word read as an adjective is a name here too ("Ukraine").
        let name_first = i - 1 == range.start && prev.tag == "JJ" && prev.is_capitalized();
        // In a written sentence a gerund may be the subject: "Binge drinking leads to …".
        let gerund = written && prev.tag == "VBG";
        t.tag == "NNS"
            && (matches!(prev.tag, "NN" | "NNS" | "NNP" | "NNPS") || name_first || gerund)
            && (matches!(next.tag, "DT" | "NNP" | "NNPS" | "CD" | "$" | "PRP$")
                || (next.tag == "JJ" && next.is_capitalized())
                || written && matches!(next.tag, "IN" | "TO" | "RB"))
            && lemma::present_third_person_of_a_verb(&t.lower)
    });
    if let Some(i) = found {
        tokens[i].tag = "VBZ";
        if tokens[i - 1].tag == "JJ" {
            tokens[i - 1].tag = "NNP";
        }
        return;
    }
    // Names joined by "and" are a plural subject, whose verb is the base form: "Egypt and
    // Israel seal trade deal" ("seal" read as a noun).
    let joined_names = |i: usize| {
        (range.start + 1..i.saturating_sub(1)).any(|k| {
            matches!(tokens[k].lower.as_str(), "and" | "&")
                && matches!(tokens[k - 1].tag, "NNP" | "NNPS")
        })
    };
    let plural = (range.start + 2..range.end.saturating_sub(1)).find(|&i| {
        let (prev, t, next) = (&tokens[i - 1], &tokens[i], &tokens[i + 1]);
        !written
            && t.tag == "NN"
            && matches!(prev.tag, "NNP" | "NNPS")
            && matches!(next.tag, "NN" | "NNS" | "JJ" | "DT" | "NNP" | "CD" | "PRP$")
            && joined_names(i)
            && lemma::is_base_form(&t.lower)
    });
    if let Some(i) = plural {
        tokens[i].tag = "VBP";
    }
}

/// A correction for a sentence written out with its full stop that still has no finite
/// verb: after a plural noun, a verb's base form read as a noun between a noun and the
/// start of a phrase (a preposition, an article, an adverb, "to") is the plural's present
/// tense ("Talks on the future of Gibraltar begin at the residence on Wednesday", read as
/// "Gibraltar begin"); the word must be a verb's base form the lemma table knows.
fn fix_plural_subjects_verb(tokens: &mut [Token], range: std::ops::Range<usize>) {
    let last = range.end.saturating_sub(1);
    let found = (range.start + 1..last).find(|&i| {
        let (prev, t, next) = (&tokens[i - 1], &tokens[i], &tokens[i + 1]);
        let plural_before = tokens[range.start..i].iter().any(|w| w.tag == "NNS");
        t.tag == "NN"
            && plural_before
            && matches!(prev.tag, "NN" | "NNP" | "NNPS" | "NNS")
            && matches!(next.tag, "IN" | "DT" | "RB" | "TO")
            && lemma::is_base_form(&t.lower)
    });
    if let Some(i) = found {
        tokens[i].tag = "VBP";
    }
}

/// A correction after tagging: a word read as an adverb right after an article and before
/// a preposition, a verb, a conjunction or the clause's end stands where only a noun can:
/// "held a rally in Paris" ("rally" read as "-ly"), "the rally was held".
///
/// And after "a" or "an", a plural noun cannot head the phrase but only modify the noun
/// after it, which the tagger may read as a plural's verb: "an arms embargo", "a sales
/// tax" ("embargo", "tax" read as VBP), also past adjectives for a form in "-ing" ("an
/// extraordinary shareholders meeting").
fn fix_noun_after_article(tokens: &mut [Token], sentences: &[Sentence]) {
    for s in sentences {
        for i in s.tokens.start + 1..s.tokens.end.saturating_sub(1) {
            let next = tokens[i + 1].tag;
            let article = tokens[i - 1].lower.as_str();
            if tokens[i].tag == "RB"
                && matches!(article, "a" | "an" | "the")
                && (matches!(next, "IN" | "TO" | "CC" | "MD" | "." | "," | ":")
                    || next.starts_with("VB"))
            {
                tokens[i].tag = "NN";
            }
            if tokens[i].tag == "NNS"
                && matches!(article, "a" | "an")
                && matches!(next, "VBP" | "VB")
            {
                tokens[i + 1].tag = "NN";
            }
            // So past adjectives, for a form in "-ing": "an extraordinary shareholders
            // meeting", not "a few protesters marching" (a number makes a plural the head).
            if tokens[i].tag == "NNS" && next == "VBG" && after_a_singular_article(tokens, s, i) {
                tokens[i + 1].tag = "NN";
            }
        }
    }
}

/// Whether plural noun `i` stands after "a" or "an" with only adjectives between that
/// are no words of number ("an extraordinary shareholders", not "a few protesters").
fn after_a_singular_article(tokens: &[Token], s: &Sentence, i: usize) -> bool {
    let mut k = i;
    while k > s.tokens.start && tokens[k - 1].tag == "JJ" {
        k -= 1;
        if matches!(
            tokens[k].lower.as_str(),
            "few" | "dozen" | "hundred" | "thousand" | "number" | "couple" | "handful" | "lot"
        ) {
            return false;
        }
    }
    k < i && k > s.tokens.start && matches!(tokens[k - 1].lower.as_str(), "a" | "an")
}

/// Nouns of time that a phrase between a modal and its verb may end in ("will next week
/// visit").
const TIME_NOUNS: [&str; 12] = [
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "today",
    "tomorrow",
    "spring",
    "summer",
    "autumn",
    "winter",
    "day",
];

/// A correction after tagging: a verb's base form read as a noun right after a modal and a
/// phrase of time is the modal's verb ("Mr Brown will next week visit Africa", "the bank
/// will later this month announce"): a noun cannot follow a modal there. The phrase is at
/// most four words of time (adverbs, "next", "this", "last", a number, "on" and a day) and
/// ends in a noun of time or a day's or month's name.
fn fix_verb_after_modal_and_time(tokens: &mut [Token], sentences: &[Sentence]) {
    let day_or_month = |w: &str| ner::WEEKDAYS.contains(&w) || ner::MONTHS.contains(&w);
    let timely = |t: &Token| {
        t.tag.starts_with("RB")
            || matches!(t.lower.as_str(), "next" | "this" | "last" | "on" | "in")
            || t.tag == "CD"
            || TIME_NOUNS.contains(&t.lower.as_str())
            || day_or_month(&t.lower)
    };
    for s in sentences {
        for i in s.tokens.start + 2..s.tokens.end {
            if !matches!(tokens[i].tag, "NN" | "NNP") || !lemma::is_base_form(&tokens[i].lower) {
                continue;
            }
            let before = tokens[i - 1].lower.as_str();
            if !(TIME_NOUNS.contains(&before) || day_or_month(before)) {
                continue;
            }
            let modal = (i.saturating_sub(5).max(s.tokens.start)..i - 1)
                .rev()
                .take_while(|&k| tokens[k].tag == "MD" || timely(&tokens[k]))
                .any(|k| tokens[k].tag == "MD");
            if modal {
                tokens[i].tag = "VB";
            }
        }
    }
}

/// A correction after tagging, over the whole text: the sentences' first words to read as
/// proper nouns. A first word that the text also writes capitalised inside a sentence, read
/// there as a proper noun, and never in lower case, is that name where it opens a sentence
/// too ("Boeing is to supply", read as a verb in "-ing", when "for Boeing" comes later).
/// A capital inside a sentence marks a name;
/// at a sentence's start it marks nothing. Words of closed classes stay as they are ("The"
/// of "The Times"), and the first sentence (a headline's capitals) gives no evidence.
fn names_at_sentence_start(tokens: &[Token], sentences: &[Sentence]) -> Vec<usize> {
    let opening = |s: &Sentence| (s.tokens.clone()).find(|&k| !tokens[k].is_punct());
    let firsts: Vec<Option<usize>> = sentences.iter().map(opening).collect();
    let mut named = std::collections::HashSet::new();
    let mut lower = std::collections::HashSet::new();
    for (si, s) in sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            let t = &tokens[k];
            if !t.is_capitalized() {
                lower.insert(t.lower.as_str());
            } else if si > 0 && t.is_proper() && firsts[si] != Some(k) && !after_quote(tokens, k) {
                named.insert(t.text.as_str());
            }
        }
    }
    (firsts.into_iter().flatten())
        .filter(|&k| {
            let t = &tokens[k];
            !t.is_proper()
                && open_class(t.tag)
                && named.contains(t.text.as_str())
                && !lower.contains(t.lower.as_str())
        })
        .collect()
}

/// Whether token `k` follows an opening quotation mark or a colon, where a capital may open
/// a quoted sentence.
fn after_quote(tokens: &[Token], k: usize) -> bool {
    k > 0
        && matches!(
            tokens[k - 1].text.as_str(),
            "\"" | "\u{201c}" | "'" | "\u{2018}" | ":"
        )
}

/// Whether a tag is of an open word class (nouns, verbs, adjectives, adverbs).
fn open_class(tag: &str) -> bool {
    ["NN", "VB", "JJ", "RB"].iter().any(|p| tag.starts_with(p))
}

/// No real sentence is longer than this; longer runs (tables, lists, junk) are cut so
/// every later stage's work per sentence stays bounded.
const MAX_SENTENCE_TOKENS: usize = 200;

fn cap_sentences(sentences: Vec<Sentence>, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut a = s.tokens.start;
        while s.tokens.end - a > MAX_SENTENCE_TOKENS {
            let b = a + MAX_SENTENCE_TOKENS;
            out.push(Sentence {
                tokens: a..b,
                start: tokens[a].start,
                end: tokens[b - 1].end,
            });
            a = b;
        }
        out.push(Sentence {
            tokens: a..s.tokens.end,
            start: tokens[a].start,
            end: s.end,
        });
    }
    out
}

/// Words that usually start a sentence: after an abbreviation that can end one ("U.S."),
/// one of these begins a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "in",
    "on",
    "but",
    "however",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "there",
    "as",
    "at",
    "after",
    "before",
    "since",
    "while",
    "when",
    "meanwhile",
    "according",
    "officials",
    "some",
    "many",
];

/// Abbreviations after which a period does not end the sentence (titles, months, initials
/// are handled by the tokenizer keeping the period inside the token).
fn never_ends_sentence(tok: &str) -> bool {
    tokenize::is_title_abbreviation(tok)
}

fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |out: &mut Vec<Sentence>, a: usize, b: usize| {
        if a < b {
            out.push(Sentence {
                tokens: a..b,
                start: tokens[a].start,
                end: tokens[b - 1].end,
            });
        }
    };
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let next = tokens.get(i + 1);
        // A paragraph break (blank line) or a line break before a capitalised line ends a
        // sentence whatever the punctuation; but a break between a word or comma and a
        // word in lower case falls inside a sentence, as a copied page breaks it ("range
        // from China's\n\neconomic power to …").
        if let Some(n) = next {
            let gap = &text[t.end..n.start];
            let newlines = gap.matches('\n').count();
            let open = t.text.ends_with(|c: char| c.is_alphanumeric() || c == ',');
            let inside = open && n.text.starts_with(|c: char| c.is_lowercase());
            if newlines >= 2 && !inside
                || (newlines == 1 && n.is_capitalized() && !t.text.ends_with(','))
            {
                push(&mut out, start, i + 1);
                start = i + 1;
                continue;
            }
        }
        let ends = matches!(t.text.as_str(), "." | "!" | "?" | "..." | "…")
            || (t.text.ends_with('.') && t.text.len() > 1 && !never_ends_sentence(&t.text) && {
                // "U.S." ending a sentence: only before a usual sentence starter.
                next.is_some_and(|n| {
                    SENTENCE_STARTERS.contains(&n.lower.as_str()) && n.is_capitalized()
                })
            });
        if !ends {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close; a quote after a
        // line break opens the next paragraph, and so does a straight quote set off from
        // the period by a space, which opens the next sentence ("… come and go. "1983 was
        // …").
        let mut j = i + 1;
        while j < tokens.len() && {
            let gap = &text[tokens[j - 1].end..tokens[j].start];
            let straight = matches!(tokens[j].text.as_str(), "\"" | "'");
            matches!(tokens[j].text.as_str(), "\"" | "'" | "”" | "’" | ")" | "]")
                && !gap.contains('\n')
                && (gap.is_empty() || !straight)
        } {
            j += 1;
        }
        let starts_new = match tokens.get(j) {
            None => true,
            Some(n) => {
                let c = n.text.chars().next().unwrap_or(' ');
                c.is_uppercase()
                    || c.is_numeric()
                    || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[' | '-' | '—')
            }
        };
        if starts_new {
            push(&mut out, start, j);
            start = j;
        }
    }
    push(&mut out, start, tokens.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(t: &str) -> Vec<String> {
        let d = analyze(t);
        (0..d.sentences.len())
            .map(|i| d.sentence_text(i).to_string())
            .collect()
    }

    #[test]
    fn splits_on_periods_but_not_abbreviations() {
        let s = sentences(
            "Gen. Brice Oligui Nguema spoke on Dec. 3. U.S. troops left. The U.S. Army said so. It ended.",
        );
        assert_eq!(
            s,
            vec![
                "Gen. Brice Oligui Nguema spoke on Dec. 3.",
                "U.S. troops left.",
                "The U.S. Army said so.",
                "It ended."
            ]
        );
    }

    /// The tag of the first token written `w` in `text`.
    fn tag_of(text: &str, w: &str) -> &'static str {
        let d = analyze(text);
        d.tokens.iter().find(|t| t.text == w).unwrap().tag
    }

    #[test]
    fn a_form_only_ever_past_is_past_tense() {
        // The tagger reads "struck" here as a present tense (VBP), lemma "struck".
        let d = analyze("Jets and drones struck dozens of targets across Yemen last Friday.");
        let t = d.tokens.iter().find(|t| t.text == "struck").unwrap();
        assert_eq!((t.tag, t.lemma.as_str()), ("VBD", "strike"));
        // A form the treebanks also use as the present keeps its tag.
        assert!(!lemma::is_only_past_form("were"));
    }

    #[test]
    fn a_plural_noun_after_a_or_an_modifies_the_noun_after_it() {
        // The tagger reads "embargo" after "an arms" as a plural subject's verb (VBP).
        let d = analyze("Brussels imposed an arms embargo on the junta in May.");
        let t = d.tokens.iter().find(|t| t.text == "embargo").unwrap();
        assert_eq!(t.tag, "NN");
        // After "the", a plural noun may be the subject of the verb after it.
        let d = analyze("Officials said the troops leave on Friday.");
        let t = d.tokens.iter().find(|t| t.text == "leave").unwrap();
        assert!(t.tag.starts_with("VB"), "{}", t.tag);
    }

    #[test]
    fn a_past_tense_that_is_its_own_base_form_is_known_as_past() {
        // "set" is read as a noun after "junta"; the table knows it as a past form, so it
        // is the verb between the subject and its object.
        assert_eq!(
            tag_of("Mali's junta set a deadline for the troops.", "set"),
            "VBD"
        );
        assert!(lemma::is_past_form("put") && !lemma::is_past_form("use"));
        // Before "by" it is a passive participle, and the sentence's verb comes later.
        let text = "The deadline set by the junta passed.";
        assert_eq!(tag_of(text, "set"), "VBN");
        assert_eq!(tag_of(text, "passed"), "VBD");
    }

    #[test]
    fn a_first_word_the_text_writes_as_a_name_inside_a_sentence_is_that_name() {
        // Read as a verb in "-ing" where it opens the sentence; "for Boeing" names it.
        let text = "Rail deal\n\nBoeing is to supply planes. It is a boost for Boeing.";
        let d = analyze(text);
        let t = d.tokens.iter().find(|t| t.text == "Boeing").unwrap();
        assert_eq!((t.tag, t.lemma.as_str()), ("NNP", "Boeing"));
        // A word the text also writes in lower case is no name; a capital after a quote
        // is no evidence; a closed-class word stays ("The" of "The Times").
        for (text, w) in [
            (
                "Rail deal\n\nBuilding began. The Building Society fears building costs.",
                "Building",
            ),
            (
                "Rail deal\n\nGrowing fast, it hired. He said: \"Growing is hard.\"",
                "Growing",
            ),
            (
                "Rail deal\n\nThe paper said so. It was in The Times.",
                "The",
            ),
        ] {
            let before = tag_of(text, w);
            assert!(!before.starts_with("NNP"), "{text}: {before}");
        }
    }

    #[test]
    fn a_headline_with_no_verb_gets_its_present_tense_verb() {
        // "seals" is read as a plural noun; the stem "seal" is a verb ("sealed").
        assert_eq!(
            tag_of("Italian bank seals Spanish deal\n\nIt paid $1bn.", "seals"),
            "VBZ"
        );
        assert!(lemma::present_third_person_of_a_verb("carries"));
        assert!(!lemma::present_third_person_of_a_verb("economics"));
        // Not before an adjective: "profits top" has its verb later.
        assert_eq!(
            tag_of("Tesco profits top $2bn\n\nIt said so.", "profits"),
            "NNS"
        );
    }

    #[test]
    fn names_joined_by_and_take_a_headline_verb_in_the_base_form() {
        // "seal" after "Kenya and Uganda" is the plural subject's verb, not a noun.
        assert_eq!(
            tag_of("Kenya and Uganda seal trade deal\n\nIt was signed.", "seal"),
            "VBP"
        );
        // One name alone takes the third person: "seal" after it stays what it was read as.
        assert_ne!(
            tag_of("Kenya seal trade deal\n\nIt was signed.", "seal"),
            "VBP"
        );
    }

    #[test]
    fn a_written_sentence_with_no_finite_verb_gets_its_present_tense_verb() {
        // A sentence with its full stop has a finite verb, which may be intransitive: the
        // tagger reads "meets" as a plural noun; an infinitive is no main verb.
        for text in [
            "The harbour committee meets on Friday to consider the report.",
            "The port council meets again in March.",
        ] {
            assert_eq!(tag_of(text, "meets"), "VBZ", "{text}");
        }
        assert_eq!(
            tag_of("Heavy drinking leads to fights in town centres.", "leads"),
            "VBZ"
        );
        // After a plural subject, a base form read as a noun is the present tense.
        assert_eq!(
            tag_of(
                "Talks on the future of the harbour begin at the town hall later on Monday.",
                "begin"
            ),
            "VBP"
        );
        // A headline names a plural before a preposition: "talks" stays a noun.
        assert_eq!(
            tag_of(
                "Harbour talks on wages

They met.",
                "talks"
            ),
            "NNS"
        );
    }

    #[test]
    fn a_personal_title_before_a_name_is_a_proper_noun() {
        for text in [
            "Ms Okafor visited Kenya.",
            "On Monday Mrs Okafor visited Kenya.",
        ] {
            let d = analyze(text);
            let t = d.tokens.iter().find(|t| t.text.starts_with('M')).unwrap();
            assert_eq!(
                (t.tag, t.lemma.as_str()),
                ("NNP", t.text.as_str()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_paragraph_break_between_words_in_a_sentence_does_not_end_it() {
        let s = sentences("The talks range from trade\n\nto the price of oil. Prices rose.");
        assert_eq!(
            s,
            [
                "The talks range from trade\n\nto the price of oil.",
                "Prices rose."
            ]
        );
        // After a full stop, or before a capital, the break still ends it.
        let s = sentences("Talks ended.\n\nthe rest was lost. Then\n\nPrices rose.");
        assert_eq!(
            s,
            ["Talks ended.", "the rest was lost.", "Then", "Prices rose."]
        );
    }

    #[test]
    fn sentence_ending_in_us_abbreviation() {
        let s = sentences("The troops flew to the U.S. The base closed.");
        assert_eq!(s, vec!["The troops flew to the U.S.", "The base closed."]);
    }

    #[test]
    fn a_quote_opening_the_next_paragraph_starts_its_sentence() {
        let s = sentences("He said: \"We won.\"\n\n\"Next time,\" she said.\n\n \"Fine.\"");
        assert_eq!(
            s,
            vec![
                "He said: \"We won.\"",
                "\"Next time,\" she said.",
                "\"Fine.\""
            ]
        );
    }

    #[test]
    fn a_straight_quote_after_a_space_opens_the_next_sentence() {
        let s = sentences("He came and went. \"We won,\" he said. 'Fine.' She left.");
        assert_eq!(
            s,
            vec![
                "He came and went.",
                "\"We won,\" he said.",
                "'Fine.'",
                "She left."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let s = sentences("\"We will leave.\" The minister said it.");
        assert_eq!(s, vec!["\"We will leave.\"", "The minister said it."]);
    }

    #[test]
    fn tags_and_lemmas() {
        let d = analyze("The last French soldiers pulled out of Mali.");
        let tags: Vec<&str> = d.tokens.iter().map(|t| t.tag).collect();
        assert_eq!(tags[3], "NNS");
        assert_eq!(tags[4], "VBD");
        assert_eq!(d.tokens[4].lemma, "pull");
        assert_eq!(d.tokens[3].lemma, "soldier");
    }
}
