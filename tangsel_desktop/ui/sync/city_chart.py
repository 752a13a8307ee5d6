"""The city dashboard's chart: Jamsosnaker members and people per kecamatan, in bars per kecamatan."""

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from tangsel_desktop.services.sync.city_picture import CityView


class CityChartView(QChartView):
    """Seven kecamatan side by side say at a glance where the city's people and its BPJS bill are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.categories: list[str] = []
        self.show_city(None)

    def show_city(self, view: CityView | None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.categories = []
        if view is not None and view.kecamatan:
            self.categories = [k.total.name for k in view.kecamatan]
            chart.setTitle(self.tr("People, households and Jamsosnaker members per kecamatan"))
            # Horizontal: the kecamatan names (Pondok Aren, Serpong Utara) read whole on the left.
            series = QHorizontalBarSeries()
            highest = 0
            for label, values in (
                (self.tr("People"), [k.total.people for k in view.kecamatan]),
                (self.tr("Households"), [k.total.households for k in view.kecamatan]),
                (self.tr("Jamsosnaker members"), [k.total.members for k in view.kecamatan]),
            ):
                bars = QBarSet(label)
                bars.append([float(value) for value in values])
                series.append(bars)
                highest = max(highest, *values, 0)
            series.setLabelsVisible(True)
            chart.addSeries(series)
            axis_x = QBarCategoryAxis()
            axis_x.append(self.categories)
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(axis_x)
            axis_y = QValueAxis()
            axis_y.setLabelFormat("%d")
            axis_y.setRange(0, max(1, highest) * 1.15)
            axis_y.applyNiceNumbers()
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis_y)
        # setChart hands the chart to the view, which deletes the one it showed before.
        self.setChart(chart)
