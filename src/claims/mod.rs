//! Claim attribution: for each claim in a text, its content, cue, source, medium and kind.
//!
//! The text is read in blocks of whole paragraphs. In each, one Aho-Corasick scan finds the cues; one
//! pass over the tokens pairs quotation marks and splits sentences (never inside a quotation); each cue
//! is then read in its own sentence, with walks of bounded length for its source, content and medium,
//! so the work is linear in the text.
//!
//! The stages, in the order a claim goes through them, each in its own file:
//! 1. `reader`: the tokens of a block, lowercased once, and the questions every rule asks of a token;
//! 2. `word_class`: whether each cue form is a verb here or a noun or an adjective that shares its
//!    spelling ("the FBI's report", "his radio show"), decided once per sentence; how far a verb cue
//!    reaches left ("did not rule out", "issued a statement saying");
//! 3. `sentence`: which constructions read a sentence, and the order a verb cue is tried against them;
//! 4. the construction families, one file each:
//!    - `postposed`, the cue after the content: "C, X said.", "C, said X.", `"A," X said, "B."`;
//!    - `preposed`, the cue before it: "X said (that) C", "X said: C", "X acknowledges that C";
//!    - `according`: "According to X, C", "C, according to X", "As the Times reported, C";
//!    - `colon`, colon and dash credits: "ROE: C", "- Jones: “C”", "- Sanders." under quotations;
//!    - `passive`, passives, raising and impersonal forms: "is expected to C", "It was announced that C",
//!      "X seems to C";
//!    - `questions`: "Asked whether C, ...", "X was asked about C", "asked Trump how C";
//!    - `noun_cues`: "his claim that C", "their criticism of C", "in her view, C", "In a CNN poll, C";
//!    - `predicative`, designation and predicative forms: "X is confident that C", "X is seen as Y";
//! 5. `subject` and `source`, how a source phrase is found: the phrase before the cue, an appositive, a
//!    dash aside, the sentence's subject that a coordinated verb or participle shares, an infinitive's
//!    subject; `phrase`, the noun phrases read backwards and forwards that every source has the shape of;
//! 6. `content`, where a content ends, and `quotation`, how a quotation goes on over the next sentences;
//! 7. `medium`: the hearer and the channel between a cue and its content ("told Reuters", "via X");
//! 8. `link`: the draft in bytes, the kind of quotation, the source linked to its entity (a pronoun's
//!    antecedent is left to the speakers stage, `crate::speakers`, which reads the whole document).
//!
//! A cue inside a quotation or inside another claim's content, a noun after a determiner or a
//! possessive ("a reply", "the FBI's report") and a cue with no source in its sentence give no claim.
//! Every word list the rules consult is a named table of the lexicon (`crate::lexicon`).

use crate::claim::Claim;
use crate::error::Result;
use crate::lexicon::{CueClass, CueForm, Lexicon, PronounKind};
use crate::matcher::Phrases;
use crate::mention::{Mention, Raw};
use crate::normalize::Fold;
use crate::speakers::{Capital, capitals};
use crate::structure::{self, Sentence, Structure, Tok, TokKind};

mod according;
mod colon;
mod content;
mod link;
mod medium;
mod noun_cues;
mod passive;
mod phrase;
mod postposed;
mod predicative;
mod preposed;
mod questions;
mod quotation;
mod reader;
mod sentence;
mod source;
mod subject;
mod word_class;

use reader::{Lowered, Reader, is_capitalised};

/// The union of token ranges, for asking whether a cue lies inside any claim's content in
/// `O(log n)`.
struct Coverage(Vec<(usize, usize)>);

impl Coverage {
    fn new(ranges: impl Iterator<Item = (usize, usize)>) -> Coverage {
        let mut r: Vec<(usize, usize)> = ranges.collect();
        r.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(r.len());
        for (a, b) in r {
            match merged.last_mut() {
                Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        Coverage(merged)
    }

    /// Whether the inclusive token range `(a, b)` lies inside one merged range.
    fn covers(&self, (a, b): (usize, usize)) -> bool {
        let i = self.0.partition_point(|r| r.0 <= a);
        i > 0 && self.0[i - 1].1 >= b
    }
}

/// The most tokens a content outside quotations runs over, and the farthest a walk looks for the
/// start of a content or a comma: bounds that keep a document without full stops linear.
const MAX_SPAN: usize = 400;

/// The most whole-quotation sentences a quotation goes on with.
const MAX_QUOTE_SENTENCES: usize = 50;

/// The least size of the blocks a text is read in (see `structure::blocks`): small enough for the
/// tokens of one block to stay in cache.
const BLOCK: usize = 64 * 1024;

/// A cue found by the scan: token indices of its first and last word, and its form.
#[derive(Debug, Clone, Copy)]
struct Hit {
    first: usize,
    last: usize,
    form: usize,
}

/// A source found in a sentence, in token indices.
#[derive(Debug, Clone, Copy)]
struct Src {
    first: usize,
    last: usize,
    /// The last token of the source proper, before an appositive.
    head: usize,
    relative: Option<usize>,
    pronoun: Option<PronounKind>,
}

/// A claim in token indices, before it is linked.
struct Draft {
    content: Vec<(usize, usize)>,
    cue: (usize, usize),
    origin: CueOrigin,
    /// `None` when the text does not give the source ("Asked whether C, ...").
    source: Option<Src>,
    /// Phrases that may name the medium, in text order: first and last token, and whether the phrase
    /// is a medium whatever it links to ("via X", "the X platform"); the others are media only when a
    /// gazetteer entity of type MEDIA is in them ("told Reuters").
    media: Vec<MediumPhrase>,
}

/// Of two claims whose contents hold each other's cue, the one with a verb of saying, or else the one
/// whose cue comes first, is the outer claim and the other cue part of what it says: in `Roe said Butler
/// gave the "most damaging testimony" she could remember`, the postposed "remember" would take "Roe said
/// Butler gave ..." as its content, and each claim would hide the other; in "The United States would not
/// tolerate that, she said" the saying is the outer claim.
fn settle_mutual_pairs(forms: &[CueForm], drafts: &mut Vec<Draft>) {
    let outer = |o: &Draft, d: &Draft| (!o.is_saying(forms), o.cue.0) < (!d.is_saying(forms), d.cue.0);
    drop_beaten(drafts, |o, d| outer(o, d) && d.content_holds(o.cue) && o.content_holds(d.cue));
}

/// Drops every draft that another beats (`beats(o, d)`: `o` beats `d`), all judged before any is dropped.
fn drop_beaten(drafts: &mut Vec<Draft>, beats: impl Fn(&Draft, &Draft) -> bool) {
    // A sentence of one claim has no pair to settle.
    if drafts.len() < 2 {
        return;
    }
    let lost: Vec<bool> = drafts.iter().map(|d| drafts.iter().any(|o| beats(o, d))).collect();
    let mut lost = lost.into_iter();
    drafts.retain(|_| !lost.next().unwrap_or(false));
}

/// A verb cue being read in its sentence: the scan's hit, its form, how far it reaches, and what the
/// constructions ask of it.
struct Cue<'a> {
    s: Sentence,
    hit: Hit,
    form: &'a CueForm,
    /// The cue's first and last token, with the auxiliaries, negation and adverbs it absorbs.
    span: (usize, usize),
    /// Just past the sentence's last content token.
    end: usize,
    /// The cues after this one in the sentence.
    next: &'a [Hit],
    /// Whether a form of "be" before the cue makes it a passive ("are expected to", "it is believed").
    passive: bool,
    /// Whether the cue is a participle ("saying", "referring to").
    participle: bool,
    /// Whether the cue reaches back over a message to a verb of publishing ("issued a statement saying").
    message: bool,
}

impl Cue<'_> {
    /// The cue's form as the lexicon lists it, lowercase.
    fn lower(&self) -> &str {
        self.form.form.as_str()
    }

    /// The cue as the claim records it, with the lexicon's form.
    fn origin(&self) -> CueOrigin {
        CueOrigin::Form(self.hit.form)
    }
}

/// What a construction makes of a verb cue. Constructions are tried in turn until one answers.
enum Reading {
    /// A claim.
    Claim(Draft),
    /// The cue gives no claim here, and no later construction may read it.
    NotACue,
    /// Not this construction: the next one reads the cue.
    Next,
}

impl Reading {
    /// A construction's only answer: its claim, or none.
    fn only(draft: Option<Draft>) -> Reading {
        draft.map_or(Reading::NotACue, Reading::Claim)
    }

    /// This reading, or the next construction's when this one is [`Reading::Next`].
    fn or_next(self, next: impl FnOnce() -> Reading) -> Reading {
        match self {
            Reading::Next => next(),
            answered => answered,
        }
    }
}

impl Draft {
    /// Whether token `j` is in the draft's cue or content.
    fn holds(&self, j: usize) -> bool {
        (self.cue.0 <= j && j <= self.cue.1) || self.content.iter().any(|c| c.0 <= j && j <= c.1)
    }

    /// Whether the claim's cue is a verb of saying or telling.
    fn is_saying(&self, forms: &[CueForm]) -> bool {
        matches!(self.origin, CueOrigin::Form(f) if matches!(forms[f].class, CueClass::Speech | CueClass::Tell))
    }

    /// Whether one span of the content holds the inclusive token range `(a, b)` (a cue).
    fn content_holds(&self, (a, b): (usize, usize)) -> bool {
        self.content.iter().any(|&(x, y)| x <= a && b <= y)
    }
}

/// The cues of a block (taken from the front of `cues`), kept where they start and end on word tokens.
fn on_tokens(cues: &mut &[Raw], block: std::ops::Range<usize>, toks: &[Tok]) -> Vec<Hit> {
    let inside = cues.iter().take_while(|c| c.start < block.end).count();
    let (here, rest) = cues.split_at(inside);
    *cues = rest;
    let mut out = Vec::new();
    let mut t = 0;
    for c in here.iter().filter(|c| c.start >= block.start) {
        while t < toks.len() && toks[t].start < c.start {
            t += 1;
        }
        if t == toks.len() {
            break;
        }
        if toks[t].start != c.start || toks[t].kind != TokKind::Word {
            continue;
        }
        let mut u = t;
        while u < toks.len() && toks[u].end < c.end {
            u += 1;
        }
        if u < toks.len() && toks[u].end == c.end && toks[u].kind == TokKind::Word {
            out.push(Hit { first: t, last: u, form: c.entity as usize });
        }
    }
    out
}

/// A phrase that may name a medium: first and last token, and whether it is one whatever it links to.
type MediumPhrase = (usize, usize, bool);

/// The compiled cues and lexicon.
#[derive(Debug)]
pub(crate) struct Attributor {
    /// The cue forms, found in the gazetteer's scan of the text: a match's entity is its form's index.
    cues: Phrases,
    forms: Vec<CueForm>,
    lexicon: Lexicon,
}

impl Attributor {
    /// `fold` is that of the gazetteer whose scan finds the cues.
    pub(crate) fn new(forms: Vec<CueForm>, lexicon: Lexicon, fold: Fold) -> Result<Attributor> {
        let cues = Phrases::new(forms.iter().map(|f| f.form.as_str()), fold)?;
        Ok(Attributor { cues, forms, lexicon })
    }

    pub(crate) fn cues(&self) -> &Phrases {
        &self.cues
    }

    /// The claims in `text`, in the order of their cues, and the byte offset where each sentence starts
    /// (for the speakers stage). `mentions` are the text's gazetteer mentions and `cues` the matches of
    /// [`Attributor::cues`], both sorted by start.
    pub(crate) fn claims<'a>(
        &'a self,
        text: &'a str,
        mentions: &[Mention<'a>],
        cues: &[Raw],
    ) -> (Vec<Claim<'a>>, Vec<usize>, Vec<Capital>) {
        let mut sentence_starts = Vec::new();
        // The words the speakers stage finds people's names in, read while each block's tokens are at hand.
        let mut names = Vec::new();
        let mut out: Vec<Claim<'a>> = Vec::new();
        let mut cues = cues;
        for block in structure::blocks(text, BLOCK) {
            let toks = structure::tokenize(text, block.clone());
            let hits = on_tokens(&mut cues, block, &toks);
            // Only a verb of saying attributes the quotation before it (`"Why?" Trump asked.`).
            let starts: Vec<usize> = hits
                .iter()
                .filter(|h| matches!(self.forms[h.form].class, CueClass::Speech | CueClass::Tell))
                .map(|h| h.first)
                .collect();
            let st = Structure::new(text, toks, &starts);
            capitals(text, &st, &mut names);
            let low = Lowered::new(text, &st.toks);
            // A cue's form other than its lemma ("said", "says") is no verb a modal takes: a capitalised
            // "May" before it is a name.
            let finite_at = |k: usize| {
                let from = hits.partition_point(|h| h.first < k);
                hits[from..]
                    .iter()
                    .take_while(|h| h.first == k)
                    .any(|h| self.forms[h.form].form != self.forms[h.form].lemma)
            };
            let lows = low.forms_in(text, &st, finite_at);
            let (lex, forms) = (&self.lexicon, &self.forms);
            let reader = Reader { text, st: &st, lex, forms, lows: &lows };
            let mut h = 0;
            sentence_starts.extend(st.sentences.iter().filter_map(|s| st.toks.get(s.start).map(|t| t.start)));
            for (k, s) in st.sentences.iter().enumerate() {
                let s = &reader.inside_parenthesis(*s);
                while h < hits.len() && hits[h].first < s.start {
                    h += 1;
                }
                let from = h;
                while h < hits.len() && hits[h].last < s.end {
                    h += 1;
                }
                let mut drafts = reader.sentence(*s, &hits[from..h]);
                drafts.extend(reader.dash_credit(&st.sentences[..k], *s));
                // "Voters who backed him say C": a claim in a source's relative clause ends where that
                // source does, so it does not swallow the cue it is the subject of.
                let sources: Vec<(usize, usize)> = drafts
                    .iter()
                    .filter_map(|d| d.source.filter(|x| reader.restrictive(x)).map(|x| (x.first, x.last)))
                    .collect();
                for d in &mut drafts {
                    if let Some(&(_, last)) = sources.iter().find(|&&(first, last)| first < d.cue.0 && d.cue.1 < last) {
                        d.content.retain(|c| c.0 <= last);
                        for c in &mut d.content {
                            c.1 = c.1.min(last);
                        }
                    }
                }
                reader.settle_according_pairs(*s, &mut drafts);
                settle_mutual_pairs(&self.forms, &mut drafts);
                // A cue inside another claim's content is part of what that source said ("Grayson said
                // he opposes the Common Core"), not a claim of its own; so is one in the words between a cue
                // and the content after it ("said in a statement posted on Facebook that C") or in its
                // hearer ("told voters and Twitter followers that C").
                let covered = Coverage::new(drafts.iter().flat_map(|d| {
                    let media = d.media.iter().map(|&(a, b, _)| (a, b));
                    d.content.iter().copied().chain(reader.between_cue_and_content(d)).chain(media)
                }));
                // The quotations after the sentence are one voice's: the first claim that goes on into them
                // takes them (`"A," X said, referring to Y. "B."` is said, not referred to).
                let mut continued = false;
                for mut draft in drafts.into_iter().filter(|d| !covered.covers(d.cue)) {
                    if !continued {
                        let before = draft.content.len();
                        reader.continue_quote(&mut draft, *s, &st.sentences[k + 1..]);
                        continued = draft.content.len() > before;
                    }
                    reader.continue_turn(&mut draft, *s, &st.sentences[k + 1..]);
                    let claim = self.link(text, &st, draft, mentions);
                    if claim.content.is_empty() {
                        continue;
                    }
                    let duplicate =
                        out.iter().rev().take(4).any(|c| c.content == claim.content && c.source == claim.source);
                    if !duplicate {
                        out.push(claim);
                    }
                }
            }
        }
        (out, sentence_starts, names)
    }
}

/// Where a claim's cue comes from, which gives its lemma.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueOrigin {
    /// A form of the lexicon's cues, by its index among the forms; its lemma is the form's.
    Form(usize),
    /// The colon of a transcript or a headline ("BOULDUAN: C", "Cruz: C"); its lemma is ":".
    Colon,
    /// A dash that credits the quotations before it to a name ("- Sanders."); its lemma is "-".
    Dash,
    /// "in" before a poll or a survey ("In a CNN poll, C"); its lemma is "in".
    Poll,
    /// A verb no lexicon lists, a cue by its that-clause ("X acknowledges that C") or its designation
    /// ("X is seen as Y"); its lemma is the verb as written.
    Unlisted,
    /// A verb no lexicon lists whose place after a quotation makes it a cue (`"Go back," Trump barked`);
    /// its lemma is the verb as written.
    AfterQuotation,
    /// A predicative adjective of stance ("X is confident that C"); its lemma is the adjective.
    Adjective,
    /// A noun of belief, intention or judgement ("X's belief that C"); its lemma is the noun.
    Noun,
}
