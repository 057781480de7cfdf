import Foundation
import Testing

/// The review a career coach receives: the situation, the user's replies labelled "You", numbered
/// marks tied to their findings, the user's own notes, a badge coloured by the ending.
@Suite("review a coach can act on, through the real binary")
struct CoachReviewTests {
    let hedged = "Hi Tom, thanks. I am withdrawing, I think, because the other studio was way faster than you guys."

    func session(_ replies: [String]) throws -> (home: String, env: [String: String]) {
        let home = try temporaryHome()
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        let out = try Binary.run(
            ["practice", "first-call-walkthrough", "--replies", "-", "--seed", "1"], stdin: replies.joined(separator: "\n"),
            environment: env)
        #expect(out.status == 0, "\(out.stderr)")
        return (home, env)
    }

    @Test func htmlShowsTheSituationYouNumberedMarksAndNotes() throws {
        let (_, env) = try session([goodOpening, ":note I rushed the reason a bit", goodClose, ":note ended <well>"])
        let html = try Binary.run(["review", "last", "--format", "html"], environment: env).stdout
        #expect(
            html.contains(
                "<section class=\"situation\"><h2>The situation</h2><p>You have an interview booked with Brightline Studios on Friday for a junior animator job, but yesterday you accepted an offer from another studio. Tom, the recruiter, picks up when you call.</p><dl><dt>Company</dt><dd>Brightline Studios</dd><dt>Role</dt><dd>junior animator</dd><dt>Speaking to</dt><dd>Tom Ellery (recruiter)</dd><dt>The true reason</dt><dd>accepted-offer</dd></dl></section>"
            ), "\(html)")
        #expect(html.components(separatedBy: "<b class=\"who\">You</b>").count - 1 == 2)
        #expect(html.contains("<aside class=\"note\"><b>Your note</b> I rushed the reason a bit</aside>"))
        #expect(html.contains("<aside class=\"note\"><b>Your note</b> ended &lt;well&gt;</aside>"))
        #expect(html.contains("<p class=\"big\"><span class=\"score good\">"))
        let md = try Binary.run(["review", "last", "--format", "markdown"], environment: env).stdout
        #expect(md.contains("**The situation.** You have an interview booked with Brightline Studios"))
        #expect(md.contains("- Speaking to: Tom Ellery \\(recruiter\\)\n- The true reason: accepted\\-offer\n"))
        #expect(md.contains("> *Your note:* I rushed the reason a bit\n"))
        let text = try Binary.run(["review", "last"], environment: env).stdout
        #expect(text.contains("\n  your note: I rushed the reason a bit\n"))
    }

    @Test func twoFindingsInOneReplyAreNumberedApart() throws {
        let (_, env) = try session([hedged])
        let html = try Binary.run(["review", "last", "--format", "html"], environment: env).stdout
        #expect(
            html.contains(
                "I am withdrawing, <mark class=\"error\" title=\"wavering\">I think<sup>1</sup></mark>, because the other studio was way <mark class=\"error\" title=\"criticism\">faster than you guys<sup>2</sup></mark>."
            ), "\(html)")
        #expect(html.contains("<li class=\"error\"><sup class=\"ref\">1</sup> <span class=\"lvl\">error</span> <b>wavering</b>"))
        #expect(html.contains("<li class=\"error\"><sup class=\"ref\">2</sup> <span class=\"lvl\">error</span> <b>criticism</b>"))
        // findings that mark no words (a missing part) carry no number
        #expect(html.contains("<li class=\"suggestion\"><span class=\"lvl\">suggestion</span> <b>door-open</b>"))
    }
}
