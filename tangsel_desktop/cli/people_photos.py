"""The command line's `people photo`: set a person's photo from a file, remove it, or save it as a file."""

import argparse
from typing import Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services


def run_photo_command(
    services: Services, actor: Actor, args: argparse.Namespace
) -> tuple[dict[str, Any], str]:
    """One of --file, --remove, --out for the person with --nik; JSON names the person and the photo."""
    person = services.people.find_by_nik(actor=actor, nik=args.nik)
    if person is None:
        raise UserError(
            f"NIK {clean_digits(args.nik) or args.nik!r} tidak terdaftar di kantor ini.", field="nik"
        )
    photos = services.person_photos
    who = {"nik": person.nik, "name": person.full_name}
    if args.remove:
        photos.remove(actor=actor, person_id=person.id)
        return {**who, "removed": True}, f"Foto {person.full_name} dihapus."
    if args.out is not None:
        saved, _ = photos.export(actor=actor, person_id=person.id, target=args.out)
        return (
            {**who, "file": str(saved.path), "bytes": saved.size_bytes},
            f"Foto {person.full_name} disimpan di {saved.path} ({saved.size_bytes // 1024} KB).",
        )
    photo, _ = photos.set_photo_from_file(actor=actor, person_id=person.id, path=args.file)
    return (
        {**who, "photo": photo.as_json()},
        f"Foto {person.full_name} dipasang: {photo.width} x {photo.height} piksel, "
        f"{photo.size_bytes // 1024} KB.",
    )
