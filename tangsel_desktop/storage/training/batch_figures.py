"""A batch's figures in one read: participants by status, certificates, results, kits, internships."""

from dataclasses import dataclass

from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class Figures:
    proposed: int
    selected: int
    waiting: int
    withdrawn: int
    certified: int
    competent: int
    kits: int
    interns: int


_SQL = """
SELECT
  COALESCE(SUM(p.status = 'proposed'), 0),
  COALESCE(SUM(p.status = 'selected'), 0),
  COALESCE(SUM(p.status = 'waiting'), 0),
  COALESCE(SUM(p.status = 'withdrawn'), 0),
  COALESCE(SUM(EXISTS (SELECT 1 FROM training_certificate AS c
                        JOIN document_register AS d ON d.id = c.document_id
                        WHERE c.participant_id = p.id AND d.status = 'printed')), 0),
  COALESCE(SUM(EXISTS (SELECT 1 FROM training_result AS r
                        WHERE r.participant_id = p.id AND r.result = 'kompeten')), 0),
  COALESCE(SUM(EXISTS (SELECT 1 FROM training_kit AS k
                        WHERE k.participant_id = p.id AND k.handed_at IS NOT NULL)), 0),
  COALESCE(SUM(EXISTS (SELECT 1 FROM training_internship AS i WHERE i.participant_id = p.id)), 0)
FROM training_participant AS p
WHERE p.batch_id = ?
"""


def figures(tx: Transaction, batch_id: str) -> Figures:
    row = tx.rows(_SQL, (batch_id,))[0]
    return Figures(*(int(value) for value in row))
