"""The BPJS exchange commands: export the verified members, import the answer; JSON, refusals, exit codes."""

from pathlib import Path

import pytest

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.paths import resolve_data_paths
from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tangsel_desktop.services.service_set import Services
from tests.cli.conftest import set_up_office
from tests.cli.test_cli import Cli
from tests.services.bpjs_fixtures import member, nik, sheet_rows, write_answer


@pytest.fixture
def office(cli: Cli) -> Cli:
    """The set-up office (ani, sri, budi) with members 1 and 2 verified."""

    def two_verified(services: Services) -> None:
        for number in (1, 2):
            member(services, SYSTEM_ACTOR, number, MemberStatus.VERIFIED)

    return set_up_office(cli, two_verified)


def test_export_marks_submitted_then_the_answer_activates_with_a_report(office: Cli, tmp_path: Path) -> None:
    target = tmp_path / "usulan.xlsx"
    code, payload = office(
        "jamsos", "bpjs-export", str(target), "--month", "2026-02", "--mark-submitted", user="sri"
    )
    assert code == 0, payload
    assert payload == {
        "ok": True,
        "members": 2,
        "month": "2026-02",
        "program": "JKK + JKM",
        "file": str(target),
        "marked_submitted": 2,
    }
    assert [row[0] for row in sheet_rows(target)[1:]] == [nik(1), nik(2)]
    answer = write_answer(
        tmp_path / "jawaban.xlsx",
        ["NIK", "Nomor KPJ", "Status", "Bulan Mulai"],
        [
            [nik(1), "12345678901", "AKTIF", "2026-02"],
            ["3674045708859999", "12345678999", "AKTIF", "2026-02"],
        ],
    )
    report = tmp_path / "laporan.xlsx"
    code, payload = office(
        "jamsos", "bpjs-import", str(answer), "--report", str(report), "--dry-run", user="sri"
    )
    assert code == 0, payload
    assert (payload["activated"], payload["dry_run"]) == (1, True)
    code, payload = office("jamsos", "bpjs-import", str(answer), "--report", str(report), user="sri")
    assert code == 0, payload
    assert payload["activated"] == 1
    assert payload["mismatches"] == {"unknown_nik": 1, "missing_from_bpjs": 1}
    assert payload["report"] == str(report)
    assert report.exists()
    code, payload = office("jamsos", "recap", "--month", "2026-02", user="budi")
    assert (payload["members"], payload["amount"]) == (1, 16_800)


def test_the_report_goes_to_the_reports_folder_when_none_is_named(office: Cli, tmp_path: Path) -> None:
    answer = write_answer(
        tmp_path / "jawaban.xlsx", ["NIK", "KPJ", "Status", "TMT"], [[nik(1), "1", "Ditolak", ""]]
    )
    code, payload = office("jamsos", "bpjs-import", str(answer), user="sri")
    assert code == 0, payload
    report = Path(payload["report"])
    assert report.parent == resolve_data_paths(str(office.data_dir)).reports
    assert payload["mismatches"] == {"not_active": 1}


@pytest.mark.parametrize(
    ("words", "user", "message"),
    [
        (("bpjs-export", "X/usulan.xlsx"), "budi", "Operator tidak boleh"),
        (("bpjs-export", "X/usulan.csv"), "sri", ".xlsx"),
        (("bpjs-export", "X/usulan.xlsx", "--month", "Maret"), "sri", "tidak dikenali"),
        (("bpjs-import", "X/tidak-ada.xlsx"), "sri", "tidak ditemukan"),
        (("bpjs-import", "X/jawaban.xlsx"), "budi", "Operator tidak boleh"),
        (("bpjs-import", "X/salah.xlsx"), "sri", "Kolom wajib tidak ditemukan"),
    ],
)
def test_bad_input_is_refused_with_an_indonesian_message_and_exit_1(
    office: Cli, tmp_path: Path, words: tuple[str, ...], user: str, message: str
) -> None:
    write_answer(
        tmp_path / "jawaban.xlsx", ["NIK", "KPJ", "Status", "TMT"], [[nik(1), "1", "Aktif", "2026-01"]]
    )
    write_answer(tmp_path / "salah.xlsx", ["NIK", "NAMA"], [[nik(1), "Warga 1"]])
    resolved = [word.replace("X/", f"{tmp_path}/") for word in words]
    code, payload = office("jamsos", *resolved, user=user)
    assert code == 1
    assert message in payload["error"]
