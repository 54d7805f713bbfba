import asyncio, os, subprocess, sys
from subprocess import Popen, check_output
name = sys.stdin.readline().strip()
os.system("echo hello " + name)
subprocess.run("ls " + name, shell=True)
print(subprocess.getoutput("du -sh " + name))
status, output = subprocess.getstatusoutput(f"file {name}")
proc = Popen("grep -rn %s ." % name, shell=True)
lines = check_output("wc -l " + name, shell=True)
os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "touch " + name)


async def count_lines(path):
    proc = await asyncio.create_subprocess_shell("wc -l " + path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def cat_file(loop, path):
    return await loop.subprocess_shell(asyncio.SubprocessProtocol, "cat " + path)


def replace_with_shell(path):
    os.execl("/bin/sh", "sh", "-c", "exec tail -f " + path)
