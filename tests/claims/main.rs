//! Claim attribution end to end, as tables: one table per family of constructions, each in the module
//! named after the file that reads it (`src/claims/`, or `src/lexicon/` for the cue verbs), each a
//! `#[test]` that reports every row that fails, not only the first.
//!
//! A row is a text and what it must give:
//! - `none(text)`: no claim;
//! - `one(text, claim()...)`: exactly one claim, with the fields the pattern names;
//! - `claims(text, n, &[checks])`: exactly `n` claims, and each check holds;
//! - `some(text, &[checks])`: the checks hold, however many claims the text gives.
//!
//! A check says which claims a pattern is about: `Nth(i, ..)` the claim at index `i`, `Last(..)` the
//! last claim, `Lemma("say", ..)` the first claim whose cue has that lemma, `Any(..)` at least one claim,
//! `No(..)` no claim, and `Unsourced(&[..])` the contents of the claims with no source in the text, in
//! order.
//!
//! A pattern, `claim()` and its fields, asserts only the fields it names: `content(&[..])` every span,
//! `first(..)` the first span, `spans(n)` how many, `containing(..)` a piece of the spans joined,
//! `source(..)` or `no_source()`, `source_containing(..)`, `speaker(..)` or `no_speaker()`, `medium(..)`
//! or `no_medium()`, `kind(..)`, `source_kind(..)`, `lemma(..)`. Texts are read as a Rust user reads
//! them: spans are the text's bytes.

use std::fmt::{self, Write};
use std::sync::LazyLock;

use gazette::{Claim, ClaimKind, Entity, Extractor, Gazetteer, SourceKind};

mod according;
mod colon;
mod content;
mod lexicon;
mod link;
mod medium;
mod noun_cues;
mod passive;
mod postposed;
mod predicative;
mod preposed;
mod questions;
mod quotation;
mod source;
mod subject;
mod word_class;

/// Every table reads with the same gazetteer: two people, an organisation, two media (one with an
/// alias) and a ministry.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    let gazetteer = Gazetteer::builder()
        .entity(Entity::new("miller", "PERSON", "Matthew Miller"))
        .entity(Entity::new("roe", "PERSON", "Jane Roe"))
        .entity(Entity::new("state-dept", "ORG", "State Department"))
        .entity(Entity::new("reuters", "MEDIA", "Reuters"))
        .entity(Entity::new("x", "MEDIA", "X").alias("X platform"))
        .entity(Entity::new("al-jazeera", "MEDIA", "Al Jazeera"))
        .entity(Entity::new("ministry", "ORG", "Ministry of Finance"))
        .build()
        .unwrap();
    Extractor::new(gazetteer).unwrap()
});

/// A claim as text: content spans, source, speaker, medium, kind, source kind, cue lemma.
#[derive(Debug, PartialEq)]
struct Read {
    content: Vec<String>,
    source: Option<String>,
    speaker: Option<String>,
    medium: Option<String>,
    kind: ClaimKind,
    source_kind: SourceKind,
    lemma: String,
}

fn read(text: &str) -> Vec<Read> {
    EXTRACTOR.extract(text).claims.iter().map(|c| as_read(text, c)).collect()
}

fn as_read(text: &str, c: &Claim) -> Read {
    Read {
        content: c.content.iter().map(|s| text[s.start..s.end].to_string()).collect(),
        source: c.source_text.map(str::to_string),
        speaker: c.speaker.map(str::to_string),
        medium: c.medium_text.map(str::to_string),
        kind: c.kind,
        source_kind: c.source_kind,
        lemma: c.cue_lemma.to_string(),
    }
}

/// What a claim must have: only the fields that are set are asserted. `Some(None)` asserts that the
/// field is absent.
#[derive(Debug, Clone, Copy)]
struct Want {
    content: Option<&'static [&'static str]>,
    first: Option<&'static str>,
    spans: Option<usize>,
    containing: Option<&'static str>,
    source: Option<Option<&'static str>>,
    source_containing: Option<&'static str>,
    speaker: Option<Option<&'static str>>,
    medium: Option<Option<&'static str>>,
    kind: Option<ClaimKind>,
    source_kind: Option<SourceKind>,
    lemma: Option<&'static str>,
}

/// A pattern that asserts nothing yet.
const fn claim() -> Want {
    Want {
        content: None,
        first: None,
        spans: None,
        containing: None,
        source: None,
        source_containing: None,
        speaker: None,
        medium: None,
        kind: None,
        source_kind: None,
        lemma: None,
    }
}

impl Want {
    /// Every content span, in order.
    const fn content(mut self, spans: &'static [&'static str]) -> Want {
        self.content = Some(spans);
        self
    }

    /// The first content span.
    const fn first(mut self, span: &'static str) -> Want {
        self.first = Some(span);
        self
    }

    /// How many content spans.
    const fn spans(mut self, n: usize) -> Want {
        self.spans = Some(n);
        self
    }

    /// A piece of the content spans joined.
    const fn containing(mut self, piece: &'static str) -> Want {
        self.containing = Some(piece);
        self
    }

    const fn source(mut self, source: &'static str) -> Want {
        self.source = Some(Some(source));
        self
    }

    const fn no_source(mut self) -> Want {
        self.source = Some(None);
        self
    }

    /// A source text that contains `piece`.
    const fn source_containing(mut self, piece: &'static str) -> Want {
        self.source_containing = Some(piece);
        self
    }

    const fn speaker(mut self, speaker: &'static str) -> Want {
        self.speaker = Some(Some(speaker));
        self
    }

    const fn no_speaker(mut self) -> Want {
        self.speaker = Some(None);
        self
    }

    const fn medium(mut self, medium: &'static str) -> Want {
        self.medium = Some(Some(medium));
        self
    }

    const fn no_medium(mut self) -> Want {
        self.medium = Some(None);
        self
    }

    const fn kind(mut self, kind: ClaimKind) -> Want {
        self.kind = Some(kind);
        self
    }

    const fn source_kind(mut self, kind: SourceKind) -> Want {
        self.source_kind = Some(kind);
        self
    }

    /// The cue's lemma.
    const fn lemma(mut self, lemma: &'static str) -> Want {
        self.lemma = Some(lemma);
        self
    }

    /// What in `c` differs from this pattern, one line per field; empty when `c` matches.
    fn mismatches(&self, c: &Read) -> Vec<String> {
        let mut out = Vec::new();
        let mut field = |name: &str, ok: bool, want: &dyn fmt::Debug, got: &dyn fmt::Debug| {
            if !ok {
                out.push(format!("{name}: want {want:?}, got {got:?}"));
            }
        };
        if let Some(w) = self.content {
            field("content", c.content == w, &w, &c.content);
        }
        if let Some(w) = self.first {
            field("first span", c.content.first().is_some_and(|s| s == w), &w, &c.content.first());
        }
        if let Some(w) = self.spans {
            field("spans", c.content.len() == w, &w, &c.content.len());
        }
        if let Some(w) = self.containing {
            field("content containing", c.content.concat().contains(w), &w, &c.content);
        }
        if let Some(w) = self.source {
            field("source", c.source.as_deref() == w, &w, &c.source);
        }
        if let Some(w) = self.source_containing {
            field("source containing", c.source.as_deref().is_some_and(|s| s.contains(w)), &w, &c.source);
        }
        if let Some(w) = self.speaker {
            field("speaker", c.speaker.as_deref() == w, &w, &c.speaker);
        }
        if let Some(w) = self.medium {
            field("medium", c.medium.as_deref() == w, &w, &c.medium);
        }
        if let Some(w) = self.kind {
            field("kind", c.kind == w, &w, &c.kind);
        }
        if let Some(w) = self.source_kind {
            field("source kind", c.source_kind == w, &w, &c.source_kind);
        }
        if let Some(w) = self.lemma {
            field("lemma", c.lemma == w, &w, &c.lemma);
        }
        out
    }
}

/// The pattern as the row writes it: `claim().content(["A"]).speaker("Jane Roe")`.
impl fmt::Display for Want {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("claim()")?;
        // `Some(None)` is written `.no_source()`.
        let optional = |f: &mut fmt::Formatter<'_>, name: &str, v: Option<&str>| match v {
            Some(v) => write!(f, ".{name}({v:?})"),
            None => write!(f, ".no_{name}()"),
        };
        if let Some(w) = self.content {
            write!(f, ".content({w:?})")?;
        }
        if let Some(w) = self.first {
            write!(f, ".first({w:?})")?;
        }
        if let Some(w) = self.spans {
            write!(f, ".spans({w})")?;
        }
        if let Some(w) = self.containing {
            write!(f, ".containing({w:?})")?;
        }
        if let Some(w) = self.source {
            optional(f, "source", w)?;
        }
        if let Some(w) = self.source_containing {
            write!(f, ".source_containing({w:?})")?;
        }
        if let Some(w) = self.speaker {
            optional(f, "speaker", w)?;
        }
        if let Some(w) = self.medium {
            optional(f, "medium", w)?;
        }
        if let Some(w) = self.kind {
            write!(f, ".kind(ClaimKind::{w:?})")?;
        }
        if let Some(w) = self.source_kind {
            write!(f, ".source_kind(SourceKind::{w:?})")?;
        }
        if let Some(w) = self.lemma {
            write!(f, ".lemma({w:?})")?;
        }
        Ok(())
    }
}

/// Which claims of a text a pattern is about.
#[derive(Debug, Clone, Copy)]
enum Check {
    /// The claim at this index (from 0).
    Nth(usize, Want),
    /// The last claim.
    Last(Want),
    /// The first claim whose cue has this lemma.
    Lemma(&'static str, Want),
    /// At least one claim.
    Any(Want),
    /// No claim.
    No(Want),
    /// The contents of the claims with no source in the text, in order.
    Unsourced(&'static [&'static [&'static str]]),
}
use Check::*;

impl Check {
    /// Why `claims` fail this check, if they do.
    fn failure(&self, claims: &[Read]) -> Option<String> {
        let at = |i: Option<usize>, want: &Want, which: &str| match i.and_then(|i| claims.get(i).map(|c| (i, c))) {
            None => Some(format!("{which}: no such claim")),
            Some((i, c)) => {
                let m = want.mismatches(c);
                (!m.is_empty()).then(|| format!("{which} (claim {i}): {}", m.join("; ")))
            }
        };
        match self {
            Nth(i, want) => at(Some(*i), want, &format!("claim {i}")),
            Last(want) => at(claims.len().checked_sub(1), want, "the last claim"),
            Lemma(lemma, want) => {
                at(claims.iter().position(|c| c.lemma == *lemma), want, &format!("the first {lemma:?} claim"))
            }
            Any(want) => (!claims.iter().any(|c| want.mismatches(c).is_empty())).then(|| format!("no claim is {want}")),
            No(want) => claims
                .iter()
                .position(|c| want.mismatches(c).is_empty())
                .map(|i| format!("claim {i} is {want}, which no claim may be")),
            Unsourced(want) => {
                let got: Vec<&Vec<String>> = claims.iter().filter(|c| c.source.is_none()).map(|c| &c.content).collect();
                (got != *want).then(|| format!("the claims with no source: want {want:?}, got {got:?}"))
            }
        }
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Nth(i, want) => write!(f, "Nth({i}, {want})"),
            Last(want) => write!(f, "Last({want})"),
            Lemma(lemma, want) => write!(f, "Lemma({lemma:?}, {want})"),
            Any(want) => write!(f, "Any({want})"),
            No(want) => write!(f, "No({want})"),
            Unsourced(want) => write!(f, "Unsourced({want:?})"),
        }
    }
}

/// What a row asserts beyond the number of claims.
#[derive(Debug, Clone, Copy)]
enum Gives {
    /// The one claim the text gives.
    One(Want),
    Checks(&'static [Check]),
}

/// A row of a table: a text, how many claims it gives (when the row says), and what they are.
#[derive(Debug, Clone, Copy)]
struct Row {
    text: &'static str,
    count: Option<usize>,
    gives: Gives,
}

/// The text gives no claim.
const fn none(text: &'static str) -> Row {
    Row { text, count: Some(0), gives: Gives::Checks(&[]) }
}

/// The text gives exactly one claim, which matches `want`.
const fn one(text: &'static str, want: Want) -> Row {
    Row { text, count: Some(1), gives: Gives::One(want) }
}

/// The text gives exactly `n` claims, and every check holds.
const fn claims(text: &'static str, n: usize, checks: &'static [Check]) -> Row {
    Row { text, count: Some(n), gives: Gives::Checks(checks) }
}

/// Every check holds, however many claims the text gives.
const fn some(text: &'static str, checks: &'static [Check]) -> Row {
    Row { text, count: None, gives: Gives::Checks(checks) }
}

impl Row {
    /// The row as it reads in its table, without the text.
    fn expected(&self) -> String {
        let mut out = match self.count {
            Some(0) => "no claim".to_string(),
            Some(n) => format!("exactly {n} claim{}", if n == 1 { "" } else { "s" }),
            None => "any number of claims".to_string(),
        };
        match self.gives {
            Gives::One(want) => write!(out, ": {want}").unwrap(),
            Gives::Checks(checks) => checks.iter().for_each(|c| write!(out, "\n    {c}").unwrap()),
        }
        out
    }

    /// What is wrong with the claims the row's text gives, with the text, what the row expects and the
    /// claims; `None` when the row holds.
    fn failure(&self) -> Option<String> {
        let got = read(self.text);
        let mut wrong = Vec::new();
        if let Some(n) = self.count.filter(|&n| n != got.len()) {
            wrong.push(format!("want {n} claims, got {}", got.len()));
        }
        match self.gives {
            Gives::One(want) => {
                if let Some(c) = got.first() {
                    wrong.extend(want.mismatches(c));
                }
            }
            Gives::Checks(checks) => wrong.extend(checks.iter().filter_map(|c| c.failure(&got))),
        }
        if wrong.is_empty() {
            return None;
        }
        let mut out = format!("text: {:?}\n  expected: {}\n  wrong:", self.text, self.expected());
        for w in &wrong {
            write!(out, "\n    {w}").unwrap();
        }
        write!(out, "\n  got {} claim{}:", got.len(), if got.len() == 1 { "" } else { "s" }).unwrap();
        for (i, c) in got.iter().enumerate() {
            write!(out, "\n    {i}: {c:?}").unwrap();
        }
        Some(out)
    }
}

/// Reads every row of a table and fails with all the rows that do not hold.
fn check(rows: &[Row]) {
    let failures: Vec<String> = rows.iter().filter_map(Row::failure).collect();
    assert!(failures.is_empty(), "{} of {} rows failed:\n\n{}\n", failures.len(), rows.len(), failures.join("\n\n"));
}
