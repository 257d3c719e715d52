#!/usr/bin/env bash
# The memory of the benchmark's PostgreSQL backends, sampled while a command runs:
#   bench/draw/pg-memory.sh bench/draw/run.sh 1000000 1
# Runs the command, finds the postmaster that starts on a bench data directory (fd-draw-bench-*)
# after it (pg_ctl detaches it from the JVM), reads every backend's /proc/<pid>/status and stat
# every 0.1 s, and prints per backend at the end: peak RssAnon (private memory, sampled), VmHWM
# (peak resident set, shared buffers touched included) and minor page faults (minflt: first touches
# of freshly mapped pages, what glibc's mmap per large allocation costs).
set -uo pipefail
"$@" &
exec python3 - "$!" <<'PY'
import os, sys, time, re
cmd = int(sys.argv[1])
uid = os.getuid()
def postmasters():
    found = set()
    for p in os.listdir('/proc'):
        if p.isdigit():
            try:
                if os.stat('/proc/' + p).st_uid != uid: continue
                if not open('/proc/%s/comm' % p).read().startswith('postgres'): continue
                line = open('/proc/%s/cmdline' % p, 'rb').read().replace(b'\0', b' ').decode('latin-1')
            except OSError:
                continue
            if re.search(r'postgres\S* .*-D \S*fd-draw-bench-', line): found.add(int(p))
    return found
before = postmasters()
pm, peak, last = None, {}, {}
def alive():
    try:
        return open('/proc/%d/stat' % cmd).read().split(')')[1].split()[0] != 'Z'
    except OSError:
        return False
while alive():
    if pm is None:
        new = postmasters() - before
        if new:
            pm = min(new)
            print('postmaster', pm, file=sys.stderr)
    if pm is not None:
        try:
            children = open('/proc/%d/task/%d/children' % (pm, pm)).read().split()
        except OSError:
            children = []
        for b in children:
            try:
                st = open('/proc/%s/status' % b).read()
                stat = open('/proc/%s/stat' % b).read().split(')')[1].split()
                title = open('/proc/%s/cmdline' % b, 'rb').read().replace(b'\0', b' ').decode('latin-1')[:50]
            except OSError:
                continue
            f = dict(l.split(':', 1) for l in st.splitlines() if ':' in l)
            if 'RssAnon' not in f or 'VmHWM' not in f:
                continue  # exiting
            anon, hwm, flt = int(f['RssAnon'].split()[0]), int(f['VmHWM'].split()[0]), int(stat[7])
            peak[b] = max(peak.get(b, 0), anon)
            last[b] = (hwm, flt, title.strip())
    time.sleep(0.1)
print('== PostgreSQL backends of the run (peak RssAnon sampled every 0.1 s; last VmHWM; last minflt)')
for b in sorted(peak, key=lambda b: -peak[b])[:4]:
    print('backend %s: peak RssAnon %9d kB  VmHWM %9d kB  minflt %10d  %s' % (b, peak[b], last[b][0], last[b][1], last[b][2]))
PY
