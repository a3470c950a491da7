"""How much memory is available now, and the one early refusal of a job that would not fit.

Every estimate of the plugin (the cost search's bytes per cell, the circuit solve's bytes per node) ends in
:func:`check_memory`, so a job too large is refused before it starts, with the estimate, instead of failing
(or swapping the machine to a halt) half-way. No Qt/QGIS imports; no psutil (not shipped with QGIS).
"""

import ctypes
import os
import subprocess
import sys

from .errors import InputError, thousands

MB = 2**20


def available_memory():
    """Bytes of memory available to a new job now, or None where the system does not tell.

    Linux: ``MemAvailable`` of ``/proc/meminfo`` (the kernel's estimate of what can be allocated without
    swapping); Windows: ``ullAvailPhys`` of ``GlobalMemoryStatusEx``; macOS: free, inactive and speculative
    pages of ``vm_stat`` (what psutil calls available); other Unix: free physical pages (``sysconf``).
    """
    if sys.platform.startswith("win"):
        return _windows_available(ctypes.windll.kernel32)
    if sys.platform == "darwin":
        return _macos_available()
    found = _meminfo_available()
    if found is not None:
        return found
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _meminfo_available(path="/proc/meminfo"):
    """``MemAvailable`` of a Linux meminfo file in bytes (None when absent, as before kernel 3.14)."""
    try:
        with open(path, encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


class _MemoryStatusEx(ctypes.Structure):
    """Win32 ``MEMORYSTATUSEX`` (DWORDs are 32 bits on every platform: 64 bytes in all)."""

    _fields_ = [("dwLength", ctypes.c_uint32), ("dwMemoryLoad", ctypes.c_uint32),
                ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]


def _windows_available(kernel32):
    """``ullAvailPhys`` from ``kernel32.GlobalMemoryStatusEx`` (None when the call fails)."""
    status = _MemoryStatusEx()
    status.dwLength = ctypes.sizeof(_MemoryStatusEx)
    if not kernel32.GlobalMemoryStatusEx(ctypes.pointer(status)):
        return None
    return int(status.ullAvailPhys)


def _macos_available():
    try:
        text = subprocess.run(["vm_stat"], capture_output=True, text=True, timeout=5, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return _vm_stat_available(text)


def _vm_stat_available(text):
    """Bytes of free + inactive + speculative pages in the output of macOS ``vm_stat`` (None if unreadable)."""
    lines = text.splitlines()
    try:
        page = int(lines[0].split("page size of")[1].split()[0])
        pages = {key.strip(): int(value.strip().rstrip(".")) for key, value in
                 (line.split(":", 1) for line in lines[1:] if ":" in line)}
        return page * sum(pages[key] for key in ("Pages free", "Pages inactive", "Pages speculative"))
    except (IndexError, KeyError, ValueError):
        return None


def check_memory(needed_bytes, what, limit=None, share=1.0, **params):
    """Refuse early (:class:`InputError`) a job needing more than ``limit`` bytes; returns ``needed_bytes``.

    ``limit`` defaults to ``share`` of :func:`available_memory` (no check where that is unknown). ``what`` is
    the translatable template of the refusal, formatted with ``params`` and ``need`` and ``free``, the two
    figures in MB (thousands separated).
    """
    if limit is None:
        free = available_memory()
        limit = None if free is None else int(share * free)
    if limit is not None and needed_bytes > limit:
        raise InputError(what, need=thousands(needed_bytes / MB), free=thousands(limit / MB), **params)
    return needed_bytes
