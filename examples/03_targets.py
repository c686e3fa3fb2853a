"""Targets: every numeric goal of the five seed plans, then seed 003's goals judged against actuals.

Reads each seed as a whole, prints its goals (id, line:col, canonical comparison, subject), shows one
diagnostic with its source line, and evaluates seed 003 against examples/actuals_sample.csv (invented
figures). Run: python examples/03_targets.py
"""

from pathlib import Path

from reformrules import Source, read_plan, render
from reformrules.targets import evaluate_targets, load_actuals, parse_targets

EXAMPLES = Path(__file__).resolve().parent
SEEDS = sorted((EXAMPLES / "plans").glob("00*.txt"))


def main() -> None:
    shown = False
    for path in SEEDS:
        seed = path.name[:3]
        source = Source(path.name, path.read_text(encoding="utf-8"))
        targets = parse_targets(source.text, id_prefix=seed)
        print(f"== {path.name}: {len(targets)} targets")
        for target in targets:
            assert target.span is not None
            line, col = source.line_col(target.span.start)
            subject = target.subject if len(target.subject) <= 60 else target.subject[:59] + "…"
            print(f"  {target.id:6} {line:>3}:{col:<4} {str(target):46} {subject}")
            if not shown and target.diagnostics:
                print("\n" + "\n".join("    " + row for row in render(target.diagnostics[0], source).splitlines()) + "\n")
                shown = True

    seed_003 = SEEDS[3]
    plan = read_plan(seed_003)  # actuals are keyed by the ids of plan.targets
    actuals = load_actuals(EXAMPLES / "actuals_sample.csv").for_plan(plan.doc_id)
    table = evaluate_targets(plan.targets, actuals)
    print(f"\n== {seed_003.name} against {actuals.origin}: {table}")
    print(table.render())


if __name__ == "__main__":
    main()
