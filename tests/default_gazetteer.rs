//! What the embedded default gazetteer knows, on sentences written for these tests: one or more of each kind
//! of entity it holds, the longer names that must not leave a wrong shorter match inside them, ordinary
//! words that must stay words, and the README's table of what it holds.

use std::collections::BTreeMap;

use gazette::Gazetteer;

/// (text, entity id) of each mention the default finds.
fn found(text: &str) -> Vec<(String, String)> {
    let g = Gazetteer::embedded();
    g.find(text).iter().map(|m| (m.text.to_string(), m.entity_id.to_string())).collect()
}

fn check(text: &str, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected.iter().map(|(t, id)| (t.to_string(), id.to_string())).collect();
    assert_eq!(found(text), expected, "in {text:?}");
}

#[test]
fn national_institutions_and_their_metonyms() {
    check(
        "The White House and the Pentagon disagreed, while the State Department stayed silent.",
        &[
            ("White House", "org:us-white-house"),
            ("Pentagon", "org:us-defense-department"),
            ("State Department", "org:us-state-department"),
        ],
    );
    check(
        "The Kremlin rejected a plan that Downing Street and the Élysée had backed.",
        &[("Kremlin", "org:ru-kremlin"), ("Downing Street", "org:uk-downing-street"), ("Élysée", "org:fr-elysee")],
    );
    check(
        "Lawmakers in the Knesset, the Bundestag and the Lok Sabha debated the same bill.",
        &[("Knesset", "org:il-knesset"), ("Bundestag", "org:de-bundestag"), ("Lok Sabha", "org:in-lok-sabha")],
    );
    check(
        "The Bank of England held rates; MI6 and the FBI declined to comment.",
        &[("Bank of England", "org:uk-boe"), ("MI6", "org:uk-mi6"), ("FBI", "org:us-fbi")],
    );
    // The longer name wins over the country inside it.
    check(
        "A US State Department spokesperson and the US Department of Defence answered.",
        &[
            ("US State Department", "org:us-state-department"),
            ("US Department of Defence", "org:us-defense-department"),
        ],
    );
}

#[test]
fn armed_groups_and_militias() {
    check(
        "Hamas and the Houthis praised the attack; Boko Haram and the Wagner Group were not mentioned.",
        &[
            ("Hamas", "org:hamas"),
            ("Houthis", "org:houthis"),
            ("Boko Haram", "org:boko-haram"),
            ("Wagner Group", "org:wagner"),
        ],
    );
    check(
        "Fighters of the Rapid Support Forces clashed with al-Shabaab and the M23.",
        &[("Rapid Support Forces", "org:rsf"), ("al-Shabaab", "org:al-shabab"), ("M23", "org:m23")],
    );
}

#[test]
fn a_longer_name_leaves_no_wrong_shorter_match_inside_it() {
    check(
        "Kataeb Hezbollah is not Hezbollah.",
        &[("Kataeb Hezbollah", "org:kataeb-hezbollah"), ("Hezbollah", "org:hezbollah")],
    );
    check("Units of the Hashed al-Shaabi moved north.", &[("Hashed al-Shaabi", "org:pmf")]);
    check(
        "Ansar Allah al-Awfia is an Iraqi faction; Ansar Allah is the Houthis' name.",
        &[
            ("Ansar Allah al-Awfia", "org:ansar-allah-al-awfia"),
            ("Iraqi", "norp:IQ"),
            ("Ansar Allah", "org:houthis"),
            ("Houthis", "org:houthis"),
        ],
    );
    check(
        "Palestinian Islamic Jihad and the Indian National Congress, not Congress.",
        &[
            ("Palestinian Islamic Jihad", "org:pij"),
            ("Indian National Congress", "org:in-inc"),
            ("Congress", "org:us-congress"),
        ],
    );
}

#[test]
fn acronyms_said_as_words_in_british_title_case() {
    check(
        "Opec and Fifa met Unicef; OPEC and FIFA agreed.",
        &[
            ("Opec", "org:opec"),
            ("Fifa", "org:fifa"),
            ("Unicef", "org:unicef"),
            ("OPEC", "org:opec"),
            ("FIFA", "org:fifa"),
        ],
    );
}

#[test]
fn parties_with_their_acronyms() {
    check(
        "The BJP, the Labour Party and Likud all claimed victory over the CDU.",
        &[("BJP", "org:in-bjp"), ("Labour Party", "org:gb-labour"), ("Likud", "org:il-likud"), ("CDU", "org:de-cdu")],
    );
    check(
        "The GOP accused the Bharatiya Janata Party of copying it; Republicans agreed.",
        &[("GOP", "org:us-republican-party"), ("Bharatiya Janata Party", "org:in-bjp")],
    );
}

#[test]
fn territories_regions_and_subdivisions() {
    check(
        "Aid reached the Gaza Strip and the West Bank, but not Crimea or the Donbas.",
        &[
            ("Gaza Strip", "region:gaza-strip"),
            ("West Bank", "region:west-bank"),
            ("Crimea", "iso3166-2:UA-43"),
            ("Donbas", "region:donbas"),
        ],
    );
    check(
        "Reports came from Kashmir, Tigray, Darfur, Xinjiang and Tibet.",
        &[
            ("Kashmir", "region:kashmir"),
            ("Tigray", "iso3166-2:ET-TI"),
            ("Darfur", "region:darfur"),
            ("Xinjiang", "iso3166-2:CN-XJ"),
            ("Tibet", "iso3166-2:CN-XZ"),
        ],
    );
    check(
        "Troops left Anbar province for al-Anbar's capital, then Catalonia and the Donetsk region.",
        &[
            ("Anbar province", "iso3166-2:IQ-AN"),
            ("al-Anbar", "iso3166-2:IQ-AN"),
            ("Catalonia", "iso3166-2:ES-CT"),
            ("Donetsk region", "iso3166-2:UA-14"),
        ],
    );
    check(
        "Shipping in the Red Sea and the Strait of Hormuz slowed.",
        &[("Red Sea", "region:red-sea"), ("Strait of Hormuz", "region:strait-of-hormuz")],
    );
}

#[test]
fn cities_down_to_about_150_000_people_and_the_towns_of_the_news() {
    check(
        "Envoys flew from Geneva to Belfast, and reports came from Mariupol and Fallujah.",
        &[
            ("Geneva", "geonames:2660646"),
            ("Belfast", "geonames:2655984"),
            ("Mariupol", "geonames:701822"),
            ("Fallujah", "geonames:99454"),
        ],
    );
    check(
        "Shelling hit Bakhmut and Kherson; Gaza City and Rafah were without power.",
        &[
            ("Bakhmut", "geonames:713174"),
            ("Kherson", "geonames:706448"),
            ("Gaza City", "geonames:281133"),
            ("Rafah", "geonames:281102"),
        ],
    );
}

#[test]
fn media_and_facilities() {
    check(
        "Xinhua, Tasnim and the Kyiv Independent reported it, as did Shafaq News.",
        &[
            ("Xinhua", "media:xinhua"),
            ("Tasnim", "media:tasnim"),
            ("the Kyiv Independent", "media:kyiv-independent"),
            ("Shafaq News", "media:shafaq"),
        ],
    );
    check(
        "Drones struck near Ain al-Asad and the Zaporizhzhia nuclear power plant.",
        &[("Ain al-Asad", "fac:ain-al-asad"), ("Zaporizhzhia nuclear power plant", "fac:zaporizhzhia-npp")],
    );
}

#[test]
fn ordinary_words_are_not_names() {
    for text in [
        "She was reading a book about nice places to visit.",
        "We ate turkey from the best china and a mobile phone rang.",
        "He ran a bath before the march began.",
        "They will march to the delta at dawn, reading the signs of rivers and the plateau.",
    ] {
        assert_eq!(found(text), [], "in {text:?}");
    }
}

#[test]
fn the_readme_lists_what_the_default_holds() {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for e in Gazetteer::embedded().entities() {
        *counts.entry(e.kind).or_default() += 1;
    }
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (kind, n) in &counts {
        let row = format!("| `{kind}` | {} |", thousands(*n));
        assert!(readme.contains(&row), "README.md has no row starting {row:?}");
    }
    let total = format!("{} entities", thousands(counts.values().sum()));
    assert!(readme.contains(&total), "README.md does not say {total:?}");
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
