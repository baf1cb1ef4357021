# Every key the code asks for is in the English catalogue (the fallback of every language), so no
# screen shows a raw key: C++ i18n::tr("key") / tr_count("key", ...) in core/ and web/, and the
# page's JavaScript t('key') / tn('key', ...) (web/i18n/i18n.js). Keys built at run time
# ("kind." + name) are checked by the core tests instead (tests/core/i18n).
# Run by CTest: cmake -DROOT=<repository> -P i18n_keys.cmake
cmake_minimum_required(VERSION 3.20)
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<repository> -P i18n_keys.cmake")
endif()
file(READ "${ROOT}/i18n/en.json" english)
file(GLOB_RECURSE sources "${ROOT}/core/*.cpp" "${ROOT}/core/*.hpp" "${ROOT}/web/*.cpp" "${ROOT}/web/*.hpp"
     "${ROOT}/web/*.js")
set(failures "")
set(used 0)
foreach(file IN LISTS sources)
  file(READ "${file}" text)
  # A whole key: the literal is the argument, or the first of several (tr("a.b", {...})); a
  # key built at run time ("date.month_" + m) is the core tests' to check.
  string(REGEX MATCHALL "[^A-Za-z_](tr|tr_count|tr_id|t|tn)\\([\"'][a-z0-9_.]+[\"'][,)]" calls "${text}")
  foreach(call IN LISTS calls)
    string(REGEX REPLACE ".*\\([\"']([a-z0-9_.]+)[\"'][,)]$" "\\1" key "${call}")
    math(EXPR used "${used} + 1")
    string(FIND "${english}" "\"${key}\":" at)
    if(at EQUAL -1)
      file(RELATIVE_PATH where "${ROOT}" "${file}")
      list(APPEND failures "${where}: ${key}")
    endif()
  endforeach()
endforeach()
if(used LESS 20)
  message(FATAL_ERROR "only ${used} catalogue keys found in the sources: the check would pass vacuously")
endif()
if(failures)
  list(REMOVE_DUPLICATES failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "keys missing from i18n/en.json:\n  ${text}")
endif()
message(STATUS "${used} uses of catalogue keys: all in i18n/en.json")
