import shlex


def staged_contents(run, filename):
    return run(["git", "show", ":" + filename])


def fetch(run, url, dest):
    run(f"curl -sSL {shlex.quote(url)} -o {shlex.quote(dest)}")


class Array3Par:
    def host(self, hostname):
        # the command as an argument list: nothing is split or interpreted
        return self._cli_run(["showhost", "-verbose", hostname])

    def vdisk(self, name):
        ssh_cmd = ["svcinfo", "lsvdisk", "-bytes", "-delim", "!", name]
        return self._run_ssh(ssh_cmd)

    def quoted(self, name):
        ssh_cmd = "svcinfo lsvdisk %s" % shlex.quote(name)
        return self._run_ssh(ssh_cmd)

    def status(self, name):
        return self._run_command(f"svcinfo lsvdisk {shlex.quote(name)}")
