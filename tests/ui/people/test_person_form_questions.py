# mypy: disable-error-code="no-untyped-call"
"""The person form at 1366x768 and 1280x720: the red list follows the fixes, and saving a look-alike or a
sex the NIK contradicts asks first (Ya/Tidak)."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.people.test_person_dialog import count_people, new_dialog, type_person
from tests.ui.waiting import closed, settle

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

SCREENS = [(1366, 768), (1280, 720)]


class Answers:
    """Messages.confirm replaced: records each question and answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str, str]] = []

    def __call__(self, _parent: object, title: str, text: str, *, yes: str, no: str) -> bool:
        self.asked.append((title, text, yes, no))
        return self.answer


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers(False)
    monkeypatch.setattr(Messages, "confirm", found)
    return found


def sized_dialog(qtbot: QtBot, page: PeoplePage, screen: tuple[int, int]) -> PersonDialog:
    dialog = new_dialog(qtbot, page)
    # The dialog as it fits on that screen (less the taskbar and its title bar).
    dialog.resize(min(dialog.width(), screen[0] - 16), min(dialog.height(), screen[1] - 80))
    return dialog


def complete_person(qtbot: QtBot, dialog: PersonDialog, **values: str) -> None:
    fields = {
        "nik": "3674045708850001",
        "kk": "3674041203150002",
        "name": "Siti Aminah",
        "sex": "P",
        "place": "Jakarta",
        "date": "17-08-1985",
        "address": "Jl. Mawar No. 5",
        "rt": "3",
        "rw": "12",
        "phone": "081234567890",
    }
    fields.update(values)
    type_person(qtbot, dialog, **fields)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_red_list_shrinks_as_fields_are_fixed_and_goes(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, screen: tuple[int, int]
) -> None:
    dialog = sized_dialog(qtbot, page, screen)
    complete_person(qtbot, dialog, nik="367404570885000", date="17-08-19")
    dialog.save()
    settle(qtbot, page._ctx)
    errors = dialog.error_label.text()
    assert "NIK harus 16 angka" in errors
    assert errors.count("•") == 2
    qtbot.keyClicks(dialog.form.nik_edit, "1")
    assert dialog.error_label.isVisible()
    assert "NIK harus 16 angka" not in dialog.error_label.text()
    assert dialog.error_label.text().count("•") == 1
    dialog.form.birth_date_edit.setFocus()
    qtbot.keyClicks(dialog.form.birth_date_edit, "85")
    assert dialog.error_label.isHidden()
    assert dialog.error_label.text() == ""
    assert count_people(services, ctx) == 0


@pytest.mark.parametrize("screen", SCREENS)
def test_a_sex_the_nik_contradicts_is_asked_about_before_saving(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    ctx: UiContext,
    answers: Answers,
    screen: tuple[int, int],
) -> None:
    dialog = sized_dialog(qtbot, page, screen)
    # Day 57 in the NIK: a woman (17 + 40), typed as a man.
    complete_person(qtbot, dialog, sex="L")
    qtbot.keyClick(dialog.form.phone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    settle(qtbot, page._ctx)
    title, text, yes, no = answers.asked[0]
    assert (title, yes, no) == ("Tetap simpan?", "Ya", "Tidak")
    assert "NIK menunjukkan jenis kelamin Perempuan, yang diisi Laki-laki" in text
    assert dialog.isVisible()
    assert dialog.notice_label.text().startswith("Belum disimpan.")
    assert count_people(services, ctx) == 0
    answers.answer = True
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog))
    stored = services.people.find_by_nik(actor=ctx.actor, nik="3674045708850001")
    assert stored is not None
    assert stored.sex.value == "L"
    assert len(answers.asked) == 2


@pytest.mark.parametrize("screen", SCREENS)
def test_a_look_alike_born_the_same_day_is_asked_about_before_saving(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    ctx: UiContext,
    siti: PersonDetail,
    answers: Answers,
    screen: tuple[int, int],
) -> None:
    dialog = sized_dialog(qtbot, page, screen)
    complete_person(qtbot, dialog, nik="3674045708850002", name="Siti Aminaa")
    dialog.save()
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    settle(qtbot, page._ctx)
    text = answers.asked[0][1]
    assert "Siti Aminah (NIK 3674045708850001, lahir 17 Agustus 1985)" in text
    assert "apakah ini orang yang sama?" in text
    assert count_people(services, ctx) == 1
    # Not saved: the look-alike is offered to open instead.
    assert [c.id for c in dialog.duplicates.candidates] == [siti.id]
    answers.answer = True
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog))
    assert count_people(services, ctx) == 2


def test_an_unchanged_record_is_saved_without_questions(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, answers: Answers
) -> None:
    from tests.conftest import make_draft

    detail, _ = services.people.register(actor=ctx.actor, draft=make_draft(sex="L"))
    dialog = page.open_person(detail.id)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    settle(qtbot, page._ctx)
    dialog.form.address_edit.setText("Jl. Melati No. 9")
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog))
    assert answers.asked == []
    stored = services.people.get(actor=ctx.actor, person_id=detail.id)
    assert stored.address == "Jl. Melati No. 9"
