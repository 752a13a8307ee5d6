"""Packages from untrusted hands: each one refused with a clear message and the centre's store unchanged."""

import base64
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage.sync.merge_order import MERGED_BY_NAME
from tangsel_desktop.sync import envelope, package_body
from tests.sync.conftest import Site, exchange_keys, open_site, table_dump

pytestmark = pytest.mark.both_engines


def _refused(centre: Site, package: Path, words: str) -> None:
    """The package is refused with `words` in its message, and not one row of the centre changed."""
    before = table_dump(centre.services.database)
    with pytest.raises(UserError) as refusal:
        centre.services.sync.import_file(actor=centre.admin, source=package)
    assert words in refusal.value.message
    assert table_dump(centre.services.database) == before


def _private(site: Site, table: str) -> bytes:
    ((private_key,),) = site.fetch(f"SELECT private_key FROM {table} WHERE own = :own", own=True)
    return bytes(private_key)


def _centre_key(centre: Site) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_private(centre, "sync_key"))


def test_one_byte_changed_anywhere_is_refused(sawah: Site, centre: Site, tmp_path: Path) -> None:
    sawah.fill(10, seed=3)
    data = sawah.export("p1.tsync").read_bytes()
    for position, words in ((len(data) - 100, "telah diubah"), (len(data) // 2, "telah diubah"), (40, "")):
        changed = bytearray(data)
        changed[position] ^= 0x01
        (tmp_path / "x.tsync").write_bytes(bytes(changed))
        _refused(centre, tmp_path / "x.tsync", words)


def test_a_cut_package_is_refused(sawah: Site, centre: Site, tmp_path: Path) -> None:
    data = sawah.export("p1.tsync").read_bytes()
    for length in (10, 30, len(data) // 3, len(data) - 1):
        (tmp_path / "cut.tsync").write_bytes(data[:length])
        _refused(centre, tmp_path / "cut.tsync", "")


def test_a_replay_with_edits_is_refused(sawah: Site, centre: Site, tmp_path: Path) -> None:
    """Whoever holds the centre's public key can seal a new body, but cannot sign it as the office."""
    sawah.fill(5, seed=4)
    package = sawah.export("p1.tsync")
    opened = envelope.read_header(package.read_bytes())
    body = envelope.open_sealed(opened, recipient=_centre_key(centre), sender=_office_public(sawah))
    header = {k: v for k, v in opened.header.items() if k in ("kind", "office", "centre", "created_at")}
    header |= {"from_sequence": 0, "to_sequence": opened.header["to_sequence"]}
    forged = envelope.seal(
        header, body, sender=Ed25519PrivateKey.generate(), recipient=_centre_key(centre).public_key()
    )
    (tmp_path / "forged.tsync").write_bytes(forged)
    _refused(centre, tmp_path / "forged.tsync", "tanda tangannya bukan")
    # The header edited in place (a later sequence range): the tag binds it.
    edited = package.read_bytes().replace(b'"from_sequence":0', b'"from_sequence":1', 1)
    (tmp_path / "edited.tsync").write_bytes(edited)
    _refused(centre, tmp_path / "edited.tsync", "telah diubah")


def _office_public(site: Site) -> Ed25519PublicKey:
    return Ed25519PrivateKey.from_private_bytes(_private(site, "office_key")).public_key()


def test_a_package_signed_by_another_office_is_refused(
    sawah: Site, ciater: Site, centre: Site, tmp_path: Path
) -> None:
    """Ciater seals a package that claims to come from Sawah."""
    ciater.fill(5, seed=5)
    package = ciater.export("c1.tsync")
    opened = envelope.read_header(package.read_bytes())
    body = envelope.open_sealed(opened, recipient=_centre_key(centre), sender=_office_public(ciater))
    header = {k: opened.header[k] for k in ("kind", "centre", "from_sequence", "to_sequence", "created_at")}
    ciater_key = Ed25519PrivateKey.from_private_bytes(_private(ciater, "office_key"))
    forged = envelope.seal(
        {**header, "office": sawah.code}, body, sender=ciater_key, recipient=_centre_key(centre).public_key()
    )
    (tmp_path / "forged.tsync").write_bytes(forged)
    _refused(centre, tmp_path / "forged.tsync", "tanda tangannya bukan")


def test_a_package_for_another_centre_is_refused(sawah: Site, centre: Site, tmp_path: Path) -> None:
    other = open_site(tmp_path / "pusat-lain", "DINSOS")
    try:
        other.services.sync.keys.export_keys(actor=other.admin, target=tmp_path / "lain.json")
        sawah.services.sync.keys.import_keys(
            actor=sawah.admin, source=tmp_path / "lain.json", replace=True, reason="uji pusat lain"
        )
        package = sawah.export("p1.tsync")
        _refused(centre, package, "kantor pusat lain")
    finally:
        other.services.database.dispose()


def test_a_package_from_an_unknown_office_is_refused(centre: Site, tmp_path: Path) -> None:
    stranger = open_site(tmp_path / "ciater", "36.74.01.1001")
    try:
        centre.services.sync.keys.export_keys(actor=centre.admin, target=tmp_path / "pusat.json")
        stranger.services.sync.keys.import_keys(actor=stranger.admin, source=tmp_path / "pusat.json")
        package = stranger.export("s1.tsync")
        _refused(centre, package, "belum dikenal")
    finally:
        stranger.services.database.dispose()


def test_rows_of_another_office_are_refused(sawah: Site, ciater: Site, centre: Site) -> None:
    """A package naming a household Sawah holds at the centre (a forged or mixed-up store) changes nothing."""
    sawah.fill(5, seed=6)
    centre.services.sync.import_file(actor=centre.admin, source=sawah.export("p1.tsync"))
    sawah.copy_row_to(ciater, "household")
    _refused(centre, ciater.export("c1.tsync"), "milik kantor lain")


def test_an_answer_is_not_a_package_and_a_package_not_an_answer(
    sawah: Site, centre: Site, tmp_path: Path
) -> None:
    package = sawah.export("p1.tsync")
    with pytest.raises(UserError, match="hanya dibaca di Dinas Sosial"):
        sawah.services.sync.import_file(actor=sawah.admin, source=package)
    centre.services.sync.import_file(actor=centre.admin, source=package)
    answer = tmp_path / "a1.tsync"
    centre.services.sync.answer(actor=centre.admin, office_code=sawah.code, target=answer)
    _refused(centre, answer, "bukan di Dinas Sosial")


def test_a_replayed_package_is_a_no_op_that_says_so(sawah: Site, centre: Site) -> None:
    sawah.fill(5, seed=7)
    package = sawah.export("p1.tsync")
    centre.services.sync.import_file(actor=centre.admin, source=package)
    before = table_dump(centre.services.database)
    again, _ = centre.services.sync.import_file(actor=centre.admin, source=package)
    assert again.as_json()["already_applied"] is True
    assert again.as_json()["applied"] is False
    assert "sudah diterapkan" in str(again.as_json()["message"])
    assert table_dump(centre.services.database) == before


def test_keys_of_an_office_already_trusted_are_not_replaced_silently(
    sawah: Site, centre: Site, tmp_path: Path
) -> None:
    impostor = open_site(tmp_path / "palsu", sawah.code)
    try:
        impostor.services.sync.keys.export_keys(actor=impostor.admin, target=tmp_path / "palsu.json")
    finally:
        impostor.services.database.dispose()
    before = table_dump(centre.services.database)
    with pytest.raises(UserError, match="sudah punya kunci"):
        centre.services.sync.keys.import_keys(actor=centre.admin, source=tmp_path / "palsu.json")
    assert table_dump(centre.services.database) == before
    text = (tmp_path / "palsu.json").read_text().replace('"role": "kelurahan"', '"role": "dinsos"')
    (tmp_path / "ubah.json").write_text(text)
    with pytest.raises(UserError, match="tidak cocok"):
        centre.services.sync.keys.import_keys(actor=centre.admin, source=tmp_path / "ubah.json")


def test_exchange_keys_twice_changes_nothing(sawah: Site, centre: Site) -> None:
    before = table_dump(centre.services.database)
    exchange_keys(sawah, centre)
    after = table_dump(centre.services.database)
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }


def test_an_answer_for_another_office_or_changed_is_refused_with_the_office_unchanged(
    sawah: Site, ciater: Site, centre: Site, tmp_path: Path
) -> None:
    centre.services.sync.import_file(actor=centre.admin, source=sawah.export("p1.tsync"))
    answer = tmp_path / "a1.tsync"
    centre.services.sync.answer(actor=centre.admin, office_code=sawah.code, target=answer)
    before = table_dump(ciater.services.database)
    with pytest.raises(UserError, match="bukan untuk kantor ini"):
        ciater.services.sync.import_file(actor=ciater.admin, source=answer)
    assert table_dump(ciater.services.database) == before
    data = bytearray(answer.read_bytes())
    data[-5] ^= 0x80
    (tmp_path / "ubah.tsync").write_bytes(bytes(data))
    before = table_dump(sawah.services.database)
    with pytest.raises(UserError, match="telah diubah"):
        sawah.services.sync.import_file(actor=sawah.admin, source=tmp_path / "ubah.tsync")
    assert table_dump(sawah.services.database) == before


def test_no_secret_of_the_office_travels(sawah: Site, centre: Site) -> None:
    """Private keys, password hashes, the audit key and settings are not in the package, even decrypted."""
    sawah.fill(5, seed=41)
    package = sawah.export("p1.tsync")
    opened = envelope.read_header(package.read_bytes())
    body = envelope.open_sealed(opened, recipient=_centre_key(centre), sender=_office_public(sawah))
    parsed = package_body.parse(body)
    assert {section.table for section in parsed.sections} <= set(MERGED_BY_NAME)
    text = zlib.decompress(body)
    secrets = [
        *(
            bytes(key)
            for (key,) in sawah.fetch("SELECT private_key FROM office_key WHERE own = :own", own=True)
        ),
        *(
            bytes(key)
            for (key,) in sawah.fetch("SELECT private_key FROM sync_key WHERE own = :own", own=True)
        ),
        *(bytes(key) for (key,) in sawah.fetch('SELECT "key" FROM audit_key')),
        *(str(hashed).encode() for (hashed,) in sawah.fetch("SELECT password_hash FROM app_user")),
    ]
    assert secrets
    for secret in secrets:
        for form in (secret, secret.hex().encode(), base64.b64encode(secret)):
            assert form not in text
