"""The layers, as far as import-linter cannot see them (its contracts: pyproject.toml,
[tool.importlinter], checked by `lint-imports` in scripts/test.sh)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "linkwizard"
CORE = [path for path in sorted(SRC.rglob("*.py")) if "gui" not in path.relative_to(SRC).parts]
PACKAGES = ("domain", "net", "stripe", "store", "secrets", "team", "desktop", "usecases", "cli")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from pkg import module`
    return names


def test_the_core_never_imports_qt_or_the_gui_not_even_lazily() -> None:
    """Every import anywhere in a core module, function bodies included; linkwizard.entry is the
    one module that chooses between the window and the command line."""
    assert len(CORE) > 30  # the walk sees the packages
    for path in CORE:
        if path.name == "entry.py" and path.parent == SRC:
            continue
        offending = {name for name in _imports(path) if name.startswith(("PySide6", "linkwizard.gui"))}
        assert not offending, f"{path.relative_to(SRC)} imports {offending}"


def test_one_entry_module_chooses_the_window_or_the_command_line() -> None:
    main = (SRC / "__main__.py").read_text()
    assert "from linkwizard.entry import main" in main
    assert "gui" not in main
    assert "linkwizard.entry:main" in (SRC.parent.parent / "pyproject.toml").read_text()


def test_exit_codes_are_named_constants_everywhere() -> None:
    front = [*sorted((SRC / "cli").glob("*.py")), SRC / "usecases" / "selftest.py", SRC / "entry.py"]
    for path in front:
        tree = ast.parse(path.read_text())
        literal_returns = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Return)
                           and isinstance(node.value, ast.Constant) and isinstance(node.value.value, int)
                           and not isinstance(node.value.value, bool)]
        assert literal_returns == [], f"{path.name} returns a bare number at lines {literal_returns}"


@pytest.mark.parametrize("package", PACKAGES)
def test_each_package_states_its_public_modules_and_others_import_only_those(package: str) -> None:
    """`__all__` of a layer package names its public modules (the command line's: the functions
    `entry` calls): a module of another package imports from no other module of it, and each
    module named there is imported by another package (so the list says something)."""
    module = importlib.import_module(f"linkwizard.{package}")
    public = set(module.__all__)
    present = {p.stem for p in (SRC / package).glob("*.py") if p.stem != "__init__"} \
        | {p.parent.name for p in (SRC / package).glob("*/__init__.py")}  # and its sub-packages
    if package == "cli":
        assert all(callable(getattr(module, name)) for name in public)
        public = set()
    else:
        assert public, package
        assert public <= present, (public, present)
    used: set[str] = set()
    for path in sorted(SRC.rglob("*.py")):
        if path.relative_to(SRC).parts[0] == package:
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[:2] == ["linkwizard", package] and len(parts) > 2:
                assert parts[2] in public, f"{path.relative_to(SRC)} imports the private {name}"
                used.add(parts[2])
    if package != "cli":
        assert public == used, f"named in __all__ but used by no other package: {sorted(public - used)}"


def test_the_layer_contracts_hold() -> None:
    done = subprocess.run([str(Path(sys.executable).parent / "lint-imports")], capture_output=True, text=True,
                          cwd=SRC.parent.parent, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "Contracts: 4 kept, 0 broken." in done.stdout


def _lines(path: Path) -> int:
    return len(path.read_text().splitlines())


def test_the_window_composes_and_the_controller_coordinates() -> None:
    """A new feature lands in a module of its own: the window and the controller only wire it
    in, and stay within these sizes (a room of gui/ takes what grows)."""
    gui = SRC / "gui"
    assert _lines(gui / "window.py") <= 250
    assert _lines(gui / "controller.py") <= 330
    too_long = {str(p.relative_to(gui)): _lines(p) for p in gui.rglob("*.py") if _lines(p) > 400}
    assert too_long == {}


def test_gui_has_rooms() -> None:
    """At most 12 modules at the top of gui/; the rest live in its rooms (accounts/, team/, ...)."""
    top = sorted(p.name for p in (SRC / "gui").glob("*.py"))
    assert len(top) <= 12, top
    rooms = {p.parent.name for p in (SRC / "gui").glob("*/__init__.py")}
    assert {"accounts", "team", "imports", "common", "wizard", "startup"} <= rooms


def test_no_import_cycle_not_even_through_type_only_imports() -> None:
    """Every import of every module (function bodies and `TYPE_CHECKING` blocks included)
    makes a graph with no cycle: the window is never imported by what it is made of."""
    modules = {".".join(p.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__"): p
               for p in SRC.rglob("*.py")}
    graph = {name: {target for target in _imports(path) if target in modules and target != name}
             for name, path in modules.items()}
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            raise AssertionError(" -> ".join([*path[path.index(name):], name]))
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, [*path, name])
        done.add(name)

    assert len(modules) > 100
    for name in sorted(modules):
        visit(name, [])


def test_a_name_imported_only_for_type_checking_is_never_used_at_run_time() -> None:
    """A name imported under `if TYPE_CHECKING:` and nowhere else exists only for mypy: used
    outside an annotation it is a NameError when that line runs (mypy and ruff both pass it)."""
    misused = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text())
        guarded = [node for node in tree.body if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
                   and node.test.id == "TYPE_CHECKING"]
        inside = {id(node) for block in guarded for node in ast.walk(block)}
        typing_only = {(alias.asname or alias.name).split(".")[0] for block in guarded for node in ast.walk(block)
                       if isinstance(node, ast.Import | ast.ImportFrom) for alias in node.names}
        typing_only -= {(alias.asname or alias.name).split(".")[0] for node in ast.walk(tree)
                        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in inside
                        for alias in node.names}
        annotations = set()
        for node in ast.walk(tree):
            found: list[ast.expr | None] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = node.args
                found += [a.annotation for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                                                 arguments.vararg, arguments.kwarg) if a is not None]
                found.append(node.returns)
            elif isinstance(node, ast.AnnAssign):
                found.append(node.annotation)
            annotations |= {id(part) for expression in found if expression is not None
                            for part in ast.walk(expression)}
        misused += [f"{path.relative_to(SRC)}:{node.lineno} {node.id}" for node in ast.walk(tree)
                    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in typing_only
                    and id(node) not in annotations and id(node) not in inside]
    assert misused == []


def _sub_packages() -> list[str]:
    """`secrets.plaintext`, `usecases.team`, ...: the folders with an `__init__` inside a layer
    package (the window's rooms are one layer's own business)."""
    return sorted(f"linkwizard.{p.parent.parent.name}.{p.parent.name}" for p in SRC.glob("*/*/__init__.py")
                  if p.parent.parent.name != "gui")


def test_a_sub_package_is_entered_by_its_door_only() -> None:
    """Other packages import a sub-package itself, never one of its modules: its `__init__` is
    the one door, so its modules can be split or merged without touching a caller."""
    doors = _sub_packages()
    assert "linkwizard.usecases.team" in doors
    for path in sorted(SRC.rglob("*.py")):
        module = ".".join(("linkwizard", *path.relative_to(SRC).with_suffix("").parts))
        for door in doors:
            folder = SRC.joinpath(*door.split(".")[1:])
            rooms = {f"{door}.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__"}
            if not module.startswith(door + "."):
                inside = _imports(path) & rooms
                assert not inside, f"{path.relative_to(SRC)} goes round the door: {sorted(inside)}"


def test_the_team_door_names_what_it_lends() -> None:
    """The names type checkers see at the door are the names it lends at run time, each one found
    in its module."""
    door = importlib.import_module("linkwizard.usecases.team")
    tree = ast.parse((SRC / "usecases" / "team" / "__init__.py").read_text())
    checked = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               and node.module != "__future__" and node.module != "typing" and node.col_offset > 0
               for alias in node.names}
    assert checked == set(door._HOME_OF)
    modules = {p.stem for p in (SRC / "usecases" / "team").glob("*.py")}
    assert not checked & modules, "a name that is also a module: importing the module would replace it"
    for name in sorted(checked):
        assert getattr(door, name) is not None, name
