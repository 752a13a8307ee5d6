"""A hook called before every use of the store, so tests can refuse storage work on the GUI thread."""

from collections.abc import Callable

_guard: Callable[[], None] | None = None


def set_access_guard(guard: Callable[[], None] | None) -> None:
    """Install (or, with None, remove) the function every store access calls first; it raises to refuse."""
    global _guard
    _guard = guard


def check_access() -> None:
    if _guard is not None:
        _guard()
