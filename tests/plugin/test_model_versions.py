"""A habitat model saved under one scikit-learn is applied under another (Debian 12 → a newer one, and so on).

The model is trained and saved here, with the Debian release's own scikit-learn; then a child QGIS whose Python
has only the other scikit-learn of requirements-test-wheels.txt (installed offline into a folder, Debian's
hidden) applies it with bd:applyhabitatmodel: the model is refitted from the samples the file keeps, the user is
told, and the map is the same.
"""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import sklearn
from child_qgis import run_child
from habitat_scenes import _polygons, _scene
from osgeo import gdal

from bd_qgis_plugin.core.classify import save_model, train

ROOT = Path(__file__).resolve().parents[2]


def test_a_model_saved_with_one_scikit_learn_is_refitted_and_applied_under_another(tmp_path):
    wheels = os.environ.get("BD_TEST_WHEELS", str(ROOT / ".cache" / "wheels" / "optional"))
    other = tmp_path / "other-sklearn"
    # The dev venv pins Debian's scientific stack (.venv/pip.conf); this wheel is another version on purpose.
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-index",
                    "--no-deps", "--find-links", wheels, "--target", str(other), "scikit-learn"], check=True,
                   env=dict(os.environ, PIP_CONSTRAINT="/dev/null"))
    image, truth = _scene(tmp_path)
    model, _ = train(image, _polygons(), sensor="S2", trees=40, seed=3)
    model_file = tmp_path / "habitat.bdmodel"
    save_model(model, model_file)
    out = tmp_path / "applied.tif"
    body = f'''
    import sklearn
    from qgis.core import QgsProcessingFeedback
    class Collect(QgsProcessingFeedback):
        warnings = []
        def pushWarning(self, text):
            self.warnings.append(text)
            super().pushWarning(text)
    feedback = Collect()
    processing.run("bd:applyhabitatmodel", {{"MODEL": {str(model_file)!r}, "INPUT": {image!r},
                   "SENSOR": 0, "OUTPUT": {str(out)!r}}}, feedback=feedback)
    result["sklearn"] = sklearn.__version__
    result["sklearn_file"] = sklearn.__file__
    result["warnings"] = feedback.warnings
    '''
    result = run_child(tmp_path, body, hide={"sklearn"}, allow=[str(other)])
    assert result["sklearn_file"].startswith(str(other))
    assert result["sklearn"] != sklearn.__version__, "the test wheel must be another scikit-learn than Debian's"
    notice = " ".join(result["warnings"])
    assert f"saved with scikit-learn {sklearn.__version__}" in notice and f"has {result['sklearn']}" in notice
    assert "refitted from the 225 training pixels" in notice
    applied = gdal.Open(str(out)).ReadAsArray()
    assert np.array_equal(applied, truth)
