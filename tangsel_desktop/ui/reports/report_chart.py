"""A report's chart drawn with QtCharts: bars per category, stacked when the parts make a whole."""

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from tangsel_desktop.services.reports.report_catalogue import Chart

# More bars than this are unreadable at 1366x768: the table beside the chart holds them all.
MOST_BARS = 30


class ReportChartView(QChartView):
    """Shows one Chart, or nothing (hidden) when the report has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        # The chart fits whatever room the page gives it: it never widens the window past the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.shown: Chart | None = None
        self.show_chart(None)

    def show_chart(self, data: Chart | None) -> None:
        self.shown = data
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if data is not None and data.categories:
            self._fill(chart, data)
        # setChart hands the chart to the view, which deletes the one it showed before.
        self.setChart(chart)
        self.setVisible(data is not None)

    def _fill(self, chart: QChart, data: Chart) -> None:
        categories = list(data.categories[:MOST_BARS])
        chart.setTitle(
            data.title if len(data.categories) <= MOST_BARS else f"{data.title} ({MOST_BARS} pertama)"
        )
        series: QAbstractBarSeries = QStackedBarSeries() if data.stacked else QBarSeries()
        highest = 0
        sums = [0] * len(categories)
        for name, values in data.series:
            bars = QBarSet(name)
            shown = list(values[: len(categories)])
            bars.append([float(value) for value in shown])
            series.append(bars)
            sums = [a + b for a, b in zip(sums, shown, strict=True)]
            highest = max(highest, *shown, 0)
        if data.stacked:
            highest = max(sums, default=0)
        series.setLabelsVisible(len(categories) <= 12)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        if data.axis_title:
            axis_x.setTitleText(data.axis_title)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, max(1, highest) * 1.15)
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setVisible(len(data.series) > 1)
