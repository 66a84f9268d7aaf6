"""The architecture as a test: core/ floors import only downwards, nothing imports in a circle.

Floors of ``slimstad_plugin/core`` (bottom to top): base < analysis < layers < catalogue < pushdown < challenge <
maps < sharing < demo. Every import counts, also those inside functions. Imports inside functions are allowed only
when deliberately lazy: the line (or the line above it) says ``lazy:`` and why.
"""

import ast
import shutil
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest
from paths import REPO

PACKAGE = "slimstad_plugin"
FLOORS = ("base", "analysis", "layers", "catalogue", "pushdown", "challenge", "maps", "sharing", "demo")
OUTSIDE_CORE = ("gui", "processing", "cli", "plugin", "qgis_app", "__main__")
MAX_LOOSE_CORE_MODULES = 4


def _modules(root: Path) -> Dict[str, Path]:
    """Dotted module name -> file, for every module of the package under ``root``."""
    found = {}
    for path in (root / PACKAGE).rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _targets(module: str, path: Path, node: ast.AST, modules: Dict[str, Path]) -> List[str]:
    """The package modules an import statement loads (relative imports resolved)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            anchor = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join(anchor + ([node.module] if node.module else []))
        else:
            base = node.module or ""
        names = [base + "." + alias.name if base + "." + alias.name in modules else base for alias in node.names]
    resolved = []
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name and name != module and name.startswith(PACKAGE):
            # Importing a package's own submodule from inside it does not make the package depend on itself.
            if not (modules[name].name == "__init__.py" and module.startswith(name + ".")):
                resolved.append(name)
    return resolved


def import_graph(root: Path) -> Tuple[Dict[str, Set[str]], List[str]]:
    """(edges module -> imported modules, function-level imports without a ``lazy:`` reason)."""
    modules = _modules(root)
    edges: Dict[str, Set[str]] = {name: set() for name in modules}
    unexplained = []
    for name, path in modules.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        in_function = set()
        for func in ast.walk(tree):
            if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                in_function.update(id(n) for n in ast.walk(func) if isinstance(n, (ast.Import, ast.ImportFrom)))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                edges[name].update(_targets(name, path, node, modules))
                if id(node) in in_function:
                    here = lines[node.lineno - 1] + " " + (lines[node.lineno - 2] if node.lineno > 1 else "")
                    if "lazy:" not in here:
                        unexplained.append("{}:{}".format(path.relative_to(root), node.lineno))
    return edges, unexplained


def cycles(edges: Dict[str, Set[str]]) -> List[List[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []
    counter = 0
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _floor(module: str) -> int:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "core" and parts[2] in FLOORS:
        return FLOORS.index(parts[2])
    return -1


def layering_violations(root: Path) -> List[str]:
    """Every broken rule of the architecture under ``root``, one line each (empty when all is well)."""
    edges, unexplained = import_graph(root)
    problems = ["import cycle: " + " <-> ".join(c) for c in cycles(edges)]
    for module, targets in sorted(edges.items()):
        if not module.startswith(PACKAGE + ".core"):
            continue
        for target in sorted(targets):
            top = target.split(".")[1] if "." in target else ""
            if top in OUTSIDE_CORE:
                problems.append("core imports a higher layer: {} -> {}".format(module, target))
            elif _floor(module) >= 0 and _floor(target) > _floor(module):
                problems.append("core floor imports a higher floor: {} -> {}".format(module, target))
    loose = [p.name for p in (root / PACKAGE / "core").glob("*.py") if p.name != "__init__.py"]
    if len(loose) > MAX_LOOSE_CORE_MODULES:
        problems.append("{} loose modules in core/ (at most {}): {}".format(
            len(loose), MAX_LOOSE_CORE_MODULES, ", ".join(sorted(loose))))
    floors = {p.name for p in (root / PACKAGE / "core").iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    problems += ["core/{}/ is not a known floor".format(f) for f in sorted(floors - set(FLOORS))]
    problems += ["import inside a function without a 'lazy:' reason: " + where for where in unexplained]
    return problems


def test_the_package_keeps_its_floors() -> None:
    assert layering_violations(REPO) == []


def _copy_package(tmp_path: Path) -> Path:
    shutil.copytree(REPO / PACKAGE, tmp_path / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


@pytest.mark.parametrize("module, line, expected", [
    ("core/base/i18n.py", "from ..challenge import model as _m", "core floor imports a higher floor"),
    ("core/analysis/accessibility.py", "from ...gui import host as _h", "core imports a higher layer"),
    ("core/catalogue/model.py", "from ...processing import provider as _p", "core imports a higher layer"),
    ("core/base/errors.py", "from . import secrets as _s", "import cycle"),
    ("gui/host.py", "from . import components as _c", "import cycle"),
])
def test_a_violation_is_found(tmp_path: Path, module: str, line: str, expected: str) -> None:
    root = _copy_package(tmp_path)
    path = root / PACKAGE / module
    if expected == "import cycle" and module == "core/base/errors.py":
        secrets = root / PACKAGE / "core/base/secrets.py"
        secrets.write_text("from . import errors as _e\n" + secrets.read_text(encoding="utf-8"), encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")
    found = layering_violations(root)
    assert any(expected in problem for problem in found), found


def test_an_unexplained_function_import_is_found(tmp_path: Path) -> None:
    root = _copy_package(tmp_path)
    path = root / PACKAGE / "core/base/errors.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n\ndef _late() -> None:\n    import json  # noqa\n",
                    encoding="utf-8")
    assert any("without a 'lazy:' reason" in p for p in layering_violations(root))


def test_a_loose_core_module_is_counted(tmp_path: Path) -> None:
    root = _copy_package(tmp_path)
    for i in range(MAX_LOOSE_CORE_MODULES + 1):
        (root / PACKAGE / "core" / "loose_{}.py".format(i)).write_text("", encoding="utf-8")
    assert any("loose modules in core/" in p for p in layering_violations(root))
