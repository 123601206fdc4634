"""A real HTTP server on 127.0.0.1 that misbehaves on purpose, for the fault-injection tests.

Each path is given a behaviour: a function of the request handler that writes the answer (or does
not). Behaviours: `json_answer`, `raw_answer` (any bytes, status and headers), `trickle` (a byte at a
time), `hang` (headers never sent), `no_length`. Every wait is bounded and ends when the
server stops; the server thread is a daemon and `stop()` shuts it down.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler

from loopback import LoopbackServer, send

MAX_WAIT = 5.0  # no behaviour holds a connection longer than this


class MisbehavingServer(LoopbackServer):
    def __init__(self):
        self.routes: dict[str, object] = {}
        self.log: list[tuple[str, str]] = []  # (method, path)
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._start()

    def route(self, path: str, behaviour) -> None:
        self.routes[path] = behaviour

    def requests_to(self, part: str) -> int:
        return sum(1 for _, path in self.log if part in path)

    def stop(self) -> None:
        self.stopping.set()  # behaviours that hold a connection let go first
        super().stop(wait=MAX_WAIT)

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _serve(self):
                with server._lock:
                    server.log.append((self.command, self.path))
                behaviour = server.routes.get(self.path.split("?")[0])
                if behaviour is None:
                    raw_answer(b'{"status": 404}', status=404)(self, server)
                else:
                    behaviour(self, server)

            def do_GET(self):
                self._serve()

            def do_HEAD(self):
                self._serve()

        return Handler


def raw_answer(body: bytes, *, status: int = 200, content_type: str = "application/json", headers=None):
    def behaviour(handler, server):
        send(handler, status, body, content_type, headers)
    return behaviour


def json_answer(obj, **kwargs):
    return raw_answer(json.dumps(obj).encode(), **kwargs)


def trickle(body: bytes, delay: float = 0.05):
    """Headers at once, then the body one byte every `delay` seconds (until the server stops)."""
    def behaviour(handler, server):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/octet-stream")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        end = time.monotonic() + MAX_WAIT
        for i in range(len(body)):
            if server.stopping.is_set() or time.monotonic() > end:
                return
            try:
                handler.wfile.write(body[i:i + 1])
                handler.wfile.flush()
            except OSError:  # the client gave up, as it should
                return
            server.stopping.wait(delay)
    return behaviour


def hang(handler, server):
    """Accept the request and never answer (until the server stops or MAX_WAIT passes)."""
    server.stopping.wait(MAX_WAIT)


def no_length(body: bytes):
    """Send `body` without a Content-Length, ending it by closing the connection."""
    def behaviour(handler, server):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/octet-stream")
        handler.send_header("Connection", "close")
        handler.end_headers()  # no Content-Length: the body runs until the connection closes
        try:
            handler.wfile.write(body)
        except OSError:
            pass
        handler.close_connection = True
    return behaviour


def record(server: MisbehavingServer, rid: str, files: dict[str, bytes], **overrides) -> str:
    """Serve a well-formed Zenodo record `rid` with `files` (key -> bytes); `overrides` change entries
    of the file listing (key -> dict of fields). Returns the record's API URL."""
    import hashlib
    from urllib.parse import quote

    entries = []
    for key, data in files.items():
        url = f"{server.api}/records/{rid}/files/{quote(key, safe='')}/content"
        entry = {"key": key, "size": len(data), "checksum": "md5:" + hashlib.md5(data).hexdigest(),
                 "links": {"self": url}}
        entry.update(overrides.get(key, {}))
        entries.append(entry)
        server.route(f"/api/records/{rid}/files/{quote(key, safe='')}/content", raw_answer(data, content_type="application/zip"))
    server.listing = {"id": int(rid), "files": entries}  # for tests that re-serve it differently
    server.route(f"/api/records/{rid}", json_answer(server.listing))
    return f"{server.api}/records/{rid}"
