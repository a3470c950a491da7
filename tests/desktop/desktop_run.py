"""Run the real QGIS desktop under Xvfb with the plugin installed from the release zip, as a user does.

Unzip dist/bd_qgis_plugin-<version>.zip into a fresh profile's plugin folder (what Plugins > Install from
ZIP does), enable it, start QGIS with a check script (``tests/desktop/<script>``) that writes a JSON report
and a screenshot; the screenshot is kept in build/test-artifacts/ to look at.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "build" / "test-artifacts"


def plugin_version():
    for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise AssertionError("metadata.txt has no version")


def _launch(tmp_path, script, artifact_name, timeout, screen, env_extra, locale):
    """One QGIS run under Xvfb with a fresh profile; (report path, screenshot path, profile, rc, output)."""
    package = ROOT / "dist" / f"bd_qgis_plugin-{plugin_version()}.zip"
    assert package.exists(), "run `make package` (make test does it)"
    profile = tmp_path / "profiles" / "default"
    plugins_dir = profile / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins_dir)
    assert (plugins_dir / "bd_qgis_plugin" / "metadata.txt").exists()
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nbd_qgis_plugin=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n"
        "\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n"
        # Settings > Options > General > "Override system locale", as a Vietnamese user sets it
        + (f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\nglobalLocale={locale}\n" if locale else ""),
        encoding="utf-8")
    result_json, screenshot = tmp_path / "report.json", tmp_path / artifact_name
    env = dict(os.environ, BD_RESULT_JSON=str(result_json), BD_SCREENSHOT=str(screenshot),
               PYQGIS_STARTUP=str(ROOT / "tests" / "desktop" / "startup_hook.py"), HOME=str(tmp_path),
               QGIS_PLUGINPATH="", BD_DESKTOP_DIR=str(ROOT / "tests" / "desktop"), **(env_extra or {}))
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb), not offscreen
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(tmp_path), "--code", str(ROOT / "tests" / "desktop" / script)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
        cwd=tmp_path)  # not the repo root, whose source bd_qgis_plugin/ would shadow the installed one
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # QGIS and its Xvfb: never leave them behind
        output, _ = proc.communicate()
    return result_json, screenshot, profile, proc.returncode, output


def run_desktop(tmp_path, script, artifact_name, timeout=180, screen="1366x768", env_extra=None, locale=None):
    """Install the release zip into a fresh profile under ``tmp_path`` and run QGIS with ``script``.

    The screen is an office laptop's (1366×768) unless said; ``locale`` ("vi", "en") overrides QGIS' locale.
    Returns (report dict, profile folder, screenshot path). When QGIS itself dies on a signal before the
    script wrote its report (QGIS 3.40 does, rarely, here: "QGIS died on signal 11"), the run is made
    once more in a new profile, and the crash is said on stderr; a second crash, or any failed check, fails.
    """
    for attempt in range(2):
        base = tmp_path if attempt == 0 else tmp_path / f"attempt-{attempt + 1}"
        base.mkdir(exist_ok=True)
        result_json, screenshot, profile, returncode, output = _launch(base, script, artifact_name, timeout, screen,
                                                                      env_extra, locale)
        crashed = not result_json.exists() and ("died on signal" in output or returncode in (134, 139, -6, -11))
        if not crashed:
            break
        print(f"[desktop] QGIS crashed before {script} reported (rc {returncode}): {output[-300:]!r}; "
              "running it once more in a new profile", file=sys.stderr)
    assert result_json.exists(), f"QGIS ended without a report (rc {returncode}):\n{output[-3000:]}"
    report = json.loads(result_json.read_text(encoding="utf-8"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for shot in sorted(screenshot.parent.glob(screenshot.stem + "*" + screenshot.suffix)):
        shutil.copy(shot, ARTIFACTS / shot.name)  # the screenshot, and those a script adds beside it (<name>_tab…)
    return report, profile, screenshot
