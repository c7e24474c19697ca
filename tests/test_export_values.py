"""Export values mean what the field's columns mean: COW codes, ICEWS sector labels, Phoenix quad
classes, PLOVER types on every POLECAT row, PETRARCH-2's optional root fields (issue 12)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from newsevents.export import ICEWS_COLUMNS, PETRARCH_ROOT_COLUMNS, POLECAT_COLUMNS, WRITERS, export_frame
from newsevents.export.values import cow_codes, icews_sectors, phoenix_quad, plover_type, sector_labels
from newsevents.store import Store

from .conftest import SHARED

pytestmark = pytest.mark.issue(12)
REFERENCE = SHARED / "reference"
# The reference crosswalk writes ICEWS's own country codes for Kosovo and East Timor.
ICEWS_ISO3 = {"KSV": "XKX", "TMP": "TLS"}


def reference(name: str) -> list[dict[str, str]]:
    path = REFERENCE / name
    if not path.exists():
        pytest.skip("../shared/reference is not present")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="module")
def store(sample_db) -> Store:
    handle = Store(sample_db, read_only=True)
    yield handle
    handle.close()


def export(store: Store, fmt: str, tmp_path: Path, header: bool, **options) -> pd.DataFrame:
    writer, dyadic = WRITERS[fmt]
    path = tmp_path / f"{fmt}.tsv"
    writer(export_frame(store, dyadic=dyadic), path, **options)
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, header=0 if header else None)


# -- COW codes -----------------------------------------------------------------------------------

def test_cow_codes_agree_with_the_reference_crosswalk():
    ours = cow_codes()
    disagree, missing = [], []
    for row in reference("icews_country_to_iso3_cow.tsv"):
        iso3, cow = ICEWS_ISO3.get(row["iso3"], row["iso3"]), (row["cow_numeric"] or "0").strip()
        if int(cow) == 0:  # territories and non-states: no COW code
            continue
        if iso3 not in ours:
            missing.append(iso3)
        elif ours[iso3] != int(cow):
            disagree.append((iso3, ours[iso3], cow))
    assert disagree == []
    # 997 is ICEWS's own code for Hong Kong, not a COW state code
    assert missing == ["HKG"]


def test_cow_codes_of_well_known_states():
    assert {k: cow_codes()[k] for k in ("USA", "AFG", "RUS", "DEU", "CHN", "IND")} == {
        "USA": 2, "AFG": 700, "RUS": 365, "DEU": 255, "CHN": 710, "IND": 750}


def test_polecat_cow_columns_hold_cow_codes(store, tmp_path):
    frame = export(store, "polecat", tmp_path, header=True)
    assert list(frame.columns) == list(POLECAT_COLUMNS)
    seen = 0
    for role in ("Actor", "Recipient"):
        for name, cow in zip(frame[f"{role} Country"], frame[f"{role} COW"]):
            if name == "United States":
                assert cow == "2"
                seen += 1
            if name == "Afghanistan":
                assert cow == "700"
                seen += 1
    assert seen >= 4
    assert not frame["Actor COW"].isin(["840", "4"]).any()  # ISO numeric codes of USA and AFG


# -- PLOVER types ----------------------------------------------------------------------------------

def test_every_polecat_row_has_a_plover_type(store, tmp_path):
    frame = export(store, "polecat", tmp_path, header=True)
    mentions = store.mentions()
    typed = mentions[[bool(plover_type(c, p if isinstance(p, str) else "")) for c, p in
                      zip(mentions.code, mentions.plover)]]
    assert (frame["Event Type"] != "").all()
    assert len(frame) == len(typed) > 100
    # public statements (root 01) are left out; appeals (root 02) are REQUEST
    statements = set(mentions[mentions.root == "01"].mention_id)
    assert statements and not statements & set(frame["Event ID"])
    appeals = set(mentions[mentions.root == "02"].mention_id)
    assert set(frame[frame["Event ID"].isin(appeals)]["Event Type"]) <= {"REQUEST"}


def test_plover_records_have_a_type_and_its_quad_code(store, tmp_path):
    path = tmp_path / "plover.jsonl"
    WRITERS["plover"][0](export_frame(store), path)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    types = {row["event_type"]: int(row["quad_class"]) for row in reference("plover_event_types.tsv")}
    assert records and all(len(r["event"]) == 1 and r["event"][0] in types for r in records)
    assert all(r["quad_code"] == types[r["event"][0]] for r in records)


# -- ICEWS sectors and places ----------------------------------------------------------------------

def test_icews_sector_labels_are_icews_labels():
    labels = {row["icews_sector_text"]: {row["cameo_agent_code"], row["secondary"]}
              for row in reference("icews_sector_to_cameo_agent.tsv")}
    # the crosswalk files NGOs under IGO and the health sector under CAMEO's MED (media)
    known_gaps = {"NGO", "HLH"}
    for code, label in sector_labels().items():
        assert label in labels, label
        assert code in labels[label] or code in known_gaps, (code, label)


def test_sector_labels_of_actor_codes():
    assert icews_sectors("USAGOV") == ["Government"]
    assert icews_sectors("AFGINS") == ["Insurgents"]
    assert icews_sectors("IRNGOVMIL") == ["Government", "Defense / Security Ministry"]
    assert icews_sectors("IGOUNO") == ["International Government Organization"]
    assert icews_sectors("USA") == []


def test_icews_export_writes_labels_and_province_names(store, tmp_path):
    frame = export(store, "icews", tmp_path, header=True)
    assert list(frame.columns) == list(ICEWS_COLUMNS)
    sectors = {s for cell in pd.concat([frame["Source Sectors"], frame["Target Sectors"]]) for s in cell.split(",") if s}
    assert "Government" in sectors and sectors <= set(sector_labels().values())
    assert not any(re.fullmatch(r"[A-Z]{3}", s) for s in sectors)
    assert not frame.Province.str.fullmatch(r"[0-9]{1,3}|[A-Z]{2}-\w+").any()  # names, not admin codes
    assert "IGO" not in set(frame["Source Country"])
    # a town's province is the name of its first-level division (GeoNames, the geo extra)
    towns = frame[frame.City != ""]
    assert len(towns) and (towns.Province != "").mean() > 0.8
    assert ("Kabul", "Kabul") in set(zip(towns.City, towns.Province))


def test_a_towns_province_comes_from_its_coordinates():
    from newsevents.export.formats import province_of

    assert province_of(34.52813, 69.17233) == "Kabul"
    assert province_of(6.45407, 3.39467) == "Lagos"
    assert province_of(0.0, -30.0) == ""  # open sea: no town there


# -- Phoenix and PETRARCH-2 ------------------------------------------------------------------------

def test_phoenix_quad_classes_follow_the_phoenix_mapping(store, tmp_path):
    expected = {row["cameo_code"]: int(row["quad_class_phoenix"]) for row in reference("cameo_event_codes.tsv")}
    frame = export(store, "phoenix", tmp_path, header=False)
    codes, quads = frame[13], frame[15].astype(int)
    assert all(quad == expected[code] for code, quad in zip(codes, quads))
    assert (quads[codes.str[:2].isin(["01", "02"])] == 0).all() and (quads == 0).any()
    assert phoenix_quad("042") == 1 and phoenix_quad("190") == 4


def test_petrarch_optional_root_fields(store, tmp_path):
    fields = [row["field"] for row in reference("field_lists/petrarch2_event_fields.tsv")]
    assert list(PETRARCH_ROOT_COLUMNS) == fields
    plain = export(store, "petrarch", tmp_path, header=False)
    roots = export(store, "petrarch", tmp_path, header=False, actor_roots=True)
    assert plain.shape[1] == 11 and roots.shape[1] == len(fields)
    assert (roots.iloc[:, :11].values == plain.values).all()
    assert (roots[11] != "").sum() > 100 and "Taliban" in set(roots[11]) | set(roots[12])


# -- country-level coordinates ---------------------------------------------------------------------

def test_country_points_are_centroids_not_city_means(resources):
    countries = resources.gazetteer.countries
    pakistan, chile, usa = (countries[c] for c in ("PAK", "CHL", "USA"))
    assert abs(pakistan.latitude - 30.0) < 1 and abs(pakistan.longitude - 69.4) < 1  # not Multan (71.5 E)
    assert chile.latitude < -35 and usa.longitude < -95  # not Santiago; not the populous east coast


def test_every_inhabited_country_has_a_point(resources):
    missing = sorted(iso3 for iso3, place in resources.gazetteer.countries.items() if place.latitude is None)
    # retired codes (Netherlands Antilles, Serbia and Montenegro) and territories without a town
    assert set(missing) <= {"ANT", "SCG", "BVT", "HMD", "IOT", "TKL", "UMI"}
    for place in resources.gazetteer.countries.values():
        if place.latitude is not None:
            assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180
