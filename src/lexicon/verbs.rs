//! Verbs: the cue verbs in all their forms, by how each takes its source and content, and the verbs that
//! the rules read around a cue: copulas, verbs of control, light verbs, verbs of designation.

use once_cell::sync::Lazy;

use super::Words;
use super::nouns::{is_plural_of, plural};

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
    ("put it", &["put it", "puts it"]),
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

/// Cues that attribute only in an "as" clause ("As one aide put it, C", "C, as she put it."): elsewhere
/// they say nothing ("put it on the table").
pub(crate) const AS_CLAUSE_ONLY: Words = Words::new(&["put it"]);

/// Stance forms that attribute only in the passive ("voters are expected to stay home", "it is expected
/// that C"): alone they are mostly adjectives ("the expected ruling", "30,000 immigrants expected this
/// year"); the other forms of their verbs are active stances ("officials expect rates to rise").
pub(crate) const PASSIVE_ONLY: Words = Words::new(&["expected"]);

/// Stance lemmas whose active forms attribute only before a clause or an infinitive, with or without a
/// subject of its own ("expects to win", "expect rates to rise", "expect that C"): with a plain object
/// they are the writer's forecast ("expects a long night").
pub(crate) const INFINITIVE_COMPLEMENT: Words = Words::new(&["expect"]);

/// Stance lemmas whose other senses take a plain object ("felt the pressure", "knew him well", "found a
/// way"): they attribute only before a clause (that, a question word, a subject pronoun) or a quotation.
pub(crate) const CLAUSAL_ONLY: Words = Words::new(&[
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
]);

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
    ("quote", &["quoted as saying"], CueClass::Speech),
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
pub(crate) const ASPECTUAL: Words = Words::new(&["continue", "add"]);

/// Lemmas whose base and third-person forms are more often nouns ("the state", "a plan", "an
/// attack"): only their past and participle forms are cues.
#[rustfmt::skip]
const NOUN_LIKE: Words = Words::new(&[
    "state", "fear", "question", "brand", "echo", "answer", "comment", "fault", "plan", "attack", "back", "charge",
    "text", "request", "protest", "signal", "email", "credit", "demand", "challenge", "order",
    "support", "guess", "welcome", "pledge", "dispute", "reference", "voice", "label", "outline",
    "champion", "offer", "view", "sense", "notice", "salute", "plead", "rant", "sign",
    "thunder", "crow", "bash", "tease",
]);

/// Noun-like lemmas whose base and third-person forms are cues when the context shows a verb ("they
/// support", "who fear", "would back", "strategists fear that"): see [`is_noun_form`].
#[rustfmt::skip]
pub(crate) const VERB_IN_CONTEXT: Words = Words::new(&[
    "fear", "plan", "support", "question", "demand", "welcome", "dispute", "offer", "view", "pledge",
]);

/// Lemmas whose noun-like forms are verbs only before an infinitive ("plans to run", not "plans for").
pub(crate) const INFINITIVE_ONLY: Words = Words::new(&["plan"]);

/// Whether a cue form is the base or plural form of a noun-like lemma ("support", "plans"), a cue only
/// where the context shows a verb.
pub(crate) fn is_noun_form(form: &CueForm) -> bool {
    NOUN_LIKE.contains(&form.lemma) && (form.form == form.lemma || is_plural_of(&form.form, &form.lemma))
}

/// The built-in cue forms.
pub(crate) static CUES: Lazy<Vec<CueForm>> = Lazy::new(|| {
    let mut out = Vec::new();
    let mut push = |forms: &[String], lemma: &str, class: CueClass| {
        let noun_like = NOUN_LIKE.contains(lemma) && !VERB_IN_CONTEXT.contains(lemma);
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
    for lemma in RAISING_VERBS.iter() {
        push(&inflect(lemma)[..3], lemma, CueClass::Raising);
    }
    push(&["according to".to_string()], "according to", CueClass::According);
    push(&["in the words of".to_string()], "in the words of", CueClass::According);
    push(&["as reported by".to_string()], "as reported by", CueClass::According);
    out
});

/// Verbs of seeming: the writer's impression of their subject, with no source in the text ("X seems to C");
/// only their base, third-person and past forms are cues ("seeming" is left out).
const RAISING_VERBS: Words = Words::new(&["seem", "appear"]);

/// Participles of cue verbs not in -ed that, after a form of "be", make a passive ("it is thought that C",
/// "X is known for Y", "it was said that C").
pub(crate) const IRREGULAR_PASSIVE_PARTICIPLES: Words =
    Words::new(&["thought", "said", "known", "seen", "told", "written", "shown", "spoken", "heard"]);

/// Participles of feeling that head a phrasal cue as adjectives: "is worried about X", "are concerned
/// about", "is opposed to" report their subject's stance, not a passive.
#[rustfmt::skip]
pub(crate) const FEELING_PARTICIPLES: Words = Words::new(&[
    "worried", "concerned", "opposed", "committed", "interested", "pleased", "disappointed", "frustrated",
    "convinced", "excited", "troubled", "alarmed", "encouraged", "heartened", "dismayed", "outraged",
]);

/// Verbs that link a subject to its predicative adjective ("is", "remained", "became", "felt").
#[rustfmt::skip]
pub(crate) const COPULAS: Words = Words::new(&[
    "is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains", "remained", "become",
    "becomes", "became", "grew", "grown", "feel", "feels", "felt", "stay", "stays", "stayed", "isn't", "aren't",
    "wasn't", "weren't", "isn\u{2019}t", "aren\u{2019}t", "wasn\u{2019}t", "weren\u{2019}t",
]);

/// Verbs (as prefixes of their forms) that hand an infinitive to their object: "urged Roe to say",
/// "leading the group to announce".
pub(crate) const CONTROL_VERBS: &[&str] = &[
    "ask", "urg", "tell", "told", "forc", "encourag", "invit", "push", "pressur", "allow", "lead", "led", "prompt",
    "persuad", "convinc", "call", "challeng", "want", "expect", "need", "order", "compel", "get", "got", "caus",
    "help", "inspir", "permit", "requir", "remind", "warn", "advis", "beg", "dar",
];

/// Light verbs whose noun of attitude and its preposition join the cue ("expressed support for C",
/// "offered kind words about C"); after other verbs the noun is what was said ("stressed bipartisan support
/// for C").
pub(crate) const LIGHT_VERBS: Words = Words::new(&["express", "voice", "offer", "raise", "pledge", "signal"]);

/// Participles of seeing and regarding that name what something is seen as, with "as" ("X is seen as Y").
pub(crate) const DESIGNATION_VERBS: Words = Words::new(&["seen", "viewed", "regarded", "perceived"]);

/// Active forms of seeing and regarding that take what their object is seen as, with "as" ("Voters see
/// him as a healer").
#[rustfmt::skip]
pub(crate) const ACTIVE_DESIGNATION_VERBS: Words = Words::new(&[
    "see", "sees", "saw", "view", "views", "viewed", "regard", "regards", "regarded", "perceive", "perceives",
    "perceived",
]);

/// Words after "as" that make it a comparison or a conjunction, not what something is seen as ("see it
/// as soon as", "saw him as though").
pub(crate) const NON_DESIGNATION_AS: Words =
    Words::new(&["soon", "well", "long", "much", "many", "far", "if", "though", "usual", "such"]);

/// Participles that name what something is known as or for, with "as" or "for" ("X is known for Y").
pub(crate) const DESIGNATION_AS_OR_FOR_VERBS: Words = Words::new(&["known"]);

/// Participles that take what something is deemed to be directly ("X is deemed classified").
pub(crate) const DESIGNATION_DIRECT_VERBS: Words = Words::new(&["deemed"]);

/// Verbs of publishing a message, in every form, before the message and the participle that gives its
/// content ("issued a statement saying C", "sent out a letter urging C", "posted a video calling C").
#[rustfmt::skip]
pub(crate) const PUBLISHING_VERBS: Words = Words::new(&[
    "issue", "issues", "issued", "issuing", "release", "releases", "released", "releasing", "send", "sends",
    "sent", "sending", "put", "puts", "putting", "post", "posts", "posted", "posting", "publish", "publishes",
    "published", "publishing", "circulate", "circulates", "circulated", "circulating", "distribute",
    "distributes", "distributed", "distributing", "write", "writes", "wrote", "writing", "tweet", "tweets",
    "tweeted", "tweeting", "email", "emails", "emailed", "emailing",
]);

/// Particles between a verb of publishing and its message ("sent out a statement", "put out a release").
pub(crate) const PUBLISHING_PARTICLES: Words = Words::new(&["out"]);

/// Cue forms that make a preposition with a "to" after them, "because of" ("thanks to strong sales"):
/// no cue there.
pub(crate) const PREPOSITIONAL_CUE_FORMS: Words = Words::new(&["thanks"]);
