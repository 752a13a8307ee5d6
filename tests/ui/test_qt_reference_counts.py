"""The installed PySide6 must not leak references on signals: 6.12.0 did, and aborted Python 3.11."""

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _slot() -> None:
    """A slot that does nothing."""


def test_emit_and_disconnect_keep_reference_counts(qapp: object) -> None:
    probe = _Probe()
    probe.ping.connect(_slot)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(200):
        probe.ping.emit()
        probe.ping.connect(_slot)
        probe.ping.disconnect(_slot)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    # A few references may come and go elsewhere; a leak loses one per call, hundreds here.
    assert all(abs(b - a) < 50 for b, a in zip(before, after, strict=True)), (before, after)
