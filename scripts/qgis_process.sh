#!/usr/bin/env bash
# Run QGIS' headless qgis_process with this checkout as the plugin (its compiled parts built in place by
# `make compile`); BD_PLUGIN_PATH=build/plugins runs the assembled copy instead.
#
# Why not /usr/bin/qgis_process: Debian's wrapper sources /etc/default/qgis, whose
# QGIS_OPTS=--noversioncheck makes qgis_process 3.22 stop with "Command --noversioncheck
# not known!". We call qgis_process.bin directly with the environment the wrapper sets.
#
#   scripts/qgis_process.sh list
#   scripts/qgis_process.sh help bd:spectralindices
#   scripts/qgis_process.sh run bd:spectralindices -- INPUT=in.tif INDICES=0,1 OUTPUT=out.tif
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
plugins="${BD_PLUGIN_PATH:-$root}"
[ -f "$plugins/bd_qgis_plugin/__init__.py" ] || { echo "no plugin in $plugins: run 'make compile'" >&2; exit 2; }
bin="$(command -v qgis_process.bin || true)"
[ -n "$bin" ] || bin=/usr/bin/qgis_process.bin
[ -x "$bin" ] || { echo "qgis_process.bin not found: install the Debian package 'qgis' (make setup)" >&2; exit 2; }

export QGIS_PLUGINPATH="$plugins${QGIS_PLUGINPATH:+:$QGIS_PLUGINPATH}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for grass_lib in /usr/lib/grass*/lib; do  # what Debian's wrapper adds when qgis-plugin-grass is installed
  [ -d "$grass_lib" ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$grass_lib"
done

# qgis_process only loads plugins that are enabled in the profile (and declare
# hasProcessingProvider=yes in metadata.txt); enabling is idempotent.
"$bin" plugins enable bd_qgis_plugin >/dev/null 2>&1 || true
exec "$bin" "$@"
