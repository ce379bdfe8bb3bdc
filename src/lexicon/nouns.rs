//! Nouns: the heads of anonymous sources, titles, media, and the nouns of stance, occasion, attitude and
//! polls that the rules read after a possessive or a preposition.

use once_cell::sync::Lazy;

use super::{WordSet, Words, set};

/// Nouns that head an anonymous source ("officials said", "a security source confirmed"), singular;
/// plurals are derived.
pub(crate) static SOURCE_NOUNS: Lazy<WordSet<String>> = Lazy::new(|| {
    #[rustfmt::skip]
    const NOUNS: &[&str] = &[
        "official", "source", "spokesperson", "spokesman", "spokeswoman", "analyst", "diplomat", "expert",
        "witness", "resident", "aide", "adviser", "advisor", "observer", "critic", "supporter", "opponent",
        "investigator", "prosecutor", "lawyer", "attorney", "researcher", "scientist", "economist", "strategist",
        "commander", "officer", "militia", "militant", "group", "insider", "staffer", "representative", "lawmaker",
        "legislator", "activist", "voter", "member", "leader", "worker", "employee", "person", "people", "man",
        "woman", "men", "women", "police", "authorities", "government", "ministry", "agency", "report", "study",
        "survey", "poll", "polling", "data", "statement", "document", "analysis", "research", "percent", "majority",
        "minority", "campaign", "administration", "committee", "council", "court", "judge", "army", "military",
        "company", "firm", "organisation", "organization", "movement", "party", "coalition", "faction", "side",
        "team", "office", "department", "board", "candidate", "colleague", "friend", "family", "doctor", "teacher",
        "student", "parent", "citizen", "executive", "director", "chief", "head", "chairman", "chairwoman",
        "chair", "founder", "owner", "author", "writer", "columnist", "editor", "reporter", "correspondent",
        "journalist", "host", "commentator", "pundit", "blogger", "historian", "professor", "scholar", "academic",
        "think tank", "advocate", "respondent", "speaker", "associate", "ally", "rival", "delegate", "donor",
        "operative", "consultant", "pollster", "organizer", "organiser", "participant", "protester", "demonstrator",
        "manager", "nominee", "front-runner", "frontrunner", "contender", "challenger", "incumbent", "senator",
        "governor", "mayor", "minister", "president", "secretary", "ambassador", "general", "congressman",
        "congresswoman", "official", "backer", "surrogate", "veteran", "survivor", "victim", "neighbor",
        "neighbour", "owner", "lobbyist", "negotiator", "mediator", "envoy", "regulator", "trader", "dealer",
        "banker", "broker",
    ];
    let mut s = WordSet::default();
    for n in NOUNS.iter().chain(KIN_NOUNS) {
        s.insert(n.to_string());
        s.insert(plural(n));
    }
    for n in KIN_IRREGULAR_PLURALS {
        s.insert(n.to_string());
    }
    // Plurals in -men.
    for n in NOUNS.iter().filter_map(|n| n.strip_suffix("man")) {
        s.insert(format!("{n}men"));
    }
    s
});

/// Family members, singular: sources ("Roe's husband said", "the victim's mother told reporters") who are
/// not the person their possessive names.
#[rustfmt::skip]
const KIN_NOUNS: &[&str] = &[
    "husband", "wife", "spouse", "partner", "son", "daughter", "mother", "father", "brother", "sister", "child",
    "widow", "widower", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandmother",
    "grandfather", "fiance", "fiancee", "boyfriend", "girlfriend",
];

/// The plurals of [`KIN_NOUNS`] that no rule derives.
const KIN_IRREGULAR_PLURALS: &[&str] = &["wives", "children"];

/// [`KIN_NOUNS`] and their plurals: a hash set, asked of every capitalised source head.
static KIN: Lazy<WordSet<String>> = Lazy::new(|| {
    let mut s = WordSet::default();
    for n in KIN_NOUNS {
        s.insert(n.to_string());
        s.insert(plural(n));
    }
    for n in KIN_IRREGULAR_PLURALS {
        s.insert(n.to_string());
    }
    s
});

/// Whether `word` (lowercase) is a family member or several: "husband", "daughters", "children".
pub(crate) fn is_kin(word: &str) -> bool {
    KIN.contains(word)
}

/// The plural of a regular English noun.
pub(crate) fn plural(noun: &str) -> String {
    let (stem, ending) = plural_parts(noun);
    format!("{stem}{ending}")
}

/// Whether `word` is the plural of the regular English noun `noun`, as [`plural`] makes it, without
/// making it: asked of every cue found.
pub(crate) fn is_plural_of(word: &str, noun: &str) -> bool {
    let (stem, ending) = plural_parts(noun);
    word.len() == stem.len() + ending.len() && word.starts_with(stem) && word.ends_with(ending)
}

/// A regular plural as the noun's stem and the ending added to it ("cit" and "ies" for "city").
fn plural_parts(noun: &str) -> (&str, &'static str) {
    let b = noun.as_bytes();
    if noun.ends_with('y') && b.len() > 1 && !matches!(b[b.len() - 2], b'a' | b'e' | b'o' | b'u') {
        (&noun[..noun.len() - 1], "ies")
    } else if ["s", "sh", "ch", "x"].iter().any(|e| noun.ends_with(e)) {
        (noun, "es")
    } else {
        (noun, "s")
    }
}

/// Titles that may precede a name inside a source ("Prime Minister al-Sudani", "Sen. Rubio").
#[rustfmt::skip]
pub(crate) static TITLES: Lazy<WordSet> = Lazy::new(|| {
    set(&[
        "president", "minister", "prime", "secretary", "ambassador", "senator", "sen.", "rep.", "gov.", "governor",
        "mayor", "general", "gen.", "colonel", "col.", "captain", "capt.", "mr.", "mrs.", "ms.", "dr.", "prof.",
        "sheikh", "king", "queen", "prince", "princess", "chancellor", "speaker", "judge", "justice",
        "commissioner", "envoy", "deputy", "vice", "former", "acting", "chief", "lt.", "representative",
        "congressman", "congresswoman", "director", "chairman", "chairwoman", "maj.", "brig.", "brigadier",
        "lieutenant", "cmdr.",
    ])
});

/// Endings of singular nouns in -s ("business", "bus", "analysis"), which `looks_plural` turns away.
const SINGULAR_S_ENDINGS: &[&str] = &["ss", "us", "is"];

/// Whether a word looks like the plural of a noun: longer than three letters, in -s, but not in
/// [`SINGULAR_S_ENDINGS`].
pub(crate) fn looks_plural(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !SINGULAR_S_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// The possessor a possessive word names: "Roe" of "Roe's" or "Roe’s", "Sanders" of "Sanders'" or
/// "Sanders’" (an apostrophe alone makes a possessive only after an s).
pub(crate) fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix(['\'', '’']).filter(|w| w.ends_with(['s', 'S'])))
        .filter(|w| !w.is_empty())
}

/// Nouns of media and channels: a hearer or an object of "via" that is one of these is a medium.
pub(crate) static MEDIA_NOUNS: Lazy<WordSet<String>> = Lazy::new(|| {
    #[rustfmt::skip]
    const NOUNS: &[&str] = &[
        "platform", "newspaper", "paper", "agency", "channel", "network", "television", "tv", "radio", "website",
        "site", "outlet", "magazine", "broadcaster", "station", "news", "times", "post", "journal", "tribune",
        "herald", "press", "daily", "gazette", "wire", "podcast", "blog", "twitter", "facebook", "instagram",
        "telegram", "youtube", "tiktok", "account", "feed", "page", "show", "programme", "program", "interview",
        "media",
    ];
    NOUNS.iter().map(|n| n.to_string()).collect()
});

/// Prepositions that introduce a medium after a cue: "via the X platform", "on Twitter".
#[rustfmt::skip]
pub(crate) static MEDIUM_PREPOSITIONS: Lazy<WordSet> =
    Lazy::new(|| set(&["via", "on", "to", "with", "through"]));

/// Nouns of belief and assertion whose that-clause, after a possessive, is their owner's stance ("Roe's
/// belief that C", "their fear that C"). Not "claim": "X's claim that C" is as often the writer's
/// framing of a claim as the claim itself, and lost precision on tuning.
#[rustfmt::skip]
pub(crate) const THAT_NOUNS: Words = Words::new(&[
    "belief", "assertion", "contention", "insistence", "argument", "suggestion", "view", "fear", "hope",
    "warning", "prediction", "assessment", "conclusion", "admission", "acknowledgment", "acknowledgement",
    "promise", "charge", "allegation", "accusation", "complaint", "concern", "conviction", "insinuation",
]);

/// Nouns of speech and will whose infinitive, after a possessive, is their owner's stance ("Roe's refusal
/// to C"). Nouns of plain intention ("decision", "plan", "effort", "bid") are left out: the writer uses
/// them to narrate what was done rather than to report a stance.
pub(crate) const TO_NOUNS: Words = Words::new(&["refusal", "promise", "call", "proposal", "reluctance"]);

/// Nouns of praise and blame whose prepositional object, after a possessive, is what their owner judges
/// ("Roe's criticism of C", "his attacks on C"). Not "support for C", which mostly narrates.
#[rustfmt::skip]
pub(crate) const OBJECT_NOUNS: &[(&str, &[&str])] = &[
    ("criticism", &["of"]), ("criticisms", &["of"]), ("attack", &["on", "against"]), ("attacks", &["on", "against"]),
    ("praise", &["for", "of"]), ("embrace", &["of"]), ("call", &["for"]), ("calls", &["for"]),
];

/// Nouns of opinion in "in his view, C", "in the view of X, C".
pub(crate) const OPINION_NOUNS: Words = Words::new(&["view", "opinion", "estimation", "judgment", "judgement", "eyes"]);

/// Words that end a label before a colon, not a speaker ("BYLINE:", "The Latest:", "UPDATE:"), and the
/// labels of a feature's heading ("Profile: Gordon Brown", "Obituary: Dame Alicia Markova").
pub(crate) const COLON_LABELS: Words = Words::new(&[
    "profile",
    "obituary",
    "preview",
    "analysis",
    "result",
    "results",
    "q&a",
    "byline",
    "latest",
    "update",
    "updated",
    "related",
    "watch",
    "video",
    "photos",
    "photo",
    "note",
    "revealed",
    "breaking",
    "exclusive",
    "correction",
    "more",
    "week",
    "day",
    "total",
    "contributing",
    "reporting",
    "email",
    "e-mail",
    "contact",
    "follow",
    "credit",
    "credits",
    "source",
    "sources",
    "tags",
    "topics",
    "listen",
    "subscribe",
    "boom",
    "warning",
    "alert",
]);

/// Nouns of measured opinion that are the source of what is found "in" them.
pub(crate) const POLL_NOUNS: Words = Words::new(&["poll", "polls", "survey", "surveys", "polling"]);

/// Nouns of the occasion a claim was made on ("in an interview", "during the debate"): a phrase they head
/// after a content says where it was said, not what.
#[rustfmt::skip]
pub(crate) const OCCASION_NOUNS: Words = Words::new(&[
    "interview", "interviews", "tweet", "tweets", "statement", "statements", "speech", "speeches", "debate",
    "debates", "appearance", "appearances", "video", "letter", "op-ed", "post", "ad", "advertisement",
    "commercial", "email", "rally", "conference", "remarks", "hearing", "address", "memo", "column", "essay",
    "editorial", "book", "meeting", "briefing", "call", "podcast", "broadcast", "episode", "message", "filing",
    "report", "session", "forum", "event", "visit", "stop", "radio", "television", "print",
]);

/// Nouns of a message one publishes, whose content a participle after it gives ("a statement saying C",
/// "an open letter calling C", "a text message to supporters saying C").
#[rustfmt::skip]
pub(crate) const MESSAGE_NOUNS: Words = Words::new(&[
    "statement", "statements", "letter", "letters", "release", "message", "messages", "tweet", "tweets", "email",
    "emails", "memo", "memos", "report", "video", "post", "op-ed", "ad", "advertisement", "notice", "bulletin",
    "communique", "announcement", "text", "note",
]);

/// Nouns of attitude that, with their preposition, join the verb before them in a cue ("expressed
/// support for", "raised questions about", "offered condolences to").
#[rustfmt::skip]
pub(crate) const LIGHT_NOUNS: Words = Words::new(&[
    "support", "opposition", "criticism", "praise", "words", "opinion", "opinions", "view", "views", "thoughts",
    "concern", "concerns", "doubt", "doubts", "questions", "comments", "remarks", "hope", "hopes", "fear", "fears",
    "skepticism", "sympathy", "condolences", "gratitude", "admiration", "frustration", "outrage",
    "disappointment", "dismay", "regret", "optimism", "pessimism", "worries", "anger", "appreciation",
    "confidence", "contempt", "disdain", "enthusiasm",
]);

/// Words of broadcasting before a noun that a cue form shares ("a reality TV show", "news reports",
/// "morning shows").
pub(crate) const BROADCAST_WORDS: Words =
    Words::new(&["tv", "television", "radio", "talk", "reality", "news", "cable", "morning", "network", "game"]);
