//! The saved-gazetteer file format: entities and options in a compact binary form, checksummed.
//!
//! Layout (integers little-endian): the magic `GAZETTE\0`, a `u32` format version, a `u8` of option
//! flags (1: fold diacritics, 2: document-level resolution, 4: proper nouns), a `u64` entity count, then per entity its id, type, case flag (`u8`: 0 default, 1 false,
//! 2 true), a `u32` name count and the names, each string a `u32` byte length and UTF-8 bytes; then
//! (from version 3) the names as the build prepares them: a `u64` fingerprint of the build's preparing
//! (the FNV-1a hash of a few fixed probe names prepared), a `u64` count and each name of the gazetteer
//! prepared, in order; last, a `u64` checksum of everything before it (checked on every load but
//! the embedded default's, which is compiled in): from version 4 the CRC-32 of zlib, gzip and PNG (the
//! high 32 bits zero), before it FNV-1a. A prepared name is a `u8` of flags (1: diacritics to check, 2:
//! capitals to check, 4: may start without a capital, 8: has a head, 16: its head has two words), the
//! head's hashes (`u64`, then a second `u64` with flag 16) and its key (a `u32` length and bytes).
//!
//! Loading skips parsing and merging the source files, and normalising the names: it builds the automata
//! from the stored keys, on parallel threads. A build that prepares the probes differently from the one
//! that saved the file (its normalising or its hashing changed) does not trust the stored names and
//! prepares them again from their text.

use std::collections::HashSet;
use std::path::Path;

use crate::entity::{Entity, EntityRef, Store, check_entity_ref};
use crate::error::{Error, ErrorKind, Result};
use crate::fnv::fnv1a;
use crate::gazetteer::{Gazetteer, GazetteerBuilder};
use crate::matcher::{CHECKS, Head, Matcher, Prepared, probes};
use crate::normalize::Fold;

const MAGIC: &[u8; 8] = b"GAZETTE\0";
/// Version 2 added the proper-noun option. A version 1 file, saved before the option existed, loads with
/// the rule on, as the same entities give when built today; an older build refuses a version 2 file, which
/// it would otherwise read without the option. Version 3 added the prepared names; files of versions 1
/// and 2 still load, preparing their names from their text. Version 4 changed the checksum to CRC-32,
/// which runs at memory speed where FNV-1a took a multiply per byte (a tenth of a 1M-name load).
const VERSION: u32 = 4;
/// The version that added the prepared names.
const PREPARED: u32 = 3;
/// The first version checksummed by CRC-32.
const CRC: u32 = 4;
const FOLD_DIACRITICS: u8 = 1;
const DOCUMENT_RESOLUTION: u8 = 2;
const PROPER_NOUNS: u8 = 4;

/// A prepared name's flags beside its checks.
const LOWER_START: u8 = 4;
const HEAD: u8 = 8;
const DOUBLE: u8 = 16;

fn put_str(out: &mut Vec<u8>, s: &str) {
    // Store guarantees every string fits in u32.
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

fn put_prepared(out: &mut Vec<u8>, p: &Prepared<'_>) {
    let mut flags = p.checks;
    if p.lower_start {
        flags |= LOWER_START;
    }
    if let Some(head) = &p.head {
        flags |= HEAD | if head.double.is_some() { DOUBLE } else { 0 };
    }
    out.push(flags);
    if let Some(head) = &p.head {
        out.extend_from_slice(&head.first.to_le_bytes());
        if let Some(double) = head.double {
            out.extend_from_slice(&double.to_le_bytes());
        }
    }
    // A key is at most a few times its name, which fits in u32.
    out.extend_from_slice(&(p.key.len() as u32).to_le_bytes());
    out.extend_from_slice(&p.key);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

fn corrupt(what: &str) -> Error {
    Error::new(ErrorKind::BadBinary, format!("not a valid saved gazetteer: {what}"))
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(|| corrupt("truncated"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// A prepared name; the key borrows from the bytes.
    fn prepared(&mut self) -> Result<Prepared<'a>> {
        let flags = self.u8()?;
        if flags & !(CHECKS | LOWER_START | HEAD | DOUBLE) != 0 || flags & (HEAD | DOUBLE) == DOUBLE {
            return Err(corrupt("bad prepared name flags"));
        }
        let head = if flags & HEAD != 0 {
            let first = self.u64()?;
            Some(Head { first, double: if flags & DOUBLE != 0 { Some(self.u64()?) } else { None } })
        } else {
            None
        };
        let n = self.u32()? as usize;
        // Any bytes: a key is matched as bytes, and a name with a NUL gives a key with a zero byte too.
        let key = self.take(n)?;
        Ok(Prepared { key: key.into(), checks: flags & CHECKS, lower_start: flags & LOWER_START != 0, head })
    }

    fn str(&mut self) -> Result<&'a str> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        std::str::from_utf8(b).map_err(|_| corrupt("a string is not UTF-8"))
    }
}

/// The checksum of a saved body of format `version`.
fn checksum(version: u32, body: &[u8]) -> u64 {
    if version >= CRC { u64::from(crc32fast::hash(body)) } else { fnv1a(body) }
}

/// `body` followed by the checksum its version field asks for, as the saved form ends: what the `parse`
/// fuzz target appends to its inputs (a body too short to hold a version gets FNV-1a's).
#[cfg(feature = "fuzzing")]
pub fn with_checksum(body: &[u8]) -> Vec<u8> {
    let version = Reader { bytes: body, pos: MAGIC.len() }.u32().unwrap_or(0);
    [body, &checksum(version, body).to_le_bytes()].concat()
}

/// What this build's preparing of names gives for the probe names under `fold`, hashed.
fn fingerprint(fold: Fold) -> u64 {
    let mut out = Vec::new();
    probes(fold).iter().for_each(|p| put_prepared(&mut out, p));
    fnv1a(&out)
}

/// The prepared names of a version 3 file, or `None` when this build prepares names differently from the
/// build that saved it (then the names are prepared again from their text).
fn read_prepared<'a>(r: &mut Reader<'a>, fold: Fold) -> Result<Option<Vec<Prepared<'a>>>> {
    let same = r.u64()? == fingerprint(fold);
    let count = r.u64()?;
    // Every prepared name takes at least 5 bytes: this bounds the allocation below by the input size.
    if count > (r.bytes.len() / 5) as u64 {
        return Err(corrupt("prepared name count larger than the file"));
    }
    let prepared = (0..count).map(|_| r.prepared()).collect::<Result<Vec<_>>>()?;
    Ok(same.then_some(prepared))
}

/// A saved gazetteer checked and read up to its prepared names.
struct Opened<'a> {
    version: u32,
    /// The option flags, with the proper-noun rule on for a version 1 file.
    flags: u8,
    /// Borrowed from the file: a load does not allocate a string per name.
    entities: Vec<EntityRef<'a>>,
    /// The body after the entities (the prepared names of a version 3 file).
    rest: Reader<'a>,
}

/// Where a saved gazetteer's bytes come from, which says whether loading checks their checksum.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A file or the caller's bytes: checked.
    Outside,
    /// Compiled into the library (the embedded default): not checked at every process's start, where
    /// the byte-at-a-time hash was an eighth of the load; a test checks them once.
    Compiled,
}

/// Whether `bytes` start as a saved gazetteer does (whatever follows).
pub(crate) fn looks_saved(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Checks the magic bytes, the checksum (of bytes from outside) and the version of a saved gazetteer,
/// and reads its entities.
fn open(bytes: &[u8], origin: Origin) -> Result<Opened<'_>> {
    if bytes.len() < MAGIC.len() + 8 || !looks_saved(bytes) {
        return Err(corrupt("wrong magic bytes"));
    }
    let (body, sum) = bytes.split_at(bytes.len() - 8);
    let mut r = Reader { bytes: body, pos: MAGIC.len() };
    // The version first, as it says which checksum: a newer file is refused as newer, not as damaged.
    let version = r.u32()?;
    if !(1..=VERSION).contains(&version) {
        return Err(corrupt(&format!("format version {version}, this build reads versions 1 to {VERSION}")));
    }
    // The hash of a compiled-in body is not computed at all.
    let stored = Reader { bytes: sum, pos: 0 }.u64()?;
    if origin == Origin::Outside && stored != checksum(version, body) {
        return Err(corrupt("checksum mismatch (the file is damaged)"));
    }
    let mut flags = r.u8()?;
    let known = if version == 1 {
        FOLD_DIACRITICS | DOCUMENT_RESOLUTION
    } else {
        FOLD_DIACRITICS | DOCUMENT_RESOLUTION | PROPER_NOUNS
    };
    if flags & !known != 0 {
        return Err(corrupt(&format!("unknown option flags {:#04x}", flags & !known)));
    }
    if version == 1 {
        flags |= PROPER_NOUNS;
    }
    let count = r.u64()?;
    // Every entity takes at least 13 bytes: this bounds the allocation below by the input size.
    if count > (body.len() / 13) as u64 {
        return Err(corrupt("entity count larger than the file"));
    }
    let mut entities = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let id = r.str()?;
        let kind = r.str()?;
        let case_sensitive = match r.u8()? {
            0 => None,
            1 => Some(false),
            2 => Some(true),
            _ => return Err(corrupt("bad case flag")),
        };
        let n = r.u32()?;
        if n == 0 {
            return Err(corrupt("an entity without a name"));
        }
        let names = (0..n).map(|_| r.str()).collect::<Result<Vec<_>>>()?;
        let entity = EntityRef { id, kind, names, case_sensitive };
        // What the builder would refuse, a saved file cannot bring in behind a valid checksum.
        check_entity_ref(&entity).map_err(|e| corrupt(&e.to_string()))?;
        entities.push(entity);
    }
    let mut ids = HashSet::with_capacity(entities.len());
    if let Some(e) = entities.iter().find(|e| !ids.insert(e.id)) {
        return Err(corrupt(&format!("entity {:?} appears twice", e.id)));
    }
    Ok(Opened { version, flags, entities, rest: r })
}

/// The entities of a saved gazetteer, in their order (for the embedded default's
/// [`GazetteerBuilder::add_embedded`]).
pub(crate) fn saved_entities(bytes: &[u8], origin: Origin) -> Result<Vec<Entity>> {
    saved_entity_refs(bytes, origin).map(|entities| entities.iter().map(EntityRef::to_entity).collect())
}

/// [`saved_entities`], borrowed from `bytes`.
pub(crate) fn saved_entity_refs(bytes: &[u8], origin: Origin) -> Result<Vec<EntityRef<'_>>> {
    open(bytes, origin).map(|opened| opened.entities)
}

impl Gazetteer {
    /// The gazetteer in its saved binary form (see [`Gazetteer::save`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.memory_usage() / 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        let mut flags = 0;
        if self.folds_diacritics() {
            flags |= FOLD_DIACRITICS;
        }
        if self.resolves_documents() {
            flags |= DOCUMENT_RESOLUTION;
        }
        if self.proper_nouns() {
            flags |= PROPER_NOUNS;
        }
        out.push(flags);
        let store = self.store();
        out.extend_from_slice(&(store.entity_count() as u64).to_le_bytes());
        for e in 0..store.entity_count() as u32 {
            put_str(&mut out, store.entity_id_str(e));
            put_str(&mut out, store.entity_type_str(e));
            out.push(match store.entity_case(e) {
                None => 0,
                Some(false) => 1,
                Some(true) => 2,
            });
            let names = store.entity_alias_range(e);
            out.extend_from_slice(&(names.end - names.start).to_le_bytes());
            for a in names {
                put_str(&mut out, store.alias(a));
            }
        }
        let fold = Fold { case: true, diacritics: self.folds_diacritics() };
        out.extend_from_slice(&fingerprint(fold).to_le_bytes());
        let prepared = Matcher::prepare(store, fold, self.proper_nouns());
        out.extend_from_slice(&(prepared.len() as u64).to_le_bytes());
        prepared.iter().for_each(|p| put_prepared(&mut out, p));
        let sum = checksum(VERSION, &out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Rebuilds a gazetteer from [`Gazetteer::to_bytes`].
    ///
    /// # Errors
    /// [`ErrorKind::BadBinary`] when the bytes are truncated, corrupt or of a later format version. A file
    /// of format version 1 (saved before the proper-noun option) loads with that option on.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer> {
        from_bytes_of(bytes, Origin::Outside)
    }

    /// Saves the gazetteer to a compact binary file that [`Gazetteer::load`] reads back, much faster than
    /// building from JSONL or TSV.
    ///
    /// # Errors
    /// The file cannot be written.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes()).map_err(|e| Error::io(e, Some(path)))
    }

    /// Loads a gazetteer saved by [`Gazetteer::save`].
    ///
    /// # Errors
    /// The file cannot be read, or is not a saved gazetteer of this format version.
    pub fn load(path: impl AsRef<Path>) -> Result<Gazetteer> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::io(e, Some(path)))?;
        from_file_bytes(bytes).map_err(|e| e.in_file(Some(path)))
    }
}

/// [`Gazetteer::from_bytes`] for bytes of `origin`.
pub(crate) fn from_bytes_of(bytes: &[u8], origin: Origin) -> Result<Gazetteer> {
    let (builder, store, prepared) = decode(bytes, origin)?;
    builder.build_saved(store, prepared)
}

/// The options, the store and (from version 3, when this build prepares names as the saving one did) the
/// prepared names of a saved gazetteer, checked.
fn decode(bytes: &[u8], origin: Origin) -> Result<(GazetteerBuilder, Store, Option<Vec<Prepared<'_>>>)> {
    let Opened { version, flags, entities, mut rest } = open(bytes, origin)?;
    // The store holds its own copy of the entities: free them before the prepared names are read.
    let store = Store::from_refs(&entities)?;
    drop(entities);
    let fold = Fold { case: true, diacritics: flags & FOLD_DIACRITICS != 0 };
    let prepared = if version >= PREPARED { read_prepared(&mut rest, fold)? } else { None };
    if rest.pos != rest.bytes.len() {
        return Err(corrupt("trailing bytes"));
    }
    let mut builder = GazetteerBuilder::new();
    builder
        .fold_diacritics(fold.diacritics)
        .proper_nouns(flags & PROPER_NOUNS != 0)
        .document_resolution(flags & DOCUMENT_RESOLUTION != 0);
    Ok((builder, store, prepared))
}

/// [`Gazetteer::from_bytes`] of a file read whole, which it frees before the automata are built: a load's
/// memory peaks then, and the prepared names' keys, copied out first, are about a third of the file.
pub(crate) fn from_file_bytes(bytes: Vec<u8>) -> Result<Gazetteer> {
    let (builder, store, prepared) = decode(&bytes, Origin::Outside)?;
    let Some(prepared) = prepared else {
        drop(bytes);
        return builder.build_saved(store, None);
    };
    let mut keys = Vec::with_capacity(prepared.iter().map(|p| p.key.len()).sum());
    prepared.iter().for_each(|p| keys.extend_from_slice(&p.key));
    let mut at = 0;
    // Collected in place (the same layout), so that the names are not held twice.
    let prepared: Vec<Prepared<'_>> = prepared
        .into_iter()
        .map(|p| {
            let key = &keys[at..at + p.key.len()];
            at += key.len();
            Prepared { key: key.into(), checks: p.checks, lower_start: p.lower_start, head: p.head }
        })
        .collect();
    drop(bytes);
    builder.build_saved(store, Some(prepared))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Gazetteer {
        let mut b = GazetteerBuilder::new();
        b.fold_diacritics(false);
        b.entity(Entity::new("iraq", "GPE", "Iraq").alias("Republic of Iraq"));
        b.entity(Entity::new("us", "GPE", "United States").alias("US").case_sensitive(true));
        b.build().unwrap()
    }

    #[test]
    fn round_trip_keeps_entities_and_options() {
        let g = sample();
        let back = Gazetteer::from_bytes(&g.to_bytes()).unwrap();
        assert_eq!(back.entities().collect::<Vec<_>>(), g.entities().collect::<Vec<_>>());
        assert!(!back.folds_diacritics());
        let text = "The US and the Republic of Iraq; us.";
        assert_eq!(back.find(text), g.find(text));
    }

    #[test]
    fn bytes_from_outside_have_their_checksum_checked_and_compiled_ones_do_not() {
        let mut bytes = sample().to_bytes();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        let err = Gazetteer::from_bytes(&bytes).unwrap_err();
        assert!(err.to_string().contains("checksum mismatch"), "{err}");
        assert_eq!(from_bytes_of(&bytes, Origin::Compiled).unwrap().len(), sample().len());
    }

    /// `bytes` as format version `version` with option flags `flags`, its checksum made again; below
    /// version 3, without the prepared names.
    fn rewritten(bytes: &[u8], version: u32, flags: u8) -> Vec<u8> {
        let mut body = bytes[..bytes.len() - 8].to_vec();
        if version < PREPARED {
            body.truncate(entities_end(&body));
        }
        body[8..12].copy_from_slice(&version.to_le_bytes());
        body[12] = flags;
        let sum = checksum(version, &body);
        [body, sum.to_le_bytes().to_vec()].concat()
    }

    /// Where the entities of a saved body end.
    fn entities_end(body: &[u8]) -> usize {
        let mut r = Reader { bytes: body, pos: MAGIC.len() + 5 };
        for _ in 0..r.u64().unwrap() {
            r.str().unwrap();
            r.str().unwrap();
            r.u8().unwrap();
            for _ in 0..r.u32().unwrap() {
                r.str().unwrap();
            }
        }
        r.pos
    }

    #[test]
    fn names_prepared_by_a_different_build_are_prepared_again() {
        let g = sample();
        let bytes = g.to_bytes();
        let body = &bytes[..bytes.len() - 8];
        let at = entities_end(body);
        // Another fingerprint, as if the saving build normalised names differently, and a name's key
        // changed likewise: the loaded gazetteer must not trust the stored keys.
        let mut changed = body.to_vec();
        changed[at] ^= 1;
        // The body ends with the last name's key: "us" for "US", which would no longer match.
        let last = changed.len() - 1;
        changed[last] ^= 0x20;
        let sum = checksum(VERSION, &changed);
        changed.extend_from_slice(&sum.to_le_bytes());
        let back = Gazetteer::from_bytes(&changed).unwrap();
        let text = "The US and the Republic of Iraq; us.";
        assert_eq!(back.find(text), g.find(text));
        assert_eq!(back.find(text).len(), 2);
    }

    #[test]
    fn the_proper_noun_option_round_trips_and_version_1_files_load_with_it_on() {
        let mut b = GazetteerBuilder::new();
        b.proper_nouns(false).entity(Entity::new("tr", "GPE", "Turkey"));
        let loose = b.build().unwrap();
        let back = Gazetteer::from_bytes(&loose.to_bytes()).unwrap();
        assert!(!back.proper_nouns());
        assert_eq!(back.find("the turkey").len(), 1);

        // A file saved before the option existed: version 1, no flag for it.
        let old = rewritten(&loose.to_bytes(), 1, FOLD_DIACRITICS | DOCUMENT_RESOLUTION);
        let back = Gazetteer::from_bytes(&old).unwrap();
        assert!(back.proper_nouns() && back.folds_diacritics() && back.resolves_documents());
        assert_eq!(back.find("the turkey").len(), 0);

        let err = |bytes: Vec<u8>| Gazetteer::from_bytes(&bytes).unwrap_err().to_string();
        assert!(err(rewritten(&old, 1, PROPER_NOUNS)).contains("unknown option flags 0x04"), "{}", err(old.clone()));
        assert!(err(rewritten(&old, 2, 8)).contains("unknown option flags 0x08"));
        assert!(err(rewritten(&old, 5, 0)).contains("format version 5, this build reads versions 1 to 4"));
        // A version 2 file loads too, preparing its names from their text, and a version 3 file,
        // checksummed by FNV-1a.
        let v2 = rewritten(&loose.to_bytes(), 2, 0);
        assert_eq!(Gazetteer::from_bytes(&v2).unwrap().find("the turkey").len(), 1);
        let v3 = rewritten(&loose.to_bytes(), 3, 0);
        assert_eq!(Gazetteer::from_bytes(&v3).unwrap().find("the turkey").len(), 1);
        let mut damaged = v3.clone();
        damaged[20] ^= 1;
        assert!(err(damaged).contains("checksum mismatch"));
        // Each version has its own checksum: a version 3 body under a CRC-32, or a version 4 one under
        // FNV-1a, is damaged.
        let v4 = loose.to_bytes();
        let under = |bytes: &[u8], sum: u64| [&bytes[..bytes.len() - 8], &sum.to_le_bytes()[..]].concat();
        assert!(err(under(&v3, checksum(4, &v3[..v3.len() - 8]))).contains("checksum mismatch"));
        assert!(err(under(&v4, fnv1a(&v4[..v4.len() - 8]))).contains("checksum mismatch"));
        assert!(Gazetteer::from_bytes(&under(&v4, checksum(4, &v4[..v4.len() - 8]))).is_ok());
    }

    #[test]
    fn every_truncation_and_flipped_byte_is_an_error() {
        let bytes = sample().to_bytes();
        for n in 0..bytes.len() {
            assert_eq!(Gazetteer::from_bytes(&bytes[..n]).unwrap_err().kind(), ErrorKind::BadBinary);
        }
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x5a;
            assert_eq!(Gazetteer::from_bytes(&b).unwrap_err().kind(), ErrorKind::BadBinary, "byte {i}");
        }
    }
}
