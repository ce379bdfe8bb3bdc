//! gazette reads news text and says who is mentioned and who said what.
//!
//! A [`Gazetteer`] is a list of entities (id, type, canonical name, aliases). [`Gazetteer::find`] finds
//! every mention of them in a text and links it to its entity, the way a reader would:
//!
//! - case-insensitive with full Unicode case folding (`ZÜRICH`, `İSTANBUL`), and diacritic-insensitive
//!   unless turned off (`Súdani` = `Sudani`);
//! - names are proper nouns: a capitalised word of a name matches only capitalised (or ALL-CAPS) text, so
//!   "Turkey" is not the bird in "the turkey was cold"; lowercase name words (`al-Sudani`) and a leading
//!   article (`the Netherlands`) take either case ([`GazetteerBuilder::proper_nouns`]);
//! - curly and straight apostrophes alike; hyphens, spaces and runs of white space between the words of a
//!   name interchangeable (`al Sudani` = `al-Sudani`, `New\nYork`);
//! - true word boundaries over Unicode letters and digits: `York` is not in `Yorkshire`, `Iran` is in
//!   `Iran-backed`; possessives match (`IS's`, `coalition’s`);
//! - leftmost-longest and non-overlapping, without shadowed matches: when the longest candidate fails the
//!   boundary test, a shorter valid one is still found; [`Gazetteer::find_overlapping`] returns them all;
//! - short all-capital names (`US`, `IS`, `AP`) match only in capitals, so "us" and "is" never match;
//! - document-level links: a person's surname after their full name, an organisation's first word used
//!   as a modifier, an acronym defined in the text ([`Resolution`]).
//!
//! Offsets are **byte** offsets into the text.
//!
//! ```
//! use gazette::{Entity, Gazetteer, Resolution};
//!
//! let gazetteer = Gazetteer::builder()
//!     .entity(Entity::new("us", "GPE", "United States").alias("US"))
//!     .entity(Entity::new("romanowski", "PERSON", "Alina L. Romanowski"))
//!     .build()?;
//! let text = "Alina L. Romanowski spoke for us. “The US’s position is clear,” Romanowski said.";
//! let found: Vec<_> = gazetteer.find(text).iter().map(|m| (m.text, m.entity_id, m.resolution)).collect();
//! assert_eq!(found, [
//!     ("Alina L. Romanowski", "romanowski", Resolution::Gazetteer),
//!     ("US", "us", Resolution::Gazetteer),
//!     ("Romanowski", "romanowski", Resolution::Partial),
//! ]);
//! # Ok::<(), gazette::Error>(())
//! ```
//!
//! Gazetteers load from JSONL (one entity a line) or TSV (`surface<TAB>type<TAB>id`), see
//! [`GazetteerBuilder`], and save to a compact binary file that loads fast ([`Gazetteer::save`]).
//!
//! An [`Extractor`] adds claims: for each, its content, cue, source (linked to the person a title or
//! appositive describes, or to the named source a pronoun stands for), medium and kind, read by rules
//! and hand-written lexicons in one pass ([`Claim`]).
//!
//! ```
//! use gazette::{ClaimKind, Entity, Extractor, Gazetteer, SourceKind};
//!
//! let gazetteer = Gazetteer::builder()
//!     .entity(Entity::new("miller", "PERSON", "Matthew Miller"))
//!     .entity(Entity::new("x", "MEDIA", "X").alias("X platform"))
//!     .build()?;
//! let extractor = Extractor::new(gazetteer)?;
//! let text = "Talks resumed on Monday, announced spokesperson Matthew Miller via the X platform. \
//!             \"We are hopeful,\" he said.";
//! let claims = extractor.extract(text).claims;
//! assert_eq!(claims.len(), 2);
//! assert_eq!((claims[0].speaker, claims[0].medium_text), (Some("Matthew Miller"), Some("the X platform")));
//! assert_eq!((claims[1].source_kind, claims[1].speaker), (SourceKind::Pronoun, Some("Matthew Miller")));
//! assert_eq!(claims[1].kind, ClaimKind::Direct);
//! # Ok::<(), gazette::Error>(())
//! ```
#![deny(missing_docs)]

#[cfg(feature = "capi")]
pub mod capi;
mod capitals;
mod claim;
mod claims;
#[cfg(feature = "cli")]
pub mod cli;
mod document;
mod embedded;
mod entity;
mod error;
mod extractor;
mod files;
mod fnv;
mod gazetteer;
mod html;
mod lexicon;
mod matcher;
mod mention;
mod normalize;
mod persist;
mod pool;
#[cfg(any(test, feature = "fuzzing"))]
mod reference;
mod resolve;
mod speaker;
mod speakers;
mod structure;
mod threads;

pub use crate::claim::{Claim, ClaimKind, SourceKind};
pub use crate::document::{CodePoints, Document, OffsetTable};
pub use crate::entity::{Entity, MAX_GAZETTEER_TEXT};
pub use crate::error::{Error, ErrorKind, Result};
pub use crate::extractor::{Extractor, ExtractorBuilder};
pub use crate::gazetteer::{Gazetteer, GazetteerBuilder};
pub use crate::html::{HtmlPage, HtmlSection};
pub use crate::mention::{Mention, Resolution, Span};
pub use crate::speaker::Speaker;

/// What the fuzz targets in `fuzz/` need of the internals (cargo feature `fuzzing`): not part of the API.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    pub use crate::persist::with_checksum;
    pub use crate::reference::assert_agrees;
}

#[cfg(test)]
mod send_sync {
    use super::*;

    fn assert_traits<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_traits::<Gazetteer>();
        assert_traits::<Document<'static>>();
        assert_traits::<CodePoints<'static>>();
        assert_traits::<OffsetTable>();
        assert_traits::<GazetteerBuilder>();
        assert_traits::<HtmlSection>();
        assert_traits::<HtmlPage>();
        assert_traits::<Entity>();
        assert_traits::<Mention<'static>>();
        assert_traits::<Resolution>();
        assert_traits::<Error>();
        assert_traits::<Extractor>();
        assert_traits::<ExtractorBuilder>();
        assert_traits::<Claim<'static>>();
        assert_traits::<ClaimKind>();
        assert_traits::<SourceKind>();
        assert_traits::<Span>();
        assert_traits::<Speaker<'static>>();
        assert_traits::<ErrorKind>();
    }
}

/// The README's Rust examples, run as doc tests so the README stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
