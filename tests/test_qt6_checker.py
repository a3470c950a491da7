"""scripts/check_qt6.py on small synthetic sources, and the compat gates it points to, on the QGIS here."""

import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "check_qt6.py"

_spec = importlib.util.spec_from_file_location("check_qt6", SCRIPT)
check_qt6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_qt6)


def check(tmp_path, source, name="snippet.py", fix=False, min_qgis=(3, 22)):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    out = io.StringIO()
    status = check_qt6.run([path], fix=fix, min_qgis=min_qgis, out=out)
    lines = out.getvalue().splitlines()
    return status, lines[:-1], path


def codes(lines):
    return [line.split(": ", 2)[1].split()[0] for line in lines]


def test_unscoped_qt_enum_is_found_with_its_scoped_name(tmp_path):
    status, lines, path = check(tmp_path, "from qgis.PyQt.QtCore import Qt\n\nflag = Qt.AlignLeft | Qt.AlignTop\n")
    assert status == 1
    assert lines[0].startswith(f"{path}:3:8: QT601 unscoped Qt enum Qt.AlignLeft")
    assert "(suggest: Qt.AlignmentFlag.AlignLeft)" in lines[0]
    assert "(suggest: Qt.AlignmentFlag.AlignTop)" in lines[1]
    assert len(lines) == 2


def test_scoped_qt_enum_is_clean(tmp_path):
    source = ("from qgis.PyQt import QtCore\nfrom qgis.PyQt.QtCore import Qt\n\n"
              "a = Qt.AlignmentFlag.AlignLeft\nb = QtCore.Qt.ItemDataRole.UserRole\nc = Qt.AlignmentFlag\n")
    status, lines, _ = check(tmp_path, source)
    assert (status, lines) == (0, [])


def test_module_qualified_and_inherited_qt_enums(tmp_path):
    source = ("from qgis.PyQt import QtCore, QtWidgets\n\n"
              "a = QtCore.Qt.UserRole\nb = QtWidgets.QLabel.StyledPanel\n")
    _, lines, _ = check(tmp_path, source)
    assert "(suggest: Qt.ItemDataRole.UserRole)" in lines[0]
    assert "(suggest: QLabel.Shape.StyledPanel)" in lines[1]


def test_fix_rewrites_in_place_and_the_result_checks_clean(tmp_path):
    source = ("from qgis.PyQt.QtCore import Qt  # the flags\n"
              "x = {'tên': 1}; a = (Qt.AlignLeft  |  Qt.AlignTop)  # keep   this\n"
              "def show(d):\n    return d.exec_()\n")
    status, lines, path = check(tmp_path, source, fix=True)
    assert status == 0, lines
    assert path.read_text(encoding="utf-8") == (
        "from qgis.PyQt.QtCore import Qt  # the flags\n"
        "x = {'tên': 1}; a = (Qt.AlignmentFlag.AlignLeft  |  Qt.AlignmentFlag.AlignTop)  # keep   this\n"
        "def show(d):\n    return d.exec()\n")
    compile(path.read_text(encoding="utf-8"), str(path), "exec")
    assert check(tmp_path, path.read_text(encoding="utf-8"), name="again.py")[:2] == (0, [])


def test_fix_renames_a_removed_member_to_its_qt5_alias(tmp_path):
    status, lines, path = check(tmp_path, "from qgis.PyQt.QtCore import Qt\nb = Qt.MidButton\n", fix=True)
    assert status == 0
    assert path.read_text() == "from qgis.PyQt.QtCore import Qt\nb = Qt.MouseButton.MiddleButton\n"
    from qgis.PyQt.QtCore import Qt
    assert Qt.MouseButton.MiddleButton == Qt.MidButton  # qt6: ok (3.22's PyQt5 has both)


def test_pyqt5_import_is_a_finding(tmp_path):
    status, lines, _ = check(tmp_path, "from PyQt5.QtCore import Qt\nimport PyQt5.QtGui\n")
    assert status == 1
    assert codes(lines) == ["QT609", "QT609"]
    assert "from qgis.PyQt.QtCore import" in lines[0]


def test_qgis_unscoped_enum_suggestion_evaluates_on_this_qgis(tmp_path):
    source = "from qgis.core import QgsWkbTypes\n\nkind = QgsWkbTypes.PolygonGeometry\n"
    status, lines, path = check(tmp_path, source)
    assert status == 1
    assert codes(lines) == ["QT602"]
    assert "(suggest: QgsWkbTypes.GeometryType.PolygonGeometry)" in lines[0]
    import qgis.core
    unscoped = qgis.core.QgsWkbTypes.PolygonGeometry  # qt6: ok (what the suggestion must equal)
    assert eval("QgsWkbTypes.GeometryType.PolygonGeometry", vars(qgis.core)) == unscoped
    check(tmp_path, source, fix=True)
    assert "QgsWkbTypes.GeometryType.PolygonGeometry\n" in path.read_text()


def test_every_fixable_qgis_suggestion_in_the_table_evaluates_here():
    """On the QGIS the table was read from, every suggestion; on newer ones (whose own enums moved, e.g. to
    ``Qgis.*``), every scoped name the plugin's sources use, which must work on all supported versions."""
    import json

    import qgis.analysis
    import qgis.core
    import qgis.gui
    from qgis.core import Qgis

    names = check_qt6.load_names()
    table_version = json.loads(check_qt6.DATA.read_text(encoding="utf-8"))["qgis_version"]
    ns = {**vars(qgis.analysis), **vars(qgis.gui), **vars(qgis.core)}
    same_qgis = table_version == Qgis.QGIS_VERSION
    used = "\n".join(p.read_text(encoding="utf-8") for top in ("bd_qgis_plugin", "processing_algorithms")
                     for p in (check_qt6.ROOT / top).rglob("*.py") if "ext_libs" not in p.parts)
    checked = 0
    for cls, info in names.qgis.items():
        for member in info.get("members", {}):
            suggestion, fixable = names.qgis_member(cls, member)
            assert fixable
            if same_qgis or suggestion in used:
                assert eval(suggestion, ns) == eval(f"{cls}.{member}", ns), suggestion
                checked += 1
    assert checked > (1000 if same_qgis else 50)


def test_qvariant_types_and_moved_names(tmp_path):
    source = ("from qgis.core import QgsField\nfrom qgis.PyQt.QtCore import QVariant\n"
              "from qgis.PyQt.QtWidgets import QAction, QDesktopWidget\n"
              "f = QgsField('name', QVariant.String)\nn = QVariant()\n")
    _, lines, _ = check(tmp_path, source)
    assert codes(lines) == ["QT605", "QT605", "QT603", "QT607"]
    assert "from bd_qgis_plugin.compat import QAction" in lines[0]
    assert 'bd_qgis_plugin.compat.field_type("String")' in lines[2]
    _, lines, _ = check(tmp_path, source, min_qgis=(3, 38))
    assert "(suggest: QMetaType.Type.QString)" in lines[2]


def test_gated_imports_nested_classes_and_pragma_are_clean(tmp_path):
    source = ("from qgis.core import QgsVectorFileWriter\nfrom qgis.PyQt.QtCore import QT_VERSION, Qt\n"
              "if QT_VERSION >= 0x060000:\n    from qgis.PyQt.QtGui import QAction\n"
              "else:\n    from qgis.PyQt.QtWidgets import QAction\n"
              "options = QgsVectorFileWriter.SaveVectorOptions()\n"
              "legacy = Qt.AlignLeft  # qt6: ok\n")
    assert check(tmp_path, source)[:2] == (0, [])


def test_font_metrics_width_and_signal_overloads(tmp_path):
    source = ("def f(w, combo):\n    fm = w.fontMetrics()\n    a = fm.width('x')\n"
              "    b = w.fontMetrics().width('y')\n    c = w.rect().width()\n"
              "    combo.activated[str].connect(print)\n")
    _, lines, _ = check(tmp_path, source)
    assert codes(lines) == ["QT606", "QT606", "QT610"]


def test_command_line_exit_status(tmp_path):
    clean = tmp_path / "clean.py"
    clean.write_text("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignmentFlag.AlignLeft\n")
    run = subprocess.run([sys.executable, str(SCRIPT), str(clean)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
    assert run.stdout.strip().endswith("0 finding(s), 0 fixable with --fix (none)")
    dirty = tmp_path / "dirty.py"
    dirty.write_text("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft\n")
    run = subprocess.run([sys.executable, str(SCRIPT), str(dirty)], capture_output=True, text=True)
    assert run.returncode == 1
    assert f"{dirty}:2:5: QT601" in run.stdout


def test_compat_gates_on_this_qgis():
    from qgis.core import Qgis, QgsField
    from qgis.PyQt.QtCore import QVariant

    from bd_qgis_plugin import compat
    assert compat.QAction.__name__ == "QAction"
    field = QgsField("name", compat.field_type("String"))
    assert field.type() == compat.field_type("String")
    if Qgis.QGIS_VERSION_INT < 33800:
        assert compat.field_type("LongLong") is QVariant.LongLong  # qt6: ok
    with pytest.raises(AttributeError):
        compat.field_type("NoSuchType")


def test_every_fixable_qt_suggestion_in_the_table_evaluates_here():
    from qgis.PyQt import QtCore, QtGui, QtNetwork, QtWidgets
    modules = (QtCore, QtGui, QtWidgets, QtNetwork)
    names = check_qt6.load_names()
    checked = 0
    for cls, info in names.qt.items():
        cls5 = next((getattr(m, cls) for m in modules if hasattr(m, cls)), None)
        if cls5 is None:
            continue
        for members in info["enums"].values():
            for member in members:
                hit = names.qt_member(cls, member)
                if hit and hit[1]:
                    scoped = getattr(getattr(cls5, hit[0]), member)  # raises if the fix would not work on 3.22
                    # (Qt 5's own scoped enums, e.g. QAbstractItemModel.CheckIndexOption, have no unscoped form)
                    assert scoped == getattr(cls5, member, scoped), f"{cls}.{member}"
                    checked += 1
    assert checked > 5000
