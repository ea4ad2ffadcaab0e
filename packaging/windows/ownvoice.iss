; Inno Setup script: the Windows installer for OwnVoice, with the .ownvoice file association.
;
; First build the bundle on Windows (PyInstaller does not cross-compile):
;   py -m pip install -c packaging\constraints.txt -e ".[package]"
;   py -m PyInstaller --noconfirm packaging\ownvoice.spec
; then the installer, with the version from app\__init__.py (the one place it is written):
;   for /f %v in ('py -c "import app; print(app.__version__)"') do ^
;     iscc /DAppVersion=%v packaging\windows\ownvoice.iss
; It writes dist\OwnVoice-<version>-setup.exe. Per-user by default (no administrator needed);
; the person may choose an install for all users.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\ownvoice.iss
#endif

[Setup]
AppId={{7C2B4E1A-5D3F-4F8E-9B6A-0E1D2C3B4A59}
AppName=OwnVoice
AppVersion={#AppVersion}
AppVerName=OwnVoice {#AppVersion}
AppPublisher=The OwnVoice team
DefaultDirName={autopf}\OwnVoice
DefaultGroupName=OwnVoice
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=OwnVoice-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\ownvoice.ico
UninstallDisplayIcon={app}\ownvoice.exe
UninstallDisplayName=OwnVoice
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
; Finnish and Swedish are among Inno Setup's own translations (its Languages folder).
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder bundle: ownvoice.exe (the window) and ownvoice-cli.exe (commands in a console).
Source: "..\..\dist\ownvoice\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\OwnVoice"; Filename: "{app}\ownvoice.exe"
Name: "{autodesktop}\OwnVoice"; Filename: "{app}\ownvoice.exe"; Tasks: desktopicon

[Registry]
; .ownvoice files (docs/EXCHANGE.md) open with OwnVoice: feedback goes into the recognition
; feed, a progress file opens coach mode. HKA is the current user's classes for a per-user
; install, the machine's for an install for all users.
Root: HKA; Subkey: "Software\Classes\.ownvoice"; ValueType: string; ValueName: ""; ValueData: "OwnVoice.File"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ownvoice"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ownvoice"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ownvoice\OpenWithProgids"; ValueType: string; ValueName: "OwnVoice.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\OwnVoice.File"; ValueType: string; ValueName: ""; ValueData: "OwnVoice file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\OwnVoice.File\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ownvoice.exe,0"
Root: HKA; Subkey: "Software\Classes\OwnVoice.File\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ownvoice.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\ownvoice.exe\SupportedTypes"; ValueType: string; ValueName: ".ownvoice"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\ownvoice.exe"; Description: "{cm:LaunchProgram,OwnVoice}"; Flags: nowait postinstall skipifsilent
