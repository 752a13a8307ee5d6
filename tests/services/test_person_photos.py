"""People's photos: stored small and upright in the card's 3:4 box, refused when not a photo, audited."""

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tangsel_desktop.documents.card_faces import PHOTO
from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.photo_images import MAX_FILE_BYTES, NOT_AN_IMAGE
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.photo_samples import (
    BLUE,
    GREEN,
    RED,
    encode,
    png_claiming,
    sideways_phone_photo,
    transparent_pas_foto,
    truncated_jpeg,
    webcam_frame,
)
from tests.store_files import open_raw


@pytest.fixture
def person_id(services: Services, operator: Actor) -> str:
    detail, _ = services.people.register(actor=operator, draft=make_draft())
    return detail.id


def audit_rows(services: Services) -> list[tuple[str, str, str, str | None, str | None]]:
    with open_raw(services.database.file) as connection:
        return connection.execute(
            "SELECT action, entity, entity_id, before_json, after_json FROM audit_log "
            "WHERE entity = 'person_photo' ORDER BY id"
        ).fetchall()


def photo_rows(services: Services) -> list[tuple[str, int]]:
    with open_raw(services.database.file) as connection:
        return connection.execute("SELECT person_id, length(jpeg) FROM person_photo").fetchall()


def colour_at(jpeg: bytes, x: float, y: float) -> tuple[int, int, int]:
    """The colour at a fraction (x, y) of the picture's width and height."""
    with Image.open(io.BytesIO(jpeg)) as image:
        pixel = image.convert("RGB").getpixel((int(x * (image.width - 1)), int(y * (image.height - 1))))
    assert isinstance(pixel, tuple)
    return pixel[0], pixel[1], pixel[2]


def near(colour: tuple[int, int, int], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def test_a_webcam_frame_is_stored_small_in_the_card_box_proportions(
    services: Services, operator: Actor, person_id: str
) -> None:
    photo, summary = services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=webcam_frame(), source="camera"
    )
    assert summary.touches(ChangeSummary.PERSON)
    assert (photo.width, photo.height) == (360, 480)
    assert photo.width / photo.height == pytest.approx(PHOTO[2] / PHOTO[3], abs=0.005)
    assert 3 * 1024 <= photo.size_bytes <= 60 * 1024  # "a few tens of KB"
    assert (photo.source, photo.taken_by_name) == ("camera", "OPS")
    with Image.open(io.BytesIO(photo.jpeg)) as stored:
        assert (stored.format, stored.size) == ("JPEG", (360, 480))
        assert not stored.info.get("progressive")  # ReportLab and every viewer embed it as it is
    again = services.person_photos.get(actor=operator, person_id=person_id)
    assert again == photo
    assert photo_rows(services) == [(person_id, photo.size_bytes)]


def test_the_crop_keeps_the_middle_of_a_wide_frame_and_does_not_squeeze_it(
    services: Services, operator: Actor, person_id: str
) -> None:
    photo, _ = services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=webcam_frame((1600, 900)), source="camera"
    )
    # The frame's middle 3:4 was green wall with the face in it; the magenta sides are cut away.
    for x in (0.02, 0.98):
        for y in (0.05, 0.5):
            assert near(colour_at(photo.jpeg, x, y), GREEN), (x, y)
    assert near(colour_at(photo.jpeg, 0.5, 0.4), (205, 160, 130))  # the face stays in the middle


def test_a_sideways_phone_photo_is_turned_upright_and_loses_its_exif(
    services: Services, operator: Actor, person_id: str
) -> None:
    photo, _ = services.person_photos.set_photo_from_file(
        actor=operator, person_id=person_id, path=_write(services, "hp.jpg", sideways_phone_photo())
    )
    assert (photo.width, photo.height) == (360, 480)  # portrait as viewed, not as stored
    assert near(colour_at(photo.jpeg, 0.85, 0.5), RED)  # the stored top is the viewed right
    assert near(colour_at(photo.jpeg, 0.15, 0.5), BLUE)
    with Image.open(io.BytesIO(photo.jpeg)) as stored:
        assert dict(stored.getexif()) == {}
        assert "exif" not in stored.info
        assert "icc_profile" not in stored.info
    assert b"PhoneMaker" not in photo.jpeg


def test_a_transparent_pas_foto_gets_a_white_background(
    services: Services, operator: Actor, person_id: str
) -> None:
    photo, _ = services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=transparent_pas_foto(), source="file"
    )
    assert (photo.width, photo.height) == (300, 400)  # smaller than the stored size: never enlarged
    assert near(colour_at(photo.jpeg, 0.05, 0.05), (255, 255, 255), 8)


def _write(services: Services, name: str, data: bytes) -> Path:
    path = services.paths.root.parent / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("surat.jpg", b"Surat keterangan domisili\nRT 003 / RW 012\n", NOT_AN_IMAGE),
        ("kosong.jpg", b"", "Berkas foto kosong"),
        ("pdf.jpg", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", NOT_AN_IMAGE),
        ("ikon.gif", encode(Image.new("RGB", (300, 400)), "GIF"), NOT_AN_IMAGE),  # not a photo format
        ("bom.png", png_claiming(30_000, 30_000), "Gambar terlalu besar"),  # Pillow's own bomb limit
        ("besar.png", png_claiming(9_000, 7_000), "63,0 megapiksel"),  # between ours and Pillow's
        ("putus.jpg", truncated_jpeg(), "rusak atau tidak lengkap"),
        ("kecil.jpg", encode(Image.new("RGB", (90, 120), GREEN)), "Foto terlalu kecil (90 x 120 piksel)"),
    ],
    ids=["text", "empty", "pdf", "gif", "bomb", "too-many-pixels", "truncated", "too-small"],
)
def test_what_is_not_a_usable_photo_is_refused_and_changes_nothing(
    services: Services, operator: Actor, person_id: str, name: str, data: bytes, message: str
) -> None:
    services.person_photos.set_photo(actor=operator, person_id=person_id, image=webcam_frame(), source="file")
    before = photo_rows(services), audit_rows(services)
    with pytest.raises(UserError, match=message.split("(")[0]):
        services.person_photos.set_photo_from_file(
            actor=operator, person_id=person_id, path=_write(services, name, data)
        )
    assert (photo_rows(services), audit_rows(services)) == before


def test_a_huge_file_is_refused_before_it_is_read(
    services: Services, operator: Actor, person_id: str
) -> None:
    path = services.paths.root.parent / "video.jpg"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk and no time
    with pytest.raises(UserError, match=r"Berkas foto terlalu besar \(25,0 MB\); paling besar 25 MB"):
        services.person_photos.set_photo_from_file(actor=operator, person_id=person_id, path=path)
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.person_photos.set_photo_from_file(
            actor=operator, person_id=person_id, path=path.with_name("tidak-ada.jpg")
        )
    with pytest.raises(UserError, match="adalah folder"):
        services.person_photos.set_photo_from_file(actor=operator, person_id=person_id, path=path.parent)
    assert photo_rows(services) == []


def test_the_audit_trail_records_each_change_by_fingerprint_never_the_picture(
    services: Services, operator: Actor, supervisor: Actor, person_id: str, tmp_path: Path
) -> None:
    first, _ = services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=webcam_frame(), source="camera"
    )
    second, _ = services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=sideways_phone_photo(), source="file"
    )
    assert len(photo_rows(services)) == 1  # replaced, not added
    saved, _ = services.person_photos.export(
        actor=supervisor, person_id=person_id, target=tmp_path / "foto.jpg"
    )
    assert saved.path.read_bytes() == second.jpeg
    services.person_photos.remove(actor=operator, person_id=person_id)
    assert photo_rows(services) == []
    assert services.person_photos.get(actor=operator, person_id=person_id) is None
    rows = audit_rows(services)
    assert [(action, entity_id) for action, _e, entity_id, _b, _a in rows] == [
        ("create", person_id),
        ("update", person_id),
        ("export", person_id),
        ("delete", person_id),
    ]
    created, updated, exported, deleted = (
        (json.loads(before or "null"), json.loads(after or "null")) for *_x, before, after in rows
    )
    assert created == (None, {"sha256": first.sha256, "width": 360, "height": 480,
                              "bytes": first.size_bytes, "source": "camera"})  # fmt: skip
    assert updated[0]["sha256"] == first.sha256
    assert updated[1]["sha256"] == second.sha256
    assert exported[1]["file"] == "foto.jpg"
    assert exported[1]["sha256"] == second.sha256
    assert deleted == ({**updated[1]}, None)
    # The trail stays small: a fingerprint, never the picture's bytes in any encoding.
    assert all(len((before or "") + (after or "")) < 400 for *_x, before, after in rows)


def test_removing_a_photo_that_is_not_there_is_refused(
    services: Services, operator: Actor, person_id: str
) -> None:
    with pytest.raises(UserError, match="Siti Aminah belum punya foto; tidak ada yang dihapus"):
        services.person_photos.remove(actor=operator, person_id=person_id)
    assert audit_rows(services) == []


def test_saving_a_photo_as_a_file_is_for_supervisors_and_checks_the_target(
    services: Services, operator: Actor, supervisor: Actor, person_id: str, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="belum punya foto"):
        services.person_photos.export(actor=supervisor, person_id=person_id, target=tmp_path / "a.jpg")
    services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=webcam_frame(), source="camera"
    )
    with pytest.raises(PermissionDenied):
        services.person_photos.export(actor=operator, person_id=person_id, target=tmp_path / "b.jpg")
    with pytest.raises(UserError, match=r"hanya disimpan sebagai berkas \.jpg atau \.jpeg"):
        services.person_photos.export(actor=supervisor, person_id=person_id, target=tmp_path / "c.png")
    with pytest.raises(UserError, match="folder data aplikasi"):
        services.person_photos.export(
            actor=supervisor, person_id=person_id, target=services.paths.backups / "d.jpg"
        )
    assert sorted(path.name for path in tmp_path.glob("*.jp*g")) == []
    assert [row[0] for row in audit_rows(services)] == ["create"]


def test_deleting_a_person_deletes_their_photo_with_the_reason(
    services: Services, operator: Actor, supervisor: Actor, person_id: str
) -> None:
    services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=webcam_frame(), source="camera"
    )
    services.people.delete(actor=supervisor, person_id=person_id, reason="pindah domisili")
    assert photo_rows(services) == []
    action, _entity, _id, _before, after = audit_rows(services)[-1]
    assert (action, json.loads(after or "{}")) == ("delete", {"reason": "pindah domisili"})
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.person_photos.set_photo(
            actor=operator, person_id=person_id, image=webcam_frame(), source="camera"
        )


def test_the_backup_carries_the_photo_the_people_export_does_not(
    services: Services, operator: Actor, supervisor: Actor, admin: Actor, person_id: str, tmp_path: Path
) -> None:
    photo, _ = services.person_photos.set_photo(
        actor=operator, person_id=person_id, image=webcam_frame(), source="camera"
    )
    backup, _ = services.backup.backup_now(actor=admin)
    with open_raw(backup.path) as copy:
        assert copy.execute("SELECT person_id, jpeg FROM person_photo").fetchall() == [
            (person_id, photo.jpeg)
        ]
    exported, _ = services.people_export.export(actor=supervisor, target=tmp_path / "penduduk.csv")
    text = exported.path.read_text(encoding="utf-8-sig")
    assert "Siti Aminah" in text
    assert "FOTO" not in text.splitlines()[0]
    assert exported.path.stat().st_size < photo.size_bytes  # one person's row, no picture in it
