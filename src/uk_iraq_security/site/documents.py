"""The datasheet and the data dictionary as pages: data/datasheet.md and data/data-dictionary.md, which the
build writes, turned into HTML by a converter for the little Markdown they use (headings, paragraphs,
"- " lists, pipe tables; `code`, **bold**, *emphasis* and [links](...) inside them).

No Markdown library is in the `site` extra (Jinja2 only), and these files are input like any other: so
every text is escaped first, raw HTML is shown as text, and a link goes only to an http(s) address, to a
heading of the same page, or to the other document's page; any other link is its text alone."""

from __future__ import annotations

import re
from html import escape

from ..dataset_paths import inside
from ..weblinks import web_url
from .dataset import Dataset
from .errors import SiteError
from .pages import render_page

# (Markdown file in the dataset folder, page of the site, its heading in the breadcrumb)
DOCUMENTS = (("data/datasheet.md", "datasheet.html", "Datasheet"), ("data/data-dictionary.md", "data-dictionary.html", "Data dictionary"))
MAX_DOCUMENT = 4 << 20  # bytes
_INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])|\[([^\]]+)\]\(([^)\s]+)\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def slug(text: str) -> str:
    """A heading's anchor, as the build's links expect: lower case, words joined by '-', '_' kept."""
    return re.sub(r"[^\w-]+", "-", re.sub(r"[`*]", "", text).strip().lower()).strip("-") or "section"


def _link(target: str, pages: dict[str, str], ids: set[str]) -> str | None:
    if web_url(target):
        return target
    page, _, anchor = target.partition("#")
    if not page:
        return target if anchor in ids else None
    if page in pages:
        return pages[page] + (f"#{anchor}" if anchor else "")
    return None


def inline(text: str, pages: dict[str, str], ids: set[str]) -> str:
    """One line of Markdown text as escaped HTML."""
    out, at = [], 0
    for m in _INLINE.finditer(text):
        out.append(escape(text[at:m.start()]))
        code, bold, em, label, target = m.groups()
        if code is not None:
            out.append(f"<code>{escape(code)}</code>")
        elif bold is not None:
            out.append(f"<strong>{inline(bold, pages, ids)}</strong>")
        elif em is not None:
            out.append(f"<em>{inline(em, pages, ids)}</em>")
        else:
            href = _link(target, pages, ids)
            shown = inline(label, pages, ids)
            out.append(f'<a href="{escape(href)}">{shown}</a>' if href else shown)
        at = m.end()
    out.append(escape(text[at:]))
    return "".join(out)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]


def to_html(markdown: str, pages: dict[str, str]) -> tuple[str, str]:
    """(the first heading's text, the rest as HTML): headings become h2-h4 under the page's one h1."""
    lines = _COMMENT.sub("", markdown).splitlines()
    headings = [ln.lstrip("#").strip() for ln in lines if re.match(r"#{1,6} ", ln)]
    ids = {slug(h) for h in headings}
    title, section = "", ""
    html: list[str] = []
    para: list[str] = []
    seen: set[str] = set()
    labels: set[str] = set()  # a table's region is named after its section (each name once)

    def flush():
        if para:
            html.append(f"<p>{inline(' '.join(para), pages, ids)}</p>")
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        heading = re.match(r"(#{1,6}) (.*)", line)
        if heading:
            flush()
            level, text = len(heading[1]), heading[2].strip()
            if level == 1 and not title:
                title = section = re.sub(r"[`*]", "", text)
            else:
                section = re.sub(r"[`*]", "", text)
                anchor = slug(text)
                anchor = anchor if anchor not in seen else f"{anchor}-{len(seen)}"
                seen.add(anchor)
                h = min(max(level, 2), 4)  # the page's one h1 is the document's title
                html.append(f'<h{h} id="{escape(anchor)}">{inline(text, pages, ids)}</h{h}>')
        elif line.startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|?[\s:|-]+\|?", lines[i + 1].strip()):
            flush()
            head, rows = _cells(line), []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(_cells(lines[i]))
                i += 1
            label = f"table of {section or 'the document'}"
            label = label if label not in labels else f"{label} ({len(labels) + 1})"
            labels.add(label)
            html.append(f'<div class="scroll" role="region" tabindex="0" aria-label="{escape(label)}"><table>')
            html.append("<thead><tr>" + "".join(f'<th scope="col">{inline(c, pages, ids)}</th>' for c in head) + "</tr></thead><tbody>")
            html += ["<tr>" + "".join(f"<td>{inline(c, pages, ids)}</td>" for c in r) + "</tr>" for r in rows]
            html.append("</tbody></table></div>")
            continue
        elif line.startswith("- "):
            flush()
            items: list[str] = []
            while i < len(lines) and (lines[i].startswith("- ") or (items and lines[i].startswith("  ") and lines[i].strip())):
                if lines[i].startswith("- "):
                    items.append(lines[i][2:].strip())
                else:
                    items[-1] += " " + lines[i].strip()
                i += 1
            html.append("<ul>" + "".join(f"<li>{inline(t, pages, ids)}</li>" for t in items) + "</ul>")
            continue
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
        i += 1
    flush()
    return title, "\n".join(html)


def available(ds: Dataset) -> list[tuple[str, str, str]]:
    """The documents the dataset folder has: (Markdown file, page, heading)."""
    return [d for d in DOCUMENTS if inside(ds.root, d[0], d[0]).is_file()]


def document_page(ds: Dataset, source: str, page: str, heading: str, pages: dict[str, str]) -> bytes:
    path = inside(ds.root, source, source)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_DOCUMENT + 1)
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SiteError(f"{path}: cannot be read as UTF-8 text ({e})") from None
    if len(data) > MAX_DOCUMENT:
        raise SiteError(f"{path}: larger than {MAX_DOCUMENT >> 20} MiB; refused")
    from markupsafe import Markup

    title, body = to_html(text, pages)
    return render_page(ds, "document.html", 0, [("Dataset", "index.html"), (heading, None)], title=title or heading,
                 heading=title or heading, body=Markup(body), source=source)
