#pragma once
/// The subcommands. Each has an options struct, a `setup_` function that
/// declares its command line on a CLI11 app, and a `run_` function that does
/// the work and returns the exit code.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace ipsfid {

struct ScoreOptions {
    std::vector<std::string> reviews;
    std::string rubric;
    std::string format = "text";
    std::string output;
    std::string color = "auto";
};
CLI::App* setup_score(CLI::App& app, ScoreOptions& options);
int run_score(const ScoreOptions& options);

}  // namespace ipsfid
