"""The message catalogue: every word meant for people, in Vietnamese by default, English on request.

Messages are written in the code in English (the gettext ``msgid``) and translated in a GNU gettext
catalogue, ``reformrules/locale/vi/LC_MESSAGES/reformrules.po``. Babel extracts and compiles it
(``babel.cfg``; docs/cli.md, "Languages"); the compiled ``.mo`` is committed next to the ``.po`` so
that an installed package reads it with the standard library's :mod:`gettext` alone (Babel is
needed only to change the catalogue; a test keeps the ``.mo`` equal to the ``.po``).

Machine formats (JSON keys, enum values, the CLI's ``--format`` names) are not translated.

Examples:
    >>> from datetime import date
    >>> vi, en = translator("vi"), translator("en")
    >>> vi.gettext("overdue"), en.gettext("overdue")
    ('quá hạn', 'overdue')
    >>> vi.day(date(2022, 3, 1)), en.day(date(2022, 3, 1))
    ('01/03/2022', '2022-03-01')
    >>> vi.message("Starts {start}.", start=vi.day(date(2022, 3, 31)))
    'Bắt đầu thực hiện từ ngày 31/03/2022.'
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

#: The catalogue's gettext domain and folder (inside the package, so an installed wheel has it).
DOMAIN = "reformrules"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: Languages of the human-facing outputs; the first is the default.
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]


def N_(message: str) -> str:
    """Mark a message for extraction without translating it now (module-level tables)."""
    return message


@dataclass(frozen=True)
class Translator:
    """The messages and date format of one language."""

    lang: str
    catalogue: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        """``message`` (an English msgid) in this language."""
        return self.catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The singular or plural form for ``n``, in this language."""
        return self.catalogue.ngettext(singular, plural, n)

    def message(self, message: str, **values: object) -> str:
        """``message`` translated, then its ``{name}`` fields filled."""
        return self.gettext(message).format(**values)

    def day(self, value: date | None) -> str:
        """A date as people of this language write it: dd/mm/yyyy in Vietnamese, ISO in English; "" for None."""
        if value is None:
            return ""
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if self.lang == "vi" else value.isoformat()


@lru_cache(maxsize=None)
def translator(lang: str | None = None) -> Translator:
    """The :class:`Translator` of ``lang`` ("vi" by default, or "en").

    Raises:
        ValueError: a language the catalogue does not have.
    """
    lang = (lang or DEFAULT_LANGUAGE).lower()
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not available (choose one of {', '.join(LANGUAGES)})")
    if lang == "en":  # the msgids are the English messages
        return Translator(lang, gettext.NullTranslations())
    return Translator(lang, gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang]))
