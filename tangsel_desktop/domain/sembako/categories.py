"""Who may receive sembako: the four categories, and how long each kind of evidence holds."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth

# A stunting letter is about a child under five (balita): without an end date it holds until the fifth
# birthday, when the posyandu stops measuring the child for stunting.
STUNTING_AGE_LIMIT = 5
MAX_DOCUMENT = 200


class Category(StrEnum):
    """A sembako category; its value is the word of the command line and the store."""

    STUNTING = "stunting"
    TBC = "tbc"
    DISABILITY = "disabilitas"
    REMOTE = "terpencil"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def needs_letter(self) -> bool:
        """Stunting and TBC rest on a letter from the posyandu or puskesmas; the other two on the registry."""
        return self in (Category.STUNTING, Category.TBC)

    @classmethod
    def parse(cls, text: str) -> "Category":
        wanted = " ".join(text.split()).lower()
        wanted = _ALIASES.get(wanted, wanted)
        for category in cls:
            if wanted in (category.value, category.label.lower()):
                return category
        choices = ", ".join(category.value for category in cls)
        raise UserError(
            f"Kategori sembako '{text}' tidak dikenal. Pilih salah satu: {choices}.", field="category"
        )


_LABELS = {
    Category.STUNTING: "Keluarga dengan anak stunting",
    Category.TBC: "Pasien TBC dalam pengobatan",
    Category.DISABILITY: "Penyandang disabilitas",
    Category.REMOTE: "Warga daerah terpencil",
}
_ALIASES = {"tb": "tbc", "tuberkulosis": "tbc", "difabel": "disabilitas", "remote": "terpencil"}


def parse_categories(texts: list[str] | tuple[str, ...]) -> tuple[Category, ...]:
    """Categories in the order given, each once; at least one."""
    found = tuple(dict.fromkeys(Category.parse(text) for text in texts))
    if not found:
        raise UserError("Pilih paling sedikit satu kategori penerima sembako.", field="category")
    return found


@dataclass(frozen=True)
class EvidenceTerms:
    """A letter's validity: from a day, until a day (None: the category's own limit or open-ended)."""

    category: Category
    valid_from: date
    valid_until: date | None

    def covers(self, month: YearMonth) -> bool:
        """Valid on any day of the month: a treatment that ends on the 10th still counts for that month."""
        first, last = month.first_day(), month.last_day()
        return self.valid_from <= last and (self.valid_until is None or self.valid_until >= first)

    def ends_in(self, month: YearMonth) -> bool:
        """Its last day falls in the month: the family needs a new letter for the months after."""
        return self.valid_until is not None and YearMonth.of(self.valid_until) == month


def evidence_terms(
    category: Category,
    *,
    valid_from: date,
    valid_until: date | None,
    child_birth_date: date | None = None,
) -> EvidenceTerms:
    """Check a letter's dates for its category and fill the end a category implies; refuse what cannot be."""
    if not category.needs_letter:
        raise UserError(
            f"Kategori {category.value} tidak memakai surat: "
            + (
                "jenis disabilitas diambil dari data penduduk."
                if category is Category.DISABILITY
                else "daerah terpencil ditetapkan per RW di pengaturan sembako."
            ),
            field="category",
        )
    if valid_until is not None and valid_until < valid_from:
        raise UserError(
            f"Tanggal akhir ({valid_until:%d-%m-%Y}) sebelum tanggal mulai ({valid_from:%d-%m-%Y}).",
            field="until",
        )
    if category is Category.TBC and valid_until is None:
        raise UserError(
            "Surat TBC perlu tanggal akhir pengobatan yang direncanakan (--until), dari surat puskesmas.",
            field="until",
        )
    if category is Category.STUNTING:
        if child_birth_date is None:
            raise UserError("Surat stunting perlu tanggal lahir anak (--child-birth-date).", field="child")
        if child_birth_date > valid_from:
            raise UserError("Tanggal lahir anak sesudah tanggal surat: periksa kembali.", field="child")
        fifth_birthday = _years_after(child_birth_date, STUNTING_AGE_LIMIT)
        if valid_until is None or valid_until > fifth_birthday:
            valid_until = fifth_birthday
        if valid_until < valid_from:
            raise UserError(
                "Anak sudah berusia lima tahun pada tanggal surat; kategori stunting untuk balita.",
                field="child",
            )
    return EvidenceTerms(category, valid_from, valid_until)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
