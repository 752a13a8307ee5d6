"""A full cycle clicked through the Sinkronisasi area on real stores: Sawah writes its package, Dinas Sosial
reads it (with a copy read twice and a tampered one), answers, and Sawah reads the answer."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tangsel_desktop.storage.sync import package_rows
from tangsel_desktop.ui.sync import sync_files
from tangsel_desktop.ui.sync.centre_panel import CentreSyncPanel
from tangsel_desktop.ui.sync.office_panel import OfficeSyncPanel
from tangsel_desktop.ui.sync.sync_page import SyncPage
from tests.sync.conftest import SAWAH, Site, table_dump
from tests.ui.sync.conftest import Desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _counts(site: Site, origin: str = "") -> dict[str, int]:
    with site.services.database.read() as tx:
        return package_rows.own_counts(tx, origin)


def _office(page: SyncPage) -> OfficeSyncPanel:
    assert isinstance(page.panel, OfficeSyncPanel)
    return page.panel


def _centre(page: SyncPage) -> CentreSyncPanel:
    assert isinstance(page.panel, CentreSyncPanel)
    return page.panel


def _settle(qtbot: QtBot, desk: Desk) -> None:
    qtbot.waitUntil(lambda: desk.ctx.runner.running() == 0, timeout=20_000)


def _write_package(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, desk: Desk, panel: OfficeSyncPanel, target: Path
) -> None:
    offered: list[Path] = []

    def choose(_parent: object, suggested: Path) -> Path:
        offered.append(suggested)
        return target

    monkeypatch.setattr(sync_files, "choose_package_target", choose)
    QTest.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, desk)
    assert offered
    assert offered[0].suffix == ".tsync"


def _read_packages(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, desk: Desk, panel: CentreSyncPanel, files: list[Path]
) -> list[tuple[str, ...]]:
    monkeypatch.setattr(sync_files, "choose_packages", lambda _parent, _folder: files)
    tab = panel.packages_tab
    QTest.mouseClick(tab.read_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, desk)
    return [tuple(tab.model.text(row, col) for col in range(5)) for row in range(tab.model.rowCount())]


def test_a_full_cycle_through_both_windows(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desks: tuple[Desk, Desk],
    open_page: Callable[..., SyncPage],
) -> None:
    office_desk, centre_desk = desks
    sawah, centre = office_desk.site, centre_desk.site
    sawah.fill(25, seed=3)

    # The office writes its first package: the whole store, summed up as the command line's JSON is.
    office = _office(open_page(office_desk))
    assert "terkirim: sampai urutan 0" in office.status_label.text().lower()
    package = tmp_path / "paket-sawah-1.tsync"
    _write_package(qtbot, monkeypatch, office_desk, office, package)
    assert package.is_file()
    assert office.exported is not None
    assert office.exported.from_sequence == 0
    summary = office.summary.toPlainText()
    assert f"0 - {office.exported.to_sequence}" in summary
    assert "paket pertama: seluruh data" in summary
    assert "Penduduk" in summary
    assert f"{office.exported.counts['person']}" in summary
    assert "Paket ditulis" in office.message_label.text()
    qtbot.waitUntil(lambda: f"urutan {office.exported.to_sequence}" in office.status_label.text())  # type: ignore[union-attr]

    # A copy of the package with one byte changed: the centre must refuse it and still read the rest.
    tampered = tmp_path / "paket-sawah-rusak.tsync"
    data = bytearray(package.read_bytes())
    data[-10] ^= 0x01
    tampered.write_bytes(bytes(data))

    centre_page = _centre(open_page(centre_desk))
    rows = _read_packages(qtbot, monkeypatch, centre_desk, centre_page, [tampered, package, package])
    assert [row[0] for row in rows] == [tampered.name, package.name, package.name]
    assert rows[0][3].startswith("Ditolak: ")
    assert centre_page.packages_tab.model.mark(0) == "error"
    # The refusal is chosen at once, its whole reason readable under the table.
    assert centre_page.packages_tab.detail_label.text().startswith(f"{tampered.name}: Ditolak: Paket")
    assert rows[1][1:4] == (SAWAH, f"0 - {office.exported.to_sequence}", "Diterapkan")
    assert rows[2][3] == "Sudah diterapkan; tidak ada yang berubah"
    assert (
        centre_page.packages_tab.message_label.text() == "3 paket dibaca: 1 diterapkan, 0 ditahan, 1 ditolak."
    )
    # Counts reconcile: the centre holds exactly what the office holds.
    assert _counts(centre, SAWAH) == _counts(sawah)

    # The offices' table: Sawah sent today, its people counted, on time.
    centre_page.tabs.setCurrentWidget(centre_page.offices_tab)
    _settle(qtbot, centre_desk)
    offices = centre_page.offices_tab
    assert offices.model.rowCount() == 1
    assert offices.model.text(0, 0) == SAWAH
    assert offices.model.text(0, 1) == "Sawah"
    assert offices.model.text(0, 3) == str(office.exported.to_sequence)
    assert offices.model.text(0, 4) == str(_counts(sawah)["person"])
    assert offices.model.text(0, 9) == "Tepat waktu"

    # The answer for Sawah, written from the chosen row.
    answer = tmp_path / "jawaban-sawah-1.tsync"
    monkeypatch.setattr(sync_files, "choose_package_target", lambda _parent, _suggested: answer)
    offices.choose(SAWAH)
    QTest.mouseClick(offices.answer_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, centre_desk)
    assert answer.is_file()
    assert offices.written is not None
    assert offices.written.acknowledged_to == office.exported.to_sequence
    assert "Jawaban no. 1 untuk 36.74.04.1004 ditulis" in offices.message_label.text()

    # The office reads the answer: the acknowledgement shows in its status.
    monkeypatch.setattr(sync_files, "choose_answer", lambda _parent, _folder: answer)
    QTest.mouseClick(office.read_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, office_desk)
    assert office.answer is not None
    assert not office.answer.already_applied
    assert office.answer_label.text() == (
        f"Jawaban no. 1 dibaca: Dinas Sosial mengakui urutan sampai {office.exported.to_sequence}."
    )
    assert office.reference_label.text().startswith("Data rujukan")
    qtbot.waitUntil(
        lambda: (
            f"Diakui Dinas Sosial: sampai urutan {office.exported.to_sequence}"  # type: ignore[union-attr]
            in office.status_label.text()
        )
    )
    assert office.findings_label.text() == "Temuan Dinas Sosial untuk kantor ini: tidak ada."

    # Read again: a no-op that says so.
    QTest.mouseClick(office.read_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, office_desk)
    assert office.answer_label.text() == "Jawaban ini sudah dibaca; tidak ada yang berubah."


def test_a_gap_is_held_then_released_and_a_resend_from_a_sequence(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desks: tuple[Desk, Desk],
    open_page: Callable[..., SyncPage],
) -> None:
    office_desk, centre_desk = desks
    sawah = office_desk.site
    sawah.fill(10, seed=4)
    office = _office(open_page(office_desk))
    first, second = tmp_path / "paket-1.tsync", tmp_path / "paket-2.tsync"
    _write_package(qtbot, monkeypatch, office_desk, office, first)
    end_of_first = office.exported.to_sequence  # type: ignore[union-attr]
    sawah.fill(5, seed=5)
    _write_package(qtbot, monkeypatch, office_desk, office, second)
    assert office.exported is not None
    assert office.exported.from_sequence == end_of_first

    centre = _centre(open_page(centre_desk))
    rows = _read_packages(qtbot, monkeypatch, centre_desk, centre, [second])
    assert rows[0][3] == f"Ditahan: urutan 0 - {end_of_first} belum diterima"
    assert centre.packages_tab.model.mark(0) == "warning"
    rows = _read_packages(qtbot, monkeypatch, centre_desk, centre, [first])
    assert rows[0][3] == f"Diterapkan, juga paket yang ditahan {end_of_first} - {office.exported.to_sequence}"
    assert _counts(centre_desk.site, SAWAH) == _counts(sawah)

    # A lost package re-sent from a chosen sequence.
    qtbot.waitUntil(lambda: office.from_spin.maximum() >= office.exported.to_sequence)  # type: ignore[union-attr]
    office.resend_check.setChecked(True)
    office.from_spin.setValue(end_of_first)
    resent = tmp_path / "paket-ulang.tsync"
    _write_package(qtbot, monkeypatch, office_desk, office, resent)
    assert office.exported.from_sequence == end_of_first
    assert not office.resend_check.isChecked()


def test_refusals_show_inline_and_change_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desks: tuple[Desk, Desk],
    open_page: Callable[..., SyncPage],
) -> None:
    office_desk, centre_desk = desks
    office_desk.site.fill(5, seed=6)
    office = _office(open_page(office_desk))
    package = tmp_path / "paket.tsync"
    _write_package(qtbot, monkeypatch, office_desk, office, package)
    before = table_dump(office_desk.site.services.database)
    # The office's own package offered as an answer: refused in Indonesian, under the buttons.
    monkeypatch.setattr(sync_files, "choose_answer", lambda _parent, _folder: package)
    QTest.mouseClick(office.read_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, office_desk)
    assert office.message_label.isVisible()
    assert "hanya dibaca di Dinas Sosial" in office.message_label.text()
    assert office.answer is None
    assert table_dump(office_desk.site.services.database) == before

    # At the centre, an answer with no office chosen says what to do.
    centre = _centre(open_page(centre_desk))
    centre.tabs.setCurrentWidget(centre.offices_tab)
    _settle(qtbot, centre_desk)
    QTest.mouseClick(centre.offices_tab.answer_button, Qt.MouseButton.LeftButton)
    assert centre.offices_tab.message_label.text() == "Pilih dulu sebuah kantor di tabel."


def test_late_offices_are_flagged(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desks: tuple[Desk, Desk],
    open_page: Callable[..., SyncPage],
) -> None:
    office_desk, centre_desk = desks
    office_desk.site.fill(3, seed=7)
    package = tmp_path / "paket.tsync"
    office_desk.site.services.sync.export(actor=office_desk.site.admin, target=package)
    centre_desk.site.services.sync.import_file(actor=centre_desk.site.admin, source=package)
    centre = _centre(open_page(centre_desk, today=date.today() + timedelta(days=45)))
    centre.tabs.setCurrentWidget(centre.offices_tab)
    _settle(qtbot, centre_desk)
    tab = centre.offices_tab
    assert tab.model.text(0, 9) in ("Terlambat: 45 hari", "Terlambat: 44 hari", "Terlambat: 46 hari")
    assert tab.model.mark(0) == "error"
    assert "1 terlambat" in tab.summary_label.text()


def test_an_operator_sees_the_status_but_may_not_write_or_read(
    qtbot: QtBot,
    desks: tuple[Desk, Desk],
    operator_desk: Callable[[Site], Desk],
    open_page: Callable[..., SyncPage],
) -> None:
    office_desk, centre_desk = desks
    office = _office(open_page(operator_desk(office_desk.site)))
    assert office.status_label.text().startswith("Perubahan terakhir")
    for button in (office.write_button, office.read_button, office.resend_check):
        assert not button.isEnabled()
        assert "supervisor" in button.toolTip().lower()
    centre = _centre(open_page(operator_desk(centre_desk.site)))
    assert not centre.packages_tab.read_button.isEnabled()
    assert not centre.offices_tab.answer_button.isEnabled()
    for button in (centre.findings_tab.decide_button, centre.findings_tab.export_button):
        assert not button.isEnabled()
