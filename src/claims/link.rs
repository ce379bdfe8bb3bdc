//! link

use super::*;
use crate::lexicon::{self, *};

/// The most recent named sources, for pronouns.
#[derive(Default)]
pub(super) struct Memory<'a> {
    person: Option<(Option<&'a str>, Option<&'a str>)>,
    group: Option<(Option<&'a str>, Option<&'a str>)>,
}

impl Attributor {
    /// Turns a draft into a claim: byte spans, kind, the source's entity and kind, the medium's entity.
    pub(super) fn link<'a>(
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
        let cue_lemma: &'a str = match d.origin {
            CueOrigin::Colon => ":",
            CueOrigin::Dash => "-",
            CueOrigin::Poll => "in",
            CueOrigin::Unlisted | CueOrigin::AfterQuotation | CueOrigin::Adjective | CueOrigin::Noun => {
                &text[toks[d.cue.1].start..toks[d.cue.1].end]
            }
            CueOrigin::Form(f) => self.forms[f].lemma.as_str(),
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
            && matches!(d.origin, CueOrigin::Form(f) if self.forms[f].class == CueClass::According)
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
}
