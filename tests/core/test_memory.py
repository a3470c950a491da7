"""The one memory check (bd_qgis_plugin.core.memory): available memory per platform, and the early refusal."""

import ctypes
import sys

import pytest

from bd_qgis_plugin.core import memory
from bd_qgis_plugin.core.errors import InputError


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/meminfo")
def test_available_memory_on_linux_is_meminfo_memavailable():
    with open("/proc/meminfo", encoding="ascii") as fh:
        kib = next(int(line.split()[1]) for line in fh if line.startswith("MemAvailable:"))
    found = memory.available_memory()
    # Both read the kernel's estimate a moment apart: equal up to what other processes do meanwhile.
    assert found % 1024 == 0
    assert abs(found - kib * 1024) < 256 * 2**20


def test_meminfo_without_memavailable_tells_nothing(tmp_path):
    old_kernel = tmp_path / "meminfo"
    old_kernel.write_text("MemTotal:       16318412 kB\nMemFree:         1234567 kB\n", encoding="ascii")
    assert memory._meminfo_available(str(old_kernel)) is None
    assert memory._meminfo_available(str(tmp_path / "absent")) is None


class _FakeKernel32:
    """Stands in for ``ctypes.windll.kernel32``: fills the MEMORYSTATUSEX it is handed, as Windows does."""

    def __init__(self, avail, ok=True):
        self.avail, self.ok, self.seen_length = avail, ok, None

    def GlobalMemoryStatusEx(self, pointer):  # noqa: N802 - the Win32 name
        status = pointer.contents
        self.seen_length = status.dwLength
        status.ullTotalPhys = 4 * self.avail
        status.ullAvailPhys = self.avail
        return 1 if self.ok else 0


def test_windows_reads_ullavailphys_of_globalmemorystatusex():
    kernel32 = _FakeKernel32(6 * 2**30)
    assert memory._windows_available(kernel32) == 6 * 2**30
    assert kernel32.seen_length == ctypes.sizeof(memory._MemoryStatusEx) == 64  # the size Windows checks
    assert memory._windows_available(_FakeKernel32(1, ok=False)) is None


def test_macos_vm_stat_free_inactive_and_speculative_pages():
    text = ("Mach Virtual Memory Statistics: (page size of 16384 bytes)\n"
            "Pages free:                               10000.\n"
            "Pages active:                            500000.\n"
            "Pages inactive:                           20000.\n"
            "Pages speculative:                         3000.\n")
    assert memory._vm_stat_available(text) == 16384 * 33000
    assert memory._vm_stat_available("garbage") is None


def test_check_memory_refuses_with_the_callers_template():
    template = "The job needs about {need} MB but only {free} MB are available ({job})."
    with pytest.raises(InputError) as raised:
        memory.check_memory(3 * 2**30, template, limit=2**30, job="test")
    assert raised.value.template == template
    assert str(raised.value) == "The job needs about 3\u00a0072 MB but only 1\u00a0024 MB are available (test)."
    assert memory.check_memory(2**20, template, limit=2**30) == 2**20
