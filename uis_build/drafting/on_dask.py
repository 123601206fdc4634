"""Drafting a corpus on Dask: a bag of ``{id, text}`` records in, the JSON Lines `propose -` prints out.

    import dask.bag as db
    from distributed import Client, LocalCluster
    from uis_build.drafting.on_dask import draft_bag

    with LocalCluster(n_workers=2, processes=True) as cluster, Client(cluster):
        records = db.read_text("articles-*.jsonl").map(json.loads)
        draft_bag(records).to_textfiles("candidates-*.jsonl")      # or "".join(draft_bag(records).compute())

Each record is drafted as `propose -` drafts it (decoded and checked the same way, the same candidates in
the same order, the same JSON), so the lines equal a serial run's byte for byte; an article that cannot
be drafted gives no line (`propose` names it on standard error). Needs dask (the `build` group).
"""

from __future__ import annotations

import json

from .corpus import Article, _record, draft_one


def json_lines(record, reference: str | None = None) -> list[str]:
    """One ``{id, text}`` record's candidates, each one JSON line as `propose` writes it."""
    article = _record(record, "record") if not isinstance(record, Article) else record
    drafted = draft_one(article, reference)
    return [json.dumps({"id": drafted.id, **cand}, ensure_ascii=False) + "\n" for cand in drafted.candidates]


def draft_bag(records, reference: str | None = None):
    """A dask.bag of JSON lines (in the records' order) for a bag of ``{id, text}`` records."""
    return records.map(json_lines, reference=reference).flatten()
