// ipsfid score: score reviews and print the fidelity report.
#include <iostream>

#include <unistd.h>

#include <fmt/format.h>

#include "cli_support.hpp"
#include "i18n.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "render.hpp"
#include "scoring.hpp"
#include "terminal.hpp"

namespace ipsfid {

CLI::App* setup_score(CLI::App& app, ScoreOptions& options) {
    CLI::App* score = app.add_subcommand("score", "Score reviews and print the fidelity report");
    score->add_option("REVIEW", options.reviews, "Review files or directories; - reads standard input")->required();
    add_rubric_option(*score, options.rubric, "Rubric file (default: the built-in IPS-25)");
    score->add_option("-f,--format", options.format, "Report format: text, json, markdown or html")
        ->check(CLI::IsMember({"text", "json", "markdown", "html"}));
    add_output_option(*score, options.output);
    add_color_option(*score, options.color);
    add_lang_option(*score, options.lang);
    return score;
}

int run_score(const ScoreOptions& options) {
    const ColorMode color_mode = color_mode_from(options.color);
    const bool color_stderr = use_color(color_mode, STDERR_FILENO);

    CommandInputs gathered;
    if (!gather_inputs(options.reviews, options.output, gathered, std::cerr)) return exit_usage;
    const std::vector<std::string>& inputs = gathered.files;
    const std::vector<Diagnostics>& walk_problems = gathered.walk_problems;
    for (const Diagnostics& problem : walk_problems) print_diagnostics(std::cerr, problem.all(), nullptr, color_stderr);

    if (options.format == "html" && inputs.size() > 1) {
        std::cerr << "ipsfid: --format html makes one page for one review; give one file\n";
        return exit_usage;
    }
    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, color_stderr);
    if (!rubric) return exit_problems;

    ReportOutput output(options.output);
    if (std::string error; !output.open(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    RenderOptions render;
    render.language = resolve_language(options.lang, rubric->default_language());
    render.color = options.format == "text" && output.to_stdout() && use_color(color_mode, STDOUT_FILENO);

    // Keep every review alive while its result is rendered: results point into them.
    std::vector<Review> reviews;
    reviews.reserve(inputs.size());
    bool all_valid = walk_problems.empty() && !inputs.empty();
    std::vector<std::vector<Diagnostic>> warnings;
    for (const std::string& path : inputs) {
        LoadedReview loaded = load_review_input(path, *rubric);
        print_diagnostics(std::cerr, loaded.diagnostics.sorted(), loaded.source ? &*loaded.source : nullptr,
                          color_stderr);
        if (!loaded.review) {
            all_valid = false;
            continue;
        }
        std::vector<Diagnostic> found;
        for (const Diagnostic& d : loaded.diagnostics.sorted())
            if (d.severity == Severity::warning) found.push_back(d);
        warnings.push_back(std::move(found));
        reviews.push_back(std::move(*loaded.review));
    }
    if (inputs.empty()) std::cerr << "ipsfid: no review files found\n";

    std::vector<ScoreResult> results;
    for (std::size_t i = 0; i < reviews.size(); ++i)
        results.push_back(score_review(*rubric, reviews[i], std::move(warnings[i])));

    std::ostream& out = output.stream();
    if (options.format == "json") {
        // Several inputs give an array even when only some of them could be
        // scored, so that a script sees the same shape every time.
        if (inputs.size() > 1) {
            nlohmann::ordered_json all = nlohmann::ordered_json::array();
            for (const ScoreResult& result : results) all.push_back(score_to_json(result, render));
            out << all.dump(2) << '\n';
        } else if (!results.empty()) {
            render_json(out, results, render);
        }
    } else {
        for (std::size_t i = 0; i < results.size(); ++i) {
            if (i > 0 && options.format != "html") out << (options.format == "markdown" ? "\n---\n\n" : "\n\n");
            if (options.format == "html") render_html(out, results[i], render);
            else if (options.format == "markdown") render_markdown(out, results[i], render);
            else render_text(out, results[i], render);
        }
    }
    std::string error;
    if (!output.commit(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    return all_valid ? exit_ok : exit_problems;
}

}  // namespace ipsfid
