#pragma once
/// Renderers of the rubric itself: one item, one principle or section, or
/// the whole scale, for reviewers who want the criteria at hand.

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "rubric.hpp"

namespace ipsfid {

/// What a rubric entry is: an item, a principle, a section or a level.
struct RubricEntry {
    enum class Kind { item, principle, section, level } kind = Kind::item;
    std::size_t index = 0;
};

/// Finds an item (by id or number), a principle, a section or a level.
std::optional<RubricEntry> find_rubric_entry(const Rubric& rubric, const std::string& key);

/// Every id `find_rubric_entry` knows, for "did you mean".
std::vector<std::string> rubric_entry_ids(const Rubric& rubric);

/// "measure", "checklist" or "rating": how an item is scored (a stable id,
/// for JSON).
std::string_view item_type(const Item& item);

/// How an item is scored, in words of `language`, for human output.
std::string_view item_type_label(const Item& item, const std::string& language);

void render_entry_text(std::ostream& out, const Rubric& rubric, const RubricEntry& entry, const std::string& language,
                       int width = 80);
void render_entry_markdown(std::ostream& out, const Rubric& rubric, const RubricEntry& entry,
                           const std::string& language);
nlohmann::ordered_json entry_to_json(const Rubric& rubric, const RubricEntry& entry, const std::string& language);

void render_rubric_text(std::ostream& out, const Rubric& rubric, const std::string& language, int width = 80);
void render_rubric_markdown(std::ostream& out, const Rubric& rubric, const std::string& language);
/// The whole rubric as JSON, with every text in `language`.
nlohmann::ordered_json rubric_to_json(const Rubric& rubric, const std::string& language);

}  // namespace ipsfid
