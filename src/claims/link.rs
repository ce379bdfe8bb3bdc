//! The link from a draft to a claim: byte spans, the kind of quotation, the cue's lemma, the source's
//! gazetteer entity and kind, and the medium's entity. A pronoun's antecedent is the speakers stage's
//! (`crate::speakers`), which reads the whole document.
//!
//! - a source whose head is (or ends with) a gazetteer mention is named and linked: "US State Department
//!   spokesperson Matthew Miller" links to Matthew Miller, a PERSON mention inside it winning; but not a
//!   mention after an affiliation's preposition: "Rep. Tom Cole of Oklahoma" is not Oklahoma;
//! - a source noun heads an anonymous source ("officials", "a security source"), even when capitalised at a
//!   sentence's start ("Officials said"), but an organisation's head noun that ends a name in running
//!   text, capitalised after another word of it, is named: "the Interior Ministry said", "Mohács Town
//!   Council said";
//! - any other capitalised head is named, unlinked;
//! - "According to Reuters": the source is also the medium.

use super::{Attributor, CueOrigin, Draft, Src, is_capitalised};
use crate::claim::{Claim, ClaimKind, SourceKind};
use crate::lexicon::{self, CueClass};
use crate::mention::{Mention, Span};
use crate::structure::{Structure, Tok, TokKind};

impl Attributor {
    /// Turns a draft into a claim: byte spans, kind, the source's entity and kind, the medium's entity.
    pub(super) fn link<'a>(&'a self, text: &'a str, st: &Structure, d: Draft, mentions: &[Mention<'a>]) -> Claim<'a> {
        let toks = &st.toks;
        let span = |a: usize, b: usize| Span { start: toks[a].start, end: toks[b].end };
        let (content, kind) = content_of(text, st, &d.content);
        let mut claim = Claim {
            content,
            cue: span(d.cue.0, d.cue.1),
            cue_lemma: self.lemma(text, toks, &d),
            source: None,
            relative: None,
            source_text: None,
            source_kind: SourceKind::None,
            entity_id: None,
            speaker: None,
            speaker_id: None,
            medium: None,
            medium_text: None,
            medium_entity_id: None,
            kind,
        };
        let Some(src) = d.source else { return claim };
        let mut source = span(src.first, src.last);
        // "He's pointing out", "they’ve said": a pronoun's contracted auxiliary is the verb's, not the source's.
        if src.pronoun.is_some()
            && let Some(k) = text[source.start..source.end].find(['\'', '\u{2019}']).filter(|&k| k > 0)
        {
            source.end = source.start + k;
        }
        claim.source = Some(source);
        claim.source_text = Some(&text[source.start..source.end]);
        let medium = if src.pronoun.is_some() {
            claim.source_kind = SourceKind::Pronoun;
            self.medium_of(&d, toks, mentions)
        } else {
            let head = span(src.first, src.head);
            let head_word = lexicon::lowercase(&text[toks[src.head].start..toks[src.head].end]);
            let (source_kind, entity) = self.named(text, toks, src, d.cue.1, mentions);
            claim.relative = src.relative.map(|r| span(r, r));
            claim.source_kind = source_kind;
            claim.entity_id = entity.map(|m| m.entity_id);
            claim.speaker = entity.map(|m| m.name);
            // "According to Reuters": the source is also the medium.
            self.medium_of(&d, toks, mentions).or_else(|| {
                let according = matches!(d.origin, CueOrigin::Form(f) if self.forms[f].class == CueClass::According);
                let media = entity.is_some_and(|m| m.kind.eq_ignore_ascii_case("MEDIA"))
                    || self.lexicon.is_media_noun(&head_word);
                (according && media).then(|| (head, entity.map(|m| m.entity_id)))
            })
        };
        claim.medium = medium.map(|(s, _)| s);
        claim.medium_text = medium.map(|(s, _)| &text[s.start..s.end]);
        claim.medium_entity_id = medium.and_then(|(_, e)| e);
        claim
    }

    /// The cue's lemma: the lexicon's for its forms, the word as written for a cue no lexicon lists.
    fn lemma<'a>(&'a self, text: &'a str, toks: &[Tok], d: &Draft) -> &'a str {
        match d.origin {
            CueOrigin::Colon => ":",
            CueOrigin::Dash => "-",
            CueOrigin::Poll => "in",
            CueOrigin::Unlisted | CueOrigin::AfterQuotation | CueOrigin::Adjective | CueOrigin::Noun => {
                &text[toks[d.cue.1].start..toks[d.cue.1].end]
            }
            CueOrigin::Form(f) => self.forms[f].lemma.as_str(),
        }
    }

    /// Whether a source that is no pronoun is named or anonymous, and the mention it links to.
    fn named<'a, 'm>(
        &self,
        text: &str,
        toks: &[Tok],
        src: Src,
        cue: usize,
        mentions: &'m [Mention<'a>],
    ) -> (SourceKind, Option<&'m Mention<'a>>) {
        let head = Span { start: toks[src.first].start, end: toks[src.head].end };
        let inside = |s: Span| {
            let from = mentions.partition_point(|m| m.start < s.start);
            mentions[from..].iter().take_while(move |m| m.end <= s.end)
        };
        let is_person = |m: &Mention| m.kind.eq_ignore_ascii_case("PERSON") || m.kind.eq_ignore_ascii_case("PER");
        let head_word = &text[toks[src.head].start..toks[src.head].end];
        let lower = lexicon::lowercase(head_word);
        // "Warner Brothers", "the Scissor Sisters": a family noun with a capital is a name's.
        let family_name = is_capitalised(head_word) && lexicon::is_kin(&lower);
        // A person in the source is its speaker, but not one it belongs to: "a spokesman for Jane Roe".
        if let Some(m) = inside(head).filter(|m| is_person(m) && !affiliated(text, toks, &src, m)).last() {
            (SourceKind::Named, Some(m))
        } else if self.lexicon.is_source_noun(&lower)
            && !family_name
            && !inside(head).any(|m| m.end == head.end)
            && !ends_a_name(text, toks, &src, cue)
            && !linked_name(text, toks, &src)
            && !after_linked_head(text, toks, &src)
        {
            // "Officials said" opening a sentence is capitalised but names no one.
            (SourceKind::Anonymous, None)
        } else if let Some(m) = inside(head)
            .filter(|m| m.end == head.end)
            .last()
            .filter(|m| !affiliated(text, toks, &src, m) && !lexicon::person_word_before(text, m.start))
        {
            (SourceKind::Named, Some(m))
        } else if is_capitalised(head_word) {
            (SourceKind::Named, None)
        } else {
            (SourceKind::Anonymous, None)
        }
    }
}

/// Whether mention `m`, which ends the source's head, follows an affiliation's preposition with words
/// before it: "Rep. Tom Cole of Oklahoma", "a spokesman for the Pentagon" are not Oklahoma or the
/// Pentagon (the speakers stage reads the name before the preposition, `names`).
fn affiliated(text: &str, toks: &[Tok], src: &Src, m: &Mention) -> bool {
    let Some(k) = (src.first..=src.head).find(|&k| toks[k].start == m.start) else { return false };
    let word = |k: usize| lexicon::lowercase(&text[toks[k].start..toks[k].end]);
    let k = if k > src.first && toks[k - 1].kind == TokKind::Word && word(k - 1) == "the" { k - 1 } else { k };
    k > src.first + 1 && toks[k - 1].kind == TokKind::Word && lexicon::AFFILIATION_PREPOSITIONS.contains(&word(k - 1))
}

/// Whether the source's head is an organisation's head noun that ends its name: capitalised after a
/// capitalised word of the source that is no determiner ("the Interior Ministry", not "The ministry" or
/// "Senate Democrats"), with the cue in lowercase, as in running text (in a title-case headline every
/// word is capitalised: "Iraqi Officials Say"). A preposition before the name makes it a modifier of
/// someone else: "a spokesman for the Foreign Ministry" is the spokesman.
fn ends_a_name(text: &str, toks: &[Tok], src: &Src, cue: usize) -> bool {
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    let capital = |k: usize| toks[k].kind == TokKind::Word && is_capitalised(word(k));
    let preposition = |k: usize| {
        let w = lexicon::lowercase(word(k));
        lexicon::PHRASE_PREPOSITIONS.contains(&w) || lexicon::POSTMODIFIER_PREPOSITIONS.contains(&w)
    };
    src.head > src.first
        && capital(src.head)
        && lexicon::ORGANISATION_HEADS.contains_lower(word(src.head))
        && capital(src.head - 1)
        && !lexicon::DETERMINERS.contains(&lexicon::lowercase(word(src.head - 1)))
        && !is_capitalised(word(cue))
        && !(src.first..src.head).any(preposition)
}

/// Whether the source's head is a capitalised organisation's head that a link and capitalised words
/// follow inside the source: "The Office for National Statistics", "the Committee to Protect
/// Journalists" name a body, as "the office" does not.
fn linked_name(text: &str, toks: &[Tok], src: &Src) -> bool {
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    let capital = |k: usize| toks[k].kind == TokKind::Word && is_capitalised(word(k));
    src.head + 2 <= src.last
        && capital(src.head)
        && lexicon::ORGANISATION_HEADS.contains_lower(word(src.head))
        && lexicon::ORGANISATION_LINKS.contains(word(src.head + 1))
        && capital(src.head + 2)
}

/// Whether the source's head is a capitalised word of a body's name after its head noun and a link:
/// "the Association of Chief Police Officers", "the Council of Economic Advisers" name a body, as
/// "Police officers" and "advisers" do not.
fn after_linked_head(text: &str, toks: &[Tok], src: &Src) -> bool {
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    let capital = |k: usize| toks[k].kind == TokKind::Word && is_capitalised(word(k));
    let mut k = src.head;
    while k > src.first + 1 && capital(k) {
        k -= 1;
    }
    k < src.head
        && k > src.first
        && lexicon::ORGANISATION_LINKS.contains(word(k))
        && capital(k - 1)
        && lexicon::ORGANISATION_HEADS.contains_lower(word(k - 1))
}

/// The content's byte spans and the claim's kind: a range that is exactly one quotation loses its marks
/// and makes the claim direct (all of them) or mixed (some); quotation marks inside a range make it mixed.
fn content_of(text: &str, st: &Structure, ranges: &[(usize, usize)]) -> (Vec<Span>, ClaimKind) {
    let toks = &st.toks;
    let mut quoted = 0;
    let mut marks = false;
    let mut content = Vec::new();
    for &(a, b) in ranges {
        let whole_quote = toks[a].kind == TokKind::Open && st.quote_of(a).is_some_and(|q| q.close == b);
        if whole_quote {
            quoted += 1;
            // A quotation left open at the end of the text has no closing mark to drop.
            let end = if matches!(toks[b].kind, TokKind::Close | TokKind::Para) { toks[b].start } else { toks[b].end };
            let inner = Span { start: toks[a].end, end: end.max(toks[a].end) };
            content.push(trim(text, inner));
        } else {
            marks |= (a..=b).any(|i| matches!(toks[i].kind, TokKind::Open | TokKind::Close));
            content.push(Span { start: toks[a].start, end: toks[b].end });
        }
    }
    // An empty quotation ("\"\",") says nothing.
    content.retain(|c: &Span| c.start < c.end);
    let kind = if quoted == ranges.len() {
        ClaimKind::Direct
    } else if quoted > 0 || marks {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    };
    (content, kind)
}

/// Trims white space and the punctuation a quotation ends with inside its marks (`,` `.` `;` `:`).
pub(super) fn trim(text: &str, s: Span) -> Span {
    let inner = &text[s.start..s.end];
    let left = inner.len() - inner.trim_start().len();
    let right = inner.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':')).len();
    Span { start: s.start + left, end: s.start + right.max(left) }
}
