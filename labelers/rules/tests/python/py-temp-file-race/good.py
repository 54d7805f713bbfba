import tempfile
with tempfile.NamedTemporaryFile("w", delete=False) as handle:
    handle.write("x")
