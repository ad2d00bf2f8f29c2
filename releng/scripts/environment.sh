# Shared by ./netcase.sh and ./test.sh: finds a JDK 21+ and makes sure the machine can show
# an SWT window (GTK, and Xvfb when there is no display). Sourced, not run.

java_major() {
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

# Sets JAVA_HOME to a JDK >= 21: $JAVA_HOME first, then the javac on the PATH, then /usr/lib/jvm.
use_jdk21() {
	for home in "$JAVA_HOME" "$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null)")" 2>/dev/null)" /usr/lib/jvm/*; do
		if [ -n "$home" ] && [ -x "$home/bin/javac" ] && [ "$(java_major "$home/bin/java")" -ge 21 ] 2>/dev/null; then
			export JAVA_HOME="$home"
			return 0
		fi
	done
	echo "Netcase needs a JDK 21 or newer to build and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
	echo "Install one, e.g.: apt-get install -y openjdk-21-jdk-headless   or set JAVA_HOME to a JDK 21+." >&2
	return 1
}

# Installs the Debian packages named when their command or library is missing (as root), or
# prints the exact line to run.
require_packages() {
	missing=""
	for pair in "$@"; do
		probe=${pair%%:*}
		package=${pair#*:}
		if ! command -v "$probe" >/dev/null 2>&1 && ! ldconfig -p 2>/dev/null | grep -q "$probe"; then
			missing="$missing $package"
		fi
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" -eq 0 ]; then
		echo "Installing$missing ..."
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
	else
		echo "Netcase needs these Debian packages:$missing" >&2
		echo "Run: sudo apt-get install -y --no-install-recommends$missing" >&2
		return 1
	fi
}

require_gui_runtime() {
	require_packages "libgtk-3.so.0:libgtk-3-0" "Xvfb:xvfb" "xvfb-run:xvfb xauth" "xauth:xauth"
}
