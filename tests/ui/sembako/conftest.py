"""The Sembako area on a real store: a small village, an approved round with stock, a printed card's QR."""

import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.sembako.sembako_page import SembakoPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.services.sembako_fixtures import Village, build_village, make_round

WIDTH, HEIGHT = 1366, 768


@dataclass(frozen=True)
class Running:
    round: RoundView
    village: Village
    card_payload: str  # the QR payload printed on Joko Netra's card


@pytest.fixture
def village(services: Services, operator: Actor) -> Village:
    return build_village(services, operator)


@pytest.fixture
def running(
    services: Services, operator: Actor, supervisor: Actor, village: Village, tmp_path: Path
) -> Running:
    """An approved round listing three families, five packages received, and a card printed for one."""
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    services.sembako_stock.receive(
        actor=supervisor, round_id=view.id, count=5, bast="BAST/DINSOS/2026/11/001"
    )
    person = services.people.find_by_nik(actor=operator, nik=village.blind)
    assert person is not None
    result, _ = services.documents.print_cards(
        actor=supervisor, person_ids=[person.id], target=tmp_path / "kartu.pdf"
    )
    with services.database.read() as tx:
        registered = tx.session.execute(
            text("SELECT payload FROM document_register WHERE number = :n"), {"n": result.numbers[0]}
        ).scalar_one()
    # What the desk's scanner would read: the QR code of the printed card, decoded from the page.
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "300",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "kartu.pdf"),
            str(tmp_path / "card"),
        ],
        check=True,
    )
    (image,) = tmp_path.glob("card*.png")
    scanned = subprocess.run(
        ["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, check=True
    )
    payload = next(line for line in scanned.stdout.splitlines() if line.startswith("TS1*"))
    assert payload == registered
    return Running(services.sembako_rounds.round(actor=operator, round_id=view.id), village, payload)


@pytest.fixture
def open_page(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext]
) -> Iterator[Callable[[Actor], SembakoPage]]:
    pages: list[SembakoPage] = []

    def open_for(actor: Actor) -> SembakoPage:
        page = SembakoPage(make_ctx(actor))
        qtbot.addWidget(page)
        page.resize(WIDTH - 200, HEIGHT - 60)  # the window's navigation and status bar take the rest
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: not page.chooser.loading, timeout=10_000)
        pages.append(page)
        return page

    yield open_for
    for page in pages:
        for tab in (page.desk_tab, page.stock_tab, page.reports_tab):
            if tab.preview is not None:
                tab.preview.reject()
