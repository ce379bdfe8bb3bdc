"""The `gazette` command (`gazette --help`): the console script and `python -m gazette`.

Both run the Rust command itself (`gazette::cli::run`) through the binding, so the flags, the output and
the exit codes are the binary's.
"""

from __future__ import annotations

import signal
import sys

from gazette._gazette import _run_cli


def main() -> int:
    """Runs `gazette` with this process's arguments and returns its exit code."""
    # Rust writes to the file descriptors itself: what Python has buffered goes first.
    sys.stdout.flush()
    sys.stderr.flush()
    # Ctrl-C stops the command at once, as it stops the binary; Python's handler would only run after it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    return _run_cli(["gazette", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
