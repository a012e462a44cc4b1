# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -P striplocations.cmake "-DTS_FILES=a.ts;b.ts" -DGENERATED=<file name>
# Takes the <location> lines that point at the generated file out of the .ts files after lupdate: its path is
# in the build folder and its line numbers follow the order of the messages, neither of which is a translator's
# business nor should change the committed files.
cmake_minimum_required(VERSION 3.22)
foreach(ts_file IN LISTS TS_FILES)
    file(READ "${ts_file}" content)
    string(REPLACE "." "\\." generated "${GENERATED}")
    string(REGEX REPLACE "        <location filename=\"[^\"]*/${generated}\" line=\"[0-9]+\"/>\n" "" stripped
                         "${content}")
    if(NOT stripped STREQUAL content)
        file(WRITE "${ts_file}" "${stripped}")
    endif()
endforeach()
