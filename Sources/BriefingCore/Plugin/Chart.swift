/// A chart described as data; the site layer draws it as inline SVG at build time.
public enum Chart: Sendable, Hashable {
    /// Horizontal bars, one per labelled value (quotes per speaker).
    case bars(title: String, bars: [Bar])
    /// A square matrix of values in 0…1 (document similarity).
    case heatMap(title: String, labels: [String], values: [[Double]])
    /// Dated points on a time axis (events), split into past and expected.
    case timeline(title: String, points: [TimePoint])

    /// One bar.
    public struct Bar: Sendable, Hashable {
        /// Label shown beside the bar.
        public var label: String
        /// Length.
        public var value: Double
        /// Optional link target.
        public var link: String?
        /// Creates a bar.
        public init(label: String, value: Double, link: String? = nil) {
            self.label = label
            self.value = value
            self.link = link
        }
    }

    /// One point on a time axis.
    public struct TimePoint: Sendable, Hashable {
        /// Position on the axis, in days since 1970-01-01.
        public var day: Double
        /// Text of the tooltip.
        public var label: String
        /// Expected (future) rather than past.
        public var expected: Bool
        /// Optional link target.
        public var link: String?
        /// Creates a point.
        public init(day: Double, label: String, expected: Bool, link: String? = nil) {
            self.day = day
            self.label = label
            self.expected = expected
            self.link = link
        }
    }
}
