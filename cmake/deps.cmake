# nlohmann_json and Catch2 come from Debian's packages. emcc must never see /usr/include, so
# scripts/setup.sh copies just these headers into third_party/include and both builds use that.
set(AB_DEPS_INCLUDE "${AB_THIRD_PARTY}/include")
if(NOT EXISTS "${AB_DEPS_INCLUDE}/nlohmann/json.hpp")
  message(FATAL_ERROR "nlohmann/json.hpp not found in ${AB_DEPS_INCLUDE}: run scripts/setup.sh first")
endif()
add_library(ab_deps INTERFACE)
target_include_directories(ab_deps SYSTEM INTERFACE "${AB_DEPS_INCLUDE}")
