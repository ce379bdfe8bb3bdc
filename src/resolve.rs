//! Document-level resolution: names that only the document itself can link.
//!
//! After a gazetteer mention, three kinds of later, shorter mention link to the same entity:
//! - a person's surname, with or without its particle (`al-`, `van`, ...) and with or without the
//!   first name, so "Romanowski" and "Alina Romanowski" after "Alina L. Romanowski", "al-Sudani" and
//!   "Sudani" after "Mohammed Shia al-Sudani"; the surname must be capitalised in the text, and so must
//!   every word capitalised in the name under the proper-noun rule (see `capitals`); an honorific whose
//!   gender is not the one the first name says makes it someone else ("Mr. Roe" after "Jane Roe");
//! - an organisation's first word used as a modifier ("a Hashed official" after "Hashed al-Shaabi"):
//!   capitalised, not at the start of a sentence, followed by a lowercase word, and not a generic word
//!   such as "National" or an adjective such as "Islamic";
//! - an acronym defined in parentheses right after a mention ("Popular Mobilisation Forces (PMF)"),
//!   matched with its exact case; it wins over another entity's gazetteer name with the same text.
//!
//! Only the gaps between gazetteer mentions are searched, so document-level links never overlap them.

use std::collections::{HashMap, HashSet};

use crate::capitals;
use crate::entity::Store;
use crate::lexicon;
use crate::mention::{Raw, Resolution};
use crate::normalize::{self, Class, Fold};

/// The longest acronym, in bytes.
const MAX_ACRONYM: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Surname,
    Modifier,
}

#[derive(Debug)]
struct Def {
    key: Vec<u8>,
    /// The form as the name writes it, whose capitals a surname needs when `proper`.
    form: String,
    proper: bool,
    entity: u32,
    /// Byte offset from which the definition applies.
    from: usize,
    kind: Kind,
    /// For a surname, the gender its person's first name says: a title of the other before the surname
    /// is someone else's ("Mr. Roe" after "Jane Roe").
    gender: Option<lexicon::Gender>,
}

pub(crate) fn is_person(kind: &str) -> bool {
    ["PERSON", "PER"].iter().any(|k| kind.eq_ignore_ascii_case(k))
}

pub(crate) fn is_organisation(kind: &str) -> bool {
    ["ORG", "ORGANIZATION", "ORGANISATION", "MEDIA"].iter().any(|k| kind.eq_ignore_ascii_case(k))
}

/// Adds document-level mentions to the sorted, non-overlapping gazetteer `mentions` of `text`; with
/// `proper_nouns`, partial names keep the capitals of the names they come from.
pub(crate) fn resolve(store: &Store, fold: Fold, proper_nouns: bool, text: &str, mut mentions: Vec<Raw>) -> Vec<Raw> {
    let mut defs: Vec<Def> = Vec::new();
    // Each definition once, from where it first applies: a long document repeats them, and every one
    // kept would be tried at every word.
    let mut defined: HashSet<(String, u32, Kind)> = HashSet::new();
    let mut define = |defs: &mut Vec<Def>, def: Def| {
        if defined.insert((def.form.clone(), def.entity, def.kind)) {
            defs.push(def);
        }
    };
    // Acronym as written → where each definition of it applies from, and its entity (in text order).
    let mut acronyms: HashMap<&str, Vec<(usize, u32)>> = HashMap::new();
    let people: Vec<bool> = store.types().iter().map(|t| is_person(t)).collect();
    let organisations: Vec<bool> = store.types().iter().map(|t| is_organisation(t)).collect();
    // The people whose surname forms are defined: the forms come from the entity's names alone, so a later
    // mention of the same person defines nothing new.
    let mut surnamed: HashSet<u32> = HashSet::new();
    for m in &mentions {
        let kind = store.entity_type_index(m.entity);
        let surface = &text[m.start..m.end];
        let multiword =
            (people[kind] || organisations[kind]) && surface.chars().any(|c| normalize::char_class(c) == Class::Sep);
        if people[kind] && multiword {
            if surnamed.insert(m.entity) {
                let proper = proper_nouns && store.entity_case(m.entity).is_none();
                let name = store.entity_name(m.entity);
                let gender = name.split_whitespace().next().and_then(lexicon::first_name_gender);
                for a in store.entity_alias_range(m.entity) {
                    for form in surname_forms(store.alias(a), fold) {
                        let key = normalize::normalize(&form, fold);
                        let (entity, from, kind) = (m.entity, m.end, Kind::Surname);
                        define(&mut defs, Def { key, form, proper, entity, from, kind, gender });
                    }
                }
            }
        } else if organisations[kind] && multiword {
            let first = surface.split(|c: char| normalize::char_class(c) == Class::Sep).next().unwrap_or("");
            if is_distinctive_org_word(first) {
                let (key, form) = (normalize::normalize(first, fold), first.to_string());
                define(
                    &mut defs,
                    Def { key, form, proper: false, entity: m.entity, from: m.end, kind: Kind::Modifier, gender: None },
                );
            }
        }
        if !text[m.end..].trim_start_matches(' ').starts_with('(') {
            continue;
        }
        if let Some((start, acronym)) = acronym_after(text, m.end, surface, store.entity_name(m.entity)) {
            let entry = acronyms.entry(acronym).or_default();
            if entry.last().is_none_or(|&(_, e)| e != m.entity) {
                entry.push((start, m.entity));
            }
        }
    }
    if defs.is_empty() && acronyms.is_empty() {
        return mentions;
    }
    // The entity an acronym stands for at `pos`: the latest definition before it.
    let acronym_at = |acronym: &str, pos: usize| -> Option<u32> {
        let defs = acronyms.get(acronym)?;
        let i = defs.partition_point(|&(from, _)| from <= pos);
        (i > 0).then(|| defs[i - 1].1)
    };

    // A defined acronym wins over another entity's gazetteer name with the same text.
    if !acronyms.is_empty() {
        for m in mentions.iter_mut() {
            if let Some(entity) = acronym_at(&text[m.start..m.end], m.start)
                && entity != m.entity
            {
                m.entity = entity;
                m.resolution = Resolution::Acronym;
            }
        }
    }

    let mut added = scan_gaps(&defs, text, &mentions, fold);
    if !acronyms.is_empty() {
        added.extend(find_acronyms(text, &mentions, &acronym_at));
    }
    added.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut last_end = 0;
    added.retain(|m| {
        let keep = m.start >= last_end;
        if keep {
            last_end = m.end;
        }
        keep
    });
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
    }
    mentions
}

/// Defined acronyms in the gaps between mentions, as written, in one pass: at each capital that starts a
/// word, the longest run of acronym characters that is a defined acronym and ends on a word boundary.
fn find_acronyms(text: &str, mentions: &[Raw], acronym_at: &impl Fn(&str, usize) -> Option<u32>) -> Vec<Raw> {
    let bytes = text.as_bytes();
    let is_acronym_byte = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'&' | b'.' | b'-');
    let mut found = Vec::new();
    let mut next_mention = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        if !bytes[pos].is_ascii_uppercase()
            || text[..pos].chars().next_back().is_some_and(|c| normalize::char_class(c) == Class::Word)
        {
            pos += 1;
            continue;
        }
        let run = bytes[pos..].iter().take(MAX_ACRONYM).take_while(|&&b| is_acronym_byte(b)).count();
        let hit = (2..=run).rev().find_map(|len| {
            let end = pos + len;
            let boundary = end == bytes.len() || normalize::class_at(text, end) != Class::Word;
            acronym_at(&text[pos..end], pos).filter(|_| boundary).map(|entity| (end, entity))
        });
        if let Some((end, entity)) = hit {
            while next_mention < mentions.len() && mentions[next_mention].end <= pos {
                next_mention += 1;
            }
            if mentions.get(next_mention).is_none_or(|m| m.start >= end) {
                found.push(Raw { start: pos, end, entity, resolution: Resolution::Acronym });
            }
        }
        pos += run.max(1);
    }
    found
}

/// Surnames and modifiers at the word starts between the gazetteer mentions.
fn scan_gaps(defs: &[Def], text: &str, mentions: &[Raw], fold: Fold) -> Vec<Raw> {
    let mut added = Vec::new();
    // Definitions by the first (folded) byte of their key.
    let mut by_first: Vec<Vec<usize>> = vec![Vec::new(); 256];
    for (i, d) in defs.iter().enumerate() {
        by_first[d.key[0] as usize].push(i);
    }
    if by_first.iter().all(Vec::is_empty) {
        return added;
    }
    // A modifier, a surname of one word, and a surname whose first word keeps its capital under the
    // proper-noun rule start with a capital: unless some surname may open in lowercase (with a particle,
    // "al-Sudani", or where the rule does not hold), a word that opens with an ASCII byte but no capital
    // starts nothing, and the runs of such bytes are skipped eight at a time.
    let opens_capital = |d: &Def| {
        d.kind == Kind::Modifier || !d.key.contains(&b' ') || (d.proper && capitals::needs(&d.form, fold).first)
    };
    let capitals_only = defs.iter().all(opens_capital);
    let bytes = text.as_bytes();
    let mut next_mention = 0;
    let mut pos = 0;
    let mut prev_word = false;
    let mut scratch = Vec::new();
    while pos < text.len() {
        while next_mention < mentions.len() && mentions[next_mention].end <= pos {
            next_mention += 1;
        }
        if let Some(m) = mentions.get(next_mention).filter(|m| m.start <= pos) {
            pos = m.end;
            prev_word = false;
            continue;
        }
        // The gap up to the next mention, read without looking at the mentions at every byte.
        let limit = mentions.get(next_mention).map_or(text.len(), |m| m.start);
        while pos < limit {
            if capitals_only {
                let skipped = uncapitalised_ascii(&bytes[pos..limit]);
                if skipped > 0 {
                    pos += skipped;
                    // ASCII bytes are units of their own: the last one says whether a word goes on.
                    prev_word = normalize::ASCII_WORD[bytes[pos - 1] as usize];
                    continue;
                }
            }
            let b = bytes[pos];
            // Most bytes between words are single spaces.
            if b == b' ' {
                prev_word = false;
                pos += 1;
                continue;
            }
            let (end, class, first) = if b < 0x80 {
                (pos + 1, normalize::ASCII_CLASS[b as usize], normalize::ASCII_FOLDED[b as usize])
            } else {
                scratch.clear();
                let (end, class, absorbed) = normalize::unit_or_mark(text, pos, fold, &mut scratch);
                if absorbed {
                    pos = end;
                    continue;
                }
                (end, class, scratch.first().copied().unwrap_or(0))
            };
            if class == Class::Word && !prev_word && !by_first[first as usize].is_empty() {
                let candidates = by_first[first as usize].iter().map(|&i| &defs[i]);
                if let Some(found) = best_at(candidates, text, pos, limit, fold, &mut scratch) {
                    added.push(found);
                    pos = found.end;
                    prev_word = false;
                    continue;
                }
            }
            prev_word = class == Class::Word;
            pos = end;
            // The rest of a word's ASCII letters and digits start no word: skipped in a tight loop.
            if prev_word {
                pos +=
                    bytes[pos..limit].iter().position(|&b| !normalize::ASCII_WORD[b as usize]).unwrap_or(limit - pos);
            }
        }
    }
    added
}

/// How many bytes at the start of `bytes` are ASCII but no capital letter.
fn uncapitalised_ascii(bytes: &[u8]) -> usize {
    use normalize::{HIGHS, ascii_within};
    let mut n = 0;
    for chunk in bytes.chunks_exact(8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Per byte, the top bit: set from 0x80 on, or for a capital.
        let stop = (w | ascii_within(w & !HIGHS, b'A', b'Z')) & HIGHS;
        if stop != 0 {
            return n + stop.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + bytes[n..].iter().take_while(|b| b.is_ascii() && !b.is_ascii_uppercase()).count()
}

/// The longest definition that matches at `pos` (ending by `limit`) and passes its kind's checks; among
/// equals, the most recently defined.
fn best_at<'d>(
    defs: impl Iterator<Item = &'d Def>,
    text: &str,
    pos: usize,
    limit: usize,
    fold: Fold,
    scratch: &mut Vec<u8>,
) -> Option<Raw> {
    let mut best: Option<(usize, usize, &Def)> = None;
    for d in defs.filter(|d| d.from <= pos) {
        let Some(end) = match_key_at(text, pos, &d.key, fold, scratch) else { continue };
        if end > limit {
            continue;
        }
        let ok = match d.kind {
            Kind::Surname => {
                last_word_capitalised(&text[pos..end])
                    && (!d.proper || capitals::agree(&d.form, &text[pos..end], fold))
                    && d.gender.is_none_or(|g| lexicon::honorific_gender_before(text, pos).is_none_or(|t| t == g))
            }
            Kind::Modifier => is_modifier_use(text, pos, end),
        };
        if ok && best.is_none_or(|(e, from, _)| end > e || (end == e && d.from > from)) {
            best = Some((end, d.from, d));
        }
    }
    best.map(|(end, _, d)| Raw { start: pos, end, entity: d.entity, resolution: Resolution::Partial })
}

/// Where `key` matches the normalised text starting at `pos`, ending on a word boundary.
fn match_key_at(text: &str, pos: usize, key: &[u8], fold: Fold, scratch: &mut Vec<u8>) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut q = pos;
    let mut got = 0;
    let mut prev_sep = false;
    while q < text.len() && got < key.len() {
        // An ASCII character that no combining mark follows, as most are, is compared in place.
        if bytes[q] < 0x80 && bytes.get(q + 1).is_none_or(|&n| n < 0x80) {
            let (normal, class) = normalize::ascii_unit(bytes[q], fold);
            q += 1;
            if class == Class::Sep && std::mem::replace(&mut prev_sep, true) {
                continue;
            }
            prev_sep = class == Class::Sep;
            if key[got] != normal {
                return None;
            }
            got += 1;
        } else {
            let (end, _, feed) = normalize::walk_unit(text, q, fold, &mut prev_sep, scratch);
            q = end;
            if !feed {
                continue;
            }
            if !key[got..].starts_with(scratch) {
                return None;
            }
            got += scratch.len();
        }
        if got == key.len() {
            if q < text.len() && normalize::class_at(text, q) == Class::Word {
                return None;
            }
            return Some(q);
        }
    }
    None
}

/// The shorter forms of a person's name, as the name writes them: surname with and without its
/// particle, each with and without the first name.
pub(crate) fn surname_forms(name: &str, fold: Fold) -> Vec<String> {
    let mut words: Vec<(&str, String)> = name
        .split(|c: char| normalize::char_class(c) == Class::Sep)
        .filter_map(|w| String::from_utf8(normalize::normalize(w, fold)).ok().filter(|n| !n.is_empty()).map(|n| (w, n)))
        .collect();
    while words.len() > 2 && words.last().is_some_and(|(_, w)| lexicon::NAME_SUFFIXES.contains(w)) {
        words.pop();
    }
    let n = words.len();
    if n < 2 {
        return Vec::new();
    }
    let particle = |i: usize| lexicon::SURNAME_PARTICLES.contains(&words[i].1);
    let letters = |i: usize| words[i].1.chars().filter(|c| c.is_alphabetic()).count();
    if letters(n - 1) < 2 || particle(n - 1) {
        return Vec::new();
    }
    let surname = words[n - 1].0;
    let mut lasts = vec![surname.to_string()];
    let mut first_end = n - 1;
    if n >= 3 && particle(n - 2) {
        lasts.push(format!("{} {}", words[n - 2].0, surname));
        first_end = n - 2;
    }
    let mut forms: Vec<String> = lasts.clone();
    if first_end >= 1 && letters(0) >= 2 && !particle(0) {
        for last in &lasts {
            forms.push(format!("{} {}", words[0].0, last));
        }
    }
    let whole = normalize::normalize(name, fold);
    forms.retain(|f| normalize::normalize(f, fold) != whole);
    forms
}

fn last_word_capitalised(span: &str) -> bool {
    let last = span.rsplit(|c: char| normalize::char_class(c) == Class::Sep).next().unwrap_or("");
    last.chars().next().is_some_and(char::is_uppercase)
}

fn is_distinctive_org_word(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let lower = lexicon::lowercase(word);
    let adjective = lexicon::DEMONYM_ENDINGS.iter().any(|s| lower.ends_with(s));
    letters >= 3
        && word.chars().next().is_some_and(char::is_uppercase)
        && !word.chars().all(|c| !c.is_lowercase())
        && !adjective
        && !lexicon::GENERIC_ORG_WORDS.contains(&lower)
}

/// A capitalised word used as a modifier: not opening a sentence, followed by a lowercase word.
fn is_modifier_use(text: &str, start: usize, end: usize) -> bool {
    if !text[start..].chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let before = text[..start].trim_end();
    let opens_sentence =
        before.chars().next_back().is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | ':' | '\n'))
            || text[..start].ends_with('\n');
    if opens_sentence {
        return false;
    }
    let mut after = text[end..].chars();
    after.next().is_some_and(|c| c == ' ') && after.next().is_some_and(char::is_lowercase)
}

/// An acronym in parentheses right after a mention, as in "Islamic State (IS)": its byte offset and text.
/// It must be 2 to 10 capitals, digits, `&`, `.` or `-`, with at least two capitals, which are the
/// initials of the mention's (or the entity name's) capitalised words.
fn acronym_after<'t>(text: &'t str, end: usize, surface: &str, name: &str) -> Option<(usize, &'t str)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches(' ');
    let inner = trimmed.strip_prefix('(')?;
    let close = inner.find(')')?;
    let acronym = &inner[..close];
    let capitals = acronym.chars().filter(char::is_ascii_uppercase).count();
    if !(2..=MAX_ACRONYM).contains(&acronym.len())
        || capitals < 2
        || !acronym.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '.' | '-'))
    {
        return None;
    }
    // The acronym's capitals must be the initials of the capitalised words of the mention or of the
    // entity's name: "Islamic State (IS)", "Popular Mobilisation Forces (PMF)"; not "Industry (IFPI)".
    let letters: String = acronym.chars().filter(char::is_ascii_uppercase).collect();
    let initials = |s: &str| -> String {
        s.split(|c: char| normalize::char_class(c) != Class::Word)
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .flat_map(char::to_uppercase)
            .collect()
    };
    if letters != initials(surface) && letters != initials(name) {
        return None;
    }
    let start = end + (rest.len() - trimmed.len()) + 1;
    Some((start, acronym))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_forms_drop_middle_names_and_keep_particles() {
        let forms = |s: &str| surname_forms(s, Fold { case: true, diacritics: true });
        assert_eq!(forms("Alina L. Romanowski"), ["Romanowski", "Alina Romanowski"]);
        assert_eq!(forms("Mohammed Shia al-Sudani"), ["Sudani", "al Sudani", "Mohammed Sudani", "Mohammed al Sudani"]);
        assert_eq!(forms("Martin Luther King Jr."), ["King", "Martin King"]);
        assert!(forms("Madonna").is_empty());
    }

    #[test]
    fn acronyms_need_parentheses_capitals_and_the_right_initial() {
        let t = "Popular Mobilisation Forces (PMF) said";
        assert_eq!(acronym_after(t, 27, "Popular Mobilisation Forces", "x"), Some((29, "PMF")));
        assert_eq!(acronym_after("Islamic State (the group)", 13, "Islamic State", "x"), None);
        assert_eq!(acronym_after("Islamic State (XY)", 13, "Islamic State", "Islamic State"), None);
        assert_eq!(acronym_after("Islamic State (I)", 13, "Islamic State", "Islamic State"), None);
        assert_eq!(acronym_after("Industry (IFPI)", 8, "Industry", "Industry"), None);
        assert_eq!(
            acronym_after("Hashd al-Shaabi (PMF)", 15, "Hashd al-Shaabi", "Popular Mobilisation Forces"),
            Some((17, "PMF"))
        );
        assert_eq!(
            acronym_after("State of Iraq and the Levant (SIL)", 28, "State of Iraq and the Levant", "x"),
            Some((30, "SIL"))
        );
    }

    #[test]
    fn uncapitalised_ascii_stops_at_a_capital_or_a_byte_past_ascii() {
        let all: Vec<u8> = (0..=255u8).collect();
        for stop in all.iter().copied().filter(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
            for at in 0..20 {
                let mut bytes: Vec<u8> =
                    (0..24).map(|i| all[(i * 37 + at) % 128]).map(|b| b.to_ascii_lowercase()).collect();
                bytes[at] = stop;
                assert_eq!(uncapitalised_ascii(&bytes), at, "{stop:#x} at {at}");
            }
        }
        assert_eq!(uncapitalised_ascii(b"said the 9 @[`{ people"), 22);
    }

    #[test]
    fn modifier_use_is_mid_sentence_before_a_lowercase_word() {
        let t = "A Hashed official said. Hashed fighters. A Hashed Official";
        assert!(is_modifier_use(t, 2, 8));
        assert!(!is_modifier_use(t, 24, 30));
        assert!(!is_modifier_use(t, 42, 48));
        assert!(is_distinctive_org_word("Hashed"));
        assert!(!is_distinctive_org_word("Islamic"));
        assert!(!is_distinctive_org_word("National"));
        assert!(!is_distinctive_org_word("US"));
    }
}
