#!/usr/bin/env python3
"""Writes a deterministic corpus of business emails of about SIZE megabytes.

Usage: gen-corpus.py SIZE_MB OUT_FILE
The same size always gives the same bytes (fixed seed), so runs compare.
"""
import random
import sys

NAMES = ["Priya", "Marco", "Aisha", "Daniel", "Helen", "Yusuf", "Olga", "Kwame", "Chloé", "Renée", "Tomás", "Mei"]
COMPANIES = ["Northwind Labs", "Larkspur Analytics", "Brightwater Logistics", "Orchid Pay", "Kestrel Aerospace",
             "Quillon Health", "Velto Energy", "Ardent Foods", "Hollis Freight", "Juniper Row"]
ROLES = ["data analyst", "backend engineer", "product designer", "account executive", "site supervisor",
         "marketing manager", "claims analyst", "operations lead"]
SENTENCES = [
    "Thank you for the update on the {role} position and for sending the agenda so quickly.",
    "I have attached the revised schedule for next week; please let me know if Thursday still works.",
    "The quarterly figures look strong, and the team at {company} has done impressive work on the launch.",
    "I'm afraid I won't be able to make the Monday meeting, so could we move it to Wednesday afternoon?",
    "I've accepted another offer, so I'm withdrawing from the {role} process, and I hope we stay in touch.",
    "Our procurement review is still TBD, but the start date is confirmed for the first of the month.",
    "Please pass my thanks to everyone on the team for their patience with the onboarding paperwork.",
    "I wouldn't call the rollout disorganised, but a clearer timeline would help everyone plan.",
    "If the budget allows, we could extend the pilot for another quarter and review the results in June.",
    "I understand this is frustrating, and I'm sorry for the inconvenience the delay has caused.",
    "We discussed the travel requirements on the call, and the hybrid arrangement seems workable.",
    "I really enjoyed meeting {name} and hearing about the new warehouse in the north of the city.",
    "The client asked whether we can beat last year's rate; I said we would come back with numbers.",
    "Let me think about the proposal over the weekend and get back to you on Monday.",
    "Best of luck with the conference, and I hope the keynote goes smoothly.",
]


def email(rng):
    name, company, role = rng.choice(NAMES), rng.choice(COMPANIES), rng.choice(ROLES)
    body = " ".join(rng.choice(SENTENCES).format(name=rng.choice(NAMES), company=company, role=role)
                    for _ in range(rng.randint(4, 9)))
    return (f"Subject: {role.title()} at {company}\n\nDear {name},\n\n{body}\n\n"
            f"Kind regards,\n{rng.choice(NAMES)} {rng.choice(['Ellis', 'Okoro', 'Brandt', 'Lee'])}\n\n")


def main():
    size = float(sys.argv[1]) * 1_000_000
    rng = random.Random(20261128)
    written = 0
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        while written < size:
            chunk = email(rng)
            out.write(chunk)
            written += len(chunk.encode("utf-8"))


if __name__ == "__main__":
    main()
