import Testing

@testable import DeclineCoachKit

/// One rule example, named so each runs as its own test case.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let triggers: Bool
    let example: RuleExample
    var testDescription: String {
        "\(rule) \(triggers ? "fires on" : "passes"): \(example.plainText.replacingOccurrences(of: "\n", with: "⏎").prefix(70))"
    }

    static let all: [ExampleCase] = Linter.descriptions.flatMap { d in
        d.triggering.map { ExampleCase(rule: d.id, triggers: true, example: $0) }
            + d.nonTriggering.map { ExampleCase(rule: d.id, triggers: false, example: $0) }
    }
}

@Suite("Every rule on its own examples")
struct RuleExampleTests {
    @Test(arguments: ExampleCase.all)
    func example(_ c: ExampleCase) {
        let result = Linter().lint(c.example.plainText, context: c.example.context)
        #expect(result.checked.contains(c.rule), "the example's context does not apply \(c.rule)")
        let findings = result.findings.filter { $0.rule == c.rule }
        if c.triggers {
            #expect(!findings.isEmpty, "expected \(c.rule) to fire")
            if let marked = c.example.markedRange {
                #expect(
                    findings.contains { $0.byteRange == marked },
                    "expected the finding on «\(String(decoding: Array(c.example.plainText.utf8)[marked], as: UTF8.self))», got \(findings.map { $0.excerpt ?? "-" })"
                )
            }
        } else {
            #expect(findings.isEmpty, "expected \(c.rule) not to fire, got \(findings.map { $0.excerpt ?? $0.message })")
        }
    }
}

@Suite("The rule catalogue")
struct RuleCatalogueTests {
    static let specIDs = [
        "criticism", "negotiation", "over-apology", "over-explaining", "curt", "hostile", "placeholder",
        "ghosting", "wavering", "dishonest-reason", "apologize-for-decision", "channel-fit", "mass-email",
        "appreciation", "clear-decision", "brief-reason", "well-wishes", "door-open", "personal-touch",
        "acknowledge-feelings", "polite-close", "subject-line", "greeting", "sign-off",
    ]

    @Test func everySpecRuleIsRegisteredOnce() {
        let ids = Linter.descriptions.map(\.id)
        #expect(Set(ids) == Set(Self.specIDs))
        #expect(ids.count == Set(ids).count, "a rule is registered twice")
    }

    @Test(arguments: Linter.descriptions.map(\.id))
    func describesItselfFully(_ id: String) throws {
        let d = try #require(Linter.rule(id: id)).description
        #expect(d.triggering.count >= 3, "\(id) needs at least 3 triggering examples")
        #expect(d.nonTriggering.count >= 3, "\(id) needs at least 3 non-triggering examples")
        #expect(!d.sections.isEmpty && d.guideSections.count == d.sections.count, "\(id) cites a guide section that does not exist")
        #expect(!d.title.isEmpty && !d.rationale.isEmpty && !d.message.isEmpty && !d.hint.isEmpty)
        if d.family == .alwaysOn && id != "ghosting" && id != "channel-fit" {
            #expect(d.triggering.contains { $0.markedRange != nil }, "\(id) should mark the offending words in an example")
        }
    }

    @Test func levelsMatchTheSpec() {
        let errors = [
            "criticism", "negotiation", "curt", "hostile", "placeholder", "ghosting", "wavering", "dishonest-reason",
            "mass-email", "clear-decision",
        ]
        let warnings = [
            "over-apology", "over-explaining", "apologize-for-decision", "channel-fit", "appreciation",
            "acknowledge-feelings", "polite-close", "subject-line", "sign-off",
        ]
        for d in Linter.descriptions {
            let expected: Level = errors.contains(d.id) ? .error : warnings.contains(d.id) ? .warning : .suggestion
            #expect(d.level == expected, "\(d.id)")
        }
    }
}

/// Every triggering example, varied as a user's text varies (the way SwiftLint varies its examples):
/// the verdict and the marked words must survive, and a sentence boundary must stop a phrase.
@Suite("Every rule on variants of its examples")
struct RuleExampleVariantTests {
    static let marked = ExampleCase.all.filter { $0.triggers && $0.example.markedRange != nil && $0.example.context.channel == .phone }

    /// Multibyte text before the reply: the same finding, its bytes shifted by the prefix's bytes and
    /// its column by the prefix's characters.
    @Test(arguments: marked)
    func multibyteTextBeforeShiftsTheMark(_ c: ExampleCase) throws {
        let prefix = "😊 "
        let plain = Linter().lint(c.example.plainText, context: c.example.context).findings.filter { $0.rule == c.rule }
        let shifted = Linter().lint(prefix + c.example.plainText, context: c.example.context).findings.filter { $0.rule == c.rule }
        let marked = try #require(c.example.markedRange)
        let original = try #require(plain.first { $0.byteRange == marked })
        let moved = shifted.first { $0.byteRange == marked.lowerBound + prefix.utf8.count..<marked.upperBound + prefix.utf8.count }
        #expect(moved != nil, "the mark did not move with the text: \(shifted.map { $0.excerpt ?? "-" })")
        if let moved, original.line == 1 {
            #expect(moved.column == original.column.map { $0 + prefix.count })
            #expect(moved.excerpt == original.excerpt)
        }
    }

    /// Someone else's words, quoted: what the reply reports is not what the user says.
    @Test(
        arguments: marked.filter {
            ["criticism", "hostile", "negotiation", "wavering", "over-apology", "apologize-for-decision"].contains($0.rule)
        })
    func quotedWordsAreNotTheUsersOwn(_ c: ExampleCase) {
        let quoted = "A friend suggested I say “\(c.example.plainText)” but I won't."
        let findings = Linter().lint(quoted, context: c.example.context).findings.filter { $0.rule == c.rule }
        #expect(findings.isEmpty, "fired on quoted words: \(findings.map { $0.excerpt ?? $0.message })")
    }

    /// The marked words cut by a sentence boundary no longer make one finding across it.
    @Test(
        arguments: marked.filter { c in
            let words = c.example.text.components(separatedBy: "«")[1].components(separatedBy: "»")[0].split(separator: " ")
            return words.count >= 2 && words.count <= 4
        })
    func aSentenceBoundaryInsideTheMarkStopsIt(_ c: ExampleCase) throws {
        let marked = try #require(c.example.markedRange)
        let bytes = Array(c.example.plainText.utf8)
        // cut after the first word of the mark: "not interested" becomes "not. Interested"
        let space = try #require(bytes[marked].firstIndex(of: 32))
        let cut =
            String(decoding: bytes[..<space], as: UTF8.self) + ". "
            + String(decoding: bytes[(space + 1)...], as: UTF8.self).capitalisingFirst
        let findings = Linter().lint(cut, context: c.example.context).findings.filter { $0.rule == c.rule }
        let boundary = space + 1
        #expect(
            !findings.contains {
                ($0.byteRange?.lowerBound ?? .max) < boundary && ($0.byteRange?.upperBound ?? 0) > boundary + 1
                    && $0.byteRange?.lowerBound == marked.lowerBound
            },
            "a finding still spans the new sentence boundary in: \(cut)")
    }
}

extension String {
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
