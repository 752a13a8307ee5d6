"""`people add`, `people update` and `people show`: one person's record from the command line."""

import argparse
from typing import TYPE_CHECKING, Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.person_rules import PersonDraft

if TYPE_CHECKING:
    # Only for hints: cli/arguments.py imports this module, and `python -m tangsel_desktop` parses
    # the arguments before the window's first paint, which must not wait for the services' imports.
    from tangsel_desktop.services.actor import Actor
    from tangsel_desktop.services.people.people_views import PersonDetail
    from tangsel_desktop.services.service_set import Services

PERSON_COMMANDS = frozenset({"add", "update", "show"})
# Option -> PersonDraft field; every option is text, checked by the same rules as the window's form.
FIELD_OPTIONS = (
    ("--nik", "nik", "NIK, 16 angka"),
    ("--kk", "kk_number", 'No. KK, 16 angka (kosongkan dengan "")'),
    (
        "--relation",
        "family_relation",
        "hubungan dalam keluarga seperti di KK: Kepala Keluarga, Istri, Anak, ...",
    ),
    ("--name", "full_name", "nama lengkap"),
    ("--sex", "sex", "L atau P"),
    ("--birth-place", "birth_place", "tempat lahir"),
    ("--born", "birth_date", "tanggal lahir, 1985-08-17 atau 17-08-1985"),
    ("--address", "address", "alamat"),
    ("--rt", "rt", "RT"),
    ("--rw", "rw", "RW"),
    ("--kelurahan", "kelurahan", "nama atau kode kelurahan"),
    ("--phone", "phone", "nomor HP"),
    ("--occupation", "occupation", "pekerjaan"),
    ("--disability", "disability", "fisik, intelektual, mental, netra, rungu, wicara, ganda"),
    ("--desil", "desil", "desil DTSEN 1-10"),
    ("--notes", "notes", "catatan"),
)


def add_person_commands(people: "argparse._SubParsersAction[Any]") -> None:
    add = people.add_parser("add", help="daftarkan satu penduduk")
    update = people.add_parser("update", help="ubah data satu penduduk (hanya yang disebut)")
    update.add_argument("person", metavar="NIK", help="NIK orang yang diubah")
    for parser in (add, update):
        for option, field, text in FIELD_OPTIONS:
            parser.add_argument(option, dest=f"field_{field}", help=text)
    show = people.add_parser("show", help="tampilkan data satu penduduk dan keluarganya")
    show.add_argument("person", metavar="NIK")


def run_person_command(
    services: "Services", actor: "Actor", args: argparse.Namespace
) -> tuple[dict[str, Any], str]:
    given = {
        field: getattr(args, f"field_{field}")
        for _, field, _ in FIELD_OPTIONS
        if hasattr(args, f"field_{field}")
    }
    given = {field: value for field, value in given.items() if value is not None}
    if args.people_command == "add":
        detail, _ = services.people.register(actor=actor, draft=PersonDraft(**given))
        return detail.as_json(), f"Terdaftar: {describe(detail)}"
    found = _find(services, actor, args.person)
    if args.people_command == "show":
        return found.as_json(), describe(found)
    if not given:
        raise UserError('Sebutkan yang diubah, misalnya --relation "Kepala Keluarga" atau --phone 0812...')
    draft = _draft_of(found)
    for field, value in given.items():
        setattr(draft, field, value)
    detail, _ = services.people.update(actor=actor, person_id=found.id, draft=draft)
    return detail.as_json(), f"Diubah: {describe(detail)}"


def _find(services: "Services", actor: "Actor", nik: str) -> "PersonDetail":
    found = services.people.find_by_nik(actor=actor, nik=nik)
    if found is None:
        raise UserError(f"Tidak ada penduduk dengan NIK {nik}. Cari dulu dengan: people find NAMA")
    return found


def _draft_of(detail: "PersonDetail") -> PersonDraft:
    """The stored record as a draft, so that an update changes only what was named."""
    return PersonDraft(
        nik=detail.nik,
        kk_number=detail.kk_number,
        full_name=detail.full_name,
        sex=detail.sex.value,
        birth_place=detail.birth_place,
        birth_date=detail.birth_date,
        address=detail.address,
        rt=detail.rt,
        rw=detail.rw,
        kelurahan=detail.kelurahan_code,
        phone=detail.phone,
        occupation=detail.occupation,
        disability=detail.disability.value,
        desil=detail.desil,
        family_relation=detail.family_relation.value if detail.family_relation else "",
        notes=detail.notes,
    )


def describe(detail: "PersonDetail") -> str:
    """The person and their family, as a clerk reads them on the screen."""
    relation = detail.family_relation.label if detail.family_relation else "belum diisi"
    lines = [
        f"{detail.full_name} · NIK {detail.nik}",
        f"No. KK {detail.kk_number or '-'} · hubungan dalam keluarga: {relation}",
        f"Lahir {detail.birth_place or '-'}, {format_date(detail.birth_date)} · {detail.sex.label}",
        f"{detail.address}, RT {detail.rt or '-'}/RW {detail.rw or '-'}, {detail.kelurahan}",
    ]
    for member in detail.household:
        shown = member.family_relation.label if member.family_relation else "belum diisi"
        head = " (kepala keluarga)" if member.is_head and shown != "Kepala Keluarga" else ""
        lines.append(f"  - {member.full_name:35} {shown}{head}")
    for warning in detail.warnings:
        lines.append(f"Peringatan: {warning}")
    return "\n".join(lines)
