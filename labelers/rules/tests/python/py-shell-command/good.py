import subprocess, sys
name = sys.stdin.readline().strip()
subprocess.run(["echo", "hello", name], check=True)
