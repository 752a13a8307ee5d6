"""Signed QR payloads, the public-key file and number formats: real Ed25519, no database."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.documents.document_numbers import (
    DEFAULT_PATTERN,
    NumberFormat,
    check_format,
    document_year,
    pattern_from_words,
    pattern_in_words,
)
from tangsel_desktop.services.documents.document_payload import (
    QR_ALPHANUMERIC,
    SIGNATURE_CHARS,
    DocumentKind,
    PayloadFields,
    format_key_line,
    key_fingerprint,
    parse_key_line,
    read_key_file,
    sign_payload,
    verify_payload,
)

OFFICE = "36.74.04.1004"
PERSON = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
NUMBER = "KPM/36.74.04.1004/2025/000123"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def keys(key: Ed25519PrivateKey) -> dict[str, list[Ed25519PublicKey]]:
    return {OFFICE: [key.public_key()]}


@pytest.fixture(scope="module")
def payload(key: Ed25519PrivateKey) -> str:
    return sign_payload(PayloadFields(DocumentKind.CARD, OFFICE, NUMBER, PERSON), key)


def test_round_trip_states_every_field(payload: str, keys: dict[str, list[Ed25519PublicKey]]) -> None:
    result = verify_payload(payload, keys)
    assert result.signature_valid, result.reason
    assert (result.kind, result.number, result.office, result.person_id, result.is_copy) == (
        DocumentKind.CARD,
        NUMBER,
        OFFICE,
        PERSON,
        False,
    )
    assert result.reason.startswith("Tanda tangan kantor 36.74.04.1004 asli")  # the register says more


def test_payload_is_compact_uppercase_qr_alphanumeric(payload: str) -> None:
    assert set(payload) <= QR_ALPHANUMERIC
    assert payload == payload.upper()
    assert PERSON.upper() in payload
    fields = payload.split("*")
    assert fields[:6] == ["TS1", "K", "0", OFFICE, NUMBER, PERSON.upper()]
    assert len(fields[6]) == SIGNATURE_CHARS == 103
    assert "=" not in payload
    assert len(payload) < 200


def test_a_copy_says_so_and_verifies_as_a_copy(
    key: Ed25519PrivateKey, keys: dict[str, list[Ed25519PublicKey]]
) -> None:
    copy = sign_payload(PayloadFields(DocumentKind.CARD, OFFICE, NUMBER, PERSON, is_copy=True), key)
    assert copy.split("*")[2] == "1"
    result = verify_payload(copy, keys)
    assert result.signature_valid
    assert result.is_copy
    assert "salinan" in result.reason


def test_a_document_about_no_one_has_an_empty_person_field(
    key: Ed25519PrivateKey, keys: dict[str, list[Ed25519PublicKey]]
) -> None:
    report = sign_payload(PayloadFields(DocumentKind.REPORT, OFFICE, "LAP/X/2025/000001", None), key)
    assert report.split("*")[5] == ""
    result = verify_payload(report, keys)
    assert result.signature_valid
    assert result.person_id == ""


def _replacements(character: str) -> list[str]:
    # A neighbour in the same class (digit, letter, sign), so the field format alone cannot catch it.
    for group in ("0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", " $%*+-./:"):
        if character in group:
            index = group.index(character)
            return [group[(index + 1) % len(group)], group[(index + 2) % len(group)]]
    raise AssertionError(character)


def test_any_changed_character_fails(payload: str, keys: dict[str, list[Ed25519PublicKey]]) -> None:
    for position, character in enumerate(payload):
        for other in _replacements(character):
            altered = payload[:position] + other + payload[position + 1 :]
            result = verify_payload(altered, keys)
            assert not result.signature_valid, (
                f"position {position}: {character!r} -> {other!r} still verifies"
            )
            assert result.reason


def test_every_truncation_and_extension_fails(payload: str, keys: dict[str, list[Ed25519PublicKey]]) -> None:
    for length in range(len(payload)):
        assert not verify_payload(payload[:length], keys).signature_valid, length
        assert not verify_payload(payload[length + 1 :], keys).signature_valid, length
    assert not verify_payload(payload + "A", keys).signature_valid
    assert not verify_payload(payload + "*A", keys).signature_valid


def test_swapped_number_and_reordered_fields_fail(
    key: Ed25519PrivateKey, payload: str, keys: dict[str, list[Ed25519PublicKey]]
) -> None:
    other = sign_payload(
        PayloadFields(DocumentKind.CARD, OFFICE, "KPM/36.74.04.1004/2025/000124", PERSON), key
    )
    fields, other_fields = payload.split("*"), other.split("*")
    swapped = "*".join([*fields[:4], other_fields[4], *fields[5:]])
    assert not verify_payload(swapped, keys).signature_valid
    assert verify_payload(other, keys).signature_valid
    # Office and number exchanged: each field still well formed, the signature says no.
    reordered = "*".join([*fields[:3], fields[4], fields[3], *fields[5:]])
    assert not verify_payload(reordered, keys).signature_valid
    kind_and_copy = "*".join([fields[0], "0", "K", *fields[3:]])
    assert not verify_payload(kind_and_copy, keys).signature_valid
    as_copy = "*".join([*fields[:2], "1", *fields[3:]])
    assert not verify_payload(as_copy, keys).signature_valid


def test_case_and_stray_characters_are_refused(payload: str, keys: dict[str, list[Ed25519PublicKey]]) -> None:
    assert not verify_payload(payload.lower(), keys).signature_valid
    assert verify_payload(f"  {payload}\r\n", keys).signature_valid  # a scanner's line break is not a change
    assert not verify_payload(payload.replace("/", "_", 1), keys).signature_valid
    assert "kosong" in verify_payload("", keys).reason


def test_another_offices_key_fails(payload: str) -> None:
    stranger = Ed25519PrivateKey.generate().public_key()
    result = verify_payload(payload, {OFFICE: [stranger]})
    assert not result.signature_valid
    assert "tidak cocok" in result.reason
    unknown = verify_payload(payload, {"36.74.01.1002": [stranger]})
    assert not unknown.signature_valid
    assert OFFICE in unknown.reason
    assert "belum dikenal" in unknown.reason


def test_any_of_an_offices_keys_may_verify(key: Ed25519PrivateKey, payload: str) -> None:
    stranger = Ed25519PrivateKey.generate().public_key()
    assert verify_payload(payload, {OFFICE: [stranger, key.public_key()]}).signature_valid


def test_fields_that_would_break_the_payload_are_refused(key: Ed25519PrivateKey) -> None:
    for office, number, person in (
        (OFFICE, "KPM*1", PERSON),
        (OFFICE, "kpm/1", PERSON),
        ("", NUMBER, PERSON),
        (OFFICE, NUMBER, "3674045708850001"),  # a NIK is not an internal id
        (OFFICE, NUMBER, PERSON + "00"),
    ):
        with pytest.raises(ValueError, match="not"):
            sign_payload(PayloadFields(DocumentKind.CARD, office, number, person), key)


def test_key_line_round_trip_and_fingerprint(key: Ed25519PrivateKey) -> None:
    line = format_key_line(OFFICE, key.public_key())
    assert line.endswith("\n")
    assert line.count("\n") == 1
    tag, office, text = line.split()
    assert (tag, office, len(text)) == ("TANGSEL-ED25519", OFFICE, 52)
    parsed_office, parsed = parse_key_line(line)
    assert parsed_office == OFFICE
    assert key_fingerprint(parsed) == key_fingerprint(key.public_key())
    assert len(key_fingerprint(parsed)) == 19


@pytest.mark.parametrize(
    "text",
    [
        "",
        "TANGSEL-ED25519 36.74.04.1004",
        "-----BEGIN PUBLIC KEY-----",
        "TANGSEL-ED25519 36.74.04.1004 AAAA",
        "OTHER 36.74.04.1004 " + "A" * 52,
        "TANGSEL-ED25519 36.74.04.1004 " + "1" * 52,
    ],
)
def test_a_bad_key_file_is_a_user_error(text: str, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="bukan berkas kunci publik"):
        parse_key_line(text)
    (tmp_path / "kunci.txt").write_text(text, encoding="ascii")
    with pytest.raises(UserError):
        read_key_file(tmp_path / "kunci.txt")


def test_the_key_file_verifies_in_a_fresh_process_without_the_store(
    key: Ed25519PrivateKey, payload: str, tmp_path: Path
) -> None:
    key_file = tmp_path / "kunci-kantor.txt"
    key_file.write_text(format_key_line(OFFICE, key.public_key()), encoding="ascii")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tangsel_desktop.services.documents.document_payload import read_key_file, verify_payload\n"
        "office, key = read_key_file(Path(sys.argv[1]))\n"
        "result = verify_payload(sys.argv[2], {office: [key]})\n"
        "assert 'sqlalchemy' not in sys.modules and 'sqlmodel' not in sys.modules\n"
        "print(result.signature_valid, result.number)\n"
    )
    for text, expected in ((payload, "True"), (payload.replace("000123", "000124"), "False")):
        run = subprocess.run(
            [sys.executable, "-c", script, str(key_file), text],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env=dict(os.environ),
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout.split()[0] == expected


def test_kinds_parse_from_names_prefixes_and_indonesian_words() -> None:
    assert DocumentKind.parse("card") is DocumentKind.CARD
    assert DocumentKind.parse("KPM") is DocumentKind.CARD
    assert DocumentKind.parse("tanda-terima") is DocumentKind.RECEIPT
    assert DocumentKind.parse("Sertifikat") is DocumentKind.CERTIFICATE
    with pytest.raises(UserError, match="tidak dikenal"):
        DocumentKind.parse("kuitansi")


def test_the_default_number_pads_the_sequence_to_six_digits() -> None:
    default = NumberFormat(DocumentKind.RECEIPT, "TT", "{prefix}/{office}/{year}/{seq}")
    assert default.number(office=OFFICE, year=2025, seq=123) == "TT/36.74.04.1004/2025/000123"
    assert default.number(office="DINSOS", year=2026, seq=1) == "TT/DINSOS/2026/000001"


def test_the_document_year_is_the_year_in_tangerang_selatan() -> None:
    from datetime import UTC, datetime

    # 31 December 18:00 UTC is already 1 January in WIB.
    assert document_year(datetime(2025, 12, 31, 18, 0, tzinfo=UTC)) == 2026
    assert document_year(datetime(2025, 12, 31, 16, 59, tzinfo=UTC)) == 2025


def _others() -> dict[DocumentKind, NumberFormat]:
    return {
        kind: NumberFormat(kind, kind.default_prefix, "{prefix}/{office}/{year}/{seq}")
        for kind in DocumentKind
    }


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{prefix}/{office}/{year}", "{seq}"),
        ("{prefix}/{seq}/{seq}/{year}", "{seq}"),
        ("{prefix}/{office}/{seq}", "{year}"),
        ("{prefix}/{kelurahan}/{year}/{seq}", "tidak dikenal"),
        ("{prefix}/{year}/{seq:>3}", "tidak dikenal"),
        ("{prefix}/{year}/{seq", "kurung"),
        ("{prefix}/{year}/{seq}/kel", "huruf kapital"),
        ("{prefix}*{year}*{seq}", "huruf kapital"),
        ("{prefix}/" + "X" * 50 + "/{year}/{seq}", "paling panjang"),
    ],
)
def test_a_pattern_that_could_repeat_or_break_a_number_is_refused(pattern: str, message: str) -> None:
    with pytest.raises(UserError, match=message.replace("{", r"\{").replace("}", r"\}")):
        check_format(NumberFormat(DocumentKind.CARD, "KPM", pattern), office=OFFICE, others=_others())


def test_a_pattern_that_repeats_another_kinds_numbers_is_refused() -> None:
    with pytest.raises(UserError, match="tanda terima"):
        check_format(
            NumberFormat(DocumentKind.CARD, "TT", "{prefix}/{office}/{year}/{seq}"),
            office=OFFICE,
            others=_others(),
        )


def test_a_good_pattern_is_tidied() -> None:
    tidy = check_format(
        NumberFormat(DocumentKind.CARD, " kpm ", " {year}-{prefix}-{seq} "), office=OFFICE, others=_others()
    )
    assert (tidy.prefix, tidy.pattern) == ("KPM", "{year}-{prefix}-{seq}")
    assert tidy.number(office=OFFICE, year=2025, seq=7) == "2025-KPM-000007"


def test_the_placeholders_have_indonesian_words_and_either_form_is_accepted() -> None:
    assert pattern_in_words(DEFAULT_PATTERN) == "{awalan}/{kantor}/{tahun}/{urut}"
    assert pattern_from_words("{awalan}-{tahun}-{urut}") == "{prefix}-{year}-{seq}"
    typed = NumberFormat(DocumentKind.RECEIPT, "tt", "{awalan}/{kantor}/{tahun}/{urut}")
    checked = check_format(typed, office="36.74.04.1004", others={})
    assert checked.pattern == DEFAULT_PATTERN
    with pytest.raises(UserError, match=r"\{awalan\}, \{kantor\}, \{tahun\} dan \{urut\}"):
        check_format(
            NumberFormat(DocumentKind.RECEIPT, "TT", "{awalan}/{rw}/{tahun}/{urut}"), office="X", others={}
        )
