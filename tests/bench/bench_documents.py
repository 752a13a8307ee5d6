"""Card printing benchmark: 1,000 cards on A4 sheets with QR codes against the same cards without.

Run: python -m tests.bench.bench_documents [--cards 1000] [--repeats 3]
Prints one JSON object. The variants run alternately (A, B, A, B, ...) so a machine that warms up or
slows down mid-run affects both alike; each figure is the median of its runs.
"""

import argparse
import base64
import hashlib
import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from io import BytesIO

from tangsel_desktop.documents.card_layouts import render_cards
from tangsel_desktop.documents.document_models import CardData, Issuer

GOAL = "< 5 s and ratio <= 1.5"
ISSUER = Issuer(
    office_name="Kelurahan Sawah, Kecamatan Ciputat",
    office_code="36.74.04.1004",
    contact="Kantor Kelurahan Sawah, telp. (021) 7490000",
    head_name="H. Ahmad Syarifuddin, S.Sos.",
)
NAMES = ("Siti Aminah", "Budi Santoso", "Dewi Lestari Anggraeni", "Muhammad Rizky Ramadhan Saputra", "Nur")
KELURAHAN = ("Sawah", "Serua", "Lengkong Gudang Timur", "Pondok Kacang Barat", "Jurangmangu Timur")
PROGRAMS = (("BPJS Ketenagakerjaan",), ("BPJS Ketenagakerjaan", "Sembako Keluarga Risiko Stunting"), ())


def signed_payload(card_number: str) -> str:
    """A payload shaped like the signing service's: prefix, card number, hash, signature (~175 chars)."""
    digest = hashlib.sha256(card_number.encode()).digest()
    signature = hashlib.sha512(digest).digest()  # stands in for the 64-byte Ed25519 signature
    encoded = base64.b32encode(signature).decode().rstrip("=")
    return f"TS1:KPM:{card_number}:{digest[:16].hex().upper()}:{encoded}"


def sample_cards(count: int) -> list[CardData]:
    cards = []
    for index in range(count):
        number = f"KPM/36.74.04.1004/2026/{index + 1:06d}"
        cards.append(
            CardData(
                card_number=number,
                full_name=f"{NAMES[index % len(NAMES)]} {index}",
                nik=f"36740457088{index % 100000:05d}",
                kelurahan=KELURAHAN[index % len(KELURAHAN)],
                rt=str(index % 20 + 1),
                rw=str(index % 9 + 1),
                programs=PROGRAMS[index % len(PROGRAMS)],
                qr_payload=signed_payload(number),
            )
        )
    return cards


def card_variants(cards: list[CardData]) -> dict[str, Callable[[], object]]:
    """The runs timed side by side, by name.

    The engineer who builds the numbering register adds a variant here that numbers and signs the
    cards (the register's cost) and then draws them, e.g. "with_qr_and_register".
    """
    without_qr = [replace(card, qr_payload=None) for card in cards]
    return {
        "with_qr": lambda: render_cards(BytesIO(), cards, ISSUER),
        "without_qr": lambda: render_cards(BytesIO(), without_qr, ISSUER),
    }


def bench_cards(count: int, repeats: int) -> dict[str, object]:
    variants = card_variants(sample_cards(count))
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for run in variants.values():
        run()  # warm up: fonts registered, modules imported, caches filled once
    for _ in range(repeats):
        for name, run in variants.items():
            start = time.perf_counter()
            run()
            timings[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(values) for name, values in timings.items()}
    ratio = medians["with_qr"] / medians["without_qr"]
    return {
        "cards": count,
        "pages": 2 * -(-count // 10),
        "with_qr_s": round(medians["with_qr"], 3),
        "without_qr_s": round(medians["without_qr"], 3),
        "ratio": round(ratio, 3),
        "runs_s": {name: [round(value, 3) for value in values] for name, values in timings.items()},
        "goal": GOAL,
        "met": medians["with_qr"] < 5.0 and ratio <= 1.5,
    }


def bench_print_path(count: int, repeats: int) -> dict[str, object]:
    """The whole print_cards path over demo people against drawing the same cards with neither.

    With: DocumentService.print_cards on `count` demo residents: people read, numbers reserved and
    signed in one transaction, cards drawn with QR codes to a PDF file, numbers marked printed. Without:
    the same cards drawn to a file with no QR code and no register. Also the register alone (a renderer
    that draws nothing), which is what the numbering adds to any print.
    """
    import tempfile
    from pathlib import Path

    from tangsel_desktop.bootstrap import open_services
    from tangsel_desktop.paths import DataPaths
    from tangsel_desktop.services.demo.demo_service import DemoService
    from tangsel_desktop.services.documents.document_service import DocumentService

    drawn: list[tuple[list[CardData], Issuer]] = []

    def keep(target: Path, cards: Sequence[CardData], issuer: Issuer, **options: object) -> int:
        drawn.append((list(cards), issuer))
        return 0

    with tempfile.TemporaryDirectory() as folder:
        services = open_services(DataPaths(Path(folder) / "data").ensure())
        try:
            services.office.set_up(
                office_code="36.74.04.1004",
                admin_username="admin",
                admin_full_name="Admin",
                admin_password="bench-password",
            )
            admin = services.auth.login(username="admin", password="bench-password")
            DemoService(services.database, services.office).fill(actor=admin, people=count, seed=2025)
            full = DocumentService(services.database, services.office, programs=services.programs)
            register_only = DocumentService(
                services.database, services.office, programs=services.programs, card_renderer=keep
            )
            people = [row.id for row in full.people_for_cards(actor=admin, limit=count)]
            register_only.print_cards(actor=admin, person_ids=people, target=Path(folder) / "x.pdf")
            cards, issuer = drawn[0]
            bare = [replace(card, qr_payload=None) for card in cards]
            variants: dict[str, Callable[[], object]] = {
                "print_cards": lambda: full.print_cards(
                    actor=admin, person_ids=people, target=Path(folder) / "a.pdf"
                ),
                "without_qr_or_register": lambda: render_cards(Path(folder) / "b.pdf", bare, issuer),
                "register_only": lambda: register_only.print_cards(
                    actor=admin, person_ids=people, target=Path(folder) / "c.pdf"
                ),
            }
            timings: dict[str, list[float]] = {name: [] for name in variants}
            for run in variants.values():
                run()  # warm up
            for _ in range(repeats):
                for name, run in variants.items():
                    start = time.perf_counter()
                    run()
                    timings[name].append(time.perf_counter() - start)
        finally:
            services.database.dispose()
    medians = {name: statistics.median(values) for name, values in timings.items()}
    ratio = medians["print_cards"] / medians["without_qr_or_register"]
    return {
        "people": count,
        "print_cards_s": round(medians["print_cards"], 3),
        "without_qr_or_register_s": round(medians["without_qr_or_register"], 3),
        "register_only_s": round(medians["register_only"], 3),
        "ratio": round(ratio, 3),
        "goal": GOAL,
        "met": medians["print_cards"] < 5.0 and ratio <= 1.5,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    result = bench_cards(arguments.cards, arguments.repeats)
    result["print_path"] = bench_print_path(arguments.cards, arguments.repeats)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
