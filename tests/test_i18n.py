"""The message catalogue: every message of the code has a Vietnamese translation, and the .mo is the .po."""

from __future__ import annotations

import gettext
import re
from datetime import date
from pathlib import Path

import pytest

from reformrules.i18n import DOMAIN, LOCALE_DIR, translator

ROOT = Path(__file__).resolve().parents[1]
PO = LOCALE_DIR / "vi" / "LC_MESSAGES" / f"{DOMAIN}.po"
MO = PO.with_suffix(".mo")
pofile = pytest.importorskip("babel.messages.pofile", reason="checking the catalogue needs Babel (the test extra)")


def _catalogue():
    with PO.open("rb") as handle:
        return pofile.read_po(handle, locale="vi")


def _extracted() -> set:
    """The msgids Babel extracts from the code and templates with the project's babel.cfg."""
    from babel.messages.frontend import parse_mapping_cfg
    from babel.messages.extract import extract_from_dir

    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    keywords = {"gettext": None, "ngettext": (1, 2), "N_": None, "_": None, "message": None}
    found = set()
    for _, _, message, _, _ in extract_from_dir(str(ROOT / "src" / "reformrules"), method_map, options_map,
                                                 keywords=keywords):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def test_every_message_in_the_catalogue_is_translated() -> None:
    missing = [m.id for m in _catalogue() if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple)
                                                                            else (m.string,)))]
    assert missing == []


def test_every_message_of_the_code_is_in_the_catalogue() -> None:
    known = {m.id for m in _catalogue() if m.id}
    extracted = _extracted()
    assert extracted, "extraction found no message: babel.cfg does not match the sources"
    assert sorted(map(str, extracted - known)) == [], "run the commands of babel.cfg and translate the new messages"
    assert sorted(map(str, known - extracted)) == [], "the catalogue keeps messages the code no longer has"


def test_the_compiled_catalogue_is_the_po() -> None:
    compiled = gettext.GNUTranslations(MO.open("rb"))
    for message in _catalogue():
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert compiled.ngettext(message.id[0], message.id[1], 2) == message.string[0]
        else:
            assert compiled.gettext(message.id) == message.string, f"recompile: {message.id!r}"


def test_placeholders_survive_translation() -> None:
    for message in _catalogue():
        if not message.id:
            continue
        source = message.id if isinstance(message.id, tuple) else (message.id,)
        target = message.string if isinstance(message.string, tuple) else (message.string,)
        fields = set(re.findall(r"\{(\w+)\}|%\((\w+)\)s", source[0]))
        assert set(re.findall(r"\{(\w+)\}|%\((\w+)\)s", target[0])) == fields, message.id


def test_vietnamese_is_the_default_and_english_is_the_msgid() -> None:
    assert translator().lang == "vi" and translator().gettext("done late") == "hoàn thành trễ hạn"
    assert translator("en").gettext("done late") == "done late"
    assert translator("vi").day(date(2022, 1, 5)) == "05/01/2022" and translator("en").day(date(2022, 1, 5)) == "2022-01-05"
    with pytest.raises(ValueError, match="'fr' is not available"):
        translator("fr")


def test_the_catalogue_is_package_data() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for pattern in ("locale/*/LC_MESSAGES/*.mo", "exports/templates/*.html"):
        assert pattern in text
