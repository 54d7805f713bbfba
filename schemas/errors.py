"""Readable validation errors: every message names the record, the field and the offending value."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from pydantic import BaseModel, ValidationError

R = TypeVar("R", bound=BaseModel)


class RecordError(ValueError):
    """A record failed validation. ``where`` names the file/line (or other origin) when known."""

    def __init__(self, model: str, problems: list[str], where: str | None = None):
        self.model = model
        self.problems = problems
        self.where = where
        prefix = f"{where}: " if where else ""
        super().__init__(f"{prefix}invalid {model}: " + "; ".join(problems))


def describe(error: ValidationError) -> list[str]:
    """One line per pydantic error: ``field.path = value!r: message``."""
    lines = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"]) or "<record>"
        value = item.get("input")
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        lines.append(f"{field} = {shown}: {item['msg']}")
    return lines


def parse_record(model: type[R], data: object, where: str | None = None) -> R:
    """Validate a dict or JSON text into ``model``, raising :class:`RecordError` on failure."""
    try:
        if isinstance(data, (str, bytes)):
            return model.model_validate_json(data)
        return model.model_validate(data)
    except ValidationError as error:
        raise RecordError(model.__name__, describe(error), where) from None


@contextmanager
def input_errors(*kinds: type[BaseException]) -> Iterator[None]:
    """For command-line commands: an error of one of ``kinds`` — something wrong in what the user gave (a file, a
    record, a model, a flag), whose message names it — ends the command with that message as one ``error:`` line
    on stderr and exit status 2, not a traceback. Anything else is a bug and keeps its traceback."""
    try:
        yield
    except kinds as error:
        # str() of a KeyError is the repr of its message, quotes and all
        message = error.args[0] if isinstance(error, KeyError) and len(error.args) == 1 else error
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2) from None
