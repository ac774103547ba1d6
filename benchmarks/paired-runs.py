#!/usr/bin/env python3
"""Paired A/B whole-process timing: wall (perf_counter), user+sys and max RSS from wait4, alternating A and B."""
import os, sys, time, statistics, subprocess
def run(cmd):
    devnull = os.open(os.devnull, os.O_WRONLY)
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status, ru = os.wait4(pid, 0)
    t1 = time.perf_counter()
    os.close(devnull)
    assert os.waitstatus_to_exitcode(status) == 0, cmd
    return (t1 - t0) * 1000, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss / 1024
n = int(sys.argv[1]); a = sys.argv[2]; b = sys.argv[3]; args = sys.argv[4:]
res = {a: [], b: []}
for _ in range(2):
    run([a] + args); run([b] + args)
for i in range(n):
    for x in ((a, b) if i % 2 == 0 else (b, a)):
        res[x].append(run([x] + args))
print("load before/after:", open('/proc/loadavg').read().split()[:3])
for x in (a, b):
    w = [r[0] for r in res[x]]; c = [r[1] for r in res[x]]; m = [r[2] for r in res[x]]
    print(f"{x}: wall median {statistics.median(w):.1f} ms (min {min(w):.1f}), user+sys median {statistics.median(c):.1f} ms, maxrss {statistics.median(m):.1f} MB")
