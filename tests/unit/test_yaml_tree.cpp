#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace ipsfid;
using namespace ipsfid::test;

TEST_CASE("nodes keep 1-based line and character columns") {
    Diagnostics d("t.yaml");
    auto root = parse("site: Åsa\nratings:\n  x: {a: 1, ö: 2, b: 3}\n", d);
    REQUIRE(root);
    CHECK_FALSE(d.has_errors());
    const YamlNode* ratings = root->find("ratings");
    REQUIRE(ratings);
    const YamlNode* x = ratings->find("x");
    REQUIRE(x);
    CHECK(x->location.line == 3);
    const YamlNode* b = x->find("b");
    REQUIRE(b);
    // "  x: {a: 1, ö: 2, b: 3}": 'b' is the 19th character, its value the 22nd.
    CHECK(b->location.column == 22);
    CHECK(x->entries[2].key_location.column == 19);
}

TEST_CASE("plain and quoted scalars are told apart") {
    Diagnostics d("t.yaml");
    auto root = parse("a: 4\nb: \"4\"\nc: |\n  text\n", d);
    REQUIRE(root);
    CHECK_FALSE(root->find("a")->quoted);
    CHECK(root->find("b")->quoted);
    CHECK(root->find("c")->quoted);
    CHECK(root->find("c")->value == "text\n");
}

TEST_CASE("duplicate keys are errors at the second key and the first value stands") {
    Diagnostics d("t.yaml");
    auto root = parse("a: 1\nb:\n  c: 2\n  c: 3\n", d);
    REQUIRE(root);
    CHECK(has_finding(d, "duplicate-key", 4, 3));
    CHECK(root->find("b")->find("c")->value == "2");
}

TEST_CASE("aliases, merge keys and tags are refused with their position") {
    Diagnostics d("t.yaml");
    auto root = parse("a: &x 1\nb: *x\nc:\n  <<: {d: 1}\ne: !!str 5\n", d);
    REQUIRE(root);
    CHECK(has_finding(d, "yaml-alias", 2, 4));
    CHECK(has_finding(d, "yaml-merge", 4, 3));
    CHECK(has_finding(d, "yaml-tag", 5, 4));
}

TEST_CASE("empty files, extra documents and syntax errors") {
    SUBCASE("empty") {
        Diagnostics d("t.yaml");
        CHECK_FALSE(parse("", d));
        CHECK(has_rule(d, "empty-file"));
    }
    SUBCASE("comments only") {
        Diagnostics d("t.yaml");
        CHECK_FALSE(parse("# nothing\n", d));
        CHECK(has_rule(d, "empty-file"));
    }
    SUBCASE("a second document") {
        Diagnostics d("t.yaml");
        CHECK(parse("a: 1\n---\nb: 2\n", d));
        CHECK(has_finding(d, "multiple-documents", 2, 1));
    }
    SUBCASE("syntax error") {
        Diagnostics d("t.yaml");
        CHECK_FALSE(parse("a: [1, 2\nb: 3\n", d));
        CHECK(has_rule(d, "yaml-syntax"));
    }
    SUBCASE("invalid UTF-8 is located") {
        Diagnostics d("t.yaml");
        CHECK_FALSE(parse("a: 1\nb: \xff\xfe\n", d));
        CHECK(has_finding(d, "invalid-utf8", 2, 4));
    }
}

TEST_CASE("a byte order mark and CRLF line ends are accepted") {
    Diagnostics d("t.yaml");
    auto root = parse("\xEF\xBB\xBFsite: A\r\nb: 7\r\n", d);
    REQUIRE(root);
    CHECK_FALSE(d.has_errors());
    CHECK(root->find("site")->value == "A");
    CHECK(root->find("b")->location.line == 2);
    CHECK(root->find("b")->location.column == 4);
    CHECK(root->entries[0].key_location.column == 1);
}

TEST_CASE("nesting deeper than the limit is one located error") {
    std::string text = "a: ";
    for (int i = 0; i < 40; ++i) text += "[";
    for (int i = 0; i < 40; ++i) text += "]";
    Diagnostics d("t.yaml");
    auto root = parse(text + "\n", d);
    CHECK(has_rule(d, "yaml-depth"));
    CHECK(d.error_count() == 1);
}

TEST_CASE("inputs over the size limit are refused before parsing") {
    const std::string path = std::string(IPSFID_SOURCE_DIR) + "/examples/lakeside-fair.yaml";
    Diagnostics d(path);
    CHECK_FALSE(read_source_file(path, d, 100));
    CHECK(has_finding(d, "file-too-large", 0, 0));
    Diagnostics fits(path);
    CHECK(read_source_file(path, fits, 1u << 20));
    CHECK(fits.all().empty());
}

TEST_CASE("a directory is not read") {
    Diagnostics d("dir");
    CHECK_FALSE(read_source_file(IPSFID_SOURCE_DIR, d));
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].rule == "file-unreadable");
    CHECK(d.all()[0].message == "cannot read file: it is a directory");
}
