/// The action plan (rencana aksi) of a decree's annex, as a hierarchy:
/// section, component, indicator, action step.
public struct Plan: Hashable, Sendable {
    /// The columns the source table has, with their labels as written.
    public var columns: [PlanColumn]
    public var labels: [PlanColumn: String]
    public var sections: [Section]

    public init(columns: [PlanColumn], labels: [PlanColumn: String], sections: [Section]) {
        self.columns = columns
        self.labels = labels
        self.sections = sections
    }

    public var actions: [Action] {
        sections.flatMap(\.actions)
    }

    public func label(_ column: PlanColumn) -> String {
        labels[column] ?? column.standardLabel
    }
}

/// A column of the plan table. The 6-column form (PROGRAM, RENCANA AKSI,
/// PENCAPAIAN) maps onto the same columns as the 7-column form.
public enum PlanColumn: String, CaseIterable, Hashable, Sendable {
    case number
    case component
    case indicator
    case action
    case evidence
    case targetTime
    case targetQuantity

    public var standardLabel: String {
        switch self {
        case .number: "NO"
        case .component: "KOMPONEN"
        case .indicator: "INDIKATOR"
        case .action: "LANGKAH AKSI"
        case .evidence: "BUKTI FISIK"
        case .targetTime: "TARGET WAKTU"
        case .targetQuantity: "TARGET CAPAIAN"
        }
    }
}

/// A top-level part of the plan: an area of change (Manajemen Perubahan) or a
/// programme (Pengendalian Gratifikasi), in the plan's own order.
public struct Section: Hashable, Sendable {
    /// Upper-case Roman numeral, written in the table or given by position.
    public var numeral: String
    /// Whether the table wrote the numeral (false: given by position).
    public var numeralWritten: Bool
    public var title: RichText
    public var components: [Component]
    public var line: Int

    public init(numeral: String, numeralWritten: Bool, title: RichText, components: [Component] = [], line: Int) {
        self.numeral = numeral
        self.numeralWritten = numeralWritten
        self.title = title
        self.components = components
        self.line = line
    }

    public var actions: [Action] {
        components.flatMap { $0.indicators.flatMap(\.actions) }
    }

    /// Components the table names (a plan such as Soppeng's has none: its
    /// steps sit directly under the section).
    public var namedComponents: [Component] {
        components.filter { $0.title != nil || $0.number != nil }
    }
}

/// What is being built inside a section ("Tim Kerja"), with the number the
/// NO column gives it.
public struct Component: Hashable, Sendable {
    /// As written in the NO column ("1", "a."), nil when the row had none.
    public var number: String?
    public var title: RichText?
    /// A heading without numeral above this component inside its section.
    public var subheading: RichText?
    public var indicators: [Indicator]
    public var line: Int

    public init(number: String?, title: RichText?, subheading: RichText? = nil, indicators: [Indicator] = [], line: Int) {
        self.number = number
        self.title = title
        self.subheading = subheading
        self.indicators = indicators
        self.line = line
    }

    public var actions: [Action] { indicators.flatMap(\.actions) }
}

/// How success of a component is recognised; nil text where the plan has no
/// INDIKATOR column.
public struct Indicator: Hashable, Sendable {
    public var text: RichText?
    public var actions: [Action]
    public var line: Int

    public init(text: RichText?, actions: [Action] = [], line: Int) {
        self.text = text
        self.actions = actions
        self.line = line
    }
}

/// One action step: one row of the plan table.
public struct Action: Hashable, Sendable {
    /// Stable code such as `II.3.b`, the key progress files refer to.
    public var code: String
    public var text: RichText
    public var evidence: RichText
    public var targetTime: TargetTime
    public var targetQuantity: TargetQuantity
    public var line: Int

    public init(code: String, text: RichText, evidence: RichText, targetTime: TargetTime, targetQuantity: TargetQuantity, line: Int) {
        self.code = code
        self.text = text
        self.evidence = evidence
        self.targetTime = targetTime
        self.targetQuantity = targetQuantity
        self.line = line
    }
}
