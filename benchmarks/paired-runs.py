#!/usr/bin/env python3
"""Paired whole-process timing of two builds of the tool, for benchmarks/README.md.

Usage: python3 benchmarks/paired-runs.py N A B ARGS...   (for example: 20 a/BuyingCenter.Cli b/BuyingCenter.Cli demo)
Runs A and B twice each to warm the file cache, then N times each, alternating which goes first, standard output to
/dev/null. Wall time comes from perf_counter around spawn and wait; CPU (user + system) and peak RSS from wait4, which
a loaded machine disturbs less than the wall time. Prints the medians and the load average.
"""
import os
import statistics
import sys
import time


def run(cmd):
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    finally:
        os.close(devnull)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed with exit code {os.waitstatus_to_exitcode(status)}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    n, builds, args = int(sys.argv[1]), sys.argv[2:4], sys.argv[4:]
    before = load()
    for _ in range(2):
        for build in builds:
            run([build] + args)
    results = [[], []]
    for i in range(n):
        for k in ((0, 1) if i % 2 == 0 else (1, 0)):
            results[k].append(run([builds[k]] + args))
    print(f"load average before {before}, after {load()}")
    for name, runs in zip("AB", results):
        wall, cpu, rss = (statistics.median(r[j] for r in runs) for j in range(3))
        print(f"{name} {builds[ord(name) - 65]}: wall median {wall:.1f} ms (min {min(r[0] for r in runs):.1f}), "
              f"user+sys median {cpu:.1f} ms, peak RSS median {rss:.1f} MB")


main()
