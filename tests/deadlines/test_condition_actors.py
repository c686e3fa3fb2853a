"""Who a condition waits on: the actor's name ends at a verb, not inside a name that shares a verb's word.

Found by ``reformrules.strategies.deadline_phrases``: "Ủy ban nhân dân tỉnh" spelled out gave the actor
"Ủy", because "ban" (of "ban hành", to issue) ended the name.
"""

import pytest

from reformrules import parse_deadline


@pytest.mark.parametrize("text, actor", [
    ("Sau khi UBND tỉnh có hướng dẫn", "Ủy ban nhân dân tỉnh"),
    ("sau khi Ủy ban nhân dân tỉnh có hướng dẫn", "Ủy ban nhân dân tỉnh"),
    ("Sau khi Uỷ ban nhân dân tỉnh ban hành quy định", "Uỷ ban nhân dân tỉnh"),
    ("Sau khi Sở Thông tin và Truyền thông triển khai", "Sở Thông tin và Truyền thông"),
    ("Sau khi Ban Tổ chức Trung ương hướng dẫn", "Ban Tổ chức Trung ương"),
    ("Sau khi Bộ Nội vụ ban hành hướng dẫn", "Bộ Nội vụ"),
    ("sau khi UBND tỉnh phê duyệt", "Ủy ban nhân dân tỉnh"),
    ("Sau khi Chính phủ thông qua", "Chính phủ"),
])
def test_actor_name_ends_at_the_verb(text, actor):
    assert parse_deadline(text).event_actor == actor
