#!/usr/bin/env python3
"""QGIS 4 (Qt 6 / PyQt6) readiness checker for the plugin's Python sources.

It reads the sources with ``ast`` (nothing is imported or run) and reports, one line a finding,
``path:line:col: CODE message (suggest: ...)``:

    QT601  Qt enum member reached without its enum type (``Qt.AlignLeft``): PyQt6 has only the scoped name.
    QT602  QGIS enum member reached without its enum type (``QgsWkbTypes.PolygonGeometry``).
    QT603  ``QVariant.String`` and the other ``QVariant.Type`` values as field types: gone in PyQt6.
    QT604  ``exec_()``: PyQt6 has only ``exec()``.
    QT605  a name that Qt 6 removed or moved to another module (``QAction`` from QtWidgets, ``QRegExp``, ...).
    QT606  ``QFontMetrics.width(text)`` (heuristic): removed in Qt 6, ``horizontalAdvance`` works on Qt >= 5.11.
    QT607  ``QVariant()`` as a null value: use ``NULL`` from qgis.core.
    QT608  an enum member that Qt 6 removed or renamed (``Qt.MidButton``).
    QT609  ``PyQt5`` (or a bare ``sip``) imported: go through ``qgis.PyQt``.
    QT610  a ``signal[str]`` overload (``activated[str]``): gone in Qt 6.

Which names are enums, which members belong to which enum, which names Qt 6 removed and which scoped forms
already work on QGIS 3.22 (PyQt5) all come from introspection of the real PyQt6 and QGIS 3.22, cached in
``scripts/qt6_names.json`` beside this file, so that a check needs neither. ``--refresh`` regenerates that file;
it needs a Python with PyQt6 (``--pyqt6-python``, default ``.cache-qt6venv/bin/python``) and the QGIS Python
(``--qgis-python``, default ``/usr/bin/python3``).

``--fix`` rewrites in place, by line and column from the AST (the rest of the file is left byte for byte), the
mechanical cases whose new form also works on QGIS 3.22: QT601/QT602 where the scoped name evaluates on 3.22,
QT608 where Qt 6 has a same-valued member that 3.22 also has, and QT604 on calls. Everything else is reported
for a hand fix, most of them with a helper of ``bd_qgis_plugin/compat.py``.

Not reported: names imported inside an ``if``/``try`` that has another branch (a version gate, as in
``bd_qgis_plugin/compat.py``), and any finding on a line that ends with ``# qt6: ok``.

Exit status: 0 with no finding, 1 with any (after ``--fix``: any left), 2 on a usage or data error.
"""

import argparse
import ast
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().with_name("qt6_names.json")
DEFAULT_TARGETS = ("bd_qgis_plugin", "processing_algorithms", "tests", "scripts", "benchmarks", "demo")
# Links inside the package to top-level folders (checked there) and the bundled third-party code.
EXCLUDED = ("bd_qgis_plugin/ext_libs", "bd_qgis_plugin/processing_algorithms", "bd_qgis_plugin/styles")
SKIP_DIRS = {"__pycache__", ".venv", ".cache", ".git", "build", "dist", "ext_libs"}  # ext_libs: bundled wheels

QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtXml", "QtSql", "QtSvg", "QtPrintSupport", "QtTest")
# Qt 6 homes of names that left the modules above (searched for a removed name's new place).
QT6_EXTRA_MODULES = ("QtOpenGL", "QtOpenGLWidgets", "QtSvgWidgets")
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
COMPAT = "bd_qgis_plugin.compat"

# Hand-written advice for removed names whose replacement is not the same name elsewhere.
REMOVED_ADVICE = {
    "QRegExp": "QRegularExpression (Qt >= 5.0)",
    "QRegExpValidator": "QRegularExpressionValidator (Qt >= 5.1)",
    "QDesktopWidget": "QGuiApplication.primaryScreen() / QWidget.screen() (QScreen)",
    "QStringListModel": "QtCore.QStringListModel",
}
PRAGMA = "# qt6: ok"   # on a line: its findings are known and accepted
COMPAT_NAMES = {"QAction", "QActionGroup", "QShortcut"}


# --------------------------------------------------------------------------- introspection (--refresh)

def _dump_pyqt6(out):
    """Run under a Python with PyQt6: every class's own enums, with members and values."""
    import enum

    classes, modules = {}, {}
    for modname in QT_MODULES + QT6_EXTRA_MODULES:
        try:
            mod = importlib.import_module("PyQt6." + modname)
        except ImportError:
            continue
        modules[modname] = sorted(n for n in dir(mod) if not n.startswith("_"))
        for name in modules[modname]:
            cls = getattr(mod, name)
            if not isinstance(cls, type) or issubclass(cls, enum.Enum):
                continue
            own = {}
            for attr in dir(cls):
                value = getattr(cls, attr, None)
                if (isinstance(value, type) and issubclass(value, enum.Enum)
                        and not any(getattr(b, attr, None) is value for b in cls.__bases__)):
                    kind = next(k.__name__ for k in value.__mro__ if k in (enum.IntFlag, enum.IntEnum, enum.Flag,
                                                                          enum.Enum))
                    own[attr] = {"kind": kind, "members": {m: _int(v.value) for m, v in value.__members__.items()}}
            clash = sorted({m for e in _mro_enums6(cls) for m in e.__members__ if hasattr(cls, m)})
            classes[name] = {"module": modname, "bases": [b.__name__ for b in cls.__mro__[1:-1]],
                             "enums": own, "clash": clash}
    core = importlib.import_module("PyQt6.QtCore")
    json.dump({"version": core.PYQT_VERSION_STR, "qt": core.QT_VERSION_STR, "classes": classes,
               "modules": modules}, open(out, "w"))


def _mro_enums6(cls):
    import enum
    for klass in cls.__mro__:
        for value in vars(klass).values():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                yield value


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _is_enum_value(value):
    """A member of a sip (PyQt5) enum or of a Python enum (QGIS's monkey-patched scoped enums)."""
    import enum
    return type(type(value)).__name__ == "enumtype" or isinstance(value, enum.Enum)


def _dump_qgis(pyqt6_file, out):
    """Run under the QGIS 3.22 Python: QGIS enums, and which Qt 6 forms work on 3.22's PyQt5."""
    import qgis.core

    q6 = json.load(open(pyqt6_file))
    result = {"qgis_version": qgis.core.Qgis.QGIS_VERSION}

    # QGIS classes: own members reached unscoped, with the scoped name that works on this QGIS.
    qclasses = {}
    for modname in QGIS_MODULES:
        mod = importlib.import_module(modname)
        for name in dir(mod):
            cls = getattr(mod, name)
            if not isinstance(cls, type) or not name.startswith("Qgs") and name != "Qgis" or _is_enum_type(cls):
                continue
            members, other = {}, {}
            for attr in dir(cls):
                if attr.startswith("_"):
                    continue
                try:
                    value = getattr(cls, attr)
                except Exception:  # noqa: BLE001  (sip raises assorted errors for odd attributes)
                    continue
                if not _is_enum_value(value) or any(_same(getattr(b, attr, None), value) for b in cls.__bases__):
                    continue
                etype = type(value)
                if getattr(cls, etype.__name__, None) is etype and _evaluates(cls, etype.__name__, attr, value):
                    members[attr] = etype.__name__
                    continue
                alias = next((a for a in dir(cls) if not a.startswith("_") and getattr(cls, a, None) is etype
                              and _evaluates(cls, a, attr, value)), None)
                if alias:
                    members[attr] = alias
                elif etype.__qualname__ != name and _resolves(etype.__qualname__, attr, value):
                    other[attr] = f"{etype.__qualname__}.{attr}"
            qclasses[name] = {"bases": [b.__name__ for b in cls.__mro__[1:-1]], "members": members, "other": other}
    # Keep the classes that have such members or inherit them (from a QGIS class or a Qt class with enums).
    has = {n for n, e in qclasses.items() if e["members"] or e["other"]}
    qt_with_enums = {n for n, i in q6["classes"].items() if i["enums"]}
    for name in list(qclasses):
        entry = qclasses[name]
        entry["bases"] = [b for b in entry["bases"] if b in has or b in qt_with_enums]
        if name not in has and not entry["bases"]:
            del qclasses[name]
            continue
        for key in ("members", "other"):
            if not entry[key]:
                del entry[key]
    result["qgis"] = qclasses

    # Qt: the PyQt6 enum tables, trimmed, with what PyQt5 on 3.22 says about each member.
    pyqt = {m: importlib.import_module("qgis.PyQt." + m) for m in QT_MODULES if _importable("qgis.PyQt." + m)}
    qt_classes, resolve, not_322, removed_members = {}, {}, [], {}
    for name, info in q6["classes"].items():
        entry = {"module": info["module"], "bases": info["bases"],
                 "enums": {e: sorted(d["members"]) for e, d in info["enums"].items()}}
        if info["clash"]:
            entry["clash"] = info["clash"]
        qt_classes[name] = entry
    for name, info in q6["classes"].items():
        cls5 = next((getattr(m, name) for m in pyqt.values() if isinstance(getattr(m, name, None), type)), None)
        if cls5 is None:
            continue
        holders = {}
        for klass in [name] + info["bases"]:
            for ename, edata in q6["classes"].get(klass, {}).get("enums", {}).items():
                for member in edata["members"]:
                    holders.setdefault(member, []).append((ename, edata["members"][member]))
        for member, found in holders.items():
            enames = sorted({e for e, _ in found})
            if len(enames) > 1:
                value = getattr(cls5, member, None)
                if value is not None and type(value).__name__ in enames:
                    resolve[f"{name}.{member}"] = type(value).__name__
            own = info["enums"]
            for ename in enames:
                if ename in own and member in own[ename]["members"]:
                    e5 = getattr(cls5, ename, None)
                    if e5 is None or getattr(e5, member, None) is None:
                        not_322.append(f"{name}.{ename}.{member}")
        # Members PyQt5 has that no PyQt6 enum of the class holds: removed, or renamed (same enum, same value).
        for attr in dir(cls5):
            value = getattr(cls5, attr, None)
            if attr.startswith("_") or attr in holders or not _is_enum_value(value) or _is_enum_type(value):
                continue
            if any(_same(getattr(b, attr, None), value) for b in cls5.__bases__):
                continue
            # A rename only where 3.22's PyQt5 has the new name as an alias of the old (same enum, same value):
            # equal values alone mislead, as Qt 6 renumbered some enums (QLocale.Language, QFileDialog.Option).
            ename, e5 = type(value).__name__, getattr(cls5, type(value).__name__, None)
            same = [m for klass in [name] + info["bases"]
                    for m in q6["classes"].get(klass, {}).get("enums", {}).get(ename, {}).get("members", {})
                    if m != attr and _same(getattr(e5, m, None), value)]
            new = same[0] if same else None
            removed_members[f"{name}.{attr}"] = f"{name}.{ename}.{new}" if new else None
    result["qt"] = {"classes": qt_classes, "resolve": resolve, "not_322": sorted(not_322),
                    "removed_members": removed_members}

    # Names PyQt5 modules have that PyQt6's same module lacks, with their new module when there is one.
    removed = {}
    for modname, mod in pyqt.items():
        have6 = set(q6["modules"].get(modname, ()))
        for name in dir(mod):
            if name.startswith("_") or name in have6 or not name.startswith("Q") or name == "QtCore":
                continue
            removed[f"{modname}.{name}"] = next((m for m, names in q6["modules"].items() if name in names), None)
    result["removed_names"] = removed

    # QVariant.Type -> QMetaType.Type by value (QVariant.String == QMetaType.QString == 10, ...).
    from qgis.PyQt.QtCore import QVariant
    meta6 = q6["classes"]["QMetaType"]["enums"]["Type"]["members"]
    qvariant = {}
    for attr in dir(QVariant):
        value = getattr(QVariant, attr, None)
        if type(value).__name__ == "Type" and _is_enum_value(value) and not _is_enum_type(value):
            names = [m for m, v in meta6.items() if v == _int(value)]
            best = next((m for m in ("Q" + attr, attr) if m in names), names[0] if names else None)
            qvariant[attr] = best
    result["qvariant_types"] = qvariant
    result["qvariant_has_type_in_pyqt6"] = "Type" in q6["classes"]["QVariant"]["enums"]
    result["pyqt6_version"], result["qt6_version"] = q6["version"], q6["qt"]
    json.dump(result, open(out, "w"))


def _is_enum_type(obj):
    import enum
    return type(obj).__name__ == "enumtype" or isinstance(obj, type) and issubclass(obj, enum.Enum)


def _same(a, b):
    return a is b or (a is not None and type(a) is type(b) and a == b)


def _evaluates(cls, enum_name, member, value):
    try:
        return _same(getattr(getattr(cls, enum_name), member), value)
    except Exception:  # noqa: BLE001
        return False


def _resolves(qualname, member, value):
    import qgis.core
    obj = qgis.core
    for part in qualname.split(".") + [member]:
        obj = getattr(obj, part, None)
        if obj is None:
            return False
    return _same(obj, value)


def _importable(name):
    try:
        importlib.import_module(name)
        return True
    except ImportError:
        return False


def refresh(pyqt6_python, qgis_python):
    with tempfile.TemporaryDirectory() as tmp:
        q6, qg = os.path.join(tmp, "pyqt6.json"), os.path.join(tmp, "qgis.json")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        subprocess.run([pyqt6_python, __file__, "--dump-pyqt6", q6], check=True, env=env)
        subprocess.run([qgis_python, __file__, "--dump-qgis", q6, qg], check=True, env=env)
        data = json.load(open(qg))
    data["generated_by"] = "scripts/check_qt6.py --refresh"
    with open(DATA, "w") as f:
        json.dump(data, f, indent=0, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {DATA.relative_to(ROOT)}: {len(data['qt']['classes'])} Qt classes "
          f"(PyQt {data['pyqt6_version']}), {len(data['qgis'])} QGIS classes (QGIS {data['qgis_version']})")


# --------------------------------------------------------------------------- the names table

class Names:
    def __init__(self, data):
        self.qt = data["qt"]["classes"]
        self.qt_resolve = data["qt"]["resolve"]
        self.qt_not_322 = set(data["qt"]["not_322"])
        self.qt_removed_members = data["qt"]["removed_members"]
        self.qgis = data["qgis"]
        self.removed_names = data["removed_names"]
        self.qvariant_types = data["qvariant_types"]
        self._qt_member_cache = {}

    def qt_member(self, cls, member):
        """(enum name, scoped form works on 3.22) for ``cls.member`` reached unscoped in PyQt6, else None."""
        key = (cls, member)
        if key not in self._qt_member_cache:
            self._qt_member_cache[key] = self._qt_member(cls, member)
        return self._qt_member_cache[key]

    def _qt_member(self, cls, member):
        info = self.qt.get(cls)
        if info is None or member in info.get("clash", ()):
            return None
        found = []
        for klass in [cls] + info["bases"]:
            for ename, members in self.qt.get(klass, {}).get("enums", {}).items():
                if member in members and ename not in (e for e, _ in found):
                    found.append((ename, klass))
        if not found:
            return None
        if len(found) > 1:
            pick = self.qt_resolve.get(f"{cls}.{member}")
            found = [f for f in found if f[0] == pick] or found[:1] + [None]
        ename, owner = found[0]
        ok = len(found) == 1 and f"{owner}.{ename}.{member}" not in self.qt_not_322
        return ename, ok

    def qt_removed_member(self, cls, member):
        """Qt 6 removed ``cls.member``: (replacement ``Cls.Enum.Member`` or None,), else None."""
        info = self.qt.get(cls)
        if info is None:
            return None
        for klass in [cls] + info["bases"]:
            key = f"{klass}.{member}"
            if key in self.qt_removed_members:
                new = self.qt_removed_members[key]
                return (cls + new[len(klass):] if new else None,)
        return None

    def qgis_member(self, cls, member):
        """(suggestion, fixable) for a QGIS ``cls.member`` reached unscoped, else None."""
        seen = set()
        todo = [cls]
        while todo:
            klass = todo.pop(0)
            if klass in seen:
                continue
            seen.add(klass)
            info = self.qgis.get(klass)
            if info is None:
                if klass in self.qt:
                    hit = self.qt_member(klass, member)
                    if hit:
                        return f"{cls}.{hit[0]}.{member}", hit[1]
                continue
            if member in info.get("members", {}):
                return f"{cls}.{info['members'][member]}.{member}", True
            if member in info.get("other", {}):
                return info["other"][member], False
            todo.extend(info["bases"])
        return None


# --------------------------------------------------------------------------- the checker

class Finding:
    __slots__ = ("path", "line", "col", "code", "message", "suggest", "edit")

    def __init__(self, path, line, col, code, message, suggest=None, edit=None):
        self.path, self.line, self.col, self.code = path, line, col, code
        self.message, self.suggest, self.edit = message, suggest, edit

    def format(self, text_lines):
        col = _char_col(text_lines, self.line, self.col) + 1
        tail = f" (suggest: {self.suggest})" if self.suggest else ""
        fix = " [fixable]" if self.edit else ""
        return f"{self.path}:{self.line}:{col}: {self.code} {self.message}{tail}{fix}"


def _char_col(lines, lineno, byte_col):
    line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    return len(line.encode("utf-8")[:byte_col].decode("utf-8", "replace"))


class Checker(ast.NodeVisitor):
    def __init__(self, path, names, min_qgis):
        self.path, self.names, self.min_qgis = path, names, min_qgis
        self.findings = []
        self.aliases = {}      # local name -> ("class", module, name) or ("module", module)
        self.star = []         # modules imported with *
        self.fontmetrics = set()
        self.guarded = 0       # > 0 inside an if/try that has another branch (a version-gated import)
        self.handlers = {ast.If: self._if, ast.Try: self._try, ast.Import: self._import,
                         ast.ImportFrom: self._import_from, ast.Attribute: self._attribute, ast.Assign: self._assign,
                         ast.Call: self._call, ast.FunctionDef: self._function_def,
                         ast.AsyncFunctionDef: self._function_def, ast.Subscript: self._subscript}

    def visit(self, node):
        self.handlers.get(type(node), self.generic_visit)(node)

    # ---- imports

    def _if(self, node):
        self._visit_gated(node, bool(node.orelse))

    def _try(self, node):
        self._visit_gated(node, bool(node.handlers))

    def _visit_gated(self, node, gated):
        self.guarded += gated
        self.generic_visit(node)
        self.guarded -= gated

    def _import(self, node):
        for alias in node.names:
            root = alias.name.split(".")[0]
            if root in ("PyQt5", "PyQt4"):
                self._add(node, "QT609", f"import {alias.name}: PyQt5 is not there on QGIS 4",
                          f"import through qgis.PyQt ({alias.name.replace(root, 'qgis.PyQt', 1)})")
            elif alias.name == "sip":
                self._add(node, "QT609", "bare 'import sip': PyQt6 has it as PyQt6.sip", "from qgis.PyQt import sip")
            if alias.asname:
                self.aliases[alias.asname] = ("module", alias.name)
            else:
                self.aliases.setdefault(root, ("module", root))
        self.generic_visit(node)

    def _import_from(self, node):
        module = node.module or ""
        root = module.split(".")[0]
        if node.level == 0 and root in ("PyQt5", "PyQt4"):
            self._add(node, "QT609", f"from {module} import ...: PyQt5 is not there on QGIS 4",
                      f"from {module.replace(root, 'qgis.PyQt', 1)} import ...")
        for alias in node.names:
            local = alias.asname or alias.name
            if alias.name == "*":
                self.star.append(module)
                continue
            if module in ("qgis.PyQt", "PyQt5", "PyQt6") and alias.name in QT_MODULES:
                self.aliases[local] = ("module", f"{module}.{alias.name}")
            elif module in ("qgis.PyQt", "PyQt5") and alias.name == "sip":
                pass
            elif module == "qgis" and alias.name in ("core", "gui", "analysis"):
                self.aliases[local] = ("module", f"qgis.{alias.name}")
            else:
                self.aliases[local] = ("class", module, alias.name)
                qtmod = _qt_module(module)
                if qtmod and not self.guarded:
                    self._check_removed_name(alias, qtmod, alias.name, node)
        self.generic_visit(node)

    def _check_removed_name(self, where, qtmod, name, node):
        key = f"{qtmod}.{name}"
        if key not in self.names.removed_names:
            return
        new = self.names.removed_names[key]
        if name in COMPAT_NAMES:
            suggest = f"from {COMPAT} import {name} (QtGui on Qt 6, QtWidgets on Qt 5)"
        elif new:
            suggest = f"Qt{new[2:]}.{name} on Qt 6" if new.startswith("Qt") else new
        else:
            suggest = REMOVED_ADVICE.get(name)
        where_txt = f"moved to {new}" if new else "removed"
        line = getattr(where, "lineno", node.lineno)
        col = getattr(where, "col_offset", node.col_offset)
        self.findings.append(Finding(self.path, line, col, "QT605", f"{qtmod}.{name} is {where_txt} in Qt 6",
                                     suggest))

    # ---- name resolution

    def resolve(self, node):
        """("class", module, name) / ("module", module) that ``node`` names, or None."""
        if isinstance(node, ast.Name):
            hit = self.aliases.get(node.id)
            if hit:
                return hit
            for module in self.star:
                if self._known_class(module, node.id):
                    return ("class", module, node.id)
            return None
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            if base is None:
                return None
            if base[0] == "module":
                full = f"{base[1]}.{node.attr}"
                if full in ("qgis.core", "qgis.gui", "qgis.analysis", "qgis.PyQt") or _qt_module(full):
                    return ("module", full)
                if base[1] in ("qgis", "PyQt5", "PyQt6"):
                    return ("module", full)
                return ("class", base[1], node.attr)
        return None

    def _known_class(self, module, name):
        if _qt_module(module):
            return name in self.names.qt
        if module in QGIS_MODULES:
            return name in self.names.qgis
        return False

    # ---- attribute rules

    def _attribute(self, node):
        target = self.resolve(node.value)
        if target and target[0] == "class":
            self._check_member(node, target[1], target[2])
        elif target and target[0] == "module":
            qtmod = _qt_module(target[1])
            if qtmod:
                self._check_removed_name(node, qtmod, node.attr, node)
        self.generic_visit(node)

    def _check_member(self, node, module, cls):
        member = node.attr
        start = (node.end_lineno, node.end_col_offset - len(member.encode()))
        span = (start[0], start[1], node.end_col_offset)
        if _qt_module(module):
            if cls == "QVariant" and member in self.names.qvariant_types:
                self._qvariant_type(node, member)
                return
            hit = self.names.qt_member(cls, member)
            if hit:
                ename, ok = hit
                edit = (span[0], span[1], span[1], f"{ename}.") if ok else None
                note = "" if ok else " (the scoped form does not work on QGIS 3.22 or is ambiguous: fix by hand)"
                self.findings.append(Finding(self.path, node.lineno, node.col_offset, "QT601",
                                             f"unscoped Qt enum {cls}.{member}{note}",
                                             f"{cls}.{ename}.{member}", edit))
                return
            gone = self.names.qt_removed_member(cls, member)
            if gone:
                new = gone[0]
                edit = (span[0], span[1], span[2], new.split(".", 1)[1]) if new else None
                self.findings.append(Finding(self.path, node.lineno, node.col_offset, "QT608",
                                             f"{cls}.{member} is removed in Qt 6", new, edit))
        elif module in QGIS_MODULES or module == "qgis._core":
            hit = self.names.qgis_member(cls, member)
            if hit:
                suggestion, ok = hit
                edit = (span[0], span[1], span[1], suggestion[len(cls) + 1:-len(member)]) if ok else None
                self.findings.append(Finding(self.path, node.lineno, node.col_offset, "QT602",
                                             f"unscoped QGIS enum {cls}.{member}", suggestion, edit))

    def _qvariant_type(self, node, member):
        meta = self.names.qvariant_types[member]
        if self.min_qgis >= (3, 38) and meta:
            suggest = f"QMetaType.Type.{meta}"
        else:
            suggest = f'{COMPAT}.field_type("{member}") (QMetaType.Type.{meta} from QGIS 3.38 on)'
        self.findings.append(Finding(self.path, node.lineno, node.col_offset, "QT603",
                                     f"QVariant.{member} as a type is gone in PyQt6", suggest))

    # ---- calls and the rest

    def _assign(self, node):
        if _is_fontmetrics_call(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.fontmetrics.add(target.id)
        self.generic_visit(node)

    def _call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "exec_":
            line, end = func.end_lineno, func.end_col_offset
            self.findings.append(Finding(self.path, line, end - 5, "QT604", "exec_() is gone in PyQt6", "exec()",
                                         (line, end - 5, end, "exec")))
        if isinstance(func, ast.Attribute) and func.attr == "width" and node.args:
            owner = func.value
            if _is_fontmetrics_call(owner) or isinstance(owner, ast.Name) and owner.id in self.fontmetrics:
                self._add(func, "QT606", "QFontMetrics.width(text) is removed in Qt 6",
                          "horizontalAdvance(text) (Qt >= 5.11)", at=(func.end_lineno, func.end_col_offset - 5))
        target = self.resolve(func)
        if target and target[0] == "class" and target[2] == "QVariant" and _qt_module(target[1]):
            if not node.args or len(node.args) == 1 and self._is_qvariant_type(node.args[0]):
                self._add(node, "QT607", "QVariant() as a null value", "NULL from qgis.core")
        self.generic_visit(node)

    def _is_qvariant_type(self, node):
        return (isinstance(node, ast.Attribute) and node.attr in self.names.qvariant_types
                and (self.resolve(node.value) or ("",))[-1] == "QVariant")

    def _function_def(self, node):
        if node.name == "exec_":
            self._add(node, "QT604", "a method named exec_: callers on Qt 6 call exec()", "rename it exec")
        self.generic_visit(node)

    def _subscript(self, node):
        if (isinstance(node.value, ast.Attribute) and isinstance(node.slice, ast.Name)
                and node.slice.id in ("str", "int", "QString")
                and node.value.attr in ("activated", "currentIndexChanged", "highlighted", "valueChanged")):
            self._add(node, "QT610", f"{node.value.attr}[{node.slice.id}] signal overload is gone in Qt 6",
                      "textActivated / currentTextChanged, or the signal without [..]")
        self.generic_visit(node)

    def _add(self, node, code, message, suggest=None, at=None):
        line, col = at or (node.lineno, node.col_offset)
        self.findings.append(Finding(self.path, line, col, code, message, suggest))


def _qt_module(module):
    """'QtCore' for qgis.PyQt.QtCore / PyQt5.QtCore / PyQt6.QtCore, else None."""
    parts = module.split(".")
    if len(parts) == 3 and parts[:2] == ["qgis", "PyQt"] or len(parts) == 2 and parts[0] in ("PyQt5", "PyQt6"):
        return parts[-1] if parts[-1].startswith("Qt") else None
    return None


def _is_fontmetrics_call(node):
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "fontMetrics"
            or isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF"))


# --------------------------------------------------------------------------- driver

def load_names():
    if not DATA.exists():
        sys.exit(f"{DATA} is missing: run {Path(__file__).name} --refresh")
    return Names(json.loads(DATA.read_text(encoding="utf-8")))


def min_qgis_version():
    meta = ROOT / "metadata.txt"
    match = re.search(r"^qgisMinimumVersion\s*=\s*(\d+)\.(\d+)", meta.read_text(), re.M) if meta.exists() else None
    return (int(match.group(1)), int(match.group(2))) if match else (3, 22)


def iter_files(targets):
    excluded = {ROOT / e for e in EXCLUDED}
    for target in targets:
        target = Path(target)
        if target.is_file():
            yield target
            continue
        for dirpath, dirnames, filenames in os.walk(target):
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")
                                 and (here / d).absolute() not in excluded and not (here / d).is_symlink())
            for name in sorted(filenames):
                if name.endswith(".py"):
                    yield here / name


def check_source(path, text, names, min_qgis):
    tree = ast.parse(text, filename=str(path))
    checker = Checker(str(path), names, min_qgis)
    checker.visit(tree)
    lines = text.splitlines()
    unique = {(f.line, f.col, f.code): f for f in checker.findings
              if not (0 < f.line <= len(lines) and PRAGMA in lines[f.line - 1])}
    return sorted(unique.values(), key=lambda f: (f.line, f.col, f.code))


def apply_edits(text, findings):
    """Apply the findings' (line, start, end, new) byte-column edits; everything else stays as it was."""
    lines = text.splitlines(keepends=True)
    by_line = {}
    for f in findings:
        if f.edit:
            by_line.setdefault(f.edit[0], []).append(f.edit)
    for lineno, edits in by_line.items():
        raw = lines[lineno - 1].encode("utf-8")
        for _, start, end, new in sorted(set(edits), key=lambda e: e[1], reverse=True):
            raw = raw[:start] + new.encode("utf-8") + raw[end:]
        lines[lineno - 1] = raw.decode("utf-8")
    return "".join(lines)


def display_path(path):
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def run(paths, fix=False, min_qgis=None, out=sys.stdout, line_length=120):
    names = load_names()
    min_qgis = min_qgis or min_qgis_version()
    counts, fixed, total, fixable, long_lines = Counter(), 0, 0, 0, []
    for path in iter_files(paths):
        text = path.read_text(encoding="utf-8")
        try:
            findings = check_source(display_path(path), text, names, min_qgis)
        except SyntaxError as exc:
            print(f"{display_path(path)}:{exc.lineno}:{exc.offset}: QT600 cannot parse: {exc.msg}", file=out)
            counts["QT600"] += 1
            total += 1
            continue
        if fix and any(f.edit for f in findings):
            new = apply_edits(text, findings)
            ast.parse(new)  # never write a file that no longer parses
            path.write_text(new, encoding="utf-8")
            fixed += sum(1 for f in findings if f.edit)
            old_lines, new_lines = text.splitlines(), new.splitlines()
            long_lines += [f"{display_path(path)}:{n}" for n, (a, b) in enumerate(zip(old_lines, new_lines), 1)
                           if a != b and len(b) > line_length >= len(a)]
            text, findings = new, check_source(display_path(path), new, names, min_qgis)
        lines = text.splitlines()
        for f in findings:
            print(f.format(lines), file=out)
            counts[f.code] += 1
            fixable += bool(f.edit)
        total += len(findings)
    summary = ", ".join(f"{code}: {n}" for code, n in sorted(counts.items())) or "none"
    if fix:
        for where in long_lines:
            print(f"{where}: note: longer than {line_length} characters after the fix: rewrap it", file=out)
        print(f"fixed {fixed} finding(s); {total} left ({summary})", file=out)
    else:
        print(f"{total} finding(s), {fixable} fixable with --fix ({summary})", file=out)
    return 1 if total else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="files or folders (default: the plugin's Python folders)")
    parser.add_argument("--fix", action="store_true", help="rewrite the safe mechanical cases in place")
    parser.add_argument("--min-qgis", help="lowest QGIS version to support, e.g. 3.38 (default: metadata.txt)")
    parser.add_argument("--refresh", action="store_true", help=f"regenerate {DATA.name} from PyQt6 and QGIS")
    parser.add_argument("--pyqt6-python", default=str(ROOT / ".cache-qt6venv" / "bin" / "python"))
    parser.add_argument("--qgis-python", default="/usr/bin/python3")
    parser.add_argument("--dump-pyqt6", metavar="OUT", help=argparse.SUPPRESS)
    parser.add_argument("--dump-qgis", nargs=2, metavar=("PYQT6_JSON", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump_pyqt6:
        return _dump_pyqt6(args.dump_pyqt6)
    if args.dump_qgis:
        return _dump_qgis(*args.dump_qgis)
    if args.refresh:
        return refresh(args.pyqt6_python, args.qgis_python)
    min_qgis = tuple(int(p) for p in args.min_qgis.split(".")[:2]) if args.min_qgis else None
    paths = args.paths or [ROOT / t for t in DEFAULT_TARGETS if (ROOT / t).exists()]
    return run(paths, fix=args.fix, min_qgis=min_qgis)


if __name__ == "__main__":
    sys.exit(main())
