// Catch2's runner for the core tests, native and WASM alike.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
