//! The extractor: a text's mentions and claims in one call, from a gazetteer and the lexicons.

use std::collections::HashSet;
use std::sync::Arc;

use once_cell::sync::OnceCell;

use crate::claims::Attributor;
use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::Gazetteer;
use crate::lexicon::{self, CueClass, CueForm, Lexicon};
use crate::normalize::Fold;
use crate::pool;
use crate::speakers;

/// Collects a gazetteer and additions to the built-in lexicons, then builds an [`Extractor`].
///
/// ```
/// use gazette::{Entity, Extractor, Gazetteer};
///
/// let gazetteer = Gazetteer::builder().entity(Entity::new("miller", "PERSON", "Matthew Miller")).build()?;
/// let extractor = Extractor::builder().gazetteer(gazetteer).cue("opine").source_noun("insider").build()?;
/// let doc = extractor.extract("Matthew Miller opined that talks are ongoing.");
/// assert_eq!(doc.claims[0].speaker, Some("Matthew Miller"));
/// assert_eq!(doc.claims[0].cue_lemma, "opine");
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    gazetteer: Option<Gazetteer>,
    cues: Vec<(String, CueClass)>,
    source_nouns: Vec<String>,
    media_nouns: Vec<String>,
}

impl ExtractorBuilder {
    /// A builder with the built-in lexicons and the embedded default gazetteer.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The gazetteer whose mentions are found and whose entities sources and media link to. Without
    /// one, the embedded default ([`Gazetteer::embedded`]), as in C and Python; for claims with no
    /// mentions, give an empty gazetteer (`Gazetteer::builder().build()?`).
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Adds a verb of saying by its lemma ("opine"); its regular forms ("opines", "opined", "opining")
    /// are cues too. Such cues take every construction: "X opined C", "C, X opined", "C, opined X".
    pub fn cue(&mut self, lemma: &str) -> &mut ExtractorBuilder {
        self.cues.push((lemma.trim().to_lowercase(), CueClass::Speech));
        self
    }

    /// Adds a verb of belief, finding or intention by its lemma ("reckon"), with its regular forms.
    /// Such cues are never inverted ("C, reckoned X" is not read).
    pub fn stance_cue(&mut self, lemma: &str) -> &mut ExtractorBuilder {
        self.cues.push((lemma.trim().to_lowercase(), CueClass::Stance));
        self
    }

    /// Adds a noun that heads an anonymous source ("insider"); its plural counts too.
    pub fn source_noun(&mut self, noun: &str) -> &mut ExtractorBuilder {
        self.source_nouns.push(noun.trim().to_lowercase());
        self
    }

    /// Adds a noun that names a medium or channel ("newsletter"), so that "via the newsletter" and
    /// "told the newsletter" give a medium.
    pub fn media_noun(&mut self, noun: &str) -> &mut ExtractorBuilder {
        self.media_nouns.push(noun.trim().to_lowercase());
        self
    }

    /// Builds the extractor: compiles every cue form into one automaton.
    ///
    /// # Errors
    /// An empty cue or noun, or an automaton that cannot be built.
    pub fn build(&self) -> Result<Extractor> {
        let empty =
            self.cues.iter().map(|(c, _)| c).chain(&self.source_nouns).chain(&self.media_nouns).find(|w| w.is_empty());
        if empty.is_some() {
            return Err(Error::new(ErrorKind::EmptyName, "empty cue or noun"));
        }
        let built_in = self.cues.is_empty() && self.source_nouns.is_empty() && self.media_nouns.is_empty();
        let gazetteer = self.gazetteer_or_default();
        // The cues are found in the gazetteer's scan, so they are normalised as its names are.
        let fold = gazetteer.fold();
        let attributor = if built_in { built_in_attributor(fold)? } else { Arc::new(self.attributor(fold)?) };
        Ok(Extractor(Arc::new(Inner { gazetteer, attributor })))
    }

    /// The gazetteer whose scan finds the mentions and the cues: the one given, or the embedded default.
    fn gazetteer_or_default(&self) -> Gazetteer {
        self.gazetteer.clone().unwrap_or_else(Gazetteer::embedded)
    }

    /// Compiles the built-in cue forms and lexicons with this builder's additions.
    fn attributor(&self, fold: Fold) -> Result<Attributor> {
        let mut forms: Vec<CueForm> = lexicon::CUES.clone();
        for (lemma, class) in &self.cues {
            let lemma = lemma.split_whitespace().collect::<Vec<_>>().join(" ");
            for form in lexicon::inflect(&lemma) {
                forms.push(CueForm { form, lemma: lemma.clone(), class: *class });
            }
        }
        let mut seen = HashSet::new();
        forms.retain(|f| seen.insert(f.form.clone()));
        let mut lex = Lexicon::default();
        for n in &self.source_nouns {
            lex.extra_source_nouns.insert(n.clone());
            lex.extra_source_nouns.insert(lexicon::plural(n));
        }
        lex.extra_media_nouns.extend(self.media_nouns.iter().cloned());
        Attributor::new(forms, lex, fold)
    }
}

/// The built-in cues and lexicons compiled for `fold`: without additions they are the same every time,
/// so they are built once (a caller asking while another builds waits for it) and shared.
fn built_in_attributor(fold: Fold) -> Result<Arc<Attributor>> {
    static BUILT_IN: [OnceCell<Arc<Attributor>>; 2] = [OnceCell::new(), OnceCell::new()];
    BUILT_IN[usize::from(fold.diacritics)]
        .get_or_try_init(|| ExtractorBuilder::new().attributor(fold).map(Arc::new))
        .cloned()
}

/// The extractor of the default cues over the gazetteer `gazetteer` builds, which runs on the calling
/// thread while the cues are compiled on another: the two are most of a process's start (the `gazette`
/// command's) and do not depend on each other. `fold` is the gazetteer's.
#[cfg(feature = "cli")]
pub(crate) fn extractor_alongside(fold: Fold, gazetteer: impl FnOnce() -> Result<Gazetteer>) -> Result<Extractor> {
    std::thread::scope(|s| {
        // An error here is met again, and reported, by the build below.
        crate::threads::spawn_scoped(s, "gazette-cues", 1, || built_in_attributor(fold).ok()).expect("a thread starts");
        Extractor::new(gazetteer()?)
    })
}

/// Finds the mentions and the claims of a text: who is mentioned, who said what, through which medium.
///
/// Cloning is cheap (the data sits behind an `Arc`); an `Extractor` is `Send + Sync`.
///
/// ```
/// use gazette::{ClaimKind, Entity, Extractor, Gazetteer, SourceKind};
///
/// let gazetteer = Gazetteer::builder()
///     .entity(Entity::new("miller", "PERSON", "Matthew Miller"))
///     .entity(Entity::new("reuters", "MEDIA", "Reuters"))
///     .build()?;
/// let extractor = Extractor::new(gazetteer)?;
/// let text = "Talks will resume, officials said. State Department spokesperson Matthew Miller told \
///             Reuters that discussions are ongoing.";
/// let doc = extractor.extract(text);
/// assert_eq!(doc.claims.len(), 2);
/// assert_eq!(doc.claims[0].source_kind, SourceKind::Anonymous);
/// let miller = &doc.claims[1];
/// assert_eq!((miller.speaker, miller.medium_text), (Some("Matthew Miller"), Some("Reuters")));
/// assert_eq!(&text[miller.content[0].start..miller.content[0].end], "discussions are ongoing"); // bytes
/// assert_eq!(miller.kind, ClaimKind::Indirect);
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    gazetteer: Gazetteer,
    attributor: Arc<Attributor>,
}

impl Extractor {
    /// A builder, for a gazetteer and additions to the lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// An extractor with this gazetteer and the built-in lexicons.
    ///
    /// # Errors
    /// The cue automaton cannot be built.
    pub fn new(gazetteer: Gazetteer) -> Result<Extractor> {
        ExtractorBuilder::new().gazetteer(gazetteer).build()
    }

    /// The mentions and claims of `text`. Offsets are **byte** offsets into `text`.
    pub fn extract<'a>(&'a self, text: &'a str) -> Document<'a> {
        // One scan of the text finds the mentions and the cues.
        let (mentions, cues) = self.0.gazetteer.find_with_phrases(text, self.0.attributor.cues());
        let (mut claims, sentences, capitals) = self.0.attributor.claims(text, &mentions, &cues);
        let speakers = speakers::resolve(text, &self.0.gazetteer, &mentions, &mut claims, &sentences, &capitals);
        Document { text, mentions, claims, speakers }
    }

    /// Extracts every text of `texts` on `threads` threads and returns `f(i, document of texts[i])` for
    /// each, in input order. Offsets in the documents are **byte** offsets into their texts, as with
    /// [`Extractor::extract`].
    ///
    /// `f` runs on the thread that extracted the document, so converting it there (to JSON, to owned
    /// values) is parallel too; it may also return the document itself, which borrows from `texts` and
    /// the extractor. Each thread takes the next text as it finishes one, longest first, so that a long
    /// text does not keep one thread busy at the end while the others wait.
    ///
    /// - `threads == 0` means every available core ([`std::thread::available_parallelism`]); no more
    ///   threads than texts are used, and with one (or one text) all the work is done on the calling
    ///   thread, which otherwise works as one of the `threads`.
    /// - A panic in `f` (or in the extraction) reaches the caller once the texts under way are done; no
    ///   text is started after it.
    /// - Every result is held until all are done: for a stream, call this a batch at a time.
    ///
    /// ```
    /// use gazette::{Entity, Extractor, Gazetteer};
    ///
    /// let gazetteer = Gazetteer::builder().entity(Entity::new("miller", "PERSON", "Matthew Miller")).build()?;
    /// let extractor = Extractor::new(gazetteer)?;
    /// let texts = ["Matthew Miller said talks would resume.", "No one spoke.", "Matthew Miller met them."];
    /// // Owned results, in the order of `texts`, from two threads.
    /// let claims: Vec<(usize, usize)> = extractor.extract_each(&texts, 2, |i, doc| (i, doc.claims.len()));
    /// assert_eq!(claims, [(0, 1), (1, 0), (2, 0)]);
    /// // Or the documents themselves, on every core; offsets are bytes.
    /// let docs = extractor.extract_each(&texts, 0, |_, doc| doc);
    /// let m = &docs[2].mentions[0];
    /// assert_eq!((m.entity_id, &texts[2][m.start..m.end]), ("miller", "Matthew Miller"));
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn extract_each<'a, S, T, F>(&'a self, texts: &'a [S], threads: usize, f: F) -> Vec<T>
    where
        S: AsRef<str> + Sync,
        T: Send,
        F: Fn(usize, Document<'a>) -> T + Sync,
    {
        let sizes: Vec<usize> = texts.iter().map(|t| t.as_ref().len()).collect();
        pool::each_largest_first(&sizes, Extractor::threads(threads), |i| f(i, self.extract(texts[i].as_ref())))
    }

    /// The number of threads [`Extractor::extract_each`] runs for `threads`: `threads` itself, or every
    /// available core ([`std::thread::available_parallelism`]) for 0, the meaning 0 has in C, Python and
    /// the `extract` tool too.
    ///
    /// ```
    /// assert_eq!(gazette::Extractor::threads(3), 3);
    /// assert!(gazette::Extractor::threads(0) >= 1);
    /// ```
    pub fn threads(threads: usize) -> usize {
        match threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
    }

    /// The gazetteer: the one given to the builder, or the embedded default. Always `Some` (an `Option`
    /// since extractors once could have none).
    pub fn gazetteer(&self) -> Option<&Gazetteer> {
        Some(&self.0.gazetteer)
    }
}
