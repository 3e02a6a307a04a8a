"""generated/ is an installable distribution: np6-client, version from the spec, typed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def test_wheel_builds_offline_and_carries_the_package(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(REPO / "generated", source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    version = yaml.safe_load((REPO / "spec" / "openapi.yaml").read_text(encoding="utf-8"))["info"]["version"]
    wheels = list(tmp_path.glob("*.whl"))
    assert [w.name for w in wheels] == [f"np6_client-{version}-py3-none-any.whl"]
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    assert {"np6/__init__.py", "np6/py.typed", "np6/client.py", "np6/openapi.yaml"} <= names
    assert any(n.startswith("np6/api/segment/") for n in names)
