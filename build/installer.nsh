; Included into the NSIS installer by electron-builder (nsis.include in electron-builder.yml).
; Dateline installs for the current user only: the assisted installer would otherwise offer an
; "Anyone who uses this computer" choice that needs administrator rights. Forcing the per-user
; mode skips that page; the folder page (allowToChangeInstallationDirectory) still follows.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend
