# bd_qgis_plugin — one Makefile for set-up, build, demo, tests and benchmarks.
# `make demo` and `make test` do all set-up themselves (see README.md).

SHELL := /bin/bash
PLUGIN := bd_qgis_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PY := $(CURDIR)/.venv/bin/python
BUILD_DIR := build/plugins/$(PLUGIN)
CACHE_DIR := $(CURDIR)/.cache
SAMPLE_DIR := $(CACHE_DIR)/sample_data
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
#: What `make test` runs (all by default), e.g. make test TESTS=tests/desktop
TESTS ?= tests
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: help setup compile build package deploy sample-data demo test bench validate process lint translations clean

help:
	@echo "make demo      set up, build, obtain the sample scene, run the main job -> output/"
	@echo "make test      set up, build and run the test suite"
	@echo "make bench     benchmarks side by side with the anchors (slow)"
	@echo "make validate PEER_DATA=../shared/validation [ONLY=benthic]   opt-in peer validation"
	@echo "make compile  build the compiled parts in place (the checkout is then the plugin: QGIS_PLUGINPATH=$$PWD)"
	@echo "make build | package | deploy | lint | translations | process ARGS='...' | clean"

setup:
	@bash scripts/setup.sh

# Compiled parts, built in place inside the checkout (git-ignored), so that the checkout itself is the plugin:
# the C cost search, the .qm translations and the pinned wheels of requirements-ext-libs.txt in ext_libs/
# (one folder per Python ABI and platform). Only what changed is rebuilt.
NATIVE_LIB := $(PLUGIN)/core/native/libbd_grid_dijkstra.so
# The same C file for QGIS on Windows (x86-64), cross-compiled with mingw-w64; the loader picks it there.
NATIVE_DLL := $(PLUGIN)/core/native/bd_grid_dijkstra.dll
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard $(PLUGIN)/i18n/*.ts))
EXT_LIBS_STAMP := $(PLUGIN)/ext_libs/.bundled.stamp

compile: setup $(NATIVE_LIB) $(NATIVE_DLL) $(QM_FILES) $(EXT_LIBS_STAMP)

$(NATIVE_LIB): $(PLUGIN)/core/native/grid_dijkstra.c
	@gcc -O3 -fPIC -shared -Wall -Werror -o $@ $< -lm

$(NATIVE_DLL): $(PLUGIN)/core/native/grid_dijkstra.c
	@x86_64-w64-mingw32-gcc -O3 -shared -Wall -Werror -static-libgcc -o $@ $< -lm

$(PLUGIN)/i18n/%.qm: $(PLUGIN)/i18n/%.ts
	@lrelease -silent $< -qm $@

$(EXT_LIBS_STAMP): requirements-ext-libs.txt scripts/bundle_ext_libs.py
	@$(PY) scripts/bundle_ext_libs.py --cache "$(CACHE_DIR)/wheels"
	@touch $@

# The installable plugin folder: the checkout's package with its links (processing_algorithms, styles,
# metadata.txt, LICENSE) replaced by what they point to, without translation sources and caches.
build: compile
	@echo "[build] assembling $(BUILD_DIR)"
	@rm -rf $(BUILD_DIR) && mkdir -p $(BUILD_DIR)
	@rsync -aL --exclude '__pycache__' --exclude '*.pyc' --exclude '*.ts' --exclude '.*.stamp' $(PLUGIN)/ $(BUILD_DIR)/
	@echo "[build] done: $(BUILD_DIR) (version $(VERSION))"

package: build
	@mkdir -p dist && rm -f dist/$(PLUGIN)-$(VERSION).zip
	@cd build/plugins && zip -qr ../../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "[package] dist/$(PLUGIN)-$(VERSION).zip (install with Plugins > Install from ZIP)"

deploy: build
	@mkdir -p "$(QGIS_PROFILE_DIR)/python/plugins"
	@rm -rf "$(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"
	@cp -r $(BUILD_DIR) "$(QGIS_PROFILE_DIR)/python/plugins/"
	@echo "[deploy] installed into $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins > Manage"

sample-data: setup
	@$(PY) scripts/fetch_sample_data.py --cache "$(CACHE_DIR)"

demo: setup compile sample-data
	@$(PY) scripts/demo.py --sample-dir "$(SAMPLE_DIR)" --output "$(CURDIR)/output"

TEST_WHEELS := $(CACHE_DIR)/wheels/optional
$(TEST_WHEELS)/.stamp: requirements-test-wheels.txt
	@$(PY) -m pip download --quiet --disable-pip-version-check --only-binary :all: --no-deps -d $(TEST_WHEELS) \
	  -r requirements-test-wheels.txt && touch $@

test: setup package sample-data $(TEST_WHEELS)/.stamp
	@$(PY) -m ruff check $(PLUGIN) processing_algorithms tests scripts benchmarks demo
	@$(PY) scripts/check_qt6.py
	@BD_SAMPLE_DIR="$(SAMPLE_DIR)" BD_TEST_WHEELS="$(TEST_WHEELS)" $(PY) -m pytest $(TESTS) $(PYTEST_ARGS)

bench: setup compile
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-bench.txt
	@$(PY) benchmarks/run.py $(BENCH_ARGS)

validate: setup compile sample-data
	@test -n "$(PEER_DATA)" || { echo "usage: make validate PEER_DATA=../shared/validation"; exit 2; }
	@$(PY) scripts/validate.py --peer-data "$(PEER_DATA)" $(if $(ONLY),--only "$(ONLY)")

# Run any algorithm headless: make process ARGS="run bd:spectralindices -- INPUT=... OUTPUT=..."
process: setup compile
	@scripts/qgis_process.sh $(ARGS)

lint: setup
	@$(PY) -m ruff check $(PLUGIN) processing_algorithms tests scripts benchmarks demo
	@$(PY) scripts/check_qt6.py

# Refresh the .ts sources from the code (translations are then filled in by hand / Qt Linguist).
translations:
	@$(PY) scripts/update_translations.py

clean:
	rm -rf build dist output .pytest_cache $(NATIVE_LIB) $(NATIVE_DLL) $(QM_FILES) $(PLUGIN)/ext_libs
