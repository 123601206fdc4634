"""The test servers' common part: a threaded HTTP server on 127.0.0.1 (a free port) in a daemon thread,
stopped by stop(). Subclasses give ``_handler()``; nothing here listens anywhere but loopback."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer


class LoopbackServer:
    def _start(self) -> None:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        # a short poll: shutdown() waits up to one interval, 0.5 s by default, for every server stopped
        # (one per test); an idle server wakes 200 times a second for it, which costs next to nothing
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.005}, daemon=True)
        self._thread.start()

    @property
    def api(self) -> str:
        return self.base + "/api"

    def stop(self, wait: float = 5.0) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=wait)

    def _handler(self):  # pragma: no cover - every server defines it
        raise NotImplementedError


def send(handler, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
    """Answer one request: status, Content-Type, Content-Length, extra headers, then the body (none to a HEAD)."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        handler.send_header(k, v)
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)
