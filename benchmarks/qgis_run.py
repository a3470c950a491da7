"""Run Processing algorithms in a fresh QGIS (headless), one after the other: the benchmarks' way of running QGIS'
own algorithms with parameters qgis_process 3.22 cannot take on its command line (native:aggregate's list of
aggregates), and ours the same way.

    python benchmarks/qgis_run.py ALGORITHM 'JSON parameters' [ALGORITHM 'JSON parameters' …]
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    steps = list(zip(sys.argv[1::2], sys.argv[2::2]))
    if any(name.startswith("bd:") for name, _ in steps):
        from bd_qgis_plugin.processing_algorithms.provider import BdProvider

        provider = BdProvider()  # kept referenced: the registry holds only a C++ pointer
        QgsApplication.processingRegistry().addProvider(provider)
    for name, params in steps:
        processing.run(name, json.loads(params))
    os._exit(0)  # no teardown: what is measured is the work


if __name__ == "__main__":
    main()
