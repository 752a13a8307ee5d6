"""`people add`, `update` and `show`: a person's relation in the family from the command line."""

from tangsel_desktop.paths import resources_dir
from tests.cli.test_cli import Cli

HEAD_NIK = "3674041403780001"
WIFE_NIK = "3674045708820008"
KK = "3674040505180011"
COMMON = ("--kk", KK, "--born", "", "--address", "Jl. Mawar No. 5", "--kelurahan", "Sawah")


def add(
    office: Cli, nik: str, name: str, sex: str, born: str, relation: str
) -> tuple[int, dict[str, object]]:
    words = [*COMMON]
    words[3] = born
    return office(
        "people",
        "add",
        "--nik",
        nik,
        "--name",
        name,
        "--sex",
        sex,
        *words,
        "--relation",
        relation,
        user="ani",
    )


def test_people_add_update_and_show_keep_the_relation(office: Cli) -> None:
    code, head = add(office, HEAD_NIK, "Ahmad Suryadi", "L", "1978-03-14", "KEPALA KELUARGA")
    assert code == 0, head
    assert head["family_relation"] == "Kepala Keluarga"
    code, wife = add(office, WIFE_NIK, "Siti Aminah", "P", "17-08-1982", "anak")
    assert code == 0, wife
    assert wife["family_relation"] == "Anak"

    code, changed = office("people", "update", WIFE_NIK, "--relation", "isteri", user="ani")
    assert code == 0, changed
    assert changed["family_relation"] == "Istri"
    assert changed["name"] == "Siti Aminah"  # only what was named changes

    code, shown = office("people", "show", HEAD_NIK, user="ani")
    assert code == 0, shown
    assert [(m["name"], m["family_relation"], m["is_head"]) for m in shown["household"]] == [
        ("Ahmad Suryadi", "Kepala Keluarga", True),
        ("Siti Aminah", "Istri", False),
    ]


def test_a_second_kepala_keluarga_and_an_unknown_relation_are_refused(office: Cli) -> None:
    assert add(office, HEAD_NIK, "Ahmad Suryadi", "L", "1978-03-14", "Kepala Keluarga")[0] == 0
    code, refused = add(office, WIFE_NIK, "Siti Aminah", "P", "1982-08-17", "Kepala Keluarga")
    assert code == 1
    assert "sudah punya Kepala Keluarga: Ahmad Suryadi" in str(refused["error"])
    code, refused = add(office, WIFE_NIK, "Siti Aminah", "P", "1982-08-17", "Tetangga")
    assert code == 1
    assert "Hubungan dalam keluarga 'Tetangga' tidak dikenali" in str(refused["error"])
    code, missing = office("people", "show", WIFE_NIK, user="ani")
    assert code == 1
    assert "Tidak ada penduduk dengan NIK" in str(missing["error"])


def test_people_import_counts_residents_of_other_kelurahan(office: Cli) -> None:
    sample = resources_dir() / "samples" / "contoh-impor-penduduk.csv"
    code, payload = office("people", "import", str(sample), "--dry-run", user="ani")
    assert code == 0, payload
    assert (payload["other_kelurahan"], payload["warnings"], payload["rejected"]) == (17, 17, 0)
