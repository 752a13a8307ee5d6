# mypy: disable-error-code="no-untyped-call"
"""The BPJS tab driven like a supervisor: export with progress, read the answer, counts, refusals."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos import bpjs_files
from tangsel_desktop.ui.jamsos.exchange_tab import ExchangeTab
from tangsel_desktop.ui.ui_context import UiContext
from tests.services.bpjs_fixtures import member, nik, sheet_rows, write_answer
from tests.services.prepared_office import actor, copy_of_office

MakeTab = Callable[[str], ExchangeTab]
# The offscreen platform (tests only) has no window manager to take size hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def services(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Overrides conftest's: a prepared Kelurahan Sawah office, members 1-2 verified, 3 submitted."""
    office = copy_of_office(tmp_path, tmp_path_factory)
    supervisor = actor(office, "spv")
    for number in (1, 2):
        member(office, supervisor, number, MemberStatus.VERIFIED, name=f"Warga <{number}> & Co")
    member(office, supervisor, 3, MemberStatus.SUBMITTED)
    yield office
    office.database.dispose()


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file question raises unless a test answers it; opened folders are recorded instead."""

    def blocked(*_args: object) -> None:
        raise AssertionError("a blocking dialog was opened without being replaced by the test")

    opened: list[Path] = []

    def open_folder(folder: Path) -> bool:
        opened.append(folder)
        return True

    monkeypatch.setattr(bpjs_files, "choose_export_target", blocked)
    monkeypatch.setattr(bpjs_files, "choose_answer_file", blocked)
    monkeypatch.setattr(bpjs_files, "open_folder", open_folder)
    return opened


@pytest.fixture
def make_tab(qtbot: QtBot, services: Services, make_ctx: Callable[[Actor], UiContext]) -> MakeTab:
    def make(username: str) -> ExchangeTab:
        tab = ExchangeTab(make_ctx(actor(services, username)))
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        qtbot.waitUntil(lambda: not tab.busy)
        return tab

    return make


def test_a_supervisor_exports_marks_submitted_and_the_counts_follow(
    qtbot: QtBot,
    make_tab: MakeTab,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_blocking_dialogs: list[Path],
) -> None:
    tab = make_tab("spv")
    panel = tab.export_panel
    assert "2 peserta sudah diverifikasi" in panel.ready_label.text()
    assert "1 peserta sudah diajukan" in tab.import_panel.waiting_label.text()
    assert panel.save_button.isEnabled()
    assert panel.mark_check.isChecked()
    panel.month_combo.setCurrentIndex(4)
    month = str(panel.month_combo.currentData())
    target = tmp_path / "usulan.xlsx"
    monkeypatch.setattr(bpjs_files, "choose_export_target", lambda _parent, suggested: target)
    published: list[ChangeSummary] = []
    tab._ctx.bus.changed.connect(published.append)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_export is not None and not tab.busy)
    assert panel.last_export is not None
    assert panel.last_export.marked_submitted == 2
    assert "disimpan sebagai" in panel.result_label.text()
    rows = sheet_rows(target)
    assert [row[0] for row in rows[1:]] == [nik(1), nik(2)]
    assert {row[-1] for row in rows[1:]} == {month}
    assert published
    assert published[0].touches(ChangeSummary.JAMSOS)
    assert "Belum ada peserta terverifikasi" in panel.ready_label.text()
    assert not panel.save_button.isEnabled()
    assert "3 peserta sudah diajukan" in tab.import_panel.waiting_label.text()
    qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
    assert no_blocking_dialogs == [tmp_path]


def test_the_answer_is_tried_then_imported_with_counts_per_kind(
    qtbot: QtBot,
    make_tab: MakeTab,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_blocking_dialogs: list[Path],
) -> None:
    answer = write_answer(
        tmp_path / "jawaban.xlsx",
        ["NIK", "Nama", "Nomor KPJ", "Status Kepesertaan", "TMT"],
        [
            [nik(3), "Warga 3", "12345678903", "AKTIF", "2026-01"],
            [nik(1), "Warga <1> & Co", "12345678901", "AKTIF", "2026-01"],  # verified, not submitted
            ["3674045708859999", "Tak Dikenal", "12345678999", "AKTIF", "2026-01"],
        ],
    )
    tab = make_tab("spv")
    panel = tab.import_panel
    monkeypatch.setattr(bpjs_files, "choose_answer_file", lambda _parent: answer)
    assert not panel.start_button.isEnabled()
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    assert panel.dry_run_check.isChecked()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None and not tab.busy)
    assert panel.result is not None
    assert panel.result.dry_run
    assert panel.count_labels["activated"].text() == "1"
    assert panel.count_labels["unknown_nik"].text() == "1"
    assert panel.count_labels["not_submitted"].text() == "1"
    assert panel.count_labels["name_differs"].text() == "0"
    assert "Uji coba" in panel.status_label.text()
    assert services.jamsos.member(actor=actor(services, "ops"), nik=nik(3)).status is MemberStatus.SUBMITTED
    assert panel.import_now_button.isVisible()
    qtbot.mouseClick(panel.import_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None and not panel.result.dry_run and not tab.busy)
    assert services.jamsos.member(actor=actor(services, "ops"), nik=nik(3)).kpj_number == "12345678903"
    assert "Selesai: 1 peserta diaktifkan, 2 temuan" in panel.status_label.text()
    assert "Tidak ada peserta yang menunggu" in panel.waiting_label.text()
    assert not panel.import_now_button.isVisible()
    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    assert no_blocking_dialogs == [services.paths.reports]


def test_a_file_with_wrong_columns_shows_the_indonesian_message(
    qtbot: QtBot, make_tab: MakeTab, tmp_path: Path
) -> None:
    tab = make_tab("spv")
    panel = tab.import_panel
    panel.file_edit.setText(str(write_answer(tmp_path / "salah.xlsx", ["NIK", "NAMA"], [[nik(3), "X"]])))
    panel.start()
    qtbot.waitUntil(lambda: not tab.busy and "Kolom wajib" in panel.status_label.text())
    assert panel.result is None
    assert not panel.counts.isVisible()


def test_an_operator_sees_why_everything_is_disabled(make_tab: MakeTab, tmp_path: Path) -> None:
    tab = make_tab("ops")
    assert "Hanya supervisor dan administrator" in tab.role_label.text()
    assert tab.role_label.isVisible()
    assert not tab.export_panel.save_button.isEnabled()
    assert not tab.export_panel.month_combo.isEnabled()
    tab.import_panel.file_edit.setText(str(tmp_path / "x.xlsx"))
    assert not tab.import_panel.start_button.isEnabled()
    assert not tab.import_panel.choose_button.isEnabled()
    assert tab.export_panel.save_as() is None
    assert tab.import_panel.start() is None


def test_a_cancelled_export_changes_nothing(
    qtbot: QtBot, make_tab: MakeTab, services: Services, tmp_path: Path
) -> None:
    tab = make_tab("spv")
    panel = tab.export_panel
    handle = panel.save_as(tmp_path / "u.xlsx")
    assert handle is not None
    panel.cancel()
    qtbot.waitUntil(lambda: not tab.busy)
    assert "dibatalkan" in panel.result_label.text()
    assert not (tmp_path / "u.xlsx").exists()
    assert services.bpjs.counts(actor=actor(services, "ops")) == (2, 1)


def test_a_change_elsewhere_refreshes_the_counts(qtbot: QtBot, make_tab: MakeTab, services: Services) -> None:
    tab = make_tab("spv")
    services.jamsos.set_status(actor=actor(services, "spv"), nik=nik(1), to=MemberStatus.SUBMITTED)
    tab._ctx.bus.publish(ChangeSummary.JAMSOS)
    qtbot.waitUntil(lambda: "1 peserta sudah diverifikasi" in tab.export_panel.ready_label.text())
    assert "2 peserta sudah diajukan" in tab.import_panel.waiting_label.text()
    tab._ctx.bus.publish(ChangeSummary.DOCUMENT)  # not ours: no recount
    assert not tab.busy


def test_escape_cancels_a_running_import(
    qtbot: QtBot, make_tab: MakeTab, services: Services, tmp_path: Path
) -> None:
    answer = write_answer(
        tmp_path / "j.xlsx", ["NIK", "KPJ", "STATUS", "TMT"], [[nik(3), "1", "AKTIF", "2026-01"]]
    )
    tab = make_tab("spv")
    panel = tab.import_panel
    panel.file_edit.setText(str(answer))
    panel.dry_run_check.setChecked(False)
    assert panel.start() is not None
    qtbot.keyClick(tab, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tab.busy)
    assert "dibatalkan" in panel.status_label.text()
    assert services.jamsos.member(actor=actor(services, "ops"), nik=nik(3)).status is MemberStatus.SUBMITTED
