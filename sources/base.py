"""What every adapter shares: rows with their origin, strict-or-lenient record building, language policy.

An adapter reads upstream rows (``Row``: where it came from, the raw dict, hints such as the
language a file holds) and converts each into records. Conversion runs inside
:meth:`LoadContext.build`, so a malformed row either raises :class:`schemas.RecordError`
naming ``file:line`` and the field, or — with ``lenient=True`` — is skipped and counted.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from pydantic import BaseModel

from schemas import Language, RecordError, canonical_language, parse_record

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

THEMIS_LANGUAGES = frozenset(language.value for language in Language)


class Row(NamedTuple):
    """One upstream record: ``where`` is ``file:line`` (or ``hub-id[split]#index``)."""

    where: str
    data: dict[str, Any]
    hints: dict[str, Any] = {}


class MissingField(KeyError):
    """A required upstream field is absent or empty."""


def need(row: dict[str, Any], name: str) -> Any:
    """The value of a required upstream field; absent, None or empty raises :class:`MissingField`."""
    value = row.get(name)
    if value is None or value == "":
        raise MissingField(name)
    return value


def sandbox_languages() -> set[str]:
    """Languages with a sandbox folder (``sandboxes/langs/<Lang>/``) at load time."""
    langs = Path(__file__).resolve().parents[1] / "sandboxes" / "langs"
    if not langs.is_dir():
        return set()
    names = set()
    for folder in langs.iterdir():
        if folder.is_dir() and (folder / "spec.toml").exists():
            try:
                names.add(canonical_language(folder.name))
            except ValueError:
                continue
    return names


@dataclass
class LoadContext:
    """Per-load state: the error policy, what was skipped, which languages were dropped."""

    source: str
    lenient: bool = False
    skipped: int = 0
    errors: list[RecordError] = field(default_factory=list)
    dropped_languages: Counter = field(default_factory=Counter)
    filtered: Counter = field(default_factory=Counter)  # well-formed rows left out on purpose, by reason
    _extra_languages: set[str] | None = None

    def keeps(self, language: str) -> bool:
        """Our eight languages always; others only when a sandbox folder exists. Drops are counted."""
        if language in THEMIS_LANGUAGES:
            return True
        if self._extra_languages is None:
            self._extra_languages = sandbox_languages()
        if language in self._extra_languages:
            return True
        self.dropped_languages[language] += 1
        return False

    def convert_rows(self, rows: Iterable[Row], convert: Callable[[Row], Iterable[T]]) -> Iterator[T]:
        """Convert every row, applying the error policy row by row."""
        for row in rows:
            yield from self.build(row.where, lambda row=row: _checked(row, convert))

    def build(self, where: str, convert: Callable[[], Iterable[T]]) -> list[T]:
        """Run one row's conversion; on failure raise a RecordError naming ``where``, or skip and count."""
        try:
            return list(convert())
        except RecordError as error:
            failure = error if error.where else RecordError(error.model, error.problems, where)
        except KeyError as error:  # MissingField, or a field an adapter indexes directly
            failure = RecordError(self.source, [f"{error.args[0]}: missing or empty"], where)
        except ValueError as error:  # adapters' messages start with the field name
            failure = RecordError(self.source, [str(error)], where)
        except (TypeError, AttributeError) as error:  # a field of the wrong JSON type
            failure = RecordError(self.source, [f"wrong field type ({type(error).__name__}: {error})"], where)
        if not self.lenient:
            raise failure
        self.skipped += 1
        self.errors.append(failure)
        return []


def _checked(row: Row, convert: Callable[[Row], Iterable[T]]) -> Iterable[T]:
    if PARSE_ERROR in row.hints:
        raise ValueError(f"<line>: {row.hints[PARSE_ERROR]}")
    return convert(row)


def record(model: type[M], data: dict[str, Any]) -> M:
    """Validate ``data`` into ``model``; the caller's :meth:`LoadContext.build` adds the origin."""
    return parse_record(model, data)


PARSE_ERROR = "parse_error"


def read_jsonl(path: Path, hints: dict[str, Any] | None = None) -> Iterator[Row]:
    """Rows of a (possibly gzipped) JSON-lines file; a line that is not a JSON object yields a bad row."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                yield Row(where, {}, {PARSE_ERROR: f"not valid JSON ({error.msg} at column {error.colno})"})
                continue
            if not isinstance(data, dict):
                yield Row(where, {}, {PARSE_ERROR: f"expected a JSON object, got {type(data).__name__}"})
                continue
            yield Row(where, data, dict(hints or {}))


def require_file(path: Path, what: str) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"{what}: {path} does not exist (set THEMIS_SHARED_DATA or pass --path)")
    return path


class Loaded(Generic[T]):
    """The iterator ``load_source`` returns; after (or during) iteration it exposes what was skipped.

    ``skipped`` counts malformed rows passed over in lenient mode (their errors in ``errors``);
    ``dropped_languages`` counts records left out because their language has no sandbox;
    ``filtered`` counts well-formed rows an adapter leaves out on purpose, by reason.
    """

    def __init__(self, records: Iterator[T], context: LoadContext):
        self._records = records
        self.context = context

    def __iter__(self) -> "Loaded[T]":
        return self

    def __next__(self) -> T:
        return next(self._records)

    @property
    def skipped(self) -> int:
        return self.context.skipped

    @property
    def errors(self) -> list[RecordError]:
        return self.context.errors

    @property
    def dropped_languages(self) -> dict[str, int]:
        return dict(self.context.dropped_languages)

    @property
    def filtered(self) -> dict[str, int]:
        return dict(self.context.filtered)
