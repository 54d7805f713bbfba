"""Problem and pair sources: our seed set and adapters for public sets (DESIGN §1, issue 3).

``load_source(name, path=None, *, lenient=False, **options)`` yields :class:`schemas.Problem`
(or :class:`schemas.Pair` for pair sets); ``SOURCES`` lists what exists; ``data_root()`` is where
the shared public data lives.
"""

from sources.base import Loaded
from sources.registry import SOURCES, Source, UnknownSource, data_root, load_source

__all__ = ["SOURCES", "Loaded", "Source", "UnknownSource", "data_root", "load_source"]
