#!/usr/bin/env python3
"""Generates N valid assessment files for benchmarks, from the shipped examples.

Usage: generate.py N OUT_DIR

Each file is one of the examples with a new title, levels drawn from a seeded random
generator (so runs are reproducible), and its own number at the start of its summary,
context and every rationale: no two briefs share the user's text, as in a real batch, so
Typst's memoisation gets no credit for text repeated only by the generator. Files are
spread over nested folders, as real batches are.
"""
import pathlib
import random
import re
import sys


def main() -> None:
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    root = pathlib.Path(__file__).resolve().parent.parent
    examples = sorted((root / "examples").glob("*.toml"))
    texts = [path.read_text(encoding="utf-8") for path in examples]
    rng = random.Random(2026)
    for index in range(count):
        text = texts[index % len(texts)]
        text = re.sub(r'(?m)^title = ".*"$', f'title = "Benchmark proposal {index:05d}"', text, count=1)
        text = re.sub(r"(?m)^level = \d+$", lambda _: f"level = {rng.randint(0, 4)}", text)
        text = re.sub(r'(?m)^((?:rationale|summary|context) = (?:"""\n|"))', rf"\g<1>Assessment {index:05d}. ", text)
        folder = out / f"group-{index % 10:02d}" / f"batch-{index // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"proposal-{index:05d}.toml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
