#include <sstream>

#include <doctest/doctest.h>

#include "render.hpp"
#include "scoring.hpp"
#include "test_support.hpp"

using namespace ipsfid;
using namespace ipsfid::test;

namespace {

ScoreResult score_text(const std::string& text, std::optional<Review>& keep) {
    Diagnostics d("r.yaml");
    keep = review_from(text, d);
    REQUIRE(keep);
    return score_review(builtin_rubric(), *keep);
}

}  // namespace

TEST_CASE("gap severity follows the distance from the top score") {
    const Rubric& rubric = builtin_rubric();
    CHECK(gap_for(5, rubric) == GapSeverity::none);
    CHECK(gap_for(4, rubric) == GapSeverity::minor);
    CHECK(gap_for(3, rubric) == GapSeverity::moderate);
    CHECK(gap_for(2, rubric) == GapSeverity::major);
    CHECK(gap_for(1, rubric) == GapSeverity::major);
}

TEST_CASE("totals, levels and the next level") {
    std::optional<Review> review;
    SUBCASE("all fours: good, 15 points from exemplary") {
        const ScoreResult r = score_text(uniform_review(4), review);
        CHECK(r.total == 100);
        CHECK(r.max == 125);
        CHECK(r.level->id == "good");
        CHECK(r.next_level->id == "exemplary");
        CHECK(r.points_to_next == 15);
        CHECK(r.next_level_steps.size() == 15);
        CHECK(r.next_review_due == "2027-01-15");
    }
    SUBCASE("all fives: exemplary, no next level") {
        const ScoreResult r = score_text(uniform_review(5), review);
        CHECK(r.total == 125);
        CHECK(r.level->id == "exemplary");
        CHECK(r.next_level == nullptr);
        CHECK(r.next_level_steps.empty());
        CHECK(r.gaps().empty());
    }
    SUBCASE("all ones: not supported employment, reviewed again in 6 months") {
        const ScoreResult r = score_text(uniform_review(1), review);
        CHECK(r.total == 25);
        CHECK(r.level->id == "not-supported");
        CHECK(r.points_to_next == 49);
        CHECK(r.next_review_due == "2026-07-15");
    }
}

TEST_CASE("sections and principles") {
    std::optional<Review> review;
    // Items 1-3 (staffing) at 2, the rest at 4.
    std::string text = uniform_review(4);
    for (const char* id : {"caseload-size", "employment-services-staff", "vocational-generalists"}) {
        const std::string from = std::string("  ") + id + ": 4";
        text.replace(text.find(from), from.size(), std::string("  ") + id + ": 2");
    }
    const ScoreResult r = score_text(text, review);
    CHECK(r.total == 94);
    CHECK(r.level->id == "fair");
    const Rubric& rubric = builtin_rubric();
    REQUIRE(r.sections.size() == 3);
    CHECK(rubric.sections[r.sections[0].group].id == "staffing");
    CHECK(r.sections[0].score == 6);
    CHECK(r.sections[0].max == 15);
    CHECK(r.sections[1].score == 32);
    CHECK(r.sections[2].score == 56);
    for (const GroupScore& p : r.principles) {
        const std::string& id = rubric.principles[p.group].id;
        CAPTURE(id);
        if (id == "time-unlimited-support") {
            // caseload-size (2), vocational-generalists (2), items 22, 23 (4): mean 3.00
            CHECK(p.items.size() == 4);
            CHECK(p.score == 12);
            CHECK(p.mean == doctest::Approx(3.0));
            CHECK(p.gap);
        } else if (id == "competitive-employment") {
            // employment-services-staff (2) and four items at 4: 18 of 25, mean 3.60
            CHECK(p.score == 18);
            CHECK(p.max == 25);
            CHECK(p.mean == doctest::Approx(3.6));
            CHECK(p.gap);
        } else {
            CHECK(p.mean == doctest::Approx(4.0));
            CHECK_FALSE(p.gap);
        }
    }
    SUBCASE("the steps to the next level start with the lowest items") {
        CHECK(r.points_to_next == 6);
        REQUIRE(r.next_level_steps.size() == 6);
        CHECK(r.next_level_steps[0] == 0);
        CHECK(r.next_level_steps[1] == 1);
        CHECK(r.next_level_steps[2] == 2);
        CHECK(r.next_level_steps[3] == 3);
    }
    SUBCASE("gaps come most severe first") {
        const auto gaps = r.gaps();
        REQUIRE(gaps.size() == 25);
        CHECK(gaps[0]->gap == GapSeverity::major);
        CHECK(gaps[3]->gap == GapSeverity::minor);
    }
}

TEST_CASE("the JSON form has the stable keys") {
    std::optional<Review> review;
    const ScoreResult r = score_text(uniform_review(4, "  caseload-size: {measure: 22.5, evidence: x}\n", "caseload-size"), review);
    const auto json = score_to_json(r, RenderOptions{});
    CHECK(json["rubric"]["id"] == "ips-25");
    CHECK(json["review"]["site"] == "Test");
    CHECK(json["total"] == 100);
    CHECK(json["max"] == 125);
    CHECK(json["level"]["id"] == "good");
    CHECK(json["next_level"]["id"] == "exemplary");
    CHECK(json["next_level"]["points_needed"] == 15);
    CHECK(json["sections"].size() == 3);
    CHECK(json["principles"].size() == 8);
    CHECK(json["principles"][0]["mean"] == 4.0);
    CHECK(json["items"].size() == 25);
    CHECK(json["items"][0]["id"] == "caseload-size");
    CHECK(json["items"][0]["source"] == "measure");
    CHECK(json["items"][0]["measure"] == 22.5);
    CHECK(json["items"][0]["gap"] == "minor");
    CHECK(json["items"][1]["source"] == "rated");
    CHECK(json["items"][1]["evidence"].is_null());
    CHECK(json["warnings"].is_array());
}

TEST_CASE("text helpers") {
    CHECK(display_width("Åsa") == 3);
    CHECK(wrap_text("aaa bbb ccc", 7, 2, 0) == "aaa bbb\n  ccc");
    CHECK(escape_markdown("a|b *c* <x>") == "a\\|b \\*c\\* \\<x\\>");
    CHECK(escape_markdown("# title") == "\\# title");
}
