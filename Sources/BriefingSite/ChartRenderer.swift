import BriefingCore
import Foundation

/// Draws `Chart` descriptions as inline, accessible SVG at build time.
///
/// No script is involved: tooltips are `<title>` elements, colours come from CSS classes so
/// dark mode and print styles apply, and every chart has a title and description for screen
/// readers.
public enum ChartRenderer {
    /// The SVG markup of a chart.
    public static func svg(_ chart: Chart, id: String) -> String {
        switch chart {
        case .bars(let title, let bars): return barChart(title: title, bars: bars, id: id)
        case .heatMap(let title, let labels, let values): return heatMap(title: title, labels: labels, values: values, id: id)
        case .timeline(let title, let points): return timeline(title: title, points: points, id: id)
        }
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The opening tag, title and description. A chart is drawn at its natural size (never
    /// scaled up, so text keeps the page's size) and shrinks with the page on narrow screens.
    static func open(_ id: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg class=\"chart\" id=\"\(HTML.escape(id))\" role=\"img\" aria-labelledby=\"\(HTML.escape(id))-title \(HTML.escape(id))-desc\" "
            + "viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(number(width))\" height=\"\(number(height))\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(HTML.escape(id))-title\">\(HTML.escape(title))</title>"
            + "<desc id=\"\(HTML.escape(id))-desc\">\(HTML.escape(description))</desc>"
    }

    static func linked(_ link: String?, _ body: String) -> String {
        guard let link else { return body }
        return "<a href=\"\(HTML.escape(link))\">\(body)</a>"
    }

    static func barChart(title: String, bars: [Chart.Bar], id: String) -> String {
        let labelWidth = 190.0, barArea = 420.0, rowHeight = 22.0
        let height = Double(bars.count) * rowHeight + 8
        let maximum = max(bars.map(\.value).max() ?? 1, 1)
        var svg = open(id, width: labelWidth + barArea + 50, height: height, title: title,
                       description: bars.map { "\($0.label): \(number($0.value))" }.joined(separator: "; "))
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * rowHeight + 4
            let width = max(2, barArea * bar.value / maximum)
            let label = HTML.escape(bar.label)
            svg += linked(bar.link,
                "<g class=\"bar\"><title>\(label): \(number(bar.value))</title>"
                + "<text class=\"label\" x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 15))\" text-anchor=\"end\">\(label)</text>"
                + "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 3))\" width=\"\(number(width))\" height=\"\(number(rowHeight - 7))\" rx=\"2\"/>"
                + "<text class=\"value\" x=\"\(number(labelWidth + width + 6))\" y=\"\(number(y + 15))\">\(number(bar.value))</text></g>")
        }
        return svg + "</svg>"
    }

    static func heatMap(title: String, labels: [String], values: [[Double]], id: String) -> String {
        let n = labels.count
        let cell = n <= 12 ? 34.0 : max(10, 420.0 / Double(max(n, 1)))
        let margin = 170.0
        let size = margin + cell * Double(n) + 10
        // Extra room on the right for the slanted column labels.
        var svg = open(id, width: size + 110, height: size, title: title,
                       description: "Similarity of \(n) documents, from 0 (white) to 1 (dark).")
        for (i, label) in labels.enumerated() {
            let short = HTML.escape(label.count > 20 ? String(label.prefix(19)) + "…" : label)
            let c = margin + cell * (Double(i) + 0.5)
            svg += "<text class=\"label\" x=\"\(number(margin - 6))\" y=\"\(number(c + 4))\" text-anchor=\"end\"><title>\(HTML.escape(label))</title>\(short)</text>"
            svg += "<text class=\"label\" transform=\"translate(\(number(c + 4)),\(number(margin - 6))) rotate(-60)\"><title>\(HTML.escape(label))</title>\(short)</text>"
        }
        for i in 0..<n {
            for j in 0..<n {
                let v = i < values.count && j < values[i].count ? min(1, max(0, values[i][j])) : 0
                let level = Int((v * 8).rounded())
                svg += "<rect class=\"heat heat-\(level)\" x=\"\(number(margin + cell * Double(j)))\" y=\"\(number(margin + cell * Double(i)))\" "
                    + "width=\"\(number(cell - 1))\" height=\"\(number(cell - 1))\"><title>\(HTML.escape(labels[i])) × \(HTML.escape(labels[j])): \(String(format: "%.2f", v))</title></rect>"
            }
        }
        return svg + "</svg>"
    }

    static func timeline(title: String, points: [Chart.TimePoint], id: String) -> String {
        let width = 640.0, height = 120.0, left = 20.0, right = 20.0
        guard let first = points.map(\.day).min(), let last = points.map(\.day).max() else {
            return open(id, width: width, height: 30, title: title, description: "No dated events.") + "</svg>"
        }
        let span = max(last - first, 1)
        func x(_ day: Double) -> Double { left + (width - left - right) * (day - first) / span }
        var svg = open(id, width: width, height: height, title: title,
                       description: "\(points.count) dated events from \(label(first)) to \(label(last)); past events above the axis, expected ones below.")
        svg += "<line class=\"axis\" x1=\"\(number(left))\" y1=\"60\" x2=\"\(number(width - right))\" y2=\"60\"/>"
        let marks = ticks(from: first, to: last)
        for (index, tick) in marks.enumerated() {
            // The outermost labels align to the chart's edges so they are never cut off.
            let anchor = marks.count > 1 && index == 0 ? "start" : (marks.count > 1 && index == marks.count - 1 ? "end" : "middle")
            svg += "<line class=\"tick\" x1=\"\(number(x(tick)))\" y1=\"56\" x2=\"\(number(x(tick)))\" y2=\"64\"/>"
            svg += "<text class=\"label\" x=\"\(number(x(tick)))\" y=\"112\" text-anchor=\"\(anchor)\">\(label(tick))</text>"
        }
        var stacks: [String: Int] = [:]
        for point in points.sorted(by: { $0.day < $1.day }) {
            let key = "\(Int(x(point.day) / 8))-\(point.expected)"
            let level = stacks[key, default: 0]
            stacks[key] = level + 1
            let y = point.expected ? 72.0 + Double(min(level, 3)) * 9 : 48.0 - Double(min(level, 3)) * 9
            svg += linked(point.link,
                "<circle class=\"\(point.expected ? "expected" : "past")\" cx=\"\(number(x(point.day)))\" cy=\"\(number(y))\" r=\"4\"><title>\(HTML.escape(point.label))</title></circle>")
        }
        return svg + "</svg>"
    }

    static func label(_ day: Double) -> String { CalendarDate(dayNumber: Int(day.rounded(.down))).description }

    /// Up to six ticks on whole days, evenly stepped from the first day, so that a point on a
    /// tick's day sits exactly on its tick.
    static func ticks(from first: Double, to last: Double) -> [Double] {
        let start = first.rounded(.down)
        let days = Int((last - start).rounded(.up))
        if days < 1 { return [start] }
        let step = max(1, Int((Double(days) / 5).rounded(.up)))
        return stride(from: 0, through: days, by: step).map { start + Double($0) }
    }
}
