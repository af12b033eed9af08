"""The gazetteer build: deterministic output equal to the committed data file, and its rules."""
from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from service.extract.places import DATA_PATH, admin1_id, fold_name

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


build_gazetteer = _load_script()


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "gazetteer.tsv.gz"
    stats = build_gazetteer.build(out)
    assert stats["bytes"] == out.stat().st_size
    return out


@pytest.fixture(scope="module")
def rows(fresh_build) -> list[list[str]]:
    with gzip.open(fresh_build, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]


def test_committed_file_equals_a_fresh_build(fresh_build):
    assert DATA_PATH.read_bytes() == fresh_build.read_bytes(), (
        "service/extract/data/gazetteer.tsv.gz is stale: run `make gazetteer` and commit it"
    )


def test_gzip_header_has_no_time_stamp_or_file_name(fresh_build):
    header = fresh_build.read_bytes()[:10]
    assert header[:2] == b"\x1f\x8b"
    assert header[3] & 0x08 == 0  # FNAME flag unset
    assert header[4:8] == b"\0\0\0\0"  # MTIME zero


def test_file_size_limit(fresh_build):
    assert fresh_build.stat().st_size <= 8 * 1024 * 1024


def test_rows_are_sorted_and_ids_unique(rows):
    order = {"C": 0, "A": 1, "L": 2}
    keys = [(order[r[1]], int(r[0])) for r in rows]
    assert keys == sorted(keys)
    ids = [int(r[0]) for r in rows]
    assert len(ids) == len(set(ids))
    assert all(len(r) == 10 for r in rows)


def test_keys_are_folded(rows):
    for r in rows[:3000]:
        for key in filter(None, (r[8] + "|" + r[9]).split("|")):
            assert fold_name(key) == key, (r[4], key)


def test_slice_population_and_conflict_countries(rows):
    localities = [r for r in rows if r[1] == "L"]
    conflict, towns = set(build_gazetteer.CONFLICT_COUNTRIES), set(build_gazetteer.TOWN_COUNTRIES)
    for r in localities:
        assert int(r[7]) >= build_gazetteer.MIN_POPULATION or r[2] in conflict \
            or r[2] in towns and int(r[7]) >= build_gazetteer.TOWN_POPULATION, r[:8]
    small_by_country = {r[2] for r in localities if int(r[7]) < build_gazetteer.MIN_POPULATION}
    for cc in ("SY", "IQ", "YE", "UA", "SD", "AF", "ML", "HT", "CO", "IN", "MX", "PH"):
        assert cc in small_by_country, cc
    assert not small_by_country - conflict - towns
    # every town of the second list is kept, and no village
    names = {(r[2], r[4]) for r in localities}
    assert {("CO", "Tibú"), ("IN", "Jiribam"), ("MX", "San Miguel Totolapan"), ("PG", "Wabag")} <= names
    assert not [r for r in localities if r[2] in towns - conflict and int(r[7]) < build_gazetteer.TOWN_POPULATION]


def test_admin1_regions(rows):
    regions = {(r[2], r[3]): r for r in rows if r[1] == "A"}
    homs = regions[("SY", "11")]
    assert homs[4] == "Homs"
    assert int(homs[0]) == admin1_id("SY", "11")
    keys = set(homs[8].split("|"))
    assert {"homs", "homs governorate", "homs province"} <= keys
    # coordinates: those of the most populous place (Homs city, 34.72, 36.73)
    assert abs(float(homs[5]) - 34.72) < 0.01 and abs(float(homs[6]) - 36.73) < 0.01
    assert regions[("SY", "09")][4] == "Aleppo"


def test_countries_have_capital_coordinates(rows):
    countries = {r[2]: r for r in rows if r[1] == "C"}
    syria = countries["SY"]
    assert syria[4] == "Syria" and int(syria[0]) == 163843
    assert abs(float(syria[5]) - 33.51) < 0.02 and abs(float(syria[6]) - 36.29) < 0.02  # Damascus
    assert fold_name("Russian Federation") in countries["RU"][8].split("|")


def test_localities_keep_only_english_usable_names(rows):
    ghantu = next(r for r in rows if r[0] == "173311")
    assert ghantu[4] == "Al Ghanţū" and ghantu[3] == "11"
    alts = ghantu[9].split("|")
    assert "alghntw" not in alts  # an all-lower-case romanisation key
    homs = next(r for r in rows if r[0] == "169577")
    keys = set((homs[8] + "|" + homs[9]).split("|"))
    assert {"homs", "hims", "emesa"} <= keys
    assert not {"hms", "qhs", "h xms"} & keys


@pytest.mark.parametrize(
    "name, ok",
    [
        ("Dārat ‘Izzah", True),
        ("Darat `Izzah", True),
        ("Al-Ghantoo", True),
        ("Łódź", True),
        ("hms", False),            # all lower case
        ("QHS", False),            # a code
        ("ALP", False),
        ("Ab", False),             # too short
        ("Χομς", False),           # Greek
        ("حمص", False),            # Arabic
        ("Kilometre 12", False),   # digits
    ],
)
def test_usable_name(name, ok):
    assert build_gazetteer.usable_name(name) is ok


def test_congo_short_name_belongs_to_both_republics(rows):
    countries = {r[2]: set(r[8].split("|")) for r in rows if r[1] == "C"}
    assert "congo" in countries["CD"] and "congo" in countries["CG"]
    assert fold_name("Republic of Congo") in countries["CG"]
    assert fold_name("Democratic Republic of Congo") in countries["CD"]
    assert fold_name("Republic of Congo") not in countries["CD"]


def test_region_aliases_and_english_compass_forms(rows):
    regions = {(r[2], r[3]): set((r[8] + "|" + r[9]).split("|")) for r in rows if r[1] == "A"}
    assert fold_name("Salahuddin") in regions[("IQ", "18")]
    assert fold_name("Salahuddin province") in regions[("IQ", "18")]
    assert fold_name("Rural Damascus") in regions[("SY", "08")]
    assert fold_name("Oromia") in regions[("ET", "51")]  # GeoNames: "Oromiya"
    assert fold_name("North Darfur") in regions[("SD", "55")]  # GeoNames: "Northern Darfur"
    assert build_gazetteer._english_compass("Western Darfur") == "West Darfur"
    assert build_gazetteer._english_compass("Nord Kivu") == "North Kivu"


def test_main_town_gets_its_region_spellings_of_the_same_words(rows):
    keys = {r[0]: set((r[8] + "|" + r[9]).split("|")) for r in rows if r[1] == "L"}
    gaza_town = next(r for r in rows if r[1] == "L" and r[2] == "PS" and r[4] == "Gaza")
    assert "gaza strip" not in keys[gaza_town[0]]  # "Gaza Strip" is not the town


def _row(rid, name, lat, lon, pop, prim, alts=(), a1="01"):
    return (rid, "L", "LY", a1, name, lat, lon, pop, list(prim), list(alts))


def test_twin_towns_are_merged_into_the_most_populous_entry():
    rows = [
        _row(1, "Zawiya", "32.7571", "12.7276", 186123, ["zawiya"], ["azzawiya", "al zawiya"]),
        _row(2, "Az Zāwīyah", "32.7522", "12.7278", 200000, ["al zawiya"], ["zawiya", "zawia"]),
        _row(3, "Sabratha", "32.7933", "12.4885", 102038, ["sabrata"]),
    ]
    merged, count = build_gazetteer.merge_twins(rows)
    assert count == 1
    by_id = {r[0]: r for r in merged}
    assert sorted(by_id) == [2, 3]
    # the keeper keeps its own name and takes the other's names as alternate keys
    assert by_id[2][4] == "Az Zāwīyah" and by_id[2][8] == ["al zawiya"]
    assert set(by_id[2][9]) == {"zawiya", "zawia", "azzawiya"}  # (not its own primary "al zawiya")


@pytest.mark.parametrize("other", [
    _row(2, "Zawiya", "33.2000", "12.7278", 5000, ["zawiya"]),  # 50 km away: another town
    _row(2, "Zawiya", "32.7522", "12.7278", 5000, ["zawiya"], a1="02"),  # in another region
    _row(2, "Zawiya Bani", "32.7522", "12.7278", 5000, ["zawiya bani"], ["zawiya"]),  # the name is not its own
])
def test_towns_that_only_share_a_name_are_not_twins(other):
    rows = [_row(1, "Zawiya", "32.7571", "12.7276", 186123, ["zawiya"]), other]
    assert build_gazetteer.merge_twins(rows) == (rows, 0)


def test_districts_told_apart_by_a_numeral_are_not_twins():
    # the two names fold to one key, but the numerals differ
    rows = [_row(1, "Budapest XI. kerület", "47.4", "19.0", 139049, ["budapest xi kerulet"], a1="05"),
            _row(2, "Budapest XII. kerület", "47.5", "19.0", 56544, ["budapest xi kerulet"], a1="05")]
    assert build_gazetteer.merge_twins(rows) == (rows, 0)


def test_the_committed_gazetteer_has_one_entry_for_a_twin_town(rows):
    zawiya = [r for r in rows if r[2] == "LY" and "zawiya" in (r[8] + "|" + r[9]).split("|") and r[1] == "L"]
    assert [r[4] for r in zawiya] == ["Az Zāwīyah"]


def test_named_areas_inside_one_region_are_keys_of_that_region(rows):
    region = {r[4]: (r[8] + "|" + r[9]).split("|") for r in rows if r[1] == "A"}
    assert "catatumbo" in region["Norte de Santander Department"]
    assert {"north waziristan", "kuram", "bajaur"} <= set(region["Khyber Pakhtunkhwa"])
    assert {"west gojam", "north wolo"} <= set(region["Amhara"])


def test_a_named_area_that_a_place_of_the_country_has_as_a_name_stays_that_place(monkeypatch):
    monkeypatch.setattr(build_gazetteer, "SUBREGIONS", {("CD", "11"): ("Masisi", "Rutshuru")})
    admin = [(1, "A", "CD", "11", "Nord Kivu", "0", "0", 1, ["nord kivu"], ["north kivu"])]
    towns = [(2, "L", "CD", "11", "Rutshuru", "0", "0", 1, ["rutshuru"], [])]
    assert build_gazetteer._with_subregions(admin, towns)[0][9] == ["north kivu", "masisi"]
