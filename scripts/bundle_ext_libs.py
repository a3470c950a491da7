#!/usr/bin/env python3
"""Unpack the pinned wheels of requirements-ext-libs.txt into bd_qgis_plugin/ext_libs/<abi>-<platform>/.

Each wheel comes from PyPI through ``pip download --only-binary :all: --platform … --python-version …`` (cached
in .cache/wheels), so one machine prepares the folders of every supported platform; the plugin picks the one
matching the Python it runs in (``bd_qgis_plugin/core/bundled.py``). ``manifest.json`` lists what is there.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: Our platform name → the wheel platform tags pip is asked for (glibc 2.17 to 2.28: Debian 12 has 2.36).
PLATFORMS = {"linux_x86_64": ["manylinux2014_x86_64", "manylinux_2_17_x86_64", "manylinux_2_28_x86_64"],
             "win_amd64": ["win_amd64"]}


def requirements(path):
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].split()
        if line:
            yield line[0], line[1:]


def wheel(requirement, abi, platform, cache):
    folder = os.path.join(cache, f"{requirement}-{abi}-{platform}")
    found = [f for f in os.listdir(folder) if f.endswith(".whl")] if os.path.isdir(folder) else []
    if not found:
        os.makedirs(folder, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
                   "--only-binary", ":all:", "--implementation", "cp", "--python-version", abi[2:],
                   "--abi", abi, "-d", folder, requirement]
        for tag in PLATFORMS[platform]:
            command += ["--platform", tag]
        subprocess.run(command, check=True)
        found = [f for f in os.listdir(folder) if f.endswith(".whl")]
    if len(found) != 1:
        sys.exit(f"[ext_libs] ERROR: expected one wheel for {requirement} {abi} {platform}, found {found}")
    return os.path.join(folder, found[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requirements", default=os.path.join(ROOT, "requirements-ext-libs.txt"))
    parser.add_argument("--target", default=os.path.join(ROOT, "bd_qgis_plugin", "ext_libs"))
    parser.add_argument("--cache", default=os.path.join(ROOT, ".cache", "wheels"))
    args = parser.parse_args()
    staging = args.target + ".part"
    shutil.rmtree(staging, ignore_errors=True)
    manifest = {}
    for requirement, abis in requirements(args.requirements):
        for abi in abis:
            for platform in PLATFORMS:
                path = wheel(requirement, abi, platform, args.cache)
                folder = os.path.join(staging, f"{abi}-{platform}")
                with zipfile.ZipFile(path) as archive:
                    archive.extractall(folder, [n for n in archive.namelist()
                                                if "/tests/" not in n and not n.endswith((".pyc", ".pyi"))])
                manifest.setdefault(f"{abi}-{platform}", {})[requirement.split("==")[0]] = {
                    "version": requirement.split("==")[1], "wheel": os.path.basename(path)}
    with open(os.path.join(staging, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True)
    shutil.rmtree(args.target, ignore_errors=True)
    os.replace(staging, args.target)
    print(f"[ext_libs] {', '.join(sorted(manifest))} in {os.path.relpath(args.target, ROOT)}")


if __name__ == "__main__":
    main()
