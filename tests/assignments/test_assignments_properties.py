"""Properties of assignment parsing and the graph (hypothesis; settings from tests/conftest.py)."""

from __future__ import annotations

from types import SimpleNamespace as NS

from hypothesis import given, settings
from hypothesis import strategies as st

from reformrules.assignments import build_graph, parse_assignment
from reformrules.diagnostics import Code
from reformrules.lexicon.agencies import default_lexicon

LEX = default_lexicon()
# Provincial departments that exist before 2025 and whose names start with "Sở ".
DEPARTMENTS = sorted(a.name for a in LEX.agencies.values()
                     if a.name.startswith("Sở ") and a.valid_from is None and a.kind == "department")
FEW = settings(max_examples=60)

departments = st.lists(st.sampled_from(DEPARTMENTS), min_size=1, max_size=5, unique=True)
joiners = st.sampled_from([", ", ",  ", ",\n", " và "])
spaces = st.sampled_from([" ", "  ", "\u00a0", "\n"])


def _bare(name: str) -> str:
    return name[len("Sở "):]


@FEW
@given(names=departments, joiner=joiners, space=spaces)
def test_distributive_list_parses_back_to_the_same_set(names, joiner, space) -> None:
    text = f"Các Sở:{space}" + joiner.join(_bare(n) for n in names) + " chủ trì, phối hợp với các cơ quan liên quan"
    a = parse_assignment(text)
    assert [m.name for m in a.lead] == names
    assert not any(d.code is Code.ASSIGNMENT_UNKNOWN_AGENCY for d in a.diagnostics)


@FEW
@given(names=departments, joiner=joiners)
def test_spelled_out_list_equals_distributive_list(names, joiner) -> None:
    spelled = parse_assignment("Sở Nội vụ chủ trì, phối hợp với " + joiner.join(names))
    distributive = parse_assignment("Sở Nội vụ chủ trì, phối hợp với các Sở: " + joiner.join(_bare(n) for n in names))
    assert [m.agency_id for m in spelled.coordinators] == [m.agency_id for m in distributive.coordinators]


@FEW
@given(lead=departments, coordinators=departments)
def test_lead_and_coordinator_overlap_is_always_reported(lead, coordinators) -> None:
    a = parse_assignment(", ".join(lead) + " chủ trì, phối hợp với " + ", ".join(coordinators))
    clash = {m.agency_id for m in a.lead} & {m.agency_id for m in a.coordinators}
    flagged = {dict(d.data).get("agency") or d.span for d in a.diagnostics if d.code is Code.ASSIGNMENT_LEAD_IS_COORDINATOR}
    assert bool(clash) == bool(flagged)
    assert len(flagged) == len(clash)


@FEW
@given(cells=st.lists(st.tuples(departments, departments), min_size=1, max_size=4))
def test_graph_edge_count_equals_parsed_roles(cells) -> None:
    tasks = [NS(id=f"I.{i}", assignment_text=", ".join(lead) + " chủ trì, phối hợp với " + ", ".join(co) + " tham mưu UBND tỉnh",
                deadline=None) for i, (lead, co) in enumerate(cells, 1)]
    G = build_graph(NS(tasks=tasks))
    assert G.number_of_edges() == sum(len(parse_assignment(t.assignment_text).edges()) for t in tasks)


@settings(max_examples=150)
@given(text=st.text(alphabet=st.sampled_from(list("SởNộivụchủtrìphốihợpvớicác,;.:-()<> \n\tUBNDtỉnhVănphòng")) | st.characters(),
                    max_size=80))
def test_collect_mode_never_raises_and_spans_are_in_bounds(text) -> None:
    a = parse_assignment(text)
    n = len(text)
    mentions = list(a.lead) + list(a.coordinators) + [p.mention for p in a.others]
    for m in mentions:
        assert 0 <= m.span.start <= m.span.end <= n and m.span.slice(text) == m.text
    for d in a.diagnostics:
        assert d.span is None or 0 <= d.span.start <= d.span.end <= n
    if not mentions:
        assert any(d.severity.value == "error" for d in a.diagnostics)


@FEW
@given(names=departments, noise=st.sampled_from(["  ", "\u00a0", " \n"]))
def test_spacing_noise_does_not_change_the_parse(names, noise) -> None:
    plain = "Sở Tư pháp chủ trì, phối hợp với " + ", ".join(names)
    noisy = plain.replace(" ", noise)
    assert [m.name for m in parse_assignment(noisy).coordinators] == [m.name for m in parse_assignment(plain).coordinators]
