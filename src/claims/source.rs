//! Source phrases: the words before a cue that name who speaks, and the asides that a source takes.
//!
//! - a name, a title or a noun phrase: "US State Department spokesperson Matthew Miller said", "Officials
//!   said", "Several said";
//! - a name or a number before a parenthesis or a sign: "Sen. Rand Paul (R-Ky.) said", "26% say";
//! - a pronoun, contracted or not: "he said", "She's hoping", "they’re saying";
//! - an intensifier: "Cruz himself said"; before an adverb of place: "Officials there said";
//! - a relative pronoun and its antecedent: "al-Sudani, who has called for", "those who said";
//! - a participle or "out" after a source noun: "A poll released on Tuesday showed", "a poll out this week
//!   shows";
//! - a relative clause or a prepositional phrase after a source noun: "A woman who has accused X of Y
//!   said", "a source close to him said", "an analyst at Moody's said";
//! - an appositive or relative clause between commas: "X, a leader of the movement, commented", "X, who ran
//!   the campaign, said", past an age, a place or another object of a preposition with an aside of its
//!   own ("Benford, 58, who lives nearby, says", "Grassley, of Iowa, a swing state, said", "Roe, a fellow
//!   at the Center, which works on poverty, said");
//! - not a circumstance of the saying between commas, which the source ends before: "Marco Rubio, speaking
//!   at a rally, said", "Trump, asked about the deaths, said", "Jane Roe, a pollster, citing new data, said";
//! - an aside between dashes: "McCain -- who lost in 2008 -- said";
//! - after an inverted source, the appositive that runs to the sentence's end: "said Ali, a leader of the
//!   movement.".

use super::{Reader, Src};
use crate::lexicon::{
    self, ADJUNCT_PREPOSITIONS, AFFILIATION_PREPOSITIONS, ASIDE_PREPOSITIONS, AUXILIARIES, CUE_ADJUNCT_PREPOSITIONS,
    DETERMINERS, DISCOURSE_ADVERBIALS, FINITE_AUXILIARIES, INFINITIVE_PREPOSITIONS, LIST_PARTICIPLES,
    NON_APPOSITIVE_OPENERS, OBJECT_PREPOSITIONS, OCCASION_NOUNS, PERSON_RELATIVES, POSTMODIFIER_PREPOSITIONS,
    QUANTIFIERS, QUESTIONED_PARTICIPLES, REFLEXIVES, RELATION_ADJECTIVES, RELATION_PREPOSITIONS, RELATIVE_PRONOUNS,
    SOURCE_PLACE_ADVERBS, STOP_WORDS, THIRD_PERSON_POSSESSIVES, TIME_WORDS, TITLE_PARTICIPLES, TITLE_PREPOSITIONS,
    TITLES,
};
use crate::structure::{Sentence, TokKind};

/// The most tokens of a work's title in quotation marks that an appositive takes, marks included.
const MAX_QUOTED_TITLE: usize = 16;

impl<'r> Reader<'r> {
    /// The source that ends at word `b`, right before a cue.
    pub(super) fn source_before(&self, b: usize) -> Option<Src> {
        // "Sen. Rand Paul (R-Ky.) said", "26% say": the name or number before the parenthesis or sign.
        if matches!(self.punct(b), Some(')' | '%')) {
            let head = if self.punct(b) == Some('%') {
                b.checked_sub(1)?
            } else {
                let open = (b.saturating_sub(20)..b).rev().find(|&o| self.punct(o) == Some('('))?;
                open.checked_sub(1)?
            };
            let (first, _) = self.np_backward(head)?;
            return Some(Src { first, last: b, head, relative: None, pronoun: None });
        }
        let w = self.lower(b);
        // "She's hoping", "they’re saying": a pronoun with its auxiliary contracted.
        let contracted = || w.contains(['\'', '\u{2019}']).then(|| lexicon::contracted_kind(w)).flatten();
        if let Some(p) = lexicon::pronoun_kind(w).or_else(contracted) {
            return Some(Src { first: b, last: b, head: b, relative: None, pronoun: Some(p) });
        }
        // "Cruz himself said": the intensifier belongs to the source before it.
        if REFLEXIVES.contains(w) && b > 0 && self.is_word(b - 1) {
            return self.source_before(b - 1).map(|x| Src { last: b, ..x });
        }
        // "Officials there said": an adverb of place after a noun that can head a source says where the
        // source is; the source ends before it.
        if SOURCE_PLACE_ADVERBS.contains(w) && b > 0 && self.is_word(b - 1) && self.can_head(b - 1) {
            return self.source_before(b - 1);
        }
        if let Some(src) = self.postmodified(b) {
            return Some(src);
        }
        if RELATIVE_PRONOUNS.contains(w) {
            let mut a = b.checked_sub(1)?;
            if self.punct(a) == Some(',') {
                a = a.checked_sub(1)?;
            }
            // With no antecedent ("those who said"), the relative pronoun is the source.
            return Some(match self.np_backward(a) {
                Some((first, last)) => Src { first, last, head: last, relative: Some(b), pronoun: None },
                None => Src { first: b, last: b, head: b, relative: None, pronoun: None },
            });
        }
        // "A poll released on Tuesday showed", "a poll out this week shows": a participle (or "out") after a
        // source noun, its adjuncts absorbed by the cue.
        let after_noun = w == "out" || (w.ends_with("ed") && !self.is_cap(b));
        if after_noun && b > 0 && self.is_word(b - 1) && self.lex.is_source_noun(self.lower(b - 1)) {
            let (first, head) = self.np_backward(b - 1)?;
            return Some(Src { first, last: b, head, relative: None, pronoun: None });
        }
        let (first, last) = self.np_backward(b)?;
        Some(Src { first, last, head: last, relative: None, pronoun: None })
    }

    /// Whether a source has no comma in it: no appositive, so a relative clause in it restricts it.
    pub(super) fn restrictive(&self, x: &Src) -> bool {
        (x.first..=x.last).all(|k| self.punct(k) != Some(','))
    }

    /// "A woman who has accused X of Y said", "a source close to him said", "an analyst at Moody's said": a
    /// noun phrase whose relative clause or prepositional phrase runs up to the cue, read back from word
    /// `b` within the clause. The head is the noun before "who" or the preposition, which must be a
    /// source noun or a title for a preposition.
    pub(super) fn postmodified(&self, b: usize) -> Option<Src> {
        let w = self.lower(b);
        if !self.is_word(b) || STOP_WORDS.contains(w) || AUXILIARIES.contains(w) {
            return None;
        }
        // The nearest preposition after a source noun, unless a relative clause opens further left
        // ("Voters who met the mayor in 2016 say").
        let mut nearest = None;
        // Where the noun phrase that ends at `b` starts: the object of an `OBJECT_PREPOSITIONS` word (read
        // only when one is met, as most sources have none).
        let object = || self.np_backward(b).map(|(first, _)| first);
        let mut k = b;
        while k > 0 && b - k < 25 {
            k -= 1;
            if self.st.toks[k].kind == TokKind::Close {
                match self.short_quote(k) {
                    Some((open, _)) => k = open,
                    None => break,
                }
                continue;
            }
            if !self.is_word(k) {
                // A full stop of its own ends a sentence; one inside a name is part of its word.
                if self.in_name_punct(k) && self.punct(k) != Some('.') {
                    continue;
                }
                break;
            }
            if k == 0 || !self.is_word(k - 1) {
                continue;
            }
            let w = self.lower(k);
            // "Voters who met the mayor say", "Officials whose laws were struck down said".
            if PERSON_RELATIVES.contains(w) {
                let (first, head) = self.np_backward(k - 1)?;
                return Some(Src { first, last: b, head, relative: None, pronoun: None });
            }
            let next = self.is_word(k + 1).then(|| self.lower(k + 1));
            // "Aides to Mr. Roe", not "Chief Secretary to the Treasury Paul Boateng" (a title's object, then
            // the name).
            let named_next = self.is_cap(k + 1) || next.is_some_and(|n| DETERMINERS.contains(n));
            let infinitive = INFINITIVE_PREPOSITIONS.contains(w);
            let preposition = (POSTMODIFIER_PREPOSITIONS.contains(w) && !infinitive)
                || (infinitive && named_next && !TITLES.contains(self.lower(k - 1)))
                || (OBJECT_PREPOSITIONS.contains(w) && object() == Some(k + 1))
                || (RELATION_ADJECTIVES.contains(w) && next.is_some_and(|n| RELATION_PREPOSITIONS.contains(n)));
            // "officials in 2016", "aides on Monday": a time, not what the noun is of.
            let time = next.is_some_and(|n| TIME_WORDS.contains(n) || n.bytes().all(|c| c.is_ascii_digit()));
            let noun = self.lower(k - 1);
            // "activists clamoring to block him say", "Republicans supporting the bill have said".
            let participle = self.ing_participle(k);
            let plural = lexicon::looks_plural(noun) && !STOP_WORDS.contains(noun);
            // "Tom Brown of the Brookings Institution said", "most of the candidates say", "50 of the officers
            // said": a name, a quantifier or a number, whose "of" phrase says who or of whom.
            let named = OBJECT_PREPOSITIONS.contains(w)
                && (self.is_cap(k - 1)
                    || QUANTIFIERS.contains(noun)
                    || (!noun.is_empty() && noun.bytes().all(|c| c.is_ascii_digit())));
            // "Many in the crowd said", "Some within the party say": a quantifier, not a count ("two in three").
            let counted = preposition && QUANTIFIERS.contains(noun) && !self.is_number(k - 1);
            let source = self.is_role(noun) || named || counted;
            if nearest.is_none() && ((preposition && !time && source) || (participle && (source || plural))) {
                nearest = Some(k - 1);
            }
        }
        let (first, head) = self.np_backward(nearest?)?;
        Some(Src { first, last: b, head, relative: None, pronoun: None })
    }

    /// "X, a leader of the movement, commented", "X, who ran the campaign, said": the appositive or
    /// relative clause that ends at comma `b`, and the name before it. The nearest comma, within a
    /// bounded walk, that follows a name and opens such a phrase wins.
    pub(super) fn appositive(&self, s: Sentence, b: usize) -> Option<Src> {
        // `X, citing "the magic of Trump," said`: the aside's comma may sit inside the short quoted phrase
        // that ends it, opened after a word of the aside or after a comma when the phrase is a title in
        // apposition (`X, a contestant on the show, "The Apprentice," said`); the walk then passes that
        // phrase's opening mark.
        let quoted = (self.st.toks[b].kind == TokKind::Close && b > 0 && self.punct(b - 1) == Some(','))
            .then(|| self.st.quote_of(b))
            .flatten()
            .filter(|q| {
                q.open > s.start
                    && q.close - q.open <= 12
                    && (self.is_word(q.open - 1) || self.punct(q.open - 1) == Some(','))
            })
            .map(|q| q.open);
        let b = if quoted.is_some() { b - 1 } else { b };
        if self.punct(b) != Some(',') {
            return None;
        }
        let mut i = b.checked_sub(1)?;
        // The aside, when it is the source's, ends before the comma, or with the quotation around it.
        let aside_end = if quoted.is_some() { b + 1 } else { i };
        let mut steps = 0;
        // The source with the first name met, when that name lies inside an aside of another's.
        let mut inner = None;
        // Whether a comma before a finite verb was passed: the phrase that holds it must be a relative clause.
        let mut predicate = false;
        while i > s.start && steps < 40 {
            match self.st.toks[i].kind {
                TokKind::Close => {
                    // A short quotation of words in the aside, which may end with its comma inside the marks
                    // (a quoted title: `, "The Apprentice,"`). Every `short_quote` is one of these.
                    let quoted = self.st.quote_of(i).filter(|q| {
                        q.close - q.open <= 12
                            && (q.open + 1..q.close)
                                .all(|k| self.is_word(k) || (k + 1 == q.close && self.punct(k) == Some(',')))
                    });
                    let Some(q) = quoted else { return inner };
                    i = q.open;
                }
                TokKind::Word => {}
                TokKind::Open if quoted == Some(i) => {}
                TokKind::Punct
                    if matches!(
                        self.punct(i),
                        Some(
                            '(' | ')' | '-' | '\u{2014}' | '\u{2013}' | '.' | '\'' | '\u{2019}' | '$' | '%' | '&' | '/'
                        )
                    ) => {}
                TokKind::Punct if self.punct(i) == Some(',') && i + 1 < b => {
                    let opener = self.lower(i + 1);
                    // "Executives for Mondelez, which earned $30 billion, say", "The company, which is based
                    // in Ohio, said": "which" opens an aside after a name or a source noun too.
                    let which = opener == "which" && (self.is_cap(i - 1) || self.lex.is_source_noun(self.lower(i - 1)));
                    // "Rubio, whose hometown, Miami, is projected to flood, argues": a finite verb after the
                    // comma is the predicate of a relative clause, whose antecedent lies further back.
                    if self.is_word(i + 1) && FINITE_AUXILIARIES.contains(opener) {
                        predicate = true;
                    } else if self.is_word(i + 1) && (which || !NON_APPOSITIVE_OPENERS.contains(opener)) {
                        // "Marco Rubio, speaking at a rally, said", "Trump, asked about the deaths, said": a
                        // circumstance of the saying between commas is no part of the source, which ends
                        // before it, with an aside of its own if it has one ("X, a pollster, citing Y, said").
                        if self.circumstance(i + 1) {
                            let bare = self.source_before(i - 1).filter(|x| x.first >= s.start);
                            return self.appositive(s, i).or(bare);
                        }
                        let name = self.name_before_aside(s, i);
                        // "Benford, 58, who lives nearby, says": an age is no name; the walk goes on.
                        let age = self.word(i - 1).bytes().all(|c| c.is_ascii_digit());
                        let object = name.is_some_and(|(first, _)| self.inside_aside(s, first));
                        if let Some((first, last)) = name.filter(|_| !age) {
                            // "Sanders, meanwhile, said": a discourse adverbial is no aside of the name's.
                            let adverbial = b - i <= 5 && (i + 1..b).all(|k| self.is_word(k)) && {
                                let words: Vec<&str> = (i + 1..b).map(|k| self.lower(k)).collect();
                                DISCOURSE_ADVERBIALS.contains(&words.join(" "))
                            };
                            // "He, like Mr Kennedy, pointed to": a pronoun takes no appositive; the aside is
                            // the writer's.
                            let pronoun = (first == last).then(|| lexicon::pronoun_kind(self.lower(first))).flatten();
                            let source = (first >= s.start).then_some(Src {
                                first,
                                last: if adverbial || pronoun.is_some() { i - 1 } else { aside_end },
                                head: last,
                                relative: None,
                                pronoun,
                            });
                            let source = source.filter(|_| !predicate || PERSON_RELATIVES.contains(opener) || which);
                            if !object {
                                return source.map(|x| self.role_before(s, x)).or(inner);
                            }
                            if let Some(x) = source.and_then(|x| self.role_of(s, x)) {
                                return Some(x);
                            }
                            inner = inner.or(source);
                        }
                    }
                }
                _ => return inner,
            }
            let Some(before) = i.checked_sub(1) else { return inner };
            i = before;
            steps += 1;
        }
        inner
    }

    /// Whether the phrase that opens at `first`, before an aside's comma, lies itself inside an aside of a
    /// name further back, so that the walk goes on to that name. "Grassley, of Iowa, a swing state, said",
    /// "Jane Roe, a fellow at the Center, which works on poverty, said": the object of a preposition; so is
    /// a name after a relative pronoun ("X, whose husband, Ty Woods, was killed") and a name after a comma
    /// that goes on with such an object ("X, who died in Aurora, Colorado, in July, said"). "Gustav Ando,
    /// research director for IHS, a consulting company, said": a description after a name's comma is that
    /// name's first aside (not after a capital that only opens the sentence: "Separately, the company,").
    fn inside_aside(&self, s: Sentence, first: usize) -> bool {
        let object_at = |first: usize| {
            let before = (first > s.start).then(|| self.lower(first - 1));
            before.is_some_and(|w| ASIDE_PREPOSITIONS.contains(w) || PERSON_RELATIVES.contains(w))
        };
        let after_name = first > s.start + 1 && self.punct(first - 1) == Some(',') && self.is_cap(first - 2);
        let described = after_name && self.is_word(first) && !self.is_cap(first) && first - 2 > s.start;
        object_at(first)
            || described
            || (after_name && self.np_backward(first - 2).is_some_and(|(place, _)| object_at(place)))
    }

    /// "Nevada's governor, Brian Sandoval, a Republican, said": the role that opens the sentence, before the
    /// name's comma, goes with the source `x`, whose head stays the name, when what follows the name is an
    /// appositive's opening (not a predicate: "Two other directors, Roe and Doe, remain defendants, said").
    fn role_before(&self, s: Sentence, x: Src) -> Src {
        let k = x.head + 2;
        let aside = x.last > x.head
            && (self.is_det(k)
                || self.is_number(k)
                || self.is_cap(k)
                || (self.is_word(k) && (PERSON_RELATIVES.contains(self.lower(k)) || self.is_role(self.lower(k)))));
        let role = ((x.last == x.head || aside) && x.first >= s.start + 2 && self.punct(x.first - 1) == Some(','))
            .then(|| self.np_backward(x.first - 2))
            .flatten()
            .filter(|&(first, head)| first == s.start && !self.is_cap(head) && self.is_role(self.lower(head)));
        role.map_or(x, |(first, _)| Src { first, ..x })
    }

    /// "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned": when the name before an
    /// aside that names someone is the object of an affiliation's preposition after a role that opens the
    /// sentence, that role heads the source, which runs through the aside.
    fn role_of(&self, s: Sentence, x: Src) -> Option<Src> {
        let named = self.is_cap(x.head + 2) && !RELATIVE_PRONOUNS.contains(self.lower(x.head + 2));
        let p = x
            .first
            .checked_sub(1)
            .filter(|&p| named && p > s.start && AFFILIATION_PREPOSITIONS.contains(self.lower(p)))?;
        let (first, head) = self.np_backward(p - 1)?;
        (first == s.start && self.is_role(self.lower(head))).then_some(Src { first, head, ..x })
    }

    /// The noun phrase before the comma at `i` that opens an aside, as first and last token: the name before
    /// a parenthesis ("Sen. Rob Portman (R-Ohio), another incumbent, said"), with the quantifier whose "of"
    /// phrase it is ("one of Mr Bakrie's deputies, Mahendra Siregar,": no object of a preposition in an
    /// aside).
    fn name_before_aside(&self, s: Sentence, i: usize) -> Option<(usize, usize)> {
        let (first, last) = if self.punct(i - 1) == Some(')') {
            self.source_before(i - 1).map(|x| (x.first, x.head))?
        } else {
            self.np_backward(i - 1)?
        };
        let quantifier = first.checked_sub(2).filter(|&q| {
            q >= s.start && self.lower(first - 1) == "of" && self.is_word(q) && QUANTIFIERS.contains(self.lower(q))
        });
        Some((quantifier.unwrap_or(first), last))
    }

    /// Whether the word at `k`, after a comma, opens a circumstance of the saying: an -ing participle
    /// ("speaking at a rally", "citing documents"), a participle of being questioned ("asked about C"), or
    /// a preposition of the cue's adjuncts before an occasion or a medium ("in a statement released on
    /// Thursday", "in an interview with CNN", "on Twitter"; not "in Ohio") or before a possessive that points
    /// back to the subject ("to his credit"), or "with" before a bare noun ("with unconcealed delight"); but
    /// no -ing word of a title or a list ("managing director", "including") nor a compound adjective
    /// ("long-serving").
    fn circumstance(&self, k: usize) -> bool {
        let w = self.lower(k);
        let occasion = || {
            self.np_forward(k + 1, self.st.toks.len())
                .is_some_and(|(_, z)| OCCASION_NOUNS.contains(self.lower(z)) || self.lex.is_media_noun(self.lower(z)))
        };
        (self.ing_participle(k) && !w.contains('-') && !TITLE_PARTICIPLES.contains(w) && !LIST_PARTICIPLES.contains(w))
            || (self.is_word(k) && !self.is_cap(k) && QUESTIONED_PARTICIPLES.contains(w))
            || (self.is_word(k) && CUE_ADJUNCT_PREPOSITIONS.contains(w) && occasion())
            || (self.is_word(k) && ADJUNCT_PREPOSITIONS.contains(w) && self.is_word(k + 1) && {
                // "to his credit", "in her dissent"; "with unconcealed delight", a manner (not "with the
                // Brookings Institution").
                let next = self.lower(k + 1);
                THIRD_PERSON_POSSESSIVES.contains(next) || (w == "with" && !self.is_cap(k + 1) && !self.is_det(k + 1))
            })
    }

    /// "McCain -- who lost in 2008 -- said", "Murphy — after a pause — told": the name before an aside
    /// between dashes that ends at dash `b`; the source takes the aside.
    pub(super) fn dash_aside(&self, s: Sentence, b: usize) -> Option<Src> {
        let dash = |k: usize| self.is_dash(k);
        if !dash(b) {
            return None;
        }
        let close = if b > s.start && dash(b - 1) { b - 1 } else { b };
        let open = (close.saturating_sub(30).max(s.start + 1)..close)
            .rev()
            .take_while(|&k| self.is_word(k) || dash(k) || matches!(self.punct(k), Some(',' | '(' | ')' | '.' | '\'')))
            .find(|&k| dash(k))?;
        let open = if open > s.start && dash(open - 1) { open - 1 } else { open };
        let (first, head) = self.np_backward(open.checked_sub(1)?)?;
        (first >= s.start && open + 1 < close).then_some(Src {
            first,
            last: close - 1,
            head,
            relative: None,
            pronoun: None,
        })
    }

    /// After a source that ends at `z`, a comma and an appositive or relative clause that runs to the end
    /// of the sentence ("said Ali, a leader of the movement."): the new end.
    pub(super) fn appositive_after(&self, z: usize, end: usize) -> usize {
        // "said Sen. Chris Murphy (D-Conn.), who voted against it": a short parenthesis after a name is part
        // of it, and the appositive may follow it.
        if self.punct(z + 1) == Some('(')
            && self.is_cap(z)
            && let Some(close) = (z + 2..end.min(z + 8)).find(|&c| self.punct(c) == Some(')'))
        {
            return self.appositive_after(close, end);
        }
        // "said a handful of Democrats who point to C": a relative clause needs no comma.
        let relative = |k: usize| self.is_word(k) && PERSON_RELATIVES.contains(self.lower(k));
        let o = if relative(z + 1) { z + 1 } else { z + 2 };
        if (o == z + 2 && self.punct(z + 1) != Some(',')) || !self.is_word(o) {
            return z;
        }
        let opener = self.lower(o);
        // "said the group's leader, Abu Mohammed, in an audio message": after a role, the name of its holder,
        // up to the comma or stop after it.
        let role = self.is_word(z) && self.is_role(self.lower(z));
        if role && o == z + 2 && self.is_cap(o) && !self.is_det(o) {
            let mut e = o;
            while e + 1 < end && self.is_word(e + 1) && self.is_cap(e + 1) {
                e += 1;
            }
            return if e + 1 >= end || matches!(self.punct(e + 1), Some(',' | '.')) { e } else { z };
        }
        // "said Katie Harbath, Facebook's politics director": a name's possessive determines a role too.
        let opens = self.is_det(o) || relative(o) || self.is_role(opener) || self.name_possessive(o);
        if !opens {
            return z;
        }
        // It runs to the end of the sentence unless a quotation starts first, or the sentence goes on
        // after a comma with a verb ("The paradox, says X, a historian, is that C").
        let mut e = o;
        // "said Jon Meacham, the author of "Destiny and Power," a biography": a title in quotation marks
        // after "of" or "by" is the appositive's.
        let title = |e: usize| {
            (self.is_word(e) && TITLE_PREPOSITIONS.contains(self.lower(e)))
                .then(|| self.st.quote_of(e + 1))
                .flatten()
                .filter(|q| q.open == e + 1 && q.close < end && q.close - q.open <= MAX_QUOTED_TITLE)
        };
        while e + 1 < end && self.st.toks[e + 1].kind != TokKind::Para {
            if self.st.toks[e + 1].kind == TokKind::Open {
                match title(e) {
                    Some(q) => {
                        e = q.close;
                        continue;
                    }
                    None => break,
                }
            }
            if self.punct(e + 1) == Some(',')
                && self.is_word(e + 2)
                && AUXILIARIES.contains(self.lower(e + 2))
                && self.lower(e + 2) != "to"
            {
                return e;
            }
            // "said Ed Rendell, a former governor, referring to C": a participle after a comma is the
            // source's next verb, not the appositive's.
            if self.punct(e + 1) == Some(',') && self.is_word(e + 2) && self.circumstance(e + 2) {
                return e;
            }
            e += 1;
        }
        if e + 1 < end {
            // Stop at the comma before the quotation.
            while e > o && self.punct(e) == Some(',') {
                e -= 1;
            }
        }
        e
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::Src;
    use crate::claims::reader::Sample;
    use crate::lexicon::PronounKind;

    /// A source as text: the whole phrase and its head.
    fn shown(t: &Sample, x: Option<Src>) -> Option<(&'static str, &'static str)> {
        x.map(|x| (t.span((x.first, x.last)), t.span((x.head, x.head))))
    }

    /// The source that ends at the first token reading `word`, right before a cue.
    fn before(text: &'static str, word: &str) -> Option<(&'static str, &'static str)> {
        let t = Sample::new(text);
        shown(&t, t.reader().source_before(t.at(word)))
    }

    /// The source with the appositive that ends at the `n`-th comma (from 0).
    fn appositive(text: &'static str, n: usize) -> Option<(&'static str, &'static str)> {
        let t = Sample::new(text);
        shown(&t, t.reader().appositive(t.sentence(), t.nth(",", n)))
    }

    #[test]
    fn a_name_or_a_number_before_a_parenthesis_or_a_sign() {
        assert_eq!(before("Sen. Rand Paul (R-Ky.) said", ")"), Some(("Sen. Rand Paul (R-Ky.)", "Paul")));
        assert_eq!(before("About 26% say", "%"), Some(("About 26%", "26")));
    }

    #[test]
    fn a_pronoun_contracted_or_not_and_an_intensifier() {
        let t = Sample::new("She's hoping, and they\u{2019}re saying, he said");
        let kind = |w: &str| t.reader().source_before(t.at(w)).and_then(|x| x.pronoun);
        assert_eq!(kind("She's"), Some(PronounKind::Person));
        assert_eq!(kind("they\u{2019}re"), Some(PronounKind::Group));
        assert_eq!(kind("he"), Some(PronounKind::Person));
        assert_eq!(before("Cruz himself said", "himself"), Some(("Cruz himself", "Cruz")));
    }

    #[test]
    fn a_relative_pronoun_stands_for_its_antecedent_or_for_itself() {
        let t = Sample::new("A request from Minister Jane Roe, who has called for calm");
        let x = t.reader().source_before(t.at("who")).unwrap();
        assert_eq!((t.span((x.first, x.last)), x.relative), ("Minister Jane Roe", Some(t.at("who"))));
        assert_eq!(before("Those who said", "who"), Some(("who", "who")));
    }

    #[test]
    fn a_source_noun_takes_its_participle_relative_clause_or_prepositional_phrase() {
        assert_eq!(before("A poll released on Tuesday showed", "released"), Some(("A poll released", "poll")));
        assert_eq!(before("A poll out this week shows", "out"), Some(("A poll out", "poll")));
        let woman = before("A woman who has accused him of fraud said", "fraud");
        assert_eq!(woman, Some(("A woman who has accused him of fraud", "woman")));
        assert_eq!(before("A source close to him said", "him"), Some(("A source close to him", "source")));
        assert_eq!(before("An analyst at Moody's said", "Moody's"), Some(("An analyst at Moody's", "analyst")));
        // The relative clause that opens furthest left wins over a nearer preposition.
        let voters = before("Voters who met the mayor in 2016 say", "2016");
        assert_eq!(voters, Some(("Voters who met the mayor in 2016", "Voters")));
        let activists = before("Activists clamoring to block him say", "him");
        assert_eq!(activists, Some(("Activists clamoring to block him", "Activists")));
    }

    #[test]
    fn a_source_with_a_comma_is_not_restrictive() {
        let t = Sample::new("Voters who met the mayor say, and Jane Roe, a historian, said");
        let r = t.reader();
        assert!(r.restrictive(&r.source_before(t.at("mayor")).unwrap()));
        assert!(!r.restrictive(&r.appositive(t.sentence(), t.nth(",", 2)).unwrap()));
    }

    #[test]
    fn an_appositive_or_relative_clause_between_commas_goes_with_the_name_before_it() {
        let leader = appositive("Jane Roe, a leader of the movement, commented", 1);
        assert_eq!(leader, Some(("Jane Roe, a leader of the movement", "Roe")));
        let ran = appositive("Jane Roe, who ran the campaign, said", 1);
        assert_eq!(ran, Some(("Jane Roe, who ran the campaign", "Roe")));
        // Past an age and a place, to the name before them.
        let benford = appositive("Benford, 58, who lives nearby, says", 2);
        assert_eq!(benford, Some(("Benford, 58, who lives nearby", "Benford")));
        let grassley = appositive("Grassley, of Iowa, a swing state, said", 2);
        assert_eq!(grassley, Some(("Grassley, of Iowa, a swing state", "Grassley")));
        // Past the object of a preposition, whose own aside the last one is, to the name the first belongs to.
        let morris =
            appositive("Scott Morris, a fellow at the Center for Global Development, which works on poverty, said", 2);
        assert_eq!(
            morris,
            Some(("Scott Morris, a fellow at the Center for Global Development, which works on poverty", "Morris"))
        );
        let minor = appositive("Willie Minor, an actor in Dallas, who runs a small theater, said", 2);
        assert_eq!(minor, Some(("Willie Minor, an actor in Dallas, who runs a small theater", "Minor")));
        let head = appositive("Ken Cuccinelli, head of the Senate Conservatives Fund, a group of donors, said", 2);
        assert_eq!(
            head,
            Some(("Ken Cuccinelli, head of the Senate Conservatives Fund, a group of donors", "Cuccinelli"))
        );
        // With no name before it, the object and its aside are the source, as before.
        let center = appositive("A spokesman at the Center, which works on poverty, said", 1);
        assert_eq!(center, Some(("the Center, which works on poverty", "Center")));
        // The name before a parenthesis; "which" after a name.
        let portman = appositive("Sen. Rob Portman (R-Ohio), another incumbent, said", 1);
        assert_eq!(portman, Some(("Sen. Rob Portman (R-Ohio), another incumbent", "Portman")));
        let mondelez = appositive("Executives for Mondelez, which earned $30 billion, say", 1);
        assert_eq!(mondelez, Some(("Executives for Mondelez, which earned $30 billion", "Mondelez")));
        // A circumstance of the saying between commas is no part of the source, with or without an aside.
        assert_eq!(appositive("Marco Rubio, speaking at a rally in Miami, said", 1), Some(("Marco Rubio", "Rubio")));
        assert_eq!(appositive("Jane Roe, a pollster, citing new data, said", 2), Some(("Jane Roe, a pollster", "Roe")));
        assert_eq!(appositive("Mr. Trump, asked about the deaths, said", 1), Some(("Mr. Trump", "Trump")));
        let he = Sample::new("He, speaking at a rally, said");
        assert_eq!(
            he.reader().appositive(he.sentence(), he.nth(",", 1)).and_then(|x| x.pronoun),
            Some(PronounKind::Person)
        );
        // An -ing word of a title or a list opens an appositive, as does a compound adjective.
        let peck = appositive("Robert Peck, managing director at SunTrust, said", 1);
        assert_eq!(peck, Some(("Robert Peck, managing director at SunTrust", "Peck")));
        let long = appositive("Jane Roe, long-serving senator from Ohio, said", 1);
        assert_eq!(long, Some(("Jane Roe, long-serving senator from Ohio", "Roe")));
        // A comma before "and" opens no appositive.
        assert_eq!(appositive("The plan failed, and the leaders, she said", 1), None);
        // A comma before a finite verb is inside a relative clause, whose antecedent the walk goes back to;
        // with no relative pronoun behind it, there is none.
        let rubio = appositive("Marco Rubio, whose hometown, Miami, is projected to flood, argues", 3);
        assert_eq!(rubio, Some(("Marco Rubio, whose hometown, Miami, is projected to flood", "Rubio")));
        let woods = appositive("Dorothy Woods, whose husband, Ty Woods, was killed, discussed", 3);
        assert_eq!(woods, Some(("Dorothy Woods, whose husband, Ty Woods, was killed", "Woods")));
        assert_eq!(appositive("The contrast with Trump, said Doyle, would be clear, and many, to", 3), None);
        // "like" and "unlike" open an aside of comparison, whose object is not the source.
        let cnn = appositive("CNN, like The Associated Press, which was the first to do so, declared", 2);
        assert_eq!(cnn, Some(("CNN, like The Associated Press, which was the first to do so", "CNN")));
    }

    /// The source with the aside that ends at the `n`-th token (from 0) reading `dash`.
    fn dash_aside(text: &'static str, dash: &str, n: usize) -> Option<(&'static str, &'static str)> {
        let t = Sample::new(text);
        shown(&t, t.reader().dash_aside(t.sentence(), t.nth(dash, n)))
    }

    #[test]
    fn an_aside_between_dashes_goes_with_the_name_before_it() {
        // "--" is two tokens: the aside ends at the first of the closing pair.
        let mccain = dash_aside("McCain -- who lost in 2008 -- said", "-", 3);
        assert_eq!(mccain, Some(("McCain -- who lost in 2008", "McCain")));
        let murphy = dash_aside("Murphy \u{2014} after a pause \u{2014} told", "\u{2014}", 1);
        assert_eq!(murphy, Some(("Murphy \u{2014} after a pause", "Murphy")));
    }

    /// The source from the first token reading `word`, with the appositive after it.
    fn with_appositive(text: &'static str, word: &str) -> &'static str {
        let t = Sample::new(text);
        let (r, z) = (t.reader(), t.at(word));
        t.span((z, r.appositive_after(z, r.content_end(t.sentence()))))
    }

    #[test]
    fn after_an_inverted_source_an_appositive_runs_to_the_end_of_the_sentence_or_its_verb() {
        assert_eq!(with_appositive("said Ali, a leader of the movement.", "Ali"), "Ali, a leader of the movement");
        assert_eq!(with_appositive("The paradox, says Ali, a historian, is that it works.", "Ali"), "Ali, a historian");
        // A relative clause needs no comma.
        let democrats = with_appositive("said a handful of Democrats who point to the bill.", "Democrats");
        assert_eq!(democrats, "Democrats who point to the bill");
        // A quotation or a participle after the comma is no appositive.
        assert_eq!(with_appositive("said Ali, \"We won.\"", "Ali"), "Ali");
        assert_eq!(with_appositive("said Ali, pointing to the bill.", "Ali"), "Ali");
    }
}
