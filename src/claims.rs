//! Claim attribution: for each claim in a text, its content, cue, source, medium and kind.
//!
//! The text is read in blocks of whole paragraphs. In each, one Aho-Corasick scan finds the cues; one
//! pass over the tokens pairs quotation marks and splits sentences (never inside a quotation); each cue
//! is then read in its own sentence, with walks of bounded length for its source, content and medium,
//! so the work is linear in the text. The constructions:
//! - "X said (that) C", "X told Reuters C", "X, who has called for C", "X did not rule out C";
//! - postposed "C, X said." and inverted "C, said X." (with "A," X said, "B." as two content spans,
//!   and the whole quotations that follow in the paragraph);
//! - "According to X, C", "C, according to X", "In the words of X, C";
//! - a participle takes the subject of its sentence ("X commented, telling Y, C"; "Noting C, X said");
//! - passives and verbs of seeming with no source in the text ("voters are expected to C", "It is believed
//!   that C", "X seems to C"), "Asked whether C, ...", "said when asked by Y about C";
//! - transcripts and headlines ("ROE: C", "- Jones: “C”", title-case "Bush Says C");
//! - sources behind an appositive, a dash aside, a quantifier or a participle ("X -- who lost in 2008 --
//!   said", "Several said", "A poll released Tuesday showed");
//! - a verb no lexicon lists, between a source and a that-clause ("X maintains that C");
//! - a predicative adjective of stance ("X is confident that C", "X was critical of C", "X is eager to C");
//! - a noun of belief or judgement after a possessive ("X's belief that C", "his attacks on C", "in her
//!   view, C").
//!
//! A cue inside a quotation or inside another claim's content, a noun after a determiner or a
//! possessive ("a reply", "the FBI's report") and a cue with no source in its sentence give no claim.

use crate::claim::{Claim, ClaimKind, SourceKind};
use crate::error::Result;
use crate::lexicon::{
    self, AUXILIARIES, CueClass, CueForm, DETERMINERS, Lexicon, MEDIUM_PREPOSITIONS, NAME_LINKS, PronounKind,
    QUANTIFIERS, STOP_WORDS, TIME_WORDS, TITLES,
};
use crate::matcher::Phrases;
use crate::mention::{Mention, Raw, Span};
use crate::normalize::Fold;
use crate::structure::{self, Sentence, Structure, Tok, TokKind};

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
    form: usize,
    /// `None` when the text does not give the source ("Asked whether C, ...").
    source: Option<Src>,
    /// Phrases that may name the medium, in text order: first and last token, and whether the phrase
    /// is a medium whatever it links to ("via X", "the X platform"); the others are media only when a
    /// gazetteer entity of type MEDIA is in them ("told Reuters").
    media: Vec<MediumPhrase>,
}

impl Draft {
    /// Whether token `j` is in the draft's cue or content.
    fn holds(&self, j: usize) -> bool {
        (self.cue.0 <= j && j <= self.cue.1) || self.content.iter().any(|c| c.0 <= j && j <= c.1)
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

/// The most recent named sources, for pronouns.
#[derive(Default)]
struct Memory<'a> {
    person: Option<(Option<&'a str>, Option<&'a str>)>,
    group: Option<(Option<&'a str>, Option<&'a str>)>,
}

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

    /// The claims in `text`, in the order of their cues. `mentions` are the text's gazetteer mentions
    /// and `cues` the matches of [`Attributor::cues`], both sorted by start.
    pub(crate) fn claims<'a>(&'a self, text: &'a str, mentions: &[Mention<'a>], cues: &[Raw]) -> Vec<Claim<'a>> {
        let mut memory = Memory::default();
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
            let low = Lowered::new(text, &st.toks);
            let reader = Reader { text, st: &st, lex: &self.lexicon, forms: &self.forms, low: &low };
            let mut h = 0;
            for (k, s) in st.sentences.iter().enumerate() {
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
                // A cue inside another claim's content is part of what that source said ("Grayson said
                // he opposes the Common Core"), not a claim of its own.
                let covered = Coverage::new(drafts.iter().flat_map(|d| d.content.iter().copied()));
                for mut draft in drafts.into_iter().filter(|d| !covered.covers(d.cue)) {
                    reader.continue_quote(&mut draft, *s, &st.sentences[k + 1..]);
                    reader.continue_turn(&mut draft, *s, &st.sentences[k + 1..]);
                    let claim = self.link(text, &st, draft, mentions, &mut memory);
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
        out
    }

    /// Turns a draft into a claim: byte spans, kind, the source's entity and kind, the medium's entity.
    fn link<'a>(
        &'a self,
        text: &'a str,
        st: &Structure,
        d: Draft,
        mentions: &[Mention<'a>],
        memory: &mut Memory<'a>,
    ) -> Claim<'a> {
        let toks = &st.toks;
        let span = |a: usize, b: usize| Span { start: toks[a].start, end: toks[b].end };
        // Content: a range that is exactly one quotation loses its marks.
        let mut quoted = 0;
        let mut marks = false;
        let mut content = Vec::new();
        for &(a, b) in &d.content {
            let whole_quote = toks[a].kind == TokKind::Open && st.quote_of(a).is_some_and(|q| q.close == b);
            if whole_quote {
                quoted += 1;
                // A quotation left open at the end of the text has no closing mark to drop.
                let end =
                    if matches!(toks[b].kind, TokKind::Close | TokKind::Para) { toks[b].start } else { toks[b].end };
                let inner = Span { start: toks[a].end, end: end.max(toks[a].end) };
                content.push(trim(text, inner));
            } else {
                marks |= (a..=b).any(|i| matches!(toks[i].kind, TokKind::Open | TokKind::Close));
                content.push(span(a, b));
            }
        }
        // An empty quotation ("\"\",") says nothing.
        content.retain(|c: &Span| c.start < c.end);
        let kind = if quoted == d.content.len() {
            ClaimKind::Direct
        } else if quoted > 0 || marks {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        };
        let cue = span(d.cue.0, d.cue.1);
        let cue_lemma: &'a str = match d.form {
            COLON_CUE => COLON_LEMMA,
            DASH_CUE => "-",
            // A verb known by its that-clause: the verb as written.
            THAT_CUE | ADJ_CUE | NOUN_CUE | QUOTE_CUE => &text[toks[d.cue.1].start..toks[d.cue.1].end],
            IN_CUE => IN_LEMMA,
            f => self.forms[f].lemma.as_str(),
        };
        let Some(src) = d.source else {
            return Claim {
                content,
                cue,
                cue_lemma,
                source: None,
                relative: None,
                source_text: None,
                source_kind: SourceKind::None,
                entity_id: None,
                speaker: None,
                medium: None,
                medium_text: None,
                medium_entity_id: None,
                kind,
            };
        };
        let source = span(src.first, src.last);
        let head = span(src.first, src.head);
        let inside = |s: Span| {
            let from = mentions.partition_point(|m| m.start < s.start);
            mentions[from..].iter().take_while(move |m| m.end <= s.end)
        };
        let is_person = |m: &Mention| m.kind.eq_ignore_ascii_case("PERSON") || m.kind.eq_ignore_ascii_case("PER");
        let head_word = text[toks[src.head].start..toks[src.head].end].to_lowercase();
        let mut entity: Option<&Mention<'a>> = None;
        let source_kind = if let Some(p) = src.pronoun {
            let link = match p {
                PronounKind::Person => memory.person,
                PronounKind::Group => memory.group,
                PronounKind::Deictic => None,
            };
            let (id, name) = link.unwrap_or((None, None));
            let medium = self.medium_of(&d, toks, mentions);
            return Claim {
                content,
                cue,
                cue_lemma,
                source: Some(source),
                relative: None,
                source_text: Some(&text[source.start..source.end]),
                source_kind: SourceKind::Pronoun,
                entity_id: id,
                speaker: name,
                medium: medium.map(|(s, _)| s),
                medium_text: medium.map(|(s, _)| &text[s.start..s.end]),
                medium_entity_id: medium.and_then(|(_, e)| e),
                kind,
            };
        } else if let Some(m) = inside(head).filter(|m| is_person(m)).last() {
            entity = Some(m);
            SourceKind::Named
        } else if self.lexicon.is_source_noun(&head_word) && !inside(head).any(|m| m.end == head.end) {
            // "Officials said" opening a sentence is capitalised but names no one.
            SourceKind::Anonymous
        } else if let Some(m) = inside(head).filter(|m| m.end == head.end).last() {
            entity = Some(m);
            SourceKind::Named
        } else if is_capitalised(&text[toks[src.head].start..toks[src.head].end]) {
            SourceKind::Named
        } else {
            SourceKind::Anonymous
        };
        if source_kind == SourceKind::Named {
            let link = Some((entity.map(|m| m.entity_id), entity.map(|m| m.name)));
            if entity.is_none_or(is_person) {
                memory.person = link;
            }
            if entity.is_none_or(|m| !is_person(m)) {
                memory.group = link;
            }
        }
        let mut medium = self.medium_of(&d, toks, mentions);
        // "According to Reuters": the source is also the medium.
        if medium.is_none()
            && self.forms.get(d.form).is_some_and(|f| f.class == CueClass::According)
            && (entity.is_some_and(|m| m.kind.eq_ignore_ascii_case("MEDIA")) || self.lexicon.is_media_noun(&head_word))
        {
            medium = Some((head, entity.map(|m| m.entity_id)));
        }
        Claim {
            content,
            cue,
            cue_lemma,
            source: Some(source),
            relative: src.relative.map(|r| span(r, r)),
            source_text: Some(&text[source.start..source.end]),
            source_kind,
            entity_id: entity.map(|m| m.entity_id),
            speaker: entity.map(|m| m.name),
            medium: medium.map(|(s, _)| s),
            medium_text: medium.map(|(s, _)| &text[s.start..s.end]),
            medium_entity_id: medium.and_then(|(_, e)| e),
            kind,
        }
    }

    /// The first of the draft's medium phrases that is sure or holds a MEDIA entity, and that entity.
    fn medium_of<'a>(&self, d: &Draft, toks: &[Tok], mentions: &[Mention<'a>]) -> Option<(Span, Option<&'a str>)> {
        d.media.iter().find_map(|&(a, b, sure)| {
            let s = Span { start: toks[a].start, end: toks[b].end };
            let from = mentions.partition_point(|m| m.start < s.start);
            let inside = || mentions[from..].iter().take_while(|m| m.end <= s.end);
            let media = inside().filter(|m| m.kind.eq_ignore_ascii_case("MEDIA")).last();
            let entity = media.or_else(|| inside().last()).map(|m| m.entity_id);
            (sure || media.is_some()).then_some((s, entity))
        })
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_capitalised(word: &str) -> bool {
    starts_upper(word)
        || word.split_once('-').is_some_and(|(particle, rest)| {
            particle.len() <= 3 && particle.chars().all(char::is_lowercase) && starts_upper(rest)
        })
}

/// Trims white space and the punctuation a quotation ends with inside its marks (`,` `.` `;` `:`).
fn trim(text: &str, s: Span) -> Span {
    let inner = &text[s.start..s.end];
    let left = inner.len() - inner.trim_start().len();
    let right = inner.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':')).len();
    Span { start: s.start + left, end: s.start + right.max(left) }
}

/// Reads the sentences of one text.
struct Reader<'r> {
    text: &'r str,
    st: &'r Structure,
    lex: &'r Lexicon,
    forms: &'r [CueForm],
    low: &'r Lowered,
}

/// Every token of a block in lowercase, made once: the rules ask for a word's lowercase form many times.
struct Lowered {
    text: String,
    spans: Vec<(usize, usize)>,
}

impl Lowered {
    fn new(text: &str, toks: &[Tok]) -> Lowered {
        let mut low = String::with_capacity(toks.iter().map(|t| t.end - t.start).sum());
        let mut spans = Vec::with_capacity(toks.len());
        for t in toks {
            let a = low.len();
            let word = &text[t.start..t.end];
            if word.is_ascii() {
                low.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                low.push_str(&word.to_lowercase());
            }
            spans.push((a, low.len()));
        }
        Lowered { text: low, spans }
    }
}

/// The lemma of the colon cue of transcripts and headlines ("BOULDUAN: C", "Cruz: C").
const COLON_LEMMA: &str = ":";

/// Words that end a label before a colon, not a speaker ("BYLINE:", "The Latest:", "UPDATE:").
const COLON_LABELS: &[&str] = &[
    "byline",
    "latest",
    "update",
    "updated",
    "related",
    "watch",
    "video",
    "photos",
    "photo",
    "note",
    "revealed",
    "breaking",
    "exclusive",
    "correction",
    "more",
    "week",
    "day",
    "total",
    "contributing",
    "reporting",
    "email",
    "e-mail",
    "contact",
    "follow",
    "credit",
    "credits",
    "source",
    "sources",
    "tags",
    "topics",
    "listen",
    "subscribe",
    "boom",
    "warning",
    "alert",
];

/// `Draft::form` of the colon cue.
const COLON_CUE: usize = usize::MAX;

/// `Draft::form` of a verb that no lexicon lists but whose that-clause makes it a cue ("X
/// acknowledges that C").
const THAT_CUE: usize = usize::MAX - 1;

/// `Draft::form` of "in" before a poll or a survey ("In a CNN poll, C", "C in the latest polls").
const IN_CUE: usize = usize::MAX - 2;

/// `Draft::form` of a predicative adjective of stance ("X is confident that C"); its lemma is the adjective.
const ADJ_CUE: usize = usize::MAX - 3;

/// `Draft::form` of a noun of belief, intention or judgement ("X's claim that C"); its lemma is the noun.
const NOUN_CUE: usize = usize::MAX - 4;

/// `Draft::form` of a verb that no lexicon lists but whose place after a quotation makes it a cue
/// (`"Go back," Trump barked`); its lemma is the verb.
const QUOTE_CUE: usize = usize::MAX - 5;

/// `Draft::form` of a dash that credits the quotations before it to a name ("- Sanders.").
const DASH_CUE: usize = usize::MAX - 6;

/// The lemma of [`IN_CUE`].
const IN_LEMMA: &str = "in";

/// Nouns of measured opinion that are the source of what is found "in" them.
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];

/// Words that open the question after a sentence-initial "Asked" ("Asked whether C, ...").
const QUESTION_OPENERS: &[&str] =
    &["whether", "if", "why", "what", "how", "when", "where", "who", "whom", "which", "about"];

/// Words that open a topic or an adjunct rather than a claim ("commented on the situation",
/// "reported from Washington").
const TOPIC_PREPOSITIONS: &[&str] =
    &["on", "about", "of", "with", "by", "from", "at", "into", "over", "up", "out", "off", "back", "away"];

/// Conjunctions that, after a comma, open the writer's own clause rather than more of the content.
const CONTENT_ENDERS: &[&str] = &["but", "although", "yet", "which", "while", "whereas"];

/// Prepositions and conjunctions that end an object content. A relative clause ("talked about a
/// group who ...") is not one of them: it is part of the object, and so are a coordinated one ("praised X
/// and Y") and most prepositional phrases ("accused X of Y", "backed X in the primary").
const OBJECT_ENDERS: &[&str] = &[
    "at",
    "during",
    "after",
    "before",
    "since",
    "when",
    "because",
    "but",
    "last",
    "this",
    "yesterday",
    "today",
    "earlier",
];

/// Nouns of the occasion a claim was made on ("in an interview", "during the debate"): a phrase they head
/// after a content says where it was said, not what.
#[rustfmt::skip]
const OCCASION_NOUNS: &[&str] = &[
    "interview", "interviews", "tweet", "tweets", "statement", "statements", "speech", "speeches", "debate",
    "debates", "appearance", "appearances", "video", "letter", "op-ed", "post", "ad", "advertisement",
    "commercial", "email", "rally", "conference", "remarks", "hearing", "address", "memo", "column", "essay",
    "editorial", "book", "meeting", "briefing", "call", "podcast", "broadcast", "episode", "message", "filing",
    "report", "session", "forum", "event", "visit", "stop", "radio", "television", "print",
];

/// Nouns of attitude that, with their preposition, join the verb before them in a cue ("expressed
/// support for", "raised questions about", "offered condolences to").
#[rustfmt::skip]
const LIGHT_NOUNS: &[&str] = &[
    "support", "opposition", "criticism", "praise", "words", "opinion", "opinions", "view", "views", "thoughts",
    "concern", "concerns", "doubt", "doubts", "questions", "comments", "remarks", "hope", "hopes", "fear", "fears",
    "skepticism", "sympathy", "condolences", "gratitude", "admiration", "frustration", "outrage",
    "disappointment", "dismay", "regret", "optimism", "pessimism", "worries", "anger", "appreciation",
    "confidence", "contempt", "disdain", "enthusiasm",
];

/// Verbs (as prefixes of their forms) that hand an infinitive to their object: "urged Roe to say",
/// "leading the group to announce".
const CONTROL_VERBS: &[&str] = &[
    "ask", "urg", "tell", "told", "forc", "encourag", "invit", "push", "pressur", "allow", "lead", "led", "prompt",
    "persuad", "convinc", "call", "challeng", "want", "expect", "need", "order", "compel", "get", "got", "caus",
    "help", "inspir", "permit", "requir", "remind", "warn", "advis", "beg", "dar",
];

/// Month names, lowercase, but "may", which is more often the auxiliary.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words that, after a comma, open the writer's own clause of time, cause, concession or circumstance after
/// what something seems ("appeared to dismiss it, when he told ...").
const IMPRESSION_ENDERS: &[&str] =
    &["when", "despite", "after", "before", "while", "although", "though", "because", "since", "with"];

/// Words that follow a comma and open a clause that is not the claim's ("..., whereas C"); a "when",
/// "while" or "where" clause is part of what is reported ("A, when B, according to X").
const CLAUSE_OPENERS: &[&str] = &["whereas"];

impl<'r> Reader<'r> {
    /// The text of token `i`; empty past the last token, so that a look one word ahead at the end of a
    /// block reads nothing instead of failing.
    fn word(&self, i: usize) -> &'r str {
        self.st.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The lowercase form of token `i`; empty past the last token.
    fn lower(&self, i: usize) -> &'r str {
        self.low.spans.get(i).map_or("", |&(a, b)| &self.low.text[a..b])
    }

    fn is_word(&self, i: usize) -> bool {
        self.st.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Whether word `i` is capitalised, counting names behind a short lowercase particle (`al-Sudani`).
    fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && is_capitalised(self.word(i))
    }

    fn punct(&self, i: usize) -> Option<char> {
        let t = self.st.toks.get(i)?;
        (t.kind == TokKind::Punct).then(|| self.text[t.start..].chars().next()).flatten()
    }

    fn is_comma_like(&self, i: usize) -> bool {
        matches!(self.punct(i), Some(',' | '\u{2014}' | '\u{2013}' | '(' | ':' | ';'))
            || self.st.toks[i].kind == TokKind::Close
    }

    fn is_det(&self, i: usize) -> bool {
        self.is_word(i) && DETERMINERS.contains(self.lower(i))
    }

    /// A quotation of a few words that sits inside a phrase (`the "Ansar Allah" movement`): its open and
    /// close tokens.
    fn short_quote(&self, i: usize) -> Option<(usize, usize)> {
        let q = self.st.quote_of(i)?;
        let short = q.close - q.open <= 7 && (q.open + 1..q.close).all(|k| self.is_word(k));
        (short && self.st.toks[q.close].kind == TokKind::Close).then_some((q.open, q.close))
    }

    /// A quotation the source goes on with: `"A," she said. "B."` and `She said: "A." "B."` take the
    /// sentences after theirs that are whole quotations, up to the end of the paragraph.
    fn continue_quote(&self, d: &mut Draft, s: Sentence, rest: &[Sentence]) {
        let Some(&(a, b)) = d.content.last() else { return };
        // `Yet Trump is "a change agent," Cole said. "B."`: a content that ends with a quotation goes on too.
        let whole =
            self.st.toks[b].kind == TokKind::Close && self.st.quote_of(b).is_some_and(|q| q.close == b && q.open >= a);
        // A claim with no source in the text ("when asked about C.") has no voice to go on in.
        let runs_to_end = b > d.cue.0 && b + 1 >= self.content_end(s) && d.source.is_some();
        if !(whole && b < d.cue.0 || runs_to_end) {
            return;
        }
        // The sentence's quotation when the sentence is that quotation alone (a quotation the paragraph's
        // end closes, its mark left open, is whole too).
        let alone = |x: &Sentence| {
            let q = self.st.quote_of(x.start).filter(|_| self.st.toks[x.start].kind == TokKind::Open)?;
            let closed = match self.st.toks[q.close].kind {
                TokKind::Close => q.close < x.end,
                TokKind::Para => q.close == x.end,
                _ => false,
            };
            closed.then_some(q)
        };
        let mut end = s.end;
        let mut crossed = false;
        // A content already taken from the next paragraph ("he said:" and its quotation) goes on from there.
        let taken = rest.iter().take(MAX_QUOTE_SENTENCES).take_while(|x| x.start <= b).count();
        if let Some(last) = rest[..taken].last() {
            end = last.end;
            crossed = true;
        }
        let rest = &rest[taken..];
        // Bounded, so that a paragraph of many quotations stays linear.
        for (k, next) in rest.iter().take(MAX_QUOTE_SENTENCES).enumerate() {
            // A sentence in the same paragraph starts where the last one ended. A claim that ends its
            // paragraph goes on into the next one when that is whole quotations only, with no voice of its own.
            if next.start != end {
                let paragraph = self.st.toks.get(end).is_some_and(|t| t.kind == TokKind::Para) && next.start == end + 1;
                if crossed || !paragraph {
                    return;
                }
                let mut at = end + 1;
                for x in rest[k..].iter().take(MAX_QUOTE_SENTENCES) {
                    if x.start != at {
                        break;
                    }
                    match alone(x) {
                        Some(q) if q.close + 1 >= self.content_end(*x) => at = x.end,
                        _ => return,
                    }
                }
                crossed = true;
            }
            let Some(q) = alone(next) else {
                // `But "B."`, `Now, "B."`: a word that leads into the quotation and the quotation goes on too.
                if let Some(q) = self.led_quotation(*next) {
                    d.content.push((next.start, q.close));
                    end = next.end;
                    continue;
                }
                return;
            };
            if q.close + 1 < self.content_end(*next) {
                // `"B" to the rest of the country.`: the writer finishes the quoted sentence; the quotation
                // is still the source's, and the last. Not when a source of its own follows.
                let w = self.lower(q.close + 1);
                let tail = self.is_word(q.close + 1)
                    && !self.is_cap(q.close + 1)
                    && (STOP_WORDS.contains(w) || w == "to")
                    && !matches!(w, "said" | "says" | "say" | "told" | "according");
                if tail {
                    d.content.push((q.open, q.close));
                }
                return;
            }
            d.content.push((q.open, q.close));
            end = next.end;
        }
    }

    /// The quotation of a sentence that is one word (and a comma) and a quotation that runs to its end
    /// (`But "B."`, `Now, "B."`).
    fn led_quotation(&self, s: Sentence) -> Option<structure::Quote> {
        if !self.is_word(s.start) || self.st.in_quote[s.start] != 0 {
            return None;
        }
        let open = if self.punct(s.start + 1) == Some(',') { s.start + 2 } else { s.start + 1 };
        let q = self.st.quote_of(open).filter(|q| q.open == open && open < s.end)?;
        (q.close + 1 >= self.content_end(s) && self.st.toks[q.close].kind == TokKind::Close).then_some(q)
    }

    /// "BENENSON: A. B.": a transcript's turn runs to the end of its paragraph.
    fn continue_turn(&self, d: &mut Draft, s: Sentence, rest: &[Sentence]) {
        let Some(&(a, b)) = d.content.first() else { return };
        let quotation = self.st.toks[a].kind == TokKind::Open && self.st.quote_of(a).is_some_and(|q| q.close == b);
        let turn = d.form == COLON_CUE
            && d.content.len() == 1
            && d.source.is_some_and(|x| x.first == s.start)
            && !quotation
            && b + 1 >= self.content_end(s);
        if !turn {
            return;
        }
        let mut end = s.end;
        let mut last = b;
        for next in rest.iter().take(MAX_QUOTE_SENTENCES) {
            // A sentence in the same paragraph starts where the last one ended.
            if next.start != end {
                break;
            }
            last = last.max(self.content_end(*next).saturating_sub(1));
            end = next.end;
        }
        d.content[0].1 = last;
    }

    /// The claims of one sentence, given its cues in order.
    fn sentence(&self, s: Sentence, hits: &[Hit]) -> Vec<Draft> {
        let hits = &self.verb_hits(s, hits);
        let mut out = Vec::new();
        out.extend(self.colon(s).or_else(|| self.colon_quote(s)));
        self.that_clauses(s, hits, &mut out);
        out.extend(self.in_poll(s, hits));
        out.extend(self.quote_verb(s, hits));
        let mut subject: Option<Src> = None;
        // "Bush Says He Will Stay": in a title-case headline a capitalised cue is a verb, not part of a name.
        let headline = hits.iter().any(|h| h.first > s.start && self.is_cap(h.first)) && self.title_case(s);
        for (k, hit) in hits.iter().enumerate() {
            if self.st.in_quote[hit.first] != 0 {
                continue;
            }
            let next = &hits[k + 1..];
            let outer = subject;
            // "he did say he found C and called D": a cue inside another claim's content lends its source
            // to no later "and V"; the main clause's does.
            let inner = out.iter().any(|o| o.content.iter().any(|&(a, b)| a <= hit.first && hit.last <= b));
            let draft = self.attribute(s, *hit, next, headline, &mut subject);
            if inner {
                subject = outer;
            }
            out.extend(draft);
        }
        self.predicative(s, hits, &mut out);
        self.designation(s, &mut out);
        self.noun_cues(s, hits, &mut out);
        out
    }

    /// Whether the sentence is a title-case headline: at least three words of four letters or more, nearly
    /// all capitalised.
    fn title_case(&self, s: Sentence) -> bool {
        let (mut long, mut cap) = (0usize, 0usize);
        for i in (s.start..s.end).filter(|&i| self.is_word(i) && self.word(i).len() >= 4) {
            long += 1;
            cap += usize::from(self.is_cap(i));
        }
        long >= 3 && cap * 10 >= long * 9
    }

    fn attribute(
        &self,
        s: Sentence,
        hit: Hit,
        next: &[Hit],
        headline: bool,
        subject: &mut Option<Src>,
    ) -> Option<Draft> {
        let form = &self.forms[hit.form];
        let lower_cue = form.form.as_str();
        // A capitalised cue inside a sentence is part of a name ("State Department").
        // In a headline, only a finite form no noun shares ("Says", "Denied", not "Claim", "Warning").
        let finite = lower_cue != form.lemma && !lower_cue.ends_with("ing");
        if hit.first > s.start
            && self.is_cap(hit.first)
            && !(headline && finite)
            && self.st.toks[hit.first - 1].kind != TokKind::Open
        {
            return None;
        }
        // A determiner or a possessive makes the cue a noun ("a reply", "the FBI's report").
        if hit.first > s.start {
            let prev = self.lower(hit.first - 1);
            // "She's predicting" is a pronoun and its auxiliary, not a possessive.
            let contraction = matches!(
                prev.trim_end_matches("'s").trim_end_matches("’s"),
                "he" | "she" | "it" | "that" | "who" | "what" | "there"
            );
            let possessive = (prev.ends_with("'s") || prev.ends_with("’s")) && !contraction;
            // "Several said": a quantifier before a verb form no noun shares is its subject.
            // "One says C": a singular quantifier takes no plural noun after it.
            let subject = QUANTIFIERS.contains(prev)
                && (!lower_cue.ends_with('s') || matches!(prev, "one" | "another" | "each" | "neither" | "either"))
                && !lower_cue.ends_with("ing")
                && (hit.first < s.start + 2 || !self.is_det(hit.first - 2));
            let noun = self.is_det(hit.first - 1) && !matches!(prev, "its" | "his" | "her" | "their");
            if possessive || (noun && !subject) {
                return None;
            }
        }
        // "his radio show", "a talk show": a base form after a possessive or after a singular noun that
        // cannot be its subject is a noun.
        if lower_cue == form.lemma && !lower_cue.contains(' ') && hit.first > s.start && self.is_word(hit.first - 1) {
            let prev = self.lower(hit.first - 1);
            let possessive = matches!(prev, "its" | "his" | "her" | "their" | "our" | "my" | "your");
            // "4 in 10 say", "those surveyed say", "those around him acknowledge", "say they": a verb.
            let modifier = !self.is_cap(hit.first - 1)
                && !prev.ends_with('s')
                && !prev.ends_with("ly")
                && !prev.ends_with("ed")
                && !prev.bytes().all(|b| b.is_ascii_digit())
                && !matches!(prev, "him" | "them" | "us" | "me")
                && !(self.is_word(hit.last + 1) && self.opens_clause(hit.last + 1))
                && lexicon::pronoun_kind(prev).is_none()
                && !STOP_WORDS.contains(prev)
                && !AUXILIARIES.contains(prev)
                && !DETERMINERS.contains(prev)
                && !QUANTIFIERS.contains(prev)
                && !self.lex.is_source_noun(prev);
            if possessive || modifier {
                return None;
            }
        }
        // "a combination of pledged delegates", "the alleged victims": a participle between a preposition
        // or a determiner and a plural noun is an adjective.
        if hit.first > s.start
            && !lower_cue.contains(' ')
            && lower_cue.ends_with("ed")
            && (self.is_det(hit.first - 1)
                || matches!(
                    self.lower(hit.first - 1),
                    "of" | "in" | "for" | "with" | "by" | "from" | "among" | "between" | "about" | "on" | "at"
                ))
            && self.is_word(hit.last + 1)
            && !self.is_cap(hit.last + 1)
            && {
                let n = self.lower(hit.last + 1);
                n.len() > 3 && n.ends_with('s') && !STOP_WORDS.contains(n) && !AUXILIARIES.contains(n)
            }
        {
            return None;
        }
        // "the jobs report has cleared", "a report that could raise": a base or third-person form before a
        // verb of its own is the noun it shares a spelling with ("what he says is true" keeps its verb).
        if !lower_cue.contains(' ') && !lower_cue.ends_with("ed") && !lower_cue.ends_with("ing") {
            let finite = |k: usize| {
                self.is_word(k)
                    && matches!(
                        self.lower(k),
                        "has"
                            | "have"
                            | "had"
                            | "will"
                            | "would"
                            | "could"
                            | "can"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                    )
            };
            let next = hit.last + 1;
            let verb =
                finite(next) || (self.is_word(next) && matches!(self.lower(next), "which" | "and") && finite(next + 1));
            // "which critics say is", "a provision that lawmakers believe is": a relative clause's verb
            // before its gap.
            let gap = (hit.first.saturating_sub(10).max(s.start)..hit.first)
                .any(|k| self.is_word(k) && matches!(self.lower(k), "who" | "what" | "which" | "that" | "whom"));
            let subject = hit.first > s.start && lexicon::pronoun_kind(self.lower(hit.first - 1)).is_some();
            if verb && !subject && !gap && lower_cue != "said" {
                return None;
            }
        }
        // "a reality TV show", "news reports", "morning shows": after a word of broadcasting, a base or
        // third-person form is the noun.
        if hit.first > s.start && !lower_cue.contains(' ') && !lower_cue.ends_with("ed") && !lower_cue.ends_with("ing")
        {
            let prev = self.lower(hit.first - 1);
            let broadcast = matches!(
                prev,
                "tv" | "television" | "radio" | "talk" | "reality" | "news" | "cable" | "morning" | "network" | "game"
            ) && (prev == "tv" || !self.is_cap(hit.first - 1) || hit.first - 1 == s.start);
            if broadcast {
                return None;
            }
        }
        // After a possessive ("her" may be an object, so not it), a plural is a noun ("in his remarks",
        // "their claims") and a participle before a noun an adjective ("his favored provision").
        if hit.first > s.start
            && !lower_cue.contains(' ')
            && matches!(self.lower(hit.first - 1), "its" | "his" | "their" | "our" | "my" | "your")
        {
            let noun_next = self.is_word(hit.last + 1)
                && !self.is_cap(hit.last + 1)
                && !STOP_WORDS.contains(self.lower(hit.last + 1))
                && !self.is_det(hit.last + 1);
            if lower_cue.ends_with('s') || (lower_cue.ends_with("ed") && noun_next) {
                return None;
            }
        }
        // "300 pledged delegates", "both pledged delegates": a participle between a number and its noun is an
        // adjective.
        if hit.first > s.start
            && (self.word(hit.first - 1).bytes().all(|b| b.is_ascii_digit())
                || QUANTIFIERS.contains(self.lower(hit.first - 1)))
            && lower_cue.ends_with("ed")
            && self.is_word(hit.last + 1)
            && !self.is_cap(hit.last + 1)
            && !self.is_det(hit.last + 1)
            && !STOP_WORDS.contains(self.lower(hit.last + 1))
            && !AUXILIARIES.contains(self.lower(hit.last + 1))
        {
            return None;
        }
        let mut first = hit.first;
        // "renewed its call for": the verb and the possessive join the cue.
        if first >= s.start + 2
            && matches!(self.lower(first - 1), "its" | "his" | "her" | "their")
            && self.is_word(first - 2)
            && !self.is_cap(first - 2)
        {
            first -= 2;
        }
        while first > s.start && self.is_word(first - 1) && self.absorbed(first - 1) {
            first -= 1;
        }
        let cue = (first, hit.last);
        let end = self.content_end(s);
        // The passive: "many voters are expected to stay home", "it is believed that C": the source is
        // not in the text.
        let passive = (first..hit.first)
            .any(|k| matches!(self.lower(k), "is" | "are" | "was" | "were" | "be" | "been" | "being"))
            && (lower_cue.ends_with("ed") || matches!(lower_cue, "thought" | "said" | "known" | "seen" | "told"));
        if lexicon::PASSIVE_ONLY.contains(&lower_cue) && !passive {
            return None;
        }
        // "X was asked about C": X is the one asked, not the source.
        if passive && form.lemma == "ask" {
            return self.asked_passive(s, cue, hit, end);
        }
        if passive && matches!(form.class, CueClass::Stance | CueClass::Speech) {
            let later = next;
            // "it was announced on Monday that C": a short adjunct may come before "that".
            let adjunct = self.is_word(hit.last + 1)
                && matches!(self.lower(hit.last + 1), "on" | "in" | "at" | "by" | "last" | "this" | "earlier");
            let that = if adjunct {
                (hit.last + 2..end.min(hit.last + 7))
                    .take_while(|&k| self.is_word(k))
                    .find(|&k| self.lower(k) == "that")
                    .unwrap_or(hit.last + 1)
            } else {
                hit.last + 1
            };
            let next = self.is_word(that).then(|| self.lower(that));
            let subject = first.checked_sub(1).filter(|&b| b >= s.start).and_then(|b| self.passive_subject(s, b, end));
            match (next, subject) {
                (Some("that"), Some((a, z))) if a == z && self.lower(a) == "it" => {
                    let stop = self.forward_end(that + 1, end, &[], true);
                    return (stop > that + 1).then(|| Draft {
                        content: vec![(that + 1, stop - 1)],
                        cue: (a, hit.last),
                        form: hit.form,
                        source: None,
                        media: Vec::new(),
                    });
                }
                (Some("to"), Some((a, z))) => {
                    // "the closing of the plant is expected to": the phrase with its prepositional phrases.
                    let a =
                        if a < z && z + 1 == first { self.impression_subject(s, z).map_or(a, |x| x.min(a)) } else { a };
                    let stop = self.impression_end(a, hit.last + 1, self.forward_end(hit.last + 1, end, later, true));
                    return (stop > hit.last + 2).then(|| Draft {
                        content: vec![(a, z), (hit.last + 1, stop - 1)],
                        cue,
                        form: hit.form,
                        source: None,
                        media: Vec::new(),
                    });
                }
                // "is considered a frontrunner": the subject is not the one who considers.
                _ if form.class == CueClass::Stance => return None,
                _ => {}
            }
        }
        if form.class == CueClass::Raising {
            return self.raising(s, cue, hit, next, end);
        }
        // "Asked whether C, X demurred", "said when asked by Y about C": the question is a claim, its asker
        // the one after "by" or none in the text.
        let opens = first == s.start
            || (first > s.start
                && matches!(self.lower(first - 1), "when" | "if" | "as" | "after" | "once" | "while" | "whenever"));
        // "McCain said, asked about C": a participle after a comma too.
        let after_comma = first > s.start && self.punct(first - 1) == Some(',');
        if lower_cue == "asked" && (opens || after_comma) {
            if let Some(d) = self.asked(cue, hit, end) {
                return Some(d);
            }
        }
        if form.class == CueClass::According {
            return self.according(s, cue, hit.form, end);
        }
        let before = first.checked_sub(1).filter(|&b| b >= s.start);
        // "referring to", "calling for": a phrasal participle too.
        let participle = lower_cue.split(' ').next().is_some_and(|w| w.ends_with("ing"));
        if form.class == CueClass::Speech && first == s.start && !participle {
            return self.opening_inverted(cue, hit, end);
        }
        // "Noting C, Allen said ...", "While saying C, he continued": an opening participle clause
        // belongs to the subject after its comma.
        let opens_clause = first == s.start
            || (first == s.start + 1 && (STOP_WORDS.contains(self.lower(s.start)) || self.lower(s.start) == "despite"));
        if participle && opens_clause {
            let c = (hit.last + 1..end.min(hit.last + MAX_SPAN))
                .find(|&k| self.st.in_quote[k] == 0 && self.punct(k) == Some(','))?;
            let (a, z) = self.np_forward(c + 1, end)?;
            let pronoun = lexicon::pronoun_kind(self.lower(a));
            let src = Src {
                first: a,
                last: if pronoun.is_some() { a } else { z },
                head: if pronoun.is_some() { a } else { z },
                relative: None,
                pronoun,
            };
            *subject = Some(src);
            let start = hit.last + 1 + usize::from(self.is_word(hit.last + 1) && self.lower(hit.last + 1) == "that");
            return (c > start).then(|| Draft {
                content: vec![(start, c - 1)],
                cue,
                form: hit.form,
                source: Some(src),
                media: Vec::new(),
            });
        }
        // A source taken from the sentence's subject is not next to the cue, so says nothing of where the
        // content is.
        let mut borrowed = false;
        let mut src = match before {
            // "X refused to answer but said C": the coordinated verb shares its sentence's subject.
            Some(b) if self.is_word(b) && matches!(self.lower(b), "and" | "but") => {
                borrowed = true;
                subject.or_else(|| self.sentence_subject(s, end))?
            }
            Some(b)
                if (self.is_word(b) || matches!(self.punct(b), Some(')' | '%')))
                    && (!participle || self.can_head(b)) =>
            {
                self.source_before(b)?
            }
            // "X stiffened their denunciation, saying C": a participle takes its sentence's subject.
            Some(b)
                if participle
                    && (self.punct(b) == Some(',')
                        || (self.st.toks[b].kind == TokKind::Close && self.punct(b - 1) == Some(','))
                        || matches!(self.lower(b), "by" | "in" | "while" | "after" | "before" | "when")) =>
            {
                borrowed = true;
                subject.or_else(|| self.sentence_subject(s, end))?
            }
            Some(b) if (self.is_comma_like(b) || self.punct(b) == Some('-')) && b > s.start => {
                if form.class == CueClass::Speech {
                    if let Some(d) = self.inverted(s, cue, hit.form, b, end) {
                        return Some(d);
                    }
                }
                // "a task - bragging - conceding C": a participle after a dash is no verb of the aside's name.
                self.appositive(s, b).or_else(|| self.dash_aside(s, b).filter(|_| !participle))?
            }
            _ => return None,
        };
        // "voters who want change": a restrictive relative clause describes a group, it does not report
        // a stance (with a comma, "Roe, who wants change," it does).
        if form.class == CueClass::Stance
            && src
                .relative
                .or((self.is_word(src.head) && matches!(self.lower(src.head), "who" | "which")).then_some(src.head))
                .is_some_and(|r| r > s.start && self.punct(r - 1) != Some(','))
        {
            return None;
        }
        let infinitive = (first..hit.first).any(|k| self.lower(k) == "to");
        // "leading Kataeb Hezbollah to announce", "urged Roe to say": after a verb that hands the infinitive
        // to its object, the object speaks; "went to Germany to discuss" leaves it to the sentence's subject.
        if infinitive && src.pronoun.is_none() && !borrowed && self.is_cap(src.head) {
            let control = src.first.checked_sub(1).filter(|&k| k >= s.start && self.is_word(k)).is_some_and(|k| {
                let w = self.lower(k);
                CONTROL_VERBS.iter().any(|c| w.starts_with(c))
            });
            if !control {
                // The subject read forwards may run on into the verb's own words ("Clinton went to Ohio"):
                // it ends before its first lowercase word that can head nothing.
                let tight = |x: Src| {
                    let last = (x.first..=x.last)
                        .take_while(|&k| k == x.first || self.is_cap(k) || self.is_det(k) || self.can_head(k))
                        .last()
                        .unwrap_or(x.first);
                    Src { last: last.min(x.last), head: last.min(x.head), ..x }
                };
                if let Some(x) =
                    subject.or_else(|| self.sentence_subject(s, end)).map(tight).filter(|x| x.last < src.first)
                {
                    src = x;
                    borrowed = true;
                }
            }
        }
        // After an infinitive "to", only a name or a pronoun is the source ("a way to acknowledge", "the
        // meeting to find" are not).
        if infinitive && src.pronoun.is_none() && !self.is_cap(src.head) {
            return None;
        }
        // "a group called Ginbot 7", "the tax loophole called an inversion": a participle that names, after
        // an indefinite phrase or a thing, not a person.
        if lower_cue == "called"
            && first == hit.first
            && src.pronoun.is_none()
            && src.relative.is_none()
            && (matches!(self.lower(src.first), "a" | "an")
                || (!self.is_cap(src.head) && !self.lex.is_source_noun(self.lower(src.head))))
        {
            return None;
        }
        *subject = Some(src);
        // What follows the cue: a hearer, a medium, then the content or nothing.
        let (mut after, mut media) = self.after_cue(hit.last + 1, form.class, end)?;
        if let Some(d) = self.as_clause(s, src, cue, hit.form, after, end, next) {
            return Some(Draft { media, ..d });
        }
        // "asked Trump how C", "asked the campaigns why C": the one asked, then the question.
        if form.lemma == "ask" {
            let question = |k: usize| {
                self.is_word(k)
                    && matches!(
                        self.lower(k),
                        "how" | "if" | "why" | "whether" | "what" | "when" | "where" | "who" | "which"
                    )
            };
            if let Some((_, b)) = self.hearer(after, end).filter(|&(_, b)| question(b + 1)) {
                after = b + 1;
            }
        }
        let before_src = src.first.checked_sub(1).filter(|&b| !borrowed && b >= s.start && self.is_comma_like(b));
        // After a comma comes either more of the sentence around the claim or, when the source opens the
        // sentence, the quotation itself ("X said, \"C\"").
        let quote_follows = self.st.toks.get(after + 1).is_some_and(|t| t.kind == TokKind::Open);
        let that_follows = self.is_word(after) && self.lower(after) == "that";
        // `on "Morning Joe," Brzezinski asked`: a short title after a word is no quotation of the source's.
        let title = |b: usize| {
            self.st.quote_of(b).is_some_and(|q| {
                q.close <= q.open + 7 && q.open > s.start && self.is_word(q.open - 1) && !self.is_cap(q.open - 1)
            })
        };
        let quote_before =
            before_src.is_some_and(|b| self.st.toks[b].kind == TokKind::Close && !title(b)) && !that_follows;
        // "C, X said in posing the question": an adjunct after a postposed cue.
        // Not when a that-clause follows the adjunct ("told the audience at his fundraiser that C").
        let adjunct_after = before_src.is_some()
            && self.is_word(after)
            && matches!(
                self.lower(after),
                "in" | "at" | "on" | "during" | "after" | "before" | "while" | "when" | "as"
            )
            && !(after + 1..end.min(after + 15)).take_while(|&k| self.is_word(k)).any(|k| self.lower(k) == "that");
        // "As boos erupt, the executive says, \"Quiet down.\"": an opening subordinate clause is the writer's
        // scene, and the quotation the content.
        // "Asked whether C, she said, \"D\"", "Pressed on C, he replied: D": so is an opening participle clause.
        let scene = self.is_word(s.start)
            && (matches!(
                self.lower(s.start),
                "as" | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "if"
                    | "since"
                    | "because"
                    | "although"
                    | "though"
                    | "asked"
                    | "pressed"
                    | "questioned"
                    | "challenged"
                    | "confronted"
            ) || (self.lower(s.start).ends_with("ing") && s.start < first));
        // "C, analysts say; D": a semicolon ends the claim's clause.
        let nothing_after = after >= end
            || (self.punct(after) == Some(';') && before_src.is_some())
            || quote_before
            || adjunct_after
            || (self.punct(after) == Some(',') && ((before_src.is_some() && !scene) || !quote_follows));
        // "In a speech last July, he said:" and the words in the next paragraph.
        if after >= end && self.punct(s.end - 1) == Some(':') {
            let next = s.end + 1;
            if self.st.toks.get(s.end).is_some_and(|t| t.kind == TokKind::Para) && next < self.st.toks.len() {
                let mut stop = (next..self.st.toks.len().min(next + MAX_SPAN))
                    .find(|&k| self.st.toks[k].kind == TokKind::Para)
                    .unwrap_or(self.st.toks.len().min(next + MAX_SPAN));
                while stop > next + 1 && matches!(self.punct(stop - 1), Some('.' | '!' | '?' | ',' | ';' | ':')) {
                    stop -= 1;
                }
                return Some(Draft { content: vec![(next, stop - 1)], cue, form: hit.form, source: Some(src), media });
            }
        }
        if nothing_after {
            // Postposed: "C, X said." and "A," X said, "B."
            let b = before_src?;
            if b == s.start {
                return None;
            }
            let mut content = vec![(self.clause_start(s.start, b), self.before_punct(b))];
            if let Some(part) = self.continuation(after, end, self.st.toks[content[0].0].kind == TokKind::Open) {
                content.push(part);
            }
            return Some(Draft { content, cue, form: hit.form, source: Some(src), media: std::mem::take(&mut media) });
        }
        // "continued the work", "continued campaigning": "continue" reports only what follows a comma, a
        // colon, a quotation or "that" ("Issa continued, \"C\"").
        let opens_words = matches!(self.punct(after), Some(',' | ':'))
            || self.st.toks.get(after).is_some_and(|t| t.kind == TokKind::Open)
            || (self.is_word(after) && self.lower(after) == "that");
        if form.lemma == "continue" && !opens_words {
            return None;
        }
        let mut start = after;
        if matches!(self.punct(start), Some(',' | ':')) {
            start += 1;
        }
        // "promised Monday to begin": a day before the content is an adjunct.
        while start < end && self.is_word(start) && TIME_WORDS.contains(self.lower(start)) {
            start += 1;
        }
        // "said during a taping in Buffalo, New York, that C", "told the audience at his fundraiser that C": an
        // adjunct, then "that" after a comma or after words alone.
        if self.is_word(start)
            && matches!(self.lower(start), "in" | "on" | "at" | "during" | "after" | "before" | "for")
        {
            let limit = end.min(start + 30).min(next.first().map_or(usize::MAX, |h| h.first));
            let that =
                (start + 2..limit).take_while(|&k| self.st.in_quote[k] == 0 && self.punct(k) != Some(';')).find(|&k| {
                    self.is_word(k)
                        && self.lower(k) == "that"
                        && (self.punct(k - 1) == Some(',') || (start..k).all(|j| self.is_word(j)))
                });
            if let Some(t) = that {
                start = t;
            }
        }
        if lexicon::CLAUSAL_ONLY.contains(&form.lemma.as_str()) && !self.opens_clause(start) {
            return None;
        }
        if lexicon::INFINITIVE_COMPLEMENT.contains(&form.lemma.as_str()) && !self.clause_or_infinitive(start, end) {
            return None;
        }
        // "said that was a mistake": a "that" before a verb is the subject, not the complementizer.
        let that = self.is_word(start)
            && self.lower(start) == "that"
            && !(self.is_word(start + 1)
                && AUXILIARIES.contains(self.lower(start + 1))
                && !matches!(self.lower(start + 1), "to" | "not" | "also" | "still" | "even" | "just" | "now"));
        if that {
            start += 1;
        }
        // "expressed support for C", "offered kind words about C": a noun of attitude and its
        // preposition join the cue; what they are about is the content.
        // "shared her doubts about C" reports; "shared a meal with voters" does not: "share" needs a noun
        // of attitude in its object.
        if form.lemma == "share"
            && !(start..end.min(start + 4)).any(|k| self.is_word(k) && LIGHT_NOUNS.contains(&self.lower(k)))
        {
            return None;
        }
        let mut cue = cue;
        // Only after a light verb: "stressed bipartisan support for C" stresses the support itself.
        let light = matches!(form.lemma.as_str(), "express" | "voice" | "offer" | "raise" | "pledge" | "signal");
        if !that && light {
            if let Some(p) = self.light_noun(start, end) {
                cue.1 = p;
                start = p + 1;
            }
        }
        let mut stop = self.forward_end(start, end, next, matches!(form.class, CueClass::Speech | CueClass::Tell));
        if form.class == CueClass::Object {
            stop = self.object_end(start, stop);
        }
        // "renewed its call for C, expressing D": a phrasal verb's object ends before a participle.
        if form.lemma.contains(' ') {
            stop = (start..stop)
                .find(|&k| {
                    self.st.in_quote[k] == 0
                        && self.punct(k) == Some(',')
                        && self.is_word(k + 1)
                        && !self.is_cap(k + 1)
                        && self.lower(k + 1).ends_with("ing")
                })
                .unwrap_or(stop);
        }
        if stop <= start {
            return None;
        }
        let opener = self.lower(start);
        // "talked about C" is no claim of this cue, but "said that over the years C" is.
        if !that && self.is_word(start) && TOPIC_PREPOSITIONS.contains(&opener) {
            return None;
        }
        // "will continue to raise money": an aspect verb, not speech.
        if opener == "to" && lexicon::ASPECTUAL.contains(&form.lemma.as_str()) {
            return None;
        }
        // A content of one function word or mark ("And", "—") is no content.
        if stop == start + 1 && (!self.is_word(start) || STOP_WORDS.contains(opener)) {
            return None;
        }
        Some(Draft { content: vec![(start, stop - 1)], cue, form: hit.form, source: Some(src), media })
    }

    /// The sentence's cue hits without the noun-like forms that the context shows to be nouns ("the
    /// support of", "his plans"): those neither attribute nor end another claim's content.
    fn verb_hits(&self, s: Sentence, hits: &[Hit]) -> Vec<Hit> {
        hits.iter()
            .copied()
            .filter(|&h| !lexicon::is_noun_form(&self.forms[h.form]) || self.noun_form_is_verb(s, h))
            .collect()
    }

    /// Whether a noun-like cue form ("support", "plans", "fear") is a verb here: after an auxiliary or an
    /// adverb the cue absorbed ("would back", "also plans"), after a subject pronoun, a relative pronoun or a
    /// quantifier standing for people ("they support", "who fear", "most support"), or after a plural noun
    /// and before "that" ("strategists fear that"). "plan" needs an infinitive after it.
    fn noun_form_is_verb(&self, s: Sentence, hit: Hit) -> bool {
        let form = &self.forms[hit.form];
        let mut first = hit.first;
        while first > s.start && self.is_word(first - 1) && self.absorbed(first - 1) {
            first -= 1;
        }
        let next = self.is_word(hit.last + 1).then(|| self.lower(hit.last + 1));
        let infinitive = lexicon::INFINITIVE_ONLY.contains(&form.lemma.as_str());
        if infinitive && next != Some("to") {
            return false;
        }
        if first < hit.first {
            return true;
        }
        if first == s.start || !self.is_word(first - 1) {
            return false;
        }
        let prev = self.lower(first - 1);
        let plural_form = form.form != form.lemma;
        let subject = match lexicon::pronoun_kind(prev) {
            Some(_) => plural_form == matches!(prev, "he" | "she" | "it"),
            None => matches!(prev, "who" | "that" | "which") || QUANTIFIERS.contains(prev),
        };
        // "Roe plans to run": before an infinitive any noun phrase but a possessive one is a subject.
        let noun_subject = infinitive
            && !self.is_det(first - 1)
            && !STOP_WORDS.contains(prev)
            && !prev.ends_with("'s")
            && !prev.ends_with("\u{2019}s");
        subject || noun_subject || (!plural_form && prev.ends_with('s') && next == Some("that"))
    }

    /// The preposition after a phrase at `a` of modifiers, with no determiner, headed by a noun of attitude
    /// ("strong support for", "kind words about"), when there is one within a few words.
    fn light_noun(&self, a: usize, end: usize) -> Option<usize> {
        let mut k = a;
        while k < end.min(a + 5) && self.is_word(k) {
            let w = self.lower(k);
            if LIGHT_NOUNS.contains(&w) {
                let p = k + 1;
                let prep = self.is_word(p)
                    && matches!(self.lower(p), "about" | "for" | "on" | "of" | "against" | "to" | "over");
                return (prep && p + 1 < end).then_some(p);
            }
            // "his support for C", "a note of concern for C": a determined noun is part of what was said.
            if STOP_WORDS.contains(w) || self.is_cap(k) || self.is_det(k) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// "As the Times reported, C", "C, as X noted, D", "C, as X said.": a cue in an "as" clause reports the
    /// clause it is attached to, before it or, when it opens the sentence, after it.
    #[allow(clippy::too_many_arguments)]
    fn as_clause(
        &self,
        s: Sentence,
        src: Src,
        cue: (usize, usize),
        form: usize,
        after: usize,
        end: usize,
        next: &[Hit],
    ) -> Option<Draft> {
        let a = src.first.checked_sub(1).filter(|&a| a >= s.start && self.is_word(a) && self.lower(a) == "as")?;
        // The clause is only its source and cue: "as Clinton seeks the nomination" reports nothing.
        if after < end && !matches!(self.punct(after), Some(',' | ':')) {
            return None;
        }
        let opening = a == s.start || matches!(self.punct(a - 1), Some('(' | '-' | '\u{2014}'));
        let content = if opening {
            if self.punct(after) != Some(',') {
                return None;
            }
            let stop = self.forward_end(after + 1, end, next, true);
            (stop > after + 1).then_some(vec![(after + 1, stop - 1)])?
        } else if self.punct(a - 1) == Some(',') && a - 1 > s.start {
            let mut content = vec![(self.clause_start(s.start, a - 1), self.before_punct(a - 1))];
            content.extend(self.continuation(after, end, false));
            content
        } else {
            return None;
        };
        Some(Draft { content, cue, form, source: Some(src), media: Vec::new() })
    }

    /// The question after an unattributed "asked": past the asker ("by Ingraham"), adverbs and short
    /// adjuncts ("on Thursday", "in Iowa recently"), a question word or "about", to the next comma.
    fn asked(&self, cue: (usize, usize), hit: Hit, end: usize) -> Option<Draft> {
        let mut i = hit.last + 1;
        let mut source = None;
        while i < end.min(hit.last + 12) && self.is_word(i) {
            let w = self.lower(i);
            if QUESTION_OPENERS.contains(&w) {
                break;
            }
            if TIME_WORDS.contains(w) || (w.len() > 4 && w.ends_with("ly")) {
                i += 1;
                continue;
            }
            let month = self.month(i + 1);
            let (a, z) = match w {
                "by" => self.np_forward(i + 1, end)?,
                // "asked in May if", "asked during a January debate why": an adjunct of any noun phrase.
                "in" | "at" | "on" | "during" | "last" | "this" if month => (i + 1, i + 1),
                "in" | "at" | "on" | "during" | "last" | "this" => self.hearer(i + 1, end)?,
                _ => return None,
            };
            if w == "by" && source.is_none() {
                source = Some(Src { first: a, last: z, head: z, relative: None, pronoun: None });
            }
            i = z + 1;
        }
        if !self.is_word(i) || !QUESTION_OPENERS.contains(&self.lower(i)) {
            return None;
        }
        let stop = (i..end.min(i + MAX_SPAN)).find(|&k| self.st.in_quote[k] == 0 && self.punct(k) == Some(','));
        let stop = stop.unwrap_or(end.min(i + MAX_SPAN));
        let stop = self.question_end(i, stop);
        (stop > i + 1).then(|| Draft { content: vec![(i, stop - 1)], cue, form: hit.form, source, media: Vec::new() })
    }

    /// The end of a question that opens at `i` and runs at most to `stop`: "about C" ends as an object does,
    /// a clause before an adjunct of the occasion it was asked on ("why C during a debate on Friday").
    fn question_end(&self, i: usize, stop: usize) -> usize {
        if self.lower(i) == "about" {
            return self.object_end(i + 1, stop);
        }
        (i + 1..stop)
            .find(|&k| {
                self.st.in_quote[k] == 0
                    && self.is_word(k)
                    && match self.lower(k) {
                        "during" => true,
                        "in" | "on" | "at" => self.occasion(k + 1, stop),
                        _ => false,
                    }
            })
            .unwrap_or(stop)
    }

    /// "X was asked about C", "X was asked whether C", "X was asked to C": the question, with no source in
    /// the text unless "by Y" names one; an infinitive keeps the one asked as its subject ("X || to C").
    fn asked_passive(&self, s: Sentence, cue: (usize, usize), hit: Hit, end: usize) -> Option<Draft> {
        let next = hit.last + 1;
        if self.is_word(next) && self.lower(next) == "to" {
            let (a, z) = self.passive_subject(s, cue.0.checked_sub(1).filter(|&b| b >= s.start)?, end)?;
            let stop = self.forward_end(next, end, &[], true);
            return (stop > next + 1).then(|| Draft {
                content: vec![(a, z), (next, stop - 1)],
                cue,
                form: hit.form,
                source: None,
                media: Vec::new(),
            });
        }
        self.asked(cue, hit, end)
    }

    /// Whether token `i` opens a clause or a quotation: "that", a question word, or a subject pronoun
    /// followed by its verb ("felt he could win", not "felt it").
    fn opens_clause(&self, i: usize) -> bool {
        if self.st.toks.get(i).is_some_and(|t| t.kind == TokKind::Open) {
            return true;
        }
        let w = self.lower(i);
        self.is_word(i)
            && (matches!(w, "that" | "whether" | "if" | "what" | "why" | "how" | "when" | "where" | "who")
                || ((lexicon::pronoun_kind(w).is_some() || w == "there") && self.is_word(i + 1)))
    }

    /// Whether a clause or an infinitive, maybe after its own short subject, starts at `i` ("that C", "to
    /// win", "rates to rise", "the bank to act").
    fn clause_or_infinitive(&self, i: usize, end: usize) -> bool {
        self.opens_clause(i)
            || (i..end.min(i + 6))
                .take_while(|&k| self.is_word(k) && (k == i || !STOP_WORDS.contains(self.lower(k))))
                .any(|k| self.lower(k) == "to")
    }

    /// The subject of a passive whose verb group starts after token `b`: a noun phrase, a relative pronoun
    /// ("Romney, who is expected to"), a noun phrase with its appositive or relative clause ("The bank,
    /// which has held rates, is expected to"), or the sentence's subject after "and" or "but".
    fn passive_subject(&self, s: Sentence, b: usize, end: usize) -> Option<(usize, usize)> {
        if self.punct(b) == Some(',') {
            let c = (b.saturating_sub(30).max(s.start + 1)..b)
                .rev()
                .take_while(|&k| self.is_word(k) || self.in_name_punct(k) || self.punct(k) == Some(','))
                .find(|&k| self.punct(k) == Some(','))?;
            return self.np_backward(c - 1).map(|(first, _)| (first, b - 1));
        }
        match self.lower(b) {
            "who" | "which" | "that" => Some((b, b)),
            "and" | "but" => self.sentence_subject(s, end).map(|x| (x.first, x.last)),
            _ => self.np_backward(b),
        }
    }

    /// "X seems to C", "X appeared ready", "It seems (that) C": the subject and what it seems, with no
    /// source. "appeared on television" and "appeared Monday" are not impressions.
    fn raising(&self, s: Sentence, cue: (usize, usize), hit: Hit, later: &[Hit], end: usize) -> Option<Draft> {
        let next = hit.last + 1;
        if next >= end || !self.is_word(next) || self.is_cap(next) {
            return None;
        }
        let w = self.lower(next);
        let function = STOP_WORDS.contains(w) || TIME_WORDS.contains(w);
        if function && !matches!(w, "to" | "that" | "like") {
            return None;
        }
        let b = cue.0.checked_sub(1).filter(|&b| b >= s.start && self.is_word(b))?;
        let forward = self.forward_end(next, end, later, true);
        if self.lower(b) == "it" && (b == s.start || !self.is_word(b - 1)) {
            let start = next + usize::from(w == "that");
            let stop = self.impression_end(b, next, forward);
            return (stop > start).then(|| Draft {
                content: vec![(start, stop - 1)],
                cue,
                form: hit.form,
                source: None,
                media: Vec::new(),
            });
        }
        // The subject: its noun phrase, or the words since the sentence's start or last comma, without a
        // conjunction that opens them. A relative pronoun is no subject to read ("questions that seemed").
        let relative = matches!(self.lower(b), "who" | "which");
        if STOP_WORDS.contains(self.lower(b)) && !relative {
            return None;
        }
        let subject = self.impression_subject(s, b).or(relative.then_some(b)).or_else(|| {
            let floor = s.start.max(b.saturating_sub(12));
            let mut a = (floor..=b).rev().find(|&k| !self.is_word(k)).map_or(floor, |k| k + 1);
            while a < b && STOP_WORDS.contains(self.lower(a)) {
                a += 1;
            }
            (a > floor || floor == s.start).then_some(a)
        })?;
        let stop = self.impression_end(subject, next, forward);
        if w == "to" && !self.is_word(next + 1) || stop <= next {
            return None;
        }
        Some(Draft {
            content: vec![(subject, b), (next, stop - 1)],
            cue,
            form: hit.form,
            source: None,
            media: Vec::new(),
        })
    }

    /// The subject of a verb of seeming that ends at word `b`: a noun phrase with the prepositional phrases
    /// it heads ("the character of the race", "a broader swath of Republican voters").
    fn impression_subject(&self, s: Sentence, b: usize) -> Option<usize> {
        let (mut a, _) = self.np_backward(b)?;
        for _ in 0..3 {
            let of = a >= s.start + 2
                && self.is_word(a - 1)
                && matches!(self.lower(a - 1), "of" | "on" | "for" | "in" | "from" | "about" | "with");
            if !of {
                break;
            }
            match self.np_backward(a - 2) {
                Some((x, _)) if x >= s.start => a = x,
                _ => break,
            }
        }
        Some(a)
    }

    /// The end of what something seems, within `start..stop`: the writer goes on after a colon, a semicolon
    /// or a dash ("seemed to agree: at one point ..."), and after a comma with a clause of time, cause or
    /// concession ("appeared to dismiss it, when he told ...", "seems to be moving, despite ...").
    /// A subject that opens a subordinate clause ("while many voters are expected to C, she ...") ends it at
    /// the first comma.
    fn impression_end(&self, subject: usize, start: usize, stop: usize) -> usize {
        let subordinate = subject > 0
            && self.is_word(subject - 1)
            && matches!(
                self.lower(subject - 1),
                "while" | "although" | "though" | "if" | "when" | "because" | "since" | "whereas" | "unless" | "as"
            );
        (start + 1..stop)
            .find(|&k| {
                if self.st.in_quote[k] != 0 {
                    return false;
                }
                match self.punct(k) {
                    Some(':' | ';') => true,
                    Some('\u{2014}' | '\u{2013}' | '-') => !self.paired_dash(k, stop),
                    Some(',') if subordinate => true,
                    Some(',') => self.is_word(k + 1) && IMPRESSION_ENDERS.contains(&self.lower(k + 1)),
                    _ => false,
                }
            })
            .unwrap_or(stop)
    }

    /// "BOULDUAN: C" in a transcript, "Cruz: C" in a headline: a paragraph that opens with one to four
    /// capitalised words and a colon.
    fn colon(&self, s: Sentence) -> Option<Draft> {
        if s.start > 0 && self.st.toks[s.start - 1].kind != TokKind::Para {
            return None;
        }
        let c = (s.start..(s.start + 5).min(s.end)).find(|&k| self.punct(k) == Some(':'))?;
        let end = self.content_end(s);
        if c == s.start || c + 1 >= end || !(s.start..c).all(|k| self.is_cap(k)) {
            return None;
        }
        // "Q: ...", "A: ..." in an interview, a label ("BYLINE:", "The Latest:") and a tally ("Clinton: 547")
        // name no speaker.
        // "Twitter: @handle", "Contributing: name": page furniture, a channel or a credit.
        let label = (c == s.start + 1 && self.word(s.start).chars().count() == 1)
            || COLON_LABELS.contains(&self.lower(c - 1))
            || (c == s.start + 1 && self.lex.is_media_noun(self.lower(s.start)));
        let words = (c + 1..end).any(|k| self.is_word(k) && self.word(k).chars().any(char::is_alphabetic));
        if label || !words {
            return None;
        }
        let src = Src { first: s.start, last: c - 1, head: c - 1, relative: None, pronoun: None };
        Some(Draft {
            content: vec![(c + 1, end - 1)],
            cue: (c, c),
            form: COLON_CUE,
            source: Some(src),
            media: Vec::new(),
        })
    }

    /// "- Mark Blumenthal and Jon Cohen: “C”", "More from Jones: “C”": capitalised words (joined by "and")
    /// that stand alone before a colon that opens a quotation.
    fn colon_quote(&self, s: Sentence) -> Option<Draft> {
        let c = (s.start + 1..s.end.saturating_sub(1)).find(|&k| {
            self.punct(k) == Some(':')
                && self.st.in_quote[k] == 0
                && self.st.toks[k + 1].kind == TokKind::Open
                && self.is_cap(k - 1)
        })?;
        let mut first = c - 1;
        while first > s.start
            && first + 6 > c
            && (self.is_cap(first - 1)
                || (self.lower(first - 1) == "and" && first >= s.start + 2 && self.is_cap(first - 2)))
        {
            first -= 1;
        }
        // The name stands alone, not as the object of a verb or preposition ("told The Post:", "on
        // Twitter:"); "More from Jones:" introduces more of Jones's words.
        if first > s.start && self.is_word(first - 1) && self.lower(first - 1) != "from" {
            return None;
        }
        let q = self.st.quote_of(c + 1)?;
        let src = Src { first, last: c - 1, head: c - 1, relative: None, pronoun: None };
        (q.close > c + 2).then(|| Draft {
            content: vec![(q.open, q.close.min(s.end - 1))],
            cue: (c, c),
            form: COLON_CUE,
            source: Some(src),
            media: Vec::new(),
        })
    }

    /// "X acknowledges that C" with a verb no lexicon lists: a verb (in -s or -ed, or after an
    /// auxiliary) between a source and "that" reports a proposition.
    fn that_clauses(&self, s: Sentence, hits: &[Hit], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        let mut h = 0;
        for i in s.start + 2..end {
            if !self.is_word(i) || self.st.in_quote[i] != 0 || self.lower(i) != "that" {
                continue;
            }
            let v = i - 1;
            while h < hits.len() && hits[h].last < v {
                h += 1;
            }
            if hits.get(h).is_some_and(|x| x.first <= v)
                || !self.is_word(v)
                || self.is_cap(v)
                || self.st.in_quote[v] != 0
            {
                continue;
            }
            let w = self.lower(v);
            let closed = STOP_WORDS.contains(w) || DETERMINERS.contains(w) || AUXILIARIES.contains(w);
            let mut first = v;
            while first > s.start && self.is_word(first - 1) && self.absorbed(first - 1) {
                first -= 1;
            }
            // After a form of "be" only a participle is a verb ("is clear that" is an adjective).
            // "is not clear that": the copula may stand before a negation or an adverb.
            let after_be = (first..v).any(|k| matches!(self.lower(k), "is" | "are" | "was" | "were" | "be" | "been"));
            let inflected = (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")) || w.ends_with("ed");
            let finite = if after_be { w.ends_with("ed") } else { inflected || first < v };
            // "five U.S. territories that", "the ones that": a plural after a determiner, a number or a
            // name is a noun with its relative clause.
            let plural_noun = first == v
                && w.ends_with('s')
                && v > s.start
                && (self.is_det(v - 1)
                    || QUANTIFIERS.contains(self.lower(v - 1))
                    || self.word(v - 1).bytes().all(|c| c.is_ascii_digit())
                    || (self.is_cap(v - 1)
                        && v > s.start + 1
                        && (self.is_det(v - 2) || self.word(v - 2).bytes().all(|c| c.is_ascii_digit()))));
            if closed || !finite || plural_noun || w.contains('-') || self.can_head(v) || first == s.start {
                continue;
            }
            // "said Sunday night that C": the cue before the time words has the claim.
            if hits.iter().any(|x| x.last + 1 == first) {
                continue;
            }
            let Some(src) = self
                .source_before(first - 1)
                .filter(|x| x.pronoun.is_some() || self.is_cap(x.head) || self.lex.is_source_noun(self.lower(x.head)))
            else {
                continue;
            };
            let stop = self.forward_end(i + 1, end, &[], true);
            if stop > i + 2 {
                out.push(Draft {
                    content: vec![(i + 1, stop - 1)],
                    cue: (first, v),
                    form: THAT_CUE,
                    source: Some(src),
                    media: Vec::new(),
                });
            }
        }
    }

    /// A paragraph of quotations, then a paragraph that credits them with a dash ("- Sanders.", "—President
    /// Obama, tweeting after the speech."): the dash is the cue, the name the source. `before` are the
    /// sentences before `s`.
    fn dash_credit(&self, before: &[Sentence], s: Sentence) -> Option<Draft> {
        let dash = |k: usize| matches!(self.punct(k), Some('-' | '\u{2014}' | '\u{2013}'));
        if s.start == 0 || self.st.toks[s.start - 1].kind != TokKind::Para || !dash(s.start) {
            return None;
        }
        let mut a = s.start + 1;
        while dash(a) {
            a += 1;
        }
        let end = self.content_end(s);
        let (first, last) = self.np_forward(a, end).filter(|&(f, _)| self.is_cap(f))?;
        if last + 1 < end && self.punct(last + 1) != Some(',') {
            return None;
        }
        // The quotations of the paragraph before, each a sentence of its own.
        let mut content = Vec::new();
        let mut at = s.start - 1;
        for p in before.iter().rev().take(MAX_QUOTE_SENTENCES) {
            if p.end != at {
                break;
            }
            let q = self.st.quote_of(p.start).filter(|_| self.st.toks[p.start].kind == TokKind::Open)?;
            if q.close + 1 < self.content_end(*p) {
                return None;
            }
            content.push((q.open, q.close));
            at = p.start;
        }
        if content.is_empty() {
            return None;
        }
        content.reverse();
        Some(Draft {
            content,
            cue: (s.start, a - 1),
            form: DASH_CUE,
            source: Some(Src { first, last, head: last, relative: None, pronoun: None }),
            media: Vec::new(),
        })
    }

    /// `"Go back to Univision," Trump barked.`, `"No," she snapped, and left`: a quotation that opens its
    /// sentence and ends with a comma, question or exclamation mark, then a name or a pronoun and a verb in
    /// the past that no lexicon lists, then the sentence's end, a comma or a conjunction. Only the place
    /// makes the verb a cue, so the sentence must have no cue of its own.
    fn quote_verb(&self, s: Sentence, hits: &[Hit]) -> Option<Draft> {
        if !hits.is_empty() || self.st.toks[s.start].kind != TokKind::Open {
            return None;
        }
        let q = self.st.quote_of(s.start)?;
        if self.st.toks[q.close].kind != TokKind::Close || !matches!(self.punct(q.close - 1), Some(',' | '?' | '!')) {
            return None;
        }
        let end = self.content_end(s);
        let (a, z) = self.np_forward(q.close + 1, end)?;
        let pronoun = lexicon::pronoun_kind(self.lower(a));
        if !(self.is_cap(a) || pronoun.is_some()) {
            return None;
        }
        let v = if pronoun.is_some() { a + 1 } else { z + 1 };
        if !self.is_word(v) {
            return None;
        }
        let w = self.lower(v);
        let verb =
            !self.is_cap(v) && w.len() > 3 && w.ends_with("ed") && !STOP_WORDS.contains(w) && !AUXILIARIES.contains(w);
        let after = v + 1 >= end
            || self.punct(v + 1) == Some(',')
            || (self.is_word(v + 1) && matches!(self.lower(v + 1), "and" | "as" | "before" | "while"));
        if !verb || !after {
            return None;
        }
        let z = if pronoun.is_some() { a } else { z };
        Some(Draft {
            content: vec![(q.open, self.before_punct(q.close))],
            cue: (v, v),
            form: QUOTE_CUE,
            source: Some(Src { first: a, last: z, head: z, relative: None, pronoun }),
            media: Vec::new(),
        })
    }

    /// "In a CNN poll last month, C": what a poll or survey found, with the poll as its source. Only in a sentence with no other cue, whose claim would say it better ("In the
    /// poll, 60 percent said C").
    fn in_poll(&self, s: Sentence, hits: &[Hit]) -> Option<Draft> {
        if !hits.is_empty() {
            return None;
        }
        let end = self.content_end(s);
        let i = (s.start..end).find(|&k| {
            self.st.in_quote[k] == 0
                && self.is_word(k)
                && self.lower(k) == "in"
                && self.np_forward(k + 1, end).is_some_and(|(_, z)| POLL_NOUNS.contains(&self.lower(z)))
        })?;
        let (a, z) = self.np_forward(i + 1, end)?;
        // Adjuncts of time after the poll ("last month", "this week") belong to it.
        let mut last = z;
        while last + 1 < end
            && self.is_word(last + 1)
            && (TIME_WORDS.contains(self.lower(last + 1))
                || matches!(self.lower(last + 1), "last" | "this" | "earlier" | "released" | "conducted"))
        {
            last += 1;
        }
        let src = Src { first: a, last, head: z, relative: None, pronoun: None };
        let draft = |content: (usize, usize)| Draft {
            content: vec![content],
            cue: (i, i),
            form: IN_CUE,
            source: Some(src),
            media: Vec::new(),
        };
        if i != s.start || self.punct(last + 1) != Some(',') {
            return None;
        }
        // "In the new poll, conducted March 11-13, C": a participle after the comma describes the poll.
        let mut start = last + 2;
        if self.is_word(start) && !self.is_cap(start) && self.lower(start).ends_with("ed") {
            start = (start..end.min(start + 12)).find(|&k| self.punct(k) == Some(','))? + 1;
        }
        let stop = self.forward_end(start, end, &[], true);
        (stop > start + 1).then(|| draft((start, stop - 1)))
    }

    /// The words of a sentence after its first that a lexicon may list in place, with their lowercase
    /// form: outside quotations and not capitalised. The candidates of `designation`, `predicative` and
    /// `noun_cues`.
    fn free_words(&self, s: Sentence) -> impl Iterator<Item = (usize, &'r str)> + '_ {
        (s.start + 1..self.content_end(s))
            .filter(|&j| self.is_word(j) && self.st.in_quote[j] == 0 && !self.is_cap(j))
            .map(|j| (j, self.lower(j)))
    }

    /// "X is seen as Y", "X is deemed Y", "X is known for Y", "X was known as Y": how
    /// someone not in the text sees or names X. The content is X and what it is seen as, without "as".
    fn designation(&self, s: Sentence, out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        for (j, verb) in self.free_words(s) {
            // Verbs that need "as" ("seen as"), that may take "as" or "for" ("known as", "known for"), or that
            // take their complement directly ("deemed classified").
            let with_as = matches!(verb, "seen" | "viewed" | "regarded" | "perceived");
            let known = verb == "known";
            let direct = verb == "deemed";
            if !(with_as || known || direct) {
                continue;
            }
            if out.iter().any(|d| d.holds(j)) {
                continue;
            }
            // The auxiliary before the verb, past adverbs ("is increasingly seen as", "has long been known").
            let mut k = j;
            let adverb = |i: usize| {
                let w = self.lower(i);
                !self.is_cap(i)
                    && (w.ends_with("ly")
                        || matches!(
                            w,
                            "best" | "better" | "well" | "also" | "long" | "now" | "still" | "often" | "not"
                        ))
            };
            while k > s.start + 1 && j - k < 3 && self.is_word(k - 1) && adverb(k - 1) {
                k -= 1;
            }
            let aux = (k > s.start && self.is_word(k - 1))
                .then(|| k - 1)
                .filter(|&a| matches!(self.lower(a), "is" | "are" | "was" | "were" | "be" | "been"));
            let mut a = j + 1;
            let prep = self.is_word(a) && (self.lower(a) == "as" || (known && self.lower(a) == "for"));
            if (with_as || known) && !prep {
                continue;
            }
            a += usize::from(prep);
            if a >= end || !(self.is_word(a) || self.st.toks[a].kind == TokKind::Open) {
                continue;
            }
            let w = self.lower(a);
            if self.is_word(a) && !self.is_det(a) && (STOP_WORDS.contains(w) || AUXILIARIES.contains(w)) {
                continue;
            }
            // The one so seen: the passive's subject, or the noun phrase the participle follows ("the program,
            // known as Y", "a group called Y").
            // The one so seen: the passive's subject, with its prepositional phrases. A participle without
            // an auxiliary ("the contests known as Y") is left out: mostly it only names a thing.
            let Some(x) = aux else { continue };
            let mut b = x;
            while b > s.start && self.is_word(b - 1) && self.absorbed(b - 1) {
                b -= 1;
            }
            let Some(b) = b.checked_sub(1).filter(|&b| b >= s.start) else { continue };
            let Some(mut subject) = self.passive_subject(s, b, end) else { continue };
            if subject.0 < subject.1 && subject.1 == b {
                subject.0 = self.impression_subject(s, b).map_or(subject.0, |x| x.min(subject.0));
            }
            let cue = (x, j);
            let stop = self.object_end(a, end);
            if stop <= a {
                continue;
            }
            out.push(Draft {
                content: vec![subject, (a, stop - 1)],
                cue,
                form: THAT_CUE,
                source: None,
                media: Vec::new(),
            });
        }
    }

    /// "X is confident that C", "X was critical of C", "X remains eager to C", "voters reluctant to C": a
    /// predicative adjective of belief, judgement or will reports its subject's stance. "It is unclear
    /// whether C" is left out: it is mostly the writer's own doubt. Adjectives already read as another
    /// claim's cue ("worried about") are left to it.
    fn predicative(&self, s: Sentence, hits: &[Hit], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        for (j, adj) in self.free_words(s) {
            let clause = lexicon::CLAUSE_ADJECTIVES.contains(&adj);
            let infinitive = lexicon::INFINITIVE_ADJECTIVES.contains(&adj);
            let object = lexicon::OBJECT_ADJECTIVES.iter().find(|(a, _)| *a == adj).map(|(_, p)| *p);
            // Inside another claim's content (`members may be willing to pay "because C," Roe said`) the
            // adjective is part of what that source said, and its own content must not hide that claim's cue.
            if !(clause || infinitive || object.is_some()) || out.iter().any(|d| d.holds(j)) {
                continue;
            }
            // The complement: past a word of time ("hopeful Tuesday that C").
            let mut a = j + 1;
            while a < end && self.is_word(a) && TIME_WORDS.contains(self.lower(a)) {
                a += 1;
            }
            if a >= end || !self.is_word(a) {
                continue;
            }
            let w = self.lower(a);
            let next = &hits[hits.partition_point(|h| h.first <= a)..];
            let (start, stop) = if clause && self.opens_clause(a) && self.st.toks[a].kind != TokKind::Open {
                let from = a + usize::from(w == "that");
                (a, self.forward_end(from, end, next, true))
            } else if infinitive && w == "to" && self.is_word(a + 1) && !self.is_cap(a + 1) && !self.is_det(a + 1) {
                (a, self.forward_end(a, end, next, true))
            } else if object.is_some_and(|p| p.contains(&w)) && self.is_word(a + 1) {
                let stop = self.forward_end(a + 1, end, next, false);
                (a + 1, self.object_end(a + 1, stop))
            } else {
                continue;
            };
            // The content ends before a parenthesis (the writer's aside).
            let stop = (start..stop).find(|&k| self.punct(k) == Some('(')).unwrap_or(stop);
            if stop <= start + 1 {
                continue;
            }
            // The copula, past words of degree ("is not so sure"), then its auxiliaries ("has long been").
            let mut k = j;
            while k > s.start + 1 && j - k < 4 && self.is_word(k - 1) && {
                let d = self.lower(k - 1);
                lexicon::DEGREE_WORDS.contains(&d) || (d.len() > 4 && d.ends_with("ly") && !self.is_cap(k - 1))
            } {
                k -= 1;
            }
            let c = k - 1;
            if !self.is_word(c) {
                continue;
            }
            let cop = self.lower(c);
            // "voters reluctant to C", "officials angry about C": the adjective right after its noun.
            if k == j && !lexicon::COPULAS.contains(&cop) && !STOP_WORDS.contains(cop) {
                let noun = self.lex.is_source_noun(cop) || self.is_cap(c);
                if let Some((first, last)) = self.np_backward(c).filter(|_| noun) {
                    let src = Src { first, last, head: last, relative: None, pronoun: None };
                    out.push(Draft {
                        content: vec![(start, stop - 1)],
                        cue: (j, j),
                        form: ADJ_CUE,
                        source: Some(src),
                        media: Vec::new(),
                    });
                }
                continue;
            }
            // "they're hopeful", "he's confident": the subject pronoun and its copula are one word.
            let contracted = ["'s", "\u{2019}s", "'re", "\u{2019}re", "'m", "\u{2019}m"]
                .iter()
                .find_map(|x| cop.strip_suffix(x))
                .and_then(lexicon::pronoun_kind)
                .filter(|_| !cop.starts_with("it") && !cop.starts_with("that"));
            let (cue_first, source) = if let Some(p) = contracted {
                (c, Some(Src { first: c, last: c, head: c, relative: None, pronoun: Some(p) }))
            } else {
                if !lexicon::COPULAS.contains(&cop) {
                    continue;
                }
                let mut first = c;
                while first > s.start
                    && self.is_word(first - 1)
                    && (self.absorbed(first - 1) || lexicon::DEGREE_WORDS.contains(&self.lower(first - 1)))
                {
                    first -= 1;
                }
                // "wants to be sure": the subject is not the stance's source here.
                if first == s.start || (first..c).any(|x| self.lower(x) == "to") {
                    continue;
                }
                let b = first - 1;
                // "It is unclear whether C" is mostly the writer's own doubt.
                if self.is_word(b) && self.lower(b) == "it" {
                    continue;
                }
                if self.is_word(b) || self.punct(b) == Some(')') {
                    let src = self.source_before(b).filter(|x| {
                        x.pronoun.is_some() || self.is_cap(x.head) || self.lex.is_source_noun(self.lower(x.head))
                    });
                    // "if he is willing to C", "you should be sure": a condition or a generic "you" reports no one's
                    // stance.
                    let condition = src.is_some_and(|x| {
                        x.first > s.start && matches!(self.lower(x.first - 1), "if" | "unless" | "whether")
                    });
                    let generic = src.is_some_and(|x| x.pronoun.is_some() && self.lower(x.first) == "you");
                    match src {
                        Some(x) if !condition && !generic => (first, Some(x)),
                        _ => continue,
                    }
                } else if self.punct(b) == Some(',') {
                    match self.appositive(s, b) {
                        Some(x) => (first, Some(x)),
                        None => continue,
                    }
                } else {
                    continue;
                }
            };
            out.push(Draft {
                content: vec![(start, stop - 1)],
                cue: (cue_first, j),
                form: ADJ_CUE,
                source,
                media: Vec::new(),
            });
        }
    }

    /// "Roe's claim that C", "his decision to C", "their criticism of C", "in her view, C", "in the view of
    /// X, C": a noun of belief, intention or judgement reports the stance of the possessive before it, or
    /// of the "of" phrase after "the view".
    fn noun_cues(&self, s: Sentence, hits: &[Hit], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        for (j, noun) in self.free_words(s) {
            let that = lexicon::THAT_NOUNS.contains(&noun);
            let to = lexicon::TO_NOUNS.contains(&noun);
            let object = lexicon::OBJECT_NOUNS.iter().find(|(n, _)| *n == noun).map(|(_, p)| *p);
            let opinion = lexicon::OPINION_NOUNS.contains(&noun);
            if !(that || to || object.is_some() || opinion) || out.iter().any(|d| d.holds(j)) {
                continue;
            }
            let next = &hits[hits.partition_point(|h| h.first <= j)..];
            // "In the view of X, C".
            if opinion && j >= s.start + 2 && self.lower(j - 1) == "the" && self.lower(j - 2) == "in" {
                let of = self.is_word(j + 1) && self.lower(j + 1) == "of";
                let Some((a, z)) = of.then(|| self.np_forward(j + 2, end)).flatten() else {
                    continue;
                };
                if self.punct(z + 1) != Some(',') {
                    continue;
                }
                let stop = self.forward_end(z + 2, end, next, true);
                if stop > z + 3 {
                    let src = Src {
                        first: a,
                        last: z,
                        head: z,
                        relative: None,
                        pronoun: lexicon::pronoun_kind(self.lower(a)),
                    };
                    out.push(Draft {
                        content: vec![(z + 2, stop - 1)],
                        cue: (j - 2, j),
                        form: NOUN_CUE,
                        source: Some(src),
                        media: Vec::new(),
                    });
                }
                continue;
            }
            // The owner: a possessive before the noun, maybe past one modifier ("his latest attacks on").
            let mut p = j - 1;
            if self.possessive(p).is_none() && p > s.start && self.is_word(p) && !self.is_cap(p) {
                let m = self.lower(p);
                if !STOP_WORDS.contains(m) && !DETERMINERS.contains(m) && !AUXILIARIES.contains(m) {
                    p -= 1;
                }
            }
            let Some(src) = self.possessive(p) else { continue };
            let a = j + 1;
            if !self.is_word(a) {
                // "In his view, C".
                if opinion && p > s.start && self.lower(p - 1) == "in" && self.punct(a) == Some(',') {
                    let stop = self.forward_end(a + 1, end, next, true);
                    if stop > a + 2 {
                        out.push(Draft {
                            content: vec![(a + 1, stop - 1)],
                            cue: (p - 1, j),
                            form: NOUN_CUE,
                            source: Some(src),
                            media: Vec::new(),
                        });
                    }
                }
                continue;
            }
            let w = self.lower(a);
            let (start, stop) = if that && w == "that" {
                (a, self.forward_end(a + 1, end, next, true))
            } else if to && w == "to" && self.is_word(a + 1) && !self.is_det(a + 1) && !self.is_cap(a + 1) {
                (a, self.subject_end(a, self.forward_end(a, end, next, true)))
            } else if object.is_some_and(|ps| ps.contains(&w)) && self.is_word(a + 1) {
                let stop = self.object_end(a + 1, self.forward_end(a + 1, end, next, false));
                (a + 1, self.subject_end(a + 1, stop))
            } else {
                continue;
            };
            if stop <= start + 1 {
                continue;
            }
            out.push(Draft {
                content: vec![(start, stop - 1)],
                cue: (p, j),
                form: NOUN_CUE,
                source: Some(src),
                media: Vec::new(),
            });
        }
    }

    /// A possessive that owns a stance: "his", "her", "their", "its", or a name or source noun in -'s
    /// ("Trump's", "the senator's").
    fn possessive(&self, p: usize) -> Option<Src> {
        if !self.is_word(p) {
            return None;
        }
        let w = self.lower(p);
        let pronoun = match w {
            "his" | "her" => Some(PronounKind::Person),
            "their" | "its" => Some(PronounKind::Group),
            "our" | "my" => Some(PronounKind::Deictic),
            _ => None,
        };
        if pronoun.is_some() {
            return Some(Src { first: p, last: p, head: p, relative: None, pronoun });
        }
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))?;
        if lexicon::pronoun_kind(stem).is_some()
            || STOP_WORDS.contains(stem)
            || !(self.is_cap(p) || self.lex.is_source_noun(stem))
        {
            return None;
        }
        let (first, _) = self.np_backward(p).unwrap_or((p, p));
        Some(Src { first, last: p, head: p, relative: None, pronoun: None })
    }

    /// The end of a content inside a noun phrase that is its sentence's subject: before the main verb's
    /// auxiliary ("his decision to run has drawn C"), unless a clause of the content's own comes first.
    fn subject_end(&self, start: usize, stop: usize) -> usize {
        for k in start + 1..stop {
            if !self.is_word(k) {
                continue;
            }
            let w = self.lower(k);
            if matches!(w, "that" | "who" | "which" | "if" | "because" | "when" | "while") {
                return stop;
            }
            if matches!(
                w,
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
            ) {
                return k;
            }
        }
        stop
    }

    /// Whether a word left of a cue joins it: an auxiliary, a negation, an adverb in -ly.
    fn absorbed(&self, i: usize) -> bool {
        let w = self.lower(i);
        let time = |k: usize| self.is_word(k) && TIME_WORDS.contains(self.lower(k));
        AUXILIARIES.contains(w)
            || matches!(w, "however" | "meanwhile" | "though" | "always" | "ever" | "first")
            // "have both urged": a floating quantifier after an auxiliary.
            || (matches!(w, "both" | "all" | "each") && i > 0 && self.is_word(i - 1) && AUXILIARIES.contains(self.lower(i - 1)))
            // "Trump at the time said".
            || (i.saturating_sub(2)..=i).any(|a| {
                self.is_word(a + 2) && self.lower(a) == "at" && self.lower(a + 1) == "the" && self.lower(a + 2) == "time"
            })
            || (w.len() > 4 && w.ends_with("ly") && !self.lex.is_source_noun(w) && !self.is_cap(i))
            || time(i)
            || (matches!(w, "on" | "last" | "this" | "late" | "early") && time(i + 1))
            || self.ago(i)
    }

    /// Whether word `i` is in a span of time counted back ("less than two weeks ago", "a few days ago").
    fn ago(&self, i: usize) -> bool {
        let part = |k: usize| {
            let w = self.lower(k);
            w.bytes().all(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "ago"
                        | "less"
                        | "more"
                        | "than"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "just"
                        | "only"
                        | "a"
                        | "an"
                        | "few"
                        | "several"
                        | "couple"
                        | "of"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "minutes"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "hour"
                        | "day"
                        | "week"
                        | "month"
                        | "year"
                        | "decade"
                        | "decades"
                )
        };
        (i..self.st.toks.len().min(i + 6)).take_while(|&k| self.is_word(k) && part(k)).any(|k| self.lower(k) == "ago")
    }

    /// The token index just past the sentence's last content token (final punctuation dropped).
    fn content_end(&self, s: Sentence) -> usize {
        let mut e = s.end;
        while e > s.start && matches!(self.punct(e - 1), Some('.' | '!' | '?' | ',' | ';' | ':')) {
            e -= 1;
        }
        e
    }

    /// The end of a content that runs forward from `start`: the sentence end, or before a cue after a
    /// comma ("..., adding"), a participle after a quotation's comma, a coordinated predicate ("and has targeted") when the
    /// content is not a `clause` of its own, or a semicolon.
    fn forward_end(&self, start: usize, end: usize, next: &[Hit], clause: bool) -> usize {
        let end = end.min(start + MAX_SPAN);
        // The cues after this one: any of them, not only the next, can open the next claim ("told X that A
        // agrees and said B").
        let cue_at = |i: usize| next.binary_search_by_key(&i, |h| h.first).is_ok();
        let mut paren = false;
        let mut i = start;
        while i < end {
            if let Some(q) = self.st.quote_of(i) {
                i = q.close.max(i) + 1;
                // `"New York values," stating ...`: a comma inside the closing mark counts too.
                if i < end && self.punct(q.close.saturating_sub(1)) == Some(',') && self.is_word(i) && !self.is_cap(i) {
                    let w = self.lower(i);
                    // `"We'll see," when asked whether C`: the question is a claim of its own.
                    let asked = matches!(w, "when" | "after" | "before" | "while" | "as" | "if")
                        && self.is_word(i + 1)
                        && self.lower(i + 1) == "asked";
                    if (w.ends_with("ing") && w.len() > 5) || cue_at(i) || CONTENT_ENDERS.contains(&w) || asked {
                        return i;
                    }
                }
                continue;
            }
            // "... terrorists — a controversial proposal he has raised": the writer's aside after a dash.
            let dash = matches!(self.punct(i), Some('\u{2014}' | '\u{2013}' | '-'));
            // "(She says C.) The leaders ...": the parenthesis the content is in closes.
            paren |= self.punct(i) == Some('(');
            if self.punct(i) == Some(';') {
                return i;
            }
            if self.punct(i) == Some(')') && !paren {
                return if i > start + 1 && matches!(self.punct(i - 1), Some('.' | '!' | '?')) { i - 1 } else { i };
            }
            if dash && i > start && self.is_det(i + 1) && !self.paired_dash(i, end) {
                // "--" is two tokens: the content ends before the first.
                let mut d = i;
                while d > start + 1 && matches!(self.punct(d - 1), Some('-' | '\u{2014}' | '\u{2013}')) {
                    d -= 1;
                }
                return d;
            }
            // "..., a move that angered many", "..., the first in years", "..., who lost": the writer's closing comment on what was said, an
            // appositive that runs to the end of the sentence.
            // Not after an opening subordinate clause: "said that when it rained, the roads flooded".
            let subordinate = || {
                self.is_word(start)
                    && matches!(
                        self.lower(start),
                        "when"
                            | "if"
                            | "because"
                            | "although"
                            | "though"
                            | "while"
                            | "after"
                            | "before"
                            | "since"
                            | "as"
                            | "unless"
                            | "once"
                    )
                    && (start..i).all(|k| self.punct(k) != Some(','))
            };
            if self.punct(i) == Some(',')
                && self.is_word(i + 1)
                && matches!(self.word(i + 1), "a" | "an" | "the" | "who")
                && (i + 2..end).all(|k| self.st.in_quote[k] != 0 || !matches!(self.punct(k), Some(',' | ';')))
                && !subordinate()
            {
                return i;
            }
            if self.punct(i) == Some(',') && self.is_word(i + 1) && !self.is_cap(i + 1) {
                let w = self.lower(i + 1);
                // "said A, but that B": a second that-clause of the same verb goes on with the content.
                let second_clause = w == "but" && self.is_word(i + 2) && self.lower(i + 2) == "that";
                // A participle after the comma goes on with the content ("said the campaign recovered,
                // coming from behind") unless it is a cue of its own ("..., adding that").
                if cue_at(i + 1) || (CONTENT_ENDERS.contains(&w) && !second_clause) {
                    return i;
                }
            }
            // "X tweeted a photograph and said C", "42% say A, 32% call B": the next cue's clause is not
            // this content; "A and that she expects B" is a second clause of this one.
            let conjunction = self.is_word(i) && matches!(self.lower(i), "and" | "but");
            if i > start
                && (self.punct(i) == Some(',') || conjunction)
                && !(self.is_word(i + 1) && self.lower(i + 1) == "that")
            {
                // "... and 60 percent said": a short subject and the next cue.
                let following = next.get(next.partition_point(|h| h.first <= i)).map(|h| h.first);
                // Not when the words before the cue open with a function word and so are no subject
                // ("..., despite their claims", "but also because he denied").
                let subject = |c: usize| {
                    let w = self.lower(i + 1);
                    c == i + 1
                        || w == "and"
                        || !(STOP_WORDS.contains(w)
                            || matches!(w, "despite" | "amid" | "including" | "regarding" | "given" | "unlike"))
                };
                if let Some(c) = following.filter(|&c| c <= i + 6 && subject(c)) {
                    if (i + 1..c).all(|k| self.is_word(k)) {
                        return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
                    }
                }
            }
            // "called the merger a bad deal, and ranked her among the worst": after a comma, a past verb is
            // a second predicate of the source; without the comma it is one only when the content is no
            // clause of its own ("vowed to keep it legal and celebrated the ruling").
            if i > start && self.is_word(i) && self.lower(i) == "and" && self.is_word(i + 1) && !self.is_cap(i + 1) {
                let w = self.lower(i + 1);
                let past = w.len() > 4 && w.ends_with("ed") && !STOP_WORDS.contains(w);
                // "called it a disgrace and likened it to X": a verb with an object pronoun of its own is the
                // source's next predicate, even after a clause.
                let object = self.is_word(i + 2)
                    && matches!(
                        self.lower(i + 2),
                        "him" | "her" | "it" | "them" | "himself" | "herself" | "itself" | "themselves"
                    )
                    && (past || (w.len() > 3 && w.ends_with('s')));
                if (past && (self.punct(i - 1) == Some(',') || !clause)) || object {
                    return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
                }
            }
            // "said he was excited as he faced a test": a clause of time after the content.
            if i > start + 1
                && self.is_word(i)
                && self.lower(i) == "as"
                && self.is_word(i + 1)
                && lexicon::pronoun_kind(self.lower(i + 1)).is_some()
            {
                return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
            }
            // "considers X a threat and has targeted": a second predicate of the source, unless the
            // content is a clause with a subject of its own ("said the campaign opened X and has had Y").
            if i > start
                && !clause
                && self.is_word(i)
                && matches!(self.lower(i), "and" | "but")
                && self.is_word(i + 1)
                && AUXILIARIES.contains(self.lower(i + 1))
                && self.lower(i + 1) != "to"
            {
                return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
            }
            i += 1;
        }
        end
    }

    /// Whether the dash at `i` opens an aside that another dash closes a few words on ("a bigger stage --
    /// the DNC -- to counterbalance"): the content goes on past it.
    fn paired_dash(&self, i: usize, end: usize) -> bool {
        let dash = |k: usize| matches!(self.punct(k), Some('\u{2014}' | '\u{2013}' | '-'));
        let mut k = i + 1;
        while dash(k) {
            k += 1;
        }
        (k..end.min(k + 12)).take_while(|&j| self.is_word(j) || dash(j)).any(|j| dash(j) && j + 1 < end)
    }

    /// The end of an object content: before a comma that is not a list's, an adjunct of time or an
    /// adjunct that says where it was said ("praised X in an interview"); other prepositional phrases,
    /// relative clauses and coordinated objects stay ("accused X of Y", "talked about a group who ...").
    fn object_end(&self, start: usize, stop: usize) -> usize {
        let mut i = start + 1;
        let mut commas = 0;
        while i < stop {
            if let Some(q) = self.st.quote_of(i) {
                i = q.close + 1;
                continue;
            }
            // "charged X with murder, and Y fired Z": ", and" with no list before it opens a new clause.
            let clause = commas == 0 && self.is_word(i + 1) && matches!(self.lower(i + 1), "and" | "but");
            if matches!(self.punct(i), Some(';' | ':' | '(' | '\u{2014}'))
                || (self.punct(i) == Some(',') && (clause || !self.in_list(i, stop)))
            {
                return i;
            }
            commas += usize::from(self.punct(i) == Some(','));
            if self.is_word(i) && OBJECT_ENDERS.contains(&self.lower(i)) {
                return i;
            }
            // "criticized X by citing a poll", "praised X as he left": how or when, not what.
            if self.is_word(i) && self.is_word(i + 1) {
                let (w, n) = (self.lower(i), self.lower(i + 1));
                let gerund = n.len() > 5 && n.ends_with("ing") && !self.is_cap(i + 1);
                let subject = lexicon::pronoun_kind(n).is_some();
                if (w == "by" && gerund) || (w == "as" && subject) {
                    return i;
                }
            }
            // "praised X in an interview", "on Twitter", "on Monday": where or when it was said; "backed the
            // mayor in the primary" keeps its adjunct.
            if self.is_word(i)
                && matches!(self.lower(i), "in" | "on")
                && (self.is_word(i + 1) && TIME_WORDS.contains(self.lower(i + 1))
                    || self.occasion(i + 1, stop)
                    || self.np_forward(i + 1, stop).is_some_and(|(a, b)| self.is_media(a, b)))
            {
                return i;
            }
            i += 1;
        }
        stop
    }

    /// Whether word `k` names a month ("May" only capitalised, since "may" is mostly the auxiliary).
    fn month(&self, k: usize) -> bool {
        self.is_word(k) && (MONTHS.contains(&self.lower(k)) || self.word(k) == "May")
    }

    /// Whether the phrase at `a` (after "in" or "on") says when or on what occasion something was said:
    /// a month ("December", "early June"), a gerund ("in answering"), or a phrase headed within a few words
    /// by an occasion noun ("a tweet", "his opening statement", "the fifth Republican debate").
    fn occasion(&self, a: usize, stop: usize) -> bool {
        if !self.is_word(a) || a >= stop {
            return false;
        }
        let w = self.lower(a);
        if self.month(a) || (matches!(w, "early" | "late" | "mid") && self.month(a + 1)) {
            return true;
        }
        if w.len() > 5 && w.ends_with("ing") && !self.is_cap(a) {
            return true;
        }
        if !self.is_det(a) {
            return false;
        }
        // The occasion noun ends its phrase: "a tweet on Sunday", not "a tweet storm".
        let ends = |k: usize| !self.is_word(k + 1) || STOP_WORDS.contains(self.lower(k + 1));
        (a + 1..stop.min(a + 5))
            .take_while(|&k| self.is_word(k) && !STOP_WORDS.contains(self.lower(k)))
            .any(|k| OCCASION_NOUNS.contains(&self.lower(k)) && ends(k))
    }

    /// Whether the comma at `i` separates the items of a list that "and" or "or" soon closes ("cite jobs,
    /// safety and housing").
    fn in_list(&self, i: usize, stop: usize) -> bool {
        (i + 1..stop.min(i + 12))
            .take_while(|&k| self.is_word(k) || self.punct(k) == Some(','))
            .any(|k| self.is_word(k) && matches!(self.lower(k), "and" | "or"))
    }

    /// Where a content before the cue starts: the sentence start, after a colon, or after a comma and a
    /// clause opener ("..., whereas C, according to X"); a semicolon joins the parts of one content.
    fn clause_start(&self, start: usize, stop: usize) -> usize {
        // A quotation that ends right before the cue and opens its own clause is the whole content
        // (`"A," she said, but "B," said Kunin`).
        let last = stop.saturating_sub(1);
        if let Some(q) = self.st.quote_of(last).filter(|q| q.close >= last && q.open > start) {
            if !self.is_word(q.open - 1) {
                return q.open;
            }
        }
        let start = start.max(stop.saturating_sub(MAX_SPAN));
        let mut from = start;
        for i in start..stop.saturating_sub(1) {
            if self.st.in_quote[i] != 0 {
                continue;
            }
            if self.punct(i) == Some(',') && self.is_word(i + 1) && CLAUSE_OPENERS.contains(&self.lower(i + 1)) {
                from = i + 2;
            } else if self.punct(i) == Some(':') {
                // "His final assessment: \"C,\" he said."
                from = i + 1;
            }
        }
        from
    }

    /// The last token of a content that ends at punctuation `b` (a closing quotation mark stays).
    fn before_punct(&self, b: usize) -> usize {
        if self.st.toks[b].kind == TokKind::Close { b } else { b - 1 }
    }

    /// The second part of an interrupted content: after the comma at `after`, a quotation when the first
    /// part was one, or the rest of the sentence when it was not and the rest is not a participle.
    fn continuation(&self, after: usize, end: usize, quoted: bool) -> Option<(usize, usize)> {
        if after >= end {
            return None;
        }
        let quotation = |start: usize| {
            let q = self.st.quote_of(start)?;
            Some((start, q.close.min(end.max(start + 1) - 1).max(start)))
        };
        // `"A," X said "B."`: a quotation straight after the cue, with no comma.
        // Not a title (`told NBC's "Today" on Monday`): the quotation ends the sentence. Not after a
        // relative clause (`said Roe, who thinks they "need C."`): the quotation is that clause's.
        if quoted && self.st.toks[after].kind == TokKind::Open {
            let q = self.st.quote_of(after)?;
            let last = (q.close + 1..end).all(|k| matches!(self.punct(k), Some('.' | '!' | '?')));
            let relative = (after.saturating_sub(8)..after)
                .any(|k| self.is_word(k) && matches!(self.lower(k), "who" | "which" | "that" | "whose"));
            return (last && !relative).then(|| quotation(after)).flatten();
        }
        // `"A," she said of the plan, "B."`: an adjunct of the cue before the comma.
        let (after, adjunct) = match self.punct(after) {
            Some(',') => (after, false),
            _ => (self.adjunct_comma(after, end)?, true),
        };
        let start = after + 1;
        if start >= end {
            return None;
        }
        if self.st.toks[start].kind == TokKind::Open {
            return quotation(start);
        }
        let w = self.lower(start);
        // `"A," she said, and "B."`: a quotation the conjunction joins to the first.
        if quoted && matches!(w, "and" | "but") && self.st.toks.get(start + 1).is_some_and(|t| t.kind == TokKind::Open)
        {
            return quotation(start + 1).map(|(_, b)| (start, b));
        }
        // "The documents indicate, he said, that C", and after a quotation, `"A," he said, that C`.
        let start = if w == "that" && start + 1 < end {
            start + 1
        } else if adjunct {
            return None;
        } else if !quoted && matches!(w, "because" | "so") && self.is_word(start + 1) && self.lower(start + 1) != "that"
        {
            // "A, he said, because B": the reason is part of what was said.
            start
        } else if quoted
            || !self.is_word(start)
            // "..., adding C" is a cue of its own; "..., spending will fall" is a subject.
            || (w.ends_with("ing")
                && !w.ends_with("thing")
                && !(self.is_word(start + 1) && AUXILIARIES.contains(self.lower(start + 1))))
            || (STOP_WORDS.contains(w) && !AUXILIARIES.contains(w))
        {
            return None;
        } else {
            start
        };
        // It ends where a content running forward would ("..., which he said would fall").
        let stop = self.forward_end(start, end, &[], true);
        (stop > start).then(|| (start, stop - 1))
    }

    /// The comma that ends a short adjunct of the cue at `i` ("of the families", "in an interview
    /// afterward", "while visiting the plant"): words only, a few of them.
    fn adjunct_comma(&self, i: usize, end: usize) -> Option<usize> {
        const OPENERS: &[&str] = &[
            "of", "in", "at", "on", "to", "about", "after", "before", "during", "while", "when", "as", "outside",
            "from", "with", "without", "for", "this", "last", "earlier", "later",
        ];
        if !self.is_word(i) || !OPENERS.contains(&self.lower(i)) {
            return None;
        }
        (i + 1..end.min(i + 16))
            .take_while(|&k| self.is_word(k) || self.punct(k) == Some(','))
            .find(|&k| self.punct(k) == Some(','))
    }

    /// What follows a cue before its content: a hearer for "tell", then phrases such as "in a post on
    /// the X platform", "via X", "on Tuesday". Returns where the content may start and the medium.
    fn after_cue(&self, mut i: usize, class: CueClass, end: usize) -> Option<(usize, Vec<MediumPhrase>)> {
        let mut media = Vec::new();
        if class == CueClass::Tell {
            let (a, b) = self.hearer(i, end)?;
            media.push((a, b, self.is_media(a, b)));
            i = b + 1;
        }
        // "said pleasantly", "said Thursday": an adverb or a day after the cue.
        while i < end
            && self.is_word(i)
            && ((!self.is_cap(i) && self.lower(i).ends_with("ly") && self.lower(i).len() > 4)
                || TIME_WORDS.contains(self.lower(i)))
        {
            i += 1;
        }
        // "the Times reported late Thursday", "reported ten days ago": a time phrase that ends the sentence.
        let time = |k: usize| {
            let w = self.lower(k);
            TIME_WORDS.contains(w) || matches!(w, "late" | "early" | "last" | "this" | "on" | "ago")
        };
        if i < end
            && end - i <= 4
            && (i..end).all(|k| self.is_word(k))
            && (self.lower(end - 1) == "ago" || (i..end).all(time))
        {
            return Some((end, media));
        }
        // Prepositional phrases right after the cue are adjuncts when they end where the content (or the
        // sentence) begins.
        let mut j = i;
        let mut found = Vec::new();
        for _ in 0..3 {
            if j >= end
                || !self.is_word(j)
                || !matches!(
                    self.lower(j),
                    "in" | "on"
                        | "via"
                        | "to"
                        | "with"
                        | "through"
                        | "during"
                        | "at"
                        | "of"
                        | "last"
                        | "this"
                        | "earlier"
                )
            {
                break;
            }
            let np = if matches!(self.lower(j), "last" | "this" | "earlier") {
                Some((j, j + 1))
            } else {
                self.np_forward(j + 1, end)
            };
            let Some((a, b)) = np else { break };
            if MEDIUM_PREPOSITIONS.contains(self.lower(j)) {
                found.push((a, b, self.lower(j) == "via" || self.is_media(a, b)));
            }
            j = b + 1;
        }
        if j > i {
            let boundary = j >= end
                || matches!(self.punct(j), Some(',' | ':'))
                || self.st.toks[j].kind == TokKind::Open
                || (self.is_word(j) && self.lower(j) == "that");
            if boundary {
                i = j;
                media.extend(found);
            }
        }
        // "said of the request: \"C\"", "reported after the raid:": words up to a colon that opens the
        // content are the cue's adjuncts.
        if i < end && self.is_word(i) && (STOP_WORDS.contains(self.lower(i)) || NAME_LINKS.contains(self.lower(i))) {
            let colon = (i + 1..self.st.toks.len().min(i + 16))
                .take_while(|&k| self.is_word(k) || self.punct(k) == Some(':') || self.in_name_punct(k))
                .find(|&k| self.punct(k) == Some(':'));
            if let Some(c) = colon {
                let opens = self.st.toks.get(c + 1).is_some_and(|t| matches!(t.kind, TokKind::Open | TokKind::Para));
                if opens {
                    return Some((c.min(end), media));
                }
            }
        }
        // "said, without evidence, that C", "said, in an interview, \"C\"": an aside between commas.
        if self.punct(i) == Some(',') {
            let close = (i + 1..end.min(i + 10)).find(|&k| !self.is_word(k));
            if let Some(c) = close.filter(|&c| c > i + 1 && self.punct(c) == Some(',')) {
                if self.is_word(c + 1) && self.lower(c + 1) == "that" {
                    i = c + 1;
                } else if self.st.toks.get(c + 1).is_some_and(|t| t.kind == TokKind::Open) {
                    i = c;
                }
            }
        }
        Some((i, media))
    }

    /// Whether the phrase `a..=b` names a medium: a media word in it ("platform", "News", "Twitter").
    fn is_media(&self, a: usize, b: usize) -> bool {
        (a..=b).any(|k| self.is_word(k) && self.lex.is_media_noun(self.lower(k)))
    }

    /// "C, said X" and `"A," said X, "B."`: the cue after a comma or quotation, the source after it.
    fn inverted(&self, s: Sentence, cue: (usize, usize), form: usize, b: usize, end: usize) -> Option<Draft> {
        // `"C," wrote one commenter`: after a determiner, any noun heads the source.
        let (a, z) =
            self.np_forward(cue.1 + 1, end).or_else(|| self.hearer(cue.1 + 1, end).filter(|&(a, _)| self.is_det(a)))?;
        let w = self.lower(a);
        let pronoun = lexicon::pronoun_kind(w);
        if !(self.is_cap(a) || self.is_cap(z) || self.is_det(a) || pronoun.is_some() || self.can_head(a)) {
            return None;
        }
        let (z, head) = if pronoun.is_some() { (a, a) } else { (self.appositive_after(z, end), z) };
        let mut i = z + 1;
        let mut media = Vec::new();
        if let Some((after, m)) = self.after_cue(i, CueClass::Speech, end) {
            i = after;
            media = m;
        }
        if i < end && self.punct(i) != Some(',') && (self.st.toks[b].kind != TokKind::Close || pronoun.is_some()) {
            return None;
        }
        let src = Src { first: a, last: z, head, relative: None, pronoun };
        let mut content = vec![(self.clause_start(s.start, b), self.before_punct(b))];
        if let Some(part) = self.continuation(i, end, self.st.toks[content[0].0].kind == TokKind::Open) {
            content.push(part);
        }
        Some(Draft { content, cue, form, source: Some(src), media })
    }

    /// "Said Jane Roe, who grew up there, \"C\"", "Added Roe: C": an inverted cue that opens its sentence,
    /// its source, then a comma or colon and the content.
    fn opening_inverted(&self, cue: (usize, usize), hit: Hit, end: usize) -> Option<Draft> {
        let (a, z) = self.np_forward(hit.last + 1, end)?;
        if !(self.is_cap(a) || self.is_det(a)) {
            return None;
        }
        let last = self.appositive_after(z, end);
        let mut start = last + 1;
        if !matches!(self.punct(start), Some(',' | ':')) {
            return None;
        }
        start += 1;
        let stop = match self.st.quote_of(start).filter(|q| q.open == start && q.close < end) {
            Some(q) => q.close,
            None => end.checked_sub(1)?,
        };
        let src = Src { first: a, last, head: z, relative: None, pronoun: None };
        (stop > start).then(|| Draft {
            content: vec![(start, stop)],
            cue,
            form: hit.form,
            source: Some(src),
            media: Vec::new(),
        })
    }

    /// "According to X, C", "C, according to X" and "A, according to X, B".
    fn according(&self, s: Sentence, cue: (usize, usize), form: usize, end: usize) -> Option<Draft> {
        // The source runs to the comma, the sentence end, a relative clause ("sources who spoke to") or the
        // dash or parenthesis that closes the aside it is in ("(15 percent, according to Factcheck.org)").
        let a = cue.1 + 1;
        let mut z = a;
        let mut paren = false;
        while z + 1 < end
            && z < a + 15
            && self.punct(z + 1) != Some(',')
            && !matches!(self.punct(z + 1), Some('\u{2014}' | '\u{2013}'))
            && !(self.punct(z + 1) == Some('-') && self.st.toks[z + 1].start > self.st.toks[z].end)
            && (self.punct(z + 1) != Some(')') || paren)
            && !(self.is_word(z + 1) && matches!(self.lower(z + 1), "who" | "which" | "that"))
        {
            if let Some(q) = self.st.quote_of(z + 1) {
                z = q.close.min(end - 1);
            } else {
                z += 1;
                paren |= self.punct(z) == Some('(');
            }
        }
        if a >= end || !(self.is_word(a) || self.st.toks[a].kind == TokKind::Open) {
            return None;
        }
        let src = Src { first: a, last: z, head: z, relative: None, pronoun: None };
        // "sources who spoke to Reuters", "a report in the Post": a medium after the source.
        let mut media = Vec::new();
        let mut i = z + 1;
        let mut steps = 0;
        while i < end && steps < 6 && self.punct(i) != Some(',') {
            if self.is_word(i) && MEDIUM_PREPOSITIONS.contains(self.lower(i)) {
                if let Some((ma, mz)) = self.np_forward(i + 1, end) {
                    media.push((ma, mz, self.lower(i) == "via" || self.is_media(ma, mz)));
                    i = mz + 1;
                    steps += 1;
                    continue;
                }
            }
            i += 1;
            steps += 1;
        }
        let at_start = cue.0 == s.start
            || (cue.0 == s.start + 1 && self.is_word(s.start) && STOP_WORDS.contains(self.lower(s.start)));
        if at_start {
            let mut j = i;
            while j < end.min(i + MAX_SPAN) && self.punct(j) != Some(',') {
                j += 1;
            }
            let start = if j < end && self.punct(j) == Some(',') { j + 1 } else { z + 1 };
            let stop = self.forward_end(start, end, &[], true);
            if stop <= start {
                return None;
            }
            return Some(Draft { content: vec![(start, stop - 1)], cue, form, source: Some(src), media });
        }
        let b = cue.0.checked_sub(1).filter(|&b| b >= s.start)?;
        let last = if self.is_comma_like(b) {
            if b == s.start {
                return None;
            }
            self.before_punct(b)
        } else {
            b
        };
        let mut from = self.clause_start(s.start, b);
        // Inside a parenthesis, the content is the parenthesis.
        if let Some(o) =
            (from..b).rev().take_while(|&k| self.punct(k) != Some(')')).find(|&k| self.punct(k) == Some('('))
        {
            from = o + 1;
        }
        // "the gap in delegates, which stood at 263, according to X": a trailing relative or "with" phrase
        // is what the source vouches for.
        if let Some(c) = (from + 1..b).rev().take(MAX_SPAN).find(|&k| {
            self.punct(k) == Some(',')
                && self.st.in_quote[k] == 0
                && self.is_word(k + 1)
                && matches!(self.lower(k + 1), "which" | "with" | "whose")
        }) {
            from = c + 1;
        }
        // "But, according to X, C": a conjunction alone before the cue is no part of the content.
        let lone = from + 1 == b && self.is_word(from) && STOP_WORDS.contains(self.lower(from));
        let mut content = if lone { Vec::new() } else { vec![(from, last)] };
        if let Some(part) = self.continuation(i, end, false) {
            content.push(part);
        }
        (!content.is_empty()).then_some(Draft { content, cue, form, source: Some(src), media })
    }

    /// The source that ends at word `b`, right before a cue.
    fn source_before(&self, b: usize) -> Option<Src> {
        // "Sen. Rand Paul (R-Ky.) said", "26% say": the name or number before the parenthesis or sign.
        if matches!(self.punct(b), Some(')' | '%')) {
            let head = if self.punct(b) == Some('%') {
                b.checked_sub(1)?
            } else {
                let open = (b.saturating_sub(20)..b).rev().find(|&o| self.punct(o) == Some('('))?;
                open.checked_sub(1)?
            };
            let (first, _) = self.np_backward(head)?;
            return Some(Src { first, last: b, head, relative: None, pronoun: None });
        }
        let w = self.lower(b);
        // "She's hoping", "they’re saying": a pronoun with its auxiliary contracted.
        let stem = w.split(['\'', '\u{2019}']).next().unwrap_or(w);
        if let Some(p) = lexicon::pronoun_kind(stem) {
            return Some(Src { first: b, last: b, head: b, relative: None, pronoun: Some(p) });
        }
        // "Cruz himself said": the intensifier belongs to the source before it.
        if matches!(w, "himself" | "herself" | "itself" | "themselves") && b > 0 && self.is_word(b - 1) {
            return self.source_before(b - 1).map(|x| Src { last: b, ..x });
        }
        if let Some(src) = self.postmodified(b) {
            return Some(src);
        }
        if matches!(w, "who" | "which") {
            let mut a = b.checked_sub(1)?;
            if self.punct(a) == Some(',') {
                a = a.checked_sub(1)?;
            }
            // With no antecedent ("those who said"), the relative pronoun is the source.
            return Some(match self.np_backward(a) {
                Some((first, last)) => Src { first, last, head: last, relative: Some(b), pronoun: None },
                None => Src { first: b, last: b, head: b, relative: None, pronoun: None },
            });
        }
        // "A poll released on Tuesday showed", "a poll out this week shows": a participle (or "out") after a
        // source noun, its adjuncts absorbed by the cue.
        let after_noun = w == "out" || (w.ends_with("ed") && !self.is_cap(b));
        if after_noun && b > 0 && self.is_word(b - 1) && self.lex.is_source_noun(self.lower(b - 1)) {
            let (first, head) = self.np_backward(b - 1)?;
            return Some(Src { first, last: b, head, relative: None, pronoun: None });
        }
        let (first, last) = self.np_backward(b)?;
        Some(Src { first, last, head: last, relative: None, pronoun: None })
    }

    /// Whether a source has no comma in it: no appositive, so a relative clause in it restricts it.
    fn restrictive(&self, x: &Src) -> bool {
        (x.first..=x.last).all(|k| self.punct(k) != Some(','))
    }

    /// "A woman who has accused X of Y said", "a source close to him said", "an analyst at Moody's said": a
    /// noun phrase whose relative clause or prepositional phrase runs up to the cue, read back from word
    /// `b` within the clause. The head is the noun before "who" or the preposition, which must be a
    /// source noun or a title for a preposition.
    fn postmodified(&self, b: usize) -> Option<Src> {
        let w = self.lower(b);
        if !self.is_word(b) || STOP_WORDS.contains(w) || AUXILIARIES.contains(w) {
            return None;
        }
        // The nearest preposition after a source noun, unless a relative clause opens further left
        // ("Voters who met the mayor in 2016 say").
        let mut nearest = None;
        let mut k = b;
        while k > 0 && b - k < 25 {
            k -= 1;
            if self.st.toks[k].kind == TokKind::Close {
                match self.short_quote(k) {
                    Some((open, _)) => k = open,
                    None => break,
                }
                continue;
            }
            if !self.is_word(k) {
                // A full stop of its own ends a sentence; one inside a name is part of its word.
                if self.in_name_punct(k) && self.punct(k) != Some('.') {
                    continue;
                }
                break;
            }
            if k == 0 || !self.is_word(k - 1) {
                continue;
            }
            let w = self.lower(k);
            if w == "who" {
                let (first, head) = self.np_backward(k - 1)?;
                return Some(Src { first, last: b, head, relative: None, pronoun: None });
            }
            let next = self.is_word(k + 1).then(|| self.lower(k + 1));
            let preposition = matches!(w, "at" | "for" | "from" | "in" | "with" | "inside" | "within")
                || (matches!(w, "close" | "familiar" | "knowledgeable" | "loyal" | "briefed" | "involved")
                    && matches!(next, Some("to" | "with" | "on" | "in")));
            // "officials in 2016", "aides on Monday": a time, not what the noun is of.
            let time = next.is_some_and(|n| TIME_WORDS.contains(n) || n.bytes().all(|c| c.is_ascii_digit()));
            let noun = self.lower(k - 1);
            // "activists clamoring to block him say", "Republicans supporting the bill have said".
            let participle = w.len() > 5 && w.ends_with("ing") && !self.is_cap(k);
            let plural = noun.len() > 3
                && noun.ends_with('s')
                && !["ss", "us", "is"].iter().any(|e| noun.ends_with(e))
                && !STOP_WORDS.contains(noun);
            let source = self.lex.is_source_noun(noun) || TITLES.contains(noun);
            if nearest.is_none() && ((preposition && !time && source) || (participle && (source || plural))) {
                nearest = Some(k - 1);
            }
        }
        let (first, head) = self.np_backward(nearest?)?;
        Some(Src { first, last: b, head, relative: None, pronoun: None })
    }

    /// "X, a leader of the movement, commented", "X, who ran the campaign, said": the appositive or
    /// relative clause that ends at comma `b`, and the name before it. The nearest comma, within a
    /// bounded walk, that follows a name and opens such a phrase wins.
    fn appositive(&self, s: Sentence, b: usize) -> Option<Src> {
        if self.punct(b) != Some(',') {
            return None;
        }
        let mut i = b.checked_sub(1)?;
        let mut steps = 0;
        while i > s.start && steps < 40 {
            match self.st.toks[i].kind {
                TokKind::Close => {
                    let (open, _) = self.short_quote(i)?;
                    i = open;
                }
                TokKind::Word => {}
                TokKind::Punct
                    if matches!(
                        self.punct(i),
                        Some(
                            '(' | ')' | '-' | '\u{2014}' | '\u{2013}' | '.' | '\'' | '\u{2019}' | '$' | '%' | '&' | '/'
                        )
                    ) => {}
                TokKind::Punct if self.punct(i) == Some(',') && i + 1 < b => {
                    let opener = self.lower(i + 1);
                    // "Executives for Mondelez, which earned $30 billion, say": "which" opens an aside after
                    // a name too.
                    let which = opener == "which" && self.is_cap(i - 1);
                    if self.is_word(i + 1) && (which || !matches!(opener, "and" | "or" | "but" | "which" | "that")) {
                        // "Sen. Rob Portman (R-Ohio), another incumbent, said": the name before a parenthesis.
                        let name = if self.punct(i - 1) == Some(')') {
                            self.source_before(i - 1).map(|x| (x.first, x.head))
                        } else {
                            self.np_backward(i - 1)
                        };
                        // "Benford, 58, who lives nearby, says": an age is no name; the walk goes on.
                        let age = self.word(i - 1).bytes().all(|c| c.is_ascii_digit());
                        // "Grassley, of Iowa, a swing state, said": a place after its own comma is an aside
                        // too; the walk goes on to the name before it.
                        let place = name.is_some_and(|(first, _)| {
                            first >= s.start + 2
                                && matches!(self.lower(first - 1), "of" | "from" | "in")
                                && self.punct(first - 2) == Some(',')
                        });
                        if let Some((first, last)) = name.filter(|_| !age && !place) {
                            return (first >= s.start).then_some(Src {
                                first,
                                last: b - 1,
                                head: last,
                                relative: None,
                                pronoun: None,
                            });
                        }
                    }
                }
                _ => return None,
            }
            i = i.checked_sub(1)?;
            steps += 1;
        }
        None
    }

    /// "McCain -- who lost in 2008 -- said", "Murphy — after a pause — told": the name before an aside
    /// between dashes that ends at dash `b`; the source takes the aside.
    fn dash_aside(&self, s: Sentence, b: usize) -> Option<Src> {
        let dash = |k: usize| matches!(self.punct(k), Some('-' | '\u{2014}' | '\u{2013}'));
        if !dash(b) {
            return None;
        }
        let close = if b > s.start && dash(b - 1) { b - 1 } else { b };
        let open = (close.saturating_sub(30).max(s.start + 1)..close)
            .rev()
            .take_while(|&k| self.is_word(k) || dash(k) || matches!(self.punct(k), Some(',' | '(' | ')' | '.' | '\'')))
            .find(|&k| dash(k))?;
        let open = if open > s.start && dash(open - 1) { open - 1 } else { open };
        let (first, head) = self.np_backward(open.checked_sub(1)?)?;
        (first >= s.start && open + 1 < close).then_some(Src {
            first,
            last: close - 1,
            head,
            relative: None,
            pronoun: None,
        })
    }

    /// After a source that ends at `z`, a comma and an appositive or relative clause that runs to the end
    /// of the sentence ("said Ali, a leader of the movement."): the new end.
    fn appositive_after(&self, z: usize, end: usize) -> usize {
        // "said a handful of Democrats who point to C": a relative clause needs no comma.
        let relative = |k: usize| self.is_word(k) && matches!(self.lower(k), "who" | "whose");
        let o = if relative(z + 1) { z + 1 } else { z + 2 };
        if (o == z + 2 && self.punct(z + 1) != Some(',')) || !self.is_word(o) {
            return z;
        }
        let opener = self.lower(o);
        let opens = self.is_det(o) || relative(o) || TITLES.contains(opener) || self.lex.is_source_noun(opener);
        if !opens {
            return z;
        }
        // It runs to the end of the sentence unless a quotation starts first, or the sentence goes on
        // after a comma with a verb ("The paradox, says X, a historian, is that C").
        let mut e = o;
        while e + 1 < end && self.st.toks[e + 1].kind != TokKind::Open && self.st.toks[e + 1].kind != TokKind::Para {
            if self.punct(e + 1) == Some(',')
                && self.is_word(e + 2)
                && AUXILIARIES.contains(self.lower(e + 2))
                && self.lower(e + 2) != "to"
            {
                return e;
            }
            e += 1;
        }
        if e + 1 < end {
            // Stop at the comma before the quotation.
            while e > o && self.punct(e) == Some(',') {
                e -= 1;
            }
        }
        e
    }

    /// The subject that opens a sentence, after an introductory phrase and its comma ("Last week, the
    /// campaign ...").
    fn sentence_subject(&self, s: Sentence, end: usize) -> Option<Src> {
        // "And even Obama tried": a conjunction or an adverb before the subject.
        let mut start = s.start;
        while start < (s.start + 2).min(end)
            && self.is_word(start)
            && matches!(self.lower(start), "and" | "but" | "so" | "yet" | "still" | "even" | "also" | "then")
        {
            start += 1;
        }
        // `appositive`: the subject may be followed by a comma and an appositive ("Davis, a longtime liberal,
        // lashed out"), which the source then takes.
        let subject_at = |i: usize, appositive: bool| {
            // "Ramos left early, referring to C": a participle after the comma opens no subject; nor does
            // an expletive ("There's", "It's").
            if (!self.is_cap(i) && self.lower(i).ends_with("ing"))
                || matches!(self.lower(i), "there" | "there's" | "there’s" | "here's" | "here’s" | "it's" | "it’s")
            {
                return None;
            }
            let (first, last) = self.np_forward(i, end)?;
            let pronoun = lexicon::pronoun_kind(self.lower(last));
            if pronoun.is_none() && !self.can_head(last) {
                return None;
            }
            let src = Src { first, last, head: last, relative: None, pronoun };
            if self.is_word(last + 1) {
                return Some(src);
            }
            if !appositive || pronoun.is_some() || self.punct(last + 1) != Some(',') {
                return None;
            }
            let close = (last + 2..end.min(last + 25)).find(|&k| !self.is_word(k) && !self.in_name_punct(k))?;
            (self.punct(close) == Some(',') && close > last + 2 && self.is_word(close + 1))
                .then_some(Src { last: close - 1, ..src })
        };
        // "Outside the sports arena in downtown Washington, protesters ...": an opening prepositional
        // phrase may run longer than other introductions.
        let preposition = self.is_word(start)
            && matches!(
                self.lower(start),
                "in" | "at"
                    | "on"
                    | "outside"
                    | "inside"
                    | "after"
                    | "during"
                    | "before"
                    | "despite"
                    | "with"
                    | "without"
                    | "under"
                    | "across"
                    | "near"
                    | "from"
                    | "for"
                    | "throughout"
                    | "since"
            );
        // "Facing a backlash over his remarks, Trump ...": so may an opening participle clause.
        let participle = self.is_word(start) && {
            let w = self.lower(start);
            w.len() > 5 && w.ends_with("ing")
        };
        let reach = if preposition || participle { 12 } else { 6 };
        let intro = (start..(start + reach).min(end))
            .find(|&k| self.punct(k) == Some(','))
            .filter(|&c| (start..c).all(|k| self.is_word(k) || self.in_name_punct(k)));
        intro
            .and_then(|c| subject_at(c + 1, false))
            .or_else(|| subject_at(start, false))
            .or_else(|| intro.and_then(|c| subject_at(c + 1, true)))
            .or_else(|| subject_at(start, true))
    }

    /// Whether token `k` is punctuation that sits inside a phrase: "(R-Ky.)", "al-Sudani", "Mr.".
    fn in_name_punct(&self, k: usize) -> bool {
        matches!(self.punct(k), Some('(' | ')' | '-' | '.' | '\'' | '\u{2019}'))
    }

    /// Whether word `i` can head a source.
    fn can_head(&self, i: usize) -> bool {
        let w = self.lower(i);
        if STOP_WORDS.contains(w) || DETERMINERS.contains(w) || AUXILIARIES.contains(w) {
            return false;
        }
        self.is_cap(i)
            || self.lex.is_source_noun(w)
            || self.lex.is_media_noun(w)
            || TITLES.contains(w)
            // "six in 10 said": a count, but not a year.
            || (w.bytes().all(|b| b.is_ascii_digit()) && w.len() < 4)
    }

    /// The noun phrase that ends at word `b`, read backwards: titles, names, modifiers, one determiner.
    fn np_backward(&self, b: usize) -> Option<(usize, usize)> {
        if !self.is_word(b) {
            return None;
        }
        // "One in three said", "more than 4 in 10 said".
        let count = |k: usize| DETERMINERS.contains(self.lower(k)) || self.word(k).bytes().all(|c| c.is_ascii_digit());
        if b >= 2 && self.lower(b - 1) == "in" && self.is_word(b - 2) && count(b) {
            let mut first = b - 2;
            while first > 0
                && self.is_word(first - 1)
                && matches!(
                    self.lower(first - 1),
                    "than" | "more" | "about" | "nearly" | "almost" | "roughly" | "fewer" | "less"
                )
            {
                first -= 1;
            }
            return Some((first, b));
        }
        let w = self.lower(b);
        if QUANTIFIERS.contains(w) {
            // "He and Goodlatte both condemned": a quantifier after its noun phrase floats.
            // "Establishment figures both suggested" too: after a plural.
            let floated = b
                .checked_sub(1)
                .filter(|&a| {
                    self.is_cap(a) || {
                        let w = self.lower(a);
                        self.is_word(a) && w.len() > 3 && w.ends_with('s') && !STOP_WORDS.contains(w)
                    }
                })
                .and_then(|a| self.np_backward(a));
            return Some((floated.map_or(b, |(first, _)| first), b));
        }
        // A plural noun ("Social conservatives say", "Sanders fans told") heads a phrase like a name does.
        let plural = w.len() > 3
            && w.bytes().all(|c| c.is_ascii_lowercase())
            && w.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| w.ends_with(e));
        if !self.can_head(b) && !plural {
            // Any noun after a determiner: "the self-described democratic socialist", "the moderator".
            if STOP_WORDS.contains(w) || AUXILIARIES.contains(w) || DETERMINERS.contains(w) {
                return None;
            }
            let mut k = b;
            while k > 0 && b - k < 4 {
                k -= 1;
                if !self.is_word(k) {
                    return None;
                }
                let v = self.lower(k);
                if DETERMINERS.contains(v) {
                    return Some((k, b));
                }
                if STOP_WORDS.contains(v) || AUXILIARIES.contains(v) {
                    return None;
                }
            }
            return None;
        }
        let mut first = b;
        let mut words = 0;
        let mut i = b;
        while i > 0 && words < 9 {
            let k = i - 1;
            if self.st.toks[k].kind == TokKind::Close {
                match self.short_quote(k) {
                    Some((open, _)) => {
                        first = open;
                        i = open;
                        continue;
                    }
                    None => break,
                }
            }
            // A short parenthesis inside a name: "Sen. Marco Rubio (R-Fla.)".
            if self.punct(k) == Some(')') {
                match (k.saturating_sub(6)..k).rev().find(|&o| self.punct(o) == Some('(')) {
                    Some(o) if o > 0 && self.is_word(o - 1) => {
                        i = o;
                        continue;
                    }
                    _ => break,
                }
            }
            if !self.is_word(k) {
                break;
            }
            let w = self.lower(k);
            // "CBS This Morning co-anchor X": a capitalised determiner after a capitalised word is in a name.
            let in_name = self.is_cap(k) && k > 0 && self.is_word(k - 1) && self.is_cap(k - 1);
            if DETERMINERS.contains(w) && !in_name {
                first = k;
                // "The two senators", "his many critics": an article or possessive before a number or
                // quantifier belongs to the phrase too.
                let article = |j: usize| {
                    matches!(
                        self.lower(j),
                        "the"
                            | "a"
                            | "an"
                            | "these"
                            | "those"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "my"
                            | "your"
                    )
                };
                if QUANTIFIERS.contains(w) && k > 0 && self.is_word(k - 1) && article(k - 1) {
                    first = k - 1;
                }
                break;
            }
            // "union members and leaders say", "he and Mr. Allen said": one coordinated phrase before, when
            // nothing but a function word or a mark comes before it ("He met Trump and officials said" has
            // one source).
            if w == "and" && k > 0 && self.is_word(k - 1) {
                let v = self.lower(k - 1);
                let pronoun = lexicon::pronoun_kind(v).is_some() && v != "you";
                let plural = v.len() > 3 && v.ends_with('s') && !STOP_WORDS.contains(v);
                let conjunct = if pronoun {
                    Some((k - 1, k - 1))
                } else if self.is_cap(k - 1) || plural || self.lex.is_source_noun(v) {
                    self.np_backward(k - 1)
                } else {
                    None
                };
                let opens = |c: usize| {
                    c == 0 || !self.is_word(c - 1) || {
                        let p = self.lower(c - 1);
                        STOP_WORDS.contains(p) || AUXILIARIES.contains(p)
                    }
                };
                // Names, titles and determiners, and at most one lowercase word before a plural head.
                let lowercase = |c: usize| {
                    (c..k - 1)
                        .filter(|&j| {
                            self.is_word(j) && !self.is_cap(j) && !self.is_det(j) && !NAME_LINKS.contains(self.lower(j))
                        })
                        .count()
                };
                let compact = |c: usize| {
                    lowercase(c) == 0
                        || (lowercase(c) == 1 && !self.is_cap(k - 1) && c + 3 >= k && (c + 2 == k || self.is_det(c)))
                };
                if let Some((c, _)) = conjunct.filter(|&(c, _)| opens(c) && compact(c)) {
                    first = c;
                }
                break;
            }
            if STOP_WORDS.contains(w) && !NAME_LINKS.contains(w) || AUXILIARIES.contains(w) {
                break;
            }
            if !self.is_cap(k) && !w.contains('-') && (w.ends_with("ing") || w.ends_with("ed")) {
                break;
            }
            if NAME_LINKS.contains(w)
                && (k == 0
                    || !self.is_word(k - 1)
                    || !(self.is_cap(k - 1)
                        || self.lex.is_source_noun(self.lower(k - 1))
                        || TITLES.contains(self.lower(k - 1))))
            {
                break;
            }
            first = k;
            i = k;
            words += 1;
        }
        Some((first, b))
    }

    /// The noun phrase that starts at token `a`, read forwards: one determiner, then names, titles and
    /// modifiers, ending on a word that can head it.
    fn np_forward(&self, a: usize, end: usize) -> Option<(usize, usize)> {
        self.phrase_forward(a, end, false)
    }

    /// A hearer after "told": any noun phrase ("a crowd in Miami", "them").
    fn hearer(&self, a: usize, end: usize) -> Option<(usize, usize)> {
        self.phrase_forward(a, end, true)
    }

    /// A noun phrase read forwards; `any_head` lets any content word end it, not only names, titles and
    /// source nouns.
    fn phrase_forward(&self, a: usize, end: usize, any_head: bool) -> Option<(usize, usize)> {
        let mut i = a;
        if i < end && self.is_det(i) {
            i += 1;
        }
        let mut last = None;
        let mut words = 0;
        while i < end && words < 10 {
            if self.st.toks[i].kind == TokKind::Open {
                match self.short_quote(i) {
                    Some((_, close)) if close < end => {
                        i = close + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if !self.is_word(i) {
                break;
            }
            let w = self.lower(i);
            if NAME_LINKS.contains(w) {
                if words > 0 && (self.is_cap(i + 1) || self.is_det(i + 1)) {
                    i += 1;
                    if self.is_det(i) {
                        i += 1;
                    }
                    continue;
                }
                break;
            }
            if STOP_WORDS.contains(w) || AUXILIARIES.contains(w) || DETERMINERS.contains(w) {
                break;
            }
            // A participle ends the phrase, unless it opens it ("undecided voter Stephanie Hooton").
            if last.is_some() && !self.is_cap(i) && !w.contains('-') && (w.ends_with("ing") || w.ends_with("ed")) {
                break;
            }
            // A pronoun is a phrase of its own, and only where the phrase starts.
            let pronoun = lexicon::pronoun_kind(w).is_some();
            if pronoun && i > a {
                break;
            }
            let object = any_head && matches!(w, "them" | "him" | "her" | "us" | "me");
            if self.can_head(i) || pronoun || any_head {
                last = Some(i);
            }
            if pronoun || object {
                break;
            }
            i += 1;
            words += 1;
        }
        last.map(|l| (a, l))
    }
}
