"""HTML building blocks: escaping, the page shell, the one stylesheet and the filter script.

Pages are plain HTML5 that work from file:// with JavaScript off; the only script is the table
filter, which reveals its search box itself, so without JavaScript the page shows no dead control.
"""

from __future__ import annotations

from html import escape

STYLESHEET = "style.css"

CSS = """\
:root { color-scheme: light; --ink: #1b1b1b; --muted: #575757; --line: #c9c9c9; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.5rem; z-index: 1; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
body.table main { max-width: none; }
header { border-bottom: 1px solid var(--line); padding-top: 0.5rem; padding-bottom: 0.5rem; }
header ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
header li + li::before { content: "\\203A"; color: var(--muted); margin-right: 0.5rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 0.5rem; padding-bottom: 1rem;
  color: var(--muted); font-size: 0.9rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; }
a { color: var(--accent); }
a:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f5f5f5; padding: 0.75rem; }
.lede { font-size: 1.1rem; }
.muted, .null { color: var(--muted); }
.null { font-style: italic; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; color: var(--muted); font-size: 0.9rem; padding-bottom: 0.25rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
thead th { background: #eef2f6; }
tbody th { font-weight: 600; }
table.rows { width: auto; }
table.rows td, table.rows th { min-width: 6rem; overflow-wrap: break-word; }
table.rows th.wide { min-width: 18rem; }
table.rows th.wider { min-width: 36rem; }
table.rows tbody th { min-width: 14rem; }
thead th { overflow-wrap: normal; }
table.fields th[scope="row"] { width: 13rem; }
table.fields td:nth-child(2) { width: 45%; }
table.fields td.desc { color: var(--muted); font-size: 0.92rem; }
mark { background: #ffe066; color: inherit; padding: 0 0.1em; }
.citations { padding-left: 1.25rem; }
.citations li { margin-bottom: 1.25rem; }
blockquote { margin: 0.25rem 0; padding: 0.25rem 0 0.25rem 0.75rem; border-left: 4px solid var(--line);
  font-size: 1.05rem; }
blockquote p { margin: 0; white-space: pre-line; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.cite-meta { margin: 0.25rem 0 0; font-size: 0.92rem; }
.filter { margin: 0.75rem 0; }
.filter input { font: inherit; padding: 0.3rem 0.4rem; width: min(24rem, 100%); }
ul.tables li { margin-bottom: 0.5rem; }
@media (max-width: 40rem) {
  table.fields, table.fields tbody, table.fields tr, table.fields th, table.fields td { display: block; width: 100%; }
  table.fields thead { position: absolute; left: -999rem; }
  table.fields tr { border-top: 2px solid var(--line); padding: 0.25rem 0; }
  table.fields th, table.fields td { border: 0; padding: 0.15rem 0; }
}
"""

# Shows the filter box and hides the rows of the table that do not contain the typed text.
FILTER_JS = """\
(function () {
  var box = document.getElementById("filter"), input = document.getElementById("filter-text");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.rows tbody tr"));
  if (!box || !input) { return; }
  box.hidden = false;
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var hit = !q || row.textContent.toLowerCase().indexOf(q) !== -1;
      row.hidden = !hit;
      if (hit) { shown += 1; }
    });
    count.textContent = q ? shown + " of " + rows.length + " rows match" : "";
  });
}());
"""


def e(text) -> str:
    """Escaped text (also safe inside a double-quoted attribute)."""
    return escape("" if text is None else str(text), quote=True)


def link(href: str, text: str, **attrs) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{e(v)}"' for k, v in attrs.items())
    return f'<a href="{e(href)}"{extra}>{e(text)}</a>'


def page(*, title: str, h1: str, body: str, depth: int, crumbs: list[tuple[str, str | None]], footer: str,
         lang: str = "en", script: str = "", kind: str = "") -> bytes:
    """A whole page. `depth` is how many folders below the site root it is (for relative links);
    `crumbs` are (text, href or None for the current page); `h1` is HTML."""
    up = "../" * depth
    nav = "".join("<li>" + (link(up + href, text) if href is not None else f'<span aria-current="page">{e(text)}</span>')
                  + "</li>" for text, href in crumbs)
    js = f"<script>\n{script}</script>\n" if script else ""
    body_class = f' class="{e(kind)}"' if kind else ""
    html = (
        f'<!DOCTYPE html>\n<html lang="{e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n"
        f'<link rel="stylesheet" href="{up}{STYLESHEET}">\n</head>\n<body{body_class}>\n'
        '<a class="skip" href="#main">Skip to content</a>\n'
        f'<header><nav aria-label="Breadcrumb"><ol>{nav}</ol></nav></header>\n'
        f'<main id="main">\n<h1>{h1}</h1>\n{body}</main>\n'
        f"<footer>{footer}</footer>\n{js}</body>\n</html>\n"
    )
    return html.encode("utf-8")
