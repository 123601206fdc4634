"""How to cite the dataset, generated from the datapackage descriptor (one place for the metadata)."""

from __future__ import annotations

from .dataset_files import descriptor

STYLES = ("text", "bibtex", "apa")


def citation(style: str = "text") -> str:
    """Citation of this dataset version: style "text" (default), "bibtex" or "apa"."""
    from . import __version__

    d = descriptor()
    authors = " and ".join(c["title"] for c in d.get("contributors", []))
    year = (d.get("created") or "")[:4] or "n.d."
    title, url = d["title"], d.get("homepage", "")
    if style == "text":
        return f"{authors} ({year}). {title} (version {__version__}) [Data set]. {url}"
    if style == "apa":
        return f"{authors}. ({year}). {title} (Version {__version__}) [Data set]. {url}"
    if style == "bibtex":
        return (
            f"@misc{{uk_iraq_security_{__version__.replace('.', '_')},\n"
            f"  author = {{{{{authors}}}}},\n  title = {{{title}}},\n  year = {{{year}}},\n"
            f"  version = {{{__version__}}},\n  howpublished = {{\\url{{{url}}}}},\n  note = {{Data set}}\n}}"
        )
    raise ValueError(f"unknown citation style {style!r}; valid styles: {', '.join(STYLES)}")
