# The browser app (wasm tree only): Dear ImGui on WebGL2 with our own platform layer (web/),
# linked into build/web/ next to index.html (from shell.html), subset fonts and the sample plan:
# a folder any static web server can serve as it is.
# A cache variable, so a second build tree can write its own page (-DAB_WEB_OUT=...).
set(AB_WEB_OUT "${PROJECT_SOURCE_DIR}/build/web" CACHE PATH "Folder the web app is written to")
set(AB_IMGUI "${AB_THIRD_PARTY}/imgui")
if(NOT EXISTS "${AB_IMGUI}/imgui.h")
  message(FATAL_ERROR "Dear ImGui not found in ${AB_IMGUI}: run scripts/setup.sh first")
endif()
find_program(AB_PYFTSUBSET pyftsubset)
if(NOT AB_PYFTSUBSET)
  message(FATAL_ERROR "pyftsubset (Debian package fonttools) not found: run scripts/setup.sh first")
endif()
set(AB_FONT_INTER "/usr/share/fonts/opentype/inter")
set(AB_FONT_ICONS "/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf")
foreach(font "${AB_FONT_INTER}/Inter-Regular.otf" "${AB_FONT_INTER}/Inter-SemiBold.otf" "${AB_FONT_ICONS}")
  if(NOT EXISTS "${font}")
    message(FATAL_ERROR "${font} not found (Debian packages fonts-inter, fonts-fork-awesome): run scripts/setup.sh first")
  endif()
endforeach()

# ---- Dear ImGui, compiled once -------------------------------------------------------------
add_library(ab_imgui STATIC
  "${AB_IMGUI}/imgui.cpp" "${AB_IMGUI}/imgui_draw.cpp" "${AB_IMGUI}/imgui_tables.cpp"
  "${AB_IMGUI}/imgui_widgets.cpp" "${AB_IMGUI}/backends/imgui_impl_opengl3.cpp"
  # InputText on a std::string (grows the string as the user types).
  "${AB_IMGUI}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(ab_imgui SYSTEM PUBLIC "${AB_IMGUI}" "${AB_IMGUI}/backends" "${AB_IMGUI}/misc/cpp")
# No files in the browser; WebGL2 = GL ES 3; debug windows are not part of the product.
target_compile_definitions(ab_imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_DEBUG_TOOLS
                           IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_IMPL_OPENGL_ES3)
target_compile_options(ab_imgui PRIVATE -Os -fno-exceptions)

# ---- Fonts: subset at build time to the glyphs the app uses (never committed) -------------
# Text glyph ranges: one list for both the subset files and the atlas (fonts.cpp).
set(AB_TEXT_RANGES 0020-007E 00A0-017F 2010-2027 2030-203A 20AC-20AC 2122-2122 2190-2195
                   2212-2212 2248-2248 2260-2265)
set(AB_TEXT_UNICODES "")
set(AB_TEXT_GLYPH_RANGES "")
foreach(range ${AB_TEXT_RANGES})
  string(REPLACE "-" ";" ends "${range}")
  list(GET ends 0 lo)
  list(GET ends 1 hi)
  list(APPEND AB_TEXT_UNICODES "U+${lo}-${hi}")
  list(APPEND AB_TEXT_GLYPH_RANGES "0x${lo}" "0x${hi}")
endforeach()
string(REPLACE ";" "," AB_TEXT_UNICODES "${AB_TEXT_UNICODES}")
string(REPLACE ";" "," AB_TEXT_GLYPH_RANGES "${AB_TEXT_GLYPH_RANGES}")
# Icons: every `U+F...` named in web/icons.hpp (re-read when that file changes).
set(AB_ICONS_HEADER "${PROJECT_SOURCE_DIR}/web/icons.hpp")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${AB_ICONS_HEADER}")
file(READ "${AB_ICONS_HEADER}" icons_text)
string(REGEX MATCHALL "U\\+F[0-9A-F][0-9A-F][0-9A-F]" AB_ICON_UNICODES "${icons_text}")
list(REMOVE_DUPLICATES AB_ICON_UNICODES)
string(REPLACE ";" "," AB_ICON_UNICODES "${AB_ICON_UNICODES}")

set(AB_SUBSET_FLAGS --layout-features= --no-hinting --drop-tables+=GSUB,GPOS,GDEF,DSIG,STAT,FFTM)
set(AB_WEB_ASSETS "")
function(ab_subset_font src out unicodes)
  add_custom_command(OUTPUT "${AB_WEB_OUT}/fonts/${out}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${AB_WEB_OUT}/fonts"
    COMMAND "${AB_PYFTSUBSET}" "${src}" "--unicodes=${unicodes}" ${AB_SUBSET_FLAGS}
            "--output-file=${AB_WEB_OUT}/fonts/${out}"
    DEPENDS "${src}" "${PROJECT_SOURCE_DIR}/cmake/web.cmake"
    COMMENT "Subsetting ${out}" VERBATIM)
  set(AB_WEB_ASSETS ${AB_WEB_ASSETS} "${AB_WEB_OUT}/fonts/${out}" PARENT_SCOPE)
endfunction()
ab_subset_font("${AB_FONT_INTER}/Inter-Regular.otf" inter-regular.otf "${AB_TEXT_UNICODES}")
ab_subset_font("${AB_FONT_INTER}/Inter-SemiBold.otf" inter-semibold.otf "${AB_TEXT_UNICODES}")
ab_subset_font("${AB_FONT_ICONS}" icons.ttf "${AB_ICON_UNICODES}")

# ---- The page and the sample plan ----------------------------------------------------------
function(ab_copy_asset src out)
  add_custom_command(OUTPUT "${AB_WEB_OUT}/${out}"
    # Remove first: a read-only copy (the sample plan is read-only) cannot be overwritten.
    COMMAND "${CMAKE_COMMAND}" -E rm -f "${AB_WEB_OUT}/${out}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${src}" "${AB_WEB_OUT}/${out}"
    DEPENDS "${src}" COMMENT "Copying ${out}" VERBATIM)
  set(AB_WEB_ASSETS ${AB_WEB_ASSETS} "${AB_WEB_OUT}/${out}" PARENT_SCOPE)
endfunction()
ab_copy_asset("${PROJECT_SOURCE_DIR}/shell.html" index.html)
ab_copy_asset("${PROJECT_SOURCE_DIR}/web/favicon.svg" favicon.svg)
ab_copy_asset("${PROJECT_SOURCE_DIR}/assets/selma.json" plans/selma.json)
# The templates of the Plans window (index.json lists them).
file(GLOB AB_TEMPLATES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/templates/*.json")
foreach(template ${AB_TEMPLATES})
  get_filename_component(template_name "${template}" NAME)
  ab_copy_asset("${template}" "plans/templates/${template_name}")
endforeach()
# ---- Precompressed copies (.br, .gz) of the fonts, served by scripts/serve.mjs ---------------
# Debian's brotli (best quality) and gzip -9 -n (no name or time: the same bytes every build).
find_program(AB_BROTLI brotli)
find_program(AB_GZIP gzip)
if(NOT AB_BROTLI OR NOT AB_GZIP)
  message(FATAL_ERROR "brotli or gzip (Debian packages brotli, gzip) not found: run scripts/setup.sh first")
endif()
set(AB_WEB_FONTS ${AB_WEB_ASSETS})
list(FILTER AB_WEB_FONTS INCLUDE REGEX "/fonts/[^/]+$")
foreach(font_file ${AB_WEB_FONTS})
  get_filename_component(font_name "${font_file}" NAME)
  add_custom_command(OUTPUT "${font_file}.br" "${font_file}.gz"
    COMMAND "${AB_BROTLI}" -f -q 11 -o "${font_file}.br" "${font_file}"
    COMMAND "${AB_GZIP}" -9 -n -k -f "${font_file}"
    # Both tools give the copy the font's time (brotli to the second only): mark it as new.
    COMMAND "${CMAKE_COMMAND}" -E touch_nocreate "${font_file}.br" "${font_file}.gz"
    DEPENDS "${font_file}" COMMENT "Compressing ${font_name}" VERBATIM)
  list(APPEND AB_WEB_ASSETS "${font_file}.br" "${font_file}.gz")
endforeach()
add_custom_target(alignboard_web_assets DEPENDS ${AB_WEB_ASSETS})

# ---- The app --------------------------------------------------------------------------------
file(GLOB AB_WEB_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/web/*.cpp")
set(AB_WEB_JS_LIBS "${PROJECT_SOURCE_DIR}/web/platform.js" "${PROJECT_SOURCE_DIR}/web/bridge.js"
                   "${PROJECT_SOURCE_DIR}/web/store_lib.js")
# In this order: capped_read.js first (pre.js fetches with it at once), then pre.js (store.js and
# embed.js read what it set up), the helpers the last two use (store.js keeps its records and
# journals through store_records.js and store_journal.js), and the two.
set(AB_WEB_PRE_JS "${PROJECT_SOURCE_DIR}/web/capped_read.js" "${PROJECT_SOURCE_DIR}/web/pre.js"
                  "${PROJECT_SOURCE_DIR}/web/wasm_text.js" "${PROJECT_SOURCE_DIR}/web/share_link.js"
                  "${PROJECT_SOURCE_DIR}/web/embed_access.js" "${PROJECT_SOURCE_DIR}/web/store_records.js"
                  "${PROJECT_SOURCE_DIR}/web/store_journal.js" "${PROJECT_SOURCE_DIR}/web/store.js"
                  "${PROJECT_SOURCE_DIR}/web/embed.js")
set(AB_WEB_PRE_JS_FLAGS "")
foreach(pre_js ${AB_WEB_PRE_JS})
  list(APPEND AB_WEB_PRE_JS_FLAGS "SHELL:--pre-js ${pre_js}")
endforeach()
add_executable(alignboard_web ${AB_WEB_SOURCES})
add_dependencies(alignboard_web alignboard_web_assets)
set_target_properties(alignboard_web PROPERTIES
  OUTPUT_NAME alignboard SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${AB_WEB_OUT}"
  # emcc's JS optimizer needs Debian's acorn, which node finds only through NODE_PATH: set it
  # on the link itself, so the build works whatever the caller's environment holds.
  RULE_LAUNCH_LINK "${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs"
  LINK_DEPENDS "${AB_WEB_JS_LIBS};${AB_WEB_PRE_JS};${PROJECT_SOURCE_DIR}/web/mount.js")
target_link_libraries(alignboard_web PRIVATE ab_core ab_imgui ab_warnings)
target_compile_definitions(alignboard_web PRIVATE "AB_TEXT_GLYPH_RANGES=${AB_TEXT_GLYPH_RANGES}")
target_compile_options(alignboard_web PRIVATE -Os -fno-exceptions)
# A .js output (not .html): index.html is our shell copied as is, with no script emcc injects.
target_link_options(alignboard_web PRIVATE
  -Os -fno-exceptions
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sENVIRONMENT=web
  -sDYNAMIC_EXECUTION=0 -sMINIFY_HTML=0
  # One factory per instance (web/mount.js calls it for each element it mounts into): the app
  # page and any number of embeds on a host page run the same two files.
  -sMODULARIZE=1 -sEXPORT_NAME=AlignboardModule
  "SHELL:--extern-post-js ${PROJECT_SOURCE_DIR}/web/mount.js"
  # One --pre-js each, in AB_WEB_PRE_JS's order.
  ${AB_WEB_PRE_JS_FLAGS}
  "SHELL:--js-library ${PROJECT_SOURCE_DIR}/web/platform.js"
  "SHELL:--js-library ${PROJECT_SOURCE_DIR}/web/bridge.js"
  "SHELL:--js-library ${PROJECT_SOURCE_DIR}/web/store_lib.js")
# The linked .wasm and .js, compressed right after every link (.br and .gz beside them).
add_custom_command(TARGET alignboard_web POST_BUILD
  COMMAND "${AB_BROTLI}" -f -q 11 -o "${AB_WEB_OUT}/alignboard.wasm.br" "${AB_WEB_OUT}/alignboard.wasm"
  COMMAND "${AB_BROTLI}" -f -q 11 -o "${AB_WEB_OUT}/alignboard.js.br" "${AB_WEB_OUT}/alignboard.js"
  COMMAND "${AB_GZIP}" -9 -n -k -f "${AB_WEB_OUT}/alignboard.wasm" "${AB_WEB_OUT}/alignboard.js"
  COMMAND "${CMAKE_COMMAND}" -E touch_nocreate "${AB_WEB_OUT}/alignboard.wasm.br" "${AB_WEB_OUT}/alignboard.wasm.gz"
          "${AB_WEB_OUT}/alignboard.js.br" "${AB_WEB_OUT}/alignboard.js.gz"
  COMMENT "Compressing alignboard.wasm and alignboard.js (.br, .gz)" VERBATIM)
