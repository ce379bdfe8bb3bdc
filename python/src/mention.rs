//! `Mention`: one small object per mention, whose strings are shared with the other mentions of its
//! entity through a cache that each gazetteer keeps (`Shared`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use pyo3::prelude::*;
use pyo3::sync::MutexExt;
use pyo3::types::PyString;
use serde::{Deserialize, Serialize};

use crate::{Reduced, from_json, reduce_json, repr};

/// A mention of an entity: `text[start:end] == text` (offsets in code points). It is one small object: its
/// entity's strings and its resolution are shared with every mention linked the same way (see `Shared`).
#[pyclass(frozen, skip_from_py_object, module = "gazette")]
pub(crate) struct Mention {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    /// None when the text is the entity's name, as most are.
    text: Option<Py<PyString>>,
    link: Arc<Link>,
}

/// What the mentions linked to one entity in one way share: the entity's strings and the resolution.
struct Link {
    id: Py<PyString>,
    kind: Py<PyString>,
    name: Py<PyString>,
    resolution: Py<PyString>,
}

/// A mention as JSON, the form of `Document.to_dict()`'s "mentions": how a mention pickles, and how a
/// pickled document's mentions are read back.
#[derive(Serialize, Deserialize)]
pub(crate) struct MentionJson<'a> {
    start: usize,
    end: usize,
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow)]
    entity_id: Cow<'a, str>,
    #[serde(borrow, rename = "type")]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    resolution: Cow<'a, str>,
}

impl Mention {
    pub(crate) fn from_json(py: Python<'_>, m: &MentionJson<'_>) -> Mention {
        let new = |s: &str| PyString::new(py, s).unbind();
        let resolution = PyString::intern(py, &m.resolution).unbind();
        let link = Link { id: new(&m.entity_id), kind: new(&m.kind), name: new(&m.name), resolution };
        Mention { start: m.start, end: m.end, text: Some(new(&m.text)), link: Arc::new(link) }
    }

    fn text_ref(&self) -> &Py<PyString> {
        self.text.as_ref().unwrap_or(&self.link.name)
    }

    /// The strings that equality compares, beside the offsets.
    fn strings(&self) -> [&Py<PyString>; 5] {
        let l = &self.link;
        [self.text_ref(), &l.id, &l.kind, &l.name, &l.resolution]
    }
}

#[pymethods]
impl Mention {
    /// The mention as it appears in the text.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text_ref().clone_ref(py)
    }

    /// The linked entity's id.
    #[getter]
    fn entity_id(&self, py: Python<'_>) -> Py<PyString> {
        self.link.id.clone_ref(py)
    }

    /// The linked entity's type.
    #[getter]
    #[pyo3(name = "type")]
    fn kind(&self, py: Python<'_>) -> Py<PyString> {
        self.link.kind.clone_ref(py)
    }

    /// The linked entity's canonical name.
    #[getter]
    fn name(&self, py: Python<'_>) -> Py<PyString> {
        self.link.name.clone_ref(py)
    }

    /// How the mention was linked: "gazetteer", "partial" or "acronym".
    #[getter]
    fn resolution(&self, py: Python<'_>) -> Py<PyString> {
        self.link.resolution.clone_ref(py)
    }

    fn __eq__(&self, py: Python<'_>, other: &Self) -> PyResult<bool> {
        if (self.start, self.end) != (other.start, other.end) {
            return Ok(false);
        }
        for (a, b) in self.strings().into_iter().zip(other.strings()) {
            if !a.is(b) && !PyAnyMethods::eq(a.bind(py).as_any(), b.bind(py))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let (start, end, l) = (self.start, self.end, &self.link);
        let (text, id, kind) = (repr(py, self.text_ref())?, repr(py, &l.id)?, repr(py, &l.kind)?);
        Ok(format!("Mention(start={start}, end={end}, text={text}, entity_id={id}, type={kind})"))
    }

    /// Pickles as its JSON, so that Spark can ship mentions between workers.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        let (py, m) = (slf.py(), slf.get());
        let [text, entity_id, kind, name, resolution] = m.strings().map(|s| s.bind(py).to_cow());
        let json = MentionJson {
            start: m.start,
            end: m.end,
            text: text?,
            entity_id: entity_id?,
            kind: kind?,
            name: name?,
            resolution: resolution?,
        };
        reduce_json(slf, &json)
    }

    #[staticmethod]
    fn _from_json(py: Python<'_>, json: &str) -> PyResult<Mention> {
        Ok(Mention::from_json(py, &from_json(json)?))
    }
}

/// The Python strings that mentions share, so that a mention costs one small object: each entity's id,
/// type and name, made at its first mention and kept as long as the gazetteer (one set at most per entity),
/// and the resolutions, interned; with each link, the last surface other than the name that it was found
/// under.
///
/// Keys are the addresses of the gazetteer's own strings, which `gazette::Mention`'s `entity_id` and `kind`
/// borrow: one address per entity and per type, fixed while the gazetteer lives. So each cache belongs to
/// the one gazetteer whose strings it keys, and lives no longer than it.
#[derive(Default)]
pub(crate) struct Shared(Mutex<Strings>);

type ByAddress<K, V> = HashMap<K, V, BuildHasherDefault<AddressHasher>>;

#[derive(Default)]
struct Strings {
    /// By entity and resolution: the one lookup of most mentions.
    links: ByAddress<(usize, gazette::Resolution), Linked>,
    /// Ids and names by entity, and types, for the first link of each.
    entities: ByAddress<usize, (Py<PyString>, Py<PyString>)>,
    types: ByAddress<usize, Py<PyString>>,
    resolutions: Vec<(gazette::Resolution, Py<PyString>)>,
}

struct Linked {
    link: Arc<Link>,
    /// The last surface other than the name that the link was found under: most mentions of an entity
    /// repeat its name or the surface before ("BBC", "BBC", ...).
    alias: Option<(Box<str>, Py<PyString>)>,
}

/// Hashes the address keys of `Strings` with one multiplication, as rustc-hash does: they need no defence
/// against chosen keys, and a lookup per mention is on the hot path.
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        // The product's high bits are its best: the table indexes by the low ones.
        self.0.rotate_left(26)
    }
}

impl Shared {
    /// The Python mentions of the core's mentions of `text`, their code-point offsets counted in the same
    /// pass: one walk over the text, as the mentions come sorted, or none in an ASCII text.
    pub(crate) fn mentions(
        &self,
        py: Python<'_>,
        text: &str,
        found: &[gazette::Mention<'_>],
    ) -> PyResult<Vec<Py<Mention>>> {
        let mut cp = (!text.is_ascii()).then(|| gazette::CodePoints::new(text));
        let mut at = |byte| cp.as_mut().map_or(byte, |cp| cp.at(byte));
        // Held while Python objects are made, which runs no Python code; taken without blocking on the GIL.
        let mut strings = self.0.lock_py_attached(py).unwrap_or_else(PoisonError::into_inner);
        found.iter().map(|m| Py::new(py, strings.mention(py, m, at(m.start), at(m.end)))).collect()
    }
}

impl Strings {
    fn mention(&mut self, py: Python<'_>, m: &gazette::Mention<'_>, start: usize, end: usize) -> Mention {
        let Strings { links, entities, types, resolutions } = self;
        let entity = m.entity_id.as_ptr() as usize;
        let linked = links.entry((entity, m.resolution)).or_insert_with(|| {
            let new = |s: &str| PyString::new(py, s).unbind();
            let (id, name) = entities.entry(entity).or_insert_with(|| (new(m.entity_id), new(m.name)));
            let kind = types.entry(m.kind.as_ptr() as usize).or_insert_with(|| new(m.kind));
            let resolution = interned(py, resolutions, m.resolution);
            let link = Link { id: id.clone_ref(py), kind: kind.clone_ref(py), name: name.clone_ref(py), resolution };
            Linked { link: Arc::new(link), alias: None }
        });
        let text = (m.text != m.name).then(|| match &linked.alias {
            Some((alias, s)) if **alias == *m.text => s.clone_ref(py),
            _ => linked.alias.insert((m.text.into(), PyString::new(py, m.text).unbind())).1.clone_ref(py),
        });
        Mention { start, end, text, link: linked.link.clone() }
    }
}

/// The interned Python string of a resolution.
fn interned(
    py: Python<'_>,
    known: &mut Vec<(gazette::Resolution, Py<PyString>)>,
    r: gazette::Resolution,
) -> Py<PyString> {
    if let Some((_, s)) = known.iter().find(|(k, _)| *k == r) {
        return s.clone_ref(py);
    }
    let s = PyString::intern(py, r.as_str()).unbind();
    known.push((r, s.clone_ref(py)));
    s
}
