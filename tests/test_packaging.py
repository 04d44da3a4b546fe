"""The project's own packaging installs without warnings (issue 14, item 8)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: A local mirror of the package index: the build backend (setuptools) is fetched from it, offline.
LOCAL_INDEX = Path("/opt/pypi/simple")


def test_editable_install_prints_no_warning(tmp_path):
    if not (LOCAL_INDEX / "setuptools").is_dir():
        pytest.skip(f"{LOCAL_INDEX} has no setuptools: the build backend cannot be fetched offline")
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "communique", project / "communique", ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--disable-pip-version-check",
         "--index-url", LOCAL_INDEX.as_uri(), "--target", str(tmp_path / "site"), "-e", str(project)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "Warning" not in output and "DEPRECATION" not in output, output
    pth = list((tmp_path / "site").glob("__editable__*.pth"))
    assert pth and pth[0].read_text().strip() == str(project)
