# Sourced by ./mvnw: Maven itself must run on JDK 21+ (Vaadin's Maven plugin is Java 21 bytecode).
# Keeps JAVA_HOME when it already points at 21+, otherwise picks the newest JDK 21+ it can find.
langso_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
langso_pick_jdk() {
  for candidate in "${JAVA_HOME-}" $(find /usr/lib/jvm /opt/java "$HOME/.sdkman/candidates/java" -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(langso_java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      printf %s "$candidate"
      return 0
    fi
  done
  return 1
}
if LANGSO_JDK="$(langso_pick_jdk)"; then
  JAVA_HOME="$LANGSO_JDK"
  export JAVA_HOME
else
  echo "Làng Số needs a JDK 21 or newer to build, and none was found (JAVA_HOME='${JAVA_HOME-}', /usr/lib/jvm)." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to it, then run ./mvnw again." >&2
  exit 1
fi
