"""JSON at the boundary: dump, load and describe any public value with pydantic.

Values are frozen dataclasses; pydantic's ``TypeAdapter`` gives them JSON, validation on the way in,
and a JSON Schema that other services can validate against.

Examples:
    >>> from reformrules import Deadline, parse_deadline
    >>> d = parse_deadline("Quý II/2018")
    >>> from_json(Deadline, to_json(d)) == d
    True
    >>> json_schema(Deadline)["title"]
    'Deadline'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")


@lru_cache(maxsize=64)
def _adapter(kind: Any) -> TypeAdapter:
    return TypeAdapter(kind)


def to_json(value: Any, *, indent: int | None = None) -> str:
    """``value`` (any public dataclass value) as a JSON string."""
    return _adapter(type(value)).dump_json(value, indent=indent).decode("utf-8")


def to_data(value: Any) -> Any:
    """``value`` as plain JSON-compatible Python data (dicts, lists, strings, numbers)."""
    return _adapter(type(value)).dump_python(value, mode="json")


def from_json(kind: type[T], data: str | bytes) -> T:
    """A ``kind`` value validated from JSON text (raises pydantic's ``ValidationError`` on bad data)."""
    return _adapter(kind).validate_json(data)


def json_schema(kind: type) -> dict:
    """The JSON Schema of ``kind``'s JSON form."""
    return _adapter(kind).json_schema()
