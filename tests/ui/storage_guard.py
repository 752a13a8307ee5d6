"""The UI suite's guard: window code may not touch the store on the GUI thread (ui/operations runs it off)."""

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import tangsel_desktop.ui

UI_PACKAGE = Path(tangsel_desktop.ui.__file__).resolve().parent

# Set to a file path to list the window modules that touch the store on the GUI thread, not fail.
RECORD_VARIABLE = "TANGSEL_RECORD_GUI_STORAGE"

_allowed = 0


class StorageOnGuiThread(AssertionError):
    pass


@contextmanager
def storage_allowed() -> Iterator[None]:
    """For test code that seeds or checks the store from inside a Qt callback: explicitly allowed.

    Test code only: no window module has an exemption (issue 8, item 6); the window reads the store
    through ui/operations, the lazy listings' further pages included."""
    global _allowed
    _allowed += 1
    try:
        yield
    finally:
        _allowed -= 1


def _window_module(frame: FrameType | None) -> str | None:
    """The window module nearest the store access on this stack, as 'people/person_dialog.py'."""
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(UI_PACKAGE):
            return path.relative_to(UI_PACKAGE).as_posix()
        frame = frame.f_back
    return None


def refuse_on_gui_thread() -> None:
    """Installed with storage.access_guard.set_access_guard for every UI test."""
    if _allowed or threading.current_thread() is not threading.main_thread():
        return
    module = _window_module(sys._getframe(1))
    if module is None:
        return  # test code seeding or checking the store
    record = os.environ.get(RECORD_VARIABLE)
    if record:
        with open(record, "a", encoding="utf-8") as out:
            out.write(module + "\n")
        return
    raise StorageOnGuiThread(
        f"{module} touched the store on the GUI thread; run the service call through ui/operations"
    )
