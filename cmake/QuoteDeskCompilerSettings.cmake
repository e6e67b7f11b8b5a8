# SPDX-License-Identifier: GPL-3.0-or-later
# Compile settings every QuoteDesk target shares: strict warnings, the Qt defines that keep
# string and URL conversions explicit, the sanitizers of a sanitizer build and the linker.

# One INTERFACE target carries them. Every library of lib/ links it PUBLIC, so every library,
# program and test built on the core gets the same settings; a target that links no part of
# the core links quotedesk_settings itself.
add_library(quotedesk_settings INTERFACE)
target_compile_options(quotedesk_settings INTERFACE -Wall -Wextra -Wpedantic)
if(QUOTEDESK_WERROR)
    target_compile_options(quotedesk_settings INTERFACE -Werror)
endif()

target_compile_definitions(quotedesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)

if(QUOTEDESK_SANITIZE)
    target_compile_options(quotedesk_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(quotedesk_settings INTERFACE -fsanitize=address,undefined)
endif()

# mold links the eighty-odd test executables in a fraction of the time GNU ld takes; used
# when it is installed (packaging/install-deps.sh installs it), else the default linker.
option(QUOTEDESK_USE_MOLD "Link with mold when it is installed" ON)
if(QUOTEDESK_USE_MOLD)
    find_program(QUOTEDESK_MOLD_EXECUTABLE mold)
    if(QUOTEDESK_MOLD_EXECUTABLE)
        include(CheckLinkerFlag)
        check_linker_flag(CXX -fuse-ld=mold QUOTEDESK_LINKER_HAS_MOLD)
        if(QUOTEDESK_LINKER_HAS_MOLD)
            target_link_options(quotedesk_settings INTERFACE -fuse-ld=mold)
        endif()
    endif()
endif()

# The version, defined once: quotedesk_version.h (QUOTEDESK_VERSION), generated from
# cmake/quotedesk_version.h.in into the build folder, for the targets that link
# quotedesk_version.
configure_file(${CMAKE_CURRENT_LIST_DIR}/quotedesk_version.h.in
    ${PROJECT_BINARY_DIR}/generated/quotedesk_version.h @ONLY)
add_library(quotedesk_version INTERFACE)
target_include_directories(quotedesk_version INTERFACE ${PROJECT_BINARY_DIR}/generated)

# What a test runs with, wherever it is started from (ctest with or without a preset, by hand
# from an IDE): offscreen, and in a sanitizer build stopping at the first error, without the
# leaks of system libraries listed in tests/lsan.supp.
set(QUOTEDESK_TEST_ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
if(QUOTEDESK_SANITIZE)
    list(APPEND QUOTEDESK_TEST_ENVIRONMENT
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
        "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/../tests/lsan.supp")
endif()

# quotedesk_add_test(<name> SOURCES <files…> [LIBRARIES <targets…>] [LABELS <labels…>])
# One QtTest executable per tested class; every test links the core library and the test
# support library, runs offscreen and with QStandardPaths in test mode.
function(quotedesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE quotedesk_testsupport quotedesk_core Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${QUOTEDESK_TEST_ENVIRONMENT};QUOTEDESK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
        TIMEOUT 600)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
