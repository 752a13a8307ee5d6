"""Retake the guide's and the README's screenshots from the real window with a demo office, at 1366x768.

    .venv/bin/python tests/screenshots/take_screenshots.py            # offscreen, no display needed
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/screenshots/take_screenshots.py

The window is the application's own: the start-up controller fills a demo office, the login dialog signs
in, and each area is driven as a clerk would (search, select, a trial import). Pictures go to
resources/guide/ (900 px wide, for the Panduan window) and docs/ (full size, for the README).
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tangsel_desktop.app import window_programs  # noqa: E402
from tangsel_desktop.paths import resolve_data_paths, resources_dir  # noqa: E402
from tangsel_desktop.ui.login_dialog import LoginDialog  # noqa: E402
from tangsel_desktop.ui.main_window import MainWindow  # noqa: E402
from tangsel_desktop.ui.messages import Messages  # noqa: E402
from tangsel_desktop.ui.operations import TaskRunner  # noqa: E402
from tangsel_desktop.ui.sembako.desk_tab import DeskTab  # noqa: E402
from tangsel_desktop.ui.sembako.sembako_page import SembakoPage  # noqa: E402
from tangsel_desktop.ui.startup import StartupController  # noqa: E402
from tangsel_desktop.ui.translations import install_translations  # noqa: E402
from tests.screenshots.sembako_day import DemoSembako, prepare_sembako_day  # noqa: E402

WIDTH, HEIGHT = 1366, 768
GUIDE_WIDTH = 900
GUIDE = resources_dir() / "guide"
DOCS = ROOT / "docs"
SAMPLE = resources_dir() / "samples" / "contoh-impor-penduduk.xlsx"


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.4) -> None:
    """Let lazy tables fetch and repaint before the picture is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, name: str | None, *, docs: str | None = None) -> None:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    if docs:
        _write(image, DOCS / docs)
        print(f"docs/{docs}  {image.width()}x{image.height()}")
    if name is None:
        return
    scaled = image
    if image.width() > GUIDE_WIDTH:
        scaled = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    path = GUIDE / name
    _write(scaled, path)
    print(f"{path.relative_to(ROOT)}  {scaled.width()}x{scaled.height()}")


def _write(image: QImage, path: Path) -> None:
    # Quality 0 is PNG's strongest compression (lossless either way); files in the repository are
    # readable by all, whatever umask the application's own start-up set.
    # PySide6 takes the format as str at run time though its stubs say bytes.
    if not image.save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise OSError(f"could not write {path}")
    path.chmod(0o644)


def area_index(window: MainWindow, key: str) -> int:
    return next(index for index, area in enumerate(window.areas) if area.key == key)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000, help="demo residents (the window's demo: 5000)")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_translations(app)
    Messages.interactive = False  # a box that would block raises instead
    runner = TaskRunner()
    with tempfile.TemporaryDirectory(prefix="tangsel-screens-") as folder:
        # The status bar shows the data folder: name it as the demo's own folder is named.
        paths = resolve_data_paths(str(Path(folder) / "TangselDesktop" / "demo"))
        controller = StartupController(
            paths, runner, Messages(), demo=True, demo_people=options.people, programs=window_programs
        )
        controller.start()
        try:
            take(controller, Path(folder))
        finally:
            controller.shutdown()
    return 0


def take(controller: StartupController, folder: Path) -> None:
    wait_until(lambda: isinstance(controller.dialog, LoginDialog), "the login dialog")
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    wait_until(lambda: login.store is not None, "the demo office", timeout=900)
    login.username.setText("supervisor")
    login.password.setText("demo-tangsel")
    settle()
    save(login, "masuk.png")
    # The month's round is under way before the clerk signs in: Beranda counts it, the desk continues it.
    store = login.store
    assert store is not None
    day = prepare_sembako_day(store.services)
    login.submit()
    wait_until(lambda: controller.window is not None, "the main window")
    window = controller.window
    assert isinstance(window, MainWindow)
    window.move(0, 0)
    window.resize(WIDTH, HEIGHT)
    settle(1.5)
    save(window, "beranda.png")

    people_index = area_index(window, "people")
    window.show_area(people_index)
    people = window.page(people_index)
    people.search_edit.setText("siti")  # type: ignore[union-attr]
    wait_until(lambda: people.model.rowCount() > 0 and not people.loading, "search results")  # type: ignore[union-attr]
    people.table.selectRow(0)  # type: ignore[union-attr]
    settle(1.0)
    save(window, "penduduk.png", docs="screenshot.png")

    # One person opened: the form, the photo, the family with each member's relation, the programs.
    person = window.ctx.services.people.find_by_nik(actor=window.ctx.actor, nik=day.waiting_nik)
    assert person is not None
    opened = people.open_person(person.id)  # type: ignore[union-attr]
    wait_until(lambda: opened.detail is not None, "the person")
    settle(2.0)
    save(opened, "orang.png")
    opened.reject()

    dialog = people.start_import()  # type: ignore[union-attr]
    dialog.file_edit.setText(str(clerks_list(folder)))
    dialog.dry_run_check.setChecked(True)
    dialog.start()
    wait_until(lambda: dialog.import_result is not None, "the trial import")
    settle(0.8)
    save(dialog, "impor.png")
    dialog.close()

    rows = window.ctx.services.people.search(actor=window.ctx.actor, text="siti", limit=6)
    window.print_cards_for(list(rows))
    printing = window.page(area_index(window, "print"))
    printing.cards.selection.search_edit.setText("budi")  # type: ignore[union-attr]
    settle(1.5)
    save(window, "kartu.png")

    jamsos_index = area_index(window, "jamsosnaker")
    window.show_area(jamsos_index)
    jamsos = window.page(jamsos_index)
    members = jamsos.members_tab  # type: ignore[union-attr]
    wait_until(lambda: members.table.model().rowCount() > 0, "the members")
    members.table.selectRow(2)
    settle(1.2)
    save(window, "jamsosnaker.png", docs="jamsosnaker.png")
    jamsos.tabs.setCurrentWidget(jamsos.recap_tab)  # type: ignore[union-attr]
    settle(2.0)
    save(window, "rekap.png")

    take_sembako(window, day)

    window.show_guide()
    guide = window.guide
    assert guide is not None
    guide.resize(1200, 700)
    guide.show_topic("sembako")
    settle(0.8)
    save(guide, None, docs="guide.png")
    runner_wait(window)


def take_sembako(window: MainWindow, day: DemoSembako) -> None:
    """The rounds tab with the approved list, then the desk: a family found, and one already served."""
    sembako_index = area_index(window, "sembako")
    window.show_area(sembako_index)
    page = window.page(sembako_index)
    assert isinstance(page, SembakoPage)
    wait_until(lambda: not page.chooser.loading and bool(page.chooser.items), "the rounds")
    page.chooser.choose(day.round_id)
    page.tabs.setCurrentWidget(page.rounds_tab)
    wait_until(lambda: page.rounds_tab.lines_model.rowCount() > 0, "the round's list")
    settle(1.5)
    save(window, "sembako-putaran.png")

    desk = page.desk_tab
    page.tabs.setCurrentWidget(desk)
    wait_until(lambda: desk.status is not None, "the round's progress")
    # Two families served at this desk, their receipts queued for one batch print (no preview opens).
    desk.queue_check.setChecked(True)
    for nik in day.desk_niks:
        _look_up(desk, nik, "ready")
        desk.hand_over()
        wait_until(lambda: desk.state == "handed" and not desk.busy, "the handover")
    _look_up(desk, day.waiting_nik, "ready")
    settle(1.0)
    save(window, "sembako-meja.png", docs="sembako.png")
    _look_up(desk, day.served_nik, "collected")
    settle(1.0)
    save(window, "sembako-sudah.png")
    desk.next_one()


def clerks_list(folder: Path) -> Path:
    """The sample list as a clerk receives it: two rows wrong, so the dialog shows what it refuses."""
    book = openpyxl.load_workbook(SAMPLE)
    sheet = book.active
    assert sheet is not None
    sheet["A5"] = "36740414037800"  # a NIK two digits short
    sheet["F9"] = "31-02-1990"  # no such day
    target = folder / "Dokumen" / "daftar-penduduk-rw012.xlsx"
    target.parent.mkdir()
    book.save(target)
    return target


def _look_up(desk: DeskTab, nik: str, state: str) -> None:
    desk.next_one()
    desk.input.setText(nik)
    desk.look_up()
    wait_until(lambda: desk.state == state, f"the desk to say {state}")


def runner_wait(window: MainWindow) -> None:
    if not window.ctx.runner.wait_all(60000):
        raise TimeoutError("background work still running")


if __name__ == "__main__":
    sys.exit(main())
