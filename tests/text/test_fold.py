"""Folding for matching: same length, idempotent, old tone placement to new, spaces and dashes unified."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformrules.text.fold import fold, to_nfc

CASES = [
    ("Khánh Hoà", "khánh hòa"),
    ("Uỷ ban", "ủy ban"),
    ("THUỶ LỢI", "thủy lợi"),
    ("hoá, khoẻ, hoạ", "hóa, khỏe, họa"),
    ("hoàn thành", "hoàn thành"),        # closed syllable: the tone stays on a
    ("quý, Quỳnh, quà", "quý, quỳnh, quà"),  # "qu" is a consonant
    ("a\u00a0b\tc\nd", "a b c d"),
    ("2018\u20132020 \u2014 x \u2212 y", "2018-2020 - x - y"),
    ("\u201cĐề án\u201d", '"đề án"'),
    ("İ", "İ"),                            # a lower case longer than one character is left as is
]


@pytest.mark.parametrize(("text", "folded"), CASES, ids=[c[0] for c in CASES])
def test_fold_cases(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text(alphabet=st.sampled_from(list("oOuUqQàáảãạèéẻẽẹỳýỷỹỵÀÁỲÝ hn\u00a0\u2013\n")), max_size=40))
def test_fold_on_vietnamese_like_text_is_length_preserving_and_idempotent(text) -> None:
    assert len(fold(text)) == len(text) and fold(fold(text)) == fold(text)


def test_to_nfc_reports_a_change() -> None:
    assert to_nfc("Hòa") == ("Hòa", False)
    assert to_nfc("Ho\u0300a") == ("Hòa", True)
