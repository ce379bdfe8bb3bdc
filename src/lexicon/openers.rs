//! Boundaries: the prepositions and other words that open or end a phrase or clause around a cue, each
//! list named for the boundary it marks. Lists that share words but mark different boundaries are kept
//! apart: each was written for its construction, and merging them would change what the rules read.

use super::Words;

/// Words that open a topic or an adjunct rather than a claim ("commented on the situation",
/// "reported from Washington").
#[rustfmt::skip]
pub(crate) const TOPIC_PREPOSITIONS: Words = Words::new(&[
    "on", "about", "of", "with", "by", "from", "at", "into", "over", "up", "out", "off", "back", "away",
]);

/// Conjunctions that, after a comma, open the writer's own clause rather than more of the content.
pub(crate) const CONTENT_ENDERS: Words = Words::new(&["but", "although", "yet", "which", "while", "whereas"]);

/// Words after "but" that make it a contrast inside one clause, not a new one: "should be punished, but not
/// women", "not only A, but also B", "not a tax, but rather a fee".
pub(crate) const CONTRAST_FOCUS_WORDS: Words = Words::new(&["not", "also", "rather", "instead", "only"]);

/// Words after a comma that open a modifier of an object content, which goes on with it ("praised the
/// mayor, whose plan won", "criticized the deals, including NAFTA"). A content running forward ends at ",
/// which" before (`CONTENT_ENDERS`); an object read alone ("is seen as good news for Boeing, which ...")
/// keeps it.
pub(crate) const OBJECT_MODIFIER_OPENERS: Words = Words::new(&["which", "who", "whose", "including", "especially"]);

/// Prepositions and conjunctions that end an object content. A relative clause ("talked about a
/// group who ...") is not one of them: it is part of the object, and so are a coordinated one ("praised X
/// and Y") and most prepositional phrases ("accused X of Y", "backed X in the primary").
#[rustfmt::skip]
pub(crate) const OBJECT_ENDERS: Words = Words::new(&[
    "at", "during", "after", "before", "since", "when", "because", "but", "last", "this", "yesterday", "today",
    "earlier",
]);

/// Words that, after a comma, open the writer's own clause of time, cause, concession or circumstance after
/// what something seems ("appeared to dismiss it, when he told ...").
#[rustfmt::skip]
pub(crate) const IMPRESSION_ENDERS: Words = Words::new(&[
    "when", "despite", "after", "before", "while", "although", "though", "because", "since", "with",
]);

/// Words that follow a comma and open a clause that is not the claim's ("..., whereas C"); a "when",
/// "while" or "where" clause is part of what is reported ("A, when B, according to X").
pub(crate) const CLAUSE_OPENERS: Words = Words::new(&["whereas"]);

/// Prepositions before a participle that make it an adjective of the plural after it ("a combination of
/// pledged delegates").
#[rustfmt::skip]
pub(crate) const ADJECTIVE_PREPOSITIONS: Words = Words::new(&[
    "of", "in", "for", "with", "by", "from", "among", "between", "about", "on", "at",
]);

/// Prepositions of the phrases a subject noun phrase heads ("the character of the race", "a broader swath
/// of Republican voters").
pub(crate) const PHRASE_PREPOSITIONS: Words = Words::new(&["of", "on", "for", "in", "from", "about", "with"]);

/// Prepositions whose object, met inside an aside, is not the name the aside belongs to: an aside after the
/// object is the object's, and the source is the name before them ("Grassley, of Iowa, a swing state,
/// said"; "Jane Roe, a fellow at the Center, which works on poverty, said").
#[rustfmt::skip]
pub(crate) const ASIDE_PREPOSITIONS: Words = Words::new(&[
    "of", "from", "in", "at", "for", "with", "by", "on", "near", "outside", "inside", "within", "among", "like",
    "unlike",
]);

/// Prepositions after a source noun that make a post-modifier of it ("an analyst at Moody's said", "a
/// source within the party").
pub(crate) const POSTMODIFIER_PREPOSITIONS: Words =
    Words::new(&["at", "for", "from", "in", "with", "inside", "within"]);

/// A preposition after a source noun that also marks an infinitive ("advisers to craft the theme"): a
/// post-modifier of the noun only before a name or a determiner ("an aide to Jane Roe said", "advisers to
/// the president say").
pub(crate) const INFINITIVE_PREPOSITIONS: Words = Words::new(&["to"]);

/// Prepositions after a source noun that make a post-modifier of it only with a noun phrase that runs up to
/// the cue ("supporters of the bill say", "the head of the agency said"; not "the secretary of State wants
/// to cement what polls show").
pub(crate) const OBJECT_PREPOSITIONS: Words = Words::new(&["of"]);

/// Prepositions after an adjective of relation ("close to", "familiar with", "briefed on").
pub(crate) const RELATION_PREPOSITIONS: Words = Words::new(&["to", "with", "on", "in"]);

/// Prepositions that open an introductory phrase, which may run longer than others before the sentence's
/// subject ("Outside the sports arena in downtown Washington, protesters ...").
#[rustfmt::skip]
pub(crate) const INTRODUCTORY_PREPOSITIONS: Words = Words::new(&[
    "in", "at", "on", "outside", "inside", "after", "during", "before", "despite", "with", "without", "under",
    "across", "near", "from", "for", "throughout", "since", "by", "amid", "until", "among", "unlike", "like", "within",
    "over", "upon", "absent", "following", "beyond", "besides", "against", "through", "toward", "towards",
    "alongside", "behind", "around",
]);

/// Prepositions after a noun of attitude that introduce what the attitude is about ("support for C",
/// "concerns about C").
pub(crate) const LIGHT_NOUN_PREPOSITIONS: Words = Words::new(&["about", "for", "on", "of", "against", "to", "over"]);

/// Prepositions of the occasion a question was asked on ("why C during a debate", "in an interview").
pub(crate) const OCCASION_PREPOSITIONS: Words = Words::new(&["in", "on", "at"]);

/// Prepositions of the occasion after an object content ("praised X in an interview", "on Twitter").
pub(crate) const OCCASION_PREPOSITIONS_OF_OBJECT: Words = Words::new(&["in", "on"]);

/// Participles that open a sentence with the channel its claim came through ("Speaking on CNN, X said C",
/// "Writing on Facebook, X said C").
pub(crate) const MEDIUM_PARTICIPLES: Words =
    Words::new(&["speaking", "talking", "writing", "appearing", "posting", "tweeting"]);

/// Prepositions that name, after a verb of quoting, who quoted: "was quoted by Interfax as saying C",
/// "quoted as saying by the Interfax news agency".
pub(crate) const QUOTING_AGENT_PREPOSITIONS: Words = Words::new(&["by", "in"]);

/// Participles of saying after "as" that go on with a verb of quoting: "was quoted by Reuters as saying".
pub(crate) const QUOTED_AS_PARTICIPLES: Words = Words::new(&["saying", "telling", "stating", "writing"]);

/// Participles of publishing after the noun of a cue's adjunct, which go on with it ("said in a statement
/// posted on Facebook that", "in a video released online", "in a letter sent to supporters").
#[rustfmt::skip]
pub(crate) const PUBLISHING_PARTICIPLES: Words = Words::new(&[
    "posted", "published", "released", "issued", "sent", "broadcast", "aired", "shared", "uploaded", "circulated",
    "distributed", "televised", "streamed", "emailed", "tweeted", "filed",
]);

/// Words that open an adjunct right after a cue ("said in a post on the X platform", "said last week").
#[rustfmt::skip]
pub(crate) const CUE_ADJUNCT_PREPOSITIONS: Words = Words::new(&[
    "in", "on", "via", "to", "with", "through", "during", "at", "of", "last", "this", "earlier",
]);

/// Words that open a short adjunct of the cue before the comma of an interrupted content (`"A," she said of
/// the plan, "B."`, "in an interview afterward", "while visiting the plant").
#[rustfmt::skip]
pub(crate) const ADJUNCT_COMMA_OPENERS: Words = Words::new(&[
    "of", "in", "at", "on", "to", "about", "after", "before", "during", "while", "when", "as", "outside",
    "from", "with", "without", "for", "this", "last", "earlier", "later",
]);

/// Words that open an adjunct after a postposed cue ("C, X said in posing the question").
#[rustfmt::skip]
pub(crate) const POSTPOSED_ADJUNCT_OPENERS: Words = Words::new(&[
    "in", "at", "on", "during", "after", "before", "while", "when", "as",
]);

/// Words that open an adjunct of place or channel after a postposed verb of saying ("C, X said from his
/// office in Orlando", "C, she wrote via email").
pub(crate) const POSTPOSED_SPEECH_ADJUNCT_OPENERS: Words = Words::new(&["from", "via", "outside"]);

/// Words that open an adjunct between a cue and "that" ("said during a taping in Buffalo, New York, that C").
pub(crate) const THAT_ADJUNCT_OPENERS: Words = Words::new(&["in", "on", "at", "during", "after", "before", "for"]);

/// Words that open a short adjunct between a passive and "that" ("it was announced on Monday that C").
pub(crate) const PASSIVE_ADJUNCT_OPENERS: Words = Words::new(&["on", "in", "at", "by", "last", "this", "earlier"]);

/// Words after a passive's agent that open the rest of what is said of the subject ("Trump has been
/// criticized by his rivals for failing C", "are seen by voters as candidates who C").
pub(crate) const AGENT_COMPLEMENT_OPENERS: Words = Words::new(&["as", "for"]);

/// Words that open an adjunct between "asked" and its question ("asked in May if", "asked during a January
/// debate why").
pub(crate) const ASKED_ADJUNCT_OPENERS: Words = Words::new(&["in", "at", "on", "during", "last", "this"]);

/// Words that open a sentence with the writer's scene, so that its quotation is the content ("As boos erupt,
/// the executive says, \"Quiet down.\"", "Asked whether C, she said, \"D\"").
#[rustfmt::skip]
pub(crate) const SCENE_OPENERS: Words = Words::new(&[
    "as", "when", "while", "after", "before", "if", "since", "because", "although", "though", "asked",
    "pressed", "questioned", "challenged", "confronted",
]);

/// Words of degree or measure that may come before a scene's opener ("Soon after the vote, X said, \"C\"",
/// "Just as the polls closed", "Days before the debate").
#[rustfmt::skip]
pub(crate) const SCENE_OPENER_MODIFIERS: Words = Words::new(&[
    "soon", "shortly", "just", "even", "right", "long", "only", "immediately", "moments", "minutes", "hours",
    "days", "weeks", "months", "years",
]);

/// Words after a comma that open the trailing phrase a source of "according to" vouches for ("the gap,
/// which stood at 263, according to X").
pub(crate) const TRAILING_PHRASE_OPENERS: Words = Words::new(&["which", "with", "whose"]);

/// Participles of being questioned, which after a comma open a circumstance of the saying, as an -ing
/// participle does ("Trump, asked about the deaths, said").
pub(crate) const QUESTIONED_PARTICIPLES: Words =
    Words::new(&["asked", "pressed", "questioned", "challenged", "confronted"]);

/// Words in -ing of a title ("managing director", "ranking member", "sporting director"): before the title's
/// noun, part of it; after a comma, they open a title, part of the source rather than a circumstance of the
/// saying ("Peck, managing director of X, said", "Scott, ranking member of the committee, said").
#[rustfmt::skip]
pub(crate) const TITLE_PARTICIPLES: Words = Words::new(&[
    "managing", "ranking", "acting", "founding", "presiding", "visiting", "outgoing", "incoming", "reigning",
    "governing", "sitting", "consulting", "contributing", "commanding", "supervising", "sporting",
]);

/// Words in -ing that after a comma open a list, part of the source ("Officials, including the mayor, said").
pub(crate) const LIST_PARTICIPLES: Words = Words::new(&["including"]);

/// Prepositions before a work's title in quotation marks, which an appositive keeps ("the author of
/// "Destiny and Power"", "a film by "Spike Lee"").
pub(crate) const TITLE_PREPOSITIONS: Words = Words::new(&["of", "by"]);

/// Words after a comma that open no appositive ("X, and Y", "X, which").
pub(crate) const NON_APPOSITIVE_OPENERS: Words = Words::new(&["and", "or", "but", "which", "that"]);

/// Discourse adverbials, words separated by one space, that a subject may have between commas before its
/// verb ("Sanders, meanwhile, said", "The two lawmakers, however, argued"): no part of the subject.
#[rustfmt::skip]
pub(crate) const DISCOURSE_ADVERBIALS: Words = Words::new(&[
    "meanwhile", "however", "though", "too", "instead", "also", "likewise", "similarly", "nevertheless",
    "moreover", "furthermore", "therefore", "in turn", "in fact", "in particular", "in contrast", "by contrast",
    "for example", "for instance", "of course", "on the other hand", "in addition", "in response", "at least",
    "as well", "for his part", "for her part", "for its part", "for their part", "for one",
]);

/// Prepositions that, after a name's comma and before a possessive of the third person, open an adjunct of
/// the clause, not an aside of the name's ("Sanders, to his credit, said", "Judge Roe, in her dissent,
/// wrote", "Trump, at his rally, said").
pub(crate) const ADJUNCT_PREPOSITIONS: Words =
    Words::new(&["in", "on", "to", "for", "with", "at", "after", "during", "despite", "as", "through"]);

/// Prepositions that are no stop words but open no subject of the next cue ("..., despite their claims").
pub(crate) const NON_SUBJECT_OPENERS: Words =
    Words::new(&["despite", "amid", "including", "regarding", "given", "unlike"]);

/// Words, as written (lowercase only), that open the writer's closing appositive after a content's comma
/// ("..., a move that angered many", "..., who lost"); a capitalised "The" opens a sentence of its own.
pub(crate) const CLOSING_APPOSITIVE_OPENERS: Words = Words::new(&["a", "an", "the", "who"]);

/// Words that may follow an unlisted verb after a quotation (`"No," she snapped, and left`).
pub(crate) const QUOTE_VERB_FOLLOWERS: Words = Words::new(&["and", "as", "before", "while"]);

/// Function words that may follow a verb of seeming ("seems to C", "seems that C", "seems like C").
pub(crate) const SEEMING_COMPLEMENTS: Words = Words::new(&["to", "that", "like"]);

/// Words before a participle cue that link it to its sentence's subject ("by saying", "while noting").
pub(crate) const PARTICIPLE_LINKS: Words = Words::new(&["by", "in", "while", "after", "before", "when"]);

/// Words after a quotation that open a source's own cue, so that the writer's tail is no part of it.
pub(crate) const SOURCE_CUE_WORDS: Words = Words::new(&["said", "says", "say", "told", "according"]);
