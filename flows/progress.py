"""A rich progress display for the build: one line per stage with counts and ETA."""

from __future__ import annotations

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn


class StageProgress:
    def __enter__(self) -> "StageProgress":
        self._progress = Progress(
            TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn()
        )
        self._progress.start()
        return self

    def done(self, stage: str, count: int) -> None:
        self._progress.add_task(stage, total=max(count, 1), completed=max(count, 1))

    def collect(self, stage: str, futures: list, total: int) -> list:
        """Results of batch futures in submission order, advancing the bar as each batch lands."""
        bar = self._progress.add_task(stage, total=max(total, 1))
        results = []
        for future in futures:
            batch = future.result()
            results.extend(batch)
            self._progress.advance(bar, len(batch))
        return results

    def __exit__(self, *exc) -> None:
        self._progress.stop()
