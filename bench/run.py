"""The batch benchmark: throughput and peak memory of `ipsfid batch` against
the Python baseline a coordinator would write (PyYAML's C loader) and against
the floor (yaml-cpp's event parser doing nothing), on generated reviews.

usage: bench/run.py [--reviews N] [--small N] [--build DIR] [--repeat K]
needs: python3, python3-yaml (with its C extension), GNU time (package "time")

Targets (issue 4): ipsfid batch -j 2 at least 3x the baseline's throughput;
ipsfid batch -j 1 within 1.3x of the parse floor (per core); peak memory
within 20% between the small and the full set. Prints a table; exits 1 when a
target is missed.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

GNU_TIME = "/usr/bin/time"  # Debian package "time"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class Run:
    """Best wall time, best CPU time (user + system) and peak resident set
    (KiB) of one command over several runs. A shared virtual machine is noisy,
    so the best of several runs is the fairest reading of each."""

    def __init__(self, command):
        self.command = command
        self.wall = self.cpu = float("inf")
        self.rss = 0

    def once(self):
        # GNU time is the parent that reports the peak memory: a child forked
        # from this Python process would count Python's own pages too.
        with tempfile.NamedTemporaryFile("r") as report, open(os.devnull, "wb") as sink:
            command = [GNU_TIME, "-f", "%e %U %S %M", "-o", report.name] + self.command
            status = subprocess.run(command, stdout=sink, stderr=subprocess.DEVNULL).returncode
            if status not in (0, 1):
                sys.exit(f"bench: {' '.join(self.command[:3])}... failed with {status}")
            fields = report.read().split()[-4:]
        wall, user, system, rss = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
        self.wall = min(self.wall, wall)
        self.cpu = min(self.cpu, user + system)
        self.rss = max(self.rss, rss)


def instructions(command):
    """Instructions executed (callgrind): unlike time, the same on every run."""
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + command,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        with open(out) as f:
            for line in f:
                if line.startswith("totals:") or line.startswith("summary:"):
                    return int(line.split()[1])
    raise RuntimeError("no callgrind totals")


def measure_all(runs, repeat):
    """Runs every command `repeat` times, interleaved, so that a slow spell of
    the machine does not fall on one command only."""
    for _ in range(repeat):
        for run in runs.values():
            run.once()


def reviews_in(directory, count):
    if not os.path.isdir(directory):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_reviews.py"), str(count), directory], check=True)
    files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(directory) for name in names)
    assert len(files) == count, (directory, len(files))
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reviews", type=int, default=10000)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, default=200, help="reviews for the instruction count (0: skip)")
    args = parser.parse_args()
    if not os.path.exists(GNU_TIME):
        sys.exit("bench: needs GNU time: apt-get install time")

    subprocess.run(["cmake", "--build", args.build, "--target", "ipsfid", "parse_floor"], check=True,
                   stdout=subprocess.DEVNULL)
    ipsfid = os.path.join(args.build, "ipsfid")
    floor = os.path.join(args.build, "bench", "parse_floor")
    out = os.path.join(HERE, "out")
    full_dir = os.path.join(out, f"reviews-{args.reviews}")
    small_dir = os.path.join(out, f"reviews-{args.small}")
    files = reviews_in(full_dir, args.reviews)
    reviews_in(small_dir, args.small)
    size = sum(os.path.getsize(f) for f in files)
    n = args.reviews

    batch = [ipsfid, "batch", full_dir, "--format", "csv", "--as-of", "2026-11-22"]
    runs = {
        "ipsfid batch -j 1": Run(batch + ["-j", "1"]),
        "ipsfid batch -j 2": Run(batch + ["-j", "2"]),
        "python3 PyYAML CSafeLoader": Run([sys.executable, os.path.join(HERE, "baseline_pyyaml.py"),
                                           os.path.join(ROOT, "rubrics", "ips-25.yaml"), full_dir]),
        "yaml-cpp event parse floor": Run([floor] + files),
        f"ipsfid batch -j 2, {args.small} reviews": Run([ipsfid, "batch", small_dir, "--format", "csv", "-j", "2"]),
        "ipsfid batch -j 2 --format json (with roll-up)": Run(batch[:4] + ["json", "--as-of", "2026-11-22", "-j", "2"]),
        f"ipsfid lint -j 2, {args.small} reviews": Run([ipsfid, "lint", small_dir, "-j", "2"]),
    }
    measure_all(runs, args.repeat)

    print(f"{n} reviews, {size / n / 1024:.1f} KiB each on average, {os.cpu_count()} cores\n")
    # A repeatable second reading of the per-core cost: instructions per review
    # on a sample. With S the one-time start-up (parsing the built-in rubric)
    # and e the cost of a review, one file costs S + e and n files S + n e.
    per_review = None
    sample = reviews_in(small_dir, args.small)[: args.sample]
    if len(sample) > 1 and shutil.which("valgrind"):
        with tempfile.TemporaryDirectory() as scratch:
            for path in sample:
                os.symlink(path, os.path.join(scratch, os.path.basename(path)))
            one = instructions([ipsfid, "batch", sample[0], "--format", "csv", "-j", "1"])
            many = instructions([ipsfid, "batch", scratch, "--format", "csv", "-j", "1"])
        ipsfid_each = (many - one) / (len(sample) - 1)
        floor_each = instructions([floor] + sample) / len(sample)
        per_review = (ipsfid_each, floor_each, one - ipsfid_each)

    print(f"best of {args.repeat} interleaved runs\n")
    print("| run | wall s | CPU s | reviews/s (wall) | peak RSS |")
    print("|---|---:|---:|---:|---:|")
    for name, run in runs.items():
        count = args.small if str(args.small) + " reviews" in name else n
        print(f"| {name} | {run.wall:.2f} | {run.cpu:.2f} | {count / run.wall:,.0f} | {run.rss / 1024:.1f} MiB |")

    j1, j2 = runs["ipsfid batch -j 1"], runs["ipsfid batch -j 2"]
    python, parse = runs["python3 PyYAML CSafeLoader"], runs["yaml-cpp event parse floor"]
    small = runs[f"ipsfid batch -j 2, {args.small} reviews"]
    lint = runs[f"ipsfid lint -j 2, {args.small} reviews"]
    memory = j2.rss / small.rss
    per_100 = lint.wall / args.small * 100
    targets = [
        ("batch -j 2 vs the Python baseline (throughput, wall)", python.wall / j2.wall, ">= 3.0",
         python.wall / j2.wall >= 3.0),
        ("batch -j 1 vs the parse floor (CPU time per core)", j1.cpu / parse.cpu, "<= 1.3", j1.cpu / parse.cpu <= 1.3),
        (f"peak memory, {n} vs {args.small} reviews", memory, "<= 1.2", memory <= 1.2),
        ("lint, seconds per 100 files", per_100, "< 1.0", per_100 < 1.0),
    ]
    if per_review:
        ipsfid_each, floor_each, startup = per_review
        print(f"\ninstructions per review (callgrind, {args.sample} reviews): ipsfid batch {ipsfid_each / 1e6:.2f} M, "
              f"parse floor {floor_each / 1e6:.2f} M, ratio {ipsfid_each / floor_each:.2f}; "
              f"one-time start-up {startup / 1e6:.0f} M")
        targets.append(("batch vs the parse floor (instructions per review)", ipsfid_each / floor_each, "<= 1.3",
                        ipsfid_each / floor_each <= 1.3))
    print("\n| target | measured | goal | |\n|---|---:|---:|---|")
    for name, value, goal, ok in targets:
        print(f"| {name} | {value:.2f} | {goal} | {'met' if ok else 'MISSED'} |")
    sys.exit(0 if all(ok for *_, ok in targets) else 1)


if __name__ == "__main__":
    main()
