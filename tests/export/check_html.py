#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks HTML5 pages with html5lib (Debian python3-html5lib) and reports what tests need.

    check_html.py FILE...

Prints one JSON object: for each file, "errors" (every HTML5 parse error html5lib reports,
which its strict mode would stop at, plus conformance errors a parser lets through: no
<!DOCTYPE html>, no <title>, no charset, duplicate ids, <img> without alt), "links" (every
href and src with its element) and "entries" (the posts an archive page lists: the title
and link of each article.archive-entry). Exits 0 when it could read every file.
"""
import json
import sys

try:
    import html5lib
except ImportError:
    sys.stderr.write("check_html: python3-html5lib is missing; run packaging/install-deps.sh\n")
    sys.exit(3)


def text_of(element):
    return "".join(element.itertext()).strip()


def classes(element):
    return element.get("class", "").split()


def check(path):
    with open(path, "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    document = parser.parse(data, transport_encoding="utf-8")
    errors = []
    for (line, column), code, details in parser.errors:
        detail = ", ".join(f"{k}={v}" for k, v in sorted(details.items())) if details else ""
        errors.append(f"{line}:{column}: {code}" + (f" ({detail})" if detail else ""))

    text = data.decode("utf-8", errors="replace")
    if not text.lstrip().lower().startswith("<!doctype html>"):
        errors.append("the page does not start with <!DOCTYPE html>")
    head = document.find("head")
    title = head.find("title") if head is not None else None
    if title is None or not text_of(title):
        errors.append("the page has no title")
    if head is None or not any(m.get("charset", "").lower() == "utf-8" for m in head.iter("meta")):
        errors.append("the page does not declare its charset as utf-8")

    ids = set()
    links = []
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        identifier = element.get("id")
        if identifier is not None:
            if identifier in ids:
                errors.append(f"duplicate id {identifier!r}")
            ids.add(identifier)
        if element.tag == "img" and element.get("alt") is None:
            errors.append(f"<img src={element.get('src')!r}> has no alt attribute")
        for attribute in ("href", "src"):
            if element.get(attribute) is not None:
                links.append({"tag": element.tag, "attribute": attribute, "url": element.get(attribute)})

    entries = []
    for article in document.iter("article"):
        if "archive-entry" not in classes(article):
            continue
        heading = article.find("h2")
        anchor = heading.find("a") if heading is not None else None
        entries.append({
            "title": text_of(anchor) if anchor is not None else "",
            "href": anchor.get("href", "") if anchor is not None else "",
        })
    return {"errors": errors, "links": links, "entries": entries,
            "title": text_of(title) if title is not None else ""}


def main(paths):
    report = {}
    for path in paths:
        try:
            report[path] = check(path)
        except OSError as error:
            sys.stderr.write(f"check_html: cannot read {path}: {error}\n")
            return 2
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
