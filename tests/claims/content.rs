//! Where a content ends (`src/claims/content.rs`): the asides, adjuncts, clauses and later cues that end a
//! content, and those it keeps.

use super::*;

const ROWS: &[Row] = &[
    // A source in the subordinate clause that opens the sentence: its content ends with that clause.
    one(
        "Although the administration has argued that trading prisoners encourages kidnapping, the president has \
         made some trades.",
        claim().source("the administration").content(&["trading prisoners encourages kidnapping"]),
    ),
    one("Because officials said the road was closed, drivers turned back.", claim().content(&["the road was closed"])),
    one(
        "But while officials said the road was closed, drivers went on.",
        claim().source("officials").content(&["the road was closed"]),
    ),
    // A quotation that ends with a comma inside its marks, then the next cue's clause: the content of the
    // cue before ends there, and the later cue credits the whole.
    one(
        "They want to \"create an economy that works for working families,\" Sanders said.",
        claim().source("Sanders").content(&["They want to \"create an economy that works for working families,\""]),
    ),
    // Asides and adjuncts between the cue and a that-clause are skipped.
    one(
        "Jane Roe said during a visit to a farm in Ames, Iowa, that the state is wrong.",
        claim().content(&["the state is wrong"]),
    ),
    one(
        "The documents indicate, Jane Roe said, that the department worked hand in hand.",
        claim().content(&["The documents indicate", "the department worked hand in hand"]),
    ),
    // The writer's aside after a dash ends it.
    one(
        "Jane Roe said she would not do it \u{2014} a proposal she has raised before.",
        claim().content(&["she would not do it"]),
    ),
    one("Jane Roe said the plan would fail -- a view few others share.", claim().content(&["the plan would fail"])),
    // A dash inside the content that is not the writer's aside stays, and so does an aside between dashes.
    one("Jane Roe said the plan - hers - would fail.", claim().content(&["the plan - hers - would fail"])),
    one(
        "Jane Roe said she took her message to a bigger stage -- the convention -- to reach more voters.",
        claim().content(&["she took her message to a bigger stage -- the convention -- to reach more voters"]),
    ),
    // A second that-clause of the same verb, a second predicate in a form of "be" after "but" and a
    // participle of the content go on with it.
    one(
        "Jane Roe said prices fell in January, but were up on the year.",
        claim().content(&["prices fell in January, but were up on the year"]),
    ),
    one(
        "Jane Roe said the border must be secured, but that she would not back mass deportation.",
        claim().content(&["the border must be secured, but that she would not back mass deportation"]),
    ),
    one(
        "Jane Roe says many doubted her but that she never doubted them.",
        claim().content(&["many doubted her but that she never doubted them"]),
    ),
    one(
        "Jane Roe said the campaign had recovered, coming from far behind to a tie.",
        claim().content(&["the campaign had recovered, coming from far behind to a tie"]),
    ),
    // The writer's own clause after "but" ends it.
    one(
        "Jane Roe said the border must be secured, but few voters agree.",
        claim().content(&["the border must be secured"]),
    ),
    // The parenthesis it is in closes it.
    one(
        "(Jane Roe says the photo would have made her cry.) The leaders stayed away.",
        claim().content(&["the photo would have made her cry"]),
    ),
    // A comma that closes an opening subordinate clause or prepositional phrase opens no closing
    // appositive.
    one(
        "Jane Roe said that despite the rain, the roads were dry.",
        claim().content(&["despite the rain, the roads were dry"]),
    ),
    one(
        "Jane Roe said that when the plant did well, the owner was a good neighbour.",
        claim().content(&["when the plant did well, the owner was a good neighbour"]),
    ),
    // A comma after "that" opens an adjunct that another comma closes, or a quotation; before a
    // conjunction, "that" is a pronoun.
    one(
        "Jane Roe said that, in her view, the plan would fail.",
        claim().content(&["in her view, the plan would fail"]),
    ),
    one("Jane Roe said that, \"The plan will fail.\"", claim().content(&["The plan will fail."])),
    one(
        "Jane Roe insisted that, in her view, the plan had failed.",
        claim().content(&["in her view, the plan had failed"]),
    ),
    one("Jane Roe acknowledges that, but she is determined to win.", claim().content(&["to win"])),
    // A closing appositive on what was said is the writer's...
    one(
        "Jane Roe said the plant would cut 3,000 jobs, a move that angered the union.",
        claim().content(&["the plant would cut 3,000 jobs"]),
    ),
    // ...but an appositive inside the content, with the sentence going on after it, stays.
    one("Jane Roe said the plan, a bold idea, would work.", claim().content(&["the plan, a bold idea, would work"])),
    // So does a relative clause with "which" between the content's subject and its verb; after the
    // content's verb, ", which" is the writer's comment.
    one(
        "Jane Roe said the annual talks, which began a decade ago, remained useful.",
        claim().content(&["the annual talks, which began a decade ago, remained useful"]),
    ),
    one(
        "Critics say the law, which the EU backs, is little more than a law on ideas.",
        claim().content(&["the law, which the EU backs, is little more than a law on ideas"]),
    ),
    one("Jane Roe said the deal was bad, which angered the union.", claim().content(&["the deal was bad"])),
    // A verb in its base form after "and", with a modal or an infinitive before it in the content, is the
    // content's second verb, not the source's next cue.
    one(
        "Jane Roe says she'd sit the minister down and tell him to stop.",
        claim().content(&["she'd sit the minister down and tell him to stop"]),
    ),
    one(
        "Jane Roe is planning to include video files and add more content.",
        claim().content(&["to include video files and add more content"]),
    ),
    // A verb with an ending of its own is the source's.
    claims("Jane Roe said she would sit the minister down and told him to stop.", 2, &[]),
    // "but" before a negation or a focusing word is a contrast inside the content, not a new clause.
    one(
        "Jane Roe said providers should be punished, but not women who seek care.",
        claim().content(&["providers should be punished, but not women who seek care"]),
    ),
    one(
        "Jane Roe said the tool will stop most, but not all, of the programs.",
        claim().content(&["the tool will stop most, but not all, of the programs"]),
    ),
    // A cue after a comma ends it; a phrasal verb's object ends before a participle.
    some(
        "Jane Roe said the plan would fail, adding that the vote was rigged.",
        &[Nth(0, claim().content(&["the plan would fail"]))],
    ),
    some(
        "Jane Roe renewed her call for a withdrawal, expressing dissatisfaction with the talks.",
        &[Nth(0, claim().content(&["a withdrawal"]))],
    ),
    // A later cue, not only the next, ends it.
    some(
        "Jane Roe told Reuters that she believes the plan will work and said the vote was fair.",
        &[Nth(0, claim().content(&["she believes the plan will work"])), Any(claim().content(&["the vote was fair"]))],
    ),
    // So does the next cue's clause after a closed aside, when it has a subject of its own.
    some(
        "While some say the mayor will win - an old ally - others say he will lose.",
        &[Nth(0, claim().content(&["the mayor will win - an old ally"])), Nth(1, claim().content(&["he will lose"]))],
    ),
    one(
        "Jane Roe said the four of them - Ann, Bob and Cy - knew the risk.",
        claim().content(&["the four of them - Ann, Bob and Cy - knew the risk"]),
    ),
    // A later cue ends a content only after a subject; a cue after an article is a noun.
    one(
        "Jane Roe said the mayor would resign and a recount would be held.",
        claim().content(&["the mayor would resign and a recount would be held"]),
    ),
    one(
        "Jane Roe said the group has not changed, despite the call for change.",
        claim().content(&["the group has not changed, despite the call for change"]),
    ),
    some(
        "Jane Roe said the mayor could lose not only because he lied but also because he denied it.",
        &[Nth(0, claim().content(&["the mayor could lose not only because he lied but also because he denied it"]))],
    ),
    // "and" and a short subject before the next cue still end it.
    some(
        "Jane Roe said the plan failed, and 60 percent said it would.",
        &[Nth(0, claim().content(&["the plan failed"]))],
    ),
    // A cue inside another claim's content is part of it.
    one("Jane Roe said she opposes the new tax.", claim().lemma("say").first("she opposes the new tax")),
    one("According to Reuters, the union wants a new contract.", claim().lemma("according to")),
    // A second predicate of the source, after a comma or with an object pronoun of its own, ends it.
    one(
        "Jane Roe called the merger a terrible deal, and ranked its architect among the worst.",
        claim().content(&["the merger a terrible deal"]),
    ),
    one(
        "Jane Roe called the merger a terrible deal and likened it to a fire sale.",
        claim().content(&["the merger a terrible deal"]),
    ),
    // Inside a clause of its own, a coordinated verb without such an object is part of what was said.
    one(
        "Jane Roe said the ministry raised taxes and cut spending.",
        claim().content(&["the ministry raised taxes and cut spending"]),
    ),
    // Means and time clauses end it.
    one("Jane Roe criticized the plan by holding up a poll of voters.", claim().content(&["the plan"])),
    one("Jane Roe said she was excited as she faced the vote.", claim().content(&["she was excited"])),
    // "as" before a noun phrase is the object's predicate.
    one("Jane Roe described the mayor as a weak leader.", claim().content(&["the mayor as a weak leader"])),
    // A content before its cue starts after the dateline that opens its paragraph.
    one(
        "WASHINGTON (AP) \u{2014} The talks have failed, officials said.",
        claim().content(&["The talks have failed"]).source("officials"),
    ),
    one("BEIRUT, Lebanon - The talks have failed, officials said.", claim().content(&["The talks have failed"])),
    // An object keeps its relative clause (after a comma too, but for "which": a closing comment), its
    // "including" phrase and its list.
    one(
        "Jane Roe praised the mayor, whose plan won the vote, in a tweet.",
        claim().content(&["the mayor, whose plan won the vote"]),
    ),
    one(
        "Jane Roe blamed several factors, including the weather.",
        claim().content(&["several factors, including the weather"]),
    ),
    one(
        "Jane Roe talked about a group of athletes who helped a runner who had fallen.",
        claim().content(&["a group of athletes who helped a runner who had fallen"]),
    ),
    one(
        "Residents cite jobs, safety and housing as top concerns.",
        claim().content(&["jobs, safety and housing as top concerns"]),
    ),
    one(
        "Jane Roe praised the mayor and the governor in an interview.",
        claim().content(&["the mayor and the governor"]),
    ),
    // A list closed by "and" stays whole.
    one(
        "Jane Roe praised the mayor, the council, and the governor.",
        claim().content(&["the mayor, the council, and the governor"]),
    ),
    // A comma that closes the object, and ", and" with no list before it, end it.
    one("Jane Roe praised the mayor, a longtime ally of the party.", claim().content(&["the mayor"])),
    one("Jane Roe praised the mayor, and the council voted the plan down.", claim().content(&["the mayor"])),
    // An object ends before the occasion it was said on.
    one("Jane Roe criticized the plan in a tweet on Sunday.", claim().content(&["the plan"])),
    one("Jane Roe criticized the plan in a tweet Tuesday.", claim().content(&["the plan"])),
    one("Jane Roe described the wall in December.", claim().content(&["the wall"])),
    one(
        "Jane Roe accused the ministry of a major breach of trust in trying to block the rule.",
        claim().content(&["the ministry of a major breach of trust"]),
    ),
    // A place that is part of the object stays.
    one("Jane Roe backed the mayor in the primary.", claim().content(&["the mayor in the primary"])),
];

#[test]
fn table() {
    check(ROWS);
}
