// ipsfid batch: score many reviews, one row each in input order, and roll them up.
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "batch.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "i18n.hpp"
#include "output.hpp"
#include "parallel.hpp"
#include "render_batch.hpp"
#include "scalars.hpp"

namespace ipsfid {

namespace {

/// Files are scored in chunks: all threads work on one chunk, then its rows
/// are written in order and dropped, so memory does not grow with the run.
constexpr std::size_t chunk_size = 512;

/// One input of a chunk: a file to score, or a directory that could not be walked.
struct ChunkEntry {
    std::string path;
    std::optional<Diagnostics> problem;
};

}  // namespace

CLI::App* setup_batch(CLI::App& app, BatchOptions& options) {
    CLI::App* batch =
        app.add_subcommand("batch", "Score many reviews: one row each, in input order, and a roll-up of the network");
    batch->add_option("PATH", options.paths, "Review files or directories; - reads a list of paths, one per line")
        ->required();
    batch->add_option("-f,--format", options.format, "Output: text, markdown, csv, jsonl, json or html")
        ->check(CLI::IsMember({"text", "markdown", "csv", "jsonl", "json", "html"}));
    add_rubric_option(*batch, options.rubric, "Rubric file (default: the built-in IPS-25)");
    add_jobs_option(*batch, options.jobs);
    add_output_option(*batch, options.output);
    add_lang_option(*batch, options.lang);
    batch->add_option("--as-of", options.as_of, "Date (YYYY-MM-DD) that decides which sites are overdue (default: today)")
        ->check([](const std::string& date) { return is_iso_date(date) ? std::string() : "not a date YYYY-MM-DD"; });
    return batch;
}

int run_batch(const BatchOptions& options) {
    if (stdin_would_block(options.paths)) {
        std::cerr << "ipsfid: '-' reads a list of paths from standard input, which is a terminal; pipe the list in\n";
        return exit_usage;
    }
    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, false);
    if (!rubric) return exit_problems;

    ReportOutput output(options.output);
    if (std::string error; !output.open(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    // Known before the temporary file exists, so it cannot match it.
    const std::optional<FileIdentity> output_file = identify_file(options.output);
    const bool with_json = options.format == "json" || options.format == "jsonl";
    const std::string lang = resolve_language(options.lang, rubric->default_language());
    const std::unique_ptr<BatchWriter> writer = make_batch_writer(options.format, output.stream(), *rubric, lang);
    Rollup rollup(*rubric);
    bool all_valid = true;
    std::size_t files = 0;

    auto emit = [&](const BatchRow& row) {
        print_diagnostics(std::cerr, row.diagnostics, nullptr, false);
        writer->row(row);
        if (writer->wants_rollup()) rollup.add(row);
        all_valid = all_valid && row.ok;
    };

    writer->begin();
    InputWalker walker(options.paths, /*stdin_lists_paths=*/true);
    const unsigned jobs = options.jobs > 0 ? options.jobs : default_jobs();
    std::vector<ChunkEntry> chunk;
    std::vector<BatchRow> rows;
    for (bool more = true; more;) {
        chunk.clear();
        ChunkEntry entry;
        while (chunk.size() < chunk_size && (more = walker.next(entry.path, entry.problem))) {
            if (!entry.problem && output_file && is_file(entry.path, *output_file)) {
                std::cerr << fmt::format("ipsfid: refusing to write the report over the input {}\n", entry.path);
                return exit_usage;  // the temporary output is removed
            }
            chunk.push_back(std::move(entry));
            entry = ChunkEntry{};
        }
        rows.assign(chunk.size(), BatchRow{});
        parallel_for(chunk.size(), jobs, [&](std::size_t i) {
            if (!chunk[i].problem) rows[i] = score_batch_file(chunk[i].path, *rubric, with_json, lang);
        });
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            if (chunk[i].problem) {
                // A directory that could not be walked is a row of its own: nothing is lost.
                rows[i].file = chunk[i].problem->file();
                rows[i].diagnostics = chunk[i].problem->sorted();
                rows[i].first_error = fmt::format("{}:1:1: {}", rows[i].file, rows[i].diagnostics.front().message);
            }
            emit(rows[i]);
        }
        files += chunk.size();
    }
    writer->end(rollup.finish(options.as_of.empty() ? today_iso_date() : options.as_of));

    std::string error;
    if (!output.commit(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    if (files == 0) {
        std::cerr << "ipsfid: no review files found\n";
        return exit_problems;
    }
    return all_valid ? exit_ok : exit_problems;
}

}  // namespace ipsfid
