"""The one text layer every parser (deadlines, assignments, targets) and the plan reader use.

API (import from the submodules):

- :mod:`.fold`: ``fold(text)`` length-preserving folding for matching (case, NBSP, dashes,
  old tone placement "Hoà"); ``to_nfc``.
- :mod:`.tokens`: the one tokenizer. ``tokenize(text, numbers="dates"|"decimals")`` gives
  ``Token(kind, text, start, end)`` (folded text, offsets into the original);
  ``token_columns`` the same as four lists. ``MARKS`` is every non-word, non-number kind.
  Markdown emphasis ("**") is not a token.
- :mod:`.trie`: ``WordTrie({("chậm", "nhất"): value, …})``, the one matcher of multi-word
  keys: ``longest(texts, i, accept=…)``, ``prefixes``, ``first_words``, ``keys``.
- :mod:`.collect`: collect-or-raise. ``check_mode(mode)``; ``Collector`` (a list of diagnostics
  with ``error``/``warning``/``info``, ``has_errors``, ``finish(text, mode)``);
  ``raise_on_errors(text, diagnostics, mode)``.
- :mod:`.prepared`: ``prepare(text)`` gives a :class:`~.prepared.Prepared` cell: its NFC ``text``,
  ``folded``, ``tokens(numbers=…)``/``columns(numbers=…)`` and ``place``, each computed once, so a
  cell read by the three parsers is normalised and tokenized once. Every parser accepts it.
- :mod:`.located`: ``place_of(text)`` takes a ``str`` or a :class:`reformrules.document.Located`
  and returns ``(string, place)``; ``place.span(span)`` / ``place.diagnostics(ds)`` put what the
  parser found into the document's source coordinates.

The word tables themselves live in one frozen object, :class:`reformrules.lexicon.Lexicon`
(``lexicon=None`` in every parser means ``reformrules.lexicon.packaged()``).

Examples:
    >>> from reformrules.text.tokens import tokenize
    >>> from reformrules.text.trie import WordTrie
    >>> toks = tokenize("Hoàn thành chậm nhất Quý II/2026")
    >>> WordTrie({("chậm", "nhất"): "by"}).longest([t.text for t in toks], 2)
    (2, 'by')
"""

from .fold import fold, to_nfc

__all__ = ["fold", "to_nfc"]
