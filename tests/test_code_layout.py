"""The code layout keeps its promises (as lizmap-plugin's test_code_layout.py does for its tree).

- the analysis core (``bd_qgis_plugin/core``) imports neither Qt nor QGIS;
- SQL lives in ``bd_qgis_plugin/db`` only;
- the GUI holds no analysis: it imports from the core only errors and the province table;
- Qt is imported only through ``qgis.PyQt``;
- an algorithm module (``processing_algorithms/<group>/<name>.py``) defines an algorithm and imports no other
  algorithm module: helpers shared by a group live in its ``common.py``, those shared by all in ``inputs.py``;
- every import of the plugin resolves from the checkout.
"""

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "bd_qgis_plugin"
ALGORITHMS = ROOT / "processing_algorithms"
# SQL statements as they start in a string literal (not English prose: "select the layer" has no FROM).
SQL = re.compile(r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|CREATE\s+"
                 r"(TABLE|INDEX|VIEW|SCHEMA|ROLE|FUNCTION|TRIGGER)\s|ALTER\s+TABLE\s|DROP\s+(TABLE|VIEW|SCHEMA)\s|"
                 r"GRANT\s|PRAGMA\s)", re.DOTALL)  # SQL is written in capitals here


def python_files(top):
    return sorted(p for p in top.rglob("*.py") if "ext_libs" not in p.parts and "__pycache__" not in p.parts
                  and not (top == PACKAGE and p.relative_to(PACKAGE).parts[0] in ("processing_algorithms",)))


def imported_modules(path):
    """(line, absolute module name) of every import in ``path``, relative ones resolved against its package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT).with_suffix("")
    package = list(rel.parts[:-1]) if rel.name != "__init__" else list(rel.parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module
            yield node.lineno, name
            for alias in node.names:  # `from x import module`
                yield node.lineno, f"{name}.{alias.name}"


def string_constants(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def test_the_analysis_core_imports_neither_qt_nor_qgis():
    found = [f"{p.relative_to(ROOT)}:{line} imports {name}" for p in python_files(PACKAGE / "core")
             for line, name in imported_modules(p) if re.match(r"(qgis|PyQt\d|PySide\d|processing)(\.|$)", name)]
    assert not found, "\n".join(found)


def test_sql_lives_only_in_the_db_package():
    tops = [p for p in python_files(PACKAGE) if "db" != p.relative_to(PACKAGE).parts[0]] + python_files(ALGORITHMS)
    found = [f"{p.relative_to(ROOT)}:{line}: {text.strip()[:60]!r}" for p in tops
             for line, text in string_constants(p) if SQL.match(text)]
    assert not found, "\n".join(found)


def test_the_sql_check_would_catch_a_statement_outside_db():
    """The guard above is not vacuous: it recognises the statements the db package does write."""
    db_statements = [text for p in python_files(PACKAGE / "db") for _, text in string_constants(p) if SQL.match(text)]
    assert len(db_statements) > 20
    assert not SQL.match("Select the layer to push from the list.")


def test_the_gui_holds_no_analysis():
    allowed = {"bd_qgis_plugin.core.errors", "bd_qgis_plugin.core.provinces", "bd_qgis_plugin.core.text"}
    found = []
    for p in python_files(PACKAGE / "gui"):
        for line, name in imported_modules(p):
            if name.startswith("bd_qgis_plugin.core") and not any(name == a or name.startswith(a + ".")
                                                                  for a in allowed):
                found.append(f"{p.relative_to(ROOT)}:{line} imports {name}")
    assert not found, "\n".join(found)


def test_qt_comes_only_through_qgis_pyqt():
    found = [f"{p.relative_to(ROOT)}:{line} imports {name}"
             for p in python_files(PACKAGE) + python_files(ALGORITHMS)
             for line, name in imported_modules(p) if re.match(r"(PyQt\d|PySide\d|sip)(\.|$)", name)]
    assert not found, "\n".join(found)


def algorithm_modules():
    return sorted(p for p in ALGORITHMS.glob("*/*.py") if p.name not in ("__init__.py", "common.py"))


def test_every_algorithm_module_sits_in_its_toolbox_group_and_imports_no_other_algorithm_module():
    from bd_qgis_plugin.processing_algorithms.provider import GROUP_PACKAGES, algorithm_classes

    assert sorted(p.name for p in ALGORITHMS.iterdir() if p.is_dir() and p.name != "__pycache__") == \
        sorted(GROUP_PACKAGES)
    modules = {f"bd_qgis_plugin.processing_algorithms.{p.parent.name}.{p.stem}" for p in algorithm_modules()}
    found = []
    for p in algorithm_modules():
        for line, name in imported_modules(p):
            name = name.replace("processing_algorithms.", "bd_qgis_plugin.processing_algorithms.", 1) \
                if name.startswith("processing_algorithms.") else name
            if any(name == m or name.startswith(m + ".") for m in modules):
                found.append(f"{p.relative_to(ROOT)}:{line} imports the algorithm module {name}")
    assert not found, "\n".join(found)
    classes = algorithm_classes()
    for cls in classes:
        group = cls.__module__.split(".")[-2]
        assert cls.group_key == group, f"{cls.__name__} is in {group}/ but declares group {cls.group_key!r}"
    assert {cls.__module__ for cls in classes} == modules, "an algorithm module defines no algorithm"


@pytest.mark.parametrize("path", python_files(PACKAGE) + python_files(ALGORITHMS),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_every_import_of_the_plugin_resolves_from_the_checkout(path):
    for _, name in imported_modules(path):
        if name.startswith("bd_qgis_plugin."):
            module, _, attribute = name.rpartition(".")
            try:
                importlib.import_module(name)
            except ModuleNotFoundError:
                assert hasattr(importlib.import_module(module), attribute), f"{name} does not resolve"
