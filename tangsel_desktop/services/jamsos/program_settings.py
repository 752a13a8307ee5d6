"""The Jamsosnaker settings an administrator edits: eligibility rules, occupations, where to claim."""

import json
import logging
from dataclasses import asdict

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.claim_rules import DEFAULT_WHERE_TO_GO, tidy_where_to_go
from tangsel_desktop.domain.jamsos.membership_rules import (
    DEFAULT_KPJ_LENGTH,
    EligibilityRules,
    check_kpj_length,
)
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

RULES_KEY = "rules"
OCCUPATIONS_KEY = "occupations"
WHERE_TO_GO_KEY = "claim_where_to_go"
KPJ_LENGTH_KEY = "kpj_length"
FOUR_EYES_KEY = "four_eyes"
MAX_OCCUPATION = 100  # jamsos_member.occupation
MAX_OCCUPATIONS = 60  # the JSON must fit jamsos_setting.value (2,000 characters)
SETTINGS_CHANGED = ChangeSummary.JAMSOS


def tidy_occupations(occupations: list[str]) -> list[str]:
    """The list as typed, each name on one line of single spaces; blanks and repeats are refused."""
    tidied = [" ".join(name.split()) for name in occupations]
    if not tidied:
        raise UserError("Daftar pekerjaan tidak boleh kosong: isi paling sedikit satu pekerjaan.")
    if any(not name for name in tidied):
        raise UserError("Ada nama pekerjaan yang kosong. Hapus baris kosong itu atau isi namanya.")
    long = [name for name in tidied if len(name) > MAX_OCCUPATION]
    if long:
        raise UserError(
            f"Nama pekerjaan '{long[0][:40]}…' terlalu panjang (paling banyak {MAX_OCCUPATION} huruf)."
        )
    seen: dict[str, str] = {}
    for name in tidied:
        key = name.casefold()
        if key in seen:
            raise UserError(
                f"Pekerjaan '{name}' tercantum dua kali (juga sebagai '{seen[key]}'). Hapus salah satu."
            )
        seen[key] = name
    if len(tidied) > MAX_OCCUPATIONS or len(json.dumps(tidied)) > 2000:
        raise UserError(f"Daftar pekerjaan terlalu panjang: paling banyak {MAX_OCCUPATIONS} pekerjaan.")
    return tidied


def kpj_length(tx: Transaction) -> int:
    """How many digits a KPJ number has in this office (read in the caller's transaction)."""
    stored = jamsos_store.settings(tx).get(KPJ_LENGTH_KEY)
    return int(stored) if stored else DEFAULT_KPJ_LENGTH


def four_eyes_on(tx: Transaction) -> bool:
    """Whether proposing, verifying and submitting a member need three different hands (on by default)."""
    return jamsos_store.settings(tx).get(FOUR_EYES_KEY, "1") != "0"


class JamsosSettings:
    """Each change one transaction with its audit entry; only an administrator changes program settings."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def rules(self) -> EligibilityRules:
        with self._db.read() as tx:
            stored = jamsos_store.settings(tx).get(RULES_KEY)
        return EligibilityRules(**json.loads(stored)) if stored else EligibilityRules()

    def set_rules(self, *, actor: Actor, rules: EligibilityRules) -> ChangeSummary:
        """Replace the eligibility rules; targeting is policy, so only an administrator changes it."""
        actor.require(Role.ADMIN, "mengubah syarat kepesertaan Jamsosnaker")
        before, after = asdict(self.rules()), asdict(rules)
        if before == after:
            return ChangeSummary.NOTHING
        with self._db.write(actor) as tx:
            jamsos_store.put_setting(
                tx, RULES_KEY, json.dumps(after, sort_keys=True), at=utc_now(), by=actor.user_id
            )
            tx.record(AuditEvent("update", "jamsos_setting", RULES_KEY, before=before, after=after))
        return SETTINGS_CHANGED

    def kpj_length(self) -> int:
        with self._db.read() as tx:
            return kpj_length(tx)

    def set_kpj_length(self, *, actor: Actor, length: int) -> ChangeSummary:
        """How many digits a KPJ has; numbers already stored keep theirs, new ones are checked."""
        actor.require(Role.ADMIN, "mengubah panjang nomor KPJ")
        after = check_kpj_length(length)
        before = self.kpj_length()
        if before == after:
            return ChangeSummary.NOTHING
        self._put(actor, KPJ_LENGTH_KEY, str(after), before=before, after=after)
        return SETTINGS_CHANGED

    def four_eyes(self) -> bool:
        with self._db.read() as tx:
            return four_eyes_on(tx)

    def set_four_eyes(self, *, actor: Actor, on: bool) -> ChangeSummary:
        """Off only for a one-person office: each step one person then takes twice is audited."""
        actor.require(Role.ADMIN, "mengubah aturan empat mata")
        before = self.four_eyes()
        if before == on:
            return ChangeSummary.NOTHING
        self._put(actor, FOUR_EYES_KEY, "1" if on else "0", before=before, after=on)
        log.info("four eyes %s", "on" if on else "off")
        return SETTINGS_CHANGED

    def occupations(self) -> list[str]:
        with self._db.read() as tx:
            stored = jamsos_store.settings(tx).get(OCCUPATIONS_KEY)
        return list(json.loads(stored)) if stored else []

    def set_occupations(self, *, actor: Actor, occupations: list[str]) -> ChangeSummary:
        """Replace the occupation list; members keep the occupation they were enrolled with."""
        actor.require(Role.ADMIN, "mengubah daftar pekerjaan Jamsosnaker")
        after = tidy_occupations(occupations)
        before = self.occupations()
        if before == after:
            return ChangeSummary.NOTHING
        self._put(actor, OCCUPATIONS_KEY, json.dumps(after), before=before, after=after)
        log.info("jamsos occupations: %d", len(after))
        return SETTINGS_CHANGED

    def where_to_go(self) -> str:
        """Where a family takes its death claim, as printed on the checklist."""
        with self._db.read() as tx:
            stored = jamsos_store.settings(tx).get(WHERE_TO_GO_KEY)
        return stored or DEFAULT_WHERE_TO_GO

    def set_where_to_go(self, *, actor: Actor, text: str) -> ChangeSummary:
        actor.require(Role.ADMIN, "mengubah tempat pengajuan klaim Jamsosnaker")
        after = tidy_where_to_go(text)
        before = self.where_to_go()
        if before == after:
            return ChangeSummary.NOTHING
        self._put(actor, WHERE_TO_GO_KEY, after, before=before, after=after)
        return SETTINGS_CHANGED

    def _put(self, actor: Actor, key: str, value: str, *, before: object, after: object) -> None:
        with self._db.write(actor) as tx:
            jamsos_store.put_setting(tx, key, value, at=utc_now(), by=actor.user_id)
            tx.record(
                AuditEvent("update", "jamsos_setting", key, before={"value": before}, after={"value": after})
            )
