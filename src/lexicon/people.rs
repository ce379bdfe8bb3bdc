//! People: the words around a person's name that the speakers' rules read: honorifics and titles before
//! a name, the gender some of them say, and the nouns of a role that a later description repeats.

use once_cell::sync::Lazy;

use super::{Gender, WordSet, Words, set};

/// Honorifics and titles that may stand before a name and are not part of it ("Sen. Rubio", "Gov.
/// Martin Roe", "Senate Minority Leader Harry Roe"), lowercase; also the role nouns whose definite
/// descriptions ("the commissioner") the speakers' rules resolve. A hash set: every word of a source
/// phrase is looked up in it.
#[rustfmt::skip]
pub(crate) static NAME_TITLES: Lazy<WordSet> = Lazy::new(|| {
    set(&[
        "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.", "professor", "sir", "dame", "lord",
        "lady", "president", "vice", "minister", "prime", "secretary", "ambassador", "senator", "sen.", "sens.",
        "rep.", "reps.", "gov.", "governor", "lt.", "mayor", "general", "gen.", "colonel", "col.", "captain",
        "capt.", "adm.", "admiral", "sgt.", "sergeant", "officer", "detective", "sheriff", "sheikh", "king",
        "queen", "prince", "princess", "pope", "chancellor", "speaker", "judge", "justice", "attorney",
        "commissioner", "envoy", "deputy", "former", "acting", "chief", "representative", "congressman",
        "congresswoman", "director", "chairman", "chairwoman", "chair", "leader", "candidate", "nominee",
        "executive", "ceo", "spokesman", "spokeswoman", "spokesperson", "rev.", "reverend", "father", "rabbi",
        "imam", "cardinal", "bishop", "superintendent", "coach", "anchor", "host", "columnist", "correspondent",
        "reporter", "editor", "author", "analyst", "adviser", "advisor", "aide", "hacker", "activist", "founder",
        "owner", "agent", "economist", "pollster", "strategist", "manager", "lawyer", "actor", "actress",
        "comedian", "singer", "businessman", "businesswoman", "billionaire", "prosecutor", "inspector",
        "scientist", "researcher", "historian", "physician", "doctor", "mogul", "head", "maj.", "lieutenant", "brig.",
        "brigadier", "commander", "cmdr.", "cpl.", "corporal", "pvt.", "prof", "rep", "baroness", "mp", "mep", "msp",
        "midfielder", "striker", "defender", "goalkeeper", "winger", "skipper", "boss", "player", "coordinator",
    ])
});

/// Titles of [`NAME_TITLES`] that also follow a name ("Frank Field MP"): there, they end it.
pub(crate) const POSTNOMINAL_TITLES: Words = Words::new(&["mp", "mep", "msp"]);

/// Honorifics and abbreviated titles that stand only before a person's name ("Dr Fox", "Sen. Jackson"):
/// a place or an organisation named right after one is no one's entity there ("Dr Fox" is not Fox News;
/// see [`person_word_before`]).
#[rustfmt::skip]
pub(crate) const PERSONAL_TITLES: Words = Words::new(&[
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.", "prof", "sir", "dame", "sen.", "sens.",
    "rep.", "reps.", "gov.", "lt.", "gen.", "col.", "capt.", "adm.", "sgt.", "rev.", "maj.", "brig.", "cmdr.",
    "cpl.", "pvt.",
]);

/// Whether the word right before byte `at` of `text` makes what follows a person's name: one of
/// [`PERSONAL_TITLES`] ("Dr Fox") or a capitalised first name that says a gender ("Philip French").
pub(crate) fn person_word_before(text: &str, at: usize) -> bool {
    let word = text[..at].trim_end_matches(' ').rsplit(char::is_whitespace).next().unwrap_or("");
    let first_name = || word.starts_with(char::is_uppercase) && super::first_name_gender(word).is_some();
    at > 0 && text.as_bytes()[at - 1] == b' ' && (PERSONAL_TITLES.contains_lower(word) || first_name())
}

/// Titles and nouns that say a person's gender ("Mrs. Roe", "the congresswoman"), lowercase.
pub(crate) const GENDERED_TITLES: &[(&str, Gender)] = &[
    ("mr.", Gender::Male),
    ("mr", Gender::Male),
    ("sir", Gender::Male),
    ("lord", Gender::Male),
    ("king", Gender::Male),
    ("prince", Gender::Male),
    ("congressman", Gender::Male),
    ("chairman", Gender::Male),
    ("spokesman", Gender::Male),
    ("father", Gender::Male),
    ("mrs.", Gender::Female),
    ("mrs", Gender::Female),
    ("ms.", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("dame", Gender::Female),
    ("lady", Gender::Female),
    ("baroness", Gender::Female),
    ("queen", Gender::Female),
    ("princess", Gender::Female),
    ("congresswoman", Gender::Female),
    ("chairwoman", Gender::Female),
    ("spokeswoman", Gender::Female),
];

/// The gender a title or noun says ("Mrs." is female), lowercase.
pub(crate) fn title_gender(word: &str) -> Option<Gender> {
    GENDERED_TITLES.iter().find(|(w, _)| *w == word).map(|&(_, g)| g)
}

/// The word just before byte `at` of `text`, across any white space ("Mrs." before "Roe"); empty at the
/// text's start.
pub(crate) fn word_before(text: &str, at: usize) -> &str {
    text[..at].trim_end().rsplit(char::is_whitespace).next().unwrap_or("")
}

/// The title of [`GENDERED_TITLES`] that is the word just before byte `at` of `text`, lowercase ("mrs."
/// before "Roe").
pub(crate) fn title_before(text: &str, at: usize) -> Option<&'static str> {
    let word = word_before(text, at);
    GENDERED_TITLES.iter().find(|(t, _)| t.eq_ignore_ascii_case(word)).map(|&(t, _)| t)
}

/// The gender that the honorific just before byte `at` of `text` says ("Mr." before "Roe"); a role noun
/// such as "chairman", said of women too, says none.
pub(crate) fn honorific_gender_before(text: &str, at: usize) -> Option<Gender> {
    title_before(text, at).filter(|t| HONORIFICS.contains(t)).and_then(title_gender)
}

/// The titles of `GENDERED_TITLES` that stand before a surname alone in running text ("Ms. Nwanguma",
/// "Mr Obama"): a person's, of that gender. (A noun of office, "chairman", may head other things.)
pub(crate) const HONORIFICS: &[&str] = &["mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "sir", "dame", "baroness"];

/// Particles that a surname may open with in lowercase ("al-Sudani", "van Dijk", "de la Cruz").
pub(crate) const NAME_PARTICLES: Words = Words::new(&[
    "al", "al-", "el", "bin", "ibn", "abu", "da", "de", "del", "della", "der", "di", "dos", "du", "la", "le", "van",
    "von",
]);

/// Particles that stand before a surname as words of their own in a full name ("Mohammed Shia al Sudani",
/// "Ludwig van Beethoven"), normalised: a surname's short forms keep them ("al Sudani" beside "Sudani"),
/// and a first or last word that is one is no first name or surname.
#[rustfmt::skip]
pub(crate) const SURNAME_PARTICLES: Words = Words::new(&[
    "abu", "al", "ben", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la", "le", "ul", "van", "von"
]);

/// Prefixes that a surname writes against its capital ("McCain", "MacArthur", "DeLay", "LaHood",
/// "DiCaprio", "VandeHei", "FitzGerald", "O'Neill"), lowercase: before any other capital inside a word,
/// the word is a brand's ("SpiceJet", "YouTube", "LokiTorrent").
#[rustfmt::skip]
pub(crate) const SURNAME_PREFIXES: Words = Words::new(&[
    "mc", "mac", "de", "del", "des", "di", "da", "du", "la", "le", "van", "vande", "vander", "von", "fitz", "st",
    "o'", "o’", "d'", "d’", "ben", "abu",
]);

/// Generational suffixes after a surname ("Martin Luther King Jr."), which its short forms drop, normalised.
pub(crate) const NAME_SUFFIXES: Words = Words::new(&["ii", "iii", "iv", "jr", "jr.", "sr", "sr."]);

/// Words between a person or a role and the body, place or person they belong to ("Mujtaba Rahman of the
/// Eurasia Group", "the former CEO of Hewlett-Packard", "an analyst at Moody's", "an adviser to Jane Roe",
/// "a person close to the Clintons"): the name after them is not the speaker's. ("From" is not one: "a
/// report from Judicial Watch" is Judicial Watch's.)
pub(crate) const AFFILIATION_PREPOSITIONS: Words = Words::new(&["of", "for", "at", "with", "to"]);

/// A member of a party, capitalised, as a name's last word makes a description of a name ("the South
/// Carolina Republican", "a Nevada Democrat"), lowercase.
pub(crate) const PARTY_MEMBERS: Words = Words::new(&["democrat", "republican"]);

/// Capitalised words that name no one in particular ("Democrats said", "Someone asked"): members of a
/// party or a people, and indefinite pronouns, lowercase.
pub(crate) const NAMELESS_WORDS: Words = Words::new(&[
    "democrats",
    "republicans",
    "conservatives",
    "liberals",
    "progressives",
    "independents",
    "americans",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "nobody",
    "no-one",
]);

/// Last words of the names of places, buildings, bodies, companies, outlets and things, even those that open
/// with a first name ("the Rose Garden", "Grant Park", "Chase Bank", "the Mark Twain Prize", "Paramount
/// Pictures", "Qwest Communications", "Breitbart News", "Judicial Watch"), lowercase: such a name is no
/// person's.
#[rustfmt::skip]
pub(crate) const NOT_PEOPLE_LAST_WORDS: Words = Words::new(&[
    "park", "garden", "gardens", "bank", "street", "avenue", "road", "boulevard", "center", "centre", "hall",
    "house", "square", "river", "beach", "island", "county", "college", "university", "school", "hospital",
    "church", "airport", "bridge", "station", "stadium", "arena", "hotel", "building", "tower", "library",
    "museum", "lake", "mountain", "valley", "city", "institute", "foundation", "fund", "prize", "award", "act",
    "day", "company", "group", "report", "review", "show", "project", "memorial", "trust", "corporation",
    "coast", "co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "studio", "studios",
    "international", "records", "pictures", "entertainment", "airlines", "airways", "motor", "motors",
    "communications", "holdings", "ventures", "partners", "industries", "technologies", "systems", "networks",
    "software", "electronics", "telecom", "securities", "insurance", "pharmaceuticals", "retail", "societies",
    "united", "athletics", "news", "watch", "daily", "journal", "journalism", "magazine", "gazette", "herald",
    "tribune", "digest", "video", "tobacco", "media", "games", "music", "research", "energy", "oil", "gas",
    "capital", "investments", "petroleum", "chemicals", "foods", "mobile", "telecoms", "films", "publishing",
    "logistics", "consulting", "associates", "solutions", "services", "labs", "laboratories",
]);

/// Nouns for one person of a nation that are no adjective ("the Scot said", "the Spaniard", "the
/// Frenchwoman"); with the gazetteer's nationalities in the singular ("the American"), a description of
/// a person.
#[rustfmt::skip]
pub(crate) const DEMONYM_NOUNS: Words = Words::new(&[
    "scot", "spaniard", "briton", "swede", "dane", "pole", "turk", "finn", "kiwi", "aussie", "brit",
    "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "welshman",
    "welshwoman", "scotsman", "scotswoman", "dutchman", "dutchwoman",
]);

/// Endings of nationalities that name a people, not one person ("the Japanese", "the British", "the
/// French", "the Swiss").
pub(crate) const COLLECTIVE_NATIONALITY_ENDINGS: &[&str] = &["ese", "ish", "ch", "ss", "s"];
