#pragma once
/// The subcommands. Each has an options struct, a `setup_` function that
/// declares its command line on a CLI11 app, and a `run_` function that does
/// the work and returns the exit code.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace ipsfid {

/// The flags several subcommands share, declared once so that their names,
/// checks and help texts never drift apart.
void add_rubric_option(CLI::App& app, std::string& rubric, const std::string& help);
void add_output_option(CLI::App& app, std::string& output);
void add_color_option(CLI::App& app, std::string& color);
void add_jobs_option(CLI::App& app, unsigned& jobs);

struct ScoreOptions {
    std::vector<std::string> reviews;
    std::string rubric;
    std::string format = "text";
    std::string output;
    std::string color = "auto";
};
CLI::App* setup_score(CLI::App& app, ScoreOptions& options);
int run_score(const ScoreOptions& options);

struct LintOptionsCli {
    std::vector<std::string> paths;
    std::string format = "text";
    bool strict = false;
    std::string rubric;
    unsigned jobs = 0;  ///< 0: hardware threads
    std::string output;
    std::string color = "auto";
};
CLI::App* setup_lint(CLI::App& app, LintOptionsCli& options);
int run_lint(const LintOptionsCli& options);

struct BatchOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string rubric;
    unsigned jobs = 0;  ///< 0: hardware threads
    std::string output;
    std::string as_of;  ///< empty: today
};
CLI::App* setup_batch(CLI::App& app, BatchOptions& options);
int run_batch(const BatchOptions& options);

}  // namespace ipsfid
