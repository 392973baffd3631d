@echo off
rem Runs the ducha command of this distribution on Windows: needs only a Java 17 runtime (JAVA_HOME, or java on the PATH).
rem Extra check packs: put their jars in DUCHA_CLASSPATH (separated by ';'). Extra JVM options: DUCHA_OPTS.
rem
rem Console encoding: ducha writes UTF-8 (reports and messages alike, so that a report redirected to a file is UTF-8).
rem A Chinese Windows console decodes with its code page (936, GBK), so the console is switched to UTF-8 (chcp 65001)
rem for the run and restored afterwards. stdout.encoding/sun.stdout.encoding say the same to anything printing through
rem System.out.
setlocal
set "home=%~dp0.."
if defined JAVA_HOME (set "java=%JAVA_HOME%\bin\java.exe") else (set "java=java")
set "cp=%home%\lib\*"
if defined DUCHA_CLASSPATH set "cp=%cp%;%DUCHA_CLASSPATH%"
for /f "tokens=2 delims=:" %%a in ('chcp') do set "oldcp=%%a"
if defined oldcp set "oldcp=%oldcp: =%"
if defined oldcp set "oldcp=%oldcp:.=%"
chcp 65001 >nul
"%java%" %DUCHA_OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -cp "%cp%" org.ducha.cli.Main %*
set "rc=%ERRORLEVEL%"
if defined oldcp chcp %oldcp% >nul
exit /b %rc%
