"""`import reformrules` stays light: networkx and pydantic load only when a graph or JSON is asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"

PROBE = r"""
import json, sys
from datetime import date
heavy = lambda: {m: m in sys.modules for m in ("networkx", "pydantic")}
steps = {}
import reformrules
steps["import"] = heavy()
reformrules.parse_deadline("Quý II/2026"); reformrules.find_deadlines("chậm nhất Quý II/2026")
reformrules.parse_assignment("Sở Nội vụ chủ trì"); reformrules.parse_targets("đạt 50%")
plan = reformrules.read_plan(sys.argv[1])
reformrules.track(plan, date(2022, 6, 1))
steps["parse, read and track"] = heavy()
reformrules.build_graph(plan)
steps["graph"] = heavy()
reformrules.to_json(reformrules.parse_deadline("Quý II/2026"))
steps["json"] = heavy()
print(json.dumps(steps))
"""


def test_parsing_reading_and_tracking_load_neither_networkx_nor_pydantic() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE, str(PLAN)], capture_output=True, text=True, check=True)
    steps = json.loads(out.stdout)
    assert steps["import"] == {"networkx": False, "pydantic": False}
    assert steps["parse, read and track"] == {"networkx": False, "pydantic": False}
    assert steps["graph"]["networkx"] and steps["json"]["pydantic"]


def test_every_public_name_resolves_and_unknown_names_raise() -> None:
    import reformrules

    for name in reformrules.__all__:
        assert getattr(reformrules, name) is not None
    assert set(reformrules.__all__) <= set(dir(reformrules))
    try:
        reformrules.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("an unknown name must raise AttributeError")
