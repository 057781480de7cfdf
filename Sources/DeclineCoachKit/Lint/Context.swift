import Foundation

/// How serious a finding is. Ordered: `suggestion` < `warning` < `error`.
public enum Level: String, CaseIterable, Sendable, Codable, Comparable {
    case suggestion, warning, error
    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
    var rank: Int {
        switch self {
        case .suggestion: 0;
        case .warning: 1;
        case .error: 2
        }
    }
    /// Points a finding at this level takes off a turn's score.
    public var penalty: Int {
        switch self {
        case .suggestion: 5;
        case .warning: 15;
        case .error: 30
        }
    }
}

public enum Channel: String, CaseIterable, Sendable, Codable {
    case phone, email
}

/// What just happened in the conversation, which decides what a reply should contain.
public enum TurnKind: String, CaseIterable, Sendable, Codable {
    case decline, details
    case addressConcerns = "address-concerns"
    case counteroffer, frustration, aggressive, close, postpone

    public var summary: String {
        switch self {
        case .decline: "you deliver the decline (a call's opening, or a whole email)"
        case .details: "they ask why you are withdrawing"
        case .addressConcerns: "they offer to fix what put you off"
        case .counteroffer: "they offer to match or improve the terms"
        case .frustration: "they are disappointed or annoyed"
        case .aggressive: "they turn unprofessional"
        case .close: "the goodbye"
        case .postpone: "you ask to postpone instead of declining"
        }
    }
}

/// The guide's valid reasons for declining.
public enum Reason: String, CaseIterable, Sendable, Codable {
    case acceptedOffer = "accepted-offer"
    case poorFit = "poor-fit"
    case compensation
    case personalCircumstances = "personal-circumstances"
    case stayingPut = "staying-put"
    case companyConcerns = "company-concerns"
    case logistics
    case pausingSearch = "pausing-search"

    public var summary: String {
        switch self {
        case .acceptedOffer: "you have accepted another offer"
        case .poorFit: "the role is not the right fit"
        case .compensation: "the pay is below what you need"
        case .personalCircumstances: "your personal or family circumstances changed"
        case .stayingPut: "you are staying with your current employer"
        case .companyConcerns: "something about the company worries you"
        case .logistics: "the commute, location or travel does not work"
        case .pausingSearch: "you are pausing your job search"
        }
    }

    /// Reasons that honestly describe the same situation in other words.
    func isCompatible(with other: Reason) -> Bool {
        if self == other { return true }
        let pairs: [Set<Reason>] = [[.poorFit, .companyConcerns], [.personalCircumstances, .pausingSearch]]
        return pairs.contains { $0 == [self, other] }
    }
}

/// Where the candidate is in the hiring process.
public enum Stage: String, CaseIterable, Sendable, Codable {
    case invited, scheduled
    case betweenRounds = "between-rounds"
    case afterFinal = "after-final"
}

/// Everything the linter knows about the moment a reply is given.
public struct LintContext: Sendable, Equatable {
    public var channel: Channel
    public var turn: TurnKind
    public var reason: Reason?
    public var stage: Stage?
    /// False when the user has no genuine interest in this company later (door-open is then not expected).
    public var futureInterest: Bool
    /// Names from the scenario (company, contact, team) that count as a personal touch.
    public var names: [String]
    /// Rules added to or removed from the turn's defaults (scenario `expect:` / `skip:`).
    public var expect: [String]
    public var skip: [String]

    public init(
        channel: Channel = .phone, turn: TurnKind = .decline, reason: Reason? = nil, stage: Stage? = nil,
        futureInterest: Bool = true, names: [String] = [], expect: [String] = [], skip: [String] = []
    ) {
        self.channel = channel; self.turn = turn; self.reason = reason; self.stage = stage
        self.futureInterest = futureInterest; self.names = names; self.expect = expect; self.skip = skip
    }
}
