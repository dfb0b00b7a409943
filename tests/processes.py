"""Processes of the production stack started by the tests and the benchmark (nginx,
gunicorn): finding nginx, free loopback ports, stopping a process group. No Django here:
bench/run.py uses it before Django is set up."""

import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess


def find_nginx():
    """Debian's nginx, on the PATH or in /usr/sbin; None when it is not installed."""
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx",) if os.access(path, os.X_OK)), None
    )


def free_ports(count, ports):
    """`count` ports of the range `ports` that nobody listens on, on loopback."""
    candidates = list(ports)
    random.shuffle(candidates)
    found = []
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        found.append(port)
        if len(found) == count:
            return found
    raise RuntimeError(f"not {count} free ports in {ports.start}-{ports.stop - 1}")


def stop_process_group(process, first_signal=signal.SIGTERM, timeout=15):
    """Stop a process started in its own session, and everything it started."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, first_signal)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=timeout)
    # Whatever is left of the group (workers of a master that died first).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
