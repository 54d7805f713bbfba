import os, subprocess, sys
name = sys.stdin.readline().strip()
os.system("echo hello " + name)
subprocess.run("ls " + name, shell=True)
