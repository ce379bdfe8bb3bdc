//! The speakers stage: after the claims are found, resolves every claim's source to a speaker of the
//! whole document ([`Speaker`]) and gives each claim its `speaker_id` and canonical `speaker` name.
//!
//! - a source linked to a gazetteer entity (by name, by its surname, through a pronoun's antecedent) is
//!   that entity's speaker, with every mention of the entity;
//! - a named source that no entity links is a speaker of its own, named as written;
//! - anonymous sources, and pronouns with no named antecedent, are no one's.

use crate::claim::{Claim, SourceKind};
use crate::mention::{Mention, Span};
use crate::speaker::Speaker;

/// The document's speakers, in the order of their first claim; sets each claim's `speaker_id` and
/// `speaker`.
pub(crate) fn resolve<'a>(mentions: &[Mention<'a>], claims: &mut [Claim<'a>]) -> Vec<Speaker<'a>> {
    let mut speakers: Vec<Speaker<'a>> = Vec::new();
    for claim in claims.iter_mut() {
        let key = match (claim.source_kind, claim.entity_id, claim.speaker, claim.source_text) {
            (SourceKind::Named | SourceKind::Pronoun, Some(id), Some(name), _) => Key::Entity(id, name),
            (SourceKind::Named, None, _, Some(text)) => Key::Name(text),
            _ => continue,
        };
        let id = match speakers.iter().position(|s| key.is(s)) {
            Some(i) => i,
            None => {
                speakers.push(key.speaker(mentions));
                speakers.len() - 1
            }
        };
        let speaker = &mut speakers[id];
        speaker.claims += 1;
        speaker.mentions.extend(claim.source);
        claim.speaker_id = Some(id);
        claim.speaker = Some(speaker.name);
    }
    for s in &mut speakers {
        s.mentions.sort_by_key(|m| (m.start, m.end));
        s.mentions.dedup();
    }
    speakers
}

/// What makes two sources one speaker.
enum Key<'a> {
    /// A gazetteer entity: its id and canonical name.
    Entity(&'a str, &'a str),
    /// An unlinked name, as written.
    Name(&'a str),
}

impl<'a> Key<'a> {
    fn is(&self, s: &Speaker<'a>) -> bool {
        match *self {
            Key::Entity(id, _) => s.entity_id == Some(id),
            Key::Name(name) => s.entity_id.is_none() && s.name == name,
        }
    }

    /// A new speaker for this key, with the entity's mentions.
    fn speaker(&self, mentions: &[Mention<'a>]) -> Speaker<'a> {
        match *self {
            Key::Entity(id, name) => {
                let own: Vec<&Mention<'a>> = mentions.iter().filter(|m| m.entity_id == id).collect();
                Speaker {
                    name,
                    entity_id: Some(id),
                    entity_type: own.first().map_or("PERSON", |m| m.kind),
                    mentions: own.iter().map(|m| Span { start: m.start, end: m.end }).collect(),
                    claims: 0,
                }
            }
            Key::Name(name) => {
                Speaker { name, entity_id: None, entity_type: "PERSON", mentions: Vec::new(), claims: 0 }
            }
        }
    }
}
