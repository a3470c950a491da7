# bd_qgis_plugin — one Makefile for set-up, build, demo, tests and benchmarks.
# `make demo` and `make test` do all set-up themselves (see README.md).

SHELL := /bin/bash
PLUGIN := bd_qgis_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PY := $(CURDIR)/.venv/bin/python
BUILD_DIR := build/plugins/$(PLUGIN)
CACHE_DIR := $(CURDIR)/.cache
# Bundled into the plugin's ext_libs/ (QGIS' own Python has no pyamg on Debian 12): the pin of requirements-dev.txt.
BUNDLED_PYAMG := $(shell sed -n 's/^\(pyamg==[0-9.]*\).*/\1/p' requirements-dev.txt)
EXT_LIBS_CACHE := $(CACHE_DIR)/ext_libs/$(BUNDLED_PYAMG)
SAMPLE_DIR := $(CACHE_DIR)/sample_data
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: help setup build package deploy sample-data demo test bench validate process lint translations clean

help:
	@echo "make demo      set up, build, obtain the sample scene, run the main job -> output/"
	@echo "make test      set up, build and run the test suite"
	@echo "make bench     benchmarks side by side with the anchors (slow)"
	@echo "make validate PEER_DATA=../shared/validation [ONLY=benthic]   opt-in peer validation"
	@echo "make build | package | deploy | lint | translations | process ARGS='...' | clean"

setup:
	@bash scripts/setup.sh

# Assemble the installable plugin folder from the pieces of the source tree.
build: setup
	@echo "[build] assembling $(BUILD_DIR)"
	@rm -rf $(BUILD_DIR) && mkdir -p $(BUILD_DIR)
	@rsync -a --exclude '__pycache__' --exclude '*.pyc' --exclude '*.ts' $(PLUGIN)/ $(BUILD_DIR)/
	@rsync -a --exclude '__pycache__' --exclude '*.pyc' processing_algorithms/ $(BUILD_DIR)/processing_algorithms/
	@rsync -a styles/ $(BUILD_DIR)/styles/
	@cp metadata.txt LICENSE $(BUILD_DIR)/
	@gcc -O3 -fPIC -shared -Wall -Werror -o $(BUILD_DIR)/core/native/libbd_grid_dijkstra.so \
	  $(PLUGIN)/core/native/grid_dijkstra.c -lm
	@test -d "$(EXT_LIBS_CACHE)" || { rm -rf "$(EXT_LIBS_CACHE).part" && $(PY) -m pip install --quiet --disable-pip-version-check --no-deps \
	  --only-binary :all: --no-compile --target "$(EXT_LIBS_CACHE).part" "$(BUNDLED_PYAMG)" \
	  && mv "$(EXT_LIBS_CACHE).part" "$(EXT_LIBS_CACHE)"; }
	@rsync -a --exclude '__pycache__' --exclude 'bin' "$(EXT_LIBS_CACHE)/" $(BUILD_DIR)/ext_libs/
	@mkdir -p $(BUILD_DIR)/i18n
	@for ts in $(PLUGIN)/i18n/*.ts; do \
	  lrelease -silent "$$ts" -qm "$(BUILD_DIR)/i18n/$$(basename $${ts%.ts}).qm" || exit 1; done
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

demo: setup build sample-data
	@$(PY) scripts/demo.py --sample-dir "$(SAMPLE_DIR)" --output "$(CURDIR)/output"

test: setup package sample-data
	@$(PY) -m ruff check $(PLUGIN) processing_algorithms tests scripts benchmarks demo
	@BD_SAMPLE_DIR="$(SAMPLE_DIR)" $(PY) -m pytest tests $(PYTEST_ARGS)

bench: setup build
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-bench.txt
	@$(PY) benchmarks/run.py $(BENCH_ARGS)

validate: setup build sample-data
	@test -n "$(PEER_DATA)" || { echo "usage: make validate PEER_DATA=../shared/validation"; exit 2; }
	@$(PY) scripts/validate.py --peer-data "$(PEER_DATA)" $(if $(ONLY),--only "$(ONLY)")

# Run any algorithm headless: make process ARGS="run bd:spectralindices -- INPUT=... OUTPUT=..."
process: setup build
	@scripts/qgis_process.sh $(ARGS)

lint: setup
	@$(PY) -m ruff check $(PLUGIN) processing_algorithms tests scripts benchmarks demo

# Refresh the .ts sources from the code (translations are then filled in by hand / Qt Linguist).
translations:
	@$(PY) scripts/update_translations.py

clean:
	rm -rf build dist output .pytest_cache
