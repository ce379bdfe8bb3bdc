//! Which name a source phrase holds: the name that ends its head, unless an affiliation's preposition
//! makes that name whose or where the speaker is; a name in apposition after a role; the author of a
//! message; names coordinated by "and", which are a group.
//!
//! - the head's name: "former Gov. Martin Roe (R-Md.)" holds "Martin Roe" (see `names` for how a run of
//!   capitalised words is read as a name);
//! - a role first, then the name in apposition: "The minister, Tom Roe, said", "A company spokesman, Jon
//!   Doe, said", "The director of the film, Vinod Pande," and, after a relative, a first name alone ("Her
//!   father, Brad,");
//! - a name after an affiliation's preposition is not the speaker's: "Mujtaba Rahman of the Eurasia
//!   Group" holds "Mujtaba Rahman", "Herbert Hansen of Respond's Belgian partner Keyobs" "Herbert Hansen",
//!   "the former CEO of Hewlett-Packard" no name;
//! - the author of a message: "Trump's statement said" is Trump's;
//! - names coordinated by "and" are a group of their own: "Donald Trump and Bernie Sanders said".

use super::names::{Name, bare, first_name, is_capitalised, trailing_name, words};
use crate::lexicon;
use crate::mention::Span;

/// The parts of a source phrase between commas, parentheses, semicolons and dashes.
fn segments(text: &str, source: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = source.start;
    let mut depth = 0usize;
    for (i, c) in text[source.start..source.end].char_indices() {
        let at = source.start + i;
        // A hyphen between spaces is a dash ("Lord Bingham - a senior law lord - said").
        let spaced = |k: usize| text.as_bytes().get(k) == Some(&b' ');
        let cut =
            matches!(c, ',' | ';' | '(' | ')' | '—' | '–') || (c == '-' && at > 0 && spaced(at - 1) && spaced(at + 1));
        if cut {
            if depth == 0 && from < at {
                out.push(Span { start: from, end: at });
            }
            depth = match c {
                '(' => depth + 1,
                ')' => depth.saturating_sub(1),
                _ => depth,
            };
            from = at + c.len_utf8();
        }
    }
    if depth == 0 && from < source.end {
        out.push(Span { start: from, end: source.end });
    }
    out
}

/// Whether `ws`, a noun, an affiliation's preposition and the words up to a name, make the name whose or
/// where the noun's person is: "the widow of Nirvana frontman Kurt Cobain", "an adviser to President
/// Vladimir Putin", "Supporters of Democrat Hillary Clinton". The noun is lowercase, or a source noun that
/// opens the phrase (`opens`). Not after a title whose complement is words of a domain alone, which is the
/// name's own title ("director of rugby Nigel Melville", "former secretary of state Hillary Clinton"), nor
/// past another preposition ("an analysis of the data by Crowdpac" is Crowdpac's).
fn affiliation(text: &str, ws: &[Span], opens: bool) -> bool {
    let word = |w: &Span| &text[w.start..w.end];
    let (noun, preposition, between) = (word(&ws[0]), word(&ws[1]), &ws[2..]);
    let lower = lexicon::lowercase(noun);
    let title = lexicon::NAME_TITLES.contains(&lower) && !lexicon::is_kin(&lower);
    // A title's complement: "rugby", "state", "telecoms research"; not a title or a kind of organisation
    // ("chief executive of rival firm Acme").
    let domain = |w: &str| {
        !is_capitalised(w) && !lexicon::NAME_TITLES.contains_lower(w) && !lexicon::ORGANISATION_HEADS.contains_lower(w)
    };
    lexicon::AFFILIATION_PREPOSITIONS.contains_lower(preposition)
        && (!is_capitalised(noun) || opens && !title)
        && (lexicon::SOURCE_NOUNS.contains(&lower) || title)
        && !between
            .iter()
            .any(|w| lexicon::STOP_WORDS.contains_lower(word(w)) && !lexicon::DETERMINERS.contains_lower(word(w)))
        && !(title && between.iter().all(|w| domain(word(w))))
}

/// The name that ends segment `seg`, unless an affiliation's preposition comes before it: then the name
/// is whose or where the speaker is ("Mujtaba Rahman of the Eurasia Group", "the former CEO of
/// Hewlett-Packard"), and the speaker's name, if any, ends the words before the preposition.
fn head_name(text: &str, seg: Span) -> Option<Name> {
    let name = trailing_name(text, seg)?;
    let before = words(text, Span { start: seg.start, end: name.span.start });
    let mut k = before.len();
    if k > 0 && text[before[k - 1].start..before[k - 1].end].eq_ignore_ascii_case("the") {
        k -= 1;
    }
    let word = |w: Span| &text[w.start..w.end];
    // "The MP for Sittingbourne and Sheppey": the name is the last of names coordinated after a title's
    // preposition, and the preposition is the one to go back over.
    if k > 1 && lexicon::LIST_CONJUNCTIONS.contains_lower(word(before[k - 1])) {
        let first = (0..k - 1).rev().take_while(|&i| is_capitalised(word(before[i]))).last();
        if let Some(f) = first.filter(|&f| {
            f >= 2
                && lexicon::AFFILIATION_PREPOSITIONS.contains_lower(word(before[f - 1]))
                && lexicon::NAME_TITLES.contains_lower(word(before[f - 2]))
        }) {
            k = f;
        }
    }
    match k.checked_sub(1).map(|i| before[i]) {
        // "Stephen Vladeck of the University of Texas School of Law": back over each affiliation.
        Some(p) if lexicon::AFFILIATION_PREPOSITIONS.contains_lower(word(p)) => {
            head_name(text, Span { start: seg.start, end: p.start })
        }
        _ => match (1..k).rev().find(|&i| affiliation(text, &before[i - 1..k], i == 1)) {
            Some(i) => head_name(text, Span { start: seg.start, end: before[i].start }),
            None => Some(person_before_affiliation(text, seg, &before[..k]).unwrap_or(name)),
        },
    }
}

/// Where the first of the words `ws` that is an affiliation's preposition ("of", "for", "at") stands.
fn first_affiliation(text: &str, ws: &[Span]) -> Option<usize> {
    ws.iter().position(|w| lexicon::AFFILIATION_PREPOSITIONS.contains_lower(&text[w.start..w.end]))
}

/// "Herbert Hansen of Respond's Belgian partner Keyobs": a person's full name (a first name opens it)
/// before an affiliation's preposition is the speaker's, whatever describes the affiliation after it; but
/// not one of two people ("William Seltzer of Fordham and Margo Anderson of Wisconsin").
fn person_before_affiliation(text: &str, seg: Span, before: &[Span]) -> Option<Name> {
    let p = first_affiliation(text, before)?;
    if before[p..].iter().any(|w| lexicon::COORDINATORS.contains(&text[w.start..w.end])) {
        return None;
    }
    let name = trailing_name(text, Span { start: seg.start, end: before.get(p)?.start })?;
    let person = name.words >= 2
        && first_name(&text[name.span.start..name.span.end]).and_then(lexicon::first_name_gender).is_some();
    person.then_some(name)
}

/// The name that a source phrase holds: the one that ends its head (unless `appositive_only`), or else
/// a whole appositive that opens with a first name ("A spokesman, Jon Doe,"), follows a role ("The party
/// chairman, Kelly Armstrong,": "Kelly" says no gender) or a personal title ("a spokesman, Dr Roe,").
pub(super) fn in_source(text: &str, source: Span, appositive_only: bool) -> Option<Name> {
    let segs = segments(text, source);
    if !appositive_only && let Some(name) = segs.first().and_then(|&s| head_name(text, s)) {
        return Some(name);
    }
    // A role, or one of several who hold it ("one of the deputies, Mahendra Siregar,"), or a relative ("Her
    // father, Brad,").
    let is_role = |w: &Span| {
        let w = &text[w.start..w.end];
        let plural_role = || {
            let singulars = [w.strip_suffix("ies").map(|s| format!("{s}y")), w.strip_suffix('s').map(String::from)];
            singulars.iter().flatten().any(|n| lexicon::NAME_TITLES.contains(n.as_str()) && lexicon::is_plural_of(w, n))
        };
        // A capitalised role is one too ("The Higher Education Minister, Kim Howells,").
        lexicon::NAME_TITLES.contains_lower(w)
            || lexicon::is_kin(&lexicon::lowercase(w))
            || (!is_capitalised(w) && plural_role())
    };
    // The role's noun ends the first segment, or comes before an affiliation's preposition ("The director
    // of the film, Vinod Pande,").
    let role = segs.first().is_some_and(|&s| {
        let ws = words(text, s);
        let p = first_affiliation(text, &ws);
        ws.last().is_some_and(is_role) || p.and_then(|p| p.checked_sub(1)).is_some_and(|h| is_role(&ws[h]))
    });
    segs.iter().skip(1).find_map(|&seg| {
        let name = trailing_name(text, seg)?;
        let ws = words(text, seg);
        // The whole appositive, but for titles before the name ("its chairman, Sir Anthony Greener").
        let whole = ws
            .iter()
            .take_while(|w| w.start < name.span.start)
            .all(|w| lexicon::NAME_TITLES.contains_lower(&text[w.start..w.end]));
        let first = text[name.span.start..name.span.end].split_whitespace().next()?;
        let is_first_name = lexicon::first_name_gender(first).is_some();
        // "A spokesman for DLF Builders, Dr Vancheshwar,", "The bid chairman, Lord Coe,": a personal or
        // gendered title makes a surname alone a name.
        let titled = lexicon::person_word_before(text, name.span.start)
            || lexicon::title_before(text, name.span.start).is_some();
        // "Her father, Brad,": after a role, a first name alone names the speaker.
        let named = name.words >= 2 && (is_first_name || role) || role && is_first_name;
        (whole && (named || titled) && !name.organisation).then_some(name)
    })
}

/// The person or organisation whose message a source phrase is: the name before the possessive that
/// determines an occasion's noun ("Trump's statement", "Sanders’ latest fundraising email"), with only
/// lowercase words between them.
pub(super) fn message_author(text: &str, source: Span) -> Option<Name> {
    let seg = *segments(text, source).first()?;
    let ws = words(text, seg);
    let (head, before) = ws.split_last()?;
    if !lexicon::OCCASION_NOUNS.contains(&text[head.start..head.end]) {
        return None;
    }
    let possessive = *before.iter().rev().find(|w| !text[w.start..w.end].starts_with(char::is_lowercase))?;
    if bare(text, possessive) == possessive {
        return None;
    }
    trailing_name(text, Span { start: seg.start, end: possessive.end })
}

/// The names of a source that coordinates them, "Donald Trump and Bernie Sanders", "Trump, Cruz and
/// Rubio", "Mr. Trump and Ms. Le Pen": their span, from the first name's titles to the last name, when
/// the whole source is two or more name phrases (a name after capitalised words or titles only) joined by
/// commas and a last "and". None when any part is something else ("Former Secretary of State and
/// frontrunner Hillary Clinton" is one person; "Kevin Brady, chairman of the Ways and Means Committee"
/// has an appositive).
pub(super) fn coordination(text: &str, source: Span, named: impl Fn(Span) -> bool) -> Option<Span> {
    let written = &text[source.start..source.end];
    // "Roe and Doe, both lawyers": an appositive after the last name is the group's, not part of a name.
    let written = match written.rsplit_once(", ") {
        Some((names, appositive)) if names.contains(" and ") && appositive.starts_with(char::is_lowercase) => names,
        _ => written,
    };
    let source = Span { start: source.start, end: source.start + written.len() };
    let (list, last) = written.rsplit_once(" and ")?;
    let list = list.strip_suffix(',').unwrap_or(list);
    let mut parts: Vec<Span> = Vec::new();
    let mut from = source.start;
    for piece in list.split(", ").chain([last]) {
        let at = from + text[from..].find(piece)?;
        parts.push(Span { start: at, end: at + piece.len() });
        from = at + piece.len();
    }
    for part in &parts {
        // "She and Jack Goldsmith": a pronoun is no name of a group.
        if lexicon::pronoun_kind(&lexicon::lowercase(&text[part.start..part.end])).is_some() {
            return None;
        }
        let name = trailing_name(text, *part)?;
        if name.span.end != part.end {
            return None;
        }
        // Only capitalised words or titles before the name: "House Speaker Paul Ryan", "Sen. Ted Cruz".
        let before = words(text, Span { start: part.start, end: name.span.start });
        let plain = before.iter().all(|w| {
            let word = &text[w.start..w.end];
            (is_capitalised(word) && !lexicon::DETERMINERS.contains_lower(word))
                || lexicon::NAME_TITLES.contains_lower(word)
        });
        if !plain {
            return None;
        }
    }
    // "Work and Pensions Secretary Alan Johnson", "the Securities and Exchange Commission": an "and"
    // between bare words, the last of them followed by a title or closed by an organisation's head,
    // joins the words of one title or one organisation's name; not after a name the gazetteer has
    // (`named`: "Microsoft and New York attorney general Eliot Spitzer").
    let (first, last) = (*parts.first()?, *parts.last()?);
    let word_of = |w: &Span| &text[w.start..w.end];
    let first_words = words(text, first);
    let bare = parts.len() == 2
        && first_words.len() <= 2
        && !named(first)
        && first_words.iter().all(|w| {
            let w = word_of(w);
            !lexicon::NAME_TITLES.contains_lower(w)
                && !lexicon::ORGANISATION_HEADS.contains_lower(w)
                && lexicon::first_name_gender(w).is_none()
        });
    let last_name = trailing_name(text, last)?;
    // A role's title ("Secretary", "coach"), not an honorific ("Jerusalem and Mr. Netanyahu").
    let titled = words(text, Span { start: last.start, end: last_name.span.start }).iter().any(|w| {
        let w = word_of(w);
        lexicon::NAME_TITLES.contains_lower(w) && !lexicon::HONORIFICS.contains(&&*lexicon::lowercase(w))
    });
    let headed = words(text, last).last().is_some_and(|w| lexicon::ORGANISATION_HEADS.contains_lower(word_of(w)));
    if bare && (titled || headed) {
        return None;
    }
    Some(Span { start: first.start, end: source.end })
}
