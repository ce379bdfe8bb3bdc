//! Time: days, months and the words of time that a cue absorbs, that end a content, or that a poll or an
//! adjunct takes.

use once_cell::sync::Lazy;

use super::{WordSet, Words, set};

/// Words of time that sit between a source and its cue ("the board on Monday rejected"); a cue
/// absorbs them with the preposition before them.
#[rustfmt::skip]
pub(crate) static TIME_WORDS: Lazy<WordSet> = Lazy::new(|| {
    set(&[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "recently",
        "earlier", "previously",
    ])
});

/// Month names, lowercase, but "may", which is more often the auxiliary.
#[rustfmt::skip]
pub(crate) const MONTHS: Words = Words::new(&[
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
]);

/// Words before a month that keep it a date ("early June", "mid-March").
pub(crate) const MONTH_PARTS: Words = Words::new(&["early", "late", "mid"]);

/// Words that open a time phrase a cue absorbs when a word of time follows ("on Monday said", "last week
/// said").
pub(crate) const TIME_ADJUNCT_OPENERS: Words = Words::new(&["on", "last", "this", "late", "early"]);

/// Words that make a time phrase of the word after them ("last week", "this morning", "earlier today").
pub(crate) const TIME_DETERMINERS: Words = Words::new(&["last", "this", "earlier"]);

/// Nouns of time besides the words of time, which head no source when lowercase ("in the past said", "did
/// not at any time mention"; "Time" is a magazine).
pub(crate) const TIME_NOUNS: Words = Words::new(&["past", "time"]);

/// Words of a time phrase that ends a sentence after its cue ("reported late Thursday", "said ten days
/// ago"), besides the words of time.
pub(crate) const TRAILING_TIME_WORDS: Words = Words::new(&["late", "early", "last", "this", "on", "ago"]);

/// Words of a span of time counted back ("less than two weeks ago", "a few days ago").
#[rustfmt::skip]
pub(crate) const AGO_WORDS: Words = Words::new(&[
    "ago", "less", "more", "than", "about", "nearly", "almost", "just", "only", "a", "an", "few", "several",
    "couple", "of", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "minutes",
    "hours", "days", "weeks", "months", "years", "hour", "day", "week", "month", "year", "decade", "decades",
]);

/// Words after a poll that belong to it ("a poll last month", "a survey released Tuesday").
pub(crate) const POLL_ADJUNCTS: Words = Words::new(&["last", "this", "earlier", "released", "conducted"]);
