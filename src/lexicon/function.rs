//! Function words: determiners, quantifiers, auxiliaries, conjunctions and the stop words that bound a
//! source phrase, with the subsets of them that single rules read.

use once_cell::sync::Lazy;

use super::{WordSet, Words, set};

/// Words that open a noun phrase; a source read backwards stops after one.
#[rustfmt::skip]
pub(crate) static DETERMINERS: Lazy<WordSet> = Lazy::new(|| {
    set(&[
        "the", "a", "an", "this", "these", "those", "some", "many", "most", "several", "all", "both", "few",
        "other", "another", "its", "his", "her", "their", "our", "my", "your", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "no", "any", "each", "every", "more", "fewer", "such",
    ])
});

/// Quantifiers that also stand alone for the people they count ("Several said", "Many say", "Two in three
/// agreed"): before a verb they are its subject, not a determiner.
#[rustfmt::skip]
pub(crate) static QUANTIFIERS: Lazy<WordSet> = Lazy::new(|| {
    set(&[
        "some", "many", "most", "several", "all", "both", "few", "others", "another", "none", "neither", "either",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "majority",
        "third", "thirds", "quarter", "quarters", "fourths", "fifths", "plurality", "minority",
    ])
});

/// Modals that are also names ("Theresa May said", "the talks failed, May said", "George Will wrote"):
/// where a modal cannot stand, the name (see `claims::reader::Lowered::forms_in`).
pub(crate) const NAME_MODALS: Words = Words::new(&["may", "will"]);

/// Modals that are also first names ("said Will Doyle, a professor", "Will Hurd said"): before a surname
/// that ends the name, the name. Not "may", which is also a month before a name ("In May Trump said").
pub(crate) const FIRST_NAME_MODALS: Words = Words::new(&["will"]);

/// Auxiliaries, negation and adverbs that a cue absorbs on its left ("has claimed", "did not rule out").
#[rustfmt::skip]
pub(crate) static AUXILIARIES: Lazy<WordSet> = Lazy::new(|| {
    set(&[
        "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "did", "does", "do", "is", "are", "was", "were", "be", "been", "being", "not", "never", "also", "still",
        "already", "later", "again", "even", "just", "once", "often", "then", "now", "too", "didn't", "doesn't",
        "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "aren't", "wasn't", "weren't",
        "can't", "couldn't", "shouldn't", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "won’t", "wouldn’t",
        "isn’t", "wasn’t", "can’t", "couldn’t", "to",
    ])
});

/// Quantifiers that take a singular verb ("One says C", "Each claims C"): a verb in -s after one is no noun.
pub(crate) const SINGULAR_QUANTIFIERS: Words = Words::new(&["one", "another", "each", "neither", "either"]);

/// Quantifiers that float after an auxiliary into a verb group ("have both urged").
pub(crate) const FLOATING_QUANTIFIERS: Words = Words::new(&["both", "all", "each"]);

/// Articles and possessives that, before a number or quantifier, belong to the phrase ("The two senators",
/// "his many critics").
#[rustfmt::skip]
pub(crate) const ARTICLES_AND_POSSESSIVES: Words = Words::new(&[
    "the", "a", "an", "these", "those", "its", "his", "her", "their", "our", "my", "your",
]);

/// The articles: a word after one is a noun ("a recount").
pub(crate) const ARTICLES: Words = Words::new(&["the", "a", "an"]);

/// Indefinite articles: after one, a naming participle names a thing ("a group called Ginbot 7").
pub(crate) const INDEFINITE_ARTICLES: Words = Words::new(&["a", "an"]);

/// Words after a source's noun that narrow whom it counts: a poll's participle or a scope ("voters
/// polled", "those surveyed", "Democrats nationwide", "voters overall"). Not "interviewed" nor
/// "questioned", which follow their subject as often ("superdelegates POLITICO interviewed predicted").
#[rustfmt::skip]
pub(crate) const COUNTED_MODIFIERS: Words = Words::new(&[
    "polled", "surveyed", "sampled", "overall", "nationwide", "nationally", "statewide",
]);

/// Words before a count that belong to it ("more than 4 in 10 said", "nearly one in three", "Only three
/// senators", "just over a quarter").
pub(crate) const COUNT_MODIFIERS: Words = Words::new(&[
    "than", "more", "about", "nearly", "almost", "roughly", "fewer", "less", "only", "just", "over", "under",
]);

/// Number words, besides numerals: counts that "about" makes approximate ("said about half of them left",
/// "about a third of voters") and the counts of "eight in 10 voters".
#[rustfmt::skip]
pub(crate) const NUMBER_WORDS: Words = Words::new(&[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "half", "third",
    "thirds", "quarter", "quarters", "fifth", "tenth",
]);

/// Finite auxiliaries and forms of "be" and "have": a noun's own verb after it ("the jobs report has
/// cleared"), the main verb that ends a subject noun phrase ("his decision to run has drawn C").
#[rustfmt::skip]
pub(crate) const FINITE_AUXILIARIES: Words = Words::new(&[
    "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "is", "are", "was",
    "were",
]);

/// Modals, after which a verb is in its base form ("would sit Putin down and tell him").
pub(crate) const MODALS: Words =
    Words::new(&["will", "would", "shall", "should", "can", "could", "may", "might", "must"]);

/// Auxiliaries that open a question before its subject ("Do you support X?", "Why would he say that?").
#[rustfmt::skip]
pub(crate) const QUESTION_AUXILIARIES: Words = Words::new(&[
    "do", "does", "did", "has", "have", "had", "will", "would", "could", "can", "should", "is", "are", "was",
    "were", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "aren't",
    "wasn't", "weren't", "hasn't", "haven't", "shouldn't",
]);

/// Forms of "be" that make a passive with a participle ("are expected to", "is being seen as").
pub(crate) const PASSIVE_AUXILIARIES: Words = Words::new(&["is", "are", "was", "were", "be", "been", "being"]);

/// Forms of "be" before a predicate: after one, only a participle is a verb ("is clear that" is an
/// adjective); the auxiliary of a designation ("is seen as"). Unlike [`PASSIVE_AUXILIARIES`], no "being".
pub(crate) const BE_FORMS: Words = Words::new(&["is", "are", "was", "were", "be", "been"]);

/// Words the auxiliaries' table lists that are no verb: after "that", they leave it a complementizer
/// ("said that not all ...").
pub(crate) const NON_VERB_AUXILIARIES: Words = Words::new(&["to", "not", "also", "still", "even", "just", "now"]);

/// Words between a noun and a verb of its own ("the report, which has", "a poll and has").
pub(crate) const VERB_LINKS: Words = Words::new(&["which", "and"]);

/// Conjunctions that coordinate clauses or phrases.
pub(crate) const COORDINATORS: Words = Words::new(&["and", "but"]);

/// Conjunctions that close a list ("jobs, safety and housing").
pub(crate) const LIST_CONJUNCTIONS: Words = Words::new(&["and", "or"]);

/// Conjunctions of reason after an interrupting cue, whose clause is part of what was said ("A, he said,
/// because B").
pub(crate) const REASON_CONJUNCTIONS: Words = Words::new(&["because", "so"]);

/// Conjunctions of condition: a stance in their clause is no one's ("if he is willing to C").
pub(crate) const CONDITIONALS: Words = Words::new(&["if", "unless", "whether"]);

/// Subordinators that open a clause before a content's comma ("said that when it rained, the roads
/// flooded"): the comma ends that clause, not the content.
#[rustfmt::skip]
pub(crate) const SUBORDINATORS: Words = Words::new(&[
    "when", "if", "because", "although", "though", "while", "after", "before", "since", "as", "unless", "once",
]);

/// Subordinators before a subject whose clause ends at its first comma ("while many voters are expected to
/// C, she ...").
#[rustfmt::skip]
pub(crate) const CLAUSE_SUBORDINATORS: Words = Words::new(&[
    "while", "although", "though", "if", "when", "because", "since", "whereas", "unless", "as",
]);

/// Subordinators before an "asked" that opens the question ("said when asked by Y about C").
pub(crate) const ASKED_SUBORDINATORS: Words = Words::new(&["when", "if", "as", "after", "once", "while", "whenever"]);

/// Subordinators before "asked" right after a quotation, which end the quotation's content (`"We'll see,"
/// when asked whether C`).
pub(crate) const ASKED_AFTER_QUOTE: Words = Words::new(&["when", "after", "before", "while", "as", "if"]);

/// Conjunctions and adverbs that may stand before a sentence's subject ("And even Obama tried").
pub(crate) const SUBJECT_OPENERS: Words =
    Words::new(&["and", "but", "or", "so", "yet", "still", "even", "also", "then"]);

/// Question words after the one asked ("asked Trump how C").
pub(crate) const QUESTION_WORDS: Words =
    Words::new(&["how", "if", "why", "whether", "what", "when", "where", "who", "which"]);

/// Words that open the question after a sentence-initial "Asked" ("Asked whether C, ...", "asked about C").
#[rustfmt::skip]
pub(crate) const QUESTION_OPENERS: Words = Words::new(&[
    "whether", "if", "why", "what", "how", "when", "where", "who", "whom", "which", "about",
]);

/// Words that open a clause after a verb: a complementizer or a question word ("felt that C", "asked why
/// C").
pub(crate) const CLAUSE_OPENING_WORDS: Words =
    Words::new(&["that", "whether", "if", "what", "why", "how", "when", "where", "who"]);

/// Words that open a clause of the content's own inside a subject noun phrase ("his claim that X, which
/// ..."), so that the main verb after them does not end the content.
pub(crate) const CONTENT_CLAUSE_OPENERS: Words =
    Words::new(&["that", "who", "which", "if", "because", "when", "while"]);

/// Lowercase words that can never be part of a source phrase: prepositions, conjunctions, relative and
/// other function words. A backward walk for a source stops at one.
#[rustfmt::skip]
pub(crate) static STOP_WORDS: Lazy<WordSet> = Lazy::new(|| {
    set(&[
        "and", "or", "but", "nor", "so", "yet", "that", "which", "when", "where", "while", "whereas", "because",
        "as", "if", "unless", "although", "though", "after", "before", "since", "until", "than", "in", "on", "at",
        "by", "with", "from", "into", "onto", "about", "over", "under", "against", "between", "through", "during",
        "without", "within", "via", "like", "amid", "among", "upon", "toward", "towards", "per", "whether", "what",
        "how", "why", "there", "here", "who", "whom", "whose", "not", "also", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do",
        "does", "did", "however", "meanwhile", "instead", "then", "now", "yesterday", "today", "tomorrow", "said",
        "says", "say", "told", "it's", "let", "let's", "according",
    ])
});

/// Words inside a name that does not end a source ("Ambassador to Iraq", "Secretary of State").
#[rustfmt::skip]
pub(crate) static NAME_LINKS: Lazy<WordSet> =
    Lazy::new(|| set(&["of", "to", "for", "de", "al", "bin", "van", "von", "du", "da", "del"]));

/// Abbreviations whose period does not end a sentence ("Mr.", "Sen.", "Jan."), compared without case.
#[rustfmt::skip]
pub(crate) const ABBREVIATIONS: Words = Words::new(&[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "prof", "st", "jr", "sr", "inc", "co",
    "corp", "ltd", "v", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "rev", "sgt", "adm", "maj",
    "cmdr", "supt", "ft", "mt", "messrs", "pres", "atty", "dept", "univ", "est", "brig", "cpl", "pvt",
]);

/// Capitalised words, as written, that open sentences and never continue a name, so that an abbreviation's
/// stop before them ends a sentence.
#[rustfmt::skip]
pub(crate) const SENTENCE_OPENERS: Words = Words::new(&[
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That", "These", "Those", "There", "A",
    "An", "His", "Her", "Their", "Its", "When", "While", "After", "If", "As",
]);
