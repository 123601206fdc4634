"""Test servers on 127.0.0.1 for remote loads. `Zenodo`: the records API on pytest-httpserver's server,

    GET /api/records/<id>                       {"id", "doi", "files": [{"key", "size", "checksum": "md5:...",
                                                                         "links": {"self": ".../content"}}]}
    GET /api/records/<id>/files/<key>/content   the file's bytes

with switches: `corrupt` (keys served damaged, the listing keeping the true md5), `throttle` (path -> how
many 429s with Retry-After: 1 come first), `routes` (path -> the answer to give instead, or a function
giving it). What pytest-httpserver cannot do (headers a byte at a time) is test_faults_remote's SlowServer."""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import quote

from werkzeug import Response


def damaged(data: bytes) -> bytes:
    """Same length, one flipped byte in the middle: what a broken transfer or disk gives."""
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]


def json_answer(obj, status: int = 200, **headers) -> Response:
    return Response(json.dumps(obj), status, headers, content_type="application/json")


class Zenodo:
    def __init__(self, httpserver):
        self.http, self.api = httpserver, f"http://127.0.0.1:{httpserver.port}/api"
        self.records: dict[str, dict[str, bytes]] = {}
        self.overrides: dict[str, dict] = {}
        self.corrupt: set[str] = set()
        self.throttle: dict[str, int] = {}
        self.routes: dict[str, object] = {}
        httpserver.expect_request(re.compile("/.*")).respond_with_handler(self._answer)

    def add_record(self, rid, files: dict[str, bytes], **overrides) -> str:
        """Serve record `rid` holding `files`; `overrides`: key -> fields replacing those of its listing entry.
        Returns the record's API URL."""
        self.records[str(rid)], self.overrides[str(rid)] = dict(files), overrides
        return f"{self.api}/records/{rid}"

    def listing(self, rid: str) -> dict:
        files = [{"key": key, "size": len(data), "checksum": "md5:" + hashlib.md5(data).hexdigest(),
                  "links": {"self": f"{self.api}/records/{rid}/files/{quote(key)}/content"},
                  **self.overrides[rid].get(key, {})} for key, data in sorted(self.records[rid].items())]
        return {"id": int(rid), "doi": f"10.5281/zenodo.{rid}", "metadata": {"title": "uk-iraq-security"}, "files": files}

    def served(self, part: str) -> list[int]:
        """Statuses of the requests whose path contains `part`, in order."""
        return [response.status_code for request, response in self.http.log if part in request.path]

    def _answer(self, request) -> Response:
        path = request.path
        if self.throttle.get(path, 0) > 0:
            self.throttle[path] -= 1
            return json_answer({"status": 429, "message": "Too many requests."}, 429, **{"Retry-After": "1"})
        if path in self.routes:  # an answer, or a function giving a fresh one
            route = self.routes[path]
            return route if isinstance(route, Response) else route()
        m = re.fullmatch(r"/api/records/(\d+)(?:/files/(.+)/content)?", path)
        files = self.records.get(m.group(1)) if m else None
        if files is None or (m.group(2) is not None and m.group(2) not in files):
            return json_answer({"status": 404, "message": "The persistent identifier does not exist."}, 404)
        if m.group(2) is None:
            return json_answer(self.listing(m.group(1)))
        data = files[m.group(2)]
        return Response(damaged(data) if m.group(2) in self.corrupt else data, content_type="application/octet-stream")
