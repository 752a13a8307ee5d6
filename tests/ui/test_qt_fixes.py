"""PySide6 emit() and disconnect() must not drain the reference count of True: a long session would abort."""

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal(object)
    pinged = Signal()


def _bool_references() -> int:
    return sys.getrefcount(True) + sys.getrefcount(False)


def test_emit_keeps_true_alive() -> None:
    sender = _Sender()
    received: list[object] = []
    sender.changed.connect(received.append)
    before = _bool_references()
    for number in range(2000):
        sender.changed.emit(number)
        sender.pinged.emit()
    assert len(received) == 2000
    assert _bool_references() >= before


def test_disconnect_keeps_true_and_false_alive() -> None:
    sender = _Sender()

    def slot() -> None:
        pass

    before = _bool_references()
    for _ in range(500):
        sender.pinged.connect(slot)
        sender.pinged.disconnect(slot)
    assert _bool_references() >= before
