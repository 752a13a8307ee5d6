"""The plain values every document is drawn from; the services fill them, the renderers only read them."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from tangsel_desktop.domain.months import YearMonth


@dataclass(frozen=True)
class Issuer:
    """Who issues a document: the city, the office, whom to call, who heads the office."""

    office_name: str  # "Kelurahan Sawah, Kecamatan Ciputat" or "Dinas Sosial Kota Tangerang Selatan"
    office_code: str  # "36.74.04.1004" or "DINSOS"
    contact: str  # whom to call, e.g. "Kantor Kelurahan Sawah, telp. (021) 7490000"
    head_title: str = "Lurah"  # "Lurah" or "Kepala Dinas Sosial"
    head_name: str = ""
    city: str = "Kota Tangerang Selatan"


@dataclass(frozen=True)
class CardData:
    """One beneficiary card (Kartu Penerima Manfaat)."""

    card_number: str
    full_name: str
    nik: str  # the whole NIK; the card shows only its last four digits unless show_full_nik
    kelurahan: str
    rt: str
    rw: str
    programs: tuple[str, ...]
    qr_payload: str | None  # None: no QR (the benchmark's baseline)
    photo: bytes | None = None  # JPEG or PNG bytes
    is_copy: bool = False  # a reprint: SALINAN
    show_full_nik: bool = False


@dataclass(frozen=True)
class ReceiptItem:
    """One line of a package (DOMAIN.md: name, unit, quantity, unit price in whole rupiah)."""

    name: str
    quantity: str  # as printed: "5", "2,5"
    unit: str  # "kg", "L", "bungkus"
    unit_price: int | None = None  # whole rupiah; None: the receipt prints no prices
    # The line's value in whole rupiah as the round's rules computed it; None: quantity x unit_price,
    # rounded half up, when the quantity reads as a number ("2,5" is 2.5).
    value: int | None = None


# How the recipient confirms a handover: a signature or a thumbprint (cap jempol); None: not yet
# chosen, a blank form on which both boxes weigh the same.
Mark = Literal["signature", "thumbprint"]


@dataclass(frozen=True)
class ReceiptData:
    """A tanda terima for a handover of goods (a sembako package to one family, or any other goods)."""

    number: str
    handed_on: date
    place: str  # where it is signed, e.g. "Tangerang Selatan"
    recipient_name: str
    recipient_nik: str
    recipient_address: str
    items: tuple[ReceiptItem, ...]
    officer_name: str  # the clerk who hands over and signs as "Yang menyerahkan"
    program: str = ""  # e.g. "Bantuan Sembako Keluarga Risiko Stunting"
    proxy_name: str | None = None
    proxy_relationship: str | None = None
    qr_payload: str | None = None
    is_copy: bool = False
    # --- a sembako handover (issue 10); every field optional, so other receipts print as before
    round_name: str = ""  # "Sembako Stunting Tahap 3"
    round_month: YearMonth | None = None  # printed "September 2025"
    family_kk: str = ""  # No. KK of the family served; printed only when it is 16 digits
    # The receiver's standing in the family served: "Kepala Keluarga, mewakili keluarga" ("" prints nothing).
    recipient_role: str = ""
    rt: str = ""  # "003"; printed as "RT 003 / RW 012" on a line of its own
    rw: str = ""
    proxy_nik: str | None = None  # the proxy's NIK when known; never a temporary number
    mark: Mark | None = None  # the box the ledger recorded is drawn heavy, the other one faint
    handed_at: datetime | None = None  # the ledger's time (timezone-aware): "pukul 09.41 WIB"
    package_value: int | None = None  # whole rupiah; None: the sum of the items' values, if priced
    is_void: bool = False  # a voided handover still reprints: BATAL across the page, and why
    void_reason: str = ""
    voided_by: str = ""  # the supervisor's name
    voided_at: datetime | None = None


@dataclass(frozen=True)
class SigningSheetRow:
    recipient_name: str
    recipient_nik: str
    address: str  # with RT/RW
    items_summary: str
    family_kk: str = ""  # printed under the NIK when it is 16 digits


@dataclass(frozen=True)
class SigningSheetData:
    """One table of many recipients with a signature or thumbprint box each, for distribution days."""

    title: str
    handed_on: date
    place: str
    officer_name: str
    rows: tuple[SigningSheetRow, ...]
    number: str = ""
    # --- the per-RW batch sheet of a sembako round (issue 10); optional, as for any other sheet
    qr_payload: str | None = None  # the register's signed payload for number
    round_name: str = ""
    round_month: YearMonth | None = None
    rw: str = ""  # "012": the sheet covers one RW
    items: tuple[ReceiptItem, ...] = ()  # the package every row receives, printed once above the table
    full_nik: bool = True  # False masks all but the last four digits (a copy that leaves the office)
    is_copy: bool = False


@dataclass(frozen=True)
class CertificateData:
    """A city training certificate (participation), A4 landscape."""

    number: str
    participant_name: str
    training_name: str
    starts_on: date
    ends_on: date
    place: str
    hours: int  # jam pelajaran (JP)
    result: str  # e.g. "Telah mengikuti dengan baik"
    signed_at_place: str
    signed_on: date
    signatory_name: str
    signatory_position: str
    signatory_nip: str  # 18 digits
    qr_payload: str | None = None
    is_copy: bool = False
    large_print: bool = False  # for participants with low vision


@dataclass(frozen=True)
class ReportColumn:
    header: str
    width: float  # relative width
    align: str = "left"  # left | right | center
    money: bool = False  # whole rupiah, printed as Rp16.800


@dataclass(frozen=True)
class ReportSection:
    """A further titled table after the report's main one, e.g. the totals per kelurahan."""

    heading: str
    columns: tuple[ReportColumn, ...]
    rows: Sequence[Sequence[str | int | None]]
    totals: tuple[str | int | None, ...] | None = None


@dataclass(frozen=True)
class Signatory:
    """Who signs a report, as Indonesian official papers close: place and date, title, space, name."""

    place_date: str  # "Tangerang Selatan, 24 November 2026"
    title: str  # "Supervisor Jamsosnaker"; a line break starts a second line
    name: str
    id_line: str = ""  # e.g. "NIP 19780101 200501 1 001"; empty: no line


@dataclass(frozen=True)
class ReportData:
    """A titled table over as many pages as it needs."""

    title: str
    office_name: str
    columns: tuple[ReportColumn, ...]
    rows: Sequence[Sequence[str | int | None]]
    printed_by: str
    printed_at: datetime
    subtitle: str = ""
    totals: tuple[str | int | None, ...] | None = None
    notes: tuple[str, ...] = field(default=())
    landscape: bool = False
    sections: tuple[ReportSection, ...] = ()
    # Label and value pairs after the tables ("Terbilang", "enam belas ribu ..."), before the notes.
    summary: tuple[tuple[str, str], ...] = ()
    # Drawn last, after the summary and notes, never split from them; none: the report ends as before.
    signatures: tuple[Signatory, ...] = ()


@dataclass(frozen=True)
class HandoverParty:
    """One who signs a berita acara: name, position, the office acted for, NIP when a civil servant."""

    name: str
    position: str  # "Kepala Seksi Kesejahteraan Sosial"
    office: str  # "Kelurahan Sawah, Kecamatan Ciputat" or "Dinas Sosial Kota Tangerang Selatan"
    nip: str = ""  # 18 digits, printed as given; empty: no NIP line


@dataclass(frozen=True)
class StockReceipt:
    """One delivery of packages to the office, under the sender's own BAST."""

    bast_number: str
    received_on: date
    count: int
    from_whom: str = ""  # "Dinas Sosial Kota Tangerang Selatan"


@dataclass(frozen=True)
class HandoverReportData:
    """The outgoing berita acara serah terima (BAST): the kelurahan (PIHAK PERTAMA) hands Dinas Sosial
    (PIHAK KEDUA) the account of a round: packages received, handed over, returned, damaged, on hand."""

    number: str
    signed_on: date
    venue: str  # where it is signed, as the opening names it: "Kantor Kelurahan Sawah"
    place: str  # the place of the signature line: "Tangerang Selatan"
    first_party: HandoverParty  # hands over: the kelurahan
    second_party: HandoverParty  # receives: Dinas Sosial
    program: str  # "Bantuan Sembako Keluarga Risiko Stunting"
    round_name: str
    round_month: YearMonth
    items: tuple[ReceiptItem, ...]  # one package
    received: tuple[StockReceipt, ...]
    handed_over: int
    by_proxy: int  # of handed_over, collected by a proxy
    returned: int  # sent back to Dinas Sosial
    damaged: int
    planned: int | None = None  # families (or people) on the frozen list; None: not printed
    package_value: int | None = None  # whole rupiah; None: the sum of the items' values, if priced
    attachments: tuple[str, ...] = ()  # "Daftar tanda terima RW 001 s.d. RW 012 (12 berkas)"
    acknowledged_by: HandoverParty | None = None  # "Mengetahui"; None: the issuer's head (Lurah)
    qr_payload: str | None = None
    is_copy: bool = False

    @property
    def received_total(self) -> int:
        return sum(receipt.count for receipt in self.received)

    @property
    def on_hand(self) -> int:
        """What is left at the office: received less handed over, returned and damaged."""
        return self.received_total - self.handed_over - self.returned - self.damaged


StockMoveKind = Literal["received", "handed_over", "returned", "damaged"]


@dataclass(frozen=True)
class StockMove:
    """One movement of a round's packages, for the stock report."""

    moved_on: date
    kind: StockMoveKind
    count: int  # packages, always positive; kind says which way
    reference: str = ""  # a BAST number, a receipt number, "12 tanda terima"
    note: str = ""  # a reason for a return or damage
