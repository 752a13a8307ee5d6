"""Times a renderer with and without QR codes against a bare canvas, alternately, and reports medians."""

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from io import BytesIO
from typing import Any, BinaryIO

from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.documents.pdf_output import without_ascii85

Render = Callable[[BinaryIO, list[Any], Issuer], int]


@dataclass(frozen=True)
class Timings:
    """Wall-clock and CPU seconds of each variant's runs, and their medians and ratios."""

    wall: dict[str, list[float]]
    cpu: dict[str, list[float]]

    def median(self, name: str) -> float:
        return statistics.median(self.wall[name])

    def figures(self) -> dict[str, object]:
        median = {name: statistics.median(values) for name, values in self.wall.items()}
        median_cpu = {name: statistics.median(values) for name, values in self.cpu.items()}
        return {
            **{f"{name}_s": round(value, 3) for name, value in median.items()},
            **{f"{name}_cpu_s": round(value, 3) for name, value in median_cpu.items()},
            "ratio_to_bare": round(median["with_qr"] / median["bare_reportlab"], 2),
            "ratio_to_bare_cpu": round(median_cpu["with_qr"] / median_cpu["bare_reportlab"], 2),
            "qr_cost_ratio": round(median["with_qr"] / median["without_qr"], 2),
            "runs_s": {name: [round(value, 3) for value in values] for name, values in self.wall.items()},
        }


def time_alternately(runs: dict[str, Callable[[], object]], repeats: int) -> Timings:
    """Run every variant once to warm up, then all in turn `repeats` times, timing wall and CPU seconds."""
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for run in runs.values():
        run()  # warm up: fonts registered, modules imported, caches filled once
    for _ in range(repeats):
        for name, run in runs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            run()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    return Timings(wall, cpu)


def qr_variants(
    items: Sequence[Any], issuer: Issuer, render: Render, draw_bare: Render
) -> dict[str, Callable[[], object]]:
    """The variants to time: the renderer with QR codes, without them, and the bare canvas without them."""
    with_qr = list(items)
    without_qr = [replace(item, qr_payload=None) for item in items]

    def bare() -> int:
        with without_ascii85():  # as the renderers write their streams
            return draw_bare(BytesIO(), without_qr, issuer)

    return {
        "with_qr": lambda: render(BytesIO(), with_qr, issuer),
        "without_qr": lambda: render(BytesIO(), without_qr, issuer),
        "bare_reportlab": bare,
    }
