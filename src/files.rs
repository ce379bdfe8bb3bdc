//! The gazetteer files a path can name: JSONL (`.jsonl`, `.json`) and TSV (`.tsv`, `.txt`), told by
//! their extension, and a saved gazetteer ([`Gazetteer::save`]) under any other name, told by its first
//! bytes. One rule for the library, the C API and the `gazette` command.

use std::io::BufReader;
use std::path::Path;

use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::{Gazetteer, GazetteerBuilder};
use crate::persist::{Origin, from_file_bytes, looks_saved, saved_entities};

/// What a gazetteer file holds.
enum Format {
    Jsonl,
    Tsv,
    /// A saved gazetteer, read whole.
    Saved(Vec<u8>),
}

/// The format of the file at `path`: by its extension, else by its first bytes (the file is then read).
fn format(path: &Path) -> Result<Format> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "json" => Ok(Format::Jsonl),
        "tsv" | "txt" => Ok(Format::Tsv),
        _ => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(e, Some(path)))?;
            if looks_saved(&bytes) {
                return Ok(Format::Saved(bytes));
            }
            let what = "unknown gazetteer format: expected a .jsonl, .json, .tsv or .txt file name, or a \
                        saved gazetteer (see `gazette gazetteer build`)";
            Err(Error::new(ErrorKind::Io, what.to_string()).in_file(Some(path)))
        }
    }
}

fn open(path: &Path) -> Result<BufReader<std::fs::File>> {
    std::fs::File::open(path).map(BufReader::new).map_err(|e| Error::io(e, Some(path)))
}

impl GazetteerBuilder {
    /// Adds the entities of a file: JSONL when its name ends in `.jsonl` or `.json`, TSV when it ends in
    /// `.tsv` or `.txt`, and otherwise a gazetteer saved by [`Gazetteer::save`] (`gazette gazetteer
    /// build`), whose entities are added in their order. Only entities are added: the builder's options
    /// apply to what it builds, whatever options a saved gazetteer was built with.
    ///
    /// ```no_run
    /// use gazette::GazetteerBuilder;
    ///
    /// // The names of a newsroom's saved list, the embedded default's, and a few of today's.
    /// let gazetteer = GazetteerBuilder::new()
    ///     .add_path("people.gaz")?
    ///     .add_path("today.tsv")?
    ///     .add_embedded()?
    ///     .build()?;
    /// # Ok::<(), gazette::Error>(())
    /// ```
    ///
    /// # Errors
    /// An unreadable file, a file of none of these formats, a bad line (with the file name and line
    /// number), or a damaged saved gazetteer ([`ErrorKind::BadBinary`], with the file name).
    pub fn add_path(&mut self, path: impl AsRef<Path>) -> Result<&mut GazetteerBuilder> {
        let path = path.as_ref();
        match format(path)? {
            Format::Jsonl => self.add_jsonl(open(path)?, Some(path)),
            Format::Tsv => self.add_tsv(open(path)?, Some(path)),
            Format::Saved(bytes) => {
                for entity in saved_entities(&bytes, Origin::Outside).map_err(|e| e.in_file(Some(path)))? {
                    self.add(entity).map_err(|e| e.in_file(Some(path)))?;
                }
                Ok(self)
            }
        }
    }
}

impl Gazetteer {
    /// The gazetteer of a file (by its name or first bytes, as for [`GazetteerBuilder::add_path`]): a
    /// JSONL or TSV file built with the default options, or a saved gazetteer loaded as
    /// [`Gazetteer::load`] does, with the options it was saved with and without building its names again.
    ///
    /// # Errors
    /// As for [`GazetteerBuilder::add_path`].
    pub fn from_path(path: impl AsRef<Path>) -> Result<Gazetteer> {
        let path = path.as_ref();
        match format(path)? {
            Format::Saved(bytes) => from_file_bytes(bytes).map_err(|e| e.in_file(Some(path))),
            // Told by its extension, so `add_path` tells it again without reading the file.
            Format::Jsonl | Format::Tsv => GazetteerBuilder::new().add_path(path)?.build(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Entity;

    /// `name` in a directory of `test`'s own, which the test removes when it is done.
    fn temp(test: &str, name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("gazette-files-{test}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    fn remove(test: &str) {
        std::fs::remove_dir_all(temp(test, "")).unwrap();
    }

    fn saved(test: &str, name: &str) -> std::path::PathBuf {
        let mut b = GazetteerBuilder::new();
        b.fold_diacritics(false);
        b.entity(Entity::new("bogota", "CITY", "Bogotá"));
        b.entity(Entity::new("us", "GPE", "United States").alias("US").case_sensitive(true));
        let path = temp(test, name);
        b.build().unwrap().save(&path).unwrap();
        path
    }

    #[test]
    fn a_saved_gazetteer_loads_under_any_name_with_its_own_options() {
        for name in ["names.gaz", "names", "names.bin"] {
            let g = Gazetteer::from_path(saved("any-name", name)).unwrap();
            assert!(!g.folds_diacritics(), "{name}: saved without folding diacritics");
            let ids: Vec<_> = g.find("From Bogota to Bogotá; the US, not us.").iter().map(|m| m.entity_id).collect();
            assert_eq!(ids, ["bogota", "us"], "{name}");
        }
        remove("any-name");
    }

    #[test]
    fn a_builder_adds_a_saved_gazetteers_entities_and_builds_with_its_own_options() {
        let g = GazetteerBuilder::new()
            .entity(Entity::new("us", "GPE", "USA"))
            .add_path(saved("merged", "merged.gaz"))
            .unwrap()
            .build()
            .unwrap();
        assert!(g.folds_diacritics(), "the builder's option, not the saved one");
        let ids: Vec<_> = g.find("From Bogota to the USA and the US.").iter().map(|m| m.entity_id).collect();
        assert_eq!(ids, ["bogota", "us", "us"]);
        remove("merged");
    }

    #[test]
    fn a_file_of_no_known_format_is_refused_with_its_name() {
        let path = temp("unknown", "names.csv");
        std::fs::write(&path, "Iraq,GPE,iraq\n").unwrap();
        for e in [Gazetteer::from_path(&path).unwrap_err(), GazetteerBuilder::new().add_path(&path).unwrap_err()] {
            assert_eq!(e.kind(), ErrorKind::Io);
            assert!(e.to_string().contains("names.csv") && e.to_string().contains("unknown gazetteer format"), "{e}");
        }
        remove("unknown");
    }

    #[test]
    fn a_damaged_saved_gazetteer_is_refused_with_its_name() {
        let path = saved("damaged", "damaged.gaz");
        let mut bytes = std::fs::read(&path).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x55;
        std::fs::write(&path, bytes).unwrap();
        for e in [Gazetteer::from_path(&path).unwrap_err(), GazetteerBuilder::new().add_path(&path).unwrap_err()] {
            assert_eq!(e.kind(), ErrorKind::BadBinary);
            assert!(e.to_string().contains("damaged.gaz"), "{e}");
        }
        remove("damaged");
    }
}
