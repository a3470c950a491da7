#!/usr/bin/env bash
# One-command set-up for bd_qgis_plugin on Debian 12 or 13 (idempotent).
# Installs the Debian packages (QGIS with Python bindings: 3.22 on Debian 12, 3.40 on Debian 13; GDAL,
# rasterio, scikit-learn, scipy, PostgreSQL + PostGIS 3 of the release, GRASS for benchmarks, Xvfb,
# Qt translation tools, the mingw-w64 cross compiler and wine for the Windows build of the C search)
# and a .venv with the pinned dev packages.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "not root and sudo is missing: cannot install Debian packages"
  SUDO="sudo"
fi

# shellcheck disable=SC1091
. /etc/os-release
# PostgreSQL's major version differs by release; its PostGIS package carries it in its name.
case "${VERSION_CODENAME:-}" in
  bookworm) PG_MAJOR=15 ;;
  trixie) PG_MAJOR=17 ;;
  *) PG_MAJOR="" ;;
esac

DEB_PACKAGES=(
  qgis python3-qgis qgis-providers qgis-plugin-grass grass-core
  gdal-bin python3-gdal python3-rasterio python3-fiona python3-shapely python3-pyproj
  python3-numpy python3-scipy python3-sklearn python3-skimage python3-psycopg2
  postgresql postgis
  xvfb xauth x11-apps imagemagick poppler-utils fonts-open-sans
  pyqt5-dev-tools qttools5-dev-tools
  python3-venv python3-pip make zip unzip rsync procps time gcc libc6-dev ca-certificates
  gcc-mingw-w64-x86-64 wine wine64
)
if [ -z "$PG_MAJOR" ]; then  # another release: ask its package lists which PostgreSQL it has
  $SUDO apt-get update -q >/dev/null || die "apt-get update failed"
  PG_MAJOR=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/.*Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1)
  [ -n "$PG_MAJOR" ] || die "cannot tell which PostgreSQL this release (${PRETTY_NAME:-unknown}) has"
fi
DEB_PACKAGES+=("postgresql-$PG_MAJOR-postgis-3")

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || die "apt-get install failed for: ${missing[*]}"
else
  say "Debian packages: all ${#DEB_PACKAGES[@]} present (${PRETTY_NAME:-Debian})"
fi

/usr/bin/python3 -c "import qgis.core, osgeo.gdal, rasterio, sklearn, scipy" \
  || die "system Python /usr/bin/python3 cannot import qgis/gdal/rasterio/sklearn/scipy"

if [ ! -x .venv/bin/python ]; then
  say "creating .venv (--system-site-packages, from /usr/bin/python3)"
  /usr/bin/python3 -m venv --system-site-packages .venv || die "venv creation failed"
fi
# Python 3.12+ venvs come without setuptools; nothing here builds from source, so none is needed.
# QGIS' Python bindings are built against Debian's numpy: a pip package that pulls numpy 2 (or a newer
# scipy) into the venv makes QGIS crash on import. Pin the scientific stack to Debian's versions for every
# pip install in this venv (pip reads <venv>/pip.conf).
/usr/bin/python3 - > .venv/constraints.txt <<'PY'
import importlib.metadata as md
for name in ("numpy", "scipy", "scikit-learn", "shapely", "pyproj", "rasterio", "GDAL", "psycopg2"):
    try:
        print(f"{name}=={md.version(name)}")
    except md.PackageNotFoundError:
        pass
PY
printf '[install]\nconstraint = %s\n' "$PWD/.venv/constraints.txt" > .venv/pip.conf
stamp=.venv/.requirements-dev.stamp
if [ ! -f "$stamp" ] || ! cmp -s requirements-dev.txt "$stamp"; then
  say "installing pinned dev packages into .venv: $(grep -v '^#' requirements-dev.txt | xargs)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt \
    || die "pip install -r requirements-dev.txt failed"
  cp requirements-dev.txt "$stamp"
else
  say ".venv: pinned dev packages present"
fi
.venv/bin/python -c "import qgis.core, pytest, pytest_qgis" || die ".venv cannot import qgis/pytest/pytest_qgis"
say "done (QGIS $(.venv/bin/python -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)'))"
