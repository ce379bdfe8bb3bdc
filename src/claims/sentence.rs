//! sentence

use super::*;
use crate::lexicon::{self, *};

impl<'r> Reader<'r> {
    /// The claims of one sentence, given its cues in order.
    pub(super) fn sentence(&self, s: Sentence, hits: &[Hit]) -> Vec<Draft> {
        let hits = &self.verb_hits(s, hits);
        let mut out = Vec::new();
        out.extend(self.colon(s).or_else(|| self.colon_quote(s)));
        self.that_clauses(s, hits, &mut out);
        out.extend(self.in_poll(s, hits));
        out.extend(self.quote_verb(s, hits));
        let mut subject: Option<Src> = None;
        // "Bush Says He Will Stay": in a title-case headline a capitalised cue is a verb, not part of a name.
        let headline = hits.iter().any(|h| h.first > s.start && self.is_cap(h.first)) && self.title_case(s);
        for (k, hit) in hits.iter().enumerate() {
            if self.st.in_quote[hit.first] != 0 {
                continue;
            }
            let next = &hits[k + 1..];
            let outer = subject;
            // "he did say he found C and called D": a cue inside another claim's content lends its source
            // to no later "and V"; the main clause's does.
            let inner = out.iter().any(|o| o.content.iter().any(|&(a, b)| a <= hit.first && hit.last <= b));
            let draft = self.attribute(s, *hit, next, headline, &mut subject);
            if inner {
                subject = outer;
            }
            out.extend(draft);
        }
        self.predicative(s, hits, &mut out);
        self.designation(s, &mut out);
        self.noun_cues(s, hits, &mut out);
        out
    }

    /// Whether the sentence is a title-case headline: at least three words of four letters or more, nearly
    /// all capitalised.
    pub(super) fn title_case(&self, s: Sentence) -> bool {
        let (mut long, mut cap) = (0usize, 0usize);
        for i in (s.start..s.end).filter(|&i| self.is_word(i) && self.word(i).len() >= 4) {
            long += 1;
            cap += usize::from(self.is_cap(i));
        }
        long >= 3 && cap * 10 >= long * 9
    }

    pub(super) fn attribute(
        &self,
        s: Sentence,
        hit: Hit,
        next: &[Hit],
        headline: bool,
        subject: &mut Option<Src>,
    ) -> Option<Draft> {
        let form = &self.forms[hit.form];
        let lower_cue = form.form.as_str();
        // A capitalised cue inside a sentence is part of a name ("State Department").
        // In a headline, only a finite form no noun shares ("Says", "Denied", not "Claim", "Warning").
        let finite = lower_cue != form.lemma && !lower_cue.ends_with("ing");
        if hit.first > s.start
            && self.is_cap(hit.first)
            && !(headline && finite)
            && self.st.toks[hit.first - 1].kind != TokKind::Open
        {
            return None;
        }
        // A determiner or a possessive makes the cue a noun ("a reply", "the FBI's report").
        if hit.first > s.start {
            let prev = self.lower(hit.first - 1);
            // "She's predicting" is a pronoun and its auxiliary, not a possessive.
            let contraction = matches!(
                prev.trim_end_matches("'s").trim_end_matches("’s"),
                "he" | "she" | "it" | "that" | "who" | "what" | "there"
            );
            let possessive = (prev.ends_with("'s") || prev.ends_with("’s")) && !contraction;
            // "Several said": a quantifier before a verb form no noun shares is its subject.
            // "One says C": a singular quantifier takes no plural noun after it.
            let subject = QUANTIFIERS.contains(prev)
                && (!lower_cue.ends_with('s') || matches!(prev, "one" | "another" | "each" | "neither" | "either"))
                && !lower_cue.ends_with("ing")
                && (hit.first < s.start + 2 || !self.is_det(hit.first - 2));
            let noun = self.is_det(hit.first - 1) && !matches!(prev, "its" | "his" | "her" | "their");
            if possessive || (noun && !subject) {
                return None;
            }
        }
        // "his radio show", "a talk show": a base form after a possessive or after a singular noun that
        // cannot be its subject is a noun.
        if lower_cue == form.lemma && !lower_cue.contains(' ') && hit.first > s.start && self.is_word(hit.first - 1) {
            let prev = self.lower(hit.first - 1);
            let possessive = matches!(prev, "its" | "his" | "her" | "their" | "our" | "my" | "your");
            // "4 in 10 say", "those surveyed say", "those around him acknowledge", "say they": a verb.
            let modifier = !self.is_cap(hit.first - 1)
                && !prev.ends_with('s')
                && !prev.ends_with("ly")
                && !prev.ends_with("ed")
                && !prev.bytes().all(|b| b.is_ascii_digit())
                && !matches!(prev, "him" | "them" | "us" | "me")
                && !(self.is_word(hit.last + 1) && self.opens_clause(hit.last + 1))
                && lexicon::pronoun_kind(prev).is_none()
                && !STOP_WORDS.contains(prev)
                && !AUXILIARIES.contains(prev)
                && !DETERMINERS.contains(prev)
                && !QUANTIFIERS.contains(prev)
                && !self.lex.is_source_noun(prev);
            if possessive || modifier {
                return None;
            }
        }
        // "a combination of pledged delegates", "the alleged victims": a participle between a preposition
        // or a determiner and a plural noun is an adjective.
        if hit.first > s.start
            && !lower_cue.contains(' ')
            && lower_cue.ends_with("ed")
            && (self.is_det(hit.first - 1)
                || matches!(
                    self.lower(hit.first - 1),
                    "of" | "in" | "for" | "with" | "by" | "from" | "among" | "between" | "about" | "on" | "at"
                ))
            && self.is_word(hit.last + 1)
            && !self.is_cap(hit.last + 1)
            && {
                let n = self.lower(hit.last + 1);
                n.len() > 3 && n.ends_with('s') && !STOP_WORDS.contains(n) && !AUXILIARIES.contains(n)
            }
        {
            return None;
        }
        // "the jobs report has cleared", "a report that could raise": a base or third-person form before a
        // verb of its own is the noun it shares a spelling with ("what he says is true" keeps its verb).
        if !lower_cue.contains(' ') && !lower_cue.ends_with("ed") && !lower_cue.ends_with("ing") {
            let finite = |k: usize| {
                self.is_word(k)
                    && matches!(
                        self.lower(k),
                        "has"
                            | "have"
                            | "had"
                            | "will"
                            | "would"
                            | "could"
                            | "can"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                    )
            };
            let next = hit.last + 1;
            let verb =
                finite(next) || (self.is_word(next) && matches!(self.lower(next), "which" | "and") && finite(next + 1));
            // "which critics say is", "a provision that lawmakers believe is": a relative clause's verb
            // before its gap.
            let gap = (hit.first.saturating_sub(10).max(s.start)..hit.first)
                .any(|k| self.is_word(k) && matches!(self.lower(k), "who" | "what" | "which" | "that" | "whom"));
            let subject = hit.first > s.start && lexicon::pronoun_kind(self.lower(hit.first - 1)).is_some();
            if verb && !subject && !gap && lower_cue != "said" {
                return None;
            }
        }
        // "a reality TV show", "news reports", "morning shows": after a word of broadcasting, a base or
        // third-person form is the noun.
        if hit.first > s.start && !lower_cue.contains(' ') && !lower_cue.ends_with("ed") && !lower_cue.ends_with("ing")
        {
            let prev = self.lower(hit.first - 1);
            let broadcast = matches!(
                prev,
                "tv" | "television" | "radio" | "talk" | "reality" | "news" | "cable" | "morning" | "network" | "game"
            ) && (prev == "tv" || !self.is_cap(hit.first - 1) || hit.first - 1 == s.start);
            if broadcast {
                return None;
            }
        }
        // After a possessive ("her" may be an object, so not it), a plural is a noun ("in his remarks",
        // "their claims") and a participle before a noun an adjective ("his favored provision").
        if hit.first > s.start
            && !lower_cue.contains(' ')
            && matches!(self.lower(hit.first - 1), "its" | "his" | "their" | "our" | "my" | "your")
        {
            let noun_next = self.is_word(hit.last + 1)
                && !self.is_cap(hit.last + 1)
                && !STOP_WORDS.contains(self.lower(hit.last + 1))
                && !self.is_det(hit.last + 1);
            if lower_cue.ends_with('s') || (lower_cue.ends_with("ed") && noun_next) {
                return None;
            }
        }
        // "300 pledged delegates", "both pledged delegates": a participle between a number and its noun is an
        // adjective.
        if hit.first > s.start
            && (self.word(hit.first - 1).bytes().all(|b| b.is_ascii_digit())
                || QUANTIFIERS.contains(self.lower(hit.first - 1)))
            && lower_cue.ends_with("ed")
            && self.is_word(hit.last + 1)
            && !self.is_cap(hit.last + 1)
            && !self.is_det(hit.last + 1)
            && !STOP_WORDS.contains(self.lower(hit.last + 1))
            && !AUXILIARIES.contains(self.lower(hit.last + 1))
        {
            return None;
        }
        let mut first = hit.first;
        // "renewed its call for": the verb and the possessive join the cue.
        if first >= s.start + 2
            && matches!(self.lower(first - 1), "its" | "his" | "her" | "their")
            && self.is_word(first - 2)
            && !self.is_cap(first - 2)
        {
            first -= 2;
        }
        while first > s.start && self.is_word(first - 1) && self.absorbed(first - 1) {
            first -= 1;
        }
        let cue = (first, hit.last);
        let end = self.content_end(s);
        // The passive: "many voters are expected to stay home", "it is believed that C": the source is
        // not in the text.
        let passive = (first..hit.first)
            .any(|k| matches!(self.lower(k), "is" | "are" | "was" | "were" | "be" | "been" | "being"))
            && (lower_cue.ends_with("ed") || matches!(lower_cue, "thought" | "said" | "known" | "seen" | "told"));
        if lexicon::PASSIVE_ONLY.contains(&lower_cue) && !passive {
            return None;
        }
        // "X was asked about C": X is the one asked, not the source.
        if passive && form.lemma == "ask" {
            return self.asked_passive(s, cue, hit, end);
        }
        if passive && matches!(form.class, CueClass::Stance | CueClass::Speech) {
            let later = next;
            // "it was announced on Monday that C": a short adjunct may come before "that".
            let adjunct = self.is_word(hit.last + 1)
                && matches!(self.lower(hit.last + 1), "on" | "in" | "at" | "by" | "last" | "this" | "earlier");
            let that = if adjunct {
                (hit.last + 2..end.min(hit.last + 7))
                    .take_while(|&k| self.is_word(k))
                    .find(|&k| self.lower(k) == "that")
                    .unwrap_or(hit.last + 1)
            } else {
                hit.last + 1
            };
            let next = self.is_word(that).then(|| self.lower(that));
            let subject = first.checked_sub(1).filter(|&b| b >= s.start).and_then(|b| self.passive_subject(s, b, end));
            match (next, subject) {
                (Some("that"), Some((a, z))) if a == z && self.lower(a) == "it" => {
                    let stop = self.forward_end(that + 1, end, &[], true);
                    return (stop > that + 1).then(|| Draft {
                        content: vec![(that + 1, stop - 1)],
                        cue: (a, hit.last),
                        origin: CueOrigin::Form(hit.form),
                        source: None,
                        media: Vec::new(),
                    });
                }
                (Some("to"), Some((a, z))) => {
                    // "the closing of the plant is expected to": the phrase with its prepositional phrases.
                    let a =
                        if a < z && z + 1 == first { self.impression_subject(s, z).map_or(a, |x| x.min(a)) } else { a };
                    let stop = self.impression_end(a, hit.last + 1, self.forward_end(hit.last + 1, end, later, true));
                    return (stop > hit.last + 2).then(|| Draft {
                        content: vec![(a, z), (hit.last + 1, stop - 1)],
                        cue,
                        origin: CueOrigin::Form(hit.form),
                        source: None,
                        media: Vec::new(),
                    });
                }
                // "is considered a frontrunner": the subject is not the one who considers.
                _ if form.class == CueClass::Stance => return None,
                _ => {}
            }
        }
        if form.class == CueClass::Raising {
            return self.raising(s, cue, hit, next, end);
        }
        // "Asked whether C, X demurred", "said when asked by Y about C": the question is a claim, its asker
        // the one after "by" or none in the text.
        let opens = first == s.start
            || (first > s.start
                && matches!(self.lower(first - 1), "when" | "if" | "as" | "after" | "once" | "while" | "whenever"));
        // "McCain said, asked about C": a participle after a comma too.
        let after_comma = first > s.start && self.punct(first - 1) == Some(',');
        if lower_cue == "asked" && (opens || after_comma) {
            if let Some(d) = self.asked(cue, hit, end) {
                return Some(d);
            }
        }
        if form.class == CueClass::According {
            return self.according(s, cue, hit.form, end);
        }
        let before = first.checked_sub(1).filter(|&b| b >= s.start);
        // "referring to", "calling for": a phrasal participle too.
        let participle = lower_cue.split(' ').next().is_some_and(|w| w.ends_with("ing"));
        if form.class == CueClass::Speech && first == s.start && !participle {
            return self.opening_inverted(cue, hit, end);
        }
        // "Noting C, Allen said ...", "While saying C, he continued": an opening participle clause
        // belongs to the subject after its comma.
        let opens_clause = first == s.start
            || (first == s.start + 1 && (STOP_WORDS.contains(self.lower(s.start)) || self.lower(s.start) == "despite"));
        if participle && opens_clause {
            let c = (hit.last + 1..end.min(hit.last + MAX_SPAN))
                .find(|&k| self.st.in_quote[k] == 0 && self.punct(k) == Some(','))?;
            let (a, z) = self.np_forward(c + 1, end)?;
            let pronoun = lexicon::pronoun_kind(self.lower(a));
            let src = Src {
                first: a,
                last: if pronoun.is_some() { a } else { z },
                head: if pronoun.is_some() { a } else { z },
                relative: None,
                pronoun,
            };
            *subject = Some(src);
            let start = hit.last + 1 + usize::from(self.is_word(hit.last + 1) && self.lower(hit.last + 1) == "that");
            return (c > start).then(|| Draft {
                content: vec![(start, c - 1)],
                cue,
                origin: CueOrigin::Form(hit.form),
                source: Some(src),
                media: Vec::new(),
            });
        }
        // A source taken from the sentence's subject is not next to the cue, so says nothing of where the
        // content is.
        let mut borrowed = false;
        let mut src = match before {
            // "X refused to answer but said C": the coordinated verb shares its sentence's subject.
            Some(b) if self.is_word(b) && matches!(self.lower(b), "and" | "but") => {
                borrowed = true;
                subject.or_else(|| self.sentence_subject(s, end))?
            }
            Some(b)
                if (self.is_word(b) || matches!(self.punct(b), Some(')' | '%')))
                    && (!participle || self.can_head(b)) =>
            {
                self.source_before(b)?
            }
            // "X stiffened their denunciation, saying C": a participle takes its sentence's subject.
            Some(b)
                if participle
                    && (self.punct(b) == Some(',')
                        || (self.st.toks[b].kind == TokKind::Close && self.punct(b - 1) == Some(','))
                        || matches!(self.lower(b), "by" | "in" | "while" | "after" | "before" | "when")) =>
            {
                borrowed = true;
                subject.or_else(|| self.sentence_subject(s, end))?
            }
            Some(b) if (self.is_comma_like(b) || self.punct(b) == Some('-')) && b > s.start => {
                if form.class == CueClass::Speech {
                    if let Some(d) = self.inverted(s, cue, hit.form, b, end) {
                        return Some(d);
                    }
                }
                // "a task - bragging - conceding C": a participle after a dash is no verb of the aside's name.
                self.appositive(s, b).or_else(|| self.dash_aside(s, b).filter(|_| !participle))?
            }
            _ => return None,
        };
        // "voters who want change": a restrictive relative clause describes a group, it does not report
        // a stance (with a comma, "Roe, who wants change," it does).
        if form.class == CueClass::Stance
            && src
                .relative
                .or((self.is_word(src.head) && matches!(self.lower(src.head), "who" | "which")).then_some(src.head))
                .is_some_and(|r| r > s.start && self.punct(r - 1) != Some(','))
        {
            return None;
        }
        let infinitive = (first..hit.first).any(|k| self.lower(k) == "to");
        // "leading Kataeb Hezbollah to announce", "urged Roe to say": after a verb that hands the infinitive
        // to its object, the object speaks; "went to Germany to discuss" leaves it to the sentence's subject.
        if infinitive && src.pronoun.is_none() && !borrowed && self.is_cap(src.head) {
            let control = src.first.checked_sub(1).filter(|&k| k >= s.start && self.is_word(k)).is_some_and(|k| {
                let w = self.lower(k);
                CONTROL_VERBS.iter().any(|c| w.starts_with(c))
            });
            if !control {
                // The subject read forwards may run on into the verb's own words ("Clinton went to Ohio"):
                // it ends before its first lowercase word that can head nothing.
                let tight = |x: Src| {
                    let last = (x.first..=x.last)
                        .take_while(|&k| k == x.first || self.is_cap(k) || self.is_det(k) || self.can_head(k))
                        .last()
                        .unwrap_or(x.first);
                    Src { last: last.min(x.last), head: last.min(x.head), ..x }
                };
                if let Some(x) =
                    subject.or_else(|| self.sentence_subject(s, end)).map(tight).filter(|x| x.last < src.first)
                {
                    src = x;
                    borrowed = true;
                }
            }
        }
        // After an infinitive "to", only a name or a pronoun is the source ("a way to acknowledge", "the
        // meeting to find" are not).
        if infinitive && src.pronoun.is_none() && !self.is_cap(src.head) {
            return None;
        }
        // "a group called Ginbot 7", "the tax loophole called an inversion": a participle that names, after
        // an indefinite phrase or a thing, not a person.
        if lower_cue == "called"
            && first == hit.first
            && src.pronoun.is_none()
            && src.relative.is_none()
            && (matches!(self.lower(src.first), "a" | "an")
                || (!self.is_cap(src.head) && !self.lex.is_source_noun(self.lower(src.head))))
        {
            return None;
        }
        *subject = Some(src);
        // What follows the cue: a hearer, a medium, then the content or nothing.
        let (mut after, mut media) = self.after_cue(hit.last + 1, form.class, end)?;
        if let Some(d) = self.as_clause(s, src, cue, hit.form, after, end, next) {
            return Some(Draft { media, ..d });
        }
        // "asked Trump how C", "asked the campaigns why C": the one asked, then the question.
        if form.lemma == "ask" {
            let question = |k: usize| {
                self.is_word(k)
                    && matches!(
                        self.lower(k),
                        "how" | "if" | "why" | "whether" | "what" | "when" | "where" | "who" | "which"
                    )
            };
            if let Some((_, b)) = self.hearer(after, end).filter(|&(_, b)| question(b + 1)) {
                after = b + 1;
            }
        }
        let before_src = src.first.checked_sub(1).filter(|&b| !borrowed && b >= s.start && self.is_comma_like(b));
        // After a comma comes either more of the sentence around the claim or, when the source opens the
        // sentence, the quotation itself ("X said, \"C\"").
        let quote_follows = self.st.toks.get(after + 1).is_some_and(|t| t.kind == TokKind::Open);
        let that_follows = self.is_word(after) && self.lower(after) == "that";
        // `on "Morning Joe," Brzezinski asked`: a short title after a word is no quotation of the source's.
        let title = |b: usize| {
            self.st.quote_of(b).is_some_and(|q| {
                q.close <= q.open + 7 && q.open > s.start && self.is_word(q.open - 1) && !self.is_cap(q.open - 1)
            })
        };
        let quote_before =
            before_src.is_some_and(|b| self.st.toks[b].kind == TokKind::Close && !title(b)) && !that_follows;
        // "C, X said in posing the question": an adjunct after a postposed cue.
        // Not when a that-clause follows the adjunct ("told the audience at his fundraiser that C").
        let adjunct_after = before_src.is_some()
            && self.is_word(after)
            && matches!(
                self.lower(after),
                "in" | "at" | "on" | "during" | "after" | "before" | "while" | "when" | "as"
            )
            && !(after + 1..end.min(after + 15)).take_while(|&k| self.is_word(k)).any(|k| self.lower(k) == "that");
        // "As boos erupt, the executive says, \"Quiet down.\"": an opening subordinate clause is the writer's
        // scene, and the quotation the content.
        // "Asked whether C, she said, \"D\"", "Pressed on C, he replied: D": so is an opening participle clause.
        let scene = self.is_word(s.start)
            && (matches!(
                self.lower(s.start),
                "as" | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "if"
                    | "since"
                    | "because"
                    | "although"
                    | "though"
                    | "asked"
                    | "pressed"
                    | "questioned"
                    | "challenged"
                    | "confronted"
            ) || (self.lower(s.start).ends_with("ing") && s.start < first));
        // "C, analysts say; D": a semicolon ends the claim's clause.
        let nothing_after = after >= end
            || (self.punct(after) == Some(';') && before_src.is_some())
            || quote_before
            || adjunct_after
            || (self.punct(after) == Some(',') && ((before_src.is_some() && !scene) || !quote_follows));
        // "In a speech last July, he said:" and the words in the next paragraph.
        if after >= end && self.punct(s.end - 1) == Some(':') {
            let next = s.end + 1;
            if self.st.toks.get(s.end).is_some_and(|t| t.kind == TokKind::Para) && next < self.st.toks.len() {
                let mut stop = (next..self.st.toks.len().min(next + MAX_SPAN))
                    .find(|&k| self.st.toks[k].kind == TokKind::Para)
                    .unwrap_or(self.st.toks.len().min(next + MAX_SPAN));
                while stop > next + 1 && matches!(self.punct(stop - 1), Some('.' | '!' | '?' | ',' | ';' | ':')) {
                    stop -= 1;
                }
                return Some(Draft {
                    content: vec![(next, stop - 1)],
                    cue,
                    origin: CueOrigin::Form(hit.form),
                    source: Some(src),
                    media,
                });
            }
        }
        if nothing_after {
            // Postposed: "C, X said." and "A," X said, "B."
            let b = before_src?;
            if b == s.start {
                return None;
            }
            let mut content = vec![(self.clause_start(s.start, b), self.before_punct(b))];
            if let Some(part) = self.continuation(after, end, self.st.toks[content[0].0].kind == TokKind::Open) {
                content.push(part);
            }
            return Some(Draft {
                content,
                cue,
                origin: CueOrigin::Form(hit.form),
                source: Some(src),
                media: std::mem::take(&mut media),
            });
        }
        // "continued the work", "continued campaigning": "continue" reports only what follows a comma, a
        // colon, a quotation or "that" ("Issa continued, \"C\"").
        let opens_words = matches!(self.punct(after), Some(',' | ':'))
            || self.st.toks.get(after).is_some_and(|t| t.kind == TokKind::Open)
            || (self.is_word(after) && self.lower(after) == "that");
        if form.lemma == "continue" && !opens_words {
            return None;
        }
        let mut start = after;
        if matches!(self.punct(start), Some(',' | ':')) {
            start += 1;
        }
        // "promised Monday to begin": a day before the content is an adjunct.
        while start < end && self.is_word(start) && TIME_WORDS.contains(self.lower(start)) {
            start += 1;
        }
        // "said during a taping in Buffalo, New York, that C", "told the audience at his fundraiser that C": an
        // adjunct, then "that" after a comma or after words alone.
        if self.is_word(start)
            && matches!(self.lower(start), "in" | "on" | "at" | "during" | "after" | "before" | "for")
        {
            let limit = end.min(start + 30).min(next.first().map_or(usize::MAX, |h| h.first));
            let that =
                (start + 2..limit).take_while(|&k| self.st.in_quote[k] == 0 && self.punct(k) != Some(';')).find(|&k| {
                    self.is_word(k)
                        && self.lower(k) == "that"
                        && (self.punct(k - 1) == Some(',') || (start..k).all(|j| self.is_word(j)))
                });
            if let Some(t) = that {
                start = t;
            }
        }
        if lexicon::CLAUSAL_ONLY.contains(&form.lemma.as_str()) && !self.opens_clause(start) {
            return None;
        }
        if lexicon::INFINITIVE_COMPLEMENT.contains(&form.lemma.as_str()) && !self.clause_or_infinitive(start, end) {
            return None;
        }
        // "said that was a mistake": a "that" before a verb is the subject, not the complementizer.
        let that = self.is_word(start)
            && self.lower(start) == "that"
            && !(self.is_word(start + 1)
                && AUXILIARIES.contains(self.lower(start + 1))
                && !matches!(self.lower(start + 1), "to" | "not" | "also" | "still" | "even" | "just" | "now"));
        if that {
            start += 1;
        }
        // "expressed support for C", "offered kind words about C": a noun of attitude and its
        // preposition join the cue; what they are about is the content.
        // "shared her doubts about C" reports; "shared a meal with voters" does not: "share" needs a noun
        // of attitude in its object.
        if form.lemma == "share"
            && !(start..end.min(start + 4)).any(|k| self.is_word(k) && LIGHT_NOUNS.contains(&self.lower(k)))
        {
            return None;
        }
        let mut cue = cue;
        // Only after a light verb: "stressed bipartisan support for C" stresses the support itself.
        let light = matches!(form.lemma.as_str(), "express" | "voice" | "offer" | "raise" | "pledge" | "signal");
        if !that && light {
            if let Some(p) = self.light_noun(start, end) {
                cue.1 = p;
                start = p + 1;
            }
        }
        let mut stop = self.forward_end(start, end, next, matches!(form.class, CueClass::Speech | CueClass::Tell));
        if form.class == CueClass::Object {
            stop = self.object_end(start, stop);
        }
        // "renewed its call for C, expressing D": a phrasal verb's object ends before a participle.
        if form.lemma.contains(' ') {
            stop = (start..stop)
                .find(|&k| {
                    self.st.in_quote[k] == 0
                        && self.punct(k) == Some(',')
                        && self.is_word(k + 1)
                        && !self.is_cap(k + 1)
                        && self.lower(k + 1).ends_with("ing")
                })
                .unwrap_or(stop);
        }
        if stop <= start {
            return None;
        }
        let opener = self.lower(start);
        // "talked about C" is no claim of this cue, but "said that over the years C" is.
        if !that && self.is_word(start) && TOPIC_PREPOSITIONS.contains(&opener) {
            return None;
        }
        // "will continue to raise money": an aspect verb, not speech.
        if opener == "to" && lexicon::ASPECTUAL.contains(&form.lemma.as_str()) {
            return None;
        }
        // A content of one function word or mark ("And", "—") is no content.
        if stop == start + 1 && (!self.is_word(start) || STOP_WORDS.contains(opener)) {
            return None;
        }
        Some(Draft {
            content: vec![(start, stop - 1)],
            cue,
            origin: CueOrigin::Form(hit.form),
            source: Some(src),
            media,
        })
    }
}
