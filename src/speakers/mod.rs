//! The speakers stage: after the claims are found, resolves every claim's source to a speaker of the
//! whole document ([`Speaker`]) and gives each claim its `speaker_id`, its canonical `speaker` name and,
//! when the speaker is a gazetteer entity, its `entity_id`.
//!
//! The passes run from the most precise to the least, each on what the earlier ones built (the sieve of
//! deterministic coreference). The indexes they look things up in (people by surname, roles by head,
//! organisations by the words of their short forms) grow as the passes add mentions, and a fuller name is
//! looked for within 64 KB, so that the stage stays linear in the length of a document of any size:
//! 1. every gazetteer mention is a mention of its entity, which a title before it ("Mrs.") or its first
//!    name gives a gender;
//! 2. `sources` and `names`: a named source is its gazetteer entity, or else the name its phrase holds
//!    ("Sen. Roe", "The minister, Tom Roe,"), linked to the person the document or the gazetteer gives
//!    that surname, else clustered by name with the fullest form in the text as the canonical name, a
//!    person's or, by what the text says of it (`kinds`), an organisation's ("carmaker Rover",
//!    "Paramount Pictures"), and an acronym the text defines is its organisation's (`organisations`);
//! 3. `descriptions`: a definite description ("the commissioner", "Roe's campaign manager") is the one
//!    person to whom the text gave that role before;
//! 4. `organisations`: "X's campaign" is an organisation, not X; a short form ("The Post", "the
//!    campaign") is the one organisation named before whose name holds it;
//! 5. `pronouns`: a pronoun source is the person or organisation that the paragraph is about, in
//!    agreement with it in gender and number;
//! 6. `pronouns`: a description that stands as a pronoun does ("the 31-year-old", "the Scot") is the
//!    subject of a sentence just before.
//!
//! Anonymous sources ("officials", "a spokeswoman for X"), and pronouns with no antecedent, are no one's.

mod descriptions;
mod kinds;
mod names;
mod organisations;
mod people;
mod pronouns;
mod sources;

pub(crate) use people::{Capital, capitals};

use std::collections::{HashMap, HashSet};

use crate::claim::{Claim, SourceKind};
use crate::gazetteer::Gazetteer;
use crate::lexicon::{self, Gender};
use crate::mention::{Mention, Span};
use crate::normalize::{self, Fold};
use crate::resolve::{is_organisation, is_person};
use crate::speaker::Speaker;

/// How surnames are compared: "VUCEVIC", "Vucevic" and "Vučević" are one.
const SURNAME_FOLD: Fold = Fold { case: true, diacritics: true };

/// One referent of the document, as the passes build it.
struct Cluster<'a> {
    entity: Option<&'a str>,
    name: &'a str,
    kind: &'a str,
    person: bool,
    gender: Option<Gender>,
    mentions: Vec<Span>,
}

/// A place where the text mentions a cluster, for a pronoun's salience; `cluster` is `None` for an
/// anonymous source, which a later "they" may stand for.
#[derive(Debug, Clone, Copy)]
struct Event {
    pos: usize,
    cluster: Option<usize>,
    /// Whether the mention is a claim's source there.
    speaker: bool,
}

/// The document's clusters and the events that mention them.
struct Doc<'a> {
    text: &'a str,
    gazetteer: &'a Gazetteer,
    clusters: Vec<Cluster<'a>>,
    by_entity: HashMap<&'a str, usize>,
    /// Unlinked clusters by their name as written.
    by_name: HashMap<&'a str, usize>,
    /// The cluster each surname given alone resolved to.
    by_surname: HashMap<&'a str, usize>,
    events: Vec<Event>,
    /// The pronoun and description sources resolved so far, as events, in text order (kept apart from
    /// `events`, sorted once, so that adding one costs little).
    pronoun_events: Vec<Event>,
    /// The roles the text gives people, for definite descriptions.
    roles: descriptions::Roles,
    /// The words organisations' short forms repeat.
    short_forms: organisations::ShortForms,
    /// The person clusters by surname, case and diacritics folded.
    people_by_surname: HashMap<Vec<u8>, Vec<usize>>,
    /// The clusters whose gender only a pronoun resolved to them gave, which a name may still correct.
    gender_by_pronoun: Vec<usize>,
    /// The one-word names whose claims' reported words call them "it", never "he" or "she".
    called_it: HashSet<&'a str>,
    /// The words the text writes alone in parentheses, which an acronym it defines must be.
    parenthesised: HashSet<&'a str>,
}

/// The document's speakers, in the order of their first claim; sets each claim's `speaker_id`,
/// `speaker` and `entity_id`. `sentences` are the byte offsets where the text's sentences start.
pub(crate) fn resolve<'a>(
    text: &'a str,
    gazetteer: &'a Gazetteer,
    mentions: &[Mention<'a>],
    claims: &mut [Claim<'a>],
    sentences: &[usize],
    capitals: &[Capital],
) -> Vec<Speaker<'a>> {
    let mut doc = Doc {
        text,
        gazetteer,
        clusters: Vec::new(),
        by_entity: HashMap::new(),
        by_name: HashMap::new(),
        by_surname: HashMap::new(),
        events: Vec::new(),
        pronoun_events: Vec::new(),
        roles: descriptions::Roles::default(),
        short_forms: organisations::ShortForms::default(),
        people_by_surname: HashMap::new(),
        gender_by_pronoun: Vec::new(),
        called_it: called_it(text, claims),
        parenthesised: organisations::parenthesised(text),
    };
    for m in mentions {
        let c = doc.entity(m.entity_id, m.name, m.kind);
        doc.clusters[c].mentions.push(Span { start: m.start, end: m.end });
        // The title before the mention is read only while it could still tell something.
        if doc.clusters[c].person && doc.clusters[c].gender.is_none() {
            doc.learn(c, lexicon::title_before(text, m.start).and_then(lexicon::title_gender));
        }
        doc.events.push(Event { pos: m.start, cluster: Some(c), speaker: false });
    }
    // "The 31-year-old said", "the Scot said": descriptions that stand for a person as a pronoun does.
    let described: Vec<Option<pronouns::Want>> = claims
        .iter()
        .map(|c| match (c.source_kind, c.source) {
            (SourceKind::Named | SourceKind::Anonymous, Some(s)) => pronouns::description_want(text, s, mentions),
            _ => None,
        })
        .collect();
    let mut of_claim: Vec<Option<usize>> = claims
        .iter_mut()
        .zip(&described)
        .map(|(c, d)| if d.is_some() { None } else { doc.named(c, mentions) })
        .collect();
    // A lead's description may repeat a role the text gives only after it.
    for (i, claim) in claims.iter_mut().enumerate() {
        let unread = of_claim[i].is_none() && described[i].is_none() && claim.source_kind == SourceKind::Anonymous;
        let Some(source) = claim.source.filter(|_| unread) else {
            continue;
        };
        if let Some(c) = doc.description_ahead(source) {
            of_claim[i] = Some(c);
            claim.source_kind = SourceKind::Named;
            if let Some(e) = doc.events.iter_mut().find(|e| e.pos == source.start && e.speaker && e.cluster.is_none()) {
                e.cluster = Some(c);
            }
        }
    }
    doc.events.sort_by_key(|e| e.pos);
    let mut pronouns: Vec<(usize, pronouns::Want)> = (0..claims.len())
        .filter_map(|i| match (claims[i].source_kind, claims[i].source) {
            (SourceKind::Pronoun, Some(s)) => Some((i, pronouns::want(&text[s.start..s.end])?)),
            _ => None,
        })
        .collect();
    pronouns.sort_by_key(|&(i, _)| claims[i].source.map(|s| s.start));
    for &(i, want) in &pronouns {
        of_claim[i] = doc.pronoun(&claims[i], want, sentences);
    }
    // A pronoun with no antecedent among the sources and the gazetteer's mentions may stand for a person
    // the text names in passing: looked for only then, and tried last, so that it changes no pronoun
    // resolved without it. A description's antecedent is often one of them.
    let mut descriptions: Vec<(usize, pronouns::Want)> =
        described.iter().enumerate().filter_map(|(i, d)| Some((i, (*d)?))).collect();
    if !descriptions.is_empty() || pronouns.iter().any(|&(i, _)| of_claim[i].is_none()) {
        let mut people = doc.people_in_text(mentions, capitals);
        if !people.is_empty() {
            people.sort_by_key(|e| e.pos);
            doc.events = merge(std::mem::take(&mut doc.events).into_iter(), people.into_iter());
            for &(i, want) in &pronouns {
                if of_claim[i].is_none() {
                    of_claim[i] = doc.pronoun(&claims[i], want, sentences);
                }
            }
        }
    }
    descriptions.sort_by_key(|&(i, _)| claims[i].source.map(|s| s.start));
    for &(i, want) in &descriptions {
        of_claim[i] = doc.described(&claims[i], want, sentences);
        claims[i].source_kind = if of_claim[i].is_some() { SourceKind::Named } else { SourceKind::Anonymous };
    }
    doc.speakers(claims, &of_claim)
}

/// The one-word unlinked names of named sources whose reported words call them "it" and never "he" or
/// "she" (`kinds::calls_source_it`).
fn called_it<'a>(text: &'a str, claims: &[Claim<'a>]) -> HashSet<&'a str> {
    let unlinked = || claims.iter().filter(|c| c.source_kind == SourceKind::Named && c.entity_id.is_none());
    // The names of the sources whose reported words call them "it" (`body`), or "he" or "she".
    let said = |body: bool| {
        unlinked().filter_map(move |claim| {
            let source = claim.source.filter(|_| kinds::calls_source_it(text, claim) == Some(body))?;
            sources::in_source(text, source, false).map(|n| &text[n.span.start..n.span.end])
        })
    };
    // A plural ("many Latinos have said it falls flat") is a group, whose "it" is something else.
    let mut bodies: HashSet<&'a str> = said(true).filter(|n| !n.contains(' ') && !lexicon::looks_plural(n)).collect();
    // Most texts call no one "it": then the names called "he" or "she" need not be read.
    if !bodies.is_empty() {
        for name in said(false) {
            bodies.remove(name);
        }
    }
    bodies
}

/// Two lists of events in text order, merged in text order (at the same position, `a`'s first).
fn merge(a: impl ExactSizeIterator<Item = Event>, b: impl ExactSizeIterator<Item = Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.peekable(), b.peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        out.push(if y.pos < x.pos { b.next() } else { a.next() }.expect("peeked"));
    }
    out.extend(a.chain(b));
    out
}

/// The gender that the first name of a person's name says ("Jane Roe": female).
fn first_name_gender(name: &str) -> Option<Gender> {
    names::first_name(name).and_then(lexicon::first_name_gender)
}

impl<'a> Doc<'a> {
    /// The cluster of a gazetteer entity, made on first sight.
    fn entity(&mut self, id: &'a str, name: &'a str, kind: &'a str) -> usize {
        if let Some(&c) = self.by_entity.get(id) {
            return c;
        }
        let person = is_person(kind);
        let gender = if person { first_name_gender(name) } else { None };
        self.add(Cluster { entity: Some(id), name, kind, person, gender, mentions: Vec::new() });
        self.by_entity.insert(id, self.clusters.len() - 1);
        self.clusters.len() - 1
    }

    /// Adds a cluster, a person under its surname.
    fn add(&mut self, cluster: Cluster<'a>) {
        if cluster.person {
            let key = normalize::normalize(names::surname(cluster.name), SURNAME_FOLD);
            self.people_by_surname.entry(key).or_default().push(self.clusters.len());
        }
        self.clusters.push(cluster);
    }

    /// The people of the document whose surname is `surname`, case and diacritics aside ("Vucevic" is
    /// "Vučević"), in the order they came.
    fn people_named(&self, surname: &str) -> impl Iterator<Item = (usize, &Cluster<'a>)> {
        let found = self.people_by_surname.get(&normalize::normalize(surname, SURNAME_FOLD));
        found.into_iter().flatten().map(|&c| (c, &self.clusters[c]))
    }

    /// The cluster of an entity by its index in the gazetteer.
    fn entity_at(&mut self, e: u32) -> usize {
        let store = self.gazetteer.store();
        self.entity(store.entity_id_str(e), store.entity_name(e), store.entity_type_str(e))
    }

    /// Adds what the text says of a cluster's gender, unless it already knows.
    fn learn(&mut self, c: usize, gender: Option<Gender>) {
        let cluster = &mut self.clusters[c];
        if cluster.gender.is_none() && cluster.person {
            cluster.gender = gender;
        }
    }

    /// What a pronoun resolved to `c` says of its gender: learnt, unless known, and marked as a pronoun's.
    fn learn_from_pronoun(&mut self, c: usize, gender: Option<Gender>) {
        if gender.is_some() && self.clusters[c].gender.is_none() && self.clusters[c].person {
            self.gender_by_pronoun.push(c);
        }
        self.learn(c, gender);
    }

    /// What a name the text gives `c` says of its gender: it outranks a gender only a pronoun gave, which
    /// may have been resolved to the wrong person.
    fn learn_from_name(&mut self, c: usize, gender: Option<Gender>) {
        if gender.is_some() && self.gender_by_pronoun.contains(&c) {
            self.gender_by_pronoun.retain(|&g| g != c);
            self.clusters[c].gender = gender;
        }
        self.learn(c, gender);
    }

    /// Pass 2, for a named source (or an anonymous one whose phrase holds a name, which becomes named):
    /// its cluster.
    fn named(&mut self, claim: &mut Claim<'a>, mentions: &[Mention<'a>]) -> Option<usize> {
        let source = claim.source?;
        // "Trump and Sanders said": both, as one group, neither alone.
        let group = match claim.source_kind {
            SourceKind::Named => sources::coordination(self.text, source, |part| {
                within(mentions, part).any(|m| {
                    m.start == part.start && m.end == part.end && (is_person(m.kind) || is_organisation(m.kind))
                })
            }),
            _ => None,
        };
        let (c, at) = match (claim.source_kind, group) {
            (_, Some(group)) => (self.as_written(&self.text[group.start..group.end], "GROUP", group), group.start),
            (SourceKind::Named, None) => match (claim.entity_id, sources::in_source(self.text, source, false)) {
                // "Roe's campaign manager" and "Roe's campaign" name Roe, but are someone else.
                (Some(_), _) if self.possessive_head(claim, source, mentions) => {
                    let c = self.description(source).or_else(|| self.possessive_organisation(source));
                    if c.is_none() {
                        claim.source_kind = SourceKind::Anonymous;
                    }
                    (c?, source.start)
                }
                (Some(id), name) => {
                    let m = within(mentions, source).filter(|m| m.entity_id == id).last();
                    let c = self.entity(id, claim.speaker.unwrap_or(id), m.map_or("PERSON", |m| m.kind));
                    self.learn(c, name.and_then(|n| n.gender));
                    (c, m.map_or(source.start, |m| m.start))
                }
                (None, name) => match name
                    .and_then(|n| Some((self.unlinked(n, mentions)?, n.span.start)))
                    // A title that opens the sentence is a description ("The Chancellor said").
                    .or_else(|| name.is_none().then(|| self.description(source)).flatten().map(|c| (c, source.start)))
                {
                    Some(found) => found,
                    // Capitalised, but naming no one ("Many", "Some Republicans", "Network has offered"):
                    // anonymous.
                    None => {
                        claim.source_kind = SourceKind::Anonymous;
                        self.events.push(Event { pos: source.start, cluster: None, speaker: true });
                        return None;
                    }
                },
            },
            (SourceKind::Anonymous, None) => {
                // "Trump's statement said": the message's author, too.
                let named =
                    sources::in_source(self.text, source, true).or_else(|| sources::message_author(self.text, source));
                let found = match named {
                    Some(name) => self.unlinked(name, mentions).map(|c| (c, name.span.start)),
                    None => self
                        .description(source)
                        .or_else(|| self.possessive_organisation(source))
                        .or_else(|| self.short_form(source))
                        .map(|c| (c, source.start)),
                };
                let Some(found) = found else {
                    self.events.push(Event { pos: source.start, cluster: None, speaker: true });
                    return None;
                };
                claim.source_kind = SourceKind::Named;
                found
            }
            _ => return None,
        };
        self.events.push(Event { pos: at, cluster: Some(c), speaker: true });
        Some(c)
    }

    /// Whether the person a named source links to is only its possessive ("Roe's campaign manager",
    /// "Roe's campaign"): a role or an organisation's head noun follows the mention's "'s".
    fn possessive_head(&self, claim: &Claim<'a>, source: Span, mentions: &[Mention<'a>]) -> bool {
        let Some(m) = within(mentions, source).filter(|m| Some(m.entity_id) == claim.entity_id).last() else {
            return false;
        };
        // The mention's word with its possessive ending, and what follows it.
        let Some(word_end) = self.text[m.end..source.end].find(' ').map(|i| m.end + i) else { return false };
        if lexicon::possessor(&self.text[m.start..word_end]) != Some(&self.text[m.start..m.end]) {
            return false;
        }
        let rest = &self.text[word_end + 1..source.end];
        let head = rest.split([',', '(']).next().unwrap_or("").split_whitespace().last().unwrap_or("");
        let role =
            lexicon::NAME_TITLES.contains(head) || lexicon::ORGANISATION_HEADS.contains(head) || lexicon::is_kin(head);
        !head.is_empty() && head.chars().all(char::is_lowercase) && role
    }

    /// The cluster of a name that no gazetteer mention of the source's head links: the entity a mention
    /// inside it links, the person the document or the gazetteer gives its surname, or its own; `None` for
    /// a word whose capital is only its sentence's.
    fn unlinked(&mut self, name: names::Name, mentions: &[Mention<'a>]) -> Option<usize> {
        let text = self.text;
        let written = &text[name.span.start..name.span.end];
        // The gender of the first names of a surname's fuller forms, when the surname names a new person.
        let mut fuller = None;
        // "Dr Fox", "Philip French": a place or an organisation named after a personal title or a first name
        // is no one's here.
        let titled = |m: &Mention| !is_person(m.kind) && lexicon::person_word_before(text, m.start);
        // An honorific's gender rules out a person whose first name says the other: "Mr. Clinton" is not
        // Hillary Clinton. (A man with a woman's first name, "Lindsey Graham", is then "Graham" after "Mr.";
        // a role noun, "chairman Cheney", rules out no one.)
        let honorific = lexicon::honorific_gender_before(text, name.span.start);
        let agrees =
            |person: &str| honorific.is_none() || first_name_gender(person).is_none_or(|g| Some(g) == honorific);
        // "The Muslim Council of Britain", "Bank of America": an organisation's name is not the place it
        // ends with.
        let part = |m: &Mention| name.organisation && m.start > name.span.start;
        let c = if let Some(m) =
            within(mentions, name.span).filter(|m| m.end == name.span.end && !titled(m) && !part(m)).last()
        {
            self.entity(m.entity_id, m.name, m.kind)
        } else if let Some(full) = (name.words == 1 && self.parenthesised.contains(written))
            .then(|| organisations::defined_acronym(text, written, name.span.start))
            .flatten()
        {
            // "ONS said", after "the Office for National Statistics (ONS)": the defined name's, an entity's
            // when the gazetteer knows that name.
            match within(mentions, full).find(|m| m.start == full.start && m.end == full.end) {
                Some(m) => self.entity(m.entity_id, m.name, m.kind),
                None => self.as_written(&text[full.start..full.end], "ORG", full),
            }
        } else if let Some(c) = name.organisation.then(|| self.short_form(name.span)).flatten() {
            c
        } else if name.organisation || is_acronym(written) {
            self.as_written(written, "ORG", name.span)
        } else if let Some(c) =
            (name.words == 1).then(|| self.by_surname.get(written).copied()).flatten().filter(|&c| {
                let cluster = &self.clusters[c];
                let titled = cluster.person && cluster.gender.is_none_or(|g| Some(g) == honorific);
                agrees(cluster.name) && (honorific.is_none() || titled)
            })
        {
            // A surname met before resolves as it did then (but "Mr Johnson" is not the firm "Johnson", nor
            // "Mr Kennedy" the "Baroness Kennedy" met before).
            c
        } else if let Some(c) = self.mentioned_person(written).filter(|&c| agrees(self.clusters[c].name)) {
            c
        } else if let Some(c) = (name.words == 1)
            .then(|| self.unlinked_person(written))
            .flatten()
            .filter(|&c| agrees(self.clusters[c].name))
        {
            c
        } else if let Some(e) = (name.words == 1)
            .then(|| self.gazetteer.person_by_surname(written))
            .flatten()
            .filter(|&e| agrees(self.gazetteer.store().entity_name(e)))
        {
            self.entity_at(e)
        } else if name.words == 1 {
            let full = names::fullest(text, name.span, honorific, |w| within(mentions, w).any(|m| !is_person(m.kind)));
            // "Network has offered ...", with "the network" elsewhere: no one's name.
            if full.span == name.span
                && honorific.is_none()
                && (names::ordinary_word(text, name.span, true) || names::group_plural(text, name.span))
            {
                return None;
            }
            fuller = full.gender;
            let full_name = &text[full.span.start..full.span.end];
            // The title's person, when the gazetteer knows the fuller name: "Bill Clinton" for "Mr. Clinton".
            match self.mentioned_person(full_name).filter(|_| honorific.is_some() && full.span != name.span) {
                Some(c) => c,
                None => {
                    let called_it = self.called_it.contains(written);
                    let organisation = kinds::one_word_organisation(text, &name, full.span, honorific, called_it);
                    self.as_written(full_name, if organisation { "ORG" } else { "PERSON" }, name.span)
                }
            }
        } else {
            let organisation = kinds::organisation(text, &name, honorific, mentions);
            self.as_written(written, if organisation { "ORG" } else { "PERSON" }, name.span)
        };
        if name.words == 1 {
            self.by_surname.insert(written, c);
        }
        self.clusters[c].mentions.push(name.span);
        let first = names::first_name(written).and_then(lexicon::first_name_gender);
        self.learn(c, name.gender.or(first).or(fuller));
        Some(c)
    }

    /// The one person entity of the document whose surname (and first name, when `name` gives one) is
    /// `name`'s.
    fn mentioned_person(&self, name: &str) -> Option<usize> {
        let surname = names::surname(name);
        let first = names::first_name(name);
        let mut found = self.people_named(surname).filter(|(_, c)| {
            c.entity.is_some()
                && first.is_none_or(|f| names::first_name(c.name).is_some_and(|g| g.eq_ignore_ascii_case(f)))
        });
        let (c, _) = found.next()?;
        found.next().is_none().then_some(c)
    }

    /// The one unlinked person whose full name ends with `surname` ("Charlie King" for "Mr. King"); none
    /// when two do ("Eric Trump" and "Donald J. Trump").
    fn unlinked_person(&self, surname: &str) -> Option<usize> {
        let mut found = self.people_named(surname).filter(|(_, c)| c.entity.is_none() && c.name.len() > surname.len());
        let (c, _) = found.next()?;
        found.next().is_none().then_some(c)
    }

    /// The unlinked cluster named `name` as written (with or without a suffix, "Jr."), made on first sight
    /// with `kind`.
    fn as_written(&mut self, name: &'a str, kind: &'a str, span: Span) -> usize {
        let key = names::without_suffix(name);
        if let Some(&c) = self.by_name.get(key) {
            return c;
        }
        let person = kind == "PERSON";
        let mut mentions = vec![span];
        // A person's full name wherever the text writes it is theirs ("Prime Minister Keir Starmer" before
        // "Starmer said"): the roles it is given there name them later ("the prime minister"). Only a name
        // that is the fuller form of a surname given alone, or that opens with a first name, is surely a
        // person's ("France Telecom said" makes a person too).
        let fuller = self.text[span.start..span.end] != *name;
        if person && name.contains(' ') && (fuller || first_name_gender(name).is_some()) {
            mentions.extend(names::written_near(self.text, span, name).filter(|&m| m != span));
        }
        self.add(Cluster { entity: None, name, kind, person, gender: None, mentions });
        self.by_name.insert(key, self.clusters.len() - 1);
        self.clusters.len() - 1
    }

    /// The speakers, in the order of their first claim, with each claim's speaker set.
    fn speakers(mut self, claims: &mut [Claim<'a>], of_claim: &[Option<usize>]) -> Vec<Speaker<'a>> {
        let mut speaker_of: Vec<Option<usize>> = vec![None; self.clusters.len()];
        let mut speakers: Vec<Speaker<'a>> = Vec::new();
        for (claim, &c) in claims.iter_mut().zip(of_claim) {
            let Some(c) = c else {
                // No one's: not even the person a possessive before a role names ("Roe's aide").
                (claim.speaker, claim.entity_id) = (None, None);
                continue;
            };
            let cluster = &mut self.clusters[c];
            let id = *speaker_of[c].get_or_insert_with(|| {
                cluster.mentions.sort_by_key(|m| (m.start, m.end));
                cluster.mentions.dedup();
                speakers.push(Speaker {
                    name: cluster.name,
                    entity_id: cluster.entity,
                    entity_type: cluster.kind,
                    mentions: std::mem::take(&mut cluster.mentions),
                    claims: 0,
                });
                speakers.len() - 1
            });
            speakers[id].claims += 1;
            claim.speaker_id = Some(id);
            claim.speaker = Some(speakers[id].name);
            claim.entity_id = speakers[id].entity_id;
        }
        speakers
    }
}

/// The mentions that lie inside `span`.
fn within<'m, 'a>(mentions: &'m [Mention<'a>], span: Span) -> impl Iterator<Item = &'m Mention<'a>> {
    let from = mentions.partition_point(|m| m.start < span.start);
    mentions[from..].iter().take_while(move |m| m.end <= span.end)
}

/// Whether a name in capitals is no person's: an acronym ("NATO", "U.N.") or a dateline ("BUENA
/// VISTA"), unless a first name opens it ("JANE ROE" in a transcript).
fn is_acronym(name: &str) -> bool {
    names::capital_letters(name) && names::first_name(name).and_then(lexicon::first_name_gender).is_none()
}
