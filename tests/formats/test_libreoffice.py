"""A PDF printed by LibreOffice now, not only the checked-in ones, reads to the text version's tasks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from format_files import FIXTURES, need

need("pypdfium2")

from reformrules import read_plan  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it "
                                            "best-effort (Debian package libreoffice-writer-nogui)")
def test_fresh_libreoffice_pdf(tmp_path: Path) -> None:
    assert SOFFICE is not None
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(FIXTURES / "hanoi_308.docx")],
                   check=True, capture_output=True, timeout=240)
    printed = read_plan(tmp_path / "hanoi_308.pdf")
    text = read_plan(FIXTURES / "hanoi_308.md")
    assert [(t.id, str(t.deadline)) for t in printed.tasks] == [(t.id, str(t.deadline)) for t in text.tasks]
    assert text.tasks
