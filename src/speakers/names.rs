//! Names: how a run of capitalised words is read as a name, and what it tells about the person (which
//! name a source phrase holds is `sources`).
//!
//! - the name is the run of capitalised words that ends a phrase, after its titles: "former Gov. Martin
//!   Roe (R-Md.)" holds "Martin Roe", "Sen. Roe's" holds "Roe", and "Mrs." or "Mr." before it gives the
//!   person's gender;
//! - a name of two words or more that ends in an organisation's head noun is that organisation's, named
//!   without its article and whatever nouns it holds: "The Budapest Police Department" is "Budapest
//!   Police Department", "the Ministry of Interior" holds "of" after its head;
//! - a surname alone, with or without a title ("Mr. Roe", "Roe"), is the person whose full name the
//!   document gives ("Jane Roe", before or after), and the fullest form in the text is the canonical
//!   name ("Elena Marković" for "Marković").

use crate::lexicon::{self, Gender};
use crate::mention::Span;

/// A name found in a source phrase. Offsets are bytes into the text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Name {
    pub span: Span,
    /// The number of words in the name.
    pub words: usize,
    /// The gender that a title before the name says ("Mrs. Roe").
    pub gender: Option<Gender>,
    /// Whether the name opens with "the" or follows it ("The Washington Post", "the Pentagon"): an
    /// organisation.
    pub organisation: bool,
}

/// The words of `text[span]`, as byte spans into `text`.
pub(super) fn words(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[span.start..span.end].char_indices() {
        let at = span.start + i;
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Span { start: s, end: at });
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span { start: s, end: span.end });
    }
    out
}

/// A word without a possessive ending ("Roe's", "Roe’s", "Davis'").
pub(super) fn bare(text: &str, w: Span) -> Span {
    let s = &text[w.start..w.end];
    let cut = ["'s", "’s", "'", "’"].iter().find(|e| s.len() > e.len() && s.ends_with(*e)).map_or(0, |e| e.len());
    Span { start: w.start, end: w.end - cut }
}

pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `text` is written in capitals: no lowercase letter ("NATO", "BUENA VISTA").
pub(super) fn in_capitals(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// Whether `text` is two letters or more, all capitals: an acronym's form ("NATO", "U.N."), or a name
/// written in capitals ("BUENA VISTA").
pub(super) fn capital_letters(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && in_capitals(text)
}

/// Whether `word` (as written) can be part of a name: capitalised, or a surname's particle ("al-Sudani",
/// "van").
pub(super) fn name_word(word: &str) -> bool {
    is_capitalised(word)
        || lexicon::NAME_PARTICLES.contains(&lexicon::lowercase(word))
        || word.split_once('-').is_some_and(|(p, rest)| lexicon::NAME_PARTICLES.contains(p) && is_capitalised(rest))
}

/// The words of segment `seg`, the last without its punctuation, up to the end of a name: a title after a
/// full name ends it ("Frank Field MP"); after one word, or after "the", the title heads a description
/// ("the Salford MP", "a Labour MP", "the Ealing North MP") and stays.
fn name_words(text: &str, seg: Span) -> Vec<Span> {
    let mut ws = words(text, seg);
    let Some(last) = ws.pop() else { return ws };
    let last = bare(text, last);
    ws.push(last);
    if lexicon::POSTNOMINAL_TITLES.contains_lower(&text[last.start..last.end]) {
        let word = |k: usize| &text[ws[k].start..ws[k].end];
        let run = (0..ws.len() - 1).rev().take_while(|&k| is_capitalised(word(k))).count();
        let opens = ws.len() - 1 - run;
        let article = |k: usize| lexicon::DETERMINERS.contains_lower(word(k));
        if run >= 2 && !article(opens) && !(opens > 0 && article(opens - 1)) {
            ws.pop();
        }
    }
    ws
}

/// The words of a run of capitalised words read as a body's name, whose last word may be its head noun.
struct BodyName<'t> {
    text: &'t str,
    ws: &'t [Span],
    last_head: bool,
}

impl BodyName<'_> {
    fn word(&self, k: usize) -> &str {
        &self.text[self.ws[k].start..self.ws[k].end]
    }

    /// Whether word `k` is a capitalised head noun of an organisation.
    fn head(&self, k: usize) -> bool {
        is_capitalised(self.word(k)) && lexicon::ORGANISATION_HEADS.contains_lower(self.word(k))
    }

    /// Whether word `k` follows a link after a head noun: "Chief" in "the Association of Chief Police
    /// Officers" is part of the name, not a title.
    fn linked_title(&self, k: usize) -> bool {
        k >= 2 && lexicon::ORGANISATION_LINKS.contains(self.word(k - 1)) && self.head(k - 2)
    }

    /// Whether word `k`, before the name's last word, links words inside it: a link after a head noun
    /// ("the Ministry of Interior"), or after the words that follow one ("the Association of Directors of
    /// Social Services"); "and" between capitalised words of a name that ends with a head, or
    /// that follow its head and link ("the Securities and Exchange Commission", "the Department of Trade
    /// and Industry"); an ampersand between any ("Marsh & McLennan", "Procter & Gamble").
    fn inside(&self, k: usize) -> bool {
        let w = self.word(k);
        if k == 0 {
            return false;
        }
        let after_link = || {
            let mut j = k - 1;
            while j > 0 && is_capitalised(self.word(j)) {
                j -= 1;
            }
            j >= 1 && lexicon::ORGANISATION_LINKS.contains(self.word(j)) && self.head(j - 1)
        };
        if lexicon::ORGANISATION_LINKS.contains(w) {
            return self.head(k - 1) || (is_capitalised(self.word(k - 1)) && after_link());
        }
        lexicon::ORGANISATION_CONJUNCTIONS.contains(w)
            && is_capitalised(self.word(k - 1))
            && (self.last_head || after_link() || w == "&")
    }
}

/// The name that ends the segment `seg`: its capitalised words after any title, with the gender a title
/// says; `None` when the segment does not end in one, or is a description ("Another GOP Figure").
pub(super) fn trailing_name(text: &str, seg: Span) -> Option<Name> {
    let ws = name_words(text, seg);
    let last = *ws.last()?;
    let mut first = ws.len();
    let mut gender = None;
    let mut linked = false;
    // Whether the last word is an organisation's head, which an "and" inside the name may come before.
    let last_head = lexicon::ORGANISATION_HEADS.contains_lower(&text[last.start..last.end]);
    let body = BodyName { text, ws: &ws, last_head };
    while first > 0 {
        let w = &text[ws[first - 1].start..ws[first - 1].end];
        // The last word is the surname even when it is also a title ("Paul Singer", "Mr. King"), after a
        // first name or an honorific; an abbreviation or a word in capitals is not ("Acme's CEO"), nor a
        // title after an article that opens the sentence ("The Chancellor said").
        let surname = first == ws.len()
            && is_capitalised(w)
            && !w.contains('.')
            && w.chars().any(char::is_lowercase)
            && first >= 2
            && {
                let before = &text[ws[first - 2].start..ws[first - 2].end];
                is_capitalised(before)
                    && !before.ends_with("'s")
                    && !before.ends_with("’s")
                    && !lexicon::DETERMINERS.contains_lower(before)
            };
        let title = (!surname && lexicon::NAME_TITLES.contains_lower(w) && !body.linked_title(first - 1))
            .then(|| lexicon::lowercase(w));
        if let Some(lower) = title {
            gender = lexicon::title_gender(&lower);
            break;
        }
        if first < ws.len() && body.inside(first - 1) {
            linked = true;
            first -= 1;
            continue;
        }
        // A possessive before the name is not part of it ("MSNBC's Jane Roe"), nor is where a body is
        // based ("Paris-based Euronext").
        if !name_word(w) || first < ws.len() && (w.ends_with("'s") || w.ends_with("’s") || based(w)) {
            break;
        }
        first -= 1;
    }
    // A run with a first name in it opens there ("County Recorder Jane Roe", "Widow Jane Roe").
    if let Some(f) = (first..ws.len().saturating_sub(1))
        .find(|&i| lexicon::first_name_gender(&text[ws[i].start..ws[i].end]).is_some())
    {
        first = f;
    }
    // Particles open no name ("van" alone, "al-" before a title).
    while first < ws.len() && !is_capitalised(&text[ws[first].start..ws[first].end]) {
        first += 1;
    }
    if first == ws.len() {
        return None;
    }
    // A word whose capital is only its sentence's opens no name: "Rapper Eminem", "Bookmaker Ladbrokes",
    // "Angry Williams" (the text writes "rapper" elsewhere, and never "eminem"); not before a link
    // ("Campaign for Trump").
    if first + 1 < ws.len()
        && is_capitalised(&text[ws[first + 1].start..ws[first + 1].end])
        && ordinary_opener(text, ws[first])
        && !written_in_lowercase(text, ws[first + 1])
    {
        first += 1;
    }
    let opener = lexicon::lowercase(&text[ws[first].start..ws[first].end]);
    let the_before = first > 0 && text[ws[first - 1].start..ws[first - 1].end].eq_ignore_ascii_case("the");
    // "the Interior Ministry", "Mohács Town Council": a name of two words or more (besides "the") that
    // ends in an organisation's head noun is that organisation's, whatever nouns it holds ("Police").
    let own_words = ws.len() - first - usize::from(&*opener == "the");
    let last_word = &text[last.start..last.end];
    let org_head = linked || own_words >= 2 && lexicon::ORGANISATION_HEADS.contains_lower(last_word);
    // "Paris-based Euronext": a body is based somewhere (a person too, but then a first name says so:
    // "Texas-based Matt Mackowiak").
    let based_before = first > 0
        && based(&text[ws[first - 1].start..ws[first - 1].end])
        && lexicon::first_name_gender(&text[ws[first].start..ws[first].end]).is_none();
    let organisation = &*opener == "the" || the_before || org_head || based_before;
    if &*opener != "the" && (lexicon::DETERMINERS.contains(&opener) || lexicon::QUANTIFIERS.contains(&opener)) {
        return None;
    }
    // "EXPERTS", "Democrats", "Someone": capitalised, but no one's name; nor are a party's member ("the
    // South Carolina Republican") or a day or a month alone ("released Wednesday"). A family noun is part of
    // a name ("Warner Brothers", "the Scissor Sisters").
    let alone = own_words == 1;
    let nameless = !org_head
        && (ws[first..].iter().any(|w| {
            let word = &text[w.start..w.end];
            lexicon::NAMELESS_WORDS.contains_lower(word)
                || lexicon::SOURCE_NOUNS.contains_lower(word) && !lexicon::is_kin(&lexicon::lowercase(word))
        }) || lexicon::PARTY_MEMBERS.contains_lower(last_word)
            || alone && (lexicon::TIME_WORDS.contains_lower(last_word) || lexicon::MONTHS.contains_lower(last_word)));
    if nameless {
        return None;
    }
    // An organisation's name by its head noun or an acronym has no article ("The SARFT"; "The Hill" has).
    let acronym = alone && capital_letters(last_word);
    let first = first + usize::from((org_head || acronym) && &*opener == "the");
    let span = Span { start: ws[first].start, end: last.end };
    Some(Name { span, words: ws.len() - first, gender, organisation })
}

/// Whether `word` says where a body is based ("Paris-based", "London-based").
fn based(word: &str) -> bool {
    word.len() > 6 && word.ends_with("-based")
}

/// The surname of a name: its last word ("Roe" in "Jane Roe").
pub(super) fn surname(name: &str) -> &str {
    let name = without_suffix(name);
    name.rsplit(char::is_whitespace).next().unwrap_or(name)
}

/// A name without the generational suffix that may end it: "Joseph R. Biden" for "Joseph R. Biden Jr."
/// and "Joseph R. Biden, Jr.", one person.
pub(super) fn without_suffix(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((rest, last)) if lexicon::NAME_SUFFIXES.contains_lower(last) => rest.trim_end_matches(','),
        _ => name,
    }
}

/// The first name of a name of two words or more ("Jane" in "Jane Roe").
pub(super) fn first_name(name: &str) -> Option<&str> {
    let mut ws = name.split_whitespace();
    let first = ws.next()?;
    ws.next().map(|_| first)
}

/// The most words a fuller form of a name has before the surname ("Mary Ann L.").
const MAX_NAME_WORDS: usize = 4;

/// How far before and after a surname given alone its fuller form is looked for, in bytes: the whole of
/// any news article, and a bounded cost per surname in a document of many megabytes.
pub(super) const FULLER_FORM_REACH: usize = 1 << 16;

/// The bytes of `text` within `FULLER_FORM_REACH` of `span`, where what is looked for around it is looked
/// for.
pub(super) fn reach(text: &str, span: Span) -> std::ops::Range<usize> {
    span.start.saturating_sub(FULLER_FORM_REACH)..text.len().min(span.end + FULLER_FORM_REACH)
}

/// The fullest form of a person's name that `text` gives for a surname, and what its first names say.
pub(super) struct Fullest {
    pub span: Span,
    /// The gender that the first names of the fuller forms say, when they agree: none when the text
    /// also names another of that surname by a first name of the other gender (Liz and Dick Cheney).
    pub gender: Option<Gender>,
}

/// The fullest form of a person's name that `text` gives for `surname` within `FULLER_FORM_REACH` of it:
/// the longest run of capitalised words that ends with it, with no title in it ("Elena Marković" for
/// "Marković"); `surname` itself when the text gives no fuller one. A form whose first name says the other
/// gender than `gender` (an honorific's) is another person's: "Mr. Jackson" is not "Katherine Jackson".
/// A first name the table lacks ("Mitt Romney") makes a fuller form only when no listed one does, and
/// not where `not_person` says the gazetteer names something else ("American Dent").
pub(super) fn fullest(text: &str, surname: Span, gender: Option<Gender>, not_person: impl Fn(Span) -> bool) -> Fullest {
    let word = &text[surname.start..surname.end];
    let mut best = surname;
    let mut unlisted = surname;
    let mut genders = (false, false);
    let near = reach(text, surname);
    for at in occurrences(text, near.clone(), word) {
        let end = at + word.len();
        // The capitalised words just before, one space apart, back to a title or a punctuation mark.
        let mut start = at;
        // Where the fuller form opens (at its leftmost first name, or after a title), with the gender of
        // the first name it opens with; and the gender of the word read before, right of `start`.
        let mut opens: Option<(usize, Option<Gender>)> = None;
        let mut gender_after = None;
        for _ in 0..MAX_NAME_WORDS {
            let Some(left) = text[..start].strip_suffix(' ') else { break };
            let s = left.rsplit(char::is_whitespace).next().unwrap_or("");
            let punctuated = s.contains([',', ';', ':', '"', '“', '”', '?', '!', '(', ')']);
            let lower = lexicon::lowercase(s);
            // A full stop ends a sentence ("for Channel TV. Fletcher was"), but not an initial's ("J. R.
            // Rose", "J.R."), a title's ("Dr.") or a particle's ("St.").
            let stop = s.ends_with('.')
                && !s.split('.').all(|part| part.chars().count() <= 1)
                && !lexicon::NAME_TITLES.contains(&lower)
                && !lexicon::SURNAME_PREFIXES.contains(lower.trim_end_matches('.'));
            if s.is_empty() || !is_capitalised(s) || punctuated || stop {
                break;
            }
            if lexicon::NAME_TITLES.contains(&lower) {
                opens = Some((start, gender_after));
                break;
            }
            // A headline in capitals: "Ryan With Roe" ("Will Roe" is a name).
            let function = lexicon::STOP_WORDS.contains(&lower)
                || lexicon::DETERMINERS.contains(&lower)
                || lexicon::NAME_LINKS.contains(&lower);
            let gender = lexicon::first_name_gender(s);
            if function && gender.is_none() {
                break;
            }
            start = left.len() - s.len();
            if gender.is_some() {
                opens = Some((start, gender));
            }
            gender_after = gender;
        }
        // "Mitt Romney", "Kellyanne Conway": a first name the table lacks, alone before the surname.
        if opens.is_none() {
            if let Some(first) = unlisted_first_name(text, at, near.clone())
                .filter(|&first| !not_person(Span { start: first, end: at.saturating_sub(1) }))
                && end - first > unlisted.end - unlisted.start
            {
                unlisted = Span { start: first, end };
            }
            continue;
        }
        // "Senate Democrat Roe" and "The Race Card On Roe" are no names; "Sen. Bernie Roe" and "Mary
        // Ann Roe" are.
        let other = |g: Option<Gender>| g.is_some() && gender.is_some() && g != gender;
        if let Some((start, first)) = opens.filter(|&(s, g)| s < at && !other(g)) {
            match first {
                Some(Gender::Female) => genders.0 = true,
                Some(Gender::Male) => genders.1 = true,
                None => {}
            }
            if end - start > best.end - best.start {
                best = Span { start, end };
            }
        }
    }
    let gender = match genders {
        (true, false) => Some(Gender::Female),
        (false, true) => Some(Gender::Male),
        _ => None,
    };
    Fullest { span: if best == surname { unlisted } else { best }, gender }
}

/// Whether the one word right before the surname at `at` is a first name that the table of first names
/// lacks ("Mitt Romney", "Kellyanne Conway", "Megyn Kelly"): capitalised, after a lowercase word, a title
/// or nothing, and no word of the text in lowercase (within `range`) nor of a table of words that are no
/// names ("Senate Democrat Roe", "Will Roe" beside "will"). Where that first name starts.
fn unlisted_first_name(text: &str, at: usize, range: std::ops::Range<usize>) -> Option<usize> {
    let left = text[..at].strip_suffix(' ')?;
    let w = left.rsplit(char::is_whitespace).next().unwrap_or("");
    // One capital, the first ("PlayStation Portable" is a product's name). The cheap tests come first: most
    // words before a surname fail one.
    let shape = w.chars().count() > 1
        && w.chars().all(char::is_alphabetic)
        && is_capitalised(w)
        && !w.chars().skip(1).any(char::is_uppercase);
    if !shape {
        return None;
    }
    let before = left[..left.len() - w.len()].trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("").trim_start_matches(['"', '“', '‘', '\'', '(']);
    let alone = prev.is_empty()
        || !is_capitalised(prev)
        || lexicon::NAME_TITLES.contains_lower(prev)
        || before.ends_with(['.', ',', ':', ';', '"', '“', '(', '\n']);
    // A headline's run of capitals ("Celebrating Clinton At Home") is no name's.
    let mut rest = text[at..].split_whitespace();
    let surname = rest.next().unwrap_or("");
    let headline = rest.next().is_some_and(is_capitalised) && !surname.ends_with(['.', ',']);
    if !alone || headline {
        return None;
    }
    let lower = lexicon::lowercase(w);
    let nameless = lexicon::STOP_WORDS.contains(&lower)
        || lexicon::DETERMINERS.contains(&lower)
        || lexicon::NAME_LINKS.contains(&lower)
        || lexicon::NAME_TITLES.contains(&lower)
        || lexicon::PARTY_MEMBERS.contains(&lower)
        || lexicon::ORGANISATION_HEADS.contains(&lower)
        || lexicon::NAMELESS_WORDS.contains(&lower)
        || lexicon::TIME_WORDS.contains(&lower)
        || lexicon::MONTHS.contains(&lower)
        || lexicon::SOURCE_NOUNS.contains(&lower)
        || lexicon::INTRODUCTORY_PREPOSITIONS.contains(&lower)
        // "Painting Trump", "Interestingly Blocher" (but "Kelly", "Beverly").
        || lower.len() > 4 && lower.ends_with("ing")
        || lower.len() > 7 && lower.ends_with("ly");
    (!nameless && occurrences(text, range, &lower).next().is_none()).then(|| left.len() - w.len())
}

/// Whether the capitalised word at `word` is an ordinary word that opens its sentence: the text, within
/// `FULLER_FORM_REACH`, never writes it with its capital where no sentence opens, and either also writes
/// it in lowercase as a word of its own or it is a plural. Its capital is then the sentence's: "Network has
/// offered a path ..." beside "the network has provided", "Millennials say C", "Investors want C" (but
/// "Apple wants ..." beside "journalists and Apple"). For a word that is a whole name (`alone`), its
/// capital inside a longer name says nothing ("the Office for National Statistics", "Global Investors");
/// for the first word of a name it does ("News Corporation" beside "Fox News"), and only a lowercase form
/// makes it ordinary, not a plural's shape ("Rhys Williams").
pub(super) fn ordinary_word(text: &str, word: Span, alone: bool) -> bool {
    let written = &text[word.start..word.end];
    if !opens_sentence(text, word.start) {
        return false;
    }
    // (`written_in_lowercase` is false for a word with no capital.)
    let in_lowercase = written_in_lowercase(text, word);
    // "Hess", "Congress" end in "s" but are no plurals.
    let plural = alone && written.len() > 3 && written.ends_with('s') && !written.ends_with("ss");
    if !in_lowercase && (!plural || written.to_lowercase() == written) {
        return false;
    }
    // (A plural's shape alone does not outweigh a longer name: "Boris" beside "Boris Johnson".)
    let longer = |at: usize| alone && in_lowercase && in_longer_name(text, at, at + written.len());
    occurrences(text, reach(text, word), written).all(|at| opens_sentence(text, at) || longer(at))
}

/// Whether the capitalised word at `word` is the plural of a people's, a faith's or a group's noun: the
/// text, within `FULLER_FORM_REACH`, also writes its singular as a word of its own ("Muslims" beside "a
/// Muslim charity", "Europeans" beside "European leaders"), and that singular is no first name ("Williams"
/// beside "William Hague"). Such a word names no one in particular, as "Democrats" does.
pub(super) fn group_plural(text: &str, word: Span) -> bool {
    let written = &text[word.start..word.end];
    let Some(singular) = written.strip_suffix('s').filter(|s| s.len() > 2 && !s.ends_with('s')) else {
        return false;
    };
    lexicon::first_name_gender(singular).is_none() && occurrences(text, reach(text, word), singular).next().is_some()
}

/// Whether the word at `start..end` stands next to a capitalised word, one space away: part of a longer
/// name.
fn in_longer_name(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].strip_suffix(' ').and_then(|left| left.rsplit(char::is_whitespace).next());
    let after = text[end..].strip_prefix(' ').and_then(|right| right.split(char::is_whitespace).next());
    before.is_some_and(is_capitalised) || after.is_some_and(is_capitalised)
}

/// Whether the word at `word`, before more of a name, is an ordinary word that opens its sentence
/// ([`ordinary_word`], not alone), and no initial, article, particle ("De Blasio") nor first name.
fn ordinary_opener(text: &str, word: Span) -> bool {
    let written = &text[word.start..word.end];
    written.chars().nth(1).is_some()
        && !lexicon::DETERMINERS.contains_lower(written)
        && !lexicon::SURNAME_PARTICLES.contains_lower(written)
        && lexicon::first_name_gender(written).is_none()
        && ordinary_word(text, word, false)
}

/// Whether the text, within `FULLER_FORM_REACH` of the word at `word`, also writes it in lowercase.
fn written_in_lowercase(text: &str, word: Span) -> bool {
    let lower = text[word.start..word.end].to_lowercase();
    lower != text[word.start..word.end] && occurrences(text, reach(text, word), &lower).next().is_some()
}

/// Where the text writes `name` as it is, within `FULLER_FORM_REACH` of `near`: the places a person it
/// names is mentioned.
pub(super) fn written_near<'t>(text: &'t str, near: Span, name: &'t str) -> impl Iterator<Item = Span> + 't {
    occurrences(text, reach(text, near), name).map(|at| Span { start: at, end: at + name.len() })
}

/// Where `word` occurs in `range` of `text` as a word of its own (by memchr's vectorised search).
pub(super) fn occurrences<'t>(
    text: &'t str,
    range: std::ops::Range<usize>,
    word: &'t str,
) -> impl Iterator<Item = usize> + 't {
    let lo = range.start;
    // Bytes: a match of a UTF-8 word starts on a character boundary.
    memchr::memmem::find_iter(&text.as_bytes()[range], word.as_bytes()).map(move |at| lo + at).filter(move |&at| {
        !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            && !text[at + word.len()..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// Whether a sentence opens at byte `at`: nothing but an opening quotation mark or bracket stands between
/// it and a full stop, a question or exclamation mark (not the period of a title or an initial: "Dr. Rose",
/// "J. Rose"), a line break, or the start of the text.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(['"', '“', '‘', '\'', '(']);
    let trimmed = before.trim_end();
    trimmed.is_empty() || before[trimmed.len()..].contains('\n') || {
        let closed = trimmed.trim_end_matches(['"', '”', '’', '\'', ')']);
        let last = closed.rsplit(char::is_whitespace).next().unwrap_or("");
        closed.ends_with(['.', '!', '?'])
            && !lexicon::NAME_TITLES.contains_lower(last)
            && last.trim_end_matches('.').chars().nth(1).is_some()
    }
}
