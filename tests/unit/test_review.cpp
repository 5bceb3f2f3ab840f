#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace ipsfid;
using namespace ipsfid::test;

TEST_CASE("per-specialist means take the closest point, ties round down") {
    CHECK(closest_score({4, 5}) == 4);
    CHECK(closest_score({4, 5, 5}) == 5);
    CHECK(closest_score({4, 4, 5}) == 4);
    CHECK(closest_score({3, 4}) == 3);
    CHECK(closest_score({1, 2}) == 1);
    CHECK(closest_score({5}) == 5);
    CHECK(closest_score({2, 3, 3, 4}) == 3);
    CHECK(closest_score({3, 4, 4, 4}) == 4);  // 3.75
    CHECK(closest_score({3, 3, 3, 4}) == 3);  // 3.25
}

TEST_CASE("every way of rating an item") {
    Diagnostics d("r.yaml");
    const std::string extra =
        "  1:\n    measure: 20.5\n    evidence: Counted.\n    recommendation: Hire.\n"
        "  disclosure:\n    components: [no-requirement, pros-and-cons]\n"
        "  17:\n    specialists: [4, 5, 5]\n";
    std::string text = uniform_review(3, extra);
    for (const char* id : {"  caseload-size: 3\n", "  disclosure: 3\n", "  employer-contact-frequency: 3\n"})
        text.erase(text.find(id), std::string(id).size());
    auto review = review_from(text, d);
    REQUIRE(review);
    CHECK_FALSE(d.has_errors());
    const Rubric& rubric = builtin_rubric();
    const Rating& caseload = review->ratings[*rubric.find_item("caseload-size")];
    CHECK(caseload.score == 4);
    CHECK(caseload.source == ScoreSource::measure);
    CHECK(caseload.measure == doctest::Approx(20.5));
    CHECK(caseload.evidence == "Counted.");
    CHECK(caseload.recommendation == "Hire.");
    const Rating& disclosure = review->ratings[*rubric.find_item("disclosure")];
    CHECK(disclosure.score == 3);
    CHECK(disclosure.source == ScoreSource::components);
    const Rating& contacts = review->ratings[*rubric.find_item("employer-contact-frequency")];
    CHECK(contacts.score == 5);
    CHECK(contacts.source == ScoreSource::specialists);
    CHECK(review->kind == "independent");
    CHECK(review->site == "Test");
}

TEST_CASE("the reviewers' score stands over a disagreeing measure, with a warning") {
    Diagnostics d("r.yaml");
    std::string text = uniform_review(4, "  caseload-size:\n    score: 5\n    measure: 23\n", "caseload-size");
    auto review = review_from(text, d);
    REQUIRE(review);
    CHECK(review->ratings[0].score == 5);
    CHECK(review->ratings[0].source == ScoreSource::rated);
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all()[0].rule == "score-disagrees");
    CHECK(d.all()[0].message.find("5") != std::string::npos);
    CHECK(d.all()[0].message.find("gives 4") != std::string::npos);
}

TEST_CASE("a score that agrees with its measure gives no warning") {
    Diagnostics d("r.yaml");
    auto review = review_from(uniform_review(4, "  caseload-size: {score: 4, measure: 23}\n", "caseload-size"), d);
    REQUIRE(review);
    CHECK(d.all().empty());
}

TEST_CASE("review errors are located") {
    SUBCASE("score outside the scale") {
        Diagnostics d("r.yaml");
        CHECK_FALSE(review_from(uniform_review(6), d));
        CHECK(has_finding(d, "bad-score", 4, 18));
        CHECK(d.error_count() == 25);
    }
    SUBCASE("a missing item points at the ratings mapping") {
        Diagnostics d("r.yaml");
        CHECK_FALSE(review_from(uniform_review(4, "", "disclosure"), d));
        CHECK(has_finding(d, "missing-item", 4, 3));
        CHECK(d.error_count() == 1);
    }
    SUBCASE("the same item as id and number") {
        Diagnostics d("r.yaml");
        CHECK_FALSE(review_from(uniform_review(4, "  13: 4\n"), d));
        CHECK(has_finding(d, "duplicate-item", 29, 3));
    }
    SUBCASE("a missing site and date point at the top mapping") {
        Diagnostics d("r.yaml");
        std::string text = uniform_review(4);
        text.erase(0, text.find("ratings:"));
        CHECK_FALSE(review_from(text, d));
        CHECK(has_finding(d, "missing-key", 1, 1));
        CHECK(d.error_count() == 2);
    }
    SUBCASE("specialists on an item not rated per specialist") {
        Diagnostics d("r.yaml");
        CHECK_FALSE(review_from(uniform_review(4, "  caseload-size: {specialists: [4, 5]}\n", "caseload-size"), d));
        CHECK(has_rule(d, "not-per-specialist"));
    }
    SUBCASE("components on an item without a checklist") {
        Diagnostics d("r.yaml");
        CHECK_FALSE(review_from(uniform_review(4, "  vocational-unit: {components: [a]}\n", "vocational-unit"), d));
        CHECK(has_rule(d, "no-components"));
    }
}

TEST_CASE("a review for another rubric is refused") {
    Diagnostics d("r.yaml");
    CHECK_FALSE(review_from("rubric: fidelity-x\n" + uniform_review(4), d));
    CHECK(has_finding(d, "rubric-mismatch", 1, 9));
}

TEST_CASE("a review date in the future is a warning") {
    Diagnostics d("r.yaml");
    std::string text = uniform_review(4);
    text.replace(text.find("2026-01-15"), 10, "2999-01-01");
    CHECK(review_from(text, d));
    CHECK(has_finding(d, "future-date", 2, 7));
}
