#include <doctest/doctest.h>

#include "scalars.hpp"

using namespace ipsfid;

TEST_CASE("whole numbers are read strictly") {
    CHECK(parse_whole_number("4") == 4);
    CHECK(parse_whole_number("0") == 0);
    CHECK(parse_whole_number("-3") == -3);
    CHECK(parse_whole_number("125") == 125);
    SUBCASE("octal, hex, signs and decimals are refused") {
        CHECK_FALSE(parse_whole_number("010"));
        CHECK_FALSE(parse_whole_number("0x10"));
        CHECK_FALSE(parse_whole_number("+5"));
        CHECK_FALSE(parse_whole_number("4.0"));
        CHECK_FALSE(parse_whole_number("4 "));
        CHECK_FALSE(parse_whole_number(""));
        CHECK_FALSE(parse_whole_number("-"));
        CHECK_FALSE(parse_whole_number("99999999999999999999999"));
    }
}

TEST_CASE("decimals are finite and plain") {
    CHECK(parse_decimal("22.5") == doctest::Approx(22.5));
    CHECK(parse_decimal("0.5") == doctest::Approx(0.5));
    CHECK(parse_decimal("-3") == doctest::Approx(-3));
    CHECK(parse_decimal("100") == doctest::Approx(100));
    CHECK_FALSE(parse_decimal(".nan"));
    CHECK_FALSE(parse_decimal(".inf"));
    CHECK_FALSE(parse_decimal("1e400"));
    CHECK_FALSE(parse_decimal("1e3"));
    CHECK_FALSE(parse_decimal("010"));
    CHECK_FALSE(parse_decimal("5."));
    CHECK_FALSE(parse_decimal(".5"));
    CHECK_FALSE(parse_decimal("85%"));
}

TEST_CASE("ISO dates are real calendar dates") {
    CHECK(is_iso_date("2026-10-14"));
    CHECK(is_iso_date("2024-02-29"));
    CHECK_FALSE(is_iso_date("2026-02-29"));
    CHECK_FALSE(is_iso_date("2026-02-30"));
    CHECK_FALSE(is_iso_date("2026-13-01"));
    CHECK_FALSE(is_iso_date("26-10-14"));
    CHECK_FALSE(is_iso_date("2026/10/14"));
    CHECK(is_iso_date("1900-01-01"));
    CHECK_FALSE(is_iso_date("2100-02-29"));
    CHECK(is_iso_date("2000-02-29"));
}

TEST_CASE("adding months clamps to the end of the month") {
    CHECK(add_months("2026-10-14", 6) == "2027-04-14");
    CHECK(add_months("2026-10-14", 12) == "2027-10-14");
    CHECK(add_months("2026-08-31", 6) == "2027-02-28");
    CHECK(add_months("2027-08-31", 6) == "2028-02-29");
    CHECK(add_months("2026-01-31", 1) == "2026-02-28");
    CHECK(add_months("2026-12-01", 1) == "2027-01-01");
}

TEST_CASE("did-you-mean finds plausible typos only") {
    const std::vector<std::string> words = {"caseload-size", "disclosure", "rapid-search", "score"};
    CHECK(closest_match("caseload-sise", words) == "caseload-size");
    CHECK(closest_match("disclosur", words) == "disclosure");
    CHECK(closest_match("scor", words) == "score");
    CHECK(closest_match("caseload", words) == "caseload-size");
    CHECK(closest_match("banana", words).empty());
}

TEST_CASE("decimals are formatted with fixed places") {
    CHECK(format_decimal(3.666666, 2) == "3.67");
    CHECK(format_decimal(4.0, 2) == "4.00");
    CHECK(format_decimal(4.0, 1) == "4.0");
    CHECK(format_decimal(2.125, 2) == "2.13");
}
