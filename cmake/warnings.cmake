# Warnings travel as an INTERFACE target linked like any library.
add_library(ab_warnings INTERFACE)
target_compile_options(ab_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter)
