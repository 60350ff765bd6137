# Every Redress target links redress_settings: one place for the language level,
# warnings and Qt's stricter string rules, instead of global add_definitions.
add_library(redress_settings INTERFACE)
target_compile_features(redress_settings INTERFACE cxx_std_20)
target_compile_definitions(redress_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    REDRESS_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(redress_settings INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(redress_settings INTERFACE -Wall -Wextra -Wpedantic)
    option(REDRESS_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
    if(REDRESS_WARNINGS_AS_ERRORS)
        target_compile_options(redress_settings INTERFACE -Werror)
    endif()
endif()
