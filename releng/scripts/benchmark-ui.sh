#!/bin/sh
# Measures the Networking views in the running product at 100,000 contacts, 10,000
# organizations and 1,000,000 interactions, and prints the figures (medians).
set -e
cd "$(dirname "$0")/../.."
. releng/scripts/environment.sh
use_jdk21
require_gui_runtime
log=$(mktemp "${TMPDIR:-/tmp}/netcase-benchmark-ui.XXXXXX")
if xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -Pbenchmarks verify \
	-pl features/org.netcase.feature,releng/org.netcase.ui.benchmark -am >"$log" 2>&1; then
	sed -n '/=== Netcase table benchmark/,/=== end ===/p' "$log"
else
	tail -n 60 "$log"
	echo "The benchmark failed; the whole log is $log" >&2
	exit 1
fi
