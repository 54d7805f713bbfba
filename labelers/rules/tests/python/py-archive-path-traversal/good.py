import os
import tarfile


def unpack(archive, dest):
    base = os.path.realpath(dest)
    with tarfile.open(archive) as tar:
        safe = [m for m in tar.getmembers()
                if os.path.realpath(os.path.join(base, m.name)).startswith(base + os.sep)]
        tar.extractall(dest, members=safe)


def unzip(zf, dest):
    base = os.path.realpath(dest)
    for info in zf.infolist():
        target = os.path.realpath(os.path.join(base, info.filename))
        if not target.startswith(base + os.sep):
            raise ValueError("unsafe member " + info.filename)
        with open(target, "wb") as out:
            out.write(zf.read(info))
