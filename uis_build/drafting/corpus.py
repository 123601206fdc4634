"""Draft a corpus in one process: many articles in, candidates out, one article at a time.

Articles come from files, folders (their ``*.txt`` files, sorted) or ``{id, text}`` records (JSON
Lines, or Parquet with columns ``id`` and ``text``, e.g. on standard input). Each is read as the build
reads seeds. One that cannot be read or drafted is reported in its ``Drafted.error`` and skipped; the
run goes on. With ``jobs > 1`` articles are drafted in worker processes, a bounded number of batches
ahead of the output, which keeps the input's order. Standard library only (Parquet input needs pyarrow).
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from uk_iraq_security.errors import BuildError

from ..textspans import decode_article
from . import candidate_records, unparsed_numbers
from .text import MAX_ARTICLE_BYTES, read_text, too_long

PARQUET_MAGIC = b"PAR1"
MAX_LINE_BYTES = 2 * MAX_ARTICLE_BYTES  # a JSON record: the article's text, escaped, and its id
MAX_PARQUET_BYTES = 1 << 30  # Parquet on standard input is read whole (its footer is at the end)


@dataclass(frozen=True)
class Article:
    """One article to draft: its id and either its text, the file holding it, or why it cannot be read."""

    id: str
    text: str | None = None
    path: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Drafted:
    """One article's candidates, or the reason it was skipped (naming the article and what was expected)."""

    id: str
    candidates: list[dict] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)  # what was left out and why ("٣٠٠ ألف" is never read as 300)


def articles_from(sources: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Articles from paths: a file, a folder (its ``*.txt``, sorted by name) or ``-`` (records on ``stdin``)."""
    for source in sources:
        if source == "-":
            if stdin is None or stdin.closed:
                yield Article("<stdin>", error="<stdin>: standard input is closed; expected {id, text} records on it "
                                               "(JSON Lines or Parquet), or give article files instead of -")
                continue
            yield from articles_from_stream(stdin, "<stdin>")
            continue
        path = Path(source)
        if path.is_dir():
            entries = sorted(path.glob("*.txt"))
            if not entries:
                yield Article(source, error=f"{source}: a folder with no *.txt article in it")
            for p in entries:
                if p.is_file():
                    yield Article(str(p), path=str(p))
                elif p.is_symlink():  # a dangling link: say so rather than skip an article the user meant
                    yield Article(str(p), error=f"{p}: a symbolic link to {os.readlink(p)!r}, which does not exist")
                else:
                    yield Article(str(p), error=f"{p}: not a regular file; expected an article text")
        else:
            yield Article(source, path=source)


def articles_from_stream(stream: BinaryIO, name: str) -> Iterator[Article]:
    """``{id, text}`` records from a binary stream: Parquet (read whole, then in batches) or JSON Lines (streamed)."""
    head = stream.read(len(PARQUET_MAGIC))
    if head == PARQUET_MAGIC:
        data = head + stream.read(MAX_PARQUET_BYTES + 1)
        if len(data) > MAX_PARQUET_BYTES:
            yield Article(name, error=f"{name}: a Parquet input larger than {MAX_PARQUET_BYTES:,} bytes; give it as a file "
                                      "or in parts")
            return
        yield from _parquet_records(data, name)
    else:
        yield from _json_lines_records(_bounded_lines(stream, head), name)


def _bounded_lines(stream: BinaryIO, head: bytes) -> Iterator[bytes]:
    """The stream's lines, each cut at MAX_LINE_BYTES (the rest of a longer line is read and dropped in
    bounded pieces, so one runaway line takes neither the memory nor the next records)."""
    first = True
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if first:
            line, first = head + line, False
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield b"\0too long"
            continue
        yield line


def _record(value, where: str) -> Article:
    if not isinstance(value, dict) or not isinstance(value.get("id"), (str, int)) or isinstance(value.get("id"), bool):
        return Article(where, error=f"{where}: expected a record {{\"id\": ..., \"text\": ...}} with a string id")
    rid = str(value["id"])
    if not isinstance(value.get("text"), str):
        got = "missing" if value.get("text") is None else type(value["text"]).__name__
        return Article(rid, error=f"{where} (id {rid!r}): expected 'text' to be the article as a string, got {got}")
    return Article(rid, text=value["text"])


def _json_lines_records(lines: Iterable[bytes], name: str) -> Iterator[Article]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name} line {n}"
        if line == b"\0too long":
            yield Article(where, error=f"{where}: a record longer than {MAX_LINE_BYTES:,} bytes; an article {too_long(MAX_LINE_BYTES)}")
            continue
        try:
            value = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            yield Article(where, error=f"{where}: expected one JSON record {{\"id\", \"text\"}} per line ({e})")
            continue
        yield _record(value, where)


def _parquet_records(data: bytes, name: str) -> Iterator[Article]:
    import pyarrow.parquet as pq  # only for Parquet input

    try:
        pf = pq.ParquetFile(io.BytesIO(data))
        missing = {"id", "text"} - set(pf.schema_arrow.names)
        if missing:
            yield Article(name, error=f"{name}: expected Parquet columns 'id' and 'text'; missing {sorted(missing)}")
            return
        row = 0
        for batch in pf.iter_batches(columns=["id", "text"], batch_size=256):
            for rec in batch.to_pylist():
                row += 1
                yield _record(rec, f"{name} row {row}")
    except (OSError, ValueError) as e:  # pyarrow's ArrowInvalid (a ValueError) for a damaged file
        yield Article(name, error=f"{name}: not a readable Parquet file ({e})")


def draft_one(article: Article, reference: str | None = None) -> Drafted:
    """Read and draft one article; any problem becomes ``Drafted.error`` instead of an exception."""
    if article.error:
        return Drafted(article.id, error=article.error)
    try:
        if article.path is not None:
            text = read_text(article.path)
        else:
            data = article.text.encode("utf-8")
            if len(data) > MAX_ARTICLE_BYTES:
                return Drafted(article.id, error=f"record {article.id!r}: {too_long(len(data))}")
            text = decode_article(data, f"record {article.id!r}")
        notes = [f"{article.id}: skipped {text[s:e]!r} at {s}-{e}: digits of a script the parsers do not read; "
                 "annotate it by hand if it is a figure" for s, e in unparsed_numbers(text)]
        return Drafted(article.id, candidate_records(text, reference), notes=notes)
    except BuildError as e:
        return Drafted(article.id, error=str(e))
    except OSError as e:
        return Drafted(article.id, error=f"{article.path}: cannot read: {e.strerror or e}")
    except UnicodeEncodeError as e:
        return Drafted(article.id, error=f"record {article.id!r}: expected Unicode text, got a lone surrogate "
                                         f"at character {e.start}")
    except Exception as e:  # a pattern that fails on one article must not end a corpus run
        return Drafted(article.id, error=f"{article.id}: drafting failed ({type(e).__name__}: {e})")


def _draft_batch(batch: list[Article], reference: str | None) -> list[Drafted]:
    return [draft_one(a, reference) for a in batch]


def draft_all(articles: Iterable[Article], reference: str | None = None, jobs: int = 1,
              batch: int = 16) -> Iterator[Drafted]:
    """Draft every article, in input order; ``jobs > 1`` uses that many worker processes.

    At most ``2 * jobs`` batches are in flight, so memory stays bounded however long the input."""
    if jobs <= 1:
        for article in articles:
            yield draft_one(article, reference)
        return
    it = iter(articles)
    # spawn, not fork: the parent may already run threads (a progress bar), and fork would copy their locks
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque = deque()
        while chunk := list(islice(it, batch)):
            pending.append(pool.submit(_draft_batch, chunk, reference))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
