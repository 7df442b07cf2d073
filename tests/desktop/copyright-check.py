#!/usr/bin/python3
"""resources/copyright is a machine-readable debian/copyright (DEP-5) that names GPL-3.0-or-later.

Usage: copyright-check.py COPYRIGHT LICENSE. Exits 77 (skipped) when python3-debian is missing.
"""
import sys

try:
    from debian import copyright as dep5
except ImportError:
    print("python3-debian is not installed")
    sys.exit(77)

path, licence_path = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    doc = dep5.Copyright(f, strict=True)  # raises on a malformed header or paragraph

failures = []
if doc.header.upstream_name != "Trellis":
    failures.append(f"Upstream-Name is {doc.header.upstream_name!r}")
standalone = {p.license.synopsis for p in doc.all_license_paragraphs()}
for paragraph in doc.all_files_paragraphs():
    if not paragraph.copyright:
        failures.append(f"{paragraph.files}: no Copyright")
    synopsis = paragraph.license.synopsis
    if not paragraph.license.text and synopsis not in standalone:
        failures.append(f"{paragraph.files}: License {synopsis} has neither text nor a License paragraph")
for file, expected in (("src/gui/app/main.cpp", "GPL-3.0+"), ("resources/icons/trellis.svg", "GPL-3.0+"),
                       ("resources/io.github.trellis.Trellis.metainfo.xml", "CC0-1.0")):
    found = doc.find_files_paragraph(file)
    if found is None or found.license.synopsis != expected:
        failures.append(f"{file}: expected {expected}, found {found.license.synopsis if found else None}")
with open(licence_path, encoding="utf-8") as f:
    opening = f.read(400)
if "GNU GENERAL PUBLIC LICENSE" not in opening or "Version 3," not in opening:
    failures.append("LICENSE is not the GNU GPL version 3")
for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
