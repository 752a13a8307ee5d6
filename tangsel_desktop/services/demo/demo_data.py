"""Realistic synthetic residents for demos and benchmarks: Indonesian names, valid NIKs and KKs, families."""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from tangsel_desktop.domain.enums import COMMON_OCCUPATIONS, Disability, Sex
from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.domain.wilayah import Kelurahan

MALE_NAMES = tuple(
    (
        "Ahmad, Agus, Andi, Bambang, Budi, Dedi, Dian, Eko, Fajar, Hendra, Heri, Iwan, Joko, "
        "Kurniawan, Lukman, Maman, Muhammad, Nanang, Rahmat, Rizki, Slamet, Sugeng, Supriyadi, "
        "Taufik, Udin, Wahyu, Yusuf, Asep, Ujang, Dadang, Encep, Ilham, Firman, Haris, Irfan, "
        "Jajang, Komarudin, Mulyadi, Saepul, Tatang"
    ).split(", ")
)
FEMALE_NAMES = tuple(
    (
        "Siti, Sri, Dewi, Ani, Ayu, Eka, Fitri, Indah, Lestari, Nur, Nurhayati, Putri, Ratna, "
        "Rina, Rini, Sari, Wati, Yanti, Yuli, Euis, Neneng, Enok, Aisyah, Dian, Halimah, Kartini, "
        "Maryam, Mega, Nining, Popon, Rohmah, Susi, Tuti, Umi, Wulan, Zahra, Cucu, Imas, Lilis, "
        "Juju"
    ).split(", ")
)
# Indonesians rarely share a family name: second names follow the person's sex, not the household's.
MALE_SECOND_NAMES = tuple(
    (
        "Saputra, Hidayat, Setiawan, Kusnadi, Permana, Nugraha, Santoso, Wijaya, Firmansyah, "
        "Gunawan, Hermawan, Kurnia, Maulana, Pratama, Rahman, Sulaeman, Suryadi, Syahputra, "
        "Wibowo, bin Sarmili, Muhaimin, Rosidi, Hakim, Ramadhan"
    ).split(", ")
)
FEMALE_SECOND_NAMES = tuple(
    (
        "Aminah, Rahayu, Handayani, Susanti, Maharani, Anggraini, Fauziah, Kusumawati, Lestari, "
        "Marlina, Purnamasari, Safitri, Yulianti, binti Juhri, Nurjanah, Hasanah, Wahyuni, "
        "Fatimah, Rahmawati, Puspitasari, Oktaviani, Permatasari, Khairunnisa"
    ).split(", ")
)
STREETS = tuple(
    (
        "Jl. Mawar, Jl. Melati, Jl. Kenanga, Jl. Masjid, Jl. H. Saleh, Gg. Kelapa, Gg. Haji Naim, "
        "Jl. Pendidikan, Jl. Raya Serpong, Jl. Siliwangi, Jl. Cendrawasih, Kp. Sawah, Kp. Bulak, "
        "Gg. Damai, Jl. Pembangunan, Jl. Swadaya"
    ).split(", ")
)
BIRTH_PLACES = tuple(
    (
        "Tangerang, Jakarta, Bogor, Serang, Lebak, Pandeglang, Bandung, Garut, Tasikmalaya, "
        "Cirebon, Brebes, Tegal, Pemalang, Kuningan, Lampung, Padang"
    ).split(", ")
)
# Where residents were first registered: mostly Tangsel's kecamatan, some from elsewhere (DOMAIN.md).
OTHER_REGIONS = ("317101", "317404", "320118", "360301", "330201", "327301", "180101", "120101")
DISABILITY_WEIGHTS = (
    (Disability.NONE, 960),
    (Disability.PHYSICAL, 12),
    (Disability.BLIND, 8),
    (Disability.DEAF, 6),
    (Disability.INTELLECTUAL, 5),
    (Disability.MENTAL, 4),
    (Disability.SPEECH, 3),
    (Disability.MULTIPLE, 2),
)


@dataclass(frozen=True)
class DemoPerson:
    nik: str
    full_name: str
    sex: Sex
    birth_place: str
    birth_date: date
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    phone: str
    occupation: str
    disability: Disability
    desil: int | None
    family_relation: FamilyRelation = FamilyRelation.CHILD


@dataclass(frozen=True)
class DemoFamily:
    kk_number: str
    members: tuple[DemoPerson, ...]  # the head first


class DemoGenerator:
    """Families for the given kelurahan; every NIK and KK is structurally valid and unique."""

    def __init__(self, kelurahan: list[Kelurahan], *, seed: int = 2025, today: date | None = None):
        self._kelurahan = kelurahan
        self._random = random.Random(seed)
        self._today = today or date.today()
        self._used_nik: set[str] = set()
        self._used_kk: set[str] = set()
        self._disabilities = [kind for kind, _ in DISABILITY_WEIGHTS]
        self._disability_weights = [weight for _, weight in DISABILITY_WEIGHTS]

    def exclude(self, niks: set[str], kks: set[str]) -> None:
        """Never generate a NIK or KK the office already holds."""
        self._used_nik |= niks
        self._used_kk |= kks

    def families(self, people: int) -> Iterator[DemoFamily]:
        made = 0
        while made < people:
            family = self._family(min(people - made, self._random.choice((1, 2, 3, 3, 4, 4, 5, 6))))
            made += len(family.members)
            yield family

    def _birth_date(self, min_age: int, max_age: int) -> date:
        days = self._random.randint(min_age * 365, max_age * 365)
        return self._today - timedelta(days=days)

    def _nik(self, region: str, birth_date: date, sex: Sex) -> str:
        day = birth_date.day + (40 if sex is Sex.FEMALE else 0)
        stem = f"{region}{day:02d}{birth_date:%m%y}"
        while True:
            nik = f"{stem}{self._random.randint(1, 9999):04d}"
            if nik not in self._used_nik:
                self._used_nik.add(nik)
                return nik

    def _kk(self, region: str) -> str:
        while True:
            recorded = self._birth_date(0, 25)
            kk = f"{region}{recorded:%d%m%y}{self._random.randint(1, 9999):04d}"
            if kk not in self._used_kk:
                self._used_kk.add(kk)
                return kk

    def _person(
        self,
        kelurahan: Kelurahan,
        address: tuple[str, str, str],
        sex: Sex,
        age: tuple[int, int],
        desil: int | None,
        relation: FamilyRelation,
    ) -> DemoPerson:
        rng = self._random
        birth_date = self._birth_date(*age)
        local_region = kelurahan.kecamatan_code.replace(".", "")
        region = local_region if rng.random() < 0.8 else rng.choice(OTHER_REGIONS)
        given = rng.choice(MALE_NAMES if sex is Sex.MALE else FEMALE_NAMES)
        second = rng.choice(MALE_SECOND_NAMES if sex is Sex.MALE else FEMALE_SECOND_NAMES)
        full_name = f"{given} {second}" if rng.random() < 0.85 else given
        adult = (self._today - birth_date).days >= 18 * 365
        return DemoPerson(
            nik=self._nik(region, birth_date, sex),
            full_name=full_name,
            sex=sex,
            birth_place=rng.choice(BIRTH_PLACES),
            birth_date=birth_date,
            address=address[0],
            rt=address[1],
            rw=address[2],
            kelurahan_code=kelurahan.code,
            phone=f"08{rng.choice('1235789')}{rng.randint(10**8, 10**10 - 1)}" if adult else "",
            occupation=rng.choice(COMMON_OCCUPATIONS[:8]) if adult else "Pelajar/Mahasiswa",
            disability=rng.choices(self._disabilities, self._disability_weights)[0],
            desil=desil,
            family_relation=relation,
        )

    def _family(self, size: int) -> DemoFamily:
        rng = self._random
        kelurahan = rng.choice(self._kelurahan)
        address = (
            f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}",
            f"{rng.randint(1, 12):03d}",
            f"{rng.randint(1, 15):03d}",
        )
        desil = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 7, None))
        head_sex = Sex.MALE if rng.random() < 0.85 else Sex.FEMALE
        members = [self._person(kelurahan, address, head_sex, (22, 75), desil, FamilyRelation.HEAD)]
        if size >= 2:
            spouse_sex = Sex.FEMALE if head_sex is Sex.MALE else Sex.MALE
            spouse = FamilyRelation.WIFE if spouse_sex is Sex.FEMALE else FamilyRelation.HUSBAND
            members.append(self._person(kelurahan, address, spouse_sex, (20, 70), desil, spouse))
        while len(members) < size:
            child_sex = rng.choice((Sex.MALE, Sex.FEMALE))
            members.append(self._person(kelurahan, address, child_sex, (0, 19), desil, FamilyRelation.CHILD))
        region = kelurahan.kecamatan_code.replace(".", "")
        return DemoFamily(kk_number=self._kk(region), members=tuple(members))
