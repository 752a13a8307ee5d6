# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""Import and export from the Penduduk page: a dry run, the counts, the report, then for real."""

import csv
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.people import export_dialog, import_dialog, people_page
from tangsel_desktop.ui.people.import_dialog import ImportDialog
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.style import ERROR_COLOR
from tests.ui.people.conftest import MakeContext, open_page

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

HEADER = ["NIK", "NO_KK", "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "ALAMAT", "RT", "RW", "KELURAHAN"]
GOOD = [
    [
        "3674041403780001",
        "3674041203150002",
        "Ahmad Suryadi",
        "L",
        "1978-03-14",
        "Jl. Mawar 5",
        "3",
        "12",
        "Sawah",
    ],
    [
        "3674045708820008",
        "3674041203150002",
        "Siti <Aminah> & Co",
        "P",
        "17-08-1982",
        "Jl. Mawar 5",
        "3",
        "12",
        "Sawah",
    ],
]
BAD = [
    ["367404140378000", "", "NIK Pendek", "L", "1978-03-14", "Jl. Kenanga 1", "", "", "Sawah"],
    ["3674040211690022", "", "", "L", "1969-11-02", "Gg. Haji Naim 12", "", "", "Sawah"],
]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda _parent: path)


def recorder(opened: list[Path]) -> Callable[[Path], bool]:
    """Stands in for the system's "open with": remembers what the clerk asked to open."""

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    return open_file


def open_import(qtbot: QtBot, page: PeoplePage) -> ImportDialog:
    page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = page.import_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def counts(dialog: ImportDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.count_labels.items()}


def test_a_dry_run_then_the_real_import_with_its_report(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = write_csv(tmp_path / "warga.csv", GOOD + BAD)
    choose(monkeypatch, source)
    opened: list[Path] = []
    monkeypatch.setattr(import_dialog, "open_local_file", recorder(opened))

    dialog = open_import(qtbot, page)
    assert dialog.windowTitle() == "Impor data penduduk"
    assert dialog.dry_run_check.text() == "Coba dulu (tanpa menyimpan)"
    assert dialog.dry_run_check.isChecked()
    assert not dialog.start_button.isEnabled()  # no file yet
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(source)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)

    assert counts(dialog) == {
        "total_rows": "4",
        "imported": "2",
        "updated": "0",
        "unchanged": "0",
        "rejected": "2",
        "warnings": "0",
        "other_kelurahan": "0",
    }
    assert dialog.status_label.text().startswith("Percobaan selesai: tidak ada yang disimpan.")
    assert services.people.find_by_nik(actor=ctx.actor, nik=GOOD[0][0]) is None
    assert dialog.import_now_button.isVisible()
    assert dialog.import_now_button.text() == "Impor sekarang"

    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert dialog.report_button.text() == "Buka laporan"
    assert len(opened) == 1
    report = openpyxl.load_workbook(opened[0], read_only=True)
    lines = list(report["Baris"].iter_rows(min_row=2, values_only=True))
    rejected = {line[2]: line[5] for line in lines if line[3] == "ditolak"}
    assert len(rejected) == 2
    assert "NIK Pendek" in rejected
    assert any("16 angka" in str(reason) for reason in rejected.values())
    report.close()

    qtbot.mouseClick(dialog.import_now_button, Qt.MouseButton.LeftButton)
    result = dialog.import_result
    qtbot.waitUntil(lambda: dialog.import_result is not None and dialog.import_result is not result)
    real = dialog.import_result
    assert real is not None
    assert not real.dry_run
    assert counts(dialog)["imported"] == "2"
    assert dialog.status_label.text() == "Impor selesai."
    assert not dialog.import_now_button.isVisible()
    stored = services.people.find_by_nik(actor=ctx.actor, nik=GOOD[1][0])
    assert stored is not None
    assert stored.full_name == "Siti <Aminah> & Co"
    # The bus carried the change: the table shows the new people without being asked.
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    dialog.close()


def test_an_xlsx_file_imports_for_real_when_the_trial_box_is_cleared(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose(monkeypatch, write_xlsx(tmp_path / "warga.xlsx", GOOD))
    dialog = page.start_import()
    dialog.choose_file()
    dialog.dry_run_check.setChecked(False)
    progress: list[tuple[int, int]] = []
    dialog.progress.bar.valueChanged.connect(
        lambda value: progress.append((value, dialog.progress.bar.maximum()))
    )
    dialog.start()
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    assert counts(dialog)["imported"] == "2"
    assert services.people.find_by_nik(actor=ctx.actor, nik=GOOD[0][0]) is not None
    assert progress[-1] == (2, 2)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_a_refused_file_names_the_missing_columns_and_stores_nothing(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    header = ["NIK", "JENIS_KELAMIN", "TANGGAL_LAHIR", "KELURAHAN"]
    source = write_csv(tmp_path / "kurang.csv", [["3674041403780001", "L", "1978-03-14", "Sawah"]], header)
    choose(monkeypatch, source)
    dialog = page.start_import()
    dialog.choose_file()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running)
    message = dialog.status_label.text()
    assert message.startswith("Kolom wajib tidak ditemukan: NAMA, ALAMAT.")
    assert ERROR_COLOR in dialog.status_label.styleSheet()
    assert not dialog.counts.isVisible()
    assert dialog.start_button.isEnabled()  # the clerk may fix the file and try again
    assert services.people.find_by_nik(actor=ctx.actor, nik="3674041403780001") is None


def test_cancelling_an_import_stores_nothing(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    many = [
        [
            f"367404{day:02d}0190{number:04d}",
            "",
            f"Warga {number}",
            "L",
            f"1990-01-{day:02d}",
            "Jl. A",
            "",
            "",
            "Sawah",
        ]
        for number in range(1, 3001)
        for day in [number % 28 + 1]
    ]
    choose(monkeypatch, write_csv(tmp_path / "banyak.csv", many))
    dialog = page.start_import()
    dialog.choose_file()
    dialog.dry_run_check.setChecked(False)
    dialog.start()
    assert dialog.progress.cancel_button.text() == "Batalkan"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while running stops the import, not the window
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    result = dialog.import_result
    assert result is not None
    assert result.cancelled
    assert dialog.status_label.text() == "Dihentikan. Tidak ada yang disimpan."
    assert services.people.find_by_nik(actor=ctx.actor, nik=many[0][0]) is None


@pytest.mark.parametrize(("username", "suffix"), [("spv", ".xlsx"), ("admin", ".csv")])
def test_a_supervisor_exports_and_is_told_where_the_file_is(
    qtbot: QtBot,
    role_ctx: MakeContext,
    services: Services,
    siti: PersonDetail,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    username: str,
    suffix: str,
) -> None:
    target = tmp_path / f"penduduk{suffix}"
    monkeypatch.setattr(people_page, "choose_export_file", lambda _parent: target)
    opened: list[Path] = []
    monkeypatch.setattr(export_dialog, "open_local_file", recorder(opened))
    page = open_page(qtbot, role_ctx(username))
    assert page.export_button.isEnabled()
    page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = page.export_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.export_result is not None)
    assert dialog.status_label.text() == f"Data 1 orang ditulis ke:\n{target}"
    assert dialog.caution.text().startswith("Berkas ini berisi data pribadi")

    if suffix == ".xlsx":
        workbook = openpyxl.load_workbook(target, read_only=True)
        rows = list(workbook.active.iter_rows(values_only=True))
        workbook.close()
    else:
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = [tuple(row) for row in csv.reader(handle)]
    assert rows[0][:3] == ("NIK", "NO_KK", "NAMA")
    assert rows[1][:3] == (siti.nik, siti.kk_number, "Siti Aminah")
    assert len(rows) == 2

    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]
    dialog.close()


def test_an_operator_sees_no_export(
    qtbot: QtBot, role_ctx: MakeContext, siti: PersonDetail, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(_parent: object) -> Path:
        raise AssertionError("an operator must not be asked where to export")

    monkeypatch.setattr(people_page, "choose_export_file", never)
    page = open_page(qtbot, role_ctx("ops"))
    assert not page.export_button.isEnabled()
    assert (
        page.export_button.toolTip()
        == "Hanya supervisor dan administrator yang boleh mengekspor data penduduk"
    )
    page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.start_export() is None
    assert page.export_dialog is None
