"""Keep PySide6 6.12 from crashing the interpreter on Python 3.11.

PySide6-Essentials 6.12.0 (the ``cp310-abi3`` wheel) returns ``None`` from
every void method (``setText``, ``setChecked``, ...) and from every empty
``QVariant`` (a model's ``data()`` returning nothing, ``currentData()``)
without taking a reference to it. On Python 3.12 and later ``None`` is
immortal and nothing happens; on 3.11 each such call takes one reference
away from ``None``, and once the count reaches zero the interpreter aborts
with "Fatal Python error: none_dealloc" - at exit, or in the middle of a
long session.

The remedy is what Python 3.12 does: make the singletons effectively
immortal by giving them a reference count no program can use up. This is
applied only where the leak is measured, so a fixed PySide release or a
newer Python turns it off by itself.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("mediator.gui")

_HEADROOM = 1 << 40
"""Added to the reference counts: at a million leaked references a second,
this lasts for twelve days of uninterrupted running."""
_PROBE_CALLS = 200


def _none_leaks() -> bool:
    """True if calling a void Qt method takes a reference from None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def _add_references(obj: object, count: int) -> None:
    # ob_refcnt is the first field of every object in CPython's release builds.
    refcnt = ctypes.c_ssize_t.from_address(id(obj))
    refcnt.value += count


def protect_singletons() -> bool:
    """Apply the remedy if this Python and PySide need it; returns whether it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _none_leaks():
        return False
    for singleton in (None, True, False):
        _add_references(singleton, _HEADROOM)
    log.info("PySide6 leaks references to None on this Python: singletons protected")
    return True
