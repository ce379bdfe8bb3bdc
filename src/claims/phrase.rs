//! Noun phrases, read backwards from a cue or forwards after it: the shape every source, hearer and
//! medium phrase has.
//!
//! - backwards from the word before a cue: titles, names, modifiers and one determiner ("US State
//!   Department spokesperson Matthew Miller", "the self-described democratic socialist");
//! - counts and quantifiers: "One in three said", "more than 4 in 10 said", "He and Goodlatte both
//!   condemned";
//! - one coordinated phrase: "union members and leaders say", "he and Mr. Allen said";
//! - short quotations and parentheses inside a name: `the "Ansar Allah" movement`, "Sen. Marco Rubio
//!   (R-Fla.)";
//! - forwards: a source after an inverted cue ("said Ali"), a hearer after "told" ("told a crowd in
//!   Miami", "told them").

use super::Reader;
use crate::lexicon::{
    self, ARTICLES_AND_POSSESSIVES, AUXILIARIES, COORDINATORS, COUNT_MODIFIERS, COUNTED_MODIFIERS, DETERMINERS,
    INDEFINITE_ARTICLES, INTRODUCTORY_PREPOSITIONS, LY_ADJECTIVES, LY_NOUNS, MONTHS, NAME_LINKS, OBJECT_PRONOUNS,
    POSSESSIVES, QUANTIFIERS, STOP_WORDS, TIME_WORDS, TITLE_PARTICIPLES, TITLES,
};
use crate::structure::TokKind;

/// Whether the lowercase word `w` may be a plural beside other phrases (a conjunct, a list's element, a
/// subject before a floating quantifier): any word of four letters or more in "s" but a stop word. Looser
/// than `lexicon::looks_plural`, which a phrase's own head must pass.
fn plural_like(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !STOP_WORDS.contains(w)
}

/// Whether a lowercase word has a participle's ending, "-ing" or "-ed", and no hyphen ("long-serving" is
/// an adjective).
fn participle_form(w: &str) -> bool {
    !w.contains('-') && (w.ends_with("ing") || w.ends_with("ed"))
}

impl<'r> Reader<'r> {
    /// Whether `w` (lowercase) names a role a person speaks in: a source noun or a title ("spokesman",
    /// "chairman", "senator").
    pub(super) fn is_role(&self, w: &str) -> bool {
        self.lex.is_source_noun(w) || TITLES.contains(w)
    }

    /// Where the phrase that a quantifier at `b` heads starts: at the article or possessive before it, past a
    /// percentage, with the modifiers of its count ("A majority of her backers", "a 54% majority", "their
    /// two", "nearly a third"), or at `b`.
    fn quantifier_article(&self, b: usize) -> usize {
        let k = if b >= 2 && self.punct(b - 1) == Some('%') && self.is_number(b - 2) { b - 2 } else { b };
        k.checked_sub(1)
            .filter(|&a| self.is_word(a) && ARTICLES_AND_POSSESSIVES.contains(self.lower(a)))
            .map_or(b, |article| self.count_modified(article))
    }

    /// Where the words that modify a count ("more than", "nearly", "only", "just over") and end right
    /// before token `first` start, or `first`.
    fn count_modified(&self, mut first: usize) -> usize {
        while first > 0 && self.is_word(first - 1) && COUNT_MODIFIERS.contains(self.lower(first - 1)) {
            first -= 1;
        }
        first
    }

    /// Whether word `k` is an -ing word of a title before its noun: "sporting director", "managing editor",
    /// "acting president" (a participle elsewhere ends a noun phrase).
    pub(super) fn title_participle(&self, k: usize) -> bool {
        TITLE_PARTICIPLES.contains(self.lower(k)) && self.is_word(k + 1) && self.is_role(self.lower(k + 1))
    }

    /// Whether word `i` can head a source.
    pub(super) fn can_head(&self, i: usize) -> bool {
        let w = self.lower(i);
        // "Despite complaints that C", "Besides attacking X": a preposition, capitalised where it opens its
        // sentence, heads nothing.
        if STOP_WORDS.contains(w)
            || DETERMINERS.contains(w)
            || AUXILIARIES.contains(w)
            || INTRODUCTORY_PREPOSITIONS.contains(w)
        {
            return false;
        }
        self.is_cap(i)
            || self.lex.is_source_noun(w)
            || self.lex.is_media_noun(w)
            || TITLES.contains(w)
            // "six in 10 said": a count, but not a year.
            || (w.bytes().all(|b| b.is_ascii_digit()) && w.len() < 4)
    }

    /// The noun phrase that ends at word `b`, read backwards: titles, names, modifiers, one determiner.
    pub(super) fn np_backward(&self, b: usize) -> Option<(usize, usize)> {
        if !self.is_word(b) {
            return None;
        }
        if let Some(phrase) = self.count_phrase(b).or_else(|| self.counted_phrase(b)) {
            return Some(phrase);
        }
        let w = self.lower(b);
        if QUANTIFIERS.contains(w) {
            // "He and Goodlatte both condemned": a quantifier after its noun phrase floats.
            // "Establishment figures both suggested" too: after a plural.
            let floated = b
                .checked_sub(1)
                .filter(|&a| self.is_cap(a) || (self.is_word(a) && plural_like(self.lower(a))))
                .and_then(|a| self.np_backward(a));
            return Some((floated.map_or_else(|| self.quantifier_article(b), |(first, _)| first), b));
        }
        // A plural noun ("Social conservatives say", "Sanders fans told") heads a phrase like a name does.
        let plural = w.bytes().all(|c| c.is_ascii_lowercase()) && lexicon::looks_plural(w);
        if !self.can_head(b) && !plural {
            return self.determined_noun(b);
        }
        let mut first = b;
        let mut words = 0;
        let mut i = b;
        while i > 0 && words < 9 {
            let k = i - 1;
            if self.st.toks[k].kind == TokKind::Close {
                match self.short_quote(k) {
                    Some((open, _)) => {
                        first = open;
                        i = open;
                        continue;
                    }
                    None => break,
                }
            }
            // A short parenthesis inside a name: "Sen. Marco Rubio (R-Fla.)".
            if self.punct(k) == Some(')') {
                match (k.saturating_sub(6)..k).rev().find(|&o| self.punct(o) == Some('(')) {
                    Some(o) if o > 0 && self.is_word(o - 1) => {
                        i = o;
                        continue;
                    }
                    _ => break,
                }
            }
            // "Bernie Sanders’ campaign says": an apostrophe against a word in -s is its possessive.
            if self.s_possessive(k) {
                i = k;
                continue;
            }
            // "Marks & Spencer said": an ampersand between capitalised words is inside a name.
            if self.punct(k) == Some('&') && k > 0 && self.is_cap(k - 1) && self.is_cap(k + 1) {
                i = k;
                continue;
            }
            if !self.is_word(k) {
                break;
            }
            let w = self.lower(k);
            // "CBS This Morning co-anchor X": a capitalised determiner after a capitalised word is in a name.
            let in_name = self.is_cap(k) && k > 0 && self.is_word(k - 1) && self.is_cap(k - 1);
            if DETERMINERS.contains(w) && !in_name {
                // "Two other emails", "all the senators": a quantifier before the determiner counts the phrase.
                first = if k > 0 && self.is_word(k - 1) && QUANTIFIERS.contains(self.lower(k - 1)) { k - 1 } else { k };
                // "The two senators", "his many critics": an article or possessive before a number or
                // quantifier belongs to the phrase too.
                if QUANTIFIERS.contains(w)
                    && k > 0
                    && self.is_word(k - 1)
                    && ARTICLES_AND_POSSESSIVES.contains(self.lower(k - 1))
                {
                    first = k - 1;
                }
                first = self.after_coordinated(first);
                break;
            }
            // "union members and leaders say", "he and Mr. Allen said": one coordinated phrase before.
            if w == "and" && k > 0 && self.is_word(k - 1) {
                if let Some(c) = self.coordinated(k) {
                    first = c;
                }
                break;
            }
            if STOP_WORDS.contains(w) && !NAME_LINKS.contains(w) || AUXILIARIES.contains(w) {
                break;
            }
            if self.ends_phrase_backward(k, b) {
                break;
            }
            if NAME_LINKS.contains(w)
                && !self.opens_name(k)
                && (k == 0 || !self.is_word(k - 1) || !(self.is_cap(k - 1) || self.is_role(self.lower(k - 1))))
            {
                break;
            }
            first = k;
            i = k;
            words += 1;
        }
        // "Nearly eight in 10 Democratic voters said": a count before the phrase is its own.
        let count = self.count_phrase(first).filter(|_| self.is_number(first) && self.is_number(first - 2));
        let first = count.map_or(first, |(count, _)| count);
        // "Only three senators": the modifiers of a count that opens the phrase are its own.
        let first = if self.is_number(first) { self.count_modified(first) } else { first };
        Some((first, b))
    }

    /// Whether lowercase word `k`, before word `b` that ends a noun phrase read backwards, is none of the
    /// phrase's: a participle ("Critics accused officials", "This angered Hispanics", "The meeting got
    /// people"; but after an article, a possessive or a quantifier, right before the head or a name's word,
    /// it is an adjective, "some undecided conservatives", "The leading Republican candidates", and so in a
    /// title, "sporting director"; before a first name it is a noun, "Welcoming the ruling Carla Roe
    /// said"), or an adverb before a name, the clause's ("But ultimately Prager thinks").
    fn ends_phrase_backward(&self, k: usize, b: usize) -> bool {
        let w = self.lower(k);
        if self.is_cap(k) {
            return false;
        }
        let before_name = self.is_cap(k + 1) && lexicon::first_name_gender(self.word(k + 1)).is_none();
        let determined = (k + 1 == b || before_name) && k > 0 && self.is_word(k - 1) && {
            let d = self.lower(k - 1);
            ARTICLES_AND_POSSESSIVES.contains(d) || QUANTIFIERS.contains(d)
        };
        let participle = participle_form(w);
        let adverb = w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.contains(w) && !LY_ADJECTIVES.contains(w);
        (participle && !self.title_participle(k) && !determined) || (adverb && self.is_cap(k + 1))
    }

    /// Whether the name link at token `k` is a particle that opens a name, capitalised before a capitalised
    /// word: "Al Gore", "Al Jazeera", "De Blasio" (inside a name, "Osama bin Laden", it is lowercase; "For
    /// Mr. Rubio" is no name).
    fn opens_name(&self, k: usize) -> bool {
        self.is_cap(k) && lexicon::NAME_PARTICLES.contains(self.lower(k)) && self.is_word(k + 1) && self.is_cap(k + 1)
    }

    /// Whether word `k` is a name's possessive: "Facebook's", "Trump’s", or "Sanders" before the
    /// apostrophe of `s_possessive`.
    pub(super) fn name_possessive(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.is_cap(k) && (w.ends_with("'s") || w.ends_with("\u{2019}s") || self.s_possessive(k + 1))
    }

    /// Whether token `k` is the apostrophe of a possessive in -s' ("Sanders’ campaign"): against the word
    /// before it, a word in -s, with a space after it (a closing quotation mark is a token of its own kind).
    pub(super) fn s_possessive(&self, k: usize) -> bool {
        let toks = &self.st.toks;
        matches!(self.punct(k), Some('\'' | '\u{2019}'))
            && k > 0
            && self.is_word(k - 1)
            && self.lower(k - 1).ends_with('s')
            && toks[k - 1].end == toks[k].start
            && toks.get(k + 1).is_some_and(|n| n.start > toks[k].end)
    }

    /// "Cuban-Americans polled said", "voters overall said": the phrase before a word that narrows whom it
    /// counts, with that word.
    fn counted_phrase(&self, b: usize) -> Option<(usize, usize)> {
        let narrows = COUNTED_MODIFIERS.contains(self.lower(b))
            && b > 0
            && self.is_word(b - 1)
            && !STOP_WORDS.contains(self.lower(b - 1));
        narrows.then(|| self.np_backward(b - 1)).flatten().map(|(first, _)| (first, b))
    }

    /// "One in three said", "more than 4 in 10 said": a count that ends at word `b`, with its modifiers.
    fn count_phrase(&self, b: usize) -> Option<(usize, usize)> {
        let count = |k: usize| DETERMINERS.contains(self.lower(k)) || self.word(k).bytes().all(|c| c.is_ascii_digit());
        if !(b >= 2 && self.lower(b - 1) == "in" && self.is_word(b - 2) && count(b)) {
            return None;
        }
        Some((self.count_modified(b - 2), b))
    }

    /// Any noun after a determiner, for a word `b` that can head no source: "the self-described
    /// democratic socialist", "the moderator".
    fn determined_noun(&self, b: usize) -> Option<(usize, usize)> {
        let w = self.lower(b);
        if STOP_WORDS.contains(w) || AUXILIARIES.contains(w) || DETERMINERS.contains(w) {
            return None;
        }
        let mut k = b;
        while k > 0 && b - k < 4 {
            k -= 1;
            // "Sanders’ email said", "Trump's letter said": a name's possessive determines the noun.
            if self.s_possessive(k) && self.is_cap(k - 1) {
                return self.np_backward(k - 1).map(|(first, _)| (first, b));
            }
            if !self.is_word(k) {
                return None;
            }
            let v = self.lower(k);
            if self.name_possessive(k) {
                return self.np_backward(k).map(|(first, _)| (first, b));
            }
            // "made an impassioned call for C", "his oft-stated promise to C": after "a" or a possessive, a
            // participle in -ed is an adjective, and the cue after it the phrase's noun.
            let adjective = w.len() > 4 && w.ends_with("ed") && !self.is_role(w);
            if adjective && (INDEFINITE_ARTICLES.contains(v) || POSSESSIVES.contains(v)) {
                return None;
            }
            if DETERMINERS.contains(v) {
                return Some((self.after_coordinated(k), b));
            }
            if STOP_WORDS.contains(v) || AUXILIARIES.contains(v) {
                return None;
            }
        }
        None
    }

    /// Where a phrase that opens with a determiner at `first` starts when it is the second of two joined by
    /// "and", as a phrase without one may be: "Trump and his supporters say".
    fn after_coordinated(&self, first: usize) -> usize {
        if first >= 2 && self.is_word(first - 1) && self.lower(first - 1) == "and" && self.is_word(first - 2) {
            self.coordinated(first - 1).unwrap_or(first)
        } else {
            first
        }
    }

    /// The first token of the phrase coordinated by the "and" at `k` with the phrase after it, when that
    /// phrase is a pronoun, a name, a plural or a source noun, and nothing but a function word or a mark
    /// comes before it ("He met Trump and officials said" has one source).
    fn coordinated(&self, k: usize) -> Option<usize> {
        let v = self.lower(k - 1);
        let pronoun = lexicon::pronoun_kind(v).is_some() && v != "you";
        let plural = plural_like(v);
        let conjunct = if pronoun {
            Some((k - 1, k - 1))
        } else if self.is_cap(k - 1) || plural || self.lex.is_source_noun(v) {
            self.np_backward(k - 1)
        } else {
            None
        };
        let opens = |c: usize| {
            c == 0 || !self.is_word(c - 1) || {
                let p = self.lower(c - 1);
                STOP_WORDS.contains(p) || AUXILIARIES.contains(p)
            }
        };
        // Names, titles and determiners, and at most one lowercase word before a plural head.
        let lowercase = |c: usize| {
            (c..k - 1)
                .filter(|&j| {
                    self.is_word(j) && !self.is_cap(j) && !self.is_det(j) && !NAME_LINKS.contains(self.lower(j))
                })
                .count()
        };
        let compact = |c: usize| {
            lowercase(c) == 0
                || (lowercase(c) == 1 && !self.is_cap(k - 1) && c + 3 >= k && (c + 2 == k || self.is_det(c)))
        };
        let first = conjunct.filter(|&(c, _)| opens(c) && compact(c)).map(|(c, _)| c)?;
        Some(self.listed(first))
    }

    /// Where a list of names or plurals that ends with the conjunct at `c` starts: "Ben Carson, Ted Cruz and
    /// Rand Paul have attacked", "Democrats, Republicans and independents say". Each element before it
    /// follows a mark or opens the sentence, and is not a time: "In Washington, Smith and Jones said" and
    /// "On Monday, Smith and Jones said" are two people.
    fn listed(&self, mut c: usize) -> usize {
        while c >= 2 && self.punct(c - 1) == Some(',') && self.is_word(c - 2) {
            let v = self.lower(c - 2);
            let kind = self.is_cap(c - 2) || plural_like(v);
            if !kind || TIME_WORDS.contains(v) || MONTHS.contains(v) {
                break;
            }
            let Some((e, _)) = self.np_backward(c - 2) else { break };
            // A name of capitalised words (and determiners), or one plural.
            let compact = (e..c - 1).all(|j| !self.is_word(j) || self.is_cap(j) || self.is_det(j)) || e + 2 == c;
            if !compact || (e > 0 && self.is_word(e - 1)) {
                break;
            }
            c = e;
        }
        c
    }

    /// The noun phrase that starts at token `a`, read forwards: one determiner, then names, titles and
    /// modifiers, ending on a word that can head it.
    pub(super) fn np_forward(&self, a: usize, end: usize) -> Option<(usize, usize)> {
        self.phrase_forward(a, end, false)
    }

    /// A hearer after "told": any noun phrase ("a crowd in Miami", "them"), or two joined by "and".
    pub(super) fn hearer(&self, a: usize, end: usize) -> Option<(usize, usize)> {
        self.joined_forward(a, end, true)
    }

    /// A noun phrase read forwards ([`Reader::phrase_forward`]), or two joined by "and" when the second is a
    /// name or opens with a determiner ("told Reuters and CNN", "Bernie Sanders and Ted Cruz campaigned",
    /// "was echoed by her campaign and Democrats across the country").
    pub(super) fn joined_forward(&self, a: usize, end: usize, any_head: bool) -> Option<(usize, usize)> {
        let (a, b) = self.phrase_forward(a, end, any_head)?;
        let c = b + 2;
        let joined = c < end
            && self.is_word(b + 1)
            && COORDINATORS.contains(self.lower(b + 1))
            && (self.is_cap(c) || self.is_det(c));
        // The second ends at its name or head: a lowercase word after a capitalised one that can head
        // nothing is a verb ("Bernie Sanders and Hillary Clinton stood face-to-face"; a hearer may end on
        // any noun, "Twitter followers").
        let ends_well = |z: usize| {
            any_head
                || !(c + 1..=z).any(|k| {
                    self.is_word(k)
                        && !self.is_cap(k)
                        && self.is_cap(k - 1)
                        && !self.can_head(k)
                        && !NAME_LINKS.contains(self.lower(k))
                })
        };
        let second = joined.then(|| self.phrase_forward(c, end, any_head)).flatten().filter(|&(_, z)| ends_well(z));
        Some(second.map_or((a, b), |(_, z)| (a, z)))
    }

    /// A noun phrase read forwards; `any_head` lets any content word end it, not only names, titles and
    /// source nouns.
    pub(super) fn phrase_forward(&self, a: usize, end: usize, any_head: bool) -> Option<(usize, usize)> {
        // `said one of the advisers`, `said some of them`: a quantifier's "of" phrase says whom it counts,
        // and the two are one phrase.
        let partitive = a + 2 < end
            && self.is_word(a)
            && QUANTIFIERS.contains(self.lower(a))
            && self.is_word(a + 1)
            && self.lower(a + 1) == "of";
        if let Some((_, z)) = partitive.then(|| self.phrase_forward(a + 2, end, any_head)).flatten() {
            return Some((a, z));
        }
        let mut i = a;
        if i < end && self.is_det(i) {
            i += 1;
        }
        let mut last = None;
        let mut words = 0;
        while i < end && words < 10 {
            if self.st.toks[i].kind == TokKind::Open {
                match self.short_quote(i) {
                    // A quoted title that opens the phrase heads it when nothing follows it: 'told "Fox and
                    // Friends"'.
                    Some((_, close)) if close < end => {
                        if i == a && any_head {
                            last = Some(close);
                        }
                        i = close + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if !self.is_word(i) {
                break;
            }
            let w = self.lower(i);
            if NAME_LINKS.contains(w) && !(words == 0 && self.opens_name(i)) {
                if words > 0 && (self.is_cap(i + 1) || self.is_det(i + 1)) {
                    i += 1;
                    if self.is_det(i) {
                        i += 1;
                    }
                    continue;
                }
                break;
            }
            // "BBC Radio 4's Today programme", "USA Today": a capitalised "today" after a word of the phrase
            // names something; so does a capitalised determiner after a capitalised word ("BBC Radio Five
            // Live", "the World Service's The Ticket programme"), as in a name read backwards.
            let named_time = i > a && self.is_cap(i) && TIME_WORDS.contains(w) && self.is_word(i - 1);
            let named_det = i > a && self.is_cap(i) && DETERMINERS.contains(w) && self.is_cap(i - 1);
            if (STOP_WORDS.contains(w) || AUXILIARIES.contains(w) || DETERMINERS.contains(w))
                && !named_time
                && !named_det
            {
                break;
            }
            // A participle ends the phrase, unless it opens it ("undecided voter Stephanie Hooton").
            if last.is_some() && !self.is_cap(i) && participle_form(w) && !self.title_participle(i) {
                break;
            }
            // A pronoun is a phrase of its own, and only where the phrase starts.
            let pronoun = lexicon::pronoun_kind(w).is_some();
            if pronoun && i > a {
                break;
            }
            let object = any_head && OBJECT_PRONOUNS.contains(w);
            if self.can_head(i) || pronoun || any_head {
                last = Some(i);
            }
            if pronoun || object {
                break;
            }
            i += 1;
            words += 1;
        }
        last.map(|l| (a, l))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::reader::Sample;

    /// The noun phrase that ends at the first token reading `word`, read backwards.
    fn backward(text: &'static str, word: &str) -> Option<&'static str> {
        let t = Sample::new(text);
        t.reader().np_backward(t.at(word)).map(|p| t.span(p))
    }

    /// The noun phrase that starts at the first token reading `word`, read forwards to the sentence's end:
    /// as a source, or as a hearer.
    fn forward(text: &'static str, word: &str, hearer: bool) -> Option<&'static str> {
        let t = Sample::new(text);
        let r = t.reader();
        let (a, end) = (t.at(word), t.sentence().end);
        if hearer { r.hearer(a, end) } else { r.np_forward(a, end) }.map(|p| t.span(p))
    }

    #[test]
    fn backward_takes_titles_names_modifiers_and_one_determiner() {
        let miller = backward("US State Department spokesperson Matthew Miller said", "Miller");
        assert_eq!(miller, Some("US State Department spokesperson Matthew Miller"));
        let socialist = backward("Yesterday the self-described democratic socialist said", "socialist");
        assert_eq!(socialist, Some("the self-described democratic socialist"));
        assert_eq!(backward("Then the moderator said", "moderator"), Some("the moderator"));
        // "of" links the words of a name.
        assert_eq!(backward("The Secretary of State said", "State"), Some("The Secretary of State"));
        assert_eq!(
            backward("A Minister of Finance spokesman said", "spokesman"),
            Some("A Minister of Finance spokesman")
        );
    }

    #[test]
    fn backward_reads_counts_and_quantifiers_with_their_phrase() {
        assert_eq!(backward("And more than 4 in 10 said", "10"), Some("more than 4 in 10"));
        assert_eq!(backward("One in three said", "three"), Some("One in three"));
        // A quantifier after its phrase floats: after a name and after a plural.
        assert_eq!(backward("He and Goodlatte both condemned", "both"), Some("He and Goodlatte both"));
        assert_eq!(backward("Establishment figures both suggested", "both"), Some("Establishment figures both"));
        // An article or a possessive before a number or a quantifier.
        assert_eq!(backward("The two senators said", "senators"), Some("The two senators"));
        assert_eq!(backward("His many critics say", "critics"), Some("His many critics"));
    }

    #[test]
    fn backward_takes_one_coordinated_phrase_that_opens_its_clause() {
        assert_eq!(
            backward("The talks failed, union members and leaders say", "leaders"),
            Some("union members and leaders")
        );
        assert_eq!(backward("Later he and Mr. Allen said", "Allen"), Some("he and Mr. Allen"));
        // "and" after a clause's object joins two clauses, not two sources.
        assert_eq!(backward("He met Trump and officials said", "officials"), Some("officials"));
        // The second phrase may have a determiner.
        assert_eq!(backward("In ads, Trump and his supporters say", "supporters"), Some("Trump and his supporters"));
        let two = backward("The Kentucky Republican and the New York businessman said", "businessman");
        assert_eq!(two, Some("The Kentucky Republican and the New York businessman"));
        assert_eq!(backward("He met Trump and the officials said", "officials"), Some("the officials"));
    }

    #[test]
    fn backward_crosses_short_quotations_parentheses_and_names_with_determiners() {
        let movement = backward("Members of the \"Ansar Allah\" movement said", "movement");
        assert_eq!(movement, Some("the \"Ansar Allah\" movement"));
        let conant = backward("Sen. Marco Rubio (R-Fla.) spokesman Alex Conant said", "Conant");
        assert_eq!(conant, Some("Sen. Marco Rubio (R-Fla.) spokesman Alex Conant"));
        // A capitalised determiner after a capitalised word is in a name.
        let roe = backward("CBS This Morning co-anchor Jane Roe said", "Roe");
        assert_eq!(roe, Some("CBS This Morning co-anchor Jane Roe"));
    }

    #[test]
    fn backward_finds_no_phrase_at_a_mark_a_year_or_a_word_that_heads_none() {
        assert_eq!(backward("He said, \"No.\"", ","), None);
        assert_eq!(backward("In 2016 said", "2016"), None);
        // A lowercase word that no lexicon lists as a source heads a phrase only after a determiner.
        assert_eq!(backward("voters who want change", "change"), None);
        // Nor does a participle in -ed after "a" or a possessive: an adjective, the noun after it a cue.
        assert_eq!(backward("The pastor made an impassioned call", "impassioned"), None);
        assert_eq!(backward("He repeated his oft-stated promise", "oft-stated"), None);
        assert_eq!(backward("The accused said", "accused"), Some("The accused"));
        assert_eq!(backward("A spokeswoman said", "spokeswoman"), Some("A spokeswoman"));
    }

    #[test]
    fn forward_reads_a_source_after_an_inverted_cue_up_to_what_ends_it() {
        assert_eq!(forward("said Ali, a leader of the movement.", "Ali", false), Some("Ali"));
        let miller = forward("said State Department spokesperson Matthew Miller on Monday.", "State", false);
        assert_eq!(miller, Some("State Department spokesperson Matthew Miller"));
        assert_eq!(forward("said the Secretary of State.", "the", false), Some("the Secretary of State"));
        assert_eq!(forward("said the \"Free Voice\" movement.", "the", false), Some("the \"Free Voice\" movement"));
        // A participle may open a phrase ("undecided voter"); after the phrase's first word it ends it.
        let hooton = forward("said undecided voter Stephanie Hooton of Iowa.", "undecided", false);
        assert_eq!(hooton, Some("undecided voter Stephanie Hooton of Iowa"));
        assert_eq!(forward("said Jane Roe, speaking at a rally.", "Jane", false), Some("Jane Roe"));
        // A pronoun is a phrase of its own.
        assert_eq!(forward("said he would", "he", false), Some("he"));
    }

    #[test]
    fn a_hearer_may_be_any_noun_phrase_or_an_object_pronoun() {
        assert_eq!(forward("told a crowd in Miami that", "a", true), Some("a crowd"));
        assert_eq!(forward("told a crowd in Miami that", "a", false), None);
        assert_eq!(forward("told them that", "them", true), Some("them"));
        assert_eq!(forward("told them that", "them", false), None);
        assert_eq!(forward("told the reporters gathered there", "the", true), Some("the reporters"));
    }
}
