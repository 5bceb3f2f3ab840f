// ipsfid batch: score many reviews, one row each in input order, and roll them up.
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "batch.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "parallel.hpp"
#include "render_batch.hpp"
#include "scalars.hpp"

namespace ipsfid {

namespace {

/// Files are scored in chunks: all threads work on one chunk, then its rows
/// are written in order and dropped, so memory does not grow with the run.
constexpr std::size_t chunk_size = 512;

/// Replaces `-` by the paths listed on standard input, one per line.
std::vector<std::string> read_path_list(const std::vector<std::string>& inputs, std::vector<Diagnostics>& problems) {
    std::vector<std::string> out;
    for (const std::string& input : inputs) {
        if (input != "-") {
            out.push_back(input);
            continue;
        }
        std::vector<std::string> listed;
        for (std::string line; std::getline(std::cin, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!line.empty()) listed.push_back(line);
        }
        for (std::string& path : expand_inputs(listed, problems)) out.push_back(std::move(path));
    }
    return out;
}

}  // namespace

CLI::App* setup_batch(CLI::App& app, BatchOptions& options) {
    CLI::App* batch =
        app.add_subcommand("batch", "Score many reviews: one row each, in input order, and a roll-up of the network");
    batch->add_option("PATH", options.paths, "Review files or directories; - reads a list of paths, one per line")
        ->required();
    batch->add_option("-f,--format", options.format, "Output: text, markdown, csv, jsonl or json")
        ->check(CLI::IsMember({"text", "markdown", "csv", "jsonl", "json"}));
    add_rubric_option(*batch, options.rubric, "Rubric file (default: the built-in IPS-25)");
    add_jobs_option(*batch, options.jobs);
    add_output_option(*batch, options.output);
    batch->add_option("--as-of", options.as_of, "Date (YYYY-MM-DD) that decides which sites are overdue (default: today)")
        ->check([](const std::string& date) { return is_iso_date(date) ? std::string() : "not a date YYYY-MM-DD"; });
    return batch;
}

int run_batch(const BatchOptions& options) {
    CommandInputs gathered;
    if (!gather_inputs(options.paths, options.output, gathered, std::cerr)) return exit_usage;
    std::vector<Diagnostics> problems = std::move(gathered.walk_problems);
    const std::vector<std::string> inputs = read_path_list(gathered.files, problems);
    if (is_same_file_as_any(options.output, inputs)) {
        std::cerr << fmt::format("ipsfid: refusing to write the report over the input {}\n", options.output);
        return exit_usage;
    }

    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, false);
    if (!rubric) return exit_problems;

    ReportOutput output(options.output);
    if (std::string error; !output.open(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    const bool with_json = options.format == "json" || options.format == "jsonl";
    const std::unique_ptr<BatchWriter> writer =
        make_batch_writer(options.format, output.stream(), *rubric, rubric->default_language());
    Rollup rollup(*rubric);
    bool all_valid = true;

    auto emit = [&](const BatchRow& row) {
        print_diagnostics(std::cerr, row.diagnostics, nullptr, false);
        writer->row(row);
        rollup.add(row);
        all_valid = all_valid && row.ok;
    };

    writer->begin();
    // A directory that could not be walked is a row of its own: nothing is lost.
    for (const Diagnostics& problem : problems) {
        BatchRow row;
        row.file = problem.file();
        row.diagnostics = problem.sorted();
        const Diagnostic& first = row.diagnostics.front();
        row.first_error = fmt::format("{}:1:1: {}", first.file, first.message);
        emit(row);
    }
    const unsigned jobs = options.jobs > 0 ? options.jobs : default_jobs();
    std::vector<BatchRow> rows;
    for (std::size_t start = 0; start < inputs.size(); start += chunk_size) {
        const std::size_t count = std::min(chunk_size, inputs.size() - start);
        rows.assign(count, BatchRow{});
        parallel_for(count, jobs,
                     [&](std::size_t i) { rows[i] = score_batch_file(inputs[start + i], *rubric, with_json); });
        for (const BatchRow& row : rows) emit(row);
    }
    writer->end(rollup.finish(options.as_of.empty() ? today_iso_date() : options.as_of));

    std::string error;
    if (!output.commit(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    if (inputs.empty() && problems.empty()) {
        std::cerr << "ipsfid: no review files found\n";
        return exit_problems;
    }
    return all_valid ? exit_ok : exit_problems;
}

}  // namespace ipsfid
