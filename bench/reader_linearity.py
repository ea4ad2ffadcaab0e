"""Time per MB of every reader of outside data, at 1, 2, 4 and 8 MB (issue 19, item 2).

For each reader and each shape of input (realistic; many tiny items; one huge line; deep
nesting where the format nests), the input is built at each size, read once (best of
``--runs``), and the time per MB printed. The last column is the ratio of the time per MB at the
largest size to that at the smallest: about 1 for a linear reader; a reader whose time grows
with the square of its input shows about 8 from 1 to 8 MB, and is marked. What a reader made of
the input is printed too (records read, or the one line it refused it with), so that a fast
refusal is not mistaken for fast reading.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/reader_linearity.py [--sizes 1,2,4,8]
        [--runs 1] [--only linkedin,x,...]
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its inputs, beside it

from reader_archives import ARCHIVES
from reader_common import MB, SUPER_LINEAR, Case
from reader_files import FILES

# -- running -------------------------------------------------------------------------------------

GROUPS = {**ARCHIVES, **FILES}


def measure(case: Case, sizes: list[float], runs: int) -> list[tuple[float, float, str]]:
    """(MB read, seconds, what it made of it) per size."""
    out = []
    with tempfile.TemporaryDirectory() as name:  # imports and compiled schemas: not timed
        case.read(case.build(20_000, Path(name)))
    for size in sizes:
        with tempfile.TemporaryDirectory() as name:
            path = case.build(int(size * MB), Path(name))
            megabytes = path.stat().st_size / MB
            best, said = float("inf"), ""
            for _ in range(runs):
                if case.reader == "settings file":  # a damaged one is moved aside: put it back
                    path = case.build(int(size * MB), Path(name))
                start = time.perf_counter()
                said = case.read(path)
                best = min(best, time.perf_counter() - start)
        out.append((megabytes, best, said))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4,8", help="MB, comma-separated")
    parser.add_argument("--runs", type=int, default=2, help="best of this many reads")
    parser.add_argument("--only", default="", help="groups: " + ",".join(GROUPS))
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    only = [g for g in args.only.split(",") if g] or list(GROUPS)
    print(f"sizes {sizes} MB (of the file as read; ZIPs are stored, not compressed)")
    print(
        f"{'reader':<20} {'shape':<22} "
        + " ".join(f"{f's/MB @{s:g}':>10}" for s in sizes)
        + f" {'ratio':>6}  what it made of the largest"
    )
    marked = []
    for group in only:
        for case in GROUPS[group]():
            rows = measure(case, sizes, args.runs)
            per_mb = [seconds / max(megabytes, 1e-9) for megabytes, seconds, _ in rows]
            ratio = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else float("nan")
            flag = "  SUPER-LINEAR" if ratio > SUPER_LINEAR else ""
            if flag:
                marked.append(f"{case.reader} / {case.shape}")
            cells = " ".join(f"{v:>10.4f}" for v in per_mb)
            print(
                f"{case.reader:<20} {case.shape:<22} {cells} {ratio:>6.2f}  {rows[-1][2]}{flag}",
                flush=True,
            )
    print("super-linear: " + (", ".join(marked) if marked else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
