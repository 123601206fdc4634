"""MkDocs hook: the documents the dataset build generates into data/ become pages of the site.

The data dictionary, the datasheet and the coverage report are written by `python scripts/build.py`
(and checked by `build --check`), so they live in data/, not in docs/; this hook adds them to the site
under the same paths (data/datasheet.md, ...). A missing one fails the build, naming it; nothing is
skipped silently. Registered in mkdocs.yml under `hooks:` (and kept out of the site by `exclude_docs`).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

GENERATED = ("data/data-dictionary.md", "data/datasheet.md", "data/coverage.md")
LINK = re.compile(r"\]\((?![a-z][a-z0-9+.-]*:|#)([^)#\s]+)(#[^)\s]*)?\)")


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_files(files, config):
    root = _root(config)
    missing = [rel for rel in GENERATED if not (root / rel).is_file()]
    if missing:
        raise PluginError(f"generated document(s) missing: {', '.join(missing)} (in {root}); "
                          "run `python scripts/build.py` to write them, then build the site again")
    for rel in GENERATED:
        files.append(File.generated(config, rel, abs_src_path=str(root / rel)))
    return files


def on_page_markdown(markdown, page, config, files):
    """In a generated page, a link to another file of the repository is written for the repository (relative to
    data/): point it at the page when it is one of the generated documents, else at the file on GitHub."""
    if page.file.src_uri not in GENERATED:
        return markdown
    root, here = _root(config), posixpath.dirname(page.file.src_uri)
    by_name = {posixpath.basename(rel): rel for rel in GENERATED}

    def fix(m: re.Match) -> str:
        target, anchor = m.group(1), m.group(2) or ""
        resolved = posixpath.normpath(posixpath.join(here, target))
        if resolved in GENERATED:
            return m.group(0)
        if posixpath.basename(target) in by_name:  # a generated document under an earlier path (docs/, the root)
            return f"]({posixpath.relpath(by_name[posixpath.basename(target)], here)}{anchor})"
        if (root / resolved).exists() and config.repo_url:
            return f"]({config.repo_url.rstrip('/')}/blob/main/{resolved}{anchor})"
        return m.group(0)  # left for MkDocs to report (a warning, which fails `mkdocs build --strict`)

    return LINK.sub(fix, markdown)


def on_serve(server, config, builder):
    """`mkdocs serve` rebuilds when the build rewrites a generated document."""
    for rel in GENERATED:
        server.watch(str(_root(config) / rel))
    return server
