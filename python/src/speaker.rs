//! `Speaker`: a speaker's fields as `Document.to_dict()` gives them, read from the core's typed speaker, with
//! its mentions in code points.

use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

use crate::claim::OffsetTable;
use crate::{Reduced, from_json, reduce_json, repr};

/// A speaker, with the fields of a `speakers` entry of `Document.to_dict()`: one person, organisation or
/// group that the document quotes; `mentions` are `(start, end)` in code points.
#[pyclass(frozen, get_all, eq, skip_from_py_object, module = "gazette")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Speaker {
    id: usize,
    name: String,
    entity_id: Option<String>,
    #[pyo3(name = "type")]
    #[serde(rename = "type")]
    kind: String,
    mentions: Vec<(usize, usize)>,
    claims: usize,
}

impl Speaker {
    /// The Python speaker of the core's speaker `id` (its index in the document's list, which claims give
    /// as `speaker_id`), offsets in code points.
    pub(crate) fn new(id: usize, s: &gazette::Speaker<'_>, cp: &OffsetTable) -> Speaker {
        Speaker {
            id,
            name: s.name.to_owned(),
            entity_id: s.entity_id.map(str::to_owned),
            kind: s.entity_type.to_owned(),
            mentions: s.mentions.iter().map(|m| (cp.get(m.start), cp.get(m.end))).collect(),
            claims: s.claims,
        }
    }
}

#[pymethods]
impl Speaker {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let (py, s) = (slf.py(), slf.get());
        let (name, entity_id, kind) = (repr(py, &s.name)?, repr(py, &s.entity_id)?, repr(py, &s.kind)?);
        Ok(format!("Speaker(id={}, name={name}, entity_id={entity_id}, type={kind}, claims={})", s.id, s.claims))
    }

    /// Pickles as its JSON, as claims do.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        reduce_json(slf, slf.get())
    }

    #[staticmethod]
    fn _from_json(json: &str) -> PyResult<Speaker> {
        from_json(json)
    }
}
