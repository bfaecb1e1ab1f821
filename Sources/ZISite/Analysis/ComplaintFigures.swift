/// The figures of a complaint register: how many complaints came in, how
/// many are waiting, in process and resolved, and how many days a resolved
/// one took on average, for the whole period, per quarter of receipt and
/// per channel.
public struct ComplaintFigures: Hashable, Sendable {
    public struct Counts: Hashable, Sendable {
        public var label: String
        public var received = 0
        public var waiting = 0
        public var inProcess = 0
        public var resolved = 0
        /// Days from receipt to resolution, summed over the resolved ones.
        public var daysToResolve = 0

        /// Mean days to resolve; nil when none is resolved.
        public var averageDays: Double? {
            resolved == 0 ? nil : Double(daysToResolve) / Double(resolved)
        }

        mutating func add(_ complaint: ComplaintRegister.Complaint) {
            received += 1
            switch complaint.state {
            case .received: waiting += 1
            case .inProcess: inProcess += 1
            case .resolved:
                resolved += 1
                if let day = complaint.resolved { daysToResolve += complaint.received.days(to: day) }
            }
        }
    }

    public var total: Counts
    /// Per quarter of the date received ("Triwulan I 2025"), in order.
    public var quarters: [Counts]
    /// Per channel, in the order first met.
    public var channels: [Counts]

    public init(_ register: ComplaintRegister) {
        func counts(_ label: String, _ complaints: [ComplaintRegister.Complaint]) -> Counts {
            var counts = Counts(label: label)
            complaints.forEach { counts.add($0) }
            return counts
        }
        total = counts("Jumlah", register.complaints)
        quarters = Grouped.byQuarter(register.complaints, \.received).map(counts)
        channels = Grouped.byLabel(register.complaints, \.channel).map(counts)
    }
}
