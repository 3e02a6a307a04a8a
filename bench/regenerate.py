"""Time our generation step against a bare openapi-python-client run on the same bundled spec.

Both run side by side in one process, alternating, ROUNDS times each; the ratio of medians is
printed (goal: ours <= 1.3x bare). Ours = render(), i.e. `make regenerate` without the final
swap: bundle + validate (structure, rules, examples; Redocly lint runs alongside the generation)
+ openapi-python-client with our templates + package templates + ruff. Bare = `openapi-python-client
generate` with stock templates and its default post hooks (ruff check --fix, ruff format), on the
bundled spec.

    .venv/bin/python bench/regenerate.py [ROUNDS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.bundle import bundle, dump  # noqa: E402
from generator.generate import Paths, render  # noqa: E402
from generator.validate import redocly_errors  # noqa: E402


def _bare(spec: Path, out: Path) -> None:
    venv_bin = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(venv_bin / "openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(out)]
    subprocess.run(command, check=True, capture_output=True, env=env)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    ours: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        spec = root / "openapi.yaml"
        result = bundle(REPO / "spec")
        spec.write_text(dump(result.document), encoding="utf-8")
        started = time.perf_counter()
        list(redocly_errors(result, root / "lint.json", REPO / "node_modules/.bin/redocly", REPO / "redocly.yaml"))
        lint = time.perf_counter() - started
        for i in range(rounds):
            started = time.perf_counter()
            render(Paths(), root / f"ours{i}")
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            _bare(spec, root / f"bare{i}")
            bare.append(time.perf_counter() - started)
    operations = sum(1 for _ in result.operations())
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"operations: {operations}, rounds: {rounds}")
    print(f"ours (bundle+validate+lint+generate+ruff): median {m_ours:.2f}s  runs {[round(x, 2) for x in ours]}")
    print(f"bare openapi-python-client:           median {m_bare:.2f}s  runs {[round(x, 2) for x in bare]}")
    print(f"ratio ours/bare: {m_ours / m_bare:.2f}x (goal <= 1.30x)")
    print(f"redocly lint alone, for reference (runs alongside generation in ours): {lint:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
