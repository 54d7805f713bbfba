import asyncio, os, subprocess, sys
from subprocess import check_output
name = sys.stdin.readline().strip()
subprocess.run(["echo", "hello", name], check=True)
subprocess.run(["ls", name], shell=False, check=True)
print(subprocess.getoutput("uptime"))
status, output = subprocess.getstatusoutput("df -h")
lines = check_output(["wc", "-l", name])
os.spawnlp(os.P_WAIT, "touch", "touch", name)


async def count_lines(path):
    proc = await asyncio.create_subprocess_exec("wc", "-l", path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def cat_file(loop, path):
    return await loop.subprocess_exec(asyncio.SubprocessProtocol, "cat", path)
