"""`people photo`: set from a file, save to a file, remove; one JSON object, exit 1 with the reason."""

from pathlib import Path

from PIL import Image

from tests.cli.conftest import NIK
from tests.cli.test_cli import Cli
from tests.photo_samples import sideways_phone_photo, webcam_frame
from tests.store_files import office_key, open_raw


def stored(cli: Cli) -> list[tuple[int, int, str]]:
    with open_raw(cli.data_dir / "tangsel.sqlite3", key=office_key(cli.data_dir)) as connection:
        return connection.execute("SELECT width, height, source FROM person_photo").fetchall()


def test_a_photo_is_set_from_a_file_saved_again_and_removed(office: Cli, tmp_path: Path) -> None:
    source = tmp_path / "hp.jpg"
    source.write_bytes(sideways_phone_photo())
    code, payload = office("people", "photo", "--nik", NIK, "--file", str(source), user="budi")
    assert code == 0, payload
    assert payload["nik"] == NIK
    assert payload["name"] == "Siti Aminah"
    photo = payload["photo"]
    assert (photo["width"], photo["height"], photo["source"]) == (360, 480, "file")
    assert 1024 <= photo["bytes"] <= 60 * 1024
    assert len(photo["sha256"]) == 64
    assert stored(office) == [(360, 480, "file")]

    code, payload = office("people", "photo", "--nik", NIK, "--out", str(tmp_path / "keluar.jpg"), user="sri")
    assert code == 0, payload
    assert payload["bytes"] == photo["bytes"]
    with Image.open(tmp_path / "keluar.jpg") as saved:
        assert (saved.format, saved.size) == ("JPEG", (360, 480))

    code, payload = office("people", "photo", "--nik", NIK, "--remove", user="budi")
    assert (code, payload) == (0, {"nik": NIK, "name": "Siti Aminah", "removed": True, "ok": True})
    assert stored(office) == []
    code, payload = office("people", "photo", "--nik", NIK, "--remove", user="budi")
    assert code == 1
    assert "belum punya foto" in payload["error"]


def test_refusals_exit_1_with_the_reason_and_change_nothing(office: Cli, tmp_path: Path) -> None:
    letter = tmp_path / "surat.jpg"
    letter.write_text("Surat pengantar RT\n", encoding="utf-8")
    frame = tmp_path / "kamera.jpg"
    frame.write_bytes(webcam_frame())
    refusals = [
        (("--nik", NIK, "--file", str(letter)), "budi", "bukan foto yang dapat dibaca"),
        (("--nik", "3674049999990001", "--file", str(frame)), "budi", "tidak terdaftar di kantor ini"),
        (("--nik", NIK, "--file", str(tmp_path / "tidak-ada.jpg")), "budi", "tidak ditemukan"),
        (("--nik", NIK, "--out", str(tmp_path / "f.jpg")), "sri", "belum punya foto"),
        (("--nik", NIK), "budi", "Argumen tidak sesuai"),
        (("--nik", NIK, "--file", str(frame), "--remove"), "budi", "Argumen tidak sesuai"),
    ]
    for words, user, message in refusals:
        code, payload = office("people", "photo", *words, user=user)
        assert code == 1, words
        assert payload["ok"] is False
        assert message in payload["error"], (words, payload)
    assert stored(office) == []

    assert office("people", "photo", "--nik", NIK, "--file", str(frame), user="budi")[0] == 0
    code, payload = office("people", "photo", "--nik", NIK, "--out", str(tmp_path / "f.jpg"), user="budi")
    assert code == 1
    assert "tidak boleh menyimpan foto penduduk ke berkas" in payload["error"]
    assert not (tmp_path / "f.jpg").exists()
