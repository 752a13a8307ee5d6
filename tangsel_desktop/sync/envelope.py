"""The sealed envelope every sync file travels in: signed by the sender (Ed25519), encrypted to the recipient.

    file   = MAGIC | u32 big-endian length of header | header (JSON, UTF-8, cleartext) | ciphertext
    key    = HKDF-SHA256(X25519(ephemeral private, recipient public),
                         salt = ephemeral public | recipient public, info = INFO), 32 bytes
    ciphertext = ChaCha20-Poly1305(key).encrypt(nonce from the header, signature | body, aad = header)
    signature  = Ed25519(sender) over SIGNED | u32 length of header | header | body

The header (format, kind, sender, recipient, sequences, fingerprints of both keys, the ephemeral public key
and the nonce) is read before decryption to find the keys, and is bound twice: as the AEAD's associated
data and inside the signature. One byte changed anywhere, a cut file or another recipient's key fails the
tag; a package re-encrypted by someone holding the centre's public key fails the sender's signature.
Every primitive is from the `cryptography` package; nothing here is home-made but the layout.
"""

import json
import os
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tangsel_desktop.sync.key_file import raw_public, sync_fingerprint

MAGIC = b"TANGSEL-SYNC\n"
FORMAT = "tangsel-sync/1"
INFO = b"tangsel-sync/1 chacha20-poly1305 key"
SIGNED = b"tangsel-sync/1 signed\x00"
MAX_HEADER = 64 * 1024
NONCE_BYTES = 12
SIGNATURE_BYTES = 64


class EnvelopeError(Exception):
    """Not a sync file, or changed, cut, or not meant for this key (the message is in Indonesian)."""


@dataclass(frozen=True)
class Opened:
    header: dict[str, Any]
    header_bytes: bytes
    ciphertext: bytes


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=INFO).derive(shared)


def _signed_text(header_bytes: bytes, body: bytes) -> bytes:
    return SIGNED + struct.pack(">I", len(header_bytes)) + header_bytes + body


def seal(
    header: dict[str, Any], body: bytes, *, sender: Ed25519PrivateKey, recipient: X25519PublicKey
) -> bytes:
    """The whole file: the caller's header fields, plus both keys' fingerprints, the ephemeral key, nonce."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = raw_public(ephemeral.public_key())
    recipient_public = raw_public(recipient)
    nonce = os.urandom(NONCE_BYTES)
    full = {
        **header,
        "format": FORMAT,
        "sender_key": sync_fingerprint(raw_public(sender.public_key())),
        "recipient_key": sync_fingerprint(recipient_public),
        "ephemeral": ephemeral_public.hex(),
        "nonce": nonce.hex(),
    }
    header_bytes = json.dumps(full, sort_keys=True, separators=(",", ":")).encode("utf-8")
    signature = sender.sign(_signed_text(header_bytes, body))
    key = _key(ephemeral.exchange(recipient), ephemeral_public, recipient_public)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, signature + body, header_bytes)
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + ciphertext


def read_header(data: bytes) -> Opened:
    """The cleartext header (to find the keys), before anything is trusted."""
    start = len(MAGIC)
    if not data.startswith(MAGIC) or len(data) < start + 4:
        raise EnvelopeError("Berkas ini bukan paket sinkronisasi Tangsel Desktop.")
    (length,) = struct.unpack(">I", data[start : start + 4])
    if length > MAX_HEADER or len(data) < start + 4 + length:
        raise EnvelopeError("Paket sinkronisasi terpotong atau rusak: kepalanya tidak utuh.")
    header_bytes = data[start + 4 : start + 4 + length]
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise EnvelopeError("Paket sinkronisasi rusak: kepalanya tidak terbaca.") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise EnvelopeError(
            "Format paket sinkronisasi tidak dikenal. Pastikan kedua kantor memakai versi aplikasi yang sama."
        )
    for field in ("ephemeral", "nonce", "sender_key", "recipient_key"):
        if not isinstance(header.get(field), str):
            raise EnvelopeError("Paket sinkronisasi rusak: kepalanya tidak lengkap.")
    return Opened(header, header_bytes, data[start + 4 + length :])


def open_sealed(opened: Opened, *, recipient: X25519PrivateKey, sender: Ed25519PublicKey) -> bytes:
    """The body, once decrypted with this store's key and verified against the sender's signing key."""
    try:
        ephemeral = bytes.fromhex(opened.header["ephemeral"])
        nonce = bytes.fromhex(opened.header["nonce"])
        shared = recipient.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:
        raise EnvelopeError("Paket sinkronisasi rusak: kunci sementaranya tidak sah.") from None
    if len(nonce) != NONCE_BYTES:
        raise EnvelopeError("Paket sinkronisasi rusak: kepalanya tidak sah.")
    key = _key(shared, ephemeral, raw_public(recipient.public_key()))
    try:
        plain = ChaCha20Poly1305(key).decrypt(nonce, opened.ciphertext, opened.header_bytes)
    except InvalidTag:
        raise EnvelopeError(
            "Paket sinkronisasi ditolak: isinya telah diubah, terpotong, atau tidak ditujukan ke kunci "
            "kantor ini. Minta kantor pengirim menulis paketnya lagi."
        ) from None
    signature, body = plain[:SIGNATURE_BYTES], plain[SIGNATURE_BYTES:]
    try:
        sender.verify(signature, _signed_text(opened.header_bytes, body))
    except InvalidSignature:
        raise EnvelopeError(
            "Paket sinkronisasi ditolak: tanda tangannya bukan dari kunci kantor pengirim yang dikenal "
            "di sini."
        ) from None
    return body
