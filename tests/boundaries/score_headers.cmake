# The score's internals stay inside the core: no file in web/ may include a scoring internal
# header (everything under core/score/ but its faces: score.hpp, explain.hpp and fixes.hpp, where a
# finding is fixed), neither directly nor through the
# core headers it includes (document.hpp once held the live score by value, and so compiled the
# engine into every web file). Run by CTest: cmake -DROOT=<repository> -P score_headers.cmake
cmake_minimum_required(VERSION 3.20)
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<repository> -P score_headers.cmake")
endif()
set(CORE "${ROOT}/core")

# The internal headers: found, not listed, so a new one is covered the day it is added.
file(GLOB_RECURSE internal RELATIVE "${CORE}" "${CORE}/score/*.hpp")
list(REMOVE_ITEM internal "score/score.hpp" "score/advice/explain.hpp" "score/advice/fixes.hpp")
list(LENGTH internal internal_count)
if(internal_count EQUAL 0)
  message(FATAL_ERROR "no scoring headers found under ${CORE}/score: the check would pass vacuously")
endif()

# `#include "x"` is looked up beside the including file, then from web/ and core/ (the include
# roots: web files name each other by their path from web/, "board/view.hpp").
function(resolve from name out)
  get_filename_component(dir "${from}" DIRECTORY)
  set(${out} "" PARENT_SCOPE)
  foreach(base "${dir}" "${ROOT}/web" "${CORE}")
    if(EXISTS "${base}/${name}")
      get_filename_component(path "${base}/${name}" REALPATH)
      set(${out} "${path}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
endfunction()

file(GLOB_RECURSE web_files "${ROOT}/web/*.cpp" "${ROOT}/web/*.hpp" "${ROOT}/web/*.h")
list(LENGTH web_files web_count)
if(web_count EQUAL 0)
  message(FATAL_ERROR "no sources found under ${ROOT}/web")
endif()

set(failures "")
foreach(start IN LISTS web_files)
  # Depth-first over quoted includes; `via` keeps how each file was reached, for the message.
  set(todo "${start}")
  set(seen "")
  while(todo)
    list(POP_FRONT todo file)
    if(file IN_LIST seen)
      continue()
    endif()
    list(APPEND seen "${file}")
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" name "${line}")
      resolve("${file}" "${name}" path)
      if(NOT path)
        continue()  # a third-party header (imgui, nlohmann): outside this check
      endif()
      file(RELATIVE_PATH rel "${CORE}" "${path}")
      if(rel IN_LIST internal)
        file(RELATIVE_PATH from "${ROOT}" "${file}")
        file(RELATIVE_PATH where "${ROOT}" "${start}")
        list(APPEND failures "${where}: reaches core/${rel} (included by ${from})")
      endif()
      list(APPEND todo "${path}")
    endforeach()
  endwhile()
endforeach()

if(failures)
  list(REMOVE_DUPLICATES failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "web/ includes scoring internals; use score/score.hpp (or a core module's "
                      "public header that does):\n  ${text}")
endif()
message(STATUS "${web_count} web files checked: none reaches the ${internal_count} scoring internals")
