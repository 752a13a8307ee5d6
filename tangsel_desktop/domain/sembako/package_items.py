"""A sembako package's contents: items of name, unit, quantity and unit price in whole rupiah."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import tidy_text

MAX_ITEMS = 30
MAX_NAME = 60
MAX_UNIT = 20
MAX_QUANTITY = Decimal(1000)
MAX_UNIT_PRICE = 10_000_000  # Rp10 juta for one unit of a staple is a typing slip, not a price


@dataclass(frozen=True)
class PackageItem:
    """One line of the package, e.g. Beras, kg, 10, Rp14.000."""

    name: str
    unit: str
    quantity: Decimal
    unit_price: int

    @property
    def value(self) -> int:
        """The line's worth in whole rupiah (half a rupiah rounds up, as a cashier would)."""
        return int((self.quantity * self.unit_price).to_integral_value(rounding=ROUND_HALF_UP))

    @property
    def quantity_text(self) -> str:
        """As printed in Indonesian: 10, 2,5."""
        text = format(self.quantity.normalize(), "f")
        return text.replace(".", ",")

    def as_text(self) -> str:
        """The command line's form: Beras,kg,10,14000."""
        return f"{self.name},{self.unit},{format(self.quantity.normalize(), 'f')},{self.unit_price}"


def package_value(items: tuple[PackageItem, ...]) -> int:
    return sum(item.value for item in items)


def parse_item(text: str) -> PackageItem:
    """'Beras,kg,10,14000' (name, unit, quantity, unit price); a decimal comma in the quantity is kept."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 5:  # "Minyak goreng,L,1,5,18000": a decimal comma split the quantity in two
        parts = [parts[0], parts[1], f"{parts[2]}.{parts[3]}", parts[4]]
    if len(parts) != 4:
        raise UserError(
            f"Barang '{text}' tidak terbaca. Tulis nama,satuan,jumlah,harga satuan; "
            "misalnya: Beras,kg,10,14000.",
            field="item",
        )
    name, unit, quantity, price = parts
    return make_item(name, unit, quantity, price)


def make_item(name: str, unit: str, quantity: str | Decimal, unit_price: str | int) -> PackageItem:
    """An item from the form's or the command line's texts, checked; the message names what to fix."""
    name, unit = tidy_text(name), tidy_text(unit)
    if not name or len(name) > MAX_NAME:
        raise UserError(f"Nama barang wajib diisi, paling panjang {MAX_NAME} huruf.", field="item")
    if not unit or len(unit) > MAX_UNIT:
        raise UserError(f"Satuan barang '{name}' wajib diisi (kg, L, bungkus, kaleng).", field="item")
    amount = _quantity(name, quantity)
    price = _price(name, unit_price)
    return PackageItem(name, unit, amount, price)


def check_items(items: list[PackageItem] | tuple[PackageItem, ...]) -> tuple[PackageItem, ...]:
    if not items:
        raise UserError("Isi paket sembako belum ada: tambahkan paling sedikit satu barang.", field="item")
    if len(items) > MAX_ITEMS:
        raise UserError(f"Isi paket paling banyak {MAX_ITEMS} barang.", field="item")
    names = [item.name.lower() for item in items]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise UserError(f"Barang tercatat dua kali dalam paket: {', '.join(twice)}.", field="item")
    return tuple(items)


def _quantity(name: str, text: str | Decimal) -> Decimal:
    try:
        value = text if isinstance(text, Decimal) else Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        raise UserError(f"Jumlah barang '{name}' harus angka, misalnya 10 atau 2,5.", field="item") from None
    if not value.is_finite() or value <= 0 or value > MAX_QUANTITY:
        raise UserError(f"Jumlah barang '{name}' harus lebih dari 0 dan paling banyak 1000.", field="item")
    if value != value.quantize(Decimal("0.001")):
        raise UserError(f"Jumlah barang '{name}' paling banyak tiga angka di belakang koma.", field="item")
    return value.normalize()


def _price(name: str, text: str | int) -> int:
    cleaned = str(text).strip().replace(".", "").replace("Rp", "").replace("rp", "").strip()
    if not cleaned.isdigit():
        raise UserError(
            f"Harga satuan '{name}' ditulis dalam rupiah utuh tanpa koma, misalnya 14000.", field="item"
        )
    value = int(cleaned)
    if value > MAX_UNIT_PRICE:
        raise UserError(f"Harga satuan '{name}' terlalu besar: periksa kembali.", field="item")
    return value
