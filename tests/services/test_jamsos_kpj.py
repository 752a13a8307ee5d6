"""KPJ numbers are digits of the office's length, in the service and in BPJS's answer alike."""

from pathlib import Path

import pytest

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus, check_kpj, kpj_problem
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.services.bpjs_fixtures import FIRST_MONTH, member, nik, sheet_rows, write_answer

HEADER = ["NIK", "Nama", "No KPJ", "Status Kepesertaan", "TMT"]


@pytest.mark.parametrize(
    ("kpj", "said"),
    [
        ("abc", "harus berisi angka saja"),
        ("xyz-not-a-number", "harus berisi angka saja"),
        ("2501234567a", "harus berisi angka saja"),
        ("250 1234 5678", "harus berisi angka saja"),
        ("２５０１２３４５６７８", "harus berisi angka saja"),  # full-width digits are not ASCII digits
        ("2501234567", "berisi 10 angka; nomor KPJ harus 11 angka"),
        ("250123456789", "berisi 12 angka"),
        ("   ", "kosong"),
    ],
)
def test_a_kpj_that_is_not_eleven_digits_is_named_with_what_to_fix(kpj: str, said: str) -> None:
    problem = kpj_problem(kpj, 11)
    assert problem is not None
    assert said in problem
    with pytest.raises(UserError) as refused:
        check_kpj(kpj, 11)
    assert refused.value.field == "kpj"


def test_eleven_digits_pass_with_spaces_around_dropped_and_a_leading_zero_kept() -> None:
    assert check_kpj(" 02501234567 ", 11) == "02501234567"
    assert kpj_problem("02501234567", 11) is None


def test_the_service_refuses_a_bad_kpj_and_nothing_changes(services: Services, supervisor: Actor) -> None:
    number = member(services, supervisor, 1, MemberStatus.SUBMITTED)
    for wrong in ("abc", "123"):
        with pytest.raises(UserError, match="KPJ"):
            services.jamsos.set_status(
                actor=supervisor, nik=number, to=MemberStatus.ACTIVE, kpj=wrong, month=None
            )
    found = services.jamsos.member(actor=supervisor, nik=number)
    assert (found.status, found.kpj_number) == (MemberStatus.SUBMITTED, None)


def test_the_length_is_a_program_setting_only_an_administrator_changes(
    services: Services, supervisor: Actor, admin: Actor
) -> None:
    settings = services.jamsos_settings
    assert settings.kpj_length() == 11
    with pytest.raises(PermissionDenied):
        settings.set_kpj_length(actor=supervisor, length=12)
    for wrong in (5, 21):
        with pytest.raises(UserError, match="6 sampai 20 angka"):
            settings.set_kpj_length(actor=admin, length=wrong)
    settings.set_kpj_length(actor=admin, length=12)
    assert settings.kpj_length() == 12
    number = member(services, supervisor, 1, MemberStatus.SUBMITTED)
    with pytest.raises(UserError, match="harus 12 angka"):
        services.jamsos.set_status(
            actor=supervisor, nik=number, to=MemberStatus.ACTIVE, kpj="25012345678", month=FIRST_MONTH
        )
    view, _ = services.jamsos.set_status(
        actor=supervisor, nik=number, to=MemberStatus.ACTIVE, kpj="250123456789", month=FIRST_MONTH
    )
    assert view.kpj_number == "250123456789"


def test_the_bpjs_answer_cannot_bring_in_a_kpj_the_window_refuses(
    services: Services, supervisor: Actor, tmp_path: Path
) -> None:
    for number in (1, 2, 3):
        member(services, supervisor, number, MemberStatus.SUBMITTED, name=f"Warga {number}")
    answer = write_answer(
        tmp_path / "jawaban.xlsx",
        HEADER,
        [
            [nik(1), "Warga 1", "xyz-not-a-number", "Aktif", "2026-01"],
            [nik(2), "Warga 2", "2501", "Aktif", "2026-01"],
            [nik(3), "Warga 3", "25000000003", "Aktif", "2026-01"],
        ],
    )
    report = tmp_path / "rekonsiliasi.xlsx"
    result, _ = services.bpjs.import_bpjs_answer(actor=supervisor, source=answer, report=report)
    assert (result.activated, result.mismatches.get("bad_kpj")) == (1, 2)
    states = [services.jamsos.member(actor=supervisor, nik=nik(n)).status for n in (1, 2, 3)]
    assert states == [MemberStatus.SUBMITTED, MemberStatus.SUBMITTED, MemberStatus.ACTIVE]
    found = {str(row[2]): str(row[8]) for row in sheet_rows(report, 1)[1:] if row[0] == "Nomor KPJ tidak sah"}
    assert set(found) == {nik(1), nik(2)}
    assert "angka saja" in found[nik(1)]
    assert "berisi 4 angka" in found[nik(2)]
