import tempfile
name = tempfile.mktemp()
open(name, "w").write("x")
