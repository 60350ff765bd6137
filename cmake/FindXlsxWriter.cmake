# find_package(XlsxWriter) gives XlsxWriter::XlsxWriter (libxlsxwriter, which writes the XLSX
# export). libxlsxwriter installs no CMake package: on Linux its pkg-config file (xlsxwriter,
# from Debian's libxlsxwriter-dev) is asked; elsewhere (vcpkg on Windows, whose toolchain puts
# its installed tree on CMAKE_PREFIX_PATH) the header and library are looked for directly.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_XLSXWRITER QUIET xlsxwriter)
endif()
find_path(XlsxWriter_INCLUDE_DIR NAMES xlsxwriter.h HINTS ${PC_XLSXWRITER_INCLUDE_DIRS})
find_library(XlsxWriter_LIBRARY NAMES xlsxwriter HINTS ${PC_XLSXWRITER_LIBRARY_DIRS})
if(XlsxWriter_INCLUDE_DIR AND EXISTS "${XlsxWriter_INCLUDE_DIR}/xlsxwriter.h")
    # The pkg-config file's version is not the library's in every release; the header's is.
    file(STRINGS "${XlsxWriter_INCLUDE_DIR}/xlsxwriter.h" redress_lxw_version
        REGEX "^#define LXW_VERSION \"[0-9.]+\"")
    string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" XlsxWriter_VERSION "${redress_lxw_version}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XlsxWriter
    REQUIRED_VARS XlsxWriter_LIBRARY XlsxWriter_INCLUDE_DIR
    VERSION_VAR XlsxWriter_VERSION)

if(XlsxWriter_FOUND AND NOT TARGET XlsxWriter::XlsxWriter)
    add_library(XlsxWriter::XlsxWriter UNKNOWN IMPORTED GLOBAL)
    set_target_properties(XlsxWriter::XlsxWriter PROPERTIES
        IMPORTED_LOCATION "${XlsxWriter_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${XlsxWriter_INCLUDE_DIR}")
endif()
mark_as_advanced(XlsxWriter_INCLUDE_DIR XlsxWriter_LIBRARY)
