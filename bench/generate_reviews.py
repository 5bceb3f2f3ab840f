"""Writes N realistic fictional IPS-25 reviews (3-4 KB each, with evidence
and recommendations, every way of rating an item) for the benchmark. The
reviews belong to a network of --sites programs, each reviewed many times, as
a coordinator's archive would be.

usage: generate_reviews.py N DIR [--seed S]
Files go to DIR/region-XX/site-NNNNN.yaml; the same seed gives the same files.
"""
import argparse
import os
import random

ITEMS = [
    ("caseload-size", "measure", (14, 45)), ("employment-services-staff", "measure", (50, 100)),
    ("vocational-generalists", "components", ["intake", "engagement", "assessment", "job-placement", "job-coaching", "follow-along"]),
    ("team-assignment", "measure", (40, 100)),
    ("team-contact", "components", ["weekly-team-meetings", "shared-decisions", "single-record", "co-located-office", "employment-advocacy"]),
    ("vr-collaboration", "score", None), ("vocational-unit", "score", None),
    ("supervisor-role", "components", ["supervisor-ratio", "weekly-supervision", "team-liaison", "field-mentoring", "outcome-review"]),
    ("zero-exclusion-criteria", "score", None),
    ("agency-focus", "components", ["intake-asks-work", "plan-reviews-ask-work", "materials-displayed", "success-stories", "outcomes-shared"]),
    ("executive-support", "components", ["leaders-know-principles", "quality-reviews", "leadership-team", "employment-goals-stated", "barriers-reported"]),
    ("work-incentives-planning", "score", None),
    ("disclosure", "components", ["no-requirement", "pros-and-cons", "what-to-share", "revisited"]),
    ("work-based-assessment", "score", None), ("rapid-search", "measure", (10, 300)),
    ("individualized-job-search", "measure", (20, 100)), ("employer-contact-frequency", "specialists", None),
    ("employer-contact-quality", "specialists", None), ("job-type-diversity", "measure", (40, 100)),
    ("employer-diversity", "measure", (40, 100)), ("competitive-jobs", "measure", (55, 100)),
    ("individualized-follow-along", "score", None), ("time-unlimited-follow-along", "score", None),
    ("community-based-services", "measure", (20, 80)),
    ("assertive-outreach", "components", ["no-closure-for-missed-contacts", "outreach-documented", "team-outreach", "community-visits", "coordinated-visits", "family-contact"]),
]
PLACES = ["Malmö", "Lund", "Örebro", "Umeå", "Luleå", "Gävle", "Falun", "Växjö", "Kalmar", "Karlstad", "Borås", "Sundsvall"]
KINDS = ["Psychiatric Outpatient Service", "Community Mental Health Team", "Recovery Centre", "Employment Unit"]
NAMES = ["A. Berg", "O. Lind", "K. Holm", "D. Okafor", "S. Nyström", "P. Natarajan", "M. Sandberg", "L. Ek"]
SOURCES = ["10 charts", "staff interviews", "the contact log", "a team meeting", "client interviews",
           "the outcome report", "a time study"]
FINDINGS = ["practice matches the routine", "follow-up is regular", "gaps during leave",
            "work is raised at every meeting", "documentation is uneven", "support is practical"]
ADVICE = ["Review this in weekly supervision.", "Agree a written routine with the team.",
          "Raise it with the steering group.", "Set a weekly target per specialist."]


def sentence(rng):
    return f"From {rng.choice(SOURCES)}: {rng.choice(FINDINGS)}."


def rating(rng, item_id, kind, data, quality):
    evidence = sentence(rng)
    lines = [f"  {item_id}:"]
    if kind == "measure":
        low, high = data
        value = round(rng.uniform(low, high), rng.choice([0, 1]))
        lines.append(f"    measure: {value:g}")
    elif kind == "components":
        count = max(0, min(len(data), round(len(data) * quality + rng.randint(-1, 1))))
        lines.append(f"    components: [{', '.join(rng.sample(data, count))}]")
    elif kind == "specialists":
        scores = [max(1, min(5, round(5 * quality + rng.randint(-1, 1)))) for _ in range(rng.randint(2, 4))]
        lines.append(f"    specialists: [{', '.join(map(str, scores))}]")
    else:
        lines.append(f"    score: {max(1, min(5, round(5 * quality + rng.randint(-1, 1))))}")
    lines.append(f'    evidence: "{evidence}"')
    if rng.random() < 0.2:
        lines.append(f'    recommendation: "{rng.choice(ADVICE)}"')
    return lines


def review(rng, number, sites):
    quality = rng.uniform(0.35, 1.0)
    year = rng.choice([2024, 2025, 2026])
    month = rng.randint(1, 12 if year < 2026 else 10)
    site_number = number % sites
    site = f"{PLACES[site_number % len(PLACES)]} {KINDS[site_number % len(KINDS)]} {site_number}"
    lines = [f"# Generated for the ipsfid benchmark (review {number}).", "rubric: ips-25", f'site: "{site}"',
             f"date: {year}-{month:02d}-{rng.randint(1, 28):02d}",
             f"kind: {rng.choice(['independent', 'independent', 'self-assessment'])}",
             f"reviewers: [{', '.join(rng.sample(NAMES, 2))}]", "ratings:"]
    for item_id, kind, data in ITEMS:
        lines += rating(rng, item_id, kind, data, quality)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("directory")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--sites", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for number in range(args.count):
        folder = os.path.join(args.directory, f"region-{number % 20:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"site-{number:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(review(rng, number, args.sites))


if __name__ == "__main__":
    main()
