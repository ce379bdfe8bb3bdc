//! The gazetteer: entities, their loaders (JSONL, TSV), the builder, and the built, matchable form.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::entity::{Entity, Store, check_entity, check_merge, check_name};
use crate::error::{Error, ErrorKind, Result};
use crate::matcher::{Matcher, Phrases, Prepared};
use crate::mention::{Mention, Raw};
use crate::normalize::Fold;

/// Collects entities and matching options, then builds a [`Gazetteer`].
///
/// Entities with the same id merge: their names and aliases are pooled, the first name stays canonical.
/// Giving one id two types is an error.
///
/// ```
/// use gazette::{Entity, GazetteerBuilder};
///
/// let gazetteer = GazetteerBuilder::new()
///     .entity(Entity::new("iraq", "GPE", "Iraq"))
///     .entity(Entity::new("isis", "ORG", "Islamic State").alias("IS"))
///     .build()?;
/// let found: Vec<_> = gazetteer.find("IS fighters left Iraq.").iter().map(|m| m.entity_id).collect();
/// assert_eq!(found, ["isis", "iraq"]);
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct GazetteerBuilder {
    entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    fold_diacritics: bool,
    proper_nouns: bool,
    document_resolution: bool,
    with_default: bool,
}

impl Default for GazetteerBuilder {
    fn default() -> Self {
        GazetteerBuilder::new()
    }
}

impl GazetteerBuilder {
    /// An empty builder with the default options: diacritics folded, names matched as proper nouns,
    /// document-level resolution on.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder {
            entities: Vec::new(),
            by_id: HashMap::new(),
            fold_diacritics: true,
            proper_nouns: true,
            document_resolution: true,
            with_default: false,
        }
    }

    /// Whether the built gazetteer also holds the embedded default's entities (see
    /// [`Gazetteer::embedded`]), after all of the builder's own, whenever those were added: when the
    /// default and your entities share a name, mentions link to yours. Default: false. (The `extract` tool
    /// and Python's `with_default=True` set it; [`GazetteerBuilder::add_embedded`] adds the default at one
    /// point instead.)
    ///
    /// ```
    /// use gazette::{Entity, GazetteerBuilder};
    ///
    /// let g = GazetteerBuilder::new().with_default(true).entity(Entity::new("iraq", "GPE", "Iraq")).build()?;
    /// let found: Vec<_> = g.find("Iraq and Syria").iter().map(|m| m.entity_id).collect();
    /// assert_eq!(found, ["iraq", "country:SY"]);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn with_default(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.with_default = yes;
        self
    }

    /// Whether diacritics are ignored (`Súdani` = `Sudani`). Default: true.
    pub fn fold_diacritics(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.fold_diacritics = yes;
        self
    }

    /// Whether names are proper nouns: a word of a name that starts with a capital matches only a text word
    /// that starts with one (ALL-CAPS text included), so that "Turkey" does not match "the turkey was
    /// cold". A name word in lowercase ("al-Sudani", "iPhone") and an article that leads a name ("The
    /// Netherlands" = "the Netherlands") match either case; an entity's own `case_sensitive` overrides
    /// the rule for its names. Default: true; turn it off for text written in lowercase (social media,
    /// chat logs).
    ///
    /// ```
    /// use gazette::{Entity, GazetteerBuilder};
    ///
    /// let mut builder = GazetteerBuilder::new();
    /// builder.entity(Entity::new("tr", "GPE", "Turkey"));
    /// assert_eq!(builder.build()?.find("the turkey was cold").len(), 0);
    /// assert_eq!(builder.proper_nouns(false).build()?.find("the turkey was cold").len(), 1);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn proper_nouns(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.proper_nouns = yes;
        self
    }

    /// Whether [`Gazetteer::find`] links surname-only mentions, organisation modifiers and acronyms
    /// defined in the text (see the crate docs). Default: true.
    pub fn document_resolution(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.document_resolution = yes;
        self
    }

    /// Adds an entity, merging it with an earlier one of the same id.
    ///
    /// # Errors
    /// An empty id, type or name, or an id seen before with another type.
    pub fn add(&mut self, entity: Entity) -> Result<&mut GazetteerBuilder> {
        check_entity(&entity)?;
        match self.by_id.get(&entity.id) {
            Some(&i) => {
                let known = &mut self.entities[i];
                check_merge(&entity.id, &entity.kind, &known.kind)?;
                known.aliases.push(entity.name);
                known.aliases.extend(entity.aliases);
                if entity.case_sensitive.is_some() {
                    known.case_sensitive = entity.case_sensitive;
                }
            }
            None => {
                self.by_id.insert(entity.id.clone(), self.entities.len());
                self.entities.push(entity);
            }
        }
        Ok(self)
    }

    /// Adds an entity; for chaining in code where the entity is known to be valid.
    ///
    /// # Panics
    /// When [`GazetteerBuilder::add`] would fail.
    pub fn entity(&mut self, entity: Entity) -> &mut GazetteerBuilder {
        if let Err(e) = self.add(entity) {
            panic!("invalid entity: {e}");
        }
        self
    }

    /// Adds the entities of a JSONL gazetteer: one JSON object a line (see [`Entity`]); blank lines and
    /// lines starting with `#` are skipped. `path` is only used in error messages.
    ///
    /// # Errors
    /// The first bad line, with its number: invalid UTF-8, bad JSON, a missing or empty field, or a
    /// conflicting type.
    pub fn add_jsonl<R: BufRead>(&mut self, reader: R, path: Option<&Path>) -> Result<&mut GazetteerBuilder> {
        for_each_line(reader, path, |line| {
            // serde would also read a struct from a JSON array; a gazetteer line must be an object.
            if !line.trim_start().starts_with('{') {
                return Err(Error::new(ErrorKind::Json, "expected a JSON object {\"id\", \"type\", \"name\", ...}"));
            }
            let entity: Entity = serde_json::from_str(line).map_err(|e| {
                let kind =
                    if e.to_string().starts_with("missing field") { ErrorKind::MissingField } else { ErrorKind::Json };
                Error::new(kind, e.to_string())
            })?;
            self.add(entity).map(|_| ())
        })?;
        Ok(self)
    }

    /// Adds the entities of a TSV gazetteer: `surface<TAB>type<TAB>id` a line, rows with the same id
    /// merging into one entity whose first surface is its name; blank lines and lines starting with `#`
    /// are skipped. `path` is only used in error messages.
    ///
    /// A type `BASE_ALT` or `BASE_ALT_anything` marks an alternate name of a `BASE` entity (the
    /// convention of GeoNames-derived lists, where `CITY_ALT` rows follow a `CITY` row): the entity's
    /// type is `BASE`. Any other difference of type under one id is an error.
    ///
    /// # Errors
    /// The first bad line, with its number: invalid UTF-8, not exactly three fields, an empty field, or
    /// an id given two types.
    pub fn add_tsv<R: BufRead>(&mut self, reader: R, path: Option<&Path>) -> Result<&mut GazetteerBuilder> {
        for_each_line(reader, path, |line| {
            let mut fields = line.split('\t');
            let (Some(surface), Some(kind), Some(id), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                let n = line.split('\t').count();
                return Err(Error::new(
                    ErrorKind::MissingTab,
                    format!("expected 3 tab-separated fields (surface, type, id), found {n}"),
                ));
            };
            let (surface, id) = (surface.trim(), id.trim());
            let kind = base_type(kind.trim());
            if let Some(&i) = self.by_id.get(id) {
                // The common case of a merge, without building an Entity.
                let known = &mut self.entities[i];
                if known.kind == kind {
                    check_name(id, surface)?;
                    known.aliases.push(surface.to_string());
                    return Ok(());
                }
            }
            self.add(Entity::new(id, kind, surface)).map(|_| ())
        })?;
        Ok(self)
    }

    /// Where the entity of id `id` is in [`GazetteerBuilder::entities`].
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The entities added so far, merged by id, in the order their ids first appeared.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// How the built gazetteer will normalise text.
    pub(crate) fn fold(&self) -> Fold {
        Fold { case: true, diacritics: self.fold_diacritics }
    }

    /// Builds the gazetteer: normalises every name and compiles the matcher.
    ///
    /// # Errors
    /// The names add up to more than [`MAX_GAZETTEER_TEXT`](crate::MAX_GAZETTEER_TEXT) bytes, the automaton
    /// cannot be built, or (with [`GazetteerBuilder::with_default`]) an entity of yours has a default id
    /// and another type.
    pub fn build(&self) -> Result<Gazetteer> {
        let defaults = GazetteerBuilder::new();
        let default_options = (self.fold_diacritics, self.proper_nouns, self.document_resolution)
            == (defaults.fold_diacritics, defaults.proper_nouns, defaults.document_resolution);
        if self.with_default && self.entities.is_empty() && default_options {
            // Nothing of the builder's own: the default itself, loaded once and shared.
            return Ok(Gazetteer::embedded());
        }
        if self.with_default {
            return self.build_store(self.store_with_default()?, None);
        }
        self.build_with(&self.entities)
    }

    /// Builds from the store of entities known to have distinct ids (a saved gazetteer), with this
    /// builder's options: from their names as prepared when they were saved (name `a` of the store is `prepared[a]`), or
    /// from their text when `prepared` is `None`.
    pub(crate) fn build_saved(&self, store: Store, prepared: Option<Vec<Prepared<'_>>>) -> Result<Gazetteer> {
        self.build_store(store, prepared)
    }

    fn build_with(&self, entities: &[Entity]) -> Result<Gazetteer> {
        self.build_store(Store::new(entities)?, None)
    }

    fn build_store(&self, store: Store, prepared: Option<Vec<Prepared<'_>>>) -> Result<Gazetteer> {
        let fold = self.fold();
        let matcher = match prepared {
            Some(p) if p.len() == store.alias_count() => Matcher::from_prepared(fold, self.proper_nouns, p)?,
            Some(_) => {
                let what = "not a valid saved gazetteer: its prepared names are not its names";
                return Err(Error::new(ErrorKind::BadBinary, what));
            }
            None => Matcher::new(&store, fold, self.proper_nouns)?,
        };
        let document_resolution = self.document_resolution;
        Ok(Gazetteer(Arc::new(Inner { store, matcher, document_resolution, surnames: OnceLock::new() })))
    }
}

/// The entity type of a TSV row's type: `CITY` for `CITY`, `CITY_ALT` and `CITY_ALT_NONLATIN`.
fn base_type(kind: &str) -> &str {
    match kind.find("_ALT") {
        Some(i) if i > 0 && (kind[i + 4..].is_empty() || kind[i + 4..].starts_with('_')) => &kind[..i],
        _ => kind,
    }
}

/// Calls `f` on each content line (not blank, not a `#` comment), adding the file and line to its errors.
fn for_each_line<R: BufRead>(mut reader: R, path: Option<&Path>, mut f: impl FnMut(&str) -> Result<()>) -> Result<()> {
    let mut buf = Vec::new();
    let mut number = 0u64;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(|e| Error::io(e, path).at_line(number + 1))?;
        if n == 0 {
            return Ok(());
        }
        number += 1;
        let line = std::str::from_utf8(&buf).map_err(|e| {
            Error::new(ErrorKind::InvalidUtf8, format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))
                .at_line(number)
                .in_file(path)
        })?;
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        f(line).map_err(|e| e.at_line(number).in_file(path))?;
    }
}

/// A built gazetteer: its entities and the compiled matcher, ready to find mentions in text.
///
/// Cloning is cheap (the data sits behind an `Arc`); a `Gazetteer` is `Send + Sync`, so one can serve
/// many threads.
///
/// ```
/// use gazette::{Entity, GazetteerBuilder, Resolution};
///
/// let gazetteer = GazetteerBuilder::new()
///     .entity(Entity::new("sudani", "PERSON", "Mohammed Shia al-Sudani"))
///     .build()?;
/// let text = "Mohammed Shia al‑Sudani spoke. Later, al Sudani left.";
/// let mentions = gazetteer.find(text);
/// assert_eq!(mentions.len(), 2);
/// assert_eq!(mentions[1].text, "al Sudani");
/// assert_eq!(mentions[1].resolution, Resolution::Partial);
/// assert_eq!(&text[mentions[1].start..mentions[1].end], "al Sudani"); // byte offsets
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Gazetteer(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    store: Store,
    matcher: Matcher,
    document_resolution: bool,
    /// The person entities by the shorter forms of their names ("Sanders", "al Sudani"), normalised;
    /// `None` for a form that two people share. Built on first use: only the speakers stage asks.
    surnames: OnceLock<HashMap<Vec<u8>, Option<u32>>>,
}

impl Gazetteer {
    /// A builder for a gazetteer made in code or from several files.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// Builds a gazetteer from JSONL text (see [`GazetteerBuilder::add_jsonl`]).
    ///
    /// # Errors
    /// A bad line, with its number.
    pub fn from_jsonl_str(jsonl: &str) -> Result<Gazetteer> {
        GazetteerBuilder::new().add_jsonl(jsonl.as_bytes(), None)?.build()
    }

    /// Builds a gazetteer from TSV text (see [`GazetteerBuilder::add_tsv`]).
    ///
    /// # Errors
    /// A bad line, with its number.
    pub fn from_tsv_str(tsv: &str) -> Result<Gazetteer> {
        GazetteerBuilder::new().add_tsv(tsv.as_bytes(), None)?.build()
    }

    /// Finds the mentions in `text`: leftmost-longest, non-overlapping, on word boundaries, then (unless
    /// turned off in the builder) the document-level links: surnames, organisation modifiers and
    /// acronyms defined in the text. Offsets are **byte** offsets into `text`, sorted by start.
    pub fn find<'a>(&'a self, text: &'a str) -> Vec<Mention<'a>> {
        self.scan(text, None)
    }

    /// The document view of [`Gazetteer::find`]: the text with its mentions (and no claims; see
    /// [`crate::Extractor`]), convertible to JSON.
    pub fn document<'a>(&'a self, text: &'a str) -> crate::Document<'a> {
        crate::Document { text, mentions: self.find(text), claims: Vec::new(), speakers: Vec::new() }
    }

    /// Finds every valid match in `text`, overlapping ones included (no document-level links): every
    /// span that normalises to a name and sits on word boundaries, sorted by start then end. Offsets are
    /// **byte** offsets into `text`.
    pub fn find_overlapping<'a>(&'a self, text: &'a str) -> Vec<Mention<'a>> {
        let raw = self.0.matcher.find(&self.0.store, text, true);
        self.mentions(text, raw)
    }

    /// [`Gazetteer::find`], finding `phrases` in the same scan of the text: their matches come back as
    /// raw matches whose entity is the phrase's index, sorted by start, leftmost-longest.
    pub(crate) fn find_with_phrases<'a>(&'a self, text: &'a str, phrases: &Phrases) -> (Vec<Mention<'a>>, Vec<Raw>) {
        let mut found = Vec::new();
        let mentions = self.scan(text, Some((phrases, &mut found)));
        (mentions, found)
    }

    /// The leftmost-longest mentions with their document-level links, and the phrases' matches if asked.
    fn scan<'a>(&'a self, text: &'a str, phrases: Option<(&Phrases, &mut Vec<Raw>)>) -> Vec<Mention<'a>> {
        let mut raw = self.0.matcher.find_with(&self.0.store, text, false, phrases);
        if self.0.document_resolution {
            let m = &self.0.matcher;
            raw = crate::resolve::resolve(&self.0.store, m.fold(), m.proper_nouns(), text, raw);
        }
        self.mentions(text, raw)
    }

    /// The entity of a name that spans the whole of `text` (its leftmost-longest match from the names
    /// alone, with no document-level links), by index.
    pub(crate) fn entity_spanning(&self, text: &str) -> Option<u32> {
        let found = self.0.matcher.find(&self.0.store, text, false);
        found.first().filter(|r| r.start == 0 && r.end == text.len()).map(|r| r.entity)
    }

    /// How the gazetteer normalises text; phrases found in its scan must be normalised the same way.
    pub(crate) fn fold(&self) -> Fold {
        self.0.matcher.fold()
    }

    fn mentions<'a>(&'a self, text: &'a str, raw: Vec<Raw>) -> Vec<Mention<'a>> {
        let s = &self.0.store;
        raw.into_iter()
            .map(|r| Mention {
                start: r.start,
                end: r.end,
                text: &text[r.start..r.end],
                entity_id: s.entity_id_str(r.entity),
                kind: s.entity_type_str(r.entity),
                name: s.entity_name(r.entity),
                resolution: r.resolution,
            })
            .collect()
    }

    /// The number of entities.
    pub fn len(&self) -> usize {
        self.0.store.entity_count()
    }

    /// Whether the gazetteer has no entities.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of names (canonical names and aliases) over all entities.
    pub fn name_count(&self) -> usize {
        self.0.store.alias_count()
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<Entity> {
        self.0.store.find_id(id).map(|e| self.0.store.entity(e))
    }

    /// Every entity, in the order their ids first appeared.
    pub fn entities(&self) -> impl Iterator<Item = Entity> + '_ {
        (0..self.len() as u32).map(|e| self.0.store.entity(e))
    }

    /// Whether diacritics are folded.
    pub fn folds_diacritics(&self) -> bool {
        self.0.matcher.fold().diacritics
    }

    /// Whether names are matched as proper nouns (see [`GazetteerBuilder::proper_nouns`]).
    pub fn proper_nouns(&self) -> bool {
        self.0.matcher.proper_nouns()
    }

    /// Whether [`Gazetteer::find`] applies document-level resolution.
    pub fn resolves_documents(&self) -> bool {
        self.0.document_resolution
    }

    /// Approximate heap memory held, in bytes: names, tables and automata.
    pub fn memory_usage(&self) -> usize {
        self.0.store.heap_bytes() + self.0.matcher.memory_usage()
    }

    pub(crate) fn store(&self) -> &Store {
        &self.0.store
    }

    /// The names' matches without the matcher's wide path (see `Matcher::find_narrow`).
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn find_narrow(&self, text: &str, overlapping: bool) -> Vec<Raw> {
        self.0.matcher.find_narrow(&self.0.store, text, overlapping)
    }

    /// The only person entity that `surname` (a surname, with or without its particle, as written) can
    /// stand for: `None` when no person has it, or several do.
    pub(crate) fn person_by_surname(&self, surname: &str) -> Option<u32> {
        let fold = self.fold();
        let index = self.0.surnames.get_or_init(|| {
            let store = &self.0.store;
            let mut index: HashMap<Vec<u8>, Option<u32>> = HashMap::new();
            for e in (0..store.entity_count() as u32).filter(|&e| crate::resolve::is_person(store.entity_type_str(e))) {
                for a in store.entity_alias_range(e) {
                    for form in crate::resolve::surname_forms(store.alias(a), fold) {
                        let slot = index.entry(crate::normalize::normalize(&form, fold)).or_insert(Some(e));
                        if *slot != Some(e) {
                            *slot = None;
                        }
                    }
                }
            }
            index
        });
        *index.get(&crate::normalize::normalize(surname, fold))?
    }
}
