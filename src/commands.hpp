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
void add_lang_option(CLI::App& app, std::string& lang);

struct ScoreOptions {
    std::string lang;  ///< --lang; empty: from the environment, then the rubric
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
    std::string lang;  ///< --lang; empty: from the environment, then the rubric
    std::vector<std::string> paths;
    std::string format = "text";
    std::string rubric;
    unsigned jobs = 0;  ///< 0: hardware threads
    std::string output;
    std::string as_of;  ///< empty: today
};
CLI::App* setup_batch(CLI::App& app, BatchOptions& options);
int run_batch(const BatchOptions& options);

struct TemplateOptions {
    std::string lang;  ///< --lang; empty: from the environment, then the rubric
    std::string site;
    std::string date;  ///< empty: today
    std::string kind = "independent";
    std::string rubric;
    std::string output;
};
CLI::App* setup_template(CLI::App& app, TemplateOptions& options);
int run_template(const TemplateOptions& options);

struct ExplainOptions {
    std::string lang;  ///< --lang; empty: from the environment, then the rubric
    std::string key;  ///< item id or number, principle, section or level id
    std::string format = "text";
    std::string rubric;
};
CLI::App* setup_explain(CLI::App& app, ExplainOptions& options);
int run_explain(const ExplainOptions& options);

struct RubricOptions {
    std::string lang;  ///< --lang; empty: from the environment, then the rubric
    std::string format = "text";
    std::string rubric;
    std::string output;
};
CLI::App* setup_rubric(CLI::App& app, RubricOptions& options);
int run_rubric(const RubricOptions& options);

struct AgreeOptions {
    std::string lang;  ///< --lang; empty: from the environment, then the rubric
    std::vector<std::string> reviews;
    std::string format = "text";
    std::string consensus_out;
    std::string rubric;
};
CLI::App* setup_agree(CLI::App& app, AgreeOptions& options);
int run_agree(const AgreeOptions& options);

struct CompareOptions {
    std::string lang;  ///< --lang; empty: from the environment, then the rubric
    std::string old_review;
    std::string new_review;
    std::string format = "text";
    std::string rubric;
    std::string output;
};
CLI::App* setup_compare(CLI::App& app, CompareOptions& options);
int run_compare(const CompareOptions& options);

}  // namespace ipsfid
