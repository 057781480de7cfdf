import Foundation

/// One section of the career guide the product's advice comes from. The
/// heading is the guide's own (it is how we cite it); the advice is written
/// for this project in its own words.
public struct GuideSection: Sendable, Identifiable, Equatable {
    public let id: String
    public let heading: String
    public let summary: String
    public let advice: [String]

    /// How the product cites it: `Guide › What to Avoid in Your Decline`.
    public var citation: String { "Guide › \(heading)" }
}

public enum Guide {
    public static let sections: [GuideSection] = [
        GuideSection(
            id: "introduction", heading: "How to Decline an Interview",
            summary: "Saying no to an interview is a normal part of a job search; the way you say it is what people remember.",
            advice: [
                "Treat the decline as a professional conversation, not something to avoid.",
                "Silence hurts your name far more than a courteous no ever will.",
                "Recruiters expect some candidates to step away; handle it well and it can count in your favour.",
            ]),
        GuideSection(
            id: "valid-reasons", heading: "Valid Reasons to Decline an Interview",
            summary: "There are several honest, respectable reasons to step out of a process.",
            advice: [
                "You have taken another job: carrying on would waste their effort.",
                "You have learned enough to see the role does not suit you.",
                "The pay on offer is clearly below what you can accept.",
                "Your personal or family situation has changed.",
                "You have chosen to stay where you are.",
                "What you have learned about the company gives you real concerns.",
                "The commute, relocation or travel does not work for you.",
                "You are stepping back from job hunting for a while.",
            ]),
        GuideSection(
            id: "timing", heading: "When to Decline: Timing Matters",
            summary: "Tell them as soon as you are sure, and always tell them.",
            advice: [
                "Every day you wait costs them time they could spend on other candidates.",
                "Cancelling before a booked interview frees the interviewer's calendar.",
                "Declining before anything is scheduled is the easiest moment of all.",
                "Dropping out between rounds is acceptable when your situation has changed.",
                "After the last interview it is still kinder to withdraw than to collect an offer you will refuse.",
                "Never simply fail to turn up: even a late message beats silence.",
            ]),
        GuideSection(
            id: "communication-methods", heading: "Communication Methods: Email, Phone, or Both",
            summary: "Match the channel to how much the company has invested in you.",
            advice: [
                "Email suits a decline before you have really spoken to anyone.",
                "Once you have interviewed or built a rapport, a phone call shows respect.",
                "A call followed by a short confirming email gives both warmth and a written record.",
                "After they paid for travel or gave you time with executives, do not send an email alone.",
                "When unsure, call first and confirm in writing.",
            ]),
        GuideSection(
            id: "what-to-include", heading: "What to Include in Your Decline",
            summary: "A good decline has a few parts, whatever the channel.",
            advice: [
                "Thank them, specifically if you can, for their time and interest.",
                "Say in plain words that you are withdrawing, so nobody is left guessing.",
                "Offer a short reason if it helps; you owe no long account.",
                "Keep the tone warm and professional even if you have doubts about them.",
                "If you would genuinely consider them later, say so.",
                "Wish them well in filling the role.",
            ]),
        GuideSection(
            id: "what-to-avoid", heading: "What to Avoid in Your Decline",
            summary: "A few habits turn a clean decline into a damaged relationship.",
            advice: [
                "Keep the reason short: a long justification sounds defensive and invites debate.",
                "Do not criticise the company, the role, the pay or the people.",
                "Give your real reason, or a general one; do not invent a different one.",
                "Once you have said no, do not use it to bargain for more.",
                "One apology for the inconvenience is plenty.",
                "Do not be short or dismissive: courtesy is free.",
                "Never go silent: always tell them your decision.",
            ]),
        GuideSection(
            id: "email-templates", heading: "Email Templates for Declining Interviews",
            summary: "A decline email has a clear subject, a named greeting, the decision, thanks and a signature.",
            advice: [
                "Put the withdrawal or the position in the subject line.",
                "Greet the person by name rather than a generic salutation.",
                "Fill in every bracketed slot of any template before sending.",
                "End with a closing and your name.",
            ]),
        GuideSection(
            id: "phone-scripts", heading: "Phone Scripts for Declining Interviews",
            summary: "Prepare the few sentences you will say before you dial.",
            advice: [
                "Open by thanking them for taking the call.",
                "Give the decision early, then your reason in one sentence.",
                "Expect follow-up questions; a single honest line is a complete answer.",
            ]),
        GuideSection(
            id: "stages", heading: "Declining Interviews at Different Stages",
            summary: "The further into the process, the more care and the more personal the channel.",
            advice: [
                "Before any interview, a short courteous email is enough.",
                "Between the phone screen and the on-site, an email to the recruiter by name usually works.",
                "Between rounds, call your main contact and follow up in writing, promptly.",
                "After final rounds, call: people have spent real effort on you.",
            ]),
        GuideSection(
            id: "relationships", heading: "Maintaining Relationships After Declining",
            summary: "A decline can keep a connection alive if you make it personal.",
            advice: [
                "Mention something specific: a person, a project, a conversation.",
                "If you would like to hear from them again, say so and mean it.",
                "Connecting on a professional network keeps the line open.",
                "Suggest someone who might suit the role if you know one.",
                "People move between companies; today's recruiter may help you later.",
            ]),
        GuideSection(
            id: "special-circumstances", heading: "Handling Special Circumstances",
            summary: "Some declines need extra care.",
            advice: [
                "If they flew you in or gave you executives' time, acknowledge it and call.",
                "If a friend referred you, be open with them and give a reason they can repeat.",
                "If you have accepted an offer elsewhere, say so clearly.",
                "Declining several companies means one personal message each, never a group email.",
                "For a company you would like to join later, say why the timing or role is wrong now.",
            ]),
        GuideSection(
            id: "pushback", heading: "When Companies Push Back",
            summary: "Stay calm, kind and firm when they do not take the no well.",
            advice: [
                "Asked for details: share what you are comfortable with; one line is enough.",
                "They offer to fix the problem: thank them and keep your decision.",
                "They match or beat the offer: unless you truly want it, say no politely and firmly.",
                "They are disappointed: recognise how they feel without apologising for your choice.",
                "They turn rude: stay courteous, end the conversation and keep a note of it.",
                "How they react tells you something about them.",
            ]),
        GuideSection(
            id: "reputation", heading: "The Impact on Your Reputation",
            summary: "People remember the manner of your no far longer than the no itself.",
            advice: [
                "A professional decline rarely costs you anything.",
                "Repeatedly withdrawing from the same company does wear thin.",
                "Late, silent withdrawals hurt more than early, clear ones.",
                "In small fields people remember how you behaved.",
            ]),
        GuideSection(
            id: "deciding", heading: "Deciding Whether to Decline",
            summary: "Be sure before you say no.",
            advice: [
                "Ask whether more information would settle your doubts.",
                "Name exactly what worries you and whether it could be fixed.",
                "If only the timing is wrong, consider postponing.",
                "Listen to your instinct, and to the advice you would give a friend.",
                "When in real doubt, going to the interview is usually the better choice.",
            ]),
        GuideSection(
            id: "alternatives", heading: "Alternatives to Declining",
            summary: "Sometimes a middle path serves you better than a no.",
            advice: [
                "Ask to postpone if the timing, not the job, is the problem.",
                "Ask questions that might clear up your doubts.",
                "Suggest an informal chat instead of a formal interview.",
                "Say what would make the role work for you, and let them decide.",
            ]),
        GuideSection(
            id: "conclusion", heading: "Conclusion",
            summary: "Decide quickly, say it clearly, thank them and keep the door open.",
            advice: [
                "A graceful decline shows integrity, respect and good communication.",
                "Every exchange, including a no, builds your reputation over time.",
            ]),
    ]

    /// Finds a section by id, heading, or a case-insensitive fragment of either.
    public static func section(matching query: String) -> GuideSection? {
        let q = query.lowercased().trimmingCharacters(in: .whitespaces)
        if let exact = sections.first(where: { $0.id == q || $0.heading.lowercased() == q }) { return exact }
        return sections.first { $0.id.contains(q) || $0.heading.lowercased().contains(q) }
    }

    public static func section(id: String) -> GuideSection? { sections.first { $0.id == id } }
}
