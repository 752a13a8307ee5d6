"""The public key file an office and Dinas Sosial exchange at set-up: JSON, with a fingerprint to read aloud.

    {"format": "tangsel-keys/1", "office": "36.74.04.1004", "role": "kelurahan" | "dinsos",
     "name": "Kelurahan Sawah, ...", "signing_key": hex Ed25519, "encryption_key": hex X25519,
     "fingerprint": "ABCD-EFGH-IJKL-MNOP-QRST"}

The fingerprint is the first 20 base32 characters of SHA-256(signing key | encryption key): both ends read
it over the phone before trusting the file. Only public keys are ever in it. The same two keys can also be
written as text lines (a .txt key file), the first being issue 9's line for checking printed documents:

    TANGSEL-ED25519 36.74.04.1004 <52 base32 characters>
    TANGSEL-X25519 36.74.04.1004 <52 base32 characters>
"""

import base64
import hashlib
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE

KEY_FORMAT = "tangsel-keys/1"
ROLES = ("kelurahan", "dinsos")
KEY_FILE_LIMIT = 16 * 1024
SIGNING_TAG, ENCRYPTION_TAG = "TANGSEL-ED25519", "TANGSEL-X25519"


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _grouped(data: bytes, characters: int) -> str:
    text = base64.b32encode(hashlib.sha256(data).digest()).decode("ascii")[:characters]
    return "-".join(text[start : start + 4] for start in range(0, characters, 4))


def sync_fingerprint(public_key: bytes) -> str:
    """One key's short name inside a package header (which key sealed it, which key may open it)."""
    return _grouped(public_key, 16)


def pair_fingerprint(signing_key: bytes, encryption_key: bytes) -> str:
    return _grouped(signing_key + encryption_key, 20)


@dataclass(frozen=True)
class KeyFile:
    office: str
    role: str
    name: str
    signing_key: bytes
    encryption_key: bytes

    @property
    def fingerprint(self) -> str:
        return pair_fingerprint(self.signing_key, self.encryption_key)

    def text(self) -> str:
        return (
            json.dumps(
                {
                    "format": KEY_FORMAT,
                    "office": self.office,
                    "role": self.role,
                    "name": self.name,
                    "signing_key": self.signing_key.hex(),
                    "encryption_key": self.encryption_key.hex(),
                    "fingerprint": self.fingerprint,
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )

    def lines(self) -> str:
        return (
            f"{SIGNING_TAG} {self.office} {_b32(self.signing_key)}\n"
            f"{ENCRYPTION_TAG} {self.office} {_b32(self.encryption_key)}\n"
        )


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes | None:
    try:
        data = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        return None
    return data if len(data) == 32 else None


def parse_key_lines(data: bytes) -> KeyFile | None:
    """Both keys from the text form, or None when the file holds the signing line alone (issue 9's file for
    checking documents, imported as before) or is no key file at all (the caller's parser says why)."""
    lines = [line.split(" ") for line in data.decode("ascii", errors="replace").strip().splitlines()]
    if len(lines) != 2 or [len(line) for line in lines] != [3, 3]:
        return None
    (tag_1, office, signing_text), (tag_2, office_2, encryption_text) = lines
    signing, encryption = _unb32(signing_text), _unb32(encryption_text)
    if (
        (tag_1, tag_2) != (SIGNING_TAG, ENCRYPTION_TAG)
        or office != office_2
        or signing is None
        or encryption is None
    ):
        return None
    try:
        Ed25519PublicKey.from_public_bytes(signing)
        X25519PublicKey.from_public_bytes(encryption)
    except ValueError:
        return None
    return KeyFile(office, "dinsos" if office == DINSOS_CODE else "kelurahan", "", signing, encryption)


NOT_A_KEY_FILE = (
    "Berkas ini bukan berkas kunci sinkronisasi Tangsel Desktop (JSON dengan format tangsel-keys/1). "
    "Minta kantor itu menjalankan keys export lagi."
)


def looks_like_key_file(data: bytes) -> bool:
    return data.lstrip().startswith(b"{")


def parse_key_file(data: bytes) -> KeyFile:
    """The key file's contents, checked: both keys valid, the fingerprint written in it matching them."""
    try:
        values = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(NOT_A_KEY_FILE) from None
    if not isinstance(values, dict) or values.get("format") != KEY_FORMAT:
        raise UserError(NOT_A_KEY_FILE)
    office, role, name = values.get("office"), values.get("role"), values.get("name", "")
    if not isinstance(office, str) or not office or role not in ROLES or not isinstance(name, str):
        raise UserError(NOT_A_KEY_FILE)
    try:
        signing = bytes.fromhex(str(values.get("signing_key")))
        encryption = bytes.fromhex(str(values.get("encryption_key")))
        Ed25519PublicKey.from_public_bytes(signing)
        X25519PublicKey.from_public_bytes(encryption)
    except ValueError:
        raise UserError(
            "Berkas kunci rusak: salah satu kuncinya tidak sah. Minta berkas yang baru."
        ) from None
    found = KeyFile(office, str(role), name, signing, encryption)
    if values.get("fingerprint") != found.fingerprint:
        raise UserError(
            "Berkas kunci rusak atau telah diubah: sidik jari yang tertulis tidak cocok dengan kuncinya. "
            "Minta berkas yang baru dan cocokkan sidik jarinya lewat telepon."
        )
    return found
