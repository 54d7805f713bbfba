"""One module per upstream format; each exposes a ``load(path, context, **options)`` generator."""
