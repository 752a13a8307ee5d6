# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The person form typed as a clerk types it: live NIK checks, saving with Enter, twins refused."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.enums import OfficeKind
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.people import person_dialog
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.style import ERROR_COLOR
from tests.conftest import make_draft
from tests.ui.people.conftest import MakeContext, open_page
from tests.ui.waiting import closed, settle

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def type_person(qtbot: QtBot, dialog: PersonDialog, **values: str) -> None:
    """Type into the form field by field, as the keyboard would."""
    form = dialog.form
    fields = {
        "nik": form.nik_edit,
        "kk": form.kk_edit,
        "name": form.name_edit,
        "place": form.birth_place_edit,
        "date": form.birth_date_edit,
        "address": form.address_edit,
        "rt": form.rt_edit,
        "rw": form.rw_edit,
        "phone": form.phone_edit,
    }
    for key, text in values.items():
        if key == "sex":
            form.sex_combo.setFocus()
            qtbot.keyClicks(form.sex_combo, text)
        else:
            fields[key].setFocus()
            qtbot.keyClicks(fields[key], text)


def new_dialog(qtbot: QtBot, page: PeoplePage) -> PersonDialog:
    dialog = page.add_person()
    qtbot.waitExposed(dialog)
    return dialog


def count_people(services: Services, ctx: UiContext) -> int:
    return len(services.people.page(actor=ctx.actor, limit=1000))


def test_a_clerk_types_a_new_person_sees_the_nik_warning_and_saves_with_enter(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext
) -> None:
    dialog = new_dialog(qtbot, page)
    assert dialog.save_button.text() == "Simpan"
    assert dialog.cancel_button.text() == "Batal"
    type_person(
        qtbot,
        dialog,
        nik="3674045708850001",
        kk="3674041203150002",
        name="Siti Aminah",
        sex="P",
        place="Jakarta",
        date="18-08-1985",  # the NIK says 17 August
        address="Jl. Mawar No. 5",
        rt="3",
        rw="12",
        phone="081234567890",
    )
    status = dialog.form.nik_status
    assert status.isVisible()
    assert status.text().startswith("Tanggal lahir di NIK (17-08-85) berbeda")
    assert ERROR_COLOR not in status.styleSheet()  # amber, not the red of an error
    assert dialog.form.birth_date_hint.text() == "18 Agustus 1985"

    qtbot.keyClick(dialog.form.phone_edit, Qt.Key.Key_Return)  # a warning never blocks saving
    settle(qtbot, page._ctx)
    assert closed(dialog)
    stored = services.people.find_by_nik(actor=ctx.actor, nik="3674045708850001")
    assert stored is not None
    assert (stored.full_name, stored.birth_date.isoformat(), stored.sex.value) == (
        "Siti Aminah",
        "1985-08-18",
        "P",
    )
    assert (stored.kk_number, stored.rt, stored.rw, stored.kelurahan_code) == (
        "3674041203150002",
        "003",
        "012",
        "36.74.04.1004",
    )
    assert stored.is_head
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.selected_person_id() == stored.id


def test_fifteen_digits_show_the_red_message_and_nothing_is_stored(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext
) -> None:
    dialog = new_dialog(qtbot, page)
    type_person(
        qtbot,
        dialog,
        nik="367404570885000",
        name="Siti Aminah",
        sex="P",
        date="17-08-1985",
        address="Jl. Mawar No. 5",
    )
    status = dialog.form.nik_status
    assert status.text() == "NIK harus 16 angka, yang diisi 15 angka. Cocokkan lagi dengan KTP/KK."
    assert ERROR_COLOR in status.styleSheet()
    qtbot.keyClick(dialog.form.address_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "NIK harus 16 angka" in dialog.error_label.text()
    assert count_people(services, ctx) == 0
    assert dialog.form.name_edit.text() == "Siti Aminah"  # what was typed stays for fixing


def test_a_name_with_markup_characters_is_stored_and_shown_exactly(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext
) -> None:
    name = "Siti <b>Aminah</b> & 'Ani' \"Putri\""
    dialog = new_dialog(qtbot, page)
    type_person(
        qtbot,
        dialog,
        nik="3674045708850001",
        kk="3674041203150002",
        name=name,
        sex="P",
        date="17-08-1985",
        address="Jl. <Mawar> & Melati",
    )
    qtbot.keyClick(dialog.form.address_edit, Qt.Key.Key_Enter)
    settle(qtbot, page._ctx)
    stored = services.people.find_by_nik(actor=ctx.actor, nik="3674045708850001")
    assert stored is not None
    assert stored.full_name == name
    assert stored.address == "Jl. <Mawar> & Melati"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == name

    opened = page.open_person(stored.id)
    settle(qtbot, page._ctx)
    assert opened.windowTitle() == f"Penduduk: {name}"
    assert opened.form.name_edit.text() == name
    member = opened.household.members.item(0, 0)
    assert member is not None
    assert member.text() == name
    # Every label that can carry user data refuses to read it as rich text.
    for label in opened.findChildren(QLabel):
        if name in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    opened.reject()

    twin = new_dialog(qtbot, page)
    type_person(qtbot, twin, name=name, date="17-08-1985")
    twin.check_duplicates()
    settle(qtbot, page._ctx)
    assert [c.full_name for c in twin.duplicates.candidates] == [name]
    shown = [label for label in twin.duplicates.findChildren(QLabel) if name in label.text()]
    assert shown
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    assert shown[0].text().splitlines()[0] == name
    twin.reject()


def test_typing_a_registered_nik_offers_the_existing_person(
    qtbot: QtBot, page: PeoplePage, siti: PersonDetail
) -> None:
    dialog = new_dialog(qtbot, page)
    type_person(qtbot, dialog, nik="3674 0457 0885 0001")
    button = dialog.form.nik_holder_button
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Buka data Siti Aminah"
    assert dialog.form.nik_status.text().startswith("NIK ini sudah terdaftar atas nama Siti Aminah.")
    assert [c.id for c in dialog.duplicates.candidates] == [siti.id]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert dialog.detail is not None
    assert dialog.detail.id == siti.id
    assert dialog.notice_label.isVisible()
    assert dialog.form.name_edit.text() == "Siti Aminah"
    assert dialog.household.isVisible()
    assert not dialog.duplicates.isVisible()


def test_saving_a_registered_nik_leads_to_the_existing_person_not_a_twin(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, siti: PersonDetail
) -> None:
    dialog = new_dialog(qtbot, page)
    type_person(
        qtbot,
        dialog,
        nik="3674045708850001",
        name="Siti Aminah Binti",
        sex="P",
        date="17-08-1985",
        address="Jl. Kenanga 1",
    )
    qtbot.keyClick(dialog.form.address_edit, Qt.Key.Key_Return)  # before the live check ran
    settle(qtbot, page._ctx)
    assert dialog.isVisible()
    assert dialog.detail is not None
    assert dialog.detail.id == siti.id
    assert "sudah terdaftar atas nama Siti Aminah" in dialog.notice_label.text()
    assert dialog.form.address_edit.text() == "Jl. Mawar No. 5"  # the stored record, untouched
    assert count_people(services, ctx) == 1


def test_a_close_name_born_the_same_day_is_listed_with_an_open_button(
    qtbot: QtBot, page: PeoplePage, siti: PersonDetail
) -> None:
    dialog = new_dialog(qtbot, page)
    type_person(qtbot, dialog, name="Siti Aminaa", date="17-08-1985")
    qtbot.waitUntil(lambda: len(dialog.duplicates.candidates) == 1)
    assert dialog.duplicates.candidates[0].reason == "nama mirip, tanggal lahir sama"
    buttons = dialog.duplicates.open_buttons()
    assert [b.text() for b in buttons] == ["Buka"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert dialog.detail is not None
    assert dialog.detail.id == siti.id


def test_escape_cancels_and_stores_nothing(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext
) -> None:
    dialog = new_dialog(qtbot, page)
    type_person(
        qtbot, dialog, nik="3674045708850001", name="Siti", sex="P", date="17-08-1985", address="Jl. Mawar"
    )
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Escape)
    assert closed(dialog)
    assert count_people(services, ctx) == 0


def test_editing_saves_changes_and_service_errors_show_inline(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, siti: PersonDetail
) -> None:
    other, _ = services.people.register(
        actor=ctx.actor,
        draft=make_draft(nik="3674041203900002", full_name="Budi", sex="L", birth_date="1990-03-12"),
    )
    dialog = page.open_person(siti.id)
    settle(qtbot, page._ctx)
    dialog.form.name_edit.clear()
    qtbot.keyClicks(dialog.form.name_edit, "Siti Aminah Lestari")
    dialog.form.occupation_combo.setFocus()
    occupation = dialog.form.occupation_combo.lineEdit()
    assert occupation is not None
    occupation.selectAll()
    qtbot.keyClicks(dialog.form.occupation_combo, "Tukang sapu")
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    assert closed(dialog)
    changed = services.people.get(actor=ctx.actor, person_id=siti.id)
    assert (changed.full_name, changed.occupation) == ("Siti Aminah Lestari", "Tukang sapu")

    dialog = page.open_person(siti.id)
    settle(qtbot, page._ctx)
    dialog.form.nik_edit.clear()
    qtbot.keyClicks(dialog.form.nik_edit, other.nik)
    dialog.form.sex_combo.setCurrentIndex(1)
    dialog.form.birth_date_edit.setText("12-03-1990")
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    assert dialog.isVisible()
    assert "sudah terdaftar atas nama Budi" in dialog.error_label.text()
    assert services.people.get(actor=ctx.actor, person_id=siti.id).nik == siti.nik
    dialog.reject()


def test_an_operator_cannot_delete(
    qtbot: QtBot,
    role_ctx: MakeContext,
    siti: PersonDetail,
) -> None:
    page = open_page(qtbot, role_ctx("ops"))
    dialog = page.open_person(siti.id)
    settle(qtbot, page._ctx)
    assert dialog.delete_button.isVisible()
    assert not dialog.delete_button.isEnabled()
    dialog.reject()


def test_a_supervisor_deletes_with_a_reason(
    qtbot: QtBot,
    role_ctx: MakeContext,
    services: Services,
    siti: PersonDetail,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = role_ctx("spv")
    page = open_page(qtbot, ctx)
    asked: list[str] = []

    def answer(_parent: object, name: str) -> str:
        asked.append(name)
        return "data ganda"

    monkeypatch.setattr(person_dialog, "ask_delete_reason", answer)
    dialog = page.open_person(siti.id)
    settle(qtbot, page._ctx)
    assert dialog.delete_button.isEnabled()
    assert dialog.delete_button.text() == "Hapus…"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert asked == ["Siti Aminah"]
    assert closed(dialog)
    assert services.people.find_by_nik(actor=ctx.actor, nik=siti.nik) is None
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_the_central_office_chooses_the_kelurahan_itself(
    qtbot: QtBot, services: Services, ctx: UiContext
) -> None:
    dinsos = dataclasses.replace(
        ctx, office=OfficeView(code="DINSOS", kind=OfficeKind.DINSOS, name="Dinas Sosial")
    )
    dialog = PersonDialog(dinsos)
    settle(qtbot, dinsos)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dinsos)
    assert dialog.form.kelurahan_combo.currentText() == ""
    type_person(
        qtbot, dialog, nik="3674045708850001", name="Siti", sex="P", date="17-08-1985", address="Jl. A"
    )
    qtbot.keyClick(dialog.form.address_edit, Qt.Key.Key_Return)
    settle(qtbot, dinsos)
    assert "Kelurahan wajib diisi" in dialog.error_label.text()
    assert count_people(services, ctx) == 0

    # Part of the name brings up the match; Down and Enter take it.
    combo = dialog.form.kelurahan_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "ranji")
    completer = combo.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(qtbot, dinsos)
    assert combo.currentText() == "Pondok Ranji, Kec. Ciputat Timur"
    assert dialog.isVisible()  # choosing in the list did not save the form
    qtbot.keyClick(dialog.form.address_edit, Qt.Key.Key_Return)
    settle(qtbot, dinsos)
    stored = services.people.find_by_nik(actor=ctx.actor, nik="3674045708850001")
    assert stored is not None
    assert stored.kelurahan_code == "36.74.05.1002"


def test_an_older_spelling_of_the_kelurahan_is_understood(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext
) -> None:
    dialog = new_dialog(qtbot, page)
    type_person(
        qtbot, dialog, nik="3674045708850001", name="Siti", sex="P", date="17-08-1985", address="Jl. A"
    )
    dialog.form.kelurahan_combo.setEditText("")
    qtbot.keyClicks(dialog.form.kelurahan_combo, "Sawah Lama")
    qtbot.keyClick(dialog.form.address_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    stored = services.people.find_by_nik(actor=ctx.actor, nik="3674045708850001")
    assert stored is not None
    assert stored.kelurahan_code == "36.74.04.1004"  # Sawah Lama is now Sawah
