"""Signed QR payloads of official documents and the office's public-key file: plain code, no database.

A payload is QR alphanumeric text (0-9 A-Z space $ % * + - . / :), so a QR code holds it in the densest
mode, with seven fields separated by '*':

    TS1*K*0*36.74.04.1004*KPM/36.74.04.1004/2025/000001*<PERSON ID, 32 HEX>*<SIGNATURE, 103 BASE32>

magic and version (TS1), document kind (K kartu, T tanda terima, S sertifikat, L laporan), copy flag
(0 the original, 1 a SALINAN), the issuing office's code (which key to verify with), the register number,
the person's internal id in uppercase hex (never the NIK; empty for documents about no one), and the
Ed25519 signature over the canonical bytes of the six fields before it, in base32 without padding.
Numbers and office codes never contain '*' (the number formats are validated for it), so the fields
split back unambiguously, and the signature covers their order as well as their values.

The public-key file is one line of text, so it can be mailed, printed or read over the phone:

    TANGSEL-ED25519 36.74.04.1004 <32-BYTE PUBLIC KEY, 52 BASE32 CHARACTERS>
"""

import base64
import binascii
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tangsel_desktop.domain.errors import UserError

MAGIC = "TS1"
SEPARATOR = "*"
# Domain separation: these signatures can never be mistaken for the office's signature on anything else.
SIGNING_CONTEXT = b"TANGSEL-DOKUMEN\n"
SIGNATURE_CHARS = 103  # 64 bytes in base32 without its one '=' of padding
KEY_FILE_TAG = "TANGSEL-ED25519"
KEY_CHARS = 52  # 32 bytes in base32 without padding
KEY_FILE_LIMIT = 4096  # a key file is one short line; never read a wrong, huge file whole
QR_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
# What a number or office code may hold: QR alphanumeric without the field separator.
FIELD_TEXT = re.compile(r"^[0-9A-Z $%+\-./:]{1,60}$")
PERSON_FIELD = re.compile(r"^([0-9A-F]{32})?$")
SIGNATURE_FIELD = re.compile(rf"^[A-Z2-7]{{{SIGNATURE_CHARS}}}$")


class DocumentKind(StrEnum):
    """The kinds of official document the register numbers, with their payload code and default prefix."""

    CARD = "card"
    RECEIPT = "receipt"
    CERTIFICATE = "certificate"
    REPORT = "report"

    @property
    def code(self) -> str:
        return _CODES[self]

    @property
    def default_prefix(self) -> str:
        return _PREFIXES[self]

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> "DocumentKind":
        """A kind from its name, its prefix or its Indonesian word, for the command line and filters."""
        wanted = text.strip().lower().replace(" ", "_").replace("-", "_")
        for kind in cls:
            if wanted in (kind.value, kind.default_prefix.lower(), _WORDS[kind]):
                return kind
        names = ", ".join(f"{kind.value} ({_WORDS[kind]})" for kind in cls)
        raise UserError(f"Jenis dokumen {text!r} tidak dikenal. Pilih salah satu: {names}.")


_CODES = {
    DocumentKind.CARD: "K",
    DocumentKind.RECEIPT: "T",
    DocumentKind.CERTIFICATE: "S",
    DocumentKind.REPORT: "L",
}
_KIND_BY_CODE = {code: kind for kind, code in _CODES.items()}
_PREFIXES = {
    DocumentKind.CARD: "KPM",
    DocumentKind.RECEIPT: "TT",
    DocumentKind.CERTIFICATE: "SRT",
    DocumentKind.REPORT: "LAP",
}
_WORDS = {
    DocumentKind.CARD: "kartu",
    DocumentKind.RECEIPT: "tanda_terima",
    DocumentKind.CERTIFICATE: "sertifikat",
    DocumentKind.REPORT: "laporan",
}
_LABELS = {
    DocumentKind.CARD: "Kartu penerima manfaat",
    DocumentKind.RECEIPT: "Tanda terima",
    DocumentKind.CERTIFICATE: "Sertifikat",
    DocumentKind.REPORT: "Laporan",
}


@dataclass(frozen=True)
class PayloadFields:
    """What a payload states, before or after signing."""

    kind: DocumentKind
    office: str
    number: str
    person_id: str | None  # the internal id (32 hex digits, any case); None for documents about no one
    is_copy: bool = False

    def canonical_text(self) -> str:
        """The six signed fields as they appear in the payload, separators included."""
        for label, value in (("kode kantor", self.office), ("nomor dokumen", self.number)):
            if not FIELD_TEXT.match(value):
                raise ValueError(f"{label} {value!r} is not QR alphanumeric text without '*'")
        person = (self.person_id or "").upper()
        if not PERSON_FIELD.match(person):
            raise ValueError(f"person id {self.person_id!r} is not 32 hex digits")
        copy = "1" if self.is_copy else "0"
        return SEPARATOR.join((MAGIC, self.kind.code, copy, self.office, self.number, person))


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str, size: int) -> bytes | None:
    """Exactly `size` bytes, or None; a string that is not the one canonical encoding is refused too."""
    padded = text + "=" * (-len(text) % 8)
    try:
        data = base64.b32decode(padded)
    except (binascii.Error, ValueError):
        return None
    # Base32 leaves spare bits in its last character: two spellings could decode alike, and a changed
    # character must never still verify.
    if len(data) != size or _b32(data) != text:
        return None
    return data


def sign_payload(fields: PayloadFields, private_key: Ed25519PrivateKey) -> str:
    """The payload text for a QR code: the canonical fields and the office's signature over them."""
    text = fields.canonical_text()
    signature = private_key.sign(SIGNING_CONTEXT + text.encode("ascii"))
    return f"{text}{SEPARATOR}{_b32(signature)}"


# What the register of the issuing office says of a number (VerifyResult.register): only an office that
# holds that register can say issued, void or not issued; anywhere else it is unknown.
REGISTER_ISSUED, REGISTER_VOID, REGISTER_NOT_ISSUED, REGISTER_UNKNOWN = (
    "issued",
    "void",
    "not_issued",
    "unknown",
)


@dataclass(frozen=True)
class VerifyResult:
    """What a verifier learns from a payload; the fields are empty when it could not be read at all.

    `valid` is true only for a good signature on a number the issuing office's register holds as issued;
    `signature_valid` alone says the office signed it, which a void number or a stolen key also gives.
    """

    valid: bool
    kind: DocumentKind | None
    number: str
    office: str
    person_id: str
    is_copy: bool
    reason: str  # in Indonesian, for the clerk
    signature_valid: bool = False
    register: str = REGISTER_UNKNOWN

    def as_json(self) -> dict[str, object]:
        return {
            "valid": self.valid,
            "signature_valid": self.signature_valid,
            "register": self.register,
            "kind": self.kind.value if self.kind else None,
            "number": self.number,
            "office": self.office,
            "person_id": self.person_id,
            "is_copy": self.is_copy,
            "reason": self.reason,
        }


def _unreadable(reason: str) -> VerifyResult:
    return VerifyResult(False, None, "", "", "", False, reason)


def parse_payload(payload: str) -> tuple[PayloadFields, bytes] | str:
    """The fields and signature of a well-formed payload, or the Indonesian reason it is not one."""
    text = payload.strip()  # scanners append a line break
    if not text:
        return "Kode QR kosong."
    if any(character not in QR_ALPHANUMERIC for character in text):
        return "Kode QR memuat huruf di luar format dokumen resmi (huruf kecil atau tanda baca lain)."
    parts = text.split(SEPARATOR)
    if len(parts) != 7 or parts[0] != MAGIC:
        return "Kode QR bukan kode dokumen resmi Tangsel Desktop, atau tidak lengkap."
    _, kind_code, copy, office, number, person, signature_text = parts
    kind = _KIND_BY_CODE.get(kind_code)
    if kind is None or copy not in ("0", "1"):
        return "Kode QR rusak: jenis dokumen tidak dikenal."
    if not (FIELD_TEXT.match(office) and FIELD_TEXT.match(number) and PERSON_FIELD.match(person)):
        return "Kode QR rusak: isi kolomnya tidak sesuai format."
    signature = _unb32(signature_text, 64) if SIGNATURE_FIELD.match(signature_text) else None
    if signature is None:
        return "Kode QR rusak: tanda tangan digital terpotong atau tidak lengkap."
    fields = PayloadFields(kind, office, number, person or None, is_copy=copy == "1")
    return fields, signature


def verify_payload(payload: str, keys: Mapping[str, Iterable[Ed25519PublicKey]]) -> VerifyResult:
    """Check a payload's signature against the public keys known for its office (office code -> keys).

    This is all an office without the issuer's register can know: a good signature comes back with
    `signature_valid` and register "unknown", never `valid` (see document_verification.with_register).
    """
    parsed = parse_payload(payload)
    if isinstance(parsed, str):
        return _unreadable(parsed)
    fields, signature = parsed
    message = SIGNING_CONTEXT + fields.canonical_text().encode("ascii")

    def result(signed: bool, reason: str) -> VerifyResult:
        # The person id as the store keeps it (lowercase hex), so the window can open that person.
        person = (fields.person_id or "").lower()
        return VerifyResult(
            False, fields.kind, fields.number, fields.office, person, fields.is_copy, reason, signed
        )

    office_keys = list(keys.get(fields.office, ()))
    if not office_keys:
        return result(
            False,
            f"Kunci publik kantor {fields.office} belum dikenal di sini: impor berkas kuncinya dulu.",
        )
    for key in office_keys:
        try:
            key.verify(signature, message)
        except InvalidSignature:
            continue
        copy = " (salinan)" if fields.is_copy else ""
        return result(
            True,
            f"Tanda tangan kantor {fields.office} asli untuk {fields.kind.label.lower()}{copy} nomor "
            f"{fields.number}, tetapi register kantor itu tidak ada di sini: apakah nomor ini benar "
            f"diterbitkan dan tidak dibatalkan hanya dapat dipastikan di kantor {fields.office}.",
        )
    return result(
        False,
        "Tanda tangan tidak cocok: dokumen ini palsu atau isinya telah diubah.",
    )


# The public-key file.


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_fingerprint(key: Ed25519PublicKey) -> str:
    """A short form to compare over the phone: the key's first 16 base32 characters in groups of four."""
    text = _b32(public_key_bytes(key))[:16]
    return "-".join(text[start : start + 4] for start in range(0, 16, 4))


def format_key_line(office: str, key: Ed25519PublicKey) -> str:
    return f"{KEY_FILE_TAG} {office} {_b32(public_key_bytes(key))}\n"


def parse_key_line(text: str) -> tuple[str, Ed25519PublicKey]:
    """(office code, public key) from the one line of a key file; a UserError says what is wrong."""
    parts = text.strip().split(" ")
    data = _unb32(parts[2], 32) if len(parts) == 3 and len(parts[2]) == KEY_CHARS else None
    if parts[0] != KEY_FILE_TAG or data is None or not FIELD_TEXT.match(parts[1]):
        raise UserError(
            f"Berkas ini bukan berkas kunci publik Tangsel Desktop (baris yang diharapkan: "
            f"{KEY_FILE_TAG} KODE-KANTOR KUNCI)."
        )
    return parts[1], Ed25519PublicKey.from_public_bytes(data)


def read_key_file(path: Path) -> tuple[str, Ed25519PublicKey]:
    try:
        with path.open("rb") as handle:
            data = handle.read(KEY_FILE_LIMIT)
    except OSError as error:
        raise UserError(f"Berkas kunci {path} tidak dapat dibaca: {error.strerror or error}") from None
    # Anything else (a PDF picked by mistake) gets the same message as a damaged key line.
    return parse_key_line(data.decode("ascii", errors="replace"))
