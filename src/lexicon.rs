//! The attribution lexicons: reporting verbs in all their forms, source nouns, titles, pronouns, media
//! words and the small closed classes (determiners, auxiliaries, stop words) that bound a source phrase.
//!
//! Every list is written by hand from general English usage and embedded; [`Lexicon`] adds the words a
//! user gives at run time (see `ExtractorBuilder`).

use std::collections::HashSet;

use once_cell::sync::Lazy;

/// How a cue takes its source and content, which decides the constructions it may appear in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A verb of saying: "X said (that) C", "C, X said", "C, said X".
    Speech,
    /// A verb of saying that takes a hearer first: "X told Reuters (that) C"; the hearer may be a medium.
    Tell,
    /// A verb of belief, finding, intention or stance: "X believes C", "C, X believes"; never inverted.
    Stance,
    /// "according to X": the source follows the cue.
    According,
    /// A verb of seeming: the writer's impression of its subject, with no source in the text ("X seems to
    /// C", "X appeared ready", "it seems that C").
    Raising,
    /// A verb of praise, blame or support whose content is its object ("praised Obama's presidency in
    /// an interview": the content ends before "in").
    Object,
}

/// One surface form of a cue.
#[derive(Debug, Clone)]
pub(crate) struct CueForm {
    /// The form, lowercase, words separated by one space.
    pub form: String,
    /// The lemma reported with a claim (`say` for `said`).
    pub lemma: String,
    pub class: CueClass,
}

/// Speech verbs with irregular forms: lemma, then every form.
const SPEECH_IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["say", "says", "said", "saying"]),
    ("write", &["write", "writes", "wrote", "written", "writing"]),
    ("admit", &["admit", "admits", "admitted", "admitting"]),
    ("tweet", &["tweet", "tweets", "tweeted", "tweeting"]),
    ("post", &["posted"]),
    ("allege", &["allege", "alleges", "alleged", "alleging"]),
    ("rule out", &["rule out", "rules out", "ruled out", "ruling out"]),
    ("point out", &["point out", "points out", "pointed out", "pointing out"]),
    ("make clear", &["make clear", "makes clear", "made clear", "making clear"]),
    ("call for", &["call for", "calls for", "called for", "calling for"]),
    ("call on", &["call on", "calls on", "called on", "calling on"]),
    ("call", &["call", "calls", "called", "calling"]),
    ("refer to", &["refer to", "refers to", "referred to", "referring to"]),
    ("weigh in", &["weigh in", "weighs in", "weighed in", "weighing in"]),
    ("swear", &["swear", "swears", "swore", "sworn", "swearing"]),
    ("make it clear", &["make it clear", "makes it clear", "made it clear", "making it clear"]),
    ("point to", &["point to", "points to", "pointed to", "pointing to"]),
    ("shoot back", &["shoot back", "shoots back", "shot back", "shooting back"]),
    ("lay out", &["lay out", "lays out", "laid out", "laying out"]),
    ("warn of", &["warn of", "warns of", "warned of", "warning of"]),
    ("forecast", &["forecast", "forecasts", "forecasting"]),
    ("speak out", &["speak out", "speaks out", "spoke out", "speaking out"]),
    ("go on to say", &["went on to say", "goes on to say", "going on to say"]),
    (
        "issue a statement",
        &[
            "issued a statement",
            "issues a statement",
            "issuing a statement",
            "issued the following statement",
            "released a statement",
            "releases a statement",
            "releasing a statement",
            "released the following statement",
            "put out a statement",
        ],
    ),
];

/// Regular speech verbs (lemmas; the inflections are derived by [`inflect`]).
#[rustfmt::skip]
const SPEECH_REGULAR: &[&str] = &[
    "acknowledge", "add", "announce", "answer", "argue", "ask", "assert", "boast", "caution", "claim", "comment",
    "complain", "concede", "conclude", "concur", "confirm", "contend", "continue", "counter", "declare", "deny",
    "disclose", "emphasise", "emphasize", "estimate", "explain", "insist", "joke", "lament", "note", "observe",
    "predict", "proclaim", "promise", "quip", "recall", "recount", "remark", "reply", "report", "respond",
    "retort", "reveal", "speculate", "state", "stress", "suggest", "testify", "threaten", "urge", "vow", "warn",
    "affirm", "brag", "charge", "wonder", "retweet", "chant", "clarify", "demand", "dispute", "exclaim", "grumble", "hint",
    "pledge", "propose", "protest", "reassure", "recommend", "request", "scoff", "shout", "signal",
    "whisper", "yell", "concede", "email", "text", "profess", "theorize", "theorise",
];

/// Verbs whose content is their object: praise, blame, support and their kin.
#[rustfmt::skip]
const OBJECT_REGULAR: &[&str] = &[
    "accuse", "applaud", "blame", "blast", "brand", "characterise", "characterize", "chide", "cite", "compare",
    "condemn", "criticise", "criticize", "decry", "defend", "denounce", "deride", "describe", "dismiss", "dub",
    "echo", "endorse", "fault", "hail", "lambaste", "mention", "mock", "oppose", "praise", "question", "rebuke",
    "reiterate", "reject", "repeat", "ridicule", "slam", "thank", "tout", "support", "back", "favor", "favour",
    "welcome", "attack", "challenge", "credit", "belittle", "disparage",
    "downplay", "assail", "berate", "scold", "insult", "castigate", "commend", "congratulate",
    "renounce", "repudiate", "mischaracterize", "misrepresent", "identify", "order",
];

/// Phrasal verbs whose content is their object: agreement, attack, talk about a topic.
const OBJECT_PHRASAL: &[(&str, &[&str])] = &[
    ("agree with", &["agree with", "agrees with", "agreed with", "agreeing with"]),
    ("side with", &["side with", "sides with", "sided with", "siding with"]),
    ("go after", &["go after", "goes after", "went after", "going after"]),
    ("talk about", &["talk about", "talks about", "talked about", "talking about"]),
    ("speak about", &["speak about", "speaks about", "spoke about", "speaking about"]),
    ("complain about", &["complain about", "complains about", "complained about", "complaining about"]),
    ("push for", &["push for", "pushes for", "pushed for", "pushing for"]),
];

/// Irregular stance verbs.
const STANCE_IRREGULAR: &[(&str, &[&str])] = &[
    ("think", &["think", "thinks", "thought"]),
    ("find", &["find", "finds", "found"]),
    ("show", &["show", "shows", "showed", "shown", "showing"]),
    ("seek", &["seek", "seeks", "sought", "seeking"]),
    ("see", &["sees", "saw"]),
    ("know", &["know", "knows", "knew", "knowing"]),
    ("understand", &["understand", "understands", "understood"]),
    ("learn", &["learned", "learnt"]),
    ("forget", &["forget", "forgets", "forgot", "forgotten"]),
];

/// Regular stance verbs: beliefs, findings, intentions, support and opposition.
#[rustfmt::skip]
const STANCE_REGULAR: &[&str] = &[
    "agree", "believe", "consider", "doubt", "fear", "hope", "indicate", "prefer", "suspect", "want", "wish",
    "worry", "decide", "recognise", "recognize", "acknowledge", "demonstrate", "suggest", "imply", "conclude",
    "expect", "plan", "intend", "decline", "refuse", "assume", "anticipate", "envision", "guess", "imagine",
    "presume", "realize", "realise", "regret", "remember", "suppose", "dislike", "fret",
];

/// Stance forms that attribute only in the passive ("voters are expected to stay home", "it is expected
/// that C"): alone they are mostly adjectives ("the expected ruling", "30,000 immigrants expected this
/// year"); the other forms of their verbs are active stances ("officials expect rates to rise").
pub(crate) const PASSIVE_ONLY: &[&str] = &["expected"];

/// Stance lemmas whose active forms attribute only before a clause or an infinitive, with or without a
/// subject of its own ("expects to win", "expect rates to rise", "expect that C"): with a plain object
/// they are the writer's forecast ("expects a long night").
pub(crate) const INFINITIVE_COMPLEMENT: &[&str] = &["expect"];

/// Stance lemmas whose other senses take a plain object ("felt the pressure", "knew him well", "found a
/// way"): they attribute only before a clause (that, a question word, a subject pronoun) or a quotation.
pub(crate) const CLAUSAL_ONLY: &[&str] = &[
    "know",
    "learn",
    "understand",
    "forget",
    "remember",
    "realize",
    "realise",
    "see",
    "guess",
    "imagine",
    "suppose",
    "assume",
    "regret",
    "find",
];

/// "tell" and its kin, which take a hearer before the content.
const TELL: &[(&str, &[&str])] = &[
    ("tell", &["tell", "tells", "told", "telling"]),
    ("inform", &["inform", "informs", "informed", "informing"]),
    ("assure", &["assure", "assures", "assured", "assuring"]),
    ("remind", &["remind", "reminds", "reminded", "reminding"]),
    ("press", &["pressed", "pressing"]),
];

/// Less frequent verbs of saying: manner of speaking, pleading, musing, reading out.
#[rustfmt::skip]
const SPEECH_TAIL: &[&str] = &[
    "muse", "mutter", "murmur", "gush", "rant", "interject", "elaborate", "confide", "specify",
    "attest", "plead", "inquire", "enquire", "gripe", "grouse", "crow", "gloat", "reminisce", "tease",
    "insinuate", "posit", "hypothesize", "hypothesise", "implore", "bellow", "scream", "growl", "thunder",
    "quote",
];

/// Irregular verbs of saying and wishing from the tail: "the sign read", "we would like to".
const TAIL_IRREGULAR: &[(&str, &[&str], CueClass)] = &[
    ("read", &["read", "reads"], CueClass::Speech),
    ("would like", &["would like", "'d like", "\u{2019}d like"], CueClass::Stance),
    ("would love", &["would love", "'d love", "\u{2019}d love"], CueClass::Stance),
];

/// Less frequent verbs of belief, intention and judgement.
#[rustfmt::skip]
const STANCE_TAIL: &[&str] = &[
    "reckon", "sense", "notice", "perceive", "foresee", "envisage", "ponder",
    "contemplate", "mull", "dread", "view",
];

/// Less frequent verbs whose content is their object: discussing, portraying, invoking, expressing.
#[rustfmt::skip]
const OBJECT_TAIL: &[&str] = &[
    "discuss", "highlight", "portray", "reference", "express", "voice", "label", "outline",
    "trumpet", "champion", "bemoan", "rebut", "refute", "contradict",
    "smear", "vilify", "demonize", "demonise", "lampoon", "taunt", "skewer", "bash",
    "chastise", "admonish", "reprimand", "censure", "laud", "extol", "salute", "offer",
    "knock", "share", "list", "sign", "embrace", "frame",
];

/// Less frequent phrasal verbs whose content is their object.
const OBJECT_PHRASAL_TAIL: &[(&str, &[&str])] = &[
    ("joke about", &["joke about", "jokes about", "joked about", "joking about"]),
    ("warn against", &["warn against", "warns against", "warned against", "warning against"]),
    ("speak of", &["speak of", "speaks of", "spoke of", "speaking of"]),
    ("rail against", &["rail against", "rails against", "railed against", "railing against"]),
    ("lash out at", &["lash out at", "lashes out at", "lashed out at", "lashing out at"]),
    ("take aim at", &["take aim at", "takes aim at", "took aim at", "taking aim at"]),
    ("push back on", &["push back on", "pushes back on", "pushed back on", "pushing back on"]),
    ("push back against", &["push back against", "pushes back against", "pushed back against", "pushing back against"]),
    ("argue for", &["argue for", "argues for", "argued for", "arguing for"]),
    ("argue against", &["argue against", "argues against", "argued against", "arguing against"]),
    ("advocate for", &["advocated for", "advocating for"]),
    ("lobby for", &["lobby for", "lobbies for", "lobbied for", "lobbying for"]),
    ("care about", &["care about", "cares about", "cared about", "caring about"]),
    ("worry about", &["worry about", "worries about", "worried about", "worrying about"]),
    ("open up about", &["open up about", "opens up about", "opened up about", "opening up about"]),
    ("take issue with", &["take issue with", "takes issue with", "took issue with", "taking issue with"]),
    ("object to", &["object to", "objects to", "objected to", "objecting to"]),
    ("brush off", &["brush off", "brushes off", "brushed off", "brushing off"]),
    ("brush aside", &["brush aside", "brushes aside", "brushed aside", "brushing aside"]),
    ("shrug off", &["shrug off", "shrugs off", "shrugged off", "shrugging off"]),
];

/// The regular inflections of an English verb: base, third person, past, present participle.
pub(crate) fn inflect(lemma: &str) -> Vec<String> {
    let (head, tail) = match lemma.split_once(' ') {
        Some((h, t)) => (h, format!(" {t}")),
        None => (lemma, String::new()),
    };
    let b = head.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let forms = if doubles_final(head) {
        let last = &head[head.len() - 1..];
        vec![head.to_string(), format!("{head}s"), format!("{head}{last}ed"), format!("{head}{last}ing")]
    } else if let Some(stem) = head.strip_suffix('e') {
        vec![head.to_string(), format!("{head}s"), format!("{head}d"), format!("{stem}ing")]
    } else if head.len() > 2 && head.ends_with('y') && !vowel(b[b.len() - 2]) {
        let stem = &head[..head.len() - 1];
        vec![head.to_string(), format!("{stem}ies"), format!("{stem}ied"), format!("{head}ing")]
    } else if ["s", "sh", "ch", "x", "z"].iter().any(|s| head.ends_with(s)) {
        vec![head.to_string(), format!("{head}es"), format!("{head}ed"), format!("{head}ing")]
    } else {
        vec![head.to_string(), format!("{head}s"), format!("{head}ed"), format!("{head}ing")]
    };
    forms.into_iter().map(|f| f + &tail).collect()
}

/// Verbs of more than one syllable stressed on a final consonant-vowel-consonant syllable, which double
/// that consonant before -ed and -ing ("preferred", "regretting").
const STRESSED_FINAL: &[&str] = &[
    "prefer", "regret", "concur", "admit", "commit", "refer", "rebut", "deter", "compel", "control", "omit", "permit",
    "submit", "occur", "confer", "infer", "transfer", "abet", "allot", "propel", "repel", "upset",
];

/// Whether a verb doubles its final consonant before -ed and -ing: a one-syllable verb ending in one vowel
/// and one consonant ("slam", "plan", "quip"), or one of [`STRESSED_FINAL`].
fn doubles_final(verb: &str) -> bool {
    if STRESSED_FINAL.contains(&verb) {
        return true;
    }
    // "qu" is a consonant pair: "quip" has one vowel.
    let spelt = match verb.strip_prefix("qu") {
        Some(rest) => format!("qw{rest}"),
        None => verb.to_string(),
    };
    let b = spelt.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let groups = b.windows(2).filter(|w| !vowel(w[0]) && vowel(w[1])).count() + usize::from(vowel(b[0]));
    b.len() >= 3
        && groups == 1
        && !vowel(b[b.len() - 1])
        && !matches!(b[b.len() - 1], b'w' | b'x' | b'y')
        && vowel(b[b.len() - 2])
        && !vowel(b[b.len() - 3])
}

/// Speech verbs that before "to" mark aspect, not speech ("will continue to raise money").
pub(crate) const ASPECTUAL: &[&str] = &["continue", "add"];

/// Lemmas whose base and third-person forms are more often nouns ("the state", "a plan", "an
/// attack"): only their past and participle forms are cues.
#[rustfmt::skip]
const NOUN_LIKE: &[&str] = &[
    "state", "fear", "question", "brand", "echo", "answer", "comment", "fault", "plan", "attack", "back", "charge",
    "text", "request", "protest", "signal", "email", "credit", "demand", "challenge", "order",
    "support", "guess", "welcome", "pledge", "dispute", "reference", "voice", "label", "outline",
    "champion", "offer", "view", "sense", "notice", "salute", "plead", "rant", "sign",
    "thunder", "crow", "bash", "tease",
];

/// Noun-like lemmas whose base and third-person forms are cues when the context shows a verb ("they
/// support", "who fear", "would back", "strategists fear that"): see [`is_noun_form`].
#[rustfmt::skip]
pub(crate) const VERB_IN_CONTEXT: &[&str] = &[
    "fear", "plan", "support", "question", "demand", "welcome", "dispute", "offer", "view", "pledge",
];

/// Lemmas whose noun-like forms are verbs only before an infinitive ("plans to run", not "plans for").
pub(crate) const INFINITIVE_ONLY: &[&str] = &["plan"];

/// Whether a cue form is the base or plural form of a noun-like lemma ("support", "plans"), a cue only
/// where the context shows a verb.
pub(crate) fn is_noun_form(form: &CueForm) -> bool {
    NOUN_LIKE.contains(&form.lemma.as_str()) && (form.form == form.lemma || form.form == plural(&form.lemma))
}

/// The built-in cue forms.
pub(crate) static CUES: Lazy<Vec<CueForm>> = Lazy::new(|| {
    let mut out = Vec::new();
    let mut push = |forms: &[String], lemma: &str, class: CueClass| {
        let noun_like = NOUN_LIKE.contains(&lemma) && !VERB_IN_CONTEXT.contains(&lemma);
        for f in forms {
            if noun_like && (f == lemma || *f == plural(lemma)) {
                continue;
            }
            out.push(CueForm { form: f.clone(), lemma: lemma.to_string(), class });
        }
    };
    for (lemma, forms) in SPEECH_IRREGULAR {
        let class = if lemma.contains(' ') { CueClass::Stance } else { CueClass::Speech };
        push(&forms.iter().map(|f| f.to_string()).collect::<Vec<_>>(), lemma, class);
    }
    for lemma in SPEECH_REGULAR {
        push(&inflect(lemma), lemma, CueClass::Speech);
    }
    for (lemma, forms) in STANCE_IRREGULAR {
        push(&forms.iter().map(|f| f.to_string()).collect::<Vec<_>>(), lemma, CueClass::Stance);
    }
    for lemma in STANCE_REGULAR {
        push(&inflect(lemma), lemma, CueClass::Stance);
    }
    for lemma in OBJECT_REGULAR {
        push(&inflect(lemma), lemma, CueClass::Object);
    }
    for (lemma, forms) in OBJECT_PHRASAL {
        push(&forms.iter().map(|f| f.to_string()).collect::<Vec<_>>(), lemma, CueClass::Object);
    }
    for (lemma, forms) in TELL {
        push(&forms.iter().map(|f| f.to_string()).collect::<Vec<_>>(), lemma, CueClass::Tell);
    }
    for lemma in SPEECH_TAIL {
        push(&inflect(lemma), lemma, CueClass::Speech);
    }
    for (lemma, forms, class) in TAIL_IRREGULAR {
        push(&forms.iter().map(|f| f.to_string()).collect::<Vec<_>>(), lemma, *class);
    }
    for lemma in STANCE_TAIL {
        push(&inflect(lemma), lemma, CueClass::Stance);
    }
    for lemma in OBJECT_TAIL {
        push(&inflect(lemma), lemma, CueClass::Object);
    }
    for (lemma, forms) in OBJECT_PHRASAL_TAIL {
        push(&forms.iter().map(|f| f.to_string()).collect::<Vec<_>>(), lemma, CueClass::Object);
    }
    for lemma in ["seem", "appear"] {
        push(&inflect(lemma)[..3], lemma, CueClass::Raising);
    }
    push(&["according to".to_string()], "according to", CueClass::According);
    push(&["in the words of".to_string()], "in the words of", CueClass::According);
    push(&["as reported by".to_string()], "as reported by", CueClass::According);
    out
});

fn set(words: &[&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

/// Nouns that head an anonymous source ("officials said", "a security source confirmed"), singular;
/// plurals are derived.
pub(crate) static SOURCE_NOUNS: Lazy<HashSet<String>> = Lazy::new(|| {
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
        "neighbour", "owner", "lobbyist", "negotiator", "mediator", "envoy", "regulator",
    ];
    let mut s = HashSet::new();
    for n in NOUNS {
        s.insert(n.to_string());
        s.insert(plural(n));
    }
    // Plurals in -men.
    for n in NOUNS.iter().filter_map(|n| n.strip_suffix("man")) {
        s.insert(format!("{n}men"));
    }
    s
});

/// The plural of a regular English noun.
pub(crate) fn plural(noun: &str) -> String {
    let b = noun.as_bytes();
    if noun.ends_with('y') && b.len() > 1 && !matches!(b[b.len() - 2], b'a' | b'e' | b'o' | b'u') {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if ["s", "sh", "ch", "x"].iter().any(|e| noun.ends_with(e)) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// Titles that may precede a name inside a source ("Prime Minister al-Sudani", "Sen. Rubio").
#[rustfmt::skip]
pub(crate) static TITLES: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    set(&[
        "president", "minister", "prime", "secretary", "ambassador", "senator", "sen.", "rep.", "gov.", "governor",
        "mayor", "general", "gen.", "colonel", "col.", "captain", "capt.", "mr.", "mrs.", "ms.", "dr.", "prof.",
        "sheikh", "king", "queen", "prince", "princess", "chancellor", "speaker", "judge", "justice",
        "commissioner", "envoy", "deputy", "vice", "former", "acting", "chief", "lt.", "representative",
        "congressman", "congresswoman", "director", "chairman", "chairwoman",
    ])
});

/// Personal pronouns that can stand for a source, by what they can refer to.
pub(crate) fn pronoun_kind(word: &str) -> Option<PronounKind> {
    Some(match word {
        "he" | "she" => PronounKind::Person,
        "they" | "it" => PronounKind::Group,
        "i" | "we" | "you" => PronounKind::Deictic,
        _ => return None,
    })
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PronounKind {
    /// he, she: a person.
    Person,
    /// they, it: an organisation, a country or a group.
    Group,
    /// I, we, you: the speaker or hearer, not resolved.
    Deictic,
}

/// Words that open a noun phrase; a source read backwards stops after one.
#[rustfmt::skip]
pub(crate) static DETERMINERS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    set(&[
        "the", "a", "an", "this", "these", "those", "some", "many", "most", "several", "all", "both", "few",
        "other", "another", "its", "his", "her", "their", "our", "my", "your", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "no", "any", "each", "every", "more", "fewer", "such",
    ])
});

/// Quantifiers that also stand alone for the people they count ("Several said", "Many say", "Two in three
/// agreed"): before a verb they are its subject, not a determiner.
#[rustfmt::skip]
pub(crate) static QUANTIFIERS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    set(&[
        "some", "many", "most", "several", "all", "both", "few", "others", "another", "none", "neither", "either",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "majority",
        "third", "thirds", "quarter", "quarters", "fourths", "fifths", "plurality", "minority",
    ])
});

/// Auxiliaries, negation and adverbs that a cue absorbs on its left ("has claimed", "did not rule out").
#[rustfmt::skip]
pub(crate) static AUXILIARIES: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    set(&[
        "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "did", "does", "do", "is", "are", "was", "were", "be", "been", "being", "not", "never", "also", "still",
        "already", "later", "again", "even", "just", "once", "often", "then", "now", "too", "didn't", "doesn't",
        "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "aren't", "wasn't", "weren't",
        "can't", "couldn't", "shouldn't", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "won’t", "wouldn’t",
        "isn’t", "wasn’t", "can’t", "couldn’t", "to",
    ])
});

/// Words of time that sit between a source and its cue ("the board on Monday rejected"); a cue
/// absorbs them with the preposition before them.
#[rustfmt::skip]
pub(crate) static TIME_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    set(&[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "recently",
        "earlier", "previously",
    ])
});

/// Lowercase words that can never be part of a source phrase: prepositions, conjunctions, relative and
/// other function words. A backward walk for a source stops at one.
#[rustfmt::skip]
pub(crate) static STOP_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
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
pub(crate) static NAME_LINKS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| set(&["of", "to", "for", "de", "al", "bin", "van", "von", "du", "da", "del"]));

/// Nouns of media and channels: a hearer or an object of "via" that is one of these is a medium.
pub(crate) static MEDIA_NOUNS: Lazy<HashSet<String>> = Lazy::new(|| {
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
pub(crate) static MEDIUM_PREPOSITIONS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| set(&["via", "on", "to", "with", "through"]));

/// The built-in lexicon plus a user's additions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub extra_source_nouns: HashSet<String>,
    pub extra_media_nouns: HashSet<String>,
}

impl Lexicon {
    /// Whether `word` (lowercase) heads an anonymous source.
    pub(crate) fn is_source_noun(&self, word: &str) -> bool {
        SOURCE_NOUNS.contains(word) || self.extra_source_nouns.contains(word)
    }

    /// Whether `word` (lowercase) names a medium or channel.
    pub(crate) fn is_media_noun(&self, word: &str) -> bool {
        MEDIA_NOUNS.contains(word) || self.extra_media_nouns.contains(word)
    }
}

/// Adjectives of belief and feeling that, after a copula, report their subject's stance on a clause ("X is
/// confident that C", "X was not sure whether C", "it is unclear whether C").
#[rustfmt::skip]
pub(crate) const CLAUSE_ADJECTIVES: &[&str] = &[
    "confident", "convinced", "worried", "concerned", "sure", "certain", "skeptical", "sceptical", "hopeful",
    "optimistic", "pessimistic", "adamant", "aware", "unaware", "afraid", "fearful", "nervous", "doubtful",
    "unsure", "uncertain", "insistent", "clear", "unclear",
];

/// Adjectives of will that, after a copula, report their subject's intention ("X is eager to C").
#[rustfmt::skip]
pub(crate) const INFINITIVE_ADJECTIVES: &[&str] = &[
    "eager", "willing", "unwilling", "reluctant", "determined", "keen", "loath", "loth", "anxious",
];

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

/// Verbs that link a subject to its predicative adjective ("is", "remained", "became", "felt").
#[rustfmt::skip]
pub(crate) const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains", "remained", "become",
    "becomes", "became", "grew", "grown", "feel", "feels", "felt", "stay", "stays", "stayed", "isn't", "aren't",
    "wasn't", "weren't", "isn\u{2019}t", "aren\u{2019}t", "wasn\u{2019}t", "weren\u{2019}t",
];

/// Words of degree, negation and time between a copula and its adjective ("is not so sure", "was
/// increasingly confident"); adverbs in -ly are read as such too.
#[rustfmt::skip]
pub(crate) const DEGREE_WORDS: &[&str] = &[
    "not", "never", "so", "very", "too", "more", "less", "most", "least", "far", "quite", "all", "both", "still",
    "also", "now", "always", "even", "already", "long", "ever", "no", "longer", "much", "pretty", "rather",
    "somewhat", "fairly", "equally", "again", "just", "n't",
];

/// Nouns of belief and assertion whose that-clause, after a possessive, is their owner's stance ("Roe's
/// belief that C", "their fear that C"). Not "claim": "X's claim that C" is as often the writer's
/// framing of a claim as the claim itself, and lost precision on tuning.
#[rustfmt::skip]
pub(crate) const THAT_NOUNS: &[&str] = &[
    "belief", "assertion", "contention", "insistence", "argument", "suggestion", "view", "fear", "hope",
    "warning", "prediction", "assessment", "conclusion", "admission", "acknowledgment", "acknowledgement",
    "promise", "charge", "allegation", "accusation", "complaint", "concern", "conviction", "insinuation",
];

/// Nouns of speech and will whose infinitive, after a possessive, is their owner's stance ("Roe's refusal
/// to C"). Nouns of plain intention ("decision", "plan", "effort", "bid") are left out: the writer uses
/// them to narrate what was done rather than to report a stance.
pub(crate) const TO_NOUNS: &[&str] = &["refusal", "promise", "call", "proposal", "reluctance"];

/// Nouns of praise and blame whose prepositional object, after a possessive, is what their owner judges
/// ("Roe's criticism of C", "his attacks on C"). Not "support for C", which mostly narrates.
#[rustfmt::skip]
pub(crate) const OBJECT_NOUNS: &[(&str, &[&str])] = &[
    ("criticism", &["of"]), ("criticisms", &["of"]), ("attack", &["on", "against"]), ("attacks", &["on", "against"]),
    ("praise", &["for", "of"]), ("embrace", &["of"]), ("call", &["for"]), ("calls", &["for"]),
];

/// Nouns of opinion in "in his view, C", "in the view of X, C".
pub(crate) const OPINION_NOUNS: &[&str] = &["view", "opinion", "estimation", "judgment", "judgement", "eyes"];

/// Words that end a label before a colon, not a speaker ("BYLINE:", "The Latest:", "UPDATE:").
pub(crate) const COLON_LABELS: &[&str] = &[
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
];

/// Nouns of measured opinion that are the source of what is found "in" them.
pub(crate) const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];

/// Words that open the question after a sentence-initial "Asked" ("Asked whether C, ...").
pub(crate) const QUESTION_OPENERS: &[&str] =
    &["whether", "if", "why", "what", "how", "when", "where", "who", "whom", "which", "about"];

/// Words that open a topic or an adjunct rather than a claim ("commented on the situation",
/// "reported from Washington").
pub(crate) const TOPIC_PREPOSITIONS: &[&str] =
    &["on", "about", "of", "with", "by", "from", "at", "into", "over", "up", "out", "off", "back", "away"];

/// Conjunctions that, after a comma, open the writer's own clause rather than more of the content.
pub(crate) const CONTENT_ENDERS: &[&str] = &["but", "although", "yet", "which", "while", "whereas"];

/// Prepositions and conjunctions that end an object content. A relative clause ("talked about a
/// group who ...") is not one of them: it is part of the object, and so are a coordinated one ("praised X
/// and Y") and most prepositional phrases ("accused X of Y", "backed X in the primary").
pub(crate) const OBJECT_ENDERS: &[&str] = &[
    "at",
    "during",
    "after",
    "before",
    "since",
    "when",
    "because",
    "but",
    "last",
    "this",
    "yesterday",
    "today",
    "earlier",
];

/// Nouns of the occasion a claim was made on ("in an interview", "during the debate"): a phrase they head
/// after a content says where it was said, not what.
#[rustfmt::skip]
pub(crate) const OCCASION_NOUNS: &[&str] = &[
    "interview", "interviews", "tweet", "tweets", "statement", "statements", "speech", "speeches", "debate",
    "debates", "appearance", "appearances", "video", "letter", "op-ed", "post", "ad", "advertisement",
    "commercial", "email", "rally", "conference", "remarks", "hearing", "address", "memo", "column", "essay",
    "editorial", "book", "meeting", "briefing", "call", "podcast", "broadcast", "episode", "message", "filing",
    "report", "session", "forum", "event", "visit", "stop", "radio", "television", "print",
];

/// Nouns of attitude that, with their preposition, join the verb before them in a cue ("expressed
/// support for", "raised questions about", "offered condolences to").
#[rustfmt::skip]
pub(crate) const LIGHT_NOUNS: &[&str] = &[
    "support", "opposition", "criticism", "praise", "words", "opinion", "opinions", "view", "views", "thoughts",
    "concern", "concerns", "doubt", "doubts", "questions", "comments", "remarks", "hope", "hopes", "fear", "fears",
    "skepticism", "sympathy", "condolences", "gratitude", "admiration", "frustration", "outrage",
    "disappointment", "dismay", "regret", "optimism", "pessimism", "worries", "anger", "appreciation",
    "confidence", "contempt", "disdain", "enthusiasm",
];

/// Verbs (as prefixes of their forms) that hand an infinitive to their object: "urged Roe to say",
/// "leading the group to announce".
pub(crate) const CONTROL_VERBS: &[&str] = &[
    "ask", "urg", "tell", "told", "forc", "encourag", "invit", "push", "pressur", "allow", "lead", "led", "prompt",
    "persuad", "convinc", "call", "challeng", "want", "expect", "need", "order", "compel", "get", "got", "caus",
    "help", "inspir", "permit", "requir", "remind", "warn", "advis", "beg", "dar",
];

/// Month names, lowercase, but "may", which is more often the auxiliary.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words that, after a comma, open the writer's own clause of time, cause, concession or circumstance after
/// what something seems ("appeared to dismiss it, when he told ...").
pub(crate) const IMPRESSION_ENDERS: &[&str] =
    &["when", "despite", "after", "before", "while", "although", "though", "because", "since", "with"];

/// Words that follow a comma and open a clause that is not the claim's ("..., whereas C"); a "when",
/// "while" or "where" clause is part of what is reported ("A, when B, according to X").
pub(crate) const CLAUSE_OPENERS: &[&str] = &["whereas"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflections() {
        assert_eq!(inflect("announce"), ["announce", "announces", "announced", "announcing"]);
        assert_eq!(inflect("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(inflect("stress"), ["stress", "stresses", "stressed", "stressing"]);
        assert_eq!(inflect("warn"), ["warn", "warns", "warned", "warning"]);
        assert_eq!(inflect("point out"), ["point out", "points out", "pointed out", "pointing out"]);
        assert_eq!(inflect("slam"), ["slam", "slams", "slammed", "slamming"]);
        assert_eq!(inflect("quip"), ["quip", "quips", "quipped", "quipping"]);
        assert_eq!(inflect("prefer"), ["prefer", "prefers", "preferred", "preferring"]);
        assert_eq!(inflect("plan"), ["plan", "plans", "planned", "planning"]);
        assert_eq!(inflect("offer"), ["offer", "offers", "offered", "offering"]);
        assert_eq!(inflect("vow"), ["vow", "vows", "vowed", "vowing"]);
        assert_eq!(inflect("tout"), ["tout", "touts", "touted", "touting"]);
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("official"), "officials");
        assert_eq!(plural("authority"), "authorities");
        assert_eq!(plural("witness"), "witnesses");
        assert_eq!(plural("survey"), "surveys");
    }

    #[test]
    fn cues_cover_every_form_the_issue_names() {
        let has = |f: &str| CUES.iter().any(|c| c.form == f);
        for f in [
            "say",
            "says",
            "said",
            "saying",
            "tell",
            "told",
            "according to",
            "ruled out",
            "called for",
            "claimed",
            "considers",
            "denied",
            "warned",
            "believes",
            "found",
            "shows",
            "wants",
        ] {
            assert!(has(f), "{f}");
        }
        assert!(!has("elicit"));
    }
}
