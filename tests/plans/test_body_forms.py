"""The forms of a plan's body, one small plan each: what the body readers make of it.

Each text is a minimal plan in the shape a corpus plan or seed has (cited), with the words varied
(case, emphasis, hard wraps) so that no test depends on one document's strings.
"""

from __future__ import annotations

import pytest

from reformrules import read_plan

HEAD = "I. MỤC ĐÍCH\n\nThực hiện tốt.\n\n"


def _leads(plan, task_id: str) -> list[str]:
    task = plan.task(task_id)
    return [m.name for m in task.assignment.lead] if task.assignment else []


def _coordinators(plan, task_id: str) -> list[str]:
    task = plan.task(task_id)
    return [m.name for m in task.assignment.coordinators] if task.assignment else []


# (form, body text after the head, task id, expected leads, expected coordinators)
FORMS = (
    ("implementers listed after 'Cơ quan thực hiện:' all lead (laichau_7360)",
     "II. NỘI DUNG\n\n1. Tuyên truyền Luật\n\n- Cơ quan thực hiện: Sở Tư pháp; Sở Nội vụ; Sở Y\ntế.\n\n"
     "- Thời gian thực hiện: Năm 2025.\n", "body:II.1", ["Sở Tư pháp", "Sở Nội vụ", "Sở Y tế"], []),
    ("an explicit 'chủ trì' keeps one lead",
     "II. NỘI DUNG\n\n1. Tuyên truyền Luật\n\n- Cơ quan chủ trì: Sở Tư pháp.\n\n- Cơ quan phối hợp: Sở Nội vụ.\n\n"
     "- Thời gian thực hiện: Năm 2025.\n", "body:II.1", ["Sở Tư pháp"], ["Sở Nội vụ"]),
    ("each sentence's own subject leads its part (seed 000 IV.3)",
     "II. TỔ CHỨC THỰC HIỆN\n\n1. Tăng cường năng lực cho công chức:\n\nSở Nội vụ xây dựng kế hoạch tập huấn.\n\n"
     "Các sở, ban, ngành rà soát đội ngũ công chức.\n", "body:II.1", ["Sở Nội vụ", "các sở, ban, ngành"], []),
    ("'Trách nhiệm của X' heads X's section (quangngai_1627 1.6)",
     "II. NHIỆM VỤ CỤ THỂ\n\n*1.1. Trách nhiệm của Sở Tài chính:*\n\n- Hướng dẫn các đơn vị thực hiện kiểm kê.\n",
     "body:II.1.1.-1", ["Sở Tài chính"], []),
    ("a heading that lists its members (quangngai_1627 1.3)",
     "II. NHIỆM VỤ CỤ THỂ\n\n*1.1. Các cơ quan tham mưu (gồm các Sở: Xây dựng, Công Thương)*\n\n"
     "- Hướng dẫn các đơn vị thực hiện kiểm kê.\n", "body:II.1.1.-1", ["Sở Xây dựng", "Sở Công Thương"], []),
    ("a heading's name ends with its first clause (quangngai_1627 1.2)",
     "II. NHIỆM VỤ CỤ THỂ\n\n*1.1. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo*\n\n"
     "- Phối hợp với Sở Tư pháp hướng dẫn kiểm kê.\n", "body:II.1.1.-1", ["Sở Tài chính"], ["Sở Tư pháp"]),
    ("'Đề nghị X' heads X's section (hatinh_624 V.9, cantho_153 IV.11)",
     "II. TỔ CHỨC THỰC HIỆN\n\n**1. Đề nghị Liên đoàn Lao động tỉnh**\n\na) Tuyên truyền cho người lao động.\n",
     "body:II.1.a", ["Liên đoàn Lao động tỉnh"], []),
    ("a duty that only asks a body is led by it (daklak_0129 IV.12)",
     "II. TỔ CHỨC THỰC HIỆN\n\n**1.** **Đề nghị Công ty Điện lực Đắk Lắk:** Khẩn trương kiểm tra lưới điện; "
     "phối hợp chính quyền cơ sở bảo đảm an toàn.\n", "body:II.1", ["Công ty Điện lực Đắk Lắk"], ["chính quyền cơ sở"]),
    ("a head's title stands for the body (quangngai_1627 1.1)",
     "II. NHIỆM VỤ CỤ THỂ\n\n*1.1.\nTrưởng Ban Chỉ đạo*\n\n- Phụ trách chung, trực tiếp điều hành.\n",
     "body:II.1.1.-1", ["Ban Chỉ đạo"], []),
    ("an emphasised heading cut by a blank line is one heading (hcm_174 V.3)",
     "II. TỔ CHỨC THỰC HIỆN\n\n**1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp**\n\n"
     "**Phụ nữ tỉnh**\n\n- Tham gia phối hợp triển khai Kế hoạch.\n", "body:II.1.-1",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"], []),
    ("a Roman heading whose title is on the next line opens the body (daklak_0129)",
     "II.\nPHÂN CÔNG NHIỆM VỤ\n\n**1. Sở Y tế:**\n\n- Bố trí các đội y tế lưu động.\n", "body:II.1.-1", ["Sở Y tế"], []),
    ("a funding part written as a paragraph (seed 001 III)",
     "II. KINH PHÍ THỰC HIỆN\n\nSở Nội vụ lập dự toán kinh phí và báo cáo Sở Tài chính.\n", "body:II.p1", ["Sở Nội vụ"], []),
)


@pytest.mark.parametrize("form, body, task_id, leads, coordinators", FORMS, ids=[f[0][:50] for f in FORMS])
def test_body_form(form, body, task_id, leads, coordinators) -> None:
    text = HEAD + body if not body.startswith("II.\n") else "I. MỤC ĐÍCH\n\nThực hiện tốt.\n\n" + body
    plan = read_plan(text, doc_id="form")
    assert _leads(plan, task_id) == leads, form
    assert _coordinators(plan, task_id) == coordinators, form


def test_a_generic_funding_paragraph_is_no_task() -> None:
    # seed 002 IV: "Các cơ quan, đơn vị thực hiện việc lập dự toán …" names only generic bodies
    plan = read_plan(HEAD + "II. KINH PHÍ\n\nCác cơ quan, đơn vị thực hiện việc lập dự toán kinh phí.\n", doc_id="f")
    assert [t.id for t in plan.tasks] == []
    assert "note" in {u.role.value for u in plan.body_accounting}


def test_the_plans_lead_leads_the_parts_no_clause_names() -> None:
    # hatinh_624: section III names no agency; V.1.a makes Sở Giáo dục và Đào tạo lead of the programme
    plan = read_plan(HEAD + "II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Hoàn thiện cơ chế, chính sách\n\na) Rà soát văn bản.\n\n"
                     "b) Nghiên cứu chính sách.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Giáo dục và Đào tạo\n\n"
                     "a) Chủ trì, phối hợp với các sở, ngành xây dựng kế hoạch, triển khai thực hiện Chương trình.\n",
                     doc_id="lead")
    assert _leads(plan, "II.1.a") == _leads(plan, "II.1.b") == ["Sở Giáo dục và Đào tạo"]
    assert _coordinators(plan, "II.1.a") == ["các sở, ngành"]
