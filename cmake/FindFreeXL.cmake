# find_package(FreeXL) gives FreeXL::FreeXL. FreeXL ships no CMake package of its own: on
# Linux its pkg-config file is used; elsewhere (vcpkg on Windows, whose toolchain puts its
# installed tree on CMAKE_PREFIX_PATH) the header and library are looked for directly.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_FREEXL QUIET freexl)
endif()
find_path(FreeXL_INCLUDE_DIR NAMES freexl.h HINTS ${PC_FREEXL_INCLUDE_DIRS})
find_library(FreeXL_LIBRARY NAMES freexl freexl_i HINTS ${PC_FREEXL_LIBRARY_DIRS})
set(FreeXL_VERSION "${PC_FREEXL_VERSION}")

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(FreeXL
    REQUIRED_VARS FreeXL_LIBRARY FreeXL_INCLUDE_DIR
    VERSION_VAR FreeXL_VERSION)

if(FreeXL_FOUND AND NOT TARGET FreeXL::FreeXL)
    add_library(FreeXL::FreeXL UNKNOWN IMPORTED GLOBAL)
    set_target_properties(FreeXL::FreeXL PROPERTIES
        IMPORTED_LOCATION "${FreeXL_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${FreeXL_INCLUDE_DIR}")
endif()
mark_as_advanced(FreeXL_INCLUDE_DIR FreeXL_LIBRARY)
