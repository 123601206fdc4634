"""How to cite the dataset, generated from one record so that no two places can disagree.

The record is the Citation File Format (CFF 1.2.0) dict built by `cff()` from datapackage.json
(which the build writes from schemas/datapackage.template.json) and `__version__`. BibTeX, APA and
text citations come from it here; CITATION.cff, .zenodo.json and the Kaggle and Croissant metadata
come from it in `uis_build.release`. Standard library only: importing this stays light.
"""

from __future__ import annotations

import json

from .dataset_files import descriptor, template

STYLES = ("text", "bibtex", "apa", "cff")

CFF_MESSAGE = ("If you use this dataset, please cite it as below. Please also cite the article(s) "
               "a figure comes from: sources.url (or, for an article without one, its publisher and title) for each "
               "citations.source_id.")
PYPI_URL = "https://pypi.org/project/{name}/{version}/"
KAGGLE_URL = "https://www.kaggle.com/datasets/{id}"


def release_settings(pkg_template: dict | None = None) -> dict:
    """The template's `x-release` settings (Kaggle id, title and subtitle)."""
    return (pkg_template or template()).get("x-release", {})


def _author(contributor: dict) -> dict:
    if contributor.get("familyName"):
        out = {"family-names": contributor["familyName"]}
        if contributor.get("givenName"):
            out["given-names"] = contributor["givenName"]
    else:
        out = {"name": contributor["title"]}
    if "orcid.org/" in contributor.get("path", ""):
        out["orcid"] = contributor["path"]
    if contributor.get("organization"):
        out["affiliation"] = contributor["organization"]
    return out


def _source_reference(source: dict) -> dict:
    # the build writes each source title as "<publisher>: <title or url>"; an article without a web address has no path
    publisher, _, title = source["title"].partition(": ")
    if title in ("", source.get("path")):  # an untitled article is listed under its URL
        title = "Untitled article"
    out = {"type": "newspaper-article", "title": title, "authors": [{"name": publisher}]}
    return {**out, "url": source["path"]} if source.get("path") else out


def cff(pkg: dict | None = None, version: str | None = None, settings: dict | None = None) -> dict:
    """The CITATION.cff record of this dataset version (CFF 1.2.0), as a dict in file order."""
    from . import __version__

    pkg = pkg or descriptor()
    version = version or __version__
    settings = release_settings() if settings is None else settings
    authors = [_author(c) for c in pkg.get("contributors", [])
               if {"creator", "author"} & set(c.get("roles") or ["creator"])]
    record = {
        "cff-version": "1.2.0",
        "message": CFF_MESSAGE,
        "type": "dataset",
        "title": pkg["title"],
        "version": version,
        "abstract": pkg["description"],
        "authors": authors,
        "keywords": list(pkg.get("keywords", [])),
        "license": pkg["licenses"][0]["name"],
        "url": pkg["homepage"],
        "repository-code": pkg["homepage"],
        "identifiers": [{"type": "url", "value": PYPI_URL.format(name=pkg["name"], version=version),
                         "description": f"The Python package: pip install {pkg['name']}=={version}"}],
    }
    if settings.get("kaggle", {}).get("id"):
        record["identifiers"].append({"type": "url", "value": KAGGLE_URL.format(id=settings["kaggle"]["id"]),
                                      "description": "The Kaggle dataset"})
    published = settings.get("published") or {}
    if published.get("version") == version and published.get("doi"):  # the DOI Zenodo minted for this version
        record["doi"] = published["doi"]
    if pkg.get("sources"):
        record["references"] = [_source_reference(s) for s in pkg["sources"]]
    return record


def _person_bibtex(a: dict) -> str:
    if "name" in a:
        return "{" + a["name"] + "}"  # braces: an organisation, not "Last, First"
    return ", ".join(p for p in (a["family-names"], a.get("given-names")) if p)


def _person_apa(a: dict) -> str:
    if "name" in a:
        return a["name"]
    initials = " ".join(f"{g[0]}." for g in a.get("given-names", "").split())
    return ", ".join(p for p in (a["family-names"], initials) if p)


def citation(style: str = "text") -> str:
    """Citation of this dataset version: style "text" (default), "bibtex", "apa" or "cff" (CITATION.cff)."""
    pkg = descriptor()
    return format_citation(style, pkg, cff(pkg))


def format_citation(style: str, pkg: dict, record: dict) -> str:
    """A CFF record as a citation in `style`; the year is the package's `created` year."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; valid styles: {', '.join(STYLES)}")
    if style == "cff":
        return to_yaml(record)
    version, title, url = record["version"], record["title"], record["url"]
    year = (pkg.get("created") or "")[:4] or "n.d."
    if style == "bibtex":
        authors = " and ".join(_person_bibtex(a) for a in record["authors"])
        return (
            f"@misc{{{pkg['name'].replace('-', '_')}_{version.replace('.', '_')},\n"
            f"  author = {{{authors}}},\n  title = {{{title}}},\n  year = {{{year}}},\n"
            f"  version = {{{version}}},\n  howpublished = {{\\url{{{url}}}}},\n  note = {{Data set}}\n}}"
        )
    names = [_person_apa(a) for a in record["authors"]]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
    if style == "apa":
        return f"{authors}{'' if authors.endswith('.') else '.'} ({year}). {title} (Version {version}) [Data set]. {url}"
    return f"{authors} ({year}). {title} (version {version}) [Data set]. {url}"


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    # a JSON string is a valid YAML double-quoted scalar: no YAML library needed at run time
    return json.dumps(str(value), ensure_ascii=False)


def _emit(value, indent: int, lines: list[str], first: str | None = None) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        for i, (key, item) in enumerate(value.items()):
            prefix = first if i == 0 and first is not None else pad
            if isinstance(item, (dict, list)):
                lines.append(f"{prefix}{key}:")
                _emit(item, indent + 2, lines)
            else:
                lines.append(f"{prefix}{key}: {_scalar(item)}")
    else:
        for item in value:
            if isinstance(item, dict):
                _emit(item, indent + 2, lines, first=pad + "- ")
            else:
                lines.append(f"{pad}- {_scalar(item)}")


def to_yaml(record: dict) -> str:
    """YAML text of a record of dicts, lists and scalars (for CITATION.cff; lists must not be empty)."""
    lines = ["# Generated from schemas/datapackage.template.json and __version__ by uk_iraq_security.citing;",
             "# regenerate with `python scripts/release.py --write-metadata`, do not edit by hand."]
    _emit(record, 0, lines)
    return "\n".join(lines) + "\n"
