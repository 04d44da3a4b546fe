"""The serving modules depend downwards only: no module imports one that imports it back."""
import ast
from pathlib import Path

SERVING = Path(__file__).resolve().parents[1] / "communique" / "serving"


def local_imports(path: Path) -> set[str]:
    """The sibling modules a serving module imports (`from . import x`, `from .x import y`), at any depth."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module} if node.module else {a.name for a in node.names}
    return {name.split(".")[0] for name in found}


def test_serving_modules_form_no_import_circle():
    graph = {p.stem: local_imports(p) - {p.stem} for p in SERVING.glob("*.py")}
    assert graph["app"] >= {"api", "pages"} and "stores" in graph["api"] and "stores" in graph["pages"]

    def reaches(start: str, target: str, seen: set) -> bool:
        return any(n == target or (n not in seen and reaches(n, target, seen | {n})) for n in graph.get(start, ()))

    circles = [name for name in graph if reaches(name, name, {name})]
    assert circles == [], {name: graph[name] for name in circles}
