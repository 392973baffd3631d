@echo off
rem Runs the ducha command on Windows, as ./ducha does elsewhere. On first use (no cli\target\ducha-cli.jar yet) it
rem builds the project with the Maven Wrapper (mvnw.cmd), which needs only a JDK 17; build output goes to standard
rem error. Unlike ./ducha it does not notice changed sources: after changing them, set DUCHA_REBUILD=1 (or delete
rem cli\target\ducha-cli.jar) for one run.
rem Extra check packs: put their jars in DUCHA_CLASSPATH (separated by ';'), and they are discovered.
rem
rem Console encoding: ducha writes UTF-8 (reports and messages alike, so that a report redirected to a file is UTF-8).
rem A Chinese Windows console decodes with its code page (936, GBK), so the console is switched to UTF-8 (chcp 65001)
rem for the run and restored afterwards. stdout.encoding/sun.stdout.encoding say the same to anything printing through
rem System.out.
setlocal
set "here=%~dp0"
set "here=%here:~0,-1%"
set "jar=%here%\cli\target\ducha-cli.jar"
if not exist "%jar%" set "DUCHA_REBUILD=1"
if "%DUCHA_REBUILD%"=="1" (
  echo ducha: building ^(first use or DUCHA_REBUILD=1^)... 1>&2
  pushd "%here%"
  call mvnw.cmd -q -B -DskipTests install -pl cli -am 1>&2
  if errorlevel 1 (
    popd
    exit /b 2
  )
  popd
)
set "cp=%jar%;%here%\cli\target\lib\*"
if defined DUCHA_CLASSPATH set "cp=%cp%;%DUCHA_CLASSPATH%"
for /f "tokens=2 delims=:" %%a in ('chcp') do set "oldcp=%%a"
if defined oldcp set "oldcp=%oldcp: =%"
if defined oldcp set "oldcp=%oldcp:.=%"
chcp 65001 >nul
java -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -cp "%cp%" org.ducha.cli.Main %*
set "rc=%ERRORLEVEL%"
if defined oldcp chcp %oldcp% >nul
exit /b %rc%
