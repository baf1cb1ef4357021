# libFuzzer targets (native only), one per tests/fuzz/fuzz_<name>.cpp: each links to
# `fuzz_<name>` in the build tree, with its seed corpus in tests/fuzz/corpus/<name>/ and an
# optional dictionary tests/fuzz/<name>.dict (scripts/fuzz.sh finds both). Adding a target is
# adding its source file; nothing here changes. Target `fuzzer` builds them all.
#
# Two ways, so that the test command compiles the core once per sanitizer and not twice:
# - AB_FUZZ_IN_TREE=ON (scripts/test.sh's ASan tree): the whole tree is clang with
#   `-fsanitize=fuzzer-no-link,address,undefined`, so each target is a plain executable of the
#   tree linked with libFuzzer's main, reusing the core the tests use;
# - otherwise (a g++ Release tree, build/fuzz of scripts/fuzz.sh): libFuzzer needs clang while the
#   rest may be g++, so custom commands call clang++ directly: one object per source (with
#   depfiles, so edits rebuild only what changed), shared by every target, then one link each.
# AB_FUZZ=OFF leaves them out (a tree that only runs the tests).
option(AB_FUZZ "Build the libFuzzer targets" ON)
option(AB_FUZZ_IN_TREE "Fuzz targets reuse this tree's core (its flags carry fuzzer-no-link)" OFF)
if(NOT AB_FUZZ)
  return()
endif()
if(AB_FUZZ_IN_TREE)
  file(GLOB AB_FUZZ_TARGET_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp")
  add_custom_target(fuzzer ALL)
  foreach(src IN LISTS AB_FUZZ_TARGET_SOURCES)
    get_filename_component(target "${src}" NAME_WE)  # fuzz_<name>
    add_executable(${target} "${src}")
    target_link_libraries(${target} PRIVATE ab_core)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    add_dependencies(fuzzer ${target})
  endforeach()
  return()
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(AB_FUZZ_CXX "${CMAKE_CXX_COMPILER}")
else()
  find_program(AB_FUZZ_CXX NAMES clang++ clang++-16 clang++-15 clang++-14)
endif()
if(NOT AB_FUZZ_CXX)
  message(STATUS "fuzz: no clang++ found, the fuzzers are not built")
  return()
endif()

# The whole core (the paste fuzzer applies commands, which reach most of it). GNU FriBidi, a C
# library of its own, is linked as the build compiled it (uninstrumented).
file(GLOB_RECURSE AB_FUZZ_CORE RELATIVE "${PROJECT_SOURCE_DIR}" CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/*.cpp")
file(GLOB AB_FUZZ_TARGET_SOURCES RELATIVE "${PROJECT_SOURCE_DIR}" CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp")
set(AB_FUZZ_FLAGS -std=c++17 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
    -I "${PROJECT_SOURCE_DIR}/core" -isystem "${AB_DEPS_INCLUDE}"
    -isystem "${AB_FRIBIDI}/lib" -isystem "${CMAKE_BINARY_DIR}/fribidi" -DFRIBIDI_LIB_STATIC)
set(AB_FUZZ_DIR "${CMAKE_BINARY_DIR}/fuzz_objects")
file(MAKE_DIRECTORY "${AB_FUZZ_DIR}")

function(ab_fuzz_object src out_var)
  string(REPLACE "/" "_" name "${src}")
  set(obj "${AB_FUZZ_DIR}/${name}.o")
  add_custom_command(
    OUTPUT "${obj}"
    COMMAND "${AB_FUZZ_CXX}" ${AB_FUZZ_FLAGS} -MD -MF "${obj}.d" -c "${PROJECT_SOURCE_DIR}/${src}" -o "${obj}"
    DEPENDS "${PROJECT_SOURCE_DIR}/${src}"
    DEPFILE "${obj}.d"
    COMMENT "fuzz: compiling ${src}"
    VERBATIM)
  set(${out_var} "${obj}" PARENT_SCOPE)
endfunction()

set(AB_FUZZ_CORE_OBJECTS "")
foreach(src IN LISTS AB_FUZZ_CORE)
  ab_fuzz_object("${src}" obj)
  list(APPEND AB_FUZZ_CORE_OBJECTS "${obj}")
endforeach()

# The catalogues are a generated source of the i18n module (core/i18n/CMakeLists.txt), not in
# the glob above: compiled from the build tree once that module has made them.
set(AB_FUZZ_CATALOGUES "${CMAKE_BINARY_DIR}/core/i18n/catalogues.cpp")
set(obj "${AB_FUZZ_DIR}/core_i18n_catalogues.cpp.o")
add_custom_command(
  OUTPUT "${obj}"
  COMMAND "${AB_FUZZ_CXX}" ${AB_FUZZ_FLAGS} -c "${AB_FUZZ_CATALOGUES}" -o "${obj}"
  DEPENDS "${AB_FUZZ_CATALOGUES}"
  COMMENT "fuzz: compiling the embedded catalogues"
  VERBATIM)
list(APPEND AB_FUZZ_CORE_OBJECTS "${obj}")

set(AB_FUZZ_BINARIES "")
foreach(src IN LISTS AB_FUZZ_TARGET_SOURCES)
  get_filename_component(target "${src}" NAME_WE)  # fuzz_<name>
  ab_fuzz_object("${src}" obj)
  add_custom_command(
    OUTPUT "${CMAKE_BINARY_DIR}/${target}"
    COMMAND "${AB_FUZZ_CXX}" -fsanitize=fuzzer,address,undefined "${obj}" ${AB_FUZZ_CORE_OBJECTS}
            "$<TARGET_FILE:ab_fribidi>" -o "${CMAKE_BINARY_DIR}/${target}"
    DEPENDS "${obj}" ${AB_FUZZ_CORE_OBJECTS} ab_fribidi
    COMMENT "${target}: linking (libFuzzer, ASan, UBSan)"
    VERBATIM)
  list(APPEND AB_FUZZ_BINARIES "${CMAKE_BINARY_DIR}/${target}")
endforeach()
add_custom_target(fuzzer ALL DEPENDS ${AB_FUZZ_BINARIES})
add_dependencies(fuzzer ab_i18n)  # it generates the catalogues
