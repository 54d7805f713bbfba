def staged_contents(run, filename):
    return run("git show :%s" % filename)


def fetch(run, url, dest):
    run(f"curl -sSL {url} -o {dest}")


class Array3Par:
    def host(self, hostname):
        # a project's own command runner given formatted text
        return self._cli_run("showhost -verbose %s" % hostname, None)

    def vdisk(self, name):
        ssh_cmd = "svcinfo lsvdisk -bytes -delim ! %s" % name
        return self._run_ssh(ssh_cmd)
