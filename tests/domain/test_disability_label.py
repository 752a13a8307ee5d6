"""A stored disability word shows as its label; one this version does not know shows as stored."""

from tangsel_desktop.domain.enums import Disability, disability_label


def test_known_words_show_their_label_and_unknown_ones_stay() -> None:
    assert disability_label("netra") == Disability.BLIND.label == "Sensorik netra"
    assert disability_label("tidak") == "Tidak ada"
    assert disability_label("psikososial") == "psikososial"
