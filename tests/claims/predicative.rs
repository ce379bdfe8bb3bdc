//! Designation and predicative forms (`src/claims/predicative.rs`): a stance no verb gives, "X is
//! confident that C", "X is seen as Y", "X sees Y as Z".

use super::*;

const ROWS: &[Row] = &[
    // A predicative adjective of stance after a copula is a cue.
    one(
        "Jane Roe is confident that the levee will hold.",
        claim().first("that the levee will hold").source("Jane Roe").lemma("confident"),
    ),
    one(
        "The residents remain deeply skeptical that the canal will be finished.",
        claim().content(&["that the canal will be finished"]).source("The residents"),
    ),
    one(
        "Jane Roe was sharply critical of the new zoning plan.",
        claim().first("the new zoning plan").lemma("critical"),
    ),
    one("The mayor has long been eager to rebuild the old pier.", claim().content(&["to rebuild the old pier"])),
    one(
        "They're hopeful they can run the ferry again by spring.",
        claim().content(&["they can run the ferry again by spring"]),
    ),
    // Right after its noun.
    one(
        "Local officials reluctant to raise fares met on Friday.",
        claim().first("to raise fares met on Friday").source("Local officials"),
    ),
    // The writer's own doubt, with no source.
    none("It is unclear whether the levee will hold."),
    // A thing, not a source, as the subject.
    none("The water was clear that morning."),
    // No complement: no content.
    none("Jane Roe was confident and relaxed."),
    // A condition or a generic "you" reports no one's stance.
    none("The plan may pass if the mayor is willing to compromise."),
    none("You should be willing to listen to the farmers."),
    // A negated copula before an adjective and "that" is no verb.
    none("It is not clear that the talks will resume."),
    // Inside another claim's content, the adjective is part of what was said.
    one(
        "Jane Roe said she is confident that the levee will hold.",
        claim().first("she is confident that the levee will hold").lemma("say"),
    ),
    // How someone unnamed sees or knows a subject.
    one(
        "The kingdom is widely viewed as a bulwark against its rivals.",
        claim().content(&["The kingdom", "a bulwark against its rivals"]).no_source(),
    ),
    one(
        "The character of the party is seen as a liability in the suburbs.",
        claim().content(&["The character of the party", "a liability in the suburbs"]),
    ),
    one("Jane Roe is best known for her sharp questions.", claim().content(&["Jane Roe", "her sharp questions"])),
    one("Sixty of the emails were deemed classified.", claim().content(&["Sixty of the emails", "classified"])),
    // Active, with its subject as the source, "as" in the content.
    one(
        "Party leaders see him as an asset to other candidates.",
        claim().content(&["him as an asset to other candidates"]).source("Party leaders"),
    ),
    one(
        "Many voters viewed the economy and jobs as their top concerns.",
        claim().content(&["the economy and jobs as their top concerns"]).source("Many voters"),
    ),
    // Seeing with the eyes, a comparison or conjunction after "as", a participle that only names a
    // thing, "known to": no claim.
    none("Jane Roe saw him as he left the building."),
    none("We will see the results as soon as possible."),
    none("Jane Roe sees for herself as the vote nears."),
    none("The comet was seen over the city on Monday."),
    none("The program, known as the Fund, was cut."),
    none("She is known to many in the town."),
];

#[test]
fn table() {
    check(ROWS);
}
