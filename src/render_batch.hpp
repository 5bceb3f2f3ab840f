#pragma once
/// Renderers of a batch: rows are written as they come, the roll-up at the end.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "batch.hpp"
#include "rubric.hpp"

namespace ipsfid {

/// Writes one batch in one format.
class BatchWriter {
public:
    virtual ~BatchWriter() = default;
    virtual void begin() {}
    virtual void row(const BatchRow& row) = 0;
    virtual void end(const RollupResult& rollup) = 0;
    /// False for formats that print no roll-up (csv, jsonl): the caller then
    /// need not keep one, and memory stays flat however many sites come.
    [[nodiscard]] virtual bool wants_rollup() const { return true; }
};

/// The writer for `format`: csv, jsonl, json, markdown, text or html.
std::unique_ptr<BatchWriter> make_batch_writer(std::string_view format, std::ostream& out, const Rubric& rubric,
                                               std::string language);

/// The network page (`--format html`): the roll-up, a heat map of reviews by
/// items and every file's row, as one self-contained HTML page.
std::unique_ptr<BatchWriter> make_html_batch_writer(std::ostream& out, const Rubric& rubric, std::string language);

/// One CSV cell (RFC 4180): quoted when needed, and prefixed with `'` when a
/// spreadsheet would run it as a formula (=, +, -, @, tab, carriage return).
std::string csv_cell(std::string_view text);

}  // namespace ipsfid
