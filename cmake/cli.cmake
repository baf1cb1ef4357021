# The command-line tool `alignboard` (native only): the only core code that touches files.
file(GLOB AB_CLI_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/cli/*.cpp")
add_executable(alignboard ${AB_CLI_SOURCES})
target_link_libraries(alignboard PRIVATE ab_core ab_warnings)
