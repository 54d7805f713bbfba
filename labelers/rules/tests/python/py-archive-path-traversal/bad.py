import os
import tarfile


def unpack(archive, dest):
    with tarfile.open(archive) as tar:
        tar.extractall(dest)


def unzip(zf, dest):
    for info in zf.infolist():
        with open(os.path.join(dest, info.filename), "wb") as out:
            out.write(zf.read(info))
