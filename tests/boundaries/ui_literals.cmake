# Every word the canvas draws comes from the catalogue (i18n/*.json through ab::i18n::tr): no
# file in web/ may pass ImGui a string literal with a letter in it, in any argument of a call
# that draws text (a label, a tooltip, a window title), except the part of an id after "##",
# which ImGui never shows. printf conversions ("%s") and escapes ("\xe2\x80\xa6") are not words.
# Run by CTest: cmake -DROOT=<repository> -P ui_literals.cmake
cmake_minimum_required(VERSION 3.20)
include("${CMAKE_CURRENT_LIST_DIR}/literal_words.cmake")
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<repository> -P ui_literals.cmake")
endif()
set(calls "Text|TextUnformatted|TextWrapped|TextDisabled|TextColored|BulletText|LabelText|Button|SmallButton|"
          "MenuItem|BeginMenu|Selectable|Checkbox|RadioButton|SetTooltip|BeginTabItem|TabItemButton|"
          "CollapsingHeader|SeparatorText|InputTextWithHint|Begin|BeginPopupModal|BeginChild|TreeNode|Combo")
string(JOIN "" calls ${calls})

file(GLOB_RECURSE web_files "${ROOT}/web/*.cpp" "${ROOT}/web/*.hpp")
list(LENGTH web_files web_count)
if(web_count EQUAL 0)
  message(FATAL_ERROR "no sources found under ${ROOT}/web")
endif()

set(failures "")
set(checked 0)
foreach(file IN LISTS web_files)
  file(READ "${file}" text)
  # A call up to the end of its statement (or a brace): its arguments, over several lines too.
  # Text drawn straight into a draw list (AddText) counts as much as a widget's label.
  string(REGEX MATCHALL "(ImGui::(${calls})|->AddText)\\([^;{}]*" found "${text}")
  foreach(call IN LISTS found)
    math(EXPR checked "${checked} + 1")
    # a catalogue key handed to i18n::tr is not a word on screen
    string(REGEX REPLACE "(tr|tr_count)\\(\"[a-z0-9_.]+\"" "tr(" call "${call}")
    string(REGEX MATCHALL "\"([^\"\\\\]|\\\\.)*\"" literals "${call}")
    foreach(literal IN LISTS literals)
      # (an identifier passed along in the same statement, "big_push", or a catalogue key chosen
      # by a condition, "mirror.live", is not a word either: literal_words.cmake)
      ab_literal_is_word("${literal}" is_word)
      if(is_word)
        file(RELATIVE_PATH where "${ROOT}" "${file}")
        string(REGEX MATCH "^[^(]+" name "${call}")
        list(APPEND failures "${where}: ${name}(... ${literal} ...)")
      endif()
    endforeach()
  endforeach()
endforeach()
if(checked EQUAL 0)
  message(FATAL_ERROR "no ImGui text calls found under ${ROOT}/web: the check would pass vacuously")
endif()
if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "words drawn from string literals; put them in i18n/en.json (es, de too) and use "
                      "i18n::tr(\"key\"):\n  ${text}")
endif()
message(STATUS "${checked} ImGui text calls in ${web_count} web files: none draws a literal word")
