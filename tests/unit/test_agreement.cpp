#include <doctest/doctest.h>

#include "agreement.hpp"

using namespace ipsfid;

TEST_CASE("quadratic weighted kappa") {
    SUBCASE("worked by hand: disagreement no better than chance gives 0") {
        // A: five 5s and twenty 4s; B: 5,5,5,3,2 and twenty 4s. With weights
        // (i-j)^2/16 the observed weighted disagreement is 13/16 and the
        // expected one (from the marginals 5/20 and 3/20/1/1) is also 13/16.
        std::vector<int> a(25, 4), b(25, 4);
        for (int i = 0; i < 5; ++i) a[static_cast<std::size_t>(i)] = 5;
        b[0] = b[1] = b[2] = 5;
        b[3] = 3;
        b[4] = 2;
        CHECK(quadratic_weighted_kappa(a, b, 1, 5).value() == doctest::Approx(0.0).epsilon(1e-12));
    }
    SUBCASE("perfect agreement with variation is 1") {
        const std::vector<int> a = {1, 2, 3, 4, 5, 5, 4};
        CHECK(quadratic_weighted_kappa(a, a, 1, 5).value() == doctest::Approx(1.0));
    }
    SUBCASE("a single score used by both raters leaves kappa undefined") {
        const std::vector<int> a(10, 4);
        CHECK_FALSE(quadratic_weighted_kappa(a, a, 1, 5));
    }
    SUBCASE("opposite ends give a negative kappa") {
        CHECK(quadratic_weighted_kappa({1, 5}, {5, 1}, 1, 5).value() < 0);
    }
}

TEST_CASE("Fleiss' kappa") {
    SUBCASE("three raters in full agreement over varied items") {
        CHECK(fleiss_kappa({{1, 1, 1}, {3, 3, 3}, {5, 5, 5}}, 1, 5).value() == doctest::Approx(1.0));
    }
    SUBCASE("worked by hand") {
        // Items (4,4,5) and (2,2,2): P_i = 1/3 and 1, mean 2/3; category
        // shares 3/6 for 2, 2/6 for 4, 1/6 for 5: chance 14/36.
        // kappa = (2/3 - 14/36) / (1 - 14/36) = (10/36) / (22/36) = 5/11.
        CHECK(fleiss_kappa({{4, 4, 5}, {2, 2, 2}}, 1, 5).value() == doctest::Approx(5.0 / 11.0));
    }
    SUBCASE("no variation at all") { CHECK_FALSE(fleiss_kappa({{3, 3, 3}, {3, 3, 3}}, 1, 5)); }
}
