"""What makes two release builds of one commit byte-identical: one timestamp (SOURCE_DATE_EPOCH),
zips with sorted members, fixed times and fixed permissions, and a SHA256SUMS to compare them by."""

from __future__ import annotations

import os
import subprocess
import time
import zipfile
from pathlib import Path

from uk_iraq_security.hashing import file_digest

from .errors import ReleaseError

ZIP_EPOCH_MIN = 315532800  # 1980-01-01: the earliest time a zip entry can hold


def source_date_epoch(root: Path) -> int:
    """$SOURCE_DATE_EPOCH, else the time of the checkout's last commit (the same for every build of it)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"], capture_output=True,
                             text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    if not out:
        raise ReleaseError(f"{root}: not a git checkout with a commit; set SOURCE_DATE_EPOCH to the release time "
                           "(seconds since 1970) so that the build is reproducible")
    return int(out)


def write_zip(dest: Path, members: dict[str, bytes], epoch: int) -> None:
    """A zip whose bytes depend only on `members` and `epoch`: sorted names, one fixed time, mode 0644."""
    stamp = time.gmtime(max(epoch, ZIP_EPOCH_MIN))[:6]
    with zipfile.ZipFile(dest, "w") as zf:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the permission bits below are read
            info.external_attr = 0o100644 << 16
            zf.writestr(info, members[name], compresslevel=9)


def sha256sums(folder: Path, name: str = "SHA256SUMS") -> Path:
    """Write `name` in `folder`: `sha256  path` for every other file under it, sorted (sha256sum -c reads it)."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != name):
        rel = path.relative_to(folder).as_posix()
        lines.append(f"{file_digest(path)}  {rel}\n")
    out = folder / name
    out.write_text("".join(lines), encoding="utf-8", newline="\n")
    return out
