"""How the command line ends: a result, a clear error, or one line about a bug; never a traceback
unless asked for (``--debug`` or UK_IRAQ_SECURITY_DEBUG=1)."""

from __future__ import annotations

import os
import sys
import traceback

from .errors import OutputError, UkIraqSecurityError

DEBUG_ENV = "UK_IRAQ_SECURITY_DEBUG"
ISSUES = "https://github.com/uk-iraq-security/uk-iraq-security/issues"


def _tolerant_streams() -> None:
    """Characters the terminal's encoding lacks (LANG=C, PYTHONIOENCODING=ascii) print escaped, not crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a closed or unusual stream: leave it as it is
                pass


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush cannot fail too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def output_failure(prog: str, error: OSError) -> int:
    """Say that stdout could not be written (a full disk, /dev/full), or nothing if its reader left (141, as
    a shell reports it); stdout then points at /dev/null, so the interpreter's final flush cannot fail too."""
    _quiet_stdout()
    if isinstance(error, BrokenPipeError):
        return 141
    print(f"{prog}: cannot write the output to standard output: {error.strerror or error}", file=sys.stderr)
    return 1


def printable(text: str) -> str:
    """`text` with control characters escaped: a terminal escape sequence in a hostile file or answer is shown, never sent."""
    return "".join(c if c.isprintable() or c == "\n" else repr(c)[1:-1] for c in text)


def _one_line(e: BaseException) -> str:
    text = printable(" ".join(str(e).split()))
    return text[:300] + ("…" if len(text) > 300 else "")


def run_guarded(command: str, run, *, debug: bool = False) -> int:
    """Run a subcommand and turn whatever it raises into an exit status and a message on stderr."""
    _tolerant_streams()
    debug = debug or os.environ.get(DEBUG_ENV) == "1"
    prog = f"uk-iraq-security {command}"
    try:
        status = run()
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return status
    except BrokenPipeError:  # `... | head`: the reader left; nothing to say
        _quiet_stdout()
        return 141
    except OutputError as e:  # cli_output.write_out: stdout cannot be written
        return output_failure(prog, e)
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except KeyError as e:
        if not isinstance(e, UkIraqSecurityError):  # an unknown table, record or column; any other KeyError is a bug
            return _unexpected(prog, e, debug)
        return _say(printable(str(e)), 2)
    except ImportError as e:
        return _say(f"{prog}: {e}", 2, debug)
    except UkIraqSecurityError as e:  # exit_status 2: a usage error (a --where a column cannot meet)
        return _say(f"{prog}: {printable(str(e))}", getattr(e, "exit_status", 1), debug)
    except OSError as e:  # a missing file, a full disk, a read-only folder, the network
        return _say(f"{prog}: {_one_line(e)}", 1, debug)
    except Exception as e:  # noqa: BLE001  (the one place every other error is caught: to say it clearly)
        return _unexpected(prog, e, debug)


def _say(message: str, status: int, debug: bool = False) -> int:
    """Print `message` on stderr (after the traceback, with --debug) and return `status`."""
    if debug:
        traceback.print_exc()
    print(message, file=sys.stderr)
    return status


def _unexpected(prog: str, e: BaseException, debug: bool) -> int:
    return _say(f"{prog}: unexpected error ({type(e).__name__}: {_one_line(e)}). This is a bug: run it again with "
                f"`uk-iraq-security --debug ...` to see the traceback, and report it at {ISSUES}", 1, debug)
