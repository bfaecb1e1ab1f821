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
        total = Counts(label: "Jumlah")
        var quarters: [(key: Int, counts: Counts)] = []
        var channels: [Counts] = []
        for complaint in register.complaints {
            total.add(complaint)
            let quarter = (complaint.received.month - 1) / 3
            let key = complaint.received.year * 4 + quarter
            if let at = quarters.firstIndex(where: { $0.key == key }) {
                quarters[at].counts.add(complaint)
            } else {
                var counts = Counts(label: "Triwulan \(RomanNumeral.numeral(quarter + 1)) \(complaint.received.year)")
                counts.add(complaint)
                quarters.append((key, counts))
            }
            if let at = channels.firstIndex(where: { $0.label.lowercased() == complaint.channel.lowercased() }) {
                channels[at].add(complaint)
            } else {
                var counts = Counts(label: complaint.channel)
                counts.add(complaint)
                channels.append(counts)
            }
        }
        self.quarters = quarters.sorted { $0.key < $1.key }.map(\.counts)
        self.channels = channels
    }
}
