"""The encrypted store opened by a password's key slot or the recovery code; the key file's refusals."""

import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.store_setup import set_up_new_office
from tangsel_desktop.services.store_unlock import Unlocked, unlock, unlock_with_code
from tangsel_desktop.storage import key_slots
from tests.conftest import OFFICE_CODE, PASSWORD, PRODUCT_KDF
from tests.store_files import open_raw, store_key

WRONG = "Nama pengguna atau kata sandi salah."


@pytest.fixture
def office(tmp_path: Path) -> tuple[DataPaths, Unlocked]:
    """A new encrypted office: ani (administrator) and budi (operator)."""
    paths = DataPaths(tmp_path / "kantor").ensure()
    made = set_up_new_office(
        paths, office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    made.services.auth.add_user(
        actor=made.actor, username="budi", full_name="Budi", role=Role.OPERATOR, password=PASSWORD
    )
    made.services.database.dispose()
    return paths, made


def _fingerprint(paths: DataPaths) -> tuple[str, str]:
    """The store's and the key file's bytes, to show that a refusal changed nothing."""
    return (
        hashlib.sha256(paths.database.read_bytes()).hexdigest(),
        hashlib.sha256(paths.keys.read_bytes()).hexdigest(),
    )


def _code(made: Unlocked) -> str:
    assert made.recovery is not None
    return made.recovery.code


def test_each_user_opens_the_store_with_their_own_password(office: tuple[DataPaths, Unlocked]) -> None:
    paths, _ = office
    for username in ("ani", "budi"):
        opened = unlock(paths, username, PASSWORD)
        assert opened.actor.username == username
        assert opened.office is not None
        assert opened.office.code == OFFICE_CODE
        opened.services.database.dispose()
    slots = key_slots.read(paths.keys)
    assert [(s.kind, s.username) for s in slots.slots] == [
        ("user", "ani"),
        ("recovery", ""),
        ("user", "budi"),
    ]


def test_the_product_derives_with_the_stated_argon2id_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What init writes at the product's strength (the other tests run at test strength, tests/conftest.py):
    argon2id t=3, 64 MiB, 4 lanes for the administrator's and the recovery code's slots; AES-256-GCM."""
    monkeypatch.setattr(key_slots, "DEFAULT_KDF", PRODUCT_KDF)
    paths = DataPaths(tmp_path / "kantor").ensure()
    made = set_up_new_office(
        paths, office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    made.services.database.dispose()
    raw = json.loads(paths.keys.read_text(encoding="utf-8"))
    assert raw["office_code"] == OFFICE_CODE
    for slot in raw["slots"]:
        assert slot["kdf"] == {"name": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
        assert slot["cipher"] == "AES-256-GCM"
    assert [slot["kind"] for slot in raw["slots"]] == ["user", "recovery"]
    assert key_slots.KdfParams() == PRODUCT_KDF  # the stated cost is the class's own default


def test_a_wrong_password_counts_and_locks_after_five_with_the_store_untouched(
    office: tuple[DataPaths, Unlocked],
) -> None:
    paths, _ = office
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    with pytest.raises(UserError, match=r"^Nama pengguna atau kata sandi salah\. Sisa percobaan: 4\.$"):
        unlock(paths, "budi", "salah-sekali")
    with pytest.raises(UserError) as unknown:
        unlock(paths, "siapa", "salah-sekali")
    assert unknown.value.message == WRONG  # a name without a slot: the same words, no count
    for _ in range(3):
        with pytest.raises(UserError):
            unlock(paths, "budi", "salah-sekali")
    with pytest.raises(UserError, match="dikunci 15 menit"):
        unlock(paths, "budi", "salah-sekali")
    with pytest.raises(UserError, match="Akun dikunci"):
        unlock(paths, "budi", PASSWORD)  # locked: even the right password waits
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    # An administrator's reset lifts the lock, as it does the store's own.
    admin = unlock(paths, "ani", PASSWORD)
    admin.services.auth.reset_password(actor=admin.actor, username="budi", new_password="baru-sekali-1")
    admin.services.database.dispose()
    unlock(paths, "budi", "baru-sekali-1").services.database.dispose()


def test_changing_a_password_rewraps_one_slot(office: tuple[DataPaths, Unlocked]) -> None:
    paths, _ = office
    opened = unlock(paths, "budi", PASSWORD)
    with pytest.raises(UserError, match="Kata sandi lama salah"):
        opened.services.auth.change_own_password(
            actor=opened.actor, old_password="bukan-ini-1", new_password="sandi-baru-2"
        )
    ani_slot = key_slots.read(paths.keys).for_username("ani")
    opened.services.auth.change_own_password(
        actor=opened.actor, old_password=PASSWORD, new_password="sandi-baru-2"
    )
    opened.services.database.dispose()
    slots = key_slots.read(paths.keys)
    assert len(slots.for_username("budi")) == 1
    assert slots.for_username("ani") == ani_slot  # the other slots are left as they were
    with pytest.raises(UserError, match="salah"):
        unlock(paths, "budi", PASSWORD)
    unlock(paths, "budi", "sandi-baru-2").services.database.dispose()


def test_deactivating_removes_the_slot_and_a_reset_brings_it_back(office: tuple[DataPaths, Unlocked]) -> None:
    paths, _ = office
    admin = unlock(paths, "ani", PASSWORD)
    admin.services.auth.set_active(actor=admin.actor, username="budi", active=False)
    assert key_slots.read(paths.keys).for_username("budi") == []
    with pytest.raises(UserError, match="nonaktif"):
        admin.services.auth.reset_password(actor=admin.actor, username="budi", new_password="kembali-lagi-1")
    admin.services.auth.set_active(actor=admin.actor, username="budi", active=True)
    assert key_slots.read(paths.keys).for_username("budi") == []  # reactivated: still no slot
    admin.services.auth.reset_password(actor=admin.actor, username="budi", new_password="kembali-lagi-1")
    admin.services.database.dispose()
    unlock(paths, "budi", "kembali-lagi-1").services.database.dispose()


def test_the_recovery_code_opens_the_store_and_sets_an_administrators_password(
    office: tuple[DataPaths, Unlocked],
) -> None:
    paths, made = office
    before = _fingerprint(paths)
    with pytest.raises(UserError, match="Kode pemulihan salah") as wrong:
        unlock_with_code(paths, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "ani", "lupa-lalu-baru-1")
    assert "Tidak ada yang diubah" in wrong.value.message
    with pytest.raises(UserError, match="24 huruf"):
        unlock_with_code(paths, "ABC", "ani", "lupa-lalu-baru-1")
    assert _fingerprint(paths) == before
    with pytest.raises(UserError, match="bukan administrator aktif"):
        unlock_with_code(paths, _code(made), "budi", "lupa-lalu-baru-1")
    # Typed by hand, in lower case, with spaces and a zero for an O: still the code.
    typed = _code(made).lower().replace("-", " ").replace("o", "0")
    opened = unlock_with_code(paths, typed, "ani", "lupa-lalu-baru-1")
    assert opened.actor.username == "ani"
    opened.services.database.dispose()
    with open_raw(paths.database, key=store_key(paths.root, "ani", "lupa-lalu-baru-1")) as connection:
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_log ORDER BY id")]
    assert "recovery_reset" in actions
    with pytest.raises(UserError):
        unlock(paths, "ani", PASSWORD)
    unlock(paths, "ani", "lupa-lalu-baru-1").services.database.dispose()
    # The code stays valid after use (its slot is kept): the sheet in the safe still works.
    unlock_with_code(paths, _code(made), "ani", "lupa-lagi-baru-2").services.database.dispose()


def test_a_missing_damaged_or_foreign_key_file_is_explained_and_changes_nothing(
    office: tuple[DataPaths, Unlocked], tmp_path: Path
) -> None:
    paths, _ = office
    good = paths.keys.read_bytes()
    store_before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    paths.keys.unlink()
    with pytest.raises(UserError, match="Berkas kunci tidak ditemukan") as missing:
        unlock(paths, "ani", PASSWORD)
    assert "cadangan" in missing.value.message
    assert "Kode Pemulihan" in missing.value.message
    paths.keys.write_text('{"format": "tangsel-keys", "version": 1, "slots": [', encoding="utf-8")
    with pytest.raises(UserError, match="rusak"):
        unlock(paths, "ani", PASSWORD)
    # Another office's key file, with the same user name and password: named as another office's.
    other = DataPaths(tmp_path / "kantor-lain").ensure()
    set_up_new_office(
        other,
        office_code="36.74.01.1001",
        admin_username="ani",
        admin_full_name="Ani",
        admin_password=PASSWORD,
    ).services.database.dispose()
    paths.keys.write_bytes(other.keys.read_bytes())
    with pytest.raises(UserError, match=r"36\.74\.01\.1001") as foreign:
        unlock(paths, "ani", PASSWORD)
    assert "tidak cocok" in foreign.value.message
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == store_before
    paths.keys.write_bytes(good)
    unlock(paths, "ani", PASSWORD).services.database.dispose()


def test_init_writes_the_recovery_sheet(office: tuple[DataPaths, Unlocked]) -> None:
    _, made = office
    assert made.recovery is not None
    text = subprocess.run(
        ["pdftotext", "-layout", str(made.recovery.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kode Pemulihan" in text
    assert made.recovery.code in text
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){5}", made.recovery.code)
    assert "brankas kantor" in text
    assert OFFICE_CODE in text
    pages = subprocess.run(["pdfinfo", str(made.recovery.pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"Pages:\s+1\b", pages.stdout)
