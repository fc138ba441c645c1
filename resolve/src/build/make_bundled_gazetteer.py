#!/usr/bin/env python3
"""Builds the gazetteer and border files bundled in borderwatch-resolve from ../shared/data.

Run from the repository root:  python3 resolve/src/build/make_bundled_gazetteer.py ../shared/data
Why a build-time script: ../shared exists on developer machines only, never on a user's, so the product
ships a filtered, gzipped copy. The outputs keep the GeoNames file formats (19-column places,
admin codes "CC.A1[.A2]<TAB>name<TAB>asciiname<TAB>geonameid") so that the same Java reader loads the
bundled region and any dump a user imports. Curated places (curated-places.tsv) are edited by hand.
"""
import contextlib, gzip, json, os, sys, unicodedata

REGION = ("PK", "AF", "IR", "TJ", "UZ", "TM", "IN", "CN")
# China is large (15,600 rows); the region needs its west (Xinjiang CN.13, Tibet CN.14) and the cities a
# Pakistani or Afghan text names (capital, cities of a million or more).
CN_ADMIN1 = ("13", "14")

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out = "resolve/src/main/resources/org/borderwatch/resolve/place"


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def latin_or_arabic(name):
    # English and Urdu/Pashto/Dari texts only use these scripts; CJK, Cyrillic… alternates would triple
    # the file for no match.
    for ch in name:
        n = unicodedata.name(ch, "")
        if not (n.startswith("LATIN") or n.startswith("ARABIC") or ch.isdigit() or ch in " -'.()’`ʼʻ"
                or unicodedata.combining(ch)):
            return False
    return True


def keep(r):
    cc = r[8]
    if cc not in REGION:
        return False
    if cc != "CN":
        return True
    return r[10] in CN_ADMIN1 or int(r[14] or 0) >= 1_000_000 or r[7] == "PPLC"


@contextlib.contextmanager
def gz_writer(name):
    # No name or time in the gzip header, so that a rebuild from the same data is byte-identical.
    with open(os.path.join(out, name), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as g:
            yield g


def write_gz(name, lines):
    with gz_writer(name) as f:
        for line in lines:
            f.write((line + "\n").encode("utf-8"))


places = []
capitals = {}
with gzip.open(os.path.join(data, "gazetteer/geonames-cities500.txt.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        r = line.rstrip("\n").split("\t")
        if r[7] == "PPLC":
            capitals[r[8]] = (float(r[4]), float(r[5]))
        if len(r) == 19 and keep(r):
            r[3] = ",".join(a for a in r[3].split(",") if a and latin_or_arabic(a))
            places.append("\t".join(r))
write_gz("geonames-region.txt.gz", places)

admin1 = json.load(open(os.path.join(data, "gazetteer/geonames-admin1.json"), encoding="utf-8"))
write_gz("admin1Codes.txt.gz", sorted(f"{a['code']}\t{a['name']}\t{ascii_fold(a['name'])}\t" for a in admin1))
admin2 = json.load(open(os.path.join(data, "gazetteer/geonames-admin2.json"), encoding="utf-8"))
write_gz("admin2Codes.txt.gz", sorted(f"{a['code']}\t{a['name']}\t{ascii_fold(a['name'])}\t"
                                     for a in admin2 if a["code"][:2] in REGION))

with open(os.path.join(data, "gazetteer/ucdp_pakistan_places.csv"), encoding="utf-8") as f:
    write_gz("ucdp-pakistan-places.csv.gz", [l.rstrip("\n") for l in f])

# Borders: copied as they are (Natural Earth, public domain), gzipped.
for src, dst in (("border/natural-earth-countries-50m.topojson", "natural-earth-countries-50m.topojson.gz"),
                 ("border/af_pk_border_10m.geojson", "af-pk-border-10m.geojson.gz")):
    with open(os.path.join(data, src), "rb") as i, gz_writer(dst) as o:
        o.write(i.read())

# Countries: ISO 3166-1 (Debian iso-codes) joined to the Natural Earth polygons by numeric code; the
# representative point is the area centroid of the largest polygon when it lies inside, else the capital.
topo = json.load(open(os.path.join(data, "border/natural-earth-countries-50m.topojson")))
sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)


def ring(indices):
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def area_centroid(r):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    return (abs(a / 2), (cx / (3 * a), cy / (3 * a))) if a else (0, r[0])


def inside(p, r):
    x, y = p
    c = False
    for (x0, y0), (x1, y1) in zip(r, r[1:]):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            c = not c
    return c


ne = {}
for g in topo["objects"]["countries"]["geometries"]:
    polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
    best = max((area_centroid(ring(p[0])) + (ring(p[0]),) for p in polys), key=lambda t: t[0])
    ne[g.get("id")] = (g["properties"]["name"], best[1] if inside(best[1], best[2]) else None)

iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
rows = ["alpha2\talpha3\tnumeric\tname\taliases\tlatitude\tlongitude"]
for c in sorted(iso, key=lambda c: c["alpha_2"]):
    name = c.get("common_name", c["name"])
    ne_name, point = ne.get(c["numeric"], (None, None))
    point = point or (capitals[c["alpha_2"]][::-1] if c["alpha_2"] in capitals else None)
    if point is None:
        continue  # no polygon and no capital: nothing to place a COUNTRY match at
    aliases = {c["name"], c.get("official_name", ""), ne_name or ""} - {name, ""}
    rows.append("\t".join([c["alpha_2"], c["alpha_3"], c["numeric"], name, "|".join(sorted(aliases)),
                           f"{point[1]:.4f}", f"{point[0]:.4f}"]))
with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(places), "places,", len(rows) - 1, "countries")
