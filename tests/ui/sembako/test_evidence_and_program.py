# mypy: disable-error-code="no-untyped-call"
"""Evidence letters through their tab, and Sembako through the program seam: Beranda's figures, the person
page's section (what the family received), Cetak's button."""

import calendar
from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.sembako.round_rules import Proxy
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.home_page import HomePage
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.printing.print_page import PrintPage
from tangsel_desktop.ui.sembako.sembako_history import SembakoHistorySection
from tangsel_desktop.ui.sembako.sembako_page import SembakoPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import make_draft
from tests.ui.sembako.conftest import Running

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_an_operator_records_a_letter_and_sees_whose_letter_ends_this_month(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services
) -> None:
    services.people.register(actor=operator, draft=make_draft(nik="3674045708850077", full_name="Ani Batuk"))
    page = open_page(operator)
    page.tabs.setCurrentWidget(page.evidence_tab)
    tab = page.evidence_tab
    qtbot.waitUntil(
        lambda: tab.ending_title.text().startswith("Surat yang berakhir bulan ini: 0"), timeout=10_000
    )
    tab.nik_field.setText("3674045708850077")
    tab.category_combo.setCurrentIndex(tab.category_combo.findData("tbc"))
    tab.from_field.setText("01-06-2026")
    tab.record_button.click()
    qtbot.waitUntil(tab.letter_message.isVisible, timeout=10_000)
    assert "surat" in tab.letter_message.text().lower()  # the document is missing: refused, nothing written
    person = services.people.find_by_nik(actor=operator, nik="3674045708850077")
    assert person is not None
    assert services.sembako_evidence.of_person(actor=operator, person_id=person.id) == []
    today = date.today()
    last = date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    tab.document_field.setText("TB-12/PKM Ciputat")
    tab.until_field.setText(f"{last:%d-%m-%Y}")
    tab.record_button.click()
    qtbot.waitUntil(lambda: "dicatat" in tab.letter_message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.ending_model.rowCount() == 1, timeout=10_000)
    assert tab.ending_model.text(0, 3) == "Ani Batuk"
    assert tab.ending_model.text(0, 5) == "TB-12/PKM Ciputat"
    (letter,) = services.sembako_evidence.of_person(actor=operator, person_id=person.id)
    assert (letter.valid_from, letter.valid_until) == (date(2026, 6, 1), last)


def test_beranda_shows_the_running_round_and_the_person_page_what_the_family_received(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], operator: Actor, services: Services,
    running: Running,
) -> None:  # fmt: skip
    handed, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=running.round.id, who=Who(nik=running.village.sari),
        proxy=Proxy("Wati Tetangga", "", "tetangga"),
    )  # fmt: skip
    ctx = make_ctx(operator)
    assert [parts.code for parts in ctx.programs] == ["jamsosnaker", "sembako", "pelatihan"]
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: "sembako" in home.glances and not home.is_loading(), timeout=10_000)
    cards = home.program_cards["sembako"]
    shown = {key: cards[key].value.text() for key in ("rounds", "planned", "handed_over", "on_hand")}
    assert shown == {"rounds": "1", "planned": "3", "handed_over": "1", "on_hand": "4"}

    # The stunted child's page shows the family's package: the round, when, who collected, the receipt.
    child = services.people.find_by_nik(actor=operator, nik=running.village.sari_child)
    assert child is not None
    dialog = PersonDialog(ctx, child.id)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.program_sections["sembako"]
    assert isinstance(section, SembakoHistorySection)
    qtbot.waitUntil(lambda: len(section.entries) == 1 and section.isVisible(), timeout=10_000)
    title, outcome = section.entries[0]
    assert title == "Sembako November 2026 (2026-11)"
    assert "oleh Wati Tetangga (tetangga) mewakili keluarga; petugas OPS" in outcome
    assert outcome.endswith(f"tanda terima {handed.receipt_number}.")
    # Someone on no list: the section stays hidden.
    other = services.people.find_by_nik(actor=operator, nik=running.village.moved_away)
    assert other is not None
    dialog.load_person(other.id)
    qtbot.waitUntil(lambda: section.rounds == [] and not section.isVisible(), timeout=10_000)
    dialog.close()


def test_cetak_offers_the_families_on_the_running_list(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], supervisor: Actor, running: Running
) -> None:
    page = PrintPage(make_ctx(supervisor))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    selection = page.cards.selection
    button = selection.program_buttons["sembako"]
    assert button.text() == "Penerima &Sembako"
    assert "putaran sembako yang berjalan" in button.toolTip()
    button.click()
    qtbot.waitUntil(lambda: selection.chosen.rowCount() == 4, timeout=10_000)
    village = running.village
    expected = {village.sari, village.sari_child, village.tb, village.blind}
    assert {person.nik for person in selection.chosen.rows} == expected


def test_an_operator_finds_a_persons_letters_by_nik_and_withdraws_one_with_a_reason(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services
) -> None:
    services.people.register(actor=operator, draft=make_draft(nik="3674045708850078", full_name="Budi Batuk"))
    wrong, _ = services.sembako_evidence.add(
        actor=operator, nik="3674045708850078", category="tbc", document="salah catat",
        valid_from=date(2026, 6, 1), valid_until=date(2026, 12, 31),
    )  # fmt: skip
    page = open_page(operator)
    page.tabs.setCurrentWidget(page.evidence_tab)
    tab = page.evidence_tab
    tab.nik_field.setText("3674045708850078")
    tab.letters_button.click()
    qtbot.waitUntil(lambda: tab.ending_title.text() == "Surat Budi Batuk: 1", timeout=10_000)
    tab.revoke_button.click()  # nothing selected: said so, nothing withdrawn
    assert tab.list_message.text() == "Pilih dulu surat yang akan dicabut di tabel."
    tab.ending_view.selectRow(0)
    tab.revoke_button.click()  # no reason: refused by the service
    qtbot.waitUntil(lambda: "alasan" in tab.list_message.text().lower(), timeout=10_000)
    assert not services.sembako_evidence.of_nik(actor=operator, nik="3674045708850078")[0].revoked
    tab.revoke_reason_field.setText("salah catat, bukan pasien TBC")
    tab.revoke_button.click()
    qtbot.waitUntil(lambda: "dicabut" in tab.list_message.text(), timeout=10_000)
    (letter,) = services.sembako_evidence.of_nik(actor=operator, nik="3674045708850078")
    assert letter.id == wrong.id
    assert letter.revoked
    qtbot.waitUntil(lambda: "(dicabut)" in tab.ending_model.text(0, 1), timeout=10_000)
    tab.ending_view.selectRow(0)
    tab.revoke_button.click()
    assert tab.list_message.text() == "Surat itu sudah dicabut."
    tab.ending_button.click()
    qtbot.waitUntil(
        lambda: tab.ending_title.text().startswith("Surat yang berakhir bulan ini"), timeout=10_000
    )
