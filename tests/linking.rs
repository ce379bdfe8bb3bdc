//! Speaker linking measured on the hand-annotated linking set (`tests/data/linking`, issue 13): 30 PolNeAR
//! train articles whose gold quotes carry the speaker their source refers to, read by hand. Each gold quote
//! is paired one to one with the predicted claim whose content overlaps it best (character Jaccard >= 0.5
//! over code points, as `../shared/eval/score.py` pairs them), and on those pairs the test prints and holds
//! to a floor:
//! - named sources linked right, with the set's gazetteer over the embedded default (as `extract
//!   --gazetteer` loads them): the claim's speaker (`speaker_id` into the document's `speakers`) is the
//!   annotated entity, and so is the claim's `entity_id`;
//! - anonymous sources left unlinked, with the same gazetteer: no speaker and no `entity_id`;
//! - with the embedded default alone, named sources whose speaker's canonical name has the annotated
//!   surname.
//!
//! Runs when `../shared/eval` is beside the project, and shows as ignored otherwise (see build.rs). The
//! corpus text is read from there; the linking set holds only ids, offsets and names.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use gazette::{Extractor, GazetteerBuilder};
use serde_json::Value;

/// The linking set: `tests/data/linking` in the project.
fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/linking")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One annotated gold quote (a line of `speakers.jsonl`).
struct Annotation {
    doc: String,
    quote: usize,
    kind: String,
    name: Option<String>,
    speaker: Option<String>,
}

fn annotations() -> Vec<Annotation> {
    let path = data_dir().join("speakers.jsonl");
    read(&path)
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1));
            let text = |key: &str| v[key].as_str().map(str::to_owned);
            Annotation {
                doc: text("doc").expect("doc"),
                quote: v["quote"].as_u64().expect("quote") as usize,
                kind: text("kind").expect("kind"),
                name: text("name"),
                speaker: text("speaker"),
            }
        })
        .collect()
}

/// The set's documents, read from the corpus by id. Lines `i % 10 == 9` are the project's held-out tenth,
/// which the set never draws from: they are skipped unread.
fn documents(ids: &BTreeSet<&str>) -> Vec<Value> {
    let path = PathBuf::from(env!("GAZETTE_SHARED_DIR")).join("eval/polnear_train.jsonl");
    let corpus = read(&path);
    let docs: Vec<Value> = corpus
        .lines()
        .enumerate()
        .filter(|(i, _)| i % 10 != 9)
        .map(|(_, line)| serde_json::from_str::<Value>(line).expect("a corpus line is JSON"))
        .filter(|d| d["id"].as_str().is_some_and(|id| ids.contains(id)))
        .collect();
    assert_eq!(docs.len(), ids.len(), "every document of the linking set is in {}", path.display());
    docs
}

/// The code points a quote's content covers, from `content_spans` (or `content_start`/`content_end`).
fn content(q: &Value) -> BTreeSet<u64> {
    let span = |s: &Value| Some((s[0].as_u64()?, s[1].as_u64()?));
    let spans: Vec<(u64, u64)> = match q["content_spans"].as_array() {
        Some(spans) if !spans.is_empty() => spans.iter().filter_map(span).collect(),
        _ => q["content_start"].as_u64().zip(q["content_end"].as_u64()).into_iter().collect(),
    };
    spans.into_iter().flat_map(|(s, e)| s..e).collect()
}

fn jaccard(a: &BTreeSet<u64>, b: &BTreeSet<u64>) -> f64 {
    let union = a.union(b).count();
    if union == 0 { 0.0 } else { a.intersection(b).count() as f64 / union as f64 }
}

/// For each gold quote, the predicted claim paired with it: pairs with Jaccard >= 0.5, taken best first,
/// each claim and each gold quote used once.
fn pair<'p>(gold: &[Value], predicted: &'p [Value]) -> Vec<Option<&'p Value>> {
    let mut pairs = Vec::new();
    for (g, gq) in gold.iter().enumerate() {
        let gc = content(gq);
        for (p, pq) in predicted.iter().enumerate() {
            let score = jaccard(&gc, &content(pq));
            if score >= 0.5 {
                pairs.push((score, g, p));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut out = vec![None; gold.len()];
    let mut used = vec![false; predicted.len()];
    for (_, g, p) in pairs {
        if out[g].is_none() && !used[p] {
            out[g] = Some(&predicted[p]);
            used[p] = true;
        }
    }
    out
}

/// A share with its counts, printed as "what 239/357 = 66.9%".
struct Share {
    what: &'static str,
    hit: usize,
    of: usize,
}

impl Share {
    fn percent(&self) -> f64 {
        if self.of == 0 { 0.0 } else { 100.0 * self.hit as f64 / self.of as f64 }
    }

    fn print(&self) {
        println!("{} {}/{} = {:.1}%", self.what, self.hit, self.of, self.percent());
    }
}

/// What a predicted claim says of its source: its `entity_id`, and its speaker's entity and canonical
/// name (through `speaker_id`).
struct Found {
    entity_id: Option<String>,
    speaker_entity: Option<String>,
    speaker_name: Option<String>,
}

impl Found {
    fn new(quote: &Value, speakers: &Value) -> Found {
        let speaker = quote["speaker_id"].as_u64().map(|i| &speakers[i as usize]);
        let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
        Found {
            entity_id: text(Some(&quote["entity_id"])),
            speaker_entity: text(speaker.map(|s| &s["entity_id"])),
            speaker_name: text(speaker.map(|s| &s["name"])),
        }
    }
}

fn last_word(name: &str) -> String {
    name.split_whitespace().last().unwrap_or_default().to_lowercase()
}

#[test]
#[cfg_attr(not(gazette_eval), ignore = "the evaluation data is not at ../shared/eval (or $GAZETTE_SHARED/eval)")]
fn speakers_are_linked_on_the_hand_annotated_set() {
    let annotations = annotations();
    let ids: BTreeSet<&str> = annotations.iter().map(|a| a.doc.as_str()).collect();
    assert_eq!(ids.len(), 30);
    let docs = documents(&ids);
    let gazetteer = GazetteerBuilder::new()
        .with_default(true)
        .add_path(data_dir().join("gazetteer.jsonl"))
        .unwrap()
        .build()
        .unwrap();
    let linked = Extractor::new(gazetteer).unwrap();
    let default_only = Extractor::builder().build().unwrap();

    let mut per_doc: HashMap<&str, usize> = HashMap::new();
    for a in &annotations {
        *per_doc.entry(a.doc.as_str()).or_default() += 1;
    }
    for doc in &docs {
        let id = doc["id"].as_str().unwrap();
        assert_eq!(per_doc[id], doc["quotes"].as_array().unwrap().len(), "every gold quote of {id} is annotated");
    }
    // The claim paired with each gold quote, by (doc, quote), under each extractor.
    let mut with_set = HashMap::new();
    let mut with_default = HashMap::new();
    for doc in &docs {
        let id = doc["id"].as_str().unwrap();
        let text = doc["text"].as_str().unwrap();
        let gold = doc["quotes"].as_array().unwrap();
        for (extractor, out) in [(&linked, &mut with_set), (&default_only, &mut with_default)] {
            let json = extractor.extract(text).to_json();
            let predicted = json["quotes"].as_array().unwrap().clone();
            for (q, p) in pair(gold, &predicted).into_iter().enumerate() {
                out.insert((id.to_owned(), q), p.map(|p| Found::new(p, &json["speakers"])));
            }
        }
    }

    let mut named = Share { what: "named linked right", hit: 0, of: 0 };
    let mut anonymous = Share { what: "anonymous left unlinked", hit: 0, of: 0 };
    let mut surname = Share { what: "default gazetteer alone: named with the right surname", hit: 0, of: 0 };
    let mut kinds: HashMap<&str, usize> = HashMap::new();
    for a in &annotations {
        *kinds.entry(a.kind.as_str()).or_default() += 1;
        let key = (a.doc.clone(), a.quote);
        let found = with_set.get(&key).unwrap_or_else(|| panic!("{} has no gold quote {}", a.doc, a.quote));
        match (a.kind.as_str(), found) {
            ("named", Some(p)) => {
                named.of += 1;
                let entity = p.speaker_entity.as_deref();
                named.hit += usize::from(entity == a.speaker.as_deref() && p.entity_id.as_deref() == entity);
            }
            ("anonymous", Some(p)) => {
                anonymous.of += 1;
                anonymous.hit += usize::from(p.speaker_name.is_none() && p.entity_id.is_none());
            }
            _ => {}
        }
        if let ("named", Some(Some(p))) = (a.kind.as_str(), with_default.get(&key)) {
            surname.of += 1;
            let want = last_word(a.name.as_deref().expect("a named speaker has a name"));
            surname.hit += usize::from(p.speaker_name.as_deref().is_some_and(|s| last_word(s) == want));
        }
    }
    let mut kinds: Vec<_> = kinds.into_iter().collect();
    kinds.sort();
    println!("annotated quotes by kind: {kinds:?}");
    for share in [&named, &anonymous, &surname] {
        share.print();
    }

    // Floors: the figures with the speakers' rules of issue 13 (121/138, 26/28, 111/138), rounded down a
    // little, so that a regression fails; issue 13 asks for 85%, 90% and 80%.
    assert!(named.of >= 120, "the content of too few named quotes found: {}", named.of);
    assert!(named.percent() >= 87.5, "named sources linked right fell below 87.5%");
    assert!(anonymous.percent() >= 92.5, "anonymous sources left unlinked fell below 92.5%");
    assert!(surname.percent() >= 80.0, "right surnames with the default gazetteer alone fell below 80%");
}
