# The plan reader's fuzzer (native only). libFuzzer needs clang while the rest of the build may
# use g++, so it is built by custom commands calling clang++ directly: one object per source (with
# depfiles, so edits rebuild only what changed), then a link. Part of ALL when clang++ exists;
# scripts/fuzz.sh builds and runs it.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(AB_FUZZ_CXX "${CMAKE_CXX_COMPILER}")
else()
  find_program(AB_FUZZ_CXX NAMES clang++ clang++-16 clang++-15 clang++-14)
endif()
if(NOT AB_FUZZ_CXX)
  message(STATUS "fuzz_reader: no clang++ found, the fuzzer is not built")
  return()
endif()

# Only what the reader and writer need: the fuzzer must not break when unrelated core code does.
set(AB_FUZZ_SOURCES
    core/model/plan.cpp core/model/index.cpp core/io/json/ordered.cpp core/io/json/scan.cpp
    core/io/json/text.cpp core/io/json_fields.cpp
    core/io/read.cpp core/io/read_items.cpp core/io/read_links.cpp core/io/write.cpp
    tests/fuzz/fuzz_reader.cpp)
set(AB_FUZZ_FLAGS -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
    -I "${PROJECT_SOURCE_DIR}/core" -isystem "${AB_DEPS_INCLUDE}")
set(AB_FUZZ_DIR "${CMAKE_BINARY_DIR}/fuzz_objects")
file(MAKE_DIRECTORY "${AB_FUZZ_DIR}")

set(AB_FUZZ_OBJECTS "")
foreach(src IN LISTS AB_FUZZ_SOURCES)
  get_filename_component(name "${src}" NAME_WE)
  set(obj "${AB_FUZZ_DIR}/${name}.o")
  add_custom_command(
    OUTPUT "${obj}"
    COMMAND "${AB_FUZZ_CXX}" ${AB_FUZZ_FLAGS} -MD -MF "${obj}.d" -c "${PROJECT_SOURCE_DIR}/${src}" -o "${obj}"
    DEPENDS "${PROJECT_SOURCE_DIR}/${src}"
    DEPFILE "${obj}.d"
    COMMENT "fuzz_reader: compiling ${src}"
    VERBATIM)
  list(APPEND AB_FUZZ_OBJECTS "${obj}")
endforeach()

add_custom_command(
  OUTPUT "${CMAKE_BINARY_DIR}/fuzz_reader"
  COMMAND "${AB_FUZZ_CXX}" -fsanitize=fuzzer,address,undefined ${AB_FUZZ_OBJECTS} -o "${CMAKE_BINARY_DIR}/fuzz_reader"
  DEPENDS ${AB_FUZZ_OBJECTS}
  COMMENT "fuzz_reader: linking (libFuzzer, ASan, UBSan)"
  VERBATIM)
add_custom_target(fuzzer ALL DEPENDS "${CMAKE_BINARY_DIR}/fuzz_reader")
