"""Drafting a corpus on Dask (a dask.bag on a distributed.LocalCluster of two worker processes) gives,
byte for byte, what one serial `propose -` run prints for the same records."""

from __future__ import annotations

import io
import json
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_dask_bag_on_two_worker_processes_equals_the_serial_run(capsys, monkeypatch):
    dask = pytest.importorskip("dask")
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import uis_build.propose as propose_cli
    from uis_build.drafting.on_dask import draft_bag

    paths = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    records = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in paths]
    records.insert(3, {"id": "bad", "text": "a\r\nb"})  # refused by both, named by propose on standard error
    stdin = "".join(json.dumps(r) + "\n" for r in records).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    assert propose_cli.main(["-", "--reference", "2024-12-04"]) == 1
    serial = capsys.readouterr().out.encode("utf-8")
    assert serial.count(b"\n") > 300

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        # the records go to the workers as data, not inside the task graph, which would grow with every article added
        size = -(-len(records) // 6)
        parts = client.scatter([records[i:i + size] for i in range(0, len(records), size)])
        bag = draft_bag(db.from_delayed([dask.delayed(part) for part in parts]), reference="2024-12-04")
        lines = bag.compute()
    assert "".join(lines).encode("utf-8") == serial
