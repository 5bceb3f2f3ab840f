#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace ipsfid;
using namespace ipsfid::test;

namespace {

std::string read_fixture(const std::string& relative) {
    std::ifstream in(std::string(IPSFID_SOURCE_DIR) + "/tests/fixtures/" + relative);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

const Item& item(const std::string& id) {
    const Rubric& rubric = builtin_rubric();
    return rubric.items[*rubric.find_item(id)];
}

int measure_score(const std::string& id, double value) { return *item(id).measure->score_for(value); }

/// The mini rubric with `from` replaced by `to` (which must occur).
std::string mini_with(const std::string& from, const std::string& to) {
    std::string text = read_fixture("rubrics/mini.yaml");
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

/// Line of the first occurrence of `needle` in `text` (1-based).
int line_of(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

}  // namespace

TEST_CASE("the built-in rubric is the IPS-25") {
    const Rubric& rubric = builtin_rubric();
    CHECK(rubric.id == "ips-25");
    CHECK(rubric.items.size() == 25);
    CHECK(rubric.min_total() == 25);
    CHECK(rubric.max_total() == 125);
    CHECK(rubric.languages.front() == "en");
    for (std::size_t i = 0; i < rubric.items.size(); ++i) {
        CHECK(rubric.items[i].number == static_cast<int>(i) + 1);
        CHECK(rubric.items[i].anchors.size() == 5);
    }
    SUBCASE("item ids, sections and principles follow the reference table") {
        CHECK(rubric.items[0].id == "caseload-size");
        CHECK(rubric.items[14].id == "rapid-search");
        CHECK(rubric.items[24].id == "assertive-outreach");
        CHECK(rubric.sections[rubric.items[2].section].id == "staffing");
        CHECK(rubric.sections[rubric.items[3].section].id == "organization");
        CHECK(rubric.sections[rubric.items[11].section].id == "services");
        CHECK(rubric.principles[item("disclosure").principle].id == "worker-preferences");
        CHECK(rubric.principles[item("work-incentives-planning").principle].id == "benefits-planning");
    }
    SUBCASE("principle sizes") {
        std::map<std::string, int> sizes;
        for (const Item& i : rubric.items) ++sizes[rubric.principles[i.principle].id];
        CHECK(sizes["competitive-employment"] == 5);
        CHECK(sizes["zero-exclusion"] == 2);
        CHECK(sizes["integrated-services"] == 3);
        CHECK(sizes["worker-preferences"] == 4);
        CHECK(sizes["benefits-planning"] == 1);
        CHECK(sizes["rapid-job-search"] == 2);
        CHECK(sizes["job-development"] == 4);
        CHECK(sizes["time-unlimited-support"] == 4);
    }
    SUBCASE("items are found by id and by number") {
        CHECK(rubric.find_item("disclosure") == 12u);
        CHECK(rubric.find_item("13") == 12u);
        CHECK_FALSE(rubric.find_item("26"));
        CHECK_FALSE(rubric.find_item("013"));
    }
    SUBCASE("per-specialist items") {
        for (const Item& i : rubric.items)
            CHECK(i.per_specialist == (i.number == 17 || i.number == 18 || i.number == 24));
    }
}

TEST_CASE("fidelity levels at every edge") {
    const Rubric& rubric = builtin_rubric();
    auto level = [&](int total) { return rubric.level_for(total)->id; };
    CHECK(level(25) == "not-supported");
    CHECK(level(73) == "not-supported");
    CHECK(level(74) == "fair");
    CHECK(level(99) == "fair");
    CHECK(level(100) == "good");
    CHECK(level(114) == "good");
    CHECK(level(115) == "exemplary");
    CHECK(level(125) == "exemplary");
    CHECK(rubric.level_for(24) == nullptr);
    CHECK(rubric.level_for(126) == nullptr);
    CHECK(rubric.level_above(rubric.level_for(125)) == nullptr);
    CHECK(rubric.level_above(rubric.level_for(80))->id == "good");
    CHECK(rubric.level_for(80)->review_after_months == 6);
    CHECK(rubric.level_for(100)->review_after_months == 12);
}

TEST_CASE("measure bands at every edge, compared at full precision") {
    SUBCASE("1 caseload size: lower is better") {
        CHECK(measure_score("caseload-size", 0) == 5);
        CHECK(measure_score("caseload-size", 20) == 5);
        CHECK(measure_score("caseload-size", 20.5) == 4);
        CHECK(measure_score("caseload-size", 25) == 4);
        CHECK(measure_score("caseload-size", 25.5) == 3);
        CHECK(measure_score("caseload-size", 30) == 3);
        CHECK(measure_score("caseload-size", 30.01) == 2);
        CHECK(measure_score("caseload-size", 40) == 2);
        CHECK(measure_score("caseload-size", 40.1) == 1);
        CHECK(measure_score("caseload-size", 500) == 1);
    }
    SUBCASE("2 employment services staff") {
        CHECK(measure_score("employment-services-staff", 100) == 5);
        CHECK(measure_score("employment-services-staff", 96) == 5);
        CHECK(measure_score("employment-services-staff", 95.9) == 4);
        CHECK(measure_score("employment-services-staff", 90) == 4);
        CHECK(measure_score("employment-services-staff", 89.9) == 3);
        CHECK(measure_score("employment-services-staff", 75) == 3);
        CHECK(measure_score("employment-services-staff", 74.9) == 2);
        CHECK(measure_score("employment-services-staff", 60) == 2);
        CHECK(measure_score("employment-services-staff", 59.9) == 1);
        CHECK(measure_score("employment-services-staff", 0) == 1);
    }
    SUBCASE("4 team assignment: score 1 only by the reviewers") {
        CHECK(measure_score("team-assignment", 90) == 5);
        CHECK(measure_score("team-assignment", 89.99) == 4);
        CHECK(measure_score("team-assignment", 75) == 4);
        CHECK(measure_score("team-assignment", 74.2) == 3);
        CHECK(measure_score("team-assignment", 50) == 3);
        CHECK(measure_score("team-assignment", 49.9) == 2);
        CHECK(measure_score("team-assignment", 0) == 2);
    }
    SUBCASE("15 rapid search: days") {
        CHECK(measure_score("rapid-search", 30) == 5);
        CHECK(measure_score("rapid-search", 30.5) == 4);
        CHECK(measure_score("rapid-search", 60) == 4);
        CHECK(measure_score("rapid-search", 61) == 3);
        CHECK(measure_score("rapid-search", 150) == 3);
        CHECK(measure_score("rapid-search", 151) == 2);
        CHECK(measure_score("rapid-search", 270) == 2);
        CHECK(measure_score("rapid-search", 271) == 1);
    }
    SUBCASE("16 individualized job search") {
        CHECK(measure_score("individualized-job-search", 90) == 5);
        CHECK(measure_score("individualized-job-search", 89.9) == 4);
        CHECK(measure_score("individualized-job-search", 75) == 4);
        CHECK(measure_score("individualized-job-search", 74.9) == 3);
        CHECK(measure_score("individualized-job-search", 50) == 3);
        CHECK(measure_score("individualized-job-search", 49.9) == 2);
        CHECK(measure_score("individualized-job-search", 25) == 2);
        CHECK(measure_score("individualized-job-search", 24.9) == 1);
    }
    SUBCASE("17 employer contacts: 3 has no anchor and scores 2") {
        CHECK(measure_score("employer-contact-frequency", 6) == 5);
        CHECK(measure_score("employer-contact-frequency", 5.9) == 4);
        CHECK(measure_score("employer-contact-frequency", 5) == 4);
        CHECK(measure_score("employer-contact-frequency", 4) == 3);
        CHECK(measure_score("employer-contact-frequency", 3.9) == 2);
        CHECK(measure_score("employer-contact-frequency", 3) == 2);
        CHECK(measure_score("employer-contact-frequency", 2) == 2);
        CHECK(measure_score("employer-contact-frequency", 1.9) == 1);
    }
    SUBCASE("19 and 20 diversity share the cut-points") {
        for (const char* id : {"job-type-diversity", "employer-diversity"}) {
            CHECK(measure_score(id, 85) == 5);
            CHECK(measure_score(id, 84.9) == 4);
            CHECK(measure_score(id, 70) == 4);
            CHECK(measure_score(id, 69.9) == 3);
            CHECK(measure_score(id, 60) == 3);
            CHECK(measure_score(id, 59.9) == 2);
            CHECK(measure_score(id, 50) == 2);
            CHECK(measure_score(id, 49.9) == 1);
        }
    }
    SUBCASE("21 competitive jobs") {
        CHECK(measure_score("competitive-jobs", 95) == 5);
        CHECK(measure_score("competitive-jobs", 94.9) == 4);
        CHECK(measure_score("competitive-jobs", 85) == 4);
        CHECK(measure_score("competitive-jobs", 84.9) == 3);
        CHECK(measure_score("competitive-jobs", 75) == 3);
        CHECK(measure_score("competitive-jobs", 74.9) == 2);
        CHECK(measure_score("competitive-jobs", 64) == 2);
        CHECK(measure_score("competitive-jobs", 63.9) == 1);
    }
    SUBCASE("24 community-based services: exactly 30 scores 2") {
        CHECK(measure_score("community-based-services", 65) == 5);
        CHECK(measure_score("community-based-services", 64.9) == 4);
        CHECK(measure_score("community-based-services", 50) == 4);
        CHECK(measure_score("community-based-services", 49.9) == 3);
        CHECK(measure_score("community-based-services", 40) == 3);
        CHECK(measure_score("community-based-services", 39.9) == 2);
        CHECK(measure_score("community-based-services", 30) == 2);
        CHECK(measure_score("community-based-services", 29.9) == 1);
    }
    SUBCASE("valid ranges") {
        CHECK_FALSE(item("caseload-size").measure->in_range(-0.1));
        CHECK(item("caseload-size").measure->in_range(1000));
        CHECK_FALSE(item("competitive-jobs").measure->in_range(100.1));
        CHECK(item("competitive-jobs").measure->in_range(100));
    }
}

TEST_CASE("component tables") {
    SUBCASE("five-component items") {
        for (const char* id : {"team-contact", "supervisor-role", "agency-focus", "executive-support"}) {
            const Item& i = item(id);
            REQUIRE(i.components.size() == 5);
            CHECK(i.score_for_components(0) == 1);
            CHECK(i.score_for_components(1) == 1);
            CHECK(i.score_for_components(2) == 2);
            CHECK(i.score_for_components(3) == 3);
            CHECK(i.score_for_components(4) == 4);
            CHECK(i.score_for_components(5) == 5);
            CHECK_FALSE(i.score_for_components(6));
        }
    }
    SUBCASE("disclosure: four components") {
        const Item& i = item("disclosure");
        REQUIRE(i.components.size() == 4);
        for (int count = 0; count <= 4; ++count) CHECK(i.score_for_components(static_cast<std::size_t>(count)) == count + 1);
    }
    SUBCASE("vocational generalists: six phases") {
        const Item& i = item("vocational-generalists");
        REQUIRE(i.components.size() == 6);
        CHECK(i.score_for_components(0) == 1);
        for (int count = 1; count <= 4; ++count) CHECK(i.score_for_components(static_cast<std::size_t>(count)) == 3);
        CHECK(i.score_for_components(5) == 4);
        CHECK(i.score_for_components(6) == 5);
    }
    SUBCASE("assertive outreach: six components") {
        const Item& i = item("assertive-outreach");
        REQUIRE(i.components.size() == 6);
        CHECK(i.score_for_components(2) == 1);
        CHECK(i.score_for_components(3) == 2);
        CHECK(i.score_for_components(4) == 3);
        CHECK(i.score_for_components(5) == 4);
        CHECK(i.score_for_components(6) == 5);
    }
}

TEST_CASE("another scale loads as data") {
    Diagnostics d("mini.yaml");
    auto rubric = rubric_from(read_fixture("rubrics/mini.yaml"), d);
    REQUIRE(rubric);
    CHECK(d.all().empty());
    CHECK(rubric->scale_max == 3);
    CHECK(rubric->max_total() == 6);
    CHECK(rubric->principle_target == doctest::Approx(2.5));
    CHECK(rubric->items[0].measure->score_for(79.5) == 2);
    CHECK(rubric->items[0].name.in("sv") == "Alfa");
    CHECK(rubric->items[0].name.in("de") == "Alpha");
}

TEST_CASE("rubric rules report located errors") {
    struct Case {
        const char* name;
        std::string from, to, rule, at;  // `at`: text on the line the finding points to
    };
    const std::vector<Case> cases = {
        {"gap between bands", "{score: 2, from: 50, below: 80}", "{score: 2, from: 50, below: 79}", "band-coverage",
         "{score: 3, from: 80}"},
        {"overlapping bands", "{score: 2, from: 50, below: 80}", "{score: 2, from: 50, to: 80}", "band-coverage",
         "{score: 3, from: 80}"},
        {"bands not covering the top", "{score: 3, from: 80}", "{score: 3, from: 80, to: 99}", "band-coverage",
         "{score: 3, from: 80, to: 99}"},
        {"band score outside the scale", "{score: 3, from: 80}", "{score: 4, from: 80}", "scale-range",
         "{score: 4, from: 80}"},
        {"gap between levels", "{id: high, min: 4,", "{id: high, min: 5,", "level-coverage", "{id: high, min: 5,"},
        {"levels beyond the total", "max: 6, label: {en: High", "max: 7, label: {en: High", "level-coverage",
         "max: 7, label"},
        {"missing anchor", "      2: {en: Half or more., sv: Hälften eller mer.}\n", "", "missing-anchor",
         "1: {en: Under half."},
        {"unknown section", "section: all\n    principle: second", "section: al\n    principle: second",
         "unknown-reference", "section: al\n"},
        {"unknown key", "    definition: {en: Checklist B.", "    definitoin: {en: Checklist B.", "unknown-key",
         "definitoin"},
        {"component table incomplete", "component_scores: {0: 1, 1: 2, 2: 3}", "component_scores: {0: 1, 2: 3}",
         "component-table", "component_scores:"},
        {"duplicate item id", "  - id: beta", "  - id: alpha", "duplicate-id", "  - id: alpha\n    number: 2"},
        {"item numbers with a gap", "number: 2", "number: 3", "item-numbering", "number: 3"},
        {"id not a slug", "  - id: beta", "  - id: Beta", "id-format", "  - id: Beta"},
        {"principle without items", "principle: second", "principle: first", "unused-group", "{id: second"},
        {"missing translation", "name: {en: Beta, sv: Beta}", "name: {en: Beta}", "missing-translation",
         "name: {en: Beta}"},
        {"undeclared language", "name: {en: Beta, sv: Beta}", "name: {en: Beta, sv: Beta, de: Beta}",
         "unknown-language", "de: Beta"},
        {"missing required key", "version: \"1\"\n", "", "missing-key", "id: mini"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const std::string text = mini_with(c.from, c.to);
        Diagnostics d("mini.yaml");
        CHECK_FALSE(rubric_from(text, d));
        bool found = false;
        for (const Diagnostic& diagnostic : d.all()) {
            if (diagnostic.rule == c.rule && diagnostic.location.line == line_of(text, c.at)) found = true;
        }
        CHECK_MESSAGE(found, "expected ", c.rule, " at line ", line_of(text, c.at));
    }
}
