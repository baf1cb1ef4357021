# Every message the app gives a person comes from the catalogue (i18n/*.json through
# ab::i18n::tr), not only the words ImGui draws (ui_literals.cmake): no file in web/ may hand a
# string literal with a letter in it to
#   - App::say (the board's message: "Checkpoint saved."),
#   - Document::set_read_only (the reason the top bar and the dialogs give),
#   - Document::begin_group (the undo step's name: "Undo Paste 3 cards"),
#   - ab_js_notice (the page's notice when graphics fail),
#   - an error the page shows: a JSON reply's {"error", ...} or out["error"] = ..., or a variable
#     or member named error, *_error or hint (p.error = ..., o.hint = ...),
#   - a named constant that holds a sentence (kViewOnly = "You are viewing ..."): words kept
#     aside to be handed on later are words on screen all the same,
# anywhere in the statement (a literal glued on with + counts as much as the first argument).
# The cleaning rules are ui_literals.cmake's: printf conversions ("%s") and escapes
# ("\xe2\x80\xa6") are not words, nor is a catalogue key handed to i18n::tr / tr_count or chosen
# by a condition ("mirror.live"). Neither is the name of a pair ({"file", file} of tr's
# placeholders, {"ok", false} of a reply), a subscript (["error"]) or a JSON lookup
# (str(r, "error"), .value("ok", ...)). What the programmer of a host page reads when it calls
# the bridge wrongly is marked for_developers("...") (platform/js_reply.hpp) and stays English.
# Comments are not read. Run by CTest: cmake -DROOT=<repository> -P notice_literals.cmake
cmake_minimum_required(VERSION 3.20)
include("${CMAKE_CURRENT_LIST_DIR}/literal_words.cmake")
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<repository> -P notice_literals.cmake")
endif()

file(GLOB_RECURSE web_files "${ROOT}/web/*.cpp" "${ROOT}/web/*.hpp")
list(LENGTH web_files web_count)
if(web_count EQUAL 0)
  message(FATAL_ERROR "no sources found under ${ROOT}/web")
endif()

# A statement runs to its `;`, over several lines, and a literal may hold a `;` of its own. CMake
# lists split at `;`, so every `;` becomes the unit separator (a byte no source holds) first.
string(ASCII 31 sep)
set(literal "\"([^\"\\\\]|\\\\.)*\"")
set(rest "([^${sep}\"]|${literal})*")
set(starts
    "[^A-Za-z0-9_](say|set_read_only|begin_group|ab_js_notice)\\("
    "\\{\"error\","
    "\\[\"error\"\\] ="
    "[^A-Za-z0-9_](error|[a-z_]+_error|hint) ="
    # a constant that holds a sentence (its tables of ids and its shaders are no sentences)
    "[^A-Za-z0-9_]k[A-Z][A-Za-z0-9_]* = \"[A-Z][a-z']* ([^\"\\\\]|\\\\.)*\"")

set(failures "")
set(checked 0)
foreach(file IN LISTS web_files)
  file(READ "${file}" text)
  string(REPLACE ";" "${sep}" text "${text}")
  # Comments: a line of its own, or after the code (a literal holding " //" would be cut here;
  # none does).
  string(REGEX REPLACE "(^|\n)[ \t]*//[^\n]*" "\\1" text "${text}")
  string(REGEX REPLACE "[ \t]//[^\n]*" "" text "${text}")
  file(RELATIVE_PATH where "${ROOT}" "${file}")
  foreach(start IN LISTS starts)
    string(REGEX MATCHALL "${start}${rest}" found "${text}")
    foreach(call IN LISTS found)
      math(EXPR checked "${checked} + 1")
      string(REGEX REPLACE "for_developers\\(${literal}\\)" "for_developers()" clean "${call}")
      string(REGEX REPLACE "(tr|tr_count)\\(\"[a-z0-9_.]+\"" "tr(" clean "${clean}")
      string(REGEX REPLACE "\\{\"[A-Za-z][A-Za-z0-9_]*\"," "{" clean "${clean}")
      string(REGEX REPLACE "\\[\"[A-Za-z][A-Za-z0-9_]*\"\\]" "[]" clean "${clean}")
      string(REGEX REPLACE "(str|num|value|find)\\([^()\"]*\"[A-Za-z][A-Za-z0-9_]*\"" "\\1(" clean "${clean}")
      string(REGEX MATCHALL "${literal}" literals "${clean}")
      foreach(lit IN LISTS literals)
        ab_literal_is_word("${lit}" is_word)
        if(is_word)
          string(REGEX REPLACE "^[^A-Za-z0-9_{[]+" "" shown "${call}")
          string(REGEX REPLACE "[ \t\n]+" " " shown "${shown}")
          list(APPEND failures "${where}: ${lit} in: ${shown}")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()
if(checked EQUAL 0)
  message(FATAL_ERROR "no messages (say, set_read_only, ab_js_notice, errors) found under ${ROOT}/web: "
                      "the check would pass vacuously")
endif()
if(failures)
  list(JOIN failures "\n  " text)
  string(REPLACE "${sep}" ";" text "${text}")  # the statements' own `;` again
  message(FATAL_ERROR "messages worded by string literals; put them in i18n/en.json (es, de too) and use "
                      "i18n::tr(\"key\"):\n  ${text}")
endif()
message(STATUS "${checked} messages and errors in ${web_count} web files: none is worded by a literal")
