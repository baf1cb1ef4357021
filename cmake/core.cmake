# The plan core: plain C++17, no UI or platform code. Every .cpp directly in core/ belongs to it.
file(GLOB AB_CORE_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/*.cpp")
add_library(ab_core STATIC ${AB_CORE_SOURCES})
target_include_directories(ab_core PUBLIC "${PROJECT_SOURCE_DIR}/core")
target_link_libraries(ab_core PUBLIC ab_deps PRIVATE ab_warnings)
if(EMSCRIPTEN)
  # Exceptions stay off in the app: the core never throws through its API (non-throwing parse).
  target_compile_options(ab_core PRIVATE -fno-exceptions)
endif()
