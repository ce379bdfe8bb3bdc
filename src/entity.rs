//! Entities and the compact store they are kept in: the bottom of the matching side, which the matcher,
//! document-level resolution and the gazetteer all read.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// The largest total size, in bytes, of all the names, aliases, ids and types of one gazetteer.
pub const MAX_GAZETTEER_TEXT: usize = u32::MAX as usize;

/// An entity as given to the builder: an id, a type, a canonical name and aliases.
///
/// This is also the shape of one line of a JSONL gazetteer:
/// `{"id": "iraq", "type": "GPE", "name": "Iraq", "aliases": ["Republic of Iraq"], "case_sensitive": false}`
/// (`aliases` and `case_sensitive` are optional).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// A unique id.
    pub id: String,
    /// The entity's type, such as `PERSON`, `ORG`, `GPE` or `MEDIA`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The canonical name. It is matched too.
    pub name: String,
    /// Other names the entity goes by.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Whether the entity's names match only with the exact case. `None` (the default) decides per name:
    /// short all-capital names (at most four letters, like `US`, `IS`, `AP`, `U.S.`) match only in
    /// capitals; every other name matches in any case that keeps its capitals (names are proper nouns,
    /// see [`crate::GazetteerBuilder::proper_nouns`]). `Some(false)` matches the names in any case at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_sensitive: Option<bool>,
}

impl Entity {
    /// An entity with no aliases and the default case rule.
    pub fn new(id: impl Into<String>, kind: impl Into<String>, name: impl Into<String>) -> Entity {
        Entity { id: id.into(), kind: kind.into(), name: name.into(), aliases: Vec::new(), case_sensitive: None }
    }

    /// Adds an alias.
    pub fn alias(mut self, alias: impl Into<String>) -> Entity {
        self.aliases.push(alias.into());
        self
    }

    /// Sets whether the entity's names match only with the exact case.
    pub fn case_sensitive(mut self, yes: bool) -> Entity {
        self.case_sensitive = Some(yes);
        self
    }
}

/// The fields every entity must have: an id, a type, and names that are not empty.
pub(crate) fn check_entity(entity: &Entity) -> Result<()> {
    if entity.id.trim().is_empty() {
        return Err(Error::new(ErrorKind::MissingField, "empty \"id\""));
    }
    if entity.kind.trim().is_empty() {
        return Err(Error::new(ErrorKind::MissingField, format!("entity {:?}: empty \"type\"", entity.id)));
    }
    check_name(&entity.id, &entity.name)?;
    entity.aliases.iter().try_for_each(|a| check_name(&entity.id, a))
}

pub(crate) fn check_name(id: &str, name: &str) -> Result<()> {
    if name.chars().all(|c| c.is_whitespace() || c == '-') {
        return Err(Error::new(ErrorKind::EmptyName, format!("entity {id:?}: empty name or alias {name:?}")));
    }
    Ok(())
}

/// A string in the store's arena.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    len: u32,
}

/// Entities in a compact, arena-backed form: a few integers per name beyond the text itself.
#[derive(Debug)]
pub(crate) struct Store {
    text: String,
    types: Vec<String>,
    entity_id: Vec<Span>,
    entity_type: Vec<u32>,
    entity_case: Vec<Option<bool>>,
    /// Entity `e`'s names are aliases `entity_aliases[e]..entity_aliases[e + 1]`; the first is canonical.
    entity_aliases: Vec<u32>,
    alias_text: Vec<Span>,
    alias_entity: Vec<u32>,
    alias_case_sensitive: Vec<bool>,
    /// Entity indices sorted by id, for lookups.
    ids_sorted: Vec<u32>,
}

/// The smart case rule: a name of one to four letters, all capitals, matches only in capitals.
fn is_short_capitals(name: &str) -> bool {
    let mut letters = 0;
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    (1..=4).contains(&letters)
}

impl Store {
    pub(crate) fn new(entities: &[Entity]) -> Result<Store> {
        // Sized up front: grown by doubling, the text and the names' tables held up to twice their size.
        let names: usize = entities.iter().map(|e| 1 + e.aliases.len()).sum();
        let text: usize =
            entities.iter().map(|e| e.id.len() + e.name.len() + e.aliases.iter().map(String::len).sum::<usize>()).sum();
        let mut s = Store {
            text: String::with_capacity(text),
            types: Vec::new(),
            entity_id: Vec::with_capacity(entities.len()),
            entity_type: Vec::with_capacity(entities.len()),
            entity_case: Vec::with_capacity(entities.len()),
            entity_aliases: Vec::with_capacity(entities.len() + 1),
            alias_text: Vec::with_capacity(names),
            alias_entity: Vec::with_capacity(names),
            alias_case_sensitive: Vec::with_capacity(names),
            ids_sorted: Vec::new(),
        };
        let mut type_index: HashMap<&str, u32> = HashMap::new();
        let too_large =
            || Error::new(ErrorKind::TooLarge, "the gazetteer holds more than 4 GiB of names or 4 billion entries");
        for (e, entity) in entities.iter().enumerate() {
            let e = u32::try_from(e).map_err(|_| too_large())?;
            let id = s.push_str(&entity.id).ok_or_else(too_large)?;
            s.entity_id.push(id);
            let next_type = s.types.len() as u32;
            let t = *type_index.entry(&entity.kind).or_insert(next_type);
            if t == next_type {
                s.types.push(entity.kind.clone());
            }
            s.entity_type.push(t);
            s.entity_case.push(entity.case_sensitive);
            s.entity_aliases.push(u32::try_from(s.alias_text.len()).map_err(|_| too_large())?);
            let mut seen: Vec<&str> = Vec::new();
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                let name = name.trim();
                // Exact repeats (a name listed again as an alias) are kept once.
                if seen.len() < 64 && seen.contains(&name) {
                    continue;
                }
                if seen.len() < 64 {
                    seen.push(name);
                }
                let span = s.push_str(name).ok_or_else(too_large)?;
                s.alias_text.push(span);
                s.alias_entity.push(e);
                s.alias_case_sensitive.push(entity.case_sensitive.unwrap_or_else(|| is_short_capitals(name)));
            }
        }
        s.entity_aliases.push(u32::try_from(s.alias_text.len()).map_err(|_| too_large())?);
        let mut ids: Vec<u32> = (0..entities.len() as u32).collect();
        ids.sort_unstable_by(|&a, &b| s.entity_id_str(a).cmp(s.entity_id_str(b)));
        s.ids_sorted = ids;
        // Trimmed and repeated names took less than the estimate.
        s.text.shrink_to_fit();
        Ok(s)
    }

    fn push_str(&mut self, v: &str) -> Option<Span> {
        let start = u32::try_from(self.text.len()).ok()?;
        let len = u32::try_from(v.len()).ok()?;
        start.checked_add(len)?;
        self.text.push_str(v);
        Some(Span { start, len })
    }

    fn get(&self, s: Span) -> &str {
        &self.text[s.start as usize..(s.start + s.len) as usize]
    }

    pub(crate) fn entity_count(&self) -> usize {
        self.entity_id.len()
    }

    pub(crate) fn alias_count(&self) -> usize {
        self.alias_text.len()
    }

    pub(crate) fn entity_id_str(&self, e: u32) -> &str {
        self.get(self.entity_id[e as usize])
    }

    pub(crate) fn entity_type_str(&self, e: u32) -> &str {
        &self.types[self.entity_type[e as usize] as usize]
    }

    /// The index of entity `e`'s type in [`Store::types`].
    pub(crate) fn entity_type_index(&self, e: u32) -> usize {
        self.entity_type[e as usize] as usize
    }

    /// The distinct entity types.
    pub(crate) fn types(&self) -> &[String] {
        &self.types
    }

    pub(crate) fn entity_case(&self, e: u32) -> Option<bool> {
        self.entity_case[e as usize]
    }

    pub(crate) fn entity_alias_range(&self, e: u32) -> std::ops::Range<u32> {
        self.entity_aliases[e as usize]..self.entity_aliases[e as usize + 1]
    }

    pub(crate) fn entity_name(&self, e: u32) -> &str {
        self.alias(self.entity_aliases[e as usize])
    }

    pub(crate) fn alias(&self, a: u32) -> &str {
        self.get(self.alias_text[a as usize])
    }

    pub(crate) fn alias_entity(&self, a: u32) -> u32 {
        self.alias_entity[a as usize]
    }

    pub(crate) fn alias_case_sensitive(&self, a: u32) -> bool {
        self.alias_case_sensitive[a as usize]
    }

    pub(crate) fn find_id(&self, id: &str) -> Option<u32> {
        self.ids_sorted.binary_search_by(|&e| self.entity_id_str(e).cmp(id)).ok().map(|i| self.ids_sorted[i])
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.types.iter().map(|t| t.capacity() + 24).sum::<usize>()
            + self.entity_id.capacity() * 8
            + self.entity_type.capacity() * 4
            + self.entity_case.capacity()
            + self.entity_aliases.capacity() * 4
            + self.alias_text.capacity() * 8
            + self.alias_entity.capacity() * 4
            + self.alias_case_sensitive.capacity()
            + self.ids_sorted.capacity() * 4
    }

    /// The entities again, as given to the builder (names deduplicated), for saving.
    pub(crate) fn entity(&self, e: u32) -> Entity {
        let mut names = self.entity_alias_range(e).map(|a| self.alias(a).to_string());
        let name = names.next().unwrap_or_default();
        Entity {
            id: self.entity_id_str(e).to_string(),
            kind: self.entity_type_str(e).to_string(),
            name,
            aliases: names.collect(),
            case_sensitive: self.entity_case(e),
        }
    }
}
