"""Issue 9, finding 10: zero-width, directional and BOM characters never reach the store or hide a name."""

import csv
from pathlib import Path

from tangsel_desktop.domain.person_rules import check_person
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft

HIDDEN_NAME = "Si\u200bti  Am\u202eina\u200dh"
HIDDEN_ADDRESS = "\ufeffJl.\u2003Mawar\u200f No. 5"
HIDDEN_PLACE = "Jaka\u2060rta\u200e"
DECOMPOSED = "Jose\u0301"  # e + combining acute: NFC makes it one character


def test_the_one_check_every_write_path_shares_normalises_names_places_and_addresses() -> None:
    """Finding 10: check_person (form, service and import) stores the normal form."""
    person = check_person(
        make_draft(full_name=HIDDEN_NAME, address=HIDDEN_ADDRESS, birth_place=HIDDEN_PLACE)
    ).raise_if_invalid()
    assert person.full_name == "Siti Aminah"
    assert person.address == "Jl. Mawar No. 5"
    assert person.birth_place == "Jakarta"
    decomposed = check_person(make_draft(full_name=DECOMPOSED)).raise_if_invalid()
    assert decomposed.full_name == "Jos\u00e9"


def test_a_name_typed_with_a_zero_width_space_is_found_by_its_plain_spelling(
    services: Services, admin: Actor
) -> None:
    """Finding 10: "Si\u200bti Aminah" was stored as typed and never found by searching "Siti"."""
    detail, _ = services.people.register(actor=admin, draft=make_draft(full_name="Si\u200bti Aminah"))
    assert detail.full_name == "Siti Aminah"
    assert [row.nik for row in services.people.search(actor=admin, text="Siti")] == [detail.nik]
    # The same normal form for the query: a search pasted with the invisible character finds her too.
    assert [row.nik for row in services.people.search(actor=admin, text="Si\u200bti Am")] == [detail.nik]


def test_an_imported_name_is_normalised_too(services: Services, admin: Actor, tmp_path: Path) -> None:
    """Finding 10: the import goes through the same normal form as the form."""
    source = tmp_path / "daftar.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["NIK", "NO_KK", "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "ALAMAT", "KELURAHAN"])
        writer.writerow(
            ["3674045708850001", "3674041203150002", HIDDEN_NAME, "P", "17-08-1985", HIDDEN_ADDRESS, "Sawah"]
        )
    result, _ = services.people_import.run(actor=admin, source=source, dry_run=False)
    assert result.imported == 1
    person = services.people.find_by_nik(actor=admin, nik="3674045708850001")
    assert person is not None
    assert (person.full_name, person.address) == ("Siti Aminah", "Jl. Mawar No. 5")
