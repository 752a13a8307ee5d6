# mypy: disable-error-code="no-untyped-call"
"""The Pelatihan area replaces its placeholder; a supervisor adds a training and a batch through the forms;
participants are proposed, selected up to the quota (the refusal shown), withdrawn; roles gate the buttons."""

import functools
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.training.participation import ParticipantStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.areas import shell_areas
from tangsel_desktop.ui.training.training_page import TrainingPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.services.training_fixtures import ANI, DEWI, RICH, SITI

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ONLY_SUPERVISORS = "Hanya supervisor dan administrator yang boleh melakukan ini"


def test_the_area_opens_the_training_page(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], operator: Actor
) -> None:
    (area,) = [area for area in shell_areas() if area.key == "training"]
    assert area.title == "Pelatihan"
    holder = QWidget()
    qtbot.addWidget(holder)
    page = area.make_page(make_ctx(operator), holder)
    assert isinstance(page, TrainingPage)
    assert [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())] == [
        "Pelatihan dan angkatan", "Peserta", "Kehadiran", "Hasil dan sertifikat", "Paket, magang, pemantauan",
    ]  # fmt: skip


def test_a_supervisor_adds_a_training_and_a_batch(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], supervisor: Actor, services: Services
) -> None:
    page = open_page(supervisor)
    tab = page.courses_tab
    assert page.chooser.combo.count() == 0
    tab.name_field.setText("Pelatihan Pijat Tunanetra")
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("bnsp"))
    tab.jp_field.setText("40")
    tab.min_field.setText("80")
    tab.disability_field.setText("netra")
    tab.add_training_button.click()
    qtbot.waitUntil(tab.training_message.isVisible, timeout=10_000)
    # A BNSP course without its LSP is refused, with what to fix; nothing is written.
    assert "LSP" in tab.training_message.text()
    assert services.training_courses.trainings(actor=supervisor) == []
    tab.lsp_field.setText("LSP Pijat Indonesia")
    tab.scheme_field.setText("Pijat Refleksi")
    tab.add_training_button.click()
    qtbot.waitUntil(lambda: tab.trainings_model.rowCount() == 1, timeout=10_000)
    (training,) = services.training_courses.trainings(actor=supervisor)
    assert (training.kind.value, training.total_jp, training.lsp) == ("bnsp", 40, "LSP Pijat Indonesia")
    assert "netra" in tab.trainings_model.text(0, 4)

    qtbot.waitUntil(lambda: tab.training_combo.count() == 1, timeout=10_000)
    tab.start_field.setText("07-12-2026")
    tab.end_field.setText("11-12-2026")
    tab.sessions_field.setText("07-12-2026:8, 08-12-2026:8, 09-12-2026:8, 10-12-2026:8, 11-12-2026:8")
    tab.place_field.setText("Panti Sosial Bina Netra")
    tab.quota_field.setText("abc")
    tab.add_batch_button.click()
    qtbot.waitUntil(tab.batch_message.isVisible, timeout=10_000)
    assert "Kuota" in tab.batch_message.text()
    tab.quota_field.setText("20")
    tab.trainers_field.setText("Pak Budi, Bu Sri")
    tab.add_batch_button.click()
    qtbot.waitUntil(lambda: page.chooser.combo.count() == 1, timeout=10_000)
    (batch,) = services.training_courses.batches(actor=supervisor)
    assert (batch.quota, batch.total_jp, len(batch.sessions)) == (20, 40, 5)
    assert batch.trainers == "Pak Budi, Bu Sri"
    assert page.chooser.current() == batch
    assert "Angkatan 1" in page.chooser.combo.currentText()


def test_participants_are_proposed_and_selected_up_to_the_quota(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], supervisor: Actor, services: Services,
    course: BatchView,
) -> None:  # fmt: skip
    page = open_page(supervisor)
    page.tabs.setCurrentWidget(page.participants_tab)
    tab = page.participants_tab
    qtbot.waitUntil(lambda: tab.candidates_model.rowCount() > 0, timeout=10_000)
    names = {
        tab.candidates_model.text(row, 0): tab.candidates_model.text(row, 4)
        for row in range(tab.candidates_model.rowCount())
    }
    assert names["Siti Aminah"] == "desil 2"
    assert "Rudi Kaya" not in names or "desil" in names["Rudi Kaya"]
    # The well-off resident is refused with the rule's reason; nothing is written.
    tab.nik_field.setText(RICH)
    tab.enroll_button.click()
    qtbot.waitUntil(tab.message.isVisible, timeout=10_000)
    assert "desil" in tab.message.text()

    def on_batch() -> set[str]:
        return {tab.participants_model.text(r, 1) for r in range(tab.participants_model.rowCount())}

    for count, number in enumerate((SITI, ANI, DEWI), start=1):
        tab.nik_field.setText(number)
        tab.enroll_button.click()
        qtbot.waitUntil(functools.partial(lambda wanted: len(on_batch()) == wanted, count), timeout=10_000)
    assert on_batch() == {SITI, ANI, DEWI}
    for number in (SITI, ANI):
        tab.nik_field.setText(number)
        tab.select_button.click()
        qtbot.waitUntil(lambda: "terpilih" in tab.message.text(), timeout=10_000)
        tab.message.clear_message()
    qtbot.waitUntil(lambda: tab.counts.text().startswith("Kuota 2: 2 terpilih"), timeout=10_000)
    # The third is refused: the quota is full, and the screen says so.
    tab.nik_field.setText(DEWI)
    tab.select_button.click()
    qtbot.waitUntil(lambda: "kuota" in tab.message.text().lower(), timeout=10_000)
    statuses = {
        p.nik: p.status
        for p in services.training_participants.participants(actor=supervisor, batch_id=course.id)
    }
    assert statuses == {
        SITI: ParticipantStatus.SELECTED,
        ANI: ParticipantStatus.SELECTED,
        DEWI: ParticipantStatus.PROPOSED,
    }
    tab.message.clear_message()
    tab.wait_button.click()
    qtbot.waitUntil(lambda: tab.message.text() == "Dewi Sartika: daftar tunggu.", timeout=10_000)
    # Ani withdraws with a reason; Dewi is named as next on the waiting list.
    tab.nik_field.setText(ANI)
    tab.withdraw_button.click()
    qtbot.waitUntil(lambda: "alasan" in tab.message.text().lower(), timeout=10_000)
    tab.reason_field.setText("pindah kerja")
    tab.withdraw_button.click()
    qtbot.waitUntil(lambda: "Dewi Sartika" in tab.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "1 terpilih, 1 daftar tunggu" in tab.counts.text(), timeout=10_000)


def test_an_operator_sees_what_only_a_supervisor_may_do_greyed_out(
    open_page: Callable[[Actor], TrainingPage], operator: Actor, course: BatchView
) -> None:
    page = open_page(operator)
    gated = (
        page.courses_tab.add_training_button,
        page.courses_tab.add_batch_button,
        page.participants_tab.select_button,
        page.participants_tab.wait_button,
        page.outcomes_tab.result_button,
        page.outcomes_tab.print_button,
        page.outcomes_tab.report_pdf_button,
        page.outcomes_tab.report_xlsx_button,
        page.aftercare_tab.kit_button,
        page.aftercare_tab.receipts_button,
        page.aftercare_tab.intern_button,
    )
    for button in gated:
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == ONLY_SUPERVISORS
    for button in (page.participants_tab.enroll_button, page.participants_tab.withdraw_button,
                   page.attendance_tab.sheet_button, page.aftercare_tab.follow_button):  # fmt: skip
        assert button.isEnabled()
