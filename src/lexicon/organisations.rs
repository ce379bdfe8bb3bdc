//! Organisations: the head nouns by which a text refers again to an organisation it has named.

use super::Words;

/// Nouns that head a short form of an organisation's name ("the campaign" after "the Clinton
/// campaign", "the commission" after "the Commission on Presidential Debates") or a possessive one
/// ("Roe's campaign" is an organisation, not Roe), lowercase.
pub(crate) const ORGANISATION_HEADS: Words = Words::new(&[
    "campaign",
    "office",
    "administration",
    "organization",
    "organisation",
    "foundation",
    "company",
    "firm",
    "commission",
    "committee",
    "council",
    "agency",
    "department",
    "ministry",
    "party",
    "government",
    "team",
    "court",
    "board",
    "group",
    "network",
    "newspaper",
    "paper",
    "union",
    "university",
    "institute",
    "bank",
    "corporation",
    "authority",
    "association",
    "federation",
    "bureau",
    "service",
    "coalition",
    "alliance",
    "movement",
    "society",
    "confederation",
    "congress",
    "league",
    "chamber",
    "centre",
    "center",
    "college",
    "academy",
    "institution",
    "trust",
    "fund",
    "church",
]);

/// Common nouns that say what kind of body the name right after them, or the appositive after it, is
/// ("carmaker Rover", "research institute Ifo", "Titan, a California-based company,"), lowercase; and the
/// plurals of trades that stand for a firm ("analysts Gartner", "bookmakers Ladbrokes", "pollsters Mori").
/// Not the nouns of a person's trade in the singular ("producer", "singer"), nor words that are also verbs
/// before an object ("fund"), nor hearers ("told reporters Smith was wrong").
#[rustfmt::skip]
pub(crate) const ORGANISATION_KINDS: Words = Words::new(&[
    "company", "firm", "group", "giant", "conglomerate", "start-up", "startup", "business", "carmaker",
    "maker", "manufacturer", "retailer", "supermarket", "chain", "airline", "carrier", "bank", "lender",
    "insurer", "brokerage", "operator", "provider", "publisher", "broadcaster", "network", "studio", "label",
    "newspaper", "magazine", "website", "watchdog", "regulator", "consultancy", "institute", "brewer",
    "agency", "organisation", "organization", "association", "charity", "band", "club", "utility", "analysts",
    "consultants", "accountants", "bookmakers", "auditors", "brokers", "pollsters", "store", "distributor",
]);

/// Roles that only an organisation has, before "of" or "at" and its name ("managing director of T-Mobile",
/// "chief executive of Cadbury", "an economist at Barclays"). Not the roles a person or a campaign has too
/// ("spokesman for Trump", "campaign manager", "aide", "adviser").
#[rustfmt::skip]
pub(crate) const ORGANISATION_ROLES: Words = Words::new(&[
    "director", "executive", "chairman", "chairwoman", "shareholders", "employees", "employee", "staff",
    "workers", "analyst", "economist", "strategist", "boss", "chief", "board", "founder", "co-founder",
]);

/// Titles of an organisation's head, written between its name and the holder's ("Fiat chairman Luca di
/// Montezemolo", "Chelsea boss Jose Mourinho", "Marsh chief executive Michael Cherkasky"). Not a person's
/// staff ("Clinton chief strategist Joel Benenson", "Trump spokesman").
pub(crate) const ORGANISATION_HEAD_TITLES: Words =
    Words::new(&["chairman", "chairwoman", "boss", "chief executive", "managing director"]);

/// The suffixes of web domains that end a website's name ("Factcheck.org", "Outsports.com"), lowercase.
pub(crate) const WEB_SUFFIXES: Words = Words::new(&["com", "org", "net", "gov", "edu", "info", "io", "uk", "eu"]);

/// Words inside an organisation's name, after its head noun ("the Ministry of Interior", "the Bank of
/// England", "the Commission on Presidential Debates", "the Committee to Protect Journalists"), lowercase.
pub(crate) const ORGANISATION_LINKS: Words = Words::new(&["of", "for", "on", "to"]);

/// Words that join capitalised words inside an organisation's name that ends with its head noun ("the
/// Securities and Exchange Commission", "the Food and Drug Administration").
pub(crate) const ORGANISATION_CONJUNCTIONS: Words = Words::new(&["and", "&"]);

/// Capitalised words that end the names of several kinds of body, so that "The House" after "the White
/// House" is not a short form of it, lowercase.
pub(crate) const AMBIGUOUS_SHORT_FORMS: Words =
    Words::new(&["house", "state", "states", "city", "county", "news", "center"]);

/// Capitalised words that open many organisation names without naming one ("National", "Council"),
/// lowercase: an organisation's first word stands for it later on its own ("Kataeb" after "Kataeb
/// Hezbollah") unless it is one of these.
pub(crate) const GENERIC_ORG_WORDS: Words = Words::new(&[
    "a",
    "agency",
    "air",
    "an",
    "army",
    "association",
    "bank",
    "central",
    "christian",
    "civil",
    "committee",
    "conservative",
    "council",
    "court",
    "democratic",
    "department",
    "east",
    "eastern",
    "federal",
    "first",
    "foreign",
    "free",
    "general",
    "global",
    "great",
    "green",
    "house",
    "human",
    "independent",
    "institute",
    "international",
    "joint",
    "labour",
    "liberal",
    "ministry",
    "national",
    "new",
    "north",
    "northern",
    "office",
    "party",
    "people's",
    "police",
    "popular",
    "public",
    "republican",
    "royal",
    "security",
    "social",
    "south",
    "southern",
    "special",
    "state",
    "supreme",
    "the",
    "union",
    "united",
    "university",
    "west",
    "western",
    "world",
]);

/// Endings of the adjectives of peoples and places ("Islamic", "Iranian", "Chinese", "British"): such a
/// word does not make an organisation's name distinctive.
pub(crate) const DEMONYM_ENDINGS: Words = Words::new(&["ic", "ian", "ese", "ish"]);
