def staged_contents(run, filename):
    return run("git show :%s" % filename)


def fetch(run, url, dest):
    run(f"curl -sSL {url} -o {dest}")
