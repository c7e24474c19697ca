"""Regenerate ``static/world.json``, the dashboard's map outline, from Natural Earth data.

The source is ``countries-110m.json`` of the npm package world-atlas 2.0.2 (Natural Earth 1:110m
Admin 0 countries, public domain, as TopoJSON, ISC licence): ``npm pack world-atlas@2.0.2``, unpack,
then ``python -m newsevents.web.make_world package/countries-110m.json``. The output is one SVG path
per country in a plain longitude/latitude projection (x = longitude, y = -latitude), rounded to
0.1 degree, so that the map needs neither tiles nor a projection library.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("static") / "world.json"


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantised, delta-encoded arcs as lists of (longitude, latitude)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their end point
    return points


def ring_path(points: list[tuple[float, float]]) -> str:
    """An SVG subpath. A ring that crosses the antimeridian (eastern Russia, Fiji) is unwrapped, so
    that it runs on past 180 degrees and the map's edge clips it, rather than a line across the map."""
    parts: list[str] = []
    shift, previous = 0.0, None
    for lon, lat in points:
        if previous is not None and abs(lon + shift - previous) > 180:
            shift += 360 if previous > lon + shift else -360
        x, y = round(lon + shift, 1), round(-lat, 1)
        parts.append(f"{'L' if parts else 'M'}{x:g} {y:g}")
        previous = lon + shift
    return "".join(parts) + "Z"


def country_paths(topology: dict[str, Any]) -> list[dict[str, str]]:
    arcs = decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry.get("type", ""), [])
        path = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if path:
            out.append({"id": str(geometry.get("id", "")), "name": geometry.get("properties", {}).get("name", ""),
                        "d": path})
    return out


def main(argv: list[str]) -> int:
    topology = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    data = {"source": "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2.0.2 (ISC)",
            "projection": "x = longitude, y = -latitude (degrees)", "countries": country_paths(topology)}
    OUT.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"wrote {len(data['countries'])} countries to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
