/// The linter's vocabulary: named groups of phrases ("cues") that rules combine
/// with context (negation, quotation, sentence and clause, the turn). All cues
/// are compiled into one `Lexicon` and found in a single pass over the text.
/// Phrase syntax is documented on `Lexicon`.
public enum Cue: Int, CaseIterable, Sendable {
    // Courtesy
    case thanks, noThanks, kindness, praise
    case wellWish, hopeFor, goodOutcome, door, ackVerb, feeling, ackDirect, farewell, ending
    // Decisions and hedges
    case decision, hedge, reopen, conditional, reopenVerb
    // Bargaining
    case bargainQuestion, improveTerms, bargainAmount, termsNoun
    // Tone
    case sarcasm, sarcasticThanks, interjection, profanity, insult, threat, wastedTime, dismissive, curtWord
    case negative, criticismTarget, complaint, selfFeeling
    // Apologies
    case apology, grovel, sympathy, forDecision, decisionAct, inconvenience
    // Reasons (the guide's eight)
    case acceptedOffer, poorFit, compensation, personal, stayingPut, companyConcerns, logistics, pausing
    case causal, noReason
    // Channel and audience
    case travelPaid, executives, finalRound, callConfirmed
    case pluralAudience, eachOfYou, plural, companyListIntro
    case courtesyPhrase, question

    /// Every cue's phrases. Written in any inflection: the stemmer folds them.
    static let phrases: [Cue: [String]] = [
        .thanks: ["thank|thanks|thankyou|grateful|gratitude|appreciate|appreciation|appreciative|appreciated",
                  "many+thanks", "much appreciated", "cheers for"],
        .noThanks: ["no thank|thanks", "thanks|thank but no thank|thanks", "thanks|thank for nothing"],
        .kindness: ["kind|generous|thoughtful|good|nice|lovely|gracious|considerate of you",
                    "that be very|really|so|most|incredibly? kind|generous|thoughtful|gracious|considerate"],
        .praise: ["enjoy|enjoyed|loved|love|admire|impressed|impressive|valued|fascinating|pleasure|inspiring|excited|excite",
                  "great|lovely|good to meet|hear|learn"],
        .wellWish: ["wish you|the+team|everyone|them", "wishing you|the+team", "best of luck", "good luck",
                    "all the best", "every success", "success with|in your|the", "take care", "rooting for",
                    "you will find someone|the+right|a+great", "best wishes for", "have a good|great|lovely|nice day|week|weekend|one",
                    "go well for you", "luck with the|your|finding|filling"],
        .hopeFor: ["hope", "hoping"],
        .goodOutcome: ["find|fill|filling|finding", "go|goes|going well|smoothly", "success|successful", "luck",
                       "great|brilliant|excellent|wonderful|fantastic|superb|lovely|strong|perfect|ideal someone|person|candidate|fit|hire|teacher|designer|engineer|leader|manager|analyst|chef|match",
                       "someone great|brilliant|excellent|wonderful|fantastic|superb",
                       "right person|candidate|fit|someone|hire", "soon", "quickly"],
        .door: ["stay|keep|remain in touch|contact", "stay|keep connected", "reconnect", "connect again|in+the+future|on+linkedin|down+the+line",
                "cross paths", "paths cross", "future opening|opportunity|opportunities|role|position|vacancy|openings|roles",
                "in the future", "in future", "down the line|road", "one day", "someday", "some day",
                "work together", "hear about|from * future", "hear from you", "love|glad|happy|delighted to hear",
                "welcome the chance|opportunity", "apply again", "consider|considered again", "be considered", "if something|anything|a+role|a+position|an+opening *? open|come",
                "keep me in mind", "touch base", "get in touch", "look forward to", "when i be back|look+again|return|ready",
                "next time", "again in the future", "open up"],
        .ackVerb: ["understand|realise|realize|know|recognise|recognize|appreciate|see|imagine|get|hear|gather",
                   "can tell"],
        .feeling: ["disappoint|disappointed|disappointing|disappointment|frustrate|frustrated|frustrating|frustration|annoy|annoyed|annoying|upset|angry|irritated",
                   "hard|difficult|tough|inconvenient|inconvenience|awkward|stressful|unwelcome|setback|blow",
                   "bad news", "the news", "not what you", "the timing|my+timing", "let down", "a pain", "you feel",
                   "effort|work|time you", "hoping for"],
        .ackDirect: ["sorry you feel", "that must be frustrating|disappointing|hard|annoying|difficult",
                     "i hear you", "understandably", "fair enough that you"],
        .farewell: ["goodbye", "good bye", "bye", "take care", "have a good|great|nice day", "all the best"],
        .ending: ["end|ending|finish the|this call|conversation|chat|discussion|exchange", "hang up", "not continue|continuing", "not go to continue",
                  "not be respond|responding|reply|replying|engage|engaging", "rather not continue|go+on", "leave it there",
                  "not be speak|spoken to", "say goodbye", "going to go", "sign off"],

        .decision: ["withdraw|withdrawal", "decline|declining", "pull out", "pulling out", "bow out", "turn down",
                    "step back|away from the|this|your|my process|interview|application|candidacy|role|running",
                    "not be? able? to? continue|proceed|progress|pursue|attend|go+ahead|move+forward|move+ahead|carry+on|take+part|go+forward|go+any+further|take+this+further|take+it+further",
                    "not go ahead|forward", "not move forward", "not be go to continue|proceed|attend|go+ahead|move+forward|pursue|take+part",
                    "not want to continue|proceed|pursue|go+ahead|move+forward",
                    "my withdrawal stand|stands", "decision stand|make|be+final|be+make|have+not+change|be+unchanged|be+firm", "mind be? make up",
                    "my answer be still? no|unchanged|the+same", "answer be unchanged", "i be still? out", "stay|staying withdrawn",
                    "no longer be? a? candidate|interested|pursue|pursuing|available|in+the+running|consider|considering",
                    "remove|take me|myself from|out+of", "cancel", "pass on this|the|your opportunity|role|position|interview",
                    "not * change my mind", "not change thing|anything|my+decision|my+answer", "rather not reopen|revisit",
                    "make up my mind", "commit to my decision", "stick with|to my decision", "i be done"],
        .hedge: ["might|maybe|perhaps|possibly|probably|potentially|likely", "i think i", "i guess", "i suppose",
                 "kind of", "sort of", "lean|leaning toward|towards", "be considering", "be think about|of",
                 "not sure|certain", "may need|have|want|be"],
        .reopen: ["reconsider|reconsidering", "rethink|rethinking", "second thought|thoughts", "on the fence",
                  "let me think|sleep|talk|check|discuss|mull|see|consider|get+back|call+you+back|weigh|reflect",
                  "i need|want|would+like to think|sleep|talk|discuss|mull|consider|reflect",
                  "give me some|a|more|another|a+few|a+couple+of|a+bit+of|until|till *? time|day|days|week|weeks|weekend|night|moment|bit|tomorrow|monday|friday",
                  "i will think", "i will|i+would+like+to|i+need+to|i+want+to|let+me sleep+on+it|think+it+over|mull+it+over|sleep+on+this",
                  "get back to you", "call you back", "not sure whether|if i|it|the", "i be still decide|deciding|think|thinking", "i have not decide|decided|make+up+my+mind",
                  "undecided", "keep my option|options open", "stay in the process|running",
                  "still come|attend|make+it|do+it|join", "back out of the|my other|the+other", "be open to reconsider|reconsidering|continue|continuing|talk|talking|discuss|discussing|an+offer|offers|it",
                  "open to it|talking|continuing", "change my mind", "i might change", "torn between"],
        .conditional: ["if", "unless", "maybe if", "provided|providing that?", "as long as", "in which case", "assuming"],
        .reopenVerb: ["i would|might|could|may *? consider|reconsider|rethink|stay|continue|keep+talk|keep+going|change|rejoin|reopen|be+open|be+interested|be+happy+to+continue|be+happy+to+stay",
                      "maybe i can|could", "i can still|i+could+still"],

        .bargainQuestion: ["what be the most|best|highest|top|max|maximum you|they can|could|would",
                           "what be your best|top|final offer|number", "how much more|higher",
                           "what would the|a|your * *? look like", "what kind|sort of number|package|salary|offer",
                           "any flexibility|room|wiggle on|in|with the? salary|pay|base|package|offer|number|rate",
                           "go higher", "do better", "make it worth my while", "sweeten the|this deal|pot|offer",
                           "make me an|a better? offer", "name your price", "the right price|number|money",
                           "if the money|price|number|package be right", "what would it take", "out of curiosity * bonus|salary|pay|base|package|equity"],
        .improveTerms: ["beat|top|bump|raise|increase|improve|exceed|sweeten|outbid|double|up+the",
                        "go higher|up", "do better", "throw in"],
        .bargainAmount: ["for another|extra|additional|more #num thousand|k|grand|hundred|pound|pounds|dollar|dollars|euro|euros|percent",
                         "for another|extra|additional|more #num #num", "#num thousand|k|grand more", "a base of", "base to", "#num plus equity|bonus"],
        .termsNoun: ["salary|pay|base|package|offer|bonus|equity|number|figure|rate|compensation|money|stipend|signing"],

        .sarcasm: ["i be sure you be devastated|heartbroken|crushed|gutted|distraught|upset|devastate",
                   "must be so|really|very? hard|tough|awful|difficult", "boo hoo", "cry me a river", "yeah right",
                   "oh sure", "big surprise", "what a surprise", "real|very|so professional of you", "how professional",
                   "good luck with that", "nice try", "well done you", "congratulations on wasting", "slow clap"],
        .sarcasticThanks: ["thanks|thank a lot|bunch|million|heap", "thanks|thank for nothing", "oh thanks", "wow thanks",
                           "gee thanks", "great thanks", "thanks|thank for wasting", "thanks|thank very much for nothing"],
        .interjection: ["oh|wow|gee|great|well|sure|yeah|right|brilliant|fantastic|perfect|lovely"],
        .profanity: ["damn|damned|goddamn|bloody|crap|crappy|shit|shitty|bullshit|fuck|fucking|fucked|fuckin|piss|pissed|arse|ass|asshole|bastard|bitch|dick|wtf|ffs|bollocks|screw+you|screw+this|screw+that",
                     "the hell", "go to hell", "hell no", "what the hell|heck"],
        .insult: ["idiot|idiots|moron|morons|clown|clowns|fool|fools|loser|losers|jerk|jerks|imbecile|dimwit|muppet|numpty|halfwit|cretin|buffoon|amateurs",
                  "get lost", "piss off", "bugger off", "shove it", "shut up", "drop dead", "get a life", "go away",
                  "are you kidding|joking|serious me?", "you people", "who do you think you be", "waste of space|oxygen",
                  "you be pathetic|useless|clueless|a+joke|incompetent|ridiculous|unbelievable|a+disgrace"],
        .threat: ["i will|be+go+to|be+gonna post|publish|tweet|expose|sue", "report you", "tell everyone", "name and shame",
                  "my lawyer|solicitor|attorney", "you will regret", "or else", "see you in court", "everyone will know|hear",
                  "keep talk|talking to me like that", "leave|write|post a bad|terrible|negative|scathing|one+star review",
                  "you will be sorry", "watch your back", "i know where"],
        .wastedTime: ["waste my|our time|week|day|weekend|month|evening|afternoon|morning|life|energy",
                      "wasted my|our", "the one waste", "waste of my time"],
        .dismissive: ["none of your business", "not my problem|concern|issue", "your problem", "who care|cares",
                      "deal with it", "get over it", "stop call|calling|contact|contacting|email|emailing|ring|ringing me",
                      "not call|contact|email me again", "never call|contact me again", "leave me alone", "lose my number",
                      "do not care", "so what", "whatever"],
        .curtWord: ["nope|nah|pass|bye|no|fine|whatever|ok|okay|k|later|done|meh", "not interested", "i be done", "i be out"],
        .negative: ["awful|terrible|dreadful|horrible|horrendous|appalling|atrocious|abysmal|disorganised|disorganized|chaotic|shambles|shambolic|mess|messy",
                    "insulting|insultingly|insult|laughable|ridiculous|absurd|pathetic|unprofessional|rude|incompetent|toxic|sketchy|shady|dodgy",
                    "amateurish|amateur|joke|disgrace|disgraceful|embarrassing|poorly|badly|lousy|sloppy|dysfunctional|nightmare|disaster|circus|clueless",
                    "useless|arrogant|condescending|disrespectful|exploitative|greedy|stingy|miserly|derisory|measly|pitiful|outrageous|unreasonable",
                    "lowball|low+ball|cheapskate|bad|worse|worst|poor|rubbish|garbage|trash|farce|scam|sham|unethical|dishonest|unorganised|unorganized|careless|inept",
                    "red flag|flags"],
        .criticismTarget: ["your|you|company|firm|agency|organisation|organization|process|interview|interviewer|interviewers|panel|team|manager|management|leadership",
                           "recruiter|hr|offer|pay|salary|figure|package|compensation|review|reviews|culture|office|role|position|job|they|them|their|website|ceo|boss",
                           "staff|communication|scheduling|question|questions|test|assessment|benefit|rate|number|bonus|equity|place|business|people|hiring|this"],
        .complaint: ["take|took forever|ages", "take|took you|them|your+team #num|so+long|forever|ages|weeks|months", "take|took #num week|month|day|year",
                     "how long you|your|they|their|it *? take", "so long to", "nobody|no+one answer|reply|respond|get|turn|show|read|call|bother|seem",
                     "never turn|turned|show|showed|get|got|reply|replied|respond|responded|answer|answered|call|called up|back|me",
                     "keep|kept me wait|waiting|hang|hanging", "left me hang|hanging|wait|waiting", "ghost|ghosted me",
                     "mess|messed|jerk|jerked me about|around", "#num reschedule|rescheduled call|calls|interview|interviews|time|times",
                     "reschedule|rescheduled * #num time|times", "bad|negative|terrible|poor|awful|dreadful review|reviews",
                     "shambles of a", "what a joke", "confirm every|all", "treat|treated me like", "still have not heard"],
        .selfFeeling: ["i feel|felt", "i be so? terrible|awful", "feel terrible|awful|bad|horrible|dreadful", "i look|sound|be+being"],

        .apology: ["sorry|apologise|apologize|apology|apologies|apologising|apologizing|forgive|regret", "my bad", "pardon me"],
        .grovel: ["so so sorry", "sorry sorry", "so very sorry", "i feel terrible|awful|horrible|dreadful|so+bad|really+bad|guilty|sick",
                  "forgive me", "can not apologise enough", "beg your forgiveness|pardon", "a thousand apologies", "i hate myself",
                  "please do not be angry|mad|upset", "i be the worst"],
        .sympathy: ["sorry to hear", "sorry about your|for+your loss|news", "sorry you feel", "sorry that you feel", "sorry you be"],
        .forDecision: ["sorry|apologise|apologize|apologies that? i chose|choose|picked|pick|went|go|decided|decide|accepted|accept|be+withdraw|be+turn|be+decline|said|say",
                       "sorry|apologise|apologize|apologies for|about my decision|choosing|choice|withdrawing|withdrawal|declining|pulling|turning|backing|picking|going+with|not+choosing|saying+no|leaving",
                       "sorry|apologise|apologize to withdraw|decline|turn+you+down|say+no|pull+out|back+out|be+withdrawing|be+declining|go+with",
                       "feel|felt awful|terrible|bad|guilty|horrible that|about i? chose|choose|picked|pick|went|go|choosing|picking|going|accepted|accepting|turning|decided"],
        .decisionAct: ["chose|choose|picked|pick|went with|decision|choice"],
        .inconvenience: ["inconvenience|trouble|hassle|short notice|disruption|extra work|late notice|the notice|timing|any+trouble|mix+up"],

        .acceptedOffer: ["accept|sign|signed|take+up|take|taken|commit|committed *? *? *? offer|position|role|job|post|opportunity|contract|place|one|elsewhere",
                         "accept|chose|choose|pick|go+with|went+with|sign+with|join another|the+other|a+different|their|them",
                         "offer from|with|at another|a+different|the+other|an+other|a+competing", "another|other|competing offer",
                         "sign with|elsewhere|on", "i have? sign", "i be join|joining", "commit|committed|commitment elsewhere|to+another|to+the+other",
                         "make my commitment", "start there|a+new+job|a+new+role|my+new", "new job|position|employer"],
        .poorFit: ["right|good|great|best|strong|perfect fit|match", "fit|match|suit|align|aligned with? my|what|where|the+direction",
                   "not right for me", "not the right role|position|job|opportunity|step|move|direction",
                   "direction i", "the direction", "what i be look|looking|after", "than i be look|looking|after", "than i would|hope|like|want|expect",
                   "than i have? hope|want|expect", "not what i want|need|be+look", "career goal|goals|direction|path|plan|aspiration", "my skill|skills|strength",
                   "i be after", "i be look|looking for a|an|something", "lean|leans|leaning further|more|heavily|towards", "more * than i", "less * than i",
                   "sit|sits further|closer", "not for me", "client facing", "not a good|great|the+right fit", "fit for me", "the role be not|isn't"],
        .compensation: ["pay|salary|compensation|package|remuneration|wage|wages|money|pay+range|salary+range|budget|figure|base+salary|bonus|equity",
                        "below what i", "short of what i", "less than i need|can|expect", "not enough for me", "what i need financially",
                        "financial package", "cost of living"],
        .personal: ["family|personal|health|medical|illness|ill|sick|surgery|diagnosis|diagnosed|caring|carer|bereavement|funeral|emergency|pregnant|pregnancy|maternity|paternity|baby|newborn",
                    "care for|of", "my mother|father|mum|mom|dad|parent|parents|son|daughter|child|children|kids|partner|wife|husband|grandmother|grandfather|sister|brother",
                    "at home", "circumstance|circumstances", "situation *? change|changed"],
        .stayingPut: ["stay|remain|staying|remaining with|at|in my? current|present|existing", "stay|remain where i be", "stay put",
                      "my current|present employer|company|manager|team|role|boss|job|organisation|organization|firm",
                      "decide to stay|remain", "decided to stay|remain", "counteroffer|counter+offer from my", "promotion|promoted",
                      "offered me a|an|the new|broader|bigger|better|team+lead|senior|promotion|remit",
                      "keep my current|present", "not leave|leaving my current|present"],
        .companyConcerns: ["company|organisation|organization|firm|business|agency be not|isn't the? right", "company plan|plans|direction|values|strategy|future",
                           "concern|concerns|reservation|reservations|doubt|doubts about|regarding the|your company|organisation|firm|business|culture|direction|leadership|plan|plans|values|stability|future",
                           "culture|cultural|ethic|ethics|ethical|unethical|financial+stability|financial+situation|financial+health|layoff|layoffs|restructuring|instability",
                           "review|reviews", "red flag|flags", "not the right place|environment", "right environment"],
        .logistics: ["commute|commuting|relocate|relocation|relocating|location|distance|remote|hybrid|journey|drive|driving|bus|buses|train|trains|mile|miles|onsite|on+site|in+person",
                     "travel|travelling|traveling requirement|requirements|from|to|each|every|weekly|daily",
                     "weekly|daily|frequent|constant travel", "on the road", "each way", "too far", "far from", "based in|at", "the office|site|studio|branch be in|at",
                     "day|days a week in|on|at", "move|moving|a+move to #cap", "office", "practical|impractical|workable|unworkable", "live|living in|near"],
        .pausing: ["pause|pausing|paused|break|hiatus|step+back|step+away|time+away|time+off|away|sabbatical from? my|the? job? search|hunt|hunting|searching|market",
                   "career break", "take|taking|need|needing a break", "take|taking time off|out|away", "take|taking some|a+few time|months|weeks",
                   "freelance|freelancing|freelancer|burnout|burned+out|burnt+out|exhausted|exhaustion|draining|recharge",
                   "not look|looking for now|at+the+moment|right+now|for+a+while", "back on the market", "stop|stopping|pause|pausing my search|job+search|job+hunt",
                   "go|going back to study|school|university|college", "further study|studies", "job search|hunt|hunting"],
        .causal: ["because", "due to", "owing to", "given that", "the reason be", "for personal|family|health reason|reasons", "since i"],
        .noReason: ["after careful|much|a+lot+of|a+good+deal+of|some|long|great thought|consideration|reflection|deliberation"],

        .travelPaid: ["fly me out|in|over|down|up", "flight|flights|hotel|accommodation|airfare|train+ticket",
                      "cover|covering|covered|pay|paying|paid|reimburse|reimbursing|reimbursed|arrange|arranged|arranging|book|booked for? my|the travel|trip|flight|flights|expense|expenses|hotel|stay",
                      "travel expense|expenses|cost|costs|reimbursement", "put me up", "all expense|expenses paid"],
        .executives: ["ceo|cto|cfo|coo|cio|cmo|cpo|vp|vps|svp|evp|president|chairman|chairwoman|founder|cofounder|co+founder",
                      "board member|members|director|directors", "executive team|teams|committee|board", "the|your|two|three|several executives",
                      "leadership team", "managing director", "vice president", "senior leadership", "partner|partners at"],
        .finalRound: ["final|last round|rounds|interview|interviews|stage|panel|day"],
        .callConfirmed: ["take|taking|took my call", "as we discuss|discussed", "as discussed", "our call|conversation|chat this|today|earlier|yesterday|just+now",
                         "follow up|following up|follow+up on|from|to our call|conversation|chat", "confirm|confirming what|my|that|this+in+writing",
                         "when we speak|spoke", "on the phone", "spoke earlier|today", "speak earlier|today"],
        .pluralAudience: ["team|teams|manager|managers|recruiter|recruiters|company|companies|firm|firms|employer|employers|organisation|organisations|organization|organizations|hiring+team|hiring+teams",
                          "all|everyone|everybody|colleagues|friends"],
        .eachOfYou: ["each of the|your companies|firms|employers|organisations|organizations|processes|searches|teams", "every company|firm|employer|process",
                     "all of my|the|your *? applications|processes", "all the|of+the? companies|firms|employers|organisations|organizations",
                     "each firm|company|employer", "all companies|firms|employers", "several companies|firms|employers", "all my applications|processes"],
        .plural: ["your|you *? process|search|role|opening|position|application|vacancy|team|hire|recruitment"],
        .companyListIntro: ["everyone|all|teams|team|people|staff|colleagues at", "recruiting|hiring teams at"],
        .courtesyPhrase: ["please", "kind|kindly", "best|regards|warm|warmly|sincerely", "hope", "wish", "luck", "care", "sorry", "pleasure"],
        .question: ["would it be possible", "could we|you", "can we|you", "is it possible"],
    ]

    /// Words the rules ask about by id without a phrase of their own.
    static let extraWords = ["i", "you", "your", "we", "they", "the", "a", "an", "to", "and", "or", "of", "it", "that",
                             "my", "me", "this", "is", "be", "at", "in", "on", "for", "with", "from", "but", "so", "not"]

    public static let lexicon: Lexicon = {
        var entries: [(cue: Int, pattern: String)] = []
        for cue in Cue.allCases { for p in phrases[cue] ?? [] { entries.append((cue.rawValue, p)) } }
        return Lexicon(entries: entries, extraWords: extraWords + TextAnalysis.negators + TextAnalysis.contrast)
    }()

    public static var count: Int { allCases.count }
}
