//! Entities and the compact store they are kept in: the bottom of the matching side, which the matcher,
//! document-level resolution and the gazetteer all read.

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// An entity's fields as the store reads them, borrowed: what a saved gazetteer is decoded into, so that
/// loading one does not allocate a string per name.
pub(crate) struct EntityRef<'a> {
    pub(crate) id: &'a str,
    pub(crate) kind: &'a str,
    /// The canonical name, then the aliases.
    pub(crate) names: Vec<&'a str>,
    pub(crate) case_sensitive: Option<bool>,
}

impl<'a> EntityRef<'a> {
    pub(crate) fn of(entity: &'a Entity) -> EntityRef<'a> {
        let names = std::iter::once(&entity.name).chain(&entity.aliases).map(String::as_str).collect();
        EntityRef { id: &entity.id, kind: &entity.kind, names, case_sensitive: entity.case_sensitive }
    }

    /// The entity, owned.
    pub(crate) fn to_entity(&self) -> Entity {
        Entity {
            id: self.id.to_string(),
            kind: self.kind.to_string(),
            name: self.names.first().map_or_else(String::new, |n| n.to_string()),
            aliases: self.names.iter().skip(1).map(|n| n.to_string()).collect(),
            case_sensitive: self.case_sensitive,
        }
    }
}

/// Whether an entity of type `kind` may merge into the one of the same `id` added before, of type
/// `before`: only when the types are the same.
pub(crate) fn check_merge(id: &str, kind: &str, before: &str) -> Result<()> {
    if kind == before {
        return Ok(());
    }
    Err(Error::new(ErrorKind::ConflictingType, format!("entity {id:?} has type {kind:?} here but {before:?} before")))
}

/// The fields every entity must have: an id, a type, and names that are not empty.
pub(crate) fn check_entity(entity: &Entity) -> Result<()> {
    check_entity_ref(&EntityRef::of(entity))
}

/// [`check_entity`] of a borrowed entity.
pub(crate) fn check_entity_ref(entity: &EntityRef<'_>) -> Result<()> {
    if entity.id.trim().is_empty() {
        return Err(Error::new(ErrorKind::MissingField, "empty \"id\""));
    }
    if entity.kind.trim().is_empty() {
        return Err(Error::new(ErrorKind::MissingField, format!("entity {:?}: empty \"type\"", entity.id)));
    }
    entity.names.iter().try_for_each(|n| check_name(entity.id, n))
}

pub(crate) fn check_name(id: &str, name: &str) -> Result<()> {
    if name.chars().all(|c| c.is_whitespace() || c == '-') {
        return Err(Error::new(ErrorKind::EmptyName, format!("entity {id:?}: empty name or alias {name:?}")));
    }
    Ok(())
}

/// Strings one after the other, each found by its index: string `i` is
/// `text[ends[i - 1]..ends[i]]` (from 0 for the first), four bytes a string beyond its text.
#[derive(Debug, Default)]
struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    fn with_capacity(strings: usize, bytes: usize) -> Strings {
        Strings { text: String::with_capacity(bytes), ends: Vec::with_capacity(strings) }
    }

    /// Adds `v`; `None` when the text would pass 4 GiB.
    fn push(&mut self, v: &str) -> Option<()> {
        let end = u32::try_from(self.text.len().checked_add(v.len())?).ok()?;
        self.text.push_str(v);
        self.ends.push(end);
        Some(())
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }
}

/// The entity of each name, in under a quarter of a byte a name: names are stored entity by entity, so
/// marking each entity's first name is enough. Name `a`'s entity is the count of marks up to `a`, less
/// one: the marks before its 64-name word, kept per word, plus those in the word up to it.
#[derive(Debug, Default)]
struct Owners {
    first: Vec<u64>,
    before: Vec<u32>,
    marks: u32,
}

impl Owners {
    fn with_capacity(names: usize) -> Owners {
        let words = names.div_ceil(64);
        Owners { first: Vec::with_capacity(words), before: Vec::with_capacity(words), marks: 0 }
    }

    /// Adds name `a` (the next one), the first of its entity or not.
    fn push(&mut self, a: usize, first: bool) {
        if a.is_multiple_of(64) {
            self.first.push(0);
            self.before.push(self.marks);
        }
        if first {
            self.first[a / 64] |= 1 << (a % 64);
            self.marks += 1;
        }
    }

    fn of(&self, a: usize) -> u32 {
        let upto = self.first[a / 64] & (u64::MAX >> (63 - a % 64));
        self.before[a / 64] + upto.count_ones() - 1
    }

    fn heap_bytes(&self) -> usize {
        self.first.capacity() * 8 + self.before.capacity() * 4
    }
}

/// Entities in a compact, arena-backed form: a few bytes per name beyond the text itself.
#[derive(Debug)]
pub(crate) struct Store {
    /// The entities' ids, entity `e`'s at index `e`.
    ids: Strings,
    types: Vec<String>,
    entity_type: Vec<u32>,
    entity_case: Vec<Option<bool>>,
    /// Entity `e`'s names are aliases `entity_aliases[e]..entity_aliases[e + 1]`; the first is canonical.
    entity_aliases: Vec<u32>,
    /// The names, alias `a`'s at index `a`.
    names: Strings,
    alias_entity: Owners,
    /// Bit `a` is set when alias `a` matches only in its own case.
    alias_case_sensitive: Vec<u64>,
    /// Entity indices sorted by id, for lookups by id: sorted on the first, since matching and
    /// extracting never look an id up (at 1M names, sorting took a tenth of a saved gazetteer's load).
    ids_sorted: OnceLock<Vec<u32>>,
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
        Store::from_refs(&entities.iter().map(EntityRef::of).collect::<Vec<_>>())
    }

    /// [`Store::new`] of borrowed entities.
    pub(crate) fn from_refs(entities: &[EntityRef<'_>]) -> Result<Store> {
        // Sized up front: grown by doubling, the text and the names' tables held up to twice their size.
        let names: usize = entities.iter().map(|e| e.names.len()).sum();
        let id_text: usize = entities.iter().map(|e| e.id.len()).sum();
        let name_text: usize = entities.iter().map(|e| e.names.iter().map(|n| n.len()).sum::<usize>()).sum();
        let mut s = Store {
            ids: Strings::with_capacity(entities.len(), id_text),
            types: Vec::new(),
            entity_type: Vec::with_capacity(entities.len()),
            entity_case: Vec::with_capacity(entities.len()),
            entity_aliases: Vec::with_capacity(entities.len() + 1),
            names: Strings::with_capacity(names, name_text),
            alias_entity: Owners::with_capacity(names),
            alias_case_sensitive: Vec::with_capacity(names.div_ceil(64)),
            ids_sorted: OnceLock::new(),
        };
        let mut type_index: HashMap<&str, u32> = HashMap::new();
        let too_large =
            || Error::new(ErrorKind::TooLarge, "the gazetteer holds more than 4 GiB of names or 4 billion entries");
        for (e, entity) in entities.iter().enumerate() {
            // Entity indices are u32.
            u32::try_from(e).map_err(|_| too_large())?;
            s.ids.push(entity.id).ok_or_else(too_large)?;
            let next_type = s.types.len() as u32;
            let t = *type_index.entry(entity.kind).or_insert(next_type);
            if t == next_type {
                s.types.push(entity.kind.to_string());
            }
            s.entity_type.push(t);
            s.entity_case.push(entity.case_sensitive);
            let first = s.names.len();
            s.entity_aliases.push(u32::try_from(first).map_err(|_| too_large())?);
            let mut seen: Vec<&str> = Vec::new();
            for name in &entity.names {
                let name = name.trim();
                // Exact repeats (a name listed again as an alias) are kept once.
                if seen.len() < 64 && seen.contains(&name) {
                    continue;
                }
                if seen.len() < 64 {
                    seen.push(name);
                }
                let a = s.names.len();
                s.names.push(name).ok_or_else(too_large)?;
                s.alias_entity.push(a, a == first);
                if a.is_multiple_of(64) {
                    s.alias_case_sensitive.push(0);
                }
                if entity.case_sensitive.unwrap_or_else(|| is_short_capitals(name)) {
                    s.alias_case_sensitive[a / 64] |= 1 << (a % 64);
                }
            }
        }
        s.entity_aliases.push(u32::try_from(s.names.len()).map_err(|_| too_large())?);
        // Trimmed and repeated names took less than the estimate.
        s.names.text.shrink_to_fit();
        Ok(s)
    }

    pub(crate) fn entity_count(&self) -> usize {
        self.ids.len()
    }

    pub(crate) fn alias_count(&self) -> usize {
        self.names.len()
    }

    pub(crate) fn entity_id_str(&self, e: u32) -> &str {
        self.ids.get(e as usize)
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
        self.names.get(a as usize)
    }

    pub(crate) fn alias_entity(&self, a: u32) -> u32 {
        self.alias_entity.of(a as usize)
    }

    pub(crate) fn alias_case_sensitive(&self, a: u32) -> bool {
        self.alias_case_sensitive[a as usize / 64] & 1 << (a % 64) != 0
    }

    pub(crate) fn find_id(&self, id: &str) -> Option<u32> {
        let sorted = self.ids_sorted.get_or_init(|| {
            let mut ids: Vec<u32> = (0..self.entity_count() as u32).collect();
            ids.sort_unstable_by(|&a, &b| self.entity_id_str(a).cmp(self.entity_id_str(b)));
            ids
        });
        sorted.binary_search_by(|&e| self.entity_id_str(e).cmp(id)).ok().map(|i| sorted[i])
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.ids.heap_bytes()
            + self.types.iter().map(|t| t.capacity() + 24).sum::<usize>()
            + self.entity_type.capacity() * 4
            + self.entity_case.capacity()
            + self.entity_aliases.capacity() * 4
            + self.names.heap_bytes()
            + self.alias_entity.heap_bytes()
            + self.alias_case_sensitive.capacity() * 8
            + self.ids_sorted.get().map_or(0, |ids| ids.capacity() * 4)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_keeps_its_entity_text_and_case_across_the_tables_words() {
        // Entities of 1 to 150 names, so that runs of names cross 64-name words and words hold no first name,
        // with repeats (kept once) and short capitals (case-sensitive by the smart rule).
        let entities: Vec<Entity> = (0..40)
            .map(|e| {
                let n = [1, 150, 3, 64, 65][e % 5];
                let mut entity =
                    Entity::new(format!("id{e}"), if e % 2 == 0 { "ORG" } else { "GPE" }, format!("Name {e}"));
                for k in 1..n {
                    entity = entity.alias(if k == 7 || k == 14 { format!("N{e}") } else { format!("Name {e} {k}") });
                }
                entity.alias(format!("Name {e}"))
            })
            .collect();
        let store = Store::new(&entities).unwrap();
        assert_eq!(store.entity_count(), 40);
        let mut a = 0;
        for (e, entity) in entities.iter().enumerate() {
            let e = e as u32;
            assert_eq!(store.entity_id_str(e), entity.id);
            assert_eq!(store.entity_name(e), entity.name);
            // Repeats are looked for among an entity's first 64 names only, which bounds the cost.
            let mut names: Vec<&str> = vec![&entity.name];
            for alias in &entity.aliases {
                if names.len() >= 64 || !names.contains(&alias.as_str()) {
                    names.push(alias);
                }
            }
            assert_eq!(store.entity_alias_range(e), a..a + names.len() as u32);
            for name in names {
                assert_eq!((store.alias(a), store.alias_entity(a)), (name, e));
                assert_eq!(store.alias_case_sensitive(a), is_short_capitals(name), "{name}");
                a += 1;
            }
            assert_eq!(store.find_id(&entity.id), Some(e));
        }
        assert_eq!(store.alias_count() as u32, a);
        assert_eq!(store.find_id("id40"), None);
    }
}
