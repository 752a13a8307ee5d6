"""The sembako commands as the issue spells them: a round from creation to handover, and refusals."""

import pytest

from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tests.cli.conftest import set_up_office
from tests.cli.test_cli import Cli
from tests.conftest import make_draft

MOTHER, CHILD, TB = "3674045708850001", "3674040103230002", "3674041505800003"


@pytest.fixture
def village(cli: Cli) -> Cli:
    def fill(services: object) -> None:
        people = services.people  # type: ignore[attr-defined]
        people.register(actor=SYSTEM_ACTOR, draft=make_draft(nik=MOTHER, kk_number="3674041203150011"))
        people.register(
            actor=SYSTEM_ACTOR,
            draft=make_draft(
                nik=CHILD, full_name="Dimas", sex="L", birth_date="2023-03-01", kk_number="3674041203150011"
            ),
        )
        people.register(
            actor=SYSTEM_ACTOR,
            draft=make_draft(
                nik=TB, full_name="Budi", sex="L", birth_date="1980-05-15", kk_number="3674041203150012"
            ),
        )

    return set_up_office(cli, fill)


def _round(office: Cli) -> str:
    code, payload = office(
        "sembako", "round", "create", "--name", "Sembako Nov", "--month", "2026-11",
        "--category", "stunting", "--category", "tbc",
        "--item", "Beras,kg,10,14000", "--item", "Minyak goreng,L,1,5,18000", "--per", "family",
        "--day", "2026-11-20:Aula Kelurahan",
        user="sri",
    )  # fmt: skip
    assert code == 0, payload
    assert payload["package_value"] == 140_000 + 27_000
    return str(payload["round"])


def test_a_round_from_letters_to_handover(village: Cli) -> None:
    round_id = _round(village)
    code, payload = village(
        "sembako", "evidence", "add", "--nik", CHILD, "--category", "stunting", "--document", "440/1/PKM",
        "--from", "2026-06-01", "--child-name", "Dimas", "--child-birth-date", "2023-03-01", user="budi",
    )  # fmt: skip
    assert code == 0, payload
    code, payload = village(
        "sembako", "evidence", "add", "--nik", TB, "--category", "tbc", "--document", "TB/9",
        "--from", "2026-01-01", "--until", "2026-10-31", user="budi",
    )  # fmt: skip
    assert code == 0, payload
    code, payload = village("sembako", "round", "propose", "--round", round_id[:6], user="budi")
    assert code == 0, payload
    assert payload["proposed"] == 1
    assert [entry["nik"] for entry in payload["left_out"]] == [TB]
    assert "berakhir" in payload["left_out"][0]["reason"]
    code, payload = village("sembako", "round", "approve", "--round", round_id, user="budi")
    assert code == 1
    assert "Supervisor" in payload["error"]
    assert village("sembako", "round", "approve", "--round", round_id, user="sri")[0] == 0
    code, payload = village("sembako", "handover", "--round", round_id, "--nik", CHILD, user="budi")
    assert code == 1
    assert "habis" in payload["error"]
    code, payload = village(
        "sembako", "stock", "receive", "--round", round_id, "--count", "5", "--bast", "B/1", user="sri"
    )
    assert code == 0
    assert payload["stock_on_hand"] == 5
    code, payload = village(
        "sembako", "handover", "--round", round_id, "--nik", CHILD,
        "--proxy-name", "Ahmad", "--relation", "tetangga", "--thumbprint", user="budi",
    )  # fmt: skip
    assert code == 0, payload
    receipt = payload["receipt"]
    assert payload["proxy"]["name"] == "Ahmad"
    assert payload["mark"] == "thumbprint"
    code, payload = village("sembako", "handover", "--round", round_id, "--nik", MOTHER, user="budi")
    assert code == 1
    assert "SUDAH MENERIMA" in payload["error"]
    assert receipt in payload["error"]
    code, payload = village("sembako", "status", "--round", round_id, user="budi")
    assert payload == {
        "ok": True,
        "round": round_id,
        "planned": 1,
        "handed_over": 1,
        "by_proxy": 1,
        "remaining": 0,
        "stock_received": 5,
        "stock_returned": 0,
        "stock_damaged": 0,
        "stock_on_hand": 4,
    }
    code, payload = village(
        "sembako", "stock", "return", "--round", round_id, "--count", "4", "--reason", "sisa", user="sri"
    )
    assert code == 0
    assert payload["stock_on_hand"] == 0
    code, payload = village(
        "sembako", "void", "--round", round_id, "--nik", MOTHER, "--reason", "salah catat", user="sri"
    )
    assert code == 0
    assert payload["void_reason"] == "salah catat"


def test_bad_words_get_indonesian_messages(village: Cli) -> None:
    round_id = _round(village)
    for args, expected in (
        (("round", "add", "--round", round_id, "--nik", "123"), "NIK"),
        (
            (
                "round",
                "create",
                "--name",
                "X",
                "--month",
                "2026-13",
                "--category",
                "tbc",
                "--item",
                "A,kg,1,1",
            ),
            "ulan",
        ),
        (
            ("round", "create", "--name", "X", "--month", "2026-11", "--category", "tbc", "--item", "Beras"),
            "Barang",
        ),
        (("handover", "--round", "nope", "--nik", MOTHER), "tidak ditemukan"),
        (("handover", "--round", round_id, "--nik", MOTHER, "--relation", "anak"), "Nama wakil"),
        (
            ("evidence", "add", "--nik", TB, "--category", "tbc", "--document", "x", "--from", "2026-01-01"),
            "akhir",
        ),
    ):
        code, payload = village("sembako", *args, user="sri")
        assert code == 1, (args, payload)
        assert expected in payload["error"], (args, payload)


def test_letters_are_listed_by_nik_and_withdrawn_and_a_round_gains_a_day(village: Cli) -> None:
    round_id = _round(village)
    code, payload = village(
        "sembako", "evidence", "add", "--nik", TB, "--category", "tbc", "--document", "TB/9",
        "--from", "2026-01-01", "--until", "2026-12-31", user="budi",
    )  # fmt: skip
    assert code == 0, payload
    code, listed = village("sembako", "evidence", "list", "--nik", TB, user="budi")
    assert code == 0
    assert [letter["revoked"] for letter in listed["letters"]] == [False]
    letter_id = listed["letters"][0]["evidence"]
    code, refused = village("sembako", "evidence", "revoke", letter_id, "--reason", " ", user="budi")
    assert code == 1
    assert "alasan" in refused["error"].lower()
    code, revoked = village(
        "sembako", "evidence", "revoke", letter_id, "--reason", "salah catat", user="budi"
    )
    assert code == 0
    assert revoked["revoked"] is True
    code, again = village("sembako", "evidence", "revoke", letter_id, "--reason", "lagi", user="budi")
    assert code == 1
    assert "sudah dicabut" in again["error"]
    code, unknown = village("sembako", "evidence", "list", "--nik", "3674041505800099", user="budi")
    assert code == 1
    assert "3674041505800099" in unknown["error"]

    code, refused = village(
        "sembako", "round", "add-day", "--round", round_id, "--day", "2026-12-01:Balai RW 05", user="budi"
    )
    assert code == 1
    assert "Supervisor" in refused["error"]
    code, payload = village(
        "sembako", "round", "add-day", "--round", round_id, "--day", "2026-12-01:Balai RW 05", user="sri"
    )
    assert code == 0, payload
    assert [day["place"] for day in payload["days"]] == ["Aula Kelurahan", "Balai RW 05"]
    code, payload = village("sembako", "round", "add-day", "--round", round_id, "--day", "besok", user="sri")
    assert code == 1
    assert "TTTT-BB-HH:tempat" in payload["error"]
