#include <doctest/doctest.h>

#include "batch.hpp"
#include "render_batch.hpp"
#include "rubric.hpp"

using namespace ipsfid;

namespace {

BatchRow row(const std::string& site, const std::string& date, int total) {
    const Rubric& rubric = builtin_rubric();
    BatchRow r;
    r.ok = true;
    r.site = site;
    r.date = date;
    r.total = total;
    r.level = static_cast<std::size_t>(rubric.level_for(total) - rubric.levels.data());
    r.next_review_due = date;  // not what scoring gives; enough to order
    r.item_scores.assign(rubric.items.size(), 4);
    r.principle_means.assign(rubric.principles.size(), 4.0);
    return r;
}

}  // namespace

TEST_CASE("the roll-up's median comes from the histogram of totals") {
    Rollup rollup(builtin_rubric());
    for (const int total : {50, 125, 80, 100}) rollup.add(row("S" + std::to_string(total), "2026-01-01", total));
    RollupResult r = rollup.finish("2026-06-01");
    CHECK(r.reviews == 4);
    CHECK(r.mean_total == doctest::Approx(88.75));
    CHECK(r.median_total == doctest::Approx(90.0));
    rollup.add(row("T", "2026-01-01", 25));
    r = rollup.finish("2026-06-01");
    CHECK(r.median_total == doctest::Approx(80.0));
    CHECK(r.level_counts == std::vector<int>{2, 1, 1, 1});
}

TEST_CASE("trends compare a site's two latest visits by date, whatever the input order") {
    Rollup rollup(builtin_rubric());
    rollup.add(row("A", "2026-03-01", 100));
    rollup.add(row("A", "2025-03-01", 70));
    rollup.add(row("A", "2025-09-01", 90));
    rollup.add(row("B", "2026-01-01", 80));
    BatchRow invalid;
    rollup.add(invalid);
    const RollupResult r = rollup.finish("2026-02-01");
    CHECK(r.invalid == 1);
    REQUIRE(r.trends.size() == 1);
    CHECK(r.trends[0].site == "A");
    CHECK(r.trends[0].previous.date == "2025-09-01");
    CHECK(r.trends[0].previous.total == 90);
    CHECK(r.trends[0].latest.total == 100);
    REQUIRE(r.due.size() == 2);
    CHECK(r.due[0].site == "B");
    CHECK(r.due[0].overdue);
    CHECK_FALSE(r.due[1].overdue);
}

TEST_CASE("on the same date the later input is the later visit") {
    Rollup rollup(builtin_rubric());
    rollup.add(row("A", "2026-03-01", 80));
    rollup.add(row("A", "2026-03-01", 85));
    const RollupResult r = rollup.finish("2026-02-01");
    REQUIRE(r.trends.size() == 1);
    CHECK(r.trends[0].previous.total == 80);
    CHECK(r.trends[0].latest.total == 85);
}

TEST_CASE("CSV cells are quoted and neutralized") {
    CHECK(csv_cell("plain") == "plain");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("=1+2") == "'=1+2");
    CHECK(csv_cell("+46 70") == "'+46 70");
    CHECK(csv_cell("-3") == "'-3");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\tx") == "'\tx");
    CHECK(csv_cell("line\nbreak") == "\"line\nbreak\"");
    CHECK(csv_cell("=a,b") == "\"'=a,b\"");
}
