# redress_windows_resources(TARGET NAME DESCRIPTION)
# Gives a program its Windows version resource and application manifest, both generated from
# project(VERSION) so they never fall out of step with it. The files are generated on every
# platform (a Linux build shows what Windows gets, in <build>/app/windows/); only a Windows
# build compiles them in. The manifest sets UTF-8 as the active code page and per-monitor
# DPI awareness (app/windows/app.manifest.in says why).
function(redress_windows_resources target name description)
    set(REDRESS_RC_NAME "${name}")
    set(REDRESS_RC_DESCRIPTION "${description}")
    set(REDRESS_RC_ICON "")
    set(icon "${PROJECT_SOURCE_DIR}/app/windows/redress.ico")
    if(EXISTS "${icon}")
        set(REDRESS_RC_ICON "IDI_ICON1 ICON \"${icon}\"")
    endif()
    set(folder "${PROJECT_BINARY_DIR}/app/windows")
    configure_file("${PROJECT_SOURCE_DIR}/app/windows/version.rc.in" "${folder}/${name}.rc" @ONLY)
    configure_file("${PROJECT_SOURCE_DIR}/app/windows/app.manifest.in"
        "${folder}/${name}.manifest" @ONLY)
    if(WIN32)
        # MSVC's linker embeds a .manifest source, merged with the one it writes itself.
        target_sources(${target} PRIVATE "${folder}/${name}.rc" "${folder}/${name}.manifest")
    endif()
endfunction()
