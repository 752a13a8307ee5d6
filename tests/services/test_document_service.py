"""Printing through DocumentService on a real store: numbers, no gaps, crashes, reprints, keys, roles.

The PDF renderer is a stand-in here (the register is under test, not the drawing); test_document_pdfs.py
prints through the real one.
"""

import math
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.documents.document_models import CardData, Issuer
from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.documents import document_register as document_register_module
from tangsel_desktop.services.documents.document_payload import QR_ALPHANUMERIC, DocumentKind
from tangsel_desktop.services.documents.document_service import DocumentService
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.integrity import check_store
from tests.conftest import HEAD_NAME, OFFICE_CONTACT, PASSWORD, make_draft
from tests.store_files import open_raw

ROOT = Path(__file__).resolve().parents[2]


class RenderStopped(Exception):
    """What a renderer raises when asked to cancel (card_layouts.RenderCancelled in the real one)."""


@dataclass
class FakeRenderer:
    """Writes the payloads one per line and remembers what it was given; can fail at a chosen card."""

    fail_at: int | None = None
    error: BaseException = field(default_factory=lambda: RuntimeError("printer driver exploded"))
    calls: list[tuple[list[CardData], Issuer, str]] = field(default_factory=list)

    def __call__(
        self,
        target: Path,
        cards: Sequence[CardData],
        issuer: Issuer,
        *,
        layout: str = "a4",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        self.calls.append((list(cards), issuer, layout))
        for done, _card in enumerate(cards, 1):
            if cancelled is not None and cancelled():
                raise RenderStopped
            if done == self.fail_at:
                raise self.error
            if progress is not None:
                progress(done, len(cards))
        target.write_text("\n".join(card.qr_payload or "" for card in cards), encoding="ascii")
        return math.ceil(len(cards) / 10)


@pytest.fixture
def renderer() -> FakeRenderer:
    return FakeRenderer()


@pytest.fixture
def documents(services: Services, renderer: FakeRenderer) -> DocumentService:
    return DocumentService(
        services.database, services.office, programs=services.programs, card_renderer=renderer
    )


@pytest.fixture
def people(services: Services, admin: Actor) -> list[str]:
    """120 synthetic residents of Kelurahan Sawah, by id in name order."""
    DemoService(services.database, services.office).fill(actor=admin, people=120, seed=7)
    return [row.id for row in services.documents.people_for_cards(actor=admin, limit=1000)]


def register_rows(services: Services) -> list[tuple[int, str, int, str, str, int]]:
    with open_raw(services.database.file) as connection:
        return connection.execute(
            "SELECT id, kind, seq, number, status, is_copy FROM document_register ORDER BY id"
        ).fetchall()


def seqs(services: Services) -> list[int]:
    return sorted(row[2] for row in register_rows(services) if not row[5])


def year_now() -> int:
    from tangsel_desktop.services.documents.document_numbers import document_year

    return document_year(datetime.now(UTC))


def test_cards_get_consecutive_numbers_in_the_default_format(
    services: Services, documents: DocumentService, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    result, summary = documents.print_cards(
        actor=supervisor, person_ids=people[:12], target=tmp_path / "k.pdf"
    )
    year = year_now()
    assert result.numbers == tuple(f"KPM/36.74.04.1004/{year}/{seq:06d}" for seq in range(1, 13))
    assert (result.documents, result.pages, result.path, result.cancelled) == (
        12,
        2,
        tmp_path / "k.pdf",
        False,
    )
    assert summary.touches(ChangeSummary.DOCUMENT)
    second, _ = documents.print_cards(actor=supervisor, person_ids=people[12:15], target=tmp_path / "k2.pdf")
    assert [number[-6:] for number in second.numbers] == ["000013", "000014", "000015"]
    assert {row[4] for row in register_rows(services)} == {"printed"}


def test_the_sequence_restarts_each_year_and_runs_per_kind(
    services: Services,
    documents: DocumentService,
    supervisor: Actor,
    people: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = document_register_module
    monkeypatch.setattr(register, "utc_now", lambda: datetime(2025, 12, 31, 16, 0, tzinfo=UTC))
    late, _ = documents.print_cards(actor=supervisor, person_ids=people[:3], target=tmp_path / "a.pdf")
    assert late.numbers[-1] == "KPM/36.74.04.1004/2025/000003"
    # 17:00 UTC on 31 December is midnight in Tangerang Selatan: the new year's numbers start at 1.
    monkeypatch.setattr(register, "utc_now", lambda: datetime(2025, 12, 31, 17, 0, tzinfo=UTC))
    early, _ = documents.print_cards(actor=supervisor, person_ids=people[:2], target=tmp_path / "b.pdf")
    assert early.numbers == ("KPM/36.74.04.1004/2026/000001", "KPM/36.74.04.1004/2026/000002")


def test_a_card_carries_the_registry_data_and_a_signed_payload_without_the_nik(
    services: Services,
    documents: DocumentService,
    renderer: FakeRenderer,
    admin: Actor,
    supervisor: Actor,
    tmp_path: Path,
) -> None:
    person, _ = services.people.register(actor=admin, draft=make_draft())
    result, _ = documents.print_cards(
        actor=supervisor, person_ids=[person.id], target=tmp_path / "k.pdf", layout="cr80"
    )
    ((cards, issuer, layout),) = renderer.calls
    (card,) = cards
    assert (card.full_name, card.nik, card.kelurahan, card.rt, card.rw) == (
        "Siti Aminah",
        "3674045708850001",
        "Sawah",
        "003",
        "012",
    )
    assert (card.card_number, card.programs, card.is_copy, layout) == (result.numbers[0], (), False, "cr80")
    assert issuer == Issuer(
        office_name="Kelurahan Sawah, Kecamatan Ciputat",
        office_code="36.74.04.1004",
        contact=OFFICE_CONTACT,
        head_title="Lurah",
        head_name=HEAD_NAME,
    )
    payload = card.qr_payload
    assert payload is not None
    assert "3674045708850001" not in payload
    assert set(payload) <= QR_ALPHANUMERIC
    assert person.id.upper() in payload
    check = documents.verify(payload=payload)
    assert check.valid, check.reason
    assert (check.kind, check.number, check.office, check.person_id, check.is_copy) == (
        DocumentKind.CARD,
        result.numbers[0],
        "36.74.04.1004",
        person.id,
        False,
    )
    altered = payload.replace(result.numbers[0], result.numbers[0][:-1] + "9")
    assert not documents.verify(payload=altered).valid


def test_progress_is_passed_through(
    documents: DocumentService, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    documents.print_cards(
        actor=supervisor,
        person_ids=people[:3],
        target=tmp_path / "k.pdf",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_four_threads_printing_at_once_take_1_to_100_without_repeats(
    services: Services, documents: DocumentService, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    results: list[tuple[str, ...]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def run(batch: int) -> None:
        try:
            start.wait()
            result, _ = documents.print_cards(
                actor=supervisor,
                person_ids=people[batch * 25 : batch * 25 + 25],
                target=tmp_path / f"{batch}.pdf",
            )
            results.append(result.numbers)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(batch,)) for batch in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = [number for batch in results for number in batch]
    assert len(numbers) == len(set(numbers)) == 100
    assert sorted(int(number[-6:]) for number in numbers) == list(range(1, 101))
    # One job's numbers are consecutive: each took its block in one transaction.
    for batch in results:
        assert [int(n[-6:]) for n in batch] == list(range(int(batch[0][-6:]), int(batch[0][-6:]) + 25))
    assert seqs(services) == list(range(1, 101))
    assert {row[4] for row in register_rows(services)} == {"printed"}  # no thread voided another's job


def test_a_renderer_failure_voids_its_numbers_and_the_next_print_continues_after_them(
    services: Services, renderer: FakeRenderer, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    documents = DocumentService(
        services.database, services.office, programs=services.programs, card_renderer=renderer
    )
    documents.print_cards(actor=supervisor, person_ids=people[:5], target=tmp_path / "ok.pdf")
    renderer.fail_at = 4
    with pytest.raises(RuntimeError, match="exploded"):
        documents.print_cards(actor=supervisor, person_ids=people[5:15], target=tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists()
    renderer.fail_at = None
    after, _ = documents.print_cards(actor=supervisor, person_ids=people[15:17], target=tmp_path / "next.pdf")
    assert [n[-6:] for n in after.numbers] == ["000016", "000017"]
    assert seqs(services) == list(range(1, 18))
    entries = documents.list_documents(actor=supervisor, limit=100)
    void = [e for e in entries if e.status == "void"]
    assert sorted(e.number[-6:] for e in void) == [f"{seq:06d}" for seq in range(6, 16)]
    assert {e.reason for e in void} == {"gagal: RuntimeError: printer driver exploded"}
    assert all(e.completed_at is None for e in void)


def test_an_unwritable_target_is_a_user_error_and_voids_the_numbers(
    services: Services,
    renderer: FakeRenderer,
    documents: DocumentService,
    supervisor: Actor,
    people: list[str],
    tmp_path: Path,
) -> None:
    renderer.fail_at = 1
    renderer.error = PermissionError(13, "Permission denied")
    with pytest.raises(UserError, match="PDF tidak dapat ditulis"):
        documents.print_cards(actor=supervisor, person_ids=people[:3], target=tmp_path / "k.pdf")
    assert [row[4] for row in register_rows(services)] == ["void"] * 3


def test_cancelling_voids_the_numbers_with_the_reason(
    services: Services, documents: DocumentService, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    result, summary = documents.print_cards(
        actor=supervisor, person_ids=people[:10], target=tmp_path / "k.pdf", cancelled=cancelled
    )
    assert (result.cancelled, result.documents, result.numbers) == (True, 0, ())
    assert summary.touches(ChangeSummary.DOCUMENT)
    entries = documents.list_documents(actor=supervisor)
    assert [(e.status, e.reason) for e in entries] == [("void", "dibatalkan")] * 10
    # Cancelled before anything started: no number is taken at all.
    again, _ = documents.print_cards(
        actor=supervisor, person_ids=people[:2], target=tmp_path / "k.pdf", cancelled=lambda: True
    )
    assert again.cancelled
    assert len(register_rows(services)) == 10


CRASH_SCRIPT = """
import os, sys
from pathlib import Path
from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.documents.document_service import DocumentService

def crash(target, cards, issuer, **options):
    os._exit(3)  # the process dies mid-drawing: no finally, no rollback, no void

services = open_services(DataPaths(Path(sys.argv[1])))
spv = services.auth.login(username="spv", password=sys.argv[2])
people = services.documents.people_for_cards(actor=spv, limit=7)
documents = DocumentService(
    services.database, services.office, programs=services.programs, card_renderer=crash
)
documents.print_cards(
    actor=spv, person_ids=[p.id for p in people], target=Path(sys.argv[3])
)
"""


def test_numbers_cut_off_by_a_crash_are_void_terputus_at_the_next_start(
    services: Services,
    renderer: FakeRenderer,
    supervisor: Actor,
    people: list[str],
    data_paths: DataPaths,
    tmp_path: Path,
) -> None:
    run = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(data_paths.root), PASSWORD, str(tmp_path / "k.pdf")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=dict(os.environ),
    )
    assert run.returncode == 3, run.stderr
    assert [row[4] for row in register_rows(services)] == ["reserved"] * 7
    reopened = open_services(data_paths)  # the next start
    try:
        entries = reopened.documents.list_documents(actor=supervisor)
        assert [(e.status, e.reason) for e in entries] == [("void", "terputus")] * 7
        documents = DocumentService(
            reopened.database, reopened.office, programs=reopened.programs, card_renderer=renderer
        )
        result, _ = documents.print_cards(actor=supervisor, person_ids=people[:1], target=tmp_path / "k.pdf")
        assert result.numbers[0].endswith("/000008")
        assert check_store(reopened.database).ok
    finally:
        reopened.database.dispose()


def test_a_running_job_is_not_mistaken_for_a_crashed_one(
    services: Services, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    """While one print draws, another service starting (the command line beside the window) leaves it be."""
    drawing, release = threading.Event(), threading.Event()
    seen: dict[str, list[str]] = {}

    def slow(target: Path, cards: Sequence[CardData], issuer: Issuer, **options: object) -> int:
        drawing.set()
        assert release.wait(10)
        target.write_text("x")
        return 1

    slow_documents = DocumentService(
        services.database, services.office, programs=services.programs, card_renderer=slow
    )
    worker = threading.Thread(
        target=lambda: slow_documents.print_cards(
            actor=supervisor, person_ids=people[:4], target=tmp_path / "a.pdf"
        )
    )
    worker.start()
    try:
        assert drawing.wait(10)
        other = DocumentService(
            services.database, services.office, programs=services.programs, card_renderer=FakeRenderer()
        )
        seen["recovered"] = other.recover_interrupted()
        seen["other"] = list(
            other.print_cards(actor=supervisor, person_ids=people[4:6], target=tmp_path / "b.pdf")[0].numbers
        )
    finally:
        release.set()
        worker.join()
    assert seen["recovered"] == []
    assert [n[-6:] for n in seen["other"]] == ["000005", "000006"]
    assert {row[4] for row in register_rows(services)} == {"printed"}


def test_a_reprint_keeps_the_number_says_salinan_and_keeps_the_reason(
    services: Services,
    documents: DocumentService,
    renderer: FakeRenderer,
    supervisor: Actor,
    people: list[str],
    tmp_path: Path,
) -> None:
    first, _ = documents.print_cards(actor=supervisor, person_ids=people[:3], target=tmp_path / "k.pdf")
    original = next(e for e in documents.list_documents(actor=supervisor) if e.number == first.numbers[1])
    copy, _ = documents.reprint(
        actor=supervisor, document_ids=[original.id], reason="  kartu   hilang ", target=tmp_path / "s.pdf"
    )
    assert copy.numbers == (original.number,)
    (card,), _, _ = renderer.calls[-1]
    assert (card.is_copy, card.card_number) == (True, original.number)
    assert card.qr_payload is not None
    check = documents.verify(payload=card.qr_payload)
    assert (check.valid, check.is_copy, check.number) == (True, True, original.number)
    newest = documents.list_documents(actor=supervisor, limit=1)[0]
    assert (newest.is_copy, newest.original_id, newest.reason, newest.status, newest.number) == (
        True,
        original.id,
        "kartu hilang",
        "printed",
        original.number,
    )
    # A copy of the copy is another copy of the original; the sequence did not move.
    documents.reprint(actor=supervisor, document_ids=[newest.id], reason="rusak", target=tmp_path / "s2.pdf")
    assert documents.list_documents(actor=supervisor, limit=1)[0].original_id == original.id
    assert seqs(services) == [1, 2, 3]
    after, _ = documents.print_cards(actor=supervisor, person_ids=people[3:4], target=tmp_path / "n.pdf")
    assert after.numbers[0].endswith("/000004")


def test_a_reprint_needs_a_reason_and_a_printed_original(
    documents: DocumentService, renderer: FakeRenderer, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    documents.print_cards(actor=supervisor, person_ids=people[:1], target=tmp_path / "k.pdf")
    (printed,) = documents.list_documents(actor=supervisor)
    with pytest.raises(UserError, match="alasan"):
        documents.reprint(actor=supervisor, document_ids=[printed.id], reason="  ", target=tmp_path / "s.pdf")
    with pytest.raises(UserError, match="#999"):
        documents.reprint(actor=supervisor, document_ids=[999], reason="hilang", target=tmp_path / "s.pdf")
    renderer.fail_at = 1
    with pytest.raises(RuntimeError):
        documents.print_cards(actor=supervisor, person_ids=people[1:2], target=tmp_path / "k.pdf")
    void = documents.list_documents(actor=supervisor, limit=1)[0]
    with pytest.raises(UserError, match="batal"):
        documents.reprint(
            actor=supervisor, document_ids=[void.id], reason="hilang", target=tmp_path / "s.pdf"
        )


def test_operators_may_not_print_reprint_or_export_the_key(
    services: Services,
    documents: DocumentService,
    operator: Actor,
    supervisor: Actor,
    people: list[str],
    tmp_path: Path,
) -> None:
    with pytest.raises(PermissionDenied, match="Operator tidak boleh mencetak dokumen resmi"):
        documents.print_cards(actor=operator, person_ids=people[:1], target=tmp_path / "k.pdf")
    documents.print_cards(actor=supervisor, person_ids=people[:1], target=tmp_path / "k.pdf")
    (entry,) = documents.list_documents(actor=operator)  # reading the register is allowed
    with pytest.raises(PermissionDenied, match="Operator tidak boleh mencetak ulang"):
        documents.reprint(actor=operator, document_ids=[entry.id], reason="hilang", target=tmp_path / "s.pdf")
    with pytest.raises(PermissionDenied):
        documents.export_public_key(actor=operator, target=tmp_path / "kunci.txt")
    assert len(register_rows(services)) == 1
    assert not (tmp_path / "kunci.txt").exists()


def test_bad_requests_take_no_number(
    services: Services, documents: DocumentService, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="Tata letak 'a5'"):
        documents.print_cards(actor=supervisor, person_ids=people[:1], target=tmp_path / "k.pdf", layout="a5")
    with pytest.raises(UserError, match="Belum ada penduduk"):
        documents.print_cards(actor=supervisor, person_ids=[], target=tmp_path / "k.pdf")
    with pytest.raises(UserError, match="1 orang"):
        documents.print_cards(actor=supervisor, person_ids=[people[0], "f" * 32], target=tmp_path / "k.pdf")
    assert register_rows(services) == []


def test_the_register_lists_newest_first_by_keyset_and_filters(
    documents: DocumentService, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    documents.print_cards(actor=supervisor, person_ids=people[:30], target=tmp_path / "k.pdf")
    first = documents.list_documents(actor=supervisor, limit=20)
    rest = documents.list_documents(actor=supervisor, limit=20, before_id=first[-1].id)
    ids = [e.id for e in first + rest]
    assert len(ids) == 30
    assert ids == sorted(ids, reverse=True)
    name = first[3].person_name
    assert name in {
        e.person_name for e in documents.list_documents(actor=supervisor, text=name.split()[0].lower())
    }
    assert documents.list_documents(actor=supervisor, kind="kartu")
    assert documents.list_documents(actor=supervisor, kind="receipt") == []
    assert first[0].printed_by == "spv"
    assert first[0].completed_at is not None


def test_the_key_is_made_once_exported_as_one_line_and_verifies_in_a_fresh_process(
    services: Services, documents: DocumentService, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    result, _ = documents.print_cards(actor=supervisor, person_ids=people[:1], target=tmp_path / "k.pdf")
    payload = (tmp_path / "k.pdf").read_text()
    key_file = documents.export_public_key(actor=supervisor, target=tmp_path / "kunci.txt")
    line = key_file.read_text(encoding="ascii")
    assert line.startswith("TANGSEL-ED25519 36.74.04.1004 ")
    assert documents.export_public_key(actor=supervisor, target=tmp_path / "again.txt").read_text() == line
    with open_raw(services.database.file) as connection:
        assert connection.execute("SELECT count(*) FROM office_key").fetchone() == (1,)
        assert connection.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'create_key'"
        ).fetchone() == (1,)
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from tangsel_desktop.services.documents.document_payload import read_key_file, verify_payload\n"
        "office, key = read_key_file(Path(sys.argv[1]))\n"
        "print(verify_payload(sys.argv[2], {office: [key]}).number)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(key_file), payload],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == result.numbers[0]


def test_another_offices_documents_verify_only_once_its_key_is_imported(
    services: Services, documents: DocumentService, admin: Actor, tmp_path: Path
) -> None:
    other = open_services(DataPaths(tmp_path / "rawabuntu").ensure())
    try:
        other.office.set_up(
            office_code="Rawa Buntu", admin_username="lurah", admin_full_name="L", admin_password=PASSWORD
        )
        their_admin = other.auth.login(username="lurah", password=PASSWORD)
        DemoService(other.database, other.office).fill(actor=their_admin, people=3, seed=1)
        theirs = DocumentService(
            other.database, other.office, programs=other.programs, card_renderer=FakeRenderer()
        )
        person = theirs.people_for_cards(actor=their_admin, limit=1)[0]
        theirs.print_cards(actor=their_admin, person_ids=[person.id], target=tmp_path / "r.pdf")
        key_file = theirs.export_public_key(actor=their_admin, target=tmp_path / "rawabuntu.txt")
    finally:
        other.database.dispose()
    payload = (tmp_path / "r.pdf").read_text()
    before = documents.verify(payload=payload)
    assert (before.valid, before.office) == (False, "36.74.01.1002")
    assert "belum dikenal" in before.reason
    office, summary = documents.keys.import_public_key(actor=admin, source=key_file)
    assert office == "36.74.01.1002"
    assert summary.touches(ChangeSummary.OFFICE_KEY)
    # Their signature is known now; their register is not here, so "valid" stays for Rawa Buntu to say.
    assert (
        documents.verify(payload=payload).signature_valid,
        documents.verify(payload=payload).register,
    ) == (
        True,
        "unknown",
    )
    # Their signature does not make a document ours: the office field is signed too.
    assert not documents.verify(payload=payload.replace("36.74.01.1002", "36.74.04.1004")).signature_valid
    assert documents.keys.import_public_key(actor=admin, source=key_file)[1] == ChangeSummary.NOTHING


def test_a_key_claiming_this_offices_code_is_refused(
    documents: DocumentService, admin: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tangsel_desktop.services.documents.document_payload import format_key_line

    forged = tmp_path / "palsu.txt"
    forged.write_text(format_key_line("36.74.04.1004", Ed25519PrivateKey.generate().public_key()))
    with pytest.raises(PermissionDenied):
        documents.keys.import_public_key(actor=supervisor, source=forged)
    with pytest.raises(UserError, match="bukan kunci kantor ini"):
        documents.keys.import_public_key(actor=admin, source=forged)


def test_office_details_print_on_the_issuer_and_only_an_administrator_sets_them(
    documents: DocumentService,
    renderer: FakeRenderer,
    admin: Actor,
    supervisor: Actor,
    people: list[str],
    tmp_path: Path,
) -> None:
    with pytest.raises(PermissionDenied):
        documents.set_office_details(actor=supervisor, contact="x", head_name="y")
    details, _ = documents.set_office_details(
        actor=admin, contact=" Telp. (021) 7490000 ", head_name="Hj. Nurhayati, S.Sos."
    )
    assert details.contact == "Telp. (021) 7490000"
    assert documents.office_details() == details
    documents.print_cards(actor=supervisor, person_ids=people[:1], target=tmp_path / "k.pdf")
    _, issuer, _ = renderer.calls[-1]
    assert (issuer.contact, issuer.head_name, issuer.head_title) == (
        "Telp. (021) 7490000",
        "Hj. Nurhayati, S.Sos.",
        "Lurah",
    )
    with pytest.raises(UserError, match="200"):
        documents.set_office_details(actor=admin, contact="x" * 201, head_name="")


def test_a_new_number_format_applies_to_the_next_print_and_the_year_carries_on(
    services: Services,
    documents: DocumentService,
    admin: Actor,
    supervisor: Actor,
    people: list[str],
    tmp_path: Path,
) -> None:
    documents.print_cards(actor=supervisor, person_ids=people[:2], target=tmp_path / "k.pdf")
    with pytest.raises(PermissionDenied):
        documents.set_number_format(actor=supervisor, kind=DocumentKind.CARD, pattern="{year}/{seq}")
    with pytest.raises(UserError, match="year"):
        documents.set_number_format(actor=admin, kind=DocumentKind.CARD, pattern="{prefix}/{seq}")
    tidy, summary = documents.set_number_format(
        actor=admin, kind=DocumentKind.CARD, pattern="{prefix}.{year}.{seq}", prefix="kta"
    )
    assert (tidy.prefix, tidy.pattern) == ("KTA", "{prefix}.{year}.{seq}")
    assert summary.touches(ChangeSummary.DOCUMENT_NUMBER_FORMAT)
    result, _ = documents.print_cards(actor=supervisor, person_ids=people[2:3], target=tmp_path / "k.pdf")
    assert result.numbers == (f"KTA.{year_now()}.000003",)
    with open_raw(services.database.file) as connection:
        (after,) = connection.execute(
            "SELECT after_json FROM audit_log WHERE entity = 'document_number_format'"
        ).fetchone()
    assert "KTA" in after


def test_every_print_is_in_the_audit_trail_and_the_chain_holds(
    services: Services,
    documents: DocumentService,
    renderer: FakeRenderer,
    supervisor: Actor,
    people: list[str],
    tmp_path: Path,
) -> None:
    documents.print_cards(actor=supervisor, person_ids=people[:3], target=tmp_path / "k.pdf")
    renderer.fail_at = 1
    with pytest.raises(RuntimeError):
        documents.print_cards(actor=supervisor, person_ids=people[3:4], target=tmp_path / "k.pdf")
    renderer.fail_at = None
    (entry,) = [e for e in documents.list_documents(actor=supervisor) if e.number.endswith("000001")]
    documents.reprint(actor=supervisor, document_ids=[entry.id], reason="hilang", target=tmp_path / "s.pdf")
    with open_raw(services.database.file) as connection:
        actions = [
            (action, username)
            for action, username in connection.execute(
                "SELECT action, username FROM audit_log "
                "WHERE entity IN ('document', 'office_key') ORDER BY id"
            )
        ]
        print_entry = connection.execute(
            "SELECT after_json FROM audit_log WHERE action = 'print'"
        ).fetchone()[0]
        reprint_entry = connection.execute(
            "SELECT after_json FROM audit_log WHERE action = 'reprint'"
        ).fetchone()[0]
    assert actions == [
        ("create_key", "spv"),
        ("print", "spv"),
        ("printed", "spv"),
        ("print", "spv"),
        ("void", "spv"),
        ("reprint", "spv"),
        ("printed", "spv"),
    ]
    year = year_now()
    assert all(f"KPM/36.74.04.1004/{year}/{seq:06d}" in print_entry for seq in (1, 2, 3))
    assert "hilang" in reprint_entry
    assert check_store(services.database).ok


def test_people_for_cards_by_rw_by_words_or_both(
    services: Services, documents: DocumentService, admin: Actor, operator: Actor
) -> None:
    services.people.register(actor=admin, draft=make_draft())
    services.people.register(
        actor=admin,
        draft=make_draft(
            nik="3674041708850002", kk_number="3674041203150003", full_name="Siti Rahma", rw="4"
        ),
    )
    services.people.register(
        actor=admin,
        draft=make_draft(
            nik="3674041708850003", kk_number="3674041203150004", full_name="Budi Santoso", rw="4"
        ),
    )

    def names(rows: Sequence[PersonRow]) -> list[str]:
        return [row.full_name for row in rows]

    assert names(documents.people_for_cards(actor=operator)) == ["Budi Santoso", "Siti Aminah", "Siti Rahma"]
    assert names(documents.people_for_cards(actor=operator, rw="04")) == ["Budi Santoso", "Siti Rahma"]
    assert sorted(names(documents.people_for_cards(actor=operator, text="siti"))) == [
        "Siti Aminah",
        "Siti Rahma",
    ]
    assert names(documents.people_for_cards(actor=operator, text="siti", rw="4")) == ["Siti Rahma"]
    assert names(documents.people_for_cards(actor=operator, limit=1)) == ["Budi Santoso"]
    assert [p.full_name for p in documents.people_by_nik(actor=operator, niks=["3674.0417.0885.0003"])] == [
        "Budi Santoso"
    ]
    with pytest.raises(UserError, match="3674041708850009"):
        documents.people_by_nik(actor=operator, niks=["3674041708850001", "3674041708850009"])
    with pytest.raises(UserError, match="RW"):
        documents.people_for_cards(actor=operator, rw="x")


def test_everyone_for_cards_says_how_many_there_are_beyond_the_limit(
    services: Services, documents: DocumentService, admin: Actor, operator: Actor
) -> None:
    services.people.register(actor=admin, draft=make_draft())
    for serial, (name, rw) in enumerate((("Siti Rahma", "4"), ("Budi Santoso", "4")), start=2):
        draft = make_draft(
            nik=f"367404170885000{serial}", kk_number=f"367404120315000{serial + 1}", full_name=name, rw=rw
        )
        services.people.register(actor=admin, draft=draft)

    capped = documents.everyone_for_cards(actor=operator, limit=2)
    assert ([p.full_name for p in capped.people], capped.total, capped.capped) == (
        ["Budi Santoso", "Siti Aminah"],
        3,
        True,
    )
    whole = documents.everyone_for_cards(actor=operator, limit=3)
    assert (len(whole.people), whole.total, whole.capped) == (3, 3, False)
    of_rw = documents.everyone_for_cards(actor=operator, limit=1, rw="4")
    assert ([p.full_name for p in of_rw.people], of_rw.total) == (["Budi Santoso"], 2)
    members = documents.everyone_for_cards(actor=operator, limit=1, program="jamsosnaker")
    assert (members.people, members.total, members.capped) == ((), 0, False)
