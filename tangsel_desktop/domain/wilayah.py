"""The 7 kecamatan and 54 kelurahan of Kota Tangerang Selatan (Kemendagri codes), by code, name or alias."""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import resources_dir

DINSOS_CODE = "DINSOS"
CITY_CODE = "36.74"
CITY_NAME = "Kota Tangerang Selatan"


@dataclass(frozen=True)
class Kelurahan:
    code: str
    name: str
    postal_code: str
    kecamatan_code: str
    kecamatan_name: str
    aliases: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.name}, Kec. {self.kecamatan_name}"


def _key(text: str) -> str:
    """Names compare without case, spaces or punctuation: 'Rawa Buntu' = 'RAWABUNTU'."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


class Wilayah:
    """Lookup over the reference file in resources/reference/wilayah.json."""

    def __init__(self, kelurahan: list[Kelurahan]) -> None:
        self.kelurahan = tuple(sorted(kelurahan, key=lambda k: k.code))
        self._by_code = {k.code: k for k in self.kelurahan}
        self._by_key: dict[str, Kelurahan] = {}
        self._by_text: dict[str, Kelurahan] = {}
        for item in self.kelurahan:
            for name in (item.name, *item.aliases):
                self._by_key[_key(name)] = item
            # Compact codes as spreadsheets hold them: 3674041004.
            self._by_key[_key(item.code)] = item

    @classmethod
    def from_file(cls, path: Path) -> "Wilayah":
        document = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            [
                Kelurahan(
                    code=kel["code"],
                    name=kel["name"],
                    postal_code=kel["postal_code"],
                    kecamatan_code=kec["code"],
                    kecamatan_name=kec["name"],
                    aliases=tuple(kel.get("aliases", [])),
                )
                for kec in document["kecamatan"]
                for kel in kec["kelurahan"]
            ]
        )

    def get(self, code: str) -> Kelurahan:
        try:
            return self._by_code[code]
        except KeyError:
            raise UserError(
                f"Kode kelurahan {code!r} tidak dikenal. Gunakan kode Kemendagri seperti 36.74.04.1004."
            ) from None

    def find(self, code_or_name: str) -> Kelurahan:
        """A kelurahan by its code, its name, or an older spelling of its name."""
        text = code_or_name.strip()
        if text in self._by_code:
            return self._by_code[text]
        # Imports repeat the same few spellings thousands of times: remember each one seen.
        found = self._by_text.get(text)
        if found is None:
            found = self._by_key.get(_key(text))
            if found is not None and len(self._by_text) < 10_000:
                self._by_text[text] = found
        if found is None:
            raise UserError(
                f"Kelurahan {text!r} tidak ada di Kota Tangerang Selatan. "
                "Tulis nama kelurahan (contoh: Sawah Baru) atau kodenya (contoh: 36.74.04.1001)."
            )
        return found

    def kecamatan_names(self) -> list[tuple[str, str]]:
        return sorted({(k.kecamatan_code, k.kecamatan_name) for k in self.kelurahan})


@cache
def wilayah() -> Wilayah:
    """The city's regions, read once per process."""
    return Wilayah.from_file(resources_dir() / "reference" / "wilayah.json")


def kelurahan_name(code: str) -> str:
    """The kelurahan's name, or the code itself when it is not one of the city's 54 (old or foreign data)."""
    try:
        return wilayah().get(code).name
    except UserError:
        return code
