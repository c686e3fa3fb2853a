"""The format-independent document model: located blocks in reading order.

Every reader of a file format produces a ``Document``; the plan reader works only on the model.
See ``reformrules.document.model`` for the types and docs/plans.md for the design.
"""

from .model import Address, Block, BlockKind, Document, Located, Table, TableCell, TableRow

__all__ = ["Address", "Block", "BlockKind", "Document", "Located", "Table", "TableCell", "TableRow"]
