"""The responsibility graph: fake plans (SimpleNamespace) and the real cells of seed 000."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace as NS

import networkx as nx
import pytest

from reformrules.assignments import (
    Role, agency_tasks, build_graph, dependency_cycles, parse_assignment, task_order, tasks_without_lead, to_graphml,
    to_node_link, workload,
)
from reformrules.context import PlanContext

ROOT = Path(__file__).resolve().parents[2]


def _plan(*tasks, dependencies=None, context=None):
    plan = NS(tasks=list(tasks))
    if dependencies is not None:
        plan.dependencies = dependencies
    if context is not None:
        plan.context = context
    return plan


def _task(task_id, text=None, due=None, assignment=None):
    return NS(id=task_id, assignment_text=text, assignment=assignment, deadline=NS(due=due))


def test_nodes_and_edges() -> None:
    G = build_graph(_plan(_task("II.3", "Các Sở: Kế hoạch và Đầu tư, Xây dựng chủ trì, phối hợp với Văn phòng UBND tỉnh, "
                                        "Sở Nội vụ và các cơ quan liên quan", date(2018, 3, 31))))
    assert G.nodes[("task", "II.3")] == {"kind": "task", "label": "II.3", "due": "2018-03-31"}
    assert G.nodes[("agency", "so-xay-dung")]["name"] == "Sở Xây dựng"
    assert G.nodes[("agency", "group:co-quan+lien-quan")]["generic"] is True
    assert G.nodes[("agency", "group:co-quan+lien-quan")]["name"] == "các cơ quan liên quan"
    assert sorted((u[1], k) for u, _, k in G.edges(keys=True)) == [
        ("group:co-quan+lien-quan", "coordinate"), ("so-ke-hoach-dau-tu", "lead"), ("so-noi-vu", "coordinate"),
        ("so-xay-dung", "lead"), ("van-phong-ubnd-tinh", "coordinate")]


def test_parsed_assignment_is_used_and_text_is_parsed_with_the_issuer() -> None:
    ready = parse_assignment("Sở Y tế chủ trì")
    G = build_graph(_plan(_task("1", assignment=ready), _task("2", "Văn phòng thực hiện"),
                          context=PlanContext(issuer="Ban Quản lý Khu kinh tế Vân Phong")))
    assert ("agency", "so-y-te") in G
    assert ("agency", "bql-kkt-van-phong.van-phong") in G
    assert G.graph["issuer"] == "Ban Quản lý Khu kinh tế Vân Phong"


def test_issuer_from_a_context_like_object() -> None:
    G = build_graph(_plan(_task("1", "Văn phòng thực hiện"), context=NS(issuer="Ban Quản lý Khu kinh tế Vân Phong")))
    assert ("agency", "bql-kkt-van-phong.van-phong") in G


def test_tasks_without_assignment_stay_as_nodes() -> None:
    G = build_graph(_plan(_task("1"), _task("2", "   ")))
    assert set(G.nodes) == {("task", "1"), ("task", "2")} and G.number_of_edges() == 0
    assert tasks_without_lead(G) == [("task", "1"), ("task", "2")]


def test_dependencies_from_ids_and_taskrefs() -> None:
    refs = [NS(task=NS(path=("VI", "1")), on=NS(path=("V", "2"))), NS(task="VI.2", on="VI.1"), NS(task="VI.2", on="IX.9"),
            NS(task="VI.2", on="UBND tỉnh có hướng dẫn")]
    G = build_graph(_plan(_task("V.2", "Sở Nội vụ chủ trì"), _task("VI.1", "Sở Tài chính chủ trì"),
                          _task("VI.2", "Sở Tài chính chủ trì"), dependencies=refs))
    assert sorted((u[1], v[1]) for u, v, k in G.edges(keys=True) if k == "depends_on") == [("VI.1", "V.2"), ("VI.2", "VI.1")]
    assert G.graph["dangling"] == [("VI.2", "IX.9")]
    assert G.graph["events"] == [("VI.2", "UBND tỉnh có hướng dẫn")]
    assert task_order(G) == [("task", "V.2"), ("task", "VI.1"), ("task", "VI.2")]
    assert dependency_cycles(G) == []


def test_section_reference_fallback() -> None:
    G = build_graph(_plan(_task("V.2", "Sở Nội vụ chủ trì"), _task("VI.1", "Sở Tài chính chủ trì (Mục V.2)")))
    assert G.has_edge(("task", "VI.1"), ("task", "V.2"), key="depends_on")


def test_cycles_and_unfeasible_order() -> None:
    G = build_graph(_plan(_task("A", "Sở Y tế chủ trì"), _task("B", "Sở Y tế chủ trì"), _task("C", "Sở Y tế chủ trì"),
                          dependencies=[NS(task="A", on="B"), NS(task="B", on="C"), NS(task="C", on="A")]))
    assert [sorted(c) for c in dependency_cycles(G)] == [[("task", "A"), ("task", "B"), ("task", "C")]]
    with pytest.raises(nx.NetworkXUnfeasible):
        task_order(G)


def test_queries() -> None:
    G = build_graph(_plan(
        _task("1", "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính", date(2018, 9, 30)),
        _task("2", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ", date(2018, 3, 31)),
        _task("3", "Sở Nội vụ chủ trì", None),
        _task("4", "Các sở, ngành phối hợp", date(2018, 1, 31)),
    ))
    assert workload(G, Role.LEAD) == {("agency", "so-noi-vu"): 2, ("agency", "so-tai-chinh"): 1}
    assert workload(G)[("agency", "so-noi-vu")] == 3
    assert workload(G, "coordinate")[("agency", "group:so-nganh")] == 1
    assert tasks_without_lead(G) == [("task", "4")]
    assert agency_tasks(G, "so-noi-vu") == [("task", "2"), ("task", "1"), ("task", "3")]
    assert agency_tasks(G, "Sở Nội vụ", role=Role.LEAD) == [("task", "1"), ("task", "3")]
    assert agency_tasks(G, ("agency", "so-tai-chinh"), role="coordinate") == [("task", "1")]
    with pytest.raises(nx.NodeNotFound):
        agency_tasks(G, "Sở Không Có")


def test_exports_round_trip() -> None:
    G = build_graph(_plan(_task("V.2", "Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan", date(2018, 6, 30)),
                          _task("VI.1", "Sở Tài chính chủ trì tham mưu UBND tỉnh (Mục V.2)")))
    data = json.loads(json.dumps(to_node_link(G), ensure_ascii=False))
    H = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    assert H.nodes["agency:so-noi-vu"]["name"] == "Sở Nội vụ"
    X = nx.parse_graphml(to_graphml(G), force_multigraph=True)
    assert X.number_of_edges() == G.number_of_edges()
    assert X.nodes["task:V.2"]["due"] == "2018-06-30"


def _seed_000_tasks() -> list:
    rows = list(csv.DictReader((ROOT / "tests/golden/seed_000/assignments.tsv").open(encoding="utf-8"),
                               delimiter="\t", quoting=csv.QUOTE_NONE))
    return [_task(r["note"].split()[1].rstrip(";"), r["cell"].replace("\\n", "\n")) for r in rows]


def test_seed_000_graph() -> None:
    ctx = PlanContext(plan_year=2018, issued=date(2017, 12, 29), issuer="UBND tỉnh Khánh Hòa")
    tasks = _seed_000_tasks()
    G = build_graph(_plan(*tasks, context=ctx))
    parsed = [parse_assignment(t.assignment_text, ctx) for t in tasks]
    assert G.number_of_edges() == sum(len(a.edges()) for a in parsed) + 1  # + VI.1 -> V.2 "(Mục V.2)"
    assert G.has_edge(("task", "VI.1"), ("task", "V.2"), key="depends_on")
    leads = workload(G, Role.LEAD)
    # Not I.7: there Sở Nội vụ only helps Sở KH&ĐT appraise (tests/golden/REVIEW.md, 000:364).
    assert leads[("agency", "so-noi-vu")] == 10  # II.1, II.5, IV.2, IV.3, V.2, V.3, V.4, VII.1, VII.3, VII.4
    assert ("task", "I.7") in agency_tasks(G, "Sở Nội vụ", role=Role.COORDINATE)
    assert max(leads, key=leads.get) == ("agency", "so-noi-vu")
    assert tasks_without_lead(G) == []
    assert ("task", "VII.13") in agency_tasks(G, "Sở Khoa học và Công nghệ", role=Role.LEAD)


def test_a_body_named_with_and_without_its_one_place_is_one_node() -> None:
    # dongthap_552 names "Ban Quản lý Khu kinh tế" and "Ban Quản lý Khu kinh tế tỉnh Đồng Tháp": one body
    plain = parse_assignment("Ban Quản lý Khu kinh tế chủ trì")
    placed = parse_assignment("Ban Quản lý Khu kinh tế tỉnh Đồng Tháp chủ trì")
    assert plain.lead[0].agency_id == placed.lead[0].agency_id
    assert placed.lead[0].place and plain.lead[0].key != placed.lead[0].key
    G = build_graph(_plan(_task("1", assignment=plain), _task("2", assignment=placed)))
    agencies = [n for n, d in G.nodes(data=True) if d["kind"] == "agency"]
    assert agencies == [("agency", plain.lead[0].agency_id)]
    assert workload(G)[agencies[0]] == 2


def test_the_same_body_of_two_places_stays_two_nodes() -> None:
    # thutuong_2530 PL I: the committees of Hà Nội and of Hồ Chí Minh City are two parties
    a = parse_assignment("UBND thành phố Hà Nội chủ trì")
    b = parse_assignment("UBND Thành phố Hồ Chí Minh chủ trì")
    G = build_graph(_plan(_task("1", assignment=a), _task("2", assignment=b), _task("3", assignment=a)))
    agencies = sorted(n for n, d in G.nodes(data=True) if d["kind"] == "agency")
    assert len(agencies) == 2 and all("@" in key for _, key in agencies)
