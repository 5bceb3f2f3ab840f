// The benchmark's floor: read each file and run yaml-cpp's event parser with a
// handler that does nothing. No scoring can be faster than its own parsing.
//
// usage: parse_floor FILE...   (prints the number of files parsed)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

class NoOp final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

int main(int argc, char** argv) {
    long parsed = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream file(argv[i], std::ios::binary);
        std::stringstream text;
        text << file.rdbuf();
        std::istringstream stream(text.str());
        YAML::Parser parser(stream);
        NoOp handler;
        while (parser.HandleNextDocument(handler)) {
        }
        ++parsed;
    }
    std::printf("%ld\n", parsed);
    return 0;
}
