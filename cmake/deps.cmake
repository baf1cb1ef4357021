# nlohmann_json and Catch2 come from Debian's packages. emcc must never see /usr/include, so
# scripts/setup.sh copies just these headers into third_party/include and both builds use that.
set(AB_DEPS_INCLUDE "${AB_THIRD_PARTY}/include")
if(NOT EXISTS "${AB_DEPS_INCLUDE}/nlohmann/json.hpp")
  message(FATAL_ERROR "nlohmann/json.hpp not found in ${AB_DEPS_INCLUDE}: run scripts/setup.sh first")
endif()
add_library(ab_deps INTERFACE)
target_include_directories(ab_deps SYSTEM INTERFACE "${AB_DEPS_INCLUDE}")

# GNU FriBidi (Debian's source package, fetched by scripts/setup.sh): the Unicode bidirectional
# algorithm and Arabic joining for core/format/bidi.cpp. Its tarball carries the generated Unicode
# tables; only fribidi-config.h is made here. Built the same way for native and WASM.
set(AB_FRIBIDI "${AB_THIRD_PARTY}/fribidi")
if(NOT EXISTS "${AB_FRIBIDI}/lib/fribidi.h")
  message(FATAL_ERROR "GNU FriBidi not found in ${AB_FRIBIDI}: run scripts/setup.sh first")
endif()
file(STRINGS "${AB_FRIBIDI}/meson.build" ab_fribidi_version_line REGEX "version *: *'[0-9.]+'")
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" FRIBIDI_VERSION "${ab_fribidi_version_line}")
string(REPLACE "." ";" ab_fribidi_parts "${FRIBIDI_VERSION}")
list(GET ab_fribidi_parts 0 FRIBIDI_MAJOR_VERSION)
list(GET ab_fribidi_parts 1 FRIBIDI_MINOR_VERSION)
list(GET ab_fribidi_parts 2 FRIBIDI_MICRO_VERSION)
set(PACKAGE fribidi)
set(PACKAGE_NAME "GNU FriBidi")
set(PACKAGE_BUGREPORT "https://github.com/fribidi/fribidi/issues/new")
set(FRIBIDI_INTERFACE_VERSION 4)
set(SIZEOF_INT 4)
set(FRIBIDI_MSVC_BUILD_PLACEHOLDER "#undef FRIBIDI_BUILT_WITH_MSVC")
configure_file("${AB_FRIBIDI}/lib/fribidi-config.h.in" "${CMAKE_BINARY_DIR}/fribidi/fribidi-config.h" @ONLY)
file(GLOB ab_fribidi_sources "${AB_FRIBIDI}/lib/fribidi*.c")
add_library(ab_fribidi STATIC ${ab_fribidi_sources})
target_include_directories(ab_fribidi SYSTEM PUBLIC "${AB_FRIBIDI}/lib" "${CMAKE_BINARY_DIR}/fribidi")
target_compile_definitions(ab_fribidi PUBLIC FRIBIDI_LIB_STATIC
                           PRIVATE HAVE_STDLIB_H=1 HAVE_STRING_H=1 HAVE_MEMSET=1 HAVE_MEMMOVE=1 HAVE_STRINGIZE=1)
target_compile_options(ab_fribidi PRIVATE -w)
