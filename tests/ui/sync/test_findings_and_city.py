"""The centre's findings and city dashboard clicked through: the same NIK at Sawah and Ciater is found,
decided with a note, saved to Excel, told to Sawah in its answer; the city's figures and chart follow."""

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tangsel_desktop.ui.sync import findings_tab, sync_files
from tangsel_desktop.ui.sync.centre_panel import CentreSyncPanel
from tangsel_desktop.ui.sync.office_panel import OfficeSyncPanel
from tangsel_desktop.ui.sync.sync_page import SyncPage
from tests.conftest import make_draft
from tests.sync.conftest import CIATER, SAWAH
from tests.ui.sync.conftest import Desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SAME = "3674045708850101"


def _settle(qtbot: QtBot, desk: Desk) -> None:
    qtbot.waitUntil(lambda: desk.ctx.runner.running() == 0, timeout=20_000)


@pytest.fixture
def read_at_centre(
    tmp_path: Path, desks: tuple[Desk, Desk], ciater_desk: Desk
) -> Callable[[QtBot, pytest.MonkeyPatch, CentreSyncPanel], None]:
    """Both offices register the same person; their packages are read at the centre through the page."""
    sawah, centre = desks
    sawah.site.services.people.register(
        actor=sawah.site.admin, draft=make_draft(nik=SAME, kk_number="3674041203150101")
    )
    ciater_desk.site.services.people.register(
        actor=ciater_desk.site.admin,
        draft=make_draft(nik=SAME, kk_number="3674041203150101", kelurahan="Ciater"),
    )
    files = [sawah.site.export("sawah.tsync"), ciater_desk.site.export("ciater.tsync")]

    def read(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, panel: CentreSyncPanel) -> None:
        monkeypatch.setattr(sync_files, "choose_packages", lambda _parent, _folder: files)
        QTest.mouseClick(panel.packages_tab.read_button, Qt.MouseButton.LeftButton)
        _settle(qtbot, centre)
        assert panel.packages_tab.model.column(3) == ["Diterapkan", "Diterapkan"]

    return read


def test_a_finding_is_decided_exported_and_told_to_the_office(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desks: tuple[Desk, Desk],
    open_page: Callable[..., SyncPage],
    read_at_centre: Callable[[QtBot, pytest.MonkeyPatch, CentreSyncPanel], None],
) -> None:
    office_desk, centre_desk = desks
    page = open_page(centre_desk)
    assert isinstance(page.panel, CentreSyncPanel)
    centre = page.panel
    read_at_centre(qtbot, monkeypatch, centre)

    centre.tabs.setCurrentWidget(centre.findings_tab)
    _settle(qtbot, centre_desk)
    tab = centre.findings_tab
    assert tab.model.rowCount() == 1
    assert tab.model.text(0, 1) == "NIK yang sama aktif di dua kantor"
    assert tab.model.text(0, 3) == f"{CIATER}, {SAWAH}"
    assert tab.model.mark(0) == "warning"
    finding = tab.findings[0]
    # The kind filter: the two offices hold the same data, so no "data differ" finding.
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("data_differs"))
    tab.kind_combo.activated.emit(tab.kind_combo.currentIndex())
    _settle(qtbot, centre_desk)
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == "0 temuan ditampilkan."
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("nik_two_offices"))
    tab.kind_combo.activated.emit(tab.kind_combo.currentIndex())
    _settle(qtbot, centre_desk)
    assert tab.model.rowCount() == 1
    tab.choose(finding.id)
    assert [tab.decision_combo.itemData(i) for i in range(tab.decision_combo.count())] == [
        f"keep:{CIATER}",
        f"keep:{SAWAH}",
    ]

    # No note: refused inline, nothing decided.
    QTest.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, centre_desk)
    assert tab.message_label.text().startswith("Tulis catatan keputusan")
    assert tab.model.text(0, 5) == "terbuka"

    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData(f"keep:{SAWAH}"))
    tab.note_edit.setText("Tinggal di Sawah sejak 2020, surat pindah belum diurus")
    QTest.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, centre_desk)
    assert tab.message_label.text().startswith(f"Temuan {finding.id} diputuskan: dipegang")
    assert "Sawah" in tab.message_label.text()
    # Decided findings leave the "open" filter and show under "decided".
    assert tab.model.rowCount() == 0
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("decided"))
    tab.status_combo.activated.emit(tab.status_combo.currentIndex())
    _settle(qtbot, centre_desk)
    assert tab.model.rowCount() == 1
    assert tab.model.text(0, 7) == "Tinggal di Sawah sejak 2020, surat pindah belum diurus"

    QTest.mouseClick(tab.recheck_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, centre_desk)
    assert tab.message_label.text() == "Diperiksa ulang: 0 baru, 0 dibuka lagi, 0 selesai; 0 terbuka."

    workbook_file = tmp_path / "temuan.xlsx"
    monkeypatch.setattr(findings_tab, "choose_xlsx_target", lambda _parent, _suggested: workbook_file)
    QTest.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, centre_desk)
    assert tab.message_label.text() == f"1 temuan disimpan: {workbook_file}"
    sheet = openpyxl.load_workbook(workbook_file, read_only=True)["Temuan"]
    lines = [row for row in sheet.iter_rows(values_only=True) if row and row[0] == finding.id]
    assert len(lines) == 1
    assert "Tinggal di Sawah" in str(lines[0])

    # Sawah's answer carries the finding; Sawah's supervisor sees it after reading the answer.
    centre.tabs.setCurrentWidget(centre.offices_tab)
    _settle(qtbot, centre_desk)
    answer = tmp_path / "jawaban-sawah.tsync"
    monkeypatch.setattr(sync_files, "choose_package_target", lambda _parent, _suggested: answer)
    centre.offices_tab.choose(SAWAH)
    QTest.mouseClick(centre.offices_tab.answer_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, centre_desk)
    assert ", 1 temuan." in centre.offices_tab.message_label.text()

    office_page = open_page(office_desk)
    assert isinstance(office_page.panel, OfficeSyncPanel)
    office = office_page.panel
    assert office.findings_label.text() == "Temuan Dinas Sosial untuk kantor ini: tidak ada."
    monkeypatch.setattr(sync_files, "choose_answer", lambda _parent, _folder: answer)
    QTest.mouseClick(office.read_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, office_desk)
    assert office.findings_model.rowCount() == 1
    assert office.findings_model.text(0, 0) == "NIK yang sama aktif di dua kantor"
    assert office.findings_model.text(0, 4).startswith("dipegang")
    assert office.findings_table.isVisible()


def test_the_city_dashboard_sums_the_offices_and_charts_the_kecamatan(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    desks: tuple[Desk, Desk],
    open_page: Callable[..., SyncPage],
    read_at_centre: Callable[[QtBot, pytest.MonkeyPatch, CentreSyncPanel], None],
) -> None:
    _office_desk, centre_desk = desks
    page = open_page(centre_desk)
    assert isinstance(page.panel, CentreSyncPanel)
    centre = page.panel
    read_at_centre(qtbot, monkeypatch, centre)
    centre.tabs.setCurrentWidget(centre.city_tab)
    _settle(qtbot, centre_desk)
    city = centre.city_tab
    assert city.view is not None
    assert city.view.total.people == 2
    assert city.total_label.text().startswith("Kota Tangerang Selatan, ")
    assert "2 penduduk" in city.total_label.text()
    tops = [city.areas.topLevelItem(i) for i in range(city.areas.topLevelItemCount())]
    names = sorted(item.text(0) for item in tops if item is not None)
    assert names == ["Ciputat", "Serpong"]
    assert city.chart.categories == [k.total.name for k in city.view.kecamatan]
    assert len(city.chart.chart().series()) == 1


def test_a_decision_made_elsewhere_first_is_named_not_overwritten(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desks: tuple[Desk, Desk],
    open_page: Callable[..., SyncPage],
    read_at_centre: Callable[[QtBot, pytest.MonkeyPatch, CentreSyncPanel], None],
) -> None:
    _office_desk, centre_desk = desks
    page = open_page(centre_desk)
    assert isinstance(page.panel, CentreSyncPanel)
    read_at_centre(qtbot, monkeypatch, page.panel)
    page.panel.tabs.setCurrentWidget(page.panel.findings_tab)
    _settle(qtbot, centre_desk)
    tab = page.panel.findings_tab
    finding = tab.findings[0]
    tab.choose(finding.id)
    # Another supervisor, at another desk, decides it while this one still reads it open.
    centre = centre_desk.site
    centre.services.sync_findings.decide(
        actor=centre.admin, finding_id=finding.id, keep=CIATER, note="Surat pindah ke Ciater ada"
    )
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData(f"keep:{SAWAH}"))
    tab.note_edit.setText("Tinggal di Sawah")
    QTest.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, centre_desk)
    text = tab.message_label.text()
    assert text.startswith(f"Temuan nomor {finding.id} sudah diputuskan lebih dulu oleh Admin")
    assert "dipegang Kelurahan Ciater" in text
    assert "Keputusan Anda tidak disimpan" in text
    # The list is read again: the finding is no longer open, and the message stays.
    assert tab.model.rowCount() == 0
    assert tab.message_label.text() == text
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("decided"))
    tab.status_combo.activated.emit(tab.status_combo.currentIndex())
    _settle(qtbot, centre_desk)
    assert tab.model.text(0, 6) == "dipegang Kelurahan Ciater (36.74.01.1001)"
    page.grab().save(str(tmp_path / "decided-first.png"))  # looked at: the message under the decision row
    with centre.services.database.read() as tx:
        decided = tx.rows("SELECT decision FROM sync_finding WHERE id = ?", (finding.id,))[0][0]
    assert decided == f"keep:{CIATER}"
