# Installs impact-brief on Windows from a release: downloads the zip, checks it against the
# release's SHA256SUMS, puts impact-brief.exe in %LOCALAPPDATA%\Programs\impact-brief and adds
# that folder to your user PATH (no administrator rights needed).
#
#   powershell -ExecutionPolicy Bypass -c "irm https://github.com/OWNER/REPO/releases/latest/download/install.ps1 | iex"
#
# Settings (environment variables): IMPACT_BRIEF_INSTALL_DIR, IMPACT_BRIEF_VERSION (a tag such
# as v0.2.0), IMPACT_BRIEF_REPOSITORY (OWNER/REPO), IMPACT_BRIEF_DOWNLOAD_URL (the folder the
# release files are in, instead of GitHub's).
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

# The release workflow writes the repository and the tag here when it attaches this script to a
# release.
$Repository = if ($env:IMPACT_BRIEF_REPOSITORY) { $env:IMPACT_BRIEF_REPOSITORY } else { '@REPOSITORY@' }
$Version = if ($env:IMPACT_BRIEF_VERSION) { $env:IMPACT_BRIEF_VERSION } else { '@VERSION@' }
$InstallDir = if ($env:IMPACT_BRIEF_INSTALL_DIR) { $env:IMPACT_BRIEF_INSTALL_DIR } else { Join-Path $env:LOCALAPPDATA 'Programs\impact-brief' }

$arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture
if ($arch -ne 'X64' -and $arch -ne 'Arm64') {
    throw "impact-brief has no build for $arch Windows; build from source (see README)"
}
# Windows on Arm runs the x86_64 build through its emulation.
$Target = 'x86_64-pc-windows-msvc'
$Archive = "impact-brief-$Target.zip"

if ($env:IMPACT_BRIEF_DOWNLOAD_URL) {
    $Base = $env:IMPACT_BRIEF_DOWNLOAD_URL
} elseif ("$Repository$Version".Contains('@')) {
    throw 'Set IMPACT_BRIEF_REPOSITORY=OWNER/REPO and IMPACT_BRIEF_VERSION=vX.Y.Z (this copy of the script is not from a release)'
} else {
    $Base = "https://github.com/$Repository/releases/download/$Version"
}

$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("impact-brief-" + [System.Guid]::NewGuid())
New-Item -ItemType Directory -Path $Work | Out-Null
try {
    Write-Host "Downloading $Archive from $Base"
    $ProgressPreference = 'SilentlyContinue'
    Invoke-WebRequest -UseBasicParsing -Uri "$Base/$Archive" -OutFile (Join-Path $Work $Archive)
    Invoke-WebRequest -UseBasicParsing -Uri "$Base/SHA256SUMS" -OutFile (Join-Path $Work 'SHA256SUMS')

    $Expected = $null
    foreach ($Line in Get-Content (Join-Path $Work 'SHA256SUMS')) {
        $Parts = $Line -split '\s+', 2
        if ($Parts.Count -eq 2 -and $Parts[1].TrimStart('*') -eq $Archive) { $Expected = $Parts[0] }
    }
    if (-not $Expected) { throw "$Archive is not listed in SHA256SUMS" }
    $Actual = (Get-FileHash -Algorithm SHA256 (Join-Path $Work $Archive)).Hash
    if ($Actual -ne $Expected.ToUpperInvariant()) {
        throw "$Archive does not match its SHA-256 checksum; not installed"
    }

    Expand-Archive -Path (Join-Path $Work $Archive) -DestinationPath $Work
    $From = Join-Path $Work "impact-brief-$Target"
    New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
    Copy-Item (Join-Path $From 'impact-brief.exe') $InstallDir -Force
    Copy-Item (Join-Path $From 'README.md'), (Join-Path $From 'LICENSE') $InstallDir -Force
    Copy-Item (Join-Path $From 'completions\_impact-brief.ps1') $InstallDir -Force
} finally {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

$UserPath = [Environment]::GetEnvironmentVariable('Path', 'User')
if (-not (($UserPath -split ';') -contains $InstallDir)) {
    [Environment]::SetEnvironmentVariable('Path', "$InstallDir;$UserPath", 'User')
    Write-Host "Added $InstallDir to your PATH; open a new terminal to use it."
}
$Exe = Join-Path $InstallDir 'impact-brief.exe'
Write-Host "Installed $(& $Exe --version) in $InstallDir"
Write-Host "Tab completion: add this line to `$PROFILE:  . '$(Join-Path $InstallDir '_impact-brief.ps1')'"
