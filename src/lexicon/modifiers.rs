//! Adjectives and adverbs: the adjectives of stance that report their subject's belief, will or judgement,
//! and the adverbs and words of degree that stand between a subject, its copula and a cue.

use super::Words;

/// Adjectives of belief and feeling that, after a copula, report their subject's stance on a clause ("X is
/// confident that C", "X was not sure whether C", "it is unclear whether C").
#[rustfmt::skip]
pub(crate) const CLAUSE_ADJECTIVES: Words = Words::new(&[
    "confident", "convinced", "worried", "concerned", "sure", "certain", "skeptical", "sceptical", "hopeful",
    "optimistic", "pessimistic", "adamant", "aware", "unaware", "afraid", "fearful", "nervous", "doubtful",
    "unsure", "uncertain", "insistent", "clear", "unclear",
]);

/// Adjectives of will that, after a copula, report their subject's intention ("X is eager to C").
#[rustfmt::skip]
pub(crate) const INFINITIVE_ADJECTIVES: Words = Words::new(&[
    "eager", "willing", "unwilling", "reluctant", "determined", "keen", "loath", "loth", "anxious",
]);

/// Adjectives of judgement and feeling whose preposition's object is what the stance is about ("X is
/// critical of C", "X is opposed to C", "X was worried about C").
#[rustfmt::skip]
pub(crate) const OBJECT_ADJECTIVES: &[(&str, &[&str])] = &[
    ("critical", &["of"]), ("supportive", &["of"]), ("skeptical", &["of", "about"]),
    ("sceptical", &["of", "about"]), ("wary", &["of"]), ("opposed", &["to"]), ("confident", &["in", "about", "of"]),
    ("worried", &["about", "over", "by"]), ("concerned", &["about", "over", "by", "with"]),
    ("hopeful", &["about", "of"]), ("optimistic", &["about"]), ("pessimistic", &["about"]), ("aware", &["of"]),
    ("unaware", &["of"]), ("afraid", &["of"]), ("suspicious", &["of"]), ("dismissive", &["of"]),
    ("nervous", &["about"]), ("doubtful", &["about", "of"]), ("unsure", &["about", "of"]),
    ("uncertain", &["about", "of"]), ("enthusiastic", &["about"]), ("angry", &["about", "at", "with", "over"]),
    ("upset", &["about", "with", "over", "by"]), ("unhappy", &["with", "about"]), ("furious", &["about", "at", "with", "over"]),
    ("frustrated", &["with", "by"]), ("disappointed", &["in", "with", "by"]), ("sympathetic", &["to"]),
    ("receptive", &["to"]), ("open", &["to"]),
];

/// Words of degree, negation and time between a copula and its adjective ("is not so sure", "was
/// increasingly confident"); adverbs in -ly are read as such too.
#[rustfmt::skip]
pub(crate) const DEGREE_WORDS: Words = Words::new(&[
    "not", "never", "so", "very", "too", "more", "less", "most", "least", "far", "quite", "all", "both", "still",
    "also", "now", "always", "even", "already", "long", "ever", "no", "longer", "much", "pretty", "rather",
    "somewhat", "fairly", "equally", "again", "just", "n't",
]);

/// Adjectives of relation that, with their preposition, make a source noun's post-modifier ("a source close
/// to him", "officials familiar with the talks").
pub(crate) const RELATION_ADJECTIVES: Words =
    Words::new(&["close", "familiar", "knowledgeable", "loyal", "briefed", "involved"]);

/// Adverbs between the auxiliary and a verb of designation ("is best known as", "has long been seen as");
/// adverbs in -ly are read as such too.
pub(crate) const DESIGNATION_ADVERBS: Words =
    Words::new(&["best", "better", "well", "also", "long", "now", "still", "often", "not"]);

/// Nouns in -ly, which a cue does not absorb as adverbs ("the rally said", "the assembly voted").
#[rustfmt::skip]
pub(crate) const LY_NOUNS: Words = Words::new(&[
    "rally", "rallies", "assembly", "assemblies", "reply", "replies", "supply", "supplies", "tally", "tallies",
    "monopoly", "anomaly", "homily", "folly", "bully", "bullies", "belly", "jelly", "lily", "gully", "panoply",
]);

/// Adjectives in -ly, which modify the name or noun after them rather than the clause ("likely Republican
/// voters", "the early Clinton", "elderly Britons").
#[rustfmt::skip]
pub(crate) const LY_ADJECTIVES: Words = Words::new(&[
    "likely", "unlikely", "early", "elderly", "daily", "weekly", "monthly", "yearly", "quarterly", "hourly",
    "nightly", "friendly", "unfriendly", "costly", "deadly", "lonely", "lovely", "holy", "only", "timely",
    "orderly", "burly", "kindly", "worldly", "homely", "scholarly", "leisurely", "manly", "womanly", "sickly",
]);

/// Adverbs of place that may stand between a source and its cue ("Officials there said", "Her campaign
/// workers here said").
pub(crate) const SOURCE_PLACE_ADVERBS: Words = Words::new(&["here", "there", "locally"]);

/// Adverbs that a cue absorbs on its left besides the auxiliaries ("however said", "first reported").
pub(crate) const CUE_ADVERBS: Words = Words::new(&["however", "meanwhile", "though", "always", "ever", "first"]);
