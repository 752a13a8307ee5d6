"""Every participant of a batch with what became of them, in one read: the report's rows."""

from dataclasses import dataclass

from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class Outcome:
    """One participant's line: status, JP attended, certificate, result, kit, internship, work."""

    nik: str
    full_name: str
    kelurahan_code: str
    rw: str
    disability: str
    status: str
    attended_jp: int
    certificate: str  # the number, or "" when none was printed
    result: str  # "kompeten", "belum-kompeten" or ""
    kit: bool
    internship: bool
    working: bool  # said so at the latest follow-up


_SQL = """
SELECT p.nik, p.full_name, p.kelurahan_code, p.rw, p.disability, p.status,
  COALESCE((SELECT SUM(s.jp) FROM training_attendance AS a JOIN training_session AS s ON s.id = a.session_id
            WHERE a.participant_id = p.id AND a.mark = 'hadir'), 0),
  COALESCE((SELECT c.number FROM training_certificate AS c JOIN document_register AS d ON d.id = c.document_id
            WHERE c.participant_id = p.id AND d.status = 'printed'), ''),
  COALESCE((SELECT r.result FROM training_result AS r WHERE r.participant_id = p.id), ''),
  EXISTS (SELECT 1 FROM training_kit AS k WHERE k.participant_id = p.id AND k.handed_at IS NOT NULL),
  EXISTS (SELECT 1 FROM training_internship AS i WHERE i.participant_id = p.id),
  COALESCE((SELECT f.working FROM training_follow_up AS f WHERE f.participant_id = p.id
            ORDER BY f.month DESC LIMIT 1), 0)
FROM training_participant AS p
WHERE p.batch_id = ?
ORDER BY p.kelurahan_code, p.rw, p.full_name, p.id
"""


def outcomes(tx: Transaction, batch_id: str) -> list[Outcome]:
    return [
        Outcome(
            str(row[0]),
            str(row[1]),
            str(row[2]),
            str(row[3]),
            str(row[4]),
            str(row[5]),
            int(row[6]),
            str(row[7]),
            str(row[8]),
            bool(row[9]),
            bool(row[10]),
            bool(row[11]),
        )
        for row in tx.rows(_SQL, (batch_id,))
    ]
