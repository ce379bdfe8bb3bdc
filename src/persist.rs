//! The saved-gazetteer file format: entities and options in a compact binary form, checksummed.
//!
//! Layout (integers little-endian): the magic `GAZETTE\0`, a `u32` format version, a `u8` of option
//! flags, a `u64` entity count, then per entity its id, type, case flag (`u8`: 0 default, 1 false,
//! 2 true), a `u32` name count and the names, each string a `u32` byte length and UTF-8 bytes; last, a
//! `u64` FNV-1a checksum of everything before it. Loading skips parsing and merging the source files,
//! and rebuilds the automata on parallel threads.

use std::collections::HashSet;
use std::path::Path;

use crate::entity::{Entity, check_entity};
use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::{Gazetteer, GazetteerBuilder};

const MAGIC: &[u8; 8] = b"GAZETTE\0";
const VERSION: u32 = 1;
const FOLD_DIACRITICS: u8 = 1;
const DOCUMENT_RESOLUTION: u8 = 2;

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    // Store guarantees every string fits in u32.
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
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

    fn string(&mut self) -> Result<String> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        std::str::from_utf8(b).map(str::to_string).map_err(|_| corrupt("a string is not UTF-8"))
    }
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
        let sum = fnv1a(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Rebuilds a gazetteer from [`Gazetteer::to_bytes`].
    ///
    /// # Errors
    /// [`ErrorKind::BadBinary`] when the bytes are truncated, corrupt or of another format version.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer> {
        if bytes.len() < MAGIC.len() + 8 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(corrupt("wrong magic bytes"));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader { bytes: sum, pos: 0 };
        if r.u64()? != fnv1a(body) {
            return Err(corrupt("checksum mismatch (the file is damaged)"));
        }
        let mut r = Reader { bytes: body, pos: MAGIC.len() };
        let version = r.u32()?;
        if version != VERSION {
            return Err(corrupt(&format!("format version {version}, this build reads version {VERSION}")));
        }
        let flags = r.u8()?;
        let count = r.u64()?;
        // Every entity takes at least 13 bytes: this bounds the allocation below by the input size.
        if count > (body.len() / 13) as u64 {
            return Err(corrupt("entity count larger than the file"));
        }
        let mut entities = Vec::with_capacity(count as usize);
        for _ in 0..count {
            let id = r.string()?;
            let kind = r.string()?;
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
            let name = r.string()?;
            let aliases = (1..n).map(|_| r.string()).collect::<Result<Vec<_>>>()?;
            let entity = Entity { id, kind, name, aliases, case_sensitive };
            // What the builder would refuse, a saved file cannot bring in behind a valid checksum.
            check_entity(&entity).map_err(|e| corrupt(&e.to_string()))?;
            entities.push(entity);
        }
        if r.pos != body.len() {
            return Err(corrupt("trailing bytes"));
        }
        let mut ids = HashSet::with_capacity(entities.len());
        if let Some(e) = entities.iter().find(|e| !ids.insert(e.id.as_str())) {
            return Err(corrupt(&format!("entity {:?} appears twice", e.id)));
        }
        GazetteerBuilder::new()
            .fold_diacritics(flags & FOLD_DIACRITICS != 0)
            .document_resolution(flags & DOCUMENT_RESOLUTION != 0)
            .build_from_unique(entities)
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
        Gazetteer::from_bytes(&bytes).map_err(|e| e.in_file(Some(path)))
    }
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
