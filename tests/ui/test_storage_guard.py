"""The UI suite's guard refuses window code that reads the store on the GUI thread, with no exemption."""

from collections.abc import Callable

import pytest

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.ui.people.people_page import name_order_query
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui import storage_guard
from tests.ui.storage_guard import StorageOnGuiThread, storage_allowed


def test_a_window_modules_read_on_the_gui_thread_fails_the_test(
    make_ctx: Callable[[Actor], UiContext], admin: Actor
) -> None:
    # The people page's page query is window code (people_page.py); called here, on the GUI thread.
    query = name_order_query(make_ctx(admin))
    with pytest.raises(StorageOnGuiThread, match=r"people/people_page\.py"):
        query.fetch(None, 5)


def test_only_test_code_may_allow_it(make_ctx: Callable[[Actor], UiContext], admin: Actor) -> None:
    query = name_order_query(make_ctx(admin))
    with storage_allowed():
        assert list(query.fetch(None, 5)) == []
    # The escape is for tests: no module of the application uses it, or the guard, at all.
    package = storage_guard.UI_PACKAGE.parent
    users = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if "storage_allowed" in path.read_text(encoding="utf-8")
        or "storage_guard" in path.read_text(encoding="utf-8")
    ]
    assert users == []
