"""Text normalisation shared by every parser."""

from .fold import fold, to_nfc

__all__ = ["fold", "to_nfc"]
