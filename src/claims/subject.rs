//! The subject of a verb cue: the source phrase before it, the sentence's subject that a coordinated verb
//! or a participle shares, and the object that a verb of control hands an infinitive to.
//!
//! - the phrase right before the cue: "X said", "Sen. Rand Paul (R-Ky.) said", "26% say" (`source`);
//! - a coordinated verb shares its sentence's subject: "X refused to answer but said C";
//! - a participle after a comma takes its sentence's subject: "X stiffened their denunciation, saying C";
//! - an appositive or a dash aside between the source and the cue: "X, a leader of the movement,
//!   commented", "McCain -- who lost in 2008 -- said" (`source`);
//! - not a time right before the cue: "Her allies have in the past said C" takes the sentence's subject;
//! - not an occasion right before the cue: "Trump in his announcement speech called X Y", "Clinton in an
//!   interview said C" (the source stands before it);
//! - an infinitive's subject: the object of a verb of control ("urged Roe to say"), the sentence's subject
//!   otherwise ("Clinton went to Ohio to argue");
//! - no claim: a restrictive relative clause of stance ("voters who want change"), a thing that is no
//!   name after "to" ("a way to acknowledge"), a participle that names ("a group called Ginbot 7").

use super::{Cue, Reader, Reading, Src};
use crate::lexicon::{
    self, CLAUSE_SUBORDINATORS, CONTROL_VERBS, COORDINATORS, CueClass, EXPLETIVES, FINITE_AUXILIARIES,
    INDEFINITE_ARTICLES, INTRODUCTORY_PREPOSITIONS, MONTHS, OCCASION_NOUNS, OCCASION_PREPOSITIONS, PARTICIPLE_LINKS,
    QUESTIONED_PARTICIPLES, RELATIVE_PRONOUNS, STOP_WORDS, SUBJECT_OPENERS, TIME_DETERMINERS, TIME_NOUNS, TIME_WORDS,
};
use crate::structure::{Sentence, TokKind};

/// What the search for a verb cue's source found.
pub(super) enum CueSource {
    /// The source, and whether it was borrowed from the sentence's subject (a borrowed source is not next
    /// to the cue, so says nothing of where the content is).
    Found(Src, bool),
    /// The cue's reading is settled without one: an inverted claim ("C, said X") or no claim.
    Settled(Reading),
}

impl<'r> Reader<'r> {
    /// The source of a verb cue, or its settled reading.
    pub(super) fn cue_source(&self, c: &Cue, subject: Option<Src>) -> CueSource {
        let (s, hit, end) = (c.s, c.hit, c.end);
        let first = c.span.0;
        let participle = c.participle;
        let shared = || subject.or_else(|| self.sentence_subject(s, end)).map(|x| (x, true));
        let before = first.checked_sub(1).filter(|&b| b >= s.start);
        // The token before the cue, or before the occasion that ends right before it.
        let lead = before.map(|b| self.before_occasion(s, b));
        let found = match before {
            // "X refused to answer but said C", "X first denied it, but in a later interview said C": the
            // coordinated verb, after its occasion or not, shares its sentence's subject.
            Some(_) if lead.is_some_and(|o| self.is_word(o) && COORDINATORS.contains(self.lower(o))) => shared(),
            Some(b)
                if (self.is_word(b) || matches!(self.punct(b), Some(')' | '%')))
                    && (!participle || self.can_head(b)) =>
            {
                lead.and_then(|o| self.source_before(o)).map(|x| (x, false))
            }
            // "X stiffened their denunciation, saying C": a participle takes its sentence's subject.
            Some(b)
                if participle
                    && (self.punct(b) == Some(',')
                        || (b > 0 && self.st.toks[b].kind == TokKind::Close && self.punct(b - 1) == Some(','))
                        || PARTICIPLE_LINKS.contains(self.lower(b))) =>
            {
                shared()
            }
            Some(b) if (self.is_comma_like(b) || self.punct(b) == Some('-')) && b > s.start => {
                // "Trump's former campaign manager, Corey Lewandowski, said the aide, Paul Manafort, should
                // go": a sentence that opens with a name or a source noun and its appositive has its subject
                // before the cue, and no content to invert ("Currently, ... three months, said Mr Dean" has).
                // An aside with a finite verb outside a relative clause is a clause of the content ("Roe and
                // his wife, son Ghassan and Reem had been traveling, wrote his nephew").
                let opening_subject = || {
                    self.appositive(s, b).is_some_and(|x| {
                        let aside = x.head + 2..b;
                        let clause = !(self.is_word(aside.start)
                            && RELATIVE_PRONOUNS.contains(self.lower(aside.start)))
                            && aside.clone().any(|k| self.is_word(k) && FINITE_AUXILIARIES.contains(self.lower(k)));
                        x.first == s.start
                            && !clause
                            && ((self.is_cap(x.head) && x.head != s.start)
                                || self.lex.is_source_noun(self.lower(x.head)))
                    })
                };
                // "issued a statement saying" holds its object: no source follows it.
                if c.form.class == CueClass::Speech
                    && !c.message
                    && !opening_subject()
                    && let Some(d) = self.inverted(c, b)
                {
                    return CueSource::Settled(Reading::Claim(d));
                }
                // "a task - bragging - conceding C": a participle after a dash is no verb of the aside's name.
                self.appositive(s, b).or_else(|| self.dash_aside(s, b).filter(|_| !participle)).map(|x| (x, false))
            }
            _ => None,
        };
        // "Her allies have in the past said C", "Roe did not at any time mention C": a time is no source; the
        // cue's is its sentence's subject, if it has one.
        let found = match found {
            Some((src, false)) if self.is_time(src) => shared().filter(|(x, _)| !self.is_time(*x) && x.last < first),
            found => found,
        };
        let Some((src, borrowed)) = found else { return CueSource::Settled(Reading::NotACue) };
        // "voters who want change": a restrictive relative clause describes a group, it does not report
        // a stance (with a comma, "Roe, who wants change," it does).
        if c.form.class == CueClass::Stance
            && src
                .relative
                .or((self.is_word(src.head) && RELATIVE_PRONOUNS.contains(self.lower(src.head))).then_some(src.head))
                .is_some_and(|r| r > s.start && self.punct(r - 1) != Some(','))
        {
            return CueSource::Settled(Reading::NotACue);
        }
        // "sent a message to supporters saying": a message's hearer is no infinitive.
        let infinitive = !c.message && (first..hit.first).any(|k| self.lower(k) == "to");
        let (src, borrowed) =
            if infinitive { self.infinitive_subject(c, src, borrowed, subject) } else { (src, borrowed) };
        // After an infinitive "to", only a name or a pronoun is the source ("a way to acknowledge", "the
        // meeting to find" are not).
        if infinitive && src.pronoun.is_none() && !self.is_cap(src.head) {
            return CueSource::Settled(Reading::NotACue);
        }
        // "a group called Ginbot 7", "the tax loophole called an inversion": a participle that names, after
        // an indefinite phrase or a thing, not a person.
        // The thing named is the phrase right before the participle, which an "of" phrase may follow ("the
        // founder of a Facebook group called Occupy DNC").
        let names_a_thing = || {
            let before = first.checked_sub(1).map(|b| self.before_occasion(s, b));
            let (named, head) = before.and_then(|b| self.np_backward(b)).unwrap_or((src.first, src.head));
            INDEFINITE_ARTICLES.contains(self.lower(named))
                || (!self.is_cap(head) && !self.lex.is_source_noun(self.lower(head)))
        };
        if c.lower() == "called"
            && first == hit.first
            && src.pronoun.is_none()
            && src.relative.is_none()
            && names_a_thing()
        {
            return CueSource::Settled(Reading::NotACue);
        }
        CueSource::Found(src, borrowed)
    }

    /// The token before an occasion that ends at `b` right before a cue ("Trump in his announcement speech
    /// called C", "Clinton during the debate said C"): the source, or a coordinator ("but in an interview
    /// said C"), stands before it. `b` itself otherwise.
    fn before_occasion(&self, s: Sentence, b: usize) -> usize {
        if !self.is_word(b) || !OCCASION_NOUNS.contains(self.lower(b)) {
            return b;
        }
        let preposition = (b.saturating_sub(5).max(s.start + 1)..b.saturating_sub(1))
            .rev()
            .find(|&k| self.is_word(k) && OCCASION_PREPOSITIONS.contains(self.lower(k)) && self.is_det(k + 1));
        match preposition {
            // The word before heads the source ("who was at the event has defended" keeps its clause), or
            // coordinates the cue with a verb before ("but in a later interview said").
            Some(k)
                if (k + 1..b).all(|j| self.is_word(j))
                    && (self.is_cap(k - 1) || self.can_head(k - 1) || COORDINATORS.contains(self.lower(k - 1))) =>
            {
                k - 1
            }
            _ => b,
        }
    }

    /// Whether a source is headed by a time with nothing but determiners before it: "Tuesday", "April", "the
    /// past", "this year", "any time".
    fn is_time(&self, x: Src) -> bool {
        let head = self.lower(x.head);
        let time_head =
            TIME_WORDS.contains(head) || MONTHS.contains(head) || (TIME_NOUNS.contains(head) && !self.is_cap(x.head));
        time_head
            && x.pronoun.is_none()
            && (x.first..x.head)
                .all(|k| self.is_det(k) || (self.is_word(k) && TIME_DETERMINERS.contains(self.lower(k))))
    }

    /// The subject of an infinitive cue whose source `src` was read before it: "leading Kataeb Hezbollah to
    /// announce", "urged Roe to say": after a verb that hands the infinitive to its object, the object
    /// speaks; "went to Germany to discuss" leaves it to the sentence's subject.
    fn infinitive_subject(&self, c: &Cue, src: Src, borrowed: bool, subject: Option<Src>) -> (Src, bool) {
        let s = c.s;
        if src.pronoun.is_some() || borrowed || !self.is_cap(src.head) {
            return (src, borrowed);
        }
        let control = src.first.checked_sub(1).filter(|&k| k >= s.start && self.is_word(k)).is_some_and(|k| {
            let w = self.lower(k);
            CONTROL_VERBS.iter().any(|p| w.starts_with(p))
        });
        if control {
            return (src, borrowed);
        }
        // The subject read forwards may run on into the verb's own words ("Clinton went to Ohio"):
        // it ends before its first lowercase word that can head nothing.
        let tight = |x: Src| {
            let last = (x.first..=x.last)
                .take_while(|&k| k == x.first || self.is_cap(k) || self.is_det(k) || self.can_head(k))
                .last()
                .unwrap_or(x.first);
            Src { last: last.min(x.last), head: last.min(x.head), ..x }
        };
        match subject.or_else(|| self.sentence_subject(s, c.end)).map(tight).filter(|x| x.last < src.first) {
            Some(x) => (x, true),
            None => (src, borrowed),
        }
    }

    /// The subject that opens a sentence, after an introductory phrase and its comma ("Last week, the
    /// campaign ...").
    pub(super) fn sentence_subject(&self, s: Sentence, end: usize) -> Option<Src> {
        // "And even Obama tried": a conjunction or an adverb before the subject.
        let mut start = s.start;
        while start < (s.start + 2).min(end) && self.is_word(start) && SUBJECT_OPENERS.contains(self.lower(start)) {
            start += 1;
        }
        // `appositive`: the subject may be followed by a comma and an appositive ("Davis, a longtime liberal,
        // lashed out"), which the source then takes.
        let subject_at = |i: usize, appositive: bool| {
            // "Ramos left early, referring to C": a participle after the comma opens no subject; nor does
            // an expletive ("There's", "It's").
            if (!self.is_cap(i) && self.lower(i).ends_with("ing")) || EXPLETIVES.contains(self.lower(i)) {
                return None;
            }
            // "Bernie Sanders and Ted Cruz campaigned": two joined, when the verb follows them.
            let (first, last) = match self.joined_forward(i, end, false)? {
                (first, last) if self.is_word(last + 1) => (first, last),
                _ => self.np_forward(i, end)?,
            };
            let pronoun = lexicon::pronoun_kind(self.lower(last));
            if pronoun.is_none() && !self.can_head(last) {
                return None;
            }
            let src = Src { first, last, head: last, relative: None, pronoun };
            if self.is_word(last + 1) {
                return Some(src);
            }
            if !appositive || pronoun.is_some() || self.punct(last + 1) != Some(',') {
                return None;
            }
            let close = (last + 2..end.min(last + 25)).find(|&k| !self.is_word(k) && !self.in_name_punct(k))?;
            (self.punct(close) == Some(',') && close > last + 2 && self.is_word(close + 1))
                .then_some(Src { last: close - 1, ..src })
        };
        // "Outside the sports arena in downtown Washington, protesters ...": an opening prepositional
        // phrase may run longer than other introductions.
        let preposition = self.is_word(start) && INTRODUCTORY_PREPOSITIONS.contains(self.lower(start));
        // "Facing a backlash over his remarks, Trump ...", "Asked whether he would serve, Mrs. Clinton shook
        // her head and said": so may an opening participle clause.
        let participle = self.is_word(start) && {
            let w = self.lower(start);
            (w.len() > 5 && w.ends_with("ing")) || QUESTIONED_PARTICIPLES.contains(w)
        };
        // "While business groups push for free trade, Trump ...": so may an opening subordinate clause, which
        // has a subject and a verb of its own.
        let subordinate = self.is_word(start) && CLAUSE_SUBORDINATORS.contains(self.lower(start));
        let reach = if subordinate {
            16
        } else if preposition || participle {
            12
        } else {
            6
        };
        // "Clinton's husband, Bill, hurled ...": a possessive noun phrase before the comma is the subject,
        // which an appositive follows, not an introduction.
        let possessive_subject = |c: usize| {
            self.np_forward(start, end).is_some_and(|(_, last)| last + 1 == c)
                && (start..c).any(|k| lexicon::possessor(self.word(k)).is_some())
        };
        // "Donald J. Trump, the presumptive nominee, has been ...": a name of two capitalised words or more
        // before the comma is the subject, which an appositive follows ("Last Tuesday", "In Iowa" are no names).
        let name_subject = |c: usize| {
            let words = (start..c).filter(|&k| self.is_word(k)).count();
            words >= 2
                && (start..c).all(|k| {
                    (self.is_word(k)
                        && self.is_cap(k)
                        && !STOP_WORDS.contains(self.lower(k))
                        && !TIME_WORDS.contains(self.lower(k))
                        && !MONTHS.contains(self.lower(k)))
                        || self.in_name_punct(k)
                })
        };
        // "At an event in Ames, Iowa, on Sunday, Clinton ...": a longer introduction may hold commas of its
        // own, and the subject follows the first comma after which one stands.
        let long = reach > 6;
        let mut intros = (start..(start + reach).min(end)).filter(|&k| self.punct(k) == Some(',')).filter(|&c| {
            (start..c).all(|k| self.is_word(k) || self.in_name_punct(k) || (long && self.punct(k) == Some(',')))
                && !possessive_subject(c)
                && !name_subject(c)
        });
        let intro = intros.next();
        intro
            .and_then(|c| subject_at(c + 1, false))
            .or_else(|| intros.find_map(|c| subject_at(c + 1, false)))
            .or_else(|| subject_at(start, false))
            .or_else(|| intro.and_then(|c| subject_at(c + 1, true)))
            .or_else(|| subject_at(start, true))
    }
}
