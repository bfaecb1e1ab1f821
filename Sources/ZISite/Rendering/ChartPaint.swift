/// How each kind of chart shape is painted, written on the shape itself as
/// SVG presentation attributes beside its class. WeasyPrint 57, which prints
/// the PDFs of `zisite publish`, applies no page style sheet inside an inline
/// SVG: painted by class alone, the bars and the Gantt chart's section bands
/// printed black (hiding the section names and the completion dots), and the
/// dashed lines of the reference value and the data date not at all. A
/// browser applies the attributes too, and a unit's style sheet may still
/// restyle a class, as style rules win over presentation attributes.
enum ChartPaint {
    static let bar = ##"class="batang" fill="#7a1020""##
    static let axis = ##"class="sumbu" stroke="#1b1b1b" stroke-width="1""##
    static let reference = ##"class="garis-acuan" stroke="#1b1b1b" stroke-width="2" stroke-dasharray="6 4""##
    static let label = ##"class="label-grafik" font-size="13" fill="#1b1b1b""##
    static let boldLabel = ##"class="label-grafik tebal" font-size="13" font-weight="700" fill="#1b1b1b""##
    static let value = ##"class="nilai-grafik" font-size="13" fill="#1b1b1b""##
    static let ganttSection = ##"class="gantt-bagian" fill="#f6eeee""##
    static let ganttTarget = ##"class="gantt-target" fill="#9fb6d6" stroke="#0a4f9e" stroke-width="1""##
    static let ganttDone = ##"class="gantt-selesai" fill="#1a6b32" stroke="#fff" stroke-width="1.5""##
    static let ganttToday = ##"class="gantt-hari-ini" stroke="#a4261b" stroke-width="2" stroke-dasharray="5 3""##
    static let progressTrack = ##"class="jalur" fill="#fff" stroke="#1b1b1b" stroke-width="1""##
    static let progressDone = ##"class="isi" fill="#7a1020""##
}
