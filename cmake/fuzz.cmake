# The fuzzers (native only): fuzz_reader (the plan reader) and fuzz_export (the exporters).
# libFuzzer needs clang while the rest of the build may use g++, so they are built by custom
# commands calling clang++ directly: one object per source (with depfiles, so edits rebuild only
# what changed), then a link per target. Part of ALL when clang++ exists; scripts/fuzz.sh builds
# and runs fuzz_reader.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(AB_FUZZ_CXX "${CMAKE_CXX_COMPILER}")
else()
  find_program(AB_FUZZ_CXX NAMES clang++ clang++-16 clang++-15 clang++-14)
endif()
if(NOT AB_FUZZ_CXX)
  message(STATUS "fuzz: no clang++ found, the fuzzers are not built")
  return()
endif()

# Only what the reader and writer need: the fuzzer must not break when unrelated core code does.
set(AB_FUZZ_READER_CORE
    core/plan.cpp core/plan_index.cpp core/json_ordered.cpp core/json_scan.cpp core/json_text.cpp
    core/json_fields.cpp
    core/plan_read.cpp core/plan_read_items.cpp core/plan_read_links.cpp core/plan_write.cpp)
# fuzz_export adds the score engine and the exporters.
file(GLOB AB_FUZZ_EXPORT_CORE RELATIVE "${PROJECT_SOURCE_DIR}" CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/core/score*.cpp" "${PROJECT_SOURCE_DIR}/core/export*.cpp"
     "${PROJECT_SOURCE_DIR}/core/markdown*.cpp")
set(AB_FUZZ_SOURCES ${AB_FUZZ_READER_CORE} ${AB_FUZZ_EXPORT_CORE} tests/fuzz/fuzz_reader.cpp tests/fuzz/fuzz_export.cpp)
set(AB_FUZZ_FLAGS -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
    -I "${PROJECT_SOURCE_DIR}/core" -isystem "${AB_DEPS_INCLUDE}")
set(AB_FUZZ_DIR "${CMAKE_BINARY_DIR}/fuzz_objects")
file(MAKE_DIRECTORY "${AB_FUZZ_DIR}")

foreach(src IN LISTS AB_FUZZ_SOURCES)
  get_filename_component(name "${src}" NAME_WE)
  set(obj "${AB_FUZZ_DIR}/${name}.o")
  add_custom_command(
    OUTPUT "${obj}"
    COMMAND "${AB_FUZZ_CXX}" ${AB_FUZZ_FLAGS} -MD -MF "${obj}.d" -c "${PROJECT_SOURCE_DIR}/${src}" -o "${obj}"
    DEPENDS "${PROJECT_SOURCE_DIR}/${src}"
    DEPFILE "${obj}.d"
    COMMENT "fuzz: compiling ${src}"
    VERBATIM)
endforeach()

# One libFuzzer binary per target, from the objects of the core sources it needs.
function(ab_fuzz_target target)
  set(objects "")
  foreach(src IN LISTS ARGN)
    get_filename_component(name "${src}" NAME_WE)
    list(APPEND objects "${AB_FUZZ_DIR}/${name}.o")
  endforeach()
  add_custom_command(
    OUTPUT "${CMAKE_BINARY_DIR}/${target}"
    COMMAND "${AB_FUZZ_CXX}" -fsanitize=fuzzer,address,undefined ${objects} -o "${CMAKE_BINARY_DIR}/${target}"
    DEPENDS ${objects}
    COMMENT "${target}: linking (libFuzzer, ASan, UBSan)"
    VERBATIM)
endfunction()
ab_fuzz_target(fuzz_reader ${AB_FUZZ_READER_CORE} tests/fuzz/fuzz_reader.cpp)
ab_fuzz_target(fuzz_export ${AB_FUZZ_READER_CORE} ${AB_FUZZ_EXPORT_CORE} tests/fuzz/fuzz_export.cpp)
add_custom_target(fuzzer ALL DEPENDS "${CMAKE_BINARY_DIR}/fuzz_reader" "${CMAKE_BINARY_DIR}/fuzz_export")
