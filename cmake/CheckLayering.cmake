# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25)
# cmake -DLIB_DIR=<lib/> -DAPP_DIR=<app/> -DLAYERING=<lib-layering.txt> -P CheckLayering.cmake
# Fails when a source of a folder of lib/ includes a header of a folder whose library it does
# not link (lib-layering.txt, written by lib/CMakeLists.txt, lists what each folder may use),
# and when a source outside lib/store reaches past Library into its SQL: Qt SQL headers or
# the store's SQLite files (store/sql*.h).
file(STRINGS "${LAYERING}" rules)
set(folders "")
foreach(rule IN LISTS rules)
    string(REGEX REPLACE "=.*" "" folder "${rule}")
    list(APPEND folders ${folder})
endforeach()
list(JOIN folders "|" folder_pattern)

set(violations "")
foreach(rule IN LISTS rules)
    string(REGEX REPLACE "=.*" "" folder "${rule}")
    string(REGEX REPLACE "^[^=]*=" "" allowed "${rule}")
    string(REPLACE "," ";" allowed "${allowed}")
    list(APPEND allowed ${folder})
    file(GLOB sources "${LIB_DIR}/${folder}/*.cpp" "${LIB_DIR}/${folder}/*.h")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^#include \"(${folder_pattern})/")
        foreach(include IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z]+)/.*" "\\1" used "${include}")
            if(NOT used IN_LIST allowed)
                file(RELATIVE_PATH name "${LIB_DIR}/.." "${source}")
                string(APPEND violations "  ${name}: ${include} (quotedesk_${folder} does not link quotedesk_${used})\n")
            endif()
        endforeach()
    endforeach()
endforeach()

file(GLOB_RECURSE outside "${LIB_DIR}/*.cpp" "${LIB_DIR}/*.h" "${APP_DIR}/*.cpp" "${APP_DIR}/*.h")
foreach(source IN LISTS outside)
    if(source MATCHES "^${LIB_DIR}/store/")
        continue()
    endif()
    file(STRINGS "${source}" includes REGEX "^#include [<\"](QSql|QtSql|store/sql)")
    foreach(include IN LISTS includes)
        file(RELATIVE_PATH name "${LIB_DIR}/.." "${source}")
        string(APPEND violations "  ${name}: ${include} (only lib/store speaks SQL; use Library or Store)\n")
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "Headers included across the layering of lib/ (see lib/README.md):\n${violations}"
        "Link the library in the folder's CMakeLists.txt if the dependency is wanted, else remove it.")
endif()
list(LENGTH rules count)
message(STATUS "The includes of ${count} folders of lib/ follow what each links.")
