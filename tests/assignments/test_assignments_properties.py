"""Properties of assignment parsing and the graph (hypothesis; settings from tests/conftest.py)."""

from __future__ import annotations

from types import SimpleNamespace as NS

from hypothesis import given, settings
from hypothesis import strategies as st

from reformrules.assignments import build_graph, grammar, parse_assignment
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


# Words of every grammar key and alias key, so random sequences hit (and nearly hit) real keys.
_GRAMMAR_WORDS = sorted({w for table in grammar.SCANNED_TABLES for key in table.keys for w in key} | {"x", ","})
_NAME_WORDS = sorted({w for alias in LEX.aliases for w in alias.key} | {"x"})


@FEW
@given(words=st.lists(st.sampled_from(_GRAMMAR_WORDS), max_size=14))
def test_one_scan_answers_like_each_table(words) -> None:
    """grammar.SCAN (one pass for the parser) gives WordTable.match's answer at every position."""
    found = grammar.SCAN.scan(words)
    for table, hits in zip(grammar.SCANNED_TABLES, found):
        for i in range(len(words) + 1):
            assert hits.get(i) == table.match(words, i)


def _longest_by_brute_force(words: list[str], i: int, prefix: tuple[str, ...], pick):
    best = None
    for alias in LEX.aliases:
        key = alias.key
        size = len(key) - len(prefix)
        if key[: len(prefix)] == prefix and size > 0 and tuple(words[i : i + size]) == key[len(prefix):]:
            if pick(key) is not None and (best is None or size > best[0]):
                best = (size, pick(key))
    return best


_KEYS = sorted({alias.key for alias in LEX.aliases})
# Pieces of text: whole alias keys, their beginnings, or a single word, so keys overlap and nest.
_pieces = st.one_of(st.sampled_from(_KEYS).map(list),
                    st.tuples(st.sampled_from(_KEYS), st.integers(1, 6)).map(lambda kn: list(kn[0][: kn[1]])),
                    st.sampled_from(_NAME_WORDS).map(lambda w: [w]))
_name_texts = st.lists(_pieces, max_size=4).map(lambda pieces: [w for piece in pieces for w in piece])


@FEW
@given(words=_name_texts, prefix=st.sampled_from([(), ("sở",), ("phòng",), ("ủy", "ban", "nhân", "dân")]),
       scope=st.sampled_from([None, "bql-kkt-van-phong", "ubnd-thi-xa"]))
def test_alias_trie_finds_the_longest_key(words, prefix, scope) -> None:
    """The lexicon's trie walk equals trying every alias key (longest key whose alias is picked)."""
    winners = LEX.winners(scope)
    for i in range(len(words) + 1):
        assert LEX.longest(words, i, winners.get, prefix) == _longest_by_brute_force(words, i, prefix, winners.get)


# Labelled ("Cơ quan chủ trì: A") and bracketed ("A (chủ trì), B (phối hợp)") role forms.
_roles = st.lists(st.sampled_from(DEPARTMENTS), min_size=1, max_size=6, unique=True).flatmap(
    lambda names: st.integers(1, len(names)).map(lambda cut: (names[:cut], names[cut:])))
_label_nouns = st.sampled_from(["", "Cơ quan ", "Đơn vị ", "cơ quan "])
_label_breaks = st.sampled_from(["\n", "; ", ". ", "\n- ", ";\n"])


def _cased(word: str, upper: bool) -> str:
    return word[:1].upper() + word[1:] if upper else word


@FEW
@given(roles=_roles, noun=_label_nouns, complement=st.sampled_from(["", " thực hiện"]), brk=_label_breaks,
       coordinators_first=st.booleans(), bullet=st.booleans())
def test_labelled_roles_parse_back(roles, noun, complement, brk, coordinators_first, bullet) -> None:
    lead, coordinators = roles
    upper = not noun
    parts = [f"{noun}{_cased('chủ trì', upper)}{complement}: " + ", ".join(lead)]
    if coordinators:
        parts.append(f"{noun}{_cased('phối hợp', upper)}{complement}: " + ", ".join(coordinators))
    if coordinators_first:
        parts.reverse()
    text = ("- " if bullet and brk == "\n- " else "") + brk.join(parts)
    a = parse_assignment(text)
    assert [m.name for m in a.lead] == lead
    assert [m.name for m in a.coordinators] == coordinators
    assert a.others == () and a.diagnostics == ()


@FEW
@given(roles=_roles, each=st.booleans(), sep=st.sampled_from([", ", "; ", "\n", ";\n"]),
       noun=st.sampled_from(["", "cơ quan "]), coordinators_first=st.booleans())
def test_bracketed_roles_parse_back(roles, each, sep, noun, coordinators_first) -> None:
    lead, coordinators = roles

    def group(names: list[str], word: str) -> str:
        if each:
            return sep.join(f"{n} ({noun}{word})" for n in names)
        inner = ", " if sep == "\n" else sep.replace("\n", "").replace(";", ",")
        return inner.join(names) + f" ({noun}{word})"

    groups = [group(lead, "chủ trì")] + ([group(coordinators, "phối hợp")] if coordinators else [])
    if coordinators_first:
        groups.reverse()
    a = parse_assignment(sep.join(groups))
    assert [m.name for m in a.lead] == lead
    assert [m.name for m in a.coordinators] == coordinators
    assert a.others == () and a.diagnostics == ()
