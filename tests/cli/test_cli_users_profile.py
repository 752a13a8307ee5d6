"""`users profile`: the position and NIP a user's signature block prints; administrators change them."""

from tests.cli.test_cli import Cli


def test_a_profile_is_shown_changed_by_an_administrator_and_listed(office: Cli) -> None:
    code, payload = office("users", "profile", "sri", user="ani")
    assert (code, payload["position"], payload["nip"]) == (0, "", "")
    code, payload = office(
        "users", "profile", "sri", "--position", "Kasi Kesos", "--nip", "19780101 200501 1 001", user="ani"
    )
    assert (code, payload["position"], payload["nip"]) == (0, "Kasi Kesos", "197801012005011001")
    code, payload = office("users", "profile", "sri", "--nip", "abc", user="ani")
    assert code == 1
    assert "harus 18 angka" in payload["error"]
    code, payload = office("users", "profile", "sri", "--position", "Lurah", user="sri")
    assert code == 1
    code, payload = office("users", "profile", "sri", "--nip", "", user="ani")  # no longer a civil servant
    assert (code, payload["position"], payload["nip"]) == (0, "Kasi Kesos", "")
    listed = {row["name"]: row for row in office("users", "list", user="ani")[1]["users"]}
    assert (listed["sri"]["position"], listed["sri"]["nip"]) == ("Kasi Kesos", "")
    assert office("users", "profile", "nobody", user="ani")[0] == 1
