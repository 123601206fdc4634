"""A real HTTP server on 127.0.0.1 (ephemeral port, own thread) shaped like Zenodo's records API:

    GET /api/records/<id>                       {"id", "doi", "metadata", "links",
                                                 "files": [{"id", "key", "size", "checksum": "md5:...",
                                                            "links": {"self": ".../files/<key>/content"}}]}
    GET /api/records/<id>/files/<key>/content   the file's bytes

Test switches: `corrupt` (keys served damaged while the API keeps the true md5), `throttle` (path ->
how many 429 answers with Retry-After: 1 come before the real one). Every request is logged.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from http.server import BaseHTTPRequestHandler
from urllib.parse import quote, unquote

from loopback import LoopbackServer, send


def damaged(data: bytes) -> bytes:
    """Same length, one flipped byte in the middle: what a broken transfer or disk gives."""
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]


class ZenodoServer(LoopbackServer):
    def __init__(self):
        self.records: dict[str, dict[str, bytes]] = {}
        self.corrupt: set[str] = set()
        self.throttle: dict[str, int] = {}
        self.log: list[tuple[str, int, str]] = []  # (path, status, User-Agent)
        self._lock = threading.Lock()
        self._start()

    def add_record(self, record_id: str, files: dict[str, bytes]) -> None:
        self.records[str(record_id)] = dict(files)

    def served(self, path_part: str) -> list[int]:
        """Statuses of the requests whose path contains `path_part`, in order."""
        return [status for path, status, _ in self.log if path_part in path]


    def _record_json(self, rid: str) -> dict:
        files = [{"id": hashlib.md5(key.encode()).hexdigest(), "key": key, "size": len(data),
                  "checksum": "md5:" + hashlib.md5(data).hexdigest(),
                  "links": {"self": f"{self.api}/records/{rid}/files/{quote(key)}/content"}}
                 for key, data in sorted(self.records[rid].items())]
        return {"id": int(rid), "recid": rid, "doi": f"10.5281/zenodo.{rid}", "conceptrecid": str(int(rid) - 1),
                "metadata": {"title": "uk-iraq-security", "upload_type": "dataset"},
                "links": {"self": f"{self.api}/records/{rid}", "self_html": f"{self.base}/records/{rid}"},
                "files": files}

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet: the test reads server.log instead
                pass

            def _send(self, status: int, body: bytes, content_type: str, headers: dict | None = None):
                with server._lock:
                    server.log.append((self.path, status, self.headers.get("User-Agent", "")))
                send(self, status, body, content_type, headers)

            def _json(self, status: int, obj, headers=None):
                self._send(status, json.dumps(obj).encode(), "application/json", headers)

            def do_GET(self):
                path = self.path.split("?", 1)[0]
                with server._lock:
                    throttled = server.throttle.get(path, 0) > 0
                    if throttled:
                        server.throttle[path] -= 1
                if throttled:
                    return self._json(429, {"status": 429, "message": "Too many requests."}, {"Retry-After": "1"})
                m = re.fullmatch(r"/api/records/(\d+)(?:/files/(.+)/content)?", path)
                if not m or m.group(1) not in server.records:
                    return self._json(404, {"status": 404, "message": "The persistent identifier does not exist."})
                rid, key = m.group(1), m.group(2) and unquote(m.group(2))
                if key is None:
                    return self._json(200, server._record_json(rid))
                if key not in server.records[rid]:
                    return self._json(404, {"status": 404, "message": f"Record has no file {key}."})
                data = server.records[rid][key]
                self._send(200, damaged(data) if key in server.corrupt else data, "application/octet-stream")

        return Handler
