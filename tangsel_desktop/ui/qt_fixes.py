"""A guard against a PySide6 6.12.0 leak: Signal.emit() and disconnect() drop a reference to True or False.

Each call decrements the reference count of True (or False) once too often. Python 3.11 does not
make those objects immortal, so after a few hundred emits the process aborts with "Fatal Python
error: bool_dealloc". The guard measures whether the running PySide6 has the defect and, only then,
wraps the two methods to give the missing reference back; an extra reference on True or False is
harmless, so a PySide6 that fixes the defect is left alone by the measurement, not by a version list.
"""

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger(__name__)

_installed = False
PROBES = 4


class _Probe(QObject):
    ping = Signal()


def _lost_references(call: Callable[[], object]) -> tuple[int, int]:
    """How many references to (True, False) PROBES calls lost; each result is dropped at once."""
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(PROBES):
        call()
    return true_before - sys.getrefcount(True), false_before - sys.getrefcount(False)


def _give_back(result: object, times: int = 1) -> None:
    if isinstance(result, bool):
        for _ in range(times):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def _repair(method_name: str) -> None:
    original = getattr(SignalInstance, method_name)

    def repaired(self: SignalInstance, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        _give_back(result)
        return result

    setattr(SignalInstance, method_name, repaired)


def install() -> None:
    """Idempotent; must run before the first emit (ui/__init__ calls it)."""
    global _installed
    if _installed:
        return
    _installed = True
    probe = _Probe()

    def slot() -> None:
        pass

    def connect_and_disconnect() -> object:
        probe.ping.connect(slot)
        return probe.ping.disconnect(slot)

    repaired = []
    for name, call in (("emit", probe.ping.emit), ("disconnect", connect_and_disconnect)):
        lost_true, lost_false = _lost_references(call)
        _give_back(True, max(0, lost_true))
        _give_back(False, max(0, lost_false))
        if lost_true > 0 or lost_false > 0:
            _repair(name)
            repaired.append(name)
    probe.deleteLater()
    if repaired:
        log.info("PySide6 reference leak guarded in SignalInstance.%s", ", ".join(repaired))
