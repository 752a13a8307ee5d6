"""The command line's document settings: the office's contact line and head, and each kind's number format.

With no option each command shows the current values; any option changes them (administrator only).
"""

import argparse
from typing import Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.document_numbers import NumberFormat
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.service_set import Services

Result = tuple[dict[str, Any], str]


def _format_json(number_format: NumberFormat, office: str) -> dict[str, Any]:
    return {
        "kind": number_format.kind.value,
        "label": number_format.kind.label,
        "prefix": number_format.prefix,
        "pattern": number_format.pattern,
        "example": number_format.number(office=office, year=2026, seq=1),
    }


def run_office_details(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    settings = services.documents.settings
    details = settings.office_details()
    if args.contact is not None or args.head_name is not None:
        details, _ = settings.set_office_details(
            actor=actor,
            contact=details.contact if args.contact is None else args.contact,
            head_name=details.head_name if args.head_name is None else args.head_name,
        )
    payload = {"contact": details.contact, "head_name": details.head_name}
    return payload, f"Kontak kantor: {details.contact or '-'}\nKepala kantor: {details.head_name or '-'}"


def run_number_format(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    settings = services.documents.settings
    office = services.office.require().code
    if args.kind is not None or args.pattern is not None or args.prefix is not None:
        if args.kind is None:
            raise UserError("Sebutkan jenis dokumen yang diubah dengan --kind, misalnya --kind kartu.")
        kind = DocumentKind.parse(args.kind)
        current = settings.number_formats()[kind]
        settings.set_number_format(
            actor=actor,
            kind=kind,
            pattern=current.pattern if args.pattern is None else args.pattern,
            prefix=args.prefix,
        )
    formats = [_format_json(number_format, office) for number_format in settings.number_formats().values()]
    text = "\n".join(f"{row['label']:24} {row['pattern']:32} contoh: {row['example']}" for row in formats)
    return {"formats": formats}, text
