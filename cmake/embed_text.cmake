# Turns a text file into a C++ source defining ipsfid::builtin_rubric_text().
# Bytes are written as a hex array so that no character of the text can end
# the literal early.
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
# Break the array into lines of 16 bytes to keep the file readable by tools.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/embed_text.cmake. Do not edit.\n"
"#include <string_view>\n"
"namespace ipsfid {\n"
"namespace { constexpr char text[] = {\n${bytes}};\n}\n"
"std::string_view builtin_rubric_text() { return {text, ${byte_count}}; }\n"
"}  // namespace ipsfid\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
