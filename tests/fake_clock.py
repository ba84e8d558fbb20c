"""A simulated clock for every test of waiting code: time moves only when someone sleeps."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SimulatedClock:
    """Pass it (or ``clock``) as the clock and ``sleep``/``async_sleep`` as the sleeps; ``sleeps`` records each wait."""

    now: float = 0.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def clock(self) -> float:
        """The current simulated time (for code that takes a ``clock`` callable by name)."""
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the wait and move time on by it."""
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        """The same, for async code."""
        self.sleep(seconds)
