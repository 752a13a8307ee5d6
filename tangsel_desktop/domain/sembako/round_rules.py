"""A distribution round's rules: its unit, its status, its handover days, and who receives for a family."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import tidy_text

MAX_ROUND_NAME = 120
MAX_PLACE = 200
MAX_REASON = 500
MAX_PROXY_NAME = 150
MAX_RELATION = 50
MAX_DAYS = 31
MAX_BAST = 60
MAX_STOCK_COUNT = 100_000


class Unit(StrEnum):
    """What one package goes to: a family by its No. KK (the default) or a person."""

    FAMILY = "family"
    PERSON = "person"

    @property
    def label(self) -> str:
        return "per keluarga (No. KK)" if self is Unit.FAMILY else "per orang"

    @classmethod
    def parse(cls, text: str) -> "Unit":
        wanted = text.strip().lower()
        if wanted in ("family", "keluarga", "kk"):
            return cls.FAMILY
        if wanted in ("person", "orang", "perorangan"):
            return cls.PERSON
        raise UserError(
            f"Satuan pembagian '{text}' tidak dikenal: pilih family (per KK) atau person.", field="per"
        )


class RoundStatus(StrEnum):
    """A round's list is a draft until a supervisor approves it; approved, it is frozen."""

    DRAFT = "draft"
    APPROVED = "approved"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"draft": "draf", "approved": "disetujui", "closed": "ditutup"}[self.value]


class Mark(StrEnum):
    """How the recipient acknowledged the package on the receipt."""

    SIGNATURE = "signature"
    THUMBPRINT = "thumbprint"

    @property
    def label(self) -> str:
        return "tanda tangan" if self is Mark.SIGNATURE else "cap jempol"


class StockMove(StrEnum):
    """Packages into and out of the office's store room besides handovers."""

    RECEIVED = "received"
    RETURNED = "returned"
    DAMAGED = "damaged"

    @property
    def label(self) -> str:
        return {"received": "diterima", "returned": "dikembalikan", "damaged": "rusak"}[self.value]


@dataclass(frozen=True)
class HandoverDay:
    """A day and place the packages are handed out (the kelurahan hall, an RW post, door to door)."""

    day: date
    place: str


@dataclass(frozen=True)
class Proxy:
    """Someone collecting for the family with a written proxy; NIK when known."""

    name: str
    nik: str
    relation: str


def round_name(text: str) -> str:
    name = tidy_text(text)
    if not name:
        raise UserError("Nama putaran wajib diisi, misalnya: Sembako Stunting November 2026.", field="name")
    if len(name) > MAX_ROUND_NAME:
        raise UserError(f"Nama putaran paling panjang {MAX_ROUND_NAME} huruf.", field="name")
    return name


def reason_text(text: str | None, *, what: str, required: bool = True) -> str:
    reason = tidy_text(text or "")
    if required and not reason:
        raise UserError(f"Tulis alasan {what}.", field="reason")
    if len(reason) > MAX_REASON:
        raise UserError(f"Alasan {what} paling panjang {MAX_REASON} huruf.", field="reason")
    return reason


def handover_day(day: date, place: str) -> HandoverDay:
    cleaned = tidy_text(place)
    if not cleaned:
        raise UserError(
            "Tulis tempat pembagian, misalnya: Aula Kelurahan, atau Door to door RW 05.", field="place"
        )
    if len(cleaned) > MAX_PLACE:
        raise UserError(f"Tempat pembagian paling panjang {MAX_PLACE} huruf.", field="place")
    return HandoverDay(day, cleaned)


def stock_count(count: int) -> int:
    if count <= 0 or count > MAX_STOCK_COUNT:
        raise UserError(f"Jumlah paket harus antara 1 dan {MAX_STOCK_COUNT}.", field="count")
    return count


def bast_number(text: str) -> str:
    number = tidy_text(text)
    if not number:
        raise UserError("Tulis nomor berita acara serah terima (BAST) dari Dinas Sosial.", field="bast")
    if len(number) > MAX_BAST:
        raise UserError(f"Nomor BAST paling panjang {MAX_BAST} huruf.", field="bast")
    return number


def proxy(name: str | None, nik: str | None, relation: str | None) -> Proxy | None:
    """The proxy's details, or None when the beneficiary collects; a proxy without a name is refused."""
    name_text, relation_text = tidy_text(name or ""), tidy_text(relation or "")
    nik_text = "".join((nik or "").split())
    if not (name_text or nik_text or relation_text):
        return None
    if not name_text:
        raise UserError(
            "Nama wakil yang mengambil paket wajib diisi (sesuai surat kuasa).", field="proxy_name"
        )
    if len(name_text) > MAX_PROXY_NAME:
        raise UserError(f"Nama wakil paling panjang {MAX_PROXY_NAME} huruf.", field="proxy_name")
    if nik_text and (len(nik_text) != 16 or not nik_text.isdigit() or not nik_text.isascii()):
        raise UserError("NIK wakil harus 16 angka, atau kosongkan bila tidak diketahui.", field="proxy_nik")
    if not relation_text:
        raise UserError(
            "Tulis hubungan wakil dengan penerima (misalnya: anak, tetangga, ketua RT).", field="relation"
        )
    if len(relation_text) > MAX_RELATION:
        raise UserError(f"Hubungan wakil paling panjang {MAX_RELATION} huruf.", field="relation")
    return Proxy(name_text, nik_text, relation_text)
