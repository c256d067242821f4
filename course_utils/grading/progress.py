"""Progress bars on long work (tqdm on stderr of the instructor's terminal, never inside kernels)."""
from __future__ import annotations

import sys
from typing import Iterable, TypeVar

T = TypeVar("T")


def progress_bar(items: Iterable[T], *, desc: str, total: int | None = None, enabled: bool = True):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, total=total, unit="nb" if desc != "release" else "unit",
                leave=False, file=sys.stderr, dynamic_ncols=True, disable=not sys.stderr.isatty())
