"""A million generated strings through each parser in collect mode: nothing may raise.

Run from the repository root (about a minute per million on an idle 2-core machine)::

    python fuzz/million.py --count 1000000 --seed 1

Strings mix plan vocabulary (deadline, agency and target words, numbers of any length, dates, Roman
numerals, markup) with random Unicode and control characters, at lengths from 0 to 400 characters;
half of them are read with a plan context whose year and issue date are drawn inside or outside
1900-2200. Prints, per parser, the strings tried and the exceptions met (with the first reproducer).
Exit status 1 when any parser raised.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from datetime import date, timedelta

from reformrules import PlanContext, find_deadlines, parse_deadline
from reformrules.assignments import parse_assignment
from reformrules.targets import parse_targets

# Words of plans (deadline, agency, target vocabulary) and the punctuation around them.
WORDS = (
    "Quý", "Quí", "quý", "I", "II", "III", "IV", "tháng", "Tháng", "năm", "Năm", "ngày", "trước", "chậm nhất",
    "Hoàn thành", "từ", "đến", "trong vòng", "kể từ", "được ban hành", "kế hoạch", "hằng năm", "hàng quý",
    "6 tháng", "Thường xuyên", "sau khi", "hoặc", "theo", "quy định", "UBND tỉnh", "Sở Nội vụ", "chủ trì",
    "phối hợp với", "Giao", "các sở, ban, ngành", "Bộ Văn hóa, Thể thao và Du lịch", "đạt", "tối thiểu",
    "trên", "dưới", "%", "giảm", "cắt giảm", "so với", "≥", "≤", "ít nhất", "**", "*", "(", ")", "/", "-",
    "–", ";", ",", ":", ".", "\n", "\t", "\u00a0", "[1]", "<br>", "|", "ngày làm việc", "lần/năm",
)


def _number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return str(rng.randint(0, 40))
    if kind < 0.8:
        return str(rng.randint(1800, 2300))
    if kind < 0.95:
        return f"{rng.randint(0, 40)}/{rng.randint(0, 14)}/{rng.randint(0, 9999)}"
    return "9" * rng.randint(5, 5000)  # runs past every limit (Python's int() conversion cap is 4300)


def _piece(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(WORDS)
    if roll < 0.85:
        return _number(rng)
    return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(1, 6)))


def generate(rng: random.Random) -> str:
    pieces, size, limit = [], 0, rng.choice((10, 40, 120, 400))
    while size < limit:
        piece = _piece(rng)
        pieces.append(piece)
        size += len(piece) + 1
    return rng.choice((" ", "", " ")).join(pieces)[: limit * 3]


def _context(rng: random.Random) -> PlanContext | None:
    if rng.random() < 0.5:
        return None
    year = rng.choice((None, rng.randint(1, 9999), rng.randint(2000, 2040)))
    issued = rng.choice((None, date.min + timedelta(days=rng.randint(0, (date.max - date.min).days)),
                         date(2022, 1, 21)))
    return PlanContext(plan_year=year, issued=issued)


PARSERS = {
    "parse_deadline": lambda text, ctx: parse_deadline(text, ctx),
    "find_deadlines": lambda text, ctx: find_deadlines(text, ctx),
    "parse_assignment": lambda text, ctx: parse_assignment(text),
    "parse_targets": lambda text, ctx: parse_targets(text),
}


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--count", type=int, default=1_000_000, help="strings per parser")
    options.add_argument("--seed", type=int, default=1)
    options.add_argument("--parsers", nargs="*", choices=sorted(PARSERS), default=list(PARSERS))
    args = options.parse_args(argv)
    failed = False
    for name in args.parsers:
        parse = PARSERS[name]
        rng = random.Random(f"{args.seed}:{name}")
        errors: Counter[str] = Counter()
        first: dict[str, str] = {}
        for _ in range(args.count):
            text, ctx = generate(rng), _context(rng)
            try:
                parse(text, ctx)
            except Exception as exc:  # a finding: collect mode never raises
                key = type(exc).__name__
                errors[key] += 1
                first.setdefault(key, f"{text[:200]!r} ctx={ctx}")
        failed |= bool(errors)
        print(f"{name}: {args.count} strings, {sum(errors.values())} raised {dict(errors)}")
        for key, text in first.items():
            print(f"  first {key}: {text}")
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
