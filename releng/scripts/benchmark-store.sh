#!/bin/sh
# Measures the SQLite store against the tuned XMI load at 100,000 contacts, 10,000
# organizations and 1,000,000 interactions, headless, and prints the figures with their targets.
# Extra arguments go to Maven, e.g. -Dnetcase.benchmark.interactions=100000 for a quick trial.
set -e
cd "$(dirname "$0")/../.."
. releng/scripts/environment.sh
use_jdk21
log=$(mktemp "${TMPDIR:-/tmp}/netcase-benchmark-store.XXXXXX")
if ./mvnw -B -Pbenchmarks verify -pl releng/org.netcase.store.benchmark -am "$@" >"$log" 2>&1; then
	sed -n '/=== Netcase store benchmark/,/=== end ===/p' "$log"
else
	tail -n 60 "$log"
	echo "The benchmark failed; the whole log is $log" >&2
	exit 1
fi
