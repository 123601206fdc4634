"""Commands a serial run starts in the background (release builds, the wheel's clean venv) run at a
lower priority: they fill the core the test process leaves idle instead of slowing the test that runs
now. A test that waits for one leaves its core to it anyway."""

from __future__ import annotations

import shutil

NICE = 10


def lowered(argv: list[str]) -> list[str]:
    """``argv`` under ``nice`` where there is one (its children inherit the priority), else unchanged."""
    nice = shutil.which("nice")
    return [nice, "-n", str(NICE), *argv] if nice else list(argv)
