# The command-line tool `alignboard` (native only): the only core code that touches files.
file(GLOB AB_CLI_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/cli/*.cpp")
add_executable(alignboard ${AB_CLI_SOURCES})
target_link_libraries(alignboard PRIVATE ab_core ab_warnings)

# The tool as users run it: each case of tests/cli/cli_test.cmake is one CTest test.
foreach(case help usage validate read_errors fmt score export_md export_csv)
  add_test(NAME cli_${case}
           COMMAND ${CMAKE_COMMAND} -DALIGNBOARD=$<TARGET_FILE:alignboard>
                   -DDATA=${PROJECT_SOURCE_DIR}/tests/data -DCLI_DATA=${PROJECT_SOURCE_DIR}/tests/cli/data
                   -DWORK=${CMAKE_CURRENT_BINARY_DIR}/cli_test/${case} -DCASE=${case}
                   -P ${PROJECT_SOURCE_DIR}/tests/cli/cli_test.cmake)
  set_tests_properties(cli_${case} PROPERTIES LABELS cli)
endforeach()
