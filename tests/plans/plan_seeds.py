"""The seed plans the plan-reader tests use, by number (imported by the test modules of this folder)."""

from __future__ import annotations

from pathlib import Path

SEED_FILES = {
    "000": "000_56be073c6998dd9f.txt",
    "001": "001_e222448dd8226e4d.txt",
    "002": "002_114c0549c9d7b341.txt",
    "003": "003_e5038761a6850e2f.txt",
    "004": "004_507df5ea52532140.txt",
}
GOLDEN = Path(__file__).resolve().parents[1] / "golden"
