# Core tests (Catch2 v2, single header): natively through CTest, and the very same sources built
# with emcc and run under node, so the WASM core is known to compute what the native one does.
# One folder of tests per core module (tests/core/<module>/), each case tagged with its module
# ("[score]"), so `core_tests "[io]"` runs one module's tests.
file(GLOB_RECURSE AB_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/core/*.cpp")
add_executable(core_tests ${AB_TEST_SOURCES})
# The test files are compiled a dozen to a translation unit: each includes Catch2's single
# header, whose parsing was most of their compile time (about 3.5 times faster in every tree).
# Their file-local helpers therefore carry names of their own. main.cpp stays alone: it compiles
# Catch2's implementation, which the header holds back once another file included it.
option(AB_TEST_UNITY "Compile the core test files in batches (unity build)" ON)
set_target_properties(core_tests PROPERTIES UNITY_BUILD ${AB_TEST_UNITY} UNITY_BUILD_BATCH_SIZE 12)
set_source_files_properties("${PROJECT_SOURCE_DIR}/tests/core/main.cpp" PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
target_include_directories(core_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/core")
target_link_libraries(core_tests PRIVATE ab_core ab_warnings)
target_compile_definitions(core_tests PRIVATE AB_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
                                              AB_ASSETS="${PROJECT_SOURCE_DIR}/assets")
# Extra options for the test files alone (scripts/test.sh's ASan tree compiles them at -O0).
set(AB_TEST_COMPILE_OPTIONS "" CACHE STRING "Compile options added to the core test files only")
target_compile_options(core_tests PRIVATE ${AB_TEST_COMPILE_OPTIONS})

file(GLOB AB_BENCH_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/bench/*.cpp")
add_executable(core_bench ${AB_BENCH_SOURCES})
target_link_libraries(core_bench PRIVATE ab_core ab_warnings)

if(EMSCRIPTEN)
  # Test data is read through node's file system (NODERAWFS), so paths match the native run.
  # Exceptions are on for the test runner only (Catch2 needs them); the core itself is built
  # without them, as in the app.
  target_compile_options(core_tests PRIVATE -fexceptions)
  target_link_options(core_tests PRIVATE -fexceptions -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1
                      -sENVIRONMENT=node -sEXIT_RUNTIME=1 -sTOTAL_STACK=1048576)
  target_link_options(core_bench PRIVATE -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node
                      -sEXIT_RUNTIME=1)
  set(AB_NODE node --no-experimental-fetch)
  add_test(NAME core_tests_wasm COMMAND ${AB_NODE} $<TARGET_FILE:core_tests> --use-colour no)
else()
  # The picture tests read the SVG with a real XML parser (Debian's libexpat1-dev); only the test
  # runner links it, never the core (tests/core/export/test_svg.cpp).
  find_package(EXPAT)
  if(EXPAT_FOUND)
    target_link_libraries(core_tests PRIVATE EXPAT::EXPAT)
    target_compile_definitions(core_tests PRIVATE AB_TEST_EXPAT=1)
  else()
    message(WARNING "libexpat1-dev not found: the SVG parsing tests are left out")
  endif()
  list(APPEND CMAKE_MODULE_PATH "/usr/lib/cmake/Catch2")
  include(Catch)
  catch_discover_tests(core_tests)
  # The web app sees the score through score/score.hpp only (tests/boundaries/score_headers.cmake).
  add_test(NAME web_score_header_boundary
           COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/tests/boundaries/score_headers.cmake)
  # Words on screen come from the catalogue (tests/boundaries/ui_literals.cmake), so do the
  # messages, read-only reasons, notices and errors the app gives (notice_literals.cmake), and every
  # key the code uses is in it (tests/boundaries/i18n_keys.cmake).
  add_test(NAME web_ui_literal_boundary
           COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/tests/boundaries/ui_literals.cmake)
  add_test(NAME web_notice_literal_boundary
           COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/tests/boundaries/notice_literals.cmake)
  add_test(NAME i18n_keys_in_catalogue
           COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/tests/boundaries/i18n_keys.cmake)
endif()
if(EMSCRIPTEN)
  # emcc's optimizer needs Debian's acorn at link time, whether or not the caller set NODE_PATH.
  set_property(TARGET core_tests core_bench PROPERTY RULE_LAUNCH_LINK "${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs")
endif()
