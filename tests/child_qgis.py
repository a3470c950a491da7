"""A child Python running the real QGIS Processing with the plugin, some packages hidden by an import hook.

As on a machine whose Python lacks them: ``hide`` names top-level packages that cannot be imported (unless found
in the ``allow`` folders, where an installer put them). The child's ``result`` dict comes back as JSON.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRELUDE = textwrap.dedent('''
    import importlib.abc, importlib.machinery, json, os, sys
    HIDDEN = set(json.loads(os.environ["BD_HIDE"]))
    ALLOWED = json.loads(os.environ.get("BD_ALLOW", "[]"))

    class Hide(importlib.abc.MetaPathFinder):
        """Top-level imports of HIDDEN fail unless found in ALLOWED folders (what the installer fills)."""
        def find_spec(self, name, path=None, target=None):
            if "." in name or name not in HIDDEN:
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, ALLOWED) if ALLOWED else None
            if spec is None:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return spec

    sys.path.insert(0, os.environ["BD_ROOT"])
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from qgis.core import QgsProcessingException
    # Hidden from here on, and forgotten: QGIS 3.22's own Processing imports psycopg2 itself (GdalUtils), so
    # the packages disappear for the plugin only, as on a machine whose Python lacks them.
    sys.meta_path.insert(0, Hide())
    for loaded in [m for m in sys.modules if m.split(".")[0] in HIDDEN]:
        del sys.modules[loaded]
    import bd_qgis_plugin
    plugin = bd_qgis_plugin.classFactory(None)
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    result = {"algorithms": sorted(a.id() for a in registry.providerById("bd").algorithms())}
''')


def run_child(tmp_path, body, hide, allow=(), **env):
    script = tmp_path / "child.py"
    script.write_text(PRELUDE + textwrap.dedent(body) + "\nprint('RESULT ' + json.dumps(result))\n",
                      encoding="utf-8")
    environment = dict(os.environ, BD_HIDE=json.dumps(sorted(hide)), BD_ALLOW=json.dumps(list(allow)),
                       BD_ROOT=str(ROOT), HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", **env)
    (tmp_path / "home").mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=environment,
                          timeout=300, cwd=tmp_path)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT "):])
