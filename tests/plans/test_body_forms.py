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


# --- the shapes of the unseen-plan work (cantho_153, dongnai_182, hcm_2853, hcm_174), words varied ---

def test_a_heading_wrapped_inside_its_emphasis_names_the_task_section() -> None:
    # cantho_153: "**III. NỘI\nDUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**"; without the whole title no part says "nhiệm vụ"
    plan = read_plan(HEAD.replace("I. MỤC ĐÍCH", "**I. MỤC\nĐÍCH**") + "**II. CÁC\nNHIỆM VỤ TRỌNG TÂM**\n\n"
                     "**1. Tuyên truyền**\n\na) Phổ biến Luật.\n\nb) Tập huấn công chức.\n", doc_id="wrapped")
    assert [str(s) for s in plan.body_sections] == ["I. MỤC ĐÍCH", "II. CÁC NHIỆM VỤ TRỌNG TÂM"]
    assert [t.id for t in plan.tasks] == ["II.1.a", "II.1.b"]


@pytest.mark.parametrize("word", ["NHIỆM VỤ", "NỘI DUNG CỦA KẾ HOẠCH"])
def test_items_on_two_levels_and_bullets_under_a_title_heading_are_tasks(word) -> None:
    # dongnai_182 III.1 ("*1.1. *Tiếp tục …"), hcm_2853 III ("**1. Hoàn thiện cơ chế …**" over bullets)
    plan = read_plan(HEAD + f"II. {word}\n\n**1. Giải pháp chung**\n\n*1.1. *Tăng cường lãnh đạo.\n\n"
                     "Đoạn tiếp theo của 1.1.\n\n*1.2. *Nâng cao hiệu quả.\n\n**2. Hoàn thiện thể chế**\n\n"
                     "- Rà soát văn bản.\n\n- Xây dựng tài liệu.\n\n3. Kiểm tra việc thực hiện, trong đó:\n\n- Kiểm tra.\n",
                     doc_id="levels")
    assert [t.id for t in plan.tasks] == ["II.1.1", "II.1.2", "II.2.-1", "II.2.-2", "II.3"]
    assert "Đoạn tiếp theo" in plan.task("II.1.1").content.text


def test_the_standing_body_in_apposition_leads_the_task_section() -> None:
    # dongnai_182 IV.1: the sentence's subject is another body; the standing body is named right before the words
    plan = read_plan(HEAD + "II. NHIỆM VỤ\n\n1. Tuyên truyền pháp luật\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                     "1. Các sở, ngành xây dựng kế hoạch gửi về Công an tỉnh, Cơ quan Thường trực Ban Chỉ đạo để theo dõi.\n",
                     doc_id="standing")
    assert _leads(plan, "II.1") == ["Công an tỉnh"]
    plan = read_plan(HEAD.replace("Thực hiện tốt.", "Phát huy vai trò của Sở Tư pháp\n- Thường trực tham mưu "
                                  "thực hiện Chương trình.") + "II. NHIỆM VỤ\n\n1. Tuyên truyền pháp luật\n", doc_id="dash")
    assert _leads(plan, "II.1") == ["Sở Tư pháp"]  # cantho_153 I.2.b: a wrapped dash, not a bullet


def test_a_repeated_part_number_keeps_its_tasks_and_the_end_mark_closes_the_last() -> None:
    # cantho_153: "IV. PHÂN CÔNG NHIỆM VỤ" then "IV. TỔ CHỨC THỰC HIỆN"; a footnote after "./." is no task's text
    plan = read_plan(HEAD + "II. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Y tế\n\na) Tuyên truyền.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
                     "1. Sở Y tế\n\na) Báo cáo kết quả.\n\n2. Giao Sở Nội vụ theo dõi việc thực hiện./.\n\n"
                     "[1] Nghị quyết số 163/2024/QH15 đến năm 2030.\n", doc_id="repeat")
    assert [t.id for t in plan.tasks] == ["body:II.1.a", "body:II.1.a'", "body:II.2"]
    assert plan.task("body:II.2").deadline is None


def test_a_duty_sentence_over_its_duties_and_an_item_the_bullets_complete() -> None:
    # hcm_2853 V.2 ("… chủ trì, phối hợp với …:" over bullets); dongnai_182 III.2.3.b ("Chủ trì, phối hợp" / "- Sở …")
    plan = read_plan(HEAD + "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì, phối hợp với Sở Nội vụ:\n\n- Tập huấn.\n\n"
                     "- Tuyên truyền.\n\n2. Sở Tài chính chỉ đạo Chi cục thực hiện các nội dung sau:\n\n- Lập dự toán.\n\n"
                     "- Quyết toán.\n\n3. Công an tỉnh\n\na) Chủ trì, phối hợp\n\n- Sở Tư pháp rà soát văn bản.\n\n"
                     "- Sở Xây dựng rà soát cơ sở.\n", doc_id="lists")
    assert [t.id for t in plan.tasks] == ["body:II.1.-1", "body:II.1.-2", "body:II.2", "body:II.3.a.-1", "body:II.3.a.-2"]
    assert (_leads(plan, "body:II.1.-2"), _coordinators(plan, "body:II.1.-2")) == (["Sở Y tế"], ["Sở Nội vụ"])
    assert (_leads(plan, "body:II.3.a.-2"), _coordinators(plan, "body:II.3.a.-2")) == (["Công an tỉnh"], ["Sở Xây dựng"])


# (why, an agency section's item, the deadline phrase expected or None)
TIMES = (
    ("a parenthesised condition (dongnai_182 2.5)", "Chủ trì triển khai Dự án 6 (khi Bộ Y tế có văn bản triển khai).",
     "khi Bộ Y tế có văn bản triển khai"),
    ("a goal's date (dongnai_182 2.13.b)", "Triển khai Kế hoạch, phấn đấu đạt 20% xã không ma túy ngay trong năm 2025.",
     None),
    ("the annual budget (cantho_153 IV.2.a)", "Bố trí kinh phí trong dự toán ngân sách nhà nước hằng năm.", None),
    ("a yearly duty", "Hằng năm, tổ chức sơ kết việc thực hiện.", "Hằng năm"),
    ("a term: continuing education (hcm_2853 III.1)", "Đưa nội dung vào chương trình giáo dục thường xuyên.", None),
    ("a named plan's horizon (dongthap_556 IV.1)", "Triển khai Kế hoạch phát triển thủy sản đến năm 2030.", None),
    ("a goal sentence (dongthap_556 III.4)", "Tăng cường quan trắc. Đến năm 2030, hệ thống được hoàn thiện.", None),
    ("a date of the task itself", "Hoàn thành việc rà soát trong Quý II năm 2026.", "trong Quý II năm 2026"),
)


@pytest.mark.parametrize("why, item, phrase", TIMES, ids=[t[0] for t in TIMES])
def test_which_time_phrase_is_the_tasks_deadline(why, item, phrase) -> None:
    plan = read_plan(HEAD + f"II. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Y tế\n\na) {item}\n", doc_id="times")
    task = plan.task("body:II.1.a")
    assert (" ".join(task.deadline_cell.text.split()) if task.deadline_cell else None) == phrase


def test_an_empty_role_label_takes_its_sub_items_and_goals_are_no_duties() -> None:
    # hcm_174 III.1.c ("- Cơ quan thực hiện:" over "+ …"); hcm_174 II.1 (targets beside a labelled item)
    plan = read_plan(HEAD + "II. MỤC TIÊU\n\n1. Phấn đấu đến cuối năm 2025 đạt các chỉ tiêu sau: 60% cơ quan.\n\n"
                     "2. Tháng hành động\n\na) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.\n\n"
                     "III. NỘI DUNG HOẠT ĐỘNG\n\n1. Tuyên truyền\n\n- Nội dung: Tuyên truyền Luật.\n\n- Cơ quan thực hiện:\n\n"
                     "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với Sở Y tế.\n\n+ Sở Xây dựng đăng tải thông điệp.\n",
                     doc_id="labels")
    assert "body:II.1" not in [t.id for t in plan.tasks]
    assert "body:II.2" not in [t.id for t in plan.tasks]  # the campaign's window in the goals part: no one is named
    assert (_leads(plan, "body:III.1"), _coordinators(plan, "body:III.1")) == (["Sở Văn hóa và Thể thao"], ["Sở Y tế"])


@pytest.mark.parametrize("part, task", [("MỤC TIÊU", False), ("YÊU CẦU", False), ("NHIỆM VỤ", True)])
def test_a_labelled_time_with_no_one_named_is_a_task_outside_the_goals_parts_only(part, task) -> None:
    # hcm_174 II.2: "2. Tháng hành động" / "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025." under "II. MỤC TIÊU …"
    plan = read_plan(HEAD + f"II. {part}\n\n1. Tháng hành động\n\na) Chủ đề: An toàn cho phụ nữ.\n\n"
                     "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.\n", doc_id="window")
    assert ("body:II.1" in {t.id for t in plan.tasks}) == task


def test_an_intro_paragraph_opens_the_items_of_its_section() -> None:
    # bvhttdl_4385 IV.3: "Chủ trì, phối hợp với … tham mưu cho Ủy ban nhân dân các tỉnh …:" over a) … đ)
    plan = read_plan(HEAD + "II. TỔ CHỨC THỰC HIỆN\n\n**1. Sở Y tế**\n\nChủ trì, phối hợp với Sở Nội vụ tham mưu cho "
                     "Ủy ban nhân dân tỉnh:\n\na) Tổ chức quản lý.\n\nb) Rà soát quy hoạch.\n", doc_id="intro")
    assert [t.id for t in plan.tasks] == ["body:II.1.a", "body:II.1.b"]
    assert (_leads(plan, "body:II.1.b"), _coordinators(plan, "body:II.1.b")) == (["Sở Y tế"], ["Sở Nội vụ"])


@pytest.mark.parametrize("title, tasks", [("NỘI DUNG CỦA KẾ HOẠCH", ["II.2.-1"]), ("NỘI DUNG CHỦ YẾU", [])])
def test_a_content_part_holds_the_tasks_unless_it_sums_up_or_states_goals(title, tasks) -> None:
    # hcm_2853 "III. NỘI DUNG CỦA KẾ HOẠCH" holds the tasks; bvhttdl_4385 "II. NỘI DUNG CHỦ YẾU" sums up a master
    # plan, and its "1. Mục tiêu phát triển và tầm nhìn …" states goals
    plan = read_plan(HEAD + f"II. {title}\n\n**1. Mục tiêu phát triển và tầm nhìn đến năm 2045**\n\n- Mạng lưới "
                     "đồng bộ.\n\n**2. Tăng cường tuyên truyền**\n\n- Tổ chức tuyên truyền.\n", doc_id="content")
    assert [t.id for t in plan.tasks] == tasks


def test_a_report_takes_periods_only_from_a_rule_of_its_own_part() -> None:
    # bvhttdl_4385: IV.1.b "báo cáo … định kỳ hằng năm", then IV.3.đ "báo cáo định kỳ, đột xuất" of another agency
    plan = read_plan(HEAD + "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\na) Báo cáo kết quả định kỳ hằng năm.\n\n"
                     "2. Sở Tài chính\n\na) Báo cáo định kỳ kết quả thực hiện.\n", doc_id="periods")
    assert str(plan.task("body:II.1.a").deadline) == "every year"
    assert str(plan.task("body:II.2.a").deadline) == "every period"


def test_the_standing_body_that_also_leads_the_plan_brings_its_coordinators() -> None:
    # dongnai_182: "Công an tỉnh, Cơ quan Thường trực …" (IV.1) and "Giao Công an tỉnh chủ trì, phối hợp … thực
    # hiện chức năng chủ quản Chương trình" (IV.2)
    plan = read_plan(HEAD + "II. NHIỆM VỤ\n\n1. Tuyên truyền pháp luật\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                     "1. Các sở, ngành gửi kế hoạch về Công an tỉnh, Cơ quan Thường trực Ban Chỉ đạo.\n\n"
                     "2. Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp tham mưu thực hiện chức năng chủ quản "
                     "Chương trình.\n", doc_id="owner")
    assert (_leads(plan, "II.1"), _coordinators(plan, "II.1")) == (["Công an tỉnh"], ["Sở Tư pháp"])


@pytest.mark.parametrize("reference, named", [
    ("tại Phần II Kế hoạch này", True),  # dongthap_556 IV.13
    ("tại mục II của Kế hoạch này", True),
    ("tại PHẦN II.", True),
    ("tại Mục II Phụ lục kèm theo Quyết định số 12/QĐ-UBND", False),  # another document's part
])
def test_an_agency_section_that_names_a_part_by_its_number_leads_it(reference, named) -> None:
    # dongthap_556: part III names no agency; IV.13 "Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường" /
    # "… triển khai thực hiện các nhiệm vụ và giải pháp tại Phần III Kế hoạch này"; VI.5 makes another agency lead the plan
    plan = read_plan(HEAD + "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n**1. Tuyên truyền pháp luật**\n\n- Phổ biến Luật.\n\n"
                     "III. NHIỆM VỤ CỤ THỂ\n\n**1. Sở Tài chính**\n\n- Bố trí kinh phí.\n\n**2. Sở Y tế**\n\n"
                     f"Căn cứ chức năng, nhiệm vụ, triển khai thực hiện các nhiệm vụ {reference}\n\n"
                     "IV. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành tổ chức triển khai "
                     "thực hiện Kế hoạch này.\n", doc_id="part-number")
    expected = (["Sở Y tế"], []) if named else (["Sở Nội vụ"], ["các sở, ngành"])
    assert (_leads(plan, "II.1.-1"), _coordinators(plan, "II.1.-1")) == expected


@pytest.mark.parametrize("paragraph, task", [
    # hcm_174 VII: generic bodies report to a department by a date, in the plan's last paragraph
    ("Các sở, ban, ngành, Ủy ban nhân dân các xã gửi báo cáo kết quả về Sở Nội vụ trước ngày 16/12/2025 để tổng hợp./.",
     True),
    ("Các Sở, ngành, UBND cấp xã gửi báo cáo về Sở Nội vụ chậm nhất ngày 20 tháng 11 năm 2025 theo quy định./.", True),
    ("Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã nghiêm túc triển khai thực hiện./.", False),  # closes the plan
])
def test_a_dated_duty_of_groups_in_the_last_paragraph_is_a_task(paragraph, task) -> None:
    plan = read_plan(HEAD + "II. NHIỆM VỤ\n\n1. Tuyên truyền pháp luật\n\nIII. CHẾ ĐỘ BÁO CÁO\n\n" + paragraph + "\n",
                     doc_id="last")
    assert ("body:III.p1" in {t.id for t in plan.tasks}) == task
    if task:
        assert plan.task("body:III.p1").deadline.due is not None


def test_an_item_that_opens_with_its_partner_keeps_it_under_its_parts_lead() -> None:
    # dongthap_556 III.7.-1: "- Phối hợp với các bộ, ngành Trung ương tiếp tục triển khai …" under part III, led by IV.13
    plan = read_plan(HEAD + "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n**1. Điều tra cơ bản**\n\n- Phối hợp với Sở Tư pháp rà soát "
                     "văn bản.\n\n- Xây dựng hồ sơ.\n\nIII. NHIỆM VỤ CỤ THỂ\n\n**1. Sở Y tế**\n\nTriển khai thực hiện các "
                     "nhiệm vụ tại Phần II Kế hoạch này.\n", doc_id="partner")
    assert (_leads(plan, "II.1.-1"), _coordinators(plan, "II.1.-1")) == (["Sở Y tế"], ["Sở Tư pháp"])
    assert (_leads(plan, "II.1.-2"), _coordinators(plan, "II.1.-2")) == (["Sở Y tế"], [])
