"""One line naming the machine a benchmark ran on, for docs/performance.md: CPU model, cores, load, Python."""

from __future__ import annotations

import os
import platform


def describe(load: bool = True) -> str:
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            model = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), model)
    except OSError:
        pass
    # the load average says how shared the machine was while the numbers were taken
    avg = ", load %.1f %.1f %.1f" % os.getloadavg() if load and hasattr(os, "getloadavg") else ""
    return f"{model}, {os.cpu_count()} cores{avg}, Python {platform.python_version()}"
