"""A progress line on stderr for long commands (rewritten in place on a terminal)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressLine:
    """Call with (done, total); prints at most a few times per second, or every 10% to a file."""

    def __init__(self, what: str, total: int, stream: TextIO | None = None) -> None:
        self.what = what
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self._last_shown = 0.0
        self._last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // self.total
        elapsed = time.monotonic() - self.started
        text = f"{self.what}：{done}/{self.total}（{percent}%，已用{elapsed:.0f}秒）"
        if self.tty:
            if elapsed - self._last_shown >= 0.2 or done >= self.total:
                self._last_shown = elapsed
                self.stream.write("\r" + text)
                self.stream.flush()
        elif percent // 10 > self._last_tenth:
            self._last_tenth = percent // 10
            self.stream.write(text + "\n")
            self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
