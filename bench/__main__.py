"""GEM's benchmark suite: `./dev bench` (= `python -m bench`).

    python -m bench                       # the national benchmark at full scale, then the others
    python -m bench national --scale ci   # a quick run (2 provinces, 20 communes, 2 years)
    python -m bench list                  # the benchmarks in the suite

The national benchmark loads the synthetic national data set into its own PostgreSQL database
(BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/gem_bench; reused when it holds
a data set of the requested size, `--reload` rebuilds it), serves it with gunicorn on 127.0.0.1
and measures the six ratios of docs/performance.md side by side, printing a table and writing
bench/results/national-*.json. The others are the modules bench/extract_*.py and
bench/report_speed.py when present, each run as `python -m bench.<name>`.
"""

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def others() -> list[str]:
    found = [p.stem for p in sorted(HERE.glob("extract_*.py"))]
    if (HERE / "report_speed.py").exists():
        found.append("report_speed")
    return found


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "which",
        nargs="*",
        default=["all"],
        help="all (default), national, list, or a module name such as extract_speed",
    )
    parser.add_argument("--scale", choices=["full", "ci"], default="full")
    parser.add_argument("--provinces", type=int)
    parser.add_argument("--communes", type=int)
    parser.add_argument("--years", type=int)
    parser.add_argument("--today", help="YYYY-MM-DD for the data set (default: today)")
    parser.add_argument("--reload", action="store_true", help="rebuild the data set")
    parser.add_argument("--clients", type=int, default=200, help="rush clients (200)")
    parser.add_argument(
        "--pieces", type=int, default=3, help="requests each rush client splits its form into (3)"
    )
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: 2 x cores + 1)")
    return parser.parse_args(argv)


def run_module(name: str) -> int:
    print(f"\n== bench.{name}", flush=True)
    return subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent).returncode


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    which = args.which
    if which == ["list"]:
        print("\n".join(["national", *others()]))
        return 0
    codes = {}
    if "all" in which or "national" in which:
        from bench.suite import run_national

        codes["national"] = run_national(args)
    for name in others():
        if "all" in which or name in which:
            codes[name] = run_module(name)
    unknown = set(which) - {"all", "national", *others()}
    if unknown:
        print(f"unknown benchmark(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    print("\n" + "  ".join(f"{k}: {'ok' if v == 0 else f'exit {v}'}" for k, v in codes.items()))
    return max(codes.values(), default=0)


if __name__ == "__main__":
    sys.exit(main())
