"""The package's layout: no import circle, imports at the top, the old paths kept for one release.

A circle between modules is what makes a change in one of them break another far away; an
import inside a function hides one. Only a heavy or optional third-party library is imported
where it is used (HEAVY), so that `summarise --help` and cleaning never pay for torch.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarise"

# Third-party libraries imported inside the functions that need them: heavy to import, or
# optional (an extra, or only some inputs need them).
HEAVY = {
    "torch",
    "transformers",
    "ctranslate2",
    "ray",
    "pyarrow",
    "docx",
    "huggingface_hub",
    "trafilatura",
    "lxml",
    "sacrebleu",
    "numpy",
    "pysbd",
    "py3langid",
    "justext",
    "wordfreq",
    "babel",
    "dateparser",
    "text_to_num",
    "sacremoses",
    "filelock",
    "tqdm",
    "importlib",
    "msvcrt",
    "fcntl",
    "lingua",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, ast.Module]:
    return {module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))}


def imported(node: ast.Import | ast.ImportFrom, here: str, known: set[str]) -> list[str]:
    """The project modules an import statement loads (a name of a package that is a module
    counts as that module)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == "summarise"]
    if node.level:
        base = here.rsplit(".", node.level)[0] if node.level else here
        target = f"{base}.{node.module}" if node.module else base
    else:
        target = node.module or ""
    if target.split(".")[0] != "summarise":
        return []
    subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in known]
    return subs if len(subs) == len(node.names) else [target, *subs]


def graph() -> dict[str, set[str]]:
    trees = modules()
    known = set(trees)
    edges: dict[str, set[str]] = {name: set() for name in trees}
    for name, tree in trees.items():
        for node in ast.walk(tree) if name in COMMAND_LINE else tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                edges[name].update(m for m in imported(node, name, known) if m != name)
    return edges


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One circle of the graph, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def package_of(module: str) -> str:
    """A module's package under summarise (summarise.text.clean -> summarise.text); the
    top-level modules are each their own."""
    parts = module.split(".")
    return ".".join(parts[:2])


def test_no_import_circle_between_modules():
    edges = graph()
    # A package's __init__ states its API by importing from its own modules; those modules
    # import their siblings by full path, which runs the __init__ first: not a circle.
    for name in edges:
        edges[name] = {m for m in edges[name] if not name.startswith(m + ".")}
    assert cycle(edges) is None, " -> ".join(cycle(edges) or [])


def test_no_import_circle_between_packages():
    edges: dict[str, set[str]] = {}
    for name, targets in graph().items():
        if name == "summarise":  # the library API imports from everywhere, nothing imports it
            continue
        src = package_of(name)
        edges.setdefault(src, set()).update(package_of(t) for t in targets if package_of(t) != src and t != "summarise")
    assert cycle(edges) is None, " -> ".join(cycle(edges) or [])


def test_nothing_imports_the_package_itself():
    """summarise/__init__ is the library API over everything; a module that imports it for a
    name (``from summarise import __version__``) makes a circle through it."""
    users = [name for name, targets in graph().items() if "summarise" in targets and name != "summarise"]
    assert users == []


# The command line imports each command's library inside the command: those imports take a
# second or more, and a Ctrl-C during them must reach main() (exit 130 and one line), not stop
# Python with a traceback. Its imports count in the graph above all the same.
COMMAND_LINE = {"summarise.cli"}


def test_imports_inside_functions_are_heavy_libraries_only():
    found = []
    for name, tree in modules().items():
        if name in COMMAND_LINE:
            continue
        for top in tree.body:
            for node in ast.walk(top):
                if node is top or not isinstance(node, (ast.Import, ast.ImportFrom)):
                    continue
                roots = (
                    [a.name.split(".")[0] for a in node.names]
                    if isinstance(node, ast.Import)
                    else ["summarise" if node.level else (node.module or "").split(".")[0]]
                )
                found += [f"{name}:{node.lineno} {root}" for root in roots if root not in HEAVY]
    assert found == []


# Modules still over the limit, with the size they may not outgrow: a ratchet, emptied as
# each is split by concern (CHANGELOG).
STILL_LONG: dict[str, int] = {}


def test_no_module_over_500_lines():
    long = {
        module_name(p): n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    }
    grown = {name: n for name, n in long.items() if n > STILL_LONG.get(name, 500)}
    assert grown == {}


def test_import_summarise_loads_no_model_library():
    code = (
        "import sys, summarise; heavy = [m for m in ('torch', 'transformers', 'ctranslate2', 'ray') "
        "if m in sys.modules]; print(heavy); sys.exit(bool(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_command_line_starts_before_it_loads_the_library():
    """`summarise run` spends its first second or more importing; the command's handler
    (exit 130, "stopped; run the same command again") must already be in place by then."""
    code = (
        "import sys, summarise.cli; loaded = sorted(m for m in sys.modules if m.split('.')[:2] in "
        "(['summarise', 'pipeline'], ['summarise', 'models'], ['summarise', 'text'], ['summarise', 'quality'], "
        "['summarise', 'review'], ['summarise', 'store'])); print(loaded); sys.exit(bool(loaded))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "old, new",
    [
        ("summarise.read", "summarise.text.read"),
        ("summarise.clean", "summarise.text.clean"),
        ("summarise.checks", "summarise.quality.checks"),
        ("summarise.translate", "summarise.models.translate"),
        ("summarise.rundir", "summarise.store.rundir"),
        ("summarise.export", "summarise.review.export"),
    ],
)
def test_old_import_paths_are_the_new_modules(old, new):
    import summarise  # noqa: F401  (installs the old paths)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert importlib.import_module(old) is importlib.import_module(new)


def test_the_library_api_of_the_readme():
    import summarise

    for name in (
        "load_config",
        "run",
        "process",
        "load_models",
        "read_and_clean",
        "clean_text",
        "clean_file",
        "clean_to_jsonl",
        "export",
        "Record",
        "UserError",
    ):
        assert callable(getattr(summarise, name)), name
    assert summarise.export.__module__ == "summarise.review.export"
